/// An audit of a trust bundle (a system CA bundle, certifi's cacert.pem, a private
/// `--ca` file or a hashed certificate directory): what is in it, what has expired or will
/// soon, what does not belong in a trust store, and what expires next.
///
/// ```swift
/// let audit = BundleAudit(sources: DiagnosisSource.readFileOrDirectory("/etc/ssl/certs/ca-certificates.crt"), time: now)
/// audit.expired        // roots past notAfter
/// audit.timeline(8)    // the next eight to expire
/// ```
public struct BundleAudit: Sendable {
    /// Every certificate, in file order (duplicates included).
    public let certificates: [LocatedCertificate]
    /// Problems reading the files (missing, unreadable, malformed blocks), as findings.
    public let readingProblems: [Finding]
    /// The time the audit judges at (seconds since 1970).
    public let time: Int64
    /// How far ahead "expiring soon" looks, in seconds.
    public let soonWithin: Int64
    /// The certificates without repeats (first occurrence kept).
    public let distinct: [LocatedCertificate]
    /// Each repeated certificate with the position of its first occurrence (found in the
    /// same pass as `distinct`).
    public let duplicates: [(certificate: LocatedCertificate, firstIndex: Int)]

    /// Audits the certificates of `sources` at `time`; `soonWithin` seconds ahead count as
    /// expiring soon (default 90 days).
    public init(sources: [DiagnosisSource], time: Int64, soonWithin: Int64 = 90 * 86_400) {
        var context = DiagnosisContext()
        var certificates: [LocatedCertificate] = []
        for source in sources {
            let contents = SourceReader(source: source, role: .anchors).read(into: &context)
            for entry in contents.certificates {
                certificates.append(LocatedCertificate(
                    certificate: entry.certificate, origin: .trustStore, index: certificates.count, file: source.displayName,
                    line: entry.line))
            }
        }
        self.certificates = certificates
        var first: [Certificate: Int] = [:]
        var distinct: [LocatedCertificate] = []
        var duplicates: [(certificate: LocatedCertificate, firstIndex: Int)] = []
        for located in certificates {
            if let index = first[located.certificate] {
                duplicates.append((located, index))
            } else {
                first[located.certificate] = located.index ?? 0
                distinct.append(located)
            }
        }
        self.distinct = distinct
        self.duplicates = duplicates
        readingProblems = DiagnosisReport.sorted(context.findings)
        self.time = time
        self.soonWithin = soonWithin
    }

    /// Certificates past their notAfter, oldest first.
    public var expired: [LocatedCertificate] {
        distinct.filter { $0.certificate.notAfter.secondsSince1970 < time }
            .sorted { $0.certificate.notAfter.secondsSince1970 < $1.certificate.notAfter.secondsSince1970 }
    }

    /// Certificates not yet valid.
    public var notYetValid: [LocatedCertificate] {
        distinct.filter { $0.certificate.notBefore.secondsSince1970 > time }
    }

    /// Certificates that expire within `soonWithin`, soonest first.
    public var expiringSoon: [LocatedCertificate] {
        timeline(Int.max).filter { $0.certificate.notAfter.secondsSince1970 - time <= soonWithin }
    }

    /// The next `count` certificates to expire (not yet expired), soonest first.
    public func timeline(_ count: Int) -> [LocatedCertificate] {
        Array(distinct.filter { $0.certificate.notAfter.secondsSince1970 >= time }
            .sorted { ($0.certificate.notAfter.secondsSince1970, $0.index ?? 0) < ($1.certificate.notAfter.secondsSince1970, $1.index ?? 0) }
            .prefix(count))
    }

    /// Groups of different certificates for the same subject and key: a root and its
    /// cross-signed or re-issued twin (harmless, but each one may expire on its own date).
    public var twins: [[LocatedCertificate]] {
        struct Key: Hashable {
            let subject: [String]
            let publicKey: [UInt8]
        }
        var groups: [Key: [LocatedCertificate]] = [:]
        var order: [Key] = []
        for located in distinct {
            let key = Key(subject: located.certificate.subject.comparisonKey,
                          publicKey: Array(located.certificate.subjectPublicKeyInfo.derEncoded))
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(located)
        }
        return order.compactMap { groups[$0] }.filter { $0.count > 1 }
    }

    /// Certificates that are not CA certificates (basicConstraints without cA, or a v3
    /// certificate without basicConstraints): they cannot anchor a chain in RFC 5280 terms.
    public var notCA: [LocatedCertificate] {
        distinct.filter { located in
            let certificate = located.certificate
            if let constraints = certificate.extensions.basicConstraints { return !constraints.isCA }
            // Version 1 roots predate basicConstraints and are accepted as CAs.
            return certificate.version == .v3
        }
    }

    /// Certificates whose issuer is not their subject: intermediates or cross-signatures in
    /// a store meant for roots.
    public var notSelfIssued: [LocatedCertificate] {
        distinct.filter { !$0.certificate.isSelfIssued }
    }

    /// Keys clients refuse: RSA under 2048 bits, EC under 256 bits, DSA.
    public var weakKeys: [LocatedCertificate] {
        distinct.filter { located in
            let details = located.certificate.subjectPublicKeyInfo.details
            switch details {
            case .rsa: return (details.bitCount ?? 0) < 2048
            case .ec(let curve, _): return (curve.fieldBits ?? 0) < 256
            case .dsa: return true
            default: return false
            }
        }
    }

    /// Certificates signed with MD2, MD5 or SHA-1. For a root that only concerns its own
    /// self-signature, which clients do not check: worth knowing, not a fault.
    public var weakSignatures: [(certificate: LocatedCertificate, algorithm: String)] {
        distinct.compactMap { located in StrengthCheck.weakSignatureName(located.certificate).map { (located, $0) } }
    }

    /// True when the bundle holds something that should not be trusted as it is: an
    /// expired or not yet valid certificate, a non-CA, a weak key, or a repeat.
    public var hasProblems: Bool {
        !expired.isEmpty || !notYetValid.isEmpty || !notCA.isEmpty || !weakKeys.isEmpty || !duplicates.isEmpty
            || readingProblems.contains { $0.severity == .error }
    }

    /// The difference with another bundle, by SHA-256 fingerprint.
    public func difference(from other: BundleAudit) -> BundleDifference {
        BundleDifference(old: other.distinct, new: distinct)
    }
}
