"""Telegram's limits kept across bot replicas: the pacing slots in Redis.

``Pacing`` (middleware.py) spaces the messages of one chat (about one a second) and of
the whole bot (30 a second) within one process. With several replicas behind
Telegram's webhook (``GUIDEBOT_REDIS_URL`` set), each would pace only its own share: two
replicas answering one chat at once would send two messages in the same second, and N
replicas would allow N x 30 a second. ``SharedPacing`` reserves each slot in Redis
instead: one Lua script reads the chat's and the bot's next free moments, takes the
later one (or now) as this message's slot, and moves both on, with Redis's own clock so
that replicas on different machines agree. A 429's ``retry_after`` holds the chat for
every replica. Keys expire once their moment has passed.

When Redis cannot be reached the message is paced in this process alone (logged): a
citizen's answer is not held back because the pacing's store is down.
"""

from __future__ import annotations

import asyncio
import logging

import redis
import redis.asyncio as aioredis

from bot.channels.telegram.middleware import Pacing

log = logging.getLogger(__name__)

#: KEYS: the chat's next free moment, the bot's; ARGV: the chat's spacing, the bot's (s).
#: Returns the seconds to wait before this message's slot.
_RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'),
                      tonumber(redis.call('GET', KEYS[2]) or '0'))
local chat_next = slot + tonumber(ARGV[1])
local any_next = slot + tonumber(ARGV[2])
redis.call('SET', KEYS[1], string.format('%.6f', chat_next),
           'PX', math.ceil((chat_next - now) * 1000) + 1000)
redis.call('SET', KEYS[2], string.format('%.6f', any_next),
           'PX', math.ceil((any_next - now) * 1000) + 1000)
return string.format('%.6f', slot - now)
"""
#: KEYS: the chat's next free moment; ARGV: seconds Telegram said to wait (a 429).
_HOLD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local resume = now + tonumber(ARGV[1])
if resume > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%.6f', resume),
             'PX', math.ceil(tonumber(ARGV[1]) * 1000) + 1000)
end
return 1
"""


class SharedPacing(Pacing):
    """``Pacing`` whose slots every replica sharing ``redis_url`` and ``prefix`` takes
    from the same place."""

    def __init__(self, redis_url: str, prefix: str, per_chat: float = 1.0,
                 overall: float = 1 / 30, max_retries: int = 5) -> None:
        super().__init__(per_chat, overall, max_retries)
        self.prefix = f"{prefix}tg:pace:"
        # A Redis that hangs must not hold answers back longer than this.
        self.client = aioredis.Redis.from_url(redis_url, socket_timeout=2,
                                              socket_connect_timeout=2)
        self._reserve = self.client.register_script(_RESERVE)
        self._hold_script = self.client.register_script(_HOLD)

    def _chat_key(self, chat: int | str) -> str:
        return f"{self.prefix}chat:{chat}"

    async def _wait_turn(self, chat: int | str) -> None:
        try:
            wait = float(await self._reserve(
                keys=[self._chat_key(chat), f"{self.prefix}all"],
                args=[self.per_chat, self.overall]))
        except (redis.RedisError, OSError) as e:
            log.warning("pacing store unreachable (%s): pacing chat %s in this process", e, chat)
            await super()._wait_turn(chat)
            return
        if wait > 0:
            await asyncio.sleep(wait)

    async def _hold(self, chat: int | str, seconds: float) -> None:
        await super()._hold(chat, seconds)
        try:
            await self._hold_script(keys=[self._chat_key(chat)], args=[seconds])
        except (redis.RedisError, OSError) as e:
            log.warning("pacing store unreachable (%s): chat %s held in this process", e, chat)

    async def close(self) -> None:
        await self.client.aclose()
