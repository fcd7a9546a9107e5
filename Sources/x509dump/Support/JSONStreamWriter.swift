/// Writes JSON as it is made, straight into a `BufferedOutput`'s bytes: every string is
/// escaped once as it is copied, numbers and hex are formatted in place, and nothing is
/// held but the open containers' item counts. All of x509dump's JSON goes through it (a
/// `JSONValue` is written by it too), in one form: two-space indent, `"key": value`, `[]`
/// and `{}` when empty, a newline after the top-level value.
///
/// Keys of the typed members are literals (`StaticString`: copied, never scanned); `member`
/// takes a key made at run time.
final class JSONStreamWriter {
    /// Where the bytes go.
    let output: BufferedOutput
    /// Where the writer is. Kept behind a pointer: every value then skips the run-time
    /// exclusivity checks Swift makes on each access to a class's stored `var`.
    private let state: UnsafeMutablePointer<State>

    private struct State {
        /// Items written so far in each open container, outermost first.
        var counts: [Int] = []
        /// Whether each open container is an array.
        var arrays: [Bool] = []
        /// Set while a `JSONValue.written` part starts: its first value's separator, indent
        /// and key were written by the value around it.
        var skipPrefix = false
        /// How many `JSONValue.written` parts are being written (they end without a newline).
        var embedded = 0
    }

