/// One x509-limbo testcase (limbo-schema.json, schema version 1). Older files write null
/// where newer ones write an empty list, so every list is optional.
public struct LimboTestcase: Decodable, Sendable {
    /// A peer name as limbo writes it: `{"kind": "DNS"|"IP"|"RFC822", "value": "..."}`.
    public struct PeerNameValue: Decodable, Sendable {
        /// The testcase's `kind` field.
        public let kind: String
        /// The testcase's `value` field.
        public let value: String
    }

    /// The testcase's `id` field.
    public let id: String
    /// The testcase's `features` field.
    public let features: [String]?
    /// The testcase's `description` field.
    public let description: String?
    /// The testcase's `validationKind` field.
    public let validationKind: String
    /// The testcase's `trustedCerts` field.
    public let trustedCerts: [String]?
    /// The testcase's `untrustedIntermediates` field.
    public let untrustedIntermediates: [String]?
    /// The testcase's `peerCertificate` field.
    public let peerCertificate: String
    /// The testcase's `validationTime` field.
    public let validationTime: String?
    /// The testcase's `signatureAlgorithms` field.
    public let signatureAlgorithms: [String]?
    /// The testcase's `keyUsage` field.
    public let keyUsage: [String]?
    /// The testcase's `extendedKeyUsage` field.
    public let extendedKeyUsage: [String]?
    /// The testcase's `expectedResult` field.
    public let expectedResult: String
    /// The testcase's `expectedPeerName` field.
    public let expectedPeerName: PeerNameValue?
    /// The testcase's `expectedPeerNames` field.
    public let expectedPeerNames: [PeerNameValue]?
    /// The testcase's `maxChainDepth` field.
    public let maxChainDepth: Int?
    /// The testcase's `crls` field.
    public let crls: [String]?

    enum CodingKeys: String, CodingKey {
        case id, features, description, crls
        case validationKind = "validation_kind"
        case trustedCerts = "trusted_certs"
        case untrustedIntermediates = "untrusted_intermediates"
        case peerCertificate = "peer_certificate"
        case validationTime = "validation_time"
        case signatureAlgorithms = "signature_algorithms"
        case keyUsage = "key_usage"
        case extendedKeyUsage = "extended_key_usage"
        case expectedResult = "expected_result"
        case expectedPeerName = "expected_peer_name"
        case expectedPeerNames = "expected_peer_names"
        case maxChainDepth = "max_chain_depth"
    }
}

/// The top level of limbo.json.
public struct LimboSuite: Decodable, Sendable {
    /// The schema version (1).
    public let version: Int
    /// The testcases, in file order.
    public let testcases: [LimboTestcase]

    /// A suite of `testcases` (for running a part of one).
    public init(version: Int, testcases: [LimboTestcase]) {
        self.version = version
        self.testcases = testcases
    }
}
