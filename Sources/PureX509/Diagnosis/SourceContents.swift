import PureX509ASN1

/// What was read from one source: certificates with the line of their PEM block, private
/// keys found on the way, and containers that need a library reader.
struct SourceContents {
    /// A certificate and the 1-based line of its PEM block in the file (nil for DER).
    struct Entry {
        let certificate: Certificate
        let line: Int?
    }

    /// A private key found in the source: a PEM block or DER bytes, where it starts.
    struct KeyEntry {
        let block: PEMBlock?
        let der: [UInt8]
        let line: Int?
        /// The key already read (from a PKCS#12 archive).
        var parsed: PrivateKey? = nil
    }

    /// A certificate block that could not be read: how many certificates came before it in
    /// this source, and the index of the finding that reported it.
    struct Damaged {
        let position: Int
        let finding: Int
    }

    var certificates: [Entry] = []
    var keys: [KeyEntry] = []
    var damaged: [Damaged] = []
    /// The lines of certificate signing requests found where certificates were expected
    /// (nil for DER).
    var requests: [Int?] = []
}
