import PureX509ASN1
import PureX509Crypto

/// How a PKCS#12 file protects its integrity (RFC 7292 section 4).
public enum PKCS12Integrity: Hashable, Sendable {
    /// No MAC (`openssl pkcs12 -export -nomac`): nothing detects tampering.
    case none
    /// `MacData` with HMAC keyed by the PKCS#12 KDF (RFC 7292 appendix B.4): SHA-1 in files
    /// made before OpenSSL 3, SHA-256 since.
    case hmac(HashAlgorithm, iterations: Int)
    /// `MacData` with PBMAC1 (RFC 9579): HMAC keyed by PBKDF2.
    case pbmac1(hmac: HashAlgorithm, pbkdf2: HashAlgorithm, iterations: Int)
    /// Public-key integrity mode (the AuthenticatedSafe inside SignedData); the signature is
    /// not checked.
    case publicKeySignature

    /// "HMAC-SHA256 MAC (2048 iterations)", "PBMAC1 (HMAC-SHA256, PBKDF2-HMAC-SHA256, ...)".
    public var name: String {
        switch self {
        case .none: return "no MAC"
        case .hmac(let hash, let iterations): return "HMAC-\(hash.name) MAC (\(iterations) iterations)"
        case .pbmac1(let hmac, let kdf, let iterations):
            return "PBMAC1 (HMAC-\(hmac.name), PBKDF2-HMAC-\(kdf.name), \(iterations) iterations)"
        case .publicKeySignature: return "public-key signature (not checked)"
        }
    }
}

/// The parsed `MacData` (RFC 7292 section 4; RFC 9579 for PBMAC1).
struct PKCS12MacData: Sendable {
    enum Algorithm: Sendable {
        case hmac(HashAlgorithm)
        case pbmac1(hmac: HashAlgorithm, kdf: HashAlgorithm, salt: [UInt8], iterations: Int, keyLength: Int)
    }
    let algorithm: Algorithm
    let digest: [UInt8]
    let salt: [UInt8]
    let iterations: Int

    var integrity: PKCS12Integrity {
        switch algorithm {
        case .hmac(let hash): return .hmac(hash, iterations: iterations)
        case .pbmac1(let hmac, let kdf, _, let iterations, _): return .pbmac1(hmac: hmac, pbkdf2: kdf, iterations: iterations)
        }
    }

    /// `MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 }`.
    static func read(_ reader: inout DERReader) throws -> PKCS12MacData {
        let bytes = reader.bytes
        let depth = reader.depth
        return try reader.readSequence { macData in
            let (algorithmID, digest) = try keyField("mac") {
                try macData.readSequence { digestInfo in
                    (try KeyAlgorithmIdentifier.read(&digestInfo), Array(bytes[try digestInfo.readOctetString()]))
                }
            }
            let salt = Array(bytes[try keyField("macSalt") { try macData.readOctetString() }])
            // An explicit 1 (the DEFAULT) is accepted: some encoders write it.
            var iterations = 1
            if !macData.isAtEnd {
                let start = macData.position
                iterations = try keyField("iterations") {
                    try macData.readKeyInteger(in: 1...PasswordBasedEncryption.maximumIterations, "iterations")
                }
                _ = start
            }
            let algorithm: Algorithm
            if algorithmID.oid == .pbmac1 {
                algorithm = try keyField("mac.digestAlgorithm (PBMAC1)") {
                    try readPBMAC1(bytes, algorithmID, depth: depth + 3)
                }
            } else if let hash = PKCS12MacData.hash(for: algorithmID.oid) {
                guard algorithmID.hasAbsentOrNullParameters(in: bytes) else {
                    throw KeyFileError(.invalid("digest algorithm parameters must be NULL or absent"),
                                       context: "mac.digestAlgorithm", offset: algorithmID.element.start)
                }
                algorithm = .hmac(hash)
            } else {
                throw KeyFileError(.unsupported("MAC digest algorithm \(algorithmID.oid.displayName)"),
                                   context: "mac.digestAlgorithm", offset: algorithmID.element.start)
            }
            let expected: Int
            switch algorithm {
            case .hmac(let hash): expected = hash.digestSize
            case .pbmac1(let hmac, _, _, _, _): expected = hmac.digestSize
            }
            guard digest.count == expected else {
                throw KeyFileError(.invalid("MAC of \(digest.count) bytes, expected \(expected)"), context: "mac.digest")
            }
            return PKCS12MacData(algorithm: algorithm, digest: digest, salt: salt, iterations: iterations)
        }
    }

