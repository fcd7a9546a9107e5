/// One TLS record (RFC 8446 section 5.1, RFC 5246 section 6.2): its 5-byte header (the
/// additional data of TLS 1.3 record protection) and its fragment.
struct TLSRecord {
    static let changeCipherSpec: UInt8 = 20
    static let alert: UInt8 = 21
    static let handshake: UInt8 = 22
    static let applicationData: UInt8 = 23

    let contentType: UInt8
    let header: [UInt8]
    let fragment: [UInt8]
    /// Where the record starts in the server's byte stream.
    let offset: Int
}
