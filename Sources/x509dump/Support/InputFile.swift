#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file named on the command line, read whole (`-` is standard input).
struct InputFile {
    /// The name as given (`-` for standard input).
    let name: String
    /// The bytes read.
    let bytes: [UInt8]

    /// The largest input read: far above any certificate bundle, and a bound on memory.
    static let maximumSize = 100 * 1024 * 1024

    enum ReadError: Error, CustomStringConvertible {
        case notFound(String)
        case unreadable(String, String)
        case tooLarge(String, Int)

        var description: String {
            switch self {
            case .notFound(let name): return "\(name): no such file"
            case .unreadable(let name, let reason): return "\(name): cannot read: \(reason)"
            case .tooLarge(let name, let limit): return "\(name): larger than the \(limit / 1024 / 1024) MiB input limit"
            }
        }
    }

    /// Reads `name` (or standard input for `-`).
    static func read(_ name: String) throws(ReadError) -> InputFile {
        if name == "-" {
            return InputFile(name: "<stdin>", bytes: try readAll(0, name: "<stdin>"))
        }
        let descriptor = open(name, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(name) }
            throw .unreadable(name, String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadable(name, "is a directory")
        }
        return InputFile(name: name, bytes: try readAll(descriptor, name: name))
    }

    private static func readAll(_ descriptor: Int32, name: String) throws(ReadError) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(name, String(cString: strerror(errno)))
            }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
            if result.count > maximumSize { throw .tooLarge(name, maximumSize) }
        }
        return result
    }
}
