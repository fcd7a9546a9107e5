import PureX509ASN1

extension RSAPublicKey {
    /// Parses a PKCS#1 `RSAPublicKey` (RFC 8017 appendix A.1.1), the content of the
    /// subjectPublicKey BIT STRING of an rsaEncryption key:
    ///
    /// ```
    /// RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }
    /// ```
    ///
    /// Strict DER: minimal INTEGERs, both positive, nothing after the SEQUENCE.
    ///
    /// - Throws: `CryptoError.malformed` naming the field and byte offset (relative to the
    ///   start of `der`) for an encoding error, and the errors of
    ///   ``init(modulus:exponent:allowWeakKeys:)-(ArraySlice<UInt8>,_,_)`` for a bad key.
    public init(pkcs1DER der: ArraySlice<UInt8>, allowWeakKeys: Bool = false) throws(CryptoError) {
        let bytes = Array(der)
        var reader = DERReader(bytes)
        let ranges: (Range<Int>, Range<Int>)
        do {
            ranges = try reader.readSequence { sequence in
                let modulus = try Self.readPositiveInteger(&sequence, field: "modulus")
                let exponent = try Self.readPositiveInteger(&sequence, field: "publicExponent")
                return (modulus, exponent)
            }
            try reader.finish()
        } catch let error as CryptoError {
            throw error
        } catch let error as DERError {
            throw .malformed("RSAPublicKey: \(error)")
        } catch {
            throw .malformed("RSAPublicKey: \(error)")
        }
        try self.init(modulus: bytes[ranges.0], exponent: bytes[ranges.1], allowWeakKeys: allowWeakKeys)
    }

    /// Parses a PKCS#1 `RSAPublicKey` from a whole buffer.
    public init(pkcs1DER der: [UInt8], allowWeakKeys: Bool = false) throws(CryptoError) {
        try self.init(pkcs1DER: der[...], allowWeakKeys: allowWeakKeys)
    }

    /// Reads an INTEGER that must be positive and returns the range of its magnitude.
    private static func readPositiveInteger(_ reader: inout DERReader, field: String) throws -> Range<Int> {
        let element = try reader.readIntegerElement()
        let first = reader.bytes[element.contentStart]
        if first & 0x80 != 0 {
            throw CryptoError.malformed("RSAPublicKey \(field): negative INTEGER at byte \(element.start)")
        }
        if first == 0 && element.contentLength == 1 {
            throw CryptoError.malformed("RSAPublicKey \(field): zero at byte \(element.start)")
        }
        return (first == 0 ? element.contentStart + 1 : element.contentStart)..<element.end
    }
}
