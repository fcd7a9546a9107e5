// cert-fields FILE...: one JSON object per certificate in each file (PEM or DER), with the
// fields Tests/differential/compare.py checks against OpenSSL. Built by
// Tests/differential/run.sh; a stand-in for `x509dump show --json` until that lands, made
// from the same library values the command renders.
import Foundation
import PureX509

@main
struct CertFields {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print(json(["file": path, "error": "unreadable"]))
                continue
            }
            let bytes = [UInt8](data)
            var ders: [[UInt8]] = []
            if InputEncoding.sniff(bytes) == .pem {
                do {
                    ders = try PEMDocument(parsing: bytes).blocks
                        .filter { $0.label == .certificate || $0.label.text == "TRUSTED CERTIFICATE" }
                        .map(\.der)
                } catch {
                    print(json(["file": path, "error": "\(error)"]))
                    continue
                }
            } else {
                ders = [bytes]
            }
            for (index, der) in ders.enumerated() {
                print(json(fields(der, file: path, index: index)))
            }
        }
    }

    static func fields(_ der: [UInt8], file: String, index: Int) -> [String: Any] {
        var result: [String: Any] = ["file": file, "index": index]
        do {
            let certificate = try Certificate(derEncoded: der)
            result["subject"] = certificate.subject.opensslOneLine
            result["issuer"] = certificate.issuer.opensslOneLine
            result["subject_rfc4514"] = certificate.subject.rfc4514String
            result["issuer_rfc4514"] = certificate.issuer.rfc4514String
            result["serial"] = certificate.serialNumber.hexString
            result["not_before"] = certificate.notBefore.secondsSince1970
            result["not_after"] = certificate.notAfter.secondsSince1970
            let san = certificate.extensions.subjectAlternativeName
            result["san_dns"] = san?.dnsNames ?? []
            result["san_ip"] = san?.ipAddresses.map(\.description) ?? []
            result["san_email"] = san?.emailAddresses ?? []
            result["san_uri"] = san?.uris ?? []
            let key = certificate.subjectPublicKeyInfo
            result["key_type"] = key.details.typeName
            result["key_bits"] = key.bitCount ?? -1
            result["sha256"] = hex(certificate.fingerprint(.sha256))
            result["sha1"] = hex(certificate.fingerprint(.sha1))
        } catch {
            result["error"] = "\(error)"
            result["sha256"] = hex(HashAlgorithm.sha256.hash(der))
        }
        return result
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func json(_ object: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
