#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension DiagnosisSource {
    /// The largest file read: far above any certificate bundle, and a bound on memory.
    public static let maximumFileSize = 64 * 1024 * 1024

    /// Reads the file at `path` (symbolic links followed), recording its permission bits.
    /// Never throws: a missing or unreadable file becomes `.notFound` or `.unreadable`, which
    /// the diagnosis reports as findings.
    public static func read(_ path: String) -> DiagnosisSource {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return DiagnosisSource(name: path, content: .notFound) }
            return DiagnosisSource(name: path, content: .unreadable(String(cString: strerror(code))))
        }
        let permissions = UInt32(info.st_mode) & 0o7777
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return DiagnosisSource(name: path, content: .unreadable("is a directory"), permissions: permissions)
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return DiagnosisSource(name: path, content: .unreadable(String(cString: strerror(errno))), permissions: permissions)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        if info.st_size > 0 && Int(info.st_size) <= maximumFileSize { bytes.reserveCapacity(Int(info.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return DiagnosisSource(name: path, content: .unreadable(String(cString: strerror(errno))), permissions: permissions)
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > maximumFileSize {
                return DiagnosisSource(name: path, content: .unreadable("larger than \(maximumFileSize / 1024 / 1024) MiB"), permissions: permissions)
            }
        }
        return DiagnosisSource(name: path, content: .bytes(bytes), permissions: permissions)
    }

    /// Reads `path`, or every certificate-looking file in it when it is a directory
    /// (`*.pem`, `*.crt`, `*.cer`, `*.der`, `*.p7b`, `*.p7c`, OpenSSL hashed names such as
    /// `5ad8a5d6.0`), in name order so that results are deterministic.
    public static func readFileOrDirectory(_ path: String) -> [DiagnosisSource] {
        guard isDirectory(path) else { return [read(path)] }
        guard let directory = opendir(path) else {
            return [DiagnosisSource(name: path, content: .unreadable(String(cString: strerror(errno))))]
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." && looksLikeCertificateFile(name) { names.append(name) }
        }
        closedir(directory)
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return names.sorted().map { prefix + $0 }.filter { !isDirectory($0) }.map(read)
    }

    /// True when `path` names a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func looksLikeCertificateFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        for suffix in [".pem", ".crt", ".cer", ".der", ".p7b", ".p7c", ".cert"] where lower.hasSuffix(suffix) { return true }
        // OpenSSL c_rehash names: 8 hex digits, '.', a decimal counter.
        let parts = lower.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0].count == 8 && parts[0].allSatisfy(\.isHexDigit)
            && !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
    }
}
