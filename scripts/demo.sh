#!/usr/bin/env bash
# Set up (first run only) and analyse the bundled example review.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/kinolens analyze examples/review.txt "$@"
