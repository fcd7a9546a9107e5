import PureX509ASN1

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading certificates from files: PEM bundles (every `CERTIFICATE` block; OpenSSL's
/// `TRUSTED CERTIFICATE` blocks keep the certificate that starts them) or one DER
/// certificate. No Foundation: POSIX calls only.
public enum CertificateFile {
    /// The largest file read (a full system bundle is about 250 KB): ``RegularFile/maximumSize``.
    static let maximumSize = RegularFile.maximumSize

    /// The certificates in `bytes`: PEM blocks when the text has any, else one DER
    /// certificate. Blocks that do not parse are counted in `skipped`.
    @available(*, deprecated, message: "use CertificateFile.contents(of:), which says which blocks could not be read and why")
    public static func certificates(in bytes: [UInt8], skipped: inout Int) throws(X509ParseError) -> [Certificate] {
        let contents = Self.contents(of: bytes)
        skipped += contents.unreadable.count
        if case .pem = contents.input.format.kind { return contents.certificates }
        if !contents.certificates.isEmpty { return contents.certificates }
        return [try Certificate(derEncoded: bytes)]
    }

    /// Loads every certificate in the file at `path` (PEM, DER, PKCS#7; read by
    /// ``InputContents``). Throws ``ReadError/unreadableBlocks(path:blocks:)`` when any
    /// block could not be read, naming every one (position, PEM line, byte offset, reason),
    /// even when other blocks hold certificates: a file with two certificates, one damaged,
    /// never loads as one certificate. A PKCS#12 file needs its password: use
    /// ``load(_:password:)``. To keep the readable certificates of a damaged file, use
    /// ``contents(of:password:fileName:)``.
    public static func load(_ path: String) throws(ReadError) -> [Certificate] {
        try load(path, password: nil)
    }

    /// ``load(_:)`` with the password of a PKCS#12 file.
    public static func load(_ path: String, password: String?) throws(ReadError) -> [Certificate] {
        let contents = Self.contents(of: try readBytes(path), password: password, fileName: RawPath.display(path))
        if !contents.unreadable.isEmpty { throw .unreadableBlocks(path: RawPath.display(path), blocks: contents.unreadable) }
        if contents.certificates.isEmpty {
            throw .unexpectedContents(path: RawPath.display(path), expected: "a certificate", found: contents.input.summary, hint: nil)
        }
        return contents.certificates
    }

    /// The contents of a regular file (symbolic links followed; FIFOs, sockets and devices
    /// refused without blocking: see ``RegularFile``).
    static func readBytes(_ path: String) throws(ReadError) -> [UInt8] {
        do {
            return try RegularFile.read(path, maximumSize: maximumSize)
        } catch {
            throw .unreadable(path: RawPath.display(path), reason: error.reason)
        }
    }

    /// True when `path` names a directory.
    static func isDirectory(_ path: String) -> Bool { RegularFile.isDirectory(path) }

    /// True when `path` names something that exists.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The names in a directory (no `.` and `..`, names that are not UTF-8 kept as
    /// ``RawPath`` strings), sorted so that loading is deterministic.
    static func directoryEntries(_ path: String) -> [String]? { RegularFile.directoryEntries(path) }
}
