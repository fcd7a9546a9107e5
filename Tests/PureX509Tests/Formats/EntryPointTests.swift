import Foundation
import PureX509
import Testing

/// The uniform entry points (issue 15): every readable type reads one PEM block of its own
/// label with `init(pemEncoded:)` and refuses anything else with a typed error that names
/// the label found and its line; damage inside the block carries the block's line.
@Suite("init(pemEncoded:) of every readable type")
struct EntryPointTests {
    /// One readable type: its PEM vector and its `init(pemEncoded:)`.
    struct Row: CustomTestStringConvertible, Sendable {
        let name: String
        /// A PEM file holding one block of the type (under TestVectors/).
        let vector: String
        /// The label of that block.
        let label: String
        let read: @Sendable (String) throws -> Void
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(name: "Certificate", vector: "keys/ec-p256.cert.pem", label: "CERTIFICATE") { _ = try Certificate(pemEncoded: $0) },
        Row(name: "CertificateSigningRequest", vector: "keys/ec-p256.csr.pem", label: "CERTIFICATE REQUEST") {
            _ = try CertificateSigningRequest(pemEncoded: $0)
        },
        Row(name: "CertificateRevocationList", vector: "keys/intermediate.crl.pem", label: "X509 CRL") {
            _ = try CertificateRevocationList(pemEncoded: $0)
        },
        Row(name: "SubjectPublicKeyInfo", vector: "keys/ec-p256.pub.pem", label: "PUBLIC KEY") { _ = try SubjectPublicKeyInfo(pemEncoded: $0) },
        Row(name: "PrivateKey", vector: "keys/ec-p256.pem", label: "PRIVATE KEY") { _ = try PrivateKey(pemEncoded: $0) },
        Row(name: "PKCS7Bundle", vector: "keys/chain.p7b", label: "PKCS7") { _ = try PKCS7Bundle(pemEncoded: $0) },
    ]

    static func text(_ vector: String) throws -> String { String(decoding: try testVector(vector), as: UTF8.self) }

    /// The mismatch inside any of the three error types, nil for another reason.
    static func mismatch(_ error: any Error) -> PEMBlockMismatch? {
        switch error {
        case let error as X509ParseError: if case .pemMismatch(let found) = error.reason { return found }
        case let error as KeyFileError: if case .pemMismatch(let found) = error.reason { return found }
        case let error as ContainerError: if case .pemMismatch(let found) = error.reason { return found }
        default: break
        }
        return nil
    }

    /// The PEM line an error carries.
    static func pemLine(_ error: any Error) -> Int? {
        switch error {
        case let error as X509ParseError: error.pemLine
        case let error as KeyFileError: error.pemLine
        case let error as ContainerError: error.pemLine
        default: nil
        }
    }

    @Test(arguments: rows)
    func readsItsOwnBlock(_ row: Row) throws {
        try row.read(try Self.text(row.vector))
    }

    /// Another type's block: the error names the label found and its line.
    @Test(arguments: rows)
    func namesTheLabelFound(_ row: Row) throws {
        let other = row.name == "Certificate" ? "keys/ec-p256.pem" : "keys/ec-p256.cert.pem"
        let otherLabel = row.name == "Certificate" ? "PRIVATE KEY" : "CERTIFICATE"
        let text = "\n\n" + (try Self.text(other))
        do {
            try row.read(text)
            Issue.record("\(row.name) read a \(otherLabel) block")
        } catch {
            let found = try #require(Self.mismatch(error), "\(error)")
            #expect(found.expected == row.label)
            #expect(found.found == [PEMBlockMismatch.Block(label: otherLabel, line: 3)])
            #expect(found.line == 3)
            #expect(Self.pemLine(error) == 3)
            #expect("\(error)".contains("found \(otherLabel) at line 3"), "\(error)")
        }
    }

    /// Two blocks of the type: refused, naming both, the second as the one at fault.
    @Test(arguments: rows)
    func refusesTwoBlocks(_ row: Row) throws {
        let one = try Self.text(row.vector)
        let lines = one.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        do {
            try row.read(one + one)
            Issue.record("\(row.name) read two blocks")
        } catch {
            let found = try #require(Self.mismatch(error), "\(error)")
            #expect(found.found.map(\.line) == [1, lines + 1])
            #expect(found.line == lines + 1)
        }
    }

    /// Not PEM, or an empty text: a PEM error, not a crash nor a mismatch.
    @Test(arguments: rows)
    func malformedPEMIsAPEMError(_ row: Row) {
        for text in ["", "-----BEGIN \(row.label)-----\n!!!!\n-----END \(row.label)-----\n"] {
            do {
                try row.read(text)
                Issue.record("\(row.name) read \(text.debugDescription)")
            } catch {
                #expect(Self.mismatch(error) == nil, "\(error)")
                #expect(!"\(error)".isEmpty)
            }
        }
    }

    /// Damage inside the one block: the parser's error with the block's line.
    @Test func damageInsideTheBlockCarriesItsLine() throws {
        let text = String(decoding: try testVector("damaged/bad-extension.pem"), as: UTF8.self)
        do {
            _ = try Certificate(pemEncoded: "\n" + text)
            Issue.record("read a damaged certificate")
        } catch {
            #expect(error.pemLine == 2)
            #expect(error.field.contains("subjectAltName"), "\(error)")
            #expect(error.description.hasSuffix("(PEM block at line 2)"), "\(error)")
        }
    }

    /// A PKCS#12 file in a `PKCS12` PEM block reads with its password; without it, the
    /// container error says so.
    @Test func pkcs12InPEM() throws {
        let der = try testVector("keys/default.p12")
        let text = PEMWriter.encode(der, label: .other("PKCS12"))
        #expect(try PKCS12Bundle(pemEncoded: text, password: "test-password").certificates.isEmpty == false)
        #expect {
            try PKCS12Bundle(pemEncoded: text, password: "not it")
        } throws: { error in
            guard let error = error as? ContainerError else { return false }
            return error.container == .pkcs12 && error.kind == .wrongPassword && error.pemLine == 1
        }
    }

    /// Many certificates: the array form reads them all, fail-closed on damage.
    @Test func arrayForm() throws {
        let chain = try [Certificate](pemEncoded: try Self.text("keys/chain.pem"))
        #expect(chain.count >= 2)
        #expect(throws: ReadError.self) { try [Certificate](pemEncoded: try Self.text("damaged/two-one-damaged.pem")) }
        #expect {
            try [Certificate](pemEncoded: try Self.text("keys/ec-p256.pem"))
        } throws: { error in
            guard case .unexpectedContents(_, _, let found, _) = error as? ReadError else { return false }
            return found == "a private key"
        }
    }
}
