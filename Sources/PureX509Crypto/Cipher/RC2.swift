/// RC2 (RFC 2268), the 64-bit block cipher of the oldest PKCS#12 files:
/// `pbeWithSHAAnd40BitRC2-CBC` protects the certificates of every file made by
/// `openssl pkcs12 -export` before OpenSSL 3.0 (and by `-legacy` since), and of many files
/// exported from Windows and Java.
///
/// Only for decrypting such files offline. RC2 with a 40-bit key offers no security; it is
/// implemented so that the certificates in those files can be read, not to protect data.
/// Not constant-time.
public struct RC2: Sendable, BlockCipher {
    /// 8 bytes.
    public static var blockSize: Int { 8 }

    /// The 64 16-bit subkeys K[0..63] (RFC 2268 section 2).
    private let subkeys: [UInt16]

    /// Expands `key` (1 to 128 bytes) with an effective key length of `effectiveKeyBits`
    /// (1 to 1024; PKCS#12 uses the key length itself: 40 or 128).
    /// - Throws: ``CryptoError/malformed(_:)`` for lengths outside those ranges.
    public init(key: [UInt8], effectiveKeyBits: Int) throws(CryptoError) {
        guard (1...128).contains(key.count) else {
            throw .malformed("RC2: key must be 1 to 128 bytes, got \(key.count)")
        }
        guard (1...1024).contains(effectiveKeyBits) else {
            throw .malformed("RC2: effective key length must be 1 to 1024 bits, got \(effectiveKeyBits)")
        }
        // Key expansion (RFC 2268 section 2): fill L[T..127] forward, reduce to T1 effective
        // bits, then mix backwards.
        var l = [UInt8](repeating: 0, count: 128)
        for (index, byte) in key.enumerated() { l[index] = byte }
        let t = key.count
        let t8 = (effectiveKeyBits + 7) / 8
        let tm = UInt8(truncatingIfNeeded: 0xFF >> (8 * t8 - effectiveKeyBits))
        let pi = RC2.piTable
        if t < 128 {
            for i in t..<128 { l[i] = pi[Int(l[i - 1] &+ l[i - t])] }
        }
        l[128 - t8] = pi[Int(l[128 - t8] & tm)]
        var i = 127 - t8
        while i >= 0 {
            l[i] = pi[Int(l[i + 1] ^ l[i + t8])]
            i -= 1
        }
        subkeys = (0..<64).map { UInt16(l[2 * $0]) | UInt16(l[2 * $0 + 1]) << 8 }
        for index in l.indices { l[index] = 0 }
    }

    /// Encrypts one 8-byte block.
    /// - Throws: ``CryptoError/malformed(_:)`` if `block` is not 8 bytes.
    public func encrypt(block: [UInt8]) throws(CryptoError) -> [UInt8] {
        try transform(block: block, name: "RC2", encryptBlock)
    }

    /// Decrypts one 8-byte block.
    /// - Throws: ``CryptoError/malformed(_:)`` if `block` is not 8 bytes.
    public func decrypt(block: [UInt8]) throws(CryptoError) -> [UInt8] {
        try transform(block: block, name: "RC2", decryptBlock)
    }

