extension PublicKey.Kind {
    /// A short name for messages: "an RSA", "an RSASSA-PSS", "an EC", "an Ed25519".
    var name: String {
        switch self {
        case .rsa: "an RSA"
        case .rsaPSS: "an RSASSA-PSS"
        case .ecdsa: "an EC"
        case .ed25519: "an Ed25519"
        case .dsa: "a DSA"
        }
    }
}
