import PureX509ASN1

/// One extension as encoded (RFC 5280 4.1.2.9):
/// `Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }`.
///
/// Every extension is kept raw, whether or not this library knows it; `decoded` gives the
/// typed value for the known ones.
public struct Extension: Hashable, Sendable {
    let der: [UInt8]
    let entry: ExtensionEntry

    init(der: [UInt8], entry: ExtensionEntry) {
        self.der = der
        self.entry = entry
    }

    /// The extension's identifier.
    public var oid: OID { OID.fromValidated(der, entry.oidRange) }
    /// Whether the extension is marked critical.
    public var isCritical: Bool { entry.isCritical }
    /// The content of extnValue (the DER of the extension's own value).
    public var value: ArraySlice<UInt8> { der[entry.valueRange] }
    /// Where `value` lies in the buffer it was parsed from.
    public var valueRange: Range<Int> { entry.valueRange }
    /// The kind, when this library decodes it.
    public var kind: ExtensionKind? { entry.kind }

    /// The typed value. Never fails for an extension of a parsed certificate, CSR or CRL:
    /// known extensions were fully checked when it was parsed.
    public var decoded: DecodedExtension {
        guard let kind = entry.kind else { return .unknown }
        var context = ParseContext(materialize: true)
        do {
            return try DecodedExtension.decode(kind, der, entry.valueRange, context: &context)
        } catch {
            return .unknown
        }
    }

    /// The typed value as `T`, or nil when this extension is of another kind.
    public func decoded<T: X509ExtensionValue>(as type: T.Type) -> T? {
        guard entry.kind == T.kind else { return nil }
        return decoded.value as? T
    }
}

/// The typed value of a known extension.
public enum DecodedExtension: Hashable, Sendable {
    /// basicConstraints (RFC 5280 4.2.1.9).
    case basicConstraints(BasicConstraints)
    /// keyUsage (RFC 5280 4.2.1.3).
    case keyUsage(KeyUsage)
    /// extKeyUsage (RFC 5280 4.2.1.12).
    case extendedKeyUsage(ExtendedKeyUsage)
    /// subjectAltName (RFC 5280 4.2.1.6).
    case subjectAltName(SubjectAlternativeName)
    /// issuerAltName (RFC 5280 4.2.1.7).
    case issuerAltName(IssuerAlternativeName)
    /// authorityKeyIdentifier (RFC 5280 4.2.1.1).
    case authorityKeyIdentifier(AuthorityKeyIdentifier)
    /// subjectKeyIdentifier (RFC 5280 4.2.1.2).
    case subjectKeyIdentifier(SubjectKeyIdentifier)
    /// nameConstraints (RFC 5280 4.2.1.10).
    case nameConstraints(NameConstraints)
    /// certificatePolicies (RFC 5280 4.2.1.4).
    case certificatePolicies(CertificatePolicies)
    /// policyMappings (RFC 5280 4.2.1.5).
    case policyMappings(PolicyMappings)
    /// policyConstraints (RFC 5280 4.2.1.11).
    case policyConstraints(PolicyConstraints)
    /// inhibitAnyPolicy (RFC 5280 4.2.1.14).
    case inhibitAnyPolicy(InhibitAnyPolicy)
    /// cRLDistributionPoints (RFC 5280 4.2.1.13).
    case cRLDistributionPoints(CRLDistributionPoints)
    /// freshestCRL: where delta CRLs are published (RFC 5280 4.2.1.15).
    case freshestCRL(FreshestCRL)
    /// authorityInfoAccess: caIssuers and OCSP locations (RFC 5280 4.2.2.1).
    case authorityInfoAccess(AuthorityInformationAccess)
    /// subjectInfoAccess (RFC 5280 4.2.2.2).
    case subjectInfoAccess(SubjectInformationAccess)
    /// The embedded Certificate Transparency SCT list (RFC 6962 3.3).
    case signedCertificateTimestamps(SignedCertificateTimestamps)
    /// The CT precertificate poison (RFC 6962 3.1).
    case precertificatePoison(PrecertificatePoison)
    /// tlsfeature, such as OCSP must-staple (RFC 7633).
    case tlsFeature(TLSFeature)
    /// cRLNumber, a CRL extension (RFC 5280 5.2.3).
    case cRLNumber(CRLNumber)
    /// deltaCRLIndicator, a CRL extension (RFC 5280 5.2.4).
    case deltaCRLIndicator(DeltaCRLIndicator)
    /// issuingDistributionPoint, a CRL extension (RFC 5280 5.2.5).
    case issuingDistributionPoint(IssuingDistributionPoint)
    /// reasonCode, a CRL entry extension (RFC 5280 5.3.1).
    case cRLReason(CRLReason)
    /// invalidityDate, a CRL entry extension (RFC 5280 5.3.2).
    case invalidityDate(InvalidityDate)
    /// certificateIssuer, a CRL entry extension of indirect CRLs (RFC 5280 5.3.3).
    case certificateIssuer(CertificateIssuer)
    /// An extension this library does not decode.
    case unknown

