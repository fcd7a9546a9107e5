/// The certificate and key sources held inline by a TensorFlow Serving `--ssl_config_file`,
/// with line maps so that findings point at the config's lines.
enum TFServingSources {
    static func read(_ config: DiagnosisSource, into context: inout DiagnosisContext) -> (certificates: [DiagnosisSource], key: DiagnosisSource?) {
        let contents = SourceReader(source: config, role: .served)
        guard case .bytes(let bytes) = config.content else {
            _ = contents.read(into: &context)  // reports file-not-found / file-unreadable
            return ([], nil)
        }
        let parsed: TFServingSSLConfig
        do {
            parsed = try TFServingSSLConfig(parsing: String(decoding: bytes, as: UTF8.self))
        } catch {
            let text = String(decoding: bytes, as: UTF8.self)
            if text.contains("certificate_file") || text.contains("key_file") || text.contains("ssl_config {") || text.contains("ssl_config{") {
                // The path-style form some blog posts show; SSLConfig has no such fields
                // (tensorflow_serving/config/ssl_config.proto: server_key, server_cert,
                // custom_ca, client_verify, all inline PEM text).
                let certificate = quotedValue(after: "certificate_file", in: text) ?? "server.crt"
                let key = quotedValue(after: "key_file", in: text) ?? "server.key"
                let awk = "awk '{printf \"%s\\\\n\", $0}'"
                context.report(.tfServingFilePaths, .error, file: config.name, line: error.line,
                    message: "\(config.name) names certificate and key files (ssl_config { certificate_file: ... key_file: ... }), a form TensorFlow Serving does not accept: its --ssl_config_file is an SSLConfig message that holds the PEM text itself (server_key, server_cert, custom_ca, client_verify). TensorFlow Serving refuses to start (\(error.message)).",
                    fix: "Write the PEM text inline, with \\n for line ends, from the files it names: { printf 'server_key: \"'; \(awk) \(shellQuoted(key)); printf '\"\\nserver_cert: \"'; \(awk) \(shellQuoted(certificate)); printf '\"\\n'; } > ssl_config.txt (server_cert holds the leaf first, then the intermediates; add custom_ca and client_verify: true for client certificates), then check it with x509dump diagnose --tf-serving-config ssl_config.txt.")
                return ([], nil)
            }
            context.report(.formatUnknown, .error, file: config.name, line: error.line,
                message: "\(config.name) is not a valid TensorFlow Serving SSL config (SSLConfig in protobuf text format): line \(error.line), column \(error.column): \(error.message). TensorFlow Serving refuses to start.",
                fix: "Fix the config at that place; its fields are server_key, server_cert, custom_ca (quoted PEM text, \\n for line ends) and client_verify.")
            return ([], nil)
        }
        func source(_ field: TFServingSSLConfig.Field?, _ name: String) -> DiagnosisSource? {
            guard let field else { return nil }
            return DiagnosisSource(
                name: config.name, content: .bytes(Array(field.value.utf8)), permissions: config.permissions,
                lineMap: parsed.valueLineStarts[name] ?? [field.line], field: name)
        }
        var certificates: [DiagnosisSource] = []
        if let cert = source(parsed.serverCert, "server_cert") {
            certificates.append(cert)
        } else {
            context.report(.emptyInput, .error, file: config.name,
                message: "\(config.name) has no server_cert: TensorFlow Serving has no certificate to serve.",
                fix: "Add server_cert: \"-----BEGIN CERTIFICATE-----\\n...\" with the leaf first, then the intermediates.")
        }
        let key = source(parsed.serverKey, "server_key")
        if key == nil && parsed.serverCert != nil {
            context.report(.emptyInput, .error, file: config.name,
                message: "\(config.name) has a server_cert but no server_key: TensorFlow Serving cannot start TLS.",
                fix: "Add server_key: \"-----BEGIN PRIVATE KEY-----\\n...\" with the key of the leaf certificate.")
        }
        // An empty optional field (custom_ca: "", as TF Serving's examples write it) is unset.
        if let customCA = source(parsed.customCA, "custom_ca"), !(parsed.customCA?.value.allSatisfy { $0 == " " || $0 == "\n" || $0 == "\t" } ?? true) {
            // The CA that client certificates are checked against: only its format matters here.
            _ = SourceReader(source: customCA, role: .anchors).read(into: &context)
        }
        return (certificates, key)
    }

    /// The first quoted string after `field` in `text` (`certificate_file: "/path"`).
    static func quotedValue(after field: String, in text: String) -> String? {
        guard let range = text.firstRange(of: field) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == ":" || $0 == " " || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote && $0 != "\n" }
        return value.isEmpty ? nil : String(value)
    }
}
