#!/usr/bin/env bash
# Builds (Fuzz/build.sh) and runs every libFuzzer harness for a given time each.
#
#   Fuzz/run.sh 600                 ten minutes per harness, corpus grows in Fuzz/corpus-work/
#   Fuzz/run.sh --smoke 20          CI: replay the committed corpus and regressions, then fuzz
#                                   20 s each in a scratch corpus (nothing is kept)
#   Fuzz/run.sh 60 der pem          only these harnesses
#
# Exits non-zero when any harness reports a crash, leak, timeout or out-of-memory; the
# reproducer is written to Fuzz/out/<harness>-crash-... (git-ignored), the log to
# Fuzz/out/<harness>.log. Per-harness executions and time are appended to
# Fuzz/out/summary.tsv. Long runs on a shared machine: `nice -n 19 Fuzz/run.sh 600`.
# FUZZ_TIMEOUT (default 30 s) is the per-input limit: no real input takes more than a
# fraction of a second, but a process at nice 19 on a loaded machine can be starved for
# seconds at a time; a timeout artifact is replayed at once to tell the two apart.
# FUZZ_BUILD (default Fuzz/.build) and FUZZ_OUT (default Fuzz/out) move the binaries and
# the logs, e.g. for a clean smoke run beside a long run.
#
# Two runs at once (2 cores: `Fuzz/run.sh 600 der pem & Fuzz/run.sh 600 chain limbo`) are
# safe with different harnesses: build.sh takes a lock, logs, artifacts and corpora are
# per harness, and each summary row is one append of one short line.
set -uo pipefail
# The body is one function, read whole before it runs, so that editing this file during a
# long run cannot derail the run in progress.
main() {
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

smoke=0
if [ "${1:-}" = "--smoke" ]; then smoke=1; shift; fi
seconds=${1:-60}
shift || true
case "$seconds" in ''|*[!0-9]*) echo "usage: Fuzz/run.sh [--smoke] SECONDS [HARNESS...]" >&2; exit 2;; esac

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for file in Fuzz/Harnesses/*.swift; do names+=("$(basename "$file" .swift)"); done
fi

Fuzz/build.sh "${names[@]}" || { echo "fuzz build failed" >&2; exit 2; }

out=${FUZZ_OUT:-Fuzz/out}
build=${FUZZ_BUILD:-Fuzz/.build}
mkdir -p "$out"
timeout=${FUZZ_TIMEOUT:-30}
# Swift's own crash handler trips ASan (it reads the crashed stack); libFuzzer prints the
# stack itself.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0:handle_abort=1}

# Per-harness options: dictionary and input size cap (bytes). Defaults: der.dict, 8 KiB.
dict_for() {
    case "$1" in
        pem|diagnose) echo Fuzz/dict/pem.dict ;;
        tfserving) echo Fuzz/dict/tfserving.dict ;;
        symmetric) echo "" ;;
        hostname) echo Fuzz/dict/hostname.dict ;;
        limbo) echo Fuzz/dict/limbo.dict ;;
        tlsserver) echo Fuzz/dict/tlsserver.dict ;;
        *) echo Fuzz/dict/der.dict ;;
    esac
}
max_len_for() {
    case "$1" in
        pem|diagnose|chain|pkcs12|limbo|tlsserver) echo 16384 ;;
        *) echo 8192 ;;
    esac
}

# CPU seconds used by finished children of this shell so far (user + system), into
# cpu_now, from the `times` builtin: on a shared machine the executions follow the CPU a
# run got, not its wall time. (`times` must run in this shell, not in a subshell.)
times_file=$(mktemp "${TMPDIR:-/tmp}/purex509-fuzz-times.XXXXXX")
children_cpu() {
    times > "$times_file"
    cpu_now=$(tail -1 "$times_file" | awk '{ n = 0; for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); n += t[1] * 60 + t[2] } printf "%.0f", n }')
}

failed=()
printf '# %s\tmode=%s\tseconds=%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$([ $smoke = 1 ] && echo smoke || echo long)" "$seconds" >> "$out/summary.tsv"
for name in "${names[@]}"; do
    bin=$build/fuzz-$name
    seeds=Fuzz/corpus/$name
    mkdir -p "$seeds"
    if [ $smoke = 1 ]; then
        work=$(mktemp -d "${TMPDIR:-/tmp}/purex509-fuzz-$name.XXXXXX")
    else
        work=Fuzz/corpus-work/$name
        mkdir -p "$work"
    fi
    dict=$(dict_for "$name")
    options=(-max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -max_len="$(max_len_for "$name")"
             -artifact_prefix="$out/$name-" -print_final_stats=1)
    [ -n "$dict" ] && [ -f "$dict" ] && options+=(-dict="$dict")
    log=$out/$name.log
    echo "== $name: ${seconds}s ($([ $smoke = 1 ] && echo smoke || echo "corpus $work"))"

    status=0
    # Replay the committed seeds and regressions first: a crash found once stays fixed.
    if [ -d "Fuzz/regressions/$name" ] && [ -n "$(ls -A "Fuzz/regressions/$name" 2>/dev/null)" ]; then
        "$bin" -runs=0 -timeout="$timeout" -rss_limit_mb=2048 "Fuzz/regressions/$name" > "$log.replay" 2>&1 || status=$?
        [ $status -ne 0 ] && { echo "   regression replay failed (see $log.replay)"; }
    fi
    if [ $status -eq 0 ]; then
        start=$(date +%s)
        children_cpu
        cpu_start=$cpu_now
        "$bin" "${options[@]}" "$work" "$seeds" > "$log" 2>&1 || status=$?
        elapsed=$(( $(date +%s) - start ))
        children_cpu
        cpu=$(( cpu_now - cpu_start ))
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
        cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
        printf '%s\t%s\texecs=%s\tseconds=%s\tcpu_seconds=%s\tcov=%s\tpeak_rss_mb=%s\tstatus=%s\n' \
            "$name" "$([ $smoke = 1 ] && echo smoke || echo long)" "${execs:-?}" "$elapsed" "$cpu" "${cov:-?}" "${rss:-?}" "$status" >> "$out/summary.tsv"
        echo "   ${execs:-?} executions in ${elapsed}s (${cpu} CPU s), coverage ${cov:-?}, peak RSS ${rss:-?} MB, exit $status"
    fi
    [ $smoke = 1 ] && rm -rf "$work"
    if [ $status -ne 0 ]; then
        for artifact in "$out/$name"-timeout-*; do
            [ -f "$artifact" ] || continue
            replay_start=$(date +%s%N)
            "$bin" -timeout="$timeout" "$artifact" > "$log.timeout-replay" 2>&1
            replay_status=$?
            echo "   timeout replay of $(basename "$artifact"): exit $replay_status in $(( ($(date +%s%N) - replay_start) / 1000000 )) ms"
        done
    fi
    if [ $status -ne 0 ]; then
        failed+=("$name")
        grep -E "ERROR:|Fatal error|SUMMARY|invariant|Test unit written" "$log" 2>/dev/null | head -8 | sed 's/^/   /'
    fi
done

rm -f "$times_file"
if [ ${#failed[@]} -gt 0 ]; then
    echo "FAILED: ${failed[*]} (logs and reproducers in $out/)"
    exit 1
fi
echo "all ${#names[@]} harnesses clean"
}

# One line: bash reads it whole before main runs, so nothing after main is read from a
# file that may have changed meanwhile.
main "$@"; exit $?
