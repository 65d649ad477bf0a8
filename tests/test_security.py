"""The citizen side as an attacker on the same machine or on the web chat's port sees it:
the app started as ``guidebot serve`` runs it (uvicorn, real HTTP), with small limits.

Each test reproduces one finding of the security probe (issue 12) and fails without its fix.
Rasa is not running here (its URL is a closed port): the web chat answers with the polite
"unavailable" sentence, which is all the limits need.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from served_app import served_app

from bot.store.journal import Journal, database_url

pytestmark = pytest.mark.e2e

TOKEN = "test-service-token-0123456789"
LIMITS = {"search": 5, "ratings": 12, "updates": 5, "chat_per_address": 3}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app's URL and its database file, with small limits for this module."""
    work = tmp_path_factory.mktemp("security")
    env = {"GUIDEBOT_SERVICE_TOKEN": TOKEN,
           "GUIDEBOT_SEARCH_MAX_PER_MINUTE_PER_ADDRESS": str(LIMITS["search"]),
           "GUIDEBOT_RATINGS_MAX_PER_MINUTE_PER_ADDRESS": str(LIMITS["ratings"]),
           "GUIDEBOT_UPDATES_MAX_PER_MINUTE_PER_ADDRESS": str(LIMITS["updates"]),
           "GUIDEBOT_CHAT_MAX_PER_MINUTE_PER_ADDRESS": str(LIMITS["chat_per_address"]),
           "GUIDEBOT_TRUSTED_PROXIES": "", "GUIDEBOT_API_DOCS": "false",
           "FORWARDED_ALLOW_IPS": "*"}  # uvicorn's own variable must not open the door either
    with served_app(work, **env) as url:
        yield url, work / "guidebot.db"


def test_the_action_webhook_answers_only_rasa(app: tuple[str, Path]) -> None:
    url, _ = app
    call = {"next_action": "action_guidebot", "domain": {},
            "tracker": {"sender_id": "tg-42", "slots": {}, "latest_message": {
                "intent": {"name": "handoff"}, "text": "转人工"}, "events": []}}
    assert httpx.post(f"{url}/webhook", json=call).status_code == 401
    wrong = httpx.post(f"{url}/webhook", json=call, headers={"X-Guidebot-Service-Token": "x"})
    assert wrong.status_code == 403
    assert httpx.get(f"{url}/actions").status_code == 401
    shown = {"X-Guidebot-Service-Token": TOKEN}
    malformed = {**call, "tracker": {**call["tracker"], "events": "nope"}}
    assert httpx.post(f"{url}/webhook", json=malformed, headers=shown).status_code == 400


def test_bodies_are_bounded_before_they_are_read(app: tuple[str, Path]) -> None:
    url, _ = app
    big = b'{"sender": "abcdefgh1234", "message": "' + b"x" * 300_000 + b'"}'
    r = httpx.post(f"{url}/api/chat", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"sender": "abcdefgh1234", "message": "'
        for _ in range(20):
            yield b"y" * 10_000
        yield b'"}'

    r = httpx.post(f"{url}/api/chat", content=chunks(),
                   headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_an_anonymous_upload_is_refused_before_its_body_is_read(app: tuple[str, Path]) -> None:
    """The headers announce 100 MB; the answer comes after a few bytes of it."""
    url, _ = app
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"POST /api/staff/catalogs HTTP/1.1\r\nHost: x\r\n"
                  b"Content-Type: multipart/form-data; boundary=b\r\n"
                  b"Content-Length: 100000000\r\n\r\n--b\r\n")
        answer = s.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 401")


def test_the_citizens_page_has_security_headers_and_no_api_docs(app: tuple[str, Path]) -> None:
    url, _ = app
    page = httpx.get(f"{url}/")
    assert page.status_code == 200
    assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Frame-Options"] == "DENY"
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert "server" not in page.headers
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert httpx.get(f"{url}{path}").status_code == 404, path


def test_only_the_conversation_that_got_an_answer_rates_it_once(app: tuple[str, Path]) -> None:
    url, db = app
    journal = Journal(database_url("", db))
    answer = journal.answered(question="补办身份证要带什么", code="C1", name="居民身份证补领",
                              aspect="materials", source="", region=None, channel="web",
                              index_version="v", conversation="web-owner-browser-1")
    rating = {"answer_id": answer, "score": 4, "sender": "someone-else-1"}
    assert httpx.post(f"{url}/api/ratings", json=rating).status_code == 404
    mine = {**rating, "sender": "owner-browser-1"}
    assert httpx.post(f"{url}/api/ratings", json=mine).status_code == 201
    assert httpx.post(f"{url}/api/ratings", json=mine).status_code == 409
    huge = httpx.post(f"{url}/api/ratings", json={**mine, "answer_id": 2**64 + 1})
    assert huge.status_code == 422
    after = httpx.get(f"{url}/api/chat/updates",
                      params={"sender": "owner-browser-1", "after": str(2**70)})
    assert after.status_code == 422
    assert journal.counts()["ratings"] == 1


def test_a_forwarded_address_does_not_reset_the_limits(app: tuple[str, Path]) -> None:
    """Every message from a new conversation id and a new X-Forwarded-For: still one
    address (the peer) to the per-address limit."""
    url, _ = app
    codes = []
    for i in range(LIMITS["chat_per_address"] + 2):
        r = httpx.post(f"{url}/api/chat", json={"sender": f"rotating-{i:04d}", "message": "你好"},
                       headers={"X-Forwarded-For": f"203.0.113.{i}"}, timeout=30)
        codes.append(r.status_code)
    assert codes[:LIMITS["chat_per_address"]] == [200] * LIMITS["chat_per_address"]
    assert codes[-1] == 429


@pytest.mark.parametrize(("name", "method", "path", "body"), [
    ("search", "GET", "/api/search?q=%E8%BA%AB%E4%BB%BD%E8%AF%81", None),
    ("updates", "GET", "/api/chat/updates?sender=poller-0001&after=0", None),
    ("ratings", "POST", "/api/ratings", {"answer_id": 999999, "score": 3,
                                         "sender": "rater-00001"}),
])
def test_public_endpoints_are_throttled(app: tuple[str, Path], name: str, method: str,
                                        path: str, body: dict | None) -> None:
    url, _ = app
    codes = [httpx.request(method, f"{url}{path}", json=body, timeout=30).status_code
             for _ in range(LIMITS[name] + 1)]
    assert 429 in codes, codes
    first = codes.index(429)
    assert all(c == 429 for c in codes[first:])
    r = httpx.request(method, f"{url}{path}", json=body, timeout=30)
    assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
