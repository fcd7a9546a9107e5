import PureX509

/// What `x509dump show` prints for keys, public keys and containers (certificates, CSRs and
/// CRLs are `DocumentRenderer`'s): text lines and JSON for one `FileContents` entry, and for
/// what could not be read. `certificates` are all certificates of all inputs, for "which
/// certificate does this key belong to". Private key values are never rendered: only type,
/// size, encoding, protection, the public key's pin, and matches.
enum KeyRenderer {
    /// A certificate among show's inputs.
    struct CertificateReference {
        /// The input it came from.
        let file: String
        /// Its 1-based position among the certificates of that input (containers included).
        let number: Int
        let certificate: Certificate

        var label: String { "#\(number) in \(file) (\(certificate.subject.rfc4514String))" }
    }

    /// Every certificate in `inputs`, numbered per input.
    static func references(_ inputs: [(name: String, contents: FileContents)]) -> [CertificateReference] {
        inputs.flatMap { input in
            input.contents.allCertificates.enumerated().map {
                CertificateReference(file: input.name, number: $0.offset + 1, certificate: $0.element)
            }
        }
    }

    // MARK: Text

    /// The lines for one key or container entry (`place` is "file, line 3"), or nil for
    /// certificates, CSRs and CRLs. A container's certificates and CRLs are not included.
    static func textLines(for item: FileContents.Item, place: String, certificates: [CertificateReference]) -> [String]? {
        switch item {
        case .privateKey(let key):
            return ["Private key (\(place)): \(key.summary), \(key.encoding.name)"] + keyLines(key, certificates: certificates)
        case .encryptedPrivateKey(let info):
            // Without the password a problem says so (with the options to give it).
            let heading = "Encrypted private key (\(place)): \(info.encryption.name)"
            return info.encryption.isSupported ? [heading] : [heading, row("Note", "PureX509 cannot decrypt this scheme")]
        case .publicKey(let key):
            return ["Public key (\(place)): \(key.summary)", row("SPKI SHA-256", key.pinSHA256 + " (pin-sha256)")]
                + matchLines({ key.matches($0.subjectPublicKeyInfo) }, certificates: certificates)
        case .pkcs7(let bundle):
            var lines = ["PKCS#7 bundle (\(place)): \(count(bundle.certificates.count, "certificate")), \(count(bundle.crls.count, "CRL"))"]
            if bundle.otherCertificateCount > 0 {
                lines.append(row("Not read", count(bundle.otherCertificateCount, "certificate") + " of another type"))
            }
            if bundle.signerCount > 0 { lines.append(row("Signers", "\(bundle.signerCount) (signatures not checked)")) }
            return lines
        case .pkcs12(let bundle):
            return pkcs12Lines(bundle, place: place, certificates: certificates)
        case .javaKeyStore(let store):  // [keystores]
            return KeyStoreRenderer.textLines(store, place: place, certificates: certificates)
        case .kubernetes(let objects):  // [kubernetes]
            return KubernetesRenderer.textLines(objects, place: place, certificates: certificates)
        case .certificate, .certificateRequest, .crl:
            return nil
        }
    }

    /// "Problem (file, line 3): what went wrong", then the advice to fix it.
    static func problemLines(_ problem: KeyFileError, file: String) -> [String] {
        let place = problem.pemLine.map { "\(file), line \($0)" } ?? file
        var text = problem.context.isEmpty ? problem.message : problem.context + ": " + problem.message
        if let offset = problem.offset { text += " at byte \(offset)" }
        var lines = ["Problem (\(place)): " + text]
        if let hint = problem.hint { lines.append(row("Hint", substitute(hint, file: file))) }
        return lines
    }

    /// "to convert: openssl ..." for a format that has advice.
    static func adviceLine(_ format: FileFormat, file: String) -> String? {
        format.advice.map { row("To convert", substitute($0, file: file)) }
    }

