"""A publish, rollback or impact job's progress readable from every app worker.

A job runs in a thread of the worker that was asked to start it (publishing.py); the
admin page then polls ``GET /admin/api/jobs/<id>``. Behind ``guidebot balance`` a staff
member's requests stay on one worker, but behind another balancer, or after that
worker restarted, the poll may reach a worker that never saw the job. With
``GUIDEBOT_REDIS_URL`` set, the worker running a job writes its state into Redis
(``<prefix>admin:job:<id>``) as it goes, every ``interval`` seconds and once more when it
ends, and any worker answers a poll for a job it does not hold from there. Entries expire
after a day. When Redis cannot be reached the job runs all the same and is readable
from its own worker (logged).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable

import redis

log = logging.getLogger(__name__)

#: How long a finished job stays readable (s).
KEEP_SECONDS = 24 * 3600
RUNNING = ("queued", "running")


class JobMirror:
    def __init__(self, redis_url: str, prefix: str, interval: float = 0.25) -> None:
        self.client = redis.Redis.from_url(redis_url, socket_timeout=2)
        self.prefix = f"{prefix}admin:job:"
        self.interval = interval

    def follow(self, ident: str, state: Callable[[], dict]) -> None:
        """Write ``state()`` (a job's ``to_dict()``) under ``ident`` until it stops running,
        from a thread of its own."""
        threading.Thread(target=self._follow, args=(ident, state), daemon=True,
                         name=f"job-mirror-{ident}").start()

    def _follow(self, ident: str, state: Callable[[], dict]) -> None:
        while True:
            now = state()
            if not self._write(ident, now) or now.get("state") not in RUNNING:
                return
            time.sleep(self.interval)

    def _write(self, ident: str, data: dict) -> bool:
        try:
            self.client.set(self.prefix + ident, json.dumps(data, ensure_ascii=False),
                            ex=KEEP_SECONDS)
            return True
        except redis.RedisError as e:
            log.warning("job %s: progress not shared (%s); readable from this worker only",
                        ident, e)
            return False

    def read(self, ident: str) -> dict | None:
        """A job's last written state, or None (unknown, expired, or Redis unreachable)."""
        try:
            raw = self.client.get(self.prefix + ident)
        except redis.RedisError as e:
            log.warning("job %s: shared progress unreadable (%s)", ident, e)
            return None
        return json.loads(raw) if raw else None

    def close(self) -> None:
        self.client.close()
