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
    /// What went wrong reading a file.
    public enum ReadError: Error, Hashable, Sendable, CustomStringConvertible {
        /// The file cannot be opened or read.
        case unreadable(path: String, reason: String)
        /// The file holds no certificate.
        case noCertificate(path: String)
        /// The file is DER but not a certificate.
        case malformed(path: String, reason: String)

        /// One line naming the file and the problem.
        public var description: String {
            switch self {
            case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
            case .noCertificate(let path): "\(path): no certificate found"
            case .malformed(let path, let reason): "\(path): \(reason)"
            }
        }
    }

    /// The largest file read (a full system bundle is about 250 KB): ``RegularFile/maximumSize``.
    static let maximumSize = RegularFile.maximumSize

    /// The certificates in `bytes`: PEM blocks when the text has any, else one DER
    /// certificate. Blocks that do not parse are skipped and counted in `skipped`.
    public static func certificates(in bytes: [UInt8], skipped: inout Int) throws(X509ParseError) -> [Certificate] {
        let marker = Array("-----BEGIN".utf8)
        let isPEM = bytes.count >= marker.count && (0...(bytes.count - marker.count)).contains { start in
            bytes[start] == marker[0] && bytes[start..<(start + marker.count)].elementsEqual(marker)
        }
        guard isPEM else { return [try Certificate(derEncoded: bytes)] }
        guard let document = try? PEMDocument(parsing: bytes) else { return [] }
        var result: [Certificate] = []
        for block in document.blocks {
            let label = "\(block.label)"
            guard label == "CERTIFICATE" || label == "TRUSTED CERTIFICATE" || label == "X509 CERTIFICATE" else { continue }
            var der = block.der
            if label == "TRUSTED CERTIFICATE" {
                // The certificate is followed by OpenSSL's trust settings: keep its own TLV.
                var reader = DERReader(der)
                guard let element = try? reader.readElement(.sequence) else { skipped += 1; continue }
                der = Array(der[element.fullRange])
            }
            if let certificate = try? Certificate(derEncoded: der) {
                result.append(certificate)
            } else {
                skipped += 1
            }
        }
        return result
    }

    /// Loads every certificate in the file at `path`.
    public static func load(_ path: String) throws(ReadError) -> [Certificate] {
        let bytes = try readBytes(path)
        var skipped = 0
        let certificates: [Certificate]
        do {
            certificates = try Self.certificates(in: bytes, skipped: &skipped)
        } catch {
            throw .malformed(path: path, reason: "\(error)")
        }
        if certificates.isEmpty { throw .noCertificate(path: path) }
        return certificates
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
