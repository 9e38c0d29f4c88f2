#!/usr/bin/env bash
# Reproducibly vendors xterm.js into the web project's static files: installs exactly what package-lock.json pins
# (integrity-checked, no install scripts) and copies the browser build, its stylesheet and its MIT licence.
# Run from anywhere: tools/xterm/vendor.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/../../src/EcsConsole.Web/wwwroot/lib/xterm"
cd "$here"
if [ -f package-lock.json ]; then
  npm ci --ignore-scripts --no-audit --no-fund
else
  npm install --ignore-scripts --no-audit --no-fund
fi
mkdir -p "$target"
cp node_modules/@xterm/xterm/lib/xterm.js "$target/xterm.js"
cp node_modules/@xterm/xterm/css/xterm.css "$target/xterm.css"
cp node_modules/@xterm/xterm/LICENSE "$target/LICENSE"
version="$(node -p "require('./node_modules/@xterm/xterm/package.json').version")"
printf 'xterm.js %s (@xterm/xterm from the npm registry), MIT licence (LICENSE here).\nVendored by tools/xterm/vendor.sh from tools/xterm/package-lock.json; do not edit these files by hand.\n' "$version" > "$target/README.md"
echo "Vendored @xterm/xterm $version into $target"
