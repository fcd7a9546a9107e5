/// A trust store that some client on this machine uses, besides the one a check ran
/// against: the default store (`SSL_CERT_FILE`, `SSL_CERT_DIR` or the system bundle),
/// certifi's bundle (Python requests), or a bundle named by `REQUESTS_CA_BUNDLE`,
/// `CURL_CA_BUNDLE` or `NODE_EXTRA_CA_CERTS`. Found by `ClientTrustStores.locate`.
public struct ClientTrustStore: Sendable, Hashable {
    /// Which store it is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The default store of OpenSSL-based clients and Go (see `TrustStoreChoice`).
        case defaultStore = "default"
        /// The `cacert.pem` of Python's certifi package, which requests uses.
        case certifi
        /// `REQUESTS_CA_BUNDLE`: replaces certifi for Python requests.
        case requestsCABundle = "REQUESTS_CA_BUNDLE"
        /// `CURL_CA_BUNDLE`: curl's CA file (Python requests reads it too).
        case curlCABundle = "CURL_CA_BUNDLE"
        /// `NODE_EXTRA_CA_CERTS`: added by Node.js to the store compiled into it.
        case nodeExtraCACerts = "NODE_EXTRA_CA_CERTS"

        /// True when the store is the whole store of its clients (NODE_EXTRA_CA_CERTS only
        /// adds to Node's own store, so a chain it does not trust may still be trusted).
        public var isComplete: Bool { self != .nodeExtraCACerts }
    }

    /// Which store it is.
    public var kind: Kind
    /// The files or directories it is read from.
    public var paths: [String]
    /// How it is named in messages: "the default store /etc/ssl/certs/ca-certificates.crt
    /// (system default)", "certifi's bundle /usr/lib/python3/dist-packages/certifi/cacert.pem".
    public var name: String
    /// The clients that use it, for messages.
    public var clients: String

    /// A store of `kind` read from `paths`, named `name` in messages, used by `clients` (such as
    /// "Python requests").
    public init(kind: Kind, paths: [String], name: String, clients: String) {
        self.kind = kind
        self.paths = paths
        self.name = name
        self.clients = clients
    }
}
