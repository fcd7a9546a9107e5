// Certificate parsing (RFC 5280): any input either parses into a Certificate whose every
// accessor works and whose known extensions all decode, or throws X509ParseError with an
// offset inside the input. PEM input is unwrapped first, so the PEM seeds reach the parser.
import PureX509

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCertificate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    parseOne(bytes)
    if InputEncoding.sniff(bytes) == .pem, let document = try? PEMDocument(parsing: bytes) {
        for block in document.blocks.prefix(4) { parseOne(block.der) }
    }
    return 0
}

private func parseOne(_ der: [UInt8]) {
    do {
        let certificate = try Certificate(derEncoded: der)
        exercise(certificate, from: der)
    } catch {
        fuzzCheck(error.offset >= 0 && error.offset <= der.count,
                  "error offset \(error.offset) outside input of \(der.count): \(error)")
        _ = error.description
    }
}
