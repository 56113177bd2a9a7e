#!/usr/bin/env bash
# Parser fuzzing with libFuzzer and AddressSanitizer for PARSER_FUZZ_SECONDS, from the seed
# corpus and every saved regression, against the properties in ParserOracle (splitting never
# changes the outcome, requests keep the parser's promises, refusals map to 4xx/5xx). A
# crash fails the check and leaves the input in WORK/parser-fuzz/; copy it to
# scripts/reliability/fuzz/regressions/ and `swift test` replays it from then on.
# FUZZ_CORPUS names a folder to keep the grown corpus across long runs by hand.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

seconds=${PARSER_FUZZ_SECONDS:-45}
out="$WORK/parser-fuzz"
corpus=${FUZZ_CORPUS:-$out/corpus}
mkdir -p "$out" "$corpus"

log "building the fuzz target"
"$here/fuzz/build.sh" "$out/fuzz-parser" >"$out/build.log" 2>&1 \
    || { cat "$out/build.log"; fail "the fuzz target did not build"; }

log "fuzzing for $seconds s"
status=0
# Swift's own backtracer fights AddressSanitizer over the crash; libFuzzer reports instead.
SWIFT_BACKTRACE=enable=no "$out/fuzz-parser" -max_total_time="$seconds" -max_len=4096 \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -dict="$here/fuzz/http.dict" \
    -artifact_prefix="$out/" "$corpus" "$here/fuzz/corpus" "$here/fuzz/regressions" \
    >"$out/fuzz.log" 2>&1 || status=$?
tail -n 12 "$out/fuzz.log"
crashers=$(find "$out" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'timeout-*' \
    -o -maxdepth 1 -name 'oom-*' | wc -l)
if [ "$status" -ne 0 ] || [ "$crashers" -gt 0 ]; then
    grep -m1 -E 'parser property broken|ERROR:|Fatal error' "$out/fuzz.log" >&2 || true
    fail "libFuzzer found $crashers failing input(s) in $out (exit $status)"
fi

runs=$(awk '/number_of_executed_units/ { print $NF }' "$out/fuzz.log")
speed=$(awk '/average_exec_per_sec/ { print $NF }' "$out/fuzz.log")
coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$out/fuzz.log" | tail -n 1)
pass "$runs inputs in ${seconds} s ($speed/s), $coverage, no property broken"
