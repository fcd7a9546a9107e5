#!/usr/bin/env bash
# Revocation and damaged chain files for `x509dump verify` (Tests/x509dumpTests/
# VerifyRevocationTests.swift): fresh P-256 keys, fixed dates and serials; CRLs made by
# `openssl ca -gencrl` with fixed times (-crl_lastupdate/-crl_nextupdate). Valid on
# 2026-06-01.
#   root.pem, intermediate.pem, leaf.pem (www.example.com), leaf-revoked.pem (revoked)
#   intermediate.crl.pem   the intermediate's CRL: leaf-revoked.pem's serial, reason
#                          keyCompromise (its revocation date is the day the script ran:
#                          openssl ca cannot pin it)
#   root.crl.pem           the root's CRL: revokes nothing
#   chain-with-crl.pem     leaf-revoked.pem, intermediate.pem and intermediate.crl.pem in
#                          one file (CRLs travel beside chains)
#   chain-damaged-leaf.pem a damaged block first (a byte of base64 replaced), then
#                          leaf.pem and intermediate.pem: the valid leaf must not be promoted
#   chain-damaged-middle.pem  leaf.pem, a damaged block, intermediate.pem
#   untrusted-damaged.pem  a damaged block, then intermediate.pem
#   root-reject-server.pem root.pem as a TRUSTED CERTIFICATE rejected for serverAuth
#                          (`openssl x509 -addreject serverAuth`, as RHEL's
#                          ca-bundle.trust.crt carries distrust)
#   root-trust-client.pem  root.pem trusted for clientAuth only (-addtrust clientAuth)
#   root-trust-server.pem  root.pem trusted for serverAuth (-addtrust serverAuth -setalias)
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
cd "$(dirname "$0")/../verification/revocation"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[crl_ext]
authorityKeyIdentifier = keyid:always
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
# The CRL settings belong to the [local] CA section of the shared config head.
sed -i 's|^\[local\]$|[local]\ncrlnumber = $ENV::WORK/crlnumber\ncrl_extensions = crl_ext|' "$work/ca.cnf"

key root; csr root "/O=PureX509 Tests/CN=Revocation Root"
sign root root root 8001 20250101000000Z 20400101000000Z
key intermediate; csr intermediate "/O=PureX509 Tests/CN=Revocation Intermediate"
sign intermediate root intermediate 8002 20250101000000Z 20350101000000Z
key leaf; csr leaf "/CN=www.example.com"
sign leaf intermediate leaf 8003 20260101000000Z 20270101000000Z
cp "$work/leaf.pem" "$work/leaf-good.pem"
sign leaf intermediate leaf 8004 20260101000000Z 20270101000000Z
cp "$work/leaf.pem" "$work/leaf-revoked.pem"

# crl ISSUER [REVOKED_PEM]: $work/ISSUER.crl.pem with a fresh database.
crl() {
    : > "$work/index.txt"
    echo 01 > "$work/crlnumber"
    if [ $# -gt 1 ]; then
        openssl ca -batch -config "$work/ca.cnf" -keyfile "$work/$1.key" -cert "$work/$1.pem" \
            -revoke "$work/$2" -crl_reason keyCompromise 2>/dev/null
    fi
    openssl ca -batch -config "$work/ca.cnf" -keyfile "$work/$1.key" -cert "$work/$1.pem" -gencrl \
        -crl_lastupdate 20260101000000Z -crl_nextupdate 20270101000000Z \
        -out "$work/$1.crl.pem" 2>/dev/null
}
crl intermediate leaf-revoked.pem
crl root

openssl x509 -in "$work/root.pem" -out root.pem
openssl x509 -in "$work/intermediate.pem" -out intermediate.pem
openssl x509 -in "$work/leaf-good.pem" -out leaf.pem
openssl x509 -in "$work/leaf-revoked.pem" -out leaf-revoked.pem
openssl crl -in "$work/intermediate.crl.pem" -out intermediate.crl.pem
openssl crl -in "$work/root.crl.pem" -out root.crl.pem
cat leaf-revoked.pem intermediate.pem intermediate.crl.pem > chain-with-crl.pem

# damage FILE: the certificate with one base64 character of its 4th line replaced by '!'
# (what a bad paste does): the block stays a block, its contents cannot be read.
damage() { awk 'NR == 4 { $0 = "!" substr($0, 2) } { print }' "$1"; }
{ damage leaf.pem; cat leaf.pem intermediate.pem; } > chain-damaged-leaf.pem
{ cat leaf.pem; damage leaf-revoked.pem; cat intermediate.pem; } > chain-damaged-middle.pem
{ damage leaf-revoked.pem; cat intermediate.pem; } > untrusted-damaged.pem

# OpenSSL trust settings on the root.
openssl x509 -in root.pem -addreject serverAuth -trustout -out root-reject-server.pem
openssl x509 -in root.pem -addtrust clientAuth -trustout -out root-trust-client.pem
openssl x509 -in root.pem -addtrust serverAuth -setalias "Revocation Root" -trustout -out root-trust-server.pem
