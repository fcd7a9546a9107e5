#!/usr/bin/env bash
# AEAD, X25519 and HKDF known answers from OpenSSL: see TestVectors/crypto/generate-aead.py.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 crypto/generate-aead.py
