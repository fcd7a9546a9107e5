#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading configuration files and their includes: paths resolved against the server's
/// base directory, glob patterns expanded in sorted order (as nginx and Apache do), and a
/// bound on nesting and on the number of files, so that a file including itself ends.
struct ConfigIncludes {
    /// The directory relative paths are resolved against (nginx's prefix, Apache's
    /// ServerRoot, HAProxy's crt-base).
    var base: String
    private(set) var filesRead: [String] = []
    private(set) var problems: [ConfigProblem] = []
    static let maximumFiles = 512
    static let maximumDepth = 16

    init(base: String) { self.base = base }

    /// `path` made absolute against `base` (unchanged when it is already absolute).
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") || base.isEmpty ? path : RegularFile.join(base, path)
    }

    /// The directory part of `path` ("." for a bare name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The files a pattern names, sorted; `nil` and a problem when a pattern without glob
    /// characters names nothing (nginx and Apache's `Include` refuse to start then; Apache's
    /// `IncludeOptional` does not: `optional`).
    mutating func expand(_ pattern: String, from file: String, line: Int, directive: String, optional: Bool = false) -> [String] {
        let resolved = resolve(pattern)
        let isPattern = resolved.contains { $0 == "*" || $0 == "?" || $0 == "[" }
        guard isPattern else {
            if RegularFile.isDirectory(resolved) {
                // Apache includes every file of a directory.
                return (RegularFile.directoryEntries(resolved) ?? []).map { RegularFile.join(resolved, $0) }
                    .filter { !RegularFile.isDirectory($0) }
            }
            if !RegularFile.exists(resolved) {
                if !optional {
                    problems.append(ConfigProblem(file: file, line: line, message: "\(directive) \(pattern): \(RawPath.display(resolved)) does not exist (the server refuses to start)"))
                }
                return []
            }
            return [resolved]
        }
        var matches = glob_t()
        defer { globfree(&matches) }
        guard RegularFile.withCString(resolved, { glob($0, 0, nil, &matches) }) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(matches.gl_pathc) {
            guard let pointer = matches.gl_pathv[index] else { continue }
            let length = strlen(pointer)
            let path = pointer.withMemoryRebound(to: UInt8.self, capacity: length) { RawPath.decode(UnsafeBufferPointer(start: $0, count: length)) }
            if !RegularFile.isDirectory(path) { paths.append(path) }
        }
        return paths.sorted()
    }

    /// The text of a configuration file, or nil with a problem naming the directive that
    /// asked for it (`from`), when it cannot be read or the limits are reached.
    mutating func read(_ path: String, from file: String?, line: Int, depth: Int) -> [UInt8]? {
        guard depth <= Self.maximumDepth else {
            problems.append(ConfigProblem(file: file ?? path, line: line, message: "includes nested deeper than \(Self.maximumDepth) levels (a file including itself?): \(RawPath.display(path)) not read"))
            return nil
        }
        guard filesRead.count < Self.maximumFiles else {
            problems.append(ConfigProblem(file: file ?? path, line: line, message: "more than \(Self.maximumFiles) configuration files: \(RawPath.display(path)) not read"))
            return nil
        }
        do {
            let bytes = try RegularFile.read(path, maximumSize: 16 * 1024 * 1024)
            filesRead.append(path)
            return bytes
        } catch {
            problems.append(ConfigProblem(file: file ?? path, line: line, message: "\(RawPath.display(path)): \(error.reason)"))
            return nil
        }
    }

    mutating func report(_ problem: ConfigProblem) { problems.append(problem) }
}
