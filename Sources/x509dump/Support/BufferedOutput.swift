/// Standard output written in 64 KiB chunks: a dump of a million lines is a few hundred
/// writes, not a million, and nothing but the current chunk is kept.
final class BufferedOutput {
    private var buffer: [UInt8] = []
    private let capacity = 65536
    private let descriptor: Int32

    init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
        buffer.reserveCapacity(capacity)
    }

    deinit { flush() }

    /// Appends `text`.
    func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { flush() }
    }

    /// Appends `text` and a newline.
    func line(_ text: String) {
        write(text)
        buffer.append(0x0A)
        if buffer.count >= capacity { flush() }
    }

    /// Writes what is buffered.
    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { Output.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
    }
}
