#!/usr/bin/env bash
# A small PKI for the certificate model's tests (OpenSSL 3.x CLI only), and the values
# `openssl x509` reports for each certificate, recorded for the differential tests.
#
# Output, under TestVectors/certs/:
#   keys/*.pem          private keys (made once, kept: re-running reuses them, so RSA and
#                       Ed25519 certificates come out byte-identical; ECDSA signatures differ)
#   *.pem / *.der       certificates, CSR, CRL
#   expected.txt        per certificate: subject/issuer (OpenSSL one-line and RFC 2253),
#                       serial, dates, SAN, key type/size, SHA-1/SHA-256 fingerprints
#   ca-bundle-expected.txt   the same for every certificate of the system CA bundle, keyed
#                       by SHA-256 fingerprint (tests compare what both bundles contain)
# Dates and serials are fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=certs
mkdir -p "$OUT/keys"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

key() {  # key NAME ALGORITHM-ARGS...
    local name=$1; shift
    [ -f "$OUT/keys/$name.pem" ] || openssl genpkey "$@" -out "$OUT/keys/$name.pem" 2>/dev/null
}
key root-rsa4096 -algorithm RSA -pkeyopt rsa_keygen_bits:4096
key inter-p384 -algorithm EC -pkeyopt ec_paramgen_curve:P-384
key leaf-rsa2048 -algorithm RSA -pkeyopt rsa_keygen_bits:2048
key leaf-p256 -algorithm EC -pkeyopt ec_paramgen_curve:P-256
key leaf-p521 -algorithm EC -pkeyopt ec_paramgen_curve:P-521
key leaf-ed25519 -algorithm ED25519
key csr-p256 -algorithm EC -pkeyopt ec_paramgen_curve:P-256

