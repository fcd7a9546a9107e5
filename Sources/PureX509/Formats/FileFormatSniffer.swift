import PureX509ASN1

/// The structural tests behind `FileFormat.detect`.
enum FileFormatSniffer {
    static func kind(of bytes: [UInt8]) -> FileFormat.Kind {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return .empty }
        if bytes.starts(with: [0xFE, 0xED, 0xFE, 0xED]) { return .javaKeyStore }
        if bytes.starts(with: [0xCE, 0xCE, 0xCE, 0xCE]) { return .javaJCEKS }
        if let ber = berContainer(bytes) { return ber }
        if InputEncoding.sniff(bytes) == .der { return derKind(bytes) }
        // [kubernetes] before the PEM labels: stringData may hold PEM text.
        if let kind = KubernetesObjects.sniff(bytes) { return .kubernetes(kind) }
        let labels = pemLabels(bytes)
        if labels.contains("OPENSSH PRIVATE KEY") && labels.allSatisfy({ $0 == "OPENSSH PRIVATE KEY" }) {
            return .openSSHPrivateKey
        }
        if !labels.isEmpty { return .pem(labels: labels) }
        if let text = text(bytes) {
            // `isNewline`, not "\n"/"\r": a CR LF pair is one Character in Swift.
            let trimmed = text.drop { $0 == " " || $0 == "\t" || $0.isNewline || $0 == "\u{FEFF}" }
            if trimmed.hasPrefix("PuTTY-User-Key-File-") { return .puttyPrivateKey }
            if trimmed.hasPrefix("---- BEGIN SSH2 PUBLIC KEY ----") { return .ssh2PublicKey }
            if isOpenSSHPublicKey(trimmed) { return .openSSHPublicKey }
            return .text
        }
        return .binary
    }

    /// The labels of `-----BEGIN label-----` lines, in order: of the text before the first
    /// NUL (all of it for a text file), when that is UTF-8.
    ///
    /// Lines end where a `Character` is a newline (LF, VT, FF, CR, CR LF, NEL, U+2028,
    /// U+2029: a CR LF pair of Windows line ends is one Character); the bytes are scanned for
    /// those, and only a line that starts with `-----BEGIN ` (after byte order marks) is
    /// made into a String and checked as text.
    static func pemLabels(_ bytes: [UInt8]) -> [String] {
        bytes.withUnsafeBufferPointer { buffer -> [String] in
            let end = ByteSearch.firstIndex(of: 0, in: buffer, from: 0, to: buffer.count) ?? buffer.count
            let region = UnsafeBufferPointer(rebasing: buffer[0..<end])
            guard isASCII(region) || String(validating: region, as: UTF8.self) != nil else { return [] }
            var labels: [String] = []
            // Only lines holding "-----BEGIN " can have a label: found with memchr, so the
            // base64 between them is passed over at memory speed. `examined` is where the
            // lines not yet looked at start.
            var examined = 0
            while let hit = ByteSearch.firstIndex(of: "-----BEGIN ", in: region, from: examined, to: end) {
                let start = lineStart(region, before: hit, notBefore: examined)
                let (stop, next) = lineEnd(region, from: hit, to: end)
                if let begin = beginLine(region, from: start, to: stop) {
                    // RFC 7468 section 2 allows whitespace after the boundary ("-----BEGIN X-----  "),
                    // as the PEM parser does: the Let's Encrypt ISRG Root X1/X2 files have it.
                    switch asciiLabel(region, from: begin, to: stop) {
                    case .label(let label):
                        labels.append(label)
                    case .noLabel:
                        break
                    case .notASCII:
                        let line = String(decoding: UnsafeBufferPointer(rebasing: region[begin..<stop]), as: UTF8.self)
                        var trimmed = line.drop { $0 == "\u{FEFF}" }
                        while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
                        if trimmed.hasPrefix("-----BEGIN "), trimmed.hasSuffix("-----"), trimmed.count > 16 {
                            labels.append(String(trimmed.dropFirst(11).dropLast(5)))
                        }
                    }
                }
                examined = next
            }
            return labels
        }
    }

    /// The label of the BEGIN line `begin..<stop` when the line is ASCII (each byte one
    /// `Character`: the checks below on bytes are those on Characters).
    private static func asciiLabel(_ region: UnsafeBufferPointer<UInt8>, from begin: Int, to stop: Int) -> ASCIILabel {
        var last = stop
        while last > begin && (region[last - 1] == 0x20 || region[last - 1] == 0x09) { last -= 1 }
        guard !region[begin..<last].contains(where: { $0 >= 0x80 }) else { return .notASCII }
        guard last - begin > 16, has("-----BEGIN ", in: region, at: begin, before: last),
              region[(last - 5)..<last].allSatisfy({ $0 == 0x2D })
        else { return .noLabel }
        return .label(String(decoding: UnsafeBufferPointer(rebasing: region[(begin + 11)..<(last - 5)]), as: UTF8.self))
    }

    private enum ASCIILabel {
        case label(String)
        /// An ASCII line that is no BEGIN boundary.
        case noLabel
        /// Checked as text instead.
        case notASCII
    }

    /// The start of the line holding `index`: just after the last line break before it, and
    /// not before `floor` (the start of a line). The text is valid UTF-8, so a 0x85 after 0xC2
    /// is NEL and 0xA8 or 0xA9 after 0xE2 0x80 is U+2028 or U+2029.
    private static func lineStart(_ region: UnsafeBufferPointer<UInt8>, before index: Int, notBefore floor: Int) -> Int {
        var position = index
        while position > floor {
            let byte = region[position - 1]
            if byte >= 0x0A && byte <= 0x0D { break }
            if byte == 0x85 && position >= 2 && region[position - 2] == 0xC2 { break }
            if (byte == 0xA8 || byte == 0xA9) && position >= 3 && region[position - 2] == 0x80 && region[position - 3] == 0xE2 { break }
            position -= 1
        }
        return position
    }

    /// Where the line from `start` ends (`stop`, before its line break) and the next begins.
    /// Lines end where a `Character` is a newline: LF, VT, FF, CR (a CR LF pair ends a line
    /// and an empty one, which has no label), NEL, U+2028 and U+2029.
    private static func lineEnd(_ region: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (stop: Int, next: Int) {
        var stop = start
        while stop < end {
            // Eight bytes at a time while none is below 0x0E (LF, VT, FF, CR) or at 0x80 and
            // above (NEL, U+2028, U+2029 start with C2 or E2).
            if stop + 8 <= end {
                let word = UInt64(littleEndian: UnsafeRawPointer(region.baseAddress! + stop).loadUnaligned(as: UInt64.self))
                let high: UInt64 = 0x8080_8080_8080_8080
                if ((word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & high) | (word & high) == 0 {
                    stop += 8
                    continue
                }
            }
            let byte = region[stop]
            if byte >= 0x0A && byte <= 0x0D { return (stop, stop + 1) }
            if byte == 0xC2 && stop + 1 < end && region[stop + 1] == 0x85 { return (stop, stop + 2) }
            if byte == 0xE2 && stop + 2 < end && region[stop + 1] == 0x80 && (region[stop + 2] == 0xA8 || region[stop + 2] == 0xA9) {
                return (stop, stop + 3)
            }
            stop += 1
        }
        return (end, end)
    }

    /// Where the BEGIN boundary of the line `start..<stop` starts: at the line's start (after
    /// any byte order marks), or after an END boundary that runs into it
    /// (`-----END X----------BEGIN Y-----`, two files joined by `cat`, the first without its
    /// final newline), which the PEM parser reads as two blocks too.
    private static func beginLine(_ region: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int) -> Int? {
        var index = start
        while index + 3 <= stop && region[index] == 0xEF && region[index + 1] == 0xBB && region[index + 2] == 0xBF { index += 3 }
        if has("-----BEGIN ", in: region, at: index, before: stop) { return index }
        guard has("-----END ", in: region, at: index, before: stop) else { return nil }
        var dash = index + 9
        while dash < stop {
            if has("----------BEGIN ", in: region, at: dash, before: stop) { return dash + 5 }
            dash += 1
        }
        return nil
    }

    /// Whether `text` is at `index` of `region`, ending before `stop`.
    private static func has(_ text: StaticString, in region: UnsafeBufferPointer<UInt8>, at index: Int, before stop: Int) -> Bool {
        guard stop - index > text.utf8CodeUnitCount else { return false }
        for offset in 0..<text.utf8CodeUnitCount where region[index + offset] != text.utf8Start[offset] { return false }
        return true
    }

    /// Whether every byte is below 0x80, eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        var seen: UInt64 = 0
        while index + 8 <= bytes.count {
            seen |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            seen |= UInt64(bytes[index])
            index += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }

    /// The bytes as UTF-8 text, when they are text (no NUL or other control characters
    /// besides tab, CR and LF).
    static func text(_ bytes: [UInt8]) -> String? {
        guard !bytes.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    /// `ssh-rsa AAAA...`, `ecdsa-sha2-nistp256 AAAA...`, `ssh-ed25519 AAAA...`, possibly
    /// after authorized_keys options.
    static func isOpenSSHPublicKey(_ text: Substring) -> Bool {
        let types = ["ssh-rsa ", "ssh-dss ", "ssh-ed25519 ", "ssh-ed448 ", "ecdsa-sha2-nistp", "sk-ssh-ed25519@openssh.com ",
                     "sk-ecdsa-sha2-nistp256@openssh.com "]
        let firstLine = text.prefix { !$0.isNewline }
        return types.contains { firstLine.hasPrefix($0) || firstLine.contains(" " + $0) }
    }

    /// PKCS#7 and PKCS#12 in BER with an indefinite outer length (Windows, Java).
    static func berContainer(_ bytes: [UInt8]) -> FileFormat.Kind? {
        guard bytes.count > 12, bytes[0] == 0x30, bytes[1] == 0x80 else { return nil }
        if bytes[2] == 0x02 && bytes[3] == 0x01 && bytes[4] == 0x03 { return .pkcs12(isBER: true) }
        let signedData: [UInt8] = [0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02]
        if Array(bytes[2..<13]) == signedData { return .pkcs7(isBER: true) }
        return nil
    }

    /// The kind of a buffer whose outer SEQUENCE is valid DER.
    static func derKind(_ bytes: [UInt8]) -> FileFormat.Kind {
        if let shape = PrivateKeyDERShape.detect(bytes) {
            switch shape {
            case .pkcs8:
                return PKCS8Version.isVersion2(bytes) ? .derPrivateKey(.oneAsymmetricKey) : .derPrivateKey(.pkcs8)
            case .encryptedPKCS8: return .derEncryptedPrivateKey
            case .pkcs1: return .derPrivateKey(.pkcs1)
            case .sec1: return .derPrivateKey(.sec1)
            case .traditionalDSA: return .derPrivateKey(.traditionalDSA)
            }
        }
        let top = children(bytes, of: nil)
        guard let top, let first = top.first else { return .unknownDER }
        // ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT ANY }.
        if top.count == 2, first.tag == .objectIdentifier, top[1].tag == .contextSpecific(0) {
            var reader = DERReader(bytes, range: first.fullRange)
            guard let oid = try? reader.readObjectIdentifier() else { return .unknownDER }
            return oid == .pkcs7SignedData ? .pkcs7(isBER: false) : .cms(oid.displayName)
        }
        // PFX ::= SEQUENCE { version 3, authSafe ContentInfo, macData OPTIONAL }.
        if (2...3).contains(top.count), first.tag == .integer, first.contentLength == 1, bytes[first.contentStart] == 3,
           top[1].tag == .sequence {
            return .pkcs12(isBER: false)
        }
        // SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, BIT STRING }.
        if top.count == 2, first.tag == .sequence, top[1].tag == .bitString {
            return .derPublicKey
        }
        // RSAPublicKey ::= SEQUENCE { modulus, publicExponent }.
        if top.count == 2, first.tag == .integer, top[1].tag == .integer { return .derRSAPublicKey }
        // Signed structures: SEQUENCE { tbs SEQUENCE, AlgorithmIdentifier, BIT STRING }.
        if top.count == 3, first.tag == .sequence, top[1].tag == .sequence, top[2].tag == .bitString,
           let tbs = children(bytes, of: first) {
            let tags = tbs.map(\.tag)
            let isTime: (ASN1Tag) -> Bool = { $0 == .utcTime || $0 == .generalizedTime }
            if tags.first == .contextSpecific(0) { return .derCertificate }
            // CertificationRequestInfo: version, subject, subjectPKInfo, [0] attributes.
            if tags.count == 4, tags[0] == .integer, tags[1] == .sequence, tags[2] == .sequence,
               tags[3] == .contextSpecific(0) {
                return .derCertificateRequest
            }
            // v1 TBSCertificate: serial, signature, issuer, validity, subject, spki.
            if tags.count >= 6, tags[0] == .integer, tags[1...5].allSatisfy({ $0 == .sequence }) { return .derCertificate }
            // TBSCertList: [version,] signature, issuer, thisUpdate, ...
            let crlStart = tags.first == .integer ? 1 : 0
            if tags.count >= crlStart + 3, tags[crlStart] == .sequence, tags[crlStart + 1] == .sequence,
               isTime(tags[crlStart + 2]) {
                return .derCRL
            }
        }
        return .unknownDER
    }

    /// The elements inside `element` (or the outer element of `bytes` when nil), or nil
    /// when they are not valid DER.
    static func children(_ bytes: [UInt8], of element: DERElement?) -> [DERElement]? {
        let outer: DERElement
        if let element {
            outer = element
        } else {
            var reader = DERReader(bytes)
            guard let found = try? reader.readElement() else { return nil }
            outer = found
        }
        var reader = DERReader(bytes, range: outer.contentRange, depth: 1)
        var result: [DERElement] = []
        while !reader.isAtEnd, result.count < 16 {
            guard let child = try? reader.readElement() else { return nil }
            result.append(child)
        }
        return result
    }
}

/// Tells a PKCS#8 v2 (OneAsymmetricKey) from v1 by its version INTEGER.
enum PKCS8Version {
    static func isVersion2(_ bytes: [UInt8]) -> Bool {
        guard let top = FileFormatSniffer.children(bytes, of: nil), let version = top.first,
              version.contentLength == 1 else { return false }
        return bytes[version.contentStart] == 1
    }
}
