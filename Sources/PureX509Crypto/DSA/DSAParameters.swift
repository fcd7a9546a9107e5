import PureX509ASN1

/// DSA domain parameters (FIPS 186-4 section 4.3), as carried by a SubjectPublicKeyInfo:
///
/// ```
/// Dss-Parms ::= SEQUENCE { p INTEGER, q INTEGER, g INTEGER }   -- RFC 3279 section 2.3.2
/// ```
///
/// A key may omit them; RFC 3279 section 2.3.2 then has the certificate issuer's parameters
/// apply (``DSAPublicKey/inheriting(_:)``).
public struct DSAParameters: Sendable, Hashable {
    /// The prime modulus p, big-endian without leading zeros.
    public let p: [UInt8]
    /// The prime order q of the subgroup, big-endian without leading zeros.
    public let q: [UInt8]
    /// The generator g, big-endian without leading zeros.
    public let g: [UInt8]

    /// The widest p accepted, in bits (OpenSSL's `OPENSSL_DSA_MAX_MODULUS_BITS`).
    public static let maximumModulusBits = DSAKeyDerivation.maximumModulusBits
    /// The widest q accepted, in bits (FIPS 186-4 section 4.2 uses at most 256).
    public static let maximumOrderBits = DSAKeyDerivation.maximumOrderBits

    let prime: BigUInt
    let order: BigUInt
    let generator: BigUInt
    let modulus: BigMontgomeryModulus
    let orderModulus: BigMontgomeryModulus

    /// Parameters from their big-endian values; throws `CryptoError.malformed` unless p and q
    /// are odd, q is at least 2^159 and below p, and 1 < g < p (sizes bounded as above).
    public init(p: some Collection<UInt8>, q: some Collection<UInt8>, g: some Collection<UInt8>) throws(CryptoError) {
        let prime = BigUInt(bigEndian: Array(p)[...])
        let order = BigUInt(bigEndian: Array(q)[...])
        let generator = BigUInt(bigEndian: Array(g)[...])
        guard prime.bitWidth <= Self.maximumModulusBits, let modulus = BigMontgomeryModulus(prime) else {
            throw .malformed("DSA parameters: p is even, below 3 or wider than \(Self.maximumModulusBits) bits")
        }
        // FIPS 186-4 section 4.2: N is 160, 224 or 256; older keys use 160. Below 160 bits a
        // signature is forgeable; above 512 the work is unbounded for no known key.
        guard order.bitWidth >= 160, order.bitWidth <= Self.maximumOrderBits, order < prime,
            let orderModulus = BigMontgomeryModulus(order)
        else {
            throw .malformed("DSA parameters: q must be odd, 160 to \(Self.maximumOrderBits) bits and below p")
        }
        guard BigUInt(1) < generator, generator < prime else {
            throw .malformed("DSA parameters: g is not in [2, p - 1]")
        }
        self.p = prime.bigEndianBytes
        self.q = order.bigEndianBytes
        self.g = generator.bigEndianBytes
        self.prime = prime
        self.order = order
        self.generator = generator
        self.modulus = modulus
        self.orderModulus = orderModulus
    }

    /// Reads a `Dss-Parms` SEQUENCE at the reader's position.
    public init(reading reader: inout DERReader) throws(CryptoError) {
        let values: ([UInt8], [UInt8], [UInt8])
        do {
            values = try reader.readSequence { sequence in
                let p = try sequence.readIntegerElement()
                let q = try sequence.readIntegerElement()
                let g = try sequence.readIntegerElement()
                for element in [p, q, g] where sequence.bytes[element.contentRange].first.map({ $0 & 0x80 != 0 }) == true {
                    throw CryptoError.malformed("DSA parameters: negative INTEGER at byte \(element.fullRange.lowerBound)")
                }
                return (
                    Array(sequence.bytes[p.contentRange]), Array(sequence.bytes[q.contentRange]),
                    Array(sequence.bytes[g.contentRange])
                )
            }
        } catch let error as CryptoError {
            throw error
        } catch {
            throw .malformed("DSA parameters (Dss-Parms): \(error)")
        }
        try self.init(p: values.0, q: values.1, g: values.2)
    }

    public static func == (lhs: DSAParameters, rhs: DSAParameters) -> Bool {
        lhs.p == rhs.p && lhs.q == rhs.q && lhs.g == rhs.g
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(p)
        hasher.combine(q)
        hasher.combine(g)
    }
}
