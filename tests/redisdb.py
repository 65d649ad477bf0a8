"""The real Redis on loopback for tests: a key prefix of the test's own, whose keys are
deleted afterwards. ``GUIDEBOT_TEST_REDIS`` names the server; a test is skipped only when
that server is unreachable (as tests/pgdb.py does for PostgreSQL)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import redis

REDIS = os.environ.get("GUIDEBOT_TEST_REDIS", "redis://127.0.0.1:6379/0")


@contextmanager
def fresh_prefix() -> Iterator[str]:
    """A prefix no other run uses (letters and digits before its colon, as Rasa's lock store
    requires); every key under it, Rasa's lock keys included (they carry the prefix without
    the colon), is deleted afterwards."""
    client = redis.Redis.from_url(REDIS)
    try:
        client.ping()
    except redis.RedisError as e:
        client.close()
        pytest.skip(f"no Redis at {REDIS}: {e}")
    prefix = f"guidebottest{uuid.uuid4().hex[:8]}:"
    try:
        yield prefix
    finally:
        for key in client.scan_iter(match=prefix.rstrip(":") + "*"):
            client.delete(key)
        client.close()
