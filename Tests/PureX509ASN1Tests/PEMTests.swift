import Testing
@testable import PureX509ASN1

/// 48 bytes of sample DER: an OCTET STRING of 46 bytes, so the base64 is 64 characters.
let sampleDER: [UInt8] = [0x04, 46] + (0..<46).map { UInt8(truncatingIfNeeded: $0 &* 5 &+ 1) }
/// 96 bytes: two full base64 lines of 64.
let sampleDER2: [UInt8] = [0x04, 94] + (0..<94).map { UInt8(truncatingIfNeeded: $0 &* 3 &+ 7) }

/// The base64 of `bytes`, one string, no line breaks.
func b64(_ bytes: [UInt8]) -> String { Base64.encodedString(bytes) }

@Suite("PEM reading")
struct PEMReadingTests {
    static let line64 = b64(sampleDER)
    static let lines2 = b64(sampleDER2)

    @Test("blocks with labels, lines, offsets and the text around them")
    func blocksAndText() throws {
        let text = "Subject: test\n\n-----BEGIN CERTIFICATE-----\n\(Self.line64)\n-----END CERTIFICATE-----\n"
            + "between\n-----BEGIN X509 CRL-----\n\(Self.lines2.prefix(64))\n\(Self.lines2.dropFirst(64))\n-----END X509 CRL-----\ntrailer\n"
        let document = try PEMDocument(parsing: text)
        #expect(document.blocks.count == 2)
        let first = document.blocks[0], second = document.blocks[1]
        #expect(first.label == .certificate)
        #expect(first.der == sampleDER)
        #expect((first.beginLine, first.endLine) == (3, 5))
        #expect(first.precedingText == "Subject: test\n\n")
        #expect(first.range == 15..<(15 + 27 + 1 + 64 + 1 + 25))
        #expect(Array(text.utf8)[first.range].first == UInt8(ascii: "-"))
        #expect(Array(text.utf8)[first.range].last == UInt8(ascii: "-"))
        #expect(second.label == .x509CRL)
        #expect(second.der == sampleDER2)
        #expect((second.beginLine, second.endLine) == (7, 10))
        #expect(second.precedingText == "between\n")
        #expect(document.trailingText == "trailer\n")
        #expect(document.observations.map(\.kind) == [.textBeforeFirstBlock, .textBetweenBlocks, .textAfterLastBlock])
        #expect(document.observations.map(\.line) == [1, 6, 11])
        #expect(document.blocks(labelled: .x509CRL) == [second])
    }

    @Test("known labels and pass-through", arguments: [
        ("CERTIFICATE", PEMLabel.certificate), ("TRUSTED CERTIFICATE", .trustedCertificate), ("X509 CRL", .x509CRL),
        ("CERTIFICATE REQUEST", .certificateRequest), ("NEW CERTIFICATE REQUEST", .newCertificateRequest),
        ("PUBLIC KEY", .publicKey), ("RSA PUBLIC KEY", .rsaPublicKey), ("PRIVATE KEY", .privateKey),
        ("RSA PRIVATE KEY", .rsaPrivateKey), ("EC PRIVATE KEY", .ecPrivateKey), ("ENCRYPTED PRIVATE KEY", .encryptedPrivateKey),
        ("PKCS7", .pkcs7), ("CMS", .cms), ("OPENSSH PRIVATE KEY", .other("OPENSSH PRIVATE KEY")), ("", .other("")),
    ])
    func labels(_ text: String, _ label: PEMLabel) throws {
        #expect(PEMLabel(text) == label)
        #expect(label.text == text)
        let document = try PEMDocument(parsing: PEMWriter.encode(sampleDER, label: label), mode: .strict)
        #expect(document.blocks.first?.label == label)
        #expect(label.isPrivateKey == text.hasSuffix("PRIVATE KEY"))
    }

