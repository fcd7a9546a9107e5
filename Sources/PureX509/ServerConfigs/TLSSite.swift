/// One TLS site a server configuration defines: an nginx `server` with `listen ... ssl`, an
/// Apache `<VirtualHost>` with `SSLEngine on`, an HAProxy `bind ... ssl crt FILE` (one site
/// per certificate file), or a TensorFlow Serving SSL config.
public struct TLSSite: Sendable, Hashable {
    /// What it is, for a person: "nginx server at /etc/nginx/sites-enabled/shop:3".
    public let title: String
    /// The configuration file and line that define it.
    public let configFile: String
    /// Its line.
    public let line: Int
    /// The addresses it listens on, as written (`443 ssl`, `*:443`, `:443`).
    public let listen: [String]
    /// The names it serves, as written (`server_name`, `ServerName`, `ServerAlias`).
    public let names: [String]
    /// The certificate files (nginx and Apache allow one per key type: RSA and ECDSA).
    public let certificates: [ConfigFileReference]
    /// The key files, paired with `certificates` by position; fewer when a key is inside its
    /// certificate file (Apache, HAProxy) or missing.
    public let keys: [ConfigFileReference]
    /// Intermediate certificates served after each certificate (Apache's
    /// `SSLCertificateChainFile`).
    public let chainFiles: [ConfigFileReference]
    /// CA files for client certificates or OCSP (`ssl_client_certificate`,
    /// `ssl_trusted_certificate`, `SSLCACertificateFile`, `ca-file`): read and checked for
    /// format, not part of the served chain.
    public let caFiles: [ConfigFileReference]
    /// nginx's `ssl_password_file`: passwords for encrypted keys, one per line.
    public let passwordFile: ConfigFileReference?

    /// A site.
    package init(
        title: String, configFile: String, line: Int, listen: [String], names: [String], certificates: [ConfigFileReference],
        keys: [ConfigFileReference], chainFiles: [ConfigFileReference] = [], caFiles: [ConfigFileReference] = [],
        passwordFile: ConfigFileReference? = nil
    ) {
        self.title = title
        self.configFile = configFile
        self.line = line
        self.listen = listen
        self.names = names
        self.certificates = certificates
        self.keys = keys
        self.chainFiles = chainFiles
        self.caFiles = caFiles
        self.passwordFile = passwordFile
    }

    /// The host names a client would connect with, and the names that cannot be checked
    /// with why: nginx regular expressions (`~^www\d+\.`), suffix wildcards (`example.*`),
    /// the catch-all `_`. A leading wildcard (`*.example.com`, nginx's `.example.com`) is
    /// checked with a sample name under it.
    public var hostsToCheck: (hosts: [String], notChecked: [(name: String, reason: String)]) {
        var hosts: [String] = []
        var notChecked: [(String, String)] = []
        func add(_ host: String) { if !hosts.contains(host) { hosts.append(host) } }
        for raw in names {
            var name = raw.lowercased()
            if let scheme = name.firstRange(of: "://") { name = String(name[scheme.upperBound...]) }
            if name.hasPrefix("["), let close = name.firstIndex(of: "]") {
                name = String(name[name.index(after: name.startIndex)..<close])  // [::1]:443
            } else if name.filter({ $0 == ":" }).count == 1, let colon = name.lastIndex(of: ":") {
                name = String(name[..<colon])  // ServerName www.example.com:443
            }
            if name.isEmpty || name == "_" || name == "\"\"" || name == "localhost" && names.count > 1 {
                if name == "_" { notChecked.append((raw, "the catch-all name")) }
                continue
            }
            if name.hasPrefix("~") {
                notChecked.append((raw, "a regular expression: not checked"))
            } else if name.hasSuffix(".*") {
                notChecked.append((raw, "a suffix wildcard: no certificate can cover it; not checked"))
            } else if name.hasPrefix("*.") {
                add("wildcard-check" + name.dropFirst())
            } else if name.hasPrefix(".") {
                // nginx: ".example.com" is example.com and *.example.com.
                add(String(name.dropFirst()))
                add("wildcard-check" + name)
            } else {
                add(name)
            }
        }
        return (hosts, notChecked)
    }
}
