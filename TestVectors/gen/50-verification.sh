#!/usr/bin/env bash
# Chains for the verification tests (Tests/PureX509Tests/Verification): P-256 keys made
# fresh each run, fixed validity dates and serials (openssl ca -startdate/-enddate).
#   root.pem            self-signed root CA
#   intermediate.pem    CA issued by root (pathlen 0)
#   leaf.pem            www.example.com, *.example.org, 192.0.2.1; issued by intermediate
#   leaf-expired.pem    same names, expired in 2025
#   other-root.pem      an unrelated root
#   intermediate-cross.pem  the intermediate's subject and key, issued by other-root
#   chain.pem           leaf.pem + intermediate.pem
# (51-common-name.sh adds cn-root.pem and cn-not-in-san.pem beside these.)
# Everything valid on 2026-06-01 except leaf-expired.pem.
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
cd "$(dirname "$0")/../verification"
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
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:www.example.com, DNS:*.example.org, IP:192.0.2.1, email:admin@example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
} > "$work/ca.cnf"

key root; csr root "/O=PureX509 Tests/CN=Test Root"; sign root root root 1001 20250101000000Z 20400101000000Z
key other-root; csr other-root "/O=PureX509 Tests/CN=Other Root"; sign other-root other-root root 1002 20250101000000Z 20400101000000Z
key intermediate; csr intermediate "/O=PureX509 Tests/CN=Test Intermediate"; sign intermediate root intermediate 2001 20250101000000Z 20350101000000Z
cp "$work/intermediate.pem" "$work/intermediate-root.pem"
sign intermediate other-root intermediate 2002 20250101000000Z 20350101000000Z
cp "$work/intermediate.pem" "$work/intermediate-cross.pem"
cp "$work/intermediate-root.pem" "$work/intermediate.pem"
key leaf; csr leaf "/CN=www.example.com"; sign leaf intermediate leaf 3001 20260101000000Z 20270101000000Z
cp "$work/leaf.pem" "$work/leaf-good.pem"
sign leaf intermediate leaf 3002 20240101000000Z 20250101000000Z
cp "$work/leaf.pem" "$work/leaf-expired.pem"

for name in root other-root intermediate intermediate-cross leaf-expired; do
    openssl x509 -in "$work/$name.pem" -out "$name.pem"
done
openssl x509 -in "$work/leaf-good.pem" -out leaf.pem
cat leaf.pem intermediate.pem > chain.pem
