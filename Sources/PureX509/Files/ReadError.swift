/// Why a file (or PEM text read as a file would be) could not be loaded: the one error of
/// every file initialiser (`init(contentsOfFile:)` of ``Certificate``, ``PrivateKey``,
/// ``PKCS12Bundle`` and the other readable types), of ``CertificateFile`` and of
/// ``TrustStore`` loading.
///
/// Every case names the file. A damaged block is never dropped: ``unreadableBlocks(path:blocks:)``
/// lists every block that could not be read, each with its position, PEM line, byte offset,
/// typed reason and hint (a PKCS#12 file without its password is one, and its hint says how
/// to open it).
public enum ReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file cannot be opened or read (missing, a directory, a FIFO, over the size limit).
    case unreadable(path: String, reason: String)
    /// Blocks of the file could not be read: every one, with its position, PEM line, byte
    /// offset, typed reason and hint. Thrown even when other blocks were read.
    case unreadableBlocks(path: String, blocks: [InputProblem])
    /// Everything in the file was read, but it is not what was asked for: `expected` says
    /// what the initialiser reads ("one certificate"), `found` what the file holds
    /// ("3 certificates", "a private key", "nothing"), and `hint` which loader reads it
    /// instead, when there is one.
    case unexpectedContents(path: String, expected: String, found: String, hint: String?)

    /// The file named in the error.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .unreadableBlocks(let path, _), .unexpectedContents(let path, _, _, _): path
        }
    }

    /// One line naming the file and the problem: "chain.pem: a block could not be read:
    /// block #1 (PEM line 14), block from byte 1302: CERTIFICATE: ...".
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .unexpectedContents(let path, let expected, let found, let hint):
            "\(path): expected \(expected), found \(found)" + (hint.map { "; hint: \($0)" } ?? "")
        case .unreadableBlocks(let path, let blocks):
            "\(path): \(blocks.count == 1 ? "a block" : "\(blocks.count) blocks") could not be read: "
                + blocks.map(\.summary).joined(separator: "; ")
        }
    }
}
