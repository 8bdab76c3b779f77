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

echo "package-checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
