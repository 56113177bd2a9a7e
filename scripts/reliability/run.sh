#!/usr/bin/env bash
# The reliability suite of issue 4: the server survives hostile and broken clients, load and
# shutdown. Builds the release binary and a database, runs every check in turn, prints a
# table of what was tried and held, and exits non-zero when any check failed.
#
#   scripts/reliability/run.sh            short run for CI: load and slowloris 15 s each,
#                                         fuzzing 45 s (parser) and 20 s (socket)
#   scripts/reliability/run.sh --full     the issue's lengths: load and slowloris 60 s,
#                                         parser fuzzing 10 min, socket fuzzing 2 min
#   scripts/reliability/run.sh --only load,drain      some checks only
#   scripts/reliability/run.sh --skip unit            all but some (e.g. when CI has just
#                                                     run `swift test`)
#
# Checks (scripts/reliability/check-*.sh): unit, faults, conformance, vanish, drain,
# socket-fuzz, parser-fuzz, load, slowloris. Logs and reports go to
# artifacts/reliability/<time>/ (RELIABILITY_WORK overrides), summary.md among them.
set -euo pipefail
cd "$(dirname "$0")/../.."
repository=$PWD

invocation="scripts/reliability/run.sh${*:+ $*}"
all_checks=(unit faults conformance vanish drain socket-fuzz parser-fuzz load slowloris)
mode=short
only=""
skip=""
while [ $# -gt 0 ]; do
    case "$1" in
        --full) mode=full ;;
        --only) only=${2:?--only needs a list}; shift ;;
        --skip) skip=${2:?--skip needs a list}; shift ;;
        -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "run.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

# Durations: the issue's lengths with --full, short enough for CI on 2 cores otherwise.
if [ "$mode" = full ]; then
    export LOAD_SECONDS=${LOAD_SECONDS:-60} SLOWLORIS_SECONDS=${SLOWLORIS_SECONDS:-60}
    export PARSER_FUZZ_SECONDS=${PARSER_FUZZ_SECONDS:-600}
    export SOCKET_FUZZ_SECONDS=${SOCKET_FUZZ_SECONDS:-120} VANISH_ROUNDS=${VANISH_ROUNDS:-300}
else
    export LOAD_SECONDS=${LOAD_SECONDS:-15} SLOWLORIS_SECONDS=${SLOWLORIS_SECONDS:-15}
    export PARSER_FUZZ_SECONDS=${PARSER_FUZZ_SECONDS:-45}
    export SOCKET_FUZZ_SECONDS=${SOCKET_FUZZ_SECONDS:-20} VANISH_ROUNDS=${VANISH_ROUNDS:-60}
fi

selected=()
for check in "${all_checks[@]}"; do
    if [ -n "$only" ] && [[ ",$only," != *",$check,"* ]]; then continue; fi
    if [[ ",$skip," == *",$check,"* ]]; then continue; fi
    selected+=("$check")
done
[ "${#selected[@]}" -gt 0 ] || { echo "run.sh: no check selected" >&2; exit 2; }

# What the checks need beyond the Swift toolchain, installed when missing.
needed=()
command -v wrk >/dev/null || needed+=(wrk)
command -v python3 >/dev/null || needed+=(python3)
command -v setpriv >/dev/null || needed+=(util-linux)
if [ "${#needed[@]}" -gt 0 ]; then
    echo "== installing ${needed[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}"
fi

# 2,000 wrk connections plus the server's own need more descriptors than the usual 1,024;
# the checks inherit this limit.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

# A scratch path of its own, so the suite never waits on another build's lock.
export SCRATCH_PATH=${SCRATCH_PATH:-$repository/.build-rel}
echo "== building the release binary ($SCRATCH_PATH)"
swift build -c release --scratch-path "$SCRATCH_PATH" --product smtp-codes
BINARY="$(swift build -c release --scratch-path "$SCRATCH_PATH" --show-bin-path)/smtp-codes"
export BINARY

WORK=${RELIABILITY_WORK:-$repository/artifacts/reliability/$(date -u +%Y%m%dT%H%M%SZ)}
export WORK RESULTS="$WORK/results.txt" DATABASE="$WORK/smtp-codes.sqlite"
mkdir -p "$WORK"
: >"$RESULTS"
# The content as it is now: an edit to Migrations/ while the suite runs must not make a
# server started later refuse the database built at the start.
cp -R Migrations Public "$WORK/"
export MIGRATIONS="$WORK/Migrations" PUBLIC="$WORK/Public"
"$BINARY" migrate --database "$DATABASE" --migrations "$MIGRATIONS"

started=$(date +%s)
failed=0
for check in "${selected[@]}"; do
    echo "== $check"
    check_started=$(date +%s)
    if bash "scripts/reliability/check-$check.sh" 2>&1 | tee "$WORK/$check.log"; then
        :
    else
        failed=$((failed + 1))
        # A check that died before calling pass or fail still gets a row.
        grep -q "^$check|" "$RESULTS" || echo "$check|FAIL|ended without a verdict" >>"$RESULTS"
    fi
    echo "   ($(($(date +%s) - check_started)) s)"
done

{
    echo "Command: \`$invocation\`"
    echo "on $(nproc) cores, $(uname -sr), $(date -u +%Y-%m-%d); $(($(date +%s) - started)) s"
    echo
    echo "| check | result | what was tried and held |"
    echo "|---|---|---|"
    while IFS='|' read -r name result summary; do
        echo "| $name | $result | $summary |"
    done <"$RESULTS"
} >"$WORK/summary.md"
echo
cat "$WORK/summary.md"
echo
echo "logs and reports: $WORK"
[ "$failed" -eq 0 ] || { echo "$failed check(s) failed" >&2; exit 1; }
