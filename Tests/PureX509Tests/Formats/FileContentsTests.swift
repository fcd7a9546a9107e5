import Foundation
import PureX509
import PureX509ASN1
import Testing

/// `FileContents`: typed CSRs and CRLs, and damaged PEM read block by block with the lines
/// of the whole file.
@Suite("FileContents")
struct FileContentsTests {
    static func lines(_ bytes: [UInt8]) -> [String] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func csrAndCRLAreTyped() throws {
        let csr = FileContents(bytes: try testVector("keys/rsa-2048.csr.pem"))
        guard case .certificateRequest(let request)? = csr.entries.first?.item else {
            Issue.record("not a certificate request: \(csr.entries)")
            return
        }
        #expect(request.derEncoded == (try testVector("keys/rsa-2048.csr.der")))
        let crl = FileContents(bytes: try testVector("keys/intermediate.crl.der"))
        guard case .crl(let list)? = crl.entries.first?.item else {
            Issue.record("not a CRL: \(crl.entries)")
            return
        }
        #expect(list.derEncoded == (try testVector("keys/intermediate.crl.der")))
        #expect(FileContents(bytes: try testVector("keys/chain-crl.p7b")).allCRLs.map(\.derEncoded) == [list.derEncoded])
    }

    /// One damaged block hides nothing else; every line is a line of the whole file.
    @Test(arguments: [0, 1, 2])
    func damagedBlockIsReportedAtItsLine(_ damagedBlock: Int) throws {
        var lines = Self.lines(try testVector("keys/chain.pem"))
        let begins = lines.indices.filter { lines[$0].hasPrefix("-----BEGIN") }
        #expect(begins.count == 3)
        let damagedLine = begins[damagedBlock] + 3  // 0-based index of the third base64 line
        lines[damagedLine] = String(lines[damagedLine].prefix(20)) + "*" + String(lines[damagedLine].dropFirst(21))
        let contents = FileContents(bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(contents.entries.map(\.pemLine) == begins.filter { $0 != begins[damagedBlock] }.map { $0 + 1 })
        #expect(contents.allCertificates.count == 2)
        let problem = try #require(contents.problems.first)
        #expect(contents.problems.count == 1)
        #expect(problem.pemLine == damagedLine + 1)
        #expect(problem.reason == .pem(.badBase64Character(line: damagedLine + 1, column: 21, byte: UInt8(ascii: "*"))))
    }

    @Test func blockErrorsAfterADamagedBlockNameFileLines() throws {
        // A damaged certificate block, then a key block whose DER is not a key.
        var lines = Self.lines(try testVector("keys/chain.pem"))
        lines[2] = "!" + lines[2].dropFirst()
        let keyLine = lines.count + 1
        lines += ["-----BEGIN PRIVATE KEY-----", "MAMCAQA=", "-----END PRIVATE KEY-----", ""]
        let contents = FileContents(bytes: Array(lines.joined(separator: "\n").utf8))
        #expect(contents.allCertificates.count == 2)
        #expect(contents.problems.map(\.pemLine) == [3, keyLine])
    }
}
