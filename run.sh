#!/usr/bin/env bash
# Set up on first use, then start the assistant with the demo catalog.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
scripts/setup.sh
exec .venv/bin/guidebot ask "$@"
