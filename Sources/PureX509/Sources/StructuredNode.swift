/// A node of a YAML or JSON document (``YAMLSubsetReader``, ``JSONReader``): a scalar (its
/// text: numbers and booleans are not interpreted), a mapping (keys in order), a sequence,
/// or null; with the line and column it starts at, for messages.
public struct StructuredNode: Sendable {
    /// What the node holds.
    public enum Value: Sendable {
        /// A string, number or boolean, as text (quotes and escapes resolved).
        case scalar(String)
        /// Keys and values, in document order (keys are unique: readers reject duplicates).
        case mapping([(key: String, value: StructuredNode)])
        /// Items, in order.
        case sequence([StructuredNode])
        /// An empty value or `null`/`~`.
        case null
    }

    /// The value.
    public let value: Value
    /// The 1-based line the node starts at.
    public let line: Int
    /// The 1-based column (in characters) the node starts at.
    public let column: Int

    /// The value under `key`, when this is a mapping that has it.
    public subscript(key: String) -> StructuredNode? {
        guard case .mapping(let pairs) = value else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// The text of a scalar, nil for anything else.
    public var string: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }

    /// The items of a sequence, nil for anything else.
    public var items: [StructuredNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The pairs of a mapping, nil for anything else.
    public var pairs: [(key: String, value: StructuredNode)]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// "line 12, column 5".
    public var place: String { "line \(line), column \(column)" }
}

/// A YAML or JSON syntax error (or a construct the readers do not support), with where.
public struct StructuredTextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column.
    public let column: Int

    /// "line 3, column 7: ..."
    public var description: String { "line \(line), column \(column): \(message)" }
}
