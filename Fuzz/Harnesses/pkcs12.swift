// PKCS#12 files with no password (the empty one, both encodings), the test password or a
// fuzzed one: a bundle or a ContainerError (wrong password and altered file told apart);
// every certificate and key of a bundle is valid. (Fuzz builds cap iteration counts at
// 10,000 so that each input stays fast; see Fuzz/README.md.)
import PureX509

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPKCS12(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    var input = FuzzInput(fuzzBytes(data, size))
    let mode = input.byte()
    let password: String?
    switch mode % 3 {
    case 0: password = nil
    case 1: password = "test-password"
    default: password = String(decoding: input.chunk(maximum: 16), as: UTF8.self)
    }
    let bytes = input.rest()
    var bundles: [PKCS12Bundle] = []
    do {
        bundles.append(try PKCS12Bundle(derEncoded: bytes, password: password))
    } catch {
        _ = error.description
    }
    if InputEncoding.sniff(bytes) == .pem, let bundle = try? PKCS12Bundle(pemEncoded: bytes, password: password) {
        bundles.append(bundle)
    }
    for bundle in bundles {
        _ = (bundle.description, bundle.integrity, bundle.safes.count, bundle.crls.count)
        for bag in bundle.bags.prefix(16) { _ = (bag.kindName, bag.friendlyName, bag.localKeyID) }
        for certificate in bundle.certificates.prefix(8) { exercise(certificate) }
        for key in bundle.privateKeys.prefix(4) { _ = (key.summary, key.description) }
    }
    return 0
}
