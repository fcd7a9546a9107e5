import PureX509Crypto

/// A P-256, P-384 or P-521 key share (RFC 8446 section 4.2.8.2, uncompressed points), made
/// only when a server's HelloRetryRequest asks for one: a fresh private key from the
/// operating system's random source, used for one handshake with the constant-time ECDH
/// ladder of PureX509Crypto.
struct ECDHKeyShare: EphemeralKeyShare {
    let group: UInt16
    let privateKey: ECDH.PrivateKey

    /// A share for the named group, nil when the group is not one of the three curves.
    init?(group: UInt16) throws(ProbeError) {
        let curve: ECCurve
        switch group {
        case ClientHello.Group.secp256r1: curve = .p256
        case ClientHello.Group.secp384r1: curve = .p384
        case ClientHello.Group.secp521r1: curve = .p521
        default: return nil
        }
        self.group = group
        do {
            privateKey = try ECDH.PrivateKey(curve: curve)
        } catch {
            throw .io("no randomness for the key share: \(error)")
        }
    }

    var publicKey: [UInt8] { privateKey.publicKeyX963 }

    func sharedSecret(with peerPublicKey: [UInt8]) throws(ProbeError) -> [UInt8] {
        do {
            return try privateKey.sharedSecret(withX963: peerPublicKey)
        } catch {
            throw .verification("the server's \(ClientHello.Group.name(group)) key share is unusable: \(error)")
        }
    }
}
