"""A newly published version announced to every serving process, on any machine, through Redis.

The versions themselves are on storage every machine mounts (``GUIDEBOT_INDEX_DIR``); what
a network file system is slow to show is the replaced ``CURRENT`` file (its attributes
are cached for seconds to a minute). So the first serving process that sees ``CURRENT``
change (on the machine that published, at once) writes the version into one Redis key,
and every process reads that key each time it looks for a new version (every
``reload_interval``, 0.2 s): one GET, and the new version is loaded from the shared
storage as soon as it is announced.

The key holds the version and the modification time of the ``CURRENT`` that named it; a
process announces only a ``CURRENT`` newer than the one announced, in one Lua script, so
a machine that sees an old ``CURRENT`` late (a publish, then a rollback) cannot announce
it over the newer one.
"""

from __future__ import annotations

import json
import logging

import redis

log = logging.getLogger(__name__)

#: KEYS[1]: the announcement; ARGV: version, stamp. Set only if newer than what it holds.
_ANNOUNCE = """
local held = redis.call('GET', KEYS[1])
if held then
  local ok, data = pcall(cjson.decode, held)
  if ok and tonumber(data['stamp']) >= tonumber(ARGV[2]) then return 0 end
end
redis.call('SET', KEYS[1], cjson.encode({version = ARGV[1], stamp = tonumber(ARGV[2])}))
return 1
"""


class RedisAnnouncer:
    """The served version's announcement in the Redis at ``url``, under ``prefix``."""

    def __init__(self, url: str, prefix: str = "guidebot:") -> None:
        self.key = f"{prefix}index:current"
        self._redis = redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self._script = self._redis.register_script(_ANNOUNCE)
        self._failing = False

    def announce(self, version: str, stamp: float) -> bool:
        """Announce ``version`` (its CURRENT written at ``stamp``) unless a newer one is;
        True if it was announced."""
        try:
            done = bool(self._script(keys=[self.key], args=[version, repr(stamp)]))
        except redis.RedisError as e:
            self._failed(e)
            return False
        self._failing = False
        if done:
            log.info("announced index version %s", version)
        return done

    def announced(self) -> str | None:
        """The version announced last, or None (nothing yet, or Redis unreachable: the
        process then goes by its own view of CURRENT)."""
        try:
            held = self._redis.get(self.key)
        except redis.RedisError as e:
            self._failed(e)
            return None
        self._failing = False
        if held is None:
            return None
        try:
            return str(json.loads(held)["version"])
        except (ValueError, KeyError, TypeError):
            return None

    def _failed(self, e: Exception) -> None:
        if not self._failing:  # once per outage, not five times a second
            log.warning("index announcements: Redis unavailable (%s); going by CURRENT alone",
                        type(e).__name__)
        self._failing = True

    def close(self) -> None:
        self._redis.close()
