#!/usr/bin/env bash
# Certificates and keys for the live probe tests (Tests/PureX509ProbeTests and the
# x509dump probe tests), served by `openssl s_server` on 127.0.0.1. Fresh keys, fixed
# dates and serials (openssl ca -startdate/-enddate, see lib/openssl-ca.sh).
#   root.pem                 self-signed root CA (P-256), 2025-01-01 to 2040-01-01
#   intermediate.pem         CA issued by root (P-256), 2025-01-01 to 2035-01-01
#   rsa.pem/.key             leaf, RSA 2048, SAN DNS:probe.test, DNS:localhost, IP:127.0.0.1
#   p256.pem/.key            leaf, ECDSA P-256, same SANs
#   p384.pem/.key            leaf, ECDSA P-384, same SANs
#   ed25519.pem/.key         leaf, Ed25519, same SANs
#   other.pem/.key           leaf, ECDSA P-256, SAN DNS:other.test only (the SNI -cert2)
#   expired.pem/.key         leaf, ECDSA P-256, same SANs as rsa.pem, 2020-01-01 to 2021-01-01
#   p256.ocsp.der            a "good" OCSP response for p256.pem signed by the intermediate
#                            (served with s_server -status_file; its thisUpdate is the time
#                            the script ran, nextUpdate ten years later)
# Every leaf but expired is valid 2026-01-01 to 2030-01-01 and issued by intermediate.pem;
# the chain a server should send is LEAF.pem + intermediate.pem.
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$(dirname "$0")/../probe"
cd "$(dirname "$0")/../probe"
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
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:probe.test, DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[other]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:other.test
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
} > "$work/ca.cnf"

key root; csr root "/O=PureX509 Tests/CN=Probe Test Root"
sign root root root 6001 20250101000000Z 20400101000000Z
key intermediate; csr intermediate "/O=PureX509 Tests/CN=Probe Test Intermediate"
sign intermediate root intermediate 6002 20250101000000Z 20350101000000Z

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/rsa.key" 2>/dev/null
key p256
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out "$work/p384.key" 2>/dev/null
openssl genpkey -algorithm ED25519 -out "$work/ed25519.key" 2>/dev/null
key other
key expired
serial=6010
for name in rsa p256 p384 ed25519; do
    csr "$name" "/CN=probe.test"
    sign "$name" intermediate leaf "$serial" 20260101000000Z 20300101000000Z
    serial=$((serial + 1))
done
csr other "/CN=other.test"
sign other intermediate other 6020 20260101000000Z 20300101000000Z
csr expired "/CN=probe.test"
sign expired intermediate leaf 6021 20200101000000Z 20210101000000Z

# The OCSP response: an index with p256.pem (serial 6011) valid, a request without nonce.
printf 'V\t300101000000Z\t\t6011\tunknown\t/CN=probe.test\n' > "$work/ocsp-index.txt"
openssl ocsp -issuer "$work/intermediate.pem" -cert "$work/p256.pem" -no_nonce -reqout "$work/ocsp-request.der" 2>/dev/null
openssl ocsp -index "$work/ocsp-index.txt" -rsigner "$work/intermediate.pem" -rkey "$work/intermediate.key" \
    -CA "$work/intermediate.pem" -reqin "$work/ocsp-request.der" -respout p256.ocsp.der -ndays 3650 2>/dev/null

for name in root intermediate rsa p256 p384 ed25519 other expired; do
    openssl x509 -in "$work/$name.pem" -out "$name.pem"
done
for name in rsa p256 p384 ed25519 other expired; do
    cp "$work/$name.key" "$name.key"
done
