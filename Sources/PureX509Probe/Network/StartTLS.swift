/// The plaintext dialogues that switch a connection to TLS (`--starttls`), as clients
/// speak them: SMTP (RFC 3207), IMAP (RFC 9051 section 6.2.1), POP3 (RFC 2595 section 4),
/// FTP (RFC 4217 section 4), PostgreSQL (SSLRequest, protocol documentation 54.2.10) and
/// LDAP (the StartTLS extended operation, RFC 4511 section 4.14). Each fails with the
/// server's own words when it refuses.
public enum StartTLS: String, Sendable, CaseIterable {
    case smtp, imap, pop3, ftp, postgres, ldap

    /// Runs the dialogue; on return the next bytes are the TLS handshake.
    func negotiate(over stream: inout some ByteStream, deadline: Deadline) throws(ProbeError) {
        var lines = LineReader(rawValue.uppercased())
        func send(_ text: String) throws(ProbeError) { try stream.write(Array(text.utf8), deadline: deadline) }
        /// A reply of numbered lines ("250-..." continues, "250 ..." ends); its code and text.
        func reply() throws(ProbeError) -> (code: Int, text: String) {
            var text: [String] = []
            while true {
                let line = try lines.line(from: &stream, deadline: deadline)
                text.append(line)
                let bytes = Array(line.utf8)
                guard bytes.count >= 3, let code = Int(String(decoding: bytes[0..<3], as: UTF8.self)) else {
                    throw .unexpected("'\(line.prefix(80))' is not a \(rawValue.uppercased()) reply")
                }
                if bytes.count == 3 || bytes[3] == UInt8(ascii: " ") { return (code, text.joined(separator: "\n")) }
            }
        }
        switch self {
        case .smtp:
            let greeting = try reply()
            guard greeting.code == 220 else { throw .unsupported("the SMTP server greets with '\(greeting.text.prefix(120))'") }
            try send("EHLO x509dump.invalid\r\n")
            let ehlo = try reply()
            guard ehlo.code == 250 else { throw .unsupported("the SMTP server answers EHLO with '\(ehlo.text.prefix(120))'") }
            guard ehlo.text.uppercased().contains("STARTTLS") else { throw .unsupported("the SMTP server does not offer STARTTLS") }
            try send("STARTTLS\r\n")
            let answer = try reply()
            guard answer.code == 220 else { throw .unsupported("the SMTP server refuses STARTTLS: '\(answer.text.prefix(120))'") }
        case .ftp:
            let greeting = try reply()
            guard greeting.code == 220 else { throw .unsupported("the FTP server greets with '\(greeting.text.prefix(120))'") }
            try send("AUTH TLS\r\n")
            let answer = try reply()
            guard answer.code == 234 else { throw .unsupported("the FTP server refuses AUTH TLS: '\(answer.text.prefix(120))'") }
        case .imap:
            let greeting = try lines.line(from: &stream, deadline: deadline)
            guard greeting.hasPrefix("* OK") else { throw .unsupported("the IMAP server greets with '\(greeting.prefix(120))'") }
            try send("a1 STARTTLS\r\n")
            while true {
                let line = try lines.line(from: &stream, deadline: deadline)
                if line.hasPrefix("* ") { continue }
                guard line.hasPrefix("a1 OK") else { throw .unsupported("the IMAP server refuses STARTTLS: '\(line.prefix(120))'") }
                break
            }
        case .pop3:
            let greeting = try lines.line(from: &stream, deadline: deadline)
            guard greeting.hasPrefix("+OK") else { throw .unsupported("the POP3 server greets with '\(greeting.prefix(120))'") }
            try send("STLS\r\n")
            let answer = try lines.line(from: &stream, deadline: deadline)
            guard answer.hasPrefix("+OK") else { throw .unsupported("the POP3 server refuses STLS: '\(answer.prefix(120))'") }
        case .postgres:
            // SSLRequest: length 8, code 80877103; the answer is one byte, S or N.
            try stream.write([0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F], deadline: deadline)
            let answer = try stream.read(maximum: 1, deadline: deadline, step: "waiting for the PostgreSQL SSLRequest answer")
            guard let byte = answer.first else { throw .closed("after the PostgreSQL SSLRequest") }
            guard byte == UInt8(ascii: "S") else {
                throw .unsupported(byte == UInt8(ascii: "N")
                    ? "the PostgreSQL server does not accept SSL (answered N)" : "the PostgreSQL server answered the SSLRequest with byte \(byte)")
            }
            return
        case .ldap:
            try LDAPStartTLS.negotiate(over: &stream, deadline: deadline)
            return
        }
        try lines.finish()
    }
}
