import PureX509ASN1
import PureX509Crypto

/// A password-based encryption scheme as named by an `AlgorithmIdentifier` in a PKCS#8
/// `EncryptedPrivateKeyInfo` (RFC 5208 section 6), a PKCS#12 shrouded key bag or a PKCS#12
/// `EncryptedData` (RFC 7292): which scheme, which key derivation, which cipher, and the
/// parameters to decrypt with.
///
/// Decryption is for reading files offline. Supported: PBES2 (RFC 8018 section 6.2) with
/// PBKDF2 over HMAC-SHA-1/SHA-2 and AES-128/192/256-CBC or DES-EDE3-CBC, and the PKCS#12
/// schemes `pbeWithSHAAnd3-KeyTripleDES-CBC` and `pbeWithSHAAnd2-KeyTripleDES-CBC`
/// (RFC 7292 appendix C). Recognised and named but not decrypted: scrypt, DES-CBC, RC2,
/// RC4, and the PBES1 schemes (RFC 8018 section 6.1).
public struct PasswordBasedEncryption: Hashable, Sendable {
    /// The scheme and its parameters (salts and IVs are not secret, but are kept internal).
    public enum Scheme: Hashable, Sendable {
        /// PBES2 (RFC 8018 section 6.2, OID 1.2.840.113549.1.5.13).
        case pbes2(keyDerivation: KeyDerivation, cipher: Cipher)
        /// A PKCS#12 PBE scheme (RFC 7292 appendix C) with its iteration count.
        case pkcs12(PKCS12Cipher, iterations: Int)
        /// A PBES1 scheme (RFC 8018 section 6.1): DES or RC2 with MD2, MD5 or SHA-1.
        case pbes1(name: String, iterations: Int)
        /// An unknown algorithm.
        case unknown(OID)
    }

    /// The key derivation of PBES2.
    public enum KeyDerivation: Hashable, Sendable {
        /// PBKDF2 (RFC 8018 section 5.2) with the HMAC PRF's hash (nil when the PRF is not
        /// one this library implements; `prfName` names it).
        case pbkdf2(prf: HashAlgorithm?, prfName: String, iterations: Int, keyLength: Int?)
        /// scrypt (RFC 7914): named, not implemented.
        case scrypt(cost: Int, blockSize: Int, parallelization: Int)
        /// Another KDF.
        case other(OID)
    }

    /// The cipher of PBES2.
    public enum Cipher: Hashable, Sendable {
        /// AES-CBC or DES-EDE3-CBC with PKCS#7 padding.
        case cbc(CBCCipher)
        /// Single DES (desCBC, 1.3.14.3.2.7): named, not implemented (56-bit key).
        case desCBC
        /// RC2-CBC (1.2.840.113549.3.2) with its effective key bits.
        case rc2CBC(effectiveKeyBits: Int)
        /// Another cipher.
        case other(OID)
    }

    /// The PKCS#12 PBE ciphers (RFC 7292 appendix C, OIDs 1.2.840.113549.1.12.1.1-6).
    public enum PKCS12Cipher: Hashable, Sendable, CaseIterable {
        /// pbeWithSHAAnd128BitRC4.
        case rc4With128BitKey
        /// pbeWithSHAAnd40BitRC4.
        case rc4With40BitKey
        /// pbeWithSHAAnd3-KeyTripleDES-CBC: OpenSSL's default before 3.0, `-legacy` keys.
        case tripleDES3Key
        /// pbeWithSHAAnd2-KeyTripleDES-CBC.
        case tripleDES2Key
        /// pbeWithSHAAnd128BitRC2-CBC.
        case rc2With128BitKey
        /// pbeWithSHAAnd40BitRC2-CBC: the oldest legacy form, `openssl pkcs12 -legacy`
        /// certificates.
        case rc2With40BitKey

