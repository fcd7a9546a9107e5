import PureX509

/// How a CRL relates to the certificates among show's inputs: which certificate is named
/// as its issuer (by name, RFC 5280 comparison; the signature is not checked here: that is
/// `verify`'s job), and which certificates it revokes (same issuer name, serial listed).
struct CRLRelations {
    let issuers: [KeyRenderer.CertificateReference]
    let revoked: [(reference: KeyRenderer.CertificateReference, entry: RevokedCertificate)]

    init(_ crl: CertificateRevocationList, certificates: [KeyRenderer.CertificateReference]) {
        let issuer = crl.issuer
        issuers = certificates.filter { $0.certificate.subject.matches(issuer) && $0.certificate.isCA }
        revoked = certificates.compactMap { reference in
            guard reference.certificate.issuer.matches(issuer),
                  let entry = crl.revocation(of: reference.certificate.serialNumber) else { return nil }
            return (reference, entry)
        }
    }

    /// "Issuer cert:" and "Revokes:" rows (none when there is nothing to say).
    func lines() -> [String] {
        var lines = DocumentRenderer.rows("Issuer cert", issuers.map { $0.label + " (by name)" })
        lines += DocumentRenderer.rows("Revokes", revoked.map { item in
            item.reference.label + " since " + item.entry.revocationDate.rfc3339
                + (item.entry.reason.map { ", " + $0.title } ?? "")
        })
        return lines
    }

    /// `issuedBy` and `revokes`, each a list of {file, certificate, subject}.
    func json() -> [(String, JSONValue)] {
        func reference(_ item: KeyRenderer.CertificateReference) -> [(String, JSONValue)] {
            [("file", .string(item.file)), ("certificate", .int(item.number)),
             ("subject", .string(item.certificate.subject.rfc4514String))]
        }
        return [
            ("issuedBy", .array(issuers.map { .object(reference($0)) })),
            ("revokes", .array(revoked.map { item in
                .object(reference(item.reference) + [("revocationDate", .string(item.entry.revocationDate.rfc3339))])
            })),
        ]
    }
}
