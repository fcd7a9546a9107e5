import PureX509ASN1
import PureX509Crypto

/// A best-effort reading of a certificate that ``Certificate`` refuses, for display only:
/// every field of the TBSCertificate that can be read on its own (RFC 5280 4.1: version,
/// serial, signature algorithm, issuer, validity, subject, key, each extension), and for
/// every part that cannot, its field, byte offset, reason and raw bytes.
///
/// Never use it to decide trust: it skips what it cannot read. Strictness stays in
/// ``Certificate``; ``strictError`` says why this is not a valid certificate.
public struct CertificateSketch: Sendable {
    /// A part that could not be read.
    public struct Damage: Hashable, Sendable, CustomStringConvertible {
        /// The field ("tbsCertificate.validity", "extensions[2] (subjectAltName)").
        public let field: String
        /// The byte offset of the part in the certificate's DER.
        public let offset: Int
        /// What is wrong.
        public let reason: String
        /// The raw bytes of the part (at most ``Damage/maximumBytes``).
        public let bytes: [UInt8]

        /// The most raw bytes kept for one part.
        public static let maximumBytes = 64

        /// "tbsCertificate.validity at byte 120: ...".
        public var description: String { "\(field) at byte \(offset): \(reason)" }
    }

    /// The DER as given.
    public let der: [UInt8]
    /// Why ``Certificate`` refuses it (nil when it does not: then use ``Certificate``).
    public let strictError: X509ParseError?
    /// The version (1, 2, 3; the INTEGER plus one, whatever it is), when readable.
    public private(set) var version: Int?
    /// The serial number's content bytes.
    public private(set) var serialNumber: [UInt8]?
    /// The signature algorithm of the TBSCertificate.
    public private(set) var signatureAlgorithm: OID?
    /// The issuer.
    public private(set) var issuer: DistinguishedName?
    /// The start of the validity period.
    public private(set) var notBefore: ASN1Time?
    /// The end of the validity period.
    public private(set) var notAfter: ASN1Time?
    /// The subject.
    public private(set) var subject: DistinguishedName?
    /// The subject public key.
    public private(set) var publicKey: SubjectPublicKeyInfo?
    /// Every extension that parses on its own, in order.
    public private(set) var extensions: [Extension] = []
    /// Every part that could not be read, in order.
    public private(set) var damage: [Damage] = []

    /// Reads as much of `der` as can be read.
    public init(derEncoded der: [UInt8]) {
        self.der = der
        do {
            _ = try Certificate(derEncoded: der)
            strictError = nil
        } catch {
            strictError = error
        }
        guard der.count <= X509Limits.maximumInputSize else {
            note("certificate", at: 0, "larger than \(X509Limits.maximumInputSize) bytes")
            return
        }
        read()
        // A strict error the walk did not meet (an algorithm mismatch, an explicit default
        // version) is the broken part too.
        if let strictError, !damage.contains(where: { $0.offset == strictError.offset }) {
            note(strictError.field, at: strictError.offset, strictError.reasonDescription)
        }
    }

    /// True when enough was read to call it a certificate: the TBSCertificate's signature
    /// algorithm and a name (a damaged CSR or key read this way has neither in place).
    public var looksLikeCertificate: Bool { signatureAlgorithm != nil && (issuer != nil || subject != nil) }

    /// The digest of the DER as given.
    public func fingerprint(_ algorithm: HashAlgorithm = .sha256) -> [UInt8] { algorithm.hash(der) }

    private mutating func note(_ field: String, at offset: Int, _ reason: String) {
        let start = min(max(offset, 0), der.count)
        let bytes = Array(der[start..<min(der.count, start + Damage.maximumBytes)])
        damage.append(Damage(field: field, offset: offset, reason: reason, bytes: bytes))
    }

    // MARK: The walk

