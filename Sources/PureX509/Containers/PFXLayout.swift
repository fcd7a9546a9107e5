import PureX509ASN1

/// Where the parts of a PKCS#12 file lie (RFC 7292): the low-level readers behind
/// `PKCS12Bundle`, returning offsets into the buffer being read.
struct PFXLayout: Sendable {
    /// The AuthenticatedSafe DER: the MAC's input, and the SEQUENCE OF ContentInfo.
    let authSafe: Range<Int>
    /// The MacData, when present.
    let macData: PKCS12MacData?
    /// True in public-key integrity mode (authSafe is SignedData).
    let signedAuthSafe: Bool

    /// `PFX ::= SEQUENCE { version INTEGER {v3(3)}, authSafe ContentInfo, macData MacData OPTIONAL }`.
    static func read(_ reader: inout DERReader) throws -> PFXLayout {
        let bytes = reader.bytes
        return try reader.readSequence { pfx in
            _ = try keyField("version") { try pfx.readKeyInteger(in: 3...3, "version") }
            var signed = false
            let authSafe: Range<Int> = try keyField("authSafe") {
                try pfx.readSequence { contentInfo in
                    let typeStart = contentInfo.position
                    let type = try contentInfo.readObjectIdentifier()
                    return try contentInfo.readExplicit(0) { explicit in
                        switch type {
                        case .pkcs7Data:
                            return try explicit.readOctetString()
                        case .pkcs7SignedData:
                            // SignedData { version, digestAlgorithms, encapContentInfo
                            // { data, [0] EXPLICIT OCTET STRING }, ... } (RFC 5652 5.1).
                            signed = true
                            return try explicit.readSequence { signedData in
                                _ = try signedData.readInt()
                                _ = try signedData.readElement(.set)
                                let range = try signedData.readSequence { encap in
                                    _ = try encap.readObjectIdentifier()
                                    return try encap.readExplicit(0) { inner in try inner.readOctetString() }
                                }
                                while !signedData.isAtEnd { _ = try signedData.readElement() }
                                return range
                            }
                        default:
                            throw KeyFileError(.invalid("authSafe content type \(type.displayName), expected data or signedData"),
                                               context: "authSafe.contentType", offset: typeStart)
                        }
                    }
                }
            }
            let macData = pfx.isAtEnd ? nil : try keyField("macData") { try PKCS12MacData.read(&pfx) }
            _ = bytes
            return PFXLayout(authSafe: authSafe, macData: macData, signedAuthSafe: signed)
        }
    }

    /// A ContentInfo of the AuthenticatedSafe.
    struct ContentInfo: Sendable {
        let type: OID
        /// For `data`: the OCTET STRING's content; otherwise the whole explicit content element.
        let content: Range<Int>?
        /// Offset of the ContentInfo.
        let start: Int
    }

    /// `AuthenticatedSafe ::= SEQUENCE OF ContentInfo`.
    static func contentInfos(_ bytes: [UInt8], _ range: Range<Int>) throws -> [ContentInfo] {
        var reader = DERReader(bytes, range: range)
        var result: [ContentInfo] = []
        try reader.readSequence { sequence in
            while !sequence.isAtEnd {
                let start = sequence.position
                result.append(try sequence.readSequence { contentInfo in
                    let type = try contentInfo.readObjectIdentifier()
                    let content: Range<Int>? = try contentInfo.readOptionalExplicit(0) { explicit in
                        if type == .pkcs7Data { return try explicit.readOctetString() }
                        return try explicit.readElement().fullRange
                    }
                    return ContentInfo(type: type, content: content, start: start)
                })
            }
        }
        try reader.finish()
        return result
    }

    /// An `EncryptedData` safe: its scheme and ciphertext.
    struct Encrypted: Sendable {
        let scheme: PasswordBasedEncryption
        let ciphertext: Range<Int>
    }

    /// `EncryptedData ::= SEQUENCE { version INTEGER (0), encryptedContentInfo SEQUENCE {
    /// contentType OID, contentEncryptionAlgorithm AlgorithmIdentifier,
    /// encryptedContent [0] IMPLICIT OCTET STRING OPTIONAL }, unprotectedAttrs [1] OPTIONAL }`
    /// (RFC 5652 section 8, RFC 7292 section 4.1).
    static func encryptedData(_ bytes: [UInt8], _ item: ContentInfo) throws -> Encrypted {
        guard let content = item.content else {
            throw KeyFileError(.invalid("encryptedData without content"), context: "EncryptedData", offset: item.start)
        }
        var reader = DERReader(bytes, range: content)
        return try reader.readSequence { encryptedData in
            _ = try keyField("version") { try encryptedData.readKeyInteger(in: 0...2, "version") }
            let result = try encryptedData.readSequence { info -> Encrypted in
                _ = try info.readObjectIdentifier()
                let scheme = try keyField("contentEncryptionAlgorithm") { try PasswordBasedEncryption.read(&info) }
                // [0] IMPLICIT OCTET STRING: primitive in DER.
                let start = info.position
                guard let encrypted = try info.readOptionalElement(.contextSpecificPrimitive(0)) else {
                    if try info.peekTag() == .contextSpecific(0) {
                        throw KeyFileError(.invalid("encryptedContent in constructed (BER) form"), context: "encryptedContent",
                                           offset: start, hint: ConversionHints.pkcs12ToPEM)
                    }
                    throw KeyFileError(.invalid("no encryptedContent"), context: "encryptedContent", offset: start)
                }
                return Encrypted(scheme: scheme, ciphertext: encrypted.contentRange)
            }
            if !encryptedData.isAtEnd { _ = try encryptedData.readElement(.contextSpecific(1)) }
            return result
        }
    }

