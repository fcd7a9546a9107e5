/// A node of a YAML or JSON document (``YAMLSubsetReader``, ``JSONReader``): a scalar (its
/// text: numbers and booleans are not interpreted), a mapping (keys in order), a sequence,
/// or null; with the line and column it starts at, for messages.
package struct StructuredNode: Sendable {
    /// What the node holds.
    package enum Value: Sendable {
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
    package let value: Value
    /// The 1-based line the node starts at.
    package let line: Int
    /// The 1-based column (in characters) the node starts at.
    package let column: Int

    /// The value under `key`, when this is a mapping that has it.
    package subscript(key: String) -> StructuredNode? {
        guard case .mapping(let pairs) = value else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// The text of a scalar, nil for anything else.
    package var string: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }

    /// The items of a sequence, nil for anything else.
    package var items: [StructuredNode]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The pairs of a mapping, nil for anything else.
    package var pairs: [(key: String, value: StructuredNode)]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    /// "line 12, column 5".
    package var place: String { "line \(line), column \(column)" }
}

/// A YAML or JSON syntax error (or a construct the readers do not support), with where.
package struct StructuredTextError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    package let message: String
    /// The 1-based line.
    package let line: Int
    /// The 1-based column.
    package let column: Int

    /// "line 3, column 7: ..."
    package var description: String { "line \(line), column \(column): \(message)" }
}
