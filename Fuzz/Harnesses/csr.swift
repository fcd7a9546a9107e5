// Certificate signing requests (PKCS#10, RFC 2986): a CSR or an X509ParseError inside the
// input; a parsed CSR is its input, every accessor works, its requested extensions decode,
// and its self-signature check never traps.
import PureX509
import PureX509Crypto

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSR(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    var inputs = [bytes]
    if InputEncoding.sniff(bytes) == .pem, let document = try? PEMDocument(parsing: bytes) {
        inputs += document.blocks.prefix(2).map(\.der)
    }
    for der in inputs {
        do {
            let csr = try CertificateSigningRequest(derEncoded: der)
            fuzzCheck(csr.derEncoded == der, "derEncoded differs from the input")
            _ = (csr.subject.rfc4514String, csr.subject.opensslOneLine, csr.subjectPublicKeyInfo.summary)
            _ = (csr.signatureAlgorithm.oid.dotted, csr.signature.count, csr.challengePassword, csr.leniencies)
            for attribute in csr.attributes { _ = (attribute.type.dotted, attribute.values.count) }
            for ext in csr.requestedExtensions where ext.kind != nil {
                fuzzCheck(ext.decoded != .unknown, "accepted requested \(ext.oid) does not decode")
            }
            if let algorithm = try? SignatureAlgorithm(derEncoded: csr.signatureAlgorithm.derEncoded),
               let key = try? PublicKey(subjectPublicKeyInfoDER: csr.subjectPublicKeyInfo.derEncoded) {
                _ = try? verify(signatureAlgorithm: algorithm, publicKey: key,
                                message: csr.certificationRequestInfoBytes, signature: csr.signature)
            }
            fuzzCheck((try? CertificateSigningRequest(derEncoded: csr.derEncoded)) == csr, "re-parse is not equal")
        } catch {
            fuzzCheck(error.offset >= 0 && error.offset <= der.count, "error offset \(error.offset) outside \(der.count)")
        }
    }
    return 0
}
