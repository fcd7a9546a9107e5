extension SignatureAlgorithm.Kind {
    /// A short name for messages: "RSA PKCS#1 v1.5", "RSASSA-PSS", "ECDSA", "Ed25519".
    var name: String {
        switch self {
        case .rsaPKCS1v15: "RSA PKCS#1 v1.5"
        case .rsaPSS: "RSASSA-PSS"
        case .ecdsa: "ECDSA"
        case .ed25519: "Ed25519"
        case .dsa: "DSA"
        }
    }
}
