"""Personal numbers are masked at the edge: what each channel (terminal chat, web relay,
Telegram) posts to Rasa's REST webhook is already masked, so Rasa's own log lines (it logs the
message when a turn fails or times out, before any channel code of ours runs) never hold them.

What receives the posts here is a recorder on loopback standing in for Rasa's REST route: the
test is about the bytes each channel sends, not about Rasa. That the running Rasa stores only
masked text is checked with the real assistant below.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from bot.channels.telegram.backends import Backends
from bot.channels.terminal import ChatClient
from bot.channels.web.proxy import ChatRequest, RasaProxy
from bot.evaluation.assistant import Assistant

pytestmark = pytest.mark.e2e

SAID = "身份证11010519491231002X丢了，手机 138-1234-5678，卡号6217000012345670"
RAW = ("11010519491231002X", "1234-5678", "6217000012345670")


class _Recorder(BaseHTTPRequestHandler):
    bodies: list[dict] = []

    def do_POST(self) -> None:  # http.server's name
        length = int(self.headers.get("Content-Length", 0))
        self.bodies.append(json.loads(self.rfile.read(length)))
        reply = json.dumps([{"recipient_id": "x", "text": "ok"}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def rasa_stand_in() -> Iterator[tuple[str, list[dict]]]:
    _Recorder.bodies = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.bodies
    server.shutdown()


def _assert_masked(body: dict) -> None:
    for raw in RAW:
        assert raw not in body["message"], body["message"]
    assert "1101***********02X" in body["message"] and "138-****-5678" in body["message"]


def test_the_terminal_chat_masks_before_sending(rasa_stand_in: tuple[str, list[dict]]) -> None:
    url, bodies = rasa_stand_in
    client = ChatClient(url, "cli-privacy")
    client.send(SAID)
    client.close()
    _assert_masked(bodies[0])


def test_the_web_relay_masks_before_sending(rasa_stand_in: tuple[str, list[dict]]) -> None:
    url, bodies = rasa_stand_in
    proxy = RasaProxy(url, "12345")

    async def turn() -> None:
        await proxy.send(ChatRequest(sender="privacy-web-01", message=SAID))
        await proxy.close()

    asyncio.run(turn())
    _assert_masked(bodies[0])


def test_telegram_masks_before_sending(rasa_stand_in: tuple[str, list[dict]]) -> None:
    url, bodies = rasa_stand_in
    backends = Backends(url, "http://127.0.0.1:9")

    async def turn() -> None:
        await backends.ask(4242, SAID)
        await backends.close()

    asyncio.run(turn())
    _assert_masked(bodies[0])


def test_rasa_keeps_only_masked_text(assistant: Assistant) -> None:
    """Through the web chat of the running assistant: the tracker store and Rasa's log."""
    r = httpx.post(f"{assistant.app_url}/api/chat", timeout=120,
                   json={"sender": "privacy-edge-01", "message": SAID})
    assert r.status_code == 200 and r.json()
    with sqlite3.connect(assistant.settings.tracker_sqlite) as db:
        rows = [d for (d,) in db.execute("SELECT data FROM events WHERE sender_id = ?",
                                         ("web-privacy-edge-01",))]
    assert rows and any("1101***********02X" in d for d in rows)
    log = assistant.launcher.rasa.log_path.read_text(encoding="utf-8", errors="replace")
    for raw in RAW:
        assert not any(raw in d for d in rows)
        assert raw not in log
