import BenchmarkInputs
import Crypto
import Foundation
import SwiftASN1
import X509

/// The certificates of the chain-building benchmarks, made once per process with
/// swift-certificates (P-256 keys, fixed validity 2025-01-01 to 2035-01-01, checked at
/// 2026-11-22, subject and authority key identifiers as the Web PKI requires). The pool's intermediates are issued by an unrelated root and have
/// distinct subjects, so neither library may try them for this leaf.
struct ChainFixture: @unchecked Sendable {
    let root: Certificate
    let intermediate: Certificate
    let leaf: Certificate
    /// Unrelated intermediates, as many as the largest pool.
    let pool: [Certificate]
    /// The same certificates as DER (for PureX509).
    let rootDER: [UInt8]
    let intermediateDER: [UInt8]
    let leafDER: [UInt8]
    let poolDER: [[UInt8]]

    static let validationTime = Date(timeIntervalSince1970: 1_795_348_800) // 2026-11-22T12:00:00Z
    static let notBefore = Date(timeIntervalSince1970: 1_735_689_600)      // 2025-01-01
    static let notAfter = Date(timeIntervalSince1970: 2_051_222_400)       // 2035-01-01

    static let poolSizes: [Int] = Inputs.quick ? [10, 1_000] : [10, 1_000, 100_000]

    static let shared: ChainFixture = {
        do { return try make(poolSize: poolSizes.max() ?? 10) } catch { fatalError("chain fixture: \(error)") }
    }()

    static func der(_ certificate: Certificate) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        return serializer.serializedBytes
    }

    /// RFC 5280 4.2.1.2 method (1): SHA-1 of the subjectPublicKey bits (the X9.62 point).
    static func keyIdentifier(_ key: P256.Signing.PublicKey) -> ArraySlice<UInt8> {
        ArraySlice(Insecure.SHA1.hash(data: key.x963Representation))
    }

    static func caExtensions(subject: P256.Signing.PublicKey, issuer: P256.Signing.PublicKey) throws -> Certificate.Extensions {
        try Certificate.Extensions {
            Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
            Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            SubjectKeyIdentifier(keyIdentifier: keyIdentifier(subject))
            AuthorityKeyIdentifier(keyIdentifier: keyIdentifier(issuer))
        }
    }

    static func make(poolSize: Int) throws -> ChainFixture {
        let rootKey = P256.Signing.PrivateKey()
        let intermediateKey = P256.Signing.PrivateKey()
        let leafKey = P256.Signing.PrivateKey()
        let strangerRootKey = P256.Signing.PrivateKey()
        let strangerKey = P256.Signing.PrivateKey()

        let rootName = try DistinguishedName { CommonName("PureX509 Bench Root"); OrganizationName("PureX509") }
        let intermediateName = try DistinguishedName { CommonName("PureX509 Bench Intermediate"); OrganizationName("PureX509") }
        let leafName = try DistinguishedName { CommonName("bench.example") }
        let strangerRootName = try DistinguishedName { CommonName("Unrelated Root"); OrganizationName("Elsewhere") }

        let root = try Certificate(
            version: .v3, serialNumber: .init(bytes: [1]), publicKey: .init(rootKey.publicKey),
            notValidBefore: notBefore, notValidAfter: notAfter, issuer: rootName, subject: rootName,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try caExtensions(subject: rootKey.publicKey, issuer: rootKey.publicKey),
            issuerPrivateKey: .init(rootKey))
        let intermediate = try Certificate(
            version: .v3, serialNumber: .init(bytes: [2]), publicKey: .init(intermediateKey.publicKey),
            notValidBefore: notBefore, notValidAfter: notAfter, issuer: rootName, subject: intermediateName,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try caExtensions(subject: intermediateKey.publicKey, issuer: rootKey.publicKey),
            issuerPrivateKey: .init(rootKey))
        let leaf = try Certificate(
            version: .v3, serialNumber: .init(bytes: [3]), publicKey: .init(leafKey.publicKey),
            notValidBefore: notBefore, notValidAfter: notAfter, issuer: intermediateName, subject: leafName,
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames([.dnsName("bench.example")])
                SubjectKeyIdentifier(keyIdentifier: keyIdentifier(leafKey.publicKey))
                AuthorityKeyIdentifier(keyIdentifier: keyIdentifier(intermediateKey.publicKey))
            },
            issuerPrivateKey: .init(intermediateKey))

        var pool: [Certificate] = []
        pool.reserveCapacity(poolSize)
        let extensions = try caExtensions(subject: strangerKey.publicKey, issuer: strangerRootKey.publicKey)
        for index in 0..<poolSize {
            let name = try DistinguishedName { CommonName("Unrelated Intermediate \(index)"); OrganizationName("Elsewhere") }
            pool.append(try Certificate(
                version: .v3, serialNumber: .init(bytes: withUnsafeBytes(of: UInt32(index + 1).bigEndian, Array.init)),
                publicKey: .init(strangerKey.publicKey),
                notValidBefore: notBefore, notValidAfter: notAfter, issuer: strangerRootName, subject: name,
                signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions, issuerPrivateKey: .init(strangerRootKey)))
        }
        return ChainFixture(
            root: root, intermediate: intermediate, leaf: leaf, pool: pool,
            rootDER: try der(root), intermediateDER: try der(intermediate), leafDER: try der(leaf),
            poolDER: try pool.map(der))
    }
}
