"""Rasa's calls to the action webhook over a kept-alive connection.

Rasa 3.6 makes a new HTTP client session for every request to an endpoint
(``EndpointConfig.request``: ``async with self.session() as session``), so every turn opens
a TCP connection to the app, sends one request and closes it, inside Rasa's one event loop.
Profiled under load (py-spy, 10 concurrent senders, 2026-12-07), aiohttp was 5.5% of the
time that loop was busy, most of it making sessions and connections.

:func:`install` gives each endpoint one session per event loop, kept open, whose
connections are reused for the next calls. Idle connections are dropped after
``KEEPALIVE`` seconds, before the app's server (uvicorn: 5 s) closes them, so a call is
not sent on a connection the app is closing. Everything else is Rasa's: the same headers
(the service token), authentication and timeout; errors reach Rasa as before (a refused
connection when the app is down). Called when Rasa loads our REST channel
(guidebot_rasa/rest.py).
"""

from __future__ import annotations

import asyncio
from types import TracebackType

import aiohttp
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.utils.endpoints import EndpointConfig

#: Seconds an idle connection to the app is kept (uvicorn closes one after 5 s).
KEEPALIVE = 2.0
_KEPT = "_guidebot_kept_session"


class _Kept:
    """``async with`` over a kept session: gives it, and leaves it open afterwards."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        trace: TracebackType | None) -> None:
        return None


def kept_session(endpoint: EndpointConfig) -> _Kept:
    """The endpoint's session for the running event loop, made at its first call."""
    loop = asyncio.get_running_loop()
    kept = endpoint.__dict__.get(_KEPT)
    if kept is None or kept[0] is not loop or kept[1].closed:
        auth = (aiohttp.BasicAuth(endpoint.basic_auth["username"],
                                  endpoint.basic_auth["password"])
                if endpoint.basic_auth else None)
        session = aiohttp.ClientSession(
            headers=endpoint.headers, auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE))
        kept = (loop, session)
        endpoint.__dict__[_KEPT] = kept
    return _Kept(kept[1])


def install() -> None:
    """Every endpoint's requests from now on (idempotent)."""
    EndpointConfig.session = kept_session
