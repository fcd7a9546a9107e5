#!/usr/bin/env bash
# Checks the public API of the library products against the newest version tag and fails on
# any break that is not planned.
#
#   Scripts/check-api.sh             baseline: the newest tag of the form N.N.N before HEAD
#   Scripts/check-api.sh 0.1.0       baseline: the given tag or commit
#
# Planned breaks (renames and removals decided for the next version, each also listed in
# CHANGELOG.md under "Unreleased") go in Scripts/api-planned-breaks.txt, one message per line
# exactly as `swift package diagnose-api-breaking-changes` prints it. When a version is
# tagged, that file is emptied: the new tag is the new baseline.
# Builds the baseline in a temporary folder: about four minutes on two idle cores.
set -euo pipefail
cd "$(dirname "$0")/.."

products=(PureX509 PureX509ASN1 PureX509Crypto PureX509Foundation)
allowlist=Scripts/api-planned-breaks.txt

newest_tag() { git describe --tags --abbrev=0 --match '[0-9]*.[0-9]*.[0-9]*' HEAD 2>/dev/null || true; }

baseline=${1:-$(newest_tag)}
if [ -z "$baseline" ]; then
    # A shallow or tag-less clone (some CI checkouts): ask the origin for the tags once.
    git fetch --quiet --tags --unshallow origin 2>/dev/null || git fetch --quiet --tags origin 2>/dev/null || true
    baseline=$(newest_tag)
fi
if [ -z "$baseline" ]; then
    echo "check-api: SKIPPED: this clone has no version tag and none could be fetched," >&2
    echo "check-api: so there is no baseline to compare the public API with." >&2
    exit 0
fi

# The allowlist without its comments and blank lines.
planned=$(mktemp)
log=$(mktemp)
trap 'rm -f "$planned" "$log"' EXIT
grep -v '^[[:space:]]*\(#\|$\)' "$allowlist" > "$planned" || true

echo "check-api: public API of ${products[*]} against $baseline ($(wc -l < "$planned") planned breaks)"
if swift package diagnose-api-breaking-changes "$baseline" --products "${products[@]}" \
    --breakage-allowlist-path "$planned" > "$log" 2>&1; then
    grep -E "No breaking changes|breaking change" "$log" || tail -3 "$log"
    echo "check-api: no unplanned break against $baseline"
else
    # Show the breaks (and any build error) without the build's progress lines.
    grep -vE '^\[[0-9]+/[0-9]+\]|^Building|^Compiling|^Write |^Emitting' "$log" | tail -80
    echo "check-api: unplanned API breaks against $baseline (above). Undo them, or plan them:" >&2
    echo "check-api: add each message to $allowlist and to CHANGELOG.md." >&2
    exit 1
fi
