#!/usr/bin/env bash
# Runs every PureX509 benchmark beside its peer and prints one comparison table.
#
#   Benchmarks/compare.sh            full run (several minutes; numbers for the README)
#   Benchmarks/compare.sh --quick    a few seconds of measuring: small iteration counts,
#                                    small pools (CI runs this so the target never rots)
#   --markdown                       print the table as Markdown (for Benchmarks/README.md)
#   --no-e2e                         skip the x509dump whole-process timings
#
# Builds in release into Benchmarks/.build (git-ignored) and reuses it: the first build
# compiles swift-crypto's BoringSSL and takes a while on two cores; later runs do not.
set -euo pipefail
cd "$(dirname "$0")"

quick=0; markdown=""; e2e=1
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        --markdown) markdown="--markdown" ;;
        --no-e2e) e2e=0 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "compare.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

mode=$([ "$quick" = 1 ] && echo quick || echo full)
out=".build/bench-results/$mode"
rm -rf "$out"; mkdir -p "$out/percentiles" "$out/e2e"
export PUREX509_BENCH_QUICK=$quick

log() { echo "== $*" >&2; }

log "building (release)"
swift build -c release --product bench-info >&2
swift build -c release --product x509dump >&2

log "bench-info (inputs, retained memory)"
"$(swift build -c release --show-bin-path)/bench-info" > "$out/info.json"

log "package-benchmark ($mode)"
# histogramPercentiles: one TSV per benchmark and metric; report.py reads percentile 50.
swift package --allow-writing-to-package-directory benchmark \
    --format histogramPercentiles --path "$out/percentiles" --no-progress >&2

if [ "$e2e" = 1 ]; then
    log "x509dump end to end"
    Scripts/e2e.sh "$(swift build -c release --show-bin-path)/x509dump" "$out/e2e" "$quick" >&2 || \
        echo "e2e timings failed (see above)" >&2
fi

python3 Scripts/report.py "$out/percentiles" "$out/info.json" "$out/e2e" $markdown
