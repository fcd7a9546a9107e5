// Certificate revocation lists (RFC 5280 section 5): a CertificateRevocationList or an error, never a
// trap; a parsed CRL keeps its input and its parts lie inside it.
import PureX509

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCRL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    var inputs = [bytes]
    if InputEncoding.sniff(bytes) == .pem, let document = try? PEMDocument(parsing: bytes) {
        inputs += document.blocks.prefix(2).map(\.der)
    }
    for der in inputs {
        guard let crl = try? CertificateRevocationList(derEncoded: der) else { continue }
        fuzzCheck(crl.derEncoded == der, "derEncoded differs from the input")
        fuzzCheck(crl.tbsCertListBytes.endIndex <= der.count && crl.signature.endIndex <= der.count, "ranges outside the input")
        _ = (crl.issuer.rfc4514String, crl.thisUpdate.rfc3339, crl.nextUpdate?.rfc3339, crl.revokedCount)
        _ = (crl.isDelta, crl.revocationProblem, crl.revokedCertificates.prefix(16).map(\.serialNumber))
        for ext in crl.extensions { _ = (ext.oid.dotted, ext.isCritical, ext.value.count) }
        _ = crl.signatureAlgorithm
    }
    return 0
}
