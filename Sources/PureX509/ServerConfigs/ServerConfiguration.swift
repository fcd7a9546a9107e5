/// A TLS server's configuration read for its certificate files: nginx, Apache httpd or
/// HAProxy (TensorFlow Serving's SSL config is read by ``Diagnosis`` itself, see
/// ``DiagnosisInput/tfServingConfig``). Every TLS site it defines, with the files it names
/// resolved as that server resolves them, and every problem with file and line.
///
/// ```swift
/// let configuration = ServerConfiguration(path: "/etc/nginx/nginx.conf")
/// for site in configuration.sites {
///     print(site.title, site.names, site.certificates.map(\.path))
/// }
/// ```
public struct ServerConfiguration: Sendable {
    /// The servers whose configurations are read.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// nginx (`ssl_certificate`, `server` blocks).
        case nginx
        /// Apache httpd (`SSLCertificateFile`, `<VirtualHost>`).
        case apache
        /// HAProxy (`bind ... ssl crt`).
        case haproxy
        /// TensorFlow Serving's `--ssl_config_file` (an SSLConfig message).
        case tfServing = "tf-serving"
    }

    /// The kind read.
    public let kind: Kind
    /// The main configuration file.
    public let path: String
    /// Every TLS site, in configuration order. Empty for `.tfServing`.
    public let sites: [TLSSite]
    /// Syntax errors, includes that name nothing, files that could not be read, servers
    /// that name a certificate without listening with TLS.
    public let problems: [ConfigProblem]
    /// Every configuration file read (the main one and its includes).
    public let filesRead: [String]

    /// Reads the configuration at `path`; `kind` nil guesses it from the file's name and text.
    /// `base` overrides the directory relative paths are resolved against (nginx's prefix:
    /// by default the main file's directory, as `nginx -c FILE` with the default prefix
    /// layout of distribution packages; Apache's ServerRoot when the file sets none).
    public init(path: String, kind: Kind? = nil, base: String? = nil) {
        self.path = path
        var bytes: [UInt8] = []
        var readProblem: ConfigProblem?
        do {
            bytes = try RegularFile.read(path, maximumSize: 16 * 1024 * 1024)
        } catch {
            readProblem = ConfigProblem(file: path, line: 1, message: error.reason)
        }
        let chosen = kind ?? Self.guessKind(name: path) ?? Self.guessKind(bytes) ?? .nginx
        self.kind = chosen
        let directory = base ?? ConfigIncludes.directory(of: path)
        if let readProblem {
            sites = []
            problems = [readProblem]
            filesRead = []
            return
        }
        switch chosen {
        case .nginx:
            var parser = NginxConfigParser(prefix: directory)
            let directives = parser.parse(file: path)
            var notTLS: [ConfigProblem] = []
            sites = NginxConfigParser.sites(directives, includes: parser.includes, notTLS: &notTLS)
            problems = parser.includes.problems + notTLS
            filesRead = parser.includes.filesRead
        case .apache:
            var parser = ApacheConfigParser(serverRoot: directory)
            let directives = parser.parse(file: path)
            sites = ApacheConfigParser.sites(directives, includes: parser.includes)
            problems = parser.includes.problems
            filesRead = parser.includes.filesRead
        case .haproxy:
            var found: [ConfigProblem] = []
            sites = HAProxyConfigParser.sites(HAProxyConfigParser.parse(bytes, file: path), configFile: path, problems: &found)
            problems = found
            filesRead = [path]
        case .tfServing:
            sites = []
            problems = []
            filesRead = [path]
        }
    }

    /// The kind the usual file names say: `nginx.conf`, `apache2.conf`/`httpd.conf`,
    /// `haproxy.cfg`, `ssl_config*`; nil for other names.
    static func guessKind(name path: String) -> Kind? {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if name.hasPrefix("nginx") { return .nginx }
        if name == "apache2.conf" || name == "httpd.conf" || name.hasPrefix("httpd-ssl") { return .apache }
        if name.hasPrefix("haproxy") { return .haproxy }
        if name.hasPrefix("ssl_config") { return .tfServing }
        return nil
    }

    /// The kind a configuration text looks like, or nil: TensorFlow Serving's fields,
    /// Apache's `SSLCertificateFile`/`<VirtualHost`/`ServerRoot`, HAProxy's `frontend`/
    /// `bind` lines, nginx's `ssl_certificate`/`server {`/`http {`.
    static func guessKind(_ bytes: [UInt8]) -> Kind? {
        let text = String(decoding: bytes.prefix(1 << 20), as: UTF8.self)
        let lower = text.lowercased()
        if lower.contains("server_cert") || lower.contains("server_key:") || lower.contains("ssl_config {") { return .tfServing }
        if lower.contains("sslcertificatefile") || lower.contains("<virtualhost") || lower.contains("serverroot") || lower.contains("sslengine")
            || lower.contains("includeoptional")
        {
            return .apache
        }
        let lines = lower.split(separator: "\n").map { $0.drop { $0 == " " || $0 == "\t" } }
        if lines.contains(where: { $0.hasPrefix("frontend ") || $0.hasPrefix("listen ") && !$0.contains(";") })
            && lines.contains(where: { $0.hasPrefix("bind ") })
        {
            return .haproxy
        }
        if lower.contains("ssl_certificate") || lower.contains("server {") || lower.contains("http {") || lower.contains("server{") {
            return .nginx
        }
        return nil
    }
}
