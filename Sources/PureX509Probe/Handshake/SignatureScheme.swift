import PureX509Crypto

/// A TLS signature scheme (RFC 8446 section 4.2.3; the TLS 1.2 SignatureAndHashAlgorithm
/// pairs of RFC 5246 section 7.4.1.4.1 share the code points) and how the existing
/// verification code checks it.
public struct SignatureScheme: Sendable, Hashable, CustomStringConvertible {
    public let code: UInt16

    public init(code: UInt16) {
        self.code = code
    }

    /// Every scheme offered in signature_algorithms, strongest and most common first.
    static let offered: [SignatureScheme] = [
        0x0403, 0x0503, 0x0603, 0x0807, 0x0804, 0x0805, 0x0806, 0x0809, 0x080A, 0x080B, 0x0401, 0x0501, 0x0601, 0x0203, 0x0201,
    ].map(SignatureScheme.init(code:))

    /// The IANA name: "ecdsa_secp256r1_sha256".
    public var name: String {
        switch code {
        case 0x0201: "rsa_pkcs1_sha1"
        case 0x0203: "ecdsa_sha1"
        case 0x0401: "rsa_pkcs1_sha256"
        case 0x0501: "rsa_pkcs1_sha384"
        case 0x0601: "rsa_pkcs1_sha512"
        case 0x0403: "ecdsa_secp256r1_sha256"
        case 0x0503: "ecdsa_secp384r1_sha384"
        case 0x0603: "ecdsa_secp521r1_sha512"
        case 0x0804: "rsa_pss_rsae_sha256"
        case 0x0805: "rsa_pss_rsae_sha384"
        case 0x0806: "rsa_pss_rsae_sha512"
        case 0x0807: "ed25519"
        case 0x0808: "ed448"
        case 0x0809: "rsa_pss_pss_sha256"
        case 0x080A: "rsa_pss_pss_sha384"
        case 0x080B: "rsa_pss_pss_sha512"
        default: "0x" + hex([UInt8(code >> 8), UInt8(code & 0xFF)])
        }
    }

    public var description: String { name }

    /// RFC 8446 section 4.4.3: RSASSA-PKCS1-v1_5 and SHA-1 schemes are not allowed in a
    /// TLS 1.3 CertificateVerify.
    var allowedInTLS13: Bool {
        switch code {
        case 0x0403, 0x0503, 0x0603, 0x0807, 0x0804, 0x0805, 0x0806, 0x0809, 0x080A, 0x080B: true
        default: false
        }
    }

    /// The algorithm for `verify(signatureAlgorithm:publicKey:message:signature:)`, checked
    /// against the key: rsa_pss_rsae needs an rsaEncryption key, rsa_pss_pss an
    /// id-RSASSA-PSS key (RFC 8446 section 4.2.3); in TLS 1.3 the ECDSA curve is part of the
    /// scheme.
    func algorithm(for key: PublicKey, tls13: Bool) throws(ProbeError) -> SignatureAlgorithm {
        func pss(_ hash: HashAlgorithm, keyIsPSS: Bool) throws(ProbeError) -> SignatureAlgorithm {
            switch (key.kind, keyIsPSS) {
            case (.rsa, false), (.rsaPSS, true): break
            default: throw .verification("\(name) does not fit the certificate's \(keyName(key)) key")
            }
            return SignatureAlgorithm(.rsaPSS(RSAPSSParameters(hash: hash, maskGenerationHash: hash, saltLength: hash.digestSize)))
        }
        func ecdsa(_ hash: HashAlgorithm, curveBits: Int?) throws(ProbeError) -> SignatureAlgorithm {
            guard case .ecdsa(let ecKey) = key.kind else { throw .verification("\(name) does not fit the certificate's \(keyName(key)) key") }
            if tls13, let curveBits, ecKey.curve.orderBitCount != curveBits {
                throw .verification("\(name) does not fit the certificate's P-\(ecKey.curve.orderBitCount) key (RFC 8446 section 4.2.3)")
            }
            return SignatureAlgorithm(.ecdsa(hash))
        }
        switch code {
        case 0x0201: return SignatureAlgorithm(.rsaPKCS1v15(.sha1))
        case 0x0401: return SignatureAlgorithm(.rsaPKCS1v15(.sha256))
        case 0x0501: return SignatureAlgorithm(.rsaPKCS1v15(.sha384))
        case 0x0601: return SignatureAlgorithm(.rsaPKCS1v15(.sha512))
        case 0x0203: return try ecdsa(.sha1, curveBits: nil)
        case 0x0403: return try ecdsa(.sha256, curveBits: 256)
        case 0x0503: return try ecdsa(.sha384, curveBits: 384)
        case 0x0603: return try ecdsa(.sha512, curveBits: 521)
        case 0x0804: return try pss(.sha256, keyIsPSS: false)
        case 0x0805: return try pss(.sha384, keyIsPSS: false)
        case 0x0806: return try pss(.sha512, keyIsPSS: false)
        case 0x0809: return try pss(.sha256, keyIsPSS: true)
        case 0x080A: return try pss(.sha384, keyIsPSS: true)
        case 0x080B: return try pss(.sha512, keyIsPSS: true)
        case 0x0807: return SignatureAlgorithm(.ed25519)
        default: throw .unsupported("the server signed with \(name), which x509dump did not offer")
        }
    }

    private func keyName(_ key: PublicKey) -> String {
        switch key.kind {
        case .rsa: "RSA"
        case .rsaPSS: "RSASSA-PSS"
        case .ecdsa: "ECDSA"
        case .ed25519: "Ed25519"
        case .dsa: "DSA"
        }
    }

    /// Checks `signature` over `message` with the leaf's key; throws unless it verifies.
    func verify(_ signature: [UInt8], over message: [UInt8], key: PublicKey, tls13: Bool, what: String) throws(ProbeError) {
        let algorithm = try self.algorithm(for: key, tls13: tls13)
        let valid: Bool
        do {
            valid = try PureX509Crypto.verify(signatureAlgorithm: algorithm, publicKey: key, message: message[...], signature: signature[...])
        } catch {
            throw .verification("\(what) (\(name)): \(error)")
        }
        guard valid else {
            throw .verification("the \(what) signature (\(name)) does not verify with the leaf certificate's key: the server did not prove it holds that key")
        }
    }
}
