// TensorFlow Serving SSLConfig text-format parser: any text either parses or throws a
// ParseError whose line and column lie inside the text.
import PureX509

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTFServing(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    do {
        let config = try TFServingSSLConfig(parsing: text)
        let lines = text.utf8.count { $0 == UInt8(ascii: "\n") } + 1
        for field in [config.serverKey, config.serverCert, config.customCA].compactMap({ $0 }) {
            fuzzCheck(field.line >= 1 && field.line <= lines, "field line \(field.line) outside 1...\(lines)")
        }
    } catch {
        let lines = text.utf8.count { $0 == UInt8(ascii: "\n") } + 1
        fuzzCheck(error.line >= 1 && error.line <= lines, "error line \(error.line) outside 1...\(lines)")
        fuzzCheck(error.column >= 1, "error column \(error.column)")
        _ = error.description
    }
    return 0
}
