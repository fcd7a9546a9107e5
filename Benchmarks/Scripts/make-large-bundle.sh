#!/usr/bin/env bash
# The large input of issue 18: the system CA bundle repeated 100 times (13,900
# certificates and 21 MB of PEM on Debian 13), written into Benchmarks/.build/large/
# (git-ignored). Prints the path. Reuses the file when it is already there.
#
#   Benchmarks/Scripts/make-large-bundle.sh [SOURCE [COPIES]]
set -euo pipefail
source=${1:-${PUREX509_BENCH_BUNDLE:-/etc/ssl/certs/ca-certificates.crt}}
copies=${2:-100}
dir="$(cd "$(dirname "$0")/.." && pwd)/.build/large"
[ -r "$source" ] || { echo "make-large-bundle.sh: $source is not readable" >&2; exit 2; }
mkdir -p "$dir"
out="$dir/bundle-x$copies.pem"
if [ ! -s "$out" ] || [ "$source" -nt "$out" ]; then
    tmp="$out.tmp.$$"
    for _ in $(seq "$copies"); do cat "$source"; done > "$tmp"
    mv "$tmp" "$out"
fi
echo "$out"
