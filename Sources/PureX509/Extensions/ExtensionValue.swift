import PureX509ASN1

/// A typed extension value (the content of `extnValue`) this library decodes.
public protocol X509ExtensionValue: Hashable, Sendable {
    /// Which extension this type decodes.
    static var kind: ExtensionKind { get }
}

/// State carried through extension parsing.
///
/// With `materialize` false the parser checks everything but builds no strings or arrays:
/// parsing a certificate validates each known extension that way, and the typed values
/// are built (from the same, already checked bytes) only when asked for. The value a
/// parser returns in that mode is a placeholder and is discarded.
struct ParseContext {
    var leniencies = Leniencies()
    let materialize: Bool
}

/// Internal parsing entry point shared by every typed extension.
protocol ExtensionValueParsing: X509ExtensionValue {
    /// Reads the value from `reader`, which spans exactly the extnValue content; the caller
    /// checks that everything was consumed.
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> Self
}

extension ExtensionValueParsing {
    /// Parses `range` of `bytes` as this extension's value.
    static func parse(_ bytes: [UInt8], _ range: Range<Int>, context: inout ParseContext) throws -> Self {
        var reader = DERReader(bytes, range: range)
        let value = try parse(&reader, context: &context)
        try reader.finish()
        return value
    }

    /// Parses a standalone extnValue (for the public `init(extensionValue:)` of each type).
    static func parseStandalone(_ bytes: [UInt8]) throws(X509ParseError) -> Self {
        guard bytes.count <= X509Limits.maximumInputSize else {
            throw X509ParseError(field: kind.name, .inputTooLarge(size: bytes.count, limit: X509Limits.maximumInputSize))
        }
        var context = ParseContext(materialize: true)
        return try parsingField(kind.name) { try parse(bytes, 0..<bytes.count, context: &context) }
    }
}

extension DERReader {
    /// Reads `[number] IMPLICIT INTEGER` (primitive) that must fit in `Int` and be >= 0.
    mutating func readImplicitNonNegativeInt(_ number: UInt32) throws -> Int {
        let element = try readElement(.contextSpecificPrimitive(number))
        return try nonNegativeInt(element)
    }

    /// The value of an INTEGER-like element (minimal, non-negative, fits in `Int`).
    func nonNegativeInt(_ element: DERElement) throws(DERError) -> Int {
        guard element.contentLength > 0 else { throw .emptyInteger(offset: element.start) }
        let first = bytes[element.contentStart]
        if element.contentLength > 1 {
            let second = bytes[element.contentStart + 1]
            if (first == 0 && second & 0x80 == 0) || (first == 0xFF && second & 0x80 != 0) {
                throw .nonMinimalInteger(offset: element.start)
            }
        }
        guard first & 0x80 == 0 else { throw .integerOutOfRange(offset: element.start) }
        var value = 0
        for index in element.contentRange {
            guard value <= (Int.max >> 8) else { throw .integerOutOfRange(offset: element.start) }
            value = value << 8 | Int(bytes[index])
        }
        return value
    }

    /// Reads a non-negative INTEGER that fits in `Int`.
    mutating func readNonNegativeInt() throws(DERError) -> Int {
        let element = try readElement(.integer)
        return try nonNegativeInt(element)
    }

    /// Throws `empty` unless a `SEQUENCE SIZE (1..MAX)` has content.
    func requireNonEmpty(_ element: DERElement) throws {
        if element.contentLength == 0 { throw X509ParseError(field: "", reason: .empty, offset: element.start) }
    }
}
