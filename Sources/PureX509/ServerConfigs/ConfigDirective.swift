/// One directive of a server configuration with its arguments, its block (nginx `{...}`,
/// Apache `<Section>...</Section>`, an HAProxy section's lines), and where it is written.
/// `include` directives are already replaced by what they include.
struct ConfigDirective: Sendable, Hashable {
    var name: String
    var arguments: [String]
    var block: [ConfigDirective]?
    var file: String
    var line: Int

    /// The directives named `name` (case-insensitive for Apache and HAProxy callers that
    /// lowercase first) directly in `block`.
    func children(_ name: String) -> [ConfigDirective] { (block ?? []).filter { $0.name == name } }
}
