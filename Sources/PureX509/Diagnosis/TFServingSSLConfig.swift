/// A TensorFlow Serving `--ssl_config_file`: the `SSLConfig` message
/// (tensorflow_serving/config/ssl_config.proto) in protobuf text format, which carries the
/// PEM text of the server key, the server certificate chain and an optional client CA inline.
///
/// ```
/// server_key: "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"
/// server_cert: "-----BEGIN CERTIFICATE-----\n..."
/// custom_ca: "..."
/// client_verify: true
/// ```
public struct TFServingSSLConfig: Sendable, Equatable {
    /// One string field: its decoded value and the 1-based line of the config where it starts.
    public struct Field: Sendable, Equatable {
        /// The string with its C escapes decoded (`\n` is a line break): the PEM text as TensorFlow
        /// Serving passes it to OpenSSL.
        public let value: String
        /// The 1-based line of the config on which the value's opening quote stands.
        public let line: Int
    }

    /// `server_key` (field 1): the PEM private key.
    public var serverKey: Field?
    /// `server_cert` (field 2): the PEM certificate chain.
    public var serverCert: Field?
    /// `custom_ca` (field 3): PEM CA certificates used to verify clients.
    public var customCA: Field?
    /// `client_verify` (field 4): whether clients must present a certificate.
    public var clientVerify: Bool?
    /// For each string field present (by its name, `server_cert`), the 1-based config line on
    /// which each line of the decoded value starts: element 0 for the value's first line. A
    /// PEM block at line `n` of the value was written at config line `valueLineStarts[name][n - 1]`.
    public internal(set) var valueLineStarts: [String: [Int]] = [:]

    /// A malformed config, with the 1-based line and column where parsing stopped.
    public struct ParseError: Error, Equatable, CustomStringConvertible, Sendable {
        /// The 1-based line where parsing stopped.
        public let line: Int
        /// The 1-based column (in bytes) where parsing stopped.
        public let column: Int
        /// What was expected or found there, such as "unterminated string".
        public let message: String
        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// Parses protobuf text format as TensorFlow Serving's parser would accept it: `#`
    /// comments, `name: value` pairs optionally separated by `,` or `;`, single- or
    /// double-quoted strings with C escapes (adjacent literals concatenate), and booleans
    /// `true`/`false`/`True`/`False`/`t`/`f`/`1`/`0`. Unknown and repeated fields are
    /// errors, as they are for TensorFlow Serving.
    public init(parsing text: String) throws(ParseError) {
        var scanner = TextFormatScanner(Array(text.utf8))
        var seen: Set<String> = []
        while true {
            scanner.skipTrivia()
            if scanner.isAtEnd { break }
            let (line, column) = scanner.location
            guard let name = scanner.identifier() else {
                throw scanner.error("expected a field name")
            }
            guard Self.fields.contains(name) else {
                throw ParseError(line: line, column: column,
                    message: "unknown field '\(name)' (SSLConfig has server_key, server_cert, custom_ca, client_verify)")
            }
            guard seen.insert(name).inserted else {
                throw ParseError(line: line, column: column, message: "field '\(name)' is given more than once")
            }
            scanner.skipTrivia()
            guard scanner.consume(UInt8(ascii: ":")) else { throw scanner.error("expected ':' after \(name)") }
            scanner.skipTrivia()
            if name == "client_verify" {
                clientVerify = try scanner.boolean()
            } else {
                let valueLine = scanner.location.line
                scanner.decodedLineStarts = []
                scanner.atDecodedLineStart = true
                let field = Field(value: try scanner.strings(), line: valueLine)
                valueLineStarts[name] = scanner.decodedLineStarts
                switch name {
                case "server_key": serverKey = field
                case "server_cert": serverCert = field
                default: customCA = field
                }
            }
            scanner.skipTrivia()
            _ = scanner.consume(UInt8(ascii: ",")) || scanner.consume(UInt8(ascii: ";"))
        }
    }

    static let fields: Set<String> = ["server_key", "server_cert", "custom_ca", "client_verify"]
}

/// A cursor over protobuf text format that tracks line and column for errors.
struct TextFormatScanner {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0
    /// The source line of each decoded line of the current string value.
    var decodedLineStarts: [Int] = []
    var atDecodedLineStart = true

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Appends one decoded byte, noting the source line where each decoded line begins.
    mutating func emit(_ byte: UInt8, into out: inout [UInt8]) {
        if atDecodedLineStart {
            decodedLineStarts.append(line)
            atDecodedLineStart = false
        }
        out.append(byte)
        if byte == 0x0A { atDecodedLineStart = true }
    }

