import PureX509ASN1

/// ```
/// certificatePolicies ::= SEQUENCE SIZE (1..MAX) OF PolicyInformation
/// PolicyInformation ::= SEQUENCE {
///     policyIdentifier CertPolicyId,
///     policyQualifiers SEQUENCE SIZE (1..MAX) OF PolicyQualifierInfo OPTIONAL }
/// PolicyQualifierInfo ::= SEQUENCE { policyQualifierId OID, qualifier ANY }
/// UserNotice ::= SEQUENCE { noticeRef NoticeReference OPTIONAL, explicitText DisplayText OPTIONAL }
/// NoticeReference ::= SEQUENCE { organization DisplayText, noticeNumbers SEQUENCE OF INTEGER }
/// DisplayText ::= CHOICE { ia5String, visibleString, bmpString, utf8String }
/// ```
/// (RFC 5280 4.2.1.4.) A policy OID appearing twice is rejected ("MUST NOT appear more
/// than once").
public struct CertificatePolicies: X509ExtensionValue {
    public static var kind: ExtensionKind { .certificatePolicies }

    /// One policy and its qualifiers.
    public struct PolicyInformation: Hashable, Sendable {
        /// The policy's identifier.
        public let identifier: OID
        /// The qualifiers, in encoding order (empty when absent).
        public let qualifiers: [PolicyQualifier]
    }

    /// A policy qualifier.
    public enum PolicyQualifier: Hashable, Sendable {
        /// id-qt-cps: a URI pointing to the certification practice statement.
        case cps(String)
        /// id-qt-unotice: a user notice.
        case userNotice(UserNotice)
        /// Any other qualifier: its identifier and the DER of the qualifier value.
        case other(OID, ArraySlice<UInt8>)
    }

    /// `UserNotice`.
    public struct UserNotice: Hashable, Sendable {
        /// `noticeRef.organization`.
        public let organization: String?
        /// `noticeRef.noticeNumbers`.
        public let noticeNumbers: [Int]
        /// `explicitText`.
        public let explicitText: String?
    }

    /// anyPolicy, 2.5.29.32.0.
    public static let anyPolicy = OID.constant([0x55, 0x1D, 0x20, 0x00])
    /// id-qt-cps, 1.3.6.1.5.5.7.2.1.
    public static let cpsQualifier = OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x02, 0x01])
    /// id-qt-unotice, 1.3.6.1.5.5.7.2.2.
    public static let userNoticeQualifier = OID.constant([0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x02, 0x02])

    /// The policies, in encoding order.
    public let policies: [PolicyInformation]

    /// The policy identifiers.
    public var identifiers: [OID] { policies.map(\.identifier) }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(policies: [PolicyInformation]) { self.policies = policies }
}

extension CertificatePolicies: ExtensionValueParsing {
    static let cpsContent: [UInt8] = [0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x02, 0x01]
    static let unoticeContent: [UInt8] = [0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x02, 0x02]

    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> CertificatePolicies {
        let element = try reader.readElement(.sequence)
        try reader.requireNonEmpty(element)
        return try reader.withContent(of: element) { list in
            var policies: [PolicyInformation] = []
            var index = 0
            while !list.isAtEnd {
                let start = list.position
                let policy = try parsingField("[\(index)]") { try parsePolicy(&list, materialize: context.materialize) }
                if policies.contains(where: { $0.identifier == policy.identifier }) {
                    throw X509ParseError(field: "[\(index)]", reason: .invalid("policy \(policy.identifier) appears more than once"), offset: start)
                }
                policies.append(policy)
                index += 1
            }
            return CertificatePolicies(policies: policies)
        }
    }

    static func parsePolicy(_ reader: inout DERReader, materialize: Bool) throws -> PolicyInformation {
        try reader.readSequence { seq in
            let identifier = seq.oid(of: try seq.readObjectIdentifierElement())
            var qualifiers: [PolicyQualifier] = []
            if !seq.isAtEnd {
                let element = try seq.readElement(.sequence)
                try seq.requireNonEmpty(element)
                try parsingField("policyQualifiers") {
                    try seq.withContent(of: element) { list in
                        while !list.isAtEnd {
                            let qualifier = try parseQualifier(&list, materialize: materialize)
                            if materialize { qualifiers.append(qualifier) }
                        }
                    }
                }
            }
            return PolicyInformation(identifier: identifier, qualifiers: qualifiers)
        }
    }

    static func parseQualifier(_ reader: inout DERReader, materialize: Bool) throws -> PolicyQualifier {
        try reader.readSequence { seq in
            let bytes = seq.bytes
            let id = try seq.readObjectIdentifierElement()
            if bytes[id.contentRange].elementsEqual(cpsContent) {
                let uri = try seq.readStringElement(.ia5String)
                return .cps(materialize ? String(decoding: bytes[uri.contentRange], as: UTF8.self) : "")
            }
            if bytes[id.contentRange].elementsEqual(unoticeContent) {
                return .userNotice(try parseUserNotice(&seq, materialize: materialize))
            }
            let value = try seq.readElement()
            if value.tag.isConstructed { try validateDER(bytes, value.contentRange, depth: seq.depth + 1) }
            return .other(seq.oid(of: id), bytes[value.fullRange])
        }
    }

    static func parseUserNotice(_ reader: inout DERReader, materialize: Bool) throws -> UserNotice {
        try reader.readSequence { seq in
            var organization: String?
            var numbers: [Int] = []
            var explicitText: String?
            if try seq.peekTag() == .sequence {
                try seq.readSequence { reference in
                    organization = try readDisplayText(&reference, materialize: materialize)
                    try reference.readSequence { list in
                        while !list.isAtEnd {
                            let number = try list.readInt()
                            if materialize { numbers.append(number) }
                        }
                    }
                }
            }
            if !seq.isAtEnd { explicitText = try readDisplayText(&seq, materialize: materialize) }
            return UserNotice(organization: organization, noticeNumbers: numbers, explicitText: explicitText)
        }
    }

    /// DisplayText: IA5String, VisibleString, BMPString or UTF8String.
    static func readDisplayText(_ reader: inout DERReader, materialize: Bool) throws -> String {
        let start = reader.position
        let string = try reader.readString()
        switch string.kind {
        case .ia5String, .visibleString, .bmpString, .utf8String:
            return materialize ? string.string(in: reader.bytes) : ""
        default:
            throw DERError.unexpectedTag(offset: start, expected: .utf8String, found: string.kind.tag)
        }
    }
}
