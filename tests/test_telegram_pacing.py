"""Telegram's pacing across bot replicas: two ``SharedPacing`` middlewares on the real
Redis on loopback (tests/redisdb.py) space one chat's messages as one bot would, a 429
told to one replica holds the chat for the other, and without Redis each paces alone.
Only lower bounds of the waits are asserted where a wait is the behaviour."""

from __future__ import annotations

import asyncio

import pytest

from bot.channels.telegram.middleware import Pacing
from bot.channels.telegram.runner import pacing_for
from bot.channels.telegram.shared_pacing import SharedPacing
from bot.settings import Settings
from tests.redisdb import REDIS, fresh_prefix

pytestmark = pytest.mark.integration

SPACING = 0.25  # seconds between two messages of one chat (Telegram's is about 1)


async def _elapsed(*turns: tuple[Pacing, int]) -> float:
    loop = asyncio.get_running_loop()
    start = loop.time()
    for pacing, chat in turns:
        await pacing._wait_turn(chat)
    return loop.time() - start


def _pair(prefix: str) -> tuple[SharedPacing, SharedPacing]:
    return (SharedPacing(REDIS, prefix, per_chat=SPACING, overall=0.001),
            SharedPacing(REDIS, prefix, per_chat=SPACING, overall=0.001))


def test_两个副本给同一个对话发消息也按一个机器人的节奏() -> None:
    async def play() -> tuple[float, float]:
        with fresh_prefix() as prefix:
            a, b = _pair(prefix)
            try:
                together = await _elapsed((a, 7), (b, 7), (a, 7))  # one chat, two replicas
                apart = await _elapsed((a, 8), (b, 9))  # two chats: no chat spacing
            finally:
                await a.close()
                await b.close()
        return together, apart

    together, apart = asyncio.run(play())
    assert together >= 2 * SPACING * 0.95
    assert apart < SPACING


def test_在本进程里各副本只管自己的节奏() -> None:
    """What the shared slots change: two in-process pacings let the chat's second message
    go at once (two replicas would send two messages in the same moment)."""
    a, b = Pacing(per_chat=SPACING), Pacing(per_chat=SPACING)
    assert asyncio.run(_elapsed((a, 7), (b, 7))) < SPACING


def test_一个副本收到429后另一个副本也等() -> None:
    async def play() -> float:
        with fresh_prefix() as prefix:
            a, b = _pair(prefix)
            try:
                await a._hold(5, 0.4)  # Telegram told replica a: retry after 0.4 s
                return await _elapsed((b, 5))
            finally:
                await a.close()
                await b.close()

    assert asyncio.run(play()) >= 0.4 * 0.95


def test_没有Redis时在本进程里照样控制节奏() -> None:
    async def play() -> float:
        down = SharedPacing("redis://127.0.0.1:1/0", "guidebottest:", per_chat=SPACING)
        try:
            return await _elapsed((down, 3), (down, 3))  # no error; the second still waits
        finally:
            await down.close()

    assert asyncio.run(play()) >= SPACING * 0.95


def test_配置了Redis才用共享的节奏() -> None:
    assert type(pacing_for(Settings(redis_url=""))) is Pacing
    shared = pacing_for(Settings(redis_url=REDIS, redis_prefix="guidebottest:"))
    assert isinstance(shared, SharedPacing)
    asyncio.run(shared.close())
