# Shared by bench/run.sh and bench/profile.sh: the routes measured, and small helpers.
# Sourced, not run.

# Where release builds for benchmarking go, apart from other builds of the tree.
SCRATCH=${SCRATCH:-.build-bench}

# The routes measured: name|path|Accept header (empty for none, as wrk sends none).
ROUTES=(
    "code-json|/codes/235|"
    "compare-html-tr|/compare/221/235?lang=tr|text/html"
    "enhanced-tr|/codes/5.7.1?lang=tr|"
    "not-found|/codes/299|"
)

# The binary that ships: a release build with the Swift runtime linked in, as the
# Dockerfile makes it (fewer shared libraries to load and relocate at start, fewer pages).
build_release() {
    swift build -c release --static-swift-stdlib --product smtp-codes --scratch-path "$SCRATCH"
}

route_name() { cut -d'|' -f1 <<<"$1"; }
route_path() { cut -d'|' -f2 <<<"$1"; }
route_accept() { cut -d'|' -f3 <<<"$1"; }

# Installs the Debian package $2 when the command $1 is missing.
require() {
    command -v "$1" >/dev/null 2>&1 && return
    echo "installing $2" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >&2
}

# A TCP port no socket on this machine uses, below the kernel's range of ephemeral ports
# (which clients, wrk's included, take their local ports from).
free_port() {
    local port low
    read -r low _ </proc/sys/net/ipv4/ip_local_port_range
    while true; do
        port=$((10000 + RANDOM % (low - 10000)))
        ss -Htan "sport = :$port" | grep -q . || { echo "$port"; return; }
    done
}

# Whether GET /healthz on 127.0.0.1:$1 answers 200, over bash's own /dev/tcp, so polling
# costs no process start and the first answer is seen within microseconds.
healthy() {
    local status
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
    IFS= read -r status <&3 || true
    exec 3<&- 3>&-
    [[ $status == "HTTP/1.1 200"* ]]
}

# Polls until /healthz answers, for at most $2 milliseconds, while process $4 (if given)
# runs; prints the microseconds waited since $3 (nanoseconds since the epoch, default now).
wait_healthy() {
    local port=$1 limit_ms=$2 start=${3:-$(date +%s%N)} pid=${4:-}
    until healthy "$port" 2>/dev/null; do
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            echo "the server on port $port exited" >&2
            return 1
        fi
        if (($(date +%s%N) - start > limit_ms * 1000000)); then
            echo "no answer from port $port within $limit_ms ms" >&2
            return 1
        fi
    done
    echo $((($(date +%s%N) - start) / 1000))
}

# Stops a process this script started, by its id: SIGTERM, then SIGKILL if it is still
# there after 15 s (a graceful stop takes at most the 10 s drain time).
stop_pid() {
    [ -n "${1:-}" ] || return 0
    kill "$1" 2>/dev/null || true
    for _ in $(seq 150); do
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$1" 2>/dev/null; then
        echo "process $1 ignored SIGTERM; killing it" >&2
        kill -KILL "$1" 2>/dev/null || true
    fi
    wait "$1" 2>/dev/null || true
}

# Resident set size of a process in KiB.
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
