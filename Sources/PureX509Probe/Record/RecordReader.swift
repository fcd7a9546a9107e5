/// Cuts the server's byte stream into records, with the limits of RFC 8446 section 5.1
/// and 5.2: a record is at most 2^14 + 256 bytes of fragment (TLSCiphertext), its type is
/// one of the four defined, its version starts with 0x03. The whole stream the probe reads
/// is bounded too, so a server cannot keep it reading forever (the deadline bounds time).
struct RecordReader {
    /// The largest fragment of any record (TLSCiphertext, RFC 8446 section 5.2).
    static let maximumFragment = (1 << 14) + 256
    /// All the bytes the probe reads from one server: the certificate message limit plus
    /// room for the other messages and record overhead.
    static let maximumStream = 1 << 20

    private var buffer: [UInt8] = []
    private var start = 0
    /// Bytes of the stream before `buffer[start]`.
    private(set) var streamOffset = 0
    private var received = 0

    /// The next whole record, reading from `stream` as needed.
    mutating func next(from stream: inout some ByteStream, deadline: Deadline, step: String) throws(ProbeError) -> TLSRecord {
        try fill(5, from: &stream, deadline: deadline, step: step)
        let type = buffer[start]
        let header = Array(buffer[start..<start + 5])
        if streamOffset == 0, !(20...23).contains(type) || header[1] != 3 {
            throw .malformed(RecordReader.describeNonTLS(header))
        }
        guard (20...23).contains(type) else {
            throw .malformed("record type \(type) at byte \(streamOffset) is not a TLS content type")
        }
        guard header[1] == 3 else {
            throw .malformed("record version \(hex(header[1]))\(hex(header[2])) at byte \(streamOffset) is not TLS")
        }
        let length = Int(header[3]) << 8 | Int(header[4])
        guard length <= RecordReader.maximumFragment else {
            throw .malformed("record at byte \(streamOffset) declares \(length) bytes, more than the 2^14 + 256 allowed (RFC 8446 section 5.2)")
        }
        try fill(5 + length, from: &stream, deadline: deadline, step: step)
        let record = TLSRecord(
            contentType: type, header: header, fragment: Array(buffer[start + 5..<start + 5 + length]), offset: streamOffset)
        start += 5 + length
        streamOffset += 5 + length
        if start > 1 << 16 {
            buffer.removeFirst(start)
            start = 0
        }
        return record
    }

    private mutating func fill(_ count: Int, from stream: inout some ByteStream, deadline: Deadline, step: String) throws(ProbeError) {
        while buffer.count - start < count {
            let chunk = try stream.read(maximum: 1 << 16, deadline: deadline, step: step)
            guard !chunk.isEmpty else {
                if buffer.count == start { throw .closed(step) }
                throw .closed("\(step), in the middle of a record (at byte \(streamOffset))")
            }
            received += chunk.count
            guard received <= RecordReader.maximumStream else {
                throw .tooLarge("the server's handshake", limit: RecordReader.maximumStream)
            }
            buffer += chunk
        }
    }

    /// Words for a first answer that is not a TLS record: plain HTTP, an SSH banner, SMTP.
    static func describeNonTLS(_ header: [UInt8]) -> String {
        let text = String(decoding: header, as: UTF8.self)
        if text.hasPrefix("HTTP/") || text.hasPrefix("<") { return "the server answered in plain HTTP, not TLS (wrong port, or TLS not enabled)" }
        if text.hasPrefix("SSH-") { return "the server is an SSH server, not TLS" }
        if text.hasPrefix("220") || text.hasPrefix("* OK") || text.hasPrefix("+OK") {
            return "the server greets in plain text (\(text.prefix(4))...): a STARTTLS service, which x509dump probe does not speak yet"
        }
        return "the server's first bytes (\(header.map(hex).joined(separator: " "))) are not a TLS record"
    }
}
