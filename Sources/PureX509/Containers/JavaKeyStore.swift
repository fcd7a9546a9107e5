import PureX509Crypto

/// A Java keystore as the JDK's `keytool` writes it: JKS (magic `FEEDFEED`) or JCEKS (magic
/// `CECECECE`). Both are `java.io.DataOutputStream` records:
///
///     magic u32, version u32 (1 or 2), count u32, then per entry:
///       tag u32 (1 PrivateKeyEntry, 2 trustedCertEntry, 3 JCEKS SecretKeyEntry),
///       alias UTF, creation date u64 (ms since 1970)
///       1: protected key (u32 length + EncryptedPrivateKeyInfo DER),
///          chain count u32, then per certificate: [type UTF, in version 2] u32 length + DER
///       2: [type UTF, in version 2] u32 length + certificate DER
///     digest: SHA-1(password as UTF-16BE || "Mighty Aphrodite" || every byte before it)
///
/// Certificates are read without a password. With one, the integrity digest is checked
/// (a wrong password is `.wrongPassword`; when the password opens a private key of the
/// store but the digest fails, the file was altered: `.integrityCheckFailed`) and private
/// keys are decrypted (`JavaKeyProtection`) so they can be matched to their certificates.
/// Every length is checked against the input left before it is used, and the entry count
/// and chain length are capped. JCEKS secret-key entries (Java serialized objects, with no
/// length to skip them by) are not read: such a store fails with `.unsupported` at the
/// entry's offset.
public struct JavaKeyStore: Sendable {
    /// The two keystore formats.
    public enum Format: String, Sendable, Hashable {
        /// Sun's JKS (magic FEEDFEED), keytool's default before Java 9.
        case jks = "JKS"
        /// SunJCE's JCEKS (magic CECECECE).
        case jceks = "JCEKS"
    }

    /// Whether the integrity digest was checked.
    public enum Integrity: Sendable, Hashable {
        /// No password was given: the certificates were read, their integrity is unknown.
        case notChecked
        /// The digest matches the password given.
        case verified
    }

    /// JKS or JCEKS.
    public let format: Format
    /// The file format version (2 for every keytool since Java 1.2).
    public let version: Int
    /// The entries, in file order.
    public let entries: [JavaKeyStoreEntry]
    /// Whether the integrity digest was checked.
    public let integrity: Integrity

    /// The most entries read from one store.
    public static let maximumEntries = 10_000
    /// The longest certificate chain of one entry.
    public static let maximumChainLength = 64

    static let digestSize = 20

    /// Every certificate: the chains of key entries and the trusted certificates, in order.
    public var certificates: [Certificate] { entries.flatMap(\.certificates) }

    /// The private keys that were decrypted, in order.
    public var privateKeys: [PrivateKey] {
        entries.compactMap { if case .privateKey(let key?, _) = $0.content { return key } else { return nil } }
    }

