#!/usr/bin/env bash
# Builds and runs the side-by-side example (debug): it must compile with `SHA256`
# unqualified next to `import PureX509`, and both SHA-256 digests must agree.
set -euo pipefail
cd "$(dirname "$0")"
swift build ${SIDEBYSIDE_BUILD_FLAGS:-}
swift run ${SIDEBYSIDE_BUILD_FLAGS:-} sidebyside ../../TestVectors/certs/leaf-p256.der
