#!/usr/bin/env bash
# Packaging checks (run by .ci/run): the library package consumed from a local folder feed by a separate project,
# the .NET tool installed from that feed, and the Native AOT publish for linux-x64. Prints one line per check and a
# closing "package-checks: N passed, N failed" line; exits non-zero when any check fails or cannot run.
set -uo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# A version no cache can already hold, so the packages under test are the ones just packed.
version="0.1.0-check.$(date +%s)"
feed="$work/feed"
passed=0; failed=0
pass() { echo "ok - $1"; passed=$((passed + 1)); }
fail() { echo "FAILED - $1" >&2; [ -n "${2:-}" ] && sed 's/^/    /' "$2" >&2; failed=$((failed + 1)); }
org=(111111111111 222222222222 333333333333)

if dotnet pack src/Scanner.Library -c Release -o "$feed" -p:Version="$version" >"$work/pack-lib.log" 2>&1 \
   && dotnet pack src/Scanner.Cli -c Release -o "$feed" -p:Version="$version" >"$work/pack-cli.log" 2>&1; then
  pass "dotnet pack: LatticeScan.Library and latticescan $version"
else
  fail "dotnet pack" <(cat "$work"/pack-*.log | tail -30)
fi

# The library package carries every assembly it is built from, their XML documentation, and deterministic builds.
lib="$feed/LatticeScan.Library.$version.nupkg"
listing="$(unzip -l "$lib" 2>&1)"; nuspec="$(unzip -p "$lib" LatticeScan.Library.nuspec 2>&1)"
if [[ "$listing" == *"lib/net10.0/Scanner.Library.xml"* && "$listing" == *"lib/net10.0/Scanner.Core.dll"* && "$listing" == *"lib/net10.0/Scanner.Rules.xml"* \
   && "$nuspec" == *'id="YamlDotNet"'* && "$nuspec" == *'<repository type="git"'* ]]; then
  pass "library package: assemblies, XML documentation and dependencies"
else
  fail "library package contents"
fi

# A separate project that knows the package only through the local feed.
cp -r samples "$work/samples"
cat > "$work/samples/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="latticescan-local" value="$feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="latticescan-local"><package pattern="LatticeScan.*" /><package pattern="latticescan" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
CONFIG
if (cd "$work/samples/LibraryConsumer" && dotnet run -c Release -p:LatticeScanVersion="$version" -- "$repo/examples/terraform/plan.json" "${org[@]}") >"$work/sample.log" 2>&1; then
  fail "sample consumer: expected the gate to fail on the example's HIGH findings (exit 1)" "$work/sample.log"
else
  status=$?
  expected="LATTICE-GW-001 plan.json#module.lattice_provider.aws_vpclattice_resource_gateway.db
LATTICE-LOG-001 plan.json#module.lattice_provider.aws_vpclattice_resource_configuration.sqlserver
LATTICE-SHARE-001 plan.json#aws_ram_resource_share.aurora
LATTICE-SHARE-002 plan.json#aws_ram_resource_share.sqlserver"
  actual="$(grep -oE 'LATTICE-[A-Z]+-[0-9]+ [^ ]+$' "$work/sample.log" | sort)"
  if [ "$status" -eq 1 ] && [ "$actual" = "$expected" ] && grep -q "gate: Fail" "$work/sample.log"; then
    pass "sample consumer: in-memory plan scan through the packed library gives the example's findings and gate"
  else
    fail "sample consumer (exit $status)" "$work/sample.log"
  fi
fi

# The .NET tool from the same feed.
if dotnet tool install --tool-path "$work/tools" --add-source "$feed" latticescan --version "$version" >"$work/tool.log" 2>&1; then
  if [[ "$("$work/tools/latticescan" --version 2>&1)" == "$version"* ]]; then pass "dotnet tool install: latticescan --version"; else fail "tool --version" <("$work/tools/latticescan" --version 2>&1); fi
  (cd "$repo" && "$work/tools/latticescan" scan --terraform-plan examples/terraform/plan.json --cloudformation examples/cloudformation --org-accounts examples/org-accounts.txt --fail-on none --format json) >"$work/tool-scan.json" 2>"$work/tool-scan.err"
  n=$(grep -o '"ruleId"' "$work/tool-scan.json" | wc -l)
  if [ "$n" -eq 8 ]; then pass "dotnet tool: example scan finds the 8 planted problems"; else fail "tool example scan ($n findings)" "$work/tool-scan.err"; fi
else
  fail "dotnet tool install" "$work/tool.log"
fi

# Native AOT for linux-x64, warnings as errors (the release binaries' build).
if dotnet publish src/Scanner.Cli -c Release -r linux-x64 -o "$work/aot" -p:Version="$version" >"$work/aot.log" 2>&1 && ! grep -qE "warning (IL|AOT)" "$work/aot.log"; then
  (cd "$repo" && "$work/aot/latticescan" scan --terraform-plan examples/terraform/plan.json --cloudformation examples/cloudformation --org-accounts examples/org-accounts.txt --fail-on none --format json) >"$work/aot-scan.json" 2>"$work/aot-scan.err"
  n=$(grep -o '"ruleId"' "$work/aot-scan.json" | wc -l)
  if [ "$n" -eq 8 ]; then pass "Native AOT linux-x64: no warnings, example scan finds the 8 planted problems"; else fail "AOT example scan ($n findings)" "$work/aot-scan.err"; fi
else
  fail "Native AOT publish linux-x64" <(grep -E "warning|error" "$work/aot.log" | head -30)
fi

