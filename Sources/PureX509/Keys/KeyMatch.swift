/// Whether a private key belongs to a public key (a certificate's, a CSR's), or two public
/// keys are the same key.
public enum KeyMatch: Hashable, Sendable {
    /// Same key.
    case matches
    /// Different keys; the text says how they differ ("different modulus",
    /// "an EC key against an RSA certificate").
    case doesNotMatch(String)
    /// Cannot tell; the text says why (a key type whose public key PureX509 cannot derive
    /// and that the file does not carry, for example).
    case undetermined(String)

    /// True for `.matches`.
    public var isMatch: Bool { self == .matches }

    /// "matches", "does not match: different modulus", "cannot tell: ...".
    public var summary: String {
        switch self {
        case .matches: return "matches"
        case .doesNotMatch(let reason): return "does not match: " + reason
        case .undetermined(let reason): return "cannot tell: " + reason
        }
    }
}
