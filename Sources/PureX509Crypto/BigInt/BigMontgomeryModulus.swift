/// An odd modulus `n` with its Montgomery constants, for fast modular exponentiation.
///
/// With `k` limbs and R = 2^(64k), Montgomery form represents `x` as `x * R mod n`, and the
/// product of two representations is reduced with REDC (Montgomery, "Modular multiplication
/// without trial division", 1985) instead of a division. The constants are computed once
/// here and reused for every exponentiation with this modulus:
/// - `n0inv` = -n^-1 mod 2^64, which REDC multiplies by to cancel the low limb;
/// - `rr` = R^2 mod n, which brings a value into Montgomery form with one multiplication.
///
/// Everything is variable-time and meant for public values (signature verification).
struct BigMontgomeryModulus: Sendable, Hashable {
    /// The modulus as exactly `limbCount` little-endian limbs (the top limb is non-zero).
    let limbs: [UInt64]
    /// -n^-1 mod 2^64.
    let n0inv: UInt64
    /// R^2 mod n as `limbCount` limbs.
    let rr: [UInt64]

    /// The largest modulus supported, in bits; bounds the stack scratch used per operation.
    static let maximumBitWidth = 16384

    /// Prepares `modulus`; nil unless it is odd, at least 3, and at most `maximumBitWidth` bits.
    init?(_ modulus: BigUInt) {
        guard modulus.isOdd, modulus.bitWidth >= 2,
              modulus.bitWidth <= Self.maximumBitWidth else { return nil }
        let limbs = modulus.limbs
        let k = limbs.count
        self.limbs = limbs

        // Newton's iteration for the inverse mod 2^64: an odd x is its own inverse mod 2^3,
        // and each step doubles the number of correct low bits (3, 6, 12, 24, 48, 96).
        let n0 = limbs[0]
        var inverse = n0
        for _ in 0..<5 {
            inverse = inverse &* (2 &- n0 &* inverse)
        }
        let n0inv = 0 &- inverse
        self.n0inv = n0inv

        // R^2 mod n without a division. Write w = 64k, so R = 2^w and the Montgomery form of
        // 2^a is 2^(a+w) mod n. Doubling 2^(bits-1) < n modulo n up to 2^w gives the form of
        // 2^0; doubling on to 2^(w + w/16) gives the form of 2^(w/16); four Montgomery
        // squarings (each turns the form of 2^a into that of 2^(2a)) give the form of 2^w,
        // which is 2^(2w) mod n = R^2 mod n. A doubling costs k word operations and a
        // squaring about 1.5k^2 multiplications, so this split (w/16 doublings, 4 squarings)
        // is close to the cheapest for every k.
        var rr = [UInt64](repeating: 0, count: k)
        let bits = modulus.bitWidth
        let w = 64 * k
        let squarings = 4
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * k) { scratch in
            guard let t = scratch.baseAddress else { return }
            limbs.withUnsafeBufferPointer { nBuffer in
                rr.withUnsafeMutableBufferPointer { rrBuffer in
                    guard let n = nBuffer.baseAddress, let x = rrBuffer.baseAddress else { return }
                    x[(bits - 1) / 64] = 1 << UInt64((bits - 1) % 64)
                    for _ in 0..<(w - (bits - 1) + (w >> squarings)) {
                        MontgomeryKernels.doubleModulo(x, n, k)
                    }
                    for _ in 0..<squarings {
                        MontgomeryKernels.montgomerySquare(x, x, n, n0inv, k, t)
                    }
                }
            }
        }
        self.rr = rr
    }

    /// The number of 64-bit limbs `k`.
    var limbCount: Int { limbs.count }

    /// The modulus as a ``BigUInt``.
    var value: BigUInt { BigUInt(limbs: limbs) }

    /// `base^exponent mod n`, or nil when `base >= n`.
    func power(_ base: BigUInt, exponent: BigUInt) -> BigUInt? {
        guard base.limbs.count <= limbCount else { return nil }
        let result: [UInt64]? = withUnsafeTemporaryAllocation(
            of: UInt64.self, capacity: limbCount
        ) { output in
            guard let out = output.baseAddress else { return nil }
            let ok = base.limbs.withUnsafeBufferPointer { baseBuffer -> Bool in
                out.update(repeating: 0, count: limbCount)
                if let source = baseBuffer.baseAddress {
                    out.update(from: source, count: baseBuffer.count)
                }
                return power(out, exponent: exponent)
            }
            return ok ? Array(UnsafeBufferPointer(start: out, count: limbCount)) : nil
        }
        return result.map(BigUInt.init(limbs:))
    }

    /// RSAVP1 core (RFC 8017 section 5.2.2): reads `base` as a big-endian integer (OS2IP),
    /// computes `base^exponent mod n` and returns it as `outputCount` big-endian bytes
    /// (I2OSP). Nil when `base >= n` or the result does not fit `outputCount` bytes.
    func power(bigEndian base: ArraySlice<UInt8>, exponent: BigUInt, outputCount: Int) -> [UInt8]? {
        let k = limbCount
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: k) { buffer -> [UInt8]? in
            guard let x = buffer.baseAddress else { return nil }
            x.update(repeating: 0, count: k)
            // OS2IP into limbs; any byte beyond the k limbs must be a leading zero.
            var limbIndex = 0
            var shift: UInt64 = 0
            var index = base.endIndex
            while index > base.startIndex {
                index -= 1
                let byte = base[index]
                if limbIndex < k {
                    x[limbIndex] |= UInt64(byte) << shift
                    shift += 8
                    if shift == 64 {
                        shift = 0
                        limbIndex += 1
                    }
                } else if byte != 0 {
                    return nil
                }
            }
            guard power(x, exponent: exponent) else { return nil }
            // I2OSP of the k-limb result into outputCount bytes.
            var output = [UInt8](repeating: 0, count: outputCount)
            for byteIndex in 0..<(8 * k) {
                let byte = UInt8(truncatingIfNeeded: x[byteIndex / 8] >> UInt64(8 * (byteIndex % 8)))
                if byteIndex < outputCount {
                    output[outputCount - 1 - byteIndex] = byte
                } else if byte != 0 {
                    return nil
                }
            }
            return output
        }
    }

    /// `x = x^exponent mod n` in place on `k` limbs; false (x untouched) when `x >= n`.
    ///
    /// Left-to-right square-and-multiply in Montgomery form. For an odd exponent (every valid
    /// RSA exponent) the last multiplication uses the plain `x` instead of its Montgomery
    /// form, which cancels the R factor and saves the conversion back: e = 65537 costs one
    /// conversion, 16 squarings and one multiplication; e = 3 one, one and one.
    private func power(_ x: UnsafeMutablePointer<UInt64>, exponent: BigUInt) -> Bool {
        let k = limbCount
        return limbs.withUnsafeBufferPointer { nBuffer -> Bool in
            guard let n = nBuffer.baseAddress else { return false }
            guard MontgomeryKernels.isLess(x, n, k) else { return false }
            let bits = exponent.bitWidth
            if bits == 0 {
                // x^0 = 1 (n >= 3).
                x.update(repeating: 0, count: k)
                x[0] = 1
                return true
            }
            if bits == 1 {
                return true
            }
            // Scratch: 2k words for the kernels, then x in Montgomery form, then y.
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 4 * k) { scratch -> Bool in
                guard let m = scratch.baseAddress else { return false }
                let xm = m + 2 * k
                let y = xm + k
                rr.withUnsafeBufferPointer { rrBuffer in
                    guard let rrBase = rrBuffer.baseAddress else { return }
                    MontgomeryKernels.montgomeryMultiply(xm, x, rrBase, n, n0inv, k, m)
                }
                y.update(from: xm, count: k)
                let limbsOfExponent = exponent.limbs
                var bit = bits - 2
                while bit >= 0 {
                    MontgomeryKernels.montgomerySquare(y, y, n, n0inv, k, m)
                    if (limbsOfExponent[bit / 64] >> UInt64(bit % 64)) & 1 == 1 {
                        if bit == 0 {
                            // y * x * R^-1 = x^e, already out of Montgomery form.
                            MontgomeryKernels.montgomeryMultiply(x, y, x, n, n0inv, k, m)
                            return true
                        }
                        MontgomeryKernels.montgomeryMultiply(y, y, xm, n, n0inv, k, m)
                    }
                    bit -= 1
                }
                // Even exponent: leave Montgomery form by multiplying with 1.
                xm.update(repeating: 0, count: k)
                xm[0] = 1
                MontgomeryKernels.montgomeryMultiply(x, y, xm, n, n0inv, k, m)
                return true
            }
        }
    }
}
