# shellcheck shell=bash
# Helpers shared by the reliability checks; sourced, never run.
#
# A check is a script that starts servers with `start_server`, drives them with probe.py,
# wrk or signals, and ends with `pass` or `fail`. It reads from the environment:
#   BINARY    the smtp-codes executable under test
#   DATABASE  a migrated database the servers read (the suite builds one per run)
#   WORK      a scratch folder for logs, kept when a check fails
#   MIGRATIONS, PUBLIC  the content folders (run.sh snapshots them, so an edit made while
#             the suite runs cannot change what the servers start with)
#   RESULTS   a file collecting one `name|PASS or FAIL|summary` line per check
# Every process a check starts is killed when it exits, whatever the exit path.

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repository="$(cd "$here/../.." && pwd)"
probe=(python3 "$here/probe.py")

: "${BINARY:?BINARY must name the smtp-codes executable}"
: "${DATABASE:?DATABASE must name a migrated database}"
: "${WORK:?WORK must name a scratch folder}"
: "${RESULTS:=/dev/null}"
: "${MIGRATIONS:=$repository/Migrations}"
: "${PUBLIC:=$repository/Public}"

check_name=$(basename "$0" .sh)
check_name=${check_name#check-}
started_pids=()

# Kills everything this check started; runs on every exit.
cleanup() {
    local pid
    for pid in "${started_pids[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# Remembers a background process so `cleanup` kills it.
track() {
    started_pids+=("$1")
}

log() {
    echo "[$check_name] $*"
}

# Records the check as passed with a one-line summary, and exits 0.
pass() {
    echo "$check_name|PASS|$*" >>"$RESULTS"
    log "PASS: $*"
    exit 0
}

# Records the check as failed, shows the end of the server log, and exits 1.
fail() {
    echo "$check_name|FAIL|$*" >>"$RESULTS"
    log "FAIL: $*" >&2
    if [ -n "${SERVER_LOG:-}" ] && [ -f "$SERVER_LOG" ]; then
        log "last lines of $SERVER_LOG:" >&2
        tail -n 20 "$SERVER_LOG" >&2
    fi
    exit 1
}

# A TCP port on 127.0.0.1 that is free now.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

# Starts the server in the background and waits until /healthz answers.
#   start_server LOGFILE [extra flags...]
# Sets SERVER_PID, SERVER_PORT and SERVER_LOG. LOGFILE may be /dev/null for load runs, where
# one line per request would be gigabytes.
start_server() {
    SERVER_LOG=$1
    shift
    SERVER_PORT=$(free_port)
    "$BINARY" serve --host 127.0.0.1 --port "$SERVER_PORT" --database "$DATABASE" \
        --migrations "$MIGRATIONS" --public "$PUBLIC" "$@" \
        >"$SERVER_LOG" 2>&1 &
    SERVER_PID=$!
    track "$SERVER_PID"
    for _ in $(seq 1 100); do
        if "${probe[@]}" health --port "$SERVER_PORT" >/dev/null 2>&1; then
            return 0
        fi
        kill -0 "$SERVER_PID" 2>/dev/null || fail "server exited at start-up"
        sleep 0.1
    done
    fail "server did not answer /healthz within 10 s"
}

# Whether the server process is still running.
server_alive() {
    kill -0 "$SERVER_PID" 2>/dev/null
}

# One field of a JSON report written by probe.py.
#   json_field FILE KEY
json_field() {
    python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])' "$1" "$2"
}

# Resident memory of a process in KiB.
rss_kib() {
    awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"
}

# How many sockets a process has open: its listener and its connections. Other descriptors
# (files, a memfd made on first use) are left out, so a count that does not come back
# means a connection was leaked.
open_sockets() {
    find "/proc/$1/fd" -lname 'socket:*' 2>/dev/null | wc -l
}

# Waits up to $2 seconds (default 5) for the server's sockets to come back to at most $1,
# and prints the last count seen.
settled_sockets() {
    local limit=$1 seconds=${2:-5} count
    for _ in $(seq 1 $((seconds * 10))); do
        count=$(open_sockets "$SERVER_PID")
        [ "$count" -le "$limit" ] && break
        sleep 0.1
    done
    echo "$count"
}

# Stops the server with SIGTERM and fails the check unless it exits 0 within $1 seconds.
stop_server() {
    local seconds=${1:-12} status=0
    kill -TERM "$SERVER_PID" 2>/dev/null || fail "server was not running when asked to stop"
    timeout "$seconds" tail --pid="$SERVER_PID" -s 0.1 -f /dev/null || fail "server ignored SIGTERM"
    wait "$SERVER_PID" || status=$?
    [ "$status" -eq 0 ] || fail "server exited $status after SIGTERM"
}

# Raises this shell's open-files limit as far as allowed: 2,000 wrk connections and the
# server's as many again do not fit in the common default of 1,024.
raise_open_files() {
    local want=${1:-65536}
    ulimit -n "$want" 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
}
