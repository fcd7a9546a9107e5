/// What a source is for, which decides how its contents are judged.
enum SourceRole {
    /// Certificates the server serves: every format problem matters.
    case served
    /// The private key.
    case key
    /// Trust anchors (`--ca`).
    case anchors
    /// Certificates offered for repair (`--repair-from`).
    case repairPool

    /// "certificate file", "key file", ...
    var noun: String {
        switch self {
        case .served: return "certificate file"
        case .key: return "key file"
        case .anchors: return "trust anchor file"
        case .repairPool: return "repair file"
        }
    }
}
