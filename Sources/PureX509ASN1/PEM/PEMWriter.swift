/// Writes PEM (RFC 7468 section 2) in the strict form: base64 lines of 64 characters, LF
/// line ends, no headers.
public enum PEMWriter {
    /// The PEM text of `der` under `label`, ending with a line feed.
    public static func encode(_ der: some Collection<UInt8>, label: PEMLabel) -> String {
        String(decoding: encodeBytes(der, label: label), as: UTF8.self)
    }

    /// The PEM text of `der` under `label` as ASCII bytes, ending with a line feed.
    public static func encodeBytes(_ der: some Collection<UInt8>, label: PEMLabel) -> [UInt8] {
        let run = { (input: UnsafeBufferPointer<UInt8>) in
            [UInt8](unsafeUninitializedCapacity: encodedLength(input.count, label: label)) { out, written in
                written = encode(input, label: label, into: out.baseAddress!)
            }
        }
        return der.withContiguousStorageIfAvailable(run) ?? Array(der).withUnsafeBufferPointer(run)
    }

    /// Several blocks one after the other (a bundle).
    public static func encode(_ blocks: [(label: PEMLabel, der: [UInt8])]) -> String {
        blocks.map { encode($0.der, label: $0.label) }.joined()
    }
}

extension PEMWriter {
    /// The length of `encodeBytes(der, label:)` for `count` bytes of DER.
    public static func encodedLength(_ count: Int, label: PEMLabel) -> Int {
        let text = label.text.utf8.count
        return (11 + text + 6) + Base64.encodedLength(count, lineLength: 64) + (9 + text + 6)
    }

    /// Writes the PEM text of `der` under `label` into `out`, which has room for
    /// `encodedLength(der.count, label:)` bytes; returns how many were written.
    public static func encode(_ der: UnsafeBufferPointer<UInt8>, label: PEMLabel, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var position = 0
        func put(_ text: String) {
            for byte in text.utf8 {
                out[position] = byte
                position += 1
            }
        }
        put("-----BEGIN ")
        put(label.text)
        put("-----\n")
        position += Base64.encode(der, lineLength: 64, into: out + position)
        put("-----END ")
        put(label.text)
        put("-----\n")
        return position
    }
}
