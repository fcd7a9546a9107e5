import Testing
import PureX509

/// Resource limits of the key-file readers, each just at and one over the limit: the
/// PBKDF2 iteration count (`PasswordBasedEncryption.maximumIterations`, checked when the
/// parameters are read, before any derivation) and nested PKCS#12 safeContentsBags
/// (`PKCS12Bundle` nesting, 8).
@Suite("Resource limits: key files")
struct KeyFileLimitTests {
    /// An EncryptedPrivateKeyInfo under PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) with
    /// `iterations` (RFC 8018 A.2, B.2.2; RFC 5958 section 3). The ciphertext is filler.
    static func encryptedKey(iterations: Int) -> [UInt8] {
        var writer = DERWriter()
        writer.writeSequence { info in
            info.writeSequence { algorithm in
                algorithm.writeObjectIdentifier(OID(dotted: "1.2.840.113549.1.5.13")!)
                algorithm.writeSequence { pbes2 in
                    pbes2.writeSequence { kdf in
                        kdf.writeObjectIdentifier(OID(dotted: "1.2.840.113549.1.5.12")!)
                        kdf.writeSequence { parameters in
                            parameters.writeOctetString([UInt8](repeating: 0x5A, count: 8))
                            parameters.writeInteger(iterations)
                            parameters.writeSequence { prf in
                                prf.writeObjectIdentifier(OID(dotted: "1.2.840.113549.2.9")!)
                                prf.writeNull()
                            }
                        }
                    }
                    pbes2.writeSequence { cipher in
                        cipher.writeObjectIdentifier(OID(dotted: "2.16.840.1.101.3.4.1.42")!)
                        cipher.writeOctetString([UInt8](repeating: 0x11, count: 16))
                    }
                }
            }
            info.writeOctetString([UInt8](repeating: 0x22, count: 32))
        }
        return writer.bytes
    }

    @Test("PBKDF2: the maximum iteration count is read, one more is refused before deriving")
    func iterations() throws {
        let limit = PasswordBasedEncryption.maximumIterations
        let info = try EncryptedPrivateKeyInfo(derEncoded: Self.encryptedKey(iterations: limit))
        #expect(info.encryption.iterations == limit)
        #expect(info.encryption.isSupported)

        #expect {
            try EncryptedPrivateKeyInfo(derEncoded: Self.encryptedKey(iterations: limit + 1))
        } throws: { error in
            guard let error = error as? KeyFileError else { return false }
            return error.reason == .unsupported("iteration count above the limit of \(limit)") && error.context.contains("iterationCount")
        }
    }

    /// `SafeBag ::= SEQUENCE { bagId, [0] EXPLICIT bagValue }` (RFC 7292 section 4.2).
    static func safeBag(_ oid: String, _ value: [UInt8]) -> [UInt8] {
        var writer = DERWriter()
        writer.writeSequence { bag in
            bag.writeObjectIdentifier(OID(dotted: oid)!)
            bag.writeExplicit(0) { $0.writeEncoded(value) }
        }
        return writer.bytes
    }

    /// An unprotected PFX (no MAC, plain data) whose one SafeContents holds `depth`
    /// safeContentsBags, each inside the one before, around one bag of an unknown type.
    static func nestedPFX(depth: Int) -> [UInt8] {
        var contents = safeBag("1.3.6.1.4.1.55555.7", [0x05, 0x00])
        for _ in 0..<depth {
            var list = DERWriter()
            list.writeSequence { $0.writeEncoded(contents) }
            contents = safeBag("1.2.840.113549.1.12.10.1.6", list.bytes)
        }
        func dataContentInfo(_ content: [UInt8]) -> [UInt8] {
            var writer = DERWriter()
            writer.writeSequence { info in
                info.writeObjectIdentifier(OID(dotted: "1.2.840.113549.1.7.1")!)
                info.writeExplicit(0) { $0.writeOctetString(content) }
            }
            return writer.bytes
        }
        var safeContents = DERWriter()
        safeContents.writeSequence { $0.writeEncoded(contents) }
        var authenticatedSafe = DERWriter()
        authenticatedSafe.writeSequence { $0.writeEncoded(dataContentInfo(safeContents.bytes)) }
        var pfx = DERWriter()
        pfx.writeSequence { seq in
            seq.writeInteger(3)
            seq.writeEncoded(dataContentInfo(authenticatedSafe.bytes))
        }
        return pfx.bytes
    }

    @Test("PKCS#12: safeContentsBags nested 8 deep are read, 9 deep are refused")
    func nesting() throws {
        let bundle = try PKCS12Bundle(derEncoded: Self.nestedPFX(depth: 8))
        #expect(bundle.bags.count == 1)
        guard case .unknown(let oid)? = bundle.bags.first?.content else {
            Issue.record("expected the innermost unknown bag, got \(String(describing: bundle.bags.first?.content))")
            return
        }
        #expect(oid.dotted == "1.3.6.1.4.1.55555.7")

        let deeper = Self.nestedPFX(depth: 9)
        #expect {
            try PKCS12Bundle(derEncoded: deeper)
        } throws: { error in
            guard let error = error as? ContainerError else { return false }
            return error.reason == .invalid("safeContentsBag nested deeper than 8")
                && (error.offset.map { $0 > 0 && $0 < deeper.count } ?? false)
        }
    }
}
