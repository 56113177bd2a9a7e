#!/usr/bin/env bash
# The reliability unit and end-to-end tests: the HTTPServer suites (RFC 9112 conformance in
# raw bytes over sockets, limits, hostile clients, drain, the fuzz oracle and its saved
# regressions) and the end-to-end hostile-input suite against the real application.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

scratch=${SCRATCH_PATH:-$repository/.build-rel}
cd "$repository"
swift test --scratch-path "$scratch" \
    --filter 'HTTPServerTests|EndToEndTests.ServiceHostileInputTests' \
    >"$WORK/unit.log" 2>&1 || { tail -n 60 "$WORK/unit.log"; fail "swift test failed"; }
summary=$(grep -E '^✔ Test run with' "$WORK/unit.log" | tail -n 1 | sed 's/^✔ //')
pass "${summary:-swift test passed}"
