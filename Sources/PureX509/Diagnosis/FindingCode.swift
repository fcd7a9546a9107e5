/// The stable code of every problem the diagnosis names. The raw value is the code a
/// program matches on (in `--json` output and in scripts); it never changes once released.
/// The README has one table with every code, its meaning and an example.
public enum FindingCode: String, CaseIterable, Sendable, Hashable, Codable {
    // Input: what the files are and whether they can be read.
    /// A named file does not exist. Severity: error. For example: `--cert /etc/nginx/fullchain.pem`
    /// after a renewal moved it.
    case fileNotFound = "file-not-found"
    /// A named file exists but cannot be read (permissions, a directory). Severity: error. For
    /// example: `--cert certs/` names a folder.
    case fileUnreadable = "file-unreadable"
    /// A file is empty or holds no certificate at all (also: a TF Serving config without
    /// `server_cert`/`server_key`). Severity: error. For example: a 0-byte `fullchain.pem` left by
    /// a failed copy.
    case emptyInput = "empty-input"
    /// A binary DER certificate as the served certificate: nginx, Apache, HAProxy and TensorFlow
    /// Serving read PEM only and fail to start; one DER file cannot carry intermediates. Severity:
    /// error. For example: `--cert leaf.der`.
    case formatDER = "format-der"
    /// A PKCS#12 archive (`.p12`/`.pfx`) where servers read PEM; the fix gives the `openssl pkcs12`
    /// commands. An archive without a password is still diagnosed; one with a password cannot be.
    /// Severity: warning (error when password-protected). For example: `--cert server.p12`.
    case formatPKCS12 = "format-pkcs12"
    /// A PKCS#7 bundle (`.p7b`) where servers read PEM; the fix gives the `openssl pkcs7
    /// -print_certs` command. Its certificates are still diagnosed. Severity: warning. For example:
    /// `--cert chain.p7b` from a Windows CA.
    case formatPKCS7 = "format-pkcs7"
    /// Neither PEM, DER, PKCS#7, PKCS#12 nor a Java keystore (says what it looks like: an SSH key,
    /// an HTML error page, bare base64), a key file without a key, an invalid TF Serving config, or
    /// a Java truststore (no PrivateKeyEntry) given as the served keystore. Severity: error. For
    /// example: a saved download that is a 404 page.
    case formatUnknown = "format-unknown"
    /// A character that is not base64, misplaced padding or a cut group inside a PEM block, with
    /// line and column; the other blocks are still read. Severity: error. For example: `!` pasted
    /// into line 29.
    case pemBadBase64 = "pem-bad-base64"
    /// A block without its END line (truncated paste), or END/BEGIN lines that do not pair.
    /// Severity: error. For example: the last block ends at the end of the file.
    case pemMissingEnd = "pem-missing-end"
    /// A block begins with one label and ends with another (two blocks spliced). Severity: error.
    /// For example: `BEGIN CERTIFICATE` ... `END TRUSTED CERTIFICATE`.
    case pemLabelMismatch = "pem-label-mismatch"
    /// Windows (CR LF) line ends; bare CR line ends hide every block from many readers. Severity:
    /// info (warning for bare CR). For example: a chain saved on Windows.
    case pemCRLF = "pem-crlf"
    /// Text after the last END line. OpenSSL, Python and Java skip it (tried); it often means a
    /// paste went wrong. Severity: warning (info for saved `openssl s_client` output). For example:
    /// `Bag Attributes` left from an export.
    case pemTrailingGarbage = "pem-trailing-garbage"
    /// A PEM block of a kind the file's role does not use (a CRL, a public key, a PKCS#12 or
    /// unknown label in a certificate or key file). OpenSSL-based servers look for their own
    /// labels and skip it, and so does the diagnosis. Severity: info. For example: the
    /// `PUBLIC KEY` block `openssl x509 -pubkey` adds.
    case pemStrayBlock = "pem-stray-block"
    /// A UTF-8 byte order mark before the first BEGIN line. OpenSSL 3 and 1.1.1 (so nginx, Apache,
    /// HAProxy, curl, Python) read it; Go's encoding/pem skips the first block and Java rejects the
    /// file (OpenSSL 3.0, 1.1.1n and Java 17 tried; Go from its source). Severity: warning. For
    /// example: a chain saved by Notepad.
    case pemBOM = "pem-bom"
    /// An END line runs into the next BEGIN on one line (`-----END CERTIFICATE----------BEGIN
    /// CERTIFICATE-----`): files joined with `cat`, the first without its final newline. OpenSSL 3
    /// loads nothing from the file; both blocks are read and diagnosed, and `pem`/`fix-chain` write
    /// them apart. Severity: error. For example: `cat cert.pem chain.pem > fullchain.pem`.
    case pemMissingLineBreak = "pem-missing-line-break"
    /// A certificate signing request where a certificate belongs. Severity: error (warning beside
    /// certificates). For example: `server.csr` installed as `ssl_certificate`.
    case csrNotCertificate = "csr-not-certificate"
    /// The certificate file holds only a key and the key file only certificates; said once, and the
    /// rest of the report reads them the right way round. Severity: error. For example:
    /// `ssl_certificate privkey.pem; ssl_certificate_key fullchain.pem;`.
    case certKeySwapped = "cert-key-swapped"
    /// A TensorFlow Serving config in the path style (`ssl_config { certificate_file: ... }`) TF
    /// Serving does not accept; the fix shows the inline `SSLConfig` form. Severity: error. For
    /// example: a config copied from a blog post.
    case tfServingFilePaths = "tf-serving-file-paths"
    /// A block or file decodes but is not a valid certificate (or key), with field and byte offset.
    /// Severity: error. For example: a certificate with a wrong length byte.
    case derMalformed = "der-malformed"
    /// The private key needs a password at every server start; without
    /// `--password`/`--password-file`/`--password-env` its match to the certificate cannot be
    /// checked (the message names the options); with the right password it is checked like any
    /// other key. Severity: warning. For example: `-----BEGIN ENCRYPTED PRIVATE KEY-----`.
    case keyEncrypted = "key-encrypted"
    /// The password given does not open the encrypted key, the PKCS#12 archive, or the Java
    /// keystore or its key entry; told apart from a damaged file (a PKCS#12 that the password opens
    /// but whose MAC fails, or a keystore whose key the password opens but whose digest fails, is
    /// `der-malformed`). Severity: error. For example: `--password-file` with last year's password.
    case wrongPassword = "wrong-password"
    /// The file holding the private key is readable by group or others. Severity: warning. For
    /// example: `privkey.pem` with mode 644.
    case keyWorldReadable = "key-world-readable"
    // Kubernetes Secrets. [kubernetes]
    /// A `data:` value of a Kubernetes Secret (or a kubeconfig `-data` field) is not valid base64,
    /// with its line and column; the field is not read. Severity: error. For example: a PEM file
    /// pasted under `data:` instead of `stringData:`.
    case k8sBadBase64 = "k8s-bad-base64"
    /// A `kubernetes.io/tls` Secret without `tls.crt` or without `tls.key`. Severity: error. For
    /// example: a Secret written by hand with only the certificate.
    case k8sMissingField = "k8s-missing-field"
    /// A Secret holds `tls.crt`/`tls.key`/`ca.crt` but its type is not `kubernetes.io/tls` (usually
    /// `Opaque`); its fields are still read and diagnosed. Severity: warning. For example: `kubectl
    /// create secret generic` used for a certificate.
    case k8sWrongType = "k8s-wrong-type"
    /// The Secret's `ca.crt` issued none of the certificates in `tls.crt` and is none of them: it
    /// does not belong to this chain. Severity: warning. For example: `ca.crt` left from the
    /// previous issuer after a switch to another CA.
    case caCrtUnrelated = "ca-crt-unrelated"