cat > "$WORK/ext.cnf" <<'CNF'
[root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[inter]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
extendedKeyUsage = serverAuth, clientAuth
certificatePolicies = @policy_cps, 2.23.140.1.2.2
nameConstraints = critical, @nc
crlDistributionPoints = URI:http://crl.example.test/root.crl
authorityInfoAccess = OCSP;URI:http://ocsp.example.test/, caIssuers;URI:http://ca.example.test/root.der
policyConstraints = requireExplicitPolicy:0, inhibitPolicyMapping:1
inhibitAnyPolicy = 0

[policy_cps]
policyIdentifier = 1.3.6.1.4.1.55555.1.1
CPS.1 = "https://cps.example.test/cps"
userNotice.1 = @notice

[notice]
explicitText = "Example explicit text"
organization = "Example Org"
noticeNumbers = 1, 2

[nc]
permitted;DNS.1 = example.test
permitted;DNS.2 = .example.org
permitted;email.1 = example.test
permitted;IP.1 = 192.0.2.0/255.255.255.0
permitted;IP.2 = 2001:db8::/ffff:ffff::
permitted;dirName.1 = nc_dn
excluded;DNS.1 = bad.example.test
excluded;URI.1 = .evil.test

[nc_dn]
C = US
O = Example

[leaf_rsa]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, OCSPSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid, issuer
subjectAltName = @san_all
issuerAltName = URI:http://issuer.example.test/, email:ca@example.test
crlDistributionPoints = crldp
authorityInfoAccess = OCSP;URI:http://ocsp.example.test/inter, caIssuers;URI:http://ca.example.test/inter.der
subjectInfoAccess = caRepository;URI:http://repo.example.test/
certificatePolicies = 2.23.140.1.2.1
tlsfeature = status_request
freshestCRL = URI:http://crl.example.test/delta.crl

[crldp]
fullname = URI:http://crl.example.test/inter.crl, URI:ldap://ldap.example.test/cn=inter
reasons = keyCompromise, CACompromise, superseded
CRLissuer = dirName:crl_issuer_dn

[crl_issuer_dn]
CN = CRL Issuer

[san_all]
DNS.1 = www.example.test
DNS.2 = *.api.example.test
IP.1 = 192.0.2.10
IP.2 = 2001:db8::1
IP.3 = ::ffff:192.0.2.1
email.1 = admin@example.test
URI.1 = https://www.example.test/path?q=1
dirName.1 = san_dn
RID.1 = 1.2.3.4.5
otherName.1 = msUPN;UTF8:user@example.test
otherName.2 = 1.3.6.1.5.5.7.8.9;UTF8:smtp@example.test

[san_dn]
C = DE
O = Example GmbH
CN = Directory Name

[leaf_ec]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
subjectAltName = DNS:ec.example.test, DNS:xn--bcher-kva.example.test
ct_precert_poison = critical, NULL

[leaf_ed]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectAltName = email:ed@example.test
subjectKeyIdentifier = hash
CNF

# `openssl ca` takes fixed dates (-startdate/-enddate) and serials on OpenSSL 3.0.
mkdir -p "$WORK/ca-sign/new"
: > "$WORK/ca-sign/index.txt"
cat > "$WORK/sign.cnf" <<CNF
[ca]
default_ca = signer
[signer]
database = $WORK/ca-sign/index.txt
new_certs_dir = $WORK/ca-sign/new
serial = $WORK/ca-sign/serial
policy = anything
unique_subject = no
email_in_dn = yes
copy_extensions = none
[anything]
CNF

sign() {  # sign NAME KEY ISSUER-CERT|self ISSUER-KEY SERIAL-HEX SUBJECT EXTENSIONS DIGEST
    local name=$1 keyfile=$2 cacert=$3 cakey=$4 serial=$5 subject=$6 section=$7 digest=$8
    openssl req -new -key "$keyfile" -subj "$subject" -utf8 -multivalue-rdn -out "$WORK/$name.csr" 2>/dev/null
    echo "$serial" > "$WORK/ca-sign/serial"
    local issuer=(-cert "$cacert")
    [ "$cacert" = self ] && issuer=(-selfsign)
    openssl ca -batch -notext -preserveDN -utf8 -config "$WORK/sign.cnf" "${issuer[@]}" -keyfile "$cakey" \
        -md "$digest" -startdate 20250101000000Z -enddate 20350101000000Z \
        -extfile "$WORK/ext.cnf" -extensions "$section" -in "$WORK/$name.csr" -out "$OUT/$name.pem" 2>"$WORK/$name.log" \
        || { cat "$WORK/$name.log"; exit 1; }
}

sign root-rsa4096 "$OUT/keys/root-rsa4096.pem" self "$OUT/keys/root-rsa4096.pem" 01 \
    "/C=US/O=PureX509 Test/OU=Roots/CN=PureX509 Test Root RSA" root sha256
sign inter-p384 "$OUT/keys/inter-p384.pem" "$OUT/root-rsa4096.pem" "$OUT/keys/root-rsa4096.pem" 1000 \
    "/C=US/O=PureX509 Test/CN=PureX509 Test Intermediate P-384" inter sha384
sign leaf-rsa2048 "$OUT/keys/leaf-rsa2048.pem" "$OUT/inter-p384.pem" "$OUT/keys/inter-p384.pem" 00E1F2A3B4C5D6E7F8091A2B3C4D5E6F70819203 \
    "/C=US/ST=California/L=San Francisco/O=Example, Inc./OU=Web\\+Ops/CN=www.example.test/emailAddress=admin@example.test" leaf_rsa sha256
sign leaf-p256 "$OUT/keys/leaf-p256.pem" "$OUT/inter-p384.pem" "$OUT/keys/inter-p384.pem" 1001 \
    "/C=JP/O=例え株式会社/CN=ec.example.test" leaf_ec sha256
sign leaf-p521 "$OUT/keys/leaf-p521.pem" "$OUT/inter-p384.pem" "$OUT/keys/inter-p384.pem" 1002 \
    "/DC=test/DC=example/CN= lead  and trail /CN=p521\\;semi, #hash" leaf_ec sha512
sign leaf-ed25519 "$OUT/keys/leaf-ed25519.pem" "$OUT/root-rsa4096.pem" "$OUT/keys/root-rsa4096.pem" 1003 \
    "/CN=Ed25519 Leaf+UID=ed1/O=Multi \"Valued\" RDN" leaf_ed sha512
openssl x509 -in "$OUT/leaf-p256.pem" -outform DER -out "$OUT/leaf-p256.der"

# A CSR with requested extensions and a challenge password.
cat > "$WORK/csr.cnf" <<'CNF'
[req]
distinguished_name = dn
attributes = attrs
req_extensions = exts
prompt = no
[dn]
C = GB
O = CSR Example Ltd
CN = csr.example.test
[attrs]
challengePassword = s3cret-challenge
unstructuredName = Example unstructured name
[exts]
subjectAltName = DNS:csr.example.test, DNS:www.csr.example.test, IP:198.51.100.7
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
CNF
openssl req -new -key "$OUT/keys/csr-p256.pem" -config "$WORK/csr.cnf" -out "$OUT/request-p256.csr"

# A CRL from the intermediate with revoked entries and reasons.
mkdir -p "$WORK/ca"
: > "$WORK/ca/index.txt"
printf 'R\t350101000000Z\t250201000000Z,keyCompromise\t1001\tunknown\t/CN=revoked one\n' >> "$WORK/ca/index.txt"
printf 'R\t350101000000Z\t250202120000Z,superseded\t1002\tunknown\t/CN=revoked two\n' >> "$WORK/ca/index.txt"
printf 'R\t350101000000Z\t250203000000Z,cessationOfOperation\t1003\tunknown\t/CN=revoked three\n' >> "$WORK/ca/index.txt"
printf 'R\t350101000000Z\t250204000000Z\t1004\tunknown\t/CN=revoked four\n' >> "$WORK/ca/index.txt"
echo 0A > "$WORK/ca/crlnumber"
cat > "$WORK/ca.cnf" <<CNF
[ca]
default_ca = ca
[ca]
database = $WORK/ca/index.txt
crlnumber = $WORK/ca/crlnumber
default_md = sha384
default_crl_days = 30
crl_extensions = crl_ext
[crl_ext]
authorityKeyIdentifier = keyid:always
CNF
openssl ca -gencrl -config "$WORK/ca.cnf" -crl_lastupdate 20250301000000Z -crl_nextupdate 20250401000000Z -cert "$OUT/inter-p384.pem" -keyfile "$OUT/keys/inter-p384.pem" \
    -out "$OUT/inter-p384.crl" 2>/dev/null

# Expected values as `openssl x509` prints them.
record() {  # record FILE [KEY]
    local file=$1 key=${2:-}
    local fmt=PEM
    case "$file" in *.der) fmt=DER ;; esac
    local x="openssl x509 -inform $fmt -in $file -noout"
    echo "[$key]"
    echo "subject: $($x -subject | sed 's/^subject=//')"
    echo "subject_rfc2253: $($x -subject -nameopt RFC2253,-esc_msb | sed 's/^subject=//')"
    echo "issuer: $($x -issuer | sed 's/^issuer=//')"
    echo "issuer_rfc2253: $($x -issuer -nameopt RFC2253,-esc_msb | sed 's/^issuer=//')"
    echo "serial: $($x -serial | sed 's/^serial=//')"
    echo "notBefore: $($x -startdate -dateopt iso_8601 | sed 's/^notBefore=//')"
    echo "notAfter: $($x -enddate -dateopt iso_8601 | sed 's/^notAfter=//')"
    echo "sha1: $($x -fingerprint -sha1 | sed 's/^.*=//')"
    echo "sha256: $($x -fingerprint -sha256 | sed 's/^.*=//')"
    local text
    text=$($x -text)
    echo "keyAlgorithm: $(printf '%s\n' "$text" | sed -n 's/^ *Public Key Algorithm: //p' | head -1)"
    echo "keyBits: $(printf '%s\n' "$text" | sed -n 's/^ *.*Public-Key: (\([0-9]*\) bit)/\1/p' | head -1)"
    echo "san: $($x -ext subjectAltName 2>/dev/null | sed -n '2,$p' | sed 's/^ *//' | tr -d '\n')"
    echo
}
{
    echo "# Recorded by TestVectors/gen/20-certs.sh with $(openssl version | cut -d' ' -f1-2)."
    for file in root-rsa4096.pem inter-p384.pem leaf-rsa2048.pem leaf-p256.pem leaf-p256.der leaf-p521.pem leaf-ed25519.pem; do
        record "$OUT/$file" "$file"
    done
} > "$OUT/expected.txt"

BUNDLE=/etc/ssl/certs/ca-certificates.crt
if [ -f "$BUNDLE" ]; then
    mkdir -p "$WORK/bundle"
    awk -v dir="$WORK/bundle" '/-----BEGIN CERTIFICATE-----/{n++; f=sprintf("%s/%04d.pem", dir, n)} f{print > f} /-----END CERTIFICATE-----/{f=""}' "$BUNDLE"
    {
        echo "# Recorded by TestVectors/gen/20-certs.sh from $BUNDLE with $(openssl version | cut -d' ' -f1-2)."
        for file in "$WORK"/bundle/*.pem; do
            fp=$(openssl x509 -in "$file" -noout -fingerprint -sha256 | sed 's/^.*=//')
            record "$file" "$fp"
        done
    } > "$OUT/ca-bundle-expected.txt"
fi
echo "wrote $OUT/"
