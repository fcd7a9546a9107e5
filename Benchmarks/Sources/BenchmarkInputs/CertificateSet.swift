import Foundation

/// A set of certificates: the PEM file they came from and each one as DER.
public struct CertificateSet: Sendable {
    /// Where the certificates came from (a path, for the report).
    public let source: String
    /// The whole PEM file as read (for the PEM decode benchmarks); empty when the set was
    /// assembled from several files.
    public let pem: [UInt8]
    /// Each certificate's DER, in file order.
    public let ders: [[UInt8]]

    /// Total DER bytes.
    public var totalBytes: Int { ders.reduce(0) { $0 + $1.count } }

    public static let systemBundlePaths = [
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/cert.pem",
    ]

    /// The bundle named by PUREX509_BENCH_BUNDLE, else the system bundle, else the
    /// committed test vectors.
    static func load() -> CertificateSet {
        var candidates = systemBundlePaths
        if let override = ProcessInfo.processInfo.environment["PUREX509_BENCH_BUNDLE"], !override.isEmpty {
            candidates.insert(override, at: 0)
        }
        for path in candidates {
            if let data = FileManager.default.contents(atPath: path) {
                let bytes = [UInt8](data)
                let ders = PEMBlocks.certificates(in: bytes)
                if !ders.isEmpty { return CertificateSet(source: path, pem: bytes, ders: ders) }
            }
        }
        // Fallback: every committed certificate, concatenated as one PEM file.
        let files = testVectorFiles()
        var pem: [UInt8] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            let bytes = [UInt8](data)
            if !PEMBlocks.certificates(in: bytes).isEmpty { pem += bytes + [0x0A] }
        }
        return CertificateSet(source: "TestVectors/ (no system CA bundle)", pem: pem, ders: PEMBlocks.certificates(in: pem))
    }

    static func testVectorFiles() -> [URL] {
        let root = Inputs.repositoryRoot.appendingPathComponent("TestVectors")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        // malformed/ holds deliberately broken PEM and DER: not benchmark input.
        for case let url as URL in walker
        where ["pem", "crt"].contains(url.pathExtension) && !url.pathComponents.contains("malformed") {
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Distinct certificates in the PEM files under TestVectors/, in path order.
    static func testVectorCertificates() -> [[UInt8]] {
        var result: [[UInt8]] = []
        var seen = Set<[UInt8]>()
        for file in testVectorFiles() {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            for der in PEMBlocks.certificates(in: [UInt8](data)) where seen.insert(der).inserted {
                result.append(der)
            }
        }
        return result
    }
}