        /// OpenSSL's long name ("pbeWithSHA1And3-KeyTripleDES-CBC").
        public var name: String {
            switch self {
            case .rc4With128BitKey: return "pbeWithSHA1And128BitRC4"
            case .rc4With40BitKey: return "pbeWithSHA1And40BitRC4"
            case .tripleDES3Key: return "pbeWithSHA1And3-KeyTripleDES-CBC"
            case .tripleDES2Key: return "pbeWithSHA1And2-KeyTripleDES-CBC"
            case .rc2With128BitKey: return "pbeWithSHA1And128BitRC2-CBC"
            case .rc2With40BitKey: return "pbeWithSHA1And40BitRC2-CBC"
            }
        }

        var oid: OID {
            switch self {
            case .rc4With128BitKey: return .pbeWithSHA1And128BitRC4
            case .rc4With40BitKey: return .pbeWithSHA1And40BitRC4
            case .tripleDES3Key: return .pbeWithSHA1And3KeyTripleDES_CBC
            case .tripleDES2Key: return .pbeWithSHA1And2KeyTripleDES_CBC
            case .rc2With128BitKey: return .pbeWithSHA1And128BitRC2_CBC
            case .rc2With40BitKey: return .pbeWithSHA1And40BitRC2_CBC
            }
        }
    }

    /// The scheme with its parameters.
    public let scheme: Scheme
    /// The salt (PBKDF2, scrypt, PKCS#12 or PBES1).
    let salt: [UInt8]
    /// The IV of the PBES2 cipher.
    let iv: [UInt8]

    #if PUREX509_FUZZING
    // Fuzz builds (Fuzz/build.sh defines PUREX509_FUZZING) keep every input fast, as
    // OSS-Fuzz's FUZZING_BUILD_MODE does: the full limit costs seconds per derivation.
    /// The fuzz-build value: low, so that every input stays fast.
    public static let maximumIterations = 10_000
    #else
    /// The largest iteration count accepted: a hostile file cannot make decryption run for
    /// hours. Real files use 2,048 (OpenSSL) to about 600,000 (password managers).
    public static let maximumIterations = 10_000_000
    #endif

    /// The iteration count, when the scheme has one.
    public var iterations: Int? {
        switch scheme {
        case .pbes2(.pbkdf2(_, _, let iterations, _), _): return iterations
        case .pkcs12(_, let iterations), .pbes1(_, let iterations): return iterations
        default: return nil
        }
    }

    /// True when this library can decrypt the scheme.
    public var isSupported: Bool {
        switch scheme {
        case .pbes2(.pbkdf2(let prf, _, _, _), .cbc): return prf != nil
        case .pkcs12(.tripleDES3Key, _), .pkcs12(.tripleDES2Key, _): return true
        case .pkcs12(.rc2With40BitKey, _), .pkcs12(.rc2With128BitKey, _): return true
        case .pbes2(.pbkdf2(let prf, _, _, _), .rc2CBC): return prf != nil
        default: return false
        }
    }

    /// True for the legacy schemes (PKCS#12 PBE, PBES1): SHA-1 based derivation and old
    /// ciphers. OpenSSL 3 needs `-legacy` for the RC2 and RC4 ones.
    public var isLegacy: Bool {
        switch scheme {
        case .pkcs12, .pbes1: return true
        case .pbes2(_, .desCBC), .pbes2(_, .rc2CBC): return true
        default: return false
        }
    }

    /// "PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC, 2048 iterations)",
    /// "pbeWithSHA1And3-KeyTripleDES-CBC (2048 iterations)".
    public var name: String {
        switch scheme {
        case .pbes2(let kdf, let cipher):
            let kdfName: String
            switch kdf {
            case .pbkdf2(_, let prfName, let iterations, _):
                return "PBES2 (PBKDF2-\(prfName), \(cipherName(cipher)), \(iterations) iterations)"
            case .scrypt(let n, let r, let p): kdfName = "scrypt N=\(n) r=\(r) p=\(p)"
            case .other(let oid): kdfName = oid.displayName
            }
            return "PBES2 (\(kdfName), \(cipherName(cipher)))"
        case .pkcs12(let cipher, let iterations): return "\(cipher.name) (\(iterations) iterations)"
        case .pbes1(let name, let iterations): return "\(name) (\(iterations) iterations)"
        case .unknown(let oid): return oid.displayName
        }
    }

