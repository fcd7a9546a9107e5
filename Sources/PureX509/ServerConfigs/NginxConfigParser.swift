/// nginx configuration syntax: directives ending in `;`, blocks in `{ }`, `#` comments,
/// single- and double-quoted arguments with backslash escapes, `include` with globs
/// resolved against the prefix (the directory of the main configuration file, as nginx
/// resolves relative paths against its conf prefix).
struct NginxConfigParser {
    var includes: ConfigIncludes

    init(prefix: String) { includes = ConfigIncludes(base: prefix) }

    /// The directives of `path` with includes spliced in.
    mutating func parse(file path: String, from parent: String? = nil, line: Int = 1, depth: Int = 0) -> [ConfigDirective] {
        guard let bytes = includes.read(path, from: parent, line: line, depth: depth) else { return [] }
        var tokenizer = Tokenizer(bytes: bytes)
        var stack: [(directive: ConfigDirective, children: [ConfigDirective])] = []
        var top: [ConfigDirective] = []
        var words: [(text: String, line: Int)] = []

        func append(_ directive: ConfigDirective) {
            if stack.isEmpty { top.append(directive) } else { stack[stack.count - 1].children.append(directive) }
        }
        func problem(_ line: Int, _ column: Int, _ message: String) {
            includes.report(ConfigProblem(file: path, line: line, column: column, message: message))
        }

        while true {
            let token: Tokenizer.Token
            do {
                guard let next = try tokenizer.next() else { break }
                token = next
            } catch {
                problem(error.line, error.column, error.message)
                break
            }
            switch token.kind {
            case .word(let text):
                words.append((text, token.line))
            case .semicolon:
                guard let name = words.first else {
                    problem(token.line, token.column, "unexpected \";\"")
                    continue
                }
                let arguments = words.dropFirst().map(\.text)
                words = []
                if name.text == "include" {
                    guard arguments.count == 1 else {
                        problem(name.line, 1, "invalid number of arguments in \"include\" directive")
                        continue
                    }
                    for included in includes.expand(arguments[0], from: path, line: name.line, directive: "include") {
                        for directive in parse(file: included, from: path, line: name.line, depth: depth + 1) { append(directive) }
                    }
                } else {
                    append(ConfigDirective(name: name.text, arguments: arguments, block: nil, file: path, line: name.line))
                }
            case .open:
                guard let name = words.first else {
                    problem(token.line, token.column, "unexpected \"{\"")
                    stack.append((ConfigDirective(name: "", arguments: [], block: [], file: path, line: token.line), []))
                    continue
                }
                stack.append((ConfigDirective(name: name.text, arguments: words.dropFirst().map(\.text), block: [], file: path, line: name.line), []))
                words = []
            case .close:
                if !words.isEmpty {
                    problem(token.line, token.column, "unexpected \"}\": directive \"\(words[0].text)\" is not terminated by \";\"")
                    words = []
                }
                guard let open = stack.popLast() else {
                    problem(token.line, token.column, "unexpected \"}\"")
                    continue
                }
                var directive = open.directive
                directive.block = open.children
                append(directive)
            }
        }
        if let first = words.first {
            problem(first.line, 1, "unexpected end of file: directive \"\(first.text)\" is not terminated by \";\"")
        }
        while let open = stack.popLast() {
            var directive = open.directive
            problem(directive.line, 1, "unexpected end of file, expecting \"}\" to close \"\(directive.name)\" begun here")
            directive.block = open.children
            append(directive)
        }
        return top
    }

    /// nginx's lexical rules, with line and column.
    struct Tokenizer {
        enum Kind { case word(String), semicolon, open, close }
        struct Token {
            let kind: Kind
            let line: Int
            let column: Int
        }
        struct SyntaxError: Error {
            let line: Int
            let column: Int
            let message: String
        }

        let bytes: [UInt8]
        var index = 0
        var line = 1
        var lineStart = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func advance() {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }

