"""Rasa's conversation ids of every channel, named in one place.

Rasa keeps one tracker per sender id, so the id says which channel a conversation came
from: the handoff desk delivers an agent's reply back through that channel (web chat
polls, Telegram is sent to), and the terminal chat's conversations take no handoff.

    web_sender("3f2a9c1b")   # "web-3f2a9c1b": a web chat page's browser id
    telegram_sender(42)      # "tg-42": a Telegram chat
    telegram_chat("tg-42")   # 42
"""

from __future__ import annotations

import uuid

#: A browser id as the web page makes one (and as the API accepts it).
SENDER_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"
WEB_PREFIX = "web-"
TELEGRAM_PREFIX = "tg-"
TERMINAL_PREFIX = "cli-"


def web_sender(browser_id: str) -> str:
    """Rasa's conversation id for a web chat page's browser id."""
    return WEB_PREFIX + browser_id


def telegram_sender(chat_id: int) -> str:
    """Rasa's conversation id for a Telegram chat."""
    return f"{TELEGRAM_PREFIX}{chat_id}"


def telegram_chat(sender: str) -> int | None:
    """The Telegram chat of a conversation id (None: not a Telegram conversation)."""
    if not sender.startswith(TELEGRAM_PREFIX):
        return None
    try:
        return int(sender[len(TELEGRAM_PREFIX):])
    except ValueError:
        return None


def terminal_sender() -> str:
    """A new conversation id for a terminal chat session."""
    return f"{TERMINAL_PREFIX}{uuid.uuid4().hex[:12]}"


def reaches_citizen(sender: str) -> bool:
    """Whether an agent's reply can reach this conversation (web chat or Telegram)."""
    return sender.startswith((WEB_PREFIX, TELEGRAM_PREFIX))
