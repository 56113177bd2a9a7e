#!/usr/bin/env bash
# Start-up faults: a database in a missing directory, corrupt (random bytes, or damaged pages
# behind a valid header), a directory, not writable while migrations are pending or while it
# must be created, a changed migration, a missing Public folder, a taken port, a bad limit.
# Each must give exactly one line on stderr and a non-zero exit, and never a start-up line
# or a process that lingers (a half-started server). A read-only database with nothing to
# migrate must serve: at run time the server only reads.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

faults="$WORK/faults"
rm -rf "$faults"
mkdir -p "$faults"
chmod 755 "$faults"
cases=0

# Runs the binary; requires a failure with exactly one clear stderr line matching $1.
#   expect_refusal NAME PATTERN [command prefix --] ARGUMENTS...
expect_refusal() {
    local name=$1 pattern=$2 status=0
    shift 2
    local prefix=()
    if [ "${1:-}" = "--as-nobody" ]; then
        prefix=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
        shift
    fi
    timeout 10 "${prefix[@]}" "$BINARY" "$@" >"$faults/out" 2>"$faults/err" || status=$?
    [ "$status" -ne 124 ] || fail "$name: still running after 10 s (half-started?)"
    [ "$status" -ne 0 ] || fail "$name: exited 0"
    [ ! -s "$faults/out" ] || fail "$name: wrote to stdout: $(head -c 200 "$faults/out")"
    [ "$(wc -l <"$faults/err")" -eq 1 ] \
        || fail "$name: stderr is not one line: $(cat "$faults/err")"
    grep -Eq "^smtp-codes: .*$pattern" "$faults/err" \
        || fail "$name: unclear message: $(cat "$faults/err")"
    log "ok   $name (exit $status): $(cat "$faults/err")"
    cases=$((cases + 1))
}

port=$(free_port)
serve=(serve --host 127.0.0.1 --port "$port" --migrations "$MIGRATIONS"
    --public "$PUBLIC")

expect_refusal "database in a missing directory" "directory .* does not exist" \
    "${serve[@]}" --database "$faults/missing/db.sqlite"

head -c 65536 /dev/urandom >"$faults/random.sqlite"
expect_refusal "database of random bytes" "is corrupt or not an SQLite database" \
    "${serve[@]}" --database "$faults/random.sqlite"

cp "$DATABASE" "$faults/damaged.sqlite"
python3 - "$faults/damaged.sqlite" <<'PYTHON'
import sys
# Overwrite pages 4-9, past the header and the schema, where the content tables live.
with open(sys.argv[1], "r+b") as file:
    file.seek(4096 * 3)
    file.write(b"\xff" * 4096 * 6)
PYTHON
expect_refusal "database with damaged pages" "is corrupt" \
    "${serve[@]}" --database "$faults/damaged.sqlite"

expect_refusal "database path is a directory" "is a directory" \
    "${serve[@]}" --database "$faults"

# Root ignores file modes, so the unwritable cases run as nobody.
as_nobody=()
[ "$(id -u)" -ne 0 ] || as_nobody=(--as-nobody)
mkdir -p "$faults/early"
cp "$MIGRATIONS"/000[1-5]_*.sql "$faults/early/"
"$BINARY" migrate --database "$faults/behind.sqlite" --migrations "$faults/early" >/dev/null
chmod 444 "$faults/behind.sqlite"
expect_refusal "read-only database with migrations pending" "readonly database" \
    "${as_nobody[@]}" "${serve[@]}" --database "$faults/behind.sqlite"

mkdir -p "$faults/locked"
chmod 555 "$faults/locked"
expect_refusal "database to create in a read-only directory" "is not writable" \
    "${as_nobody[@]}" "${serve[@]}" --database "$faults/locked/db.sqlite"

cp -r "$MIGRATIONS" "$faults/changed"
cp "$DATABASE" "$faults/changed.sqlite"
migrations=("$faults"/changed/*.sql)
echo "-- edited after it was applied" >>"${migrations[0]}"
expect_refusal "migration changed after it was applied" "was changed after it was applied" \
    serve --port "$port" --database "$faults/changed.sqlite" --migrations "$faults/changed"

expect_refusal "missing Public folder" "public folder .* does not exist" \
    serve --port "$port" --database "$DATABASE" --migrations "$MIGRATIONS" \
    --public "$faults/no-public"

python3 -c 'import socket,sys,time; s=socket.socket(); s.bind(("127.0.0.1",int(sys.argv[1])));
s.listen(); time.sleep(30)' "$port" &
track $!
sleep 0.3
expect_refusal "port already taken" "cannot listen on 127.0.0.1:$port: bind failed" \
    "${serve[@]}" --database "$DATABASE"

expect_refusal "bad limit value" "--max-connections must be a whole number" \
    "${serve[@]}" --database "$DATABASE" --max-connections 0
SMTP_CODES_IDLE_TIMEOUT_SECONDS=-1 expect_refusal "bad time-out value" \
    "SMTP_CODES_IDLE_TIMEOUT_SECONDS must be" "${serve[@]}" --database "$DATABASE"

log "control: a read-only database with nothing to migrate is served"
cp "$DATABASE" "$faults/readonly.sqlite"
chmod 444 "$faults/readonly.sqlite"
DATABASE="$faults/readonly.sqlite"
if [ "$(id -u)" -eq 0 ]; then
    BINARY_AS_NOBODY=(setpriv --reuid=nobody --regid=nogroup --clear-groups "$BINARY")
else
    BINARY_AS_NOBODY=("$BINARY")
fi
control_port=$(free_port)
"${BINARY_AS_NOBODY[@]}" serve --host 127.0.0.1 --port "$control_port" \
    --database "$DATABASE" --migrations "$MIGRATIONS" \
    --public "$PUBLIC" >"$faults/control.log" 2>&1 &
SERVER_PID=$!
SERVER_LOG="$faults/control.log"
track "$SERVER_PID"
for _ in $(seq 1 50); do
    "${probe[@]}" health --port "$control_port" >/dev/null 2>&1 && break
    sleep 0.1
done
"${probe[@]}" health --port "$control_port" || fail "a read-only, up-to-date database is not served"
stop_server

pass "$cases start-up faults: one stderr line, non-zero exit, nothing listening;" \
    "read-only control served"