    // Time.
    /// A certificate of the chain is past its notAfter (how long ago, and the date). Severity:
    /// error. For example: the leaf expired on 2026-03-01.
    case expired = "expired"
    /// A certificate of the chain starts more than a day from now. Severity: error. For example: a
    /// certificate installed a month early.
    case notYetValid = "not-yet-valid"
    /// A certificate of the chain expires within 30 days (`--warn-days`); the message gives the
    /// exact time left. Clients still connect until then. Severity: warning (error only with
    /// `--error-days`). For example: the leaf expires in 4 days 6 hours 30 minutes.
    case expiresSoon = "expires-soon"
    /// A certificate is not yet valid by less than a day: it was just issued and a clock is off.
    /// Severity: error. For example: notBefore three hours ahead.
    case clockSkewSuspected = "clock-skew-suspected"
    /// An intermediate expires before the leaf it serves: the chain breaks on that day. Severity:
    /// warning. For example: intermediate until 2026-12-01, leaf until 2027-01-01.
    case intermediateExpiresBeforeLeaf = "intermediate-expires-before-leaf"

    // Chain.
    /// The leaf is not served first, or an issuer comes before the certificate it issued; gives the
    /// right order. Severity: error. For example: intermediate, then leaf.
    case wrongOrder = "wrong-order"
    /// The served chain stops short of a trust anchor; names the certificate to append and where it
    /// was found (repair pool, trust store) or its AIA URL. Severity: error (warning when only a
    /// trusted intermediate is missing). For example: only `cert.pem` served, not `fullchain.pem`.
    case missingIntermediate = "missing-intermediate"
    /// The trusted root is served too (harmless, wasted bytes). Severity: info. For example: leaf,
    /// intermediate, root.
    case rootIncluded = "root-included"
    /// The same certificate is served twice. Severity: warning. For example: the intermediate
    /// pasted twice.
    case duplicateCertificate = "duplicate-certificate"
    /// A served certificate is on no path from the leaf to a trust anchor (another site's
    /// certificate, an old intermediate). Severity: warning. For example: another host's
    /// certificate in the chain.
    case unrelatedCertificate = "unrelated-certificate"
    /// The chain ends at a root (self-signed or a private CA) that is not among the trust anchors.
    /// The message adds which other trust stores on the machine trust it (the default store,
    /// certifi, `REQUESTS_CA_BUNDLE`, ...) and which client reads which store. Severity: error. For
    /// example: a private CA root, not installed on clients.
    case untrustedRoot = "untrusted-root"
    /// The default store trusts the chain, but a store another client uses does not (certifi's
    /// bundle for Python requests, `REQUESTS_CA_BUNDLE`, `CURL_CA_BUNDLE`): "works in the browser,
    /// fails in code". Severity: warning. For example: a private root installed with
    /// update-ca-certificates, not in certifi.
    case untrustedElsewhere = "untrusted-elsewhere"
    /// The leaf is self-signed and not trusted. Severity: error. For example: `openssl req -x509`
    /// in production.
    case selfSignedLeaf = "self-signed-leaf"
    /// A signature does not verify with its issuer's key: an altered certificate, or another
    /// version of the issuer (different key). Severity: error. For example: a byte of the leaf
    /// changed after signing.
    case badSignature = "bad-signature"
    /// A certificate was issued by one that is not a CA (basicConstraints). Severity: error. For
    /// example: a leaf signed with another server's key.
    case issuerNotCA = "issuer-not-ca"
    /// A CA's pathlen allows fewer CAs below it than the chain has. Severity: error. For example:
    /// pathlen:0 CA above another CA.
    case pathLengthExceeded = "path-length-exceeded"
    /// A name of a certificate is outside what a CA above it may issue for. Severity: error. For
    /// example: an example.org-only CA issued www.example.com.
    case nameConstraintsViolated = "name-constraints-violated"
    /// A CA requires an explicit certificate policy (policyConstraints) and a certificate below it
    /// asserts none the chain accepts (RFC 5280 6.1). Severity: error. For example: a leaf without
    /// certificatePolicies under a CA with requireExplicitPolicy:0.
    case policyRequired = "policy-required"
    /// A served cross-signature leads to an expired root while a valid path exists: old clients
    /// that follow the served chain fail (Let's Encrypt's DST Root CA X3 in 2021). Severity:
    /// warning. For example: leaf, R3, ISRG Root X1 signed by DST Root CA X3.
    case expiredCrossSign = "expired-cross-sign"
    /// No acceptable chain for any other reason; lists every path tried and why it failed.
    /// Severity: error. For example: an intermediate that is a version 1 certificate.
    case noPath = "no-path"

