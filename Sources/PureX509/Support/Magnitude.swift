/// Decimal text of a big-endian unsigned magnitude of any length.
func decimalString(ofMagnitude magnitude: some Collection<UInt8>) -> String {
    // Repeated division by 10^9 over base-256 digits.
    var digits = Array(magnitude.drop(while: { $0 == 0 }))
    if digits.isEmpty { return "0" }
    var chunks: [UInt32] = []
    while !digits.isEmpty {
        var remainder: UInt64 = 0
        var quotient: [UInt8] = []
        quotient.reserveCapacity(digits.count)
        for digit in digits {
            let value = remainder << 8 | UInt64(digit)
            let q = value / 1_000_000_000
            remainder = value % 1_000_000_000
            if !(quotient.isEmpty && q == 0) { quotient.append(UInt8(q)) }
        }
        chunks.append(UInt32(remainder))
        digits = quotient
    }
    var text = String(chunks[chunks.count - 1])
    for chunk in chunks.dropLast().reversed() {
        let part = String(chunk)
        text += String(repeating: "0", count: 9 - part.count) + part
    }
    return text
}

/// The two's-complement negation of big-endian content octets (for negative INTEGERs).
func negatedMagnitude(ofTwosComplement content: some Collection<UInt8>) -> [UInt8] {
    var bytes = content.map { ~$0 }
    var index = bytes.count - 1
    while index >= 0 {
        let (sum, overflow) = bytes[index].addingReportingOverflow(1)
        bytes[index] = sum
        if !overflow { break }
        index -= 1
    }
    return bytes
}
