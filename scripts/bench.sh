#!/usr/bin/env bash
# `make bench`: unlint side by side with the fastest tools of its kind on the
# same corpus, in one run, alternating, median of RUNS runs each.
#
#   unlint      release binary, every default rule, JSON to /dev/null
#   pcre2grep   -u -o with all of unlint's rule-pack patterns (Debian pcre2-utils)
#   rumdl       check --no-cache --no-config (PyPI rumdl, a fast Rust Markdown linter)
#   cat         the I/O floor
#
# The corpus (.build/bench) is grown from Examples/ by scripts/bench-corpus.py.
# Environment: DOCS (default 2000), RUNS (default 5); STRESS=1 adds the size
# cases (a 200 MB document, a 20 MB line, 1,000,000 paragraphs, 100,000
# headings, 10,000 nested brackets): time and peak memory against 3x + 100 MB.
set -euo pipefail
cd "$(dirname "$0")/.."

docs=${DOCS:-2000}
runs=${RUNS:-5}
bench=.build/bench
unlint=.build/release/unlint

command -v pcre2grep >/dev/null || { echo "bench: pcre2grep is missing (apt-get install pcre2-utils)" >&2; exit 2; }
command -v rumdl >/dev/null || { echo "bench: rumdl is missing (pip install rumdl)" >&2; exit 2; }
[ -x $unlint ] || { echo "bench: build first (make build)" >&2; exit 2; }

rm -rf $bench && mkdir -p $bench
python3 scripts/bench-corpus.py $bench "$docs"
# Half the documents, to see how the time grows with the corpus.
mkdir -p $bench/half && ls $bench/files | sed -n "1,$((docs / 2))p" | sed "s|^|$bench/files/|" | xargs cp -t $bench/half
$unlint rules --patterns | cut -f2 > $bench/patterns.txt
one=$(ls $bench/files/*ceb-summary-fr.md | sed -n 1p)

bytes() { du -cb "$@" | tail -n 1 | cut -f1; }
files_mb=$(bytes $bench/files)
declare -A commands=(
    [unlint]="$unlint --format json --output /dev/null $bench/files"
    [unlint-half]="$unlint --format json --output /dev/null $bench/half"
    [unlint-one-file]="$unlint --format json --output /dev/null $bench/all.md"
    [unlint-28KB]="$unlint --format json --output /dev/null $one"
    [pcre2grep]="pcre2grep -u -o -f $bench/patterns.txt -r $bench/files"
    [rumdl]="rumdl check --no-cache --no-config $bench/files"
    [cat]="cat $bench/files/*"
)
order=(unlint pcre2grep rumdl cat unlint-half unlint-one-file unlint-28KB)

# One run: "seconds peak-KB" (exit codes 1, findings, are expected).
measure() { /usr/bin/time -f "%e %M" bash -c "$1 >/dev/null 2>&1 || [ \$? -le 1 ]" 2>&1 | tail -n 1; }

declare -A times memories
for ((run = 1; run <= runs; run++)); do
    for name in "${order[@]}"; do
        read -r seconds kb < <(measure "${commands[$name]}")
        times[$name]+="$seconds "
        memories[$name]+="$kb "
    done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mb=$(awk -v b="$files_mb" 'BEGIN {printf "%.1f", b/1e6}')
echo
echo "Corpus: $docs documents, $mb MB ($(date -u +%F), $(nproc) cores, $(uname -m)); median of $runs runs"
printf '%-16s %10s %10s %12s %14s\n' tool seconds MB/s "peak MB" "unlint ÷ tool"
u=$(echo "${times[unlint]}" | median)
for name in "${order[@]}"; do
    t=$(echo "${times[$name]}" | median)
    m=$(echo "${memories[$name]}" | median)
    size=$files_mb
    case $name in unlint-half) size=$(bytes $bench/half) ;; unlint-one-file) size=$(bytes $bench/all.md) ;; unlint-28KB) size=$(bytes "$one") ;; esac
    awk -v n="$name" -v t="$t" -v s="$size" -v m="$m" -v u="$u" \
        'BEGIN {printf "%-16s %10.3f %10.1f %12.1f %14s\n", n, t, (t > 0 ? s/1e6/t : 0), m/1024, (n ~ /^unlint/ ? "" : sprintf("%.2fx", u/t))}'
done
awk -v u="$u" -v h="$(echo "${times[unlint-half]}" | median)" 'BEGIN {printf "doubling the corpus: %.2fx the time\n", u/h}'

if [ "${STRESS:-0}" = 1 ]; then
    python3 scripts/bench-corpus.py --stress $bench
    echo
    echo "Size cases (one run each): peak memory against the bound of 3 x the file + 100 MB"
    printf '%-26s %10s %10s %10s %12s %12s\n' file MB seconds MB/s "peak MB" "bound MB"
    # The 2 MB line's 300,000 findings also in the reports that quote or hash its line.
    for case in line-20MB findings-line-2MB findings-line-2MB:text findings-line-2MB:sarif paragraphs-1M \
        headings-100k nested-10k document-200MB; do
        file=${case%%:*}
        format=json
        label=$file
        [ "$case" = "$file" ] || { format=${case#*:}; label="$file ($format)"; }
        read -r seconds kb < <(measure "$unlint --format $format --output /dev/null $bench/$file.md")
        size=$(bytes $bench/$file.md)
        awk -v n="$label" -v s="$size" -v t="$seconds" -v m="$kb" \
            'BEGIN {printf "%-26s %10.1f %10.2f %10.1f %12.1f %12.1f%s\n", n, s/1e6, t, (t > 0 ? s/1e6/t : 0), m/1024, 3*s/1048576+100, (m/1024 > 3*s/1048576+100 ? "  over" : "")}'
    done
fi
