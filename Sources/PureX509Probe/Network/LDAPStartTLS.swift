/// The LDAP StartTLS extended operation (RFC 4511 section 4.14): an ExtendedRequest with
/// the OID 1.3.6.1.4.1.1466.20037 as message 1, and the ExtendedResponse whose resultCode
/// must be success (0). The response is read by its BER length, at most 4 KiB.
enum LDAPStartTLS {
    static let oid = Array("1.3.6.1.4.1.1466.20037".utf8)

    static func negotiate(over stream: inout some ByteStream, deadline: Deadline) throws(ProbeError) {
        // LDAPMessage ::= SEQUENCE { messageID 1, [APPLICATION 23] { [0] requestName } }
        let name: [UInt8] = [0x80, UInt8(oid.count)] + oid
        let request: [UInt8] = [0x02, 0x01, 0x01, 0x77, UInt8(name.count)] + name
        try stream.write([0x30, UInt8(request.count)] + request, deadline: deadline)

        var response: [UInt8] = []
        func need(_ count: Int) throws(ProbeError) {
            while response.count < count {
                let chunk = try stream.read(maximum: count - response.count, deadline: deadline, step: "waiting for the LDAP StartTLS response")
                guard !chunk.isEmpty else { throw .closed("during the LDAP StartTLS exchange") }
                response += chunk
            }
        }
        try need(2)
        guard response[0] == 0x30 else { throw .unexpected("the LDAP server's answer does not start with a SEQUENCE (byte \(response[0]))") }
        var length = Int(response[1])
        var header = 2
        if length & 0x80 != 0 {
            let count = length & 0x7F
            guard (1...2).contains(count) else { throw .unexpected("an LDAP response length of \(count) bytes") }
            try need(2 + count)
            length = response[2..<2 + count].reduce(0) { $0 << 8 | Int($1) }
            header = 2 + count
        }
        guard length <= 4096 else { throw .tooLarge("the LDAP StartTLS response", limit: 4096) }
        try need(header + length)
        // messageID, then [APPLICATION 24] ExtendedResponse whose first field is the
        // resultCode ENUMERATED.
        var reader = TLSReader(Array(response[header...]), context: "LDAP StartTLS response")
        guard try reader.u8("messageID tag") == 0x02 else { throw reader.error("messageID is not an INTEGER") }
        _ = try reader.vector(lengthBytes: 1, "messageID")
        guard try reader.u8("protocolOp tag") == 0x78 else { throw reader.error("the answer is not an ExtendedResponse") }
        let opLength = Int(try reader.u8("ExtendedResponse length"))
        if opLength & 0x80 != 0 { _ = try reader.bytes(opLength & 0x7F, "ExtendedResponse length") }
        guard try reader.u8("resultCode tag") == 0x0A, try reader.u8("resultCode length") == 1 else {
            throw reader.error("resultCode is not a one-byte ENUMERATED")
        }
        let code = try reader.u8("resultCode")
        guard code == 0 else { throw .unsupported("the LDAP server refuses StartTLS (resultCode \(code))") }
    }
}
