import PureX509
import PureX509Crypto

/// The client side of a handshake run only as far as the server's certificate chain and
/// the proof that the server holds the leaf's key (RFC 8446 section 2, RFC 5246 section
/// 7.3), over any byte stream. It sends one ClientHello and nothing else: no Finished, no
/// application data.
struct ClientHandshake<Stream: ByteStream> {
    var stream: Stream
    let deadline: Deadline
    let serverName: String?
    /// The encoded ClientHello message sent (its random and session ID are those below).
    let clientHello: [UInt8]
    let clientRandom: [UInt8]
    let sessionID: [UInt8]
    var keyShare: (any EphemeralKeyShare)?

    var records = RecordReader()
    var buffer = HandshakeBuffer()
    /// Every handshake message so far, encoded, for the transcript hash.
    var transcript: [UInt8] = []
    var notes: [String] = []
    /// TLS 1.3 record protection for the server's handshake messages, once keys exist.
    var protection: RecordProtection?
    var changeCipherSpecSeen = false
    var tls13 = false

    /// A handshake that sends `hello`, whose random, session ID and key share are the
    /// given ones (a test passes a recorded ClientHello, RFC 8448's).
    init(
        stream: Stream, deadline: Deadline, serverName: String?, clientHello: [UInt8], clientRandom: [UInt8], sessionID: [UInt8],
        keyShare: (any EphemeralKeyShare)?
    ) {
        self.stream = stream
        self.deadline = deadline
        self.serverName = serverName
        self.clientHello = clientHello
        self.clientRandom = clientRandom
        self.sessionID = sessionID
        self.keyShare = keyShare
    }

    /// A handshake with the probe's own ClientHello.
    init(stream: Stream, deadline: Deadline, serverName: String?, clientRandom: [UInt8], sessionID: [UInt8], keyShare: (any EphemeralKeyShare)?) {
        // A name too long for its vector is left out here; run() refuses it before sending.
        let hello = ClientHello(
            random: clientRandom, sessionID: sessionID, serverName: serverName.flatMap { $0.utf8.count <= 255 ? $0 : nil },
            keyShare: keyShare.map { ($0.group, $0.publicKey) })
        self.init(
            stream: stream, deadline: deadline, serverName: serverName, clientHello: hello.encoded, clientRandom: clientRandom, sessionID: sessionID,
            keyShare: keyShare)
    }

    /// Runs the handshake to the chain and its proof.
    mutating func run() throws(ProbeError) -> ProbeResult {
        if let serverName {
            // RFC 6066 section 3: a DNS host name, at most 255 bytes here (253 in DNS).
            guard (1...255).contains(serverName.utf8.count), !serverName.utf8.contains(where: { $0 <= 0x20 || $0 >= 0x7F }) else {
                throw .unsupported("the SNI name must be 1 to 255 printable ASCII characters (an A-label for an IDN)")
            }
        }
        transcript += clientHello
        try stream.write(ClientHello.records(clientHello), deadline: deadline)

        let message = try next("waiting for the ServerHello")
        guard message.type == HandshakeMessage.serverHello else {
            throw .unexpected("\(HandshakeMessage.name(message.type)) where the ServerHello belongs")
        }
        var serverHello = try ServerHello(message)
        if serverHello.isHelloRetryRequest {
            serverHello = try retry(after: serverHello, message)
        } else {
            transcript += message.encoded
        }
        let version = try serverHello.selectedVersion()
        guard let suite = CipherSuite.offered(serverHello.cipherSuite) else {
            throw .unexpected("the server chose cipher suite 0x\(hex([UInt8(serverHello.cipherSuite >> 8), UInt8(serverHello.cipherSuite & 0xFF)])), which was not offered")
        }
        switch version {
        case 0x0304:
            guard keyShare != nil else { throw .unexpected("the server chose TLS 1.3, which was not offered") }
            guard suite.keyExchange == .tls13 else { throw .unexpected("TLS 1.3 with the TLS 1.2 suite \(suite.name)") }
            guard serverHello.sessionID == sessionID else { throw .unexpected("the ServerHello does not echo the legacy_session_id (RFC 8446 section 4.1.3)") }
            tls13 = true
            return try continueTLS13(serverHello, suite: suite)
        case 0x0303:
            guard suite.keyExchange != .tls13 else { throw .unexpected("TLS 1.2 with the TLS 1.3 suite \(suite.name)") }
            // RFC 8446 section 4.1.3: a TLS 1.3 server negotiating TLS 1.2 marks its random;
            // seeing the mark when TLS 1.3 was offered means a downgrade attack.
            if keyShare != nil, serverHello.random.suffix(8) == [0x44, 0x4F, 0x57, 0x4E, 0x47, 0x52, 0x44, 0x01][...] {
                throw .verification("the ServerHello carries the TLS 1.3 downgrade marker: something between client and server removed TLS 1.3")
            }
            return try continueTLS12(serverHello, suite: suite)
        default:
            throw .unsupported("the server chose \(versionName(version)); x509dump speaks TLS 1.2 and 1.3 only")
        }
    }

