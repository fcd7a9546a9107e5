extension OID {
    /// OpenSSL's short name (`CN`, `RSA-SHA256`, `basicConstraints`), or nil when the
    /// identifier is not in `OIDRegistry`.
    public var shortName: String? { OIDRegistry.lookup(self)?.shortName }

    /// OpenSSL's long name (`commonName`, `sha256WithRSAEncryption`,
    /// `X509v3 Basic Constraints`), or nil when the identifier is not in `OIDRegistry`.
    public var longName: String? { OIDRegistry.lookup(self)?.longName }

    /// The long name when known, else the dotted form: what `openssl` prints for it.
    public var displayName: String { longName ?? dotted }

    /// The identifier with this OpenSSL short name (`CN`, `serverAuth`), or nil.
    public init?(shortName: String) {
        guard let oid = OIDRegistry.oid(shortName: shortName) else { return nil }
        self = oid
    }

    /// The identifier named by a short name, a long name or the dotted form, tried in
    /// that order (as OpenSSL's `OBJ_txt2obj` does); nil when none matches.
    public init?(name: String) {
        if let oid = OIDRegistry.oid(shortName: name) ?? OIDRegistry.oid(longName: name) ?? OID(dotted: name) {
            self = oid
        } else {
            return nil
        }
    }
}
