/// What changed between two trust bundles: roots added and removed (by SHA-256
/// fingerprint), and among them the ones that are the same subject and key in a new
/// certificate (re-issued or re-dated roots).
public struct BundleDifference: Sendable {
    /// In the new bundle only.
    public let added: [LocatedCertificate]
    /// In the old bundle only.
    public let removed: [LocatedCertificate]
    /// Pairs (old, new) from `removed` and `added` with the same subject and key.
    public let reissued: [(old: LocatedCertificate, new: LocatedCertificate)]
    /// Certificates in both.
    public let unchangedCount: Int

    /// Compares `old` with `new`.
    public init(old: [LocatedCertificate], new: [LocatedCertificate]) {
        let oldSet = Set(old.map(\.certificate))
        let newSet = Set(new.map(\.certificate))
        added = new.filter { !oldSet.contains($0.certificate) }
        removed = old.filter { !newSet.contains($0.certificate) }
        unchangedCount = new.filter { oldSet.contains($0.certificate) }.count
        var pairs: [(LocatedCertificate, LocatedCertificate)] = []
        for gone in removed {
            if let successor = added.first(where: {
                $0.certificate.subject.matches(gone.certificate.subject)
                    && $0.certificate.subjectPublicKeyInfo.derEncoded.elementsEqual(gone.certificate.subjectPublicKeyInfo.derEncoded)
            }) {
                pairs.append((gone, successor))
            }
        }
        reissued = pairs
    }

    /// True when the bundles hold the same certificates.
    public var isEmpty: Bool { added.isEmpty && removed.isEmpty }
}
