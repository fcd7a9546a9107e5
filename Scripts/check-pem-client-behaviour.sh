#!/usr/bin/env bash
# Re-checks what real PEM readers do with the two messy inputs whose severity `diagnose`
# states by client (pem-bom, pem-missing-line-break), on this machine:
#   - OpenSSL (the openssl CLI, and Python's ssl module on the same library),
#   - Java (CertificateFactory, as keytool and JSSE key stores read PEM), if java is present,
#   - OpenSSL 1.1.1 through a Python venv whose cryptography wheel bundles it, if given:
#     PYTHON111=/path/to/venv/bin/python (e.g. pip install cryptography==36.0.2, which
#     bundles OpenSSL 1.1.1n).
# Go is not run here: encoding/pem.Decode only accepts "-----BEGIN " at the very start of
# the input or after "\n", so a byte order mark hides the first block (read from its source).
# Prints one line per reader and input. Not part of CI; the results are quoted in
# Sources/PureX509/Diagnosis/SourceReader.swift and README.md.
set -uo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
for name in a b; do
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$name.key" -out "$name.pem" \
        -subj "/CN=$name" -days 10 2>/dev/null
done
{ printf '\357\273\277'; cat a.pem b.pem; } > bom.pem
{ head -c -1 a.pem; cat b.pem; } > joined.pem

for input in bom joined; do
    if subject=$(openssl x509 -in "$input.pem" -noout -subject 2>/dev/null); then
        echo "$input: openssl $(openssl version | cut -d' ' -f2): reads the first certificate ($subject)"
    else
        echo "$input: openssl $(openssl version | cut -d' ' -f2): cannot read the file"
    fi
    python3 - "$input" <<'PY'
import ssl, sys
name = sys.argv[1]
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
try:
    context.load_cert_chain(name + ".pem", "a.key")
    print(f"{name}: python ssl ({ssl.OPENSSL_VERSION}): load_cert_chain works (leaf a read)")
except Exception as error:
    print(f"{name}: python ssl ({ssl.OPENSSL_VERSION}): load_cert_chain fails: {error}")
PY
    if [ -n "${PYTHON111:-}" ]; then
        "$PYTHON111" - "$input" <<'PY'
import sys
from cryptography import x509
from cryptography.hazmat.backends.openssl.backend import backend
name = sys.argv[1]
try:
    certificate = x509.load_pem_x509_certificate(open(name + ".pem", "rb").read())
    print(f"{name}: {backend.openssl_version_text()}: reads the first certificate ({certificate.subject.rfc4514_string()})")
except Exception as error:
    print(f"{name}: {backend.openssl_version_text()}: cannot read: {error}")
PY
    fi
    if command -v java >/dev/null; then
        cat > Read.java <<'JAVA'
import java.io.FileInputStream;
import java.security.cert.CertificateFactory;
public class Read {
    public static void main(String[] args) throws Exception {
        try (var in = new FileInputStream(args[0])) {
            var certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            System.out.println(args[1] + ": java " + System.getProperty("java.version") + ": reads " + certificates.size() + " certificates");
        } catch (Exception error) {
            System.out.println(args[1] + ": java " + System.getProperty("java.version") + ": rejects the file: " + error.getMessage());
        }
    }
}
JAVA
        java Read.java "$input.pem" "$input" 2>/dev/null
    fi
done
