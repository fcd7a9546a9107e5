import PureX509ASN1
import PureX509Crypto

/// The two private-key protections of Java keystores, decrypted only to match a key to its
/// certificates (see ``PrivateKey``):
///
/// - JKS (`sun.security.provider.KeyProtector`, OID 1.3.6.1.4.1.42.2.17.1.1): the
///   encrypted data is salt (20 bytes) || key XOR keystream || check (20 bytes). The
///   keystream is SHA-1 chained: d1 = SHA1(P || salt), d(i+1) = SHA1(P || d(i)), with P the
///   password as UTF-16BE; the check is SHA1(P || plaintext key), which tells a wrong key
///   password with certainty.
/// - JCEKS (`com.sun.crypto.provider.KeyProtector`, PBEWithMD5AndTripleDES,
///   OID 1.3.6.1.4.1.42.2.19.1, parameters `SEQUENCE { salt OCTET STRING (8), iterations
///   INTEGER }`): each half of the salt (the first half reversed when both are equal) is
///   hashed `iterations` times as MD5(previous || password) with the password as ASCII;
///   the two digests give the DES-EDE3 key (24 bytes) and the CBC IV (8 bytes). PKCS#5
///   padding and the decrypted DER tell a wrong password.
///
/// The plaintext in both is a PKCS#8 `PrivateKeyInfo`.
enum JavaKeyProtection {
    static let jksOID = OID(dotted: "1.3.6.1.4.1.42.2.17.1.1")!
    static let jcePBEOID = OID(dotted: "1.3.6.1.4.1.42.2.19.1")!

    /// The name of the protection an `EncryptedPrivateKeyInfo` names.
    static func name(of der: [UInt8]) -> String {
        guard let (oid, _, _) = try? parse(der) else { return "unreadable key protection" }
        if oid == jksOID { return "JKS key protection (SHA-1 keystream)" }
        if oid == jcePBEOID { return "PBEWithMD5AndTripleDES (JCEKS)" }
        return oid.displayName
    }

    /// Decrypts the protected key `der` (an `EncryptedPrivateKeyInfo`) with `password`.
    /// - Throws: `.wrongPassword` when the password does not open it, `.unsupported` for
    ///   another algorithm or a non-ASCII JCEKS password, `.malformed` with the offset
    ///   inside `der` for broken DER, `.limitExceeded` over the key-derivation budget.
    static func decrypt(_ der: [UInt8], password: String) throws(KeyFileError) -> PrivateKey {
        let (oid, parameters, data) = try keyField("protected private key") { try parse(der) }
        var plaintext: [UInt8]
        var protection: String
        if oid == jksOID {
            plaintext = try jks(data, password: password)
            protection = "JKS key protection (SHA-1 keystream)"
        } else if oid == jcePBEOID {
            plaintext = try jceks(data, parameters: parameters, der: der, password: password)
            protection = "PBEWithMD5AndTripleDES (JCEKS)"
        } else {
            // A keystore written by another provider with a standard scheme (PBES2).
            var key = try EncryptedPrivateKeyInfo(derEncoded: der).decrypt(password: password)
            key.protection = key.protection.map { .javaKeyStore("Java keystore, " + $0.name) }
            return key
        }
        defer { SecretBytes.wipe(&plaintext) }
        var key: PrivateKey
        do {
            key = try PrivateKey(pkcs8DER: plaintext)
        } catch {
            throw error.within("decrypted protected private key")
        }
        key.protection = .javaKeyStore(protection)
        return key
    }

    /// (algorithm, parameters element range, encrypted data).
    private static func parse(_ der: [UInt8]) throws -> (OID, Range<Int>?, [UInt8]) {
        var reader = DERReader(der)
        let result = try reader.readSequence { seq -> (OID, Range<Int>?, [UInt8]) in
            let (oid, parameters) = try seq.readSequence { algorithm -> (OID, Range<Int>?) in
                let oid = try algorithm.readObjectIdentifier()
                let parameters = algorithm.isAtEnd ? nil : try algorithm.readElement().fullRange
                return (oid, parameters)
            }
            let data = try seq.readOctetString()
            return (oid, parameters, Array(der[data]))
        }
        try reader.finish()
        return result
    }

