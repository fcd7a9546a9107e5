/// Writes PEM (RFC 7468 section 2) in the strict form: base64 lines of 64 characters, LF
/// line ends, no headers.
public enum PEMWriter {
    /// The PEM text of `der` under `label`, ending with a line feed.
    public static func encode(_ der: some Collection<UInt8>, label: PEMLabel) -> String {
        String(decoding: encodeBytes(der, label: label), as: UTF8.self)
    }

    /// The PEM text of `der` under `label` as ASCII bytes, ending with a line feed.
    public static func encodeBytes(_ der: some Collection<UInt8>, label: PEMLabel) -> [UInt8] {
        var out = Array("-----BEGIN \(label.text)-----\n".utf8)
        out.append(contentsOf: Base64.encode(der, lineLength: 64))
        out.append(contentsOf: "-----END \(label.text)-----\n".utf8)
        return out
    }

    /// Several blocks one after the other (a bundle).
    public static func encode(_ blocks: [(label: PEMLabel, der: [UInt8])]) -> String {
        blocks.map { encode($0.der, label: $0.label) }.joined()
    }
}