    private static func keyLines(_ key: PrivateKey, certificates: [CertificateReference]) -> [String] {
        var lines: [String] = []
        if let protection = key.protection { lines.append(row("Encrypted", protection.name)) }
        switch key.algorithm {
        case .rsa, .rsaPSS:
            if let primes = key.rsaPrimeCount, primes > 2 { lines.append(row("Primes", "\(primes) (multi-prime)")) }
        default:
            let stored: String
            switch (key.embeddedPublicKey != nil, key.embeddedPublicKeyIsConsistent) {
            case (true, false?): stored = "included in the file, but it does NOT belong to the private key"
            case (true, _): stored = "included in the file"
            case (false, _): stored = key.publicKeyInfo == nil ? "not in the file" : "not in the file (derived from the private key)"
            }
            lines.append(row("Public key", stored))
        }
        if key.curve == .explicitParameters {
            lines.append(row("Curve", "explicit parameters (RFC 5480 requires a named curve)"))
        }
        if let spki = key.publicKeyInfo { lines.append(row("SPKI SHA-256", spki.pinSHA256 + " (pin-sha256)")) }
        lines += matchLines({ key.matches($0) }, certificates: certificates)
        return lines
    }

    /// "Certificate: matches #1 in a.pem (CN=...)", or none, or why it cannot be told.
    static func matchLines(_ match: (Certificate) -> KeyMatch, certificates: [CertificateReference]) -> [String] {
        guard !certificates.isEmpty else { return [] }
        var matching: [CertificateReference] = []
        var undetermined: String?
        for reference in certificates {
            switch match(reference.certificate) {
            case .matches: matching.append(reference)
            case .undetermined(let reason): undetermined = reason
            case .doesNotMatch: break
            }
        }
        if !matching.isEmpty { return matching.map { row("Certificate", "matches " + $0.label) } }
        if let undetermined { return [row("Certificate", "cannot tell: " + undetermined)] }
        return [row("Certificate", "matches none of the \(count(certificates.count, "certificate")) given")]
    }

    private static func pkcs12Lines(_ bundle: PKCS12Bundle, place: String, certificates: [CertificateReference]) -> [String] {
        let keyCount = bundle.bags.filter { $0.kindName.contains("private key") }.count
        var lines = ["PKCS#12 (\(place)): \(count(bundle.certificates.count, "certificate")), \(count(keyCount, "private key"))"]
        let verified: String
        switch bundle.integrity {
        case .hmac, .pbmac1: verified = ", verified"
        case .none: verified = " (nothing detects tampering)"
        case .publicKeySignature: verified = ""
        }
        lines.append(row("Integrity", bundle.integrity.name + verified))
        for (index, safe) in bundle.safes.enumerated() {
            var text: String
            switch safe.protection {
            case .none: text = "not encrypted"
            case .password(let scheme): text = "encrypted with " + scheme.name + (scheme.isLegacy ? " (legacy)" : "")
            case .publicKey: text = "encrypted to a public key"
            case .other(let type): text = type
            }
            text += ": " + count(safe.bagCount, "bag")
            if let problem = safe.problem { text += "; cannot read: " + problem.message }
            lines.append(row("Safe \(index + 1)", text))
        }
        for (index, bag) in bundle.bags.enumerated() {
            var text = bag.kindName
            if let name = bag.friendlyName { text += " \"\(name)\"" }
            if let id = bag.localKeyID { text += " localKeyID " + hex(id) }
            switch bag.content {
            case .certificate(let certificate): text += ": " + certificate.subject.rfc4514String
            case .privateKey(let key):
                text += ": " + key.summary
                if let protection = key.protection { text += ", " + protection.name }
                // Against the certificates of every input (this file's among them).
                let matching = certificates.filter { key.matches($0.certificate).isMatch }
                if !matching.isEmpty {
                    text += "; matches " + matching.map(\.label).joined(separator: "; ")
                } else if !certificates.isEmpty {
                    text += "; " + (undetermined(key, certificates.map(\.certificate))?.summary
                        ?? "matches none of the \(count(certificates.count, "certificate")) given")
                }
            case .encryptedPrivateKey(let info, let problem): text += ": \(info.encryption.name); cannot read: \(problem.message)"
            case .otherCertificate(let oid), .secret(let oid), .unknown(let oid): text += ": " + oid.displayName
            case .crl(let crl): text += ": " + crl.issuer.rfc4514String
            }
            lines.append(row("Bag \(index + 1)", text))
        }
        return lines
    }

