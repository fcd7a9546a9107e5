#!/usr/bin/env bash
# Diagnosis scenarios (TestVectors/scenarios/<name>/): one folder per finding code of
# `x509dump diagnose`, plus `ok` (a healthy chain) and `tf-serving` (a TensorFlow Serving
# --ssl_config_file). Each folder holds the files as a server would be configured with them
# and `expected.json`:
#
#   {"description": "...",
#    "args": ["--cert", "chain.pem", ...],        diagnose arguments, paths relative to the folder
#    "modes": {"key.pem": "644"},                 file modes to apply (default 600 for every file)
#    "exit": 1,                                   expected exit code
#    "findings": [{"code": "...", "severity": "...", "certificate": 0}, ...],   exactly these
#    "fixedChain": ["CN=www.example.com", ...]}   (optional) what fix-chain writes, by subject
#
# Checked by Tests/PureX509Tests/Diagnosis/ScenarioTests.swift (engine) and
# Tests/x509dumpTests/DiagnoseScenarioTests.swift (text and JSON output). Every check is
# made at --at 2026-06-01T12:00:00Z; dates and serials are fixed, keys (P-256 unless said
# otherwise) are made fresh on each run, so re-running changes keys and signatures only.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/scenarios"
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The config head; this part defines its own key, csr and sign below (RSA keys, digests,
# version 1 certificates), replacing the library's.
. "$(dirname "$0")/lib/openssl-ca.sh"
AT="2026-06-01T12:00:00Z"

# Leaf extension values, overridable per certificate through the environment.
export SAN="DNS:www.example.com, DNS:example.com"
export EKU="serverAuth"
export KU="critical, digitalSignature"

{ ca_config_head; cat <<'CNF'
[intermediate]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[intermediate_pathlen0]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[intermediate_not_ca]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[intermediate_constrained]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
nameConstraints = critical, permitted;DNS:example.org
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[intermediate_explicit_policy]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
certificatePolicies = 2.23.140.1.2.1
policyConstraints = critical, requireExplicitPolicy:0
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = $ENV::KU
extendedKeyUsage = $ENV::EKU
subjectAltName = $ENV::SAN
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
authorityInfoAccess = caIssuers;URI:http://ca.example.test/intermediate.der
[leaf_no_aki]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = $ENV::SAN
subjectKeyIdentifier = hash
[leaf_no_san]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf_unknown_critical]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = $ENV::SAN
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
1.3.6.1.4.1.55555.1 = critical, ASN1:UTF8String:PureX509 scenario extension
[self_signed_leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = $ENV::SAN
subjectKeyIdentifier = hash
CNF
} > "$work/ca.cnf"

# key NAME [ec|rsa1024|rsa2048]
key() {
    case "${2:-ec}" in
        ec) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/$1.key" 2>/dev/null ;;
        rsa1024) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out "$work/$1.key" 2>/dev/null ;;
        rsa2048) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/$1.key" 2>/dev/null ;;
    esac
}
# csr NAME SUBJECT (for the key of NAME)
csr() { openssl req -new -key "$work/$1.key" -subj "$2" -out "$work/$1.csr"; }
# sign OUT CSR-NAME ISSUER EXTENSIONS SERIAL START END [DIGEST]
# ISSUER is CERT or CERT:KEY (the issuer's certificate and key names, the key named like the
# certificate by default); "self" self-signs with the key of CSR-NAME; EXTENSIONS "none"
# makes a version 1 certificate.
sign() {
    local out=$1 name=$2 issuer=$3 section=$4 serial=$5 start=$6 end=$7 md=${8:-sha256}
    : > "$work/index.txt"
    echo "$serial" > "$work/serial"
    local args=(-batch -config "$work/ca.cnf" -notext -md "$md" -startdate "$start" -enddate "$end" -in "$work/$name.csr")
    if [ "$issuer" = self ]; then
        args+=(-selfsign -keyfile "$work/$name.key")
    else
        local issuer_cert=${issuer%%:*} issuer_key=${issuer#*:}
        args+=(-keyfile "$work/$issuer_key.key" -cert "$work/$issuer_cert.pem")
    fi
    [ "$section" = none ] || args+=(-extensions "$section")
    openssl ca "${args[@]}" -out "$work/$out.tmp" 2>/dev/null
    openssl x509 -in "$work/$out.tmp" -out "$work/$out.pem"
}

# --- the common PKI ----------------------------------------------------------------------
key root; csr root "/O=PureX509 Scenarios/CN=Scenario Root CA"
sign root root self root 1001 20250101000000Z 20400101000000Z
key intermediate; csr intermediate "/O=PureX509 Scenarios/CN=Scenario Intermediate CA"
sign intermediate intermediate root intermediate 2001 20250101000000Z 20350101000000Z
key leaf; csr leaf "/CN=www.example.com"
sign leaf leaf intermediate leaf 3001 20260101000000Z 20270101000000Z
key other-root; csr other-root "/O=Elsewhere Inc/CN=Elsewhere Root CA"
sign other-root other-root self root 1002 20250101000000Z 20400101000000Z
key other-leaf; csr other-leaf "/CN=mail.elsewhere.test"
SAN="DNS:mail.elsewhere.test" sign other-leaf other-leaf other-root leaf 3901 20260101000000Z 20270101000000Z

# Subjects in RFC 4514 form; openssl ca writes commonName first (the policy order), so
# RFC 4514 (last RDN first) starts with O.
LEAF="CN=www.example.com"
INTERMEDIATE="O=PureX509 Scenarios,CN=Scenario Intermediate CA"

# scenario NAME: starts a folder; the helpers below write into it.
scenario() { dir="$out/$1"; mkdir -p "$dir"; }
put() { cat > "$dir/$1"; }                     # put FILE < content
pem() { cat "${@/#/$work/}"; }                # pem a.pem b.pem: concatenated PEM of work files
expect() { cat > "$dir/expected.json"; }       # expect < JSON

# --- ok: a healthy chain -----------------------------------------------------------------
scenario ok
pem leaf.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "leaf and intermediate in order, matching key, trusted root, host covered: nothing to report",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# --- input -------------------------------------------------------------------------------
scenario file-not-found
cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the configured certificate file does not exist",
 "args": ["--cert", "fullchain.pem", "--ca", "root.pem", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "file-not-found", "severity": "error", "certificate": null}]}
