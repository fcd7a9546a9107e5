#!/usr/bin/env bash
# Builds the consumer package (debug, as a dependent's `swift test` would) and runs every job.
set -euo pipefail
cd "$(dirname "$0")"
swift build ${CONSUMER_BUILD_FLAGS:-} 2>&1 | grep -E "error|warning:|Compiling consumer|Build complete" || true
swift run ${CONSUMER_BUILD_FLAGS:-} consumer ../../TestVectors
