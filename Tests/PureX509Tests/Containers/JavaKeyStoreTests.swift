import Testing
@testable import PureX509

/// JKS and JCEKS keystores made by the JDK's keytool (TestVectors/gen/70-keystores.sh):
/// entries and aliases, the certificates equal to the PEM files they were imported from,
/// private keys decrypted and matched, and each failure told apart (wrong password, altered
/// file, truncation, a key with its own password) with its byte offset.
@Suite("Java keystores")
struct JavaKeyStoreTests {
    static func bytes(_ name: String) throws -> [UInt8] { try testVector("keystores/" + name) }

    static func certificate(_ name: String) throws -> Certificate {
        try Certificate(derEncoded: pemBlocks(String(decoding: try bytes(name), as: UTF8.self))[0])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let password: String?
        let format: JavaKeyStore.Format
        /// (alias, kind name, number of certificates)
        let entries: [(String, String, Int)]
        let keysRead: Int
        var testDescription: String { "\(file) \(password == nil ? "without" : "with") password" }
    }

    static let cases: [Case] = [
        Case(file: "server.jks", password: nil, format: .jks,
             entries: [("root-ca", "trustedCertEntry", 1), ("server", "PrivateKeyEntry", 3)], keysRead: 0),
        Case(file: "server.jks", password: "changeit", format: .jks,
             entries: [("root-ca", "trustedCertEntry", 1), ("server", "PrivateKeyEntry", 3)], keysRead: 1),
        Case(file: "server.jceks", password: nil, format: .jceks,
             entries: [("root-ca", "trustedCertEntry", 1), ("server", "PrivateKeyEntry", 3)], keysRead: 0),
        Case(file: "server.jceks", password: "changeit", format: .jceks,
             entries: [("root-ca", "trustedCertEntry", 1), ("server", "PrivateKeyEntry", 3)], keysRead: 1),
        Case(file: "truststore.jks", password: "changeit", format: .jks, entries: [("root-ca", "trustedCertEntry", 1)], keysRead: 0),
        Case(file: "rsa-unicode.jks", password: "пароль-ключ", format: .jks,
             entries: [("rsa-client", "PrivateKeyEntry", 1)], keysRead: 1),
        // The store password is right, the key has its own: certificates read, key not.
        Case(file: "server-badkeypass.jks", password: "changeit", format: .jks,
             entries: [("server", "PrivateKeyEntry", 3)], keysRead: 0),
    ]

    @Test(arguments: cases)
    func reads(_ row: Case) throws {
        let store = try JavaKeyStore(bytes: Self.bytes(row.file), password: row.password)
        #expect(store.format == row.format)
        #expect(store.version == 2)
        #expect(store.integrity == (row.password == nil ? .notChecked : .verified))
        #expect(store.entries.map(\.alias) == row.entries.map(\.0))
        #expect(store.entries.map(\.kindName) == row.entries.map(\.1))
        #expect(store.entries.map(\.certificates.count) == row.entries.map(\.2))
        #expect(store.privateKeys.count == row.keysRead)
        // Every key read belongs to the first certificate of its entry's chain, and to no other.
        for entry in store.entries {
            guard case .privateKey(let key?, let chain) = entry.content else { continue }
            #expect(key.matches(chain[0]).isMatch)
            #expect(chain.dropFirst().allSatisfy { !key.matches($0).isMatch })
            #expect(key.protection?.name.contains(row.format == .jks ? "JKS key protection" : "PBEWithMD5AndTripleDES") == true)
        }
        for entry in store.entries where entry.kindName == "PrivateKeyEntry" && row.keysRead == 0 {
            let problem = try #require(entry.keyProblem)
            #expect(problem.kind == (row.password == nil ? .passwordRequired : .wrongPassword))
        }
    }

    /// The certificates are the ones imported (byte for byte), in keytool's order.
    @Test func certificatesAreTheImportedOnes() throws {
        let store = try JavaKeyStore(bytes: Self.bytes("server.jks"))
        let expected = try ["root.pem", "leaf.pem", "intermediate.pem", "root.pem"].map(Self.certificate)
        #expect(store.certificates == expected)
        let jceks = try JavaKeyStore(bytes: Self.bytes("server.jceks"))
        #expect(jceks.certificates == expected)
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        let file: String
        let password: String?
        let kind: KeyFileError.Kind
        /// The byte offset; -1 for the digest's (the file's size less 20: keytool's output
        /// varies in size from run to run).
        let offset: Int?
        let words: String
        var testDescription: String { "\(file): \(words)" }
    }

