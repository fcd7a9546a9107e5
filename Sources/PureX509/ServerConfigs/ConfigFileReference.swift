/// A file a server configuration names (`ssl_certificate /etc/ssl/site.pem;`): the path as
/// written, the path the server would open, and where the configuration names it.
public struct ConfigFileReference: Sendable, Hashable {
    /// The directive (`ssl_certificate`, `SSLCertificateFile`, `crt`).
    public let directive: String
    /// The path as written in the configuration.
    public let written: String
    /// The path the server opens: relative paths resolved as that server does.
    public let path: String
    /// The configuration file that names it.
    public let configFile: String
    /// Its line there.
    public let line: Int

    /// A reference.
    package init(directive: String, written: String, path: String, configFile: String, line: Int) {
        self.directive = directive
        self.written = written
        self.path = path
        self.configFile = configFile
        self.line = line
    }

    /// "ssl_certificate at /etc/nginx/sites-enabled/shop:14".
    public var location: String { "\(directive) at \(RawPath.display(configFile)):\(line)" }
}
