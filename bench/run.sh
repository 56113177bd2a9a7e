#!/usr/bin/env bash
# smtp-codes against nginx serving the same bytes, on this machine, and docs/performance.md
# regenerated from the result.
#
#   bash bench/run.sh
#
# Builds the release binary as the Dockerfile does, times start-up (a fresh database from
# Migrations/, then restarts
# on it), starts smtp-codes and nginx each pinned to core 0 with wrk pinned to core 1, and
# measures every route at 64 and 1000 keep-alive connections, alternating the two servers
# over several rounds (the one that goes first changes each round). Then 60 s at 1000
# connections for RSS over time. Prints medians and smtp-codes/nginx ratios, checks the
# targets of issue 5, and rewrites the results section of docs/performance.md.
#
# Settings (environment): ROUNDS (5), DURATION seconds per run (10), SOAK seconds for the
# RSS run (60), SCRATCH build directory (.build-bench). For a quick look at one case:
# ONLY=compare-html-tr CONNECTIONS=1000 QUICK=1 (no start-up timing, no RSS run, and
# docs/performance.md left alone). Needs root only to install wrk and nginx-light when they
# are missing. Both servers' request logs go to /dev/null.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10}
SOAK=${SOAK:-60}
read -r -a CONNECTIONS <<<"${CONNECTIONS:-64 1000}"
QUICK=${QUICK:-0}
if [ -n "${ONLY:-}" ]; then
    for route in "${ROUTES[@]}"; do
        [ "$(route_name "$route")" != "$ONLY" ] || ROUTES=("$route")
    done
fi

require wrk wrk
require nginx nginx-light
require taskset util-linux
require ss iproute2
require curl curl
ulimit -n "$(ulimit -Hn)"  # 1000 clients need more than the usual 1024

echo "== build" >&2
build_release >&2
binary="$SCRATCH/release/smtp-codes"

work=$(mktemp -d)
# A snapshot of the content, so edits to the tree during the run cannot change it.
cp -r Migrations Public "$work/"
content=(--migrations "$work/Migrations" --public "$work/Public")
smtp_pid=""
nginx_pid=""
cleanup() {
    stop_pid "$smtp_pid"
    stop_pid "$nginx_pid"
    rm -rf "$work"
}
trap cleanup EXIT

# --- start-up -------------------------------------------------------------------------

