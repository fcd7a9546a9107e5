/// A file or directory ``CertificateScan`` found and did not read, and why. Skips are
/// counted and listed, never silent; they are not errors (a scan of `/etc` meets sockets
/// and files it may not read).
public struct ScanSkip: Sendable, Hashable {
    /// Why it was not read.
    public enum Reason: Sendable, Hashable {
        /// A FIFO, socket or device: opening one could block forever.
        case notRegularFile(String)
        /// A directory already walked (a symbolic link loop or a second link to it).
        case alreadyVisited
        /// A file already read under another name (a hard or symbolic link to it).
        case sameFile
        /// Nested deeper than ``ScanOptions/maximumDepth``.
        case tooDeep(Int)
        /// Larger than ``ScanOptions/maximumFileSize`` and not named like a certificate.
        case tooLarge(Int)
        /// A symbolic link to nothing.
        case brokenLink(String)
        /// The system refused (permissions): its reason.
        case unreadable(String)
    }

    /// The path (bytes of the name that are not UTF-8 kept as U+10FF00 + byte).
    public let path: String
    /// Why.
    public let reason: Reason

    /// "a FIFO: not opened", "permission denied".
    public var description: String {
        switch reason {
        case .notRegularFile(let kind): return "\(kind): not opened (it could block)"
        case .alreadyVisited: return "a directory already scanned (a link loop or a second link): not walked again"
        case .sameFile: return "a file already read under another name (a link): not read again"
        case .tooDeep(let depth): return "nested deeper than \(depth) directories: not walked"
        case .tooLarge(let limit): return "larger than \(limit / 1024 / 1024) MiB: not read"
        case .brokenLink(let reason): return "a symbolic link that leads nowhere (\(reason))"
        case .unreadable(let reason): return "cannot read: \(reason)"
        }
    }

    /// A short stable word for counting: `special-file`, `loop`, `same-file`, `too-deep`, `too-large`,
    /// `broken-link`, `unreadable`.
    public var kind: String {
        switch reason {
        case .notRegularFile: return "special-file"
        case .alreadyVisited: return "loop"
        case .sameFile: return "same-file"
        case .tooDeep: return "too-deep"
        case .tooLarge: return "too-large"
        case .brokenLink: return "broken-link"
        case .unreadable: return "unreadable"
        }
    }
}
