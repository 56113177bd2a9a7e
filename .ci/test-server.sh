# Sourced by the CI scripts: builds the debug binary, starts it on a free loopback port
# with a fresh database, waits until it answers, and stops it when the script exits.
# Sets: base (http://127.0.0.1:PORT), server (its pid), work (a scratch folder).

if ! build_log=$(swift build --product smtp-codes 2>&1); then
    echo "$build_log" >&2
    exit 1
fi

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$(swift build --show-bin-path)/smtp-codes" serve --host 127.0.0.1 --port "$port" \
    --database "$work/db.sqlite" >"$work/log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 100); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done
