/// The AES block cipher (FIPS 197) with 128-, 192- or 256-bit keys.
///
/// Here to decrypt PBES2-protected PKCS#8 keys and PKCS#12 bags offline; use it through
/// ``CBCCipher`` rather than block by block. Encryption exists for tests and round trips.
/// Not constant-time (table lookups); see `AESTables`.
public struct AES: Sendable, BlockCipher {
    /// 16 bytes.
    public static var blockSize: Int { 16 }

    /// Key length in bytes: 16, 24 or 32.
    public let keySize: Int
    private let rounds: Int
    /// Encryption round keys, `4 * (rounds + 1)` words (section 5.2).
    private let encryptionKeys: [UInt32]
    /// Round keys of the equivalent inverse cipher, in decryption order (section 5.3.5).
    private let decryptionKeys: [UInt32]

    /// Expands `key`.
    /// - Throws: ``CryptoError/malformed(_:)`` unless the key is 16, 24 or 32 bytes long.
    public init(key: [UInt8]) throws(CryptoError) {
        let nk = key.count / 4
        guard key.count == 16 || key.count == 24 || key.count == 32 else {
            throw .malformed("AES: key must be 16, 24 or 32 bytes, got \(key.count)")
        }
        let tables = AESTables.shared
        let sbox = tables.sbox
        let rounds = nk + 6
        let total = 4 * (rounds + 1)
        var w = [UInt32](repeating: 0, count: total)
        for i in 0..<nk {
            w[i] = UInt32(key[4 * i]) << 24 | UInt32(key[4 * i + 1]) << 16 | UInt32(key[4 * i + 2]) << 8 | UInt32(key[4 * i + 3])
        }
        func subWord(_ x: UInt32) -> UInt32 {
            UInt32(sbox[Int(x >> 24)]) << 24 | UInt32(sbox[Int((x >> 16) & 0xFF)]) << 16
                | UInt32(sbox[Int((x >> 8) & 0xFF)]) << 8 | UInt32(sbox[Int(x & 0xFF)])
        }
        var rcon: UInt8 = 1
        for i in nk..<total {
            var temp = w[i - 1]
            if i % nk == 0 {
                temp = subWord((temp << 8) | (temp >> 24)) ^ (UInt32(rcon) << 24)
                rcon = AESTables.xtime(rcon)
            } else if nk > 6, i % nk == 4 {
                temp = subWord(temp)
            }
            w[i] = w[i - nk] ^ temp
        }
        // Equivalent inverse cipher: reverse the round order and apply InvMixColumns to the
        // middle round keys. Td[k][S[b]] is InvMixColumns of b in row k.
        var dw = [UInt32](repeating: 0, count: total)
        let td = tables.decrypt
        for round in 0...rounds {
            for j in 0..<4 {
                let word = w[4 * (rounds - round) + j]
                if round == 0 || round == rounds {
                    dw[4 * round + j] = word
                } else {
                    dw[4 * round + j] = td[Int(sbox[Int(word >> 24)])]
                        ^ td[256 + Int(sbox[Int((word >> 16) & 0xFF)])]
                        ^ td[512 + Int(sbox[Int((word >> 8) & 0xFF)])]
                        ^ td[768 + Int(sbox[Int(word & 0xFF)])]
                }
            }
        }
        self.keySize = key.count
        self.rounds = rounds
        self.encryptionKeys = w
        self.decryptionKeys = dw
    }

    /// Encrypts one 16-byte block.
    /// - Throws: ``CryptoError/malformed(_:)`` if `block` is not 16 bytes.
    public func encrypt(block: [UInt8]) throws(CryptoError) -> [UInt8] {
        try transform(block: block, name: "AES", encryptBlock)
    }

    /// Decrypts one 16-byte block.
    /// - Throws: ``CryptoError/malformed(_:)`` if `block` is not 16 bytes.
    public func decrypt(block: [UInt8]) throws(CryptoError) -> [UInt8] {
        try transform(block: block, name: "AES", decryptBlock)
    }

