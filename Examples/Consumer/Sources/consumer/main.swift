// The jobs people do with an X.509 library, written from the README and the doc comments
// with the public API only. Run from the package root: Examples/Consumer/run.sh.
import Foundation
import PureX509
import PureX509Foundation

let vectors = CommandLine.arguments.dropFirst().first ?? "../../TestVectors"
var failures = 0
@MainActor func check(_ job: String, _ body: () throws -> String) {
    do {
        print("ok    \(job): \(try body())")
    } catch {
        failures += 1
        print("FAIL  \(job): \(error)")
    }
}
@MainActor func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: vectors + "/" + path))) }
@MainActor func file(_ path: String) -> String { vectors + "/" + path }

struct Unexpected: Error, CustomStringConvertible { let description: String }

let at = Date(timeIntervalSince1970: 1_796_774_400)  // 2026-12-10
var chain: [Certificate] = []
check("read a chain") {
    chain = try [Certificate](contentsOfFile: file("server-configs/ssl/shop-fullchain.pem"))
    return "\(chain.count) certificates, leaf \(chain[0].subject.rfc4514String)"
}

check("verify for a host against a CA file") {
    let store = try TrustStore(contentsOf: [vectors + "/server-configs/ssl/root.pem"])
    let policy = VerificationPolicy(date: at, peerNames: [.dns("shop.example.com")])
    let result = ChainVerifier(trustStore: store, policy: policy).verify(chain[0], intermediates: Array(chain.dropFirst()))
    guard result.isValid else { throw Unexpected(description: "\(result.primaryFailure.map { "\($0)" } ?? "invalid")") }
    return "valid, \(result.path?.count ?? 0) certificates to the anchor"
}

check("verify against the system store (this private CA is not in it)") {
    guard let store = TrustStore.system() else { return "no system store on this machine" }
    let result = ChainVerifier(trustStore: store, policy: VerificationPolicy(date: at, peerNames: [.dns("shop.example.com")]))
        .verify(chain[0], intermediates: Array(chain.dropFirst()))
    guard !result.isValid else { throw Unexpected(description: "a private CA verified against the system store") }
    return "refused: \(result.primaryFailure.map { "\($0)" } ?? "")"
}

check("match a private key to its certificate") {
    let key = try PrivateKey(contentsOfFile: file("server-configs/ssl/shop.key"))
    guard key.matches(chain[0]).isMatch else { throw Unexpected(description: "\(key.matches(chain[0]))") }
    return "the key belongs to the leaf"
}

check("read a CSR, a CRL and a PKCS#12 file") {
    let csr = try CertificateSigningRequest(contentsOfFile: file("crypto/rsa/rsa2048-pkcs1-sha256.csr.der"))
    let crl = try CertificateRevocationList(contentsOfFile: file("scan/tree/root.crl"))
    let p12 = try PKCS12Bundle(contentsOfFile: file("scan/tree/site/keystore.p12"), password: "secret")
    return "CSR \(csr.subject.rfc4514String); CRL of \(crl.issuer.rfc4514String) until \(crl.nextUpdate?.rfc3339 ?? "-"); PKCS#12 with \(p12.certificates.count) certificate"
}

check("the same from bytes in memory (DER and PEM)") {
    let leaf = try Certificate(pemEncoded: chain[0].pemEncoded)
    let crl = try CertificateRevocationList(derEncoded: try bytes("scan/tree/root.crl"))
    let p12 = try PKCS12Bundle(derEncoded: try bytes("scan/tree/site/keystore.p12"), password: "secret")
    guard leaf == chain[0] else { throw Unexpected(description: "the PEM round trip changed the certificate") }
    return "leaf, CRL with \(crl.revokedCount) entries, PKCS#12 with \(p12.privateKeys.count) key"
}

check("a .p12 handed to the certificate loader says what it is") {
    do {
        _ = try Certificate(contentsOfFile: file("scan/tree/site/keystore.p12"))
        throw Unexpected(description: "a PKCS#12 file loaded as a certificate")
    } catch let error as ReadError {
        guard case .unreadableBlocks(_, let blocks) = error, blocks.first?.hint?.contains("PKCS#12") == true else {
            throw Unexpected(description: "\(error)")
        }
        return "refused: \(blocks[0].error.message)"
    }
}

check("diagnose a broken chain") {
    var input = DiagnosisInput(certificates: [DiagnosisSource(name: "leaf.pem", bytes: try bytes("server-configs/ssl/shop.pem"))], time: 0)
    input.date = at
    input.trustAnchors = [DiagnosisSource(name: "root.pem", bytes: try bytes("server-configs/ssl/root.pem"))]
    input.host = "shop.example.com"
    let report = Diagnosis.run(input)
    guard report.findings.contains(where: { $0.code == .missingIntermediate }) else { throw Unexpected(description: "\(report.findings.map(\.code))") }
    return report.findings.map(\.code.rawValue).joined(separator: ", ")
}

check("verify 1,000 chains in a task group") {
    let store = try TrustStore(contentsOf: [vectors + "/server-configs/ssl/root.pem"])
    let verifier = ChainVerifier(trustStore: store, policy: VerificationPolicy(date: at, peerNames: [.dns("shop.example.com")]))
    let leaf = chain[0], intermediates = Array(chain.dropFirst())
    let started = ContinuousClock.now
    let valid = runBlocking {
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<1_000 { group.addTask { verifier.verify(leaf, intermediates: intermediates).isValid } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
    }
    let elapsed = ContinuousClock.now - started
    guard valid == 1_000 else { throw Unexpected(description: "\(valid) of 1000 valid") }
    let perChain = Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
    return String(format: "1000 valid in %.0f ms (%.2f ms per chain, all cores)", perChain, perChain / 1_000)
}

/// Runs async work from top-level code and waits for it.
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = ResultBox<T>()
    let semaphore = DispatchSemaphore(value: 0)
    Task {
        box.value = await body()
        semaphore.signal()
    }
    semaphore.wait()
    return box.value!
}
final class ResultBox<T>: @unchecked Sendable { var value: T? }

if failures > 0 {
    print("\(failures) job(s) failed")
    exit(1)
}
print("all jobs done with the public API")
