/// A guess at what a file that is neither PEM nor DER is, for the message: people pass Java
/// keystores, SSH keys, PuTTY keys and saved error pages where certificates belong.
enum FormatGuess {
    static func describe(_ bytes: [UInt8]) -> String? {
        guess(bytes)?.what
    }

    static func fix(_ bytes: [UInt8]) -> String? {
        guess(bytes)?.fix
    }

    static func guess(_ bytes: [UInt8]) -> (what: String, fix: String)? {
        if bytes.starts(with: [0xFE, 0xED, 0xFE, 0xED]) || bytes.starts(with: [0xCE, 0xCE, 0xCE, 0xCE]) {
            return ("a Java keystore (JKS/JCEKS)",
                "Export it: keytool -importkeystore -srckeystore FILE -destkeystore store.p12 -deststoretype PKCS12, then openssl pkcs12 -in store.p12 -nodes -out chain-and-key.pem.")
        }
        let text = String(decoding: bytes.prefix(200), as: UTF8.self)
        let lower = text.lowercased()
        if lower.hasPrefix("ssh-") || lower.hasPrefix("ecdsa-sha2-") {
            return ("an SSH public key", "SSH keys are not TLS certificates: name the certificate file (PEM, -----BEGIN CERTIFICATE-----).")
        }
        if lower.hasPrefix("putty-user-key-file") {
            return ("a PuTTY private key", "Convert it: puttygen FILE -O private-openssh -o key.pem.")
        }
        let trimmed = lower.drop { $0 == " " || $0.isNewline || $0 == "\t" }  // CR LF is one Character
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml") {
            return ("a web page (HTML/XML), probably an error page saved instead of the download",
                "Download the certificate again and check the file: it must start with -----BEGIN CERTIFICATE-----.")
        }
        if trimmed.hasPrefix("{") {
            return ("JSON", "Take the PEM text out of the JSON (the value that starts with -----BEGIN CERTIFICATE-----, with \\n turned into line ends).")
        }
        if isBase64Text(bytes) {
            return ("base64 without PEM BEGIN/END lines",
                "Wrap it: (echo '-----BEGIN CERTIFICATE-----'; fold -w 64 FILE; echo '-----END CERTIFICATE-----') > cert.pem.")
        }
        return nil
    }

    static func isBase64Text(_ bytes: [UInt8]) -> Bool {
        var count = 0
        for byte in bytes {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2B, 0x2F, 0x3D: count += 1
            case 0x0A, 0x0D, 0x20, 0x09: continue
            default: return false
            }
        }
        return count >= 64
    }
}
