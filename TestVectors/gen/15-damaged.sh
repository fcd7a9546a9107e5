#!/usr/bin/env bash
# Damaged certificates as they arrive in real life (TestVectors/damaged/), for the one
# reader's "nothing dropped silently" rule and for x509dump show's best-effort display of a
# certificate that fails strict parsing. Checked by Tests/x509dumpTests/DamagedCertificateShowTests.swift
# and Tests/PureX509Tests/Formats/LoaderReportsDamageTests.swift.
#
# One valid leaf (fixed dates and serial, issued by a fixed root with `openssl ca`), then
# copies with one part broken, each cut with python3 at a place found in the DER (never a
# fixed offset, since the ECDSA signature's length varies from run to run):
#   bad-extension.pem   the subjectAltName value is a SET where GeneralNames is a SEQUENCE
#   bad-time.pem        notAfter says month 13 (UTCTime 271301...)
#   wrong-version.pem   version 6 (INTEGER 5) where only v1-v3 exist
#   trailing-garbage.der  the DER certificate followed by 8 stray bytes
#   truncated.der       the DER certificate cut after 300 bytes (a download cut short)
#   two-one-damaged.pem the good leaf, then bad-extension's block (two certificates, one damaged)
#   damaged-first.pem   bad-time's block, then the good leaf
#   leaf.p12            the leaf in PKCS#12 with password "secret" (handed to a certificate loader)
# Re-running changes only the signatures.
set -euo pipefail
gen="$(cd "$(dirname "$0")" && pwd)"
out="$gen/../damaged"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$gen/lib/openssl-ca.sh"
{ ca_config_head; cat <<'CNF'
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:damaged.example.com, DNS:www.damaged.example.com
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
CNF
} > "$work/ca.cnf"

key root
csr root "/O=PureX509 Tests/CN=Damaged Root"
sign root root root 1500 20260101000000Z 20360101000000Z
key leaf
csr leaf "/O=PureX509 Tests/CN=damaged.example.com"
sign leaf root leaf 1501 20260101000000Z 20271231000000Z
openssl x509 -in "$work/leaf.pem" -out "$out/leaf.pem"
openssl x509 -in "$work/leaf.pem" -outform DER -out "$work/leaf.der"

python3 - "$work/leaf.der" "$out" <<'PY'
import base64, sys
der = open(sys.argv[1], "rb").read()
out = sys.argv[2]

def pem(data):
    b64 = base64.b64encode(data).decode()
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64)) + "\n-----END CERTIFICATE-----\n"

def replace_once(data, old, new):
    assert data.count(old) == 1, (old, data.count(old))
    return data.replace(old, new)

# subjectAltName: OID 2.5.29.17, OCTET STRING, GeneralNames SEQUENCE -> SET.
san = der.index(bytes.fromhex("0603551d11"))
octet = san + 5
assert der[octet] == 0x04
bad_extension = bytearray(der)
assert bad_extension[octet + 2] == 0x30
bad_extension[octet + 2] = 0x31
bad_extension = bytes(bad_extension)

# Validity: notAfter 271231000000Z -> month 13.
bad_time = replace_once(der, b"271231000000Z", b"271331000000Z")

# version [0] { INTEGER 2 } -> INTEGER 5.
wrong_version = replace_once(der[:16], bytes.fromhex("a003020102"), bytes.fromhex("a003020105")) + der[16:]

open(out + "/bad-extension.pem", "w").write(pem(bad_extension))
open(out + "/bad-time.pem", "w").write(pem(bad_time))
open(out + "/wrong-version.pem", "w").write(pem(wrong_version))
open(out + "/trailing-garbage.der", "wb").write(der + b"GARBAGE!")
open(out + "/truncated.der", "wb").write(der[:300])
open(out + "/two-one-damaged.pem", "w").write(pem(der) + pem(bad_extension))
open(out + "/damaged-first.pem", "w").write(pem(bad_time) + pem(der))
PY
openssl pkcs12 -export -in "$work/leaf.pem" -nokeys -passout pass:secret -out "$out/leaf.p12" 2>/dev/null
echo "wrote $(ls "$out" | wc -l) files to TestVectors/damaged/"
