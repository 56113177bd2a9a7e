#!/usr/bin/env bash
# Slowloris: SLOWLORIS_CONNECTIONS (500) connections each drip one byte of a request head
# that never ends, about once a second, for SLOWLORIS_SECONDS; each is cut with 408 at the
# header time-out (10 s by default) and reconnects. Meanwhile a separate, well-behaved client
# makes 50 requests a second, each on a fresh connection: its p99 latency must stay under
# 50 ms, none of its requests may fail, and the server's memory and sockets stay bounded.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

seconds=${SLOWLORIS_SECONDS:-15}
connections=${SLOWLORIS_CONNECTIONS:-500}
header_timeout=10
raise_open_files

start_server "$WORK/slowloris-server.log"
baseline=$(open_sockets "$SERVER_PID")
rss_before=$(rss_kib "$SERVER_PID")

log "$connections dripping connections for $seconds s; latency probe beside them"
"${probe[@]}" slowloris --port "$SERVER_PORT" --connections "$connections" \
    --seconds "$seconds" --header-timeout "$header_timeout" \
    --report "$WORK/slowloris.json" >"$WORK/slowloris-probe.txt" 2>&1 &
dripping=$!
track "$dripping"

sleep 2  # let every dripping connection open first
peak_sockets=$(open_sockets "$SERVER_PID")
latency_ok=1
"${probe[@]}" latency --port "$SERVER_PORT" --seconds $((seconds - 3)) --rate 50 \
    --p99-ms 50 --report "$WORK/slowloris-latency.json" || latency_ok=0
rss_during=$(rss_kib "$SERVER_PID")
wait "$dripping" || { cat "$WORK/slowloris-probe.txt"; fail "the dripping clients saw a problem"; }
cat "$WORK/slowloris-probe.txt"
[ "$latency_ok" -eq 1 ] || fail "the separate client's latency failed (see above)"
server_alive || fail "server died"

sockets=$(settled_sockets "$baseline" 10)
[ "$sockets" -le "$baseline" ] || fail "sockets did not come back: $sockets open, $baseline before"
stop_server

summary="$(json_field "$WORK/slowloris.json" summary); probe: $(json_field \
    "$WORK/slowloris-latency.json" summary)"
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
pass "$connections dripping × ${seconds} s: $summary; peak $peak_sockets sockets," \
    "RSS $(mib "$rss_before")→$(mib "$rss_during") MiB, sockets back to $sockets"
