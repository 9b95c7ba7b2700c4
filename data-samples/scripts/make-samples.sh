#!/usr/bin/env bash
# Regenerates data-samples/inbox and data-samples/expected-outcomes.json (deterministic: fixed seed).
# Needs the .NET SDK and LibreOffice (apt-get install -y --no-install-recommends libreoffice-calc-nogui)
# for the .xls and .pdf samples.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
samples="$(dirname "$here")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
(cd "$here" && dotnet run MakeSamples.cs -- "$samples" "$scratch")
soffice --headless --convert-to xls --outdir "$samples/inbox" "$scratch/13-暗访-2026Q3-淮安盐城.xlsx" >/dev/null
soffice --headless --convert-to pdf --outdir "$samples/inbox" "$scratch/14-暗访报告-2026Q3-苏州.xlsx" >/dev/null
"$here/set-arrival-times.sh"
ls -l --time-style=+%H:%M:%S "$samples/inbox"
