import PureX509Crypto

/// The X25519 key share (RFC 7748, RFC 8446 section 4.2.8.2): a fresh private key from
/// the operating system's random source, the one secret the probe makes; it lives only as
/// long as one handshake.
struct X25519KeyShare: EphemeralKeyShare {
    let privateKey: X25519.PrivateKey

    init() throws(ProbeError) {
        do {
            privateKey = try X25519.PrivateKey()
        } catch {
            throw .io("no randomness for the key share: \(error)")
        }
    }

    init(privateKey: [UInt8]) throws(ProbeError) {
        do {
            self.privateKey = try X25519.PrivateKey(rawRepresentation: privateKey)
        } catch {
            throw .unsupported("X25519 private key: \(error)")
        }
    }

    var group: UInt16 { ClientHello.Group.x25519 }

    var publicKey: [UInt8] { privateKey.publicKey }

    func sharedSecret(with peerPublicKey: [UInt8]) throws(ProbeError) -> [UInt8] {
        guard peerPublicKey.count == 32 else {
            throw .malformed("the server's X25519 key share is \(peerPublicKey.count) bytes, not 32")
        }
        do {
            return try privateKey.sharedSecret(with: peerPublicKey)
        } catch {
            // RFC 8446 section 7.4.2: an all-zero shared secret must abort the handshake.
            throw .verification("the server's X25519 key share is unusable: \(error)")
        }
    }
}