    /// The payload, type-erased.
    public var value: (any X509ExtensionValue)? {
        switch self {
        case .basicConstraints(let value): return value
        case .keyUsage(let value): return value
        case .extendedKeyUsage(let value): return value
        case .subjectAltName(let value): return value
        case .issuerAltName(let value): return value
        case .authorityKeyIdentifier(let value): return value
        case .subjectKeyIdentifier(let value): return value
        case .nameConstraints(let value): return value
        case .certificatePolicies(let value): return value
        case .policyMappings(let value): return value
        case .policyConstraints(let value): return value
        case .inhibitAnyPolicy(let value): return value
        case .cRLDistributionPoints(let value): return value
        case .freshestCRL(let value): return value
        case .authorityInfoAccess(let value): return value
        case .subjectInfoAccess(let value): return value
        case .signedCertificateTimestamps(let value): return value
        case .precertificatePoison(let value): return value
        case .tlsFeature(let value): return value
        case .cRLNumber(let value): return value
        case .deltaCRLIndicator(let value): return value
        case .issuingDistributionPoint(let value): return value
        case .cRLReason(let value): return value
        case .invalidityDate(let value): return value
        case .certificateIssuer(let value): return value
        case .unknown: return nil
        }
    }

    /// Parses the extnValue at `range` as `kind`.
    static func decode(_ kind: ExtensionKind, _ bytes: [UInt8], _ range: Range<Int>, context: inout ParseContext) throws -> DecodedExtension {
        switch kind {
        case .basicConstraints: return .basicConstraints(try .parse(bytes, range, context: &context))
        case .keyUsage: return .keyUsage(try .parse(bytes, range, context: &context))
        case .extendedKeyUsage: return .extendedKeyUsage(try .parse(bytes, range, context: &context))
        case .subjectAltName: return .subjectAltName(try .parse(bytes, range, context: &context))
        case .issuerAltName: return .issuerAltName(try .parse(bytes, range, context: &context))
        case .authorityKeyIdentifier: return .authorityKeyIdentifier(try .parse(bytes, range, context: &context))
        case .subjectKeyIdentifier: return .subjectKeyIdentifier(try .parse(bytes, range, context: &context))
        case .nameConstraints: return .nameConstraints(try .parse(bytes, range, context: &context))
        case .certificatePolicies: return .certificatePolicies(try .parse(bytes, range, context: &context))
        case .policyMappings: return .policyMappings(try .parse(bytes, range, context: &context))
        case .policyConstraints: return .policyConstraints(try .parse(bytes, range, context: &context))
        case .inhibitAnyPolicy: return .inhibitAnyPolicy(try .parse(bytes, range, context: &context))
        case .cRLDistributionPoints: return .cRLDistributionPoints(try .parse(bytes, range, context: &context))
        case .freshestCRL: return .freshestCRL(try .parse(bytes, range, context: &context))
        case .authorityInfoAccess: return .authorityInfoAccess(try .parse(bytes, range, context: &context))
        case .subjectInfoAccess: return .subjectInfoAccess(try .parse(bytes, range, context: &context))
        case .signedCertificateTimestamps: return .signedCertificateTimestamps(try .parse(bytes, range, context: &context))
        case .precertificatePoison: return .precertificatePoison(try .parse(bytes, range, context: &context))
        case .tlsFeature: return .tlsFeature(try .parse(bytes, range, context: &context))
        case .cRLNumber: return .cRLNumber(try .parse(bytes, range, context: &context))
        case .deltaCRLIndicator: return .deltaCRLIndicator(try .parse(bytes, range, context: &context))
        case .issuingDistributionPoint: return .issuingDistributionPoint(try .parse(bytes, range, context: &context))
        case .cRLReason: return .cRLReason(try .parse(bytes, range, context: &context))
        case .invalidityDate: return .invalidityDate(try .parse(bytes, range, context: &context))
        case .certificateIssuer: return .certificateIssuer(try .parse(bytes, range, context: &context))
        }
    }
}

