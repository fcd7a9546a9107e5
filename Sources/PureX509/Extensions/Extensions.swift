import PureX509ASN1

/// The extensions of a certificate, CSR, CRL or CRL entry, in encoding order, with typed
/// accessors for the known ones.
///
/// Parsing rejects a repeated extension (RFC 5280 4.2) and fully checks every known
/// extension, so the typed accessors below never fail on a parsed value; they decode from
/// the shared DER on each call (cheap: no copying of the certificate).
public struct Extensions: RandomAccessCollection, Hashable, Sendable {
    let der: [UInt8]
    let entries: [ExtensionEntry]

    init(der: [UInt8], entries: [ExtensionEntry]) {
        self.der = der
        self.entries = entries
    }

    /// No extensions.
    static let none = Extensions(der: [], entries: [])

    public var startIndex: Int { 0 }
    public var endIndex: Int { entries.count }
    /// The extension at `position`, in encoding order.
    public subscript(position: Int) -> Extension { Extension(der: der, entry: entries[position]) }

    /// The extension with `oid`, or nil.
    public subscript(oid oid: OID) -> Extension? {
        entries.first { oid.matches(der, $0.oidRange) }.map { Extension(der: der, entry: $0) }
    }

    /// The extension of `kind`, or nil.
    public subscript(kind kind: ExtensionKind) -> Extension? {
        entries.first { $0.kindRaw == kind.rawValue }.map { Extension(der: der, entry: $0) }
    }

    /// The typed value of the extension of type `T`, or nil when absent.
    public func value<T: X509ExtensionValue>(_ type: T.Type) -> T? {
        self[kind: T.kind]?.decoded(as: T.self)
    }

    /// Critical extensions this library does not decode (a verifier must reject the
    /// certificate, RFC 5280 4.2).
    public var unhandledCritical: [Extension] { filter { $0.isCritical && $0.kind == nil } }

    /// basicConstraints (RFC 5280 4.2.1.9): CA or not, and the path length limit; nil when absent.
    public var basicConstraints: BasicConstraints? { value(BasicConstraints.self) }
    /// keyUsage (RFC 5280 4.2.1.3): the operations the key may do; nil when absent (no
    /// restriction).
    public var keyUsage: KeyUsage? { value(KeyUsage.self) }
    /// extKeyUsage (RFC 5280 4.2.1.12): the purposes allowed (serverAuth, clientAuth, ...); nil
    /// when absent.
    public var extendedKeyUsage: ExtendedKeyUsage? { value(ExtendedKeyUsage.self) }
    /// subjectAltName (RFC 5280 4.2.1.6): the DNS names, IP addresses, emails and URIs the
    /// certificate is for; nil when absent.
    public var subjectAlternativeName: SubjectAlternativeName? { value(SubjectAlternativeName.self) }
    /// issuerAltName (RFC 5280 4.2.1.7): other names of the issuer; nil when absent.
    public var issuerAlternativeName: IssuerAlternativeName? { value(IssuerAlternativeName.self) }
    /// authorityKeyIdentifier (RFC 5280 4.2.1.1): the issuer's key identifier (and optionally name
    /// and serial); nil when absent.
    public var authorityKeyIdentifier: AuthorityKeyIdentifier? { value(AuthorityKeyIdentifier.self) }
    /// subjectKeyIdentifier (RFC 5280 4.2.1.2): the identifier of this certificate's key; nil when
    /// absent.
    public var subjectKeyIdentifier: SubjectKeyIdentifier? { value(SubjectKeyIdentifier.self) }
    /// nameConstraints (RFC 5280 4.2.1.10): the permitted and excluded name subtrees of a CA; nil
    /// when absent.
    public var nameConstraints: NameConstraints? { value(NameConstraints.self) }
    /// certificatePolicies (RFC 5280 4.2.1.4): policy OIDs with their qualifiers; nil when absent.
    public var certificatePolicies: CertificatePolicies? { value(CertificatePolicies.self) }
    /// policyMappings (RFC 5280 4.2.1.5): issuer-to-subject policy equivalences of a CA; nil when
    /// absent.
    public var policyMappings: PolicyMappings? { value(PolicyMappings.self) }
    /// policyConstraints (RFC 5280 4.2.1.11): requireExplicitPolicy and inhibitPolicyMapping; nil
    /// when absent.
    public var policyConstraints: PolicyConstraints? { value(PolicyConstraints.self) }
    /// inhibitAnyPolicy (RFC 5280 4.2.1.14): the skip count after which anyPolicy stops matching;
    /// nil when absent.
    public var inhibitAnyPolicy: InhibitAnyPolicy? { value(InhibitAnyPolicy.self) }
    /// cRLDistributionPoints (RFC 5280 4.2.1.13): where the CRL covering this certificate is
    /// published; nil when absent.
    public var crlDistributionPoints: CRLDistributionPoints? { value(CRLDistributionPoints.self) }
    /// freshestCRL (RFC 5280 4.2.1.15): where delta CRLs are published; nil when absent.
    public var freshestCRL: FreshestCRL? { value(FreshestCRL.self) }
    /// authorityInfoAccess (RFC 5280 4.2.2.1): caIssuers and OCSP URIs; nil when absent.
    public var authorityInformationAccess: AuthorityInformationAccess? { value(AuthorityInformationAccess.self) }
    /// subjectInfoAccess (RFC 5280 4.2.2.2): services of the subject (CA repository, time
    /// stamping); nil when absent.
    public var subjectInformationAccess: SubjectInformationAccess? { value(SubjectInformationAccess.self) }
    /// The embedded Certificate Transparency SCTs (RFC 6962 3.3); nil when absent.
    public var signedCertificateTimestamps: SignedCertificateTimestamps? { value(SignedCertificateTimestamps.self) }
    /// tlsfeature (RFC 7633), where status_request means OCSP must-staple; nil when absent.
    public var tlsFeature: TLSFeature? { value(TLSFeature.self) }
    /// True when the CT precertificate poison is present.
    public var isPrecertificate: Bool { self[kind: .precertificatePoison] != nil }

