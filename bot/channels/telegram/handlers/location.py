"""A shared location: the assistant answers with the nearest halls, by distance."""

from __future__ import annotations

import json

from aiogram import Bot, F, Router
from aiogram.fsm.context import FSMContext
from aiogram.types import Message

from bot.channels.telegram.handlers.ratings import settle_pending
from bot.channels.telegram.relay import Relay

router = Router(name="location")


def location_payload(lat: float, lon: float) -> str:
    """The Rasa message for a shared location (domain.yml: intent share_location)."""
    return "/share_location" + json.dumps({"lat": lat, "lon": lon})


@router.message(F.location)
async def shared(message: Message, bot: Bot, state: FSMContext, relay: Relay) -> None:
    await settle_pending(message.chat.id, state, relay)
    where = message.location
    assert where is not None  # the filter
    await relay.turn(bot, message.chat.id, location_payload(where.latitude, where.longitude))
