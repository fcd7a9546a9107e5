import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading input files safely: regular files only, never blocking on a FIFO, a socket or a
/// device, bounded in size per file and in total per process, with byte-exact names
/// (names that are not UTF-8 keep each such byte as U+10FF00 + byte). The one way the library and x509dump open files.
public enum RegularFile {
    /// Why a file was not read.
    public enum ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Nothing by that name.
        case notFound(path: String)
        /// Not a regular file (a directory, FIFO, socket or device): never read, since
        /// reading one could block forever or never end. `kind` names what it is.
        case notRegularFile(path: String, kind: String)
        /// Larger than the per-file limit.
        case tooLarge(path: String, limit: Int)
        /// Reading it would go over the per-process total.
        case processLimitReached(path: String, limit: Int)
        /// The system refused (permissions, I/O error): the system's reason.
        case unreadable(path: String, reason: String)

        /// The path as given (bytes that are not UTF-8 kept as U+10FF00 + byte).
        public var path: String {
            switch self {
            case .notFound(let path), .notRegularFile(let path, _), .tooLarge(let path, _), .processLimitReached(let path, _),
                 .unreadable(let path, _):
                return path
            }
        }

        /// "a.pem: no such file", "fifo: not a regular file (a FIFO): not read".
        public var description: String {
            let name = RawPath.display(path)
            switch self {
            case .unreadable: return "\(name): cannot read: \(reason)"
            default: return "\(name): \(reason)"
            }
        }

