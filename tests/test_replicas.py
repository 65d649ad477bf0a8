"""The production topology on one machine: two app workers and two Rasa servers behind one
address (bot/balancer.py, as ``guidebot up --workers 2 --rasa-workers 2`` starts them),
Rasa's SQL tracker store on PostgreSQL and its lock store in Redis, the app's database on
PostgreSQL (two databases of the test's own, dropped after) and its shared state in Redis
(keys under the test's own prefix, deleted after). It shows:

- one conversation whose turns alternate between the Rasa servers (and, through the
  balancer, the app workers) keeps its context;
- messages of one conversation sent at once to both servers are answered in order;
- an agent's reply reaches the citizen whichever worker took the agent's request and
  whichever the citizen's page polls; on Telegram (the bot process against the fake Bot
  API, its state in Redis, reaching Rasa through the balancer) it is pushed by the worker
  that took the agent's request;
- a newly published version reaches both workers within 2 s, the second one on its own
  "machine" (its own index folder, the versions shared, its CURRENT never updated) only
  through the announcement in Redis;
- killing a Rasa server and then an app worker during a load loses no conversation: only
  the turns in flight at those moments fail (502) or are answered politely.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import redis
from fake_telegram import FakeTelegram
from pgdb import fresh_database
from redisdb import REDIS, fresh_prefix
from sqlalchemy import create_engine, text
from staff import create_staff, signed_in

from bot.channels.rasa_rest import RasaRest, unavailable_text
from bot.evaluation.assistant import Assistant, free_port
from bot.evaluation.conversation_file import load_conversations
from bot.launcher import Launcher, with_ports, worker_ports
from bot.rasa.files import lock_prefix
from bot.services import Service
from bot.settings import PROJECT_ROOT, Settings
from index.version import current_id

pytestmark = pytest.mark.e2e
FIRST = "我在海滨区，孩子满16岁了第一次办身份证要带什么"


@dataclass
class Topology:
    assistant: Assistant
    launcher: Launcher
    public: str  # the balancer: the one address
    workers: list[str]  # the app workers, directly
    rasas: list[str]  # the Rasa servers, directly
    shared_index: Path  # the index folder of "machine A" (worker 1): the versions
    other_index: Path  # "machine B" (worker 2): the versions shared, its own CURRENT
    tracker_url: str
    telegram: FakeTelegram
    redis_prefix: str


def texts(replies: list[dict]) -> str:
    return "\n".join(str(r["text"]) for r in replies if r.get("text"))


def two_machines(tmp: Path) -> tuple[Path, Path]:
    """A copy of the served demo index as the shared storage, and a second index folder
    whose versions and objects are that storage's (symlinks), with its own CURRENT: a
    machine that never sees the shared CURRENT change (a network file system's cache)."""
    served = Settings().index_dir
    shared, other = tmp / "shared-index", tmp / "machine-b-index"
    for sub in ("versions", "objects"):
        shutil.copytree(served / sub, shared / sub)
    other.mkdir()
    for sub in ("versions", "objects"):
        (other / sub).symlink_to(shared / sub)
    for folder in (shared, other):
        (folder / "CURRENT").write_text(current_id(served) or "")
    return shared, other


@pytest.fixture(scope="module")
def redis_prefix() -> Iterator[str]:
    with fresh_prefix() as prefix:  # ours and Rasa's lock keys, deleted after
        yield prefix


@pytest.fixture(scope="module")
def topology(tmp_path_factory: pytest.TempPathFactory, redis_prefix: str) -> Iterator[Topology]:
    tmp = tmp_path_factory.mktemp("replicas")
    shared, other = two_machines(tmp)
    with fresh_database() as tracker_db, fresh_database() as app_db:
        fake = FakeTelegram()
        fake.start()
        tracker_url = tracker_db.replace("postgresql+psycopg://", "postgresql://")
        settings = with_ports(Settings(
            app_workers=2, rasa_workers=2, redis_url=REDIS, redis_prefix=redis_prefix,
            tracker_db_url=tracker_url, database_url=app_db, index_dir=shared,
            database_sqlite=tmp / "unused.db", tracker_sqlite=tmp / "unused-tracker.db",
            staffed_hours="1-7 00:00-24:00", chat_max_per_minute=0,
            chat_max_per_minute_per_address=0, updates_max_per_minute_per_address=0,
            search_max_per_minute_per_address=0, telegram_token=fake.token,
            telegram_api=fake.url, telegram_port=free_port(), telegram_db=tmp / "unused-tg.db"),
            rasa_port=free_port(), app_port=free_port())
        launcher = Launcher(settings, run_dir=tmp / "run", ready_timeout=400)
        launcher.apps[1].env["GUIDEBOT_INDEX_DIR"] = str(other)  # "machine B"
        try:
            launcher.start()
            yield Topology(
                Assistant(launcher), launcher, launcher.app_url,
                [f"http://127.0.0.1:{p}" for p in worker_ports(launcher.settings)],
                [r.health_url.rsplit("/webhooks", 1)[0] for r in launcher.rasas],
                shared, other, tracker_url, fake, redis_prefix)
        finally:
            launcher.stop()
            fake.stop()


def test_the_topology_is_what_was_asked(topology: Topology) -> None:
    endpoints = (topology.launcher.endpoints).read_text()
    assert "lock_store:" in endpoints and "PromptRedisLockStore" in endpoints
    assert "dialect: postgresql" in endpoints
    assert len(topology.workers) == 2 and len(topology.rasas) == 2
    health = httpx.get(f"{topology.public}/balancer/healthz").json()
    assert health["status"] == "ok" and len(health["app"]) == 2 and len(health["rasa"]) == 2


def test_a_conversation_alternating_between_replicas_keeps_its_context(
        topology: Topology) -> None:
    sender = f"alt-{uuid.uuid4().hex[:8]}"
    turns = [(FIRST, ["居民户口簿"]), ("多少钱", ["20元"]), ("要跑几次啊，能不能网上办", ["次"])]
    for i, (message, expected) in enumerate(turns):
        client = RasaRest(topology.rasas[i % 2], timeout=120)  # server 1, 2, 1
        try:
            answer = texts(client.send(sender, message, mask=False))
        finally:
            client.close()
        assert all(e in answer for e in expected), (i, message, answer)


def _user_and_bot_events(tracker_url: str, sender: str) -> list[tuple[str, str]]:
    engine = create_engine(tracker_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as c:
        rows = c.execute(text("SELECT type_name, data FROM events WHERE sender_id = :s "
                              "ORDER BY id"), {"s": sender}).all()
    engine.dispose()
    return [(kind, json.loads(data).get("text") or "") for kind, data in rows
            if kind in ("user", "bot")]


def test_concurrent_messages_of_one_conversation_are_answered_in_order(
        topology: Topology) -> None:
    sender = f"conc-{uuid.uuid4().hex[:8]}"
    messages = [FIRST, "多少钱", "要跑几次啊，能不能网上办"]
    answers: dict[int, str] = {}
    finished: list[int] = []

    def send(i: int) -> None:
        client = RasaRest(topology.rasas[i % 2], timeout=120)
        try:
            answers[i] = texts(client.send(sender, messages[i], mask=False))
        finally:
            client.close()
        finished.append(i)

    # Rasa's lock for the conversation is in Redis while its turns wait for each other.
    lock_key = f"{lock_prefix(topology.redis_prefix)}:lock:{sender}"
    seen_lock = threading.Event()
    client = redis.Redis.from_url(REDIS)

    def watch() -> None:
        while not seen_lock.is_set() and len(finished) < 3:
            if client.exists(lock_key):
                seen_lock.set()
            time.sleep(0.02)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(3)]
    watcher = threading.Thread(target=watch)
    watcher.start()
    for t in threads:  # sent 0.1 s apart, to the two servers in turn
        t.start()
        time.sleep(0.1)
    for t in threads:
        t.join()
    watcher.join()
    client.close()
    assert seen_lock.is_set(), f"no {lock_key} in Redis: Rasa did not use the lock store"
    assert finished == [0, 1, 2]
    # Each was answered after the one before had been: the follow-ups know the item.
    assert "居民户口簿" in answers[0] and "20元" in answers[1] and "次" in answers[2], answers
    events = _user_and_bot_events(topology.tracker_url, sender)
    users = [t for kind, t in events if kind == "user"]
    assert users == messages
    # No turn interleaved with another: each message's answers come before the next one.
    kinds = [kind for kind, _ in events]
    starts = [i for i, k in enumerate(kinds) if k == "user"]
    for a, b in zip(starts, [*starts[1:], len(kinds)], strict=True):
        assert "bot" in kinds[a + 1:b], kinds


def test_an_agents_reply_reaches_the_citizen_through_any_worker(topology: Topology) -> None:
    create_staff(topology.launcher.settings, "replica.agent", "agent")
    browser = f"replica{uuid.uuid4().hex[:8]}"

    def chat(message: str) -> list[dict]:
        response = httpx.post(f"{topology.public}/api/chat", timeout=120,
                              json={"sender": browser, "message": message})
        response.raise_for_status()
        return response.json()

    assert "居民身份证" in texts(chat("身份证丢了怎么补"))
    opened = chat("转人工")
    ticket = next(r["custom"]["handoff"] for r in opened
                  if isinstance(r.get("custom"), dict) and "handoff" in r["custom"])
    agent = signed_in(topology.workers[0], "replica.agent")  # worker 1 only
    try:
        assert agent.post(f"/api/staff/tickets/{ticket['ticket']}/take").status_code == 200
        answer = "您好，请带户口簿到户籍窗口补领。"
        sent = agent.post(f"/api/staff/tickets/{ticket['ticket']}/reply", json={"text": answer})
        assert sent.status_code == 201, sent.text
    finally:
        agent.close()
    for where in (topology.workers[1], topology.public):  # worker 2, and any
        updates = httpx.get(f"{where}/api/chat/updates",
                            params={"sender": browser, "after": 0}).json()
        assert updates["status"] == "taken"
        assert [m["text"] for m in updates["messages"] if m["author"] == "agent"] == [answer]


def test_a_telegram_agent_reply_is_pushed_by_the_worker_that_took_it(
        topology: Topology) -> None:
    fake, chat = topology.telegram, 7313

    def said(part: str) -> bool:
        return any(part in str(m.get("text")) for m in fake.sent(chat))

    fake.say(chat, "身份证丢了怎么补")
    fake.wait_for(lambda: said("居民身份证"))
    fake.say(chat, "转人工")
    fake.wait_for(lambda: said("已为您转接人工客服"))
    create_staff(topology.launcher.settings, "replica.tg", "agent")
    agent = signed_in(topology.workers[1], "replica.tg")  # worker 2 only
    try:
        tickets = agent.get("/api/staff/tickets").json()["tickets"]
        ticket = next(t for t in tickets if t["sender"] == f"tg-{chat}")
        assert agent.post(f"/api/staff/tickets/{ticket['id']}/take").status_code == 200
        sent = agent.post(f"/api/staff/tickets/{ticket['id']}/reply",
                          json={"text": "您好，请问要补办哪个证件？"})
        assert sent.status_code == 201
        fake.wait_for(lambda: said("人工客服：您好，请问要补办哪个证件？"))
        assert agent.post(f"/api/staff/tickets/{ticket['id']}/close").status_code == 200
    finally:
        agent.close()
    # The bot kept what it answered in Redis, under the deployment's prefix.
    client = redis.Redis.from_url(REDIS)
    assert any(client.scan_iter(match=f"{topology.redis_prefix}tg:update:*"))
    client.close()


def test_a_publish_reaches_both_workers_within_two_seconds(topology: Topology) -> None:
    shared, other = topology.shared_index, topology.other_index
    old = current_id(shared)
    assert old is not None
    new = f"{old}-republished"
    folder = shared / "versions" / new
    shutil.copytree(shared / "versions" / old, folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["version"] = new
    (folder / "manifest.json").write_text(json.dumps(manifest))
    # Published as index/version.py does: the version complete, then CURRENT replaced.
    tmp = shared / "CURRENT.test.tmp"
    tmp.write_text(new)
    started = time.monotonic()
    os.replace(tmp, shared / "CURRENT")
    served: dict[str, float] = {}
    while len(served) < 2 and time.monotonic() - started < 10:
        for url in topology.workers:
            if url not in served and httpx.get(f"{url}/healthz").json()[
                    "index_version"] == new:
                served[url] = time.monotonic() - started
        time.sleep(0.05)
    print(f"new version served after: {served}")
    assert len(served) == 2, served
    assert max(served.values()) <= 2.0, served
    assert current_id(other) == old  # machine B learnt it from Redis alone


# --- killing replicas during a load ---------------------------------------------------


@dataclass
class Turn:
    sender: str
    index: int
    started: float
    ended: float = 0.0
    outcome: str = ""  # ok, polite, error
    detail: str = ""


@dataclass
class Load:
    turns: list[Turn] = field(default_factory=list)
    #: From SIGKILL to the process's end: the kernel keeps accepting connections on its
    #: port until it has torn the process down (0.3-0.6 s here for a loaded Rasa server).
    dying: list[tuple[float, float]] = field(default_factory=list)

    def in_flight(self) -> list[set[int]]:
        """The turns in flight while each replica died: sent before its end, not answered
        before it was killed."""
        return [{id(t) for t in self.turns if t.started <= end and (not t.ended or
                                                                    t.ended >= kill)}
                for kill, end in self.dying]


def _dialogues() -> list[list[str]]:
    path = PROJECT_ROOT / "data" / "eval" / "conversations.yaml"
    return [[t.say if t.say is not None else "1" for t in c.turns]
            for c in load_conversations(path) if c.turns]


async def _citizen(public: str, scripts: list[list[str]], n: int, load: Load,
                   stop: asyncio.Event, polite: str) -> None:
    async with httpx.AsyncClient(base_url=public, timeout=90) as client:
        k = n
        while not stop.is_set():
            sender = f"load-{n}-{uuid.uuid4().hex[:8]}"
            for i, message in enumerate(scripts[k % len(scripts)]):
                turn = Turn(sender, i, time.monotonic())
                load.turns.append(turn)
                try:
                    r = await client.post("/webhooks/rest/webhook",
                                          json={"sender": sender, "message": message})
                    said = texts(r.json()) if r.status_code == 200 else None
                    turn.outcome = ("error" if said is None else
                                    "polite" if not said or said == polite else "ok")
                    turn.detail = f"{r.status_code} {r.text[:120]}"
                except (httpx.HTTPError, ValueError) as e:
                    turn.outcome, turn.detail = "error", repr(e)
                turn.ended = time.monotonic()
                if stop.is_set():
                    return
            k += 7


async def _run_load(topology: Topology, kills: list[Service], senders: int = 6,
                    every: int = 40) -> Load:
    load, stop = Load(), asyncio.Event()
    polite = unavailable_text(topology.launcher.settings.hotline)
    scripts = _dialogues()
    tasks = [asyncio.create_task(_citizen(topology.public, scripts, n, load, stop, polite))
             for n in range(senders)]
    for service in kills:
        target = len(load.turns) + every
        while len(load.turns) < target:
            await asyncio.sleep(0.05)
        assert service.proc is not None
        killed = time.monotonic()
        os.killpg(service.proc.pid, signal.SIGKILL)  # no goodbye: as a crash
        while service.proc.poll() is None:
            await asyncio.sleep(0.01)
        load.dying.append((killed, time.monotonic()))
    target = len(load.turns) + every
    while len(load.turns) < target:
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.gather(*tasks)
    return load


def test_killing_a_replica_during_a_load_loses_no_conversation(topology: Topology) -> None:
    launcher = topology.launcher
    kills = [launcher.rasas[1], launcher.apps[1]]
    load = asyncio.run(_run_load(topology, kills))
    failed = [t for t in load.turns if t.outcome != "ok"]
    in_flight = set().union(*load.in_flight())
    summary = {o: sum(t.outcome == o for t in load.turns) for o in ("ok", "polite", "error")}
    print(f"load: {len(load.turns)} turns {summary}; in flight while the replicas died: "
          f"{[len(s) for s in load.in_flight()]} (dying for "
          f"{[round(end - kill, 2) for kill, end in load.dying]} s)")
    assert [t for t in failed if id(t) not in in_flight] == [], [
        (t.sender, t.index, t.outcome, id(t) in in_flight,
         [round(t.started - k, 2) for k, _ in load.dying], round(t.ended - t.started, 2),
         t.detail) for t in failed]
    # No conversation is lost: every conversation with a failed turn was answered after it.
    for bad in failed:
        later = [t for t in load.turns if t.sender == bad.sender and t.index > bad.index]
        assert all(t.outcome == "ok" for t in later if t.ended and id(t) not in in_flight), (
            bad.sender, later)
    # Both replicas are down now: the rest still answer, and the balancer says which failed.
    # (Its health is each backend's last request, so a turn cut on a survivor while the
    # others died may leave it "failing" until the next request: the turn above is that.)
    assert texts(topology.assistant.send(f"after-{uuid.uuid4().hex[:6]}", FIRST))
    health = httpx.get(f"{topology.public}/balancer/healthz").json()
    assert health["status"] == "ok" and "failing" in json.dumps(health), health
