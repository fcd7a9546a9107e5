/// One RFC 1421 encapsulated header inside a PEM block (`Proc-Type: 4,ENCRYPTED`,
/// `DEK-Info: AES-128-CBC,...`). RFC 7468 section 2 drops headers; OpenSSL still writes
/// them for its legacy encrypted private keys, so the lax reader keeps them.
public struct PEMHeader: Hashable, Sendable {
    /// The header name, as written (`Proc-Type`).
    public let name: String
    /// The value with surrounding whitespace removed; continuation lines are joined with
    /// a single space (RFC 1421 section 4.6 folding).
    public let value: String
    /// The 1-based line the header starts on.
    public let line: Int

    /// A header `name: value` that starts on 1-based line `line`.
    public init(name: String, value: String, line: Int) {
        self.name = name
        self.value = value
        self.line = line
    }
}
