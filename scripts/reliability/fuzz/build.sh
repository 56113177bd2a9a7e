#!/usr/bin/env bash
# Builds the libFuzzer target for the request parser: the HTTPServer sources, the shared
# oracle from the unit tests and the entry point, compiled as one module with the fuzzer and
# AddressSanitizer. libFuzzer itself ships with the Swift toolchain (clang's compiler-rt).
#   usage: scripts/reliability/fuzz/build.sh OUTPUT
set -euo pipefail
cd "$(dirname "$0")/../../.."

output=${1:?usage: build.sh OUTPUT}
mkdir -p "$(dirname "$output")"

# -O keeps executions per second high; -g gives crash reports file and line numbers; lld
# links the sanitizer runtimes without the warnings gold prints.
swiftc -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -g -use-ld=lld \
    -D FUZZING -module-name HTTPServer \
    Sources/HTTPServer/*.swift \
    Tests/HTTPServerTests/ParserOracle.swift \
    scripts/reliability/fuzz/ParserFuzzTarget.swift \
    -o "$output"
