/// An OBJECT IDENTIFIER (X.680 section 32, encoded per X.690 8.19).
///
/// Stored as its DER content octets, inline (no heap allocation) for identifiers of up to
/// `OID.maximumEncodedLength` octets, which covers every identifier seen in X.509 and PKCS
/// (the longest common ones, Microsoft certificate-template OIDs, take about 30). Longer
/// identifiers are rejected by the reader with `invalidObjectIdentifier`: a documented limit.
///
/// Equality and hashing compare the encoding, which DER makes unique.
public struct OID: Hashable, Sendable {
    /// The longest encoding stored inline.
    public static let maximumEncodedLength = 39

    // Five words: byte 0 of w0 is the length, bytes 1...39 the content octets.
    @usableFromInline var w0: UInt64 = 0
    @usableFromInline var w1: UInt64 = 0
    @usableFromInline var w2: UInt64 = 0
    @usableFromInline var w3: UInt64 = 0
    @usableFromInline var w4: UInt64 = 0

    /// Number of DER content octets.
    @inlinable public var encodedLength: Int { Int(w0 & 0xFF) }

    @inlinable
    init() {}

    /// Validates DER content octets (X.690 8.19.2: each arc minimal base-128, the last
    /// octet of the content closes an arc) and stores them.
    @inlinable
    public init(validating content: UnsafeBufferPointer<UInt8>, offset: Int) throws(DERError) {
        guard !content.isEmpty, content.count <= OID.maximumEncodedLength else {
            throw .invalidObjectIdentifier(offset: offset)
        }
        var arcStart = true
        for byte in content {
            if arcStart && byte == 0x80 { throw .invalidObjectIdentifier(offset: offset) }
            arcStart = byte & 0x80 == 0
        }
        guard arcStart else { throw .invalidObjectIdentifier(offset: offset) }
        self.init()
        w0 = UInt64(content.count)
        withUnsafeMutableBytes(of: &self) { raw in
            for (index, byte) in content.enumerated() { raw[index + 1] = byte }
        }
    }

    /// Creates an identifier from its DER content octets; nil if they are not valid.
    public init?(derContent: [UInt8]) {
        do {
            self = try derContent.withUnsafeBufferPointer { (buffer) throws(DERError) -> OID in
                try OID(validating: buffer, offset: 0)
            }
        } catch {
            return nil
        }
    }

