"""One address in front of several app workers and Rasa servers: a small round-robin proxy.

``guidebot up --workers N`` starts it on the public port (bot/launcher.py); a deployment on
several machines puts its own reverse proxy (nginx, HAProxy) in the same place, with the
same rules (docs/deployment.md)::

    guidebot balance --port 5055 --app http://127.0.0.1:5061,http://127.0.0.1:5062 \\
        --rasa http://127.0.0.1:5005,http://127.0.0.1:5006

- ``/webhooks/…`` (Rasa's REST channel) goes to the Rasa servers, everything else (the
  web chat, the staff pages, the action webhook ``/webhook`` that Rasa calls back through
  this same address) to the app workers, each in turn. With Rasa's Redis lock store any
  server may take any turn; without one (``sticky_rasa``) a conversation's turns always go
  to the same server, picked by a hash of the body's ``sender``, as the channels' own
  client does (bot/channels/rasa_rest.py).
- The staff pages (``/staff…``, ``/api/staff/…``) stay on one worker per sign-in (a hash of
  the session cookie): a publish's progress is kept by the worker that runs it.
- A backend that refuses the connection is skipped for ``rest_for`` seconds and the
  request goes to the next one: it never reached the first, so sending it again is safe.
  A request that reached a backend which then failed (killed in the middle of a turn) is
  sent again only if it is a GET or HEAD; any other answers 502, because the turn may
  have been taken already. The channels answer a 502 from Rasa politely (the hotline).
- ``GET /balancer/healthz`` answers 200 while at least one app worker and one Rasa server
  (when there are any) took their last request, with each backend's state.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)
#: Hop-by-hop headers (RFC 9110 7.6.1) and those aiohttp sets itself.
_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te",
        "trailer", "transfer-encoding", "upgrade", "host", "content-length"}
_SAFE = {"GET", "HEAD"}
RASA_PREFIX = "/webhooks/"
STAFF_PREFIXES = ("/staff", "/api/staff/")
SESSION_COOKIE = "guidebot_staff"
#: A turn's first call includes Rasa calling the action webhook back through here.
TIMEOUT = 60.0


@dataclass
class Backend:
    url: str
    down_until: float = 0.0
    last_ok: bool = True

    def up(self, now: float) -> bool:
        return now >= self.down_until


@dataclass
class Pool:
    """Backends of one kind, taken in turn, skipping those resting after a refusal."""

    name: str
    backends: list[Backend]
    sticky: bool = False
    _next: int = field(default=0)

    def order(self, key: str | None = None) -> list[Backend]:
        """Every backend, those up first: from the next in turn, or from the one ``key``
        hashes to (the same key always starts at the same backend)."""
        n = len(self.backends)
        if key is not None:
            start = zlib.crc32(key.encode()) % n
        else:
            start, self._next = self._next % n, self._next + 1
        ring = self.backends[start:] + self.backends[:start]
        now = time.monotonic()
        return [b for b in ring if b.up(now)] + [b for b in ring if not b.up(now)]


class Balancer:
    def __init__(self, apps: Sequence[str], rasas: Sequence[str] = (), *,
                 sticky_rasa: bool = False, rest_for: float = 2.0,
                 timeout: float = TIMEOUT) -> None:
        if not apps:
            raise ValueError("the balancer needs at least one app worker")
        self.apps = Pool("app", [Backend(u.rstrip("/")) for u in apps])
        self.rasa = Pool("rasa", [Backend(u.rstrip("/")) for u in rasas], sticky=sticky_rasa)
        self.rest_for = rest_for
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    def application(self) -> web.Application:
        app = web.Application(client_max_size=64 * 2**20)
        app.router.add_get("/balancer/healthz", self.healthz)
        app.router.add_route("*", "/{tail:.*}", self.forward)
        app.on_startup.append(self._open)
        app.on_cleanup.append(self._close)
        return app

    async def _open(self, _: web.Application) -> None:
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=self.timeout, connect=2.0),
            # A new connection per request: a kept-alive one to a backend that has just
            # died would fail a request it never received, which then could not be sent
            # again safely; a refused new connection can (a connect on a LAN costs little).
            connector=aiohttp.TCPConnector(limit=0, force_close=True), auto_decompress=False)

    async def _close(self, _: web.Application) -> None:
        if self._session is not None:
            await self._session.close()

    async def healthz(self, _: web.Request) -> web.Response:
        pools = [p for p in (self.apps, self.rasa) if p.backends]
        ok = all(any(b.last_ok for b in p.backends) for p in pools)
        state = {p.name: {b.url: "ok" if b.last_ok else "failing" for b in p.backends}
                 for p in pools}
        return web.json_response({"status": "ok" if ok else "degraded", **state},
                                 status=200 if ok else 503)

    def _route(self, request: web.Request, body: bytes) -> list[Backend]:
        path = request.path
        if path.startswith(RASA_PREFIX) and self.rasa.backends:
            return self.rasa.order(_sender(body) if self.rasa.sticky else None)
        if path.startswith(STAFF_PREFIXES) and SESSION_COOKIE in request.cookies:
            return self.apps.order(request.cookies[SESSION_COOKIE])
        return self.apps.order()

    async def forward(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in _HOP}
        peer = request.remote or ""
        forwarded = request.headers.get("X-Forwarded-For")
        headers["X-Forwarded-For"] = f"{forwarded}, {peer}" if forwarded else peer
        reached_once = False
        for backend in self._route(request, body):
            try:
                async with self._session.request(
                        request.method, backend.url + request.path_qs, data=body or None,
                        headers=headers, allow_redirects=False) as answer:
                    content = await answer.read()
                    backend.last_ok = True
                    out = {k: v for k, v in answer.headers.items() if k.lower() not in _HOP}
                    return web.Response(status=answer.status, body=content, headers=out)
            except aiohttp.ClientConnectorError:
                # Never reached it: rest it and try the next (safe for any method).
                self._rest(backend, "refused the connection")
                continue
            except (TimeoutError, aiohttp.ClientError) as e:
                self._rest(backend, f"failed during {request.method} {request.path} "
                                    f"({type(e).__name__}: {e})")
                if request.method in _SAFE and not reached_once:
                    reached_once = True
                    continue
                return _unavailable(f"{backend.url} failed during the request")
        return _unavailable("no backend answered")

    def _rest(self, backend: Backend, why: str) -> None:
        log.log(logging.WARNING if backend.last_ok else logging.INFO,
                "balancer: %s %s; resting it %.0f s", backend.url, why, self.rest_for)
        backend.last_ok = False
        backend.down_until = time.monotonic() + self.rest_for


def _sender(body: bytes) -> str | None:
    try:
        sender = json.loads(body).get("sender")
    except (ValueError, AttributeError):
        return None
    return str(sender) if sender is not None else None


def _unavailable(detail: str) -> web.Response:
    return web.json_response({"detail": detail}, status=502)


def cmd_balance(args: argparse.Namespace) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    balancer = Balancer(_urls(args.app), _urls(args.rasa or ""), sticky_rasa=args.sticky_rasa)
    web.run_app(balancer.application(), host=args.host, port=args.port, access_log=None,
                print=None)
    return 0


def _urls(text: str) -> list[str]:
    return [u.strip() for u in text.split(",") if u.strip()]


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The ``balance`` subcommand (wired into ``bot.cli``)."""
    p = sub.add_parser("balance", help="one address in front of app workers and Rasa servers")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--app", required=True, help="app workers' URLs, separated by commas")
    p.add_argument("--rasa", default="", help="Rasa servers' URLs, separated by commas")
    p.add_argument("--sticky-rasa", action="store_true",
                   help="a conversation always to the same Rasa server (no Redis lock store)")
    p.set_defaults(func=cmd_balance)
