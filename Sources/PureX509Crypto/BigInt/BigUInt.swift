/// An arbitrary-size unsigned integer, stored as little-endian 64-bit limbs.
///
/// This is the small big-integer core that RSA verification needs: conversion from and to
/// big-endian bytes (RFC 8017 section 4.1 OS2IP and section 4.2 I2OSP), comparison and bit
/// access. Modular arithmetic lives in ``BigMontgomeryModulus``. The representation is
/// normalized (no high zero limbs), so zero has no limbs and equality is limb equality.
struct BigUInt: Sendable, Hashable {
    /// Little-endian limbs; the last one is never zero.
    private(set) var limbs: [UInt64]

    /// Zero.
    init() {
        limbs = []
    }

    /// The value of `limbs`, read as little-endian 64-bit digits (high zero limbs dropped).
    init(limbs: [UInt64]) {
        var limbs = limbs
        while let last = limbs.last, last == 0 {
            limbs.removeLast()
        }
        self.limbs = limbs
    }

    /// The value of a single machine word.
    init(_ value: UInt64) {
        limbs = value == 0 ? [] : [value]
    }

    /// OS2IP (RFC 8017 section 4.2): the integer whose big-endian encoding is `bytes`.
    /// Leading zero bytes are allowed and ignored.
    init(bigEndian bytes: ArraySlice<UInt8>) {
        var limbs = [UInt64]()
        limbs.reserveCapacity((bytes.count + 7) / 8)
        var index = bytes.endIndex
        while index > bytes.startIndex {
            let start = index - min(8, index - bytes.startIndex)
            var limb: UInt64 = 0
            for position in start..<index {
                limb = (limb << 8) | UInt64(bytes[position])
            }
            limbs.append(limb)
            index = start
        }
        self.init(limbs: limbs)
    }

    /// True for zero.
    var isZero: Bool { limbs.isEmpty }

    /// True when the lowest bit is set.
    var isOdd: Bool { (limbs.first ?? 0) & 1 == 1 }

    /// The number of significant bits (0 for zero).
    var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    /// The number of bytes of the minimal big-endian encoding (0 for zero).
    var byteWidth: Int { (bitWidth + 7) / 8 }

    /// Bit `index` (0 is the least significant); bits beyond the top are zero.
    func bit(_ index: Int) -> Bool {
        let limb = index / 64
        guard index >= 0, limb < limbs.count else { return false }
        return (limbs[limb] >> UInt64(index % 64)) & 1 == 1
    }

    /// I2OSP (RFC 8017 section 4.1): the big-endian encoding in exactly `count` bytes, or nil
    /// when the value needs more than `count` bytes ("integer too large").
    func bigEndianBytes(count: Int) -> [UInt8]? {
        guard count >= 0, byteWidth <= count else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        for (limbIndex, limb) in limbs.enumerated() {
            for byteIndex in 0..<8 {
                let position = count - 1 - (limbIndex * 8 + byteIndex)
                guard position >= 0 else { break }
                bytes[position] = UInt8(truncatingIfNeeded: limb >> UInt64(byteIndex * 8))
            }
        }
        return bytes
    }

    /// The minimal big-endian encoding (empty for zero).
    var bigEndianBytes: [UInt8] {
        bigEndianBytes(count: byteWidth) ?? []
    }
}
