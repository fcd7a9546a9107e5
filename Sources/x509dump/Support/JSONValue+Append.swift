extension JSONValue {
    /// Adds a member at the end of an object (does nothing to other values).
    mutating func append(_ key: String, _ value: JSONValue) {
        if case .object(var members) = self {
            members.append((key, value))
            self = .object(members)
        }
    }
}
