#!/usr/bin/env bash
# Whole-process benchmark of the native latticescan binary with all bundled rules.
#   bench/run-cli.sh                 # publish if needed, generate inputs if needed, measure
# Env: BIN (default out/latticescan), DATA (default bench/results/data), RUNS (default 10), RSS_RUNS (default 5)
# Needs: hyperfine, jq, /usr/bin/time (apt-get install -y hyperfine jq time)
# Results: bench/results/cli-*.json (hyperfine exports) and a summary on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-out/latticescan}
DATA=${DATA:-bench/results/data}
RUNS=${RUNS:-10}
RSS_RUNS=${RSS_RUNS:-5}
OUT=bench/results
mkdir -p "$OUT"

[ -x "$BIN" ] || dotnet publish src/Scanner.Cli -c Release -r linux-x64 -o out
[ -f "$DATA/plan-50k.json" ] || dotnet run -c Release --project bench/Scanner.Bench.Generate -- "$DATA"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/{print $2}') GiB"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $BIN ($(du -h "$BIN" | cut -f1)), rules: $(find "$(dirname "$BIN")/rules" -name '*.yaml' ! -name '*.cases.yaml' | wc -l)"

scan() { # scan ARGS...: the command line for one input
  echo "$BIN scan $* --org-accounts $DATA/org-accounts.txt --fail-on none"
}

# 1. latency: small plan, 1k/10k/50k plans (linear growth), the 10k CloudFormation template, and jq on the same 10k plan
hyperfine --style basic --warmup 2 --runs "$RUNS" --export-json "$OUT/cli-terraform.json" \
  -n "tf-30"   "$(scan --terraform-plan "$DATA/plan-30.json")" \
  -n "tf-1k"   "$(scan --terraform-plan "$DATA/plan-1k.json")" \
  -n "tf-10k"  "$(scan --terraform-plan "$DATA/plan-10k.json")" \
  -n "jq-10k"  "jq empty $DATA/plan-10k.json" \
  -n "cfn-1k"  "$(scan --cloudformation "$DATA/cfn-1k.yaml")" \
  -n "cfn-10k" "$(scan --cloudformation "$DATA/cfn-10k.yaml")"
hyperfine --style basic --warmup 1 --runs "$(( RUNS < 5 ? RUNS : 5 ))" --export-json "$OUT/cli-50k.json" \
  -n "tf-50k"  "$(scan --terraform-plan "$DATA/plan-50k.json")" \
  -n "cfn-50k" "$(scan --cloudformation "$DATA/cfn-50k.yaml")"

echo
echo "median wall time (s):"
for f in "$OUT/cli-terraform.json" "$OUT/cli-50k.json"; do
  jq -r '.results[] | [.command, (.median|tostring), (.mean|tostring), (.stddev|tostring), (.min|tostring), (.max|tostring)] | @tsv' "$f"
done | awk -F'\t' '{ printf "  %-8s median %.4f  mean %.4f  sd %.4f  min %.4f  max %.4f\n", $1, $2, $3, $4, $5, $6 }'
tf=$(jq -r '.results[] | select(.command=="tf-10k") | .median' "$OUT/cli-terraform.json")
jq10=$(jq -r '.results[] | select(.command=="jq-10k") | .median' "$OUT/cli-terraform.json")
echo "  latticescan 10k / jq empty 10k = $(awk -v a="$tf" -v b="$jq10" 'BEGIN { printf "%.2f", a / b }')"

# 2. peak memory: median of RSS_RUNS runs of "Maximum resident set size", against the input size
echo
echo "peak RSS (median of $RSS_RUNS runs):"
for input in "--terraform-plan $DATA/plan-30.json" "--terraform-plan $DATA/plan-1k.json" "--terraform-plan $DATA/plan-10k.json" "--terraform-plan $DATA/plan-50k.json" \
             "--cloudformation $DATA/cfn-10k.yaml" "--cloudformation $DATA/cfn-50k.yaml"; do
  file=${input#* }
  rss=()
  for _ in $(seq "$RSS_RUNS"); do
    # shellcheck disable=SC2086
    rss+=("$(/usr/bin/time -v $BIN scan $input --org-accounts "$DATA/org-accounts.txt" --fail-on none 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }')")
  done
  med=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  size=$(stat -c %s "$file")
  printf '  %-32s input %8.1f MiB  peak RSS %7.1f MiB  ratio %5.2f x\n' "$(basename "$file")" "$(awk -v s="$size" 'BEGIN { print s / 1048576 }')" \
    "$(awk -v k="$med" 'BEGIN { print k / 1024 }')" "$(awk -v k="$med" -v s="$size" 'BEGIN { print k * 1024 / s }')"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
