#!/usr/bin/env bash
# CRL scope, reasons, delta CRLs and separate CRL signers (RFC 5280 6.3) for
# Tests/PureX509Tests/Verification/RevocationScopeTests.swift: fresh P-256 keys, fixed
# dates and serials; CRLs by `openssl ca -gencrl` with fixed times, each with its own
# extensions (the deltaCRLIndicator as a raw INTEGER: OpenSSL's config has no name for it).
# Valid on 2026-06-01.
#   root.pem, intermediate.pem    a root and an intermediate (keyCertSign, cRLSign)
#   leaf.pem                      www.example.com, cRLDistributionPoints
#                                 URI:http://crl.example/int.crl, serial 0x7003
#   crl-signer.pem                the intermediate's name, another key, issued by the root,
#                                 keyUsage cRLSign only
#   crl-signer-no-crlsign.pem     the same name and key, keyUsage digitalSignature only
#   root.crl.pem                  the root's CRL, revokes nothing
#   idp-match-revoked.crl.pem     IDP fullName = the leaf's point; revokes the leaf
#   idp-other.crl.pem             IDP fullName URI:http://crl.example/other.crl
#   ca-only.crl.pem               IDP onlyContainsCACerts (and the leaf's point)
#   some-reasons.crl.pem          IDP onlySomeReasons keyCompromise (and the leaf's point)
#   base.crl.pem                  CRLNumber 1, revokes nothing
#   delta-revoked.crl.pem         deltaCRLIndicator 1, CRLNumber 2, revokes the leaf
#   delta-stale.crl.pem           deltaCRLIndicator 5 (a base this test does not have),
#                                 CRLNumber 6, revokes the leaf
#   separate-signer.crl.pem       signed by crl-signer.pem's key, revokes nothing
#   separate-signer-revoked.crl.pem  signed by crl-signer.pem's key, revokes the leaf
set -euo pipefail
gen=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$(dirname "$0")/../verification/revocation-scope"
cd "$(dirname "$0")/../verification/revocation-scope"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"

{ ca_config_head; cat <<'CNF'
[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[signer]
basicConstraints = critical, CA:FALSE
keyUsage = critical, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[signer_no_crlsign]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:www.example.com
crlDistributionPoints = URI:http://crl.example/int.crl
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[crl_plain]
authorityKeyIdentifier = keyid:always
[crl_idp_match]
authorityKeyIdentifier = keyid:always
issuingDistributionPoint = critical, @idp_match
[idp_match]
fullname = URI:http://crl.example/int.crl
[crl_idp_other]
authorityKeyIdentifier = keyid:always
issuingDistributionPoint = critical, @idp_other
[idp_other]
fullname = URI:http://crl.example/other.crl
[crl_ca_only]
authorityKeyIdentifier = keyid:always
issuingDistributionPoint = critical, @idp_ca_only
[idp_ca_only]
fullname = URI:http://crl.example/int.crl
onlyCA = TRUE
[crl_some_reasons]
authorityKeyIdentifier = keyid:always
issuingDistributionPoint = critical, @idp_some_reasons
[idp_some_reasons]
fullname = URI:http://crl.example/int.crl
onlysomereasons = keyCompromise
[crl_delta1]
authorityKeyIdentifier = keyid:always
2.5.29.27 = critical, ASN1:INTEGER:1
[crl_delta5]
authorityKeyIdentifier = keyid:always
2.5.29.27 = critical, ASN1:INTEGER:5
CNF
} > "$work/ca.cnf"
sed -i 's|^\[local\]$|[local]\ncrlnumber = $ENV::WORK/crlnumber|' "$work/ca.cnf"

key root; csr root "/O=PureX509 Tests/CN=Scope Root"
sign root root root 7001 20250101000000Z 20400101000000Z
key intermediate; csr intermediate "/O=PureX509 Tests/CN=Scope Intermediate"
sign intermediate root intermediate 7002 20250101000000Z 20350101000000Z
key leaf; csr leaf "/CN=www.example.com"
sign leaf intermediate leaf 7003 20260101000000Z 20270101000000Z
key signer; csr signer "/O=PureX509 Tests/CN=Scope Intermediate"
sign signer root signer 7004 20250101000000Z 20350101000000Z
cp "$work/signer.pem" "$work/crl-signer.pem"
sign signer root signer_no_crlsign 7005 20250101000000Z 20350101000000Z
cp "$work/signer.pem" "$work/crl-signer-no-crlsign.pem"
cp "$work/crl-signer.pem" "$work/signer.pem"

# crl OUT ISSUER_CERT ISSUER_KEY EXTENSIONS NUMBER [REVOKED_PEM]
crl() {
    : > "$work/index.txt"
    echo "$5" > "$work/crlnumber"
    if [ $# -gt 5 ]; then
        openssl ca -batch -config "$work/ca.cnf" -keyfile "$work/$3.key" -cert "$work/$2.pem" \
            -revoke "$work/$6" -crl_reason keyCompromise 2>/dev/null
    fi
    openssl ca -batch -config "$work/ca.cnf" -keyfile "$work/$3.key" -cert "$work/$2.pem" -gencrl \
        -crlexts "$4" -crl_lastupdate 20260101000000Z -crl_nextupdate 20270101000000Z \
        -out "$work/$1" 2>/dev/null
    openssl crl -in "$work/$1" -out "$1"
}
crl root.crl.pem root root crl_plain 01
crl idp-match-revoked.crl.pem intermediate intermediate crl_idp_match 01 leaf.pem
crl idp-other.crl.pem intermediate intermediate crl_idp_other 01
crl ca-only.crl.pem intermediate intermediate crl_ca_only 01
crl some-reasons.crl.pem intermediate intermediate crl_some_reasons 01
crl base.crl.pem intermediate intermediate crl_plain 01
crl delta-revoked.crl.pem intermediate intermediate crl_delta1 02 leaf.pem
crl delta-stale.crl.pem intermediate intermediate crl_delta5 06 leaf.pem
crl separate-signer.crl.pem crl-signer signer crl_plain 01
crl separate-signer-revoked.crl.pem crl-signer signer crl_plain 01 leaf.pem

for name in root intermediate leaf crl-signer crl-signer-no-crlsign; do
    openssl x509 -in "$work/$name.pem" -out "$name.pem"
done
