/// A TLS alert (RFC 8446 section 6, RFC 5246 section 7.2) with what it usually means
/// for a client that only wants the certificate.
public struct TLSAlert: Sendable, Hashable, CustomStringConvertible {
    /// 1 warning, 2 fatal (TLS 1.3 treats every alert but close_notify and user_canceled
    /// as fatal).
    public let level: UInt8
    /// The AlertDescription code.
    public let code: UInt8

    public init(level: UInt8, code: UInt8) {
        self.level = level
        self.code = code
    }

    /// The RFC name: "handshake_failure".
    public var name: String {
        switch code {
        case 0: "close_notify"
        case 10: "unexpected_message"
        case 20: "bad_record_mac"
        case 22: "record_overflow"
        case 40: "handshake_failure"
        case 42: "bad_certificate"
        case 43: "unsupported_certificate"
        case 44: "certificate_revoked"
        case 45: "certificate_expired"
        case 46: "certificate_unknown"
        case 47: "illegal_parameter"
        case 48: "unknown_ca"
        case 49: "access_denied"
        case 50: "decode_error"
        case 51: "decrypt_error"
        case 70: "protocol_version"
        case 71: "insufficient_security"
        case 80: "internal_error"
        case 86: "inappropriate_fallback"
        case 90: "user_canceled"
        case 109: "missing_extension"
        case 110: "unsupported_extension"
        case 112: "unrecognized_name"
        case 113: "bad_certificate_status_response"
        case 115: "unknown_psk_identity"
        case 116: "certificate_required"
        case 120: "no_application_protocol"
        default: "alert \(code)"
        }
    }

    /// What the alert means in words, for a client that offered what x509dump offers.
    public var meaning: String {
        switch code {
        case 40: "no shared cipher suite, group or signature algorithm (the server accepts none of what was offered)"
        case 112: "the server requires SNI: it has no certificate for the name sent (or for no name); try --servername"
        case 70: "no shared protocol version (x509dump offers TLS 1.2 and 1.3 only)"
        case 71: "the server wants stronger parameters than those offered"
        case 116: "the server requires a client certificate"
        case 120: "no shared ALPN protocol (x509dump offers h2 and http/1.1)"
        case 109: "the server misses an extension it requires"
        case 47: "the server rejected a field of the ClientHello"
        case 50: "the server could not decode the ClientHello"
        case 80: "the server had an internal error"
        case 0: "the server closed the connection"
        default: String(name.map { $0 == "_" ? " " : $0 })
        }
    }

    public var description: String { "\(name) (\(meaning))" }
}
