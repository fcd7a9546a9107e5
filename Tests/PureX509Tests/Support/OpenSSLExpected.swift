import Foundation
import Testing
import PureX509

/// Values `openssl x509` printed for one certificate, as recorded by
/// TestVectors/gen/20-certs.sh (`[key]` then `name: value` lines).
struct OpenSSLExpected: Sendable, CustomTestStringConvertible {
    let key: String
    let fields: [String: String]
    var testDescription: String { key }

    subscript(name: String) -> String { fields[name] ?? "<missing \(name)>" }

    /// Parses a recorded file.
    static func parse(_ text: String) -> [OpenSSLExpected] {
        var result: [OpenSSLExpected] = []
        var key: String?
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                if let key { result.append(OpenSSLExpected(key: key, fields: fields)) }
                key = String(line.dropFirst().dropLast())
                fields = [:]
            } else if let colon = line.firstIndex(of: ":") {
                let name = String(line[..<colon])
                var value = String(line[line.index(after: colon)...])
                if value.hasPrefix(" ") { value.removeFirst() }
                fields[name] = value
            }
        }
        if let key { result.append(OpenSSLExpected(key: key, fields: fields)) }
        return result
    }

    /// Compares a certificate with the recorded values; returns the differences.
    static func differences(_ certificate: Certificate, _ expected: OpenSSLExpected) -> [String] {
        var problems: [String] = []
        func check(_ name: String, _ actual: String) {
            if actual != expected[name] { problems.append("\(name): expected \(expected[name]), got \(actual)") }
        }
        check("subject", certificate.subject.opensslOneLine)
        check("subject_rfc2253", certificate.subject.rfc4514String)
        check("issuer", certificate.issuer.opensslOneLine)
        check("issuer_rfc2253", certificate.issuer.rfc4514String)
        check("serial", certificate.serialNumber.hexString)
        check("notBefore", certificate.notBefore.rfc3339.replacingOccurrences(of: "T", with: " "))
        check("notAfter", certificate.notAfter.rfc3339.replacingOccurrences(of: "T", with: " "))
        check("sha1", certificate.fingerprint(.sha1).map { String(format: "%02X", $0) }.joined(separator: ":"))
        check("sha256", certificate.fingerprint(.sha256).map { String(format: "%02X", $0) }.joined(separator: ":"))
        let algorithm = certificate.subjectPublicKeyInfo.algorithm.oid
        check("keyAlgorithm", algorithm.longName ?? algorithm.dotted)
        // OpenSSL prints no size for the RFC 8410 keys.
        let details = certificate.subjectPublicKeyInfo.details
        let bits: String
        switch details {
        case .ed25519, .ed448, .x25519, .x448: bits = ""
        default: bits = details.bitCount.map(String.init) ?? ""
        }
        check("keyBits", bits)
        let san = certificate.extensions.subjectAlternativeName?.names.map(\.description).joined(separator: ", ") ?? ""
        check("san", san)
        return problems
    }
}