    func encryptBlock(_ input: UnsafeRawPointer, _ output: UnsafeMutableRawPointer) {
        let te = AESTables.shared.encrypt
        let sbox = AESTables.shared.sbox
        let rk = encryptionKeys
        var s0 = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 0, as: UInt32.self)) ^ rk[0]
        var s1 = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) ^ rk[1]
        var s2 = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 8, as: UInt32.self)) ^ rk[2]
        var s3 = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 12, as: UInt32.self)) ^ rk[3]
        // Sections 5.1.1-5.1.4: SubBytes, ShiftRows and MixColumns folded into table lookups.
        for round in 1..<rounds {
            let k = 4 * round
            let t0 = te[Int(s0 >> 24)] ^ te[256 + Int((s1 >> 16) & 0xFF)]
                ^ te[512 + Int((s2 >> 8) & 0xFF)] ^ te[768 + Int(s3 & 0xFF)] ^ rk[k]
            let t1 = te[Int(s1 >> 24)] ^ te[256 + Int((s2 >> 16) & 0xFF)]
                ^ te[512 + Int((s3 >> 8) & 0xFF)] ^ te[768 + Int(s0 & 0xFF)] ^ rk[k + 1]
            let t2 = te[Int(s2 >> 24)] ^ te[256 + Int((s3 >> 16) & 0xFF)]
                ^ te[512 + Int((s0 >> 8) & 0xFF)] ^ te[768 + Int(s1 & 0xFF)] ^ rk[k + 2]
            let t3 = te[Int(s3 >> 24)] ^ te[256 + Int((s0 >> 16) & 0xFF)]
                ^ te[512 + Int((s1 >> 8) & 0xFF)] ^ te[768 + Int(s2 & 0xFF)] ^ rk[k + 3]
            (s0, s1, s2, s3) = (t0, t1, t2, t3)
        }
        // Final round: no MixColumns.
        func last(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> UInt32 {
            UInt32(sbox[Int(a >> 24)]) << 24 | UInt32(sbox[Int((b >> 16) & 0xFF)]) << 16
                | UInt32(sbox[Int((c >> 8) & 0xFF)]) << 8 | UInt32(sbox[Int(d & 0xFF)])
        }
        let k = 4 * rounds
        output.storeBytes(of: (last(s0, s1, s2, s3) ^ rk[k]).bigEndian, toByteOffset: 0, as: UInt32.self)
        output.storeBytes(of: (last(s1, s2, s3, s0) ^ rk[k + 1]).bigEndian, toByteOffset: 4, as: UInt32.self)
        output.storeBytes(of: (last(s2, s3, s0, s1) ^ rk[k + 2]).bigEndian, toByteOffset: 8, as: UInt32.self)
        output.storeBytes(of: (last(s3, s0, s1, s2) ^ rk[k + 3]).bigEndian, toByteOffset: 12, as: UInt32.self)
    }

    func decryptBlock(_ input: UnsafeRawPointer, _ output: UnsafeMutableRawPointer) {
        let td = AESTables.shared.decrypt
        let inverseSbox = AESTables.shared.inverseSbox
        let rk = decryptionKeys
        var s0 = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 0, as: UInt32.self)) ^ rk[0]
        var s1 = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) ^ rk[1]
        var s2 = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 8, as: UInt32.self)) ^ rk[2]
        var s3 = UInt32(bigEndian: input.loadUnaligned(fromByteOffset: 12, as: UInt32.self)) ^ rk[3]
        // Section 5.3.5, equivalent inverse cipher: InvSubBytes, InvShiftRows and
        // InvMixColumns folded into table lookups.
        for round in 1..<rounds {
            let k = 4 * round
            let t0 = td[Int(s0 >> 24)] ^ td[256 + Int((s3 >> 16) & 0xFF)]
                ^ td[512 + Int((s2 >> 8) & 0xFF)] ^ td[768 + Int(s1 & 0xFF)] ^ rk[k]
            let t1 = td[Int(s1 >> 24)] ^ td[256 + Int((s0 >> 16) & 0xFF)]
                ^ td[512 + Int((s3 >> 8) & 0xFF)] ^ td[768 + Int(s2 & 0xFF)] ^ rk[k + 1]
            let t2 = td[Int(s2 >> 24)] ^ td[256 + Int((s1 >> 16) & 0xFF)]
                ^ td[512 + Int((s0 >> 8) & 0xFF)] ^ td[768 + Int(s3 & 0xFF)] ^ rk[k + 2]
            let t3 = td[Int(s3 >> 24)] ^ td[256 + Int((s2 >> 16) & 0xFF)]
                ^ td[512 + Int((s1 >> 8) & 0xFF)] ^ td[768 + Int(s0 & 0xFF)] ^ rk[k + 3]
            (s0, s1, s2, s3) = (t0, t1, t2, t3)
        }
        func last(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: UInt32) -> UInt32 {
            UInt32(inverseSbox[Int(a >> 24)]) << 24 | UInt32(inverseSbox[Int((b >> 16) & 0xFF)]) << 16
                | UInt32(inverseSbox[Int((c >> 8) & 0xFF)]) << 8 | UInt32(inverseSbox[Int(d & 0xFF)])
        }
        let k = 4 * rounds
        output.storeBytes(of: (last(s0, s3, s2, s1) ^ rk[k]).bigEndian, toByteOffset: 0, as: UInt32.self)
        output.storeBytes(of: (last(s1, s0, s3, s2) ^ rk[k + 1]).bigEndian, toByteOffset: 4, as: UInt32.self)
        output.storeBytes(of: (last(s2, s1, s0, s3) ^ rk[k + 2]).bigEndian, toByteOffset: 8, as: UInt32.self)
        output.storeBytes(of: (last(s3, s2, s1, s0) ^ rk[k + 3]).bigEndian, toByteOffset: 12, as: UInt32.self)
    }
}
