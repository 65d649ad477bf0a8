"""The assistant's processes, for real: the app and the Rasa server as ``guidebot up``
starts them (bot/launcher.py), the terminal chat, and what a citizen sees when a part
is down.

- A conversation survives a restart of the Rasa server (SQLite and PostgreSQL stores).
- With the action webhook down, Rasa still answers: politely, with the hotline.
- ``guidebot chat`` through a pipe prints answers and numbered buttons; a number sends
  that button's payload.
- ``guidebot up`` stops both processes within seconds on SIGTERM, and restarts one that
  dies (with back-off) while the other keeps answering politely.
"""

from __future__ import annotations

import json
import os
import queue
import secrets
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import httpx
import psutil
import pytest

from bot.channels.terminal import ChatClient, _answer, render, unavailable_text
from bot.evaluation.assistant import Assistant, free_port, start_assistant

pytestmark = pytest.mark.e2e
GUIDEBOT = str(Path(sys.executable).with_name("guidebot"))
# An administrative connection to the PostgreSQL on loopback (trust auth here and in CI).
PG_ADMIN = os.environ.get("GUIDEBOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def texts(replies: list[dict]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def psql(url: str, sql: str) -> str:
    done = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", url, "-c", sql],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@contextmanager
def fresh_pg_database() -> Iterator[str]:
    """A new database guidebot_test_<random> on the loopback server, dropped afterwards."""
    try:
        psql(PG_ADMIN, "SELECT 1")
    except (AssertionError, OSError) as e:
        pytest.skip(f"no PostgreSQL at {PG_ADMIN}: {e}")
    name = f"guidebot_test_{secrets.token_hex(4)}"
    psql(PG_ADMIN, f"CREATE DATABASE {name}")
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    finally:
        psql(PG_ADMIN, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def stored_events(assistant: Assistant, sender: str) -> list[dict]:
    """The conversation's events as Rasa's SQL tracker store keeps them (its ``events`` table)."""
    query = f"SELECT data FROM events WHERE sender_id = '{sender}' ORDER BY id"
    url = assistant.settings.tracker_db_url
    if url:
        rows = psql(url, query).splitlines()
    else:
        with sqlite3.connect(assistant.settings.tracker_sqlite) as db:
            rows = [data for (data,) in db.execute(query)]
    return [json.loads(r) for r in rows]


def button_titles(replies: list[dict]) -> list[str]:
    return [b["title"] for r in replies for b in r.get("buttons") or []]


@pytest.fixture(params=["sqlite", "postgresql"])
def restartable(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Assistant]:
    """The session's assistant (SQLite store), or a private one over a fresh PostgreSQL."""
    if request.param == "sqlite":
        yield request.getfixturevalue("assistant")
        return
    with fresh_pg_database() as url:
        started = start_assistant(tmp_path, tracker_db_url=url)
        try:
            yield started
        finally:
            started.stop()


def test_conversation_survives_a_rasa_restart(restartable: Assistant) -> None:
    sender = f"restart-{secrets.token_hex(4)}"
    options = button_titles(restartable.send(sender, "办身份证要带什么"))
    assert len(options) >= 2, "several ID card items: the assistant asks which one"
    chosen = options[1]
    assert chosen in texts(restartable.send(sender, "2"))
    before = stored_events(restartable, sender)
    item_codes = [e["value"] for e in before if e["event"] == "slot" and e["name"] == "item_code"]
    assert item_codes and item_codes[-1], "the action should have set item_code"

    restartable.restart_rasa()

    follow_up = restartable.send(sender, "那要多久？")
    assert chosen in texts(follow_up), follow_up
    after = stored_events(restartable, sender)
    assert after[: len(before)] == before
    users = [e["text"] for e in after if e["event"] == "user"]
    assert users == ["办身份证要带什么", "2", "那要多久？"]
    # Control: without the stored conversation the same words are about no item.
    fresh = restartable.send(f"fresh-{secrets.token_hex(4)}", "那要多久？")
    assert chosen not in texts(fresh), fresh


def test_webhook_down_rasa_answers_politely(assistant: Assistant) -> None:
    polite = unavailable_text(assistant.settings.hotline)
    assistant.stop_app()
    try:
        replies = assistant.send(f"down-{secrets.token_hex(4)}", "办身份证要带什么")
        assert [r.get("text") for r in replies] == [polite]
        chat = run_chat(assistant, "办身份证要带什么\n")
        assert chat.returncode == 0 and chat.stdout.strip() == polite, chat
    finally:
        assistant.restart_app()
    assert polite not in texts(assistant.send(f"up-{secrets.token_hex(4)}", "办身份证要带什么"))


def run_chat(assistant: Assistant | None, stdin: str, *args: str) -> subprocess.CompletedProcess:
    url = assistant.rasa_url if assistant else f"http://127.0.0.1:{free_port()}"
    return subprocess.run([GUIDEBOT, "chat", "--rasa-url", url, *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_chat_prints_answers_and_numbered_buttons(assistant: Assistant) -> None:
    question = "办身份证要带什么"
    # What the chat must print first: the same reply, rendered, for a fresh sender.
    first_lines, buttons = render(assistant.send(f"ref-{secrets.token_hex(4)}", question))
    assert len(buttons) >= 2
    sender = f"chat-{secrets.token_hex(4)}"
    done = run_chat(assistant, f"{question}\n\n1\n", "--sender", sender)
    assert done.returncode == 0, done.stderr
    first_block = "\n".join(first_lines) + "\n\n"
    assert done.stdout.startswith(first_block), done.stdout
    assert f"\n[1] {buttons[0]['title']}\n[2] {buttons[1]['title']}" in first_block
    # "1" sends the first button's payload: the answer is about that option.
    answer = done.stdout[len(first_block):]
    assert buttons[0]["title"] in answer, answer
    assert unavailable_text(assistant.settings.hotline) not in answer
    users = [e["text"] for e in stored_events(assistant, sender) if e["event"] == "user"]
    assert users == [question, buttons[0]["payload"]]


def test_chat_without_rasa_is_polite() -> None:
    done = run_chat(None, "办身份证要带什么\n你好\n", "--timeout", "5")
    polite = unavailable_text("12345")
    assert done.returncode == 0
    assert done.stdout.split("\n\n")[:2] == [polite, polite]
    assert "Traceback" not in done.stderr


def test_chat_turns_an_empty_reply_into_the_polite_sentence() -> None:
    class Silent(ChatClient):
        def send(self, message: str) -> list[dict]:
            return []

    polite = unavailable_text("12345")
    assert _answer(Silent("http://127.0.0.1:9"), "你好", "12345") == ([polite], [])


class Said:
    """What ``guidebot up`` writes to stderr, line by line, read by a thread."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.all: list[str] = []
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line)

    def until(self, start: str, timeout: float) -> str:
        """The first new line starting with ``start``; fails after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            self.all.append(line)
            if line.startswith(start):
                return line
        raise AssertionError(f"no line starting {start!r} in {timeout} s:\n" + "".join(self.all))


@contextmanager
def guidebot_up(tmp_path: Path) -> Iterator[tuple[subprocess.Popen, list[psutil.Process], Said]]:
    """``guidebot up`` on free ports, once it says it is ready, with its two children."""
    env = dict(os.environ, GUIDEBOT_TRACKER_SQLITE=str(tmp_path / "tracker.db"),
               GUIDEBOT_TRACKER_DB_URL="", GUIDEBOT_DATABASE_SQLITE=str(tmp_path / "gb.db"))
    app_port = free_port()
    up = subprocess.Popen([GUIDEBOT, "up", "--rasa-port", str(free_port()), "--app-port",
                           str(app_port), "--run-dir", str(tmp_path)],
                          env=env, stderr=subprocess.PIPE, text=True)
    said = Said(up.stderr)
    try:
        said.until("ready", timeout=300)
        children = psutil.Process(up.pid).children()
        assert len(children) == 2
        up.app_url = f"http://127.0.0.1:{app_port}"
        yield up, children, said
    finally:
        if up.poll() is None:
            up.kill()
            up.wait()


def test_up_stops_everything_within_seconds_on_sigterm(tmp_path: Path) -> None:
    with guidebot_up(tmp_path) as (up, children, _):
        started = time.monotonic()
        up.send_signal(signal.SIGTERM)
        assert up.wait(timeout=30) == 0
        gone, alive = psutil.wait_procs(children, timeout=5)
        assert not alive
        assert time.monotonic() - started < 10


def test_up_restarts_a_crashed_child_and_answers_meanwhile(tmp_path: Path) -> None:
    with guidebot_up(tmp_path) as (up, children, said):
        rasa = next(c for c in children if "rasa" in " ".join(c.cmdline()))
        app = next(c for c in children if c is not rasa)
        rasa.kill()
        assert "restarting it in 1 s (restart 1)" in said.until("rasa exited", timeout=30)
        # Meanwhile the web chat answers, politely, with the hotline.
        polite = httpx.post(f"{up.app_url}/api/chat", timeout=60,
                            json={"sender": "while-restarting", "message": "你好"})
        assert polite.status_code == 200 and "12345" in polite.json()[0]["text"]
        said.until("rasa restarted and ready", timeout=300)
        assert up.poll() is None and app.is_running()  # the app was not touched
        now = psutil.Process(up.pid).children()
        assert len(now) == 2 and rasa.pid not in {c.pid for c in now}
        answer = httpx.post(f"{up.app_url}/api/chat", timeout=60,
                            json={"sender": "after-restart", "message": "补办身份证要带什么"})
        assert "材料" in answer.json()[0]["text"]
        up.send_signal(signal.SIGTERM)
        assert up.wait(timeout=30) == 0
        gone, alive = psutil.wait_procs(now, timeout=5)
        assert not alive
