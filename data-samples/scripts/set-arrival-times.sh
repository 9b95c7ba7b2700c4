#!/usr/bin/env bash
# Git does not keep modification times; the pipeline takes files by modification time, then name.
# This gives the inbox files one minute apart, in the order of their numeric prefix (01 first).
set -euo pipefail
inbox="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/inbox}"
base=$(date -d '2026-10-08 09:00:00' +%s)
i=0
for f in $(cd "$inbox" && ls | LC_ALL=C sort); do
  touch -d "@$((base + 60 * i))" "$inbox/$f"
  i=$((i + 1))
done