# Microseconds from launching `serve` to the first 200 from /healthz.
time_startup() {
    local port start micros
    port=$(free_port)
    start=$(date +%s%N)
    "$binary" serve --port "$port" --database "$work/db.sqlite" "${content[@]}" >/dev/null &
    smtp_pid=$!
    micros=$(wait_healthy "$port" 30000 "$start" "$smtp_pid")
    # The process installs its SIGTERM handler just after it starts serving; a signal sent
    # within that instant is lost, so give it a moment before stopping it.
    sleep 0.2
    stop_pid "$smtp_pid"
    smtp_pid=""
    echo "$micros"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "== start-up" >&2
fresh=0
restart=0
((QUICK)) || fresh=$(for _ in 1 2 3; do
    rm -f "$work"/db.sqlite*
    time_startup
done | median)
((QUICK)) || restart=$(for _ in 1 2 3 4 5; do time_startup; done | median)
# The server measured below starts on the migrated database.
((QUICK)) && "$binary" migrate --database "$work/db.sqlite" "${content[@]}" >/dev/null
printf 'fresh database: %d ms, restart: %d ms\n' $((fresh / 1000)) $((restart / 1000)) >&2

# --- the two servers --------------------------------------------------------------------

smtp_port=$(free_port)
taskset -c 0 "$binary" serve --port "$smtp_port" --database "$work/db.sqlite" "${content[@]}" \
    >/dev/null &
smtp_pid=$!
wait_healthy "$smtp_port" 10000 "" "$smtp_pid" >/dev/null

# nginx serves each route's answer as smtp-codes gave it: same status, body and
# Content-Type, and the same other fields through add_header.
mkdir -p "$work/nginx-root" "$work/nginx-body"
locations=""
for route in "${ROUTES[@]}"; do
    name=$(route_name "$route")
    path=$(route_path "$route")
    accept=$(route_accept "$route")
    curl -sS -o "$work/nginx-root/$name.body" -D "$work/$name.head" \
        ${accept:+-H "Accept: $accept"} "http://127.0.0.1:$smtp_port$path"
    status=$(awk 'NR == 1 { print $2 }' "$work/$name.head")
    type=$(awk -F': ' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' \
        "$work/$name.head")
    fields=$(awk -F': ' '
        { sub(/\r$/, "") }
        NR > 1 && $1 != "" &&
            tolower($1) !~ /^(date|content-length|content-type|connection|etag)$/ {
            printf "            add_header %s \"%s\" always;\n", $1, $2
        }' "$work/$name.head")
    body_location="            alias $work/nginx-root/$name.body;
            default_type \"$type\";
$fields"
    if [ "$status" = 200 ]; then
        locations+="        location = ${path%%\?*} {
$body_location
        }
"
    else
        locations+="        location = ${path%%\?*} {
            error_page $status /_$name;
            return $status;
        }
        location = /_$name {
            internal;
$body_location
        }
"
    fi
done

nginx_port=$(free_port)
awk -v work="$work" -v port="$nginx_port" -v locations="$locations" '
    { gsub(/@WORK@/, work); gsub(/@PORT@/, port) }
    /@LOCATIONS@/ { printf "%s", locations; next }
    { print }' bench/nginx.conf >"$work/nginx.conf"
taskset -c 0 nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$nginx_port/" && break
    sleep 0.05
done

# Both must give the same status, Content-Type and body for every route.
for route in "${ROUTES[@]}"; do
    name=$(route_name "$route")
    path=$(route_path "$route")
    accept=$(route_accept "$route")
    curl -sS -o "$work/$name.nginx" -D "$work/$name.nginx-head" \
        ${accept:+-H "Accept: $accept"} "http://127.0.0.1:$nginx_port$path"
    cmp -s "$work/$name.nginx" "$work/nginx-root/$name.body" ||
        { echo "nginx body differs for $path" >&2; exit 1; }
    for field in '^HTTP/1.1 [0-9]+' '^content-type:.*'; do
        [ "$(grep -ioE "$field" "$work/$name.head")" = \
            "$(grep -ioE "$field" "$work/$name.nginx-head")" ] ||
            { echo "nginx differs in '$field' for $path" >&2; exit 1; }
    done
done

# What each route answers, as both servers send it: status, body and head sizes.
answers=$(
    echo "| route | request | status | Content-Type | body bytes | head bytes (s / n) |"
    echo "|---|---|---:|---|---:|---:|"
    for route in "${ROUTES[@]}"; do
        name=$(route_name "$route")
        accept=$(route_accept "$route")
        printf '| %s | `GET %s`%s | %s | %s | %d | %d / %d |\n' "$name" "$(route_path "$route")" \
            "${accept:+ with \`Accept: $accept\`}" \
            "$(awk 'NR == 1 { print $2 }' "$work/$name.head")" \
            "$(awk -F': ' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' \
                "$work/$name.head")" \
            "$(wc -c <"$work/$name.nginx")" "$(wc -c <"$work/$name.head")" \
            "$(wc -c <"$work/$name.nginx-head")"
    done
)

# --- measuring ------------------------------------------------------------------------

ticks=$(getconf CLK_TCK)

# utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# One wrk run against a server; prints a results row:
# server route connections req/s p50_ms p99_ms rss_kib errors cpu_us_per_request
# client_busy_percent (how much of its core wrk used: near 100, the client is the limit)
measure() {
    local server=$1 pid=$2 port=$3 route=$4 connections=$5
    local name path accept before after output rss client
    local TIMEFORMAT='%U %S %R'
    name=$(route_name "$route")
    path=$(route_path "$route")
    accept=$(route_accept "$route")
    before=$(cpu_ticks "$pid")
    # RSS is read near the end of the run, with every connection open.
    (sleep $((DURATION - 2)) && rss_kib "$pid" >"$work/rss") &
    output=$({ time taskset -c 1 wrk -t1 -c"$connections" -d"${DURATION}s" --latency \
        ${accept:+-H "Accept: $accept"} "http://127.0.0.1:$port$path"; } 2>"$work/time")
    wait $!
    after=$(cpu_ticks "$pid")
    rss=$(cat "$work/rss")
    client=$(awk 'END { printf "%.0f", ($1 + $2) * 100 / $3 }' "$work/time")
    awk -v server="$server" -v route="$name" -v c="$connections" -v rss="$rss" \
        -v cpu=$((after - before)) -v ticks="$ticks" -v client="$client" '
        function ms(text) {
            if (text ~ /us$/) return text / 1000
            if (text ~ /ms$/) return text + 0
            if (text ~ /s$/) return text * 1000
            return text + 0
        }
        /^ +50%/ { p50 = ms($2) }
        /^ +99%/ { p99 = ms($2) }
        /requests in/ { requests = $1 }
        /Socket errors/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
        /^Requests\/sec/ { rps = $2 }
        END {
            printf "%s %s %d %.0f %.3f %.3f %d %d %.2f %d\n", server, route, c, rps, p50, p99,
                rss, errors + 0, cpu * 1e6 / ticks / requests, client
        }' <<<"$output"
}

echo "== warm-up" >&2
for route in "${ROUTES[@]}"; do
    for port in "$smtp_port" "$nginx_port"; do
        accept=$(route_accept "$route")
        taskset -c 1 wrk -t1 -c64 -d2s ${accept:+-H "Accept: $accept"} \
            "http://127.0.0.1:$port$(route_path "$route")" >/dev/null
    done
done

results="$work/results"
: >"$results"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for round in $(seq "$ROUNDS"); do
    for connections in "${CONNECTIONS[@]}"; do
        for route in "${ROUTES[@]}"; do
            if ((round % 2)); then order="smtp-codes nginx"; else order="nginx smtp-codes"; fi
            for server in $order; do
                if [ "$server" = smtp-codes ]; then
                    row=$(measure smtp-codes "$smtp_pid" "$smtp_port" "$route" "$connections")
                else
                    row=$(measure nginx "$nginx_pid" "$nginx_port" "$route" "$connections")
                fi
                echo "round $round: $row" >&2
                echo "$row" >>"$results"
            done
        done
    done
done

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
if ((QUICK)); then
    awk '{ print }' "$results"
    exit 0
fi

echo "== RSS over ${SOAK} s at 1000 connections" >&2
soak_route=${ROUTES[1]}
soak_samples=$(
    accept=$(route_accept "$soak_route")
    taskset -c 1 wrk -t1 -c1000 -d"${SOAK}s" ${accept:+-H "Accept: $accept"} \
        "http://127.0.0.1:$smtp_port$(route_path "$soak_route")" >/dev/null &
    load=$!
    for _ in $(seq 0 5 $((SOAK - 5))); do
        sleep 5
        rss_kib "$smtp_pid"
    done
    wait "$load"
)
soak_kib=$(tr '\n' ' ' <<<"$soak_samples")
echo "smtp-codes RSS KiB every 5 s: $soak_kib" >&2

# --- report ---------------------------------------------------------------------------

# Medians per server, route and connection count, side by side.
table=$(awk '
    function median(list,    n, v, i, j, t) {
        n = split(list, v, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] > v[j]; j--) {
            t = v[j]; v[j] = v[j - 1]; v[j - 1] = t
        }
        return v[int((n + 1) / 2)]
    }
    {
        key = $2 " " $3
        if (!(key in seen)) { seen[key] = 1; order[++keys] = key }
        for (f = 4; f <= 10; f++) values[$1, key, f] = values[$1, key, f] " " $f
    }
    END {
        for (k = 1; k <= keys; k++) {
            key = order[k]
            for (f = 4; f <= 10; f++) {
                s[f] = median(values["smtp-codes", key, f])
                n[f] = median(values["nginx", key, f])
            }
            printf "%s %.0f %.0f %.2f %.3f %.3f %.3f %.3f %.1f %.1f %d %d %.2f %.2f %d %d\n",
                key, s[4], n[4], s[4] / n[4], s[5], n[5], s[6], n[6],
                s[7] / 1024, n[7] / 1024, s[8], n[8], s[9], n[9], s[10], n[10]
        }
    }' "$results")

markdown=$(
    printf '| %s ' route conns "smtp-codes req/s" "nginx req/s" ratio "p50 ms (s / n)" \
        "p99 ms (s / n)" "RSS MiB (s / n)" "socket errors (s / n)" "CPU µs/req (s / n)" \
        "wrk core busy % (s / n)"
    echo "|"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    while read -r route c srps nrps ratio sp50 np50 sp99 np99 srss nrss serr nerr scpu ncpu \
        sbusy nbusy; do
        printf '| %s ' "$route" "$c" "$srps" "$nrps" "**$ratio**" "$sp50 / $np50" \
            "$sp99 / $np99" "$srss / $nrss" "$serr / $nerr" "$scpu / $ncpu" "$sbusy / $nbusy"
        echo "|"
    done <<<"$table"
)

verdicts=$(awk -v soak="$soak_kib" '
    function verdict(ok) { return ok ? "met" : "NOT met" }
    {
        ratio_ok = ratio_ok && $5 >= 1.0
        p99_ok = p99_ok && $8 <= $9
        if ($2 == 1000) { errors_ok = errors_ok && $12 == 0; rss_ok = rss_ok && $10 < 32 }
    }
    BEGIN { ratio_ok = p99_ok = errors_ok = rss_ok = 1 }
    END {
        n = split(soak, v, " ")
        low = high = v[3]
        for (i = 3; i <= n; i++) { if (v[i] < low) low = v[i]; if (v[i] > high) high = v[i] }
        flat = n >= 3 && high - low <= 2048 && v[n] < 32 * 1024
        print "- smtp-codes/nginx ≥ 1.0 on every route and connection count: " verdict(ratio_ok)
        print "- p99 no worse than nginx'"'"'s: " verdict(p99_ok)
        print "- no socket errors or time-outs at 1000 connections: " verdict(errors_ok)
        print "- RSS < 32 MiB at 1000 connections: " verdict(rss_ok)
        printf "- RSS flat over the %d s run (within 2 MiB after the first 10 s, " \
            "under 32 MiB): %s\n", n * 5, verdict(flat)
    }' <<<"$table")

cpu_model=$(lscpu | awk -F': +' '/^Model name/ { print $2 }')
memory=$(free -g | awk '/^Mem/ { print $2 }')
machine="$cpu_model, $(nproc) cores, $memory GiB, Linux $(uname -r)"
machine+=", Debian $(cat /etc/debian_version)"
swift_version=$(swift --version 2>/dev/null | awk 'NR == 1')
wrk_version=$({ wrk -v 2>&1 || true; } | awk 'NR == 1 { print $2 }')
versions="$swift_version; $(nginx -v 2>&1 | sed 's/.*: //'); wrk $wrk_version"

section=$(cat <<EOF
Generated by \`bash bench/run.sh\` on $(date -u +%Y-%m-%d) — do not edit between the markers.

Machine: $machine.
$versions.
Each server pinned to core 0 (\`taskset -c 0\`), \`wrk -t1\` pinned to core 1, keep-alive,
${DURATION} s per run, medians of $ROUNDS rounds that alternate which server goes first.
RSS is read 2 s before the end of a run, with every connection open. CPU µs/req is the
server's user + system time over the run divided by the requests answered; wrk core busy
is wrk's user + system time over the run's wall time. Both servers write their request log
to /dev/null. Load average (1, 5, 15 min) of the
machine before the runs: $load_before; after: $load_after (other work on the machine
shows up as noise in req/s and p99).

$answers

$markdown

Targets:

$verdicts

RSS of smtp-codes during ${SOAK} s at 1000 connections on \`$(route_path "$soak_route")\`
(KiB, every 5 s): $soak_kib

Start-up (median, launch to the first 200 from \`/healthz\`): fresh database built from
every migration **$((fresh / 1000)) ms**; restart on an existing database
**$((restart / 1000)) ms**.
EOF
)

doc=docs/performance.md
begin='<!-- bench:begin -->'
end='<!-- bench:end -->'
if ! grep -q "$begin" "$doc" 2>/dev/null; then
    printf '# Performance\n\n%s\n%s\n' "$begin" "$end" >>"$doc"
fi
awk -v begin="$begin" -v end="$end" -v section="$section" '
    $0 == begin { print; print section; skip = 1; next }
    $0 == end { skip = 0 }
    !skip { print }' "$doc" >"$work/doc" && cp "$work/doc" "$doc"

echo
echo "$section"
