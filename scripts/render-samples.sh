#!/usr/bin/env bash
# Renders the sample acts as a reviewer sees them: samples/*.delib exported to PDF in test-output/pdf/, then
# every page as a PNG image in test-output/png/ (pdftoppm, from the Debian package poppler-utils).
# Usage: scripts/render-samples.sh [DPI]   (default 80)
set -euo pipefail
cd "$(dirname "$0")/.."
dpi="${1:-80}"
command -v pdftoppm >/dev/null || { echo "render-samples: pdftoppm is missing (apt-get install poppler-utils)" >&2; exit 2; }
node esbuild.mjs
rm -rf test-output/pdf test-output/png
mkdir -p test-output/pdf test-output/png
# --force: a sample with findings is still rendered; --overwrite: test-output/ is regenerated each time.
node dist/cli.js export samples/*.delib --to pdf -o test-output/pdf --force --overwrite
for pdf in test-output/pdf/*.pdf; do
  name="$(basename "$pdf" .pdf)"
  pdftoppm -r "$dpi" -png "$pdf" "test-output/png/$name"
done
ls -1 test-output/png
