#!/usr/bin/env bash
# Legacy signature algorithms for `x509dump verify --allow-legacy` and the library's
# VerificationPolicy.allowLegacyAlgorithms (Tests/x509dumpTests/VerifyLegacyTests.swift,
# Tests/PureX509Tests/Verification/LegacyAlgorithmTests.swift): fixed dates and serials,
# valid on 2026-06-01.
#   dsa-root.pem           a self-signed DSA root (2048-bit p, 256-bit q), dsa-with-sha256
#   dsa-leaf.pem           www.example.com, a P-256 key, signed by dsa-root.pem with
#                          dsa-with-sha256
#   sha1-root.pem          a self-signed P-256 root
#   sha1-leaf.pem          www.example.com signed by sha1-root.pem with ecdsa-with-SHA1
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$(dirname "$0")/../verification/legacy"
cd "$(dirname "$0")/../verification/legacy"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
} > "$work/ca.cnf"

openssl genpkey -genparam -algorithm DSA -pkeyopt dsa_paramgen_bits:2048 -pkeyopt dsa_paramgen_q_bits:256 \
    -out "$work/dsa.params" 2>/dev/null
openssl genpkey -paramfile "$work/dsa.params" -out "$work/dsa-root.key" 2>/dev/null
csr dsa-root "/O=PureX509 Tests/CN=Legacy DSA Root"
sign dsa-root dsa-root root 9001 20250101000000Z 20400101000000Z
key dsa-leaf; csr dsa-leaf "/CN=www.example.com"
sign dsa-leaf dsa-root leaf 9002 20260101000000Z 20270101000000Z

key sha1-root; csr sha1-root "/O=PureX509 Tests/CN=Legacy SHA-1 Root"
sign sha1-root sha1-root root 9003 20250101000000Z 20400101000000Z
key sha1-leaf; csr sha1-leaf "/CN=www.example.com"
sed -i 's/^default_md = sha256$/default_md = sha1/' "$work/ca.cnf"
sign sha1-leaf sha1-root leaf 9004 20260101000000Z 20270101000000Z

for name in dsa-root dsa-leaf sha1-root sha1-leaf; do
    openssl x509 -in "$work/$name.pem" -out "$name.pem"
done
