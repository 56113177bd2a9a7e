#!/usr/bin/env bash
# SIGTERM under load. While wrk keeps 200 connections busy, requests are left half received,
# answers half written (slow readers) and connections idle; then SIGTERM. Every half-received
# request must still be answered, with `Connection: close` and a clean close; answers being
# written must finish whole; idle connections close; new connections are refused; and the
# process exits 0. A second run leaves a request that never completes: the server must give
# up on it at the drain time-out and still exit 0, neither early nor late.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

drain=4
raise_open_files

log "SIGTERM with requests in flight under load"
start_server "$WORK/drain-server.log" --drain-timeout-seconds "$drain"
wrk -t 1 -c 200 -d 30s -s "$here/wrk-mix.lua" "http://127.0.0.1:$SERVER_PORT" \
    >"$WORK/drain-wrk.txt" 2>&1 &
load=$!
track "$load"
sleep 2
"${probe[@]}" inflight --port "$SERVER_PORT" --pid "$SERVER_PID" --connections 50 \
    --readers 10 --idle 50 --report "$WORK/drain.json" || fail "in-flight work was lost"
status=0
timeout $((drain + 2)) tail --pid="$SERVER_PID" -s 0.1 -f /dev/null \
    || fail "server did not exit"
wait "$SERVER_PID" || status=$?
[ "$status" -eq 0 ] || fail "server exited $status after SIGTERM"
kill "$load" 2>/dev/null || true
first=$(json_field "$WORK/drain.json" summary)

log "SIGTERM with a request that never completes: exit at the drain time-out"
start_server "$WORK/drain-stuck-server.log" --drain-timeout-seconds "$drain"
exec 3<>"/dev/tcp/127.0.0.1/$SERVER_PORT"
printf 'POST /codes/235 HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\nabc' >&3
sleep 0.3
started=$(date +%s%N)
kill -TERM "$SERVER_PID"
status=0
timeout $((drain + 3)) tail --pid="$SERVER_PID" -s 0.1 -f /dev/null \
    || fail "server outlived its drain time-out"
wait "$SERVER_PID" || status=$?
elapsed=$(( ($(date +%s%N) - started) / 1000000 ))
exec 3>&-
[ "$status" -eq 0 ] || fail "server exited $status after the drain time-out"
[ "$elapsed" -ge $((drain * 1000 - 500)) ] || fail "server cut the request after $elapsed ms"
[ "$elapsed" -le $((drain * 1000 + 1500)) ] || fail "server took $elapsed ms to give up"

pass "under wrk load: $first; exit 0. Stuck request: exit 0 after $elapsed ms (drain ${drain} s)"