    @Test("RFC 1421 headers: legacy encryption flagged, values kept")
    func headers() throws {
        let text = """
            -----BEGIN RSA PRIVATE KEY-----
            Proc-Type: 4,ENCRYPTED
            DEK-Info: AES-128-CBC,
             00112233445566778899AABBCCDDEEFF

            \(Self.line64)
            -----END RSA PRIVATE KEY-----

            """
        let document = try PEMDocument(parsing: text)
        let block = try #require(document.blocks.first)
        #expect(block.headers == [
            PEMHeader(name: "Proc-Type", value: "4,ENCRYPTED", line: 2),
            PEMHeader(name: "DEK-Info", value: "AES-128-CBC, 00112233445566778899AABBCCDDEEFF", line: 3),
        ])
        #expect(block.isLegacyEncrypted)
        #expect(block.dekInfo == "AES-128-CBC, 00112233445566778899AABBCCDDEEFF")
        #expect(block.der == sampleDER)
        #expect(document.observations == [
            PEMObservation(.rfc1421Headers, line: 2, blockIndex: 0), PEMObservation(.legacyEncryption, line: 2, blockIndex: 0),
        ])
        #expect(throws: PEMError.headersNotAllowed(line: 2)) { try PEMDocument(parsing: text, mode: .strict) }
    }

    @Test("writer: 64 columns, LF, and round trip", arguments: [0, 1, 2, 3, 47, 48, 49, 96, 1000])
    func writer(_ count: Int) throws {
        let der = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 3) }
        let text = PEMWriter.encode(der, label: .certificate)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "-----BEGIN CERTIFICATE-----")
        #expect(lines.dropLast().last == "-----END CERTIFICATE-----")
        #expect(lines.last == "")
        let body = lines.dropFirst().dropLast(2)
        #expect(body.dropLast().allSatisfy { $0.count == 64 })
        #expect(body.allSatisfy { $0.count <= 64 && !$0.isEmpty })
        #expect(body.joined() == b64(der))
        let document = try PEMDocument(parsing: text, mode: .strict)
        #expect(document.blocks.map(\.der) == [der])
        #expect(document.observations == (count == 0 ? [PEMObservation(.emptyBlock, line: 1, blockIndex: 0)] : []))
        #expect(document.blocks.first?.pemText == text)
    }
}

/// One error row: input, mode, exact error.
struct PEMErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: [UInt8]
    let mode: PEMParsingMode
    let error: PEMError
    init(_ name: String, _ text: String, _ error: PEMError, mode: PEMParsingMode = .lax) {
        self.init(name, bytes: Array(text.utf8), error, mode: mode)
    }
    init(_ name: String, bytes: [UInt8], _ error: PEMError, mode: PEMParsingMode = .lax) {
        self.name = name
        self.text = bytes
        self.mode = mode
        self.error = error
    }
    var testDescription: String { name }
}

@Suite("PEM errors")
struct PEMErrorTests {
    static let b = "-----BEGIN CERTIFICATE-----\n"
    static let e = "-----END CERTIFICATE-----\n"
    static let l: String = b64(sampleDER) + "\n"
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let block: String = b + l + e
    static let cases0: [PEMErrorCase] = [
        PEMErrorCase("empty input", "", .emptyInput),
        PEMErrorCase("BOM only", bytes: bom, .emptyInput),
        PEMErrorCase("BOM in strict mode", bytes: bom + Array(block.utf8), .byteOrderMark, mode: .strict),
        PEMErrorCase("no block", "hello\nworld\n", .noPEMBlock),
        PEMErrorCase("indented BEGIN is text", "  " + block, .unexpectedEnd(line: 3, label: "CERTIFICATE")),
        PEMErrorCase("bad base64 character", b + "Zm9v!mFy\n" + e, .badBase64Character(line: 2, column: 5, byte: 0x21)),
    ]

    static let cases1: [PEMErrorCase] = [
        PEMErrorCase("bad character on a later line", "text\n" + b + l + "Zm9v\u{7}mFy\n" + e, .badBase64Character(line: 4, column: 5, byte: 0x07)),
        PEMErrorCase("data after padding", b + "Zg==Zg==\n" + e, .badPadding(line: 2, column: 5)),
        PEMErrorCase("data after padding, next line", b + "Zg==\nZg==\n" + e, .badPadding(line: 3, column: 1)),
        PEMErrorCase("padding too early", b + "Z===\n" + e, .badPadding(line: 2, column: 2)),
        PEMErrorCase("padding incomplete", b + "Zm9vYg=\n" + e, .badPadding(line: 2, column: 8)),
        PEMErrorCase("dangling character", b + "Zm9vY\n" + e, .incompleteBase64(line: 2)),
    ]