    private mutating func read() {
        guard let outer = LenientTLV(der, at: 0, end: der.count) else {
            note("certificate", at: 0, "not a DER SEQUENCE")
            return
        }
        if outer.truncated { note("certificate", at: 0, "truncated: declares \(outer.declaredLength) content bytes, \(outer.contentRange.count) present") }
        if outer.contentRange.upperBound < der.count {
            note("certificate", at: outer.contentRange.upperBound, "\(der.count - outer.contentRange.upperBound) bytes after the certificate")
        }
        guard let tbs = LenientTLV(der, at: outer.contentRange.lowerBound, end: outer.contentRange.upperBound), tbs.tag == 0x30 else {
            note("tbsCertificate", at: outer.contentRange.lowerBound, "not a SEQUENCE")
            return
        }
        readTBS(tbs.contentRange)
        var position = tbs.contentRange.upperBound
        // signatureAlgorithm AlgorithmIdentifier, signatureValue BIT STRING
        for field in ["signatureAlgorithm", "signatureValue"] {
            guard position < outer.contentRange.upperBound else {
                note(field, at: position, "missing")
                return
            }
            guard let element = LenientTLV(der, at: position, end: outer.contentRange.upperBound) else {
                note(field, at: position, "unreadable tag or length")
                return
            }
            if element.truncated { note(field, at: position, "truncated") }
            position = element.contentRange.upperBound
        }
    }

    private mutating func readTBS(_ range: Range<Int>) {
        var position = range.lowerBound
        // Reads the next element with `body`; a failure is noted and the element skipped.
        func field(
            _ name: String, optionalTag: UInt8? = nil, readingTruncated: Bool = false,
            _ body: (inout CertificateSketch, [UInt8]) throws -> Void
        ) -> Bool {
            guard position < range.upperBound else {
                if optionalTag == nil { note(name, at: position, "missing (the TBSCertificate ends here)") }
                return false
            }
            guard let element = LenientTLV(der, at: position, end: range.upperBound) else {
                note(name, at: position, "unreadable tag or length")
                position = range.upperBound
                return false
            }
            if let optionalTag, element.tag != optionalTag { return false }
            let start = position
            position = element.contentRange.upperBound
            if element.truncated {
                note(name, at: start, "truncated: declares \(element.declaredLength) content bytes, \(element.contentRange.count) present")
                guard readingTruncated else { return false }
            }
            do {
                try body(&self, Array(der[start..<element.contentRange.upperBound]))
            } catch let error as X509ParseError {
                note(error.field.isEmpty || error.field == "name" ? name : name + "." + error.field, at: start + error.offset, error.reasonDescription)
            } catch let error as DERError {
                note(name, at: start + error.offset, error.reason)
            } catch {
                note(name, at: start, "\(error)")
            }
            return true
        }
        _ = field("tbsCertificate.version", optionalTag: 0xA0) { sketch, bytes in
            var reader = DERReader(bytes)
            let value = try reader.readExplicit(0) { try $0.readInt() }
            sketch.version = value + 1
            if !(1...2).contains(value) {
                throw X509ParseError(field: "", reason: value == 0 ? .explicitDefaultVersion : .unsupportedVersion(value), offset: 0)
            }
        }
        if version == nil && !damage.contains(where: { $0.field == "tbsCertificate.version" }) { version = 1 }
        _ = field("tbsCertificate.serialNumber") { sketch, bytes in
            var reader = DERReader(bytes)
            let element = try reader.readIntegerElement()
            sketch.serialNumber = Array(bytes[element.contentRange])
        }
        _ = field("tbsCertificate.signature") { sketch, bytes in
            var reader = DERReader(bytes)
            try reader.readSequence { algorithm in
                sketch.signatureAlgorithm = try algorithm.readObjectIdentifier()
                while !algorithm.isAtEnd { _ = try algorithm.readElement() }
            }
        }
        _ = field("tbsCertificate.issuer") { sketch, bytes in sketch.issuer = try DistinguishedName(derEncoded: bytes) }
        _ = field("tbsCertificate.validity") { sketch, bytes in
            var reader = DERReader(bytes)
            try reader.readSequence { validity in
                // Each time on its own: a bad notAfter keeps notBefore.
                do throws(DERError) { sketch.notBefore = try validity.readTime() } catch {
                    throw X509ParseError(field: "notBefore", error)
                }
                do throws(DERError) { sketch.notAfter = try validity.readTime() } catch {
                    throw X509ParseError(field: "notAfter", error)
                }
            }
        }
        _ = field("tbsCertificate.subject") { sketch, bytes in sketch.subject = try DistinguishedName(derEncoded: bytes) }
        _ = field("tbsCertificate.subjectPublicKeyInfo") { sketch, bytes in
            sketch.publicKey = try SubjectPublicKeyInfo(derEncoded: bytes)
        }
        _ = field("tbsCertificate.issuerUniqueID", optionalTag: 0x81) { _, _ in }
        _ = field("tbsCertificate.subjectUniqueID", optionalTag: 0x82) { _, _ in }
        let extensionsStart = position
        var extensionsRange: Range<Int>?
        // A truncated list still shows the extensions that arrived whole.
        _ = field("tbsCertificate.extensions", optionalTag: 0xA3, readingTruncated: true) { _, bytes in
            guard let list = LenientTLV(bytes, at: 0, end: bytes.count), list.tag == 0xA3,
                  let sequence = LenientTLV(bytes, at: list.contentRange.lowerBound, end: list.contentRange.upperBound),
                  sequence.tag == 0x30
            else { throw X509ParseError(field: "", reason: .invalid("not [3] { SEQUENCE OF Extension }"), offset: 0) }
            extensionsRange = (extensionsStart + sequence.contentRange.lowerBound)..<(extensionsStart + sequence.contentRange.upperBound)
        }
        if let extensionsRange { readExtensions(extensionsRange) }
        if position < range.upperBound {
            note("tbsCertificate", at: position, "\(range.upperBound - position) bytes after the last field")
        }
    }

