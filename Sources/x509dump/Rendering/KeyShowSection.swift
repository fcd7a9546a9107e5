import PureX509

/// What `x509dump show` prints for keys, public keys and containers (certificates, CSRs and
/// CRLs are the show command's own). The show command calls `textLines`/`json` for each
/// entry of `FileContents` and `problemLines`/`problemsJSON` for what could not be read;
/// `certificates` are all certificates of all inputs, for "which certificate does this key
/// belong to". Private key values are never rendered: only type, size, encoding,
/// protection, the public key's pin, and matches.
enum KeyShowSection {
    /// A certificate among show's inputs.
    struct CertificateReference {
        /// The input it came from.
        let file: String
        /// Its 1-based position among the certificates of that input.
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

    /// The lines for one entry, or nil for the kinds the show command renders itself.
    static func textLines(for entry: FileContents.Entry, certificates: [CertificateReference]) -> [String]? {
        let at = entry.pemLine.map { " (line \($0))" } ?? ""
        switch entry.item {
        case .privateKey(let key):
            return ["Private key\(at): \(key.summary), \(key.encoding.name)"] + keyLines(key, certificates: certificates)
        case .encryptedPrivateKey(let info):
            return ["Encrypted private key\(at): \(info.encryption.name)",
                    field("Note", "give the password to read it (--password, --password-file, --password-env)")]
        case .publicKey(let key):
            return ["Public key\(at): \(key.summary)", field("SPKI SHA-256", key.pinSHA256 + " (pin-sha256)")]
                + matchLines({ key.matches($0.subjectPublicKeyInfo) }, certificates: certificates)
        case .pkcs7(let bundle):
            var lines = ["PKCS#7 bundle\(at): \(count(bundle.certificates.count, "certificate")), \(count(bundle.crls.count, "CRL"))"]
            for (index, certificate) in bundle.certificates.enumerated() {
                lines.append(field("Certificate \(index + 1)", certificate.subject.rfc4514String))
            }
            if bundle.signerCount > 0 { lines.append(field("Signers", "\(bundle.signerCount) (signatures not checked)")) }
            return lines
        case .pkcs12(let bundle):
            return pkcs12Lines(bundle, at: at, certificates: certificates)
        case .certificate, .certificateRequest, .crl:
            return nil
        }
    }

    /// One line per problem, with the advice to fix it.
    static func problemLines(_ problems: [KeyFileError], file: String) -> [String] {
        problems.flatMap { problem -> [String] in
            var lines = ["\(file): \(problem)"]
            if let hint = problem.hint { lines.append("  hint: " + substitute(hint, file: file)) }
            return lines
        }
    }

    /// The sentence saying what an unreadable input is, and how to convert it.
    static func formatLines(_ format: FileFormat, file: String) -> [String] {
        var lines = ["\(file): \(format.description)"]
        if let advice = format.advice { lines.append("  to convert: " + substitute(advice, file: file)) }
        return lines
    }

    private static func keyLines(_ key: PrivateKey, certificates: [CertificateReference]) -> [String] {
        var lines: [String] = []
        if let protection = key.protection { lines.append(field("Encrypted", protection.name)) }
        switch key.algorithm {
        case .rsa, .rsaPSS:
            if let primes = key.rsaPrimeCount, primes > 2 { lines.append(field("Primes", "\(primes) (multi-prime)")) }
        default:
            let stored: String
            switch (key.embeddedPublicKey != nil, key.embeddedPublicKeyIsConsistent) {
            case (true, false?): stored = "included in the file, but it does NOT belong to the private key"
            case (true, _): stored = "included in the file"
            case (false, _): stored = key.publicKeyInfo == nil ? "not in the file" : "not in the file (derived from the private key)"
            }
            lines.append(field("Public key", stored))
        }
        if key.curve == .explicitParameters {
            lines.append(field("Curve", "explicit parameters (RFC 5480 requires a named curve)"))
        }
        if let spki = key.publicKeyInfo { lines.append(field("SPKI SHA-256", spki.pinSHA256 + " (pin-sha256)")) }
        lines += matchLines({ key.matches($0.subjectPublicKeyInfo) }, certificates: certificates)
        return lines
    }

    /// "Certificate: matches #1 in a.pem (CN=...)", or none, or why it cannot be told.
    private static func matchLines(
        _ match: (Certificate) -> KeyMatch, certificates: [CertificateReference]
    ) -> [String] {
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
        if !matching.isEmpty { return matching.map { field("Certificate", "matches " + $0.label) } }
        if let undetermined { return [field("Certificate", "cannot tell: " + undetermined)] }
        return [field("Certificate", "matches none of the \(count(certificates.count, "certificate")) given")]
    }