    private static func jks(_ data: [UInt8], password: String) throws(KeyFileError) -> [UInt8] {
        let digestSize = SHA1.digestSize
        guard data.count >= 2 * digestSize else {
            throw KeyFileError(.invalid("JKS protected key of \(data.count) bytes, shorter than its salt and check digest (40 bytes)"),
                               context: "protected private key")
        }
        var passwordBytes = utf16BigEndian(password)
        defer { SecretBytes.wipe(&passwordBytes) }
        let salt = Array(data[0..<digestSize])
        let encrypted = data[digestSize..<(data.count - digestSize)]
        let check = Array(data[(data.count - digestSize)...])
        var plaintext = [UInt8](repeating: 0, count: encrypted.count)
        var digest = salt
        var index = 0
        while index < encrypted.count {
            var hash = SHA1()
            hash.update(passwordBytes)
            hash.update(digest)
            digest = hash.finalize()
            for byte in digest where index < encrypted.count {
                plaintext[index] = encrypted[encrypted.startIndex + index] ^ byte
                index += 1
            }
        }
        var hash = SHA1()
        hash.update(passwordBytes)
        hash.update(plaintext)
        guard hash.finalize() == check else {
            SecretBytes.wipe(&plaintext)
            throw KeyFileError(.wrongPassword("the key's check digest does not match (the key password differs from the one given)"),
                               context: "JKS protected private key")
        }
        return plaintext
    }

    private static func jceks(_ data: [UInt8], parameters: Range<Int>?, der: [UInt8], password: String)
        throws(KeyFileError) -> [UInt8]
    {
        guard let parameters else {
            throw KeyFileError(.invalid("PBEWithMD5AndTripleDES without its salt and iteration count"), context: "protected private key")
        }
        var reader = DERReader(der, range: parameters)
        let (saltRange, iterations, iterationsOffset) = try keyField("PBEWithMD5AndTripleDES parameters") {
            try reader.readSequence { seq -> (Range<Int>, Int, Int) in
                let salt = try seq.readOctetString()
                let offset = seq.position
                return (salt, try seq.readInt(), offset)
            }
        }
        guard saltRange.count == 8 else {
            throw KeyFileError(.invalid("salt of \(saltRange.count) bytes, not 8"), context: "PBEWithMD5AndTripleDES parameters",
                               offset: saltRange.lowerBound)
        }
        guard iterations >= 1, iterations <= PasswordBasedEncryption.maximumIterations else {
            throw KeyFileError(.unsupported("iteration count \(iterations) outside 1...\(PasswordBasedEncryption.maximumIterations)"),
                               context: "PBEWithMD5AndTripleDES parameters", offset: iterationsOffset)
        }
        // Java's PBEKey takes printable ASCII only ("Password is not ASCII").
        guard password.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else {
            throw KeyFileError(.wrongPassword("JCEKS key passwords are ASCII; this one is not, so it cannot be the key's"),
                               context: "JCEKS protected private key")
        }
        try KeyDerivationBudget.chargeDerivation(2 * iterations, context: "PBEWithMD5AndTripleDES")
        var passwordBytes = Array(password.utf8)
        defer { SecretBytes.wipe(&passwordBytes) }
        var salt = Array(der[saltRange])
        if salt[0..<4] == salt[4..<8] { salt[0..<4].reverse() }
        var material: [UInt8] = []
        for half in 0..<2 {
            var digest = Array(salt[(half * 4)..<(half * 4 + 4)])
            for _ in 0..<iterations {
                var hash = InsecureMD5()
                hash.update(digest)
                hash.update(passwordBytes)
                digest = hash.finalize()
            }
            material += digest
        }
        defer { SecretBytes.wipe(&material) }
        let key = Array(material[0..<24])
        let iv = Array(material[24..<32])
        let plaintext: [UInt8]
        do {
            plaintext = try CBCCipher.tripleDES.decrypt(data, key: key, iv: iv)
        } catch {
            throw KeyFileError(cryptoError: error, context: "JCEKS protected private key")
        }
        guard EncryptedPrivateKeyInfo.looksLikeDERSequence(plaintext) else {
            throw KeyFileError(.wrongPassword("decryption gave no private key (the key password differs from the one given)"),
                               context: "JCEKS protected private key")
        }
        return plaintext
    }

    /// The password as Java chars, big-endian (what JKS hashes).
    static func utf16BigEndian(_ password: String) -> [UInt8] {
        password.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
}
