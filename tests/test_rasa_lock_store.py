"""Rasa's lock stores as the endpoints file names them (guidebot_rasa/lock_store.py), run
in the Rasa environment: created by Rasa's own ``LockStore.create`` (in the process, and
in the real Redis on loopback), a conversation's second turn gets the lock soon after the
first lets it go (Rasa 3.6 looks again only once a second), and other conversations do
not wait at all."""

from __future__ import annotations

import json

import pytest

from bot.rasa.files import MEMORY_LOCK_STORE, REDIS_LOCK_STORE, lock_prefix
from tests.rasa_env import run_in_rasa
from tests.redisdb import REDIS, fresh_prefix

pytestmark = pytest.mark.integration  # a Python 3.10 process with Rasa


_SCRIPT = r"""
import asyncio, json, sys
from rasa.core.lock_store import LockStore
from rasa.utils.endpoints import EndpointConfig

async def main(config):
    store = LockStore.create(EndpointConfig.from_dict(config))
    loop = asyncio.get_running_loop()
    held = asyncio.Event()

    async def first():
        async with store.lock("c-1"):
            held.set()
            await asyncio.sleep(0.2)
        return loop.time()

    async def second(conversation):
        await held.wait()
        async with store.lock(conversation):
            return loop.time()

    released, same, other = await asyncio.gather(first(), second("c-1"), second("c-2"))
    return {"class": type(store).__name__, "waited_after_release": round(same - released, 3),
            "other_before_release": other < released}

print(json.dumps(asyncio.run(main(json.loads(sys.argv[1])))))
"""


def _play(config: dict) -> dict:
    return run_in_rasa(_SCRIPT, json.dumps(config))


def test_同一对话的下一轮在上一轮结束后很快拿到锁_进程内() -> None:
    result = _play({"type": MEMORY_LOCK_STORE})
    assert result["class"] == "PromptInMemoryLockStore"
    assert result["waited_after_release"] < 0.5  # Rasa's own: up to 1 s
    assert result["other_before_release"]


def test_同一对话的下一轮在上一轮结束后很快拿到锁_Redis() -> None:
    from urllib.parse import urlsplit

    url = urlsplit(REDIS)
    with fresh_prefix() as prefix:
        result = _play({"type": REDIS_LOCK_STORE, "url": url.hostname, "port": url.port or 6379,
                        "db": int(url.path.strip("/") or 0), "key_prefix": lock_prefix(prefix)})
    assert result["class"] == "PromptRedisLockStore"
    assert result["waited_after_release"] < 0.5
    assert result["other_before_release"]
