/// One x509-limbo testcase (limbo-schema.json, schema version 1). Older files write null
/// where newer ones write an empty list, so every list is optional.
public struct LimboTestcase: Decodable, Sendable {
    /// A peer name as limbo writes it: `{"kind": "DNS"|"IP"|"RFC822", "value": "..."}`.
    public struct PeerNameValue: Decodable, Sendable {
        public let kind: String
        public let value: String
    }

    public let id: String
    public let features: [String]?
    public let description: String?
    public let validationKind: String
    public let trustedCerts: [String]?
    public let untrustedIntermediates: [String]?
    public let peerCertificate: String
    public let validationTime: String?
    public let signatureAlgorithms: [String]?
    public let keyUsage: [String]?
    public let extendedKeyUsage: [String]?
    public let expectedResult: String
    public let expectedPeerName: PeerNameValue?
    public let expectedPeerNames: [PeerNameValue]?
    public let maxChainDepth: Int?
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
    public let version: Int
    public let testcases: [LimboTestcase]

    /// A suite of `testcases` (for running a part of one).
    public init(version: Int, testcases: [LimboTestcase]) {
        self.version = version
        self.testcases = testcases
    }
}