    private func cipherName(_ cipher: Cipher) -> String {
        switch cipher {
        case .cbc(let cbc): return cbc.name
        case .desCBC: return "DES-CBC"
        case .rc2CBC(let bits): return "RC2-\(bits)-CBC"
        case .other(let oid): return oid.displayName
        }
    }
}

// MARK: - Parsing

extension PasswordBasedEncryption {
    /// Reads the encryption AlgorithmIdentifier at the reader's position.
    static func read(_ reader: inout DERReader) throws -> PasswordBasedEncryption {
        let algorithm = try KeyAlgorithmIdentifier.read(&reader)
        let bytes = reader.bytes
        func parametersReader() throws -> DERReader {
            guard let parameters = algorithm.parameters else {
                throw KeyFileError(.invalid("\(algorithm.oid.displayName) requires parameters"),
                                   context: "encryption algorithm", offset: algorithm.element.start)
            }
            return DERReader(bytes, range: parameters.fullRange, depth: reader.depth + 1)
        }
        let oid = algorithm.oid
        if oid == .pbes2 {
            var params = try parametersReader()
            let result = try params.readSequence { seq in try readPBES2(&seq) }
            try params.finish()
            return result
        }
        if let cipher = PKCS12Cipher.allCases.first(where: { $0.oid == oid }) {
            var params = try parametersReader()
            let (salt, iterations) = try params.readSequence { seq in
                (Array(bytes[try seq.readOctetString()]), try readIterations(&seq))
            }
            try params.finish()
            return PasswordBasedEncryption(scheme: .pkcs12(cipher, iterations: iterations), salt: salt, iv: [])
        }
        let pbes1: [OID: String] = [
            .pbeWithMD2AndDES_CBC: "pbeWithMD2AndDES-CBC", .pbeWithMD5AndDES_CBC: "pbeWithMD5AndDES-CBC",
            .pbeWithMD2AndRC2_CBC: "pbeWithMD2AndRC2-CBC", .pbeWithMD5AndRC2_CBC: "pbeWithMD5AndRC2-CBC",
            .pbeWithSHA1AndDES_CBC: "pbeWithSHA1AndDES-CBC", .pbeWithSHA1AndRC2_CBC: "pbeWithSHA1AndRC2-CBC",
        ]
        if let name = pbes1[oid] {
            var params = try parametersReader()
            let (salt, iterations) = try params.readSequence { seq in
                (Array(bytes[try seq.readOctetString()]), try readIterations(&seq))
            }
            try params.finish()
            return PasswordBasedEncryption(scheme: .pbes1(name: name, iterations: iterations), salt: salt, iv: [])
        }
        return PasswordBasedEncryption(scheme: .unknown(oid), salt: [], iv: [])
    }

    private static func readIterations(_ reader: inout DERReader) throws -> Int {
        let start = reader.position
        let value: Int
        do {
            value = try reader.readInt()
        } catch DERError.integerOutOfRange {
            value = Int.max
        }
        guard value >= 1 else {
            throw KeyFileError(.invalid("iteration count \(value) is not positive"), context: "iterationCount", offset: start)
        }
        guard value <= maximumIterations else {
            throw KeyFileError(.unsupported("iteration count above the limit of \(maximumIterations)"),
                               context: "iterationCount", offset: start)
        }
        return value
    }

