"""How often the web chat may be written to: a sliding window per conversation and per
client address, so one page (or one script) cannot flood the assistant, which embeds,
searches and runs Rasa for every message.

    limiter = ChatLimiter(per_sender=20, per_address=120)   # messages per minute; 0: off
    wait = limiter.wait(sender, address)                      # 0: go on; else seconds

Counts live in this process's memory by default (one app process serves the web chat; a
restart forgets them, which only lets a flood start over). With ``redis_url`` (the setting
GUIDEBOT_REDIS_URL) they live in Redis, shared by every app replica (shared_limits.py).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

from fastapi import HTTPException
from starlette.requests import Request

from bot.security.shared_limits import RedisWindows

#: Keys whose last message is older than the window are swept after this many calls.
SWEEP_EVERY = 1000


class SlidingWindow:
    """At most ``limit`` hits per key within ``window`` seconds."""

    def __init__(self, limit: int, window: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._calls = 0
        self._lock = threading.Lock()

    def wait(self, key: str, record: bool = True) -> float:
        """0 if ``key`` may go on now (then counted, when ``record``), else the seconds
        until it may."""
        if self.limit <= 0:
            return 0.0
        now = self.clock()
        with self._lock:
            self._sweep(now)
            hits = self._hits.setdefault(key, deque())
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return hits[0] + self.window - now
            if record:
                hits.append(now)
            return 0.0

    def _sweep(self, now: float) -> None:
        self._calls += 1
        if self._calls % SWEEP_EVERY:
            return
        stale = [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]
        for key in stale:
            del self._hits[key]


class ChatLimiter:
    """Per conversation and per client address (many citizens may share one address: a
    service hall's kiosk, a company's network, so its limit is higher)."""

    def __init__(self, per_sender: int, per_address: int, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic, redis_url: str = "") -> None:
        self.senders = SlidingWindow(per_sender, window, clock)
        self.addresses = SlidingWindow(per_address, window, clock)
        self._lock = threading.Lock()
        self.shared = RedisWindows(redis_url, window) if redis_url else None

    def wait(self, sender: str, address: str) -> int:
        """0 if the message may go on (counted against both), else whole seconds to wait."""
        if self.shared is not None:
            wait = self.shared.wait([(f"chat:sender:{sender}", self.senders.limit),
                                     (f"chat:address:{address}", self.addresses.limit)])
            return max(1, math.ceil(wait)) if wait > 0 else 0
        with self._lock:
            wait = max(self.senders.wait(sender, record=False),
                       self.addresses.wait(address, record=False))
            if wait > 0:
                return max(1, math.ceil(wait))
            self.senders.wait(sender)
            self.addresses.wait(address)
            return 0


def client_address(request: Request) -> str:
    """The peer's address as the server sees it. uvicorn replaces it with the
    ``X-Forwarded-For`` client only for the proxies named in ``trusted_proxies`` (none by
    default: ``guidebot serve`` turns uvicorn's proxy headers off), so a client cannot
    choose the address its limits are counted under."""
    return request.client.host if request.client else "unknown"


def per_address(per_minute: int, what: str,
                redis_url: str = "") -> Callable[[Request], None]:
    """A route dependency: at most ``per_minute`` calls a minute from one client address,
    then 429 with ``Retry-After``. 0 turns it off. With ``redis_url``, counted in Redis for
    every replica."""
    count: Callable[[str], float]
    if redis_url:  # counted in Redis only: no window in this process
        shared = RedisWindows(redis_url)

        def count(address: str) -> float:
            return shared.wait([(f"{what}:{address}", per_minute)])
    else:
        count = SlidingWindow(per_minute, 60.0).wait

    def limited(request: Request) -> None:
        wait = count(client_address(request))
        if wait:
            seconds = max(1, math.ceil(wait))
            raise HTTPException(429, f"too many {what} requests; retry in {seconds} s",
                                headers={"Retry-After": str(seconds)})

    return limited
