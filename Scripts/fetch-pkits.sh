#!/usr/bin/env bash
# Fetches the NIST PKITS certificates and CRLs (Public Key Interoperability Test Suite,
# certification path validation) for the PKITS test suite and CI; nothing is committed.
#
# The data comes from the `cryptography_vectors` Python package (PyPI), which carries NIST's
# files under cryptography_vectors/x509/PKITS_data/{certs,crls}. It is unpacked into
# ../shared/pkits beside the repository (override with PKITS_DIR), where
# Tests/PureX509Tests/Verification/PKITSTests.swift looks for it; a second run with the data
# in place does nothing.
#
# Usage: Scripts/fetch-pkits.sh [--force]
set -euo pipefail
cd "$(dirname "$0")/.."
target=${PKITS_DIR:-../shared/pkits}
marker="$target/certs/TrustAnchorRootCertificate.crt"

if [ "${1:-}" != "--force" ] && [ -r "$marker" ] && [ -r "$target/crls/TrustAnchorRootCRL.crl" ]; then
    echo "PKITS data already in $target"
    exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! command -v pip >/dev/null 2>&1 && ! command -v pip3 >/dev/null 2>&1; then
    echo "fetch-pkits: pip is needed to download cryptography_vectors" >&2
    exit 1
fi
pip=$(command -v pip3 || command -v pip)
"$pip" download --quiet --no-deps --only-binary=:all: --dest "$work" cryptography_vectors
wheel=$(ls "$work"/cryptography_vectors-*.whl | head -n 1)
python3 - "$wheel" "$work/unpacked" <<'PY'
import sys, zipfile
wheel, dest = sys.argv[1], sys.argv[2]
prefix = "cryptography_vectors/x509/PKITS_data/"
with zipfile.ZipFile(wheel) as archive:
    members = [m for m in archive.namelist()
               if m.startswith(prefix + "certs/") or m.startswith(prefix + "crls/")]
    if not members:
        sys.exit("fetch-pkits: no PKITS_data in " + wheel)
    archive.extractall(dest, members)
PY
mkdir -p "$target"
rm -rf "$target/certs" "$target/crls"
mv "$work/unpacked/cryptography_vectors/x509/PKITS_data/certs" "$target/certs"
mv "$work/unpacked/cryptography_vectors/x509/PKITS_data/crls" "$target/crls"
echo "PKITS data: $(ls "$target/certs" | wc -l) certificates, $(ls "$target/crls" | wc -l) CRLs in $target (from $(basename "$wheel"))"
