import PureX509Crypto

/// The TLS 1.3 key schedule as far as the server's handshake messages (RFC 8446 section
/// 7.1): Early Secret from no PSK, Handshake Secret from the (EC)DHE shared secret, the
/// server handshake traffic secret, its record keys (section 7.3) and its Finished key
/// (section 4.4.4). Built on HKDF and HKDF-Expand-Label from PureX509Crypto.
struct TLS13KeySchedule {
    let hash: CipherSuite.HashChoice

    var hashLength: Int {
        switch hash {
        case .sha256: 32
        case .sha384: 48
        }
    }

    var algorithm: HashAlgorithm {
        switch hash {
        case .sha256: .sha256
        case .sha384: .sha384
        }
    }

    /// Transcript-Hash (RFC 8446 section 4.4.1) of the concatenated messages.
    func transcriptHash(_ messages: [UInt8]) -> [UInt8] { algorithm.hash(messages) }

    func extract(salt: [UInt8], inputKeyMaterial: [UInt8]) -> [UInt8] {
        switch hash {
        case .sha256: HKDF<SHA256>.extract(salt: salt, inputKeyMaterial: inputKeyMaterial)
        case .sha384: HKDF<SHA384>.extract(salt: salt, inputKeyMaterial: inputKeyMaterial)
        }
    }

    func expandLabel(_ secret: [UInt8], _ label: String, context: [UInt8] = [], length: Int) throws(ProbeError) -> [UInt8] {
        do {
            switch hash {
            case .sha256: return try HKDF<SHA256>.expandLabel(secret: secret, label: label, context: context, length: length)
            case .sha384: return try HKDF<SHA384>.expandLabel(secret: secret, label: label, context: context, length: length)
            }
        } catch {
            throw .unsupported("HKDF-Expand-Label(\(label)): \(error)")
        }
    }

    /// Derive-Secret(Secret, Label, Messages) with the messages' hash given.
    func deriveSecret(_ secret: [UInt8], _ label: String, transcriptHash: [UInt8]) throws(ProbeError) -> [UInt8] {
        try expandLabel(secret, label, context: transcriptHash, length: hashLength)
    }

    /// The secrets after ServerHello: `handshakeSecret` and the client and server handshake
    /// traffic secrets, from the shared secret and Transcript-Hash(ClientHello..ServerHello).
    func handshakeSecrets(sharedSecret: [UInt8], helloHash: [UInt8]) throws(ProbeError) -> (handshake: [UInt8], client: [UInt8], server: [UInt8]) {
        let zeros = [UInt8](repeating: 0, count: hashLength)
        let early = extract(salt: [], inputKeyMaterial: zeros)
        let derived = try deriveSecret(early, "derived", transcriptHash: transcriptHash([]))
        let handshake = extract(salt: derived, inputKeyMaterial: sharedSecret)
        let client = try deriveSecret(handshake, "c hs traffic", transcriptHash: helloHash)
        let server = try deriveSecret(handshake, "s hs traffic", transcriptHash: helloHash)
        return (handshake, client, server)
    }

    /// The record key and IV of a traffic secret (RFC 8446 section 7.3).
    func trafficKeys(_ secret: [UInt8], aead: CipherSuite.AEAD) throws(ProbeError) -> (key: [UInt8], iv: [UInt8]) {
        (try expandLabel(secret, "key", length: aead.keyLength), try expandLabel(secret, "iv", length: 12))
    }

    /// The Finished verify_data expected from the side whose traffic secret is `secret`
    /// (RFC 8446 section 4.4.4).
    func finishedVerifyData(_ secret: [UInt8], transcriptHash: [UInt8]) throws(ProbeError) -> [UInt8] {
        let finishedKey = try expandLabel(secret, "finished", length: hashLength)
        return algorithm.authenticationCode(for: transcriptHash, key: finishedKey)
    }
}
