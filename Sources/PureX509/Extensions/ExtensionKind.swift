import PureX509ASN1

/// The extensions this library decodes into typed values.
public enum ExtensionKind: UInt8, CaseIterable, Hashable, Sendable {
    // id-ce (2.5.29.x): raw value is x.
    /// subjectKeyIdentifier (2.5.29.14, RFC 5280 4.2.1.2): the identifier of the certificate's own
    /// public key.
    case subjectKeyIdentifier = 14
    /// keyUsage (2.5.29.15, RFC 5280 4.2.1.3): what the key may be used for (signatures, key
    /// encipherment, certificate signing, ...).
    case keyUsage = 15
    /// subjectAltName (2.5.29.17, RFC 5280 4.2.1.6): the names the certificate is for (DNS names,
    /// IP addresses, email, URIs).
    case subjectAltName = 17
    /// issuerAltName (2.5.29.18, RFC 5280 4.2.1.7): other names of the issuer.
    case issuerAltName = 18
    /// basicConstraints (2.5.29.19, RFC 5280 4.2.1.9): whether the subject is a CA and how many CAs
    /// may follow it.
    case basicConstraints = 19
    /// cRLNumber (2.5.29.20, RFC 5280 5.2.3): the CRL's sequence number (CRL extension).
    case cRLNumber = 20
    /// reasonCode (2.5.29.21, RFC 5280 5.3.1): why an entry was revoked (CRL entry extension).
    case cRLReason = 21
    /// invalidityDate (2.5.29.24, RFC 5280 5.3.2): when the key was known or suspected to be
    /// compromised (CRL entry extension).
    case invalidityDate = 24
    /// deltaCRLIndicator (2.5.29.27, RFC 5280 5.2.4): marks a delta CRL and names its base CRL's
    /// number.
    case deltaCRLIndicator = 27
    /// issuingDistributionPoint (2.5.29.28, RFC 5280 5.2.5): the scope of a CRL (which distribution
    /// point, which certificates, which reasons).
    case issuingDistributionPoint = 28
    /// certificateIssuer (2.5.29.29, RFC 5280 5.3.3): the issuer of the entry's certificate in an
    /// indirect CRL (CRL entry extension).
    case certificateIssuer = 29
    /// nameConstraints (2.5.29.30, RFC 5280 4.2.1.10): the name spaces a CA may issue for.
    case nameConstraints = 30
    /// cRLDistributionPoints (2.5.29.31, RFC 5280 4.2.1.13): where the CRL that covers this
    /// certificate is published.
    case cRLDistributionPoints = 31
    /// certificatePolicies (2.5.29.32, RFC 5280 4.2.1.4): the policies the certificate was issued
    /// under.
    case certificatePolicies = 32
    /// policyMappings (2.5.29.33, RFC 5280 4.2.1.5): issuer policies a CA treats as equivalent to
    /// subject policies.
    case policyMappings = 33
    /// authorityKeyIdentifier (2.5.29.35, RFC 5280 4.2.1.1): identifies the issuer's key, to find
    /// the issuer among several of the same name.
    case authorityKeyIdentifier = 35
    /// policyConstraints (2.5.29.36, RFC 5280 4.2.1.11): when an explicit policy is required and
    /// when mapping is inhibited.
    case policyConstraints = 36
    /// extKeyUsage (2.5.29.37, RFC 5280 4.2.1.12): the purposes the key may be used for
    /// (serverAuth, clientAuth, ...).
    case extendedKeyUsage = 37
    /// freshestCRL (2.5.29.46, RFC 5280 4.2.1.15): where delta CRLs are published.
    case freshestCRL = 46
    /// inhibitAnyPolicy (2.5.29.54, RFC 5280 4.2.1.14): how many certificates may follow before
    /// anyPolicy stops matching.
    case inhibitAnyPolicy = 54
    // id-pe (1.3.6.1.5.5.7.1.x)
    /// authorityInfoAccess (1.3.6.1.5.5.7.1.1, RFC 5280 4.2.2.1): where to fetch the issuer's
    /// certificate (caIssuers) and ask OCSP.
    case authorityInfoAccess = 101
    /// subjectInfoAccess (1.3.6.1.5.5.7.1.11, RFC 5280 4.2.2.2): services the subject offers (a
    /// CA's repository, time stamping).
    case subjectInfoAccess = 111
    /// tlsfeature (1.3.6.1.5.5.7.1.24, RFC 7633): TLS extensions the server must use;
    /// status_request is "OCSP must-staple".
    case tlsFeature = 124
    // Certificate Transparency (1.3.6.1.4.1.11129.2.4.x, RFC 6962)
    /// Embedded SCT list (1.3.6.1.4.1.11129.2.4.2, RFC 6962 3.3): Certificate Transparency logs'
    /// promises to publish the certificate.
    case signedCertificateTimestamps = 202
    /// Precertificate poison (1.3.6.1.4.1.11129.2.4.3, RFC 6962 3.1): a critical marker that makes
    /// a CT precertificate unusable as a certificate.
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
