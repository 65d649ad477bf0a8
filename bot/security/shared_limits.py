"""Sliding-window limits kept in Redis, so that every app replica counts the same requests.

With ``GUIDEBOT_REDIS_URL`` set, the per-address limits of the public API and the web
chat's per-conversation and per-address limits (bot/security/limits.py) are counted here
instead of in the process: a citizen's requests spread over several app replicas behind
one address meet one limit, not one per replica. Each key is a sorted set of hit times,
checked and counted by one Lua script, atomically over every key of a request (the web
chat's conversation and address together), with Redis's own clock so that replicas on
different machines agree. Keys expire with their window.

When Redis cannot be reached the request goes on (a citizen is not refused because of the
limits' store) and the failure is logged; the app's other defences still hold.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

import redis

log = logging.getLogger(__name__)

#: KEYS: one sorted set per limit; ARGV: window (s), record (1/0), member, then one limit per
#: key. Returns "0" (counted, when record) or the seconds until the fullest key frees a hit.
_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local window = tonumber(ARGV[1])
local wait = 0
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  if redis.call('ZCARD', key) >= tonumber(ARGV[3 + i]) then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    wait = math.max(wait, tonumber(oldest[2]) + window - now)
  end
end
if wait > 0 then return tostring(wait) end
if ARGV[2] == '1' then
  for i, key in ipairs(KEYS) do
    redis.call('ZADD', key, now, ARGV[3])
    redis.call('PEXPIRE', key, math.ceil(window * 1000))
  end
end
return '0'
"""

#: What every key of ours starts with (a test or an operator can find them all).
PREFIX = "guidebot:limit:"


class RedisWindows:
    """Sliding windows of ``window`` seconds in the Redis at ``url``."""

    def __init__(self, url: str, window: float = 60.0, prefix: str = PREFIX) -> None:
        self.window = window
        self.prefix = prefix
        self._redis = redis.Redis.from_url(url, socket_timeout=0.5,
                                           socket_connect_timeout=0.5)
        self._script = self._redis.register_script(_SCRIPT)

    def wait(self, limits: Sequence[tuple[str, int]], record: bool = True) -> float:
        """0 if a request counted against every ``(key, limit)`` may go on (then counted,
        when ``record``), else the seconds until it may. A limit of 0 is no limit."""
        active = [(self.prefix + key, limit) for key, limit in limits if limit > 0]
        if not active:
            return 0.0
        try:
            answer = self._script(keys=[k for k, _ in active],
                                  args=[self.window, 1 if record else 0, uuid.uuid4().hex,
                                        *(limit for _, limit in active)])
        except redis.RedisError as e:
            log.warning("rate limits: Redis unavailable, request let through: %s",
                        type(e).__name__)
            return 0.0
        return float(answer)

    def close(self) -> None:
        self._redis.close()