    /// Decrypts RC2-CBC with PKCS#7 padding (RFC 8018 B.2.3, RFC 7292 appendix C).
    /// - Throws: ``CryptoError/malformed(_:)`` for bad lengths, ``CryptoError/invalidPadding``
    ///   when the padding is wrong (usually a wrong password).
    public static func decryptCBC(
        _ ciphertext: ArraySlice<UInt8>, key: [UInt8], effectiveKeyBits: Int, iv: [UInt8]
    ) throws(CryptoError) -> [UInt8] {
        let cipher = try RC2(key: key, effectiveKeyBits: effectiveKeyBits)
        let result: Result<[UInt8], CryptoError> = ciphertext.withUnsafeBytes { bytes in
            do throws(CryptoError) {
                return .success(try CBC.decrypt(bytes, cipher: cipher, iv: iv, name: "RC2-CBC"))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Pads (PKCS#7) and encrypts with RC2-CBC; for tests and round trips.
    public static func encryptCBC(
        _ plaintext: [UInt8], key: [UInt8], effectiveKeyBits: Int, iv: [UInt8]
    ) throws(CryptoError) -> [UInt8] {
        let cipher = try RC2(key: key, effectiveKeyBits: effectiveKeyBits)
        let result: Result<[UInt8], CryptoError> = plaintext.withUnsafeBytes { bytes in
            do throws(CryptoError) {
                return .success(try CBC.encrypt(bytes, cipher: cipher, iv: iv, name: "RC2-CBC"))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    // MARK: Block operations (RFC 2268 sections 3 and 4)

    func encryptBlock(_ input: UnsafeRawPointer, _ output: UnsafeMutableRawPointer) {
        var r = RC2.load(input)
        var j = 0
        func mix() {
            // R[i] += K[j] + (R[i-1] & R[i-2]) + (~R[i-1] & R[i-3]); j += 1; R[i] <<<= s[i].
            r.0 = (r.0 &+ subkeys[j] &+ (r.3 & r.2) &+ (~r.3 & r.1)).rotatedLeft(1); j += 1
            r.1 = (r.1 &+ subkeys[j] &+ (r.0 & r.3) &+ (~r.0 & r.2)).rotatedLeft(2); j += 1
            r.2 = (r.2 &+ subkeys[j] &+ (r.1 & r.0) &+ (~r.1 & r.3)).rotatedLeft(3); j += 1
            r.3 = (r.3 &+ subkeys[j] &+ (r.2 & r.1) &+ (~r.2 & r.0)).rotatedLeft(5); j += 1
        }
        func mash() {
            // R[i] += K[R[i-1] & 63].
            r.0 = r.0 &+ subkeys[Int(r.3 & 63)]
            r.1 = r.1 &+ subkeys[Int(r.0 & 63)]
            r.2 = r.2 &+ subkeys[Int(r.1 & 63)]
            r.3 = r.3 &+ subkeys[Int(r.2 & 63)]
        }
        for _ in 0..<5 { mix() }
        mash()
        for _ in 0..<6 { mix() }
        mash()
        for _ in 0..<5 { mix() }
        RC2.store(r, output)
    }

    func decryptBlock(_ input: UnsafeRawPointer, _ output: UnsafeMutableRawPointer) {
        var r = RC2.load(input)
        var j = 63
        func rmix() {
            r.3 = r.3.rotatedRight(5) &- subkeys[j] &- (r.2 & r.1) &- (~r.2 & r.0); j -= 1
            r.2 = r.2.rotatedRight(3) &- subkeys[j] &- (r.1 & r.0) &- (~r.1 & r.3); j -= 1
            r.1 = r.1.rotatedRight(2) &- subkeys[j] &- (r.0 & r.3) &- (~r.0 & r.2); j -= 1
            r.0 = r.0.rotatedRight(1) &- subkeys[j] &- (r.3 & r.2) &- (~r.3 & r.1); j -= 1
        }
        func rmash() {
            r.3 = r.3 &- subkeys[Int(r.2 & 63)]
            r.2 = r.2 &- subkeys[Int(r.1 & 63)]
            r.1 = r.1 &- subkeys[Int(r.0 & 63)]
            r.0 = r.0 &- subkeys[Int(r.3 & 63)]
        }
        for _ in 0..<5 { rmix() }
        rmash()
        for _ in 0..<6 { rmix() }
        rmash()
        for _ in 0..<5 { rmix() }
        RC2.store(r, output)
    }

    /// Four little-endian 16-bit words (RFC 2268 section 3: "R[0] ... R[3]").
    private static func load(_ p: UnsafeRawPointer) -> (UInt16, UInt16, UInt16, UInt16) {
        func word(_ i: Int) -> UInt16 {
            UInt16(p.load(fromByteOffset: 2 * i, as: UInt8.self)) | UInt16(p.load(fromByteOffset: 2 * i + 1, as: UInt8.self)) << 8
        }
        return (word(0), word(1), word(2), word(3))
    }

    private static func store(_ r: (UInt16, UInt16, UInt16, UInt16), _ p: UnsafeMutableRawPointer) {
        for (i, w) in [r.0, r.1, r.2, r.3].enumerated() {
            p.storeBytes(of: UInt8(truncatingIfNeeded: w), toByteOffset: 2 * i, as: UInt8.self)
            p.storeBytes(of: UInt8(truncatingIfNeeded: w >> 8), toByteOffset: 2 * i + 1, as: UInt8.self)
        }
    }

    /// PITABLE (RFC 2268 section 2): a permutation of 0...255 derived from the digits of pi.
    static let piTable: [UInt8] = [
        0xD9, 0x78, 0xF9, 0xC4, 0x19, 0xDD, 0xB5, 0xED, 0x28, 0xE9, 0xFD, 0x79, 0x4A, 0xA0, 0xD8, 0x9D,
        0xC6, 0x7E, 0x37, 0x83, 0x2B, 0x76, 0x53, 0x8E, 0x62, 0x4C, 0x64, 0x88, 0x44, 0x8B, 0xFB, 0xA2,
        0x17, 0x9A, 0x59, 0xF5, 0x87, 0xB3, 0x4F, 0x13, 0x61, 0x45, 0x6D, 0x8D, 0x09, 0x81, 0x7D, 0x32,
        0xBD, 0x8F, 0x40, 0xEB, 0x86, 0xB7, 0x7B, 0x0B, 0xF0, 0x95, 0x21, 0x22, 0x5C, 0x6B, 0x4E, 0x82,
        0x54, 0xD6, 0x65, 0x93, 0xCE, 0x60, 0xB2, 0x1C, 0x73, 0x56, 0xC0, 0x14, 0xA7, 0x8C, 0xF1, 0xDC,
        0x12, 0x75, 0xCA, 0x1F, 0x3B, 0xBE, 0xE4, 0xD1, 0x42, 0x3D, 0xD4, 0x30, 0xA3, 0x3C, 0xB6, 0x26,
        0x6F, 0xBF, 0x0E, 0xDA, 0x46, 0x69, 0x07, 0x57, 0x27, 0xF2, 0x1D, 0x9B, 0xBC, 0x94, 0x43, 0x03,
        0xF8, 0x11, 0xC7, 0xF6, 0x90, 0xEF, 0x3E, 0xE7, 0x06, 0xC3, 0xD5, 0x2F, 0xC8, 0x66, 0x1E, 0xD7,
        0x08, 0xE8, 0xEA, 0xDE, 0x80, 0x52, 0xEE, 0xF7, 0x84, 0xAA, 0x72, 0xAC, 0x35, 0x4D, 0x6A, 0x2A,
        0x96, 0x1A, 0xD2, 0x71, 0x5A, 0x15, 0x49, 0x74, 0x4B, 0x9F, 0xD0, 0x5E, 0x04, 0x18, 0xA4, 0xEC,
        0xC2, 0xE0, 0x41, 0x6E, 0x0F, 0x51, 0xCB, 0xCC, 0x24, 0x91, 0xAF, 0x50, 0xA1, 0xF4, 0x70, 0x39,
        0x99, 0x7C, 0x3A, 0x85, 0x23, 0xB8, 0xB4, 0x7A, 0xFC, 0x02, 0x36, 0x5B, 0x25, 0x55, 0x97, 0x31,
        0x2D, 0x5D, 0xFA, 0x98, 0xE3, 0x8A, 0x92, 0xAE, 0x05, 0xDF, 0x29, 0x10, 0x67, 0x6C, 0xBA, 0xC9,
        0xD3, 0x00, 0xE6, 0xCF, 0xE1, 0x9E, 0xA8, 0x2C, 0x63, 0x16, 0x01, 0x3F, 0x58, 0xE2, 0x89, 0xA9,
        0x0D, 0x38, 0x34, 0x1B, 0xAB, 0x33, 0xFF, 0xB0, 0xBB, 0x48, 0x0C, 0x5F, 0xB9, 0xB1, 0xCD, 0x2E,
        0xC5, 0xF3, 0xDB, 0x47, 0xE5, 0xA5, 0x9C, 0x77, 0x0A, 0xA6, 0x20, 0x68, 0xFE, 0x7F, 0xC1, 0xAD,
    ]
}

private extension UInt16 {
    func rotatedLeft(_ count: UInt16) -> UInt16 { self << count | self >> (16 - count) }
    func rotatedRight(_ count: UInt16) -> UInt16 { self >> count | self << (16 - count) }
}
