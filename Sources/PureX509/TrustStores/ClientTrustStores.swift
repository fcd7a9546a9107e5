#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the trust stores other clients on this machine use, to say "works in the browser,
/// fails in code" with names: which store trusts a chain and which client reads which store.
///
/// Nothing is run: certifi's `cacert.pem` is found by looking in the usual site-packages
/// folders (the active virtual environment's only, when `VIRTUAL_ENV` is set, since that is
/// the Python that runs), not by starting Python.
public enum ClientTrustStores {
    /// The environment variables `locate` reads.
    public static let environmentNames = [
        "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "NODE_EXTRA_CA_CERTS", "VIRTUAL_ENV", "HOME",
    ]

    /// Where certifi's bundle is looked for, in order (glob patterns; `$HOME` is replaced).
    /// The first pattern that matches wins, and within it the last match (the newest
    /// Python version).
    public static let certifiPatterns = [
        "/usr/lib/python3/dist-packages/certifi/cacert.pem",
        "/usr/local/lib/python3*/dist-packages/certifi/cacert.pem",
        "/usr/local/lib/python3*/site-packages/certifi/cacert.pem",
        "/usr/lib/python3*/site-packages/certifi/cacert.pem",
        "/usr/lib64/python3*/site-packages/certifi/cacert.pem",
        "$HOME/.local/lib/python3*/site-packages/certifi/cacert.pem",
        "$HOME/.pyenv/versions/*/lib/python3*/site-packages/certifi/cacert.pem",
        "/opt/homebrew/lib/python3*/site-packages/certifi/cacert.pem",
    ]

    /// What each client reads, for messages.
    public static let whoUsesWhat = "Which client uses which store: Python requests uses certifi's bundle (or the file REQUESTS_CA_BUNDLE names), not the system store; curl uses its CA file (CURL_CA_BUNDLE or --cacert; on Debian, Ubuntu and Fedora the system bundle); Node.js uses the Mozilla store compiled into it plus NODE_EXTRA_CA_CERTS, not the system store (unless started with --use-openssl-ca); Java uses its cacerts keystore ($JAVA_HOME/lib/security/cacerts; Debian fills /etc/ssl/certs/java/cacerts from the system store); OpenSSL-based tools, Go and Python's ssl module use the default store (SSL_CERT_FILE, SSL_CERT_DIR, else the system bundle)."

    /// How to give each client a root, for fixes.
    public static func howToTrust(_ root: String) -> String {
        "To trust \(root) everywhere: install it in the system store (Debian/Ubuntu: copy it to /usr/local/share/ca-certificates/NAME.crt and run update-ca-certificates; Fedora: /etc/pki/ca-trust/source/anchors/ and update-ca-trust); for Python requests, REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt (or verify='bundle.pem'); for Node.js, NODE_EXTRA_CA_CERTS=root.pem; for Java, keytool -importcert -cacerts -alias NAME -file root.pem; for curl, --cacert or CURL_CA_BUNDLE."
    }

    /// The stores other than `used` (the one the check runs against): the default store
    /// when `used` is `--ca`, then `REQUESTS_CA_BUNDLE`, certifi's bundle, `CURL_CA_BUNDLE`
    /// and `NODE_EXTRA_CA_CERTS`. A store whose files are those of one listed before (or of
    /// `used`) is left out. `certifiPaths` replaces the search for certifi (tests pass their
    /// own; nil searches `certifiPatterns`).
    public static func locate(
        used: TrustStoreChoice, environment: [String: String], certifiPaths: [String]? = nil,
        systemBundlePaths: [String] = TrustStore.systemBundlePaths,
        systemDirectoryPaths: [String] = TrustStore.systemDirectoryPaths
    ) -> [ClientTrustStore] {
        var stores: [ClientTrustStore] = []
        let usedKeys = Set(used.paths.map(canonical))
        func add(_ store: ClientTrustStore) {
            let keys = Set(store.paths.map(canonical))
            guard !keys.isEmpty, !keys.isSubset(of: usedKeys) else { return }
            // The same files as a store already listed (REQUESTS_CA_BUNDLE naming the system
            // bundle, Debian's certifi linking to it): one store, more clients.
            if let same = stores.firstIndex(where: { Set($0.paths.map(canonical)) == keys }) {
                stores[same].clients += "; " + store.clients
                return
            }
            stores.append(store)
        }
        if !used.isDefault {
            let defaultStore = TrustStoreChoice.resolve(
                caPaths: [], environment: environment, systemBundlePaths: systemBundlePaths, systemDirectoryPaths: systemDirectoryPaths)
            if !defaultStore.locations.isEmpty {
                add(ClientTrustStore(
                    kind: .defaultStore, paths: defaultStore.paths, name: "the default store \(defaultStore.description)",
                    clients: "curl, wget, Go, Python's ssl module and other OpenSSL-based clients"))
            }
        }
        if let bundle = environment["REQUESTS_CA_BUNDLE"], !bundle.isEmpty {
            add(ClientTrustStore(kind: .requestsCABundle, paths: [bundle], name: "REQUESTS_CA_BUNDLE \(bundle)", clients: "Python requests"))
        }
        if let certifi = certifiPaths ?? findCertifi(environment: environment).map({ [$0] }), !certifi.isEmpty {
            let overridden = environment["REQUESTS_CA_BUNDLE"].map { !$0.isEmpty } ?? false
            add(ClientTrustStore(
                kind: .certifi, paths: certifi, name: "certifi's bundle \(certifi.joined(separator: ", "))",
                clients: overridden ? "Python code that imports certifi, but not requests while REQUESTS_CA_BUNDLE is set" : "Python requests, pip, and Python code that imports certifi"))
        }
        if let bundle = environment["CURL_CA_BUNDLE"], !bundle.isEmpty {
            add(ClientTrustStore(kind: .curlCABundle, paths: [bundle], name: "CURL_CA_BUNDLE \(bundle)", clients: "curl, and Python requests when REQUESTS_CA_BUNDLE is not set"))
        }
        if let extra = environment["NODE_EXTRA_CA_CERTS"], !extra.isEmpty {
            add(ClientTrustStore(kind: .nodeExtraCACerts, paths: [extra], name: "NODE_EXTRA_CA_CERTS \(extra)", clients: "Node.js, which adds it to its own store"))
        }
        return stores
    }

    /// certifi's `cacert.pem`: in `$VIRTUAL_ENV` when set, else the first of
    /// `certifiPatterns` that exists.
    public static func findCertifi(environment: [String: String]) -> String? {
        if let venv = environment["VIRTUAL_ENV"], !venv.isEmpty {
            return glob(venv + "/lib/python3*/site-packages/certifi/cacert.pem").last
        }
        let home = environment["HOME"] ?? ""
        for pattern in certifiPatterns {
            if pattern.hasPrefix("$HOME") && home.isEmpty { continue }
            if let found = glob(pattern.replacingHome(home)).last { return found }
        }
        return nil
    }

    /// The regular files matching `pattern`, sorted.
    static func glob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            if let path = result.gl_pathv[index].map({ String(cString: $0) }), TrustStoreChoice.isFile(path) { paths.append(path) }
        }
        return paths.sorted()
    }

    /// The path with symbolic links resolved (Debian's certifi links to the system bundle),
    /// or the path itself when it does not exist.
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension String {
    fileprivate func replacingHome(_ home: String) -> String {
        hasPrefix("$HOME") ? home + dropFirst(5) : self
    }
}