    /// Creates an identifier from its arcs, e.g. `[2, 5, 4, 3]`; nil if the arcs do not form
    /// a valid identifier (fewer than two, first above 2, second above 39 under 0 or 1) or
    /// encode to more than `maximumEncodedLength` octets.
    public init?(arcs: [UInt64]) {
        guard arcs.count >= 2, arcs[0] <= 2 else { return nil }
        if arcs[0] < 2 && arcs[1] > 39 { return nil }
        let (first, overflow) = (arcs[0] * 40).addingReportingOverflow(arcs[1])
        guard !overflow else { return nil }
        var encoded: [UInt8] = []
        for arc in [first] + arcs.dropFirst(2) {
            var septets: [UInt8] = [UInt8(arc & 0x7F)]
            var rest = arc >> 7
            while rest > 0 {
                septets.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            encoded.append(contentsOf: septets.reversed())
        }
        guard let oid = OID(derContent: encoded) else { return nil }
        self = oid
    }

    /// Parses dotted decimal form, e.g. `"1.2.840.113549.1.1.11"`. Arcs of any size are
    /// accepted (e.g. `2.25.<UUID>`), as long as the encoding fits `maximumEncodedLength`.
    public init?(dotted: String) {
        var parts: [[UInt8]] = []
        for part in dotted.split(separator: ".", omittingEmptySubsequences: false) {
            let digits = part.utf8.map { $0 &- 0x30 }
            // Digits only, no leading zero, and no more than the longest arc that could fit.
            guard !digits.isEmpty, digits.count <= 3 * OID.maximumEncodedLength, digits.allSatisfy({ $0 <= 9 }),
                digits.count == 1 || digits[0] != 0
            else { return nil }
            parts.append(digits)
        }
        guard parts.count >= 2, parts[0].count == 1, parts[0][0] <= 2 else { return nil }
        let first = Int(parts[0][0])
        if first < 2 {
            // Under arcs 0 and 1 the second arc is at most 39.
            guard parts[1].count <= 2, parts[1].reduce(0, { $0 * 10 + Int($1) }) <= 39 else { return nil }
        }
        // The first subidentifier is 40 * arc0 + arc1 (X.690 8.19.4), added in decimal.
        var combined = parts[1]
        var carry = first * 40
        var index = combined.count - 1
        while carry > 0 {
            if index < 0 {
                combined.insert(0, at: 0)
                index = 0
            }
            let sum = Int(combined[index]) + carry % 10
            combined[index] = UInt8(sum % 10)
            carry = carry / 10 + sum / 10
            index -= 1
        }
        var encoded: [UInt8] = []
        for digits in [combined] + parts.dropFirst(2) {
            encoded.append(contentsOf: OID.septets(ofDecimal: digits))
            if encoded.count > OID.maximumEncodedLength { return nil }
        }
        guard let oid = OID(derContent: encoded) else { return nil }
        self = oid
    }

    /// The base-128 encoding (X.690 8.19.2) of a decimal number given as digits, by
    /// repeated division of the digit string by 128.
    static func septets(ofDecimal digits: [UInt8]) -> [UInt8] {
        var number = digits
        var septets: [UInt8] = []
        repeat {
            var quotient: [UInt8] = []
            var remainder = 0
            for digit in number {
                let current = remainder * 10 + Int(digit)
                let q = current / 128
                if !(quotient.isEmpty && q == 0) { quotient.append(UInt8(q)) }
                remainder = current % 128
            }
            septets.append(UInt8(remainder) | (septets.isEmpty ? 0 : 0x80))
            number = quotient
        } while !number.isEmpty
        return septets.reversed()
    }

    /// Calls `body` with the DER content octets.
    @inlinable
    public func withEncodedBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withUnsafeBytes(of: self) { raw in
            try body(UnsafeRawBufferPointer(rebasing: raw[1..<(1 + encodedLength)]))
        }
    }

    /// The DER content octets (without tag and length).
    public var derContent: [UInt8] { withEncodedBytes { Array($0) } }

    /// The arcs, with the first two split out of the combined first subidentifier; nil when
    /// an arc does not fit in 64 bits (for example a `2.25.<UUID>` identifier).
    public var arcs: [UInt64]? {
        var values: [UInt64] = []
        var current: UInt64 = 0
        var fits = true
        withEncodedBytes { bytes in
            for byte in bytes {
                if current >> 57 != 0 { fits = false }
                current = (current << 7) | UInt64(byte & 0x7F)
                if byte & 0x80 == 0 {
                    if values.isEmpty {
                        let first: UInt64 = current < 40 ? 0 : (current < 80 ? 1 : 2)
                        values.append(first)
                        values.append(current - first * 40)
                    } else {
                        values.append(current)
                    }
                    current = 0
                }
            }
        }
        return fits ? values : nil
    }

    /// Dotted decimal form, e.g. `2.5.4.3`; arcs of any size are written in full.
    public var dotted: String {
        if let text = dottedSmallArcs { return text }
        var parts: [String] = []
        var septets: [UInt8] = []
        withEncodedBytes { bytes in
            for byte in bytes {
                septets.append(byte & 0x7F)
                guard byte & 0x80 == 0 else { continue }
                if parts.isEmpty {
                    // The first subidentifier is 40 * arc0 + arc1 (X.690 8.19.4).
                    let value = OID.decimalDigits(ofSeptets: septets)
                    if septets.count == 1 {
                        let combined = Int(septets[0])
                        let first = min(combined / 40, 2)
                        parts.append(String(first))
                        parts.append(String(combined - first * 40))
                    } else {
                        parts.append("2")
                        parts.append(OID.subtractEighty(fromDecimal: value))
                    }
                } else {
                    parts.append(OID.decimalDigits(ofSeptets: septets))
                }
                septets.removeAll(keepingCapacity: true)
            }
        }
        return parts.joined(separator: ".")
    }

