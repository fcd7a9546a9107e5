import PureX509

/// What `x509dump show` prints for a Java keystore (JKS, JCEKS): the store, its integrity,
/// and each entry by alias with its kind, its certificates and its key (type, protection,
/// which certificate it matches). Key values are never rendered.
enum KeyStoreRenderer {
    static func textLines(_ store: JavaKeyStore, place: String, certificates: [KeyRenderer.CertificateReference]) -> [String] {
        let keyCount = store.entries.filter { if case .privateKey = $0.content { return true } else { return false } }.count
        var lines = ["Java keystore \(store.format.rawValue) (\(place)): \(KeyRenderer.count(store.entries.count, "entry").replacingEntries), "
            + KeyRenderer.count(keyCount, "private key")]
        lines.append(KeyRenderer.row("Integrity", integrityText(store)))
        for (index, entry) in store.entries.enumerated() {
            lines.append(KeyRenderer.row("Entry \(index + 1)", entryText(entry, certificates: certificates)))
        }
        return lines
    }

    static func integrityText(_ store: JavaKeyStore) -> String {
        switch store.integrity {
        case .verified: return "SHA-1 keystore digest, verified with the password given"
        case .notChecked: return "SHA-1 keystore digest, not checked (no password given; private keys not read)"
        }
    }

    static func entryText(_ entry: JavaKeyStoreEntry, certificates: [KeyRenderer.CertificateReference]) -> String {
        var text = "\"\(entry.alias)\" \(entry.kindName)"
        switch entry.content {
        case .trustedCertificate(let certificate):
            text += ": " + certificate.subject.rfc4514String
        case .privateKey(let key, let chain):
            text += ", chain of \(chain.count)"
            if let first = chain.first { text += " from " + first.subject.rfc4514String }
            if let key {
                text += "; key " + key.summary + (key.protection.map { ", " + $0.name } ?? "")
                let matching = certificates.filter { key.matches($0.certificate).isMatch }
                text += matching.isEmpty ? "; matches none of the certificates given" : "; matches " + matching.map(\.label).joined(separator: "; ")
            } else if let problem = entry.keyProblem {
                text += "; key \(entry.keyProtectionName ?? "protected") not read: " + problem.message
            }
        }
        return text
    }

    static func json(_ store: JavaKeyStore, certificates: [KeyRenderer.CertificateReference]) -> [(String, JSONValue)] {
        let entries: [JSONValue] = store.entries.map { entry in
            var members: [(String, JSONValue)] = [("alias", .string(entry.alias)), ("kind", .string(entry.kindName)),
                                                  ("offset", .int(entry.offset))]
            members.append(("certificates", .array(entry.certificates.map { .string($0.subject.rfc4514String) })))
            if case .privateKey(let key, _) = entry.content {
                members.append(("keyProtection", entry.keyProtectionName.map(JSONValue.string) ?? .null))
                if let key {
                    members.append(("key", .object([
                        ("algorithm", .string(key.algorithm.name)), ("summary", .string(key.summary)),
                        ("matches", KeyRenderer.matchJSON({ key.matches($0) }, certificates: certificates)),
                    ])))
                } else {
                    members.append(("key", .null))
                }
                members.append(("keyProblem", entry.keyProblem.map { .string($0.message) } ?? .null))
            }
            return .object(members)
        }
        return [("format", .string(store.format.rawValue)),
                ("integrity", .string(store.integrity == .verified ? "verified" : "notChecked")),
                ("entries", .array(entries))]
    }
}

private extension String {
    /// "2 entrys" -> "2 entries".
    var replacingEntries: String { hasSuffix("entrys") ? String(dropLast(6)) + "entries" : self }
}