extension ExtensionKind {
    /// Checks the extnValue at `range` as this kind without building the typed value.
    func validate(_ bytes: [UInt8], _ range: Range<Int>, context: inout ParseContext) throws {
        switch self {
        case .basicConstraints: _ = try BasicConstraints.parse(bytes, range, context: &context)
        case .keyUsage: _ = try KeyUsage.parse(bytes, range, context: &context)
        case .extendedKeyUsage: _ = try ExtendedKeyUsage.parse(bytes, range, context: &context)
        case .subjectAltName: _ = try SubjectAlternativeName.parse(bytes, range, context: &context)
        case .issuerAltName: _ = try IssuerAlternativeName.parse(bytes, range, context: &context)
        case .authorityKeyIdentifier: _ = try AuthorityKeyIdentifier.parse(bytes, range, context: &context)
        case .subjectKeyIdentifier: _ = try SubjectKeyIdentifier.parse(bytes, range, context: &context)
        case .nameConstraints: _ = try NameConstraints.parse(bytes, range, context: &context)
        case .certificatePolicies: _ = try CertificatePolicies.parse(bytes, range, context: &context)
        case .policyMappings: _ = try PolicyMappings.parse(bytes, range, context: &context)
        case .policyConstraints: _ = try PolicyConstraints.parse(bytes, range, context: &context)
        case .inhibitAnyPolicy: _ = try InhibitAnyPolicy.parse(bytes, range, context: &context)
        case .cRLDistributionPoints: _ = try CRLDistributionPoints.parse(bytes, range, context: &context)
        case .freshestCRL: _ = try FreshestCRL.parse(bytes, range, context: &context)
        case .authorityInfoAccess: _ = try AuthorityInformationAccess.parse(bytes, range, context: &context)
        case .subjectInfoAccess: _ = try SubjectInformationAccess.parse(bytes, range, context: &context)
        case .signedCertificateTimestamps: _ = try SignedCertificateTimestamps.parse(bytes, range, context: &context)
        case .precertificatePoison: _ = try PrecertificatePoison.parse(bytes, range, context: &context)
        case .tlsFeature: _ = try TLSFeature.parse(bytes, range, context: &context)
        case .cRLNumber: _ = try CRLNumber.parse(bytes, range, context: &context)
        case .deltaCRLIndicator: _ = try DeltaCRLIndicator.parse(bytes, range, context: &context)
        case .issuingDistributionPoint: _ = try IssuingDistributionPoint.parse(bytes, range, context: &context)
        case .cRLReason: _ = try CRLReason.parse(bytes, range, context: &context)
        case .invalidityDate: _ = try InvalidityDate.parse(bytes, range, context: &context)
        case .certificateIssuer: _ = try CertificateIssuer.parse(bytes, range, context: &context)
        }
    }
}
