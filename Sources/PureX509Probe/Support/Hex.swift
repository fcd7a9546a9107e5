/// Lower-case hexadecimal for messages ("c02b").
func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
}

/// Lower-case hexadecimal of a byte string.
func hex(_ bytes: [UInt8]) -> String { bytes.map(hex).joined() }