        /// The problem without the name: "not a regular file (a FIFO): not read".
        public var reason: String {
            switch self {
            case .notFound: return "no such file"
            case .notRegularFile(_, let kind): return "not a regular file (\(kind)): not read"
            case .tooLarge(_, let limit): return "larger than the \(limit / 1024 / 1024) MiB input limit"
            case .processLimitReached(_, let limit):
                return "not read: the inputs together are larger than the \(limit / 1024 / 1024) MiB limit per process"
            case .unreadable(_, let reason): return reason
            }
        }
    }

    /// The largest file read: 100 MiB, far above any certificate bundle or CRL (a full
    /// system bundle is about 250 KB, the largest public CRLs tens of MB), and a bound on
    /// memory.
    public static let maximumSize = 100 * 1024 * 1024

    /// The process-wide limit on bytes read through `read` (standard input included).
    /// Unlimited unless a program sets one: x509dump sets 100 MiB, so that a hundred files
    /// of 99 MiB cannot take 10 GB.
    package static func setProcessLimit(_ bytes: Int) { processLimit.store(bytes, ordering: .relaxed) }

    /// The bytes read so far by this process.
    package static var processTotal: Int { processRead.load(ordering: .relaxed) }

    private static let processLimit = Atomic<Int>(.max)
    private static let processRead = Atomic<Int>(0)

    /// Reads the regular file at `path` (a ``RawPath`` string; symbolic links followed).
    ///
    /// The file is opened with `O_NONBLOCK` and checked with `fstat` before any read, so a
    /// FIFO with no writer, a socket or a terminal fails at once with `.notRegularFile`
    /// instead of blocking. `allowingPipes` reads a pipe too, for what a user names on
    /// purpose and shells hand over as pipes (`--password-file <(pass show key)`).
    package static func read(_ path: String, maximumSize: Int = maximumSize, allowingPipes: Bool = false) throws(ReadError) -> [UInt8] {
        let descriptor = withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG || (allowingPipes && type == S_IFIFO) else {
            throw .notRegularFile(path: path, kind: kindName(info.st_mode))
        }
        if Int(info.st_size) > maximumSize { throw .tooLarge(path: path, limit: maximumSize) }
        return try readAll(descriptor, path: path, maximumSize: maximumSize, expected: Int(info.st_size))
    }

    /// Reads standard input to its end (it is read only when asked for, with `-`).
    package static func readStandardInput(name: String = "<stdin>", maximumSize: Int = maximumSize) throws(ReadError) -> [UInt8] {
        try readAll(0, path: name, maximumSize: maximumSize, expected: 0)
    }

    /// Reads `descriptor` to its end, within the per-file and per-process limits.
    static func readAll(_ descriptor: Int32, path: String, maximumSize: Int, expected: Int) throws(ReadError) -> [UInt8] {
        var result: [UInt8] = []
        if expected > 0 && expected <= maximumSize {
            // The size fstat gave, read straight into the array (no copy through a chunk),
            // with one byte more to see the end. A file that grew meanwhile goes on below.
            var failure: ReadError?
            result = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
                adviseHugePages(buffer)
                while count < buffer.count {
                    let read = readSome(
                        descriptor, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])), path: path)
                    switch read {
                    case .success(0): return
                    case .success(let bytes):
                        if let limited = account(bytes, path: path) {
                            failure = limited
                            return
                        }
                        count += bytes
                    case .failure(let error):
                        failure = error
                        return
                    }
                }
            }
            if let failure { throw failure }
            if result.count <= expected { return result }
            if result.count > maximumSize { throw .tooLarge(path: path, limit: maximumSize) }
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = try chunk.withUnsafeMutableBytes { readSome(descriptor, into: $0, path: path) }.get()
            if count == 0 { break }
            if let limited = account(count, path: path) { throw limited }
            result.append(contentsOf: chunk[0..<count])
            if result.count > maximumSize { throw .tooLarge(path: path, limit: maximumSize) }
        }
        return result
    }

    /// One `read` into `buffer`: the bytes read (0 at the end), retried on EINTR, and after a
    /// wait when the descriptor is non-blocking and has nothing yet.
    private static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String) -> Result<Int, ReadError> {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return .success(count) }
            if errno == EINTR { continue }
            if errno == EAGAIN {
                // Standard input set non-blocking by someone else: wait for it.
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&poller, 1, -1)
                continue
            }
            return .failure(.unreadable(path: path, reason: String(cString: strerror(errno))))
        }
    }

    /// Counts `bytes` against the process limit: the error once it is passed.
    private static func account(_ bytes: Int, path: String) -> ReadError? {
        let limit = processLimit.load(ordering: .relaxed)
        let total = processRead.add(bytes, ordering: .relaxed).newValue
        return total > limit ? .processLimitReached(path: path, limit: limit) : nil
    }

    /// Asks Linux for 2 MiB pages under a large fresh buffer: a 20 MB file then costs ten
    /// page faults instead of five thousand (transparent huge pages in `madvise` mode, the
    /// usual default). Only a hint: nothing changes where it is not honoured.
    private static func adviseHugePages(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        #if os(Linux)
        let huge = 2 << 20
        guard buffer.count >= 2 * huge, let base = buffer.baseAddress else { return }
        let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(huge - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        #endif
    }

    /// What a non-regular file is, for messages.
    static func kindName(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "not a regular file"
        }
    }

    /// True when something exists at `path` (a ``RawPath`` string; symbolic links
    /// followed, so a link to nothing does not exist).
    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return withCString(path) { stat($0, &info) } == 0
    }

    /// True when `path` (a ``RawPath`` string; links followed) names a regular file.
    package static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return withCString(path) { stat($0, &info) } == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// True when `path` (a ``RawPath`` string) names a directory.
    package static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        let found = withCString(path) { stat($0, &info) } == 0
        return found && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The names in the directory at `path` (no `.` and `..`), as ``RawPath`` strings
    /// (a name that is not UTF-8 keeps its bytes), sorted by their bytes so that loading
    /// is deterministic. Nil when the directory cannot be listed.
    package static func directoryEntries(_ path: String) -> [String]? {
        guard let directory = withCString(path, { opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }.map { RawPath.decode($0) }
    }

    /// `path` joined with `name`.
    package static func join(_ path: String, _ name: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    /// Calls `body` with the NUL-terminated bytes of a ``RawPath`` string.
    static func withCString<T>(_ path: String, _ body: (UnsafePointer<CChar>) -> T) -> T {
        var bytes = RawPath.encode(path)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: pointer.count) { body($0) }
        }
    }
}
