extension InputContents {
    /// What the input holds, in a few words, for messages: "2 certificates and a private
    /// key", "a PKCS#12 file", "nothing" (blocks that could not be read are counted too).
    public var summary: String {
        var counts: [(name: String, plural: String, count: Int)] = []
        func count(_ name: String, _ plural: String) {
            if let index = counts.firstIndex(where: { $0.name == name }) {
                counts[index].count += 1
            } else {
                counts.append((name, plural, 1))
            }
        }
        for item in items {
            switch item.content {
            case .certificate: count("a certificate", "certificates")
            case .certificateRequest: count("a certificate request", "certificate requests")
            case .crl: count("a CRL", "CRLs")
            case .privateKey: count("a private key", "private keys")
            case .encryptedPrivateKey: count("an encrypted private key", "encrypted private keys")
            case .publicKey: count("a public key", "public keys")
            case .pkcs7: count("a PKCS#7 bundle", "PKCS#7 bundles")
            case .pkcs12: count("a PKCS#12 file", "PKCS#12 files")
            case .javaKeyStore: count("a Java keystore", "Java keystores")
            case .kubernetes: count("Kubernetes objects", "Kubernetes objects")
            }
        }
        if !unreadable.isEmpty {
            counts.append(("a block that could not be read", "blocks that could not be read", unreadable.count))
        }
        let parts = counts.map { $0.count == 1 ? $0.name : "\($0.count) \($0.plural)" }
        switch parts.count {
        case 0: return "nothing"
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1]
        }
    }
}