    static let failures: [Failure] = [
        Failure(file: "server.jks", password: "not-the-password", kind: .wrongPassword, offset: -1,
                words: "the keystore digest does not match this password"),
        Failure(file: "server.jceks", password: "not-the-password", kind: .wrongPassword, offset: -1,
                words: "the keystore digest does not match this password"),
        Failure(file: "truststore.jks", password: "not-the-password", kind: .wrongPassword, offset: -1,
                words: "cannot tell a wrong password from a file altered"),
        Failure(file: "server-flipped.jks", password: "changeit", kind: .integrityCheckFailed, offset: -1,
                words: "the password opens the private key \"server\""),
        Failure(file: "server-truncated.jks", password: nil, kind: .invalid, offset: 40,
                words: "entry 1 (\"root-ca\") certificate length "),
        Failure(file: "server-truncated.jks", password: "changeit", kind: .invalid, offset: 40,
                words: "runs past the end"),
        Failure(file: "root.pem", password: nil, kind: .wrongFormat, offset: 0, words: "no FEEDFEED or CECECECE magic number"),
    ]

    @Test(arguments: failures)
    func failsWithItsReason(_ row: Failure) throws {
        do {
            let bytes = try Self.bytes(row.file)
            defer { _ = bytes }
            _ = try JavaKeyStore(bytes: bytes, password: row.password)
            Issue.record("\(row.file) was read")
        } catch let error as ContainerError {
            #expect(error.container == .javaKeyStore)
            #expect(error.kind == row.kind)
            if let offset = row.offset {
                let size = try Self.bytes(row.file).count
                #expect(error.offset == (offset == -1 ? size - 20 : offset))
            }
            #expect(error.description.contains(row.words), "\(error)")
            #expect(!error.description.contains("changeit") && !error.description.contains("not-the-password"))
        } catch {
            Issue.record("\(error)")
        }
    }

    /// Hand-made headers: every count and length is checked against what is left.
    @Test(arguments: [
        ([0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0, 0, 0, 0], KeyFileError.Kind.invalid, "shorter than a keystore header"),
        ([0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 3, 0, 0, 0, 0] + [UInt8](repeating: 0, count: 20), .unsupported, "keystore version 3"),
        ([0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0xFF, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 20), .limitExceeded,
         "more than the limit of 10000"),
        ([0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0, 0, 0x27, 0x10] + [UInt8](repeating: 0, count: 20), .invalid, "cannot fit"),
        ([0xCE, 0xCE, 0xCE, 0xCE, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 2, 0, 1, 0x61] + [UInt8](repeating: 0, count: 8)
            + [0, 5] + Array("X.509".utf8) + [0x7F, 0xFF, 0xFF, 0xFF] + [UInt8](repeating: 0, count: 20), .invalid,
         "length 2147483647 runs past the end"),
        ([0xCE, 0xCE, 0xCE, 0xCE, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 3, 0, 1, 0x73] + [UInt8](repeating: 0, count: 40), .unsupported,
         "secret-key entry"),
        ([0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 9, 0, 1, 0x61] + [UInt8](repeating: 0, count: 40), .invalid,
         "unknown entry tag 9"),
        ([0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2, 0, 0, 0, 0, 0xAA] + [UInt8](repeating: 0, count: 20), .invalid,
         "1 bytes after the last of 0 entries"),
    ] as [([UInt8], KeyFileError.Kind, String)])
    func handMadeHeaders(_ bytes: [UInt8], _ kind: KeyFileError.Kind, _ words: String) {
        do {
            _ = try JavaKeyStore(bytes: bytes)
            Issue.record("read")
        } catch {
            #expect(error.kind == kind)
            #expect(error.offset != nil)
            #expect(error.description.contains(words), "\(error)")
        }
    }

    /// Every prefix of a real store fails with a typed error (never a crash, never a read),
    /// and every single-byte change either fails or reads (without a password nothing
    /// detects a change inside a certificate's signature).
    @Test func everyTruncationAndEveryByteChangeIsSafe() throws {
        let bytes = try Self.bytes("server.jks")
        for length in 0..<bytes.count {
            #expect(throws: ContainerError.self) { _ = try JavaKeyStore(bytes: Array(bytes[..<length])) }
        }
        for position in stride(from: 0, to: bytes.count, by: 7) {
            var changed = bytes
            changed[position] ^= 0x5A
            // With the password: the digest catches every change.
            #expect(throws: ContainerError.self) { _ = try JavaKeyStore(bytes: changed, password: "changeit") }
            _ = try? JavaKeyStore(bytes: changed)
        }
    }

    /// FileContents (what show and pem read) takes keystores, with their certificates and keys.
    @Test func fileContentsReadsKeyStores() throws {
        let contents = FileContents(bytes: try Self.bytes("server.jceks"), password: "changeit")
        #expect(contents.format.kind == .javaJCEKS)
        #expect(contents.problems.isEmpty)
        #expect(contents.allCertificates.count == 4)
        #expect(contents.allPrivateKeys.count == 1)
        let wrong = FileContents(bytes: try Self.bytes("server.jceks"), password: "nope")
        #expect(wrong.entries.isEmpty)
        #expect(wrong.problems.map(\.kind) == [.wrongPassword])
    }
}