JSON

scenario file-unreadable
mkdir -p "$dir/certs"; echo "The configured --cert names this directory, not a file." > "$dir/certs/README"
cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the configured certificate path is a directory",
 "args": ["--cert", "certs", "--ca", "root.pem", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "file-unreadable", "severity": "error", "certificate": null}]}
JSON

scenario empty-input
: > "$dir/chain.pem"
cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the certificate file is empty (a failed copy or renewal hook)",
 "args": ["--cert", "chain.pem", "--ca", "root.pem", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "empty-input", "severity": "error", "certificate": null}]}
JSON

scenario format-der
openssl x509 -in "$work/leaf.pem" -outform DER -out "$dir/leaf.der"
pem intermediate.pem | put intermediate.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the leaf is binary DER where nginx, Apache and HAProxy read PEM only",
 "args": ["--cert", "leaf.der", "--cert", "intermediate.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "format-der", "severity": "error", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario format-pkcs12
openssl pkcs12 -export -inkey "$work/leaf.key" -in "$work/leaf.pem" -certfile "$work/intermediate.pem" \
    -passout pass: -out "$dir/server.p12"
cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a PKCS#12 archive (no password) where a PEM chain is expected",
 "args": ["--cert", "server.p12", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "format-pkcs12", "severity": "warning", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario format-pkcs7
pem leaf.pem intermediate.pem > "$work/p7in.pem"
openssl crl2pkcs7 -nocrl -certfile "$work/p7in.pem" -out "$dir/chain.p7b"
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a PKCS#7 (.p7b) bundle where a PEM chain is expected",
 "args": ["--cert", "chain.p7b", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "format-pkcs7", "severity": "warning", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario format-unknown
printf 'Your certificate is attached to this e-mail.\nRegards, the CA\n' > "$dir/certificate.txt"
cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "neither PEM, DER, PKCS#7 nor PKCS#12",
 "args": ["--cert", "certificate.txt", "--ca", "root.pem", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "format-unknown", "severity": "error", "certificate": null}]}
JSON

# The PEM faults sit in a third block (a stray copy of the root), so the chain itself is
# intact and the fault is the only finding.
scenario pem-bad-base64
{ pem leaf.pem intermediate.pem; sed '3s/^\(....\)./\1!/' "$work/root.pem"; } | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a '!' inside the base64 of the third block",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "pem-bad-base64", "severity": "error", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario pem-missing-end
{ pem leaf.pem intermediate.pem; sed '$d' "$work/root.pem"; } | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the last block has no END line (a truncated paste)",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "pem-missing-end", "severity": "error", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario pem-label-mismatch
{ pem leaf.pem intermediate.pem; sed '$s/.*/-----END TRUSTED CERTIFICATE-----/' "$work/root.pem"; } | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the third block begins CERTIFICATE and ends TRUSTED CERTIFICATE",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "pem-label-mismatch", "severity": "error", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario pem-crlf
pem leaf.pem intermediate.pem | sed 's/$/\r/' | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "Windows line ends (CR LF): harmless for OpenSSL, worth knowing",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "pem-crlf", "severity": "info", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario pem-trailing-garbage
{ pem leaf.pem intermediate.pem; printf 'Bag Attributes\n    friendlyName: www.example.com\n'; } | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "text after the last END line",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "pem-trailing-garbage", "severity": "warning", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario pem-stray-block
# The PUBLIC KEY block `openssl x509 -pubkey` prints, left in the chain file: servers skip it.
{ pem leaf.pem intermediate.pem; openssl x509 -in "$work/leaf.pem" -pubkey -noout; } | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a PUBLIC KEY block after the certificates, which servers skip",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "pem-stray-block", "severity": "info", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario pem-bom
{ printf '\357\273\277'; pem leaf.pem intermediate.pem; } | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a UTF-8 byte order mark before the first BEGIN line (OpenSSL 3 and 1.1.1 read it; Go skips the first block, Java rejects the file)",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "pem-bom", "severity": "warning", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario der-malformed
# The root's DER with its outer length one byte short: valid base64, malformed DER.
openssl x509 -in "$work/root.pem" -outform DER | python3 -c '
import sys, base64, textwrap
der = bytearray(sys.stdin.buffer.read())
assert der[0] == 0x30 and der[1] == 0x82
length = (der[2] << 8 | der[3]) - 1
der[2], der[3] = length >> 8, length & 0xFF
text = base64.b64encode(bytes(der)).decode()
print("-----BEGIN CERTIFICATE-----")
print("\n".join(textwrap.wrap(text, 64)))
print("-----END CERTIFICATE-----")' > "$work/broken.pem"
pem leaf.pem intermediate.pem broken.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the third block decodes but its DER length is wrong",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "der-malformed", "severity": "error", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario key-encrypted
pem leaf.pem intermediate.pem | put chain.pem
openssl pkcs8 -topk8 -v2 aes-256-cbc -passout pass:scenario -in "$work/leaf.key" -out "$dir/key.pem"
cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the key is encrypted: the server needs its password at every start",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "key-encrypted", "severity": "warning", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario key-world-readable
pem leaf.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the private key file is readable by group and others",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "modes": {"key.pem": "644"},
 "exit": 0,
 "findings": [{"code": "key-world-readable", "severity": "warning", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# --- time --------------------------------------------------------------------------------
scenario expired
sign leaf-expired leaf intermediate leaf 3002 20250301000000Z 20260301000000Z
pem leaf-expired.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the leaf expired on 2026-03-01",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "expired", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario not-yet-valid
sign leaf-future leaf intermediate leaf 3003 20260701000000Z 20270701000000Z
pem leaf-future.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the leaf is valid from 2026-07-01, a month from now",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "not-yet-valid", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario clock-skew-suspected
sign leaf-skew leaf intermediate leaf 3004 20260601150000Z 20270601150000Z
pem leaf-skew.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the leaf becomes valid three hours from now: a clock is wrong or it was just issued",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "clock-skew-suspected", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario expires-soon
sign leaf-soon leaf intermediate leaf 3005 20260301000000Z 20260620000000Z
pem leaf-soon.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the leaf expires in 18 days (warning from 30 days, error from 7)",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "expires-soon", "severity": "warning", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario intermediate-expires-before-leaf
sign intermediate-short intermediate root intermediate 2002 20250101000000Z 20261201000000Z
sign leaf-long leaf intermediate-short:intermediate leaf 3006 20260101000000Z 20270101000000Z
pem leaf-long.pem intermediate-short.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the intermediate expires on 2026-12-01, a month before the leaf",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "intermediate-expires-before-leaf", "severity": "warning", "certificate": 1}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# --- chain -------------------------------------------------------------------------------
scenario wrong-order
pem intermediate.pem leaf.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "intermediate first, leaf second",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "wrong-order", "severity": "error", "certificate": 1}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario missing-intermediate
pem leaf.pem | put cert.pem
mkdir -p "$dir/pool"; pem intermediate.pem | put pool/intermediate.pem; pem other-leaf.pem | put pool/other.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "only the leaf is served; the intermediate is in the repair folder",
 "args": ["--cert", "cert.pem", "--key", "key.pem", "--ca", "root.pem", "--repair-from", "pool", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "missing-intermediate", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario root-included
pem leaf.pem intermediate.pem root.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the trusted root is served too (harmless, wasted bytes)",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "root-included", "severity": "info", "certificate": 2}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario duplicate-certificate
pem leaf.pem intermediate.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the intermediate is served twice",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "duplicate-certificate", "severity": "warning", "certificate": 2}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario unrelated-certificate
pem leaf.pem intermediate.pem other-leaf.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "another site's certificate was pasted into the chain",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "unrelated-certificate", "severity": "warning", "certificate": 2}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario untrusted-root
pem leaf.pem intermediate.pem root.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/other-root.pem" "$dir/trusted.pem"
expect <<JSON
{"description": "a private root, served with the chain but not trusted by the client",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "trusted.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "untrusted-root", "severity": "error", "certificate": 2}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario self-signed-leaf
key selfsigned; csr selfsigned "/CN=www.example.com"
sign selfsigned selfsigned self self_signed_leaf 4001 20260101000000Z 20270101000000Z
pem selfsigned.pem | put cert.pem
cp "$work/selfsigned.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a self-signed certificate (openssl req -x509) in production",
 "args": ["--cert", "cert.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "self-signed-leaf", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF"]}
JSON

scenario bad-signature
# The leaf with one byte of its serial number changed after signing (0x3001 -> 0x3081).
openssl x509 -in "$work/leaf.pem" -outform DER | python3 -c '
import sys, base64, textwrap
der = bytearray(sys.stdin.buffer.read())
at = der.find(bytes([0x02, 0x02, 0x30, 0x01]))
assert at > 0
der[at + 3] = 0x81
text = base64.b64encode(bytes(der)).decode()
print("-----BEGIN CERTIFICATE-----")
print("\n".join(textwrap.wrap(text, 64)))
print("-----END CERTIFICATE-----")' > "$work/tampered.pem"
pem tampered.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the leaf was altered after signing: its signature does not verify",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "bad-signature", "severity": "error", "certificate": 0}]}
JSON

scenario issuer-not-ca
key notca; csr notca "/O=PureX509 Scenarios/CN=Scenario Server Certificate Used As CA"
sign notca notca root intermediate_not_ca 2003 20250101000000Z 20350101000000Z
sign leaf-under-notca leaf notca leaf 3007 20260101000000Z 20270101000000Z
pem leaf-under-notca.pem notca.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the leaf was signed with an end-entity certificate's key",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "issuer-not-ca", "severity": "error", "certificate": 1}]}
JSON

scenario path-length-exceeded
key policy-ca; csr policy-ca "/O=PureX509 Scenarios/CN=Scenario Policy CA"
sign policy-ca policy-ca root intermediate_pathlen0 2004 20250101000000Z 20350101000000Z
key issuing-ca; csr issuing-ca "/O=PureX509 Scenarios/CN=Scenario Issuing CA"
sign issuing-ca issuing-ca policy-ca intermediate 2005 20250101000000Z 20350101000000Z
sign leaf-deep leaf issuing-ca leaf 3008 20260101000000Z 20270101000000Z
pem leaf-deep.pem issuing-ca.pem policy-ca.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the policy CA has pathlen:0 but another CA sits below it",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "path-length-exceeded", "severity": "error", "certificate": 2}]}
JSON

scenario name-constraints-violated
key constrained; csr constrained "/O=PureX509 Scenarios/CN=Scenario example.org CA"
sign constrained constrained root intermediate_constrained 2006 20250101000000Z 20350101000000Z
sign leaf-constrained leaf constrained leaf 3009 20260101000000Z 20270101000000Z
pem leaf-constrained.pem constrained.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the intermediate may only issue for example.org, the leaf is for example.com",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "name-constraints-violated", "severity": "error", "certificate": 0}]}
JSON

scenario expired-cross-sign
# The Let's Encrypt chain of 2021: "ISRG Root X1" cross-signed by "DST Root CA X3", which
# expired while the cross-signature itself stayed valid.
key old-root; csr old-root "/O=PureX509 Scenarios/CN=Old Root CA X3"
sign old-root old-root self root 1003 20160101000000Z 20260301000000Z
key new-root; csr new-root "/O=PureX509 Scenarios/CN=New Root X1"
sign new-root new-root self root 1004 20250101000000Z 20450101000000Z
sign new-root-cross new-root old-root intermediate 1005 20250101000000Z 20270930000000Z
key r3; csr r3 "/O=PureX509 Scenarios/CN=R3"
sign r3 r3 new-root intermediate 2007 20250101000000Z 20300101000000Z
sign leaf-r3 leaf r3 leaf 3010 20260101000000Z 20270101000000Z
pem leaf-r3.pem r3.pem new-root-cross.pem | put fullchain.pem
pem old-root.pem new-root.pem | put trust-store.pem
cp "$work/leaf.key" "$dir/key.pem"
expect <<JSON
{"description": "the served chain ends in a cross-signature by an expired root, as Let's Encrypt's did after DST Root CA X3 expired",
 "args": ["--cert", "fullchain.pem", "--key", "key.pem", "--ca", "trust-store.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 0,
 "findings": [{"code": "expired-cross-sign", "severity": "warning", "certificate": 2}],
 "fixedChain": ["$LEAF", "O=PureX509 Scenarios,CN=R3"]}
JSON

scenario policy-required
# RFC 5280 6.1: the intermediate requires an explicit policy (requireExplicitPolicy:0) and
# the leaf asserts no certificate policy.
key explicit; csr explicit "/O=PureX509 Scenarios/CN=Scenario Explicit Policy CA"
sign explicit explicit root intermediate_explicit_policy 2009 20250101000000Z 20350101000000Z
sign leaf-explicit leaf explicit leaf 3020 20260101000000Z 20270101000000Z
pem leaf-explicit.pem explicit.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the intermediate requires an explicit certificate policy and the leaf has none",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "policy-required", "severity": "error", "certificate": 0}]}
JSON

scenario no-path
key v1; csr v1 "/O=PureX509 Scenarios/CN=Scenario Legacy v1 CA"
sign v1 v1 root none 2008 20250101000000Z 20350101000000Z
sign leaf-under-v1 leaf v1 leaf_no_aki 3011 20260101000000Z 20270101000000Z
pem leaf-under-v1.pem v1.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the intermediate is a version 1 certificate, which cannot be a CA",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "no-path", "severity": "error", "certificate": 0}]}
JSON

# --- names -------------------------------------------------------------------------------
scenario name-mismatch
pem leaf.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the host is not among the certificate's names",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "ww.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "name-mismatch", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario name-only-in-cn
sign leaf-cn leaf intermediate leaf_no_san 3012 20260101000000Z 20270101000000Z
pem leaf-cn.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the host is only in the subject CN; clients read subjectAltName only",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "name-only-in-cn", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario wildcard-too-deep
SAN="DNS:*.example.com, DNS:example.com" sign leaf-wild leaf intermediate leaf 3013 20260101000000Z 20270101000000Z
pem leaf-wild.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "*.example.com does not cover api.eu.example.com",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "api.eu.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "wildcard-too-deep", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario ip-in-dns-san
SAN="DNS:www.example.com, DNS:192.0.2.10" sign leaf-ipdns leaf intermediate leaf 3014 20260101000000Z 20270101000000Z
pem leaf-ipdns.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the address is written as a DNS name (DNS:192.0.2.10) instead of IP:192.0.2.10",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "192.0.2.10", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "ip-in-dns-san", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# --- key and usage -----------------------------------------------------------------------
scenario key-mismatch
pem leaf.pem intermediate.pem | put chain.pem
key stray; cp "$work/stray.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the key file holds a key that belongs to none of the certificates",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "key-mismatch", "severity": "error", "certificate": null}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario weak-key
key leaf-rsa1024 rsa1024; csr leaf-rsa1024 "/CN=www.example.com"
sign leaf-weak leaf-rsa1024 intermediate leaf 3015 20260101000000Z 20270101000000Z
pem leaf-weak.pem intermediate.pem | put chain.pem
cp "$work/leaf-rsa1024.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "an RSA 1024 leaf key",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "weak-key", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario weak-signature
sign leaf-sha1 leaf intermediate leaf 3016 20260101000000Z 20270101000000Z sha1
pem leaf-sha1.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the intermediate signed the leaf with ECDSA-SHA1",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "weak-signature", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario missing-server-auth
EKU="clientAuth" sign leaf-client leaf intermediate leaf 3017 20260101000000Z 20270101000000Z
pem leaf-client.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a client certificate (extendedKeyUsage clientAuth only) installed on a server",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "missing-server-auth", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario missing-key-usage
KU="critical, keyEncipherment" sign leaf-ku leaf intermediate leaf 3018 20260101000000Z 20270101000000Z
pem leaf-ku.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "an EC leaf whose keyUsage lacks digitalSignature: it cannot sign the handshake",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "missing-key-usage", "severity": "error", "certificate": 0}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

scenario unknown-critical-extension
sign leaf-critical leaf intermediate leaf_unknown_critical 3019 20260101000000Z 20270101000000Z
pem leaf-critical.pem intermediate.pem | put chain.pem
cp "$work/leaf.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the leaf carries a critical private extension clients do not know",
 "args": ["--cert", "chain.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "unknown-critical-extension", "severity": "error", "certificate": 0}]}
JSON

# --- TensorFlow Serving --ssl_config_file ------------------------------------------------
scenario tf-serving
python3 - "$work/leaf.key" "$work/intermediate.pem" "$work/leaf.pem" "$work/root.pem" > "$dir/ssl_config.txt" <<'PY'
import sys
key, intermediate, leaf, root = (open(p).read() for p in sys.argv[1:])
def literal(text):
    # One quoted literal per line, as people write them; adjacent literals concatenate.
    lines = text.rstrip("\n").split("\n")
    return "\n".join('  "%s\\n"' % line for line in lines)
print("# TensorFlow Serving --ssl_config_file (SSLConfig, protobuf text format)")
print("server_key:\n" + literal(key))
print("# the chain below is in the wrong order: intermediate first")
print("server_cert:\n" + literal(intermediate + leaf))
print("custom_ca:\n" + literal(root))
print("client_verify: false")
PY
cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a TensorFlow Serving SSL config whose server_cert lists the intermediate before the leaf",
 "args": ["--tf-serving-config", "ssl_config.txt", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "exit": 1,
 "findings": [{"code": "wrong-order", "severity": "error", "certificate": 1}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

echo "scenarios: $(ls "$out" | wc -l) folders in $out"
