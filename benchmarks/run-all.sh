#!/usr/bin/env bash
# Every benchmark at the sizes the issues name, each in a fresh process (2-core machine).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/.tools/bench"
"$root/benchmarks/run-ingest.sh" 100000 1000000
echo "== scoring: 1,000,000 responses and 100,000 visits (issue 3)"
dotnet "$out/Satisfaction.Benchmarks.dll" scoring 1000000 100000
echo "== key drivers: a province of 1,000,000 and of 40,000 respondents (issue 3)"
dotnet "$out/Satisfaction.Benchmarks.dll" drivers 1000000
dotnet "$out/Satisfaction.Benchmarks.dll" drivers 40000
echo "== workbooks: 1,300 outlets, 5,000 visits, 40,000 responses (issue 4)"
for run in 1 2 3; do dotnet "$out/Satisfaction.Benchmarks.dll" reports 100 5000 40000; done
echo "== workbooks: the peer's 56 (4 quarters, 1,300 outlets, 20,800 visits, 208,000 responses), writers alone (issue 11)"
dotnet "$out/Satisfaction.Benchmarks.dll" reports-peer
echo "== the analysts' page with 10,000 files in the ledger (issue 9)"
dotnet "$out/Satisfaction.Benchmarks.dll" page 10000
echo "== serve: the sample inbox landing to its 28 workbooks written (issue 9)"
dotnet "$out/Satisfaction.Benchmarks.dll" serve-latency
echo "== delivery: those 14 workbooks to 14 offices by folder and mail, then written again unchanged (issue 10)"
dotnet "$out/Satisfaction.Benchmarks.dll" delivery 100 5000 40000
echo "== workers: a province-scale inbox through one serve, then two, on one PostgreSQL store (issue 10)"
"$root/benchmarks/run-workers.sh"
