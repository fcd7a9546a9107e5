import PureX509

/// What `x509dump show` prints for Kubernetes Secrets and kubeconfigs: each object by name
/// with the line it starts at, and each PEM field with what it holds (certificates, a key
/// and the certificate it matches). Key values are never rendered.
enum KubernetesRenderer {
    static func textLines(_ objects: KubernetesObjects, place: String, certificates: [KeyRenderer.CertificateReference]) -> [String] {
        var lines = ["Kubernetes \(objects.syntax) (\(place)): \(KeyRenderer.count(objects.objects.count, "object"))"]
        for object in objects.objects {
            var title = object.title + " (line \(object.line))"
            if case .secret(let type) = object.kind { title += ", type " + (type ?? "none (Opaque)") }
            lines.append(KeyRenderer.row("Object", title))
            for field in object.fields {
                lines.append(KeyRenderer.row("  " + field.key, fieldText(field, certificates: certificates)))
            }
        }
        return lines
    }

    static func fieldText(_ field: KubernetesObjects.Field, certificates: [KeyRenderer.CertificateReference]) -> String {
        let origin = (field.isPlainText ? "stringData" : "base64") + ", line \(field.line)"
        guard let contents = field.contents else { return "not read: bad base64 (\(origin))" }
        var parts: [String] = []
        let certificateCount = contents.allCertificates.count
        if certificateCount > 0 {
            parts.append(KeyRenderer.count(certificateCount, "certificate") + " from " + (contents.allCertificates.first?.subject.rfc4514String ?? ""))
        }
        for key in contents.allPrivateKeys {
            let matching = certificates.filter { key.matches($0.certificate).isMatch }
            parts.append("key " + key.summary
                + (matching.isEmpty ? ", matches none of the certificates given" : ", matches " + matching.map(\.label).joined(separator: "; ")))
        }
        if parts.isEmpty { parts.append(contents.problems.isEmpty ? "nothing readable" : "not read (see the problems below)") }
        return parts.joined(separator: "; ") + " (\(origin))"
    }

    static func json(_ objects: KubernetesObjects, certificates: [KeyRenderer.CertificateReference]) -> [(String, JSONValue)] {
        let items: [JSONValue] = objects.objects.map { object in
            var members: [(String, JSONValue)] = [("title", .string(object.title)), ("name", .string(object.name)), ("line", .int(object.line))]
            switch object.kind {
            case .secret(let type): members += [("kind", .string("Secret")), ("type", type.map(JSONValue.string) ?? .null)]
            case .kubeconfigUser: members.append(("kind", .string("kubeconfigUser")))
            case .kubeconfigCluster: members.append(("kind", .string("kubeconfigCluster")))
            }
            members.append(("fields", .array(object.fields.map { field in
                var fieldMembers: [(String, JSONValue)] = [("key", .string(field.key)), ("line", .int(field.line)),
                                                           ("column", .int(field.column)), ("plainText", .bool(field.isPlainText))]
                fieldMembers.append(("certificates", .array((field.contents?.allCertificates ?? []).map { .string($0.subject.rfc4514String) })))
                fieldMembers.append(("keys", .array((field.contents?.allPrivateKeys ?? []).map { key in
                    .object([("summary", .string(key.summary)), ("matches", KeyRenderer.matchJSON({ key.matches($0) }, certificates: certificates))])
                })))
                fieldMembers.append(("readable", .bool(field.contents != nil)))
                return .object(fieldMembers)
            })))
            return .object(members)
        }
        return [("syntax", .string(objects.syntax)), ("objects", .array(items))]
    }
}
