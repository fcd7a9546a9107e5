import Foundation
import PureX509
import Testing

/// The one reader: positions, PEM lines and byte offsets of items and problems, typed
/// reasons and hints, and the certificate view's idea of the first block.
@Suite("InputContents (the one reader)")
struct InputContentsTests {
    static func damaged(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: packageRoot.appendingPathComponent("TestVectors/damaged/\(name)")))
    }

    @Test func positionsLinesAndOffsets() throws {
        let bytes = try Self.damaged("two-one-damaged.pem")
        let input = InputContents(bytes: bytes, fileName: "two.pem")
        let begin = Array("-----BEGIN".utf8)
        let secondBegin = try #require((1..<bytes.count - begin.count).first { bytes[$0..<($0 + begin.count)].elementsEqual(begin) })
        #expect(input.items.count == 1)
        let item = try #require(input.items.first)
        #expect(item.position == 0 && item.pemLine == 1 && item.byteOffset == 0)
        #expect(input.unreadable.count == 1)
        let problem = try #require(input.unreadable.first)
        #expect(problem.position == 1)
        #expect(problem.pemLine == 14)
        #expect(problem.byteOffset == secondBegin)
        #expect(problem.label == "CERTIFICATE")
        #expect(problem.der != nil)
        #expect(problem.error.kind == .malformed)
        #expect(problem.description.hasPrefix("two.pem: block #1 (PEM line 14), block from byte \(secondBegin): CERTIFICATE: tbsCertificate.extensions.subjectAltName"))
        let view = CertificateFile.contents(of: input)
        #expect(view.certificates.count == 1 && view.unreadable.count == 1 && !view.firstBlockUnreadable)
    }

    @Test func damagedFirstBlockIsTheLeaf() throws {
        let view = CertificateFile.contents(of: try Self.damaged("damaged-first.pem"))
        #expect(view.certificates.count == 1)
        #expect(view.firstBlockUnreadable)
    }

    /// A key before a damaged certificate does not make the next certificate the leaf.
    @Test func keyThenDamagedCertificateStillHasNoLeaf() throws {
        let key = try String(contentsOf: packageRoot.appendingPathComponent("TestVectors/keys/ec-p256.pem"), encoding: .utf8)
        let chain = key + String(decoding: try Self.damaged("damaged-first.pem"), as: UTF8.self)
        let view = CertificateFile.contents(of: Array(chain.utf8))
        #expect(view.input.items.first?.position == 0)
        #expect(view.unreadable.first?.position == 1)
        #expect(view.certificates.count == 1)
        #expect(view.firstBlockUnreadable)
    }

    @Test func pkcs12WithoutPasswordSaysHowToOpenIt() throws {
        let input = InputContents(bytes: try Self.damaged("leaf.p12"))
        let problem = try #require(input.unreadable.first)
        #expect(problem.needsPassword)
        #expect(problem.hint?.contains("this is PKCS#12") == true)
        #expect(problem.hint?.contains("--password") == true)
        // The certificate view keeps it: a PKCS#12 file is certificates that could not be read.
        #expect(CertificateFile.contents(of: try Self.damaged("leaf.p12")).unreadable.count == 1)
        // With the password, the certificate is read.
        #expect(InputContents(bytes: try Self.damaged("leaf.p12"), password: "secret").allCertificates.count == 1)
    }

    /// An encrypted key without its password is a key, not a certificate that could not be read.
    @Test func encryptedKeyIsNotAnUnreadableCertificate() throws {
        let bytes = Array(try Data(contentsOf: packageRoot.appendingPathComponent("TestVectors/keys/ec-p256.pbes2-aes256-sha256.pem")))
        let input = InputContents(bytes: bytes)
        #expect(input.unreadable.first?.needsPassword == true)
        #expect(CertificateFile.contents(of: input).unreadable.isEmpty)
    }

    /// The views list what the reader read.
    @Test func viewsAgree() throws {
        let bytes = try Self.damaged("two-one-damaged.pem")
        let input = InputContents(bytes: bytes)
        let file = FileContents(bytes: bytes)
        #expect(file.entries.count == input.items.count)
        #expect(file.problems == input.problems)
        #expect(file.allCertificates == input.allCertificates)
    }
}
