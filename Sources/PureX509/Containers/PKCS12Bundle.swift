import PureX509ASN1
import PureX509Crypto

/// A PKCS#12 file (`.p12`, `.pfx`; RFC 7292): its integrity protection, its SafeContents
/// and the certificates and keys in them.
///
///     PFX ::= SEQUENCE { version INTEGER {v3(3)}, authSafe ContentInfo, macData MacData OPTIONAL }
///     AuthenticatedSafe ::= SEQUENCE OF ContentInfo  -- data, encryptedData or envelopedData
///     SafeContents ::= SEQUENCE OF SafeBag
///
/// Reads both what OpenSSL 3 writes by default (PBES2 with PBKDF2-HMAC-SHA256 and
/// AES-256-CBC, HMAC-SHA256 MAC) and the legacy form (`-legacy`: certificates under
/// pbeWithSHAAnd40BitRC2-CBC, keys under pbeWithSHAAnd3-KeyTripleDES-CBC, HMAC-SHA1 MAC),
/// and PBMAC1 MACs (RFC 9579). Private keys are decrypted only to match them to
/// certificates; see ``PrivateKey``.
///
/// Password outcomes are kept apart: no password for a protected file is
/// `.passwordRequired`; a password that neither verifies the MAC nor decrypts anything is
/// `.wrongPassword`; a password that decrypts the contents while the MAC fails is
/// `.integrityCheckFailed` (the file was altered); broken DER is `.malformed` with its offset.
public struct PKCS12Bundle: Sendable {
    /// The integrity protection (verified when it is a MAC: otherwise `init` throws).
    public let integrity: PKCS12Integrity
    /// The elements of the AuthenticatedSafe, in order.
    public let safes: [PKCS12SafeContents]
    /// Every bag read, in file order.
    public let bags: [PKCS12Bag]

    /// The certificates, in file order.
    public var certificates: [Certificate] {
        bags.compactMap { if case .certificate(let certificate) = $0.content { return certificate } else { return nil } }
    }

    /// The private keys that could be read, in file order.
    public var privateKeys: [PrivateKey] {
        bags.compactMap { if case .privateKey(let key) = $0.content { return key } else { return nil } }
    }

    /// The CRLs, in file order.
    public var crls: [CertificateRevocationList] {
        bags.compactMap { if case .crl(let crl) = $0.content { return crl } else { return nil } }
    }

    /// The limit on nested safeContentsBags.
    static let maximumNesting = 8

    /// Parses and, with `password`, verifies and decrypts a DER PKCS#12 file. A nil
    /// password tries the empty one (both encodings), as OpenSSL does.
    ///
    /// The key-derivation work is bounded per file (``KeyDerivationBudget/perFileLimit``):
    /// a file whose MAC, encrypted safes and shrouded keys declare more iterations in total
    /// fails with `.limitExceeded` before any derivation runs.
    /// - Throws: ``ContainerError``: `.passwordRequired`, `.wrongPassword`,
    ///   `.integrityCheckFailed`, `.malformed` with the byte offset, `.unsupported`,
    ///   `.limitExceeded`.
    public init(derEncoded bytes: [UInt8], password: String? = nil) throws(ContainerError) {
        do {
            try self.init(der: bytes, password: password)
        } catch {
            throw ContainerError(error, container: .pkcs12)
        }
    }

    /// Reads PEM text holding one `PKCS12` block (rare, but some tools write it); see
    /// ``init(derEncoded:password:)``.
    /// - Throws: ``ContainerError``: `.pem` when the PEM is malformed, `.pemMismatch` naming
    ///   every label found and its line when the text is not one `PKCS12` block, or the
    ///   reader's error with the block's `pemLine`.
    public init(pemEncoded text: String, password: String? = nil) throws(ContainerError) {
        try self.init(pemEncoded: Array(text.utf8), password: password)
    }

