"""Two things every update and every request go through.

``OncePerUpdate`` (an outer middleware of the dispatcher's updates) answers an update
once, across restarts too (the ids are kept in the bot's ChatStore): Telegram redelivers
an update when it did not see it confirmed (a webhook call that timed out, polling
interrupted before the next ``getUpdates`` confirmed it, the bot restarted), and a
citizen must not get the same answer twice nor a rating stored twice.

``Pacing`` (a middleware of the bot's HTTP session, so it covers every request) keeps
within Telegram's limits: about one message per second in a chat and 30 per second
overall (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this),
and when Telegram still answers 429 it waits the ``retry_after`` it was told and sends
the same request again, so the message arrives once and in order. With several bot
replicas the slots are taken from Redis (shared_pacing.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramRetryAfter
from aiogram.methods import Response, TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import TelegramObject, Update

from bot.channels.telegram.store import Store

log = logging.getLogger(__name__)


class OncePerUpdate(BaseMiddleware):
    """Drops an update seen before: recorded in ``store`` (ChatStore, so a redelivery
    after a restart is caught too), or without one among the last ``remember`` seen."""

    def __init__(self, store: Store | None = None, remember: int = 4096) -> None:
        self.store = store
        self.remember = remember
        self._seen: set[int] = set()
        self._order: deque[int] = deque()

    def _first_time(self, update_id: int) -> bool:
        if self.store is not None:
            return self.store.first_time(update_id)
        if update_id in self._seen:
            return False
        self._seen.add(update_id)
        self._order.append(update_id)
        if len(self._order) > self.remember:
            self._seen.discard(self._order.popleft())
        return True

    async def __call__(self, handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
                       event: TelegramObject, data: dict[str, Any]) -> Any:
        # Checked and recorded with no await between: updates handled concurrently on
        # one event loop cannot both pass.
        if isinstance(event, Update) and not self._first_time(event.update_id):
            log.info("update %s seen before: not answered again", event.update_id)
            return None
        return await handler(event, data)


class Pacing(BaseRequestMiddleware):
    """Spaces messages per chat and overall, and retries a request refused with 429.

    Only methods that put a message into a chat (``Send*`` but chat actions, edits of a
    message's text) are spaced; every method is retried after a 429, up to
    ``max_retries`` times.
    """

    def __init__(self, per_chat: float = 1.0, overall: float = 1 / 30,
                 max_retries: int = 5) -> None:
        self.per_chat, self.overall, self.max_retries = per_chat, overall, max_retries
        self._chat_next: dict[int | str, float] = {}
        self._any_next = 0.0

    async def __call__(self, make_request: NextRequestMiddlewareType[TelegramType], bot: Bot,
                       method: TelegramMethod[TelegramType]) -> Response[TelegramType]:
        chat = getattr(method, "chat_id", None) if _is_message(method) else None
        attempt = 0
        while True:
            if chat is not None:
                await self._wait_turn(chat)
            try:
                return await make_request(bot, method)
            except TelegramRetryAfter as e:
                attempt += 1
                if attempt > self.max_retries:
                    raise
                log.warning("429 on %s (chat %s): retrying in %s s", type(method).__name__,
                            chat, e.retry_after)
                if chat is not None:  # later messages of the chat wait too, in order
                    await self._hold(chat, e.retry_after)
                await asyncio.sleep(e.retry_after)

    async def _hold(self, chat: int | str, seconds: float) -> None:
        """No message into ``chat`` before ``seconds`` from now (Telegram said 429)."""
        resume = asyncio.get_running_loop().time() + seconds
        self._chat_next[chat] = max(self._chat_next.get(chat, 0.0), resume)

    async def _wait_turn(self, chat: int | str) -> None:
        """Reserve the chat's next slot (no await in between), then sleep until it."""
        now = asyncio.get_running_loop().time()
        slot = max(now, self._chat_next.get(chat, 0.0), self._any_next)
        self._chat_next[chat] = slot + self.per_chat
        self._any_next = slot + self.overall
        if len(self._chat_next) > 10_000:  # forget chats that are long quiet
            self._chat_next = {c: t for c, t in self._chat_next.items() if t > now}
        if slot > now:
            await asyncio.sleep(slot - now)

    async def close(self) -> None:
        """Nothing to release here (SharedPacing closes its Redis client)."""


def _is_message(method: TelegramMethod[Any]) -> bool:
    name = type(method).__name__
    return (name.startswith("Send") and name != "SendChatAction") or name == "EditMessageText"
