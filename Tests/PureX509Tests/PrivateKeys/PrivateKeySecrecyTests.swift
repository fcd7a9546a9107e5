import Testing
@testable import PureX509

/// No private key value appears in `description`, `debugDescription`, `dump`, or error
/// text; secret buffers can be wiped.
@Suite("Private keys: secrets never print")
struct PrivateKeySecrecyTests {
    /// The private value of each key, read here with the DER reader independently of
    /// `PrivateKey`: the EC scalar, the RSA private exponent, the EdDSA seed.
    static func secret(_ file: String) throws -> [UInt8] {
        let der = try #require(try KeyVectors.pemBlocks(file, label: .privateKey).first)
        var reader = DERReader(der)
        return try reader.readSequence { seq in
            _ = try seq.readInt()
            _ = try seq.readElement(.sequence)
            let inner = try seq.readOctetString()
            while !seq.isAtEnd { _ = try seq.readElement() }
            var body = DERReader(der, range: inner)
            if file.hasPrefix("ed") {
                return Array(der[try body.readOctetString()])
            }
            return try body.readSequence { key in
                if file.hasPrefix("rsa") {
                    for _ in 0..<3 { _ = try key.readIntegerElement() }   // version, n, e
                    let d = Array(der[try key.readUnsignedIntegerBytes()])
                    while !key.isAtEnd { _ = try key.readElement() }
                    return d
                }
                _ = try key.readInt()
                let scalar = Array(der[try key.readOctetString()])
                while !key.isAtEnd { _ = try key.readElement() }
                return scalar
            }
        }
    }

    @Test(arguments: ["ec-p256.pem", "ec-p521.pem", "rsa-2048.pem", "ed25519.pem"])
    func neverPrinted(_ file: String) throws {
        let secret = try Self.secret(file)
        #expect(secret.count >= 32)
        let key = try PrivateKeyParsingTests.load(file)
        var dumped = ""
        dump(key, to: &dumped)
        var dumpedSecret = ""
        if let stored = key.secret { dump(stored, to: &dumpedSecret) }
        let texts = [String(describing: key), String(reflecting: key), dumped, dumpedSecret,
                     key.secret.map { String(describing: $0) } ?? "", "\(key.protection as Any)"]
        let needles = [KeyVectors.hex(secret), KeyVectors.hex(secret).uppercased(), Base64.encodedString(secret),
                       KeyVectors.hex(secret.prefix(8)), secret.map(String.init).joined(separator: ", ")]
        for text in texts {
            for needle in needles { #expect(!text.contains(needle), "secret leaked in \(text)") }
        }
        #expect(String(describing: key).contains("private key"))
    }

    /// Errors about broken keys name structure and offsets, never contents.
    @Test func errorsDoNotQuoteKeys() throws {
        let der = try #require(try KeyVectors.pemBlocks("ec-p256.pem", label: .privateKey).first)
        let secret = try Self.secret("ec-p256.pem")
        for cut in stride(from: 1, to: der.count, by: 3) {
            do {
                _ = try PrivateKey(pkcs8DER: Array(der[0..<cut]))
            } catch {
                #expect(!error.description.contains(KeyVectors.hex(secret.prefix(4))))
            }
        }
    }

    @Test func wipeZeroesAndEmpties() {
        var buffer: [UInt8] = [1, 2, 3, 4]
        SecretBytes.wipe(&buffer)
        #expect(buffer.isEmpty)
        let secret = SecretBytes([9, 8, 7])
        #expect(String(describing: secret) == "<redacted 3 bytes>")
        #expect(secret.constantTimeEquals(SecretBytes([9, 8, 7])))
        #expect(!secret.constantTimeEquals(SecretBytes([9, 8, 6])))
        #expect(SecretBytes(leftPadding: secret, to: 5).withUnsafeBytes { Array($0) } == [0, 0, 9, 8, 7])
    }
}