    static let cases2: [PEMErrorCase] = [
        PEMErrorCase("missing END", b + l + b + l + e, .missingEnd(label: "CERTIFICATE", beginLine: 1, nextBeginLine: 3)),
        PEMErrorCase("truncated block", "x\n" + b + l, .truncatedBlock(label: "CERTIFICATE", beginLine: 2)),
        PEMErrorCase("truncated after BEGIN", b, .truncatedBlock(label: "CERTIFICATE", beginLine: 1)),
        PEMErrorCase("label mismatch", b + l + "-----END X509 CRL-----\n",
                     .labelMismatch(begin: "CERTIFICATE", end: "X509 CRL", beginLine: 1, endLine: 3)),
        PEMErrorCase("END without BEGIN", "a\n" + e, .unexpectedEnd(line: 2, label: "CERTIFICATE")),
        PEMErrorCase("BEGIN without closing dashes", "-----BEGIN CERTIFICATE\n" + l + e, .malformedBoundary(line: 1)),
    ]

    static let cases3: [PEMErrorCase] = [
        PEMErrorCase("END without closing dashes", b + l + "-----END CERTIFICATE\n", .malformedBoundary(line: 3)),
        PEMErrorCase("text after BEGIN dashes", "-----BEGIN CERTIFICATE----- x\n" + l + e, .malformedBoundary(line: 1)),
        PEMErrorCase("header without name", b + ": value\n\n" + l + e, .malformedHeader(line: 2)),
        PEMErrorCase("strict: header", b + "Proc-Type: 4,ENCRYPTED\n\n" + l + e, .headersNotAllowed(line: 2), mode: .strict),
        PEMErrorCase("strict: short line before the last", b + "Zm9v\n" + l + e, .badLineLength(line: 2, length: 4), mode: .strict),
        PEMErrorCase("strict: long line", b + b64(sampleDER2) + "\n" + e, .badLineLength(line: 2, length: 128), mode: .strict),
    ]

    static let cases4: [PEMErrorCase] = [
        PEMErrorCase("strict: blank line", b + l + "\n" + e, .blankLine(line: 3), mode: .strict),
        PEMErrorCase("strict: only a blank line", b + "\n" + e, .blankLine(line: 2), mode: .strict),
        PEMErrorCase("strict: space", b + "Zm9v YmFy\n" + e, .badBase64Character(line: 2, column: 5, byte: 0x20), mode: .strict),
        PEMErrorCase("strict: missing padding", b + "Zm9vYg\n" + e, .badPadding(line: 2, column: 7), mode: .strict),
        PEMErrorCase("strict: non-zero padding bits", b + "Zh==\n" + e, .badPadding(line: 2, column: 4), mode: .strict),
        PEMErrorCase("strict: whitespace after dashes", "-----BEGIN CERTIFICATE----- \n" + l + e, .malformedBoundary(line: 1), mode: .strict),
    ]

    static let cases5: [PEMErrorCase] = [
        PEMErrorCase("strict: label with leading hyphen", "-----BEGIN -X-----\n" + l + "-----END -X-----\n",
                     .invalidLabel(line: 1, label: "-X"), mode: .strict),
        PEMErrorCase("strict: label with double space", "-----BEGIN A  B-----\n" + l + "-----END A  B-----\n",
                     .invalidLabel(line: 1, label: "A  B"), mode: .strict),
    ]
    static let cases: [PEMErrorCase] = cases0 + cases1 + cases2 + cases3 + cases4 + cases5

    @Test("every error names its line", arguments: cases)
    func errors(_ row: PEMErrorCase) {
        #expect(throws: row.error) { try PEMDocument(parsing: row.text, mode: row.mode) }
        #expect(row.error.line == nil || row.error.reason.contains("line \(row.error.line!)") || row.error == .byteOrderMark)
    }
}

/// One observation row: input and the observations expected, in order.
struct PEMObservationCase: Sendable, CustomTestStringConvertible {
    let name: String
    let text: [UInt8]
    let expected: [PEMObservation]
    let der: [[UInt8]]
    init(_ name: String, _ text: String, _ expected: [PEMObservation], der: [[UInt8]] = [sampleDER]) {
        self.init(name, Array(text.utf8), expected, der: der)
    }
    init(_ name: String, _ bytes: [UInt8], _ expected: [PEMObservation], der: [[UInt8]] = [sampleDER]) {
        self.name = name
        self.text = bytes
        self.expected = expected
        self.der = der
    }
    var testDescription: String { name }
}

