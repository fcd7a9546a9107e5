#!/usr/bin/env bash
# RSA signature vectors: see TestVectors/crypto/generate-rsa.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash crypto/generate-rsa.sh
