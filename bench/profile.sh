#!/usr/bin/env bash
# Instructions per request, per route, under callgrind: a count that does not depend on how
# busy the machine is, so it can compare two builds where wall-clock numbers cannot.
#
#   bash bench/profile.sh [BINARY]      (default: a release build made here)
#
# Starts smtp-codes under `valgrind --tool=callgrind` with instrumentation off, warms every
# route (so the answer cache is full, as in production), then for each route turns counting
# on, sends requests from one keep-alive connection with wrk, turns counting off and dumps.
# Prints Ir per request per route and leaves the dumps in bench/out/callgrind/ for
# `callgrind_annotate`.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

binary=${1:-}
if [ -z "$binary" ]; then
    build_release >&2
    binary="$SCRATCH/release/smtp-codes"
fi
require valgrind valgrind
require wrk wrk

out=bench/out/callgrind
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
port=$(free_port)
trap 'stop_pid "${server:-}"; rm -rf "$work"' EXIT

cp -r Migrations Public "$work/"
content=(--migrations "$work/Migrations" --public "$work/Public")
"$binary" migrate --database "$work/db.sqlite" "${content[@]}" >/dev/null
valgrind --tool=callgrind --instr-atstart=no --compress-strings=no --compress-pos=no \
    --callgrind-out-file="$out/callgrind.out" \
    "$binary" serve --port "$port" --database "$work/db.sqlite" "${content[@]}" \
    >/dev/null 2>"$work/valgrind.log" &
server=$!
wait_healthy "$port" 60000 "" "$server" >/dev/null

printf '%-18s %10s %12s\n' route requests "Ir/request"
for route in "${ROUTES[@]}"; do
    name=$(route_name "$route")
    accept=$(route_accept "$route")
    args=(-t1 -c1 "http://127.0.0.1:$port$(route_path "$route")")
    [ -z "$accept" ] || args+=(-H "Accept: $accept")
    wrk -d1s "${args[@]}" >/dev/null  # fills the answer cache
    callgrind_control -z "$server" >/dev/null 2>&1
    callgrind_control -i on "$server" >/dev/null 2>&1
    requests=$(wrk -d3s "${args[@]}" | awk '/requests in/ {print $1}')
    callgrind_control -i off "$server" >/dev/null 2>&1
    callgrind_control -d "$name" "$server" >/dev/null 2>&1
    dump=$(ls -t "$out"/callgrind.out.* | awk 'NR == 1')
    mv "$dump" "$out/$name.callgrind"
    total=$(awk '/^totals:/ {print $2}' "$out/$name.callgrind")
    printf '%-18s %10d %12d\n' "$name" "$requests" $((total / requests))
done
