/// The stable code of every problem the diagnosis names. The raw value is the code a
/// program matches on (in `--json` output and in scripts); it never changes once released.
/// The README has one table with every code, its meaning and an example.
public enum FindingCode: String, CaseIterable, Sendable, Hashable, Codable {
    // Input: what the files are and whether they can be read.
    case fileNotFound = "file-not-found"
    case fileUnreadable = "file-unreadable"
    case emptyInput = "empty-input"
    case formatDER = "format-der"
    case formatPKCS12 = "format-pkcs12"
    case formatPKCS7 = "format-pkcs7"
    case formatUnknown = "format-unknown"
    case pemBadBase64 = "pem-bad-base64"
    case pemMissingEnd = "pem-missing-end"
    case pemLabelMismatch = "pem-label-mismatch"
    case pemCRLF = "pem-crlf"
    case pemTrailingGarbage = "pem-trailing-garbage"
    case pemBOM = "pem-bom"
    case pemMissingLineBreak = "pem-missing-line-break"
    case csrNotCertificate = "csr-not-certificate"
    case certKeySwapped = "cert-key-swapped"
    case tfServingFilePaths = "tf-serving-file-paths"
    case derMalformed = "der-malformed"
    case keyEncrypted = "key-encrypted"
    case wrongPassword = "wrong-password"
    case keyWorldReadable = "key-world-readable"
    // Kubernetes Secrets. [kubernetes]
    case k8sBadBase64 = "k8s-bad-base64"
    case k8sMissingField = "k8s-missing-field"
    case k8sWrongType = "k8s-wrong-type"
    case caCrtUnrelated = "ca-crt-unrelated"

    // Time.
    case expired = "expired"
    case notYetValid = "not-yet-valid"
    case expiresSoon = "expires-soon"
    case clockSkewSuspected = "clock-skew-suspected"
    case intermediateExpiresBeforeLeaf = "intermediate-expires-before-leaf"

    // Chain.
    case wrongOrder = "wrong-order"
    case missingIntermediate = "missing-intermediate"
    case rootIncluded = "root-included"
    case duplicateCertificate = "duplicate-certificate"
    case unrelatedCertificate = "unrelated-certificate"
    case untrustedRoot = "untrusted-root"
    case untrustedElsewhere = "untrusted-elsewhere"
    case selfSignedLeaf = "self-signed-leaf"
    case badSignature = "bad-signature"
    case issuerNotCA = "issuer-not-ca"
    case pathLengthExceeded = "path-length-exceeded"
    case nameConstraintsViolated = "name-constraints-violated"
    case policyRequired = "policy-required"
    case expiredCrossSign = "expired-cross-sign"
    case noPath = "no-path"

    // Name.
    case nameMismatch = "name-mismatch"
    case nameOnlyInCN = "name-only-in-cn"
    case wildcardTooDeep = "wildcard-too-deep"
    case ipInDNSSAN = "ip-in-dns-san"
    case cnNotInSAN = "cn-not-in-san"

    // Key and usage.
    case keyMismatch = "key-mismatch"
    case caCertAsLeaf = "ca-cert-as-leaf"
    case weakKey = "weak-key"
    case weakSignature = "weak-signature"
    case missingServerAuth = "missing-server-auth"
    case missingKeyUsage = "missing-key-usage"
    case unknownCriticalExtension = "unknown-critical-extension"
}