@Suite("PEM lax observations")
struct PEMObservationTests {
    static let b = "-----BEGIN CERTIFICATE-----"
    static let e = "-----END CERTIFICATE-----"
    static let l = b64(sampleDER)

    static let cases: [PEMObservationCase] = [
        PEMObservationCase("byte order mark", [0xEF, 0xBB, 0xBF] + Array("\(b)\n\(l)\n\(e)\n".utf8), [PEMObservation(.byteOrderMark, line: 1)]),
        PEMObservationCase("CRLF", "\(b)\r\n\(l)\r\n\(e)\r\n", [PEMObservation(.crlfLineEndings, line: 1)]),
        PEMObservationCase("bare CR", "\(b)\r\(l)\r\(e)\r", [PEMObservation(.bareCarriageReturn, line: 1)]),
        PEMObservationCase("no final newline", "\(b)\n\(l)\n\(e)", [PEMObservation(.missingFinalNewline, line: 3)]),
        PEMObservationCase("END runs into BEGIN (cat without a final newline)", "\(b)\n\(l)\n\(e)\(b)\n\(l)\n\(e)\n",
                           [PEMObservation(.missingLineBreak, line: 3)], der: [sampleDER, sampleDER]),
        PEMObservationCase("text before", "# root\n\(b)\n\(l)\n\(e)\n", [PEMObservation(.textBeforeFirstBlock, line: 1, blockIndex: 0)]),
        PEMObservationCase("blank lines around are not text", "\n \n\(b)\n\(l)\n\(e)\n\n\t\n", []),
        PEMObservationCase("text between", "\(b)\n\(l)\n\(e)\n\n# next\n\(b)\n\(l)\n\(e)\n",
                           [PEMObservation(.textBetweenBlocks, line: 5, blockIndex: 1)], der: [sampleDER, sampleDER]),
        PEMObservationCase("trailing garbage", "\(b)\n\(l)\n\(e)\ngarbage", [PEMObservation(.missingFinalNewline, line: 4), PEMObservation(.textAfterLastBlock, line: 4)]),
        PEMObservationCase("whitespace in base64", "\(b)\n  \(l.prefix(32)) \t\(l.dropFirst(32))  \n\(e)\n", [
            PEMObservation(.whitespaceInBase64, line: 2, blockIndex: 0), PEMObservation(.nonStandardLineLength, line: 2, blockIndex: 0),
        ]),
        PEMObservationCase("blank line in base64", "\(b)\n\(l.prefix(32))\n\n\(l.dropFirst(32))\n\(e)\n", [
            PEMObservation(.nonStandardLineLength, line: 2, blockIndex: 0), PEMObservation(.blankLineInBase64, line: 3, blockIndex: 0),
        ]),
        PEMObservationCase("76-column lines", "\(b)\n\(b64(sampleDER2).prefix(76))\n\(b64(sampleDER2).dropFirst(76))\n\(e)\n",
                           [PEMObservation(.nonStandardLineLength, line: 2, blockIndex: 0)], der: [sampleDER2]),
        PEMObservationCase("whitespace after dashes", "\(b)  \n\(l)\n\(e)\t\n", [
            PEMObservation(.whitespaceAfterBoundary, line: 1, blockIndex: 0), PEMObservation(.whitespaceAfterBoundary, line: 3, blockIndex: 0),
        ]),
        PEMObservationCase("headers", "\(b)\nComment: hello\n\n\(l)\n\(e)\n", [PEMObservation(.rfc1421Headers, line: 2, blockIndex: 0)]),
        PEMObservationCase("legacy encryption", "\(b)\nProc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,0011223344556677\n\n\(l)\n\(e)\n", [
            PEMObservation(.rfc1421Headers, line: 2, blockIndex: 0), PEMObservation(.legacyEncryption, line: 2, blockIndex: 0),
        ]),
        PEMObservationCase("missing padding", "\(b)\nZm9vYg\n\(e)\n", [PEMObservation(.missingPadding, line: 2, blockIndex: 0)], der: [Array("foob".utf8)]),
        PEMObservationCase("non-zero padding bits", "\(b)\nZh==\n\(e)\n", [PEMObservation(.nonZeroPaddingBits, line: 2, blockIndex: 0)], der: [[0x66]]),
        PEMObservationCase("empty block", "\(b)\n\(e)\n", [PEMObservation(.emptyBlock, line: 1, blockIndex: 0)], der: [[]]),
    ]

