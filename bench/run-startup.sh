#!/usr/bin/env bash
# Start-up benchmark: latticescan's Native AOT binary against a Native AOT hello-world built and measured in the same run.
#   bench/run-startup.sh              # publish both (linux-x64), generate a 40-resource plan, measure
# Env: RUNS (default 200 of each command), WARMUP (default 10), BIN (default: publish to out/), OUT (default bench/results)
# Prints the medians, `--version` / hello-world and the small-plan median; numbers go to docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-bench/results}
RUNS=${RUNS:-200}
WARMUP=${WARMUP:-10}
mkdir -p "$OUT"

if [ -z "${BIN:-}" ]; then
  dotnet publish src/Scanner.Cli -c Release -r linux-x64 -o out >/dev/null
  BIN=out/latticescan
fi
dotnet publish bench/Scanner.Bench.HelloAot -c Release -r linux-x64 -o "$OUT/hello-aot" >/dev/null
[ -f "$OUT/data/plan-40.json" ] || dotnet run -c Release --project bench/Scanner.Bench.Generate -- "$OUT/data" 40 >/dev/null
dotnet build bench/Scanner.Bench.Startup -c Release -o "$OUT/startup-harness" >/dev/null

echo "binary: $BIN ($(du -h "$BIN" | cut -f1)); hello-world: $(du -h "$OUT/hello-aot/Scanner.Bench.HelloAot" | cut -f1)"
dotnet "$OUT/startup-harness/Scanner.Bench.Startup.dll" --hello "$OUT/hello-aot/Scanner.Bench.HelloAot" --latticescan "$BIN" \
  --plan "$OUT/data/plan-40.json" --runs "$RUNS" --warmup "$WARMUP"
