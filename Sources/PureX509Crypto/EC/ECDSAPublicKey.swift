/// An ECDSA public key on P-256, P-384 or P-521, validated at construction, that verifies
/// signatures over a caller-supplied digest (SEC1 4.1.4, FIPS 186-4/186-5 6.4.2).
///
/// Verification is variable-time: it works on public data only.
public struct ECDSAPublicKey: Sendable, Equatable {
    /// The curve the key is on.
    public let curve: ECCurve
    private let point: Point

    private enum Point: Sendable, Equatable {
        case p256(AffinePoint<P256>)
        case p384(AffinePoint<P384>)
        case p521(AffinePoint<P521>)
    }

    /// Decodes and validates a point in the X9.62 / SEC1 2.3.3 encoding: uncompressed
    /// `04||X||Y` or compressed `02||X` / `03||X`, each coordinate exactly `curve.byteCount`
    /// bytes. Rejects coordinates not below p, points not on the curve and the point at
    /// infinity (SEC1 3.2.2.1 public key validation; the curves have cofactor 1).
    public init(curve: ECCurve, x963Representation: some Collection<UInt8>) throws(ECKeyError) {
        let bytes = Array(x963Representation)
        self.curve = curve
        switch curve {
        case .p256: point = .p256(try ECDSA<P256>.decodePublicKey(bytes))
        case .p384: point = .p384(try ECDSA<P384>.decodePublicKey(bytes))
        case .p521: point = .p521(try ECDSA<P521>.decodePublicKey(bytes))
        }
    }

    /// The key as an uncompressed point `04||X||Y`.
    public var x963Representation: [UInt8] {
        switch point {
        case .p256(let q): ECDSA<P256>.encodeUncompressed(q)
        case .p384(let q): ECDSA<P384>.encodeUncompressed(q)
        case .p521(let q): ECDSA<P521>.encodeUncompressed(q)
        }
    }

    /// Whether `derSignature`, a strict DER `SEQUENCE { INTEGER r, INTEGER s }` with no
    /// trailing bytes (RFC 3279 2.2.3), is a valid signature over `digest`.
    ///
    /// The digest is the hash of the message, already computed by the caller with the
    /// algorithm the signature names; it is truncated to the bit length of n as SEC1 4.1.4
    /// step 5 says (so P-256 with SHA-384 and P-521 with SHA-512 both work). Malformed DER,
    /// r or s outside `[1, n-1]` or a wrong signature all give `false`.
    public func isValidSignature(derSignature: ArraySlice<UInt8>, digest: ArraySlice<UInt8>) -> Bool {
        guard let (r, s) = ECDSASignatureDER.parse(derSignature) else { return false }
        return verify(r: r, s: s, digest: digest)
    }

    /// Whether `rawSignature`, the fixed-width concatenation `r||s` (each exactly
    /// `curve.byteCount` big-endian bytes, as in JOSE/COSE and PKCS#11), is a valid signature
    /// over `digest`. See `isValidSignature(derSignature:digest:)` for the digest.
    public func isValidSignature(rawSignature: ArraySlice<UInt8>, digest: ArraySlice<UInt8>) -> Bool {
        let size = curve.byteCount
        guard rawSignature.count == 2 * size else { return false }
        let middle = rawSignature.startIndex + size
        return verify(r: rawSignature[..<middle], s: rawSignature[middle...], digest: digest)
    }

    private func verify(r: ArraySlice<UInt8>, s: ArraySlice<UInt8>, digest: ArraySlice<UInt8>) -> Bool {
        switch point {
        case .p256(let q): ECDSA<P256>.verify(publicKey: q, r: r, s: s, digest: digest)
        case .p384(let q): ECDSA<P384>.verify(publicKey: q, r: r, s: s, digest: digest)
        case .p521(let q): ECDSA<P521>.verify(publicKey: q, r: r, s: s, digest: digest)
        }
    }
}