    private static func undetermined(_ key: PrivateKey, _ certificates: [Certificate]) -> KeyMatch? {
        certificates.map { key.matches($0) }.first { if case .undetermined = $0 { return true } else { return false } }
    }

    // MARK: JSON

    /// The JSON for one key or container entry, or nil for certificates, CSRs and CRLs.
    static func json(for item: FileContents.Item, source: JSONValue, certificates: [CertificateReference]) -> JSONValue? {
        var members: [(String, JSONValue)]
        switch item {
        case .privateKey(let key):
            members = [("kind", .string("privateKey"))] + keyJSON(key, certificates: certificates)
        case .encryptedPrivateKey(let info):
            members = [("kind", .string("encryptedPrivateKey")), ("encryption", .string(info.encryption.name)),
                       ("supported", .bool(info.encryption.isSupported))]
        case .publicKey(let key):
            members = [("kind", .string("publicKey")), ("algorithm", .string(key.details.typeName)),
                       ("bits", key.bitCount.map(JSONValue.int) ?? .null), ("summary", .string(key.summary)),
                       ("pinSHA256", .string(key.pinSHA256)),
                       ("matches", matchJSON({ key.matches($0.subjectPublicKeyInfo) }, certificates: certificates))]
        case .pkcs7(let bundle):
            members = [("kind", .string("pkcs7")),
                       ("certificates", .array(bundle.certificates.map { .string($0.subject.rfc4514String) })),
                       ("crlCount", .int(bundle.crls.count)), ("otherCertificateCount", .int(bundle.otherCertificateCount)),
                       ("signerCount", .int(bundle.signerCount))]
        case .pkcs12(let bundle):
            members = [("kind", .string("pkcs12"))] + pkcs12JSON(bundle, certificates: certificates)
        case .javaKeyStore(let store):  // [keystores]
            members = [("kind", .string("javaKeyStore"))] + KeyStoreRenderer.json(store, certificates: certificates)
        case .kubernetes(let objects):  // [kubernetes]
            members = [("kind", .string("kubernetes"))] + KubernetesRenderer.json(objects, certificates: certificates)
        case .certificate, .certificateRequest, .crl:
            return nil
        }
        members.insert(("source", source), at: 1)
        return .object(members)
    }

    /// A problem as JSON: kind, message, context, offset, line, hint, and the whole sentence.
    static func problemJSON(_ problem: KeyFileError, file: String) -> JSONValue {
        .object([
            ("kind", .string(kindName(problem.kind))), ("message", .string(problem.message)),
            ("context", .string(problem.context)), ("offset", problem.offset.map(JSONValue.int) ?? .null),
            ("line", problem.pemLine.map(JSONValue.int) ?? .null),
            ("hint", problem.hint.map { .string(substitute($0, file: file)) } ?? .null),
            ("text", .string(problem.description)),
        ])
    }

    /// The format of an input as JSON: description and advice.
    static func formatJSON(_ format: FileFormat, file: String) -> JSONValue {
        .object([("description", .string(format.description)),
                 ("advice", format.advice.map { .string(substitute($0, file: file)) } ?? .null)])
    }

