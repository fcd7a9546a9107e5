/// Apache httpd configuration syntax: one directive per line (a trailing backslash joins
/// lines), `#` comments, `<Section args>` ... `</Section>` blocks, quoted arguments,
/// `Include`/`IncludeOptional` with globs and directories resolved against ServerRoot.
/// Directive and section names are case-insensitive: they are kept lowercased.
struct ApacheConfigParser {
    var includes: ConfigIncludes

    init(serverRoot: String) { includes = ConfigIncludes(base: serverRoot) }

    /// The directives of `path` with includes spliced in.
    mutating func parse(file path: String, from parent: String? = nil, line: Int = 1, depth: Int = 0) -> [ConfigDirective] {
        guard let bytes = includes.read(path, from: parent, line: line, depth: depth) else { return [] }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var stack: [(directive: ConfigDirective, children: [ConfigDirective])] = []
        var top: [ConfigDirective] = []
        func append(_ directive: ConfigDirective) {
            if stack.isEmpty { top.append(directive) } else { stack[stack.count - 1].children.append(directive) }
        }
        var number = 0
        while number < lines.count {
            let first = number + 1
            var text = String(lines[number])
            number += 1
            while text.hasSuffix("\\") || text.hasSuffix("\\\r"), number < lines.count {
                text = String(text.dropLast(text.hasSuffix("\r") ? 2 : 1)) + " " + lines[number]
                number += 1
            }
            let trimmed = text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed()
            let line = String(trimmed)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("</") {
                let name = line.dropFirst(2).prefix { $0 != ">" && $0 != " " }.lowercased()
                guard let open = stack.last, open.directive.name == name else {
                    let expected = stack.last.map { " (expected </\($0.directive.name)> for line \($0.directive.line))" } ?? ""
                    includes.report(ConfigProblem(file: path, line: first, column: text.distance(from: text.startIndex, to: text.firstIndex(of: "<")!) + 1,
                                                  message: "</\(name)> without matching <\(name)> section\(expected)"))
                    continue
                }
                stack.removeLast()
                var directive = open.directive
                directive.block = open.children
                append(directive)
                continue
            }
            if line.hasPrefix("<") {
                guard line.hasSuffix(">") else {
                    includes.report(ConfigProblem(file: path, line: first, column: 1, message: "section opening \(line) is not closed by \">\""))
                    continue
                }
                let inside = String(line.dropFirst().dropLast())
                let words = Self.words(inside)
                stack.append((ConfigDirective(name: (words.first ?? "").lowercased(), arguments: Array(words.dropFirst()), block: [], file: path, line: first), []))
                continue
            }
            let words = Self.words(line)
            guard let name = words.first?.lowercased() else { continue }
            let arguments = Array(words.dropFirst())
            if name == "include" || name == "includeoptional" {
                for pattern in arguments {
                    for included in includes.expand(pattern, from: path, line: first, directive: words[0], optional: name == "includeoptional") {
                        for directive in parse(file: included, from: path, line: first, depth: depth + 1) { append(directive) }
                    }
                }
                continue
            }
            if name == "serverroot", let root = arguments.first, depth == 0 || includes.base.isEmpty {
                includes.base = root
            }
            append(ConfigDirective(name: name, arguments: arguments, block: nil, file: path, line: first))
        }
        while let open = stack.popLast() {
            includes.report(ConfigProblem(file: path, line: open.directive.line, column: 1,
                                          message: "<\(open.directive.name)> section is never closed (end of file)"))
            var directive = open.directive
            directive.block = open.children
            append(directive)
        }
        return top
    }

    /// Arguments split at spaces, double or single quotes kept together.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// `<IfModule>`, `<IfDefine>`, `<IfVersion>`, `<IfFile>` and `<Macro>`-free sections
    /// apply to their parent: flattened so that a VirtualHost inside `<IfModule ssl_module>`
    /// (Debian's default-ssl.conf) is found.
    static func flattened(_ directives: [ConfigDirective]) -> [ConfigDirective] {
        directives.flatMap { directive -> [ConfigDirective] in
            if directive.name.hasPrefix("if"), let block = directive.block { return flattened(block) }
            var copy = directive
            copy.block = directive.block.map(flattened)
            return [copy]
        }
    }

    /// The TLS sites: each `<VirtualHost>` with `SSLEngine on` (in it or at the top level)
    /// and a certificate, with the server-wide SSL directives inherited.
    static func sites(_ directives: [ConfigDirective], includes: ConfigIncludes) -> [TLSSite] {
        let outer = flattened(directives)
        var sites: [TLSSite] = []
        for host in outer where host.name == "virtualhost" {
            let inner = host.block ?? []
            func values(_ name: String) -> [ConfigDirective] {
                let own = inner.filter { $0.name == name }
                return own.isEmpty ? outer.filter { $0.name == name } : own
            }
            guard values("sslengine").last?.arguments.first?.lowercased() == "on" else { continue }
            func references(_ name: String, _ shown: String) -> [ConfigFileReference] {
                values(name).compactMap { directive in
                    guard let written = directive.arguments.first else { return nil }
                    return ConfigFileReference(directive: shown, written: written, path: includes.resolve(written),
                                               configFile: directive.file, line: directive.line)
                }
            }
            var names = inner.filter { $0.name == "servername" }.compactMap(\.arguments.first)
            names += inner.filter { $0.name == "serveralias" }.flatMap(\.arguments)
            if names.isEmpty, let global = outer.last(where: { $0.name == "servername" })?.arguments.first { names = [global] }
            sites.append(TLSSite(
                title: "Apache <VirtualHost \(host.arguments.joined(separator: " "))> at \(RawPath.display(host.file)):\(host.line)",
                configFile: host.file, line: host.line, listen: host.arguments, names: names,
                certificates: references("sslcertificatefile", "SSLCertificateFile"),
                keys: references("sslcertificatekeyfile", "SSLCertificateKeyFile"),
                chainFiles: references("sslcertificatechainfile", "SSLCertificateChainFile"),
                caFiles: references("sslcacertificatefile", "SSLCACertificateFile")))
        }
        return sites
    }
}
