"""What the bot keeps across restarts: each chat's region, the long button payloads, and
the updates already answered.

A small SQLite file (``GUIDEBOT_TELEGRAM_DB``, default ``var/telegram.db``): the region a
citizen chose with /region is sent with every later message of that chat, so it must
survive a restart of the bot; and a button whose Rasa payload does not fit Telegram's
64-byte callback data is sent as a short key into the ``payloads`` table, so the buttons
of old messages still work after a restart; and the ``update_id`` of every update
answered in the last two days, so that an update Telegram delivers again after a restart
(it keeps unconfirmed updates for 24 hours) is not answered twice. The tables stay small
(one row per chat, one per distinct long payload, one per recent update). Only codes,
payloads and update ids are stored, never what a citizen typed.

With ``GUIDEBOT_REDIS_URL`` the same is kept in Redis instead (``RedisChatStore``), so
that several bot replicas behind one webhook URL share it (``open_store``).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Protocol

from bot.settings import Settings

_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_region (
    chat_id INTEGER PRIMARY KEY,
    region TEXT NOT NULL,
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS payloads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    payload TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS seen_updates (
    update_id INTEGER PRIMARY KEY,
    seen REAL NOT NULL
);
"""
class Store(Protocol):
    """What the handlers and the middleware use: ``ChatStore`` or ``RedisChatStore``."""

    def first_time(self, update_id: int) -> bool: ...

    def region(self, chat_id: int) -> str | None: ...

    def set_region(self, chat_id: int, region: str | None) -> None: ...

    def payload_key(self, payload: str) -> int: ...

    def payload(self, key: int) -> str | None: ...

    def close(self) -> None: ...


#: Update ids are kept this long (Telegram keeps an unconfirmed update for 24 hours).
SEEN_KEEP_SECONDS = 2 * 24 * 3600
#: Old update ids are deleted after this many new ones.
SEEN_PRUNE_EVERY = 500


class ChatStore:
    """Per-chat settings and the payload key table, in one SQLite file.

    Calls are short single-row statements, made from the bot's event loop; the lock
    only guards the shared connection should a worker thread ever use it.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()
        self._seen_since_prune = 0

    def first_time(self, update_id: int) -> bool:
        """Record ``update_id`` as answered; False if it was already (a redelivery)."""
        now = time.time()
        with self._lock:
            added = self._db.execute("INSERT OR IGNORE INTO seen_updates (update_id, seen) "
                                     "VALUES (?, ?)", (update_id, now)).rowcount == 1
            self._seen_since_prune += 1
            if self._seen_since_prune >= SEEN_PRUNE_EVERY:
                self._seen_since_prune = 0
                self._db.execute("DELETE FROM seen_updates WHERE seen < ?",
                                 (now - SEEN_KEEP_SECONDS,))
        return added

    def region(self, chat_id: int) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT region FROM chat_region WHERE chat_id = ?",
                                   (chat_id,)).fetchone()
        return row[0] if row else None

    def set_region(self, chat_id: int, region: str | None) -> None:
        """Remember the chat's region; ``None`` forgets it."""
        with self._lock:
            if region is None:
                self._db.execute("DELETE FROM chat_region WHERE chat_id = ?", (chat_id,))
            else:
                self._db.execute(
                    "INSERT INTO chat_region (chat_id, region, updated) VALUES (?, ?, ?) "
                    "ON CONFLICT(chat_id) DO UPDATE SET region = excluded.region, "
                    "updated = excluded.updated", (chat_id, region, time.time()))

    def payload_key(self, payload: str) -> int:
        """A short, stable key for ``payload`` (the same payload always gets the same key)."""
        with self._lock:
            self._db.execute("INSERT OR IGNORE INTO payloads (payload) VALUES (?)", (payload,))
            row = self._db.execute("SELECT id FROM payloads WHERE payload = ?",
                                   (payload,)).fetchone()
        return int(row[0])

    def payload(self, key: int) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT payload FROM payloads WHERE id = ?",
                                   (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        with self._lock:
            self._db.close()


#: KEYS: payload → id hash, id → payload hash, the id counter; ARGV: the payload.
_PAYLOAD_KEY = """
local id = redis.call('HGET', KEYS[1], ARGV[1])
if id then return tonumber(id) end
id = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[1], ARGV[1], id)
redis.call('HSET', KEYS[2], id, ARGV[1])
return id
"""


class RedisChatStore:
    """The same as :class:`ChatStore`, in the Redis every bot replica shares
    (``GUIDEBOT_REDIS_URL``): a redelivered update is answered once whichever replica
    Telegram's webhook call reaches, and a chat's region and its buttons' payloads are
    the same on every replica. Update ids expire after two days by themselves."""

    def __init__(self, url: str, prefix: str = "guidebot:") -> None:
        import redis

        self.prefix = f"{prefix}tg:"
        self._redis = redis.Redis.from_url(url, socket_timeout=2.0, socket_connect_timeout=2.0,
                                           decode_responses=True)
        self._payload_key = self._redis.register_script(_PAYLOAD_KEY)

    def first_time(self, update_id: int) -> bool:
        return bool(self._redis.set(f"{self.prefix}update:{update_id}", 1, nx=True,
                                    ex=SEEN_KEEP_SECONDS))

    def region(self, chat_id: int) -> str | None:
        return self._redis.get(f"{self.prefix}region:{chat_id}")

    def set_region(self, chat_id: int, region: str | None) -> None:
        key = f"{self.prefix}region:{chat_id}"
        if region is None:
            self._redis.delete(key)
        else:
            self._redis.set(key, region)

    def payload_key(self, payload: str) -> int:
        keys = [f"{self.prefix}payload:ids", f"{self.prefix}payload:by_id",
                f"{self.prefix}payload:next"]
        return int(self._payload_key(keys=keys, args=[payload]))

    def payload(self, key: int) -> str | None:
        return self._redis.hget(f"{self.prefix}payload:by_id", str(key))

    def close(self) -> None:
        self._redis.close()


def open_store(settings: Settings) -> Store:
    """The bot's store: in Redis when ``redis_url`` is set (several replicas), else the
    SQLite file ``telegram_db``."""
    if settings.redis_url:
        return RedisChatStore(settings.redis_url, settings.redis_prefix)
    return ChatStore(settings.telegram_db)
