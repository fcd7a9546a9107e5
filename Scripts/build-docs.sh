#!/usr/bin/env bash
# Builds the PureX509 documentation (Sources/PureX509/PureX509.docc and every public symbol's
# /// comment) with the toolchain's own `docc`, no package dependency, and fails on any
# warning and on any public symbol without documentation (enum cases included).
#   Scripts/build-docs.sh            -> .build/docs/PureX509.doccarchive
#   Scripts/build-docs.sh --coverage-only   only the undocumented-symbol check
# Uses its own scratch folder (.build/docs-build) so that the flags that emit symbol graphs
# do not invalidate the main build.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build/docs-build
graphs=.build/docs/symbol-graphs
rm -rf "$graphs"
mkdir -p "$graphs"
swift build --target PureX509 --scratch-path "$scratch" \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs" \
    -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public >/dev/null
# One module per catalog: keep PureX509's own graph and its extensions of other modules.
mkdir -p "$graphs/PureX509"
cp "$graphs"/PureX509.symbols.json "$graphs"/PureX509@*.symbols.json "$graphs/PureX509/" 2>/dev/null || true

python3 Scripts/check-doc-coverage.py "$graphs/PureX509"
[ "${1:-}" = "--coverage-only" ] && exit 0

docc=$(command -v docc || echo "$(dirname "$(readlink -f "$(command -v swift)")")/docc")
log=.build/docs/docc.log
"$docc" convert Sources/PureX509/PureX509.docc \
    --additional-symbol-graph-dir "$graphs/PureX509" \
    --fallback-display-name PureX509 --fallback-bundle-identifier org.purex509.PureX509 \
    --output-path .build/docs/PureX509.doccarchive --warnings-as-errors --analyze >"$log" 2>&1 || {
    cat "$log"
    echo "build-docs: docc reported problems (above)" >&2
    exit 1
}
if grep -q "warning:" "$log"; then
    grep "warning:" "$log"
    echo "build-docs: docc warnings (above)" >&2
    exit 1
fi
echo "build-docs: .build/docs/PureX509.doccarchive built with no warnings"
