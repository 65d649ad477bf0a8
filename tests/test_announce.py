"""A published version announced through Redis (index/announce.py): the newest CURRENT wins,
an older one seen late cannot take its place, and without Redis a process goes by its own
CURRENT. Keys under the test's own prefix, deleted after."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from redisdb import REDIS, fresh_prefix

from index.announce import RedisAnnouncer

pytestmark = pytest.mark.integration


@pytest.fixture
def prefix() -> Iterator[str]:
    with fresh_prefix() as name:
        yield name


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
