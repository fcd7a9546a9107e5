#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing result files safely: to a temporary file next to the target, then renamed over
/// it, so that a server never reads a half-written chain.
enum OutputFile {
    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes `bytes` to `path` atomically with permission bits `mode`.
    static func write(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws(WriteError) {
        let temporary = path + ".x509dump-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else { throw WriteError(description: "\(temporary): \(String(cString: strerror(errno)))") }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw WriteError(description: "\(temporary): \(reason)")
            }
            offset += written
        }
        fchmod(descriptor, mode)
        guard fsync(descriptor) == 0 || errno == EINVAL, close(descriptor) == 0 else {
            unlink(temporary)
            throw WriteError(description: "\(temporary): \(String(cString: strerror(errno)))")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(description: "\(path): \(reason)")
        }
    }

    /// True when something exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The permission bits of `path`, or nil.
    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// The same file system object (device and inode), following links.
    static func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// A backup name for `path` that does not exist yet: `path.bak`, then `path.bak.1`, ...
    static func backupName(for path: String) -> String {
        var candidate = path + ".bak"
        var counter = 1
        while exists(candidate) {
            candidate = path + ".bak.\(counter)"
            counter += 1
        }
        return candidate
    }
}
