/// The part a certificate plays in the chain clients build.
enum ChainRole: Equatable {
    /// The server's own certificate.
    case leaf
    /// A CA between the leaf and the anchor.
    case intermediate
    /// The trust anchor the chain ends at (usually a self-signed root).
    case anchor

    /// "leaf", "intermediate", "root".
    var noun: String {
        switch self {
        case .leaf: return "leaf"
        case .intermediate: return "intermediate"
        case .anchor: return "root"
        }
    }
}
