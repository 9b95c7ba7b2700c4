#!/usr/bin/env bash
# Issue 8 point 6: a report pass's peak memory is bounded by the largest province-period, not by the store.
# Writes, once (cached under .tools/provinces/), the province year of `generate` (1,300 outlets, 4 quarters,
# 4 visits and 40 responses per outlet and quarter: 20,800 visits, 208,000 responses, 56 workbooks) and the
# same in 4 provinces (83,200 visits, 832,000 responses, 224 workbooks). For each: one `run` fills a fresh store
# (ingest and workbooks, timed), then a report pass alone rewrites every workbook from the store (an empty inbox
# and a new out folder: every period is rewritten), timed; both by /usr/bin/time -v for wall and peak RSS.
# Prints the figures and the ratio of the 4-province report pass's peak to the one-province one
# (targets: ≤ 1.3, and under 400 MiB).
#   benchmarks/run-provinces.sh [RUNS]     (report passes per size, default 1; the median is printed)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-1}"
work="$root/.tools/provinces"
periods=2025Q3,2025Q4,2026Q1,2026Q2
"$root/satisfaction" --help >/dev/null

timed() {
  local log
  log="$(mktemp)"
  if ! /usr/bin/time -v -o "$log" "$@" >"$log.out" 2>&1; then
    echo "run-provinces: failed: $*" >&2
    tail -20 "$log.out" >&2
    exit 1
  fi
  awk '/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
       /Maximum resident set size/ { rss = $NF }
       END { printf "%.2f %d\n", wall, rss }' "$log"
  rm -f "$log" "$log.out"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A pass_rss
for provinces in 1 4; do
  dir="$work/p$provinces"
  if [[ ! -f "$dir/.complete" ]]; then
    rm -rf "$dir" && mkdir -p "$dir"
    "$root/satisfaction" generate --out "$dir/files" --outlet-count 1300 --provinces "$provinces" --periods "$periods" \
      --visits-per-outlet 4 --responses-per-outlet 40 --split ByPeriod --format CsvUtf8 >/dev/null
    # With one province, 1,300 outlets exceed the sample master (272): generate wrote the master beside the folder.
    touch "$dir/.complete"
  fi

  rm -rf "$dir/run" && mkdir -p "$dir/run/inbox" "$dir/run/empty"
  cp "$dir"/files/* "$dir/run/inbox/"
  read -r wall rss < <(timed "$root/satisfaction" run --inbox "$dir/run/inbox" --out "$dir/run/out" --data "$dir/run/data" \
    --outlets "$dir/files-outlets.csv" --stable-seconds 0)
  books=$(find "$dir/run/out" -name '*.xlsx' -not -path '*/.writing/*' | wc -l)
  echo "$provinces province(s)  run (ingest and workbooks)  ${wall} s  $((rss / 1024)) MiB  ($books workbooks)"

  walls=() rsss=()
  for i in $(seq 1 "$runs"); do
    read -r wall rss < <(timed "$root/satisfaction" run --inbox "$dir/run/empty" --out "$dir/run/out-$i" --data "$dir/run/data" \
      --outlets "$dir/files-outlets.csv" --stable-seconds 0)
    books=$(find "$dir/run/out-$i" -name '*.xlsx' -not -path '*/.writing/*' | wc -l)
    echo "$provinces province(s)  report pass $i  ${wall} s  $((rss / 1024)) MiB  ($books workbooks)"
    walls+=("$wall") rsss+=("$rss")
  done
  pass_rss[$provinces]=$(median "${rsss[@]}")
  echo "$provinces province(s)  report pass, median of $runs: $(median "${walls[@]}") s  $(( ${pass_rss[$provinces]%.*} / 1024 )) MiB"
done

echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
awk -v one="${pass_rss[1]}" -v four="${pass_rss[4]}" 'BEGIN {
  printf "report pass peak RSS: 4 provinces %.0f MiB / 1 province %.0f MiB = %.2f (target <= 1.30, and < 400 MiB)\n", four / 1024, one / 1024, four / one
}'
