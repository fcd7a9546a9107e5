import PureX509ASN1

extension CertificateRevocationList {
    /// True for a delta CRL (RFC 5280 5.2.4: the deltaCRLIndicator extension is present).
    public var isDelta: Bool { extensions[oid: .deltaCRLIndicator] != nil }

    /// The issuingDistributionPoint extension's DER value, nil when absent (two CRLs have the
    /// same scope when these agree, RFC 5280 5.2.4).
    var scopeBytes: ArraySlice<UInt8>? { extensions[oid: .issuingDistributionPoint]?.value }

    /// The extensions RFC 5280 5.2.1 to 5.2.6 define: authorityKeyIdentifier,
    /// issuerAltName, cRLNumber, deltaCRLIndicator, issuingDistributionPoint, freshestCRL.
    static let knownExtensions: Set<String> = ["2.5.29.35", "2.5.29.18", "2.5.29.20", "2.5.29.27", "2.5.29.28", "2.5.29.46"]
    /// The entry extensions RFC 5280 5.3.1 to 5.3.3 define: reasonCode, invalidityDate,
    /// certificateIssuer.
    static let knownEntryExtensions: Set<String> = ["2.5.29.21", "2.5.29.24", "2.5.29.29"]

    /// Why the CRL cannot be relied on for revocation checking by itself, or nil: cRLNumber
    /// present and non-critical (RFC 5280 5.2.3), no unknown critical extension (5.2), no
    /// unknown critical entry extension (5.3). ``ChainVerifier`` calls a CRL with such a
    /// problem unusable (``VerificationPolicy/crls``).
    public var revocationProblem: String? {
        guard let number = extensions[oid: .crlNumber] else { return "no CRLNumber extension (RFC 5280 5.2.3)" }
        if number.isCritical { return "critical CRLNumber extension (RFC 5280 5.2.3)" }
        if let unknown = extensions.first(where: { $0.isCritical && !Self.knownExtensions.contains($0.oid.dotted) }) {
            return "unsupported critical CRL extension \(unknown.oid.dotted)"
        }
        if extensions[oid: .issuingDistributionPoint] != nil && extensions.value(IssuingDistributionPoint.self) == nil {
            return "issuingDistributionPoint cannot be decoded"
        }
        for entry in entries {
            let listed = Extensions(der: der, entries: entry.extensions)
            if let unknown = listed.first(where: { $0.isCritical && !Self.knownEntryExtensions.contains($0.oid.dotted) }) {
                return "unsupported critical CRL entry extension \(unknown.oid.dotted) (RFC 5280 5.3)"
            }
        }
        return nil
    }
}
