#!/usr/bin/env bash
# Socket fuzzing: mutated requests (bytes flipped, tokens inserted, framing broken, huge
# fields, pipelining) sent by four clients for SOCKET_FUZZ_SECONDS, split at random points,
# each ended with a half-close. Every exchange must end with a clean end of stream within 8 s
# and hold only well-formed answers, never a 500; /healthz answers throughout; afterwards the
# log has no 500, and memory and sockets are back.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

seconds=${SOCKET_FUZZ_SECONDS:-20}
start_server "$WORK/socket-fuzz-server.log"
baseline=$(open_sockets "$SERVER_PID")
"${probe[@]}" fuzz --port "$SERVER_PORT" --seconds "$seconds" --workers 4 \
    --seed "${FUZZ_SEED:-1}" --report "$WORK/socket-fuzz.json" \
    || fail "fuzzing over the socket broke the server (input in $WORK/socket-fuzz.json)"
server_alive || fail "server died"
! grep -q 'status=500' "$SERVER_LOG" \
    || fail "the server answered 500: $(grep -m1 status=500 "$SERVER_LOG")"
sockets=$(settled_sockets "$baseline" 5)
[ "$sockets" -le "$baseline" ] || fail "sockets did not come back: $sockets open, $baseline before"
rss=$(rss_kib "$SERVER_PID")
stop_server
cases=$(json_field "$WORK/socket-fuzz.json" cases)
statuses=$(grep -o 'status=[0-9]*' "$SERVER_LOG" | sort | uniq -c | sort -rn \
    | awk '{ printf "%s%s×%s", sep, substr($2, 8), $1; sep = " " }')
pass "$cases mutated requests in ${seconds} s, all answered or closed cleanly, no 500" \
    "(statuses: $statuses); RSS $((rss / 1024)) MiB, sockets back to $sockets"
