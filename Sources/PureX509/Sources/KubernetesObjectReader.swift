import PureX509ASN1

/// Walks the documents of a Kubernetes file for ``KubernetesObjects``: Secrets (alone, in a
/// `List`/`SecretList`), kubeconfigs (`kind: Config`), and what is wrong with them.
struct KubernetesObjectReader {
    let password: String?
    var objects: [KubernetesObjects.Object] = []
    var problems: [KubernetesObjects.Problem] = []

    init(password: String?) { self.password = password }

    mutating func read(_ document: StructuredNode) {
        guard objects.count < KubernetesObjects.maximumObjects else { return }
        switch document["kind"]?.string {
        case "List", "SecretList":
            for item in document["items"]?.items ?? [] { read(item) }
        case "Secret":
            readSecret(document)
        case "Config":
            readKubeconfig(document)
        case let other?:
            problems.append(.init(kind: .nothingToRead, object: nil,
                                  message: "a \(other), not a Secret, a List of Secrets or a kubeconfig: nothing read from it",
                                  line: document.line, column: document.column))
        case nil:
            if case .null = document.value { return }
            problems.append(.init(kind: .nothingToRead, object: nil, message: "a document without kind: nothing read from it",
                                  line: document.line, column: document.column))
        }
    }

    mutating func readSecret(_ secret: StructuredNode) {
        let metadata = secret["metadata"]
        let name = metadata?["name"]?.string ?? "(no name)"
        let qualified = (metadata?["namespace"]?.string).map { "\($0)/\(name)" } ?? name
        let title = "Secret \(qualified)"
        let type = secret["type"]?.string
        var fields: [KubernetesObjects.Field] = []
        for key in KubernetesObjects.secretFields {
            if let node = secret["data"]?[key] {
                fields.append(field(key, node, base64: true, object: title))
            } else if let node = secret["stringData"]?[key] {
                fields.append(field(key, node, base64: false, object: title))
            }
        }
        let hasTLSFields = fields.contains { $0.key == "tls.crt" || $0.key == "tls.key" }
        if type == KubernetesObjects.tlsType {
            for key in ["tls.crt", "tls.key"] where !fields.contains(where: { $0.key == key }) {
                problems.append(.init(kind: .missingField, object: title,
                                      message: "a kubernetes.io/tls Secret without \(key): the API server rejects it (\"data[\(key)]: Required value\")",
                                      line: (secret["data"] ?? secret).line, column: (secret["data"] ?? secret).column))
            }
        } else if hasTLSFields || fields.contains(where: { $0.key == "ca.crt" }) {
            problems.append(.init(kind: .wrongType, object: title,
                                  message: "a Secret of type \(type ?? "Opaque (no type)") holding TLS fields: Ingress controllers and cert-manager expect type kubernetes.io/tls",
                                  line: (secret["type"] ?? secret).line, column: (secret["type"] ?? secret).column))
        } else {
            problems.append(.init(kind: .nothingToRead, object: title,
                                  message: "a Secret of type \(type ?? "Opaque (no type)") without tls.crt, tls.key or ca.crt: nothing read from it",
                                  line: secret.line, column: secret.column))
            return
        }
        objects.append(.init(kind: .secret(type: type), name: qualified, line: secret.line, fields: fields))
    }

    mutating func readKubeconfig(_ config: StructuredNode) {
        for entry in config["users"]?.items ?? [] {
            let name = entry["name"]?.string ?? "(no name)"
            let title = "kubeconfig user \(name)"
            var fields: [KubernetesObjects.Field] = []
            for key in ["client-certificate-data", "client-key-data"] {
                if let node = entry["user"]?[key] { fields.append(field(key, node, base64: true, object: title)) }
            }
            for key in ["client-certificate", "client-key"] {
                if let node = entry["user"]?[key] {
                    problems.append(.init(kind: .fileReference, object: title,
                                          message: "\(key) names the file \(node.string ?? "?"), which is not read here: run x509dump on that file",
                                          line: node.line, column: node.column))
                }
            }
            if !fields.isEmpty { objects.append(.init(kind: .kubeconfigUser, name: name, line: entry.line, fields: fields)) }
        }
        for entry in config["clusters"]?.items ?? [] {
            let name = entry["name"]?.string ?? "(no name)"
            let title = "kubeconfig cluster \(name)"
            if let node = entry["cluster"]?["certificate-authority-data"] {
                objects.append(.init(kind: .kubeconfigCluster, name: name, line: entry.line,
                                     fields: [field("certificate-authority-data", node, base64: true, object: title)]))
            } else if let node = entry["cluster"]?["certificate-authority"] {
                problems.append(.init(kind: .fileReference, object: title,
                                      message: "certificate-authority names the file \(node.string ?? "?"), which is not read here: run x509dump on that file",
                                      line: node.line, column: node.column))
            }
        }
    }

    /// One PEM field: base64-decoded (Go's encoding/base64: line ends skipped, nothing else)
    /// or plain text, then read like a file.
    mutating func field(_ key: String, _ node: StructuredNode, base64: Bool, object: String) -> KubernetesObjects.Field {
        let text = node.string ?? ""
        var bytes: [UInt8]? = Array(text.utf8)
        if base64 {
            do {
                bytes = try Base64.decode(Array(text.utf8).filter { $0 != 0x0A && $0 != 0x0D })
            } catch {
                problems.append(.init(kind: .badBase64, object: object,
                                      message: "\(key) is not valid base64 (\(error)); the API server rejects the object, and kubectl apply fails with \"illegal base64 data\"",
                                      line: node.line, column: node.column))
                bytes = nil
            }
        }
        let contents = bytes.map { FileContents(bytes: $0, password: password) }
        return .init(key: key, isPlainText: !base64, line: node.line, column: node.column, contents: contents, bytes: bytes)
    }
}
