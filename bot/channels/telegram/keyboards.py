"""Inline keyboards and their callback data, within Telegram's 64-byte limit.

- Rasa's buttons (options, next questions) carry their payload itself, ``p`` + payload
  (``p/choose{"ordinal":"2"}``), when it fits in 64 bytes, else ``k`` + a short key of
  the payload in the store (``ChatStore.payload_key``), so any payload works.
- Opening a rating (``o:<answer_id>``: the one 评价这个回答 button under an answer
  becomes the five levels), ratings (``r:<answer_id>:<score>``), skipping a comment
  (``c:<answer_id>``) and the region picker (``g:<code>:<page>`` opens a region,
  ``s:<code>`` chooses it) are aiogram ``CallbackData`` classes, checked by their
  filters in the handlers.
"""

from __future__ import annotations

from aiogram.filters import Filter
from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from bot.channels.telegram.backends import Region
from bot.channels.telegram.store import Store

CALLBACK_LIMIT = 64  # bytes of callback_data Telegram accepts
#: 好差评's five levels, best first, as the buttons show them.
SCORES = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
LOCATION_BUTTON = "📍 发送我的位置（查最近大厅）"
REGIONS_PER_PAGE = 20
_SHORT_TITLE = 8  # characters: shorter titles go two to a row


class OpenRating(CallbackData, prefix="o"):
    answer_id: int


class Rate(CallbackData, prefix="r"):
    answer_id: int
    score: int


class SkipComment(CallbackData, prefix="c"):
    answer_id: int


class RegionPage(CallbackData, prefix="g"):
    code: str  # "" is the top of the region tree
    page: int


class RegionSet(CallbackData, prefix="s"):
    code: str


def payload_data(payload: str, store: Store) -> str:
    """Callback data for a Rasa button's payload."""
    data = "p" + payload
    if len(data.encode("utf-8")) <= CALLBACK_LIMIT:
        return data
    return f"k{store.payload_key(payload)}"


class PayloadButton(Filter):
    """Matches a Rasa button's callback and passes its ``payload`` to the handler."""

    async def __call__(self, callback: CallbackQuery, store: Store) -> bool | dict:
        data = callback.data or ""
        if data.startswith("p") and len(data) > 1:
            return {"payload": data[1:]}
        if data.startswith("k") and data[1:].isdigit():
            payload = store.payload(int(data[1:]))
            return {"payload": payload} if payload is not None else False
        return False


def options_keyboard(buttons: list[dict], store: Store) -> InlineKeyboardMarkup | None:
    """Rasa's buttons (``{"title", "payload"}``) as an inline keyboard."""
    usable = [b for b in buttons if b.get("payload")]
    if not usable:
        return None
    items = [InlineKeyboardButton(text=str(b.get("title") or b["payload"]),
                                  callback_data=payload_data(str(b["payload"]), store))
             for b in usable]
    per_row = 2 if all(len(i.text) <= _SHORT_TITLE for i in items) else 1
    return InlineKeyboardMarkup(inline_keyboard=_rows(items, per_row))


def rating_prompt_keyboard(answer_id: int) -> InlineKeyboardMarkup:
    """The compact prompt under an answer: one button that opens the five levels."""
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(
        text="评价这个回答", callback_data=OpenRating(answer_id=answer_id).pack())]])


def rating_keyboard(answer_id: int) -> InlineKeyboardMarkup:
    items = [InlineKeyboardButton(text=label,
                                  callback_data=Rate(answer_id=answer_id, score=score).pack())
             for score, label in SCORES.items()]
    return InlineKeyboardMarkup(inline_keyboard=[items[:3], items[3:]])


def skip_keyboard(answer_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(
        text="跳过", callback_data=SkipComment(answer_id=answer_id).pack())]])


def location_keyboard() -> ReplyKeyboardMarkup:
    """The reply keyboard with Telegram's share-location button, kept under the input."""
    return ReplyKeyboardMarkup(
        keyboard=[[KeyboardButton(text=LOCATION_BUTTON, request_location=True)]],
        resize_keyboard=True, is_persistent=True, input_field_placeholder="请输入您的问题")


def region_start(regions: list[Region]) -> str:
    """Where the picker opens: the top, or down a chain of single regions (a catalog of
    one province and one city opens at the city, whose districts citizens look for)."""
    node = ""
    while len(kids := children(regions, node)) == 1 and children(regions, kids[0].code):
        node = kids[0].code
    return node


def children(regions: list[Region], parent: str) -> list[Region]:
    codes = {r.code for r in regions}
    if not parent:
        return [r for r in regions if not r.parent or r.parent not in codes]
    return [r for r in regions if r.parent == parent]


def regions_keyboard(regions: list[Region], node: str, page: int = 0) -> InlineKeyboardMarkup:
    """The picker at ``node``: choose the node itself, open or choose a child, page on."""
    by_code = {r.code: r for r in regions}
    rows: list[list[InlineKeyboardButton]] = []
    if node in by_code:
        rows.append([InlineKeyboardButton(text=f"✓ 选择{by_code[node].name}",
                                          callback_data=RegionSet(code=node).pack())])
    kids = children(regions, node)
    shown = kids[page * REGIONS_PER_PAGE:(page + 1) * REGIONS_PER_PAGE]
    items = []
    for r in shown:
        if children(regions, r.code):
            items.append(InlineKeyboardButton(
                text=f"{r.name} ›", callback_data=RegionPage(code=r.code, page=0).pack()))
        else:
            items.append(InlineKeyboardButton(
                text=r.name, callback_data=RegionSet(code=r.code).pack()))
    rows.extend(_rows(items, 2))
    nav = []
    if page > 0:
        nav.append(InlineKeyboardButton(
            text="‹ 上一页", callback_data=RegionPage(code=node, page=page - 1).pack()))
    if (page + 1) * REGIONS_PER_PAGE < len(kids):
        nav.append(InlineKeyboardButton(
            text="下一页 ›", callback_data=RegionPage(code=node, page=page + 1).pack()))
    if node in by_code:
        up = by_code[node].parent if by_code[node].parent in by_code else ""
        nav.append(InlineKeyboardButton(
            text="‹ 上一级", callback_data=RegionPage(code=up or "", page=0).pack()))
    if nav:
        rows.append(nav)
    return InlineKeyboardMarkup(inline_keyboard=rows)


def _rows(items: list[InlineKeyboardButton], per_row: int) -> list[list[InlineKeyboardButton]]:
    return [items[i:i + per_row] for i in range(0, len(items), per_row)]
