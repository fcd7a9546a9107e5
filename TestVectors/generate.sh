#!/usr/bin/env bash
# Regenerates every test vector with the openssl CLI (OpenSSL 3.x).
# Each part lives in TestVectors/gen/NN-name.sh and writes under TestVectors/<name>/;
# parts run in order. Dates and serials are fixed, so re-running changes nothing but
# randomized signatures (and keys, where a part does not pin them).
set -euo pipefail
cd "$(dirname "$0")"
for part in gen/*.sh; do
    [ -e "$part" ] || continue
    echo "== $part"
    bash "$part"
done
