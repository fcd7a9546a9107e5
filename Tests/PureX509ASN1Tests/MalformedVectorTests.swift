import Foundation
import Testing
@testable import PureX509ASN1

/// The hand-made vectors of TestVectors/malformed (see its README.md), each with the exact
/// error it must give.
@Suite("Malformed vectors")
struct MalformedVectorTests {
    /// DER rows: the first error `ASN1Dump` reports (which checks every value).
    static let der: [(String, DERError)] = [
        ("indefinite-length.der", .indefiniteLength(offset: 1)),
        ("nonminimal-length.der", .nonMinimalLength(offset: 1)),
        ("long-form-below-128.der", .nonMinimalLength(offset: 1)),
        ("length-ff.der", .lengthTooLarge(offset: 1)),
        ("nonminimal-integer.der", .nonMinimalInteger(offset: 2)),
        ("nonminimal-integer-ff.der", .nonMinimalInteger(offset: 2)),
        ("empty-integer.der", .emptyInteger(offset: 2)),
        ("boolean-01.der", .invalidBoolean(offset: 2)),
        ("bitstring-unused-8.der", .invalidBitString(offset: 2)),
        ("bitstring-unused-set.der", .invalidBitString(offset: 2)),
        ("bitstring-empty-unused.der", .invalidBitString(offset: 2)),
        ("null-content.der", .invalidNull(offset: 2)),
        ("oid-empty.der", .invalidObjectIdentifier(offset: 2)),
        ("oid-0x80-arc.der", .invalidObjectIdentifier(offset: 2)),
        ("oid-truncated-arc.der", .invalidObjectIdentifier(offset: 2)),
        ("utctime-no-seconds.der", .invalidTime(offset: 2)),
        ("utctime-no-z.der", .invalidTime(offset: 2)),
        ("utctime-offset.der", .invalidTime(offset: 2)),
        ("utctime-feb29.der", .invalidTime(offset: 2)),
        ("utctime-month13.der", .invalidTime(offset: 2)),
        ("utctime-hour24.der", .invalidTime(offset: 2)),
        ("gentime-fraction.der", .invalidTime(offset: 2)),
        ("printable-at.der", .invalidString(offset: 2, tag: .printableString)),
        ("ia5-high.der", .invalidString(offset: 2, tag: .ia5String)),
        ("utf8-overlong.der", .invalidString(offset: 2, tag: .utf8String)),
        ("utf8-surrogate.der", .invalidString(offset: 2, tag: .utf8String)),
        ("bmp-odd.der", .invalidString(offset: 2, tag: .bmpString)),
        ("universal-bad-length.der", .invalidString(offset: 2, tag: .universalString)),
        ("high-tag-leading-80.der", .nonMinimalTag(offset: 2)),
        ("high-tag-below-31.der", .nonMinimalTag(offset: 2)),
        ("end-of-contents.der", .endOfContentsTag(offset: 2)),
        ("constructed-octet-string.der", .wrongConstructedBit(offset: 2, tag: ASN1Tag(.universal, number: 4, constructed: true))),
        ("primitive-sequence.der", .wrongConstructedBit(offset: 2, tag: ASN1Tag(.universal, number: 16, constructed: false))),
        ("truncated-inside.der", .truncated(offset: 5, needed: 7, available: 3)),
        ("deep-nesting.der", .nestingTooDeep(offset: 164, limit: 64)),  // 36 three-byte headers, then 28 two-byte ones
    ]

    @Test("DER vectors give their documented error", arguments: der)
    func derVector(_ name: String, _ error: DERError) throws {
        let dump = ASN1Dump(try TestFiles.malformed(name))
        #expect(dump.errors.first == error)
        #expect(!dump.isValid)
    }