    /// Equality of the encoded extensions.
    public static func == (lhs: Extensions, rhs: Extensions) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.oid == $1.oid && $0.isCritical == $1.isCritical && $0.value.elementsEqual($1.value) }
    }

    /// Hashes the encoded extensions.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for item in self {
            hasher.combine(item.oid)
            hasher.combine(item.isCritical)
            hasher.combine(item.value.count)
        }
    }
}

extension Extensions {
    /// The most extensions in one structure: real certificates have about 10.
    static let maximumCount = 512

    /// Reads `Extensions ::= SEQUENCE SIZE (1..MAX) OF Extension` at the reader's position,
    /// checking each known extension and rejecting duplicates. Field paths in errors are
    /// `[index]` or the extension's name. `scanning` false skips the fast path (`scan`):
    /// tests compare the two.
    static func parse(
        _ reader: inout DERReader, leniencies: inout Leniencies, scanning: Bool = true
    ) throws -> [ExtensionEntry] {
        let sequence = try reader.readElement(.sequence)
        try reader.requireNonEmpty(sequence)
        // Fast path (see `scan`); the one level of nesting it skips is within the depth
        // limit, which the reference path below checks.
        if scanning && reader.depth &+ 1 < reader.maximumDepth {
            var context = ParseContext(leniencies: leniencies, materialize: false)
            let bytes = reader.bytes
            if let entries = bytes.withUnsafeBufferPointer({ scan(bytes, $0, sequence: sequence, context: &context) }) {
                leniencies = context.leniencies
                return entries
            }
        }
        var context = ParseContext(leniencies: leniencies, materialize: false)
        defer { leniencies = context.leniencies }
        return try reader.withContent(of: sequence) { list in
            var entries: [ExtensionEntry] = []
            entries.reserveCapacity(8)
            var index = 0
            let bytes = list.bytes
            while !list.isAtEnd {
                let start = list.position
                let entry = try parsingField("[\(index)]") {
                    try list.readSequence { seq in
                        let oid = try seq.readObjectIdentifierElement()
                        let critical = try seq.readDefaultFalseBoolean()
                        let value = try seq.readOctetString()
                        return ExtensionEntry(
                            oid: oid.contentRange, value: value, isCritical: critical,
                            kind: ExtensionKind.identify(bytes, oid.contentRange))
                    }
                }
                for earlier in entries where earlier.oidLength == entry.oidLength
                    && bytes[earlier.oidRange].elementsEqual(bytes[entry.oidRange]) {
                    throw X509ParseError(
                        field: "[\(index)]", reason: .duplicateExtension(OID.fromValidated(bytes, entry.oidRange)), offset: start)
                }
                guard entries.count < maximumCount else {
                    throw X509ParseError(field: "[\(index)]", reason: .invalid("more than \(maximumCount) extensions"), offset: start)
                }
                if let kind = entry.kind {
                    try parsingField(kind.name) {
                        try kind.validate(bytes, entry.valueRange, context: &context)
                    }
                }
                entries.append(entry)
                index += 1
            }
            return entries
        }
    }
}
