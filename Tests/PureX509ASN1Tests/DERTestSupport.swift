import Testing
@testable import PureX509ASN1

/// Which reader function a table row exercises.
enum DERRead: Sendable {
    case element, boolean, integer, int, bitString, null, oid, time, string, octetString
    /// `ASN1Node.parseAll`: every element, recursively.
    case tree
    /// A SEQUENCE whose body reads one INTEGER (so trailing content is an error).
    case sequenceOfOneInteger
}

/// One row: input bytes, the function to run, and the exact error expected (nil: valid).
struct DERCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let read: DERRead
    let error: DERError?

    init(_ name: String, _ bytes: [UInt8], _ read: DERRead, _ error: DERError?) {
        self.name = name
        self.bytes = bytes
        self.read = read
        self.error = error
    }

    var testDescription: String { name }

    /// Runs the row's reader over the whole input, requiring it all to be consumed.
    func perform() throws(DERError) {
        var reader = DERReader(bytes)
        switch read {
        case .element: _ = try reader.readElement()
        case .boolean: _ = try reader.readBoolean()
        case .integer: _ = try reader.readIntegerElement()
        case .int: _ = try reader.readInt()
        case .bitString: _ = try reader.readBitString()
        case .null: try reader.readNull()
        case .oid: _ = try reader.readObjectIdentifier()
        case .time: _ = try reader.readTime()
        case .string: _ = try reader.readString()
        case .octetString: _ = try reader.readOctetString()
        case .tree:
            _ = try ASN1Node.parseAll(bytes)
            return
        case .sequenceOfOneInteger:
            do {
                _ = try reader.readSequence { try $0.readInt() }
            } catch let error as DERError {
                throw error
            } catch {
                Issue.record("unexpected error type \(error)")
            }
        }
        try reader.finish()
    }

    /// Checks the row: the exact error, or success.
    func check() {
        do {
            try perform()
            #expect(error == nil, "\(name): accepted, expected \(String(describing: error))")
        } catch let thrown {
            #expect(thrown == error, "\(name): threw \(thrown), expected \(String(describing: error))")
        }
    }
}

/// Bytes of an ASCII string, for time and string contents.
func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }

/// One TLV with a short-form length (content below 128 bytes).
func tlv(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
    precondition(content.count < 128)
    return [tag, UInt8(content.count)] + content
}
