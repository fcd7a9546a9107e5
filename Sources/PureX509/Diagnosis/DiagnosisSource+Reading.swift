#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DiagnosisSource {
    /// The largest file read: far above any certificate bundle, and a bound on memory
    /// (``RegularFile/maximumSize``, 100 MiB).
    public static let maximumFileSize = RegularFile.maximumSize

    /// Reads the file at `path` (symbolic links followed), recording its permission bits.
    /// Never throws: a missing or unreadable file becomes `.notFound` or `.unreadable`, which
    /// the diagnosis reports as findings.
    public static func read(_ path: String) -> DiagnosisSource {
        var info = stat()
        guard RegularFile.withCString(path, { stat($0, &info) }) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return DiagnosisSource(name: path, content: .notFound) }
            return DiagnosisSource(name: path, content: .unreadable(String(cString: strerror(code))))
        }
        let permissions = UInt32(info.st_mode) & 0o7777
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return DiagnosisSource(name: path, content: .unreadable("is a directory"), permissions: permissions)
        }
        // Regular files only, opened without blocking (a FIFO or socket fails at once).
        do {
            return DiagnosisSource(name: path, content: .bytes(try RegularFile.read(path, maximumSize: maximumFileSize)),
                                   permissions: permissions)
        } catch {
            if case .tooLarge = error {
                return DiagnosisSource(name: path, content: .unreadable("larger than \(maximumFileSize / 1024 / 1024) MiB"),
                                       permissions: permissions)
            }
            return DiagnosisSource(name: path, content: .unreadable(error.reason), permissions: permissions)
        }
    }

    /// Reads `path`, or every certificate-looking file in it when it is a directory
    /// (`*.pem`, `*.crt`, `*.cer`, `*.der`, `*.p7b`, `*.p7c`, OpenSSL hashed names such as
    /// `5ad8a5d6.0`), in name order so that results are deterministic.
    public static func readFileOrDirectory(_ path: String) -> [DiagnosisSource] {
        guard isDirectory(path) else { return [read(path)] }
        guard let entries = RegularFile.directoryEntries(path) else {
            return [DiagnosisSource(name: path, content: .unreadable(String(cString: strerror(errno))))]
        }
        let names = entries.filter(looksLikeCertificateFile)
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return names.map { prefix + $0 }.filter { !isDirectory($0) }.map(read)
    }

    /// True when `path` names a directory.
    public static func isDirectory(_ path: String) -> Bool { RegularFile.isDirectory(path) }

    static func looksLikeCertificateFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        for suffix in [".pem", ".crt", ".cer", ".der", ".p7b", ".p7c", ".cert"] where lower.hasSuffix(suffix) { return true }
        // OpenSSL c_rehash names: 8 hex digits, '.', a decimal counter.
        let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 8 && parts[0].allSatisfy(\.isHexDigit)
            && !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
    }
}