    private static func keyJSON(_ key: PrivateKey, certificates: [CertificateReference]) -> [(String, JSONValue)] {
        [
            ("algorithm", .string(key.algorithm.name)), ("bits", key.bitCount.map(JSONValue.int) ?? .null),
            ("curve", key.curve.map { .string($0.name) } ?? .null), ("encoding", .string(key.encoding.name)),
            ("encryption", key.protection.map { .string($0.name) } ?? .null),
            ("publicKeyIncluded", .bool(key.embeddedPublicKey != nil || key.rsaModulus != nil)),
            ("publicKeyConsistent", key.embeddedPublicKeyIsConsistent.map(JSONValue.bool) ?? .null),
            ("pinSHA256", key.publicKeyInfo.map { .string($0.pinSHA256) } ?? .null),
            ("matches", matchJSON({ key.matches($0) }, certificates: certificates)),
        ]
    }

    /// The certificates a key matches (or cannot be told apart from), by input and number.
    static func matchJSON(_ match: (Certificate) -> KeyMatch, certificates: [CertificateReference]) -> JSONValue {
        .array(certificates.compactMap { reference -> JSONValue? in
            let result = match(reference.certificate)
            if case .doesNotMatch = result { return nil }
            return .object([
                ("file", .string(reference.file)), ("certificate", .int(reference.number)),
                ("subject", .string(reference.certificate.subject.rfc4514String)),
                ("result", .string(result.isMatch ? "matches" : result.summary)),
            ])
        })
    }

    private static func pkcs12JSON(_ bundle: PKCS12Bundle, certificates: [CertificateReference]) -> [(String, JSONValue)] {
        let safes: [JSONValue] = bundle.safes.map { safe in
            let protection: JSONValue
            switch safe.protection {
            case .none: protection = .null
            case .password(let scheme): protection = .string(scheme.name)
            case .publicKey: protection = .string("envelopedData")
            case .other(let type): protection = .string(type)
            }
            return .object([("encryption", protection), ("bags", .int(safe.bagCount)),
                            ("problem", safe.problem.map { .string($0.message) } ?? .null)])
        }
        let bags: [JSONValue] = bundle.bags.map { bag in
            var members: [(String, JSONValue)] = [("kind", .string(bag.kindName))]
            members.append(("friendlyName", bag.friendlyName.map(JSONValue.string) ?? .null))
            members.append(("localKeyID", bag.localKeyID.map { .string(hex($0)) } ?? .null))
            switch bag.content {
            case .certificate(let certificate): members.append(("subject", .string(certificate.subject.rfc4514String)))
            case .privateKey(let key): members += keyJSON(key, certificates: certificates)
            case .encryptedPrivateKey(let info, let problem):
                members.append(("encryption", .string(info.encryption.name)))
                members.append(("problem", .string(problem.message)))
            case .otherCertificate(let oid), .secret(let oid), .unknown(let oid): members.append(("oid", .string(oid.dotted)))
            case .crl(let crl): members.append(("issuer", .string(crl.issuer.rfc4514String)))
            }
            return .object(members)
        }
        return [("integrity", .string(bundle.integrity.name)), ("safes", .array(safes)), ("bags", .array(bags))]
    }

    // MARK: Helpers

    static func row(_ name: String, _ value: String) -> String { DocumentRenderer.row(name, value) }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    /// The advice with `FILE` replaced by the input's name.
    static func substitute(_ text: String, file: String) -> String {
        text.split(separator: "FILE", omittingEmptySubsequences: false).joined(separator: file)
    }

    static func kindName(_ kind: KeyFileError.Kind) -> String {
        switch kind {
        case .malformed: return "malformed"
        case .invalid: return "invalid"
        case .unsupported: return "unsupported"
        case .passwordRequired: return "passwordRequired"
        case .wrongPassword: return "wrongPassword"
        case .integrityCheckFailed: return "integrityCheckFailed"
        case .wrongFormat: return "wrongFormat"
        case .limitExceeded: return "limitExceeded"
        }
    }
}
