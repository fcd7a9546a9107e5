import Foundation
import PureX509
import PureX509ASN1

/// Runs x509-limbo testcases through `ChainVerifier`. The case's own fields (validation
/// kind, time, peer names, key usage, extended key usage, maximum depth, CRLs) set the
/// policy; the profile is the one the case's namespace names (`namespaceProfile(of:)`:
/// `rfc5280::` cases under `.rfc5280`, the others under `.webPKI`), or one profile for the
/// whole suite (`.client`, to list how mainstream clients differ from limbo).
public enum LimboRunner {
    /// The profile a case's namespace names, or nil with the reason to skip it. The nine
    /// `webpki::cn::` cases test BR 7.1.4.3's commonName rules, which bind CAs, not
    /// verifiers: no profile enforces them (x509dump diagnose reports them as a lint), and
    /// pyca/cryptography skips them for the same reason.
    public static func namespaceProfile(of testcase: LimboTestcase) -> Result<VerificationProfile, SkipReason> {
        if testcase.id.hasPrefix("webpki::cn::") {
            return .failure(SkipReason(
                "BR 7.1.4.3 commonName rules bind CAs, not verifiers: no major client enforces them; "
                    + "x509dump diagnose reports them as the cn-not-in-san lint"))
        }
        return .success(testcase.id.hasPrefix("rfc5280::") ? .rfc5280 : .webPKI)
    }

    /// Why a case is not run under its namespace's profile.
    public struct SkipReason: Error, Sendable {
        public let text: String
        init(_ text: String) { self.text = text }
    }

    /// Loads limbo.json.
    public static func loadSuite(path: String) throws -> LimboSuite {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(LimboSuite.self, from: data)
    }

    /// Runs one testcase under `profile`, or under the profile its namespace names when nil.
    public static func run(_ testcase: LimboTestcase, profile: VerificationProfile? = nil) -> LimboResult {
        run(testcase, profile: profile, attempts: nil).result
    }

    /// Runs one testcase and describes every path tried (for `limbo-harness --explain ID`).
    public static func explain(_ testcase: LimboTestcase, profile: VerificationProfile? = nil) -> String {
        var lines: [String] = []
        let result = run(testcase, profile: profile, attempts: &lines).result
        return (["\(testcase.id): \(result.actual.rawValue) (expected \(testcase.expectedResult)): \(result.context)"] + lines)
            .joined(separator: "\n")
    }

    /// The verifier's failure for a case that fails on a verification rule (nil when it
    /// succeeds, is skipped, or fails before verifying), for `difference(of:)`.
    static func run(
        _ testcase: LimboTestcase, profile chosen: VerificationProfile?, attempts: UnsafeMutablePointer<[String]>?
    ) -> (result: LimboResult, failure: VerificationFailure?) {
        func result(_ actual: LimboResult.Actual, _ context: String) -> (result: LimboResult, failure: VerificationFailure?) {
            (LimboResult(id: testcase.id, actual: actual, context: context), nil)
        }
        let profile: VerificationProfile
        if let chosen {
            profile = chosen
        } else {
            switch namespaceProfile(of: testcase) {
            case .success(let named): profile = named
            case .failure(let reason): return result(.skipped, reason.text)
            }
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
        var policy = VerificationPolicy(
            time: time, purpose: testcase.validationKind == "CLIENT" ? .clientAuth : .serverAuth, profile: profile)
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
                policy.crls.append(try CertificateRevocationList(derEncoded: block.der))
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
        return (
            LimboResult(id: testcase.id, actual: .failure, context: outcome.primaryFailure.map { "\($0)" } ?? "no path"),
            outcome.primaryFailure
        )
    }

    /// Why `profile` gives another result than limbo expects for `testcase`, for the
    /// committed list of differences: the rule of the case's namespace profile that
    /// `profile` leaves out, and what mainstream clients do about it. Nil when the results
    /// agree or no profile rule explains the difference.
    public static func difference(of testcase: LimboTestcase, under profile: VerificationProfile) -> LimboResult? {
        let own = run(testcase, profile: profile, attempts: nil).result
        guard own.actual.rawValue != testcase.expectedResult else { return nil }
        let strictProfile: VerificationProfile
        switch namespaceProfile(of: testcase) {
        case .success(let named): strictProfile = named
        case .failure(let reason): return LimboResult(id: testcase.id, actual: own.actual, context: reason.text)
        }
        let strict = run(testcase, profile: strictProfile, attempts: nil)
        if own.actual == .success, strict.result.actual == .failure, let rule = strict.failure?.profileRule,
            !profile.applies(rule) {
            return LimboResult(
                id: testcase.id, actual: own.actual,
                context: "the \(profile.name) profile leaves out \(rule.rawValue) (\(rule.citation)): \(rule.clientPractice)")
        }
        return LimboResult(
            id: testcase.id, actual: own.actual,
            context: "UNEXPLAINED: \(profile.name) gives \(own.actual.rawValue) (\(own.context)); \(strictProfile.name) gives \(strict.result.actual.rawValue) (\(strict.result.context))")
    }

    /// Runs every testcase, in order, each under `profile` or under its namespace's.
    public static func run(_ suite: LimboSuite, profile: VerificationProfile? = nil) -> [LimboResult] {
        suite.testcases.map { run($0, profile: profile) }
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
