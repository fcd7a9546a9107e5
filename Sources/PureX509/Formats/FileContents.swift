/// Everything that can be read out of one input of any format, as `x509dump show` and
/// `x509dump pem` list it: a view of ``InputContents`` (the one reader) with the items as
/// entries and the problems as errors.
///
/// Reading never stops at the first problem: a PEM file with one broken block still yields
/// the others, and the broken one is in `problems` with its line.
public struct FileContents: Sendable {
    /// One thing found in the input (``InputContents/Content``).
    public typealias Item = InputContents.Content

    /// An item and where it was found.
    public struct Entry: Sendable {
        /// The item.
        public let item: Item
        /// The BEGIN line of its PEM block, nil for DER input.
        public let pemLine: Int?
        /// OpenSSL trust settings of a `TRUSTED CERTIFICATE` block, when it has any.
        public var trustSettings: TrustSettings? = nil
    }

    /// What the one reader read, with positions, byte offsets and every problem.
    public let input: InputContents

    /// The input's format.
    public var format: FileFormat { input.format }
    /// What was read, in input order.
    public let entries: [Entry]
    /// What could not be read, in input order.
    public var problems: [KeyFileError] { input.problems }

    /// Reads `bytes`; `password` opens encrypted keys and PKCS#12 files.
    /// The key-derivation work for all encrypted keys and PKCS#12 contents of the input
    /// is bounded together (``KeyDerivationBudget/perFileLimit``).
    public init(bytes: [UInt8], password: String? = nil) {
        self.init(InputContents(bytes: bytes, password: password))
    }

    /// The view of what the one reader read.
    public init(_ input: InputContents) {
        self.input = input
        entries = input.items.map { Entry(item: $0.content, pemLine: $0.pemLine, trustSettings: $0.trustSettings) }
    }

    /// Every certificate, including those inside PKCS#7 and PKCS#12 containers, in order.
    public var allCertificates: [Certificate] { input.allCertificates }

    /// Every private key read, including those inside PKCS#12 files, in order.
    public var allPrivateKeys: [PrivateKey] { input.allPrivateKeys }

    /// Every CRL, including those inside containers, in order.
    public var allCRLs: [CertificateRevocationList] { input.allCRLs }
}