    /// `PBMAC1-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier (PBKDF2),
    /// messageAuthScheme AlgorithmIdentifier (hmacWith...) }` (RFC 8018 A.5, RFC 9579).
    private static func readPBMAC1(_ bytes: [UInt8], _ algorithm: KeyAlgorithmIdentifier, depth: Int) throws -> Algorithm {
        guard let parameters = algorithm.parameters else {
            throw KeyFileError(.invalid("PBMAC1 without parameters"), context: "PBMAC1-params", offset: algorithm.element.start)
        }
        var reader = DERReader(bytes, range: parameters.fullRange, depth: depth)
        return try reader.readSequence { params in
            let kdf = try KeyAlgorithmIdentifier.read(&params)
            guard kdf.oid == .pbkdf2, let kdfParameters = kdf.parameters else {
                throw KeyFileError(.unsupported("PBMAC1 key derivation \(kdf.oid.displayName)"), context: "PBMAC1-params",
                                   offset: kdf.element.start)
            }
            var kdfReader = DERReader(bytes, range: kdfParameters.fullRange, depth: depth + 2)
            let (salt, iterations, keyLength, kdfHash) = try kdfReader.readSequence { p -> ([UInt8], Int, Int, HashAlgorithm) in
                let salt = Array(bytes[try p.readOctetString()])
                let iterations = try p.readKeyInteger(in: 1...PasswordBasedEncryption.maximumIterations, "iterationCount")
                // RFC 9579 section 3: keyLength MUST be present.
                guard try p.peekTag() == .integer else {
                    throw KeyFileError(.invalid("PBMAC1 requires PBKDF2 keyLength (RFC 9579)"), context: "PBKDF2-params",
                                       offset: p.position)
                }
                let keyLength = try p.readKeyInteger(in: 1...1024, "keyLength")
                var hash = HashAlgorithm.sha1
                if !p.isAtEnd {
                    let prf = try KeyAlgorithmIdentifier.read(&p)
                    guard let found = hmacHash(for: prf.oid) else {
                        throw KeyFileError(.unsupported("PBKDF2 PRF \(prf.oid.displayName)"), context: "PBKDF2-params.prf",
                                           offset: prf.element.start)
                    }
                    hash = found
                }
                return (salt, iterations, keyLength, hash)
            }
            let scheme = try KeyAlgorithmIdentifier.read(&params)
            guard let hmac = hmacHash(for: scheme.oid) else {
                throw KeyFileError(.unsupported("PBMAC1 message authentication scheme \(scheme.oid.displayName)"),
                                   context: "PBMAC1-params", offset: scheme.element.start)
            }
            return .pbmac1(hmac: hmac, kdf: kdfHash, salt: salt, iterations: iterations, keyLength: keyLength)
        }
    }

    /// The key-derivation work of one MAC check, in iterations.
    var derivationCost: Int {
        switch algorithm {
        case .hmac: return iterations
        case .pbmac1(_, _, _, let kdfIterations, _): return kdfIterations
        }
    }

    static func hash(for oid: OID) -> HashAlgorithm? {
        switch oid {
        case .sha1: return .sha1
        case .sha224: return .sha224
        case .sha256: return .sha256
        case .sha384: return .sha384
        case .sha512: return .sha512
        case .sha512_256: return .sha512_256
        case .md5: return .md5
        default: return nil
        }
    }

    static func hmacHash(for oid: OID) -> HashAlgorithm? {
        switch oid {
        case .hmacWithSHA1: return .sha1
        case .hmacWithSHA224: return .sha224
        case .hmacWithSHA256: return .sha256
        case .hmacWithSHA384: return .sha384
        case .hmacWithSHA512: return .sha512
        case .hmacWithSHA512_256: return .sha512_256
        default: return nil
        }
    }

    /// Checks the MAC over `content` (the AuthenticatedSafe octets) with `password`.
    /// Classic MACs use the BMPString password (and, for an empty one, also the empty
    /// string, as OpenSSL does); PBMAC1 uses UTF-8 (RFC 9579), with the BMPString form as
    /// a fallback.
    func verify(_ content: ArraySlice<UInt8>, password: String) throws(KeyFileError) -> Bool {
        var candidates: [[UInt8]]
        switch algorithm {
        case .hmac: candidates = [PKCS12KDF.encodePassword(password)] + (password.isEmpty ? [[]] : [])
        case .pbmac1: candidates = [Array(password.utf8), PKCS12KDF.encodePassword(password)]
        }
        defer { for index in candidates.indices { SecretBytes.wipe(&candidates[index]) } }
        for candidate in candidates {
            try KeyDerivationBudget.chargeDerivation(derivationCost, context: "PKCS#12 MacData")
            var key: [UInt8]
            let hash: HashAlgorithm
            do {
                switch algorithm {
                case .hmac(let h):
                    hash = h
                    key = try PKCS12KDF.deriveKey(password: candidate, salt: salt, iterations: iterations,
                                                  keyLength: h.digestSize, purpose: .mac, hash: h)
                case .pbmac1(let hmac, let kdf, let kdfSalt, let kdfIterations, let keyLength):
                    hash = hmac
                    key = try PBKDF2.deriveKey(password: candidate, salt: kdfSalt, iterations: kdfIterations,
                                               keyLength: keyLength, prf: kdf)
                }
            } catch {
                throw KeyFileError(cryptoError: error, context: "MacData")
            }
            defer { SecretBytes.wipe(&key) }
            if hash.isValidAuthenticationCode(digest[...], for: content, key: key[...]) { return true }
        }
        return false
    }
}
