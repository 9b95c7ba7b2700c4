#!/usr/bin/env bash
# Ingest benchmark (issue 2): a UTF-8 survey CSV into a fresh SQLite store, end to end, in a fresh process.
# Usage: benchmarks/run-ingest.sh [ROWS ...]   (default: 100000 1000000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/.tools/bench"
mkdir -p "$out"
dotnet build "$root/benchmarks/Satisfaction.Benchmarks.csproj" -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly
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
