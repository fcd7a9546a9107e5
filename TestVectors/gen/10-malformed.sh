#!/usr/bin/env bash
# Hand-made malformed DER and PEM inputs (TestVectors/malformed/), each described with its
# expected error in TestVectors/malformed/README.md and checked by
# Tests/PureX509ASN1Tests/MalformedVectorTests.swift.
#
# The bytes are written with printf (and python3 for the deep nesting), except a valid
# base certificate made with the openssl CLI from a committed throwaway test key
# (base-key.pem, generated once), with fixed dates and serial; re-running changes only
# its ECDSA signature and the vectors cut from it.
set -euo pipefail
cd "$(dirname "$0")/../malformed"

put() { printf "$2" > "$1"; }   # put FILE BYTES (printf escapes)

# --- valid base certificate -------------------------------------------------------------
if [ ! -f base-key.pem ]; then
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out base-key.pem
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
touch "$work/index.txt"
echo 1000 > "$work/serial"
cat > "$work/ca.cnf" <<CNF
[ca]
default_ca = base
[base]
database = $work/index.txt
serial = $work/serial
new_certs_dir = $work
default_md = sha256
policy = any
unique_subject = no
copy_extensions = none
x509_extensions = ext
[any]
commonName = supplied
organizationName = optional
[ext]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
CNF
openssl req -new -key base-key.pem -subj "/O=PureX509 tests/CN=PureX509 malformed-vector base" -out "$work/base.csr"
openssl ca -batch -config "$work/ca.cnf" -selfsign -keyfile base-key.pem -in "$work/base.csr" \
    -startdate 20260101000000Z -enddate 20360101000000Z -notext -out "$work/base.pem" 2>/dev/null
openssl x509 -in "$work/base.pem" -outform DER -out base-cert.der
openssl x509 -in base-cert.der -inform DER -out base-cert.pem

# --- DER: one strict rule broken each ---------------------------------------------------
put indefinite-length.der     '\x30\x80\x02\x01\x01\x00\x00'
put nonminimal-length.der     '\x30\x82\x00\x03\x02\x01\x01'
put long-form-below-128.der   '\x30\x81\x03\x02\x01\x01'
put length-ff.der             '\x30\xff\x02\x01\x01'
put nonminimal-integer.der    '\x30\x04\x02\x02\x00\x01'
put nonminimal-integer-ff.der '\x30\x04\x02\x02\xff\x80'
put empty-integer.der         '\x30\x02\x02\x00'
put boolean-01.der            '\x30\x03\x01\x01\x01'
put bitstring-unused-8.der    '\x30\x04\x03\x02\x08\x00'
put bitstring-unused-set.der  '\x30\x04\x03\x02\x01\x01'
put bitstring-empty-unused.der '\x30\x03\x03\x01\x03'
put null-content.der          '\x30\x03\x05\x01\x00'
put oid-empty.der             '\x30\x02\x06\x00'
put oid-0x80-arc.der          '\x30\x05\x06\x03\x55\x80\x03'
put oid-truncated-arc.der     '\x30\x04\x06\x02\x55\x84'
put utctime-no-seconds.der    '\x30\x0d\x17\x0b2611221200Z'
put utctime-no-z.der          '\x30\x0e\x17\x0c261122120000'
put utctime-offset.der        '\x30\x13\x17\x11261122120000+0100'
put utctime-feb29.der         '\x30\x0f\x17\x0d230229000000Z'
put utctime-month13.der       '\x30\x0f\x17\x0d261322120000Z'
put utctime-hour24.der        '\x30\x0f\x17\x0d261122240000Z'
put gentime-fraction.der      '\x30\x13\x18\x1120261122120000.5Z'
put printable-at.der          '\x30\x0f\x13\x0dadmin@example'
put ia5-high.der              '\x30\x04\x16\x02\x61\xe9'
put utf8-overlong.der         '\x30\x04\x0c\x02\xc0\xaf'
put utf8-surrogate.der        '\x30\x05\x0c\x03\xed\xa0\x80'
put bmp-odd.der               '\x30\x05\x1e\x03\x00\x41\x00'
put universal-bad-length.der  '\x30\x05\x1c\x03\x00\x00\x41'
put high-tag-leading-80.der   '\x30\x04\x9f\x80\x1f\x00'
put high-tag-below-31.der     '\x30\x03\x9f\x1e\x00'
put end-of-contents.der       '\x30\x02\x00\x00'
put constructed-octet-string.der '\x30\x05\x24\x03\x04\x01\x00'
put primitive-sequence.der    '\x30\x02\x10\x00'
put trailing-after.der        '\x30\x03\x02\x01\x01\x05\x00'
put truncated-inside.der      '\x30\x06\x02\x01\x01\x04\x05\x00'
python3 - <<'PY'
# 100 nested SEQUENCEs: deeper than the 64-level limit.
levels = 100
lengths = [0] * levels
inner = 0
for level in range(levels - 1, -1, -1):
    lengths[level] = inner
    inner += 2 if inner < 128 else 3
out = bytearray()
for length in lengths:
    out.append(0x30)
    out += bytes([length]) if length < 128 else bytes([0x81, length])
open("deep-nesting.der", "wb").write(out)
PY
# Cut from the base certificate.
head -c 300 base-cert.der > cert-truncated.der
{ cat base-cert.der; printf '\x00\x00'; } > cert-trailing-garbage.der

# --- PEM -----------------------------------------------------------------------------
: > pem-empty.pem
printf 'This file has no PEM block at all.\n' > pem-no-block.pem
sed '3s/^\(.\{9\}\)./\1!/' base-cert.pem > pem-bad-character.pem
{ head -n 4 base-cert.pem; head -n 4 base-cert.pem; tail -n 1 base-cert.pem; } > pem-missing-end.pem
sed 's/END CERTIFICATE/END X509 CRL/' base-cert.pem > pem-label-mismatch.pem
head -n 5 base-cert.pem > pem-truncated.pem
{ head -n 1 base-cert.pem; printf 'Zg==Zg==\n'; tail -n 1 base-cert.pem; } > pem-bad-padding.pem
{ head -n 1 base-cert.pem; printf 'Zm9vY\n'; tail -n 1 base-cert.pem; } > pem-dangling.pem
{ printf 'intro\n'; tail -n 1 base-cert.pem; } > pem-end-without-begin.pem
{ printf '\xef\xbb\xbf'; cat base-cert.pem; } > pem-bom.pem
sed 's/$/\r/' base-cert.pem > pem-crlf.pem
{ cat base-cert.pem; printf 'garbage after the end\n'; } > pem-trailing-garbage.pem
openssl ec -in base-key.pem -aes-128-cbc -passout pass:malformed 2>/dev/null > pem-legacy-encrypted.pem
