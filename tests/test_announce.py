"""A published version announced through Redis (index/announce.py): the newest CURRENT wins,
an older one seen late cannot take its place, and without Redis a process goes by its own
CURRENT. Keys under the test's own prefix, deleted after."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import redis

from index.announce import RedisAnnouncer

pytestmark = pytest.mark.integration
REDIS = os.environ.get("GUIDEBOT_TEST_REDIS", "redis://127.0.0.1:6379/0")


@pytest.fixture
def prefix() -> Iterator[str]:
    client = redis.Redis.from_url(REDIS)
    try:
        client.ping()
    except redis.RedisError as e:
        pytest.skip(f"no Redis at {REDIS}: {e}")
    name = f"guidebottest{uuid.uuid4().hex[:8]}:"
    yield name
    for key in client.scan_iter(match=name + "*"):
        client.delete(key)
    client.close()


def test_the_newest_current_wins(prefix: str) -> None:
    a, b = RedisAnnouncer(REDIS, prefix), RedisAnnouncer(REDIS, prefix)
    assert a.announced() is None
    assert a.announce("v1", 100.0)
    assert b.announced() == "v1"
    assert b.announce("v2", 200.0)  # published later, seen first on machine B
    assert not a.announce("v1-seen-late", 150.0)  # an older CURRENT seen late elsewhere
    assert a.announced() == "v2"
    assert a.announce("v1", 300.0)  # a rollback is a newer CURRENT
    assert b.announced() == "v1"
    a.close()
    b.close()


def test_without_redis_nothing_is_announced() -> None:
    gone = RedisAnnouncer("redis://127.0.0.1:1/0")
    assert not gone.announce("v1", 1.0)
    assert gone.announced() is None
