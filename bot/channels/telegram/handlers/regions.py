"""/region: the citizen picks their district from the catalog's regions, with buttons.

The regions come from the app (``GET /api/regions``), so a new catalog's regions appear
without a restart. The picker opens at the first level with a choice (the city's
districts in the demo catalog), opens a region that has subregions, and pages long
lists. The choice is said to the assistant at once (``/inform_region{"region": CODE}``,
which outranks any default), kept per chat (``ChatStore``) and sent as
``metadata.region`` with every later message of the chat.
"""

from __future__ import annotations

import json
import logging

import httpx
from aiogram import Bot, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.channels.telegram.backends import Region
from bot.channels.telegram.handlers.ratings import settle_pending
from bot.channels.telegram.keyboards import RegionPage, RegionSet, region_start, regions_keyboard
from bot.channels.telegram.relay import Relay

log = logging.getLogger(__name__)
router = Router(name="regions")

UNAVAILABLE = "暂时无法获取地区列表，请稍后再试。"


def prompt(regions: list[Region], current: str | None) -> str:
    names = {r.code: r.name for r in regions}
    now = f"当前地区：{names.get(current, current)}。" if current else ""
    return f"{now}请选择您所在的地区，回答会给出当地的办理地点和电话："


async def _regions(relay: Relay) -> list[Region] | None:
    try:
        return await relay.backends.regions()
    except (httpx.HTTPError, KeyError, TypeError, ValueError) as e:
        log.warning("regions unavailable: %s", type(e).__name__)
        return None


@router.message(Command("region"))
async def region(message: Message, state: FSMContext, relay: Relay) -> None:
    await settle_pending(message.chat.id, state, relay)
    regions = await _regions(relay)
    if not regions:
        await message.answer(UNAVAILABLE)
        return
    await message.answer(prompt(regions, relay.store.region(message.chat.id)),
                         reply_markup=regions_keyboard(regions, region_start(regions)))


@router.callback_query(RegionPage.filter())
async def opened(callback: CallbackQuery, callback_data: RegionPage, bot: Bot,
                 relay: Relay) -> None:
    regions = await _regions(relay)
    if not regions or callback.message is None:
        await callback.answer(UNAVAILABLE)
        return
    await callback.answer()
    await bot.edit_message_reply_markup(
        chat_id=callback.message.chat.id, message_id=callback.message.message_id,
        reply_markup=regions_keyboard(regions, callback_data.code, callback_data.page))


@router.callback_query(RegionSet.filter())
async def chosen(callback: CallbackQuery, callback_data: RegionSet, bot: Bot,
                 relay: Relay) -> None:
    regions = await _regions(relay)
    if callback.message is None or regions is None:
        await callback.answer(UNAVAILABLE)
        return
    chat_id = callback.message.chat.id
    name = next((r.name for r in regions if r.code == callback_data.code), None)
    if name is None:  # gone from the catalog since the buttons were sent
        await callback.answer("该地区已不在列表中，请重新选择。")
        return
    relay.store.set_region(chat_id, callback_data.code)
    await callback.answer(f"已设为{name}")
    await bot.edit_message_reply_markup(chat_id=chat_id,
                                        message_id=callback.message.message_id)
    # Said to the assistant as a turn, like "我在X区": what a user says outranks the
    # channel's default (metadata), and an item being discussed is answered for there.
    payload = json.dumps({"region": callback_data.code}, ensure_ascii=False)
    await relay.turn(bot, chat_id, f"/inform_region{payload}")
