import PureX509ASN1
import PureX509Crypto

/// OpenSSL's legacy ("traditional") PEM encryption of PKCS#1, SEC 1 and DSA keys: the
/// `Proc-Type: 4,ENCRYPTED` and `DEK-Info: <cipher>,<hex IV>` headers of RFC 1421 section
/// 4.6.1.1, written by `openssl genrsa -aes256` (before 3.0) and `openssl rsa|ec -aes256`.
///
/// The cipher key is `EVP_BytesToKey(MD5, salt = first 8 bytes of the IV, password, 1)`:
/// one round of MD5, so a stolen file is cheap to brute-force. PKCS#8 with PBES2 replaces
/// it (``explanation`` says how to convert). Supported ciphers: AES-128/192/256-CBC and
/// DES-EDE3-CBC; others are named and reported.
public struct LegacyPEMEncryption: Hashable, Sendable {
    /// The cipher as written in `DEK-Info` ("AES-256-CBC", "DES-EDE3-CBC").
    public let cipherName: String
    /// The IV (whose first 8 bytes are the key derivation salt).
    let iv: [UInt8]
    /// The cipher when supported.
    let cipher: CBCCipher?

    /// What this format is and how to convert it, for people.
    public static let explanation = """
        legacy OpenSSL PEM encryption (Proc-Type: 4,ENCRYPTED): the cipher key comes from one \
        round of MD5 over the password, which is weak. Convert the key to PKCS#8 with PBES2: \
        openssl pkcs8 -topk8 -v2 aes-256-cbc -in key.pem -out key-pkcs8.pem
        """

    /// Parses a `DEK-Info` header value: `cipher,hexIV` (RFC 1421 section 4.6.1.3).
    public init(dekInfo: String) throws(KeyFileError) {
        let parts = dekInfo.split(separator: ",", maxSplits: 1).map { String($0.trimmingWhitespace) }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw KeyFileError(.invalid("DEK-Info must be \"cipher,hex IV\", found \"\(dekInfo)\""), context: "DEK-Info")
        }
        let name = parts[0].uppercased()
        guard let iv = LegacyPEMEncryption.hexBytes(parts[1]) else {
            throw KeyFileError(.invalid("DEK-Info IV is not hexadecimal"), context: "DEK-Info")
        }
        let ciphers: [String: CBCCipher] = [
            "AES-128-CBC": .aes128, "AES-192-CBC": .aes192, "AES-256-CBC": .aes256, "DES-EDE3-CBC": .tripleDES,
        ]
        let cipher = ciphers[name]
        if let cipher, iv.count != cipher.blockSize {
            throw KeyFileError(.invalid("DEK-Info IV of \(iv.count) bytes for \(name) (expected \(cipher.blockSize))"),
                               context: "DEK-Info")
        }
        guard iv.count >= 8 else {
            throw KeyFileError(.invalid("DEK-Info IV shorter than the 8-byte salt"), context: "DEK-Info")
        }
        cipherName = name
        self.iv = iv
        self.cipher = cipher
    }

    /// True when this library can decrypt the cipher.
    public var isSupported: Bool { cipher != nil }

    /// Decrypts the PEM body with `password`.
    /// - Throws: `.wrongPassword` when the padding is wrong, `.unsupported` for other ciphers.
    func decrypt(_ ciphertext: [UInt8], password: String) throws(KeyFileError) -> [UInt8] {
        guard let cipher else {
            throw KeyFileError(.unsupported("legacy PEM cipher \(cipherName) is not supported"), context: "DEK-Info",
                               hint: LegacyPEMEncryption.explanation)
        }
        var passwordBytes = Array(password.utf8)
        var key = LegacyPEMEncryption.bytesToKey(password: passwordBytes, salt: Array(iv[0..<8]), count: cipher.keySize)
        defer {
            SecretBytes.wipe(&key)
            SecretBytes.wipe(&passwordBytes)
        }
        do {
            let plaintext = try cipher.decrypt(ciphertext, key: key, iv: iv)
            return plaintext
        } catch {
            throw KeyFileError(cryptoError: error, context: "legacy PEM encryption (\(cipherName))")
        }
    }

    /// OpenSSL's `EVP_BytesToKey` with MD5 and one iteration: D_i = MD5(D_(i-1) || P || S),
    /// key = D_1 || D_2 || ... truncated.
    static func bytesToKey(password: [UInt8], salt: [UInt8], count: Int) -> [UInt8] {
        var key: [UInt8] = []
        var previous: [UInt8] = []
        while key.count < count {
            var hasher = InsecureMD5()
            hasher.update(previous)
            hasher.update(password)
            hasher.update(salt)
            previous = hasher.finalize()
            key += previous
        }
        SecretBytes.wipe(&previous)
        let result = Array(key.prefix(count))
        SecretBytes.wipe(&key)
        return result
    }

    static func hexBytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0, !digits.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
            result.append(high << 4 | low)
            index += 2
        }
        return result
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

private extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingWhitespace: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
