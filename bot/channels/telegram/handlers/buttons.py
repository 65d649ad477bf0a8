"""Rasa's buttons: pressing one sends its payload as the same chat's next message."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery

from bot.channels.telegram.handlers.ratings import settle_pending
from bot.channels.telegram.keyboards import PayloadButton
from bot.channels.telegram.relay import Relay

router = Router(name="buttons")


@router.callback_query(PayloadButton())
async def pressed(callback: CallbackQuery, payload: str, bot: Bot, state: FSMContext,
                  relay: Relay) -> None:
    # Answered at once: Telegram shows a spinner on the button until it is.
    await callback.answer()
    chat_id = callback.message.chat.id if callback.message else callback.from_user.id
    await settle_pending(chat_id, state, relay)
    await relay.turn(bot, chat_id, payload)
