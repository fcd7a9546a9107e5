// PEM reader (lax and strict), base64 and format sniffing: any input parses or throws
// PEMError with a line inside the input; a strict parse implies an identical lax parse;
// every decoded block written back by PEMWriter re-reads strictly to the same bytes; the
// ASN.1 dump (what `x509dump asn1` shows) never traps on any block, and its streaming form
// (ASN1DumpStream) gives the same lines.
import PureX509ASN1

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPEM(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzBytes(data, size)
    let lineCount = bytes.count { $0 == 0x0A || $0 == 0x0D } + 1
    _ = InputEncoding.sniff(bytes)

    var lax: PEMDocument?
    do {
        lax = try PEMDocument(parsing: bytes, mode: .lax)
    } catch {
        if let line = error.line { fuzzCheck(line >= 1 && line <= lineCount, "lax error line \(line) > \(lineCount)") }
        _ = String(describing: error)
    }
    do {
        let strict = try PEMDocument(parsing: bytes, mode: .strict)
        fuzzCheck(lax?.blocks.map(\.der) == strict.blocks.map(\.der), "strict parse differs from lax parse")
    } catch {
        if let line = error.line { fuzzCheck(line >= 1 && line <= lineCount, "strict error line \(line) > \(lineCount)") }
    }
    guard let document = lax else { return 0 }
    fuzzCheck(document.trailingTextRange.upperBound <= bytes.count, "trailing text range")
    for block in document.blocks.prefix(8) {
        fuzzCheck(block.range.lowerBound >= 0 && block.range.upperBound <= bytes.count, "block range \(block.range)")
        fuzzCheck(block.beginLine >= 1 && block.beginLine <= block.endLine && block.endLine <= lineCount,
                  "block lines \(block.beginLine)...\(block.endLine) of \(lineCount)")
        let rewritten = PEMWriter.encodeBytes(block.der, label: block.label)
        do {
            let again = try PEMDocument(parsing: rewritten, mode: .strict)
            fuzzCheck(again.blocks.count == 1 && again.blocks[0].der == block.der && again.blocks[0].label == block.label,
                      "PEMWriter output does not re-read to the same block")
        } catch {
            // Labels the strict grammar refuses (RFC 7468 `label`) may not round-trip strictly.
            let again = try? PEMDocument(parsing: rewritten, mode: .lax)
            fuzzCheck(again?.blocks.first?.der == block.der, "PEMWriter output does not re-read (lax): \(error)")
        }
        let base64 = Base64.encode(block.der)
        fuzzCheck((try? Base64.decode(base64)) == block.der, "base64 round trip")
        let dump = ASN1Dump(block.der)
        _ = dump.isValid
        // The streaming dump `x509dump asn1` writes is the tree dump, line for line.
        let stream = ASN1DumpStream(block.der)
        fuzzCheck(stream.isValid == dump.isValid && stream.failure == dump.failure, "ASN1DumpStream validity differs from ASN1Dump")
        fuzzCheck(stream.textLines() == dump.textLines(), "ASN1DumpStream lines differ from ASN1Dump")
    }
    _ = try? Base64.decode(bytes)
    return 0
}
