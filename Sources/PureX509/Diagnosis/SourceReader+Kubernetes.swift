/// Kubernetes Secrets (and kubeconfigs) in the diagnosis: the Secret's `tls.crt` is read as
/// the served chain, `tls.key` as the key, `ca.crt` checked against the chain; mistakes in
/// the Secret are named with their line. A List holding several TLS Secrets has its first
/// diagnosed (README says so). [kubernetes]
extension SourceReader {
    func readKubernetes(_ bytes: [UInt8], input: InputContents, into context: inout DiagnosisContext) -> SourceContents {
        var contents = SourceContents()
        let file = source.displayName
        // The objects the one reader read. It keeps no item for a file in which it found no
        // object (broken YAML, no Secret or kubeconfig), and reports the problems as text:
        // only such a file is parsed again here, for the codes of its problems.
        let objects: KubernetesObjects
        if case .kubernetes(let read)? = input.items.first?.content {
            objects = read
        } else {
            objects = KubernetesObjects(bytes: bytes, password: password)
        }
        for problem in objects.problems {
            report(problem, into: &context)
        }
        switch role {
        case .anchors, .repairPool:
            // What a client of the Secret trusts: ca.crt; of a kubeconfig: the cluster CAs.
            for object in objects.objects {
                for field in object.fields where field.key == "ca.crt" || field.key == "certificate-authority-data" || role == .repairPool {
                    contents.certificates += (field.contents?.allCertificates ?? []).map { .init(certificate: $0, line: field.line) }
                }
            }
            return contents
        case .served, .key:
            break
        }
        guard let secret = objects.objects.first(where: { if case .secret = $0.kind { return true } else { return false } }) else {
            if objects.objects.contains(where: { $0.kind == .kubeconfigUser || $0.kind == .kubeconfigCluster }) {
                context.report(.formatUnknown, .error, file: file,
                    message: "\(file) is a kubeconfig: its certificates are a client's (users) and the clusters' CAs, not a server's chain, so diagnose does not judge them.",
                    fix: "Use x509dump show \(shellQuoted(source.name)) for each user's certificate (expiry, key match) and cluster CA; diagnose the API server with x509dump diagnose --connect HOST:6443.")
            }
            return contents
        }
        if role == .served, let field = secret.field("tls.crt"), let decoded = field.bytes {
            let nested = SourceReader(source: fieldSource(secret, field, decoded), role: .served, password: password)
            let read = nested.read(into: &context)
            contents.certificates += read.certificates
            contents.damaged += read.damaged
            contents.requests += read.requests
            contents.keys += read.keys
            if let ca = secret.field("ca.crt") {
                checkCA(ca, secret: secret, chain: read.certificates.map(\.certificate), into: &context)
            }
        }
        if let field = secret.field("tls.key"), let decoded = field.bytes {
            let nested = SourceReader(source: fieldSource(secret, field, decoded), role: .key, password: password)
            contents.keys += nested.read(into: &context).keys
        }
        return contents
    }

    private func fieldSource(_ object: KubernetesObjects.Object, _ field: KubernetesObjects.Field, _ bytes: [UInt8]) -> DiagnosisSource {
        // Lines of the field as lines of the file: a base64 value is one line; a
        // stringData block scalar starts on the line after its key.
        let count = 1 + bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineMap = (0..<min(count, 100_000)).map { field.isPlainText ? field.line + 1 + $0 : field.line }
        return DiagnosisSource(name: source.name, content: .bytes(bytes), permissions: source.permissions, lineMap: lineMap,
                               field: "\(object.title) \(field.key)")
    }

    /// `ca-crt-unrelated`: ca.crt issued none of the chain's certificates and is none of them.
    private func checkCA(_ field: KubernetesObjects.Field, secret: KubernetesObjects.Object, chain: [Certificate],
                         into context: inout DiagnosisContext) {
        let cas = field.contents?.allCertificates ?? []
        guard !cas.isEmpty, !chain.isEmpty else { return }
        let related = cas.contains { ca in
            chain.contains { $0 == ca || $0.issuer.matches(ca.subject) }
        }
        guard !related else { return }
        let issuers = Set(chain.map(\.issuer.rfc4514String)).sorted().joined(separator: "; ")
        context.report(.caCrtUnrelated, .warning, file: source.displayName, line: field.line,
            message: "\(secret.title): ca.crt (line \(field.line)) holds \(cas.map(\.subject.rfc4514String).joined(separator: "; ")), which issued none of the \(chain.count) certificate\(chain.count == 1 ? "" : "s") in tls.crt (their issuers: \(issuers)). Clients that trust this Secret's ca.crt cannot verify the server.",
            fix: "Put the CA that issued tls.crt into ca.crt (cert-manager rewrites it on renewal: cmctl renew), or remove the stale ca.crt.")
    }

    private func report(_ problem: KubernetesObjects.Problem, into context: inout DiagnosisContext) {
        let file = source.displayName
        let where_ = "\(file) line \(problem.line), column \(problem.column)"
        let about = problem.object.map { $0 + ": " } ?? ""
        switch problem.kind {
        case .syntax:
            context.report(.formatUnknown, .error, file: file, line: problem.line,
                message: "\(where_): \(problem.message).",
                fix: "Fix the syntax at that place (kubectl apply --dry-run=client -f \(shellQuoted(source.name)) checks it), or save the object again with kubectl get secret NAME -o yaml.")
        case .badBase64:
            context.report(.k8sBadBase64, .error, file: file, line: problem.line,
                message: "\(where_): \(about)\(problem.message).",
                fix: "Encode the PEM file with base64 -w0, or put the PEM text under stringData:, or recreate the Secret: kubectl create secret tls NAME --cert=fullchain.pem --key=privkey.pem.")
        case .missingField:
            context.report(.k8sMissingField, .error, file: file, line: problem.line,
                message: "\(where_): \(about)\(problem.message).",
                fix: "Recreate the Secret with both fields: kubectl create secret tls NAME --cert=fullchain.pem --key=privkey.pem.")
        case .wrongType:
            context.report(.k8sWrongType, .warning, file: file, line: problem.line,
                message: "\(where_): \(about)\(problem.message). Its fields were read and are diagnosed.",
                fix: "Recreate it as type kubernetes.io/tls: kubectl create secret tls NAME --cert=fullchain.pem --key=privkey.pem --dry-run=client -o yaml | kubectl apply -f - (the type of a Secret cannot be changed in place).")
        case .fileReference, .nothingToRead:
            guard role == .served else { return }
            context.report(.formatUnknown, problem.kind == .fileReference ? .info : .error, file: file, line: problem.line,
                message: "\(where_): \(about)\(problem.message).",
                fix: "Name the Secret that holds the server's certificate (kubectl get secret NAME -o yaml > secret.yaml), or the certificate file itself.")
        }
    }
}