    /// `dotted` when every subidentifier fits in 63 bits (every identifier in practice but
    /// `2.25.<UUID>`): the digits written straight into the String's storage, no String per
    /// arc; nil otherwise (and for a non-minimal first subidentifier), for the general path.
    private var dottedSmallArcs: String? {
        withEncodedBytes { bytes -> String? in
            var fits = true
            // A subidentifier of k septets has at most 3k digits, each has a dot, and the
            // first one is two arcs: 4 bytes per octet and 4 more are room enough.
            let text = String(unsafeUninitializedCapacity: 4 * bytes.count + 4) { buffer -> Int in
                var length = 0
                func put(_ number: UInt64) {
                    var number = number
                    let start = length
                    repeat {
                        buffer[length] = 0x30 + UInt8(number % 10)
                        length += 1
                        number /= 10
                    } while number > 0
                    var low = start
                    var high = length - 1
                    while low < high {
                        buffer.swapAt(low, high)
                        low += 1
                        high -= 1
                    }
                }
                var value: UInt64 = 0
                var septets = 0
                for byte in bytes {
                    value = value << 7 | UInt64(byte & 0x7F)
                    septets += 1
                    guard septets <= 9 else {
                        fits = false
                        return 0
                    }
                    guard byte & 0x80 == 0 else { continue }
                    if length == 0 {
                        // The first subidentifier is 40 * arc0 + arc1 (X.690 8.19.4).
                        guard septets == 1 || value >= 80 else {
                            fits = false
                            return 0
                        }
                        let first = min(value / 40, 2)
                        put(first)
                        buffer[length] = 0x2E
                        length += 1
                        put(value - first * 40)
                    } else {
                        buffer[length] = 0x2E
                        length += 1
                        put(value)
                    }
                    value = 0
                    septets = 0
                }
                return length
            }
            return fits ? text : nil
        }
    }

    /// Decimal digits of a base-128 number given as septets, most significant first.
    static func decimalDigits(ofSeptets septets: [UInt8]) -> String {
        // Little-endian limbs in base 10^9.
        var limbs: [UInt64] = [0]
        for septet in septets {
            var carry = UInt64(septet)
            for index in limbs.indices {
                let value = limbs[index] * 128 + carry
                limbs[index] = value % 1_000_000_000
                carry = value / 1_000_000_000
            }
            if carry > 0 { limbs.append(carry) }
        }
        var text = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let digits = String(limb)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }

    /// `value - 80` for a decimal string of at least 80 (used for `2.x` with a large x).
    static func subtractEighty(fromDecimal value: String) -> String {
        var digits = value.utf8.map { Int($0) - 48 }
        var borrow = 80
        var index = digits.count - 1
        while borrow > 0 && index >= 0 {
            let subtract = borrow % 10
            borrow /= 10
            digits[index] -= subtract
            if digits[index] < 0 {
                digits[index] += 10
                borrow += 1
            }
            index -= 1
        }
        let text = String(digits.map { Character(Unicode.Scalar(UInt8($0 + 48))) })
        let trimmed = text.drop(while: { $0 == "0" })
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}

extension OID: CustomStringConvertible {
    /// The dotted decimal form.
    public var description: String { dotted }
}

extension OID: Comparable {
    /// Orders by encoding (length first, then octets): a stable order, not a numeric one.
    public static func < (lhs: OID, rhs: OID) -> Bool {
        (lhs.w0, lhs.w1, lhs.w2, lhs.w3, lhs.w4) < (rhs.w0, rhs.w1, rhs.w2, rhs.w3, rhs.w4)
    }
}
