#!/usr/bin/env bash
# Inputs for x509dump's trust store choice (SSL_CERT_FILE, SSL_CERT_DIR, --ca), its
# comparison with other clients' stores ("works in the browser, fails in code") and
# diagnose's passwords. P-256 keys made fresh each run, fixed dates and serials; everything
# valid on 2026-06-01. Files in TestVectors/client-trust/:
#   corp-root.pem           "Example Corp Root CA": a private root, as a company installs it
#                           in the system store with update-ca-certificates
#   public-root.pem         "Example Public Root CA": stands for the public roots
#   intermediate.pem        "Example Corp Issuing CA", issued by corp-root
#   leaf.pem, leaf.key      www.example.com, issued by the intermediate, and its key (PKCS#8)
#   chain.pem               leaf.pem + intermediate.pem, as a server serves them
#   other.key               an unrelated P-256 key (for a key that matches no certificate)
#   system-store.pem        public-root + corp-root: the system bundle after the install
#   public-only.pem         public-root only: a bundle without the private root
#   venv/lib/python3.11/site-packages/certifi/cacert.pem
#                           public-root only: certifi's bundle of a virtual environment
#                           (VIRTUAL_ENV=.../venv), which never sees the system store
#   cert-dir/HASH.0         corp-root under its OpenSSL subject hash (an SSL_CERT_DIR)
#   leaf-pkcs8-enc.pem      leaf.key as PKCS#8 PBES2 AES-256-CBC, password in password.txt
#   leaf-legacy-enc.pem     leaf.key as SEC 1 with OpenSSL's legacy PEM encryption (AES-128)
#   other-pkcs8-enc.pem     other.key encrypted like leaf-pkcs8-enc.pem
#   server.p12              leaf, intermediate and leaf.key (openssl pkcs12 -export, same password)
#   server-altered.p12      server.p12 with one byte of its MAC changed: the password still
#                           opens it, its integrity check fails (a damaged file, not a wrong password)
#   password.txt            the password, "correct-horse" (one line)
#   wrong-password.txt      another password, "battery-staple"
# and the scenarios wrong-password and untrusted-elsewhere in TestVectors/scenarios/ (below).
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
out="$gen/../client-trust"
rm -rf "$out"
mkdir -p "$out"
cd "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:www.example.com, DNS:example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
} > "$work/ca.cnf"

key corp-root; csr corp-root "/O=Example Corp/CN=Example Corp Root CA"; sign corp-root corp-root root 6001 20250101000000Z 20400101000000Z
key public-root; csr public-root "/O=Example Public Trust/CN=Example Public Root CA"; sign public-root public-root root 6002 20250101000000Z 20400101000000Z
key intermediate; csr intermediate "/O=Example Corp/CN=Example Corp Issuing CA"; sign intermediate corp-root intermediate 6101 20250101000000Z 20350101000000Z
key leaf; csr leaf "/CN=www.example.com"; sign leaf intermediate leaf 6201 20260101000000Z 20270101000000Z
key other

for name in corp-root public-root intermediate leaf; do
    openssl x509 -in "$work/$name.pem" -out "$name.pem"
done
cp "$work/leaf.key" leaf.key
cp "$work/other.key" other.key
cat leaf.pem intermediate.pem > chain.pem
cat public-root.pem corp-root.pem > system-store.pem
cp public-root.pem public-only.pem
mkdir -p venv/lib/python3.11/site-packages/certifi cert-dir
cp public-root.pem venv/lib/python3.11/site-packages/certifi/cacert.pem
cp corp-root.pem "cert-dir/$(openssl x509 -in corp-root.pem -noout -hash).0"

PASS=correct-horse
echo "$PASS" > password.txt
echo battery-staple > wrong-password.txt
openssl pkcs8 -topk8 -v2 aes-256-cbc -passout "pass:$PASS" -in leaf.key -out leaf-pkcs8-enc.pem
openssl pkcs8 -topk8 -v2 aes-256-cbc -passout "pass:$PASS" -in other.key -out other-pkcs8-enc.pem
openssl ec -in leaf.key -aes128 -passout "pass:$PASS" -out leaf-legacy-enc.pem 2>/dev/null
openssl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile intermediate.pem -passout "pass:$PASS" -out server.p12
# The MAC digest sits just before the salt and iteration count that end the file
# (OCTET STRING of 32 bytes, OCTET STRING of 8 bytes, INTEGER 2048): flip its last byte.
python3 - <<'PY'
data = bytearray(open("server.p12", "rb").read())
assert data[-14:-12] == b"\x04\x08" and data[-4:] == b"\x02\x02\x08\x00", "unexpected MacData layout"
data[-15] ^= 0x01
open("server-altered.p12", "wb").write(bytes(data))
PY

# Two diagnosis scenarios (the format of 40-scenarios.sh, which this part runs after; an
# "env" object gives environment variables whose values are paths in the folder):
#   wrong-password        an encrypted key and a password file with another password
#   untrusted-elsewhere   no --ca: SSL_CERT_FILE names the system store, which holds the
#                         private root, while the virtual environment's certifi does not
scenarios="$gen/../scenarios"
AT="2026-06-01T12:00:00Z"
dir="$scenarios/wrong-password"
rm -rf "$dir"; mkdir -p "$dir"
cp chain.pem "$dir/chain.pem"; cp leaf-pkcs8-enc.pem "$dir/key.pem"; cp corp-root.pem "$dir/root.pem"
cp wrong-password.txt "$dir/password.txt"
cat > "$dir/expected.json" <<JSON
{"description": "an encrypted key and the wrong password: told apart from a damaged file, nothing else guessed",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--password-file", "password.txt", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "wrong-password", "severity": "error", "certificate": null}],
 "fixedChain": ["CN=www.example.com", "O=Example Corp,CN=Example Corp Issuing CA"]}
JSON
dir="$scenarios/untrusted-elsewhere"
rm -rf "$dir"; mkdir -p "$dir"
cp chain.pem "$dir/chain.pem"; cp leaf.key "$dir/key.pem"; cp system-store.pem "$dir/system-store.pem"
cp -r venv "$dir/venv"
cat > "$dir/expected.json" <<JSON
{"description": "a private root installed in the system store (curl trusts the chain) but not in certifi's bundle (Python requests fails)",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--host", "www.example.com", "--at", "$AT"],
 "env": {"SSL_CERT_FILE": "system-store.pem", "SSL_CERT_DIR": "", "VIRTUAL_ENV": "venv", "REQUESTS_CA_BUNDLE": "", "CURL_CA_BUNDLE": "", "NODE_EXTRA_CA_CERTS": ""},
 "exit": 0,
 "findings": [{"code": "untrusted-elsewhere", "severity": "warning", "certificate": 0}],
 "fixedChain": ["CN=www.example.com", "O=Example Corp,CN=Example Corp Issuing CA"]}
JSON
