import Foundation
import PureX509
import PureX509ASN1
import Testing

/// One row of pkits-tests.json: a NIST PKITS test (section 4.x of "PKITS Certification Path
/// Validation", version 1.0.1) or one subpart of it, with the certificates, CRLs and initial
/// policy settings the document names. The trust anchor is always
/// TrustAnchorRootCertificate.
struct PKITSCase: Decodable, Sendable, CustomTestStringConvertible {
    let id: String
    let name: String
    /// The outcome PKITS expects: true when the path must validate.
    let valid: Bool
    /// Certificate file stems, from the anchor side down to the end entity (last); CRL signing
    /// certificates the test names are included (they are intermediates to the verifier).
    let certificates: [String]
    /// CRL file stems.
    let crls: [String]
    /// user-initial-policy-set (RFC 5280 6.1.1 c); nil: any-policy.
    let policies: [String]?
    /// initial-explicit-policy.
    let explicitPolicy: Bool?
    /// initial-policy-mapping-inhibit.
    let inhibitPolicyMapping: Bool?
    /// initial-any-policy-inhibit.
    let inhibitAnyPolicy: Bool?

    var testDescription: String { "\(id) \(name)" }

    /// The table, committed beside this file.
    static let tablePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("pkits-tests.json").path

    /// The fetched data: $PKITS_DIR, or ../shared/pkits beside the repository
    /// (Scripts/fetch-pkits.sh).
    static let dataDirectory: String = {
        if let chosen = ProcessInfo.processInfo.environment["PKITS_DIR"], !chosen.isEmpty { return chosen }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/pkits").path
    }()

    static var dataPresent: Bool {
        FileManager.default.fileExists(atPath: dataDirectory + "/certs/TrustAnchorRootCertificate.crt")
    }

    private struct Table: Decodable {
        let tests: [PKITSCase]
    }

    /// Every row of the table (empty if it does not decode: the table test then fails).
    static let all: [PKITSCase] = {
        guard let data = FileManager.default.contents(atPath: tablePath),
            let table = try? JSONDecoder().decode(Table.self, from: data)
        else { return [] }
        return table.tests
    }()

    /// The validation time: inside every PKITS validity period (2010-01-01 to 2030-12-31)
    /// and after every thisUpdate, as the document requires.
    static let validationTime: Int64 = 1_795_348_800  // 2026-11-22T12:00:00Z

    func certificatePath(_ stem: String) -> String { Self.dataDirectory + "/certs/\(stem).crt" }
    func crlPath(_ stem: String) -> String { Self.dataDirectory + "/crls/\(stem).crl" }

    /// The policy `x509dump verify --profile client --purpose any --allow-legacy --crl-check all`
    /// builds, with this row's CRLs and policy inputs.
    func policy(crls: [CertificateRevocationList]) -> VerificationPolicy {
        var policy = VerificationPolicy(time: Self.validationTime, purpose: .any, profile: .client)
        policy.allowLegacyAlgorithms = true
        policy.crlCheck = .all
        policy.crls = crls
        if let policies { policy.userInitialPolicySet = policies.compactMap { OID(dotted: $0) } }
        policy.initialExplicitPolicy = explicitPolicy ?? false
        policy.initialPolicyMappingInhibit = inhibitPolicyMapping ?? false
        policy.initialAnyPolicyInhibit = inhibitAnyPolicy ?? false
        return policy
    }

    /// What happened: whether a valid path was found, and why not.
    struct Outcome {
        let validated: Bool
        let detail: String
    }

    /// Runs the test through the library. A file that cannot be read or parsed makes the
    /// path invalid (a verifier refuses what it cannot read) and is named in the detail.
    func run() -> Outcome {
        func bytes(_ path: String) throws -> [UInt8] {
            guard let data = FileManager.default.contents(atPath: path) else { throw PKITSError("cannot read \(path)") }
            return Array(data)
        }
        do {
            let anchor = try Certificate(derEncoded: bytes(certificatePath("TrustAnchorRootCertificate")))
            var parsed: [Certificate] = []
            for stem in certificates {
                do {
                    parsed.append(try Certificate(derEncoded: bytes(certificatePath(stem))))
                } catch {
                    return Outcome(validated: false, detail: "\(stem) does not parse: \(error)")
                }
            }
            guard let leaf = parsed.last else { throw PKITSError("no end-entity certificate") }
            var lists: [CertificateRevocationList] = []
            for stem in crls {
                do {
                    lists.append(try CertificateRevocationList(derEncoded: bytes(crlPath(stem))))
                } catch {
                    return Outcome(validated: false, detail: "\(stem) does not parse: \(error)")
                }
            }
            let verifier = ChainVerifier(trustStore: TrustStore(certificates: [anchor]), policy: policy(crls: lists))
            let result = verifier.verify(leaf, intermediates: Array(parsed.dropLast()))
            if result.path != nil { return Outcome(validated: true, detail: "valid path") }
            return Outcome(validated: false, detail: result.primaryFailure.map { "\($0.code): \($0)" } ?? "no valid path")
        } catch {
            return Outcome(validated: false, detail: "\(error)")
        }
    }
}

struct PKITSError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
