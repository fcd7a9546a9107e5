/// A set of certificates indexed for path building: by subject name (the raw DER and the
/// RFC 5280 7.1 comparison form) and by subjectKeyIdentifier, so that finding the
/// candidate issuers of a certificate costs the same however large the pool is.
/// Duplicates (identical DER) are kept once.
public struct CertificatePool: Sendable {
    /// The certificates in insertion order.
    package private(set) var entries: [IndexedCertificate] = []
    var byRawSubject: [ArraySlice<UInt8>: [Int]] = [:]
    var bySubject: [[String]: [Int]] = [:]
    var byKeyIdentifier: [[UInt8]: [Int]] = [:]
    var seen: Set<Certificate> = []

    /// An empty pool.
    public init() {}

    /// A pool of `certificates`.
    public init(_ certificates: some Sequence<Certificate>) {
        for certificate in certificates { insert(certificate) }
    }

    /// The number of distinct certificates.
    public var count: Int { entries.count }

    /// The certificates.
    public var certificates: [Certificate] { entries.map(\.certificate) }

    /// Adds a certificate; returns false when an identical one is already there.
    @discardableResult
    public mutating func insert(_ certificate: Certificate) -> Bool {
        guard seen.insert(certificate).inserted else { return false }
        let entry = IndexedCertificate(certificate)
        let index = entries.count
        entries.append(entry)
        byRawSubject[certificate.subject.derEncoded, default: []].append(index)
        bySubject[entry.subjectKey, default: []].append(index)
        if let ski = entry.subjectKeyIdentifier { byKeyIdentifier[ski, default: []].append(index) }
        return true
    }

    /// True when an identical certificate is in the pool.
    public func contains(_ certificate: Certificate) -> Bool { seen.contains(certificate) }

    /// Indices of the certificates whose subject matches `certificate`'s issuer (raw DER
    /// first, then the RFC 5280 7.1 comparison form), each once.
    func issuerCandidates(of certificate: IndexedCertificate) -> [Int] {
        let raw = byRawSubject[certificate.certificate.issuer.derEncoded] ?? []
        let normalized = bySubject[certificate.issuerKey] ?? []
        if normalized.count == raw.count { return normalized }  // the raw hits are a subset
        var result = raw
        for index in normalized where !raw.contains(index) { result.append(index) }
        return result
    }

    /// Certificates with this subjectKeyIdentifier.
    public func certificates(withKeyIdentifier keyIdentifier: [UInt8]) -> [Certificate] {
        (byKeyIdentifier[keyIdentifier] ?? []).map { entries[$0].certificate }
    }

    /// Certificates whose subject matches `name` (RFC 5280 7.1).
    public func certificates(withSubject name: DistinguishedName) -> [Certificate] {
        (bySubject[name.comparisonKey] ?? []).map { entries[$0].certificate }
    }
}
