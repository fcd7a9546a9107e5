/// The client's ephemeral key share for TLS 1.3: its public value for the ClientHello and
/// the shared secret with the server's share. The private half never leaves it.
protocol EphemeralKeyShare {
    /// The named group (ClientHello.Group).
    var group: UInt16 { get }
    var publicKey: [UInt8] { get }
    func sharedSecret(with peerPublicKey: [UInt8]) throws(ProbeError) -> [UInt8]
}
