/// Why a container file (PKCS#7 bundle, PKCS#12 file, Java keystore) could not be read:
/// which container, what went wrong, in which structure, and where (byte offset, PEM line).
///
/// A container fails for the same reasons a key file does (malformed DER, a password that is
/// missing or wrong, a failed integrity check, an unsupported scheme, a work limit), so the
/// reasons are ``KeyFileError``'s; the type tells a container from a key. A key inside a
/// container that cannot be read is reported here, with the bag or entry in `context`.
public struct ContainerError: Error, Hashable, Sendable {
    /// The kind of container.
    public enum Container: String, Hashable, Sendable {
        /// A PKCS#7 / CMS certificate bundle (RFC 2315, RFC 5652).
        case pkcs7 = "PKCS#7"
        /// A PKCS#12 file (RFC 7292).
        case pkcs12 = "PKCS#12"
        /// A Java keystore (JKS or JCEKS).
        case javaKeyStore = "Java keystore"
    }

    /// The reasons a container cannot be read: the same as a key file's.
    public typealias Reason = KeyFileError.Reason
    /// The coarse categories of ``Reason``.
    public typealias Kind = KeyFileError.Kind

    /// The container being read.
    public let container: Container
    /// What went wrong.
    public let reason: Reason
    /// The structure or field being read: "PKCS#12 safe 2: bag 1: PKCS#8 PrivateKeyInfo".
    public let context: String
    /// The byte offset the problem starts at, when there is one.
    public let offset: Int?
    /// The BEGIN line of the PEM block the container came from, when it came from PEM.
    public let pemLine: Int?
    /// What to do about it (the option that gives the password, the command that converts
    /// the file), if there is advice to give.
    public let hint: String?

    /// The error of the reading code, seen as a failure to read `container`.
    init(_ error: KeyFileError, container: Container) {
        self.container = container
        reason = error.reason
        context = error.context
        offset = error.offset
        pemLine = error.pemLine
        hint = error.hint
    }

    /// The category of `reason`.
    public var kind: Kind { keyFileError.kind }

    /// The reason as a short phrase, without the place.
    public var message: String { keyFileError.message }

    /// The same failure as the reading code's error (what ``InputContents`` reports).
    var keyFileError: KeyFileError {
        KeyFileError(reason, context: context, offset: offset, pemLine: pemLine, hint: hint)
    }
}

extension ContainerError: CustomStringConvertible {
    /// "PKCS#12 MAC: wrong password: ... (PEM block at line 1); hint: ...".
    public var description: String { keyFileError.description + (hint.map { "; hint: \($0)" } ?? "") }
}
