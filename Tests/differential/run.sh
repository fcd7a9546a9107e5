#!/usr/bin/env bash
# Differential test: what `x509dump show --json` prints for every certificate in
# TestVectors/ and the system CA bundle against OpenSSL's view, field by field
# (Tests/differential/compare.py). Skips with a message (exit 0) when openssl or python3 is
# missing. Exit 1 on any disagreement.
#
#   Tests/differential/run.sh [FILE...]   (default: the certificate files of TestVectors/ + CA bundle)
#
# x509dump: $X509DUMP if set; else built with `swift build --product x509dump` (debug, or
# CONFIG=release); else an existing .build/{release,debug}/x509dump.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
for tool in openssl python3; do
    command -v "$tool" >/dev/null || { echo "differential: $tool not found, skipped"; exit 0; }
done

tool=${X509DUMP:-}
if [ -z "$tool" ]; then
    if command -v swift >/dev/null; then
        config=${CONFIG:-debug}
        swift build --product x509dump -c "$config" >&2
        tool=$(swift build -c "$config" --show-bin-path)/x509dump
    else
        for candidate in .build/release/x509dump .build/debug/x509dump; do
            [ -x "$candidate" ] && { tool=$candidate; break; }
        done
    fi
fi
[ -n "$tool" ] && [ -x "$tool" ] || { echo "differential: no x509dump binary (and no swift to build one), skipped"; exit 0; }

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
    # The certificate files (PEM or DER) of TestVectors, not keys, CSRs, CRLs or containers
    # (their certificates are compared through the PEM OpenSSL extracted from them); not
    # TestVectors/malformed (DER broken on purpose, checked by the unit tests).
    # The diagnosis scenarios' PEM files too (some broken on purpose: refused by both).
    while IFS= read -r file; do files+=("$file"); done < <( {
        find TestVectors -type f \( -name '*.cert.pem' -o -name '*.cert.der' -o -name 'base-cert.der' \
            -o -name '*.crt' -o -name 'chain*.pem' -o -name '*extracted-certs.pem' \
            -o -path 'TestVectors/certs/*.pem' -o -path 'TestVectors/certs/*.der' -o -path 'TestVectors/verification/*.pem' \) \
            -not -path 'TestVectors/certs/keys/*' -not -path '*/gen/*'
        find TestVectors/scenarios -type f -name '*.pem'
    } | sort -u)
    [ -r /etc/ssl/certs/ca-certificates.crt ] && files+=(/etc/ssl/certs/ca-certificates.crt)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/purex509-diff.XXXXXX")
trap 'rm -rf "$work"' EXIT
# Exit code 1 means some input had a problem (a refused certificate): compare.py lists it.
status=0
"$tool" show --json "${files[@]}" > "$work/show.json" || status=$?
if [ "$status" -gt 1 ]; then
    echo "differential: x509dump show failed with exit code $status" >&2
    exit 1
fi
python3 Tests/differential/compare.py "$work/show.json" "${files[@]}"
