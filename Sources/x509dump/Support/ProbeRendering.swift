import PureX509
import PureX509Probe

/// `x509dump probe` output: the negotiated parameters, the proof of key possession, the
/// stapled OCSP response and the chain as served (through `ShowRenderer`), as text or JSON
/// from the same values.
struct ProbeRendering {
    let target: ProbeTarget
    let result: ProbeResult
    let now: Int64

    private var show: ShowRenderer {
        ShowRenderer(
            inputs: [ShowRenderer.Input(name: "chain served by \(target.description)", contents: FileContents(bytes: ProbeConnectOptions.pem(result)))],
            now: now)
    }

    /// Whether something is wrong enough for exit code 1: the key not proven, or a
    /// certificate that cannot be read.
    var hasProblems: Bool {
        if case .notProven = result.keyPossession { return true }
        return show.hasProblems || result.certificates.isEmpty
    }

    var possessionText: String {
        switch result.keyPossession {
        case .proven(let how): "proven: \(how)"
        case .notProven(let why): "NOT proven: \(why)"
        }
    }

    /// "successful, 1234 bytes" from the OCSPResponse's responseStatus (RFC 6960 section
    /// 4.2.1).
    var ocspText: String {
        guard let ocsp = result.ocspResponse else { return "none stapled" }
        let names = ["successful", "malformedRequest", "internalError", "tryLater", "(4)", "sigRequired", "unauthorized"]
        var status = "unreadable"
        var reader = DERReader(ocsp)
        // OCSPResponse ::= SEQUENCE { responseStatus ENUMERATED, responseBytes [0] OPTIONAL }
        let element = try? reader.readSequence { inner in
            let status = try inner.readElement(.enumerated)
            while !inner.isAtEnd { try inner.skipElement() }
            return status
        }
        if let value = element, value.contentLength == 1 {
            let code = Int(ocsp[value.contentStart])
            status = code < names.count ? names[code] : "status \(code)"
        }
        return "\(status) response, \(ocsp.count) bytes (the response itself is not checked yet)"
    }

    func text() -> String {
        var lines = ["Probe of \(target.description)" + (result.peerAddress.isEmpty ? "" : " (\(result.peerAddress))")]
        func row(_ label: String, _ value: String) { lines.append(KeyRenderer.row(label, value)) }
        row("SNI", result.serverName ?? "none sent")
        row("Version", result.version)
        row("Cipher suite", result.cipherSuite.name)
        row("Key exchange", result.keyExchangeGroup ?? "RSA key transport (no forward secrecy)")
        row("ALPN", result.alpn ?? "none selected")
        row("Key proof", possessionText)
        row("OCSP staple", ocspText)
        if result.clientCertificateRequested { row("Client cert", "requested by the server (none sent)") }
        for note in result.notes { row("Note", note) }
        row("Chain", "\(result.certificates.count) certificate\(result.certificates.count == 1 ? "" : "s"), in the order served")
        return lines.joined(separator: "\n") + "\n\n" + show.text()
    }

    func json() -> JSONValue {
        var possession: [(String, JSONValue)]
        switch result.keyPossession {
        case .proven(let how): possession = [("proven", .bool(true)), ("detail", .string(how))]
        case .notProven(let why): possession = [("proven", .bool(false)), ("detail", .string(why))]
        }
        possession.append(("signatureScheme", result.signatureScheme.map { .string($0.name) } ?? .null))
        return .object([
            ("target", .string(target.description)),
            ("address", .string(result.peerAddress)),
            ("serverName", result.serverName.map { .string($0) } ?? .null),
            ("version", .string(result.version)),
            ("cipherSuite", .string(result.cipherSuite.name)),
            ("keyExchange", result.keyExchangeGroup.map { .string($0) } ?? .null),
            ("alpn", result.alpn.map { .string($0) } ?? .null),
            ("keyPossession", .object(possession)),
            ("ocspStaple", result.ocspResponse.map { _ in .string(ocspText) } ?? .null),
            ("clientCertificateRequested", .bool(result.clientCertificateRequested)),
            ("notes", .array(result.notes.map { .string($0) })),
            ("chain", .written(show.writeJSON(to:))),
        ])
    }

    /// A failed probe as JSON.
    static func json(error: ProbeError, target: ProbeTarget) -> JSONValue {
        var members: [(String, JSONValue)] = [("target", .string(target.description)), ("error", .string(error.description))]
        if case .alert(let alert) = error {
            members.append(("alert", .object([("name", .string(alert.name)), ("code", .int(Int(alert.code))), ("meaning", .string(alert.meaning))])))
        }
        return .object(members)
    }
}
