/// Departures from strict DER or from the RFC 5280 profile that the parser accepts because
/// trusted certificates depend on them. Each is named, documented with its evidence, and
/// reported (by `x509dump show` and in JSON) so nothing is accepted silently.
public struct Leniencies: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// keyUsage is a named bit list with trailing zero bits (X.690 11.2.2 requires them
    /// removed). Evidence: Trustwave Global ECC P256 and P384 Certification Authority
    /// (Debian CA bundle) encode keyUsage as `03 03 07 06 00`; OpenSSL and pyca accept it.
    public static let keyUsageNotMinimal = Leniencies(rawValue: 1 << 0)
    /// The serial number is zero (RFC 5280 4.1.2.2 requires a positive number). Evidence:
    /// seven roots in the Mozilla/Debian bundle have serial 0.
    public static let serialNumberZero = Leniencies(rawValue: 1 << 1)
    /// The serial number is negative (RFC 5280 4.1.2.2 requires a positive number, and
    /// notes that non-conforming CAs issue negative ones; relying parties should handle them).
    public static let serialNumberNegative = Leniencies(rawValue: 1 << 2)
    /// The serial number is longer than 20 octets (RFC 5280 4.1.2.2: "MUST NOT use
    /// serialNumber values longer than 20 octets"; relying parties should handle them).
    public static let serialNumberTooLong = Leniencies(rawValue: 1 << 3)

    /// Every leniency with its stable name and an explanation, in a fixed order.
    public static let all: [(leniency: Leniencies, name: String, explanation: String)] = [
        (.keyUsageNotMinimal, "keyUsageNotMinimal",
         "keyUsage BIT STRING has trailing zero bits (not minimal DER, X.690 11.2.2); accepted as OpenSSL does"),
        (.serialNumberZero, "serialNumberZero", "serial number is 0 (RFC 5280 4.1.2.2 requires a positive integer)"),
        (.serialNumberNegative, "serialNumberNegative", "serial number is negative (RFC 5280 4.1.2.2 requires a positive integer)"),
        (.serialNumberTooLong, "serialNumberTooLong", "serial number is longer than 20 octets (RFC 5280 4.1.2.2)"),
    ]

    /// The stable names of the members, in the order of `all`.
    public var names: [String] { Leniencies.all.filter { contains($0.leniency) }.map(\.name) }

    /// The explanations of the members, in the order of `all`.
    public var explanations: [String] { Leniencies.all.filter { contains($0.leniency) }.map(\.explanation) }
}
