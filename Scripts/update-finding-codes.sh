#!/usr/bin/env bash
# Writes the README's table of finding codes from the library's one source of their text
# (Sources/PureX509/Diagnosis/FindingCode+Explanation.swift, which `x509dump explain CODE`
# prints), between the finding-codes:begin and finding-codes:end markers. A test
# (FindingExplanationTests) fails when the README and the source disagree.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product x509dump >/dev/null
table=$(mktemp)
trap 'rm -f "$table"' EXIT
.build/debug/x509dump explain --markdown-table > "$table"
python3 - "$table" <<'PY'
import re, sys
table = open(sys.argv[1]).read()
readme = open("README.md").read()
pattern = re.compile(r"(<!-- finding-codes:begin[^\n]*-->\n).*?(\n<!-- finding-codes:end -->)", re.S)
if not pattern.search(readme):
    sys.exit("README.md: finding-codes markers not found")
readme = pattern.sub(lambda m: m.group(1) + table.rstrip("\n") + m.group(2), readme, count=1)
open("README.md", "w").write(readme)
PY
echo "README.md: finding codes table updated"