    /// Reads PEM text (as bytes) holding one `PKCS12` block; see
    /// `init(pemEncoded:password:)`.
    public init(pemEncoded bytes: [UInt8], password: String? = nil) throws(ContainerError) {
        do throws(KeyFileError) {
            self = try SinglePEMBlock.read(
                bytes, expected: "PKCS12", accepts: { $0 == .other("PKCS12") }, failure: { KeyFileError(pemFailure: $0, context: "PEM") }
            ) { block throws(KeyFileError) in try PKCS12Bundle(pemBlock: block, password: password) }
        } catch {
            throw ContainerError(error, container: .pkcs12)
        }
    }

    /// Reads the PKCS#12 file at `path` (`.p12`, `.pfx`; read by ``InputContents``) with its
    /// `password`.
    /// - Throws: ``ReadError``: `.unreadable`, `.unreadableBlocks` when the file cannot be
    ///   read as PKCS#12 (its one problem carries the ``KeyFileError/Reason``:
    ///   `.passwordRequired`, `.wrongPassword`, `.integrityCheckFailed`, ...),
    ///   `.unexpectedContents` when the file is not PKCS#12.
    public init(contentsOfFile path: String, password: String? = nil) throws(ReadError) {
        self = try InputContents(contentsOfFile: path, password: password).single(expected: "a PKCS#12 file") {
            if case .pkcs12(let bundle) = $0 { bundle } else { nil }
        }
    }

    /// ``init(derEncoded:password:)`` with the reading code's error (what ``InputContents``
    /// reports).
    init(der bytes: [UInt8], password: String? = nil) throws(KeyFileError) {
        (integrity, safes, bags) = try KeyDerivationBudget.perFile { () throws(KeyFileError) in
            try PKCS12Bundle.read(bytes, password: password)
        }
    }

    private static func read(_ bytes: [UInt8], password: String?) throws(KeyFileError)
        -> (PKCS12Integrity, [PKCS12SafeContents], [PKCS12Bag])
    {
        var reader = DERReader(bytes)
        let pfx = try keyField("PKCS#12 PFX") {
            let pfx = try PFXLayout.read(&reader)
            try reader.finish()
            return pfx
        }
        try KeyDerivationBudget.checkDeclared(declaredDerivationWork(bytes, pfx), context: "PKCS#12")
        let effectivePassword = password ?? ""
        var integrity = PKCS12Integrity.none
        if pfx.signedAuthSafe { integrity = .publicKeySignature }
        if let mac = pfx.macData {
            integrity = mac.integrity
            guard try mac.verify(bytes[pfx.authSafe], password: effectivePassword) else {
                throw try PKCS12Bundle.explainMACFailure(bytes, pfx, password: password, integrity: integrity)
            }
        }
        var safes: [PKCS12SafeContents] = []
        var bags: [PKCS12Bag] = []
        let items = try keyField("PKCS#12 AuthenticatedSafe") { try PFXLayout.contentInfos(bytes, pfx.authSafe) }
        for (index, item) in items.enumerated() {
            let (safe, found) = try PKCS12Bundle.readSafe(
                bytes, item, index: index, password: effectivePassword, passwordGiven: password != nil,
                macVerified: pfx.macData != nil)
            safes.append(safe)
            bags += found
        }
        return (integrity, safes, bags)
    }

