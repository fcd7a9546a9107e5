#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which trust store a command uses and why: the `--ca` files the user named, else the
/// default store chosen by the variables OpenSSL reads (and Go, curl and Python's `ssl`
/// with it): `SSL_CERT_FILE` (a bundle file) and `SSL_CERT_DIR` (certificate directories,
/// colon-separated); without either, the distribution's bundle (or its directory).
///
/// One deliberate difference: OpenSSL loads the file half and the directory half
/// separately, each from its variable or its compiled-in default, so with only
/// `SSL_CERT_FILE` set it still looks certificates up in the default directory. Here, when
/// either variable is set the store is exactly what they name, so that the variable names
/// the whole store (as `curl --cacert` and Python's `cafile=` do) and the answer does not
/// depend on what else is installed.
///
/// ```swift
/// let choice = TrustStoreChoice.resolve(caPaths: [], environment: ["SSL_CERT_FILE": "/tmp/ca.pem"])
/// choice.locations  // [/tmp/ca.pem from SSL_CERT_FILE]
/// ```
public struct TrustStoreChoice: Sendable, Hashable {
    /// Where a location of the store came from.
    public enum Origin: String, Sendable, Hashable, CaseIterable {
        /// Named with `--ca`.
        case option = "--ca"
        /// Named as a command's argument (`x509dump bundle FILE`).
        case argument = "argument"
        /// The `SSL_CERT_FILE` environment variable.
        case sslCertFile = "SSL_CERT_FILE"
        /// The `SSL_CERT_DIR` environment variable (a colon-separated list, as OpenSSL reads it).
        case sslCertDir = "SSL_CERT_DIR"
        /// The operating system's default bundle or directory.
        case system = "system default"
    }

    /// One file or directory of the store.
    public struct Location: Sendable, Hashable {
        /// The path as named (a file, or a directory of certificates).
        public var path: String
        /// Where it came from.
        public var origin: Origin

        /// A location: `path` (a bundle file or a directory of certificates) and where it was
        /// named.
        public init(path: String, origin: Origin) {
            self.path = path
            self.origin = origin
        }
    }

    /// The files and directories of the store, in the order they are read. Empty when no
    /// store was named and the system has none.
    public var locations: [Location]

    /// A store made of `locations`, read in that order; `resolve` chooses
    /// them as OpenSSL would.
    public init(locations: [Location]) {
        self.locations = locations
    }

    /// The paths, in order.
    public var paths: [String] { locations.map(\.path) }

    /// True when the store is the default one (not `--ca`).
    public var isDefault: Bool { !locations.contains { $0.origin == .option || $0.origin == .argument } }

    /// "/etc/ssl/certs/ca-certificates.crt (system default)", "/tmp/ca.pem (SSL_CERT_FILE)",
    /// "ca.pem (--ca)"; "no trust store" when empty.
    public var description: String {
        guard !locations.isEmpty else { return "no trust store" }
        return locations.map { "\($0.path) (\($0.origin.rawValue))" }.joined(separator: ", ")
    }

    /// The store named by `caPaths` (`--ca`); else what `SSL_CERT_FILE` and `SSL_CERT_DIR` of
    /// `environment` name (an empty value counts as unset); else the system store, the first
    /// of `systemBundlePaths` that exists or, without one, the first existing directory of
    /// `systemDirectoryPaths`.
    public static func resolve(
        caPaths: [String], environment: [String: String],
        systemBundlePaths: [String] = TrustStore.systemBundlePaths,
        systemDirectoryPaths: [String] = TrustStore.systemDirectoryPaths
    ) -> TrustStoreChoice {
        if !caPaths.isEmpty {
            return TrustStoreChoice(locations: caPaths.map { Location(path: $0, origin: .option) })
        }
        var locations: [Location] = []
        if let file = environment["SSL_CERT_FILE"], !file.isEmpty {
            locations.append(Location(path: file, origin: .sslCertFile))
        }
        if let directories = environment["SSL_CERT_DIR"] {
            for directory in directories.split(separator: ":").map(String.init) where !directory.isEmpty {
                locations.append(Location(path: directory, origin: .sslCertDir))
            }
        }
        if !locations.isEmpty { return TrustStoreChoice(locations: locations) }
        if let bundle = systemBundlePaths.first(where: isFile) {
            return TrustStoreChoice(locations: [Location(path: bundle, origin: .system)])
        }
        if let directory = systemDirectoryPaths.first(where: isDirectory) {
            return TrustStoreChoice(locations: [Location(path: directory, origin: .system)])
        }
        return TrustStoreChoice(locations: [])
    }

    /// The variables `resolve` reads, from the process environment.
    public static func processEnvironment(_ names: [String] = ["SSL_CERT_FILE", "SSL_CERT_DIR"]) -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }

    static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
