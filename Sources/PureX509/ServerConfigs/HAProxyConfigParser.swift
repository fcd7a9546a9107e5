/// HAProxy configuration syntax: sections (`global`, `defaults`, `frontend NAME`, `listen
/// NAME`, `backend NAME`) of keyword lines, `#` comments. The TLS sites are the
/// certificate files of `bind ... ssl crt FILE|DIR` lines, resolved against `crt-base`
/// (`ca-file` against `ca-base`), else against the directory of the configuration file.
struct HAProxyConfigParser {
    static let sectionNames: Set<String> = ["global", "defaults", "frontend", "listen", "backend", "resolvers", "peers", "userlist", "program", "cache", "ring", "http-errors", "mailers"]

    /// The sections, each with its lines as directives.
    static func parse(_ bytes: [UInt8], file: String) -> [ConfigDirective] {
        var sections: [ConfigDirective] = []
        for (index, raw) in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var text = String(raw)
            if let hash = text.firstIndex(of: "#") { text = String(text[..<hash]) }
            let words = ApacheConfigParser.words(text.replacingTabsAndCR())
            guard let name = words.first else { continue }
            let directive = ConfigDirective(name: name, arguments: Array(words.dropFirst()), block: nil, file: file, line: index + 1)
            let startsSection = sectionNames.contains(name) && (raw.first != " " && raw.first != "\t" || sections.isEmpty)
            if startsSection {
                var section = directive
                section.block = []
                sections.append(section)
            } else if sections.isEmpty {
                sections.append(ConfigDirective(name: "", arguments: [], block: [directive], file: file, line: index + 1))
            } else {
                sections[sections.count - 1].block!.append(directive)
            }
        }
        return sections
    }

    /// One site per certificate file of each `bind ... ssl` line (every file of a `crt`
    /// directory, except HAProxy's side files: .key, .ocsp, .issuer, .sctl).
    static func sites(_ sections: [ConfigDirective], configFile: String, problems: inout [ConfigProblem]) -> [TLSSite] {
        let global = sections.filter { $0.name == "global" }.flatMap { $0.block ?? [] }
        let directory = ConfigIncludes.directory(of: configFile)
        let crtBase = ConfigIncludes(base: global.last { $0.name == "crt-base" }?.arguments.first ?? directory)
        let caBase = ConfigIncludes(base: global.last { $0.name == "ca-base" }?.arguments.first ?? directory)
        var sites: [TLSSite] = []
        for section in sections where section.name == "frontend" || section.name == "listen" {
            for bind in section.block ?? [] where bind.name == "bind" && bind.arguments.contains("ssl") {
                var crts: [String] = [], caFiles: [ConfigFileReference] = []
                var index = 0
                let arguments = bind.arguments
                while index < arguments.count {
                    if arguments[index] == "crt", index + 1 < arguments.count { crts.append(arguments[index + 1]); index += 1 }
                    if arguments[index] == "ca-file", index + 1 < arguments.count {
                        caFiles.append(ConfigFileReference(directive: "ca-file", written: arguments[index + 1],
                            path: caBase.resolve(arguments[index + 1]), configFile: configFile, line: bind.line))
                        index += 1
                    }
                    if arguments[index] == "crt-list", index + 1 < arguments.count {
                        problems.append(ConfigProblem(file: configFile, line: bind.line, message: "crt-list \(arguments[index + 1]) is not read by x509dump: diagnose its certificate files by name"))
                        index += 1
                    }
                    index += 1
                }
                let address = arguments.first ?? ""
                for written in crts {
                    let path = crtBase.resolve(written)
                    var files = [path]
                    if RegularFile.isDirectory(path) {
                        let sideFiles = [".key", ".ocsp", ".issuer", ".sctl"]
                        files = (RegularFile.directoryEntries(path) ?? []).filter { name in !sideFiles.contains { name.hasSuffix($0) } }
                            .map { RegularFile.join(path, $0) }.filter { !RegularFile.isDirectory($0) }
                        if files.isEmpty {
                            problems.append(ConfigProblem(file: configFile, line: bind.line, message: "crt \(written): the directory \(RawPath.display(path)) holds no certificate file"))
                        }
                    }
                    for file in files {
                        let certificate = ConfigFileReference(directive: "crt", written: written, path: file, configFile: configFile, line: bind.line)
                        // HAProxy reads the key from the certificate file, else from FILE.key
                        // (ssl-load-extra-files), else with the extension replaced.
                        var keys: [ConfigFileReference] = []
                        let stem = file.lastIndex(of: ".").map { String(file[..<$0]) }
                        for candidate in [file + ".key"] + (stem.map { [$0 + ".key"] } ?? []) where candidate != file {
                            if RegularFile.isRegularFile(candidate) {
                                keys = [ConfigFileReference(directive: "crt (key beside it)", written: candidate, path: candidate, configFile: configFile, line: bind.line)]
                                break
                            }
                        }
                        sites.append(TLSSite(
                            title: "HAProxy \(section.name) \(section.arguments.first ?? "") bind \(address) crt \(RawPath.display(file)) at \(RawPath.display(configFile)):\(bind.line)",
                            configFile: configFile, line: bind.line, listen: [address], names: [],
                            certificates: [certificate], keys: keys, caFiles: caFiles))
                    }
                }
            }
        }
        return sites
    }
}

extension String {
    fileprivate func replacingTabsAndCR() -> String {
        String(map { $0 == "\t" || $0 == "\r" ? " " : $0 })
    }
}
