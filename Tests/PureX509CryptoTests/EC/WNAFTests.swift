import Testing
@testable import PureX509Crypto

/// The wNAF recoding reproduces the scalar and has the wNAF shape.
@Suite("EC: wNAF recoding")
struct WNAFTests {
    @Test("digits sum back to the scalar, odd and bounded, sparse", arguments: [2, 4, 5, 8])
    func recode(width: Int) {
        var rng = CurveTestSupport.SplitMix64(state: UInt64(width))
        var inputs: [[UInt64]] = [[0, 0], [1, 0], [UInt64.max, UInt64.max], [0, 1 << 63], [0x8000_0000_0000_0001, 0]]
        for _ in 0..<200 { inputs.append([rng.next(), rng.next() >> UInt64(rng.next() % 64)]) }
        for words in inputs {
            let digits = WNAF.digits(of: words, width: width)
            #expect(digits.count == 129)
            // Σ d_i·2^i, evaluated as a signed 256-bit sum in four 64-bit words (two's complement).
            var sum: [UInt64] = [0, 0, 0, 0]
            var lastNonZero = -width
            for (i, d) in digits.enumerated() where d != 0 {
                #expect(d & 1 != 0)
                #expect(abs(Int(d)) < 1 << (width - 1))
                #expect(i - lastNonZero >= width, "gap at \(i)")
                lastNonZero = i
                var term: [UInt64] = [0, 0, 0, 0]
                let magnitude = UInt64(abs(Int(d)))
                term[i / 64] = magnitude << UInt64(i % 64)
                if i % 64 != 0 && i / 64 + 1 < 4 { term[i / 64 + 1] = magnitude >> UInt64(64 - i % 64) }
                if d < 0 { term = negate(term) }
                sum = add(sum, term)
            }
            #expect(sum == words + [0, 0])
        }
    }

    private func add(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out = a
        var carry: UInt64 = 0
        for i in 0..<4 {
            let (s1, o1) = a[i].addingReportingOverflow(b[i])
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        return out
    }

    private func negate(_ a: [UInt64]) -> [UInt64] {
        add(a.map { ~$0 }, [1, 0, 0, 0])
    }
}
