import Foundation
import PureX509
import Testing

/// `CertificateScan` over TestVectors/scan (made by TestVectors/gen/55-scan.sh), judged on
/// 2026-12-10 with the default thresholds, plus the file-system traps a walk of /etc meets
/// (FIFOs, link loops, broken links, second links, names that are not UTF-8), made at run time.
@Suite struct CertificateScanTests {
    static let scanRoot = packageRoot.appendingPathComponent("TestVectors/scan").path
    static let time = ASN1Time(rfc3339: "2026-12-10")!.secondsSince1970
    static let thresholds = ExpiryThresholds()

    static func statuses(_ report: ScanReport) -> [String: ExpiryStatus] {
        var result: [String: ExpiryStatus] = [:]
        for found in report.certificates {
            let name = String(found.path.dropFirst(scanRoot.count + 1)) + "#\(found.position)"
            result[name] = found.status(at: time, thresholds: thresholds)
        }
        return result
    }

    @Test func everyCertificateOfTheTreeWithItsStatus() {
        var options = ScanOptions()
        options.password = "secret"
        let report = CertificateScan(options: options).run([Self.scanRoot + "/tree"])
        #expect(Self.statuses(report) == [
            "tree/root.pem#1": .ok,
            "tree/site/fullchain.pem#1": .ok,
            "tree/site/fullchain.pem#2": .ok,
            "tree/site/soon.crt#1": .warning,
            "tree/site/urgent.pem#1": .critical,
            "tree/site/keystore.p12#1": .critical,
            "tree/old/expired.cer#1": .expired,
            "tree/odd/quote.pem#1": .ok,
        ])
        #expect(report.crls.count == 1)
        #expect(report.crls.first?.status(at: Self.time, thresholds: Self.thresholds) == .warning)
        // PGP armour, prose in a .crt and a text file are not certificate files: no error.
        #expect(report.readErrors.isEmpty, "\(report.readErrors)")
        #expect(report.filesWithoutCertificates == 3)
        #expect(report.worstStatus(at: Self.time, thresholds: Self.thresholds) == .expired)
    }

    @Test func aPKCS12WithoutPasswordIsAReadErrorNotASilentGap() {
        let report = CertificateScan().run([Self.scanRoot + "/tree/site"])
        #expect(report.readErrors.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["keystore.p12"])
        #expect(report.readErrors.first?.message.contains("password") == true)
    }

    @Test func damagedAndPastedFilesAreErrorsAndTheGoodBlockIsKept() {
        let report = CertificateScan().run([Self.scanRoot + "/broken"])
        let errors = report.readErrors.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.pemLine) }
        #expect(errors.map(\.0) == ["damaged.pem", "pasted.crt"])
        #expect(errors.first?.1 == 14)
        #expect(report.certificates.map { $0.certificate.subject.commonName } == ["soon.example.com"])
    }

    @Test func thresholdsDecideTheStatus() {
        let thresholds = ExpiryThresholds(warnDays: 30, errorDays: 7)
        let day: Int64 = 86_400
        #expect(thresholds.status(notBefore: 0, notAfter: 100 * day, at: 100 * day + 1) == .expired)
        #expect(thresholds.status(notBefore: 0, notAfter: 100 * day, at: 93 * day) == .critical)
        #expect(thresholds.status(notBefore: 0, notAfter: 100 * day, at: 92 * day) == .warning)
        #expect(thresholds.status(notBefore: 0, notAfter: 100 * day, at: 70 * day) == .warning)
        #expect(thresholds.status(notBefore: 0, notAfter: 100 * day, at: 69 * day) == .ok)
        #expect(thresholds.status(notBefore: 50 * day, notAfter: 100 * day, at: 10 * day) == .notYetValid)
    }

    @Test func fileSystemTrapsAreCountedAndNeverBlock() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("scan-traps-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let root = directory.path
        try FileManager.default.copyItem(atPath: Self.scanRoot + "/tree/root.pem", toPath: root + "/root.pem")
        #expect(mkfifo(root + "/pipe.pem", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/loop", withDestinationPath: root)
        try FileManager.default.createSymbolicLink(atPath: root + "/gone.pem", withDestinationPath: root + "/missing.pem")
        try FileManager.default.linkItem(atPath: root + "/root.pem", toPath: root + "/second-name.pem")
        // A name that is not UTF-8 (byte 0xFF): read by its bytes, shown escaped.
        let rawName = RawPath.decode(Array((root + "/caf").utf8) + [0xFF] + Array(".pem".utf8))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.scanRoot + "/tree/site/soon.crt"))
        let descriptor = RawPath.encode(rawName).withUnsafeBufferPointer { buffer -> Int32 in
            var path = Array(buffer)
            path.append(0)
            return path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(descriptor >= 0)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)

        let started = ContinuousClock.now
        let report = CertificateScan().run([root])
        #expect(ContinuousClock.now - started < .seconds(10))
        let names = Set(report.certificates.map { $0.certificate.subject.commonName ?? "" })
        #expect(names == ["Scan Root CA", "soon.example.com"])
        #expect(report.certificates.count == 2)
        let kinds = Dictionary(grouping: report.skipped, by: \.kind).mapValues(\.count)
        #expect(kinds["special-file"] == 1)
        #expect(kinds["loop"] == 1)
        #expect(kinds["broken-link"] == 1)
        #expect(kinds["same-file"] == 1)
        #expect(report.readErrors.isEmpty)
    }

    @Test func aServerConfigurationLeadsToTheFilesItNames() {
        let configs = packageRoot.appendingPathComponent("TestVectors/server-configs").path
        let report = CertificateScan().run([configs + "/nginx/nginx.conf"])
        let files = Set(report.certificates.map { URL(fileURLWithPath: $0.path).lastPathComponent })
        #expect(files == ["shop-fullchain.pem", "shop.pem", "other.pem"])
        let missing = report.readErrors.map { URL(fileURLWithPath: $0.path).lastPathComponent }.sorted()
        #expect(missing == ["clients-ca.pem", "renewed-fullchain.pem"])
        #expect(report.readErrors.allSatisfy { $0.message.contains(" names it: no such file") })
        // A broken configuration's problems are read errors of the configuration.
        let broken = CertificateScan().run([configs + "/nginx-broken/nginx.conf"])
        #expect(broken.readErrors.contains { $0.message.contains("line 10: unexpected \"}\"") })
    }

    @Test func aNamedPathThatIsMissingIsAnError() {
        let report = CertificateScan().run([Self.scanRoot + "/no-such-file.pem"])
        #expect(report.readErrors.count == 1)
        #expect(report.readErrors.first?.message == "no such file")
    }

    @Test func theFileLimitStopsAWalkAndSaysSo() {
        var options = ScanOptions()
        options.maximumFiles = 2
        let report = CertificateScan(options: options).run([Self.scanRoot + "/tree"])
        #expect(report.filesExamined == 2)
        #expect(report.fileLimitReached)
    }
}
