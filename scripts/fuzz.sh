#!/bin/sh
# Builds the libFuzzer targets in Fuzz/ with the address sanitizer and runs
# each for FUZZ_SECONDS (default 60) from a seed corpus: `make fuzz`.
#
#   FUZZ_SECONDS=900 sh scripts/fuzz.sh          both targets, 15 minutes each
#   FUZZ_TARGETS=pack sh scripts/fuzz.sh         one target (lint, pack)
#   FUZZ_FLAGS='-fork=1 -ignore_crashes=1' …     extra libFuzzer flags
#   sh scripts/fuzz.sh .build-fuzz/artifacts/lint/crash-…   replay inputs instead
#
# Recipe (Swift 6.3 on Linux). A SwiftPM executable target built with
# -sanitize=fuzzer does not link (undefined <Target>_main), so SwiftPM builds
# only the library, its modules instrumented (-sanitize=fuzzer,address for
# Swift, -fsanitize=fuzzer-no-link,address for Yams' C target), in release mode
# into .build-fuzz; then swiftc compiles each harness with
# -sanitize=fuzzer,address -parse-as-library against those modules (the two C
# module maps passed by hand) and links it with their objects and libpcre2-8,
# which brings libFuzzer's main. Fuzz/<target>.dict gives each target the
# tokens its input format turns on. Everything stays under .build-fuzz/: the
# corpus (seeded from Examples/, Tests/Fixtures/ and Rules/packs/), the
# inputs that failed (artifacts/) and the logs.
set -eu
cd "$(dirname "$0")/.."

SCRATCH=.build-fuzz
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-lint pack}
SWIFT=${SWIFT:-swift}
SWIFTC=${SWIFTC:-swiftc}
# The Swift runtime's backtracer would catch the trap before libFuzzer does
# (and trips ASan itself); libFuzzer's handler prints the stack and saves the input.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
SANITIZE="-Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address"

echo "== building UNLint with sanitizers into $SCRATCH"
# shellcheck disable=SC2086
$SWIFT build --scratch-path "$SCRATCH" -c release $SANITIZE --target UNLint
# shellcheck disable=SC2086
BIN=$($SWIFT build --scratch-path "$SCRATCH" -c release $SANITIZE --show-bin-path)
OBJECTS=$(find "$BIN/UNLint.build" "$BIN/PCRE2.build" "$BIN/Yams.build" "$BIN/CYaml.build" -name '*.o' | sort)
CYAML="$SCRATCH/checkouts/Yams/Sources/CYaml/include"

for target in lint pack; do
    case $target in lint) harness=LintFuzzer ;; pack) harness=PackFuzzer ;; esac
    binary="$SCRATCH/fuzz-$target"
    newer=$(find Fuzz/*.swift Tests/UNLintTests/Support/PositionChecks.swift $OBJECTS -newer "$binary" 2>/dev/null | head -n 1 || true)
    if [ -x "$binary" ] && [ -z "$newer" ]; then continue; fi
    echo "== linking $binary"
    mkdir -p "$SCRATCH/logs"
    # gold warns about every ASan symbol it cannot export: keep that out of sight unless the link fails.
    # shellcheck disable=SC2046,SC2086
    if ! $SWIFTC -sanitize=fuzzer,address -parse-as-library -O -g \
        -I "$BIN/Modules" -I "$CYAML" \
        -Xcc -fmodule-map-file="$CYAML/module.modulemap" -Xcc -fmodule-map-file=Sources/CPCRE2/module.modulemap \
        "Fuzz/$harness.swift" Fuzz/FuzzSupport.swift Tests/UNLintTests/Support/PositionChecks.swift $OBJECTS $(pkg-config --libs libpcre2-8) \
        -module-cache-path "$SCRATCH/fuzz-module-cache" -o "$binary" >"$SCRATCH/logs/link-$target.log" 2>&1; then
        grep -v 'Cannot export local symbol' "$SCRATCH/logs/link-$target.log" >&2
        exit 1
    fi
done

if [ $# -gt 0 ]; then
    # Replay: run every given input through the target its artifact folder names (lint unless pack).
    for input in "$@"; do
        case $input in */pack/*) target=pack ;; *) target=lint ;; esac
        "$SCRATCH/fuzz-$target" "$input"
    done
    exit 0
fi

for target in $TARGETS; do
    corpus="$SCRATCH/corpus/$target"
    artifacts="$SCRATCH/artifacts/$target"
    mkdir -p "$corpus" "$artifacts" "$SCRATCH/logs"
    # Seeds: copied once under their own names; the corpus keeps growing across runs.
    case $target in
        lint) seeds=$(find Examples Tests/Fixtures -type f) ;;
        pack) seeds=$(find Rules/packs -type f -name '*.yml') ;;
        *) echo "fuzz.sh: unknown target '$target' (lint, pack)" >&2; exit 2 ;;
    esac
    for seed in $seeds; do
        name="seed-$(echo "$seed" | tr '/' '-')"
        [ -e "$corpus/$name" ] || cp "$seed" "$corpus/$name"
    done
    log="$SCRATCH/logs/$target-$(date +%Y%m%d-%H%M%S).log"
    echo "== fuzzing $target for ${SECONDS_EACH}s (corpus $corpus, $(ls "$corpus" | wc -l) inputs; log $log)"
    # One process on one core; -print_final_stats ends the output with the executions run
    # (with -fork=1 in FUZZ_FLAGS, the last '#N:' line of the log counts them).
    # shellcheck disable=SC2086
    "$SCRATCH/fuzz-$target" "$corpus" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 \
        -dict="Fuzz/$target.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 ${FUZZ_FLAGS:-} 2>&1 | tee "$log" | grep -Ev '^#[0-9]+[[:space:]]+(NEW|REDUCE)' || true
    status=$(grep -cE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer)' "$log" || true)
    if [ "$status" -gt 0 ]; then
        echo "== $target found a problem: see $log and $artifacts" >&2
        exit 1
    fi
done
