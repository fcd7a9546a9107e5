// Stand-in for swift-certificates' `X509.Certificate` (same module and type name).

/// A certificate as another X.509 library models it: here only its DER bytes.
public struct Certificate: Sendable {
    /// The DER encoding.
    public let derBytes: [UInt8]

    /// Keeps `derBytes`.
    public init(derEncoded derBytes: [UInt8]) {
        self.derBytes = derBytes
    }
}
