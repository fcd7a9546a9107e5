#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PureX509ASN1

/// The certificates and keys of Kubernetes objects as `kubectl get -o yaml` or `-o json`
/// prints them (also manifests, several `---` documents, and `List`s): `kubernetes.io/tls`
/// Secrets (`tls.crt`, `tls.key`, and cert-manager's `ca.crt`; base64 under `data:`, plain
/// text under `stringData:`) and kubeconfigs (`client-certificate-data`, `client-key-data`
/// per user, `certificate-authority-data` per cluster).
///
/// Each field is read like a file of its own (``FileContents``: PEM, with its problems and
/// the PEM lines counted inside the field). The mistakes the Kubernetes API server or an
/// ingress controller would trip over are ``Problem``s with the line and column of the
/// YAML/JSON: bad base64, a TLS Secret without `tls.crt` or `tls.key`, a Secret of another
/// type, a syntax error. Parsing is our own small YAML and JSON readers: no dependency.
public struct KubernetesObjects: Sendable {
    /// One field holding PEM: where it is, and what it holds.
    public struct Field: Sendable {
        /// `tls.crt`, `client-certificate-data`, ...
        public let key: String
        /// True for `stringData:` (plain text), false for base64 under `data:` or a kubeconfig `-data` field.
        public let isPlainText: Bool
        /// The 1-based line of the value in the file.
        public let line: Int
        /// The 1-based column of the value on that line.
        public let column: Int
        /// What the field holds, read with the password given; nil when its base64 is bad.
        public let contents: FileContents?
        /// The decoded bytes, nil when the base64 is bad.
        public let bytes: [UInt8]?
    }

    /// A Secret, a kubeconfig user or a kubeconfig cluster.
    public struct Object: Sendable {
        /// What kind of object.
        public enum Kind: Sendable, Hashable {
            /// A Secret, with its `type` (`kubernetes.io/tls`, `Opaque`, ...; nil when absent).
            case secret(type: String?)
            /// A kubeconfig `users[]` entry.
            case kubeconfigUser
            /// A kubeconfig `clusters[]` entry.
            case kubeconfigCluster
        }

        /// A Secret (with its type) or a kubeconfig user or cluster entry.
        public let kind: Kind
        /// "default/web-tls" for a Secret (namespace/name), the entry's name in a kubeconfig.
        public let name: String
        /// The line the object starts at.
        public let line: Int
        /// Its PEM fields, in file order.
        public let fields: [Field]

        /// The field named `key`, if the object has it.
        public func field(_ key: String) -> Field? { fields.first { $0.key == key } }

        /// "Secret default/web-tls", "kubeconfig user admin", "kubeconfig cluster prod".
        public var title: String {
            switch kind {
            case .secret: return "Secret \(name)"
            case .kubeconfigUser: return "kubeconfig user \(name)"
            case .kubeconfigCluster: return "kubeconfig cluster \(name)"
            }
        }

        /// True for a Secret of type kubernetes.io/tls.
        public var isTLSSecret: Bool { kind == .secret(type: KubernetesObjects.tlsType) }
    }

    /// A mistake in the file, with where.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The kind of mistake; the Kubernetes finding codes (`k8s-bad-base64`,
        /// `k8s-missing-field`, `k8s-wrong-type`) come from these.
        public enum Kind: Sendable, Hashable {
            /// YAML or JSON that cannot be read.
            case syntax
            /// A `data:` value that is not base64.
            case badBase64
            /// A TLS Secret without `tls.crt` or `tls.key`.
            case missingField
            /// A Secret with TLS fields whose type is not `kubernetes.io/tls`.
            case wrongType
            /// A kubeconfig naming a file (`client-certificate: PATH`), not read here.
            case fileReference
            /// Nothing with certificates: a Secret of no TLS kind, another kind of object.
            case nothingToRead
        }

        /// What kind of mistake.
        public let kind: Kind
        /// The object it is about ("Secret default/web-tls"), nil for the whole file.
        public let object: String?
        /// What is wrong, for a person: "tls.key is missing".
        public let message: String
        /// The 1-based line of the YAML/JSON where the mistake is.
        public let line: Int
        /// The 1-based column on that line.
        public let column: Int

