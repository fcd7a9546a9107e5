import PureX509

/// The trust store a command used, as JSON: `[{"path": ..., "from": "--ca" |
/// "SSL_CERT_FILE" | "SSL_CERT_DIR" | "system default"}]`, `null` when none.
enum TrustStoreRendering {
    static func json(_ choice: TrustStoreChoice?) -> JSONValue {
        guard let choice, !choice.locations.isEmpty else { return .null }
        return .array(choice.locations.map { location in
            .object([("path", .string(location.path)), ("from", .string(location.origin.rawValue))])
        })
    }

    /// "trust store: /tmp/ca.pem (SSL_CERT_FILE)".
    static func text(_ choice: TrustStoreChoice) -> String {
        "trust store: \(choice.description)"
    }

    /// One other store's verdict: `{"kind", "paths", "clients", "trusts", "anchor",
    /// "readable"}`.
    static func verdict(_ verdict: TrustStoreVerdict) -> JSONValue {
        .object([
            ("kind", .string(verdict.store.kind.rawValue)),
            ("paths", .array(verdict.store.paths.map { .string($0) })),
            ("clients", .string(verdict.store.clients)),
            ("trusts", .bool(verdict.trusts)),
            ("anchor", verdict.anchor.map { .string($0.subject.rfc4514String) } ?? .null),
            ("readable", .bool(!verdict.unreadable)),
        ])
    }
}
