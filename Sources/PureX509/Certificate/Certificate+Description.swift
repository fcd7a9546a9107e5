import PureX509Crypto

extension Certificate: CustomStringConvertible, CustomDebugStringConvertible {
    /// One line: "CN=www.example.com, issued by CN=R11,O=Let's Encrypt,C=US, valid
    /// 2026-09-01T00:00:00Z to 2026-11-30T23:59:59Z, EC P-256".
    public var description: String {
        "\(subject.rfc4514String), issued by \(issuer.rfc4514String), valid \(notBefore.rfc3339) to \(notAfter.rfc3339), "
            + subjectPublicKeyInfo.summary
    }

    /// Everything a person debugging needs at a glance: names, SANs, serial, validity, key,
    /// CA flag and the SHA-256 fingerprint, one field per line.
    public var debugDescription: String {
        var lines = [
            "Certificate(",
            "  subject: \(subject.rfc4514String)",
            "  issuer: \(issuer.rfc4514String)",
            "  serial: \(serialNumber)",
            "  validity: \(notBefore.rfc3339) ... \(notAfter.rfc3339)",
            "  key: \(subjectPublicKeyInfo.summary)",
            "  isCA: \(isCA)",
        ]
        if let names = extensions.subjectAlternativeName?.names, !names.isEmpty {
            lines.append("  subjectAlternativeName: " + names.map(\.description).joined(separator: ", "))
        }
        lines.append("  sha256: \(fingerprintHex())")
        lines.append(")")
        return lines.joined(separator: "\n")
    }

    /// The fingerprint as upper-case hex, bytes joined by `separator` ("" by default;
    /// `":"` gives OpenSSL's `-fingerprint` form).
    public func fingerprintHex(_ algorithm: HashAlgorithm = .sha256, separator: String = "") -> String {
        hexString(fingerprint(algorithm), separator: separator)
    }
}

extension SubjectPublicKeyInfo: CustomStringConvertible {
    /// The key's summary: "RSA 2048 bits", "EC P-256", "Ed25519".
    public var description: String { summary }
}

extension CertificateSigningRequest: CustomStringConvertible {
    /// "certificate request for CN=www.example.com, EC P-256".
    public var description: String { "certificate request for \(subject.rfc4514String), \(subjectPublicKeyInfo.summary)" }
}

extension CertificateRevocationList: CustomStringConvertible {
    /// "CRL of CN=Example CA, 3 revoked, thisUpdate ..., nextUpdate ...".
    public var description: String {
        "CRL of \(issuer.rfc4514String), \(revokedCount) revoked, thisUpdate \(thisUpdate.rfc3339)"
            + (nextUpdate.map { ", nextUpdate \($0.rfc3339)" } ?? ", no nextUpdate")
    }
}

extension KeyMatch: CustomStringConvertible {
    /// ``summary``.
    public var description: String { summary }
}

extension Finding: CustomStringConvertible {
    /// "error missing-intermediate #0 CN=www.example.com: The server sends ...".
    public var description: String {
        var text = "\(severity.rawValue) \(code.rawValue)"
        if let certificate {
            text += certificate.index.map { " #\($0)" } ?? ""
            text += " \(certificate.subject)"
        }
        if let file { text += " (\(file)\(line.map { " line \($0)" } ?? ""))" }
        return text + ": " + message
    }
}

extension VerificationResult: CustomStringConvertible {
    /// "valid: CN=leaf -> CN=Intermediate -> CN=Root (client profile)" or "invalid: expired
    /// at ... (client profile)".
    public var description: String {
        let profileText = " (\(profile.name) profile)"
        if let path {
            return "valid: " + path.map { $0.subject.rfc4514String }.joined(separator: " -> ") + profileText
        }
        return "invalid: " + (primaryFailure.map { "\($0)" } ?? "no path") + profileText
    }
}

extension DiagnosisReport: CustomStringConvertible {
    /// Every finding on its own line, then the verdict.
    public var description: String {
        (findings.map(\.description) + [verdict]).joined(separator: "\n")
    }
}
