#!/usr/bin/env bash
# Memory on hostile input: builds Fuzz/Tools/MeasureRSS.swift (-O, no sanitizer) and runs
# each reader over 100 MB inputs of several hostile shapes, checking that the peak RSS the
# reader adds stays under RATIO times the input (default 8; the requirement is "a 100 MB
# garbage input must not take 100x that"), or under FLOOR_MB (default 256) for readers
# whose memory is capped absolutely (the tree readers stop at a million elements, so a
# small input can reach the cap; the certificate-file reader keeps every certificate, so a
# file of valid certificates is its worst case). Exits non-zero when a bound is exceeded.
#
#   Fuzz/measure-rss.sh            100 MB inputs
#   SIZE_MB=10 Fuzz/measure-rss.sh smaller inputs (quick check)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
size_mb=${SIZE_MB:-100}
ratio=${RATIO:-8}
floor_mb=${FLOOR_MB:-256}
out=Fuzz/.build-rss
FUZZ_BUILD=$out FUZZ_SANITIZE=none Fuzz/build.sh --modules-only
tool=$out/measure-rss
if [ ! -x "$tool" ] || [ Fuzz/Tools/MeasureRSS.swift -nt "$tool" ] || [ "$out/PureX509.o" -nt "$tool" ]; then
    echo "== linking measure-rss"
    swiftc -swift-version 6 -parse-as-library -O -I "$out" -module-name MeasureRSS Fuzz/Tools/MeasureRSS.swift \
        "$out/PureX509ASN1.o" "$out/PureX509Crypto.o" "$out/PureX509.o" -o "$tool"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/purex509-rss.XXXXXX")
trap 'rm -rf "$work"' EXIT
bytes=$((size_mb * 1024 * 1024))
python3 - "$work" "$bytes" TestVectors/malformed/base-cert.der <<'PY'
import base64, os, sys
work, size, small_cert = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def write(name, data):
    with open(os.path.join(work, name), "wb") as f:
        f.write(data)
def header(tag, length):
    if length < 0x80:
        return bytes([tag, length])
    octets = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(octets)]) + octets
rnd = os.urandom(size)
write("random.bin", rnd)
write("newlines.txt", b"\n" * size)
# One SEQUENCE holding NULLs: the most elements per byte DER allows (2 bytes each).
body = b"\x05\x00" * ((size - 6) // 2)
write("nulls.der", header(0x30, len(body)) + body)
# Top-level NULLs (no enclosing SEQUENCE).
write("nulls-top.der", b"\x05\x00" * (size // 2))
# Empty SEQUENCEs, each inside an OCTET STRING (the dump looks inside OCTET STRINGs).
write("octets.der", b"\x04\x02\x30\x00" * (size // 4))
# Definite-length SEQUENCEs nested 100 000 deep around random bytes (depth limit).
depth = 100000
lengths = [size - 8 * depth]
for _ in range(depth):
    lengths.append(lengths[-1] + len(header(0x30, lengths[-1])))
write("deep.der", b"".join(header(0x30, l) for l in reversed(lengths[:-1])) + rnd[: lengths[0]])
# A certificate-shaped SEQUENCE with a huge random body.
write("huge-seq.der", header(0x30, size - 6) + rnd[: size - 6])
# PEM: one block of valid base64 over random bytes; many tiny blocks; BEGIN then line ends.
raw = rnd[: (size * 3) // 4 - 100]
write("pem-one-block.pem", b"-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(raw) + b"-----END CERTIFICATE-----\n")
tiny = b"-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n"
write("pem-many-blocks.pem", tiny * (size // len(tiny)))
# A valid certificate (the smallest test vector) over and over: every one parses and is
# kept, so this is the most certificates a file of this size can hold.
with open(small_cert, "rb") as f:
    block = b"-----BEGIN CERTIFICATE-----\n" + base64.encodebytes(f.read()) + b"-----END CERTIFICATE-----\n"
write("pem-many-certs.pem", block * (size // len(block)))
write("pem-blank-lines.pem", b"-----BEGIN CERTIFICATE-----\n" + b"\n" * (size - 60) + b"-----END CERTIFICATE-----\n")
PY

failed=0
check() {
    local mode=$1 file=$2
    local line
    line=$("$tool" "$mode" "$work/$file")
    local input before after added limit
    input=$(sed -n 's/.*input_bytes=\([0-9]*\).*/\1/p' <<<"$line")
    before=$(sed -n 's/.*rss_before_kb=\([0-9]*\).*/\1/p' <<<"$line")
    after=$(sed -n 's/.*rss_after_kb=\([0-9]*\).*/\1/p' <<<"$line")
    added=$(( (after - before) / 1024 ))
    limit=$(( input * ratio / 1024 / 1024 ))
    [ "$limit" -lt "$floor_mb" ] && limit=$floor_mb
    local verdict=ok
    if [ "$added" -gt "$limit" ]; then verdict="OVER (limit ${limit} MB)"; failed=1; fi
    printf '%-12s %-22s input %4d MB  added peak RSS %5d MB  %s  [%s]\n' \
        "$mode" "$file" $((input / 1024 / 1024)) "$added" "$verdict" "$(sed 's/.*result=//' <<<"$line" | cut -c1-70)"
}

for file in random.bin nulls.der nulls-top.der octets.der deep.der huge-seq.der; do
    check der-walk "$file"
    check asn1node "$file"
    check asn1dump "$file"
    check certificate "$file"
done
for file in newlines.txt pem-one-block.pem pem-many-blocks.pem pem-blank-lines.pem pem-many-certs.pem random.bin; do
    check pem "$file"
    check certificate "$file"
    check certificate-file "$file"
done
exit $failed