    /// True when `bytes` start with the magic number of JKS or JCEKS.
    public static func isKeyStore(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFE, 0xED, 0xFE, 0xED]) || bytes.starts(with: [0xCE, 0xCE, 0xCE, 0xCE])
    }

    /// Reads a keystore; with `password`, checks its integrity digest and decrypts its
    /// private keys with the same password (keytool's default: key password = store password).
    /// - Throws: ``ContainerError``: `.wrongFormat` without the magic number, `.invalid` with
    ///   the byte offset for a truncated or damaged file, `.wrongPassword`,
    ///   `.integrityCheckFailed`, `.unsupported` (a JCEKS secret key, an unknown version),
    ///   `.limitExceeded`. A keystore is neither DER nor PEM: this is its only in-memory
    ///   initialiser.
    public init(bytes: [UInt8], password: String? = nil) throws(ContainerError) {
        do {
            try self.init(keyStore: bytes, password: password)
        } catch {
            throw ContainerError(error, container: .javaKeyStore)
        }
    }

    /// Reads the keystore at `path` (`.jks`, `.jceks`, or a Java `cacerts`; read by
    /// ``InputContents``) with its `password`.
    /// - Throws: ``ReadError``: `.unreadable`, `.unreadableBlocks` when the file cannot be
    ///   read as a keystore (its one problem carries the reason), `.unexpectedContents` when
    ///   the file is not a keystore.
    public init(contentsOfFile path: String, password: String? = nil) throws(ReadError) {
        self = try InputContents(contentsOfFile: path, password: password).single(expected: "a Java keystore") {
            if case .javaKeyStore(let store) = $0 { store } else { nil }
        }
    }

    /// ``init(bytes:password:)`` with the reading code's error (what ``InputContents`` reports).
    init(keyStore bytes: [UInt8], password: String? = nil) throws(KeyFileError) {
        let context = JavaKeyStoreCursor.context
        if bytes.starts(with: [0xFE, 0xED, 0xFE, 0xED]) {
            format = .jks
        } else if bytes.starts(with: [0xCE, 0xCE, 0xCE, 0xCE]) {
            format = .jceks
        } else {
            throw KeyFileError(.wrongFormat("not a Java keystore (no FEEDFEED or CECECECE magic number)"), context: context, offset: 0)
        }
        guard bytes.count >= 12 + JavaKeyStore.digestSize else {
            throw KeyFileError(.invalid("truncated: \(bytes.count) bytes, shorter than a keystore header and its 20-byte digest"),
                               context: context, offset: bytes.count)
        }
        var cursor = JavaKeyStoreCursor(bytes, end: bytes.count - JavaKeyStore.digestSize)
        _ = try cursor.read(4, "magic")
        let version = Int(try cursor.readU32("version"))
        guard version == 1 || version == 2 else {
            throw KeyFileError(.unsupported("keystore version \(version) (keytool writes 2)"), context: context, offset: 4)
        }
        self.version = version
        let count = try cursor.readU32("entry count")
        guard count <= JavaKeyStore.maximumEntries else {
            throw KeyFileError(.limitExceeded("\(count) entries, more than the limit of \(JavaKeyStore.maximumEntries)"),
                               context: context, offset: 8)
        }
        // An entry takes at least 18 bytes (tag, empty alias, date, a length): a count the
        // input cannot hold is damage, said before reading on.
        guard Int(count) * 18 <= cursor.remaining else {
            throw KeyFileError(.invalid("truncated: \(count) entries cannot fit in the \(cursor.remaining) bytes before the digest"),
                               context: context, offset: 8)
        }
        var raw: [RawEntry] = []
        for index in 0..<Int(count) {
            raw.append(try JavaKeyStore.readEntry(&cursor, index: index, format: format, version: version))
        }
        guard cursor.isAtEnd else {
            throw KeyFileError(.invalid("\(cursor.remaining) bytes after the last of \(count) entries, before the digest"),
                               context: context, offset: cursor.position)
        }
        let storedDigest = Array(bytes[cursor.end...])

        guard let password else {
            integrity = .notChecked
            entries = raw.map { $0.entry(key: nil, problem: KeyFileError(
                .passwordRequired("the keystore password opens it"),
                context: "\(context) entry \"\($0.alias)\"", offset: $0.keyOffset, hint: JavaKeyStore.passwordHint)) }
            return
        }
        let keyStoreDigest = JavaKeyStore.digest(bytes[..<cursor.end], password: password)
        var decrypted: [Int: Result<PrivateKey, KeyFileError>] = [:]
        func key(_ index: Int) -> Result<PrivateKey, KeyFileError> {
            if let done = decrypted[index] { return done }
            let result: Result<PrivateKey, KeyFileError>
            do {
                result = .success(try JavaKeyProtection.decrypt(raw[index].protectedKey ?? [], password: password))
            } catch {
                result = .failure(error.within("\(context) entry \"\(raw[index].alias)\""))
            }
            decrypted[index] = result
            return result
        }
        if keyStoreDigest != storedDigest {
            // The key check of JKS (and the padding of JCEKS) verify the password on their
            // own: a password that opens a key while the digest fails means altered bytes.
            let keyEntries = raw.indices.filter { raw[$0].protectedKey != nil }
            if let opened = keyEntries.first(where: { if case .success = key($0) { return true } else { return false } }) {
                throw KeyFileError(.integrityCheckFailed(
                    "the password opens the private key \"\(raw[opened].alias)\" but the keystore digest does not match: the file was altered or damaged after it was written"),
                    context: context, offset: cursor.end)
            }
            throw KeyFileError(.wrongPassword(
                "the keystore digest does not match this password"
                    + (keyEntries.isEmpty ? " (a store without private keys cannot tell a wrong password from a file altered after it was written)" : "")),
                context: context, offset: cursor.end)
        }
        integrity = .verified
        var read: [JavaKeyStoreEntry] = []
        for index in raw.indices {
            guard raw[index].protectedKey != nil else {
                read.append(raw[index].entry(key: nil, problem: nil))
                continue
            }
            switch key(index) {
            case .success(let privateKey): read.append(raw[index].entry(key: privateKey, problem: nil))
            case .failure(let error): read.append(raw[index].entry(key: nil, problem: error))
            }
        }
        entries = read
    }

    /// SHA-1(password as UTF-16BE || "Mighty Aphrodite" || content): the keystore digest
    /// of `sun.security.provider.JavaKeyStore` (JKS and JCEKS alike).
    static func digest(_ content: ArraySlice<UInt8>, password: String) -> [UInt8] {
        var passwordBytes = JavaKeyProtection.utf16BigEndian(password)
        defer { SecretBytes.wipe(&passwordBytes) }
        var hash = SHA1()
        hash.update(passwordBytes)
        hash.update(Array("Mighty Aphrodite".utf8))
        hash.update(content)
        return hash.finalize()
    }

    /// What to do when the store needs its password.
    public static let passwordHint =
        "give the keystore password with --password, --password-file or --password-env (keytool's default is \"changeit\")"

    // MARK: Reading entries

    struct RawEntry {
        let alias: String
        let date: UInt64
        let offset: Int
        let protectedKey: [UInt8]?
        let keyOffset: Int?
        let certificates: [Certificate]

        func entry(key: PrivateKey?, problem: KeyFileError?) -> JavaKeyStoreEntry {
            if protectedKey != nil {
                return JavaKeyStoreEntry(alias: alias, creationMilliseconds: date, content: .privateKey(key: key, chain: certificates),
                                         offset: offset, keyProblem: problem,
                                         keyProtectionName: JavaKeyProtection.name(of: protectedKey ?? []))
            }
            return JavaKeyStoreEntry(alias: alias, creationMilliseconds: date, content: .trustedCertificate(certificates[0]),
                                     offset: offset, keyProblem: nil, keyProtectionName: nil)
        }
    }

    private static func readEntry(_ cursor: inout JavaKeyStoreCursor, index: Int, format: Format, version: Int)
        throws(KeyFileError) -> RawEntry
    {
        let offset = cursor.position
        let tag = try cursor.readU32("entry \(index + 1) tag")
        let alias = try cursor.readUTF("entry \(index + 1) alias")
        let place = "entry \(index + 1) (\"\(alias)\")"
        let date = try cursor.readU64(place + " date")
        switch tag {
        case 1:
            let keyOffset = cursor.position
            let key = try cursor.readBlob(place + " protected key")
            let chainAt = cursor.position
            let chainLength = try cursor.readU32(place + " chain length")
            guard chainLength <= maximumChainLength else {
                throw KeyFileError(.limitExceeded("a chain of \(chainLength) certificates, more than the limit of \(maximumChainLength)"),
                                   context: "\(JavaKeyStoreCursor.context) \(place)", offset: chainAt)
            }
            var chain: [Certificate] = []
            for number in 0..<Int(chainLength) {
                chain.append(try readCertificate(&cursor, version: version, place: place + " certificate \(number + 1)"))
            }
            return RawEntry(alias: alias, date: date, offset: offset, protectedKey: key.bytes, keyOffset: keyOffset, certificates: chain)
        case 2:
            let certificate = try readCertificate(&cursor, version: version, place: place + " certificate")
            return RawEntry(alias: alias, date: date, offset: offset, protectedKey: nil, keyOffset: nil, certificates: [certificate])
        case 3 where format == .jceks:
            throw KeyFileError(.unsupported("a JCEKS secret-key entry (a Java serialized object) is not read; entries after it cannot be found"),
                               context: "\(JavaKeyStoreCursor.context) \(place)", offset: offset)
        default:
            throw KeyFileError(.invalid("unknown entry tag \(tag) (1 is a private key, 2 a trusted certificate)"),
                               context: "\(JavaKeyStoreCursor.context) entry \(index + 1)", offset: offset)
        }
    }

    private static func readCertificate(_ cursor: inout JavaKeyStoreCursor, version: Int, place: String)
        throws(KeyFileError) -> Certificate
    {
        if version == 2 {
            let typeAt = cursor.position
            let type = try cursor.readUTF(place + " type")
            guard type == "X.509" else {
                throw KeyFileError(.unsupported("certificate type \"\(type)\" (only X.509 is read)"),
                                   context: "\(JavaKeyStoreCursor.context) \(place)", offset: typeAt)
            }
        }
        let blob = try cursor.readBlob(place)
        do {
            return try Certificate(derEncoded: blob.bytes)
        } catch {
            throw KeyFileError(x509Error: error, context: "\(JavaKeyStoreCursor.context) \(place)", base: blob.offset)
        }
    }
}
