/// A JSON value with ordered object keys, so `--json` output is deterministic and reads in
/// the same order as the text output.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// A value written in place by a `JSONStreamWriter` (exactly one value: an object, an
    /// array or a scalar, with a nil key), for a large part inside a small tree.
    case written((JSONStreamWriter) -> Void)

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// Pretty-printed JSON text (two-space indent), as `JSONStreamWriter` writes it (without
    /// the final newline).
    func serialized() -> String {
        let output = BufferedOutput.capturing()
        JSONStreamWriter(output).value(nil, self)
        var text = output.text
        text.removeLast()
        return text
    }
}
