#!/usr/bin/env bash
# Java keystores as the JDK's keytool writes them (Debian's openjdk-17-jre-headless
# package provides keytool), for the JKS/JCEKS readers and x509dump show/pem/diagnose.
# Certificates by openssl with fixed dates and serials (valid on 2026-06-01), P-256 keys
# made fresh each run. keytool's output is not byte-reproducible (entry timestamps, key
# protection salts), so the files are committed with this script. Files in
# TestVectors/keystores/:
#   root.pem, intermediate.pem, leaf.pem, leaf.key   the chain www.example.com is served with
#   other.pem, other.key                             an unrelated self-signed certificate
#   server.jks      JKS: alias "server" (PrivateKeyEntry: leaf.key with leaf, intermediate,
#                   root) and alias "root-ca" (trustedCertEntry: root)
#   server.jceks    the same store as JCEKS (keys under PBEWithMD5AndTripleDES)
#   server.p12      the same store as keytool's PKCS#12 (-storetype PKCS12)
#   truststore.jks  JKS with trustedCertEntry "root-ca" only (what a Java client trusts)
#   server-truncated.jks   server.jks cut to 300 bytes
#   server-flipped.jks     server.jks with one byte of the leaf certificate's signature
#                          changed: it parses, the integrity digest fails
#   server-badkeypass.jks  alias "server" whose key password differs from the store password
#   rsa-unicode.jks alias "rsa-client": an RSA 2048 key and its self-signed certificate
#                   (rsa.pem), store and key password "пароль-ключ" (non-ASCII: JKS hashes
#                   the password as UTF-16BE)
#   password.txt    the store (and key) password, "changeit"
#   wrong-password.txt     another password, "not-the-password"
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
out="$gen/../keystores"
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
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
} > "$work/ca.cnf"

key root; csr root "/O=Example Keystore/CN=Example Keystore Root CA"; sign root root root 7001 20250101000000Z 20400101000000Z
key intermediate; csr intermediate "/O=Example Keystore/CN=Example Keystore Issuing CA"; sign intermediate root intermediate 7101 20250101000000Z 20350101000000Z
key leaf; csr leaf "/CN=www.example.com"; sign leaf intermediate leaf 7201 20260101000000Z 20270101000000Z
key other; csr other "/CN=other.example.net"; sign other other leaf 7301 20260101000000Z 20270101000000Z
for name in root intermediate leaf other; do openssl x509 -in "$work/$name.pem" -out "$name.pem"; done
cp "$work/leaf.key" leaf.key
cp "$work/other.key" other.key

PASS=changeit
echo "$PASS" > password.txt
echo not-the-password > wrong-password.txt

# A PKCS#12 with the key and chain under alias "server", imported into each store type.
openssl pkcs12 -export -inkey leaf.key -in leaf.pem -certfile <(cat intermediate.pem root.pem) \
    -name server -passout "pass:$PASS" -out "$work/server-openssl.p12"
store() { # TYPE SOURCE.p12 OUT
    keytool -importkeystore -noprompt -srckeystore "$2" -srcstoretype PKCS12 -srcstorepass "$PASS" \
        -destkeystore "$3" -deststoretype "$1" -deststorepass "$PASS" -destkeypass "$PASS" >/dev/null 2>&1
}
trust() { # TYPE OUT
    keytool -importcert -noprompt -alias root-ca -file root.pem -keystore "$2" -storetype "$1" -storepass "$PASS" >/dev/null 2>&1
}
store JKS "$work/server-openssl.p12" server.jks; trust JKS server.jks
store JCEKS "$work/server-openssl.p12" server.jceks; trust JCEKS server.jceks
store PKCS12 "$work/server-openssl.p12" server.p12; trust PKCS12 server.p12
trust JKS truststore.jks
keytool -importkeystore -noprompt -srckeystore "$work/server-openssl.p12" -srcstoretype PKCS12 -srcstorepass "$PASS" \
    -destkeystore server-badkeypass.jks -deststoretype JKS -deststorepass "$PASS" -destkeypass other-key-pass >/dev/null 2>&1

# RSA, with a non-ASCII password.
UPASS="пароль-ключ"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/rsa.key" 2>/dev/null
csr rsa "/CN=rsa-client.example.com"; sign rsa rsa leaf 7401 20260101000000Z 20270101000000Z
openssl x509 -in "$work/rsa.pem" -out rsa.pem
openssl pkcs12 -export -inkey "$work/rsa.key" -in rsa.pem -name rsa-client -passout "pass:$PASS" -out "$work/rsa.p12"
# (OpenSSL and Java encode a non-ASCII PKCS#12 password differently: the source stays ASCII.)
keytool -importkeystore -noprompt -srckeystore "$work/rsa.p12" -srcstoretype PKCS12 -srcstorepass "$PASS" \
    -destkeystore rsa-unicode.jks -deststoretype JKS -deststorepass "$UPASS" -destkeypass "$UPASS" >/dev/null 2>&1

head -c 300 server.jks > server-truncated.jks
# Flip the last byte of the leaf certificate (inside its signature value): the store
# still parses, the certificate still parses, the keystore digest no longer matches.
python3 - <<'PY'
data = bytearray(open("server.jks", "rb").read())
leaf = open("leaf.pem").read().split("-----")[2]
import base64
der = base64.b64decode("".join(leaf.split()))
at = data.find(der)
assert at > 0, "leaf certificate not found in server.jks"
data[at + len(der) - 1] ^= 0x01
open("server-flipped.jks", "wb").write(bytes(data))
PY