    /// `PBES2-params ::= SEQUENCE { keyDerivationFunc, encryptionScheme }` (RFC 8018 A.4).
    private static func readPBES2(_ seq: inout DERReader) throws -> PasswordBasedEncryption {
        let bytes = seq.bytes
        let kdfAlgorithm = try KeyAlgorithmIdentifier.read(&seq)
        var salt: [UInt8] = []
        let kdf: KeyDerivation
        var declaredKeyLength: Int?
        if kdfAlgorithm.oid == .pbkdf2, let parameters = kdfAlgorithm.parameters {
            var params = DERReader(bytes, range: parameters.fullRange, depth: seq.depth + 1)
            kdf = try params.readSequence { p in
                // PBKDF2-params (RFC 8018 A.2). The `otherSource` salt choice is reserved.
                guard try p.peekTag() == .octetString else {
                    throw KeyFileError(.unsupported("PBKDF2 salt from otherSource"), context: "PBKDF2-params.salt", offset: p.position)
                }
                salt = Array(bytes[try p.readOctetString()])
                let iterations = try readIterations(&p)
                var keyLength: Int?
                if try p.peekTag() == .integer {
                    let start = p.position
                    let length = try p.readInt()
                    guard (1...64).contains(length) else {
                        throw KeyFileError(.invalid("PBKDF2 keyLength \(length) out of range"), context: "PBKDF2-params.keyLength", offset: start)
                    }
                    keyLength = length
                }
                declaredKeyLength = keyLength
                // prf DEFAULT algid-hmacWithSHA1. An explicit hmacWithSHA1 is accepted too:
                // DER forbids encoding the default (X.690 11.5), but some Java tools write it.
                var prf: HashAlgorithm? = .sha1
                var prfName = "HMAC-SHA1"
                if !p.isAtEnd {
                    let prfAlgorithm = try KeyAlgorithmIdentifier.read(&p)
                    guard prfAlgorithm.hasAbsentOrNullParameters(in: bytes) else {
                        throw KeyFileError(.invalid("PRF parameters must be NULL or absent"), context: "PBKDF2-params.prf",
                                           offset: prfAlgorithm.element.start)
                    }
                    (prf, prfName) = prfFor(prfAlgorithm.oid)
                }
                return .pbkdf2(prf: prf, prfName: prfName, iterations: iterations, keyLength: keyLength)
            }
            try params.finish()
        } else if kdfAlgorithm.oid == KeyOIDs.scrypt, let parameters = kdfAlgorithm.parameters {
            var params = DERReader(bytes, range: parameters.fullRange, depth: seq.depth + 1)
            kdf = try params.readSequence { p in
                // scrypt-params (RFC 7914 section 7.1).
                salt = Array(bytes[try p.readOctetString()])
                let n = (try? p.readInt()) ?? -1
                let r = (try? p.readInt()) ?? -1
                let parallel = (try? p.readInt()) ?? -1
                if !p.isAtEnd { _ = try p.readInt() }
                return .scrypt(cost: n, blockSize: r, parallelization: parallel)
            }
        } else {
            kdf = .other(kdfAlgorithm.oid)
        }

        let cipherAlgorithm = try KeyAlgorithmIdentifier.read(&seq)
        var iv: [UInt8] = []
        let cipher: Cipher
        let cbcCiphers: [OID: CBCCipher] = [
            .aes128CBC: .aes128, .aes192CBC: .aes192, .aes256CBC: .aes256, .desEDE3CBC: .tripleDES,
        ]
        func readIV(_ expected: Int) throws -> [UInt8] {
            guard let parameters = cipherAlgorithm.parameters, parameters.tag == .octetString else {
                throw KeyFileError(.invalid("\(cipherAlgorithm.oid.displayName) needs an OCTET STRING IV"),
                                   context: "PBES2-params.encryptionScheme", offset: cipherAlgorithm.element.start)
            }
            guard parameters.contentLength == expected else {
                throw KeyFileError(.invalid("IV of \(parameters.contentLength) bytes, expected \(expected)"),
                                   context: "PBES2-params.encryptionScheme", offset: parameters.start)
            }
            return Array(bytes[parameters.contentRange])
        }
        if let cbc = cbcCiphers[cipherAlgorithm.oid] {
            iv = try readIV(cbc.blockSize)
            cipher = .cbc(cbc)
            if let declaredKeyLength, declaredKeyLength != cbc.keySize {
                throw KeyFileError(.invalid("PBKDF2 keyLength \(declaredKeyLength) does not match \(cbc.name)"),
                                   context: "PBES2-params", offset: cipherAlgorithm.element.start)
            }
        } else if cipherAlgorithm.oid == .desCBC {
            iv = try readIV(8)
            cipher = .desCBC
        } else if cipherAlgorithm.oid == .rc2CBC, let parameters = cipherAlgorithm.parameters {
            // RC2-CBC-Parameter ::= SEQUENCE { rc2ParameterVersion INTEGER OPTIONAL,
            // iv OCTET STRING (SIZE(8)) } (RFC 8018 B.2.3).
            var params = DERReader(bytes, range: parameters.fullRange, depth: seq.depth + 1)
            var bits = 32
            try params.readSequence { p in
                if try p.peekTag() == .integer {
                    let version = try p.readInt()
                    switch version {
                    case 160: bits = 40
                    case 120: bits = 64
                    case 58: bits = 128
                    case 256...1024: bits = version
                    default:
                        throw KeyFileError(.unsupported("RC2 parameter version \(version)"), context: "RC2-CBC-Parameter")
                    }
                }
                let ivRange = try p.readOctetString()
                guard ivRange.count == 8 else {
                    throw KeyFileError(.invalid("RC2 IV of \(ivRange.count) bytes, expected 8"), context: "RC2-CBC-Parameter", offset: ivRange.lowerBound)
                }
                iv = Array(bytes[ivRange])
            }
            cipher = .rc2CBC(effectiveKeyBits: bits)
        } else {
            cipher = .other(cipherAlgorithm.oid)
        }
        return PasswordBasedEncryption(scheme: .pbes2(keyDerivation: kdf, cipher: cipher), salt: salt, iv: iv)
    }

