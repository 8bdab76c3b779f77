#!/usr/bin/env bash
# Installs a released latticescan binary for this runner and puts it on the PATH.
#   LATTICESCAN_VERSION   a release (0.1.0) or "latest"
#   LATTICESCAN_RELEASES  where releases are: the GitHub releases of the project by default; a local folder laid out
#                         as <version>/<archive> works too (used by the project's own tests)
#   RUNNER_OS_NAME / RUNNER_ARCH_NAME  the runner (Linux|macOS|Windows, X64|ARM64)
# The archive's SHA-256 is checked against the release's SHA256SUMS before anything is unpacked.
set -euo pipefail
version="${LATTICESCAN_VERSION:-latest}"
releases="${LATTICESCAN_RELEASES:-https://github.com/latticescan/latticescan/releases}"
case "${RUNNER_OS_NAME:-Linux}/${RUNNER_ARCH_NAME:-X64}" in
  Linux/X64) rid=linux-x64 ;;
  Linux/ARM64) rid=linux-arm64 ;;
  macOS/ARM64) rid=osx-arm64 ;;
  Windows/X64) rid=win-x64 ;;
  *) echo "latticescan: no release binary for ${RUNNER_OS_NAME:-?}/${RUNNER_ARCH_NAME:-?}; use 'dotnet tool install --global latticescan' instead" >&2; exit 2 ;;
esac
if [ "$rid" = win-x64 ]; then archive="latticescan-$rid.zip"; else archive="latticescan-$rid.tar.gz"; fi
dest="${RUNNER_TEMP:-$(mktemp -d)}/latticescan-bin"
mkdir -p "$dest"

fetch() { # fetch NAME TARGET
  if [ -d "$releases" ]; then
    local dir="$releases/$version"
    [ "$version" = latest ] && dir="$(ls -d "$releases"/*/ | sort -V | tail -n 1)"
    cp "$dir/$1" "$2"
  elif [ "$version" = latest ]; then
    curl -fsSL --retry 3 -o "$2" "$releases/latest/download/$1"
  else
    curl -fsSL --retry 3 -o "$2" "$releases/download/v$version/$1"
  fi
}

fetch "$archive" "$dest/$archive"
fetch SHA256SUMS "$dest/SHA256SUMS"
expected="$(awk -v f="$archive" '$2 == f || $2 == "*"f { print $1 }' "$dest/SHA256SUMS")"
if command -v sha256sum >/dev/null; then actual="$(sha256sum "$dest/$archive" | cut -d' ' -f1)"; else actual="$(shasum -a 256 "$dest/$archive" | cut -d' ' -f1)"; fi
if [ -z "$expected" ] || [ "$expected" != "$actual" ]; then
  echo "latticescan: checksum of $archive does not match SHA256SUMS (expected '${expected:-none}', got '$actual')" >&2
  exit 2
fi
if [ "$rid" = win-x64 ]; then unzip -qo "$dest/$archive" -d "$dest"; else tar -xzf "$dest/$archive" -C "$dest"; fi
echo "$dest" >> "${GITHUB_PATH:-/dev/null}"
"$dest/latticescan" --version
