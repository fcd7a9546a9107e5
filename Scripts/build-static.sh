#!/usr/bin/env bash
# Builds x509dump as one self-contained binary for machines without a Swift toolchain:
# release, with the Swift standard library and runtime linked statically
# (`--static-swift-stdlib`; the package uses no Foundation). Checks that `ldd` lists no
# Swift library, copies the binary to .build/static/x509dump (symbols stripped), and prints
# its size and its startup time (`x509dump --version`, median of 200 runs under hyperfine
# when installed; goal under 5 ms).
#
#   Scripts/build-static.sh            build, check, print
#   Scripts/build-static.sh --check    also exit 1 when startup is 5 ms or more
#
# The build has its own scratch folder (.build/static-build): its flags differ from a
# plain `swift build -c release`, which would otherwise rebuild everything each time the two
# alternate (and test targets cannot link the standard library statically: no static
# Testing module).
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
for arg in "$@"; do
    case "$arg" in
        --check) check=1 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "build-static.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

scratch=.build/static-build
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product x509dump
built="$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)/x509dump"
mkdir -p .build/static
out=.build/static/x509dump
cp "$built" "$out"
strip "$out" 2>/dev/null || echo "build-static.sh: strip not available; the binary keeps its symbols" >&2

# No Swift library may be loaded at run time: only the C library and friends.
libraries=$(ldd "$out" 2>&1 || true)
if echo "$libraries" | grep -Eiq 'swift|libFoundation|libdispatch|libBlocksRuntime'; then
    echo "$libraries" >&2
    echo "build-static.sh: $out still links a Swift library" >&2
    exit 1
fi
echo "dynamic libraries:"
echo "$libraries" | sed 's/^/  /'

"$out" --version >/dev/null
bytes=$(stat -c %s "$out")
echo "binary: $out, $bytes bytes ($(awk "BEGIN {printf \"%.1f\", $bytes / 1048576}") MiB, stripped)"

# Startup: a whole process that parses its arguments and prints one line. hyperfine (Debian
# package) starts it without a shell; otherwise a bash loop, whose fork and exec count too.
if command -v hyperfine >/dev/null && command -v python3 >/dev/null; then
    hyperfine -N --style none --warmup 20 --runs 200 --export-json .build/static/startup.json "$out --version" >/dev/null
    median=$(python3 -c 'import json; print(int(json.load(open(".build/static/startup.json"))["results"][0]["median"] * 1e9))')
    how="hyperfine, median of 200 runs"
else
    times=()
    for _ in $(seq 200); do
        t0=$(date +%s%N); "$out" --version >/dev/null; t1=$(date +%s%N)
        times+=($(( t1 - t0 )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    how="bash loop, median of 200 runs, the shell's fork and exec included"
fi
ms=$(awk "BEGIN {printf \"%.2f\", $median / 1e6}")
status=$(awk "BEGIN {print ($median < 5e6) ? \"met\" : \"NOT met\"}")
echo "startup: $ms ms (x509dump --version, $how; goal < 5 ms: $status)"
if [ "$check" = 1 ] && [ "$status" != met ]; then exit 1; fi
