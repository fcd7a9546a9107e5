#!/usr/bin/env bash
# A leaf whose commonName names a host its subjectAltName does not carry (BR 7.1.4.3),
# for the commonName tests in Tests/PureX509Tests/Verification; fresh P-256 keys, fixed
# dates and serials (openssl ca -startdate/-enddate, as in 50-verification.sh).
#   cn-root.pem            self-signed root CA
#   cn-not-in-san.pem      CN=other.example.net, SAN DNS:www.example.com, serverAuth and
#                          clientAuth; issued by cn-root; valid 2026-01-01 to 2027-01-01
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
cd "$(dirname "$0")/../verification"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
} > "$work/ca.cnf"

key root; csr root "/O=PureX509 Tests/CN=CommonName Test Root"
sign root root root 5001 20250101000000Z 20400101000000Z
key leaf; csr leaf "/CN=other.example.net"
sign leaf root leaf 5002 20260101000000Z 20270101000000Z
openssl x509 -in "$work/root.pem" -out cn-root.pem
openssl x509 -in "$work/leaf.pem" -out cn-not-in-san.pem
