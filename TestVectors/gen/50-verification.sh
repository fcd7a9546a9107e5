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
