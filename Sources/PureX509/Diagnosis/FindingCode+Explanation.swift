/// The long text of every finding code, the one source of `x509dump explain CODE` and of
/// the README's table of codes (Scripts/update-finding-codes.sh writes the table from
/// ``FindingExplanation/markdownTable``; a test checks that the README matches).
extension FindingCode {
    /// What the code means, which clients it breaks, how to fix it, and an example.
    public var explanation: FindingExplanation {
        switch self {
        case .fileNotFound:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A named file does not exist.",
                example: "`--cert /etc/nginx/fullchain.pem` after a renewal moved it",
                clients: "Every server: nginx, Apache and HAProxy refuse to start or reload (\"cannot load certificate\", \"No such file\"); clients then reach no TLS service at all.",
                fix: "Correct the path in the server configuration, or put the file back. After a renewal, point the server at the stable name (certbot: /etc/letsencrypt/live/NAME/fullchain.pem, a symlink) rather than at a dated copy.")
        case .fileUnreadable:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A named file exists but cannot be read (permissions, a directory).",
                example: "`--cert certs/` names a folder",
                clients: "Every server: it fails at start or reload when its user cannot open the file (nginx reads certificates as root at start, but a reload under another user or a container with other UIDs fails).",
                fix: "Make the file readable by the server's user (chown/chmod, or the SELinux label: restorecon), or name the file inside a directory rather than the directory.")
        case .emptyInput:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A file is empty or holds no certificate at all (also: a TF Serving config without `server_cert`/`server_key`).",
                example: "a 0-byte `fullchain.pem` left by a failed copy",
                clients: "Every server and client: there is nothing to present or trust; OpenSSL reports \"no start line\".",
                fix: "Copy the certificate chain (or key) into the file again; check the renewal hook or deployment step that wrote it, since a failed copy leaves a 0-byte file.")
        case .formatDER:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A binary DER certificate as the served certificate: nginx, Apache, HAProxy and TensorFlow Serving read PEM only and fail to start; one DER file cannot carry intermediates.",
                example: "`--cert leaf.der`",
                clients: "OpenSSL-based servers (nginx, Apache, HAProxy, Envoy, TensorFlow Serving) fail to start: they read PEM only. Java, IIS and Windows tools read DER.",
                fix: "Convert it: openssl x509 -inform DER -in cert.der -out cert.pem, then append the intermediates (a DER file holds one certificate).")
        case .formatPKCS12:
            return FindingExplanation(
                code: self, severity: "warning (error when password-protected)",
                meaning: "A PKCS#12 archive (`.p12`/`.pfx`) where servers read PEM; the fix gives the `openssl pkcs12` commands. An archive without a password is still diagnosed; one with a password cannot be.",
                example: "`--cert server.p12`",
                clients: "OpenSSL-based servers (nginx, Apache, HAProxy, Envoy, TensorFlow Serving) cannot read PKCS#12; Java servers, IIS and Windows can.",
                fix: "Extract PEM: openssl pkcs12 -in FILE.p12 -nokeys -out fullchain.pem and openssl pkcs12 -in FILE.p12 -nocerts -nodes -out privkey.pem (add -legacy for files made before OpenSSL 3), chmod 600 the key.")
        case .formatPKCS7:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "A PKCS#7 bundle (`.p7b`) where servers read PEM; the fix gives the `openssl pkcs7 -print_certs` command. Its certificates are still diagnosed.",
                example: "`--cert chain.p7b` from a Windows CA",
                clients: "OpenSSL-based servers read PEM certificates, not a PKCS#7 bundle; they fail to start or serve only what they can parse.",
                fix: "Convert it: openssl pkcs7 -in chain.p7b -print_certs -out chain.pem (add -inform DER for a binary file), then order it with x509dump fix-chain.")
        case .formatUnknown:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "Neither PEM, DER, PKCS#7, PKCS#12 nor a Java keystore (says what it looks like: an SSH key, an HTML error page, bare base64), a key file without a key, an invalid TF Serving config, or a Java truststore (no PrivateKeyEntry) given as the served keystore.",
                example: "a saved download that is a 404 page",
                clients: "Every server: the file is not a certificate in any form it reads (an HTML error page, an SSH key, a keystore where PEM is expected).",
                fix: "Find the real certificate file; x509dump show FILE says what the file is and, where there is one, the command that converts it.")
        case .pemBadBase64:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A character that is not base64, misplaced padding or a cut group inside a PEM block, with line and column; the other blocks are still read.",
                example: "`!` pasted into line 29",
                clients: "OpenSSL (nginx, Apache, HAProxy, curl, Python) stops at the broken block with \"bad base64 decode\"; Go and Java reject the file.",
                fix: "Download or copy the certificate again; do not edit PEM blocks by hand. The finding gives the line and column of the first bad character.")
        case .pemMissingEnd:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A block without its END line (truncated paste), or END/BEGIN lines that do not pair.",
                example: "the last block ends at the end of the file",
                clients: "Every PEM reader: OpenSSL reports \"bad end line\" or reads nothing from the block; the certificate is lost.",
                fix: "Paste the block again in full, from -----BEGIN to -----END with the same label.")
        case .pemLabelMismatch:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A block begins with one label and ends with another (two blocks spliced).",
                example: "`BEGIN CERTIFICATE` ... `END TRUSTED CERTIFICATE`",
                clients: "Every PEM reader rejects a block whose BEGIN and END labels differ.",
                fix: "Make the END label match the BEGIN label, or paste the block again from its source.")
        case .pemCRLF:
            return FindingExplanation(
                code: self, severity: "info (warning for bare CR)",
                meaning: "Windows (CR LF) line ends; bare CR line ends hide every block from many readers.",
                example: "a chain saved on Windows",
                clients: "Most servers accept CR LF; some tools, config templates and older readers do not. Bare CR line ends hide every block from OpenSSL, Go and Java.",
                fix: "Convert the line ends: dos2unix FILE (or sed -i 's/\\r$//' FILE); for bare CR: tr '\\r' '\\n'.")
        case .pemTrailingGarbage:
            return FindingExplanation(
                code: self, severity: "warning (info for saved `openssl s_client` output)",
                meaning: "Text after the last END line. OpenSSL, Python and Java skip it (tried); it often means a paste went wrong.",
                example: "`Bag Attributes` left from an export",
                clients: "OpenSSL, Python and Java skip text after the last block; upload forms, appliances and strict config validators refuse the file.",
                fix: "Delete everything after the last -----END line (x509dump pem FILE > clean.pem writes the certificates alone).")
        case .pemStrayBlock:
            return FindingExplanation(
                code: self, severity: "info",
                meaning: "A PEM block of a kind the file's role does not use (a CRL, a public key, a PKCS#12 or unknown label in a certificate or key file). OpenSSL-based servers look for their own labels and skip it, and so does the diagnosis.",
                example: "the `PUBLIC KEY` block `openssl x509 -pubkey` adds",
                clients: "nginx, Apache, HAProxy and curl (OpenSSL) skip blocks of other labels; a strict upload form or appliance may refuse the file.",
                fix: "Delete the block from the file, unless another program reads it from there (x509dump pem FILE > clean.pem writes the certificates alone).")
        case .pemBOM:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "A UTF-8 byte order mark before the first BEGIN line. OpenSSL 3 and 1.1.1 (so nginx, Apache, HAProxy, curl, Python) read it; Go's encoding/pem skips the first block and Java rejects the file (OpenSSL 3.0, 1.1.1n and Java 17 tried; Go from its source).",
                example: "a chain saved by Notepad",
                clients: "Go (Caddy, Traefik, Kubernetes components) skips the first block, so it serves the wrong certificate or none; Java rejects the whole file. OpenSSL reads it.",
                fix: "Remove the byte order mark: sed -i '1s/^\\xEF\\xBB\\xBF//' FILE, or save the file as UTF-8 without BOM.")
        case .pemMissingLineBreak:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "An END line runs into the next BEGIN on one line (`-----END CERTIFICATE----------BEGIN CERTIFICATE-----`): files joined with `cat`, the first without its final newline. OpenSSL 3 loads nothing from the file; both blocks are read and diagnosed, and `pem`/`fix-chain` write them apart.",
                example: "`cat cert.pem chain.pem > fullchain.pem`",
                clients: "OpenSSL 3 (nginx, Apache, HAProxy, curl, Python) loads nothing from the file; Java rejects it; OpenSSL 1.1.1 reads only the first certificate.",
                fix: "Put a line break between the END and BEGIN lines, or let x509dump fix-chain FILE --in-place write the file again; join files with awk 1 a.pem b.pem rather than cat.")
        case .csrNotCertificate:
            return FindingExplanation(
                code: self, severity: "error (warning beside certificates)",
                meaning: "A certificate signing request where a certificate belongs.",
                example: "`server.csr` installed as `ssl_certificate`",
                clients: "Every server: a CSR cannot be presented; alone it stops the server from starting (nginx: \"no start line\").",
                fix: "Send the CSR to the CA and install the certificate it returns with its intermediates; remove the CSR block from the chain file.")
        case .certKeySwapped:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "The certificate file holds only a key and the key file only certificates; said once, and the rest of the report reads them the right way round.",
                example: "`ssl_certificate privkey.pem; ssl_certificate_key fullchain.pem;`",
                clients: "Every server fails to start: it finds a key where it expects certificates and the other way round.",
                fix: "Swap the two paths in the configuration (nginx: ssl_certificate is the chain, ssl_certificate_key the key).")
        case .tfServingFilePaths:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A TensorFlow Serving config in the path style (`ssl_config { certificate_file: ... }`) TF Serving does not accept; the fix shows the inline `SSLConfig` form.",
                example: "a config copied from a blog post",
                clients: "TensorFlow Serving rejects the config (it takes the PEM text inline in SSLConfig, not file paths) and does not start.",
                fix: "Write the inline form: server_key, server_cert and custom_ca with the PEM contents, as the finding's fix shows.")
        case .derMalformed:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A block or file decodes but is not a valid certificate (or key), with field and byte offset.",
                example: "a certificate with a wrong length byte",
                clients: "Every client or server that parses the certificate rejects it; where the damage is in a key or keystore, the server does not start.",
                fix: "Get the file again from its source (the CA, a backup, the original export): a truncated download, text-mode FTP or an edit damaged it.")
        case .keyEncrypted:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "The private key needs a password at every server start; without `--password`/`--password-file`/`--password-env` its match to the certificate cannot be checked (the message names the options); with the right password it is checked like any other key.",
                example: "`-----BEGIN ENCRYPTED PRIVATE KEY-----`",
                clients: "Servers that cannot ask for a password (HAProxy, Envoy, TensorFlow Serving, unattended restarts of nginx and Apache) fail to start; with the password configured it works.",
                fix: "Configure the password (nginx: ssl_password_file), or store the key decrypted with mode 600: openssl pkey -in key.pem -out key-plain.pem.")
        case .wrongPassword:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "The password given does not open the encrypted key, the PKCS#12 archive, or the Java keystore or its key entry; told apart from a damaged file (a PKCS#12 that the password opens but whose MAC fails, or a keystore whose key the password opens but whose digest fails, is `der-malformed`).",
                example: "`--password-file` with last year's password",
                clients: "The server cannot open the key or archive with this password and fails to start (Java: \"Cannot recover key\" or \"keystore password was incorrect\").",
                fix: "Use the password the file was made with; for a Java keystore whose key has its own password, give that or make it the store's with keytool -keypasswd.")
        case .keyWorldReadable:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "The file holding the private key is readable by group or others.",
                example: "`privkey.pem` with mode 644",
                clients: "No client breaks; anyone with a local account can copy the key and impersonate the server.",
                fix: "chmod 600 the key file (or 640 with a group only the server's user is in); if others may have copied it, replace the key and certificate.")
        case .k8sBadBase64:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A `data:` value of a Kubernetes Secret (or a kubeconfig `-data` field) is not valid base64, with its line and column; the field is not read.",
                example: "a PEM file pasted under `data:` instead of `stringData:`",
                clients: "The API server rejects the object (kubectl apply: \"illegal base64 data at input byte N\"), so the Secret is never created or updated and the Ingress keeps serving the old or default certificate.",
                fix: "Encode the file: base64 -w0 fullchain.pem, or put the PEM text under stringData:, or let kubectl build the Secret: kubectl create secret tls NAME --cert=fullchain.pem --key=privkey.pem.")
        case .k8sMissingField:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A `kubernetes.io/tls` Secret without `tls.crt` or without `tls.key`.",
                example: "a Secret written by hand with only the certificate",
                clients: "The API server refuses a kubernetes.io/tls Secret without both keys; Ingress controllers (ingress-nginx, Traefik) fall back to their default self-signed certificate.",
                fix: "Create the Secret with both: kubectl create secret tls NAME --cert=fullchain.pem --key=privkey.pem (or let cert-manager issue it).")
        case .k8sWrongType:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "A Secret holds `tls.crt`/`tls.key`/`ca.crt` but its type is not `kubernetes.io/tls` (usually `Opaque`); its fields are still read and diagnosed.",
                example: "`kubectl create secret generic` used for a certificate",
                clients: "Controllers that require the TLS type (cert-manager, some Ingress and Gateway implementations) ignore or reject the Secret; ingress-nginx accepts the fields but validation webhooks may not.",
                fix: "Delete it and create it again as a TLS Secret (the type of a Secret cannot be changed in place): kubectl create secret tls NAME --cert=fullchain.pem --key=privkey.pem.")
        case .caCrtUnrelated:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "The Secret's `ca.crt` issued none of the certificates in `tls.crt` and is none of them: it does not belong to this chain.",
                example: "`ca.crt` left from the previous issuer after a switch to another CA",
                clients: "Clients and sidecars that trust the Secret's ca.crt (mTLS between services, Linkerd/Istio, cert-manager's trust bundles) fail to verify the server: \"unknown authority\".",
                fix: "Put the CA that issued tls.crt into ca.crt (cert-manager rewrites it on the next renewal: kubectl cert-manager renew), or remove a stale ca.crt.")
        case .expired:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A certificate of the chain is past its notAfter (how long ago, and the date).",
                example: "the leaf expired on 2026-03-01",
                clients: "Every client: browsers show NET::ERR_CERT_DATE_INVALID, curl and OpenSSL \"certificate has expired\", Go \"x509: certificate has expired or is not yet valid\", Java \"CertificateExpiredException\".",
                fix: "Renew the certificate (certbot renew, or a new one from the CA) and reload the server; for an expired intermediate, install the current intermediate from the CA.")
        case .notYetValid:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A certificate of the chain starts more than a day from now.",
                example: "a certificate installed a month early",
                clients: "Every client rejects the certificate until its notBefore (\"certificate is not yet valid\").",
                fix: "Wait until the start date, or have the certificate reissued with the right validity; check the clocks of the machine that issued it.")
        case .expiresSoon:
            return FindingExplanation(
                code: self, severity: "warning (error only with `--error-days`)",
                meaning: "A certificate of the chain expires within 30 days (`--warn-days`); the message gives the exact time left. Clients still connect until then.",
                example: "the leaf expires in 4 days 6 hours 30 minutes",
                clients: "None yet: clients accept the certificate until it expires, then all of them fail.",
                fix: "Renew before the date (certbot renew; automate renewals and monitor them, for example with x509dump scan --warn-days 30).")
        case .clockSkewSuspected:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A certificate is not yet valid by less than a day: it was just issued and a clock is off.",
                example: "notBefore three hours ahead",
                clients: "Clients whose clock is behind the issuer's reject the fresh certificate as not yet valid, for up to the skew.",
                fix: "Check NTP on the issuing and the client machines; CAs backdate notBefore by an hour for this reason.")
        case .intermediateExpiresBeforeLeaf:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "An intermediate expires before the leaf it serves: the chain breaks on that day.",
                example: "intermediate until 2026-12-01, leaf until 2027-01-01",
                clients: "Every client fails on the day the intermediate expires, although the leaf is still valid.",
                fix: "Get the current intermediate from the CA and serve it instead before that day; reissue the leaf if the CA's new intermediate has a new key.")
        case .wrongOrder:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "The leaf is not served first, or an issuer comes before the certificate it issued; gives the right order.",
                example: "intermediate, then leaf",
                clients: "OpenSSL 1.0 and older, Java before 8u, some IoT and embedded clients fail; modern browsers and OpenSSL 3 reorder and succeed, which hides the problem.",
                fix: "Serve the leaf first, then each issuer after the certificate it issued: x509dump fix-chain FILE -o fullchain.pem writes that order.")
        case .missingIntermediate:
            return FindingExplanation(
                code: self, severity: "error (warning when only a trusted intermediate is missing)",
                meaning: "The served chain stops short of a trust anchor; names the certificate to append and where it was found (repair pool, trust store) or its AIA URL.",
                example: "only `cert.pem` served, not `fullchain.pem`",
                clients: "curl, Python, Go, Java, Android apps and Firefox fail with \"unable to get local issuer certificate\"; Chrome and Safari may work from cache or AIA fetching, which hides it.",
                fix: "Append the intermediate (the finding names it and where it was found): certbot's fullchain.pem rather than cert.pem, or x509dump fix-chain --repair-from DIR.")
        case .rootIncluded:
            return FindingExplanation(
                code: self, severity: "info",
                meaning: "The trusted root is served too (harmless, wasted bytes).",
                example: "leaf, intermediate, root",
                clients: "None: clients use their own copy of the root and ignore the served one.",
                fix: "Optional: remove the root from the chain file to save bytes in every handshake.")
        case .duplicateCertificate:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "The same certificate is served twice.",
                example: "the intermediate pasted twice",
                clients: "None in modern clients; some old clients and strict validators reject chains with repeats.",
                fix: "Remove the second copy (x509dump fix-chain writes each certificate once).")
        case .unrelatedCertificate:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "A served certificate is on no path from the leaf to a trust anchor (another site's certificate, an old intermediate).",
                example: "another host's certificate in the chain",
                clients: "Most clients ignore certificates off the path; some strict clients and old Java versions fail, and it shows the file was assembled by mistake.",
                fix: "Remove the certificate that is on no path to a trust anchor (x509dump fix-chain leaves it out).")
        case .untrustedRoot:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "The chain ends at a root (self-signed or a private CA) that is not among the trust anchors. The message adds which other trust stores on the machine trust it (the default store, certifi, `REQUESTS_CA_BUNDLE`, ...) and which client reads which store.",
                example: "a private CA root, not installed on clients",
                clients: "Every client that does not have the root in its store: browsers show NET::ERR_CERT_AUTHORITY_INVALID, curl and OpenSSL \"self-signed certificate in certificate chain\", Go \"x509: certificate signed by unknown authority\".",
                fix: "Use a certificate from a publicly trusted CA, or install the private root on every client (update-ca-certificates, Java cacerts, certifi for Python, NODE_EXTRA_CA_CERTS).")
        case .untrustedElsewhere:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "The default store trusts the chain, but a store another client uses does not (certifi's bundle for Python requests, `REQUESTS_CA_BUNDLE`, `CURL_CA_BUNDLE`): \"works in the browser, fails in code\".",
                example: "a private root installed with update-ca-certificates, not in certifi",
                clients: "Clients that use another store than the system's: Python requests (certifi), Node.js, Java (cacerts), containers with their own bundles: \"works in the browser, fails in code\".",
                fix: "Install the root in the stores those clients read (REQUESTS_CA_BUNDLE or certifi for Python, NODE_EXTRA_CA_CERTS, keytool -importcert into cacerts).")
        case .selfSignedLeaf:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "The leaf is self-signed and not trusted.",
                example: "`openssl req -x509` in production",
                clients: "Every client that does not trust this exact certificate rejects it (browsers, curl, Go, Java).",
                fix: "Use a certificate issued by a CA (Let's Encrypt for public names, a private CA for internal ones); keep self-signed certificates for tests and trust them explicitly there.")
        case .badSignature:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A signature does not verify with its issuer's key: an altered certificate, or another version of the issuer (different key).",
                example: "a byte of the leaf changed after signing",
                clients: "Every client rejects the chain (\"certificate signature failure\").",
                fix: "Get the certificate and its issuer again from the CA: the certificate was altered, or the served issuer is another version with a different key.")
        case .issuerNotCA:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A certificate was issued by one that is not a CA (basicConstraints).",
                example: "a leaf signed with another server's key",
                clients: "Every client rejects a certificate issued by a non-CA (\"invalid CA certificate\").",
                fix: "Have the certificate issued by a real CA certificate (basicConstraints CA:TRUE with keyCertSign).")
        case .pathLengthExceeded:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A CA's pathlen allows fewer CAs below it than the chain has.",
                example: "pathlen:0 CA above another CA",
                clients: "Every RFC 5280 client (OpenSSL, Go, Java, browsers) rejects the chain (\"path length constraint exceeded\").",
                fix: "Issue from a CA whose pathLenConstraint allows the depth, or shorten the chain.")
        case .nameConstraintsViolated:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A name of a certificate is outside what a CA above it may issue for.",
                example: "an example.org-only CA issued www.example.com",
                clients: "OpenSSL, Go, Java and browsers reject the certificate (\"permitted subtree violation\").",
                fix: "Issue the certificate from a CA whose name constraints permit the name, or change the names in the certificate.")
        case .policyRequired:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A CA requires an explicit certificate policy (policyConstraints) and a certificate below it asserts none the chain accepts (RFC 5280 6.1).",
                example: "a leaf without certificatePolicies under a CA with requireExplicitPolicy:0",
                clients: "Clients that process certificate policies (OpenSSL with policy checks, Java, NSS in some modes) reject the chain.",
                fix: "Issue the certificate with a policy the CA chain accepts (certificatePolicies), or from a CA without requireExplicitPolicy.")
        case .expiredCrossSign:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "A served cross-signature leads to an expired root while a valid path exists: old clients that follow the served chain fail (Let's Encrypt's DST Root CA X3 in 2021).",
                example: "leaf, R3, ISRG Root X1 signed by DST Root CA X3",
                clients: "Old clients that only follow the served chain (OpenSSL 1.0.x, old Android, old Java) fail on the expired root; current clients find the valid path.",
                fix: "Serve the chain to the current root (for Let's Encrypt: drop the DST Root CA X3 cross-sign), unless old Android clients need it.")
        case .noPath:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "No acceptable chain for any other reason; lists every path tried and why it failed.",
                example: "an intermediate that is a version 1 certificate",
                clients: "Every client fails: no chain to a trust anchor is acceptable (the finding lists every path tried and why it failed).",
                fix: "Fix the reason given for the most promising path (an expired or wrong intermediate, an untrusted root), or reissue the certificate.")
        case .nameMismatch:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "The host is not among the leaf's names; lists the names covered and the nearest.",
                example: "`--host ww.example.com` for www.example.com",
                clients: "Every client that checks the host name: browsers (NET::ERR_CERT_COMMON_NAME_INVALID), curl (\"no alternative certificate subject name matches\"), Go, Java, Python.",
                fix: "Reissue the certificate with the host in subjectAltName, or serve the right certificate for this name (nginx: server_name and SNI).")
        case .nameOnlyInCN:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "The host is only in the subject commonName, which clients ignore.",
                example: "a certificate without subjectAltName",
                clients: "Chrome (since 58), Firefox, Go (since 1.15), Python and curl on OpenSSL 1.1+ ignore the commonName and reject the certificate.",
                fix: "Reissue with the name in subjectAltName (openssl req -addext 'subjectAltName=DNS:NAME', or the CA's SAN field).")
        case .wildcardTooDeep:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A wildcard covers one label; the host is deeper.",
                example: "`*.example.com` for api.eu.example.com",
                clients: "Every client: a wildcard covers exactly one label (*.example.com does not match a.b.example.com).",
                fix: "Add the deeper name or its own wildcard (*.eu.example.com) to the certificate.")
        case .ipInDNSSAN:
            return FindingExplanation(
                code: self, severity: "error (warning when not the host)",
                meaning: "An IP address written as a DNS name, which never matches.",
                example: "`DNS:192.0.2.10` instead of `IP:192.0.2.10`",
                clients: "Every client: an IP address only matches an iPAddress SAN entry, never a DNS entry.",
                fix: "Reissue with IP:192.0.2.10 (subjectAltName = IP:...) instead of DNS:192.0.2.10.")
        case .cnNotInSAN:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "The leaf's commonName is not among its subjectAltName names. Clients ignore the CN when a SAN is present, so it verifies; the CA/B Forum BR 7.1.4.3 and linters require it.",
                example: "`CN=web01.internal` with `DNS:www.example.com`",
                clients: "None: clients use the SAN; linters and CA/B Forum rules flag it, and some inventory tools show the wrong name.",
                fix: "Reissue with the commonName also in subjectAltName, or without a commonName.")
        case .keyMismatch:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "The private key belongs to none of the served certificates (says which certificate it matches, if any).",
                example: "the key of last year's certificate",
                clients: "Every server fails to start (nginx: \"key values mismatch\", Apache \"private key does not match\", Java handshake failures).",
                fix: "Pair the certificate with the key made for its request (compare openssl x509 -noout -pubkey and openssl pkey -pubout), or reissue the certificate for the key you have.")
        case .caCertAsLeaf:
            return FindingExplanation(
                code: self, severity: "warning",
                meaning: "The server's own certificate is a CA certificate (CA:TRUE, `openssl req -x509`'s default). OpenSSL, curl, Python, Go and Chrome accept it where trusted directly; Firefox refuses it (MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY).",
                example: "a self-signed test certificate trusted with `--ca`",
                clients: "Firefox refuses it (MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY); OpenSSL, curl, Python, Go and Chrome accept it where it is trusted directly.",
                fix: "Issue the server certificate with basicConstraints CA:FALSE (openssl req -x509 -addext 'basicConstraints=critical,CA:FALSE'), from a separate test CA.")
        case .weakKey:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "RSA below 2048 bits, EC below 256 bits, or DSA.",
                example: "an RSA 1024 leaf",
                clients: "Current browsers, OpenSSL at security level 2 (Debian, RHEL defaults) and Java reject RSA keys below 2048 bits; DSA is gone from TLS clients.",
                fix: "Make a new key (RSA 2048 or more, or EC P-256) and have the certificate reissued.")
        case .weakSignature:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A certificate below the root is signed with SHA-1, MD5 or MD2.",
                example: "ECDSA-SHA1 leaf",
                clients: "Browsers, OpenSSL 3 at security level 1 and up, Go and Java reject SHA-1 and MD5 signatures below the root.",
                fix: "Have the certificate reissued with SHA-256 or better.")
        case .missingServerAuth:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "extendedKeyUsage without serverAuth, in the leaf or in a CA above it.",
                example: "a client certificate installed on a server",
                clients: "Every client that checks extended key usage (browsers, OpenSSL, Go, Java) rejects a server certificate without serverAuth.",
                fix: "Reissue with extendedKeyUsage serverAuth (and clientAuth too if it is also a client certificate).")
        case .missingKeyUsage:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "keyUsage without digitalSignature in the leaf, or without keyCertSign in a CA.",
                example: "an EC leaf with keyEncipherment only",
                clients: "Clients that enforce keyUsage (Go, NSS/Firefox, Java, OpenSSL for CAs) reject the certificate.",
                fix: "Reissue with keyUsage digitalSignature for the leaf (keyEncipherment for RSA key exchange) and keyCertSign for CAs.")
        case .unknownCriticalExtension:
            return FindingExplanation(
                code: self, severity: "error",
                meaning: "A critical extension clients do not know: RFC 5280 makes them reject it.",
                example: "a private critical OID in the leaf",
                clients: "Every RFC 5280 client rejects a certificate with a critical extension it does not know.",
                fix: "Reissue without the private extension, or with it marked non-critical.")
        }
    }
}
