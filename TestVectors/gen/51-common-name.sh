#!/usr/bin/env bash
# A leaf whose commonName names a host its subjectAltName does not carry (BR 7.1.4.3),
# for the commonName tests in Tests/PureX509Tests/Verification; fresh P-256 keys, fixed
# dates and serials (openssl ca -startdate/-enddate, as in 50-verification.sh).
#   cn-root.pem            self-signed root CA
#   cn-not-in-san.pem      CN=other.example.net, SAN DNS:www.example.com, serverAuth and
#                          clientAuth; issued by cn-root; valid 2026-01-01 to 2027-01-01
set -euo pipefail
cd "$(dirname "$0")/../verification"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/ca.cnf" <<'CNF'
[ca]
default_ca = local
[local]
database = $ENV::WORK/index.txt
new_certs_dir = $ENV::WORK
serial = $ENV::WORK/serial
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
organizationName = optional
[root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:www.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
export WORK="$work"

key() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/$1.key" 2>/dev/null; }
csr() { openssl req -new -key "$work/$1.key" -subj "$2" -out "$work/$1.csr"; }
# sign NAME ISSUER EXTENSIONS SERIAL START END
sign() {
    : > "$work/index.txt"
    echo "$4" > "$work/serial"
    local selfsign=()
    [ "$1" = "$2" ] && selfsign=(-selfsign)
    openssl ca -batch -config "$work/ca.cnf" -notext "${selfsign[@]}" \
        -keyfile "$work/$2.key" $([ "$1" = "$2" ] || echo "-cert $work/$2.pem") \
        -extensions "$3" -startdate "$5" -enddate "$6" \
        -in "$work/$1.csr" -out "$work/$1.pem" 2>/dev/null
}

key root; csr root "/O=PureX509 Tests/CN=CommonName Test Root"
sign root root root 5001 20250101000000Z 20400101000000Z
key leaf; csr leaf "/CN=other.example.net"
sign leaf root leaf 5002 20260101000000Z 20270101000000Z
openssl x509 -in "$work/root.pem" -out cn-root.pem
openssl x509 -in "$work/leaf.pem" -out cn-not-in-san.pem
