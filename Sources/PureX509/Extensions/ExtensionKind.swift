import PureX509ASN1

/// The extensions this library decodes into typed values.
public enum ExtensionKind: UInt8, CaseIterable, Hashable, Sendable {
    // id-ce (2.5.29.x): raw value is x.
    case subjectKeyIdentifier = 14
    case keyUsage = 15
    case subjectAltName = 17
    case issuerAltName = 18
    case basicConstraints = 19
    case cRLNumber = 20
    case cRLReason = 21
    case invalidityDate = 24
    case deltaCRLIndicator = 27
    case issuingDistributionPoint = 28
    case certificateIssuer = 29
    case nameConstraints = 30
    case cRLDistributionPoints = 31
    case certificatePolicies = 32
    case policyMappings = 33
    case authorityKeyIdentifier = 35
    case policyConstraints = 36
    case extendedKeyUsage = 37
    case freshestCRL = 46
    case inhibitAnyPolicy = 54
    // id-pe (1.3.6.1.5.5.7.1.x)
    case authorityInfoAccess = 101
    case subjectInfoAccess = 111
    case tlsFeature = 124
    // Certificate Transparency (1.3.6.1.4.1.11129.2.4.x, RFC 6962)
    case signedCertificateTimestamps = 202
    case precertificatePoison = 203

    /// The kind named by an extnID's content octets, or nil.
    static func identify(_ bytes: [UInt8], _ range: Range<Int>) -> ExtensionKind? {
        bytes.withUnsafeBufferPointer { identify($0, range) }
    }

    /// The kind named by the extnID content octets `buffer[range]` (inside the buffer), or nil.
    @inline(__always)
    static func identify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ExtensionKind? {
        let start = range.lowerBound
        switch range.count {
        case 3:
            guard bytes[start] == 0x55, bytes[start + 1] == 0x1D else { return nil }
            return ExtensionKind(rawValue: bytes[start + 2]).flatMap { $0.rawValue < 100 ? $0 : nil }
        case 8:
            // 1.3.6.1.5.5.7.1.x = 2B 06 01 05 05 07 01 x
            guard bytes[start] == 0x2B, bytes[start + 1] == 0x06, bytes[start + 2] == 0x01, bytes[start + 3] == 0x05,
                bytes[start + 4] == 0x05, bytes[start + 5] == 0x07, bytes[start + 6] == 0x01
            else { return nil }
            switch bytes[start + 7] {
            case 1: return .authorityInfoAccess
            case 11: return .subjectInfoAccess
            case 24: return .tlsFeature
            default: return nil
            }
        case 10:
            // 1.3.6.1.4.1.11129.2.4.x = 2B 06 01 04 01 D6 79 02 04 x
            guard bytes[start] == 0x2B, bytes[start + 1] == 0x06, bytes[start + 2] == 0x01, bytes[start + 3] == 0x04,
                bytes[start + 4] == 0x01, bytes[start + 5] == 0xD6, bytes[start + 6] == 0x79, bytes[start + 7] == 0x02,
                bytes[start + 8] == 0x04
            else { return nil }
            switch bytes[start + 9] {
            case 2: return .signedCertificateTimestamps
            case 3: return .precertificatePoison
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The DER content octets of the extension's OID.
    public var oidContent: [UInt8] {
        switch self {
        case .authorityInfoAccess: return [0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01, 0x01]
        case .subjectInfoAccess: return [0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01, 0x0B]
        case .tlsFeature: return [0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01, 0x18]
        case .signedCertificateTimestamps: return [0x2B, 0x06, 0x01, 0x04, 0x01, 0xD6, 0x79, 0x02, 0x04, 0x02]
        case .precertificatePoison: return [0x2B, 0x06, 0x01, 0x04, 0x01, 0xD6, 0x79, 0x02, 0x04, 0x03]
        default: return [0x55, 0x1D, rawValue]
        }
    }

    /// The extension's OID.
    public var oid: OID { OID.constant(oidContent) }

    /// The ASN.1 identifier of the extension as its RFC names it (`subjectAltName`,
    /// `ct_precert_scts`, ...): OpenSSL's short name where there is one.
    public var name: String {
        switch self {
        case .subjectKeyIdentifier: return "subjectKeyIdentifier"
        case .keyUsage: return "keyUsage"
        case .subjectAltName: return "subjectAltName"
        case .issuerAltName: return "issuerAltName"
        case .basicConstraints: return "basicConstraints"
        case .cRLNumber: return "crlNumber"
        case .cRLReason: return "CRLReason"
        case .invalidityDate: return "invalidityDate"
        case .deltaCRLIndicator: return "deltaCRL"
        case .issuingDistributionPoint: return "issuingDistributionPoint"
        case .certificateIssuer: return "certificateIssuer"
        case .nameConstraints: return "nameConstraints"
        case .cRLDistributionPoints: return "crlDistributionPoints"
        case .certificatePolicies: return "certificatePolicies"
        case .policyMappings: return "policyMappings"
        case .authorityKeyIdentifier: return "authorityKeyIdentifier"
        case .policyConstraints: return "policyConstraints"
        case .extendedKeyUsage: return "extendedKeyUsage"
        case .freshestCRL: return "freshestCRL"
        case .inhibitAnyPolicy: return "inhibitAnyPolicy"
        case .authorityInfoAccess: return "authorityInfoAccess"
        case .subjectInfoAccess: return "subjectInfoAccess"
        case .tlsFeature: return "tlsfeature"
        case .signedCertificateTimestamps: return "ct_precert_scts"
        case .precertificatePoison: return "ct_precert_poison"
        }
    }

    /// A heading for a person: "Subject Alternative Name", "Basic Constraints", ...
    public var title: String {
        switch self {
        case .subjectKeyIdentifier: return "Subject Key Identifier"
        case .keyUsage: return "Key Usage"
        case .subjectAltName: return "Subject Alternative Name"
        case .issuerAltName: return "Issuer Alternative Name"
        case .basicConstraints: return "Basic Constraints"
        case .cRLNumber: return "CRL Number"
        case .cRLReason: return "CRL Reason Code"
        case .invalidityDate: return "Invalidity Date"
        case .deltaCRLIndicator: return "Delta CRL Indicator"
        case .issuingDistributionPoint: return "Issuing Distribution Point"
        case .certificateIssuer: return "Certificate Issuer"
        case .nameConstraints: return "Name Constraints"
        case .cRLDistributionPoints: return "CRL Distribution Points"
        case .certificatePolicies: return "Certificate Policies"
        case .policyMappings: return "Policy Mappings"
        case .authorityKeyIdentifier: return "Authority Key Identifier"
        case .policyConstraints: return "Policy Constraints"
        case .extendedKeyUsage: return "Extended Key Usage"
        case .freshestCRL: return "Freshest CRL"
        case .inhibitAnyPolicy: return "Inhibit Any Policy"
        case .authorityInfoAccess: return "Authority Information Access"
        case .subjectInfoAccess: return "Subject Information Access"
        case .tlsFeature: return "TLS Feature"
        case .signedCertificateTimestamps: return "Signed Certificate Timestamps"
        case .precertificatePoison: return "CT Precertificate Poison"
        }
    }
}
