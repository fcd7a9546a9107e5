import PureX509Crypto

extension ClientHandshake {
    /// RFC 8446 section 2 and 4: after the ServerHello, derive the server's handshake keys
    /// from the X25519 shared secret, then decrypt EncryptedExtensions, an optional
    /// CertificateRequest, Certificate, CertificateVerify (its signature over the
    /// transcript checked with the leaf's key, section 4.4.3) and Finished (its MAC
    /// checked, section 4.4.4). The probe stops there: it sends no Finished of its own.
    mutating func continueTLS13(_ serverHello: ServerHello, suite: CipherSuite) throws(ProbeError) -> ProbeResult {
        guard let (aead, hash) = suite.tls13, let keyShare else { throw .unexpected("TLS 1.3 with \(suite.name)") }
        guard serverHello.extensions[41] == nil else {
            throw .unexpected("a pre_shared_key in the ServerHello, though no PSK was offered")
        }
        guard let share = try serverHello.keyShare() else {
            throw .unexpected("the TLS 1.3 ServerHello has no key_share (only (EC)DHE was offered)")
        }
        guard share.group == keyShare.group else {
            throw .unexpected("the server's key share is for \(ClientHello.Group.name(share.group)), not the X25519 share sent")
        }
        // RFC 8446 section 5.1: handshake messages may not span a key change.
        guard buffer.isEmpty else { throw .unexpected("handshake bytes after the ServerHello in the plaintext record") }
        let sharedSecret = try keyShare.sharedSecret(with: share.key)
        let schedule = TLS13KeySchedule(hash: hash)
        let secrets = try schedule.handshakeSecrets(sharedSecret: sharedSecret, helloHash: schedule.transcriptHash(transcript))
        let keys = try schedule.trafficKeys(secrets.server, aead: aead)
        protection = RecordProtection(aead: aead, key: keys.key, iv: keys.iv)

        var message = try next("waiting for the EncryptedExtensions")
        guard message.type == HandshakeMessage.encryptedExtensions else {
            throw .unexpected("\(HandshakeMessage.name(message.type)) where the EncryptedExtensions belong")
        }
        transcript += message.encoded
        let alpn = try ALPN.selected(try ALPN.encryptedExtensions(message))

        var clientCertificateRequested = false
        message = try next("waiting for the Certificate")
        if message.type == HandshakeMessage.certificateRequest {
            clientCertificateRequested = true
            transcript += message.encoded
            message = try next("waiting for the Certificate")
        }
        guard message.type == HandshakeMessage.certificate else {
            throw .unexpected("\(HandshakeMessage.name(message.type)) where the Certificate belongs (TLS 1.3)")
        }
        let chain = try CertificateMessage(message, tls13: true)
        guard !chain.certificates.isEmpty else { throw .unexpected("an empty certificate list (RFC 8446 section 4.4.2.4)") }
        transcript += message.encoded
        let certificateHash = schedule.transcriptHash(transcript)

        message = try next("waiting for the CertificateVerify")
        guard message.type == HandshakeMessage.certificateVerify else {
            throw .unexpected("\(HandshakeMessage.name(message.type)) where the CertificateVerify belongs")
        }
        let verify = try CertificateVerify(message)
        guard SignatureScheme.offered.contains(verify.scheme), verify.scheme.allowedInTLS13 else {
            throw .unexpected("the CertificateVerify uses \(verify.scheme.name), which is not allowed here (RFC 8446 section 4.4.3)")
        }
        let possession: KeyPossession
        switch leafKey(chain.certificates) {
        case .success(let key):
            try verify.scheme.verify(
                verify.signature, over: CertificateVerify.signedContent(transcriptHash: certificateHash), key: key, tls13: true,
                what: "CertificateVerify")
            possession = .proven("CertificateVerify signature (\(verify.scheme.name)) over the handshake verified with the leaf's key")
        case .failure(let failure):
            possession = .notProven(failure.reason)
        }
        transcript += message.encoded
        let verifyHash = schedule.transcriptHash(transcript)

        message = try next("waiting for the server's Finished")
        guard message.type == HandshakeMessage.finished else {
            throw .unexpected("\(HandshakeMessage.name(message.type)) where the server's Finished belongs")
        }
        let expected = try schedule.finishedVerifyData(secrets.server, transcriptHash: verifyHash)
        guard message.body.count == expected.count, zip(message.body, expected).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else {
            throw .verification("the server's Finished MAC does not match the handshake (RFC 8446 section 4.4.4)")
        }
        return ProbeResult(
            version: "TLS 1.3", versionCode: 0x0304, cipherSuite: suite, keyExchangeGroup: ClientHello.Group.name(share.group), alpn: alpn,
            certificates: chain.certificates, ocspResponse: chain.ocspResponse, signatureScheme: verify.scheme, keyPossession: possession,
            clientCertificateRequested: clientCertificateRequested, serverName: serverName, peerAddress: "", notes: notes)
    }
}
