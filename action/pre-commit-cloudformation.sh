#!/usr/bin/env bash
# pre-commit entry: scans the staged files that are CloudFormation templates (other YAML/JSON files are skipped)
# and fails on HIGH or above. Options from the hook's `args:` start with '-' and carry their value after '='
# (for example --org-accounts=org-accounts.txt); every other argument is a staged file.
set -uo pipefail
opts=(); files=()
for a in "$@"; do
  case "$a" in
    -*) opts+=("$a") ;;
    *) grep -qE '^[[:space:]"]*(AWSTemplateFormatVersion|Resources)"?[[:space:]]*:' "$a" 2>/dev/null && files+=("$a") ;;
  esac
done
[ ${#files[@]} -eq 0 ] && exit 0
args=(scan --fail-on high)
for f in "${files[@]}"; do args+=(--cloudformation "$f"); done
exec latticescan "${args[@]}" "${opts[@]}"
