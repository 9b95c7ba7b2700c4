#!/usr/bin/env bash
# Ingest benchmark (issues 2 and 8), end to end, each run in a fresh process into a fresh store:
#   - the province-year workload of `satisfaction generate` (1,300 outlets, four quarters: 208,000 survey
#     responses and 20,800 visits, GB18030 CSV) into SQLite and into PostgreSQL;
#   - a UTF-8 survey CSV of each ROWS size into SQLite.
# PostgreSQL: the server SATISFACTION_BENCH_POSTGRES names (a connection string to a database the user may
# CREATE DATABASE from), else a throw-away cluster with PostgreSQL's durable defaults (scripts/test-postgres).
# Usage: benchmarks/run-ingest.sh [ROWS ...]   (default: 100000 1000000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/.tools/bench"
mkdir -p "$out"
dotnet build "$root/benchmarks/Satisfaction.Benchmarks.csproj" -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly
year="$out/province-year"
if [[ ! -d "$year" ]]; then
  dotnet "$out/satisfaction.dll" generate --out "$year" --kind both --periods 2026Q1,2026Q2,2026Q3,2026Q4 \
    --outlet-count 1300 --visits-per-outlet 4 --responses-per-outlet 40 --seed 8 >/dev/null
fi
postgres="${SATISFACTION_BENCH_POSTGRES:-}"
if [[ -z "$postgres" ]]; then
  cluster=$("$root/scripts/test-postgres" start --durable)
  trap '"$root/scripts/test-postgres" stop "${cluster%%$'"'"'\n'"'"'*}"' EXIT
  postgres="${cluster#*$'\n'}"
fi
for run in 1 2 3; do
  echo "province year run=$run"
  dotnet "$out/Satisfaction.Benchmarks.dll" ingest "$year"
  dotnet "$out/Satisfaction.Benchmarks.dll" ingest "$year" "$postgres"
done
for rows in "${@:-100000 1000000}"; do
  for n in $rows; do
    file="$out/survey-$n.csv"
    [[ -f "$file" ]] || dotnet "$out/Satisfaction.Benchmarks.dll" survey-csv "$file" "$n"
    for run in 1 2 3; do
      echo -n "rows=$n run=$run  "
      dotnet "$out/Satisfaction.Benchmarks.dll" ingest "$file"
    done
  done
done
