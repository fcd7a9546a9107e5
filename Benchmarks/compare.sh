#!/usr/bin/env bash
# Runs every PureX509 benchmark beside its peer and prints one comparison table.
#
#   Benchmarks/compare.sh            full run (several minutes; numbers for the README)
#   Benchmarks/compare.sh --quick    a few seconds of measuring: small iteration counts,
#                                    small pools (CI runs this so the target never rots)
#   --markdown                       print the table as Markdown (for Benchmarks/README.md)
#   --no-e2e                         skip the x509dump whole-process timings
#   --e2e-only                       only the x509dump whole-process timings (no
#                                    package-benchmark, no BoringSSL build)
#
# Builds in release into Benchmarks/.build (git-ignored) and reuses it: the first build
# compiles swift-crypto's BoringSSL and takes a while on two cores; later runs do not.
# The x509dump rows time the binary people install: the root package's release build with
# the Swift standard library linked statically (as Scripts/build-static.sh and CI make it).
set -euo pipefail
cd "$(dirname "$0")"

quick=0; markdown=""; e2e=1; bench=1
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        --markdown) markdown="--markdown" ;;
        --no-e2e) e2e=0 ;;
        --e2e-only) bench=0 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "compare.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

mode=$([ "$quick" = 1 ] && echo quick || echo full)
out=".build/bench-results/$mode"
rm -rf "$out"; mkdir -p "$out/percentiles" "$out/e2e"
export PUREX509_BENCH_QUICK=$quick

start=$(date +%s)
log() { echo "== $* ($(( $(date +%s) - start ))s)" >&2; }
# Runs a step with its output in $out/NAME.log, shown only when the step fails.
quiet() {
    local name=$1; shift
    if ! "$@" > "$out/$name.log" 2>&1; then
        tail -40 "$out/$name.log" >&2
        echo "compare.sh: step '$name' failed (full log: Benchmarks/$out/$name.log)" >&2
        exit 1
    fi
}

if [ "$bench" = 1 ]; then
    log "building (release)"
    quiet build-bench-info swift build -c release --product bench-info

    log "bench-info (inputs, retained memory)"
    "$(swift build -c release --show-bin-path)/bench-info" > "$out/info.json"

    log "package-benchmark ($mode)"
    # histogramPercentiles: one TSV per benchmark and metric; report.py reads percentile 50.
    quiet benchmark swift package --allow-writing-to-package-directory benchmark \
        --format histogramPercentiles --path "$out/percentiles" --no-progress
    # A benchmark that throws (for example PureX509 rejecting a signature the peer made) is
    # reported by package-benchmark; never let it pass as a missing ("pending") row.
    if grep -qE "failed with|job\(s\) failed|benchmarks failed" "$out/benchmark.log"; then
        grep -E "failed" "$out/benchmark.log" >&2
        echo "compare.sh: a benchmark failed (log: Benchmarks/$out/benchmark.log)" >&2
        exit 1
    fi
fi

if [ "$e2e" = 1 ]; then
    log "building x509dump (release, static Swift standard library)"
    quiet build-x509dump bash -c 'cd .. && swift build -c release --static-swift-stdlib --product x509dump'
    x509dump="$(cd .. && swift build -c release --static-swift-stdlib --show-bin-path)/x509dump"
    log "x509dump end to end"
    Scripts/e2e.sh "$x509dump" "$out/e2e" "$quick" >&2 || \
        echo "e2e timings failed (see above)" >&2
fi

log "report"
python3 Scripts/report.py "$out/percentiles" "$out/info.json" "$out/e2e" $markdown $([ "$bench" = 0 ] && echo --e2e-only)