        /// "line 7, column 12: Secret default/web: ...".
        public var description: String {
            "line \(line), column \(column): " + (object.map { $0 + ": " } ?? "") + message
        }
    }

    /// "YAML" or "JSON".
    public let syntax: String
    /// The objects read, in file order.
    public let objects: [Object]
    /// The mistakes found, in file order.
    public let problems: [Problem]

    static let tlsType = "kubernetes.io/tls"
    /// The Secret fields read.
    public static let secretFields = ["tls.crt", "tls.key", "ca.crt"]
    /// The most objects read from one file (a List of every Secret of a cluster fits).
    public static let maximumObjects = 10_000

    /// Every certificate of every field, in file order.
    public var certificates: [Certificate] { objects.flatMap { $0.fields.flatMap { $0.contents?.allCertificates ?? [] } } }
    /// Every private key read, in file order.
    public var privateKeys: [PrivateKey] { objects.flatMap { $0.fields.flatMap { $0.contents?.allPrivateKeys ?? [] } } }

    /// What kind of Kubernetes file `bytes` look like ("Secret", "List", "Config"), from
    /// their top-level `kind:` and `apiVersion:`, or nil.
    public static func sniff(_ bytes: [UInt8]) -> String? {
        // Both forms need "apiVersion" before a colon (a YAML line) or a quote (a JSON
        // member): a byte search first, so that a certificate bundle is not split into lines
        // of text to find out.
        guard bytes.count <= 64 << 20, mentionsAPIVersion(bytes),
              let text = String(validating: bytes, as: UTF8.self) else { return nil }
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        let kinds = ["Secret", "SecretList", "List", "Config"]
        if trimmed.first == "{" {
            guard text.contains("\"apiVersion\"") else { return nil }
            for kind in kinds where text.contains("\"kind\": \"\(kind)\"") || text.contains("\"kind\":\"\(kind)\"") { return kind }
            return nil
        }
        var sawVersion = false
        var found: String?
        var topLevel: String?
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            if line.hasPrefix("apiVersion:") { sawVersion = true }
            // Indented too: a List's items, and a file whose top-level kind is mis-indented
            // (then read to say where).
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            if trimmed.hasPrefix("kind:") {
                let value = trimmed.dropFirst(5).trimmingSpacesAndQuotes
                if line.hasPrefix("kind:") { topLevel = value }
                if kinds.contains(value) { found = found ?? value }
            }
        }
        guard sawVersion else { return nil }
        if let topLevel { return kinds.contains(topLevel) ? topLevel : nil }
        return found
    }

    /// Whether `apiVersion:` or `apiVersion"` occurs in `bytes`: memchr to each colon and
    /// quote (rare in PEM and DER, unlike the letters of base64), then the ten bytes before.
    static func mentionsAPIVersion(_ bytes: [UInt8]) -> Bool {
        let key = Array("apiVersion".utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            for terminator in [UInt8(ascii: ":"), UInt8(ascii: "\"")] {
                var offset = key.count
                while offset < buffer.count {
                    guard let found = memchr(base + offset, Int32(terminator), buffer.count - offset) else { break }
                    let position = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
                    if memcmp(base + position - key.count, key, key.count) == 0 { return true }
                    offset = position + 1
                }
            }
            return false
        }
    }

    /// Reads `bytes`; `password` opens encrypted keys in the fields.
    public init(bytes: [UInt8], password: String? = nil) {
        var objects: [Object] = []
        var problems: [Problem] = []
        let text = String(decoding: bytes, as: UTF8.self)
        let isJSON = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }.first == "{"
        syntax = isJSON ? "JSON" : "YAML"
        do {
            let documents = isJSON ? [try JSONReader.read(text)] : try YAMLSubsetReader.documents(text)
            var reader = KubernetesObjectReader(password: password)
            for document in documents { reader.read(document) }
            objects = reader.objects
            problems = reader.problems
        } catch {
            problems.append(Problem(kind: .syntax, object: nil, message: "not valid \(isJSON ? "JSON" : "YAML"): \(error.message)",
                                    line: error.line, column: error.column))
        }
        if objects.isEmpty && problems.isEmpty {
            problems.append(Problem(kind: .nothingToRead, object: nil,
                                    message: "no Secret with tls.crt, tls.key or ca.crt and no kubeconfig user or cluster with certificate data",
                                    line: 1, column: 1))
        }
        self.objects = objects
        self.problems = problems
    }
}

private extension Substring {
    var trimmingSpacesAndQuotes: String {
        var text = self.drop { $0 == " " }
        while let last = text.last, last == " " || last == "\r" { text = text.dropLast() }
        if let first = text.first, first == "\"" || first == "'", text.count >= 2, text.last == first {
            text = text.dropFirst().dropLast()
        }
        return String(text)
    }
}
