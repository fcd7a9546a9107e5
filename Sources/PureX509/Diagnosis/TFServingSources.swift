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
        if let customCA = source(parsed.customCA, "custom_ca") {
            // The CA that client certificates are checked against: only its format matters here.
            _ = SourceReader(source: customCA, role: .anchors).read(into: &context)
        }
        return (certificates, key)
    }
}