    /// The hash of an HMAC PRF OID (RFC 8018 appendix B.1).
    private static func prfFor(_ oid: OID) -> (HashAlgorithm?, String) {
        switch oid {
        case .hmacWithSHA1: return (.sha1, "HMAC-SHA1")
        case .hmacWithSHA224: return (.sha224, "HMAC-SHA224")
        case .hmacWithSHA256: return (.sha256, "HMAC-SHA256")
        case .hmacWithSHA384: return (.sha384, "HMAC-SHA384")
        case .hmacWithSHA512: return (.sha512, "HMAC-SHA512")
        case .hmacWithSHA512_256: return (.sha512_256, "HMAC-SHA512/256")
        case .hmacWithSHA512_224: return (nil, "HMAC-SHA512/224")
        default: return (nil, oid.displayName)
        }
    }
}

// MARK: - Decryption

extension PasswordBasedEncryption {
    /// Decrypts `ciphertext` with `password`.
    ///
    /// PBES2 uses the password's UTF-8 bytes (as OpenSSL does); the PKCS#12 schemes use its
    /// BMPString form (RFC 7292 appendix B.1). For an empty password both the two-zero-byte
    /// BMPString and the empty string are tried, since tools differ. `isPlausible` tells a
    /// real plaintext from a lucky padding match (for example: it parses as DER); a
    /// candidate that fails it counts as a wrong password.
    ///
    /// - Throws: `KeyFileError` with `.wrongPassword`, `.unsupported` (scheme not
    ///   implemented, with the scheme's name) or `.invalid`.
    func decrypt(
        _ ciphertext: ArraySlice<UInt8>, password: String, context: String,
        isPlausible: ([UInt8]) -> Bool
    ) throws(KeyFileError) -> [UInt8] {
        guard isSupported else {
            throw KeyFileError(.unsupported("encrypted with \(name), which PureX509 does not decrypt"), context: context)
        }
        var candidates: [[UInt8]]
        switch scheme {
        case .pkcs12:
            candidates = [PKCS12KDF.encodePassword(password)]
            if password.isEmpty { candidates.append([]) }
        default:
            candidates = [Array(password.utf8)]
        }
        defer { for index in candidates.indices { SecretBytes.wipe(&candidates[index]) } }
        var lastError = KeyFileError(.wrongPassword("the password does not decrypt \(name)"), context: context)
        for candidate in candidates {
            try KeyDerivationBudget.chargeDerivation(derivationCost, context: context)
            do {
                var plaintext = try decryptOnce(ciphertext, passwordBytes: candidate)
                if isPlausible(plaintext) { return plaintext }
                SecretBytes.wipe(&plaintext)
            } catch .invalidPadding {
                continue
            } catch {
                lastError = KeyFileError(cryptoError: error, context: context)
                if case .invalid = lastError.reason { throw lastError }
            }
        }
        throw lastError
    }

