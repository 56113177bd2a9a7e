#!/usr/bin/env bash
# Vanishing clients: rounds of clients ask for large pages, pipelined, and disappear while
# the answers are being written (reset, close, shutdown, or reset after reading part). A
# steady keep-alive client beside them must get every answer right; afterwards, with a cap of
# 64 connections, 60 fresh clients must all be served (a leaked slot would turn them away)
# and the server's sockets must be back where they started.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

rounds=${VANISH_ROUNDS:-60}
start_server "$WORK/vanish-server.log" --max-connections 64
baseline=$(open_sockets "$SERVER_PID")
"${probe[@]}" vanish --port "$SERVER_PORT" --rounds "$rounds" --clients 8 --fresh 60 \
    --report "$WORK/vanish.json" || fail "a vanishing client disturbed the server (see above)"
server_alive || fail "server died"
sockets=$(settled_sockets "$baseline" 5)
[ "$sockets" -le "$baseline" ] || fail "sockets did not come back: $sockets open, $baseline before"
stop_server
summary=$(json_field "$WORK/vanish.json" summary)
pass "$summary under a cap of 64; sockets back to $sockets"
