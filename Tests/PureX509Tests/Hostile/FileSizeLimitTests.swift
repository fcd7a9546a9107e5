import Foundation
import Testing
import PureX509

/// The file-size limits of the readers that take a path (100 MiB each, `RegularFile.maximumSize`:
/// `DiagnosisSource.maximumFileSize`, `CertificateFile.load`): a file of exactly the limit
/// is read, one byte more is refused as unreadable. The files are sparse, so the test
/// writes next to nothing to disk.
@Suite("Resource limits: file size")
struct FileSizeLimitTests {
    /// A sparse file of `size` bytes in a fresh temporary folder: `prefix`, then zeros.
    static func sparseFile(size: Int, prefix: [UInt8] = []) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("purex509-size-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("zeros.der").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(prefix)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        return path
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    @Test("diagnosis input: 100 MiB is read, one byte more is unreadable")
    func diagnosisSource() throws {
        let limit = DiagnosisSource.maximumFileSize
        let atLimit = try Self.sparseFile(size: limit)
        defer { Self.remove(atLimit) }
        guard case .bytes(let bytes) = DiagnosisSource.read(atLimit).content else {
            Issue.record("a file of \(limit) bytes is not read")
            return
        }
        #expect(bytes.count == limit)

        let over = try Self.sparseFile(size: limit + 1)
        defer { Self.remove(over) }
        #expect(DiagnosisSource.maximumFileSize == 100 * 1024 * 1024)
        #expect(DiagnosisSource.read(over).content == .unreadable("larger than 100 MiB"))
    }

    @Test("certificate files: 100 MiB is read, one byte more is unreadable")
    func certificateFile() throws {
        // A PEM certificate padded with zeros: read whole, the block found, the rest skipped.
        let pem = Array(PEMWriter.encode(try testVector("malformed/base-cert.der"), label: .certificate).utf8)
        let limit = 100 * 1024 * 1024
        #expect(RegularFile.maximumSize == limit)
        let atLimit = try Self.sparseFile(size: limit, prefix: pem)
        defer { Self.remove(atLimit) }
        #expect(try CertificateFile.load(atLimit).count == 1)

        let over = try Self.sparseFile(size: limit + 1, prefix: pem)
        defer { Self.remove(over) }
        #expect(throws: ReadError.unreadable(path: over, reason: "larger than the 100 MiB input limit")) {
            try CertificateFile.load(over)
        }
    }
}