    /// The key-derivation work of one decryption attempt, in iterations: the PKCS#12
    /// schemes derive the key and the IV separately (RFC 7292 appendix B.2), PBES2 derives
    /// the key once. Zero for schemes that are not decrypted.
    var derivationCost: Int {
        guard isSupported, let iterations else { return 0 }
        if case .pkcs12 = scheme { return iterations * 2 }  // iterations <= maximumIterations
        return iterations
    }

    /// One decryption attempt with already encoded password bytes.
    private func decryptOnce(_ ciphertext: ArraySlice<UInt8>, passwordBytes: [UInt8]) throws(CryptoError) -> [UInt8] {
        switch scheme {
        case .pbes2(.pbkdf2(let prf?, _, let iterations, let keyLength), .cbc(let cipher)):
            return try PBES2.decrypt(ciphertext, password: passwordBytes, salt: salt, iterations: iterations,
                                     keyLength: keyLength, prf: prf, cipher: cipher, iv: iv)
        case .pbes2(.pbkdf2(let prf?, _, let iterations, let keyLength), .rc2CBC(let bits)):
            var key = try PBKDF2.deriveKey(password: passwordBytes, salt: salt, iterations: iterations,
                                           keyLength: keyLength ?? bits / 8, prf: prf)
            defer { SecretBytes.wipe(&key) }
            return try RC2.decryptCBC(ciphertext, key: key, effectiveKeyBits: bits, iv: iv)
        case .pkcs12(.tripleDES3Key, let iterations):
            return try PKCS12PBE.sha1And3KeyTripleDESCBC.decrypt(ciphertext, password: passwordBytes, salt: salt, iterations: iterations)
        case .pkcs12(.tripleDES2Key, let iterations):
            return try PKCS12PBE.sha1And2KeyTripleDESCBC.decrypt(ciphertext, password: passwordBytes, salt: salt, iterations: iterations)
        case .pkcs12(let rc2, let iterations) where rc2 == .rc2With40BitKey || rc2 == .rc2With128BitKey:
            let keyLength = rc2 == .rc2With40BitKey ? 5 : 16
            var key = try PKCS12KDF.deriveKey(password: passwordBytes, salt: salt, iterations: iterations,
                                              keyLength: keyLength, purpose: .key, hash: .sha1)
            defer { SecretBytes.wipe(&key) }
            let derivedIV = try PKCS12KDF.deriveKey(password: passwordBytes, salt: salt, iterations: iterations,
                                                    keyLength: 8, purpose: .iv, hash: .sha1)
            return try RC2.decryptCBC(ciphertext, key: key, effectiveKeyBits: keyLength * 8, iv: derivedIV)
        default:
            throw .unsupportedAlgorithm(name)
        }
    }
}
