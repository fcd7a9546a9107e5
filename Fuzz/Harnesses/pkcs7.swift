// PKCS#7 / CMS certificate bundles (.p7b, .p7c), DER or PEM: a bundle or a ContainerError;
// every certificate of a bundle is a valid certificate.
import PureX509

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPKCS7(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    var bundles: [PKCS7Bundle] = []
    if let bundle = try? PKCS7Bundle(derEncoded: bytes) { bundles.append(bundle) }
    if InputEncoding.sniff(bytes) == .pem, let bundle = try? PKCS7Bundle(pemEncoded: bytes) { bundles.append(bundle) }
    for bundle in bundles {
        _ = (bundle.description, bundle.crls.count, bundle.signerCount, bundle.contentType.dotted)
        for certificate in bundle.certificates.prefix(8) { exercise(certificate) }
    }
    return 0
}
