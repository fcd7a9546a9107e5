/// Whether the server proved it holds the private key of the leaf certificate it served.
public enum KeyPossession: Sendable, Equatable {
    /// A signature made with the leaf's key verified (what it was).
    case proven(String)
    /// Nothing the probe receives is signed with the leaf's key (static RSA key exchange),
    /// or the leaf could not be read; the reason.
    case notProven(String)
}
