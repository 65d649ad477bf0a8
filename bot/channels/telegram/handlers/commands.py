"""/start and /help: what the assistant does, in the citizen's words."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.channels.telegram.handlers.ratings import settle_pending
from bot.channels.telegram.keyboards import LOCATION_BUTTON, location_keyboard
from bot.channels.telegram.relay import Relay

router = Router(name="commands")

START = ("您好！我是政务服务办事指南助手：办事要带什么材料、多久办好、收不收费、去哪里办、"
         "能不能网上办，都可以问我。\n"
         "直接打字提问，例如“办身份证要带什么”；/region 设置您所在的区县，"
         "点下方“发送我的位置”查最近的办事大厅。")


def help_text(hotline: str) -> str:
    return ("怎么用：\n"
            "• 直接提问，例如“公积金怎么提取”；接着问“要多久？”“在哪办？”会沿用上一个事项。\n"
            "• 点回答下方的按钮：选择事项，或继续问材料、时限、地点、网上办理。\n"
            "• /region 设置所在区县，回答会给出当地的办理地点和电话。\n"
            f"• 点“{LOCATION_BUTTON}”，按距离列出最近的办事大厅。\n"
            "• 每个回答后可以评价（好差评），帮助我们改进。\n"
            f"问题没有解决，请拨打{hotline}政务服务便民热线。")


@router.message(CommandStart())
async def start(message: Message, state: FSMContext, relay: Relay) -> None:
    await settle_pending(message.chat.id, state, relay)
    await message.answer(START, reply_markup=location_keyboard())


@router.message(Command("help"))
async def help_(message: Message, state: FSMContext, relay: Relay) -> None:
    await settle_pending(message.chat.id, state, relay)
    await message.answer(help_text(relay.hotline), reply_markup=location_keyboard())
