/// What a buffer looks like at first sight: PEM text, a DER element, or neither. Used to
/// pick a reader for files given on a command line; the readers then decide for good.
public enum InputEncoding: Hashable, Sendable {
    /// The text contains a `-----BEGIN ` line.
    case pem
    /// The buffer starts with a SEQUENCE (0x30) whose DER length header is valid and fits
    /// in the buffer.
    case der
    /// Neither.
    case unknown

    /// Looks at `bytes`. PEM wins when the buffer holds a BEGIN line anywhere (explanatory
    /// text may come first); otherwise a valid outer SEQUENCE header means DER.
    public static func sniff(_ bytes: [UInt8]) -> InputEncoding {
        if bytes.first == 0x30 {
            var reader = DERReader(bytes)
            if (try? reader.readElement()) != nil { return .der }
        }
        return containsBeginLine(bytes) ? .pem : .unknown
    }

    /// True when some line starts with `-----BEGIN `.
    static func containsBeginLine(_ bytes: [UInt8]) -> Bool {
        let marker = Array("-----BEGIN ".utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let limit = buffer.count - marker.count
            while index <= limit {
                if buffer[index] == 0x2D && (index == 0 || buffer[index - 1] == 0x0A || buffer[index - 1] == 0x0D
                    || (index == 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF))
                {
                    var matches = true
                    for offset in 1..<marker.count where buffer[index + offset] != marker[offset] {
                        matches = false
                        break
                    }
                    if matches { return true }
                }
                index += 1
            }
            return false
        }
    }
}
