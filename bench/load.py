"""Load benchmark: many conversations at once, through Rasa's REST channel and the web chat.

    .venv/bin/python bench/load.py [--senders 1 10 50] [--turns 200] [--channel rest web]
                                   [--rasa-workers N] [--embed-threads N]
                                   [--workers N --redis-url URL [--tracker-db-url URL]
                                    [--database-url URL]]
                                   [--rasa-url URL --app-url URL] [--cpu]

Each simulated citizen plays a whole dialogue of the development conversations
(data/eval/conversations.yaml: first questions as citizens type them, follow-ups,
regions, choices by number) under a fresh sender id, answer after answer as fast as
answers come back, and starts another when it ends, until the run has played ``--turns``
turns. For each channel and number of concurrent senders it prints p50, p95 and max turn
latency, turns per second, errors (HTTP failures, timeouts) and empty answers (a turn
with no text: what the citizen would see as silence, or the polite "cannot answer").

``rest`` posts to Rasa's REST channel (``/webhooks/rest/webhook``), as the Telegram bot and
the terminal chat do; ``web`` posts to the app's ``/api/chat``, as the web page does (the
app relays to Rasa). Without URLs it starts its own assistant on free ports (the demo
index, the app's per-conversation and per-address limits off: every sender comes from
this one address) and stops it afterwards.

``--workers N`` starts the multi-replica topology instead (docs/deployment.md): N app
workers behind the balancer (bot/balancer.py), with ``--rasa-workers`` Rasa servers, every
turn through the one address; with ``--redis-url`` Rasa's lock store lets any server take
any turn (keys under a prefix of the run's own, deleted afterwards), and the tracker store
and the app's database may be PostgreSQL databases that already exist.

``--cpu`` (with the assistant it starts) adds, under each line, the CPU time each of its
processes spent per turn during that measurement (user + system, psutil), and this
benchmark's own: which process a turn's cost is in, a figure that holds up better than
turns per second when the machine is shared.

Targets of issue 13 on this 2-core machine: 1 sender p95 <= 80 ms; 10 senders p95 <= 300
ms at >= 40 turns/s; 50 senders no error and no empty answer.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil

from bot.channels.rasa_rest import AsyncRasaRest, RasaUnavailable, unavailable_text
from bot.evaluation.conversation_file import load_conversations
from bot.evaluation.stats import percentile
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DIALOGUES = ROOT / "data" / "eval" / "conversations.yaml"
TIMEOUT = 60.0


def dialogues(path: Path = DIALOGUES) -> list[list[str]]:
    """What each conversation types, turn by turn (a button press is sent as its number)."""
    out = []
    for conv in load_conversations(path):
        said = [t.say if t.say is not None else "1" for t in conv.turns]
        if said:
            out.append(said)
    return out


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    empty: int = 0
    started: float = 0.0
    ended: float = 0.0

    @property
    def turns(self) -> int:
        return len(self.latencies) + self.errors

    def line(self, label: str) -> str:
        ms = [s * 1000 for s in self.latencies]
        rate = self.turns / (self.ended - self.started) if self.ended > self.started else 0.0
        return (f"  {label:<14} p50 {percentile(ms, 50):6.0f} ms  p95 {percentile(ms, 95):6.0f} ms"
                f"  max {max(ms, default=0):6.0f} ms  {rate:5.1f} turns/s  "
                f"errors {self.errors}  empty {self.empty}  ({self.turns} turns)")


class CpuMeter:
    """CPU seconds (user + system) of named processes, between marks (the bench's own
    process is measured without its children: the assistant's processes are those)."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.procs = {name: psutil.Process(pid) for name, pid in pids.items()}
        self._last = self._now()

    def _now(self) -> dict[str, float]:
        return {name: _cpu(proc) for name, proc in self.procs.items()}

    def mark(self) -> dict[str, float]:
        """CPU seconds per process since the last mark."""
        now = self._now()
        spent = {name: now[name] - self._last.get(name, 0.0) for name in now}
        self._last = now
        return spent

    def line(self, turns: int) -> str:
        spent = self.mark()
        per = {name: 1000 * s / max(turns, 1) for name, s in spent.items()}
        parts = "  ".join(f"{name} {ms:5.1f}" for name, ms in per.items())
        return f"{'':16}CPU ms/turn: {parts}  total {sum(per.values()):5.1f}"


def _cpu(proc: psutil.Process) -> float:
    try:
        t = proc.cpu_times()
    except psutil.NoSuchProcess:
        return 0.0
    return t.user + t.system


class Channel:
    """How one turn is sent: to Rasa's REST channel or to the app's web chat API."""

    def __init__(self, kind: str, rasa_url: str, app_url: str, hotline: str) -> None:
        self.kind = kind
        self.polite = unavailable_text(hotline)
        self._rasa = AsyncRasaRest(rasa_url, timeout=TIMEOUT)
        self._app = httpx.AsyncClient(base_url=app_url, timeout=TIMEOUT,
                                      limits=httpx.Limits(max_connections=200))

    async def send(self, sender: str, text: str) -> list[dict]:
        if self.kind == "rest":
            return await self._rasa.send(f"load-{sender}", text, {"channel": "rest"})
        response = await self._app.post("/api/chat", json={
            "sender": sender, "message": text, "metadata": {"channel": "web"}})
        response.raise_for_status()
        return response.json()

    def empty(self, messages: list[dict]) -> bool:
        texts = [str(m.get("text") or "") for m in messages]
        return not any(texts) or texts == [self.polite]

    async def close(self) -> None:
        await self._rasa.close()
        await self._app.aclose()


async def _citizen(channel: Channel, scripts: Iterator[list[str]], budget: list[int],
                   tally: Tally) -> None:
    while budget[0] > 0:
        sender = uuid.uuid4().hex[:16]
        for text in next(scripts):
            if budget[0] <= 0:
                return
            budget[0] -= 1
            started = time.perf_counter()
            try:
                messages = await channel.send(sender, text)
            except (RasaUnavailable, httpx.HTTPError, ValueError):
                tally.errors += 1
                continue
            tally.latencies.append(time.perf_counter() - started)
            tally.empty += channel.empty(messages)


def _cycle(items: list[list[str]]) -> Iterator[list[str]]:
    while True:
        yield from items


async def run(channel: Channel, senders: int, turns: int, scripts: list[list[str]]) -> Tally:
    tally, budget, feed = Tally(), [turns], _cycle(scripts)
    tally.started = time.perf_counter()
    await asyncio.gather(*(_citizen(channel, feed, budget, tally) for _ in range(senders)))
    tally.ended = time.perf_counter()
    return tally


async def bench(rasa_url: str, app_url: str, hotline: str, kinds: list[str],
                senders: list[int], turns: int, meter: CpuMeter | None = None) -> None:
    scripts = dialogues()
    for kind in kinds:
        channel = Channel(kind, rasa_url, app_url, hotline)
        try:
            await run(channel, 2, 20, scripts)  # warm-up: Rasa's first turns are slow
            print(f"{kind}: {'Rasa REST channel' if kind == 'rest' else 'web chat /api/chat'}")
            for n in senders:
                if meter is not None:
                    meter.mark()
                tally = await run(channel, n, max(turns, n * 4), scripts)
                print(tally.line(f"{n} sender{'s' if n > 1 else ''}"), flush=True)
                if meter is not None:
                    print(meter.line(tally.turns), flush=True)
        finally:
            await channel.close()


@contextlib.contextmanager
def _assistant(args: argparse.Namespace) -> Iterator[tuple[str, str, str, dict[str, int]]]:
    """The URLs and hotline of the assistant to load, and its processes' ids (none when
    it was given by its URLs)."""
    if args.rasa_url and args.app_url:
        yield args.rasa_url, args.app_url, Settings().hotline, {}
        return
    from bot.evaluation.assistant import start_assistant

    unlimited = Settings(chat_max_per_minute=0, chat_max_per_minute_per_address=0,
                         rasa_workers=args.rasa_workers, embed_threads=args.embed_threads,
                         app_workers=args.workers, redis_url=args.redis_url,
                         redis_prefix=f"guidebotbench{uuid.uuid4().hex[:8]}:",
                         tracker_db_url=args.tracker_db_url, database_url=args.database_url)
    try:
        with tempfile.TemporaryDirectory(prefix="guidebot-bench-") as workdir:
            started = time.monotonic()
            # start_assistant takes the databases as arguments (its own SQLite files else).
            assistant = start_assistant(Path(workdir), settings=unlimited,
                                        tracker_db_url=args.tracker_db_url,
                                        database_url=args.database_url)
            print(f"assistant started in {time.monotonic() - started:.0f} s at "
                  f"{assistant.app_url} ({args.workers} app worker(s), "
                  f"{len(assistant.launcher.rasas)} Rasa server(s))")
            try:
                pids = {s.name: s.proc.pid for s in assistant.launcher.services
                        if s.proc is not None}
                yield assistant.rasa_url, assistant.app_url, assistant.settings.hotline, pids
            finally:
                assistant.stop()
    finally:
        if args.redis_url:
            _forget(args.redis_url, unlimited.redis_prefix)


def _forget(url: str, prefix: str) -> None:
    """Delete the run's Redis keys (ours, and Rasa's locks: the prefix without its colon)."""
    import redis

    client = redis.Redis.from_url(url)
    for key in client.scan_iter(match=prefix.rstrip(":") + "*"):
        client.delete(key)
    client.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--senders", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--turns", type=int, default=200, help="turns per measurement")
    parser.add_argument("--channel", nargs="+", choices=["rest", "web"], default=["rest", "web"])
    parser.add_argument("--rasa-workers", type=int, default=1,
                        help="Rasa servers of the assistant it starts (guidebot up's option)")
    parser.add_argument("--embed-threads", type=int, default=0,
                        help="torch threads of the app it starts (GUIDEBOT_EMBED_THREADS; "
                             "0: the app's default, one)")
    parser.add_argument("--workers", type=int, default=1,
                        help="app workers behind the balancer (guidebot up --workers)")
    parser.add_argument("--redis-url", default="",
                        help="Rasa's lock store and the limits (GUIDEBOT_REDIS_URL)")
    parser.add_argument("--tracker-db-url", default="", help="GUIDEBOT_TRACKER_DB_URL")
    parser.add_argument("--database-url", default="", help="GUIDEBOT_DATABASE_URL")
    parser.add_argument("--rasa-url", default=None, help="several: separated by commas")
    parser.add_argument("--app-url", default=None)
    parser.add_argument("--cpu", action="store_true",
                        help="CPU ms per turn of each process of the assistant it starts")
    args = parser.parse_args(argv)
    with _assistant(args) as (rasa_url, app_url, hotline, pids):
        meter = CpuMeter({**pids, "bench": os.getpid()}) if args.cpu else None
        asyncio.run(bench(rasa_url, app_url, hotline, args.channel, args.senders, args.turns,
                          meter))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
