#!/usr/bin/env bash
# The product against the peer (the pandas script an analyst would write, ../shared/peer/), issue 11:
# the province year of 1,300 outlets, 20,800 visits, 208,000 responses, 4 quarters, 56 workbooks.
# Runs the peer and `satisfaction run` in turn, RUNS times each (default 3), each product run on a fresh
# data folder, inbox and out folder, timed as whole processes by /usr/bin/time -v; prints every run, the
# medians and the two ratios (product / peer: wall time, target ≤ 0.5; peak RSS, target ≤ 1.0).
#   benchmarks/run-peer.sh [RUNS]       PEER=/path/to/peer overrides where the peer's scripts are
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peer="${PEER:-$root/../shared/peer}"
# The system Python, where apt puts python3-pandas (a pyenv or venv python3 on the PATH would not see it).
python=/usr/bin/python3
runs="${1:-3}"
work="$root/.tools/peer"
scale="$work/scale-year"

if [[ ! -f "$peer/pandas_peer.py" ]]; then
  echo "run-peer: the peer's scripts are not at $peer (set PEER=…)" >&2
  exit 2
fi

missing=()
"$python" -c 'import pandas' 2>/dev/null || missing+=(python3-pandas)
"$python" -c 'import xlsxwriter' 2>/dev/null || missing+=(python3-xlsxwriter)
[[ -x /usr/bin/time ]] || missing+=(time)
if (( ${#missing[@]} )); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "run-peer: ${missing[*]} missing; run as root (apt-get) or install them" >&2
    exit 2
  fi
  echo "run-peer: installing ${missing[*]} through apt" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

# The workload, made once and kept (its generator is seeded).
mkdir -p "$work"
if [[ ! -f "$scale/.complete" ]]; then
  rm -rf "$scale"
  (cd "$work" && "$python" "$peer/make_scale.py" scale-year 1300 4 40 4)
  touch "$scale/.complete"
fi

# Build the product before timing anything (./satisfaction builds on first use).
"$root/satisfaction" --help >/dev/null

# One timed process: prints "<wall seconds> <max RSS KiB>".
timed() {
  local log
  log="$(mktemp)"
  if ! /usr/bin/time -v -o "$log" "$@" >"$log.out" 2>&1; then
    echo "run-peer: failed: $*" >&2
    tail -20 "$log.out" >&2
    rm -f "$log" "$log.out"
    exit 1
  fi
  awk '/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
       /Maximum resident set size/ { rss = $NF }
       END { printf "%.2f %d\n", wall, rss }' "$log"
  rm -f "$log" "$log.out"
}

peer_wall=() peer_rss=() prod_wall=() prod_rss=()
run_dir="$work/run"
for i in $(seq 1 "$runs"); do
  rm -rf "$run_dir" && mkdir -p "$run_dir/inbox"
  read -r wall rss < <(timed "$python" "$peer/pandas_peer.py" "$scale" "$run_dir/peer-out")
  peer_wall+=("$wall") peer_rss+=("$rss")
  echo "run $i  peer     ${wall} s  $((rss / 1024)) MiB"

  cp "$scale"/inbox/*.csv "$run_dir/inbox/"
  read -r wall rss < <(timed "$root/satisfaction" run --inbox "$run_dir/inbox" --out "$run_dir/out" --data "$run_dir/data" \
    --outlets "$scale/outlets.csv" --stable-seconds 0)
  books=$(find "$run_dir/out" -name '*.xlsx' -not -path '*/.writing/*' | wc -l)
  prod_wall+=("$wall") prod_rss+=("$rss")
  echo "run $i  product  ${wall} s  $((rss / 1024)) MiB  ($books workbooks)"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
pw=$(median "${peer_wall[@]}") pr=$(median "${peer_rss[@]}")
sw=$(median "${prod_wall[@]}") sr=$(median "${prod_rss[@]}")
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
awk -v pw="$pw" -v pr="$pr" -v sw="$sw" -v sr="$sr" -v n="$runs" 'BEGIN {
  printf "median of %d  peer    %.2f s  %.0f MiB\n", n, pw, pr / 1024
  printf "median of %d  product %.2f s  %.0f MiB\n", n, sw, sr / 1024
  printf "wall ratio product/peer %.2f (target <= 0.50)   RSS ratio %.2f (target <= 1.00)\n", sw / pw, sr / pr
}'
