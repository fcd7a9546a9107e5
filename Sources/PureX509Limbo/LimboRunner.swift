import Foundation
import PureX509
import PureX509ASN1

/// Runs x509-limbo testcases through `ChainVerifier` under the web PKI policy the
/// harness uses for every case (TLS server, or client for CLIENT cases). Nothing here
/// looks at a testcase id: the case's own fields (validation kind, time, peer names,
/// key usage, extended key usage, maximum depth, CRLs) set the policy.
public enum LimboRunner {
    /// Loads limbo.json.
    public static func loadSuite(path: String) throws -> LimboSuite {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(LimboSuite.self, from: data)
    }

    /// Runs one testcase.
    public static func run(_ testcase: LimboTestcase) -> LimboResult {
        run(testcase, attempts: nil)
    }

    /// Runs one testcase and describes every path tried (for `limbo-harness --explain ID`).
    public static func explain(_ testcase: LimboTestcase) -> String {
        var lines: [String] = []
        let result = run(testcase, attempts: &lines)
        return (["\(testcase.id): \(result.actual.rawValue) (expected \(testcase.expectedResult)): \(result.context)"] + lines)
            .joined(separator: "\n")
    }

    static func run(_ testcase: LimboTestcase, attempts: UnsafeMutablePointer<[String]>?) -> LimboResult {
        func result(_ actual: LimboResult.Actual, _ context: String) -> LimboResult {
            LimboResult(id: testcase.id, actual: actual, context: context)
        }
        // Inputs that do not even parse make the verification fail: a verifier refuses what
        // it cannot read.
        let leaf: Certificate
        switch certificate(fromPEM: testcase.peerCertificate) {
        case .success(let parsed): leaf = parsed
        case .failure(let error): return result(.failure, "leaf does not parse: \(error)")
        }
        var anchors: [Certificate] = []
        for pem in testcase.trustedCerts ?? [] {
            if case .success(let parsed) = certificate(fromPEM: pem) { anchors.append(parsed) }
        }
        var pool = CertificatePool()
        for pem in testcase.untrustedIntermediates ?? [] {
            if case .success(let parsed) = certificate(fromPEM: pem) { pool.insert(parsed) }
        }

        guard let time = validationTime(testcase.validationTime) else {
            return result(.skipped, "unreadable validation_time \(testcase.validationTime ?? "")")
        }
        var policy = VerificationPolicy(time: time, purpose: testcase.validationKind == "CLIENT" ? .clientAuth : .serverAuth)
        for usage in testcase.extendedKeyUsage ?? [] {
            switch usage {
            case "serverAuth": policy.purpose = .serverAuth
            case "clientAuth": policy.purpose = .clientAuth
            default: return result(.skipped, "extended key usage \(usage) not supported by the harness")
            }
        }
        for usage in testcase.keyUsage ?? [] {
            guard let bit = KeyUsage.names.first(where: { $0.name == usage }) else {
                return result(.skipped, "key usage \(usage) not supported by the harness")
            }
            policy.requiredLeafKeyUsage.insert(bit.usage)
        }
        if let depth = testcase.maxChainDepth { policy.maximumIntermediates = depth }
        var names: [LimboTestcase.PeerNameValue] = testcase.expectedPeerNames ?? []
        if let single = testcase.expectedPeerName { names.append(single) }
        for name in names {
            switch name.kind {
            case "DNS": policy.peerNames.append(.dns(name.value))
            case "IP":
                guard let address = IPAddress(name.value) else { return result(.failure, "invalid IP peer name \(name.value)") }
                policy.peerNames.append(.ip(address))
            case "RFC822": policy.peerNames.append(.email(name.value))
            default: return result(.skipped, "peer name kind \(name.kind) not supported")
            }
        }
        for pem in testcase.crls ?? [] {
            // A CRL the verifier cannot read: the verification fails closed.
            do {
                guard let block = try PEMDocument(parsing: pem).blocks.first else { return result(.failure, "CRL without PEM block") }
                policy.crls.append(try RevocationList(derEncoded: block.der))
            } catch {
                return result(.failure, "CRL does not parse: \(error)")
            }
        }

        let verifier = ChainVerifier(trustStore: TrustStore(certificates: anchors), policy: policy)
        let outcome = verifier.verify(leaf, intermediates: pool)
        if let attempts {
            for attempt in outcome.attempts {
                attempts.pointee.append("  tried: " + attempt.certificates.map { $0.subject.rfc4514String }.joined(separator: " <- "))
                attempts.pointee.append("     -> \(attempt)")
            }
        }
        if let path = outcome.path {
            return result(.success, "path: " + path.map { $0.subject.rfc4514String }.joined(separator: " <- "))
        }
        return result(.failure, outcome.primaryFailure.map { "\($0)" } ?? "no path")
    }

    /// Runs every testcase, in order.
    public static func run(_ suite: LimboSuite) -> [LimboResult] {
        suite.testcases.map(run)
    }

    /// x509-limbo's results JSON: `{"version": 1, "harness": ..., "results": [...]}`.
    public static func resultsJSON(_ results: [LimboResult], harness: String) throws -> Data {
        struct Entry: Encodable {
            let id: String
            let actual_result: String
            let context: String
        }
        struct Document: Encodable {
            let version: Int
            let harness: String
            let results: [Entry]
        }
        let document = Document(
            version: 1, harness: harness,
            results: results.map { Entry(id: $0.id, actual_result: $0.actual.rawValue, context: $0.context) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(document)
    }

    /// A limbo time (RFC 3339 with an offset and optional fraction, e.g.
    /// `2024-03-01T00:00:00.999+00:00`) in whole seconds since 1970, fractions floored
    /// (certificate times have second granularity); nil (no time given) means now.
    static func validationTime(_ text: String?) -> Int64? {
        guard let text else { return Int64(Date().timeIntervalSince1970) }
        let bytes = Array(text.utf8)
        guard bytes.count >= 20 else { return nil }
        let head = String(decoding: bytes[0..<19], as: UTF8.self) + "Z"
        guard let base = ASN1Time(rfc3339: head)?.secondsSince1970 else { return nil }
        var index = 19
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") { index += 1 }
        }
        let zone = String(decoding: bytes[index...], as: UTF8.self)
        if zone == "Z" || zone == "z" { return base }
        let zoneBytes = Array(zone.utf8)
        guard zoneBytes.count == 6, zoneBytes[0] == UInt8(ascii: "+") || zoneBytes[0] == UInt8(ascii: "-"),
            let hours = Int64(String(zone.dropFirst().prefix(2))), let minutes = Int64(String(zone.suffix(2)))
        else { return nil }
        let offset = (hours * 60 + minutes) * 60
        return zoneBytes[0] == UInt8(ascii: "+") ? base - offset : base + offset
    }

    static func certificate(fromPEM pem: String) -> Result<Certificate, any Error> {
        do {
            let document = try PEMDocument(parsing: pem)
            guard let block = document.blocks.first else { return .failure(LimboHarnessError("no PEM block")) }
            return .success(try Certificate(derEncoded: block.der))
        } catch {
            return .failure(error)
        }
    }
}

/// An error of the harness itself.
struct LimboHarnessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
