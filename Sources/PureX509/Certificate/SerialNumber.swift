/// A certificate serial number (RFC 5280 4.1.2.2): an INTEGER of any length, kept as its
/// two's-complement content octets. Zero and negative values are accepted (and flagged on
/// the certificate as `Leniencies.serialNumberZero` / `.serialNumberNegative`).
public struct SerialNumber: Hashable, Sendable {
    /// The INTEGER's content octets (minimal two's complement, big-endian).
    public let bytes: ArraySlice<UInt8>

    /// Wraps INTEGER content octets.
    public init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
    }

    /// True when the value is negative.
    public var isNegative: Bool { (bytes.first ?? 0) & 0x80 != 0 }
    /// True when the value is zero.
    public var isZero: Bool { bytes.allSatisfy { $0 == 0 } }

    /// The absolute value as big-endian octets without leading zeros (one 0x00 for zero).
    public var magnitude: [UInt8] {
        let raw = isNegative ? negatedMagnitude(ofTwosComplement: bytes) : Array(bytes)
        let trimmed = Array(raw.drop(while: { $0 == 0 }))
        return trimmed.isEmpty ? [0] : trimmed
    }

    /// OpenSSL's form (`openssl x509 -serial`): uppercase hex of the magnitude, two digits
    /// per octet, with a leading `-` when negative: `5EC3B7A6437FA4E0`, `00`.
    public var hexString: String {
        (isNegative ? "-" : "") + HexText.string(magnitude)
    }

    /// Colon-separated lowercase hex as `openssl x509 -text` prints long serials.
    public var colonHexString: String {
        (isNegative ? "-" : "") + HexText.string(magnitude, uppercase: false, separator: 0x3A)
    }

    /// The value in decimal (`-` prefixed when negative).
    public var decimalString: String {
        (isNegative ? "-" : "") + PureX509.decimalString(ofMagnitude: magnitude)
    }
}

extension SerialNumber: CustomStringConvertible {
    /// The OpenSSL hex form.
    public var description: String { hexString }
}
