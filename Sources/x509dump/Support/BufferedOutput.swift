/// Output gathered in a 256 KiB byte buffer and written in chunks of that size: a dump of
/// a million lines, or the JSON of 14,000 certificates, is a few hundred `write` calls, and
/// nothing but the current chunk is kept. A capturing buffer (`capturing()`) keeps
/// everything instead, for tests and for commands that return their output as a value.
final class BufferedOutput {
    /// The chunk size: what is buffered is written once it reaches this.
    static let capacity = 1 << 18

    private let storage: UnsafeMutablePointer<UInt8>
    /// How many bytes `storage` holds. Kept behind a pointer: the hot paths (`byte`,
    /// `write`) then skip the run-time exclusivity checks Swift makes on every access to a
    /// class's stored `var` (they were a tenth of `show --json`'s time).
    private let filled: UnsafeMutablePointer<Int>
    private var count: Int {
        @inline(__always) get { filled.pointee }
        @inline(__always) set { filled.pointee = newValue }
    }
    /// Where chunks go; nil when capturing.
    private let descriptor: Int32?
    private var captured: [UInt8] = []

    /// A buffer written to `descriptor` (standard output by default).
    init(descriptor: Int32 = 1) {
        self.descriptor = descriptor
        storage = .allocate(capacity: Self.capacity)
        filled = .allocate(capacity: 1)
        filled.initialize(to: 0)
    }

    private init(capturing: Void) {
        descriptor = nil
        storage = .allocate(capacity: Self.capacity)
        filled = .allocate(capacity: 1)
        filled.initialize(to: 0)
    }

    /// A buffer that writes nothing and keeps every byte (`text`).
    static func capturing() -> BufferedOutput { BufferedOutput(capturing: ()) }

    deinit {
        flush()
        storage.deallocate()
        filled.deallocate()
    }

    /// Everything written so far, as text (capturing buffers only; empty otherwise).
    var text: String {
        flush()
        return String(decoding: captured, as: UTF8.self)
    }

    /// Appends `text`.
    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    /// Appends `text` and a newline.
    func line(_ text: String) {
        write(text)
        byte(0x0A)
    }

    /// Appends one byte.
    @inline(__always)
    func byte(_ value: UInt8) {
        if count == Self.capacity { flush() }
        storage[count] = value
        count += 1
    }

    /// Appends raw bytes.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if bytes.count > Self.capacity - count {
            flush()
            if bytes.count >= Self.capacity {
                emit(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: bytes.count))
                return
            }
        }
        (storage + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        count += bytes.count
    }

    /// Appends bytes.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Appends a literal.
    @inline(__always)
    func write(_ text: StaticString) {
        write(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Room for `size` bytes (at most `capacity`): `body` fills the buffer it is given from
    /// the start and returns how many bytes it wrote.
    @inline(__always)
    func reserve(_ size: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        precondition(size <= Self.capacity)
        if size > Self.capacity - count { flush() }
        count += body(storage + count)
    }

    /// Moves everything this capturing buffer holds to the end of `other`, and starts it
    /// empty again (its memory kept for the next use).
    func drain(into other: BufferedOutput) {
        if !captured.isEmpty {
            captured.withUnsafeBytes { other.write($0) }
            captured.removeAll(keepingCapacity: true)
        }
        other.write(UnsafeRawBufferPointer(start: storage, count: count))
        count = 0
    }

    /// Writes what is buffered.
    func flush() {
        guard count > 0 else { return }
        emit(UnsafeBufferPointer(start: storage, count: count))
        count = 0
    }

    private func emit(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let descriptor {
            Output.writeAll(bytes, to: descriptor)
        } else {
            captured.append(contentsOf: bytes)
        }
    }
}
