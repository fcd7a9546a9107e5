/// Writes JSON as it is made, in exactly the form `JSONValue.serialized()` gives (two-space
/// indent, `[]` and `{}` when empty), for output too large to hold as one `JSONValue`
/// (`x509dump asn1 --json` of a million elements).
final class JSONStreamWriter {
    private struct Container {
        let isArray: Bool
        let indent: Int
        var count = 0
    }

    private let output: BufferedOutput
    private var stack: [Container] = []
    /// Indentation strings by depth, made once.
    private var pads: [String] = []

    private func pad(_ indent: Int) -> String {
        while pads.count <= indent { pads.append(String(repeating: "  ", count: pads.count)) }
        return pads[indent]
    }

    init(_ output: BufferedOutput) { self.output = output }

    /// Opens an object: a member of the current object when `key` is given, else an array
    /// item (or the top-level value).
    func beginObject(_ key: String? = nil) { begin(key, isArray: false) }

    /// Opens an array (see `beginObject`).
    func beginArray(_ key: String? = nil) { begin(key, isArray: true) }

    /// Writes a whole value.
    func value(_ key: String?, _ value: JSONValue) {
        let indent = prefix(key)
        output.write(value.serialized(indent: indent))
        if stack.isEmpty { output.write("\n") }
    }

    /// Closes the innermost object or array.
    func end() {
        let container = stack.removeLast()
        if container.count == 0 {
            output.write(container.isArray ? "]" : "}")
        } else {
            output.write("\n")
            output.write(pad(container.indent))
            output.write(container.isArray ? "]" : "}")
        }
        if stack.isEmpty { output.write("\n") }
    }

    private func begin(_ key: String?, isArray: Bool) {
        let indent = prefix(key)
        output.write(isArray ? "[" : "{")
        stack.append(Container(isArray: isArray, indent: indent))
    }

    /// Writes what comes before an item of the current container; returns the item's indent.
    private func prefix(_ key: String?) -> Int {
        guard !stack.isEmpty else { return 0 }
        let indent = stack[stack.count - 1].indent + 1
        output.write(stack[stack.count - 1].count == 0 ? "\n" : ",\n")
        output.write(pad(indent))
        stack[stack.count - 1].count += 1
        if let key {
            output.write(JSONValue.quote(key))
            output.write(": ")
        }
        return indent
    }
}