    /// Each extension parsed on its own by the strict parser, so one bad extension hides
    /// nothing else.
    private mutating func readExtensions(_ range: Range<Int>) {
        var position = range.lowerBound
        var index = 0
        while position < range.upperBound {
            guard let element = LenientTLV(der, at: position, end: range.upperBound) else {
                note("tbsCertificate.extensions[\(index)]", at: position, "unreadable tag or length")
                return
            }
            let bytes = Array(der[position..<element.contentRange.upperBound])
            let name = Self.extensionName(bytes)
            let field = "tbsCertificate.extensions[\(index)]" + (name.map { " (\($0))" } ?? "")
            if element.truncated {
                note(field, at: position, "truncated")
                return
            }
            // SEQUENCE { this extension }: the Extensions parser reads one at a time.
            var writer = DERWriter()
            writer.writeElement(.sequence, content: bytes)
            let wrapped = writer.bytes
            let header = wrapped.count - bytes.count
            do {
                var reader = DERReader(wrapped)
                var leniencies = Leniencies()
                let entries = try parsingField("") { try Extensions.parse(&reader, leniencies: &leniencies, scanning: false) }
                if let entry = entries.first { extensions.append(Extension(der: wrapped, entry: entry)) }
            } catch {
                note(field, at: position + max(error.offset - header, 0), error.reasonDescription)
            }
            position = element.contentRange.upperBound
            index += 1
        }
    }

    /// The name of an extension's OID, read without checks ("subjectAltName").
    private static func extensionName(_ bytes: [UInt8]) -> String? {
        guard let element = LenientTLV(bytes, at: 0, end: bytes.count) else { return nil }
        var reader = DERReader(bytes, range: element.contentRange)
        guard let oid = try? reader.readObjectIdentifier() else { return nil }
        return oid.shortName ?? oid.dotted
    }
}

/// A tag and length read without strictness: a length past the end is cut to the bytes
/// present (and marked truncated), so that a damaged file still shows its start.
struct LenientTLV {
    let tag: UInt8
    let declaredLength: Int
    let contentRange: Range<Int>
    let truncated: Bool

    init?(_ bytes: [UInt8], at start: Int, end: Int) {
        guard start + 2 <= end, bytes[start] & 0x1F != 0x1F else { return nil }
        tag = bytes[start]
        var position = start + 1
        let first = bytes[position]
        position += 1
        var length = 0
        if first < 0x80 {
            length = Int(first)
        } else {
            let count = Int(first & 0x7F)
            guard count >= 1, count <= 4, position + count <= end else { return nil }
            for _ in 0..<count {
                length = length << 8 | Int(bytes[position])
                position += 1
            }
        }
        declaredLength = length
        let available = end - position
        truncated = length > available
        contentRange = position..<(position + min(length, available))
    }
}
