import PureX509ASN1

extension DistinguishedName {
    /// RFC 5280 7.1 name matching, as chain building uses it: the same number of RDNs in the
    /// same order, each with the same attributes (in any order within a multi-valued RDN),
    /// attribute values equal after RFC 4518-style preparation of character strings
    /// (case folded, leading and trailing spaces removed, inner runs of spaces collapsed);
    /// other values compared byte for byte. Identical DER always matches.
    public func matches(_ other: DistinguishedName) -> Bool {
        if self == other { return true }
        return comparisonKey == other.comparisonKey
    }

    /// A key that is equal for two names exactly when `matches(_:)` holds: use it to index
    /// certificates by subject for chain building.
    public var comparisonKey: [String] {
        var rdns: [[String]] = []
        var currentIndex: UInt16?
        for entry in entries {
            let attribute = NameAttribute(der: der, entry: entry)
            let typeText = hexString(der[entry.typeRange], separator: "")
            let valueText: String
            if let value = attribute.stringValue {
                valueText = "s:" + DistinguishedName.prepare(value)
            } else {
                valueText = "b:" + hexString(attribute.encodedValue, separator: "")
            }
            let item = typeText + "=" + valueText
            if entry.rdnIndex == currentIndex {
                rdns[rdns.count - 1].append(item)
            } else {
                rdns.append([item])
                currentIndex = entry.rdnIndex
            }
        }
        return rdns.map { $0.sorted().joined(separator: "+") }
    }

    /// RFC 4518 string preparation, simplified: Unicode case folding (lowercasing), space
    /// and control characters mapped to a space (section 2.2), insignificant space handling
    /// (2.6.1: no leading or trailing space, inner runs collapsed to one).
    static func prepare(_ value: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in value.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.unicodeScalars.append(" ")
                pendingSpace = false
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
