#!/usr/bin/env bash
# Runs `latticescan scan` from the action's inputs (INPUT_* variables), writes the SARIF and a JSON report, and sets
# the outputs sarif, findings, critical, high, medium, low and exit-code. Exits with latticescan's exit code.
set -uo pipefail
args=(scan)
add_each() { # add_each FLAG "newline-separated values"
  local flag="$1" line
  while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"; line="${line%"${line##*[![:space:]]}"}"
    [ -n "$line" ] && args+=("$flag" "$line")
  done <<< "$2"
}
add_each --terraform-plan "${INPUT_TERRAFORM_PLAN:-}"
add_each --cloudformation "${INPUT_CLOUDFORMATION:-}"
add_each --inventory "${INPUT_INVENTORY:-}"
add_each --rules "${INPUT_RULES:-}"
[ -n "${INPUT_TF_SOURCE:-}" ] && args+=(--tf-source "$INPUT_TF_SOURCE")
[ -n "${INPUT_ORG_ID:-}" ] && args+=(--org-id "$INPUT_ORG_ID")
[ -n "${INPUT_ORG_ACCOUNTS:-}" ] && args+=(--org-accounts "$INPUT_ORG_ACCOUNTS")
sarif="${INPUT_SARIF:-latticescan.sarif}"
json="${RUNNER_TEMP:-$(mktemp -d)}/latticescan-report.json"
args+=(--fail-on "${INPUT_FAIL_ON:-high}" --sarif "$sarif" --json "$json")
[ -n "${INPUT_SARIF_CATEGORY:-}" ] && args+=(--sarif-category "$INPUT_SARIF_CATEGORY")
while IFS= read -r line; do [ -n "$line" ] && args+=("$line"); done <<< "${INPUT_ARGS:-}"

latticescan "${args[@]}"
status=$?
out="${GITHUB_OUTPUT:-/dev/null}"
echo "exit-code=$status" >> "$out"
if [ -f "$json" ]; then
  echo "sarif=$sarif" >> "$out"
  count() { jq "[.findings[] | select(.suppression == null) | select($1)] | length" "$json"; }
  echo "findings=$(count 'true')" >> "$out"
  for s in critical high medium low; do echo "$s=$(count ".severity == \"$s\"")" >> "$out"; done
fi
exit $status
