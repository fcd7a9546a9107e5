import PureX509ASN1

/// An X.501 distinguished name (RFC 5280 4.1.2.4): a sequence of relative distinguished
/// names (RDNs), each a set of one or more attributes.
///
/// The value keeps the DER it was parsed from (shared with the certificate, CSR or CRL, not
/// copied) and the location of each attribute; strings are decoded only when asked for.
/// Equality and hashing compare the DER encoding byte for byte. For the comparison chain
/// building uses (RFC 5280 7.1: case-insensitive, whitespace-folded), see `matches(_:)`.
///
/// ```swift
/// let issuer = certificate.issuer
/// print(issuer)                 // "C = US, O = Let's Encrypt, CN = R3"  (OpenSSL one-line form)
/// print(issuer.rfc4514String)   // "CN=R3,O=Let's Encrypt,C=US"
/// issuer.commonName             // "R3"
/// ```
public struct DistinguishedName: Sendable {
    let der: [UInt8]
    let encodedRange: ByteRange
    let entries: ArraySlice<NameAttributeEntry>

    init(der: [UInt8], encodedRange: Range<Int>, entries: ArraySlice<NameAttributeEntry>) {
        self.der = der
        self.encodedRange = ByteRange(encodedRange)
        self.entries = entries
    }

    /// Parses a DER-encoded `Name`.
    public init(derEncoded bytes: [UInt8]) throws(X509ParseError) {
        guard bytes.count <= X509Limits.maximumInputSize else {
            throw X509ParseError(field: "name", .inputTooLarge(size: bytes.count, limit: X509Limits.maximumInputSize))
        }
        var entries: [NameAttributeEntry] = []
        let element = try parsingField("name") {
            var reader = DERReader(bytes)
            let element = try DistinguishedName.parse(&reader, into: &entries)
            try reader.finish()
            return element
        }
        self.init(der: bytes, encodedRange: element.fullRange, entries: entries[...])
    }

    /// The DER encoding of the whole `Name` (a slice of the buffer it was parsed from).
    public var derEncoded: ArraySlice<UInt8> { der[encodedRange.range] }

    /// Where the encoding lies in the buffer it was parsed from (for a certificate's
    /// names, offsets into `Certificate.derEncoded`).
    public var encodedByteRange: Range<Int> { encodedRange.range }

    /// True for the empty name (an empty RDN sequence).
    public var isEmpty: Bool { entries.isEmpty }

    /// Every attribute in encoding order (the order of the RDN sequence, then of each set).
    public var attributes: [NameAttribute] {
        entries.map { NameAttribute(der: der, entry: $0) }
    }

    /// The relative distinguished names in encoding order (most general first, usually
    /// country or domain component).
    public var relativeNames: [RelativeDistinguishedName] {
        var result: [RelativeDistinguishedName] = []
        var current: [NameAttribute] = []
        var currentIndex: UInt16 = 0
        for entry in entries {
            if entry.rdnIndex != currentIndex && !current.isEmpty {
                result.append(RelativeDistinguishedName(attributes: current))
                current = []
            }
            currentIndex = entry.rdnIndex
            current.append(NameAttribute(der: der, entry: entry))
        }
        if !current.isEmpty { result.append(RelativeDistinguishedName(attributes: current)) }
        return result
    }

    /// The number of RDNs.
    public var relativeNameCount: Int {
        guard let first = entries.first, let last = entries.last else { return 0 }
        return Int(last.rdnIndex) - Int(first.rdnIndex) + 1
    }

    /// The string values of every attribute of `type`, in encoding order. Values that are
    /// not character strings are skipped.
    public func values(of type: OID) -> [String] {
        entries.compactMap { entry in
            guard type.matches(der, entry.typeRange) else { return nil }
            return NameAttribute(der: der, entry: entry).stringValue
        }
    }

    /// The last (most specific) string value of `type`, or nil.
    public func lastValue(of type: OID) -> String? {
        for entry in entries.reversed() where type.matches(der, entry.typeRange) {
            if let value = NameAttribute(der: der, entry: entry).stringValue { return value }
        }
        return nil
    }

    /// The most specific common name (the last CN in the sequence), or nil.
    public var commonName: String? { lastValue(of: NameAttributeType.commonName) }
    /// Every common name, in encoding order.
    public var commonNames: [String] { values(of: NameAttributeType.commonName) }
    /// The last organization (O), or nil.
    public var organization: String? { lastValue(of: NameAttributeType.organizationName) }
    /// Every organizational unit (OU), in encoding order.
    public var organizationalUnits: [String] { values(of: NameAttributeType.organizationalUnitName) }
    /// The last country (C), or nil.
    public var country: String? { lastValue(of: NameAttributeType.countryName) }
    /// The last locality (L), or nil.
    public var locality: String? { lastValue(of: NameAttributeType.localityName) }
    /// The last state or province (ST), or nil.
    public var stateOrProvince: String? { lastValue(of: NameAttributeType.stateOrProvinceName) }
    /// The last serial number attribute (not the certificate serial), or nil.
    public var serialNumber: String? { lastValue(of: NameAttributeType.serialNumber) }
    /// Every e-mail address attribute (PKCS #9, deprecated in favour of SAN), in order.
    public var emailAddresses: [String] { values(of: NameAttributeType.emailAddress) }
    /// Every domain component (DC), in encoding order.
    public var domainComponents: [String] { values(of: NameAttributeType.domainComponent) }
}

extension DistinguishedName: Hashable {
    /// Byte equality of the DER encodings (the strict comparison; see `matches(_:)`).
    public static func == (lhs: DistinguishedName, rhs: DistinguishedName) -> Bool {
        lhs.derEncoded.elementsEqual(rhs.derEncoded)
    }

    /// Hashes the DER encoding.
    public func hash(into hasher: inout Hasher) {
        der.withUnsafeBytes { raw in
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[encodedRange.range]))
        }
    }
}

/// One relative distinguished name: a set of attributes (usually one).
public struct RelativeDistinguishedName: Hashable, Sendable {
    /// The attributes, in DER SET order.
    public let attributes: [NameAttribute]
}
