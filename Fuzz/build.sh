#!/usr/bin/env bash
# Builds the libFuzzer harnesses in Fuzz/Harnesses/ against the package's sources, entirely
# outside SwiftPM: each library module is compiled once with swiftc
# (-sanitize=fuzzer,address, whole-module, -O) into Fuzz/.build/, then every harness is
# compiled and linked against those objects. The root Package.swift knows nothing of this,
# so `swift build` / `swift test` are unaffected.
#
#   Fuzz/build.sh               build every harness
#   Fuzz/build.sh der pem       build only these harnesses
#   Fuzz/build.sh --modules-only
#                               only the library objects (with FUZZ_SANITIZE=none, plain
#                               optimized objects for tools such as Fuzz/measure-rss.sh)
#
# Environment: FUZZ_BUILD (output folder, default Fuzz/.build), FUZZ_SANITIZE (default
# fuzzer,address; "none" for no sanitizer), FUZZ_OPT (default -O).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${FUZZ_BUILD:-Fuzz/.build}
sanitize=${FUZZ_SANITIZE:-fuzzer,address}
opt=${FUZZ_OPT:--O}
mkdir -p "$out"

# Two builds into one folder at once would write the same objects: take a lock (two
# `Fuzz/run.sh` processes started together build one after the other).
if [ -z "${FUZZ_BUILD_LOCKED:-}" ] && command -v flock >/dev/null 2>&1; then
    export FUZZ_BUILD_LOCKED=1
    exec flock "$out/.lock" "$root/Fuzz/build.sh" "$@"
fi

# lld is quieter and faster than gold with ASan's symbols; fall back if it is absent.
linker=()
if command -v ld.lld >/dev/null 2>&1; then linker=(-use-ld=lld); fi

modules_only=0
if [ "${1:-}" = "--modules-only" ]; then modules_only=1; shift; fi

# -package-name: the modules share `package` declarations, as in SwiftPM (which passes the
# package's name itself).
common=(-swift-version 6 -enable-upcoming-feature ExistentialAny -parse-as-library "$opt" -g -I "$out" -package-name purex509)
# PUREX509_FUZZING lowers work limits that are right for real files but make a fuzzer
# crawl (the PBKDF2 iteration cap); the measurement tools build without it.
if [ "$sanitize" != none ]; then common+=(-sanitize="$sanitize" -D PUREX509_FUZZING); fi

if [ $# -gt 0 ] || [ $modules_only = 1 ]; then
    names=("$@")
else
    names=()
    for file in Fuzz/Harnesses/*.swift; do names+=("$(basename "$file" .swift)"); done
fi

# Library modules in dependency order; each is rebuilt when any of its sources (or a
# module it depends on) is newer than its object. PureX509Limbo (Foundation, for JSON) is
# built and linked only for the harnesses that import it.
modules=(PureX509ASN1 PureX509Crypto PureX509)
# PureX509Limbo and PureX509Probe are built only for the harnesses that import them.
for optional in PureX509Limbo PureX509Probe; do
    for name in "${names[@]}"; do
        if grep -q "^import $optional" "Fuzz/Harnesses/$name.swift" 2>/dev/null; then
            modules+=("$optional")
            break
        fi
    done
done
previous=""
for module in "${modules[@]}"; do
    obj="$out/$module.o"
    sources=$(find "Sources/$module" -name '*.swift' | sort)
    stale=0
    if [ ! -f "$obj" ]; then stale=1
    elif [ -n "$(find "Sources/$module" -name '*.swift' -newer "$obj" | head -1)" ]; then stale=1
    elif [ -n "$previous" ] && [ "$previous" -nt "$obj" ]; then stale=1
    elif [ "$(cat "$out/$module.sources" 2>/dev/null)" != "$sources" ]; then stale=1
    fi
    if [ "$stale" = 1 ]; then
        echo "== compiling $module"
        # shellcheck disable=SC2086
        swiftc "${common[@]}" -module-name "$module" -wmo -c \
            -emit-module -emit-module-path "$out/$module.swiftmodule" \
            -o "$obj" $sources
        # swiftc leaves an identical output untouched; mark it as built now.
        touch "$obj"
        echo "$sources" > "$out/$module.sources"
    fi
    previous=$obj
done

[ $modules_only = 1 ] && exit 0

objects=("$out/PureX509ASN1.o" "$out/PureX509Crypto.o" "$out/PureX509.o")

for name in "${names[@]}"; do
    src="Fuzz/Harnesses/$name.swift"
    bin="$out/fuzz-$name"
    [ -f "$src" ] || { echo "no harness $src" >&2; exit 2; }
    extra=()
    if grep -q '^import PureX509Limbo' "$src"; then extra=("$out/PureX509Limbo.o"); fi
    if grep -q '^import PureX509Probe' "$src"; then extra=("$out/PureX509Probe.o"); fi
    if [ -f "$bin" ] && [ ! "$src" -nt "$bin" ] && [ ! "$out/PureX509.o" -nt "$bin" ] \
        && { [ ${#extra[@]} -eq 0 ] || [ ! "${extra[0]}" -nt "$bin" ]; } \
        && [ -z "$(find Fuzz/Support -name '*.swift' -newer "$bin" | head -1)" ]; then
        continue
    fi
    echo "== linking fuzz-$name"
    swiftc "${common[@]}" "${linker[@]}" -module-name "Fuzz_$name" \
        "$src" Fuzz/Support/*.swift "${objects[@]}" "${extra[@]}" -o "$bin"
    touch "$bin"
done
