#!/usr/bin/env bash
# Load: wrk holds LOAD_CONNECTIONS (2,000) keep-alive connections on loopback for
# LOAD_SECONDS over a mix of pages. Holds when wrk saw no socket error at all (the cap,
# 10,000 by default, is far above 2,000, so none is allowed), every answer was 200, resident
# memory grew less than 10% from the warm-up mark (the 10th second of a full run) to the last
# second of load, and the server's sockets came back once wrk left.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

seconds=${LOAD_SECONDS:-15}
connections=${LOAD_CONNECTIONS:-2000}
mark=$((seconds >= 30 ? 10 : seconds / 3))
raise_open_files

# One log line per request would be gigabytes: the load server logs to /dev/null.
start_server /dev/null
baseline=$(open_sockets "$SERVER_PID")

log "wrk: $connections connections for $seconds s (memory mark at ${mark} s)"
wrk -t 2 -c "$connections" -d "${seconds}s" --timeout 5s --latency -s "$here/wrk-mix.lua" \
    "http://127.0.0.1:$SERVER_PORT" >"$WORK/load-wrk.txt" 2>&1 &
wrk_pid=$!
track "$wrk_pid"

: >"$WORK/load-rss.txt"
# Sampled while wrk still runs: the last sample is the second before it stops.
for second in $(seq 1 $((seconds - 1))); do
    sleep 1
    server_alive || fail "server died at second $second"
    echo "$second $(rss_kib "$SERVER_PID") $(open_sockets "$SERVER_PID")" \
        >>"$WORK/load-rss.txt"
done
wait "$wrk_pid" || fail "wrk failed: $(cat "$WORK/load-wrk.txt")"
cat "$WORK/load-wrk.txt"

requests=$(awk '/requests in/ { print $1 }' "$WORK/load-wrk.txt")
rate=$(awk '/^Requests\/sec/ { printf "%d", $2 }' "$WORK/load-wrk.txt")
p99=$(awk '$1 == "99%" { print $2 }' "$WORK/load-wrk.txt")
errors=$(awk '/Socket errors/ { print }' "$WORK/load-wrk.txt")
non2xx=$(awk '/Non-2xx/ { print $NF }' "$WORK/load-wrk.txt")
[ -z "$errors" ] || fail "wrk saw socket errors under the cap: $errors"
[ -z "$non2xx" ] || fail "$non2xx answers were not 2xx"

rss_mark=$(awk -v m="$mark" '$1 == m { print $2 }' "$WORK/load-rss.txt")
rss_end=$(awk 'END { print $2 }' "$WORK/load-rss.txt")
peak_sockets=$(awk 'BEGIN { p = 0 } $3 > p { p = $3 } END { print p }' "$WORK/load-rss.txt")
growth=$(awk -v a="$rss_mark" -v b="$rss_end" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
awk -v g="$growth" 'BEGIN { exit !(g < 10) }' \
    || fail "RSS grew ${growth}% between second $mark and the end ($rss_mark → $rss_end KiB)"

sockets=$(settled_sockets "$baseline" 10)
[ "$sockets" -le "$baseline" ] || fail "sockets did not come back: $sockets open, $baseline before"
"${probe[@]}" health --port "$SERVER_PORT" || fail "/healthz failed after the load"
stop_server

mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
pass "$connections conns × ${seconds} s: $requests requests ($rate/s), 0 socket errors," \
    "all 200, p99 $p99, peak $peak_sockets sockets," \
    "RSS $(mib "$rss_mark")→$(mib "$rss_end") MiB (${growth}% from ${mark} s)," \
    "sockets back to $sockets"
