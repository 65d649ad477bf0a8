#!/usr/bin/env bash
# Idempotent set-up of the Rasa side: the Python 3.10 environment .venv-rasa
# (Rasa 3.6.21 cannot run on the app's Python 3.11), our `nlu` package on its
# path, and the trained model models/guidebot-<hash>.tar.gz. Each step is
# skipped when its inputs did not change; it says what it did on stderr.
#
#   scripts/setup_rasa.sh            set up what is missing or stale
#   scripts/setup_rasa.sh --force    reinstall the requirements and retrain
#
# Prints the path of the current model on stdout.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv-rasa"
# Rasa reports usage and crashes to the internet by default: a government
# assistant sends nothing anywhere. Its training cache goes to var/, not ./.rasa.
export RASA_TELEMETRY_ENABLED=false RASA_CACHE_DIRECTORY="$ROOT/var/rasa-cache"
export TF_CPP_MIN_LOG_LEVEL=2 PYTHONWARNINGS="${PYTHONWARNINGS:-ignore::DeprecationWarning}"
PIP_VERSION=26.3
FORCE=0
[ "${1:-}" = "--force" ] && FORCE=1

say() { printf '[setup-rasa] %s\n' "$*" >&2; }

# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"

# 1. The environment: .venv-rasa with the pinned requirements, once per requirements file.
REQ_STAMP="$(sha256sum requirements-rasa.txt | cut -c1-16)"
venv_ok() { "$VENV/bin/python" -c "import sys; sys.exit(sys.version_info[:2] != (3, 10))" 2>/dev/null; }
if [ "$FORCE" = 1 ] || ! venv_ok || [ "$(cat "$VENV/.guidebot-req" 2>/dev/null)" != "$REQ_STAMP" ]; then
  start=$SECONDS
  if ! venv_ok; then
    PY310="$(find_python 3.10)"
    say "creating $VENV with $PY310"
    rm -rf "$VENV"
    "$PY310" -m venv "$VENV"
  fi
  say "installing requirements-rasa.txt into $VENV (first run: about 2 minutes, 2.7 GB)"
  rm -f "$VENV/.guidebot-req"
  # A pinned pip builds the few sdists (jieba, docopt) with PEP 517, not setup.py install.
  # -qq: only errors; this machine's pip configuration warns about every package otherwise.
  "$VENV/bin/python" -m pip install -qq --disable-pip-version-check "pip==$PIP_VERSION"
  "$VENV/bin/python" -m pip install -qq --disable-pip-version-check -r requirements-rasa.txt
  "$VENV/bin/python" -m pip check >&2
  echo "$REQ_STAMP" > "$VENV/.guidebot-req"
  say "requirements installed in $((SECONDS - start)) s"
else
  say "requirements unchanged: $VENV is up to date"
fi

# 2. Our `nlu` package: the repo root on the venv's path. `pip install -e .` cannot be
#    used because pyproject.toml requires Python 3.11; nlu/ itself runs on 3.10.
SITE="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
if [ "$(cat "$SITE/guidebot-repo.pth" 2>/dev/null)" != "$ROOT" ]; then
  echo "$ROOT" > "$SITE/guidebot-repo.pth"
  say "put $ROOT on the path of $VENV ($SITE/guidebot-repo.pth)"
fi

# 2b. Rasa's own telemetry setting in the user's home (~/.config/rasa/global.yml): Rasa
#     writes it "enabled" the first time it runs, and any `rasa` command started without
#     RASA_TELEMETRY_ENABLED=false would then report outside. Set to disabled, with Rasa's
#     own function, whenever it is not.
telemetry_off() {
  "$VENV/bin/python" - <<'PY'
import os, sys, yaml
path = os.path.expanduser("~/.config/rasa/global.yml")
try:
    with open(path, encoding="utf-8") as f:
        metrics = (yaml.safe_load(f) or {}).get("metrics") or {}
except OSError:
    metrics = {}
sys.exit(0 if metrics.get("enabled") is False else 1)
PY
}
if ! telemetry_off; then
  "$VENV/bin/python" -c "import rasa.telemetry as t; t.toggle_telemetry_reporting(False)"
  telemetry_off || { say "could not write Rasa's telemetry setting (~/.config/rasa/global.yml)"; exit 1; }
  say "Rasa's telemetry setting in ~/.config/rasa/global.yml: disabled"
fi

# 3. The model, trained when one of its inputs changed (requirements included: another
#    Rasa version cannot load the model). Older guidebot models are removed.
model_inputs() {
  printf '%s\n' config.yml domain.yml requirements-rasa.txt nlu/*.py
  find data/rasa -type f
}
MODEL_HASH="$(model_inputs | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12)"
MODEL="models/guidebot-$MODEL_HASH.tar.gz"
if [ "$FORCE" = 1 ] || [ ! -s "$MODEL" ]; then
  start=$SECONDS
  say "training $MODEL ($([ "$FORCE" = 1 ] && echo forced || echo "inputs changed or no model yet"))"
  # Trained into var/ and moved into place, so an interrupted training leaves no
  # half-written model that a later run would take as current.
  rm -rf var/rasa-train-out
  mkdir -p models var/rasa-train-out
  "$VENV/bin/rasa" train --config config.yml --domain domain.yml --data data/rasa \
    --out var/rasa-train-out --fixed-model-name "guidebot-$MODEL_HASH" >var/rasa-train.log 2>&1 || {
    tail -n 40 var/rasa-train.log >&2
    say "training failed; the whole log is in var/rasa-train.log"
    exit 1
  }
  [ -s "var/rasa-train-out/guidebot-$MODEL_HASH.tar.gz" ] \
    || { say "training wrote no model (see var/rasa-train.log)"; exit 1; }
  mv "var/rasa-train-out/guidebot-$MODEL_HASH.tar.gz" "$MODEL"
  rmdir var/rasa-train-out
  say "trained in $((SECONDS - start)) s (log: var/rasa-train.log)"
else
  say "model inputs unchanged: $MODEL is current"
fi
for old in models/guidebot-*.tar.gz; do
  if [ -e "$old" ] && [ "$old" != "$MODEL" ]; then
    rm -f "$old"
    say "removed the older model $old"
  fi
done
echo "$MODEL"
