#!/usr/bin/env bash
# Real-life corpus (TestVectors/real-life/<case>/): TLS setups as files really arrive at a
# server (joined with cat, saved on Windows, copied out of s_client, made with openssl's
# defaults, swapped arguments, damaged blocks, Let's Encrypt live/ folders, TensorFlow
# Serving configs), usually with more than one thing going on at once. Each folder holds the
# files and `expected.json`, read by Tests/PureX509ScenarioSupport (the format of
# TestVectors/scenarios, extended):
#
#   {"description": "...",
#    "args": ["--cert", "fullchain.pem", ...],     diagnose arguments, paths relative to the folder
#    "modes": {"privkey.pem": "644"},             file modes (default 600)
#    "exit": 1,                                    exit code of x509dump diagnose
#    "expect": [{"code": "...", "severity": "...", "certificate": 0}, ...],
#                                                  findings that must appear (severity and
#                                                  certificate optional; "certificate": null
#                                                  means about no certificate)
#    "forbid": [{"code": "...", "certificate": 1}, ...],
#                                                  findings that must not appear (at that
#                                                  position, or anywhere without "certificate")
#    "mentions": ["..."],                          text the report must contain (text and JSON)
#    "omits": ["..."],                             text neither report may contain
#    "fixedChain": ["CN=...", ...]}                (optional) what fix-chain writes, by subject
#
# Every check is made at --at 2026-06-01T12:00:00Z; dates and serials are fixed, keys are
# made fresh on each run (P-256 unless the case is about another key type).
set -euo pipefail
gen="$(cd "$(dirname "$0")" && pwd)"
out="$(cd "$gen/.." && pwd)/real-life"
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
. "$gen/lib/openssl-ca.sh"
AT="2026-06-01T12:00:00Z"

export SAN="DNS:www.example.com, DNS:example.com"
export EKU="serverAuth"

{ ca_config_head; cat <<'CNF'
[intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[cross]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = $ENV::EKU
subjectAltName = $ENV::SAN
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
authorityInfoAccess = caIssuers;URI:http://ca.example.test/intermediate.der
[leaf_plain]
subjectAltName = $ENV::SAN
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
# What `openssl req -x509` of OpenSSL 3.0 writes with the stock openssl.cnf ([v3_ca]).
[req_x509]
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always,issuer
basicConstraints = critical,CA:true
# The same with -addext "subjectAltName = ...", as most blog posts add.
[req_x509_san]
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always,issuer
basicConstraints = critical,CA:true
subjectAltName = $ENV::SAN
CNF
} > "$work/ca.cnf"

# rsakey NAME: a 2048-bit RSA key (PKCS#8) in $work/NAME.key.
rsakey() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/$1.key" 2>/dev/null; }
# selfsign NAME SUBJECT SECTION SERIAL START END: a self-signed certificate with its own key.
selfsign() { key "$1"; csr "$1" "$2"; sign "$1" "$1" "$3" "$4" "$5" "$6"; }

# --- the PKI ------------------------------------------------------------------------------
selfsign root "/O=PureX509 Real Life/CN=Real Life Root CA" root 1001 20250101000000Z 20400101000000Z
key intermediate; csr intermediate "/O=PureX509 Real Life/CN=Real Life Issuing CA 1"
sign intermediate root intermediate 2001 20250101000000Z 20350101000000Z
key leaf; csr leaf "/CN=www.example.com"
sign leaf intermediate leaf 3001 20260101000000Z 20270101000000Z
selfsign other-root "/O=Elsewhere Inc/CN=Elsewhere Root CA" root 1002 20250101000000Z 20400101000000Z
key other; csr other "/CN=www.example.com"

LEAF="CN=www.example.com"
INTERMEDIATE="O=PureX509 Real Life,CN=Real Life Issuing CA 1"

case_() { dir="$out/$1"; mkdir -p "$dir"; }
put() { mkdir -p "$(dirname "$dir/$1")"; cat > "$dir/$1"; }
pem() { cat "${@/#/$work/}"; }
# nonl FILE: a work file without its final newline (as editors and some tools save it).
nonl() { head -c -1 "$work/$1"; }
expect() { cat > "$dir/expected.json"; }
# The usual arguments: chain, key, the private root, the host.
STD='"--key", "privkey.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "'"$AT"'"'
std_files() { cp "$work/leaf.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"; }

# === cat without the final newline ========================================================
case_ pem-missing-line-break
{ nonl leaf.pem; pem intermediate.pem; } | put fullchain.pem; std_files
expect <<JSON
{"description": "cat cert.pem chain.pem > fullchain.pem, cert.pem saved without its final newline: -----END CERTIFICATE----------BEGIN CERTIFICATE----- on one line (OpenSSL 3 then loads nothing)",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "pem-missing-line-break", "severity": "error", "certificate": null}],
 "forbid": [{"code": "pem-missing-end"}, {"code": "missing-intermediate"}, {"code": "key-mismatch"}, {"code": "name-mismatch"}, {"code": "der-malformed"}, {"code": "pem-bad-base64"}],
 "mentions": ["line break", "cat"],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