    init(_ output: BufferedOutput) {
        self.output = output
        state = .allocate(capacity: 1)
        state.initialize(to: State())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// `value` as one JSON document (with its final newline) on standard output.
    static func print(_ value: JSONValue) {
        let output = BufferedOutput()
        JSONStreamWriter(output).value(nil, value)
        output.flush()
    }

    // MARK: Containers

    /// Opens an object: a member of the current object when `key` is given, else an array
    /// item (or the top-level value).
    func beginObject(_ key: StaticString? = nil) {
        prefix(key)
        open(isArray: false)
    }

    /// Opens an array (see `beginObject`).
    func beginArray(_ key: StaticString? = nil) {
        prefix(key)
        open(isArray: true)
    }

    /// Closes the innermost object or array.
    func end() {
        let isArray = state.pointee.arrays.removeLast()
        let count = state.pointee.counts.removeLast()
        if count > 0 { newline(indent: state.pointee.counts.count) }
        output.byte(isArray ? 0x5D : 0x7D)
        if state.pointee.counts.isEmpty && state.pointee.embedded == 0 { output.byte(0x0A) }
    }

    /// An object whose members `body` writes.
    @inline(__always)
    func object(_ key: StaticString? = nil, _ body: () -> Void) {
        beginObject(key)
        body()
        end()
    }

    /// An array whose items `body` writes.
    @inline(__always)
    func array(_ key: StaticString? = nil, _ body: () -> Void) {
        beginArray(key)
        body()
        end()
    }

    // MARK: Continuing on another buffer

    /// A writer into `output` that carries on this one's innermost container as if
    /// `itemsBefore` items had been written to it: what it writes goes right after those
    /// items (`ParallelRender` renders the items of one array on several threads this way).
    /// Once its bytes are in place, `countItems` tells this writer about them.
    func continuation(into output: BufferedOutput, itemsBefore: Int) -> JSONStreamWriter {
        let writer = JSONStreamWriter(output)
        writer.state.pointee = state.pointee
        writer.state.pointee.skipPrefix = false
        writer.countItems(itemsBefore)
        return writer
    }

    /// Counts `items` more items in the innermost container, written by continuations.
    func countItems(_ items: Int) {
        guard !state.pointee.counts.isEmpty else { return }
        state.pointee.counts[state.pointee.counts.count - 1] += items
    }

    // MARK: Values

    /// A string, or null.
    func string(_ key: StaticString?, _ value: String?) {
        prefix(key)
        if let value { quoted(value) } else { output.write("null") }
        finishScalar()
    }

    /// An integer, or null.
    func int(_ key: StaticString?, _ value: Int?) {
        prefix(key)
        if let value { digits(value) } else { output.write("null") }
        finishScalar()
    }

    /// `true` or `false`, or null.
    func bool(_ key: StaticString?, _ value: Bool?) {
        prefix(key)
        switch value {
        case true?: output.write("true")
        case false?: output.write("false")
        case nil: output.write("null")
        }
        finishScalar()
    }

    /// `null`.
    func null(_ key: StaticString?) {
        prefix(key)
        output.write("null")
        finishScalar()
    }

    /// Bytes as a string of lowercase hex digits without separators ("0a1b"), or null.
    func hex<Bytes: Sequence<UInt8>>(_ key: StaticString?, _ bytes: Bytes?) {
        prefix(key)
        if let bytes {
            output.byte(0x22)
            HexText.write(bytes, to: output, uppercase: false, colons: false)
            output.byte(0x22)
        } else {
            output.write("null")
        }
        finishScalar()
    }

    /// Bytes as "0A:1B" (uppercase, colon-separated), or null.
    func colonHex<Bytes: Sequence<UInt8>>(_ key: StaticString?, _ bytes: Bytes?) {
        prefix(key)
        if let bytes {
            output.byte(0x22)
            HexText.write(bytes, to: output, uppercase: true, colons: true)
            output.byte(0x22)
        } else {
            output.write("null")
        }
        finishScalar()
    }

    /// A whole value.
    func value(_ key: StaticString?, _ value: JSONValue) {
        prefix(key)
        write(value)
        finishScalar()
    }

    /// A whole value under a key made at run time.
    func member(_ key: String, _ value: JSONValue) {
        prefixItem()
        quoted(key)
        output.write(": ")
        write(value)
    }

    // MARK: Writing

    private func write(_ value: JSONValue) {
        switch value {
        case .null: output.write("null")
        case .bool(let flag): output.write(flag ? "true" : "false")
        case .int(let number): digits(number)
        case .double(let number): output.write(number.isFinite ? String(number) : "null")
        case .string(let text): quoted(text)
        case .array(let items):
            open(isArray: true)
            for item in items {
                prefixItem()
                write(item)
            }
            closeNested()
        case .object(let members):
            open(isArray: false)
            for (key, item) in members { member(key, item) }
            closeNested()
        case .written(let body):
            state.pointee.skipPrefix = true
            state.pointee.embedded += 1
            body(self)
            state.pointee.embedded -= 1
            state.pointee.skipPrefix = false
        }
    }

    /// `end()` for a container inside a `JSONValue` (never the top level: its caller
    /// writes the final newline).
    private func closeNested() {
        let isArray = state.pointee.arrays.removeLast()
        let count = state.pointee.counts.removeLast()
        if count > 0 { newline(indent: state.pointee.counts.count) }
        output.byte(isArray ? 0x5D : 0x7D)
    }

    private func open(isArray: Bool) {
        output.byte(isArray ? 0x5B : 0x7B)
        state.pointee.counts.append(0)
        state.pointee.arrays.append(isArray)
    }

    /// The newline after a top-level scalar.
    @inline(__always)
    private func finishScalar() {
        if state.pointee.counts.isEmpty && state.pointee.embedded == 0 { output.byte(0x0A) }
    }

    /// What comes before an item of the current container: ",", a newline and the indent,
    /// then `"key": ` when `key` is given.
    @inline(__always)
    private func prefix(_ key: StaticString?) {
        if state.pointee.skipPrefix {
            state.pointee.skipPrefix = false
            return
        }
        guard !state.pointee.counts.isEmpty else { return }
        prefixItem()
        if let key {
            output.byte(0x22)
            output.write(key)
            output.write("\": ")
        }
    }

    private func prefixItem() {
        let last = state.pointee.counts.count - 1
        if state.pointee.counts[last] > 0 { output.byte(0x2C) }
        state.pointee.counts[last] += 1
        newline(indent: state.pointee.counts.count)
    }

    private func newline(indent: Int) {
        var spaces = 2 * indent
        output.reserve(1 + min(spaces, 4096)) { pointer in
            pointer[0] = 0x0A
            let now = min(spaces, 4096)
            (pointer + 1).update(repeating: 0x20, count: now)
            spaces -= now
            return 1 + now
        }
        while spaces > 0 {
            let now = min(spaces, 4096)
            output.reserve(now) { pointer in
                pointer.update(repeating: 0x20, count: now)
                return now
            }
            spaces -= now
        }
    }

    private func digits(_ number: Int) {
        output.reserve(20) { pointer in
            var magnitude = number.magnitude
            var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
            return withUnsafeMutableBytes(of: &scratch) { buffer in
                var position = buffer.count
                repeat {
                    position -= 1
                    buffer[position] = 0x30 + UInt8(magnitude % 10)
                    magnitude /= 10
                } while magnitude > 0
                var length = 0
                if number < 0 {
                    pointer[0] = 0x2D
                    length = 1
                }
                for index in position..<buffer.count {
                    pointer[length] = buffer[index]
                    length += 1
                }
                return length
            }
        }
    }

    /// A JSON string literal (RFC 8259 section 7): `"`, `\` and the control characters
    /// escaped, everything else copied as UTF-8.
    func quoted(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            output.byte(0x22)
            var start = 0
            var index = 0
            while index < utf8.count {
                // Eight bytes at a time while none needs an escape.
                if index + 8 <= utf8.count,
                   !Self.mayNeedEscape(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                    output.write(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[start..<index])))
                    escape(byte)
                    start = index + 1
                }
                index += 1
            }
            output.write(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[start..<utf8.count])))
            output.byte(0x22)
        }
    }

    /// Whether one of the eight bytes of `word` may be below 0x20, a quote or a backslash (never false
    /// when one is; rarely true when none is).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (0x22 &* ones), backslash = word ^ (0x5C &* ones)
        let below = (word &- 0x20 &* ones) & ~word
        let zeros = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (below | zeros) & high != 0
    }

    private func escape(_ byte: UInt8) {
        switch byte {
        case 0x22: output.write("\\\"")
        case 0x5C: output.write("\\\\")
        case 0x0A: output.write("\\n")
        case 0x0D: output.write("\\r")
        case 0x09: output.write("\\t")
        default:
            output.write("\\u00")
            output.byte(HexText.lowerDigits.utf8Start[Int(byte >> 4)])
            output.byte(HexText.lowerDigits.utf8Start[Int(byte & 0x0F)])
        }
    }
}