    private static func pkcs12Lines(_ bundle: PKCS12Bundle, at: String, certificates: [CertificateReference]) -> [String] {
        let keyCount = bundle.bags.filter { $0.kindName.contains("private key") }.count
        var lines = ["PKCS#12\(at): \(count(bundle.certificates.count, "certificate")), \(count(keyCount, "private key"))"]
        let verified: String
        switch bundle.integrity {
        case .hmac, .pbmac1: verified = ", verified"
        case .none: verified = " (nothing detects tampering)"
        case .publicKeySignature: verified = ""
        }
        lines.append(field("Integrity", bundle.integrity.name + verified))
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
            lines.append(field("Safe \(index + 1)", text))
        }
        let bagCertificates = bundle.certificates
        for (index, bag) in bundle.bags.enumerated() {
            var text = bag.kindName
            if let name = bag.friendlyName { text += " \"\(name)\"" }
            if let id = bag.localKeyID { text += " localKeyID " + hex(id) }
            switch bag.content {
            case .certificate(let certificate): text += ": " + certificate.subject.rfc4514String
            case .privateKey(let key):
                text += ": " + key.summary
                if let protection = key.protection { text += ", " + protection.name }
                let own = key.matchingCertificates(in: bagCertificates)
                if !own.isEmpty {
                    text += "; matches " + own.map { bagCertificates[$0].subject.rfc4514String }.joined(separator: "; ")
                } else if !bagCertificates.isEmpty {
                    text += "; " + (bagCertificates.map { key.matches($0) }.first { if case .undetermined = $0 { return true }; return false }?.summary
                        ?? "matches none of the certificates in the file")
                }
            case .encryptedPrivateKey(let info, let problem): text += ": \(info.encryption.name); cannot read: \(problem.message)"
            case .otherCertificate(let oid), .secret(let oid), .unknown(let oid): text += ": " + oid.displayName
            case .crl: break
            }
            lines.append(field("Bag \(index + 1)", text))
        }
        return lines
    }

    // MARK: JSON

    /// The JSON for one entry, or nil for the kinds the show command renders itself.
    static func json(for entry: FileContents.Entry, certificates: [CertificateReference]) -> JSONValue? {
        var members: [(String, JSONValue)] = []
        switch entry.item {
        case .privateKey(let key):
            members = [("type", .string("privateKey"))] + keyJSON(key, certificates: certificates)
        case .encryptedPrivateKey(let info):
            members = [("type", .string("encryptedPrivateKey")), ("encryption", .string(info.encryption.name)),
                       ("supported", .bool(info.encryption.isSupported))]
        case .publicKey(let key):
            members = [("type", .string("publicKey")), ("algorithm", .string(key.details.typeName)),
                       ("bits", key.bitCount.map(JSONValue.int) ?? .null), ("summary", .string(key.summary)),
                       ("pinSHA256", .string(key.pinSHA256)),
                       ("matches", matchJSON({ key.matches($0.subjectPublicKeyInfo) }, certificates: certificates))]
        case .pkcs7(let bundle):
            members = [("type", .string("pkcs7")),
                       ("certificates", .array(bundle.certificates.map { .string($0.subject.rfc4514String) })),
                       ("crlCount", .int(bundle.crls.count)), ("signerCount", .int(bundle.signerCount))]
        case .pkcs12(let bundle):
            members = [("type", .string("pkcs12"))] + pkcs12JSON(bundle)
        case .certificate, .certificateRequest, .crl:
            return nil
        }
        if let line = entry.pemLine { members.insert(("line", .int(line)), at: 1) }
        return .object(members)
    }

    /// Problems as JSON objects: kind, message, context, offset, line, hint.
    static func problemsJSON(_ problems: [KeyFileError]) -> JSONValue {
        .array(problems.map { problem in
            .object([
                ("kind", .string(kindName(problem.kind))), ("message", .string(problem.message)),
                ("context", .string(problem.context)), ("offset", problem.offset.map(JSONValue.int) ?? .null),
                ("line", problem.pemLine.map(JSONValue.int) ?? .null), ("hint", problem.hint.map(JSONValue.string) ?? .null),
            ])
        })
    }

    /// The format of an input as JSON: kind description and advice.
    static func formatJSON(_ format: FileFormat) -> JSONValue {
        .object([("description", .string(format.description)), ("advice", format.advice.map(JSONValue.string) ?? .null)])
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

    private static func matchJSON(_ match: (Certificate) -> KeyMatch, certificates: [CertificateReference]) -> JSONValue {
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

    private static func pkcs12JSON(_ bundle: PKCS12Bundle) -> [(String, JSONValue)] {
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
            case .privateKey(let key):
                members += keyJSON(key, certificates: bundle.certificates.enumerated().map {
                    CertificateReference(file: "(this PKCS#12)", number: $0.offset + 1, certificate: $0.element)
                })
            case .encryptedPrivateKey(let info, let problem):
                members.append(("encryption", .string(info.encryption.name)))
                members.append(("problem", .string(problem.message)))
            case .otherCertificate(let oid), .secret(let oid), .unknown(let oid): members.append(("oid", .string(oid.dotted)))
            case .crl: break
            }
            return .object(members)
        }
        return [("integrity", .string(bundle.integrity.name)), ("safes", .array(safes)), ("bags", .array(bags))]
    }

    // MARK: Helpers

    static func field(_ name: String, _ value: String) -> String {
        "  " + name + ":" + String(repeating: " ", count: max(1, 14 - name.count)) + value
    }

    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

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
        }
    }
}
