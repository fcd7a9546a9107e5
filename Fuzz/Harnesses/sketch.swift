// The best-effort reader for display (CertificateSketch) and the one reader
// (InputContents) on arbitrary bytes: never a trap; every broken part lies inside the
// input with at most 64 raw bytes; a certificate that parses strictly sketches with no
// damage and the same fields; every item and problem of the one reader has a position in
// order, a byte offset inside the input, and a PEM line inside the text.
import PureX509

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSketch(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    checkOneReader(bytes)
    var ders = [bytes]
    if InputEncoding.sniff(bytes) == .pem, let document = try? PEMDocument(parsing: bytes) {
        ders += document.blocks.prefix(2).map(\.der)
    }
    for der in ders { checkSketch(der) }
    return 0
}

private func checkSketch(_ der: [UInt8]) {
    let sketch = CertificateSketch(derEncoded: der)
    for part in sketch.damage {
        fuzzCheck(part.offset >= 0 && part.offset <= der.count, "damage offset \(part.offset) outside \(der.count) bytes")
        fuzzCheck(part.bytes.count <= CertificateSketch.Damage.maximumBytes, "too many raw bytes kept")
        fuzzCheck(part.bytes.elementsEqual(der[min(part.offset, der.count)...].prefix(part.bytes.count)), "raw bytes are not the input's")
        _ = part.description
    }
    _ = (sketch.subject?.rfc4514String, sketch.issuer?.opensslOneLine, sketch.notBefore?.rfc3339, sketch.notAfter?.rfc3339,
         sketch.publicKey?.summary, sketch.serialNumber, sketch.version, sketch.looksLikeCertificate, sketch.fingerprint(.sha1))
    for item in sketch.extensions { _ = (item.oid.dotted, item.isCritical, item.decoded) }
    if let certificate = try? Certificate(derEncoded: der) {
        fuzzCheck(sketch.strictError == nil, "strict error for a certificate that parses")
        fuzzCheck(sketch.damage.isEmpty, "damage in a certificate that parses: \(sketch.damage)")
        fuzzCheck(sketch.subject == certificate.subject && sketch.issuer == certificate.issuer, "names differ from the certificate's")
        fuzzCheck(sketch.extensions.count == certificate.extensions.count, "extension count differs from the certificate's")
        fuzzCheck(sketch.fingerprint(.sha256) == certificate.fingerprint(.sha256), "fingerprint differs")
    } else {
        fuzzCheck(sketch.strictError != nil, "no strict error for a refused certificate")
        fuzzCheck(!sketch.damage.isEmpty, "a refused certificate sketched with no broken part")
    }
}

private func checkOneReader(_ bytes: [UInt8]) {
    let input = InputContents(bytes: bytes, fileName: "fuzz")
    var last = -1
    for item in input.items {
        fuzzCheck(item.position >= last, "items out of order")
        last = item.position
        fuzzCheck(item.byteOffset >= 0 && (bytes.isEmpty || item.byteOffset < bytes.count), "item offset outside the input")
    }
    last = -1
    // Lines as RFC 7468 counts them: CRLF, CR and LF each end one.
    var lines = 1
    for (index, byte) in bytes.enumerated() where byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
        lines += 1
    }
    for problem in input.unreadable {
        fuzzCheck(problem.position >= last, "problems out of order")
        last = problem.position
        fuzzCheck(problem.byteOffset >= 0 && problem.byteOffset <= bytes.count, "problem offset outside the input")
        if let line = problem.pemLine { fuzzCheck(line >= 1 && line <= lines, "PEM line \(line) outside \(lines) lines") }
        fuzzCheck(!problem.description.isEmpty, "a problem without words")
    }
    // The views agree with the reader.
    let file = FileContents(input)
    fuzzCheck(file.entries.count == input.items.count && file.problems.count == input.unreadable.count, "FileContents differs")
    let certificates = CertificateFile.contents(of: input)
    fuzzCheck(certificates.certificates.count == input.allCertificates.count, "CertificateFile.contents differs")
    fuzzCheck(certificates.unreadable.count <= input.unreadable.count, "more unreadable than read")
}
