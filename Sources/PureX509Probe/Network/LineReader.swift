/// Reads a plaintext protocol's CRLF (or LF) lines before TLS starts: STARTTLS dialogues and
/// the HTTP CONNECT answer. Each line is at most 4 KiB and the dialogue at most 64 KiB, so
/// a server cannot make it buffer without bound; the deadline bounds the time.
struct LineReader {
    static let maximumLine = 4096
    static let maximumDialogue = 64 * 1024

    private var buffer: [UInt8] = []
    private var received = 0
    let what: String

    init(_ what: String) {
        self.what = what
    }

    /// The next line without its line end.
    mutating func line(from stream: inout some ByteStream, deadline: Deadline) throws(ProbeError) -> String {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                var line = Array(buffer[..<newline])
                buffer.removeFirst(newline + 1)
                if line.last == 0x0D { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard buffer.count <= LineReader.maximumLine else {
                throw .tooLarge("a line of the \(what) dialogue", limit: LineReader.maximumLine)
            }
            let chunk = try stream.read(maximum: 1024, deadline: deadline, step: "waiting for the \(what) server")
            guard !chunk.isEmpty else { throw .closed("during the \(what) dialogue") }
            received += chunk.count
            guard received <= LineReader.maximumDialogue else {
                throw .tooLarge("the \(what) dialogue", limit: LineReader.maximumDialogue)
            }
            buffer += chunk
        }
    }

    /// Fails when the server sent more than the lines read: TLS must start on a clean
    /// stream.
    func finish() throws(ProbeError) {
        guard buffer.isEmpty else {
            throw .unexpected("\(buffer.count) bytes after the \(what) answer, before TLS started")
        }
    }
}