    @Test("DER vectors read as exactly one element")
    func oneElement() throws {
        let base = try TestFiles.malformed("base-cert.der")
        #expect(throws: DERError.trailingData(offset: 5, count: 2)) { try ASN1Node.parse(TestFiles.malformed("trailing-after.der")) }
        #expect(throws: DERError.truncated(offset: 0, needed: base.count, available: 300)) {
            try ASN1Node.parse(TestFiles.malformed("cert-truncated.der"))
        }
        #expect(throws: DERError.trailingData(offset: base.count, count: 2)) {
            try ASN1Node.parse(TestFiles.malformed("cert-trailing-garbage.der"))
        }
    }

    @Test("PEM vectors give their documented error")
    func pemErrors() throws {
        let baseLines = try String(decoding: TestFiles.malformed("base-cert.pem"), as: UTF8.self)
            .split(separator: "\n").count
        let rows: [(String, PEMParsingMode, PEMError)] = [
            ("pem-empty.pem", .lax, .emptyInput),
            ("pem-no-block.pem", .lax, .noPEMBlock),
            ("pem-bad-character.pem", .lax, .badBase64Character(line: 3, column: 10, byte: 0x21)),
            ("pem-missing-end.pem", .lax, .missingEnd(label: "CERTIFICATE", beginLine: 1, nextBeginLine: 5)),
            ("pem-label-mismatch.pem", .lax, .labelMismatch(begin: "CERTIFICATE", end: "X509 CRL", beginLine: 1, endLine: baseLines)),
            ("pem-truncated.pem", .lax, .truncatedBlock(label: "CERTIFICATE", beginLine: 1)),
            ("pem-bad-padding.pem", .lax, .badPadding(line: 2, column: 5)),
            ("pem-dangling.pem", .lax, .incompleteBase64(line: 2)),
            ("pem-end-without-begin.pem", .lax, .unexpectedEnd(line: 2, label: "CERTIFICATE")),
            ("pem-bom.pem", .strict, .byteOrderMark),
            ("pem-legacy-encrypted.pem", .strict, .headersNotAllowed(line: 2)),
        ]
        for (name, mode, error) in rows {
            #expect(throws: error, "\(name)") { try PEMDocument(parsing: TestFiles.malformed(name), mode: mode) }
        }
    }

    @Test("PEM vectors the lax reader accepts, with their observations")
    func pemObservations() throws {
        let base = try TestFiles.malformed("base-cert.der")
        let baseLines = try String(decoding: TestFiles.malformed("base-cert.pem"), as: UTF8.self)
            .split(separator: "\n").count

        let bom = try PEMDocument(parsing: TestFiles.malformed("pem-bom.pem"))
        #expect(bom.observations == [PEMObservation(.byteOrderMark, line: 1)])
        #expect(bom.blocks.map(\.der) == [base])

        for mode in [PEMParsingMode.lax, .strict] {
            let crlf = try PEMDocument(parsing: TestFiles.malformed("pem-crlf.pem"), mode: mode)
            #expect(crlf.observations == [PEMObservation(.crlfLineEndings, line: 1)])
            #expect(crlf.blocks.map(\.der) == [base])
        }

        let trailing = try PEMDocument(parsing: TestFiles.malformed("pem-trailing-garbage.pem"))
        #expect(trailing.observations == [PEMObservation(.textAfterLastBlock, line: baseLines + 1)])
        #expect(trailing.trailingText == "garbage after the end\n")

        let legacy = try PEMDocument(parsing: TestFiles.malformed("pem-legacy-encrypted.pem"))
        let block = try #require(legacy.blocks.first)
        #expect(block.label == .ecPrivateKey)
        #expect(block.isLegacyEncrypted)
        #expect(block.dekInfo?.hasPrefix("AES-128-CBC,") == true)
        #expect(legacy.observations == [
            PEMObservation(.rfc1421Headers, line: 2, blockIndex: 0), PEMObservation(.legacyEncryption, line: 2, blockIndex: 0),
        ])
    }

    @Test("every file in malformed/ is covered by a row")
    func coverage() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestFiles.malformed.path)
        let covered = Set(Self.der.map(\.0)).union([
            "trailing-after.der", "cert-truncated.der", "cert-trailing-garbage.der", "pem-empty.pem", "pem-no-block.pem",
            "pem-bad-character.pem", "pem-missing-end.pem", "pem-label-mismatch.pem", "pem-truncated.pem", "pem-bad-padding.pem",
            "pem-dangling.pem", "pem-end-without-begin.pem", "pem-bom.pem", "pem-crlf.pem", "pem-trailing-garbage.pem",
            "pem-legacy-encrypted.pem", "base-cert.der", "base-cert.pem", "base-key.pem", "README.md",
        ])
        #expect(Set(names).subtracting(covered).isEmpty, "untested: \(Set(names).subtracting(covered).sorted())")
        let readme = String(decoding: try TestFiles.malformed("README.md"), as: UTF8.self)
        for name in names where name != "README.md" && !name.hasPrefix("base-") {
            #expect(readme.contains("`\(name)`"), "\(name) is not described in README.md")
        }
    }
}
