"""One citizen turn: the text to Rasa, Rasa's messages to the chat.

Every answer text comes from the assistant (Rasa and the app's action webhook); this
module only carries it: each Rasa message becomes one or more Telegram messages (split
at line breaks under 4,096 characters) with its buttons as an inline keyboard under the
last part, and an answer's ``{"custom": {"answer": {...}}}`` marker becomes the compact
好差评 prompt for that answer (one button that opens the five levels, handlers/ratings.py).
A ``{"custom": {"region": CODE}}`` marker is the conversation's region when it is not the
chat's stored one (the citizen named another, “我在青山区”, or a shared location set it):
the store follows it, so /region shows it and later messages carry it. When Rasa cannot
be reached or says nothing, the
citizen reads the same polite sentence with the hotline as in the terminal chat; a
turn answered only by a handoff marker (``{"custom": {"handoff": ...}}``: a person
is answering, from the app) is not silence.

A chat's turns are relayed one at a time (a lock per chat): a citizen typing twice
quickly gets the two answers in order, never interleaved.
"""

from __future__ import annotations

import asyncio
import logging
import time
from contextlib import suppress
from weakref import WeakValueDictionary

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.exceptions import TelegramAPIError
from aiogram.types import InlineKeyboardMarkup, LinkPreviewOptions

from bot.channels.rasa_rest import unavailable_text
from bot.channels.telegram.backends import AssistantUnavailable, Backends
from bot.channels.telegram.keyboards import options_keyboard, rating_prompt_keyboard
from bot.channels.telegram.store import Store
from bot.channels.telegram.text import split_text

log = logging.getLogger(__name__)
RATING_PROMPT = "这个回答对您有帮助吗？（好差评）"
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class Relay:
    """Carries a chat's messages to the assistant and its answers back."""

    def __init__(self, backends: Backends, store: Store, hotline: str) -> None:
        self.backends, self.store, self.hotline = backends, store, hotline
        self._locks: WeakValueDictionary[int, asyncio.Lock] = WeakValueDictionary()

    def lock(self, chat_id: int) -> asyncio.Lock:
        """The chat's turn lock (kept while some turn of the chat holds or awaits it)."""
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = self._locks[chat_id] = asyncio.Lock()
        return lock

    async def turn(self, bot: Bot, chat_id: int, message: str) -> None:
        """Send ``message`` (text, a button's payload, a location) as the chat's next turn
        and deliver the answer."""
        async with self.lock(chat_id):
            started = time.monotonic()
            with suppress(TelegramAPIError):  # "typing…" is a courtesy, never a reason to stop
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            try:
                replies = await self.backends.ask(chat_id, message, self.store.region(chat_id))
            except AssistantUnavailable as e:
                log.warning("chat %s: assistant unavailable: %s", chat_id, e)
                replies = []
            sent = await self.deliver(bot, chat_id, replies)
            if not sent:  # an empty turn is a failure (guidebot_rasa/rest.py)
                await self.send_text(bot, chat_id, unavailable_text(self.hotline))
            log.info("chat %s: turn answered with %d message(s) in %.2f s", chat_id, sent,
                     time.monotonic() - started)

    async def deliver(self, bot: Bot, chat_id: int, replies: list[dict]) -> int:
        """Rasa's messages as Telegram messages; returns how many carried an answer
        (a handoff marker counts: the agent answers)."""
        sent = 0
        for reply in replies:
            custom = reply.get("custom") if isinstance(reply.get("custom"), dict) else {}
            if isinstance(custom.get("handoff"), dict):
                # The conversation is with a person (bot/handoff): their replies come from
                # the app; a turn that is only this marker is answered, not failed.
                sent += 1
                continue
            if isinstance(custom.get("region"), str):
                self.store.set_region(chat_id, custom["region"])
                continue
            answer = custom.get("answer")
            if isinstance(answer, dict) and isinstance(answer.get("id"), int):
                await bot.send_message(chat_id, RATING_PROMPT,
                                       reply_markup=rating_prompt_keyboard(answer["id"]))
                continue
            text = str(reply.get("text") or "")
            if reply.get("image"):
                text = "\n".join(t for t in (text, f"[图片] {reply['image']}") if t)
            keyboard = options_keyboard(reply.get("buttons") or [], self.store)
            if not text and keyboard is not None:
                text = "请选择："  # Telegram needs text under a keyboard
            if text and await self.send_text(bot, chat_id, text, keyboard):
                sent += 1
        return sent

    async def send_text(self, bot: Bot, chat_id: int, text: str,
                        keyboard: InlineKeyboardMarkup | None = None) -> int:
        """``text`` in as many messages as it needs; the keyboard goes under the last."""
        parts = split_text(text)
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            # Plain text on purpose: answers carry links and catalog text, never markup.
            await bot.send_message(chat_id, part, reply_markup=keyboard if last else None,
                                   parse_mode=None, link_preview_options=_NO_PREVIEW)
        return len(parts)
