/// Triple DES, DES-EDE3 (NIST SP 800-67; DES itself is FIPS 46-3).
///
/// Only for decrypting legacy PKCS#12 files and PKCS#8 keys offline
/// (`pbeWithSHAAnd3-KeyTripleDES-CBC`, `des-ede3-cbc` in PBES2); use it through
/// ``CBCCipher``. Encryption exists for tests and round trips. Not constant-time.
public struct TripleDES: Sendable, BlockCipher {
    /// 8 bytes.
    public static var blockSize: Int { 8 }

    /// The three DES key schedules, 16 round keys of 48 bits each.
    private let schedule1: [UInt64]
    private let schedule2: [UInt64]
    private let schedule3: [UInt64]

    /// Sets up the cipher from a 24-byte key `K1 || K2 || K3`, or a 16-byte two-key form
    /// `K1 || K2` (K3 = K1). Parity bits are ignored.
    /// - Throws: ``CryptoError/malformed(_:)`` for any other key length.
    public init(key: [UInt8]) throws(CryptoError) {
        guard key.count == 24 || key.count == 16 else {
            throw .malformed("3DES: key must be 24 bytes (or 16 for two-key), got \(key.count)")
        }
        func loadKey(_ index: Int) -> UInt64 {
            key[(8 * index)..<(8 * index + 8)].reduce(0) { $0 << 8 | UInt64($1) }
        }
        schedule1 = TripleDES.keySchedule(loadKey(0))
        schedule2 = TripleDES.keySchedule(loadKey(1))
        schedule3 = key.count == 24 ? TripleDES.keySchedule(loadKey(2)) : schedule1
    }

    /// Encrypts one 8-byte block: E_K3(D_K2(E_K1(x))).
    /// - Throws: ``CryptoError/malformed(_:)`` if `block` is not 8 bytes.
    public func encrypt(block: [UInt8]) throws(CryptoError) -> [UInt8] {
        try transform(block: block, name: "3DES", encryptBlock)
    }

    /// Decrypts one 8-byte block: D_K1(E_K2(D_K3(x))).
    /// - Throws: ``CryptoError/malformed(_:)`` if `block` is not 8 bytes.
    public func decrypt(block: [UInt8]) throws(CryptoError) -> [UInt8] {
        try transform(block: block, name: "3DES", decryptBlock)
    }

    func encryptBlock(_ input: UnsafeRawPointer, _ output: UnsafeMutableRawPointer) {
        let (left, right) = TripleDES.initial(input)
        var (l, r) = TripleDES.pass(schedule1, reverse: false, left, right)
        (l, r) = TripleDES.pass(schedule2, reverse: true, l, r)
        (l, r) = TripleDES.pass(schedule3, reverse: false, l, r)
        TripleDES.final(l, r, output)
    }

    func decryptBlock(_ input: UnsafeRawPointer, _ output: UnsafeMutableRawPointer) {
        let (left, right) = TripleDES.initial(input)
        var (l, r) = TripleDES.pass(schedule3, reverse: true, left, right)
        (l, r) = TripleDES.pass(schedule2, reverse: false, l, r)
        (l, r) = TripleDES.pass(schedule1, reverse: true, l, r)
        TripleDES.final(l, r, output)
    }

    // Three DES passes. The final permutation of one pass and the initial permutation of
    // the next cancel, so IP and IP^-1 are applied once per block.

    /// Loads a block and applies IP, giving L0 and R0.
    private static func initial(_ input: UnsafeRawPointer) -> (UInt32, UInt32) {
        let block = UInt64(bigEndian: input.loadUnaligned(as: UInt64.self))
        let permuted = DESTables.permute(block, width: 64, table: DESTables.initialPermutation)
        return (UInt32(truncatingIfNeeded: permuted >> 32), UInt32(truncatingIfNeeded: permuted))
    }

    /// Sixteen rounds with `schedule` (in reverse order to decrypt); returns the preoutput
    /// halves R16, L16, which are the L0, R0 of the next pass.
    private static func pass(
        _ schedule: [UInt64], reverse: Bool, _ left: UInt32, _ right: UInt32
    ) -> (UInt32, UInt32) {
        var (l, r) = (left, right)
        for round in 0..<16 {
            let key = schedule[reverse ? 15 - round : round]
            (l, r) = (r, l ^ feistel(r, key))
        }
        return (r, l)
    }

    /// Applies IP^-1 to `left || right` and stores the block.
    private static func final(_ left: UInt32, _ right: UInt32, _ output: UnsafeMutableRawPointer) {
        let result = DESTables.permute(UInt64(left) << 32 | UInt64(right), width: 64, table: DESTables.finalPermutation)
        output.storeBytes(of: result.bigEndian, as: UInt64.self)
    }

    /// The cipher function f(R, K): expansion E, XOR with the round key, S-boxes, P.
    private static func feistel(_ right: UInt32, _ key: UInt64) -> UInt32 {
        let combined = DESTables.combined
        var result: UInt32 = 0
        for j in 0..<8 {
            // E takes bits 4j .. 4j+5 (1-based, wrapping around 32) into group j; rotating
            // left by 4j - 1 brings the first of them to the top.
            let shift = UInt32((4 * j + 31) % 32)
            let rotated = (right &<< shift) | (right &>> (32 &- shift))
            let six = Int((rotated >> 26) ^ UInt32(truncatingIfNeeded: (key >> UInt64(42 - 6 * j)) & 0x3F))
            result |= combined[j * 64 + six]
        }
        return result
    }

    /// FIPS 46-3 key schedule: PC-1, then 16 rotations of C and D, each followed by PC-2.
    private static func keySchedule(_ key: UInt64) -> [UInt64] {
        let cd = DESTables.permute(key, width: 64, table: DESTables.permutedChoice1)
        var c = UInt32(truncatingIfNeeded: cd >> 28) & 0x0FFF_FFFF
        var d = UInt32(truncatingIfNeeded: cd) & 0x0FFF_FFFF
        var keys: [UInt64] = []
        keys.reserveCapacity(16)
        for rotation in DESTables.rotations {
            c = ((c << rotation) | (c >> (28 - rotation))) & 0x0FFF_FFFF
            d = ((d << rotation) | (d >> (28 - rotation))) & 0x0FFF_FFFF
            keys.append(DESTables.permute(UInt64(c) << 28 | UInt64(d), width: 56, table: DESTables.permutedChoice2))
        }
        return keys
    }
}
