#!/usr/bin/env bash
# Conformance and limits against the real binary: the RFC 9110/9112 cases of issue 4 as raw
# bytes (status, then a clean close where due), then every limit and time-out set through the
# executable's flags, then two of them through its environment variables.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

log "RFC 9110/9112 cases against default limits"
start_server "$WORK/conformance-server.log"
"${probe[@]}" conformance --port "$SERVER_PORT" --report "$WORK/conformance.json" \
    || fail "a conformance case failed (see above)"
stop_server

log "every limit and time-out set by flags"
start_server "$WORK/limits-server.log" \
    --max-request-line-bytes 256 --max-header-bytes 1024 --max-header-count 10 \
    --max-body-bytes 64 --header-timeout-seconds 1 --idle-timeout-seconds 1.5 \
    --max-requests-per-connection 3 --max-connections 20
grep -q 'max_connections=20 ' "$SERVER_LOG" || fail "the start-up line does not announce the cap"
"${probe[@]}" limits --port "$SERVER_PORT" --report "$WORK/limits.json" \
    --max-request-line 256 --max-header-bytes 1024 --max-header-count 10 --max-body 64 \
    --header-timeout 1 --idle-timeout 1.5 --max-requests 3 --max-connections 20 \
    || fail "a limit set by flag was not enforced (see above)"
stop_server

log "limits set by environment variables"
SMTP_CODES_MAX_HEADER_COUNT=5 SMTP_CODES_IDLE_TIMEOUT_SECONDS=1 \
    start_server "$WORK/limits-env-server.log"
"${probe[@]}" limits --port "$SERVER_PORT" --max-header-count 5 --idle-timeout 1 \
    || fail "a limit set by environment variable was not enforced (see above)"
stop_server

cases=$(json_field "$WORK/conformance.json" cases)
pass "$cases raw-byte RFC 9110/9112 cases; 9 limits and time-outs by flag, 2 by environment"
