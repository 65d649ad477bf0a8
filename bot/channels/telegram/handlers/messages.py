"""Every other message: a text goes to the assistant as the chat's next turn."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.types import Message

from bot.channels.telegram.relay import Relay

router = Router(name="messages")

NOT_TEXT = "目前只能回答文字提问；也可以点下方按钮发送位置，查询最近的办事大厅。"


@router.message(F.text)
async def text(message: Message, bot: Bot, relay: Relay) -> None:
    await relay.turn(bot, message.chat.id, message.text or "")


@router.message()
async def other(message: Message) -> None:
    """Photos, voice, stickers: the assistant reads text only, so say how to ask."""
    await message.answer(NOT_TEXT)
