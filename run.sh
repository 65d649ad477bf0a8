#!/usr/bin/env bash
# Set up on first use, then start the assistant (the app and the Rasa server,
# `guidebot up`) and chat with it in this terminal; quitting the chat (empty line,
# 退出, Ctrl-D or Ctrl-C) stops both. Logs: var/log/. Arguments go to `guidebot up`,
# e.g. ./run.sh --region 449102. Telegram (a later issue) becomes one more process
# that `guidebot up` supervises (Launcher.services in bot/launcher.py).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
scripts/setup.sh
exec .venv/bin/guidebot up --chat "$@"
