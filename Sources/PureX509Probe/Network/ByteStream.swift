/// Where the server's bytes come from and where the client's go: a TCP connection, or
/// bytes in memory for tests and the fuzz harness.
public protocol ByteStream {
    /// Up to `maximum` bytes, waiting no later than `deadline`; an empty array means the
    /// peer closed the connection. `step` names what is being waited for, for errors.
    mutating func read(maximum: Int, deadline: Deadline, step: String) throws(ProbeError) -> [UInt8]
    /// Sends all of `bytes` before `deadline`.
    mutating func write(_ bytes: [UInt8], deadline: Deadline) throws(ProbeError)
}

/// Server bytes held in memory (what a test or fuzzer plays back); writes are recorded.
public struct MemoryByteStream: ByteStream {
    var input: [UInt8]
    var position = 0
    /// Everything the client wrote.
    public private(set) var written: [UInt8] = []

    public init(_ input: [UInt8]) {
        self.input = input
    }

    public mutating func read(maximum: Int, deadline: Deadline, step: String) throws(ProbeError) -> [UInt8] {
        let count = min(maximum, input.count - position)
        defer { position += count }
        return Array(input[position..<position + count])
    }

    public mutating func write(_ bytes: [UInt8], deadline: Deadline) throws(ProbeError) {
        written += bytes
    }
}
