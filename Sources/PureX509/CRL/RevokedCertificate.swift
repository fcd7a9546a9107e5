import PureX509ASN1

/// One entry of a CRL's revokedCertificates (RFC 5280 5.1.2.6):
/// `SEQUENCE { userCertificate CertificateSerialNumber, revocationDate Time,
/// crlEntryExtensions Extensions OPTIONAL }`.
public struct RevokedCertificate: Hashable, Sendable {
    /// The revoked certificate's serial number.
    public let serialNumber: SerialNumber
    /// When it was revoked.
    public let revocationDate: ASN1Time
    /// The entry's extensions (reason code, invalidity date, certificate issuer).
    public let extensions: Extensions

    /// The reason code, when given.
    public var reason: CRLReason? { extensions.value(CRLReason.self) }
    /// The invalidity date, when given.
    public var invalidityDate: ASN1Time? { extensions.value(InvalidityDate.self)?.date }
    /// The certificate issuer (indirect CRLs), when given.
    public var certificateIssuer: [GeneralName]? { extensions.value(CertificateIssuer.self)?.names }
}
