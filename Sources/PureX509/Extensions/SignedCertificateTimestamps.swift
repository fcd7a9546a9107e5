import PureX509ASN1

/// The embedded Signed Certificate Timestamp list of Certificate Transparency
/// (RFC 6962 3.3): the extnValue is an OCTET STRING holding the TLS-encoded
/// `SignedCertificateTimestampList` (`opaque SerializedSCT<1..2^16-1>` entries in a
/// `<1..2^16-1>` list).
///
/// Version 1 SCTs are decoded; SCTs of other versions are kept raw in `unknownVersions`
/// (RFC 6962 3.2: clients ignore versions they do not understand).
public struct SignedCertificateTimestamps: X509ExtensionValue {
    public static var kind: ExtensionKind { .signedCertificateTimestamps }

    /// The v1 timestamps, in encoding order.
    public let timestamps: [SignedCertificateTimestamp]
    /// Serialized SCTs whose version is not v1.
    public let unknownVersions: [ArraySlice<UInt8>]

    /// Parses an extnValue.
    public init(extensionValue bytes: [UInt8]) throws(X509ParseError) { self = try Self.parseStandalone(bytes) }

    init(timestamps: [SignedCertificateTimestamp], unknownVersions: [ArraySlice<UInt8>]) {
        self.timestamps = timestamps
        self.unknownVersions = unknownVersions
    }
}

/// One v1 SCT (RFC 6962 3.2).
public struct SignedCertificateTimestamp: Hashable, Sendable {
    /// `Version`: 0 for v1.
    public let version: UInt8
    /// The log's ID: SHA-256 of its public key (32 bytes).
    public let logID: ArraySlice<UInt8>
    /// Milliseconds since the epoch, as the log wrote it.
    public let timestamp: UInt64
    /// `CtExtensions`.
    public let extensions: ArraySlice<UInt8>
    /// TLS `HashAlgorithm` (4 = sha256, RFC 5246 7.4.1.4.1).
    public let hashAlgorithm: UInt8
    /// TLS `SignatureAlgorithm` (1 = rsa, 3 = ecdsa).
    public let signatureAlgorithm: UInt8
    /// The signature.
    public let signature: ArraySlice<UInt8>

    /// The signature algorithm as OpenSSL prints it: "ecdsa-with-SHA256",
    /// "sha256WithRSAEncryption", or the two numbers.
    public var signatureAlgorithmName: String {
        let hash: String? = [1: "MD5", 2: "SHA1", 3: "SHA224", 4: "SHA256", 5: "SHA384", 6: "SHA512"][hashAlgorithm]
        switch (signatureAlgorithm, hash) {
        case (1, let hash?): return "\(hash.lowercased())WithRSAEncryption"
        case (3, let hash?): return "ecdsa-with-\(hash)"
        case (2, let hash?): return "dsa_with_\(hash)"
        default: return "hash \(hashAlgorithm), signature \(signatureAlgorithm)"
        }
    }

    /// Seconds since the epoch (the timestamp truncated to whole seconds).
    public var secondsSince1970: Int64 { Int64(clamping: timestamp / 1000) }
}

extension SignedCertificateTimestamps: ExtensionValueParsing {
    static func parse(_ reader: inout DERReader, context: inout ParseContext) throws -> SignedCertificateTimestamps {
        let inner = try reader.readElement(.octetString)
        var tls = TLSReader(bytes: reader.bytes, position: inner.contentStart, end: inner.end)
        let listEnd = try tls.readLengthPrefixed(2)
        guard listEnd.lowerBound < listEnd.upperBound else {
            throw X509ParseError(field: "", reason: .empty, offset: inner.contentStart)
        }
        guard listEnd.upperBound == inner.end else {
            throw X509ParseError(field: "", reason: .invalid("trailing bytes after the SCT list"), offset: listEnd.upperBound)
        }
        var list = TLSReader(bytes: reader.bytes, position: listEnd.lowerBound, end: listEnd.upperBound)
        var timestamps: [SignedCertificateTimestamp] = []
        var unknown: [ArraySlice<UInt8>] = []
        while !list.isAtEnd {
            let sctRange = try list.readLengthPrefixed(2)
            guard !sctRange.isEmpty else { throw X509ParseError(field: "", reason: .empty, offset: sctRange.lowerBound) }
            var sct = TLSReader(bytes: reader.bytes, position: sctRange.lowerBound, end: sctRange.upperBound)
            let version = try sct.readByte()
            guard version == 0 else {
                if context.materialize { unknown.append(reader.bytes[sctRange]) }
                continue
            }
            let logID = try sct.readFixed(32)
            let timestamp = try sct.readUInt64()
            let extensions = try sct.readLengthPrefixed(2)
            let hash = try sct.readByte()
            let signatureAlgorithm = try sct.readByte()
            let signature = try sct.readLengthPrefixed(2)
            guard sct.isAtEnd else {
                throw X509ParseError(field: "", reason: .invalid("trailing bytes in SCT"), offset: sct.position)
            }
            guard context.materialize else { continue }
            timestamps.append(SignedCertificateTimestamp(
                version: version, logID: reader.bytes[logID], timestamp: timestamp, extensions: reader.bytes[extensions],
                hashAlgorithm: hash, signatureAlgorithm: signatureAlgorithm, signature: reader.bytes[signature]))
        }
        return SignedCertificateTimestamps(timestamps: timestamps, unknownVersions: unknown)
    }
}

/// A bounds-checked reader for the TLS presentation language (RFC 8446 3).
struct TLSReader {
    let bytes: [UInt8]
    var position: Int
    let end: Int

    var isAtEnd: Bool { position >= end }

    private func truncated(_ needed: Int) -> X509ParseError {
        X509ParseError(field: "", reason: .invalid("TLS structure truncated: needs \(needed) bytes, \(end - position) remain"), offset: position)
    }

    mutating func readByte() throws -> UInt8 {
        guard end - position >= 1 else { throw truncated(1) }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func readFixed(_ count: Int) throws -> Range<Int> {
        guard end - position >= count else { throw truncated(count) }
        defer { position += count }
        return position..<(position + count)
    }

    mutating func readUInt64() throws -> UInt64 {
        let range = try readFixed(8)
        return range.reduce(0) { $0 << 8 | UInt64(bytes[$1]) }
    }

    /// A `<0..2^(8*lengthBytes)-1>` vector: its content range.
    mutating func readLengthPrefixed(_ lengthBytes: Int) throws -> Range<Int> {
        let lengthRange = try readFixed(lengthBytes)
        let length = lengthRange.reduce(0) { $0 << 8 | Int(bytes[$1]) }
        return try readFixed(length)
    }
}