    @Test("each lax observation, with its line", arguments: cases)
    func observation(_ row: PEMObservationCase) throws {
        let document = try PEMDocument(parsing: row.text)
        #expect(document.observations == row.expected)
        #expect(document.blocks.map(\.der) == row.der)
    }

    @Test("every observation kind has a row")
    func coverage() {
        let covered = Set(Self.cases.flatMap { $0.expected.map(\.kind) })
        #expect(covered == Set(PEMObservation.Kind.allCases))
    }

    @Test("flags for a diagnosis")
    func flags() throws {
        let document = try PEMDocument(parsing: [0xEF, 0xBB, 0xBF] + Array("\(Self.b)\r\n\(Self.l)\r\n\(Self.e)\r\n".utf8))
        #expect(document.usedCRLF)
        #expect(document.hadByteOrderMark)
        #expect(document.blocks.first?.beginLine == 1)
        let plain = try PEMDocument(parsing: "\(Self.b)\n\(Self.l)\n\(Self.e)\n")
        #expect(!plain.usedCRLF && !plain.hadByteOrderMark && plain.observations.isEmpty)
    }
}

@Suite("Base64")
struct Base64Tests {
    @Test("RFC 4648 section 10 vectors", arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ])
    func vectors(_ plain: String, _ encoded: String) throws {
        #expect(Base64.encodedString(Array(plain.utf8)) == encoded)
        #expect(try Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test("every length and byte value round-trips")
    func roundTrip() throws {
        for count in 0..<300 {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ count) }
            #expect(try Base64.decode(Base64.encode(bytes)) == bytes)
        }
        let all = (0...255).map { UInt8($0) }
        #expect(try Base64.decode(Base64.encode(all)) == all)
    }

    @Test("line wrapping")
    func wrapping() {
        #expect(String(decoding: Base64.encode(Array("foobar".utf8), lineLength: 4), as: UTF8.self) == "Zm9v\nYmFy\n")
        #expect(String(decoding: Base64.encode(Array("foob".utf8), lineLength: 4), as: UTF8.self) == "Zm9v\nYg==\n")
        #expect(Base64.encode([], lineLength: 64) == [])
    }

    @Test("strict decoding errors", arguments: [
        ("Zm9v YmFy", Base64Error.invalidCharacter(offset: 4, byte: 0x20)),
        ("Zm9v\n", .invalidCharacter(offset: 4, byte: 0x0A)),
        ("Zm-v", .invalidCharacter(offset: 2, byte: 0x2D)),
        ("Zm9vYg", .invalidPadding(offset: 6)),
        ("Zm9vYg=", .invalidPadding(offset: 7)),
        ("Zg==Zg==", .invalidPadding(offset: 4)),
        ("=Zg=", .invalidPadding(offset: 0)),
        ("Zm9vY", .truncated(offset: 4)),
        ("Zh==", .nonCanonical(offset: 3)),
        ("Zm9=", .nonCanonical(offset: 3)),
    ])
    func errors(_ text: String, _ error: Base64Error) {
        #expect(throws: error) { try Base64.decode(text) }
    }
}

@Suite("Input sniffing")
struct InputEncodingTests {
    @Test("PEM, DER or neither", arguments: [
        (Array(PEMWriter.encode(sampleDER, label: .certificate).utf8), InputEncoding.pem),
        (Array("# comment\n".utf8) + Array(PEMWriter.encode(sampleDER, label: .certificate).utf8), .pem),
        ([0xEF, 0xBB, 0xBF] + Array(PEMWriter.encode(sampleDER, label: .certificate).utf8), .pem),
        ([0x30, 0x03, 0x02, 0x01, 0x05], .der),
        ([0x30, 0x03, 0x02, 0x01, 0x05, 0x00], .der),
        ([0x30, 0x05, 0x02, 0x01], .unknown),
        ([0x30, 0x81, 0x05, 0x02, 0x01, 0x05, 0x00, 0x00], .unknown),
        ([0x04, 0x01, 0x00], .unknown),
        ([], .unknown),
        (Array("text with -----BEGIN X----- inside a line\n".utf8), .unknown),
    ] as [([UInt8], InputEncoding)])
    func sniff(_ bytes: [UInt8], _ expected: InputEncoding) {
        #expect(InputEncoding.sniff(bytes) == expected)
    }
}
