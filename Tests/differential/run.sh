#!/usr/bin/env bash
# Differential test: PureX509's view of every certificate in TestVectors/ and the system CA
# bundle against OpenSSL's, field by field (Tests/differential/compare.py). Skips with a
# message (exit 0) when openssl or python3 is missing. Exit 1 on any disagreement.
#
#   Tests/differential/run.sh [FILE...]     (default: TestVectors/**/*.pem|der|crt + CA bundle)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
for tool in openssl python3 swiftc; do
    command -v "$tool" >/dev/null || { echo "differential: $tool not found, skipped"; exit 0; }
done

out=Fuzz/.build-rss
FUZZ_BUILD=$out FUZZ_SANITIZE=none Fuzz/build.sh --modules-only
tool=$out/cert-fields
if [ ! -x "$tool" ] || [ Tests/differential/CertFields.swift -nt "$tool" ] || [ "$out/PureX509.o" -nt "$tool" ]; then
    echo "== linking cert-fields"
    swiftc -swift-version 6 -parse-as-library -O -I "$out" -module-name CertFields Tests/differential/CertFields.swift \
        "$out/PureX509ASN1.o" "$out/PureX509Crypto.o" "$out/PureX509.o" -o "$tool"
fi

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    # Certificates only: the valid vectors (malformed ones are checked by the unit tests),
    # not keys, CSRs, CRLs or containers.
    while IFS= read -r file; do files+=("$file"); done < <(
        find TestVectors -type f \( -name '*.cert.pem' -o -name '*.cert.der' -o -name 'base-cert.der' \
            -o -name '*.crt' -o -name 'chain*.pem' \) -not -path '*/gen/*' | sort)
    [ -r /etc/ssl/certs/ca-certificates.crt ] && files+=(/etc/ssl/certs/ca-certificates.crt)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/purex509-diff.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The certificates as OpenSSL sees them, one DER per (file, index).
python3 - "$work/ders.json" "${files[@]}" <<'PY'
import json, subprocess, sys
out, files = sys.argv[1], sys.argv[2:]
items = []
for path in files:
    data = open(path, "rb").read()
    if b"-----BEGIN" in data:
        blocks, current = [], None
        for line in data.decode("latin-1").splitlines(keepends=True):
            if line.startswith("-----BEGIN CERTIFICATE-----") or line.startswith("-----BEGIN TRUSTED CERTIFICATE-----"):
                current = [line]
            elif current is not None:
                current.append(line)
                if line.startswith("-----END"):
                    blocks.append("".join(current)); current = None
        for index, block in enumerate(blocks):
            der = subprocess.run(["openssl", "x509", "-outform", "der"], input=block.encode("latin-1"),
                                 capture_output=True).stdout
            items.append({"file": path, "index": index, "der_hex": der.hex()})
    else:
        items.append({"file": path, "index": 0, "der_hex": data.hex()})
json.dump(items, open(out, "w"))
PY
"$tool" "${files[@]}" > "$work/ours.jsonl"
python3 Tests/differential/compare.py "$work/ders.json" "$work/ours.jsonl"
