#!/usr/bin/env bash
# Issue 10, "Many workers": one `satisfaction serve` against two on one PostgreSQL store, on a province-scale
# inbox (1,300 outlets, 13 cities, PERIODS quarters). Starts a throw-away PostgreSQL cluster with PostgreSQL's
# durable defaults (scripts/test-postgres start --durable), runs the benchmark, removes the cluster.
# Usage: benchmarks/run-workers.sh [PERIODS [HOSTS [REPEATS]]]   (default: 4 quarters, hosts 1,2, 1 run each)
# Prints, per configuration: workbooks per minute, wall and CPU seconds per province-period, peak RSS per serve.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/.tools/bench"
mkdir -p "$out"
dotnet build "$root/benchmarks/Satisfaction.Benchmarks.csproj" -c Release -o "$out" -nologo -v quiet -clp:ErrorsOnly
cluster=$("$root/scripts/test-postgres" start --durable)
folder=$(sed -n 1p <<<"$cluster")
server=$(sed -n 2p <<<"$cluster")
trap '"$root/scripts/test-postgres" stop "$folder"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
dotnet "$out/Satisfaction.Benchmarks.dll" workers "$server" "$folder/data" "${1:-4}" "${2:-1,2}" "${3:-1}"
