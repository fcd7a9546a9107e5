#!/usr/bin/env bash
# A served chain that ends in a cross-signature which has itself expired (its issuer, the
# old root, expired earlier), for the expired-cross-sign finding's wording
# (Tests/PureX509Tests/Diagnosis/ExpiredCrossSignTests.swift): fixed dates and serials,
# checked at 2026-06-01.
#   fullchain.pem   leaf (www.example.com) <- "Cross Int" <- "New Root" cross-signed by
#                   "Old Root" (expired 2024-09-30)
#   leaf.key        the leaf's key
#   trust-store.pem "Old Root" (expired 2021-09-30) and "New Root"
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$(dirname "$0")/../verification/cross-sign"
cd "$(dirname "$0")/../verification/cross-sign"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[intermediate]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF
} > "$work/ca.cnf"

for name in old-root new-root intermediate leaf; do key "$name"; done
csr old-root "/CN=Old Root"
sign old-root old-root root 01 20000101000000Z 20210930000000Z
csr new-root "/CN=New Root"
sign new-root new-root root 02 20200101000000Z 20450101000000Z
# The cross-signature: New Root's name and key, issued by Old Root.
cp "$work/new-root.csr" "$work/cross.csr"
sign cross old-root intermediate 03 20200101000000Z 20240930000000Z
csr intermediate "/CN=Cross Int"
sign intermediate new-root intermediate 04 20200101000000Z 20300101000000Z
csr leaf "/CN=www.example.com"
sign leaf intermediate leaf 05 20260101000000Z 20270101000000Z

cat "$work/leaf.pem" "$work/intermediate.pem" "$work/cross.pem" > fullchain.pem
cat "$work/old-root.pem" "$work/new-root.pem" > trust-store.pem
cp "$work/leaf.key" leaf.key