        mutating func next() throws(SyntaxError) -> Token? {
            // Whitespace and comments.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    advance()
                } else if byte == UInt8(ascii: "#") {
                    while index < bytes.count && bytes[index] != 0x0A { index += 1 }
                } else {
                    break
                }
            }
            guard index < bytes.count else { return nil }
            let startLine = line, column = index - lineStart + 1
            switch bytes[index] {
            case UInt8(ascii: ";"): advance(); return Token(kind: .semicolon, line: startLine, column: column)
            case UInt8(ascii: "{"): advance(); return Token(kind: .open, line: startLine, column: column)
            case UInt8(ascii: "}"): advance(); return Token(kind: .close, line: startLine, column: column)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let quote = bytes[index]
                advance()
                var value: [UInt8] = []
                while index < bytes.count && bytes[index] != quote {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        advance()
                        let escaped = bytes[index]
                        switch escaped {
                        case UInt8(ascii: "n"): value.append(0x0A)
                        case UInt8(ascii: "t"): value.append(0x09)
                        case UInt8(ascii: "r"): value.append(0x0D)
                        case quote, UInt8(ascii: "\\"): value.append(escaped)
                        default: value += [UInt8(ascii: "\\"), escaped]
                        }
                    } else {
                        value.append(bytes[index])
                    }
                    advance()
                }
                guard index < bytes.count else {
                    throw SyntaxError(line: startLine, column: column, message: "unexpected end of file inside a quoted string begun here")
                }
                advance()
                return Token(kind: .word(RawPath.decode(value)), line: startLine, column: column)
            default:
                var value: [UInt8] = []
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "{")
                        || byte == UInt8(ascii: "}")
                    {
                        // `${var}` keeps its braces.
                        if byte == UInt8(ascii: "{"), value.last == UInt8(ascii: "$") {
                            value.append(byte)
                            advance()
                            continue
                        }
                        if byte == UInt8(ascii: "}"), value.contains(UInt8(ascii: "{")) && !value.contains(UInt8(ascii: "}")) {
                            value.append(byte)
                            advance()
                            continue
                        }
                        break
                    }
                    if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        advance()
                    }
                    value.append(bytes[index])
                    advance()
                }
                return Token(kind: .word(RawPath.decode(value)), line: startLine, column: column)
            }
        }
    }

    /// The TLS sites: each `server` in `http` or `stream` that listens with `ssl` (or
    /// `quic`, or has the old `ssl on;`), with the ssl_ directives inherited from the
    /// enclosing block when the server does not set them.
    static func sites(_ directives: [ConfigDirective], includes: ConfigIncludes, notTLS: inout [ConfigProblem]) -> [TLSSite] {
        var sites: [TLSSite] = []
        for context in directives where context.name == "http" || context.name == "stream" {
            let outer = context.block ?? []
            for server in outer where server.name == "server" {
                let inner = server.block ?? []
                func values(_ name: String) -> [ConfigDirective] {
                    let own = inner.filter { $0.name == name }
                    return own.isEmpty ? outer.filter { $0.name == name } : own
                }
                let listens = inner.filter { $0.name == "listen" }
                let sslOn = values("ssl").contains { $0.arguments.first == "on" }
                let isTLS = sslOn || listens.contains { $0.arguments.contains("ssl") || $0.arguments.contains("quic") }
                func references(_ name: String) -> [ConfigFileReference] {
                    values(name).compactMap { directive in
                        guard let written = directive.arguments.first else { return nil }
                        // `data:` certificates and `$variable` paths are decided per request.
                        if written.hasPrefix("data:") || written.contains("$") { return nil }
                        return ConfigFileReference(directive: name, written: written, path: includes.resolve(written),
                                                   configFile: directive.file, line: directive.line)
                    }
                }
                let certificates = references("ssl_certificate")
                // A forgotten ";" joins the next directive to this one's arguments: nginx
                // accepts it and the next directive is lost.
                for directive in inner where directive.name == "server_name" || directive.name == "listen" {
                    if let swallowed = directive.arguments.first(where: { $0.hasPrefix("ssl_") || $0 == "listen" || $0 == "server_name" || $0 == "root" }) {
                        notTLS.append(ConfigProblem(file: directive.file, line: directive.line,
                            message: "\(directive.name) has \"\(swallowed)\" among its arguments: a \";\" is missing at the end of this line, so the directive after it is lost"))
                    }
                }
                if isTLS && certificates.isEmpty && !values("ssl_certificate").contains(where: { $0.arguments.first?.contains("$") ?? false }) {
                    notTLS.append(ConfigProblem(file: server.file, line: server.line,
                        message: "no \"ssl_certificate\" is defined for the \"listen ... ssl\" of this server: nginx -t fails and the server does not start"))
                }
                guard isTLS else {
                    if !certificates.isEmpty && !server.children("ssl_certificate").isEmpty {
                        notTLS.append(ConfigProblem(file: server.file, line: server.line,
                            message: "this server sets ssl_certificate but no listen has the ssl parameter: nginx serves it without TLS"))
                    }
                    continue
                }
                guard !certificates.isEmpty else { continue }
                sites.append(TLSSite(
                    title: "nginx \(context.name == "stream" ? "stream " : "")server at \(RawPath.display(server.file)):\(server.line)",
                    configFile: server.file, line: server.line,
                    listen: listens.map { $0.arguments.joined(separator: " ") },
                    names: inner.filter { $0.name == "server_name" }.flatMap(\.arguments),
                    certificates: certificates, keys: references("ssl_certificate_key"),
                    caFiles: references("ssl_trusted_certificate") + references("ssl_client_certificate"),
                    passwordFile: references("ssl_password_file").first))
            }
        }
        return sites
    }
}
