/// The server's Certificate message: TLS 1.2 (RFC 5246 section 7.4.2: a list of DER
/// certificates) or TLS 1.3 (RFC 8446 section 4.4.2: a request context and entries with
/// extensions, where the leaf's status_request carries a stapled OCSP response).
struct CertificateMessage {
    /// The most certificates accepted in one chain (real chains hold two to four; the
    /// 256 KiB message limit alone would allow tens of thousands of tiny entries).
    static let maximumCertificates = 64

    /// The DER certificates in the order served.
    let certificates: [[UInt8]]
    /// The OCSP response stapled to the leaf (TLS 1.3), if any.
    let ocspResponse: [UInt8]?

    init(_ message: HandshakeMessage, tls13: Bool) throws(ProbeError) {
        var reader = message.reader("Certificate")
        if tls13 {
            let context = try reader.vector(lengthBytes: 1, "certificate_request_context")
            guard context.isEmpty else { throw reader.error("a server's certificate_request_context must be empty") }
        }
        var list = try reader.vector(lengthBytes: 3, "certificate_list")
        try reader.finish("certificate_list")
        var certificates: [[UInt8]] = []
        var ocsp: [UInt8]?
        while !list.isEmpty {
            guard certificates.count < CertificateMessage.maximumCertificates else {
                throw .unexpected("more than \(CertificateMessage.maximumCertificates) certificates in the Certificate message")
            }
            var der = try list.vector(lengthBytes: 3, "certificate #\(certificates.count)", minimum: 1)
            certificates.append(der.rest())
            if tls13 {
                var extensions = try list.vector(lengthBytes: 2, "extensions of certificate #\(certificates.count - 1)")
                while !extensions.isEmpty {
                    let type = try extensions.u16("extension type")
                    var body = try extensions.vector(lengthBytes: 2, "extension \(type)")
                    if type == ClientHello.Extension.statusRequest, certificates.count == 1 {
                        ocsp = try CertificateMessage.certificateStatus(&body)
                    }
                }
            }
        }
        self.certificates = certificates
        self.ocspResponse = ocsp
    }

    /// CertificateStatus (RFC 6066 section 8): status_type ocsp(1) and the DER OCSPResponse.
    static func certificateStatus(_ reader: inout TLSReader) throws(ProbeError) -> [UInt8] {
        let type = try reader.u8("status_type")
        guard type == 1 else { throw reader.error("status_type \(type); only ocsp (1) was requested") }
        var response = try reader.vector(lengthBytes: 3, "OCSPResponse", minimum: 1)
        try reader.finish("the OCSPResponse")
        return response.rest()
    }
}