    /// The iterations the file declares before anything is decrypted: the MAC, every
    /// encrypted safe and every shrouded key in a plain safe (keys inside encrypted safes
    /// are charged when they are reached). Structures that do not parse count zero here;
    /// reading them fails later with their own error.
    private static func declaredDerivationWork(_ bytes: [UInt8], _ pfx: PFXLayout) -> Int {
        var total = pfx.macData?.derivationCost ?? 0
        func add(_ cost: Int) { total = total.addingReportingOverflow(cost).overflow ? .max : total + cost }
        guard let items = try? PFXLayout.contentInfos(bytes, pfx.authSafe) else { return total }
        for item in items {
            if item.type == .pkcs7EncryptedData, let encrypted = try? PFXLayout.encryptedData(bytes, item) {
                add(encrypted.scheme.derivationCost)
            }
            if item.type == .pkcs7Data, let content = item.content, let bags = try? PFXLayout.safeBags(bytes, content) {
                for bag in bags where bag.type == .pkcs8ShroudedKeyBag {
                    if let info = try? EncryptedPrivateKeyInfo(derEncoded: Array(bytes[bag.value])) {
                        add(info.encryption.derivationCost)
                    }
                }
            }
        }
        return total
    }

    /// Reads a PKCS#12 file from a PEM block (rare, but some tools write `PKCS12`).
    init(pemBlock block: PEMBlock, password: String? = nil) throws(KeyFileError) {
        do {
            try self.init(der: block.der, password: password)
        } catch {
            throw error.atPEMLine(block.beginLine)
        }
    }

    // MARK: Safes

    private static func readSafe(
        _ bytes: [UInt8], _ item: PFXLayout.ContentInfo, index: Int, password: String, passwordGiven: Bool,
        macVerified: Bool
    ) throws(KeyFileError) -> (PKCS12SafeContents, [PKCS12Bag]) {
        let context = "PKCS#12 safe \(index + 1)"
        switch item.type {
        case .pkcs7Data:
            guard let content = item.content else {
                throw KeyFileError(.invalid("data without content"), context: context, offset: item.start)
            }
            let bags = try readBags(bytes, content, safeIndex: index, password: password, passwordGiven: passwordGiven,
                                    macVerified: macVerified, context: context)
            return (PKCS12SafeContents(protection: .none, bagCount: bags.count, problem: nil), bags)
        case .pkcs7EncryptedData:
            let encrypted = try keyField(context + ": EncryptedData") { try PFXLayout.encryptedData(bytes, item) }
            let protection = PKCS12SafeContents.Protection.password(encrypted.scheme)
            guard encrypted.scheme.isSupported else {
                let problem = KeyFileError(.unsupported("encrypted with \(encrypted.scheme.name), which PureX509 does not decrypt"),
                                           context: context, offset: item.start, hint: ConversionHints.pkcs12ToPEM)
                return (PKCS12SafeContents(protection: protection, bagCount: 0, problem: problem), [])
            }
            var plaintext: [UInt8]
            do {
                plaintext = try encrypted.scheme.decrypt(
                    bytes[encrypted.ciphertext], password: password, context: context,
                    isPlausible: EncryptedPrivateKeyInfo.looksLikeDERSequence)
            } catch {
                guard error.kind == .wrongPassword else { throw error }
                if macVerified {
                    // The MAC password does not open this safe: record it, keep the rest.
                    let problem = KeyFileError(.wrongPassword("the password that verifies the MAC does not decrypt this safe"),
                                               context: context, offset: item.start)
                    return (PKCS12SafeContents(protection: protection, bagCount: 0, problem: problem), [])
                }
                if !passwordGiven {
                    throw KeyFileError(.passwordRequired("certificates encrypted with \(encrypted.scheme.name)"), context: context,
                                       hint: PrivateKey.passwordHint)
                }
                throw KeyFileError(.wrongPassword("the password does not decrypt \(encrypted.scheme.name)"), context: context)
            }
            defer { SecretBytes.wipe(&plaintext) }
            let bags: [PKCS12Bag]
            do {
                bags = try readBags(plaintext, 0..<plaintext.count, safeIndex: index, password: password,
                                    passwordGiven: passwordGiven, macVerified: macVerified, context: context + " (decrypted)")
            }
            return (PKCS12SafeContents(protection: protection, bagCount: bags.count, problem: nil), bags)
        case .pkcs7EnvelopedData:
            let problem = KeyFileError(.unsupported("encrypted to a public key (envelopedData)"), context: context, offset: item.start)
            return (PKCS12SafeContents(protection: .publicKey, bagCount: 0, problem: problem), [])
        default:
            let problem = KeyFileError(.unsupported("content type \(item.type.displayName)"), context: context, offset: item.start)
            return (PKCS12SafeContents(protection: .other(item.type.displayName), bagCount: 0, problem: problem), [])
        }
    }

