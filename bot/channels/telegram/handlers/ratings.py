"""好差评: rating an answer with the five-level buttons, and an optional comment.

Under an answer the citizen sees one button, 评价这个回答; pressing it turns that button
into the five levels (the national scale). A rating of 基本满意 or better is stored at
once. 不满意 and 非常不满意 (差评) ask what was wrong: the chat's next text is the
comment, or “跳过” stores the rating without one. Should the citizen go on with a
button, a location or a command instead, the rating is stored without a comment first,
so it is never lost. The buttons of a rated answer are removed, so an answer is rated
once per message. One rating is open at a time: opening another folds the last one
back to its prompt.
"""

from __future__ import annotations

import logging

import httpx
from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from bot.channels.telegram.backends import RatingRejected
from bot.channels.telegram.keyboards import (
    SCORES,
    OpenRating,
    Rate,
    SkipComment,
    rating_keyboard,
    rating_prompt_keyboard,
    skip_keyboard,
)
from bot.channels.telegram.relay import Relay
from nlu.privacy import mask_personal

log = logging.getLogger(__name__)
router = Router(name="ratings")

THANKS = "感谢您的评价！"
ASK_COMMENT = "很抱歉没能帮到您。请直接回复哪里不满意（可选），或点“跳过”。"
THANKS_COMMENT = "已记录您的评价和意见，谢谢！我们会据此改进。"
_REFUSED = {404: "这条回答已无法评价。", 409: "这条回答您已经评价过了。",
            422: "评价未能保存（内容无效）。"}
UNSAVED = "评价暂时无法保存，请稍后再试。"
COMMENT_LIMIT = 1000  # characters of a comment kept
#: The chat's open rating in its FSM data: (message id, answer id).
OPEN = "open_rating"


class Rating(StatesGroup):
    comment = State()  # data: answer_id, score


async def store_rating(relay: Relay, chat_id: int, answer_id: int, score: int,
                       comment: str | None = None) -> str:
    """Store a rating of an answer this chat got; returns what to tell the citizen."""
    try:
        await relay.backends.rate(chat_id, answer_id, score, comment)
    except RatingRejected as e:
        log.warning("rating of answer %s refused: %s", answer_id, e.status)
        return _REFUSED[e.status]
    except httpx.HTTPError as e:
        log.warning("rating of answer %s not stored: %s", answer_id, type(e).__name__)
        return UNSAVED
    log.info("rating stored: answer %s score %s%s", answer_id, score,
             " with a comment" if comment else "")
    return THANKS_COMMENT if comment else THANKS


async def settle_pending(chat_id: int, state: FSMContext, relay: Relay) -> None:
    """Store a rating still waiting for its comment, without one."""
    if await state.get_state() != Rating.comment.state:
        return
    data = await state.get_data()
    await state.clear()
    await store_rating(relay, chat_id, int(data["answer_id"]), int(data["score"]))


@router.callback_query(OpenRating.filter())
async def opened(callback: CallbackQuery, callback_data: OpenRating, bot: Bot,
                 state: FSMContext) -> None:
    await callback.answer()
    if callback.message is None:  # too old for Telegram to say where it was
        return
    chat_id, message_id = callback.message.chat.id, callback.message.message_id
    # One open rating at a time: the one opened before folds back to its prompt.
    previous = (await state.get_data()).get(OPEN)
    if previous and previous[0] != message_id:
        await _fold(bot, chat_id, *previous)
    await state.update_data({OPEN: (message_id, callback_data.answer_id)})
    await bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id,
                                        reply_markup=rating_keyboard(callback_data.answer_id))


async def _fold(bot: Bot, chat_id: int, message_id: int, answer_id: int) -> None:
    """An open rating back to its one-line prompt (deleted or too old meanwhile: left)."""
    try:
        await bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id,
                                            reply_markup=rating_prompt_keyboard(answer_id))
    except TelegramBadRequest as e:
        log.info("an open rating was not folded back: %s", e.message)


@router.callback_query(Rate.filter())
async def rated(callback: CallbackQuery, callback_data: Rate, bot: Bot, state: FSMContext,
                relay: Relay) -> None:
    if callback.message is None:  # too old for Telegram to say where it was
        await callback.answer(UNSAVED)
        return
    chat_id = callback.message.chat.id
    await settle_pending(chat_id, state, relay)
    if ((await state.get_data()).get(OPEN) or (None,))[0] == callback.message.message_id:
        await state.update_data({OPEN: None})  # rated: never folded back to a prompt
    await bot.edit_message_reply_markup(chat_id=chat_id,
                                        message_id=callback.message.message_id)
    if callback_data.score not in SCORES:
        await callback.answer(_REFUSED[422])
    elif callback_data.score >= 3:
        await callback.answer(await store_rating(relay, chat_id, callback_data.answer_id,
                                                 callback_data.score))
    else:
        await callback.answer()
        await state.set_state(Rating.comment)
        await state.update_data(answer_id=callback_data.answer_id, score=callback_data.score)
        await bot.send_message(chat_id, ASK_COMMENT,
                               reply_markup=skip_keyboard(callback_data.answer_id))


@router.message(Rating.comment, F.text, ~F.text.startswith("/"))
async def commented(message: Message, state: FSMContext, relay: Relay) -> None:
    data = await state.get_data()
    await state.clear()
    # Masked here as well as in the app: a comment is the one free text the bot sends
    # anywhere but Rasa (whose channel masks it itself, guidebot_rasa/rest.py).
    comment = (message.text or "").strip()[:COMMENT_LIMIT]
    await message.answer(await store_rating(relay, message.chat.id, int(data["answer_id"]),
                                            int(data["score"]), mask_personal(comment) or None))


@router.callback_query(SkipComment.filter())
async def skipped(callback: CallbackQuery, bot: Bot, state: FSMContext, relay: Relay) -> None:
    if callback.message is not None:
        await bot.edit_message_reply_markup(chat_id=callback.message.chat.id,
                                            message_id=callback.message.message_id)
    if await state.get_state() != Rating.comment.state:
        await callback.answer()  # already stored (a later message settled it)
        return
    data = await state.get_data()
    await state.clear()
    # A private chat's id is its user's id (callback.message is None when it is too old).
    chat_id = callback.message.chat.id if callback.message is not None else callback.from_user.id
    await callback.answer(await store_rating(relay, chat_id, int(data["answer_id"]),
                                             int(data["score"])))

