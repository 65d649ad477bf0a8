"""Rate limits shared by app replicas through the real Redis on loopback: requests counted
by one replica count for the others, whole requests are checked atomically, and a Redis
that cannot be reached lets requests through. Every key made here is deleted."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import redis
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from bot.security.limits import ChatLimiter, per_address
from bot.security.shared_limits import PREFIX, RedisWindows

pytestmark = pytest.mark.integration  # a real Redis

URL = "redis://127.0.0.1:6379/0"


@pytest.fixture
def tag() -> Iterator[str]:
    """A name no other test uses; the keys with it are deleted afterwards."""
    client = redis.Redis.from_url(URL)
    try:
        client.ping()
    except redis.RedisError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    name = f"t{uuid.uuid4().hex[:10]}"
    yield name
    for key in client.scan_iter(f"{PREFIX}*{name}*"):
        client.delete(key)
    client.close()


def test_two_replicas_count_the_same_hits(tag: str) -> None:
    one, two = RedisWindows(URL), RedisWindows(URL)
    assert [one.wait([(tag, 3)]), two.wait([(tag, 3)]), one.wait([(tag, 3)])] == [0, 0, 0]
    assert 0 < two.wait([(tag, 3)]) <= 60
    assert one.wait([(tag, 0)]) == 0  # 0: no limit


def test_a_request_is_counted_against_every_key_or_none(tag: str) -> None:
    windows = RedisWindows(URL)
    assert windows.wait([(f"{tag}-a", 1), (f"{tag}-b", 5)]) == 0
    assert windows.wait([(f"{tag}-a", 1), (f"{tag}-b", 5)]) > 0  # a is full: b not counted
    assert [windows.wait([(f"{tag}-b", 2)]), windows.wait([(f"{tag}-b", 2)]) > 0] == [0, True]


def test_the_web_chat_limit_holds_across_replicas(tag: str) -> None:
    first, second = (ChatLimiter(per_sender=2, per_address=0, redis_url=URL) for _ in range(2))
    assert first.wait(f"web-{tag}", "10.0.0.1") == 0
    assert second.wait(f"web-{tag}", "10.0.0.1") == 0
    assert first.wait(f"web-{tag}", "10.0.0.1") >= 1  # whole seconds, for Retry-After
    assert second.wait(f"web-{tag}-other", "10.0.0.1") == 0


def test_a_public_endpoint_is_limited_across_replicas(tag: str) -> None:
    def replica() -> TestClient:
        app = FastAPI()

        @app.get("/ping", dependencies=[Depends(per_address(2, tag, URL))])
        def ping() -> dict:
            return {"ok": True}

        return TestClient(app)

    a, b = replica(), replica()
    assert [a.get("/ping").status_code, b.get("/ping").status_code] == [200, 200]
    refused = a.get("/ping")
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) >= 1


def test_without_redis_requests_go_on() -> None:
    assert RedisWindows("redis://127.0.0.1:1/0").wait([("any", 1)]) == 0
    assert ChatLimiter(1, 1, redis_url="redis://127.0.0.1:1/0").wait("s", "a") == 0