    /// Reads `SafeContents ::= SEQUENCE OF SafeBag` from `range` of `bytes`.
    private static func readBags(
        _ bytes: [UInt8], _ range: Range<Int>, safeIndex: Int, password: String, passwordGiven: Bool, macVerified: Bool,
        context: String, nesting: Int = 0
    ) throws(KeyFileError) -> [PKCS12Bag] {
        let raw = try keyField(context + ": SafeContents") { try PFXLayout.safeBags(bytes, range) }
        var bags: [PKCS12Bag] = []
        for (number, bag) in raw.enumerated() {
            let bagContext = "\(context): bag \(number + 1)"
            let attributes = try keyField(bagContext + ": bagAttributes") { try PFXLayout.attributes(bytes, bag.attributes) }
            func make(_ content: PKCS12Bag.Content) -> PKCS12Bag {
                PKCS12Bag(content: content, friendlyName: attributes.friendlyName, localKeyID: attributes.localKeyID,
                          otherAttributes: attributes.others, safeIndex: safeIndex)
            }
            switch bag.type {
            case .keyBag:
                var copy = Array(bytes[bag.value])
                defer { SecretBytes.wipe(&copy) }
                do {
                    bags.append(make(.privateKey(try PrivateKey(pkcs8DER: copy))))
                } catch {
                    throw error.within(bagContext + " (keyBag)")
                }
            case .pkcs8ShroudedKeyBag:
                let info: EncryptedPrivateKeyInfo
                do {
                    info = try EncryptedPrivateKeyInfo(derEncoded: Array(bytes[bag.value]))
                } catch {
                    throw error.within(bagContext + " (pkcs8ShroudedKeyBag)")
                }
                do {
                    bags.append(make(.privateKey(try info.decrypt(password: password))))
                } catch {
                    let recordable = error.kind == .unsupported || (error.kind == .wrongPassword && macVerified)
                    guard recordable else {
                        if error.kind == .wrongPassword && !passwordGiven {
                            throw KeyFileError(.passwordRequired("private key encrypted with \(info.encryption.name)"),
                                               context: bagContext, hint: PrivateKey.passwordHint)
                        }
                        throw error.within(bagContext + " (pkcs8ShroudedKeyBag)")
                    }
                    bags.append(make(.encryptedPrivateKey(info, error.within(bagContext))))
                }
            case .certBag:
                let (certType, value) = try keyField(bagContext + ": CertBag") { try PFXLayout.typedOctetString(bytes, bag.value) }
                guard certType == .x509CertificateType else {
                    bags.append(make(.otherCertificate(certType)))
                    continue
                }
                do {
                    bags.append(make(.certificate(try Certificate(derEncoded: Array(bytes[value])))))
                } catch {
                    throw KeyFileError(x509Error: error, context: bagContext + " (certBag)", base: value.lowerBound)
                }
            case .crlBag:
                let (crlType, value) = try keyField(bagContext + ": CRLBag") { try PFXLayout.typedOctetString(bytes, bag.value) }
                guard crlType == .x509CRLType else {
                    bags.append(make(.unknown(crlType)))
                    continue
                }
                do {
                    bags.append(make(.crl(try CertificateRevocationList(derEncoded: Array(bytes[value])))))
                } catch {
                    throw KeyFileError(x509Error: error, context: bagContext + " (crlBag)", base: value.lowerBound)
                }
            case .secretBag:
                let secretType = try keyField(bagContext + ": SecretBag") { try PFXLayout.secretType(bytes, bag.value) }
                bags.append(make(.secret(secretType)))
            case .safeContentsBag:
                guard nesting < maximumNesting else {
                    throw KeyFileError(.invalid("safeContentsBag nested deeper than \(maximumNesting)"), context: bagContext,
                                       offset: bag.value.lowerBound)
                }
                bags += try readBags(bytes, bag.value, safeIndex: safeIndex, password: password, passwordGiven: passwordGiven,
                                     macVerified: macVerified, context: bagContext, nesting: nesting + 1)
            default:
                bags.append(make(.unknown(bag.type)))
            }
        }
        return bags
    }