    /// A SafeBag before interpretation.
    struct RawBag: Sendable {
        let type: OID
        /// The bag value: the element inside `[0] EXPLICIT`.
        let value: Range<Int>
        /// The content of the bagAttributes SET, when present.
        let attributes: Range<Int>?
    }

    /// `SafeContents ::= SEQUENCE OF SafeBag`; `SafeBag ::= SEQUENCE { bagId OID,
    /// bagValue [0] EXPLICIT ANY, bagAttributes SET OF PKCS12Attribute OPTIONAL }`.
    static func safeBags(_ bytes: [UInt8], _ range: Range<Int>) throws -> [RawBag] {
        var reader = DERReader(bytes, range: range)
        var result: [RawBag] = []
        try reader.readSequence { sequence in
            while !sequence.isAtEnd {
                result.append(try sequence.readSequence { bag in
                    let type = try bag.readObjectIdentifier()
                    let value = try bag.readExplicit(0) { explicit in try explicit.readElement().fullRange }
                    let attributes = try bag.readOptionalElement(.set)?.contentRange
                    return RawBag(type: type, value: value, attributes: attributes)
                })
            }
        }
        try reader.finish()
        return result
    }

    /// The attributes PKCS#12 tools write.
    struct Attributes: Sendable {
        var friendlyName: String?
        var localKeyID: [UInt8]?
        var others: [OID] = []
    }

    /// `PKCS12Attribute ::= SEQUENCE { attrId OID, attrValues SET OF ANY }`: friendlyName
    /// (a BMPString, PKCS#9) and localKeyID (an OCTET STRING) are read; others are listed.
    static func attributes(_ bytes: [UInt8], _ range: Range<Int>?) throws -> Attributes {
        var result = Attributes()
        guard let range else { return result }
        var reader = DERReader(bytes, range: range)
        while !reader.isAtEnd {
            try reader.readSequence { attribute in
                let type = try attribute.readObjectIdentifier()
                try attribute.readSet { values in
                    switch type {
                    case .friendlyName:
                        let content = try values.readString(.bmpString)
                        result.friendlyName = decodeBMP(bytes[content])
                    case .localKeyID:
                        result.localKeyID = Array(bytes[try values.readOctetString()])
                    default:
                        result.others.append(type)
                        while !values.isAtEnd { _ = try values.readElement() }
                    }
                    // Single-valued attributes: any further value is ignored, but must be DER.
                    while !values.isAtEnd { _ = try values.readElement() }
                }
            }
        }
        return result
    }

    /// `CertBag ::= SEQUENCE { certId OID, certValue [0] EXPLICIT OCTET STRING }` and the
    /// same shape for CRLBag: the type and the OCTET STRING's content.
    static func typedOctetString(_ bytes: [UInt8], _ range: Range<Int>) throws -> (OID, Range<Int>) {
        var reader = DERReader(bytes, range: range)
        return try reader.readSequence { bag in
            let type = try bag.readObjectIdentifier()
            let value = try bag.readExplicit(0) { explicit in try explicit.readOctetString() }
            return (type, value)
        }
    }

    /// `SecretBag ::= SEQUENCE { secretTypeId OID, secretValue [0] EXPLICIT ANY }`: the type
    /// only (the secret is never read out).
    static func secretType(_ bytes: [UInt8], _ range: Range<Int>) throws -> OID {
        var reader = DERReader(bytes, range: range)
        return try reader.readSequence { bag in
            let type = try bag.readObjectIdentifier()
            _ = try bag.readElement(.contextSpecific(0))
            return type
        }
    }

    /// A validated BMPString's content as a String (UTF-16BE; BMPString has no surrogates).
    static func decodeBMP(_ content: ArraySlice<UInt8>) -> String {
        var units: [UInt16] = []
        var index = content.startIndex
        while index + 1 < content.endIndex {
            units.append(UInt16(content[index]) << 8 | UInt16(content[index + 1]))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