case_ cat-joined-three-blocks
{ pem leaf.pem; nonl intermediate.pem; pem root.pem; } | put fullchain.pem; std_files
expect <<JSON
{"description": "leaf, intermediate (no final newline) and root joined by cat: the intermediate's END runs into the root's BEGIN",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "pem-missing-line-break", "severity": "error"}, {"code": "root-included", "severity": "info", "certificate": 2}],
 "forbid": [{"code": "pem-missing-end"}, {"code": "missing-intermediate"}, {"code": "key-mismatch"}, {"code": "name-mismatch"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

case_ cat-joined-cert-and-key
{ pem leaf.pem; nonl intermediate.pem; pem leaf.key; } | put haproxy.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "HAProxy crt file made with cat fullchain.pem privkey.pem, the chain lacking its final newline: -----END CERTIFICATE----------BEGIN PRIVATE KEY-----",
 "args": ["--cert", "haproxy.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "pem-missing-line-break", "severity": "error"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "pem-missing-end"}, {"code": "missing-intermediate"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

case_ cat-joined-crlf
{ nonl leaf.pem; pem intermediate.pem; } | sed 's/$/\r/' | put fullchain.pem; std_files
expect <<JSON
{"description": "a Windows-saved chain (CR LF) whose two certificates were joined without a line break",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "pem-missing-line-break", "severity": "error"}, {"code": "pem-crlf", "severity": "info"}],
 "forbid": [{"code": "pem-missing-end"}, {"code": "missing-intermediate"}, {"code": "key-mismatch"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# === one damaged block among several =======================================================
damage() { sed '4s/^\(.....\)./\1!/' "$work/$1"; }   # a '!' in the base64 of a block
case_ damaged-leaf-block
{ damage leaf.pem; pem intermediate.pem; } | put fullchain.pem; std_files
expect <<JSON
{"description": "the first block (the leaf) was mangled in a mail: the intermediate must not be taken for the leaf",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "pem-bad-base64", "severity": "error", "certificate": null}],
 "forbid": [{"code": "key-mismatch"}, {"code": "name-mismatch"}, {"code": "name-only-in-cn"}, {"code": "missing-server-auth"}, {"code": "self-signed-leaf"}, {"code": "wrong-order"}, {"code": "missing-intermediate"}],
 "mentions": ["#0", "could not be checked"]}
JSON

case_ damaged-leaf-der
openssl x509 -in "$work/leaf.pem" -outform DER | python3 -c '
import sys, base64, textwrap
der = bytearray(sys.stdin.buffer.read())
der[3] = (der[3] - 1) & 0xFF
print("-----BEGIN CERTIFICATE-----")
print("\n".join(textwrap.wrap(base64.b64encode(bytes(der)).decode(), 64)))
print("-----END CERTIFICATE-----")' > "$work/leaf-broken.pem"
pem leaf-broken.pem intermediate.pem | put fullchain.pem; std_files
expect <<JSON
{"description": "the leaf block decodes but its DER is cut short; the intermediate follows",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "der-malformed", "severity": "error", "certificate": null}],
 "forbid": [{"code": "key-mismatch"}, {"code": "name-mismatch"}, {"code": "missing-server-auth"}, {"code": "wrong-order"}, {"code": "missing-intermediate"}],
 "mentions": ["#0", "could not be checked"]}
JSON

case_ damaged-intermediate-block
{ pem leaf.pem; damage intermediate.pem; pem root.pem; } | put fullchain.pem; std_files
expect <<JSON
{"description": "the second of three blocks is damaged: the leaf is still #0, the root is #2",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "pem-bad-base64", "severity": "error"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "name-mismatch"}, {"code": "wrong-order"}, {"code": "unrelated-certificate"}],
 "mentions": ["#1"]}
JSON

case_ truncated-leaf-block
{ sed '$d' "$work/leaf.pem"; pem intermediate.pem; } | put fullchain.pem; std_files
expect <<JSON
{"description": "the leaf block lost its END line in a paste; the intermediate follows",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "pem-missing-end", "severity": "error"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "name-mismatch"}, {"code": "wrong-order"}, {"code": "missing-intermediate"}],
 "mentions": ["#0", "could not be checked"]}
JSON

