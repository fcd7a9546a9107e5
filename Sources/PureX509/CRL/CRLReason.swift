import PureX509ASN1

/// `CRLReason ::= ENUMERATED` (RFC 5280 5.3.1). Value 7 is not used; anything else outside
/// 0...10 is rejected.
public enum CRLReason: Int, X509ExtensionValue, CaseIterable {
    public static var kind: ExtensionKind { .cRLReason }

    /// No reason given (RFC 5280 5.3.1 says to leave the extension out instead).
    case unspecified = 0
    /// The certificate's private key is known or suspected to be compromised.
    case keyCompromise = 1
    /// The private key of a CA that issued the certificate is known or suspected to be
    /// compromised.
    case cACompromise = 2
    /// The subject's name or other information in the certificate changed.
    case affiliationChanged = 3
    /// The certificate was replaced by a new one.
    case superseded = 4
    /// The certificate is no longer needed for the purpose it was issued for.
    case cessationOfOperation = 5
    /// The certificate is suspended: revoked for now, and may return (only this reason can
    /// be undone, with `removeFromCRL` in a delta CRL).
    case certificateHold = 6
    /// In a delta CRL: a certificate on hold is released and no longer revoked (RFC 5280
    /// 5.2.4, 5.3.1).
    case removeFromCRL = 8
    /// A privilege the certificate asserted was withdrawn.
    case privilegeWithdrawn = 9
    /// The private key of an attribute authority is known or suspected to be compromised.
    case aACompromise = 10

    /// The RFC 5280 name.
    public var name: String {
        switch self {
        case .unspecified: return "unspecified"
        case .keyCompromise: return "keyCompromise"
        case .cACompromise: return "cACompromise"
        case .affiliationChanged: return "affiliationChanged"
        case .superseded: return "superseded"
        case .cessationOfOperation: return "cessationOfOperation"
        case .certificateHold: return "certificateHold"
        case .removeFromCRL: return "removeFromCRL"
        case .privilegeWithdrawn: return "privilegeWithdrawn"
        case .aACompromise: return "aACompromise"
        }
    }

    /// OpenSSL's name (`openssl crl -text`): "Key Compromise", "Superseded", ...
    public var title: String {
        switch self {
        case .unspecified: return "Unspecified"
        case .keyCompromise: return "Key Compromise"
        case .cACompromise: return "CA Compromise"
        case .affiliationChanged: return "Affiliation Changed"
        case .superseded: return "Superseded"
        case .cessationOfOperation: return "Cessation Of Operation"
        case .certificateHold: return "Certificate Hold"
        case .removeFromCRL: return "Remove From CRL"
        case .privilegeWithdrawn: return "Privilege Withdrawn"
        case .aACompromise: return "AA Compromise"
        }
    }

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }
}

extension CRLReason: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> CRLReason {
        let start = reader.position
        let value = try reader.readEnumerated()
        guard let reason = CRLReason(rawValue: value) else {
            throw X509ParseError(field: "", reason: .invalid("unknown CRL reason \(value)"), offset: start)
        }
        return reason
    }
}
