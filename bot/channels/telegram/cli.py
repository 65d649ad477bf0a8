"""The ``guidebot telegram`` command; aiogram (about 4 s to import) loads only when it runs."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from bot.settings import get_settings


def cmd_telegram(args: argparse.Namespace) -> int:
    settings = get_settings()
    if args.port is not None:
        settings = settings.model_copy(update={"telegram_port": args.port})
    if not settings.telegram_token:
        print("error: GUIDEBOT_TELEGRAM_TOKEN is not set", file=sys.stderr)
        return 2
    from bot.channels.telegram.runner import run

    logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return asyncio.run(run(settings))
    except KeyboardInterrupt:
        return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The ``telegram`` subcommand (wired into ``bot.cli``)."""
    p = sub.add_parser("telegram", help="run the Telegram bot alone (the assistant must run)")
    p.add_argument("--port", type=int, default=None, help="instead of GUIDEBOT_TELEGRAM_PORT")
    p.set_defaults(func=cmd_telegram)
