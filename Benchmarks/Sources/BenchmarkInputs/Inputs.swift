import Foundation

/// The inputs every benchmark shares, loaded once, outside any timed region.
///
/// The certificate set is the system CA bundle (about 140 roots) when present, otherwise
/// every certificate committed under TestVectors/, so the benchmarks run on any machine.
/// `PUREX509_BENCH_BUNDLE` points at another PEM bundle.
public enum Inputs {
    /// The PEM bundle the parse benchmarks read, and where it came from.
    public static let bundle: CertificateSet = CertificateSet.load()

    /// Every distinct certificate committed under TestVectors/ (outside malformed/), as
    /// DER, possibly empty.
    public static let testVectorCertificates: [[UInt8]] = CertificateSet.testVectorCertificates()

    /// A 16 KiB message of fixed pseudo-random bytes (for hash throughput).
    public static let message16K: [UInt8] = deterministicBytes(count: 16 * 1024, seed: 0x5EED)

    /// A short message, as signed in certificate-sized verifies (1 KiB).
    public static let message1K: [UInt8] = deterministicBytes(count: 1024, seed: 0xC0FFEE)

    /// The root of the PureX509 checkout (the folder above Benchmarks/).
    public static let repositoryRoot: URL = {
        // .../Benchmarks/Sources/BenchmarkInputs/Inputs.swift
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// True when the quick mode (CI) is asked for: small inputs, few iterations.
    public static var quick: Bool {
        ProcessInfo.processInfo.environment["PUREX509_BENCH_QUICK"].map { $0 != "" && $0 != "0" } ?? false
    }

    /// xorshift64* bytes: the same on every run and machine.
    public static func deterministicBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed | 1
        var out = [UInt8]()
        out.reserveCapacity(count)
        while out.count < count {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            let word = state &* 0x2545_F491_4F6C_DD1D
            withUnsafeBytes(of: word.littleEndian) { out.append(contentsOf: $0.prefix(count - out.count)) }
        }
        return out
    }
}
