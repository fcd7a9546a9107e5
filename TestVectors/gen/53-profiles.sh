#!/usr/bin/env bash
# Certificates made the way people make them, for the verification profiles (client,
# webPKI, rfc5280) in Tests/PureX509Tests/Verification/VerificationProfileTests.swift and
# Tests/x509dumpTests/VerifyCommandTests.swift. Fresh P-256 keys, fixed dates and serials
# (openssl ca -startdate/-enddate); everything valid on 2026-06-01.
#   req-x509-default.pem   what `openssl req -x509 -subj /CN=localhost -addext
#                          subjectAltName=DNS:localhost` makes with OpenSSL 3's default
#                          v3_ca section: critical CA:TRUE, SKI, AKI, no EKU; self-signed
#   lax-root.pem           a private root made with a minimal config, as OpenSSL 1.1 did:
#                          basicConstraints CA:TRUE not critical, no subjectKeyIdentifier
#   lax-leaf.pem           app.internal issued by lax-root: no extendedKeyUsage, no AKI,
#                          no keyUsage
#   root.pem               a root CA made by the book (critical CA:TRUE, SKI)
#   leaf-no-eku.pem        www.example.com issued by root.pem, SKI/AKI, no extendedKeyUsage
#   leaf-client-only.pem   www.example.com issued by root.pem, extendedKeyUsage clientAuth only
#   v1-root.pem, v1-leaf.pem   version 1 certificates without extensions, as
#                          `openssl x509 -req -signkey` and `-CA` still make them: a
#                          self-signed root and a leaf (CN=legacy.internal) it issued
#   intermediate-noncritical-pc.pem, leaf-under-pc.pem:
#                          an intermediate whose policyConstraints (requireExplicitPolicy:0)
#                          is not critical, and a leaf under it asserting a policy
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
cd "$(dirname "$0")/../verification/profiles"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[v3_ca_default]
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always,issuer
basicConstraints = critical,CA:true
subjectAltName = DNS:localhost
[lax_root]
basicConstraints = CA:TRUE
subjectKeyIdentifier = none
authorityKeyIdentifier = none
[lax_leaf]
subjectAltName = DNS:app.internal
subjectKeyIdentifier = none
authorityKeyIdentifier = none
[leaf_no_eku]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf_client_only]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[intermediate_pc]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
certificatePolicies = 1.3.6.1.4.1.55555.1
policyConstraints = requireExplicitPolicy:0
[leaf_pc]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
certificatePolicies = 1.3.6.1.4.1.55555.1
CNF
} > "$work/ca.cnf"

key selfsigned; csr selfsigned "/CN=localhost"
sign selfsigned selfsigned v3_ca_default 7001 20260101000000Z 20270101000000Z
key lax-root; csr lax-root "/CN=Lab Root"
sign lax-root lax-root lax_root 7002 20250101000000Z 20350101000000Z
key lax-leaf; csr lax-leaf "/CN=app.internal"
sign lax-leaf lax-root lax_leaf 7003 20260101000000Z 20270101000000Z
key root; csr root "/O=PureX509 Tests/CN=Profile Test Root"
sign root root root 7004 20250101000000Z 20400101000000Z
key leaf; csr leaf "/CN=www.example.com"
sign leaf root leaf_no_eku 7005 20260101000000Z 20270101000000Z
cp "$work/leaf.pem" "$work/leaf-no-eku.pem"
sign leaf root leaf_client_only 7006 20260101000000Z 20270101000000Z
cp "$work/leaf.pem" "$work/leaf-client-only.pem"
key intermediate; csr intermediate "/O=PureX509 Tests/CN=Policy Intermediate"
sign intermediate root intermediate_pc 7007 20250101000000Z 20350101000000Z
sign leaf intermediate leaf_pc 7008 20260101000000Z 20270101000000Z
cp "$work/leaf.pem" "$work/leaf-under-pc.pem"

# Version 1: `openssl ca` without an extensions section, like `openssl x509 -req`.
sign_v1() {
    : > "$work/index.txt"
    echo "$3" > "$work/serial"
    local issuer=(-selfsign)
    [ "$1" = "$2" ] || issuer=(-cert "$work/$2.pem")
    openssl ca -batch -config "$work/ca.cnf" -notext "${issuer[@]}" -keyfile "$work/$2.key" \
        -startdate "$4" -enddate "$5" -in "$work/$1.csr" -out "$work/$1.pem" 2>/dev/null
}
key v1-root; csr v1-root "/CN=Legacy Root"
sign_v1 v1-root v1-root 7009 20250101000000Z 20350101000000Z
key v1-leaf; csr v1-leaf "/CN=legacy.internal"
sign_v1 v1-leaf v1-root 7010 20260101000000Z 20270101000000Z

openssl x509 -in "$work/selfsigned.pem" -out req-x509-default.pem
openssl pkey -in "$work/selfsigned.key" -out req-x509-default.key
for name in lax-root lax-leaf root leaf-no-eku leaf-client-only leaf-under-pc v1-root v1-leaf; do
    openssl x509 -in "$work/$name.pem" -out "$name.pem"
done
openssl x509 -in "$work/intermediate.pem" -out intermediate-noncritical-pc.pem
