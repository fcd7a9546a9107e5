/// Why `Base64.decode` rejected its input. Offsets count bytes from the start of the text.
public enum Base64Error: Error, Hashable, Sendable {
    /// A byte outside the alphabet (RFC 4648 section 4).
    case invalidCharacter(offset: Int, byte: UInt8)
    /// `=` where it cannot be, data after it, or padding missing or incomplete at the end.
    case invalidPadding(offset: Int)
    /// A single character left over: no whole byte can be decoded from it.
    case truncated(offset: Int)
    /// The last character before the padding has non-zero unused bits (RFC 4648 3.5).
    case nonCanonical(offset: Int)
}

extension Base64Error: CustomStringConvertible {
    /// "invalid base64 character 0x2A at offset 12".
    public var description: String {
        switch self {
        case .invalidCharacter(let offset, let byte): return "invalid base64 character \(PEMError.describe(byte)) at offset \(offset)"
        case .invalidPadding(let offset): return "invalid base64 padding at offset \(offset)"
        case .truncated(let offset): return "base64 ends inside a quantum at offset \(offset)"
        case .nonCanonical(let offset): return "non-zero unused bits in the base64 character at offset \(offset)"
        }
    }
}
