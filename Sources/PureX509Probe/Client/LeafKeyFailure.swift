/// Why the leaf's key could not be used.
struct LeafKeyFailure: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
