#!/usr/bin/env bash
# Builds the PureX509 documentation (Sources/PureX509/PureX509.docc and every public symbol's
# /// comment) with the toolchain's own `docc`, no package dependency, and fails (exit 1) on
# any docc warning and on any public symbol without documentation (enum cases included) in
# each library module: PureX509ASN1, PureX509Crypto, PureX509 and PureX509Foundation.
#   Scripts/build-docs.sh                   -> .build/docs/<Module>.doccarchive, one per module
#   Scripts/build-docs.sh --coverage-only   only the undocumented-symbol check
# Uses its own scratch folder (.build/docs-build) so that the flags that emit symbol graphs
# do not invalidate the main build. CI calls it; every check runs before it exits, so one
# run lists every problem.
set -euo pipefail
cd "$(dirname "$0")/.."
modules=(PureX509ASN1 PureX509Crypto PureX509 PureX509Foundation)
scratch=.build/docs-build
graphs=.build/docs/symbol-graphs
# The compiler writes a module's graphs only when it compiles the module, so the graphs of
# an incremental build's unchanged modules are the ones already here: keep them, and make
# the per-module folders afresh.
mkdir -p "$graphs"
for module in "${modules[@]}"; do rm -rf "${graphs:?}/$module"; done
# PureX509Foundation depends on the other three, so one build emits every graph.
build() {
    swift build --target PureX509Foundation --scratch-path "$scratch" \
        -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs" \
        -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public >.build/docs/build.log 2>&1 || {
        cat .build/docs/build.log
        echo "build-docs: the build failed (above)" >&2
        exit 1
    }
}
build
for module in "${modules[@]}"; do
    if [ ! -f "$graphs/$module.symbols.json" ]; then
        # Graphs gone but the build up to date: build the modules again from scratch.
        rm -rf "$scratch"
        build
        break
    fi
done

failed=0
for module in "${modules[@]}"; do
    # One module per check: its own graph and its extensions of other modules.
    mkdir -p "$graphs/$module"
    cp "$graphs/$module".symbols.json "$graphs/$module"/ 2>/dev/null || true
    cp "$graphs/$module"@*.symbols.json "$graphs/$module"/ 2>/dev/null || true
    echo "== $module"
    python3 Scripts/check-doc-coverage.py "$graphs/$module" "Sources/$module" || failed=1
done
if [ "${1:-}" = "--coverage-only" ]; then
    exit "$failed"
fi

docc=$(command -v docc || echo "$(dirname "$(readlink -f "$(command -v swift)")")/docc")
for module in "${modules[@]}"; do
    log=.build/docs/$module.docc.log
    catalog=()
    [ -d "Sources/$module/$module.docc" ] && catalog=("Sources/$module/$module.docc")
    if ! "$docc" convert "${catalog[@]}" \
        --additional-symbol-graph-dir "$graphs/$module" \
        --fallback-display-name "$module" --fallback-bundle-identifier "org.purex509.$module" \
        --output-path ".build/docs/$module.doccarchive" --warnings-as-errors --analyze >"$log" 2>&1; then
        cat "$log"
        echo "build-docs: docc reported problems for $module (above)" >&2
        failed=1
    elif grep -q "warning:" "$log"; then
        grep "warning:" "$log"
        echo "build-docs: docc warnings for $module (above)" >&2
        failed=1
    fi
done
if [ "$failed" != 0 ]; then
    echo "build-docs: FAILED (undocumented public symbols or docc warnings, above)" >&2
    exit 1
fi
echo "build-docs: .build/docs/{$(IFS=,; echo "${modules[*]}")}.doccarchive built, every public symbol documented, no docc warnings"