    // MARK: HelloRetryRequest

    /// RFC 8446 section 4.1.4: the server wants a key share for another group (or a cookie
    /// echoed). The transcript's ClientHello becomes a message_hash, a second ClientHello
    /// goes out with a share for the group asked, and the real ServerHello must follow
    /// with the same cipher suite.
    private mutating func retry(after request: ServerHello, _ message: HandshakeMessage) throws(ProbeError) -> ServerHello {
        guard keyShare != nil, try request.selectedVersion() == 0x0304 else {
            throw .unexpected("a HelloRetryRequest for a version other than TLS 1.3")
        }
        guard let suite = CipherSuite.offered(request.cipherSuite), let (_, hash) = suite.tls13 else {
            throw .unexpected("a HelloRetryRequest with a cipher suite that was not offered")
        }
        // TLS 1.3 from here: the middlebox-compatibility change_cipher_spec may follow.
        tls13 = true
        let group = try request.keyShare()?.group
        let cookie = try request.cookie()
        guard group != nil || cookie != nil else { throw .unexpected("a HelloRetryRequest that changes nothing (RFC 8446 section 4.1.4)") }
        if let group {
            guard group != keyShare?.group else {
                throw .unexpected("a HelloRetryRequest for the \(ClientHello.Group.name(group)) share already sent (RFC 8446 section 4.1.4)")
            }
            if group == ClientHello.Group.x25519 {
                keyShare = try X25519KeyShare()
            } else if let share = try ECDHKeyShare(group: group) {
                keyShare = share
            } else {
                throw .unexpected("a HelloRetryRequest for \(ClientHello.Group.name(group)), which was not offered")
            }
            notes.append("the server asked for a \(ClientHello.Group.name(group)) key share (HelloRetryRequest)")
        }
        // Transcript-Hash with a HelloRetryRequest (RFC 8446 section 4.4.1).
        let schedule = TLS13KeySchedule(hash: hash)
        let firstHash = schedule.transcriptHash(transcript)
        transcript = [HandshakeMessage.messageHash, 0, 0, UInt8(firstHash.count)] + firstHash + message.encoded
        let second = ClientHello(
            random: clientRandom, sessionID: sessionID, serverName: serverName, keyShare: keyShare.map { ($0.group, $0.publicKey) },
            cookie: cookie
        ).encoded
        transcript += second
        try stream.write(ClientHello.records(second), deadline: deadline)
        let reply = try next("waiting for the ServerHello after the HelloRetryRequest")
        guard reply.type == HandshakeMessage.serverHello else {
            throw .unexpected("\(HandshakeMessage.name(reply.type)) where the ServerHello belongs")
        }
        let serverHello = try ServerHello(reply)
        guard !serverHello.isHelloRetryRequest else { throw .unexpected("a second HelloRetryRequest (RFC 8446 section 4.1.4)") }
        guard serverHello.cipherSuite == request.cipherSuite else {
            throw .unexpected("the ServerHello's cipher suite differs from the HelloRetryRequest's (RFC 8446 section 4.1.4)")
        }
        transcript += reply.encoded
        return serverHello
    }

    // MARK: TLS 1.2

    /// RFC 5246 section 7.3: Certificate, CertificateStatus, ServerKeyExchange,
    /// CertificateRequest, ServerHelloDone, each optional but in this order.
    private mutating func continueTLS12(_ serverHello: ServerHello, suite: CipherSuite) throws(ProbeError) -> ProbeResult {
        let alpn = try ALPN.selected(serverHello.extensions)
        var message = try next("waiting for the Certificate")
        guard message.type == HandshakeMessage.certificate else {
            throw .unexpected("\(HandshakeMessage.name(message.type)) where the Certificate belongs (TLS 1.2, \(suite.name))")
        }
        let chain = try CertificateMessage(message, tls13: false)
        var ocsp: [UInt8]?
        var keyExchange: ServerKeyExchange?
        var clientCertificateRequested = false
        message = try next("waiting for the ServerHelloDone")
        if message.type == HandshakeMessage.certificateStatus {
            var reader = message.reader("CertificateStatus")
            ocsp = try CertificateMessage.certificateStatus(&reader)
            message = try next("waiting for the ServerHelloDone")
        }
        if message.type == HandshakeMessage.serverKeyExchange {
            guard case .ephemeral = suite.keyExchange else { throw .unexpected("ServerKeyExchange with \(suite.name)") }
            keyExchange = try ServerKeyExchange(message, finiteField: suite.isFiniteFieldDHE)
            message = try next("waiting for the ServerHelloDone")
        } else if case .ephemeral = suite.keyExchange {
            throw .unexpected("\(HandshakeMessage.name(message.type)) where \(suite.name) needs a ServerKeyExchange")
        }
        if message.type == HandshakeMessage.certificateRequest {
            clientCertificateRequested = true
            message = try next("waiting for the ServerHelloDone")
        }
        guard message.type == HandshakeMessage.serverHelloDone else {
            throw .unexpected("\(HandshakeMessage.name(message.type)) where the ServerHelloDone belongs")
        }
        var possession: KeyPossession
        if let keyExchange {
            guard SignatureScheme.offered.contains(keyExchange.scheme) else {
                throw .unexpected("the ServerKeyExchange is signed with \(keyExchange.scheme.name), which was not offered")
            }
            switch leafKey(chain.certificates) {
            case .success(let key):
                try checkFamily(suite, key: key)
                try keyExchange.scheme.verify(
                    keyExchange.signature, over: clientRandom + serverHello.random + keyExchange.parameters, key: key, tls13: false,
                    what: "ServerKeyExchange")
                possession = .proven("ServerKeyExchange signature (\(keyExchange.scheme.name)) verified with the leaf's key")
            case .failure(let failure):
                possession = .notProven(failure.reason)
            }
        } else {
            possession = .notProven(
                "RSA key exchange (\(suite.name)): the server signs nothing before Finished, so the probe cannot check that it holds the leaf's key")
        }
        return ProbeResult(
            version: "TLS 1.2", versionCode: 0x0303, cipherSuite: suite, keyExchangeGroup: keyExchange?.group, alpn: alpn,
            certificates: chain.certificates, ocspResponse: ocsp, signatureScheme: keyExchange?.scheme, keyPossession: possession,
            clientCertificateRequested: clientCertificateRequested, serverName: serverName, peerAddress: "", notes: notes)
    }

