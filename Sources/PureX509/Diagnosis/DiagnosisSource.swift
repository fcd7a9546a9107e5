/// One input of a diagnosis as the user named it: a certificate file, a key file, a trust
/// bundle or a repair-pool file, with its bytes (or why there are none) and its permission
/// bits. Sources can also be made in memory, for example from the fields of a TensorFlow
/// Serving config, where `lineMap` and `field` keep findings pointing at the config.
public struct DiagnosisSource: Sendable, Hashable {
    /// What reading the source gave.
    public enum Content: Sendable, Hashable {
        /// The bytes of the file.
        case bytes([UInt8])
        /// Nothing exists at the path.
        case notFound
        /// The path exists but cannot be read (the reason, e.g. "Permission denied",
        /// "is a directory").
        case unreadable(String)
    }

    /// The name as the user gave it (a path), used in every finding.
    public var name: String
    /// The bytes, or why there are none.
    public var content: Content
    /// The permission bits (`st_mode & 0o7777`) when read from a file system.
    public var permissions: UInt32?
    /// For content embedded in a larger file: the 1-based line of `name` on which each line
    /// of the content starts (element 0 for the content's first line).
    public var lineMap: [Int]?
    /// For content embedded in a larger file: the field that holds it (`server_cert`).
    public var field: String?

    /// A source with the given content.
    public init(name: String, content: Content, permissions: UInt32? = nil, lineMap: [Int]? = nil, field: String? = nil) {
        self.name = name
        self.content = content
        self.permissions = permissions
        self.lineMap = lineMap
        self.field = field
    }

    /// A source of bytes held in memory.
    public init(name: String, bytes: [UInt8], permissions: UInt32? = nil) {
        self.init(name: name, content: .bytes(bytes), permissions: permissions)
    }

    /// The line of `name` for line `line` (1-based) of the content.
    func fileLine(_ line: Int) -> Int {
        guard let lineMap, !lineMap.isEmpty else { return line }
        let index = min(max(line - 1, 0), lineMap.count - 1)
        return lineMap[index] + max(0, line - 1 - index)
    }

    /// "chain.pem" or "ssl.conf (server_cert)".
    var displayName: String {
        guard let field else { return name }
        return "\(name) (\(field))"
    }
}
