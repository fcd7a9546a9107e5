/// One handshake message (RFC 8446 section 4): type, body, the whole encoding (for the
/// transcript hash) and where it starts in the handshake stream.
struct HandshakeMessage {
    /// HelloRequest (RFC 5246 section 7.4.1.1): ignored by a client mid-handshake.
    static let helloRequestType: UInt8 = 0
    static let clientHello: UInt8 = 1
    static let serverHello: UInt8 = 2
    static let newSessionTicket: UInt8 = 4
    static let encryptedExtensions: UInt8 = 8
    static let certificate: UInt8 = 11
    static let serverKeyExchange: UInt8 = 12
    static let certificateRequest: UInt8 = 13
    static let serverHelloDone: UInt8 = 14
    static let certificateVerify: UInt8 = 15
    static let finished: UInt8 = 20
    static let certificateStatus: UInt8 = 22
    static let messageHash: UInt8 = 254

    let type: UInt8
    let body: [UInt8]
    let encoded: [UInt8]
    let offset: Int

    /// A reader over the body with error offsets in the handshake stream.
    func reader(_ context: String) -> TLSReader {
        TLSReader(body, context: context, origin: offset + 4)
    }

    static func name(_ type: UInt8) -> String {
        switch type {
        case 0: "HelloRequest"
        case 1: "ClientHello"
        case 2: "ServerHello"
        case 4: "NewSessionTicket"
        case 5: "EndOfEarlyData"
        case 8: "EncryptedExtensions"
        case 11: "Certificate"
        case 12: "ServerKeyExchange"
        case 13: "CertificateRequest"
        case 14: "ServerHelloDone"
        case 15: "CertificateVerify"
        case 20: "Finished"
        case 22: "CertificateStatus"
        case 24: "KeyUpdate"
        default: "handshake message type \(type)"
        }
    }
}
