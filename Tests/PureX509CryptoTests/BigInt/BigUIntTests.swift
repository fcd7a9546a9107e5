import Testing
@testable import PureX509Crypto

@Suite("BigUInt")
struct BigUIntTests {
    struct BytesCase: Sendable, CustomStringConvertible {
        let description: String
        let bytes: [UInt8]
        let limbs: [UInt64]
        let minimal: [UInt8]
    }

    static let bytesCases: [BytesCase] = [
        BytesCase(description: "empty is zero", bytes: [], limbs: [], minimal: []),
        BytesCase(description: "zero bytes are zero", bytes: [0, 0, 0], limbs: [], minimal: []),
        BytesCase(description: "one byte", bytes: [0x7F], limbs: [0x7F], minimal: [0x7F]),
        BytesCase(description: "leading zeros dropped", bytes: [0, 0, 1, 2], limbs: [0x0102], minimal: [1, 2]),
        BytesCase(
            description: "exactly one limb", bytes: [1, 2, 3, 4, 5, 6, 7, 8],
            limbs: [0x0102_0304_0506_0708], minimal: [1, 2, 3, 4, 5, 6, 7, 8]),
        BytesCase(
            description: "nine bytes span two limbs", bytes: [0xFF, 1, 2, 3, 4, 5, 6, 7, 8],
            limbs: [0x0102_0304_0506_0708, 0xFF], minimal: [0xFF, 1, 2, 3, 4, 5, 6, 7, 8]),
        BytesCase(
            description: "zero low limb kept", bytes: [1, 0, 0, 0, 0, 0, 0, 0, 0],
            limbs: [0, 1], minimal: [1, 0, 0, 0, 0, 0, 0, 0, 0]),
    ]

    @Test(arguments: bytesCases)
    func bytesRoundTrip(_ testCase: BytesCase) {
        let value = BigUInt(bigEndian: testCase.bytes[...])
        #expect(value.limbs == testCase.limbs)
        #expect(value.bigEndianBytes == testCase.minimal)
        #expect(value.byteWidth == testCase.minimal.count)
        // I2OSP into a wider buffer pads with zeros on the left.
        #expect(value.bigEndianBytes(count: testCase.minimal.count + 3) == [0, 0, 0] + testCase.minimal)
    }

    @Test func bytesFromSliceWithOffset() {
        let storage: [UInt8] = [9, 9, 0x01, 0x00, 9]
        #expect(BigUInt(bigEndian: storage[2..<4]).limbs == [0x0100])
    }

    @Test func i2ospRejectsTooSmallLength() {
        let value = BigUInt(bigEndian: [1, 0, 0][...])
        #expect(value.bigEndianBytes(count: 2) == nil)
        #expect(value.bigEndianBytes(count: 3) == [1, 0, 0])
        #expect(BigUInt().bigEndianBytes(count: 0) == [])
        #expect(value.bigEndianBytes(count: -1) == nil)
    }

    @Test func bitWidthAndBits() {
        #expect(BigUInt().bitWidth == 0)
        #expect(BigUInt(1).bitWidth == 1)
        #expect(BigUInt(limbs: [0, 1]).bitWidth == 65)
        #expect(BigUInt(limbs: [0, 1]).bit(64))
        #expect(!BigUInt(limbs: [0, 1]).bit(63))
        #expect(!BigUInt(limbs: [0, 1]).bit(65))
        #expect(!BigUInt(limbs: [0, 1]).bit(-1))
        #expect(BigUInt(limbs: [5, 0, 0]).limbs == [5])
    }

    @Test func ordering() {
        let values: [BigUInt] = [
            BigUInt(), BigUInt(1), BigUInt(.max), BigUInt(limbs: [0, 1]), BigUInt(limbs: [1, 1]),
            BigUInt(limbs: [0, 2]), BigUInt(limbs: [0, 0, 1]),
        ]
        for (i, a) in values.enumerated() {
            for (j, b) in values.enumerated() {
                #expect((a < b) == (i < j), "\(a.limbs) < \(b.limbs)")
                #expect((a == b) == (i == j))
            }
        }
    }
}
