/// Joins handshake fragments from records into messages (RFC 8446 section 5.1: a message
/// may span records, several may share one). A declared length above the limit fails at
/// once, before anything is buffered for it.
struct HandshakeBuffer {
    /// The largest handshake message accepted: a Certificate message of a long chain fits
    /// well within it (256 KiB).
    static let maximumMessage = 256 * 1024

    private var pending: [UInt8] = []
    /// Offset of `pending[0]` in the handshake stream.
    private var offset = 0

    /// Whether a partial message is waiting for more bytes (keys must not change then,
    /// RFC 8446 section 5.1).
    var isEmpty: Bool { pending.isEmpty }

    mutating func append(_ fragment: [UInt8]) throws(ProbeError) {
        // The caller drains complete messages after every append, so what waits is one
        // partial message (bounded below) plus one record.
        guard pending.count + fragment.count <= HandshakeBuffer.maximumMessage + 4 + RecordReader.maximumFragment else {
            throw .tooLarge("a handshake message", limit: HandshakeBuffer.maximumMessage)
        }
        pending += fragment
        if pending.count >= 4 {
            let length = Int(pending[1]) << 16 | Int(pending[2]) << 8 | Int(pending[3])
            guard length <= HandshakeBuffer.maximumMessage else {
                throw .tooLarge("\(HandshakeMessage.name(pending[0])) (\(length) bytes declared at byte \(offset))", limit: HandshakeBuffer.maximumMessage)
            }
        }
    }

    /// The next complete message, or nil when more bytes are needed.
    mutating func next() throws(ProbeError) -> HandshakeMessage? {
        guard pending.count >= 4 else { return nil }
        let length = Int(pending[1]) << 16 | Int(pending[2]) << 8 | Int(pending[3])
        guard length <= HandshakeBuffer.maximumMessage else {
            throw .tooLarge("\(HandshakeMessage.name(pending[0])) (\(length) bytes declared at byte \(offset))", limit: HandshakeBuffer.maximumMessage)
        }
        guard pending.count >= 4 + length else { return nil }
        let encoded = Array(pending[0..<4 + length])
        let message = HandshakeMessage(type: pending[0], body: Array(encoded[4...]), encoded: encoded, offset: offset)
        pending.removeFirst(4 + length)
        offset += 4 + length
        return message
    }
}