    // Name.
    /// The host is not among the leaf's names; lists the names covered and the nearest. Severity:
    /// error. For example: `--host ww.example.com` for www.example.com.
    case nameMismatch = "name-mismatch"
    /// The host is only in the subject commonName, which clients ignore. Severity: error. For
    /// example: a certificate without subjectAltName.
    case nameOnlyInCN = "name-only-in-cn"
    /// A wildcard covers one label; the host is deeper. Severity: error. For example:
    /// `*.example.com` for api.eu.example.com.
    case wildcardTooDeep = "wildcard-too-deep"
    /// An IP address written as a DNS name, which never matches. Severity: error (warning when not
    /// the host). For example: `DNS:192.0.2.10` instead of `IP:192.0.2.10`.
    case ipInDNSSAN = "ip-in-dns-san"
    /// The leaf's commonName is not among its subjectAltName names. Clients ignore the CN when a
    /// SAN is present, so it verifies; the CA/B Forum BR 7.1.4.3 and linters require it. Severity:
    /// warning. For example: `CN=web01.internal` with `DNS:www.example.com`.
    case cnNotInSAN = "cn-not-in-san"

    // Key and usage.
    /// The private key belongs to none of the served certificates (says which certificate it
    /// matches, if any). Severity: error. For example: the key of last year's certificate.
    case keyMismatch = "key-mismatch"
    /// The server's own certificate is a CA certificate (CA:TRUE, `openssl req -x509`'s default).
    /// OpenSSL, curl, Python, Go and Chrome accept it where trusted directly; Firefox refuses it
    /// (MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY). Severity: warning. For example: a
    /// self-signed test certificate trusted with `--ca`.
    case caCertAsLeaf = "ca-cert-as-leaf"
    /// RSA below 2048 bits, EC below 256 bits, or DSA. Severity: error. For example: an RSA 1024
    /// leaf.
    case weakKey = "weak-key"
    /// A certificate below the root is signed with SHA-1, MD5 or MD2. Severity: error. For example:
    /// ECDSA-SHA1 leaf.
    case weakSignature = "weak-signature"
    /// extendedKeyUsage without serverAuth, in the leaf or in a CA above it. Severity: error. For
    /// example: a client certificate installed on a server.
    case missingServerAuth = "missing-server-auth"
    /// keyUsage without digitalSignature in the leaf, or without keyCertSign in a CA. Severity:
    /// error. For example: an EC leaf with keyEncipherment only.
    case missingKeyUsage = "missing-key-usage"
    /// A critical extension clients do not know: RFC 5280 makes them reject it. Severity: error.
    /// For example: a private critical OID in the leaf.
    case unknownCriticalExtension = "unknown-critical-extension"
}
