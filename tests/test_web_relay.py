"""The web chat's relay (bot/channels/web/): ``POST /api/chat`` to Rasa, its limits, and
the page's files, without a browser (the page itself: tests/test_web.py)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bot.channels.terminal import unavailable_text
from bot.channels.web import web_router
from bot.channels.web.proxy import ChatRequest
from bot.evaluation.assistant import Assistant, free_port
from bot.security.limits import ChatLimiter
from bot.settings import Settings

pytestmark = pytest.mark.e2e


@pytest.fixture
def client_without_rasa() -> Iterator[TestClient]:
    """The web routes alone, with Rasa's URL pointing at a port nobody listens on."""
    app = FastAPI()
    app.include_router(web_router(Settings(rasa_url=f"http://127.0.0.1:{free_port()}",
                                           hotline="96345")))
    with TestClient(app) as client:
        yield client


def test_page_is_served_with_the_configured_hotline(client_without_rasa: TestClient) -> None:
    page = client_without_rasa.get("/")
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-cache"
    assert '<meta name="guidebot-hotline" content="96345">' in page.text
    assert "__HOTLINE__" not in page.text
    script = client_without_rasa.get("/web/app.js")
    assert script.status_code == 200 and script.headers["cache-control"] == "no-cache"
    etag = script.headers["etag"]
    again = client_without_rasa.get("/web/app.js", headers={"If-None-Match": etag})
    assert again.status_code == 304


def test_rasa_unreachable_gives_the_polite_sentence(client_without_rasa: TestClient) -> None:
    body = {"sender": "abcdef123456", "message": "你好"}
    reply = client_without_rasa.post("/api/chat", json=body)
    assert reply.status_code == 200  # the relay answered; the page offers to try again
    assert reply.json() == [{"text": unavailable_text("96345"), "custom": {"unavailable": True}}]
    script = client_without_rasa.get("/")
    # The page's scripts, in the order they depend on each other, all served.
    assert script.text.index("/web/rating.js") < script.text.index("/web/app.js")
    for name in ("rating.js", "handoff.js", "app.js", "app.css"):
        assert client_without_rasa.get(f"/web/{name}").status_code == 200


@pytest.mark.parametrize("body", [
    {"sender": "short", "message": "你好"},
    {"sender": "has space in it", "message": "你好"},
    {"sender": "abcdef123456", "message": ""},
    {"sender": "abcdef123456", "message": "你好", "metadata": {"region": "<script>"}},
    {"sender": "abcdef123456", "message": "x" * 10_001},
])
def test_invalid_messages_are_refused(client_without_rasa: TestClient, body: dict) -> None:
    assert client_without_rasa.post("/api/chat", json=body).status_code == 422


def test_a_flood_is_slowed_per_conversation_and_per_address() -> None:
    app = FastAPI()
    app.include_router(web_router(Settings(rasa_url=f"http://127.0.0.1:{free_port()}",
                                           hotline="96345", chat_max_per_minute=3,
                                           chat_max_per_minute_per_address=5)))
    with TestClient(app) as client:
        def say(sender: str, message: str = "你好") -> httpx.Response:
            return client.post("/api/chat", json={"sender": sender, "message": message})

        assert [say("citizen-one").status_code for _ in range(3)] == [200] * 3
        slowed = say("citizen-one")
        assert slowed.status_code == 429 and 1 <= int(slowed.headers["Retry-After"]) <= 60
        [message] = slowed.json()
        assert f"请 {slowed.headers['Retry-After']} 秒后再试" in message["text"]
        assert "96345" in message["text"]
        # Another conversation from the same address goes on, up to the address's limit.
        assert [say("citizen-two").status_code for _ in range(2)] == [200, 200]
        assert say("citizen-three").status_code == 429


def test_a_slowed_traditional_message_is_answered_in_traditional() -> None:
    app = FastAPI()
    app.include_router(web_router(Settings(rasa_url=f"http://127.0.0.1:{free_port()}",
                                           chat_max_per_minute=1)))
    with TestClient(app) as client:
        body = {"sender": "citizen-hk", "message": "身份證丟了點算"}
        assert client.post("/api/chat", json=body).status_code == 200
        slowed = client.post("/api/chat", json=body)
        assert slowed.status_code == 429 and "請" in slowed.json()[0]["text"]


def test_the_window_slides() -> None:
    now = [1000.0]
    limiter = ChatLimiter(per_sender=2, per_address=0, window=60, clock=lambda: now[0])
    assert limiter.wait("a", "127.0.0.1") == 0
    now[0] = 1010
    assert limiter.wait("a", "127.0.0.1") == 0
    assert limiter.wait("a", "127.0.0.1") == 50  # the first message leaves at 1060
    assert limiter.wait("b", "127.0.0.1") == 0  # another conversation; address limit off
    now[0] = 1060
    assert limiter.wait("a", "127.0.0.1") == 0  # the first one has left the window
    assert limiter.wait("a", "127.0.0.1") == 10  # the second leaves at 1070
    refused_meanwhile = [limiter.wait("a", "127.0.0.1") for _ in range(5)]
    assert refused_meanwhile == [10] * 5  # refusals are not counted
    now[0] = 1070
    assert limiter.wait("a", "127.0.0.1") == 0


def test_only_the_metadata_the_dialogue_reads_is_forwarded() -> None:
    request = ChatRequest.model_validate({
        "sender": "abcdef123456", "message": "你好",
        "metadata": {"region": "449104", "elderly": True, "channel": "telegram", "slots": {"x": 1}},
    })
    assert request.metadata.to_rasa() == {"channel": "web", "elderly": True, "region": "449104"}
    assert ChatRequest(sender="abcdef123456", message="你好").metadata.to_rasa() == {
        "channel": "web", "elderly": False}


def test_relay_reaches_the_real_assistant_under_a_web_sender(assistant: Assistant) -> None:
    body = {"sender": "relay0000001", "message": "身份证丢了在哪补",
            "metadata": {"region": "449104"}}
    reply = httpx.post(f"{assistant.app_url}/api/chat", json=body, timeout=120).json()
    assert reply[0]["recipient_id"] == "web-relay0000001"
    assert "青山区" in reply[0]["text"]
