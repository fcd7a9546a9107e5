import PureX509ASN1

/// The one reader: what any input holds, turned from bytes (and an optional file name) into
/// an ordered list of items (certificates, keys, CSRs, CRLs, PKCS#7 and PKCS#12 containers,
/// certificates with OpenSSL trust settings), each with its position, PEM line and byte
/// offset, and one list of everything that could not be read, each with its position, PEM
/// line, byte offset, typed reason and, where there is one, a hint ("this is PKCS#12: give
/// its password").
///
/// Every command and every library loader reads through it: ``FileContents`` (`x509dump
/// show`, `pem`), ``CertificateFile`` (`verify`, `bundle`, ``TrustStore`` loading) and the
/// diagnosis are views of it, so they agree on what a file holds and on what could not be
/// read. Reading never stops at the first problem: a PEM file with one damaged block still
/// yields the others, and the damaged one is in ``unreadable`` at its position.
///
/// Positions count the blocks of the input in order, from 0: each PEM block (or each
/// stretch from one BEGIN line to the next when a block cannot even be framed) is one
/// position, and a DER file is position 0. An item and a problem about the same block share
/// its position (an encrypted key that was not decrypted is both an item and a problem).
///
/// Adding an input kind (a Java keystore, a Kubernetes secret): give ``Content`` a case,
/// teach ``FileFormat`` to recognise it (a `FileFormat.Kind`), and read it in
/// `InputContents+Reading.swift` (`readDER` for a binary format, `readBlock` for a PEM
/// label, or a new branch in `read` for a text format), appending items and problems with
/// the position of the block they came from. The views then show it without change, except
/// where they list kinds (``allCertificates`` and friends, `CertificateFile.contents(of:password:)`).
public struct InputContents: Sendable {
    /// One thing read. Every case but a certificate (a reference) is stored out of line,
    /// so that an item is a few words: a bundle of 14,000 certificates keeps 14,000 items
    /// and entries, which would otherwise each be as large as the largest case.
    public enum Content: Sendable {
        /// An X.509 certificate.
        case certificate(Certificate)
        /// A PKCS#10 certificate request.
        indirect case certificateRequest(CertificateSigningRequest)
        /// An X.509 CRL.
        indirect case crl(CertificateRevocationList)
        /// A private key (decrypted when it was encrypted and the password was given).
        indirect case privateKey(PrivateKey)
        /// An encrypted PKCS#8 key that was not decrypted (no password, or a scheme not
        /// supported); ``unreadable`` says why, at the same position.
        indirect case encryptedPrivateKey(EncryptedPrivateKeyInfo)
        /// A public key (`PUBLIC KEY`, `RSA PUBLIC KEY`, or DER).
        indirect case publicKey(SubjectPublicKeyInfo)
        /// A PKCS#7 certificate bundle.
        indirect case pkcs7(PKCS7Bundle)
        /// A PKCS#12 file.
        indirect case pkcs12(PKCS12Bundle)
        /// A Java keystore (JKS or JCEKS). [keystores]
        indirect case javaKeyStore(JavaKeyStore)
        /// Kubernetes Secrets or a kubeconfig, each PEM field read as a file. [kubernetes]
        indirect case kubernetes(KubernetesObjects)
    }

    /// An item and where it was found.
    public struct Item: Sendable {
        /// What was read.
        public let content: Content
        /// Its block's position in the input (0 is the first block).
        public let position: Int
        /// The BEGIN line of its PEM block, nil for DER input.
        public let pemLine: Int?
        /// The byte offset of its block in the input (the first `-` of the BEGIN line; 0
        /// for DER input).
        public let byteOffset: Int
        /// OpenSSL trust settings of a `TRUSTED CERTIFICATE` block, when it has any.
        public var trustSettings: TrustSettings? = nil
    }

    /// The name of the input, as given (nil when none was given).
    public let fileName: String?
    /// The input's format.
    public let format: FileFormat
    /// What was read, in input order.
    public let items: [Item]
    /// What could not be read, in input order.
    public let unreadable: [InputProblem]

    /// Reads `bytes`; `password` opens encrypted keys and PKCS#12 files, `fileName` names
    /// the input in descriptions. The key-derivation work for all encrypted keys and PKCS#12
    /// contents of the input is bounded together (``KeyDerivationBudget/perFileLimit``).
    public init(bytes: [UInt8], fileName: String? = nil, password: String? = nil) {
        self.init(bytes: bytes, fileName: fileName, password: password, parsedPEM: nil)
    }

    /// Reads `bytes` as `init(bytes:fileName:password:)` does; `parsedPEM` is `bytes`
    /// already parsed as a whole PEM document (when they are PEM it is not parsed again).
    init(bytes: [UInt8], fileName: String?, password: String?, parsedPEM: PEMDocument?) {
        self.fileName = fileName
        var reading = InputContents.Reading(password: password, fileName: fileName)
        reading.parsedPEM = parsedPEM
        format = KeyDerivationBudget.perFile { () -> FileFormat in reading.read(bytes) }
        items = reading.items
        unreadable = reading.problems
    }

    /// The errors of ``unreadable``, in input order.
    public var problems: [KeyFileError] { unreadable.map(\.error) }

    /// True when something could not be read.
    public var hasProblems: Bool { !unreadable.isEmpty }

    /// Every certificate, including those inside PKCS#7 and PKCS#12 containers, in order.
    public var allCertificates: [Certificate] {
        items.flatMap { item -> [Certificate] in
            switch item.content {
            case .certificate(let certificate): return [certificate]
            case .pkcs7(let bundle): return bundle.certificates
            case .pkcs12(let bundle): return bundle.certificates
            case .javaKeyStore(let store): return store.certificates
            case .kubernetes(let objects): return objects.certificates
            default: return []
            }
        }
    }

    /// Every private key read, including those inside PKCS#12 files, in order.
    public var allPrivateKeys: [PrivateKey] {
        items.flatMap { item -> [PrivateKey] in
            switch item.content {
            case .privateKey(let key): return [key]
            case .pkcs12(let bundle): return bundle.privateKeys
            case .javaKeyStore(let store): return store.privateKeys
            case .kubernetes(let objects): return objects.privateKeys
            default: return []
            }
        }
    }

    /// Every CRL, including those inside containers, in order.
    public var allCRLs: [CertificateRevocationList] {
        items.flatMap { item -> [CertificateRevocationList] in
            switch item.content {
            case .crl(let crl): return [crl]
            case .pkcs7(let bundle): return bundle.crls
            case .pkcs12(let bundle): return bundle.crls
            default: return []
            }
        }
    }
}
