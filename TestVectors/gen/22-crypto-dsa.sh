#!/usr/bin/env bash
# DSA signature vectors: see TestVectors/crypto/generate-dsa.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash crypto/generate-dsa.sh