    var isAtEnd: Bool { index >= bytes.count }
    var location: (line: Int, column: Int) { (line, index - lineStart + 1) }

    func error(_ message: String) -> TFServingSSLConfig.ParseError {
        TFServingSSLConfig.ParseError(line: line, column: index - lineStart + 1, message: message)
    }

    mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    /// Skips whitespace and `#` comments.
    mutating func skipTrivia() {
        while !isAtEnd {
            let byte = bytes[index]
            if byte == UInt8(ascii: "#") {
                while !isAtEnd && bytes[index] != UInt8(ascii: "\n") { advance() }
            } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                advance()
            } else {
                return
            }
        }
    }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard !isAtEnd, bytes[index] == byte else { return false }
        advance()
        return true
    }

    static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    mutating func identifier() -> String? {
        let start = index
        while !isAtEnd && Self.isIdentifierByte(bytes[index]) { advance() }
        guard index > start else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func boolean() throws(TFServingSSLConfig.ParseError) -> Bool {
        let before = self
        guard let word = identifier() else { throw error("expected true or false") }
        switch word {
        case "true", "True", "t", "1": return true
        case "false", "False", "f", "0": return false
        default:
            throw before.error("expected true or false, found '\(word)'")
        }
    }

    /// One or more adjacent string literals, concatenated.
    mutating func strings() throws(TFServingSSLConfig.ParseError) -> String {
        var result: [UInt8] = []
        var count = 0
        while !isAtEnd, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
            result += try literal()
            count += 1
            skipTrivia()
        }
        guard count > 0 else { throw error("expected a quoted string") }
        return String(decoding: result, as: UTF8.self)
    }

    /// One quoted literal with C escapes (\n \t \r \\ \' \" \a \b \f \v \? octal \NNN,
    /// hex \xHH, \uXXXX, \UXXXXXXXX).
    mutating func literal() throws(TFServingSSLConfig.ParseError) -> [UInt8] {
        let quote = bytes[index]
        advance()
        var out: [UInt8] = []
        while true {
            guard !isAtEnd else { throw error("unterminated string") }
            let byte = bytes[index]
            if byte == quote {
                advance()
                return out
            }
            if byte == UInt8(ascii: "\n") { throw error("newline inside a string (use \\n)") }
            guard byte == UInt8(ascii: "\\") else {
                emit(byte, into: &out)
                advance()
                continue
            }
            let escapeError = error("invalid escape sequence")
            advance()
            guard !isAtEnd else { throw escapeError }
            let code = bytes[index]
            advance()
            switch code {
            case UInt8(ascii: "n"): emit(0x0A, into: &out)
            case UInt8(ascii: "t"): emit(0x09, into: &out)
            case UInt8(ascii: "r"): emit(0x0D, into: &out)
            case UInt8(ascii: "a"): emit(0x07, into: &out)
            case UInt8(ascii: "b"): emit(0x08, into: &out)
            case UInt8(ascii: "f"): emit(0x0C, into: &out)
            case UInt8(ascii: "v"): emit(0x0B, into: &out)
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "?"): emit(code, into: &out)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(code - 0x30)
                for _ in 0..<2 where !isAtEnd && (0x30...0x37).contains(bytes[index]) {
                    value = value * 8 + Int(bytes[index] - 0x30)
                    advance()
                }
                guard value <= 0xFF else { throw escapeError }
                emit(UInt8(value), into: &out)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let digits = code == UInt8(ascii: "x") ? 2 : (code == UInt8(ascii: "u") ? 4 : 8)
                var value: UInt32 = 0
                var read = 0
                while read < digits, !isAtEnd, let digit = Self.hexValue(bytes[index]) {
                    value = value << 4 | UInt32(digit)
                    advance()
                    read += 1
                }
                // \x takes one or two digits; \u and \U take exactly four and eight.
                guard read > 0, code == UInt8(ascii: "x") || read == digits else { throw escapeError }
                if code == UInt8(ascii: "x") {
                    emit(UInt8(value), into: &out)
                } else {
                    guard let scalar = Unicode.Scalar(value) else { throw escapeError }
                    for byte in String(Character(scalar)).utf8 { emit(byte, into: &out) }
                }
            default:
                throw escapeError
            }
        }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }
}