case_ damaged-last-block-ok-chain
{ pem leaf.pem intermediate.pem; damage root.pem; } | put fullchain.pem; std_files
expect <<JSON
{"description": "a damaged copy of the root at the end: the chain itself is whole and checked",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "pem-bad-base64", "severity": "error"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "name-mismatch"}, {"code": "missing-intermediate"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# === openssl defaults =====================================================================
export SAN="DNS:www.example.com, DNS:example.com"
selfsign reqx509 "/CN=www.example.com" req_x509_san 4001 20260101000000Z 20270101000000Z
selfsign reqx509nosan "/CN=www.example.com" req_x509 4002 20260101000000Z 20270101000000Z

case_ ca-cert-as-leaf
pem reqx509.pem | put cert.pem; cp "$work/reqx509.key" "$dir/key.pem"
expect <<JSON
{"description": "openssl req -x509 -addext subjectAltName=... (CA:TRUE, no EKU) served and trusted through --ca: it verifies, Firefox refuses a CA certificate as the server's",
 "args": ["--cert", "cert.pem", "--key", "key.pem", "--ca", "cert.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0,
 "expect": [{"code": "ca-cert-as-leaf", "severity": "warning", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "self-signed-leaf"}, {"code": "untrusted-root"}, {"code": "missing-server-auth"}, {"code": "no-path"}, {"code": "missing-key-usage"}, {"code": "root-included"}],
 "mentions": ["Firefox", "MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY"]}
JSON

case_ req-x509-no-san
pem reqx509nosan.pem | put cert.pem; cp "$work/reqx509nosan.key" "$dir/key.pem"
expect <<JSON
{"description": "openssl req -x509 -subj /CN=www.example.com with no SAN, trusted with --ca: the name is only in the CN",
 "args": ["--cert", "cert.pem", "--key", "key.pem", "--ca", "cert.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "name-only-in-cn", "severity": "error", "certificate": 0}, {"code": "ca-cert-as-leaf", "severity": "warning", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "self-signed-leaf"}, {"code": "name-mismatch"}, {"code": "cn-not-in-san"}]}
JSON

case_ req-x509-untrusted
pem reqx509.pem | put cert.pem; cp "$work/reqx509.key" "$dir/key.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "openssl req -x509 certificate served to clients that do not have it",
 "args": ["--cert", "cert.pem", "--key", "key.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "self-signed-leaf", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "untrusted-root"}, {"code": "missing-intermediate"}]}
JSON

case_ req-x509-no-key-given
pem reqx509.pem | put cert.pem
expect <<JSON
{"description": "openssl req -x509 certificate trusted with --ca, no key given, no host given",
 "args": ["--cert", "cert.pem", "--ca", "cert.pem", "--at", "$AT"], "exit": 0,
 "expect": [{"code": "ca-cert-as-leaf", "severity": "warning", "certificate": 0}],
 "forbid": [{"code": "self-signed-leaf"}, {"code": "key-mismatch"}, {"code": "name-mismatch"}],
 "mentions": ["not checked"]}
JSON

case_ x509-req-no-extensions
key v1leaf; csr v1leaf "/CN=www.example.com"
openssl x509 -req -in "$work/v1leaf.csr" -CA "$work/intermediate.pem" -CAkey "$work/intermediate.key" -set_serial 3101 -days 3650 -extfile /dev/null -out "$work/v1leaf.pem" 2>/dev/null
pem v1leaf.pem intermediate.pem | put fullchain.pem; cp "$work/v1leaf.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "openssl x509 -req -CA ... with no extension file: a leaf without SAN, EKU or key usage",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "name-only-in-cn", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "missing-server-auth"}, {"code": "missing-key-usage"}, {"code": "key-mismatch"}, {"code": "missing-intermediate"}]}
JSON

key noeku; csr noeku "/CN=www.example.com"
sign noeku intermediate leaf_plain 3102 20260101000000Z 20270101000000Z
case_ leaf-without-eku-or-ku
pem noeku.pem intermediate.pem | put fullchain.pem; cp "$work/noeku.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a leaf with a SAN but no extendedKeyUsage and no keyUsage: any use is allowed, nothing to report",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "findings": [],
 "forbid": [{"code": "missing-server-auth"}, {"code": "missing-key-usage"}, {"code": "no-path"}],
 "omits": ["forbids server authentication"],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# === keys in every format =================================================================
rsakey rsaleaf; csr rsaleaf "/CN=www.example.com"
sign rsaleaf intermediate leaf 3201 20260101000000Z 20270101000000Z
key_case() {  # key_case NAME DESCRIPTION: rsaleaf chain with $dir/privkey.pem already written
    pem rsaleaf.pem intermediate.pem | put fullchain.pem; cp "$work/root.pem" "$dir/root.pem"
}
case_ key-rsa-pkcs1
openssl rsa -in "$work/rsaleaf.key" -traditional -out "$dir/privkey.pem" 2>/dev/null; key_case
expect <<JSON
{"description": "an RSA key in PKCS#1 (-----BEGIN RSA PRIVATE KEY-----), as older openssl genrsa wrote it",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0, "findings": [],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}, {"code": "der-malformed"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ key-rsa-pkcs8
cp "$work/rsaleaf.key" "$dir/privkey.pem"; key_case
expect <<JSON
{"description": "an RSA key in PKCS#8 (-----BEGIN PRIVATE KEY-----)",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0, "findings": [],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ key-rsa-der
openssl pkey -in "$work/rsaleaf.key" -outform DER -out "$dir/privkey.pem"; key_case
expect <<JSON
{"description": "an RSA key saved as DER under a .pem name",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ key-rsa-encrypted-legacy
openssl rsa -in "$work/rsaleaf.key" -traditional -aes256 -passout pass:secret -out "$dir/privkey.pem" 2>/dev/null; key_case
expect <<JSON
{"description": "an RSA key encrypted the legacy way (Proc-Type: 4,ENCRYPTED, DEK-Info)",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "key-encrypted", "severity": "warning", "certificate": null}],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}, {"code": "der-malformed"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ key-ec-sec1-with-params
{ openssl ecparam -name prime256v1; openssl ec -in "$work/leaf.key" 2>/dev/null; } | put privkey.pem
pem leaf.pem intermediate.pem | put fullchain.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "an EC key in SEC1 form after an EC PARAMETERS block, as openssl ecparam -genkey writes it",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0, "findings": [],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ key-ec-sec1
openssl ec -in "$work/leaf.key" 2>/dev/null | put privkey.pem
pem leaf.pem intermediate.pem | put fullchain.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "an EC key in SEC1 form (-----BEGIN EC PRIVATE KEY-----)",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0, "findings": [],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ key-ec-pkcs8-encrypted
openssl pkcs8 -topk8 -v2 aes-256-cbc -passout pass:secret -in "$work/leaf.key" -out "$dir/privkey.pem"
pem leaf.pem intermediate.pem | put fullchain.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "an EC key in encrypted PKCS#8 (-----BEGIN ENCRYPTED PRIVATE KEY-----)",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "key-encrypted", "severity": "warning"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ key-from-previous-renewal
key oldkey
pem leaf.pem intermediate.pem | put fullchain.pem; cp "$work/oldkey.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the certificate was renewed with a new key but the old key is still configured",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "key-mismatch", "severity": "error"}],
 "forbid": [{"code": "name-mismatch"}, {"code": "missing-intermediate"}, {"code": "wrong-order"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# === Windows-saved PEM ======================================================================
case_ windows-crlf-chain-and-key
pem leaf.pem intermediate.pem | sed 's/$/\r/' | put fullchain.pem
sed 's/$/\r/' "$work/leaf.key" | put privkey.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "chain and key saved by a Windows editor (CR LF line ends): OpenSSL reads both",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "pem-crlf", "severity": "info"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "pem-bad-base64"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ windows-bom-chain
{ printf '\357\273\277'; pem leaf.pem intermediate.pem; } | put fullchain.pem; std_files
expect <<JSON
{"description": "a chain saved as 'UTF-8 with BOM' (Notepad before Windows 10 1903): OpenSSL 3 and 1.1.1 read it, Go skips the leaf, Java rejects the file",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "pem-bom", "severity": "warning"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "missing-intermediate"}, {"code": "name-mismatch"}],
 "mentions": ["Go", "Java", "OpenSSL 3"],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ windows-bom-crlf-key
pem leaf.pem intermediate.pem | put fullchain.pem
{ printf '\357\273\277'; sed 's/$/\r/' "$work/leaf.key"; } | put privkey.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the key saved by Notepad: BOM and CR LF",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "pem-bom", "severity": "warning"}, {"code": "pem-crlf", "severity": "info"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# === openssl s_client -showcerts ===========================================================
port=$(( 20000 + RANDOM % 30000 ))
pem intermediate.pem > "$work/chain-only.pem"
openssl s_server -accept "127.0.0.1:$port" -cert "$work/leaf.pem" -key "$work/leaf.key" -cert_chain "$work/chain-only.pem" -www -quiet >/dev/null 2>&1 &
server_pid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do
    if openssl s_client -connect "127.0.0.1:$port" -showcerts </dev/null >"$work/showcerts.txt" 2>/dev/null; then break; fi
    sleep 0.5
done
openssl s_client -connect "127.0.0.1:$port" </dev/null >"$work/noshowcerts.txt" 2>/dev/null
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
grep -q -- "-----BEGIN CERTIFICATE-----" "$work/showcerts.txt"

case_ s-client-showcerts-output
cp "$work/showcerts.txt" "$dir/chain.txt"; std_files
expect <<JSON
{"description": "the whole output of openssl s_client -showcerts saved as the chain: OpenSSL, Python, Java and Go skip the text (a note, not a warning)",
 "args": ["--cert", "chain.txt", $STD], "exit": 0,
 "expect": [{"code": "pem-trailing-garbage", "severity": "info"}],
 "forbid": [{"code": "missing-intermediate"}, {"code": "key-mismatch"}, {"code": "format-unknown"}],
 "mentions": ["s_client"],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ s-client-without-showcerts
cp "$work/noshowcerts.txt" "$dir/cert.txt"; std_files
mkdir -p "$dir/ca-downloads"; pem intermediate.pem | put ca-downloads/issuing-ca-1.pem
expect <<JSON
{"description": "s_client output without -showcerts (the leaf only) saved as the chain; the intermediate is in a download folder",
 "args": ["--cert", "cert.txt", "--repair-from", "ca-downloads", $STD], "exit": 1,
 "expect": [{"code": "missing-intermediate", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# === HAProxy: chain and key in one file ====================================================
case_ haproxy-combined
pem leaf.pem intermediate.pem leaf.key | put site.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "HAProxy crt file: leaf, intermediate and key together, mode 600",
 "args": ["--cert", "site.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0, "findings": [],
 "forbid": [{"code": "key-mismatch"}, {"code": "unrelated-certificate"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ haproxy-key-first
pem leaf.key leaf.pem intermediate.pem | put site.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "HAProxy crt file with the key first, then the chain",
 "args": ["--cert", "site.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0, "findings": [],
 "forbid": [{"code": "key-mismatch"}, {"code": "wrong-order"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ haproxy-world-readable
pem leaf.pem intermediate.pem leaf.key | put site.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "HAProxy crt file holding the key, left readable by everyone",
 "args": ["--cert", "site.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "modes": {"site.pem": "644"}, "exit": 0,
 "expect": [{"code": "key-world-readable", "severity": "warning"}],
 "forbid": [{"code": "key-mismatch"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ haproxy-stale-key
pem leaf.pem intermediate.pem oldkey.key | put site.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "HAProxy crt file rebuilt after a renewal with the previous key",
 "args": ["--cert", "site.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "key-mismatch", "severity": "error"}],
 "forbid": [{"code": "name-mismatch"}, {"code": "wrong-order"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# === Let's Encrypt live/ folders ============================================================
le_tree() {  # le_tree N: archive/example.com/*N.pem and live/example.com/ links to them
    mkdir -p "$dir/archive/example.com" "$dir/live/example.com"
    pem leaf.pem | put "archive/example.com/cert$1.pem"
    pem intermediate.pem | put "archive/example.com/chain$1.pem"
    pem leaf.pem intermediate.pem | put "archive/example.com/fullchain$1.pem"
    cp "$work/leaf.key" "$dir/archive/example.com/privkey$1.pem"
    for f in cert chain fullchain privkey; do ln -s "../../archive/example.com/$f$1.pem" "$dir/live/example.com/$f.pem"; done
    cp "$work/root.pem" "$dir/root.pem"
}
LE="live/example.com"
case_ letsencrypt-live-ok
le_tree 1
expect <<JSON
{"description": "certbot's live/ folder (links into archive/), nginx given fullchain.pem and privkey.pem",
 "args": ["--cert", "$LE/fullchain.pem", "--key", "$LE/privkey.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0, "findings": [],
 "forbid": [{"code": "key-world-readable"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ letsencrypt-cert-pem-only
le_tree 1
expect <<JSON
{"description": "nginx given live/.../cert.pem instead of fullchain.pem",
 "args": ["--cert", "$LE/cert.pem", "--key", "$LE/privkey.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "missing-intermediate", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "untrusted-root"}],
 "mentions": ["fullchain.pem"]}
JSON
case_ letsencrypt-cert-plus-chain
le_tree 1
expect <<JSON
{"description": "Apache 2.2 style: SSLCertificateFile cert.pem, SSLCertificateChainFile chain.pem",
 "args": ["--cert", "$LE/cert.pem", "--cert", "$LE/chain.pem", "--key", "$LE/privkey.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0, "findings": [],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ letsencrypt-chain-as-cert
le_tree 1
expect <<JSON
{"description": "chain.pem configured as the certificate: the key belongs to no served certificate",
 "args": ["--cert", "$LE/chain.pem", "--key", "$LE/privkey.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "key-mismatch", "severity": "error"}],
 "forbid": [{"code": "ca-cert-as-leaf"}]}
JSON
case_ letsencrypt-old-privkey
le_tree 1
cp "$work/oldkey.key" "$dir/archive/example.com/privkey0.pem"
expect <<JSON
{"description": "the configuration points at an old archive key next to the current fullchain",
 "args": ["--cert", "$LE/fullchain.pem", "--key", "archive/example.com/privkey0.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "key-mismatch", "severity": "error"}],
 "forbid": [{"code": "missing-intermediate"}]}
JSON
key expiredleaf; csr expiredleaf "/CN=www.example.com"
sign expiredleaf intermediate leaf 3301 20260201000000Z 20260502000000Z
case_ letsencrypt-renewal-not-deployed
mkdir -p "$dir/live/example.com"
pem expiredleaf.pem intermediate.pem | put "$LE/fullchain.pem"; cp "$work/expiredleaf.key" "$dir/$LE/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a 90-day certificate that expired because renewal failed",
 "args": ["--cert", "$LE/fullchain.pem", "--key", "$LE/privkey.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "expired", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "no-path"}, {"code": "missing-intermediate"}],
 "omits": ["(trusted)"]}
JSON

# === swapped arguments, a CSR installed ===================================================
case_ cert-key-swapped
pem leaf.pem intermediate.pem | put fullchain.pem; cp "$work/leaf.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "--cert privkey.pem --key fullchain.pem (ssl_certificate and ssl_certificate_key swapped); the chain is world-readable as certificates are",
 "args": ["--cert", "privkey.pem", "--key", "fullchain.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "modes": {"fullchain.pem": "644"}, "exit": 1,
 "expect": [{"code": "cert-key-swapped", "severity": "error"}],
 "forbid": [{"code": "key-world-readable"}, {"code": "empty-input"}, {"code": "format-unknown"}, {"code": "key-mismatch"}, {"code": "missing-intermediate"}]}
JSON
case_ swapped-key-world-readable
pem leaf.pem intermediate.pem | put fullchain.pem; cp "$work/leaf.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "cert and key swapped, and the key file readable by everyone: the permission warning is about the key file",
 "args": ["--cert", "privkey.pem", "--key", "fullchain.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "modes": {"fullchain.pem": "644", "privkey.pem": "644"}, "exit": 1,
 "expect": [{"code": "cert-key-swapped", "severity": "error"}, {"code": "key-world-readable", "severity": "warning"}],
 "forbid": [{"code": "empty-input"}, {"code": "format-unknown"}, {"code": "key-mismatch"}]}
JSON
case_ csr-not-certificate
cp "$work/leaf.csr" "$dir/server.crt"; cp "$work/leaf.key" "$dir/server.key"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the certificate signing request was installed as the certificate",
 "args": ["--cert", "server.crt", "--key", "server.key", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "csr-not-certificate", "severity": "error"}],
 "forbid": [{"code": "empty-input"}, {"code": "format-unknown"}, {"code": "key-mismatch"}],
 "mentions": ["CERTIFICATE REQUEST"]}
JSON
case_ csr-der-installed
openssl req -in "$work/leaf.csr" -outform DER -out "$dir/server.cer"; cp "$work/leaf.key" "$dir/server.key"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a DER certificate signing request installed as the certificate",
 "args": ["--cert", "server.cer", "--key", "server.key", "--ca", "root.pem", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "csr-not-certificate", "severity": "error"}],
 "forbid": [{"code": "format-unknown"}, {"code": "key-mismatch"}, {"code": "der-malformed"}]}
JSON
case_ csr-appended-to-chain
pem leaf.pem intermediate.pem leaf.csr | put fullchain.pem; std_files
expect <<JSON
{"description": "the CSR was pasted after the chain: servers skip it",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "csr-not-certificate", "severity": "warning"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

case_ key-option-names-the-chain
pem leaf.pem intermediate.pem | put fullchain.pem; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "--key names the chain file too (a copy-paste slip): no key, and no key-permission warning on a file that holds no private key",
 "args": ["--cert", "fullchain.pem", "--key", "fullchain.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"],
 "modes": {"fullchain.pem": "644"}, "exit": 1,
 "expect": [{"code": "format-unknown", "severity": "error", "certificate": null}],
 "forbid": [{"code": "key-world-readable"}, {"code": "cert-key-swapped"}, {"code": "key-mismatch"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
le_dup() { mkdir -p "$dir/live/example.com"; pem leaf.pem intermediate.pem intermediate.pem | put live/example.com/site.pem; cp "$work/leaf.key" "$dir/live/example.com/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"; }
case_ letsencrypt-fullchain-plus-chain
le_dup
expect <<JSON
{"description": "cat fullchain.pem chain.pem > site.pem: the intermediate is served twice",
 "args": ["--cert", "$LE/site.pem", "--key", "$LE/privkey.pem", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0,
 "expect": [{"code": "duplicate-certificate", "severity": "warning", "certificate": 2}],
 "forbid": [{"code": "unrelated-certificate"}, {"code": "key-mismatch"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# === TensorFlow Serving =====================================================================
# tf_string FILE: the file as one protobuf text-format string (newlines as \n).
tf_string() { printf '"'; awk '{ printf "%s\\n", $0 }' "$1"; printf '"'; }
pem leaf.pem intermediate.pem > "$work/tf-chain.pem"
case_ tf-serving-empty-custom-ca
{ printf 'server_key: '; tf_string "$work/leaf.key"; printf '\nserver_cert: '; tf_string "$work/tf-chain.pem"
  printf '\ncustom_ca: ""\nclient_verify: false\n'; } | put ssl_config.txt; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a TF Serving ssl_config_file with the optional custom_ca left empty, as its docs show",
 "args": ["--tf-serving-config", "ssl_config.txt", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0, "findings": [],
 "forbid": [{"code": "empty-input"}, {"code": "format-unknown"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ tf-serving-client-ca
{ printf 'server_key: '; tf_string "$work/leaf.key"; printf '\nserver_cert: '; tf_string "$work/tf-chain.pem"
  printf '\ncustom_ca: '; tf_string "$work/root.pem"; printf '\nclient_verify: true\n'; } | put ssl_config.txt; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "TF Serving with mutual TLS: custom_ca holds the client CA",
 "args": ["--tf-serving-config", "ssl_config.txt", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0, "findings": [],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ tf-serving-file-paths
pem leaf.pem intermediate.pem | put certs/server.crt; cp "$work/leaf.key" "$dir/certs/server.key"; cp "$work/root.pem" "$dir/root.pem"
cat > "$dir/ssl_config.txt" <<'CFG'
ssl_config {
  certificate_file: "/models/certs/server.crt"
  key_file: "/models/certs/server.key"
}
CFG
expect <<JSON
{"description": "the path-style config some blog posts show, which TF Serving does not accept (SSLConfig holds the PEM text inline)",
 "args": ["--tf-serving-config", "ssl_config.txt", "--ca", "root.pem", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "tf-serving-file-paths", "severity": "error"}],
 "forbid": [{"code": "empty-input"}],
 "mentions": ["server_cert:", "server_key:"]}
JSON
case_ tf-serving-empty-key
{ printf 'server_key: ""\nserver_cert: '; tf_string "$work/tf-chain.pem"; printf '\n'; } | put ssl_config.txt; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a TF Serving config whose server_key is empty: TF Serving cannot start TLS",
 "args": ["--tf-serving-config", "ssl_config.txt", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "empty-input", "severity": "error"}],
 "forbid": [{"code": "key-mismatch"}]}
JSON
case_ tf-serving-wrong-order
pem intermediate.pem leaf.pem > "$work/tf-reversed.pem"
{ printf 'server_key: '; tf_string "$work/leaf.key"; printf '\nserver_cert: '; tf_string "$work/tf-reversed.pem"; printf '\n'; } | put ssl_config.txt; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "TF Serving server_cert with the intermediate before the leaf",
 "args": ["--tf-serving-config", "ssl_config.txt", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "wrong-order", "severity": "error"}],
 "forbid": [{"code": "key-mismatch"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

# === severity as clients behave ==============================================================
case_ der-leaf-for-nginx
openssl x509 -in "$work/leaf.pem" -outform DER -out "$dir/www.example.com.crt"; std_files
expect <<JSON
{"description": "the CA's DER download configured as nginx's ssl_certificate: nginx cannot load it",
 "args": ["--cert", "www.example.com.crt", $STD], "exit": 1,
 "expect": [{"code": "format-der", "severity": "error"}, {"code": "missing-intermediate", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-unknown"}]}
JSON
key soon; csr soon "/CN=www.example.com"
sign soon intermediate leaf 3401 20260301000000Z 20260605183000Z
case_ expires-in-four-days
pem soon.pem intermediate.pem | put fullchain.pem; cp "$work/soon.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "the leaf expires in 4 days 6 hours 30 minutes: a warning with the time left; clients still connect today",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "expires-soon", "severity": "warning", "certificate": 0}],
 "mentions": ["4 days 6 hours 30 minutes"],
 "omits": ["will fail"],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
key oldint; csr oldint "/O=PureX509 Real Life/CN=Real Life Issuing CA 1"
sign oldint root intermediate 2101 20230101000000Z 20260501000000Z
key leafold; csr leafold "/CN=www.example.com"
sign leafold oldint leaf 3502 20260101000000Z 20270101000000Z
case_ expired-intermediate-in-chain
pem leafold.pem oldint.pem | put fullchain.pem; cp "$work/leafold.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a valid leaf served with its issuing CA, which expired last month: the chain must not be called trusted",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "expired", "severity": "error", "certificate": 1}],
 "forbid": [{"code": "key-mismatch"}, {"code": "expired", "certificate": 0}],
 "omits": ["(trusted)"]}
JSON
case_ expired-root-served-and-trusted
selfsign oldroot "/O=PureX509 Real Life/CN=Real Life Old Root" root 1101 20100101000000Z 20260401000000Z
key oldrootint; csr oldrootint "/O=PureX509 Real Life/CN=Real Life Old Issuing CA"
sign oldrootint oldroot intermediate 2201 20150101000000Z 20300101000000Z
key oldrootleaf; csr oldrootleaf "/CN=www.example.com"
sign oldrootleaf oldrootint leaf 3601 20260101000000Z 20270101000000Z
pem oldrootleaf.pem oldrootint.pem oldroot.pem | put fullchain.pem; cp "$work/oldrootleaf.key" "$dir/privkey.pem"; cp "$work/oldroot.pem" "$dir/root.pem"
expect <<JSON
{"description": "the chain ends at a root that expired in April (served and in the trust store)",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "expired", "severity": "error"}],
 "forbid": [{"code": "key-mismatch"}],
 "omits": ["(trusted)"]}
JSON

# === names ===================================================================================
key wild; csr wild "/CN=*.example.com"
SAN="DNS:*.example.com" sign wild intermediate leaf 3701 20260101000000Z 20270101000000Z
WILD="CN=*.example.com"
case_ wildcard-apex
pem wild.pem intermediate.pem | put fullchain.pem; cp "$work/wild.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a *.example.com certificate served for example.com itself",
 "args": ["--cert", "fullchain.pem", "--key", "privkey.pem", "--ca", "root.pem", "--host", "example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "name-mismatch", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "wildcard-too-deep"}, {"code": "key-mismatch"}],
 "mentions": ["does not cover example.com itself", "-d example.com -d '*.example.com'"]}
JSON
case_ wildcard-subdomain
pem wild.pem intermediate.pem | put fullchain.pem; cp "$work/wild.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a *.example.com certificate served for api.example.com",
 "args": ["--cert", "fullchain.pem", "--key", "privkey.pem", "--ca", "root.pem", "--host", "api.example.com", "--at", "$AT"], "exit": 0, "findings": [],
 "fixedChain": ["$WILD", "$INTERMEDIATE"]}
JSON
case_ wildcard-two-levels
pem wild.pem intermediate.pem | put fullchain.pem; cp "$work/wild.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a *.example.com certificate served for a.b.example.com",
 "args": ["--cert", "fullchain.pem", "--key", "privkey.pem", "--ca", "root.pem", "--host", "a.b.example.com", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "wildcard-too-deep", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "name-mismatch"}]}
JSON
key ipleaf; csr ipleaf "/CN=10.0.0.5"
SAN="IP:10.0.0.5, DNS:internal.example.com" sign ipleaf intermediate leaf 3801 20260101000000Z 20270101000000Z
case_ ip-host-ip-san
pem ipleaf.pem intermediate.pem | put fullchain.pem; cp "$work/ipleaf.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "--host 10.0.0.5 on a certificate with IP:10.0.0.5: checked as an IP address, covered",
 "args": ["--cert", "fullchain.pem", "--key", "privkey.pem", "--ca", "root.pem", "--host", "10.0.0.5", "--at", "$AT"], "exit": 0, "findings": [],
 "forbid": [{"code": "name-mismatch"}, {"code": "ip-in-dns-san"}, {"code": "name-only-in-cn"}]}
JSON
case_ ip-host-dns-only-certificate
pem leaf.pem intermediate.pem | put fullchain.pem; std_files
expect <<JSON
{"description": "--host 192.0.2.10 on a certificate for www.example.com: checked as an IP, no certbot advice (public CAs hardly issue for IPs)",
 "args": ["--cert", "fullchain.pem", "--key", "privkey.pem", "--ca", "root.pem", "--host", "192.0.2.10", "--at", "$AT"], "exit": 1,
 "expect": [{"code": "name-mismatch", "severity": "error", "certificate": 0}],
 "mentions": ["IP:192.0.2.10"],
 "omits": ["certbot"]}
JSON
case_ ip-host-in-cn-only
pem ipleaf.pem intermediate.pem | put fullchain.pem; cp "$work/ipleaf.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "--host https://internal.example.com:8443/health: the URL is reduced to its host",
 "args": ["--cert", "fullchain.pem", "--key", "privkey.pem", "--ca", "root.pem", "--host", "https://internal.example.com:8443/health", "--at", "$AT"], "exit": 0, "findings": []}
JSON
case_ no-host-given
pem leaf.pem intermediate.pem | put fullchain.pem; std_files
expect <<JSON
{"description": "no --host: every other check runs, and the report says the name was not checked",
 "args": ["--cert", "fullchain.pem", "--key", "privkey.pem", "--ca", "root.pem", "--at", "$AT"], "exit": 0, "findings": [],
 "mentions": ["not checked"],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
key cnleaf; csr cnleaf "/CN=legacy-web01.example.com"
SAN="DNS:www.example.com, DNS:example.com" sign cnleaf intermediate leaf 3901 20260101000000Z 20270101000000Z
case_ cn-not-in-san
pem cnleaf.pem intermediate.pem | put fullchain.pem; cp "$work/cnleaf.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "an internal CA put the machine name in the CN and the service names in the SAN: clients accept it",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "cn-not-in-san", "severity": "warning", "certificate": 0}],
 "forbid": [{"code": "name-mismatch"}, {"code": "no-path"}]}
JSON
case_ name-www-missing
key apexonly; csr apexonly "/CN=example.com"
SAN="DNS:example.com" sign apexonly intermediate leaf 3902 20260101000000Z 20270101000000Z
pem apexonly.pem intermediate.pem | put fullchain.pem; cp "$work/apexonly.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a certificate for example.com only, served for www.example.com",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "name-mismatch", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "wildcard-too-deep"}],
 "mentions": ["certbot"]}
JSON

# === chains: stale intermediates, cross-signs, expiring CAs, leaf-only ======================
# The issuing CA renewed with a new key under the same name; the old one (oldint) is still
# valid here in a variant that expires later.
key staleint; csr staleint "/O=PureX509 Real Life/CN=Real Life Issuing CA 1"
sign staleint root intermediate 2102 20230101000000Z 20300101000000Z
case_ stale-same-name-intermediate
pem leaf.pem staleint.pem | put fullchain.pem; std_files
mkdir -p "$dir/ca-bundle"; pem intermediate.pem | put ca-bundle/current.pem
expect <<JSON
{"description": "the leaf is served with the previous, same-name version of its issuing CA (another key); the current one is in the CA's bundle",
 "args": ["--cert", "fullchain.pem", "--repair-from", "ca-bundle", $STD], "exit": 1,
 "expect": [{"code": "missing-intermediate", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "name-mismatch"}, {"code": "bad-signature", "certificate": 0}],
 "mentions": ["same name"],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ stale-and-current-intermediates
pem leaf.pem intermediate.pem staleint.pem | put fullchain.pem; std_files
expect <<JSON
{"description": "both the current and the previous same-name issuing CA are served",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "unrelated-certificate", "severity": "warning", "certificate": 2}],
 "forbid": [{"code": "bad-signature"}, {"code": "key-mismatch"}, {"code": "duplicate-certificate"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
selfsign newroot "/O=PureX509 Real Life/CN=Real Life Root X2" root 1201 20250101000000Z 20450101000000Z
cp "$work/newroot.key" "$work/newroot-cross.key"; cp "$work/newroot.csr" "$work/newroot-cross.csr"
sign newroot-cross root cross 1202 20250101000000Z 20300101000000Z
key x2int; csr x2int "/O=PureX509 Real Life/CN=Real Life Issuing CA X2"
sign x2int newroot cross 2301 20250101000000Z 20300101000000Z
key x2leaf; csr x2leaf "/CN=www.example.com"
sign x2leaf x2int leaf 3951 20260101000000Z 20270101000000Z
X2INT="O=PureX509 Real Life,CN=Real Life Issuing CA X2"
case_ cross-signed-old-root-trusted
pem x2leaf.pem x2int.pem newroot-cross.pem | put fullchain.pem; cp "$work/x2leaf.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a new root cross-signed by the old one; clients have only the old root: the cross-sign is needed",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0, "findings": [],
 "forbid": [{"code": "unrelated-certificate"}, {"code": "untrusted-root"}],
 "fixedChain": ["$LEAF", "$X2INT", "O=PureX509 Real Life,CN=Real Life Root X2"]}
JSON
case_ cross-signed-both-roots-trusted
pem x2leaf.pem x2int.pem newroot-cross.pem | put fullchain.pem; cp "$work/x2leaf.key" "$dir/privkey.pem"; pem root.pem newroot.pem | put roots.pem
expect <<JSON
{"description": "the same chain, clients having both roots: the valid cross-sign keeps old clients working and is not a stranger",
 "args": ["--cert", "fullchain.pem", "--key", "privkey.pem", "--ca", "roots.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0,
 "forbid": [{"code": "unrelated-certificate"}, {"code": "expired-cross-sign"}, {"code": "untrusted-root"}]}
JSON
case_ cross-sign-missing-new-root-only
pem x2leaf.pem x2int.pem | put fullchain.pem; cp "$work/x2leaf.key" "$dir/privkey.pem"; cp "$work/root.pem" "$dir/root.pem"
mkdir -p "$dir/pool"; pem newroot-cross.pem | put pool/cross.pem; pem newroot.pem | put pool/newroot.pem
expect <<JSON
{"description": "clients have only the old root, the cross-sign is not served; the pool has it",
 "args": ["--cert", "fullchain.pem", "--repair-from", "pool", $STD], "exit": 1,
 "expect": [{"code": "missing-intermediate", "severity": "error", "certificate": 1}],
 "fixedChain": ["$LEAF", "$X2INT", "O=PureX509 Real Life,CN=Real Life Root X2"]}
JSON
key soonint; csr soonint "/O=PureX509 Real Life/CN=Real Life Issuing CA 1"
cp "$work/intermediate.key" "$work/soonint.key"; cp "$work/intermediate.csr" "$work/soonint.csr"
sign soonint root intermediate 2103 20230101000000Z 20260611000000Z
case_ expiring-intermediate
pem leaf.pem soonint.pem | put fullchain.pem; std_files
expect <<JSON
{"description": "the served intermediate expires in 9 days 12 hours (the leaf lasts until 2027)",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "expires-soon", "severity": "warning", "certificate": 1}],
 "forbid": [{"code": "expires-soon", "certificate": 0}, {"code": "key-mismatch"}],
 "mentions": ["9 days 12 hours"],
 "omits": ["will fail"]}
JSON
case_ leaf-only-no-pool
pem leaf.pem | put fullchain.pem; std_files
expect <<JSON
{"description": "only the leaf is served and no intermediate is at hand",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "missing-intermediate", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "untrusted-root"}, {"code": "no-path"}],
 "mentions": ["http://ca.example.test/intermediate.der"],
 "omits": ["(trusted)"]}
JSON
case_ leaf-only-with-pool
pem leaf.pem | put fullchain.pem; std_files
mkdir -p "$dir/pool"; pem intermediate.pem | put pool/current.pem; pem staleint.pem | put pool/previous.pem; pem x2int.pem | put pool/x2.pem
expect <<JSON
{"description": "only the leaf is served; the pool holds the right intermediate, its stale namesake and another CA",
 "args": ["--cert", "fullchain.pem", "--repair-from", "pool", $STD], "exit": 1,
 "expect": [{"code": "missing-intermediate", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "bad-signature"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ leaf-and-root-only
pem leaf.pem root.pem | put fullchain.pem; std_files
expect <<JSON
{"description": "the leaf and the root are served, the intermediate between them is not",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "missing-intermediate", "severity": "error", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "untrusted-root"}]}
JSON
case_ chain-reversed-with-root
pem root.pem intermediate.pem leaf.pem | put fullchain.pem; std_files
expect <<JSON
{"description": "root, intermediate, leaf: the order of a Windows export",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 1,
 "expect": [{"code": "wrong-order", "severity": "error"}, {"code": "root-included", "severity": "info", "certificate": 0}],
 "forbid": [{"code": "key-mismatch"}, {"code": "name-mismatch"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ chain-with-other-sites-cert
sign other other-root leaf 3991 20260101000000Z 20270101000000Z
pem leaf.pem intermediate.pem other.pem | put fullchain.pem; std_files
expect <<JSON
{"description": "another www.example.com certificate (from another CA) left at the end of the chain",
 "args": ["--cert", "fullchain.pem", $STD], "exit": 0,
 "expect": [{"code": "unrelated-certificate", "severity": "warning", "certificate": 2}],
 "forbid": [{"code": "key-mismatch"}, {"code": "wrong-order"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ pkcs12-from-windows
openssl pkcs12 -export -inkey "$work/leaf.key" -in "$work/leaf.pem" -certfile "$work/intermediate.pem" -passout pass: -out "$dir/site.pfx"
cp "$work/root.pem" "$dir/root.pem"
expect <<JSON
{"description": "a .pfx exported from Windows (no password) configured where PEM is expected",
 "args": ["--cert", "site.pfx", "--ca", "root.pem", "--host", "www.example.com", "--at", "$AT"], "exit": 0,
 "expect": [{"code": "format-pkcs12", "severity": "warning"}],
 "forbid": [{"code": "key-mismatch"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON
case_ p7b-from-portal
pem leaf.pem intermediate.pem > "$work/p7in.pem"
openssl crl2pkcs7 -nocrl -certfile "$work/p7in.pem" -outform DER -out "$dir/certificate.p7b"; std_files
expect <<JSON
{"description": "a DER .p7b from a CA portal configured as the certificate",
 "args": ["--cert", "certificate.p7b", $STD], "exit": 0,
 "expect": [{"code": "format-pkcs7", "severity": "warning"}],
 "forbid": [{"code": "key-mismatch"}, {"code": "format-der"}],
 "fixedChain": ["$LEAF", "$INTERMEDIATE"]}
JSON

echo "real-life: $(ls "$out" | wc -l) cases"