    /// An ECDHE_ECDSA suite needs an ECDSA (or Ed25519, RFC 8422 section 5.1.1) key, an
    /// ECDHE_RSA or DHE_RSA suite an RSA key.
    private func checkFamily(_ suite: CipherSuite, key: PublicKey) throws(ProbeError) {
        guard case .ephemeral(let family) = suite.keyExchange else { return }
        let fits: Bool
        switch (family, key.kind) {
        case (.ecdsa, .ecdsa), (.ecdsa, .ed25519), (.rsa, .rsa), (.rsa, .rsaPSS): fits = true
        default: fits = false
        }
        guard fits else { throw .verification("\(suite.name) does not fit the leaf certificate's key type") }
    }

    // MARK: Shared

    /// The leaf's public key, or why there is none to check with.
    func leafKey(_ certificates: [[UInt8]]) -> Result<PublicKey, LeafKeyFailure> {
        guard let first = certificates.first else {
            return .failure(LeafKeyFailure("the server sent an empty certificate list"))
        }
        let certificate: Certificate
        do {
            certificate = try Certificate(derEncoded: first)
        } catch {
            return .failure(LeafKeyFailure("the leaf certificate cannot be read (\(error)), so its key cannot be checked"))
        }
        do {
            return .success(try PublicKey(subjectPublicKeyInfoDER: certificate.subjectPublicKeyInfo.derEncoded, allowWeakRSAKeys: true))
        } catch {
            return .failure(LeafKeyFailure("the leaf's key cannot be used to verify (\(error))"))
        }
    }

    /// The next handshake message, reading and (in TLS 1.3) decrypting records as needed.
    /// Alerts end the probe; TLS 1.2 warning alerts are noted and skipped.
    mutating func next(_ step: String) throws(ProbeError) -> HandshakeMessage {
        while true {
            if let message = try buffer.next() {
                if !tls13, message.type == HandshakeMessage.helloRequestType { continue }
                return message
            }
            let record = try records.next(from: &stream, deadline: deadline, step: step)
            var type = record.contentType
            var fragment = record.fragment
            if type == TLSRecord.applicationData {
                guard var protection else { throw .unexpected("encrypted application data before any keys, \(step)") }
                (type, fragment) = try protection.open(record)
                self.protection = protection
            } else if protection != nil, type == TLSRecord.handshake {
                throw .unexpected("a plaintext handshake record after the keys changed (RFC 8446 section 5)")
            }
            switch type {
            case TLSRecord.handshake:
                guard !fragment.isEmpty else { throw .malformed("an empty handshake record at byte \(record.offset)") }
                try buffer.append(fragment)
            case TLSRecord.alert:
                guard fragment.count == 2 else { throw .malformed("an alert of \(fragment.count) bytes at byte \(record.offset)") }
                let alert = TLSAlert(level: fragment[0], code: fragment[1])
                if !tls13, alert.level == 1, alert.code != 0 {
                    notes.append("the server sent a warning alert: \(alert)")
                    continue
                }
                throw .alert(alert)
            case TLSRecord.changeCipherSpec:
                // RFC 8446 section 5: one change_cipher_spec {1} may come for middlebox
                // compatibility and is dropped; TLS 1.2 sends it only after the client's
                // Finished, which the probe never sends.
                guard tls13, !changeCipherSpecSeen, fragment == [1] else {
                    throw .unexpected("a change_cipher_spec record \(step)")
                }
                changeCipherSpecSeen = true
            default:
                throw .unexpected("an application data record \(step)")
            }
        }
    }
}
