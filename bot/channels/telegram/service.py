"""The Telegram bot as a service of ``guidebot up`` (bot/launcher.py).

When ``GUIDEBOT_TELEGRAM_TOKEN`` is set the launcher adds this third process beside the
app and the Rasa server: it is started with them, counted ready when its ``/healthz``
answers (after ``getMe`` accepted the token), logged to ``log/telegram.log`` and stopped
with the others; if it dies, the supervisor restarts it with back-off (bot/supervisor.py),
as the other two. It needs nothing from Rasa to start: a citizen writing before Rasa is up gets
the polite "unavailable" answer.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from bot.services import Service
from bot.settings import Settings


def telegram_service(settings: Settings, run_dir: Path, env: Mapping[str, str]) -> Service:
    """The ``guidebot telegram`` process for ``settings`` (the token reaches it through
    the environment ``env``, never the command line, which others can read)."""
    health = f"http://{settings.telegram_host}:{settings.telegram_port}/healthz"
    return Service("telegram", [sys.executable, "-m", "bot.cli", "telegram"], health,
                   run_dir / "log" / "telegram.log", env)


def describe(settings: Settings, service: Service) -> str:
    mode = (f"webhook {settings.telegram_webhook_url}" if settings.telegram_webhook_url
            else f"long polling {settings.telegram_api}")
    return (f"telegram {mode}, health {service.health_url}  log {service.log_path}")
