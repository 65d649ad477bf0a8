"""Carrying an agent's (or the desk's) message to the citizen's chat.

Telegram chats (Rasa sender ``tg-<chat_id>``) get it at once: the app posts Telegram's
``sendMessage`` to ``{telegram_api}/bot{token}/sendMessage``, as the bot process does.
The web chat page polls ``GET /api/chat/updates`` instead, so nothing is pushed to it.
Other channels (the terminal chat) are not reached; the agent sees that on the ticket.

A message that cannot be delivered is logged and kept on the ticket, never lost: the
agent's reply is stored before it is sent.
"""

from __future__ import annotations

import json
import logging

import httpx

log = logging.getLogger(__name__)
TELEGRAM_PREFIX = "tg-"
WEB_PREFIX = "web-"
#: Telegram's limit for one message's text.
TELEGRAM_MAX = 4096


def telegram_chat(sender: str) -> int | None:
    """The Telegram chat id of a Rasa sender ``tg-<chat_id>``, else None."""
    if not sender.startswith(TELEGRAM_PREFIX):
        return None
    try:
        return int(sender[len(TELEGRAM_PREFIX):])
    except ValueError:
        return None


class Delivery:
    """Pushes texts to chats that can be pushed to (Telegram, when a token is set)."""

    def __init__(self, telegram_token: str, telegram_api: str, timeout: float = 10.0) -> None:
        self.token = telegram_token
        self.url = f"{telegram_api.rstrip('/')}/bot{telegram_token}/sendMessage"
        self.timeout = timeout

    def pushes_to(self, sender: str) -> bool:
        return bool(self.token) and telegram_chat(sender) is not None

    def send(self, sender: str, text: str) -> bool:
        """Send ``text`` to the sender's chat now; False if it could not be (or need not:
        a web chat reads it by polling)."""
        chat = telegram_chat(sender)
        if chat is None or not self.token:
            return False
        ok = True
        for start in range(0, len(text), TELEGRAM_MAX):
            # Form fields, objects as JSON, as aiogram sends them (every Bot API server,
            # self-hosted or fake, reads this form).
            body = {"chat_id": str(chat), "text": text[start:start + TELEGRAM_MAX],
                    "link_preview_options": json.dumps({"is_disabled": True})}
            try:
                response = httpx.post(self.url, data=body, timeout=self.timeout)
                response.raise_for_status()
            except httpx.HTTPError as e:
                # The token is in the URL: log the error's kind and status, never the URL.
                status = getattr(getattr(e, "response", None), "status_code", "-")
                log.warning("handoff: could not send to Telegram chat %s: %s (HTTP %s)",
                            chat, type(e).__name__, status)
                ok = False
                break
        return ok
