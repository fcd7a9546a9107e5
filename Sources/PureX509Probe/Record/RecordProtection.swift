import PureX509Crypto

/// Opens the server's protected TLS 1.3 records (RFC 8446 section 5.2 and 5.3): the
/// per-record nonce is the IV XOR the 64-bit sequence number, the additional data is the
/// record header, and the AEAD tag must verify before a byte is used. The inner plaintext
/// ends with its real content type after optional zero padding.
struct RecordProtection {
    let aead: CipherSuite.AEAD
    let key: [UInt8]
    let iv: [UInt8]
    private(set) var sequence: UInt64 = 0

    init(aead: CipherSuite.AEAD, key: [UInt8], iv: [UInt8]) {
        self.aead = aead
        self.key = key
        self.iv = iv
    }

    /// The content type and content of a protected record.
    mutating func open(_ record: TLSRecord) throws(ProbeError) -> (UInt8, [UInt8]) {
        guard record.fragment.count > 16 else {
            throw .malformed("a protected record of \(record.fragment.count) bytes at byte \(record.offset) cannot hold a tag and a content type")
        }
        var nonce = iv
        for index in 0..<8 {
            nonce[nonce.count - 1 - index] ^= UInt8(truncatingIfNeeded: sequence >> (8 * UInt64(index)))
        }
        let plaintext: [UInt8]
        do {
            switch aead {
            case .aes128GCM, .aes256GCM:
                plaintext = try AESGCM(key: key).open(record.fragment, nonce: nonce, authenticating: record.header)
            case .chacha20Poly1305:
                plaintext = try ChaCha20Poly1305(key: key).open(record.fragment, nonce: nonce, authenticating: record.header)
            }
        } catch {
            throw .verification("the AEAD tag of the record at byte \(record.offset) does not verify (bad_record_mac): \(error)")
        }
        sequence += 1
        guard plaintext.count <= (1 << 14) + 1 else {
            throw .malformed("the record at byte \(record.offset) decrypts to more than 2^14 + 1 bytes (record_overflow)")
        }
        guard let last = plaintext.lastIndex(where: { $0 != 0 }) else {
            throw .malformed("the record at byte \(record.offset) is all padding, with no content type (RFC 8446 section 5.4)")
        }
        return (plaintext[last], Array(plaintext[..<last]))
    }
}
