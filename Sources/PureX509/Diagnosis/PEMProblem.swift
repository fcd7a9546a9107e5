import PureX509ASN1

/// A PEM reading error as a finding: its code, the line in the user's file, what it means
/// and how to fix it. Lines are shifted by `lineOffset` when the error came from reading one
/// block on its own.
struct PEMProblem {
    let code: FindingCode
    let line: Int?
    let message: String
    let fix: String

    init(_ error: PEMError, lineOffset: Int, source: DiagnosisSource) {
        func at(_ line: Int) -> Int { source.fileLine(line + lineOffset) }
        let name = shellQuoted(source.name)
        switch error {
        case .badBase64Character(let line, let column, let byte):
            code = .pemBadBase64
            self.line = at(line)
            message = "a character that is not base64 (\(PEMProblem.describe(byte)) at column \(column)) inside a PEM block. The block cannot be decoded, so this certificate is lost."
            fix = "The block was edited or mangled in transit (mail, chat, a word processor). Replace it with a fresh copy from the CA; sed -n '\(at(line))p' \(name) shows the line."
        case .badPadding(let line, let column):
            code = .pemBadBase64
            self.line = at(line)
            message = "misplaced '=' padding at column \(column) inside a PEM block: the base64 was cut or two blocks were merged."
            fix = "Replace the block with a fresh copy from the CA."
        case .incompleteBase64(let line):
            code = .pemBadBase64
            self.line = at(line)
            message = "the base64 of a PEM block stops in the middle of a character group: characters are missing."
            fix = "Replace the block with a complete copy from the CA."
        case .malformedHeader(let line):
            code = .pemBadBase64
            self.line = at(line)
            message = "a line inside a PEM block is neither base64 nor a header."
            fix = "Remove the stray line, or replace the block with a fresh copy."
        case .missingEnd(let label, let beginLine, let nextBeginLine):
            code = .pemMissingEnd
            line = at(beginLine)
            message = "the \(label) block begun here has no -----END \(label)----- line before the next BEGIN at line \(at(nextBeginLine)). The block is lost."
            fix = "Add the missing -----END \(label)----- line (or paste the whole block again)."
        case .truncatedBlock(let label, let beginLine):
            code = .pemMissingEnd
            line = at(beginLine)
            message = "the file ends inside the \(label) block begun here: its END line is missing (a truncated copy or paste)."
            fix = "Paste the whole block again, through -----END \(label)-----."
        case .unexpectedEnd(let line, let label):
            code = .pemMissingEnd
            self.line = at(line)
            message = "an -----END \(label)----- line without a BEGIN line before it."
            fix = "Restore the missing -----BEGIN \(label)----- line (or paste the whole block again)."
        case .malformedBoundary(let line):
            code = .pemMissingEnd
            self.line = at(line)
            message = "a BEGIN or END line without its closing dashes (-----)."
            fix = "Write the line as -----BEGIN CERTIFICATE----- / -----END CERTIFICATE----- exactly."
        case .labelMismatch(let begin, let end, let beginLine, let endLine):
            code = .pemLabelMismatch
            line = at(beginLine)
            message = "the block begins with -----BEGIN \(begin)----- but ends with -----END \(end)----- at line \(at(endLine)). Two different blocks were spliced together."
            fix = "Make the END line match (-----END \(begin)-----), or paste both blocks again whole."
        case .invalidLabel(let line, let label):
            code = .pemLabelMismatch
            self.line = at(line)
            message = "the label \"\(label)\" is not a valid PEM label."
            fix = "Use -----BEGIN CERTIFICATE----- for certificates."
        case .emptyInput:
            code = .emptyInput
            line = nil
            message = "the file is empty."
            fix = "Copy the certificate chain into it again."
        case .noPEMBlock:
            code = .formatUnknown
            line = nil
            message = "no -----BEGIN line."
            fix = "Get the certificate in PEM form."
        case .byteOrderMark:
            code = .pemBOM
            line = 1
            message = "the file starts with a UTF-8 byte order mark."
            fix = "Save the file as UTF-8 without BOM."
        case .headersNotAllowed(let line), .badLineLength(let line, _), .blankLine(let line):
            code = .pemBadBase64
            self.line = at(line)
            message = "\(error.reason) (strict RFC 7468)."
            fix = "Re-encode the block: openssl x509 -in \(name) -out fixed.pem."
        }
    }

    static func describe(_ byte: UInt8) -> String {
        let hex = "0x" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))', \(hex)" }
        return hex
    }
}