# The library's public surface is tracked (src/Scanner.Library/PublicAPI.*.txt): an undeclared public type fails the build.
mkdir -p "$work/api" && git archive HEAD | tar -x -C "$work/api"
printf 'namespace Scanner.Library;\npublic static class UndeclaredApiProbe { public static int Probe() => 1; }\n' > "$work/api/src/Scanner.Library/UndeclaredApiProbe.cs"
if (cd "$work/api" && dotnet build src/Scanner.Library >"$work/api.log" 2>&1); then
  fail "public API tracking: a build with an undeclared public type succeeded"
elif grep -q "RS0016.*UndeclaredApiProbe" "$work/api.log"; then
  pass "public API tracking: an undeclared public type fails the build (RS0016)"
else
  fail "public API tracking: the build failed for another reason" <(grep -E "error" "$work/api.log" | head -10)
fi

# The GitHub Action's scripts against a release folder laid out like the project's releases.
if [ -x "$work/aot/latticescan" ]; then
  rel="$work/releases/$version"; mkdir -p "$rel" "$work/runner"
  tar -czf "$rel/latticescan-linux-x64.tar.gz" -C "$work/aot" latticescan rules
  (cd "$rel" && sha256sum latticescan-linux-x64.tar.gz > SHA256SUMS)
  : > "$work/github_path"; : > "$work/github_output"
  if LATTICESCAN_RELEASES="$work/releases" LATTICESCAN_VERSION="$version" RUNNER_OS_NAME=Linux RUNNER_ARCH_NAME=X64 \
       RUNNER_TEMP="$work/runner" GITHUB_PATH="$work/github_path" bash action/install.sh >"$work/install.log" 2>&1; then
    bin="$(cat "$work/github_path")"
    (cd "$repo" && PATH="$bin:$PATH" RUNNER_TEMP="$work/runner" GITHUB_OUTPUT="$work/github_output" \
      INPUT_TERRAFORM_PLAN="examples/terraform/plan.json" INPUT_CLOUDFORMATION="examples/cloudformation" \
      INPUT_ORG_ACCOUNTS="examples/org-accounts.txt" INPUT_FAIL_ON=high INPUT_SARIF="$work/action.sarif" bash action/run.sh) >"$work/run.log" 2>&1
    status=$?
    if [ "$status" -eq 1 ] && grep -qx "exit-code=1" "$work/github_output" && grep -qx "findings=8" "$work/github_output" \
       && grep -qx "sarif=$work/action.sarif" "$work/github_output" && [ -s "$work/action.sarif" ]; then
      pass "action: install from a release folder (checksum verified), scan, outputs exit-code=1 findings=8 and the SARIF"
    else
      fail "action run (exit $status)" <(cat "$work/run.log" "$work/github_output")
    fi
  else
    fail "action install" "$work/install.log"
  fi
  echo "0000000000000000000000000000000000000000000000000000000000000000  latticescan-linux-x64.tar.gz" > "$rel/SHA256SUMS"
  if LATTICESCAN_RELEASES="$work/releases" LATTICESCAN_VERSION="$version" RUNNER_TEMP="$work/runner2" bash action/install.sh >"$work/install2.log" 2>&1; then
    fail "action install accepted an archive whose checksum does not match"
  elif grep -q "checksum of latticescan-linux-x64.tar.gz does not match" "$work/install2.log"; then
    pass "action install refuses an archive whose checksum does not match SHA256SUMS"
  else
    fail "action install with a bad checksum" "$work/install2.log"
  fi

  # The pre-commit hook: templates among the staged files are scanned, other files skipped.
  (cd "$repo" && PATH="$work/aot:$PATH" bash action/pre-commit-cloudformation.sh --org-accounts=examples/org-accounts.txt README.md examples/cloudformation/provider.yaml) >"$work/hook.log" 2>&1
  hook=$?
  (cd "$repo" && PATH="$work/aot:$PATH" bash action/pre-commit-cloudformation.sh README.md docs/iam-policy.json) >"$work/hook2.log" 2>&1
  hook2=$?
  if [ "$hook" -eq 1 ] && grep -q "LATTICE-GW-001" "$work/hook.log" && [ "$hook2" -eq 0 ]; then
    pass "pre-commit hook: fails on the example template's HIGH findings, passes when no template is staged"
  else
    fail "pre-commit hook (exit $hook / $hook2)" <(cat "$work/hook.log" "$work/hook2.log")
  fi
fi

# The workflows and action.yml against their published schemas (action-validator, from the lockfile).
if (cd .ci/workflow-lint && npm ci --no-audit --no-fund >"$work/npm.log" 2>&1); then
  lint_ok=1
  for f in .github/workflows/*.yml action.yml; do
    .ci/workflow-lint/node_modules/.bin/action-validator "$f" >"$work/lint.log" 2>&1 || { lint_ok=0; fail "workflow lint: $f" "$work/lint.log"; }
  done
  # The validator must be able to fail: a workflow with a misspelt key is refused.
  sed 's/runs-on:/runs_on:/' .github/workflows/ci.yml > "$work/broken.yml"
  if .ci/workflow-lint/node_modules/.bin/action-validator "$work/broken.yml" >/dev/null 2>&1; then lint_ok=0; fail "workflow lint accepted a broken workflow"; fi
  [ "$lint_ok" -eq 1 ] && pass "workflow lint: .github/workflows/*.yml and action.yml valid; a broken workflow is refused"
else
  fail "npm ci for the workflow linter" "$work/npm.log"
fi

echo "package-checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