    // MARK: Wrong password or altered file?

    /// The MAC did not verify. With no password: the file needs one. With a password: if it
    /// decrypts any of the encrypted contents, the file was altered (or damaged) after it was
    /// made; otherwise the password is wrong.
    private static func explainMACFailure(
        _ bytes: [UInt8], _ pfx: PFXLayout, password: String?, integrity: PKCS12Integrity
    ) throws(KeyFileError) -> KeyFileError {
        guard let password else {
            return KeyFileError(.passwordRequired("the file is protected with a password (\(integrity.name))"), context: "PKCS#12 MacData",
                                hint: PrivateKey.passwordHint)
        }
        if try passwordDecryptsSomething(bytes, pfx, password: password) {
            return KeyFileError(
                .integrityCheckFailed("the password decrypts the contents, but the \(integrity.name) does not verify: "
                                      + "the file was altered or damaged after it was made"),
                context: "PKCS#12 MacData")
        }
        return KeyFileError(.wrongPassword("the \(integrity.name) does not verify with this password"), context: "PKCS#12 MacData")
    }

    /// Rethrows only `.limitExceeded` (the key-derivation budget ran out while trying).
    private static func passwordDecryptsSomething(_ bytes: [UInt8], _ pfx: PFXLayout, password: String) throws(KeyFileError) -> Bool {
        guard let items = try? PFXLayout.contentInfos(bytes, pfx.authSafe) else { return false }
        func decrypts(_ scheme: PasswordBasedEncryption, _ ciphertext: ArraySlice<UInt8>) throws(KeyFileError) -> Bool {
            guard scheme.isSupported else { return false }
            var plaintext: [UInt8]
            do {
                plaintext = try scheme.decrypt(
                    ciphertext, password: password, context: "PKCS#12", isPlausible: EncryptedPrivateKeyInfo.looksLikeDERSequence)
            } catch {
                if error.kind == .limitExceeded { throw error }
                return false
            }
            SecretBytes.wipe(&plaintext)
            return true
        }
        for item in items {
            if item.type == .pkcs7EncryptedData, let encrypted = try? PFXLayout.encryptedData(bytes, item),
               try decrypts(encrypted.scheme, bytes[encrypted.ciphertext]) {
                return true
            }
            if item.type == .pkcs7Data, let content = item.content, let bags = try? PFXLayout.safeBags(bytes, content) {
                for bag in bags where bag.type == .pkcs8ShroudedKeyBag {
                    if let info = try? EncryptedPrivateKeyInfo(derEncoded: Array(bytes[bag.value])),
                       try decrypts(info.encryption, info.encryptedData[...]) {
                        return true
                    }
                }
            }
        }
        return false
    }
}

extension PKCS12Bundle: CustomStringConvertible {
    /// "PKCS#12: 2 certificates, 1 private key, HMAC-SHA-256 MAC (2048 iterations)".
    public var description: String {
        let certificates = self.certificates.count
        let keys = bags.filter { if case .privateKey = $0.content { return true }; if case .encryptedPrivateKey = $0.content { return true }; return false }.count
        return "PKCS#12: \(certificates) certificate\(certificates == 1 ? "" : "s"), \(keys) private key\(keys == 1 ? "" : "s"), \(integrity.name)"
    }
}
