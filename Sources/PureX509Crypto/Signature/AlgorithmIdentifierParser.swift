import PureX509ASN1

/// Reads `AlgorithmIdentifier ::= SEQUENCE { algorithm OBJECT IDENTIFIER, parameters ANY
/// OPTIONAL }` (RFC 5280 section 4.1.1.2) and hands the OID and a reader over the
/// parameters to a decoder, which must consume them entirely.
enum AlgorithmIdentifierParser {
    /// Parses one AlgorithmIdentifier; every error becomes a `CryptoError` that names `what`
    /// and, for DER errors, the byte offset.
    static func parse<T>(
        _ reader: inout DERReader, what: String,
        _ decode: (OID, inout DERReader) throws -> T
    ) throws(CryptoError) -> (oid: OID, value: T) {
        do {
            return try reader.readSequence { sequence in
                let oid = try sequence.readObjectIdentifier()
                let value = try decode(oid, &sequence)
                return (oid, value)
            }
        } catch {
            throw wrap(error, what: what)
        }
    }

    /// `error` as a `CryptoError`, prefixed with `what` when it is a DER error.
    static func wrap(_ error: any Error, what: String) -> CryptoError {
        if let error = error as? CryptoError {
            return error
        }
        if let error = error as? DERError {
            return .malformed("\(what): \(error)")
        }
        return .malformed("\(what): \(error)")
    }
}
