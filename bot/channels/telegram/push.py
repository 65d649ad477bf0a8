"""Pushing an agent's (or the desk's) message to a Telegram chat, from the app.

The handoff desk (bot/handoff/service.py) is given this as its ``push``: Telegram chats
(Rasa sender ``tg-<chat_id>``) get the message at once, the app posting Telegram's
``sendMessage`` to ``{telegram_api}/bot{token}/sendMessage`` as the bot process does, cut
into messages where the bot cuts its own answers (bot/channels/telegram/text.py: at line
breaks, counted as Telegram counts). The web chat page polls ``GET /api/chat/updates``
instead, so nothing is pushed to it; the terminal chat is not reached (the agent sees that
on the ticket).

Telegram's flood control (HTTP 429 with ``retry_after``) is waited out and the message
sent again while the waits add up to at most ``max_wait`` seconds. A message that still
cannot be delivered is logged and kept on the ticket, never lost (the agent's reply is
stored before it is sent), and the agent is told it did not arrive.
"""

from __future__ import annotations

import json
import logging
import time

import httpx

from bot.channels.senders import telegram_chat
from bot.channels.telegram.text import split_text

log = logging.getLogger(__name__)
#: At most this many seconds in all are spent waiting out Telegram's flood control for
#: one message (an agent's reply waits for it).
MAX_WAIT = 10.0


class TelegramPush:
    """Pushes texts to Telegram chats (when a token is set)."""

    def __init__(self, telegram_token: str, telegram_api: str, timeout: float = 10.0,
                 max_wait: float = MAX_WAIT) -> None:
        self.token = telegram_token
        self.url = f"{telegram_api.rstrip('/')}/bot{telegram_token}/sendMessage"
        self.timeout = timeout
        self.max_wait = max_wait

    def pushes_to(self, sender: str) -> bool:
        return bool(self.token) and telegram_chat(sender) is not None

    def send(self, sender: str, text: str) -> bool:
        """Send ``text`` to the sender's chat now; False if it could not be (or need not:
        a web chat reads it by polling)."""
        chat = telegram_chat(sender)
        if chat is None or not self.token:
            return False
        return all(self._post(chat, part) for part in split_text(text))

    def _post(self, chat: int, text: str) -> bool:
        # Form fields, objects as JSON, as aiogram sends them (every Bot API server,
        # self-hosted or fake, reads this form).
        body = {"chat_id": str(chat), "text": text,
                "link_preview_options": json.dumps({"is_disabled": True})}
        waited = 0.0
        while True:
            try:
                response = httpx.post(self.url, data=body, timeout=self.timeout)
            except httpx.HTTPError as e:
                # The token is in the URL: log the error's kind, never the URL.
                log.warning("handoff: could not send to Telegram chat %s: %s",
                            chat, type(e).__name__)
                return False
            if response.is_success:
                return True
            after = _retry_after(response) if response.status_code == 429 else None
            if after is None or waited + after > self.max_wait:
                log.warning("handoff: could not send to Telegram chat %s: HTTP %s%s", chat,
                            response.status_code,
                            f" (flood control for {after} s more)" if after is not None else "")
                return False
            time.sleep(after)
            waited += after


def _retry_after(response: httpx.Response) -> float | None:
    """Telegram's ``parameters.retry_after`` (seconds) of a 429 answer, if it says one."""
    try:
        after = response.json()["parameters"]["retry_after"]
    except (ValueError, KeyError, TypeError):
        return None
    return float(after) if isinstance(after, int | float) and after >= 0 else None
