"""A size limit on every request body, checked before the route reads it.

    app.add_middleware(BodyLimit, default=64 * 1024,
                       larger={"/webhook": 32 * 2**20}, gates={("POST", "/x"): check})

A declared ``Content-Length`` over the route's limit is refused with 413 at once; a body
sent without one is counted as it arrives and cut off at the limit (413 as well), so no
request can make the app buffer or spool more than its route allows. A gate runs before
anything of the body is read (a catalog upload checks the staff session and role first);
it returns a response to send instead, or None to go on.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

Gate = Callable[[Request], Response | None]


class BodyTooLarge(HTTPException):
    """Raised from inside the body's reading: FastAPI passes HTTPExceptions on as they are."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over {limit} bytes")


class BodyLimit:
    def __init__(self, app: ASGIApp, *, default: int, larger: dict[str, int] | None = None,
                 gates: dict[tuple[str, str], Gate] | None = None) -> None:
        self.app = app
        self.default = default
        self.larger = larger or {}
        self.gates = gates or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope["path"], self.default)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _refuse(scope, receive, send, limit)
            return
        gate = self.gates.get((scope["method"], scope["path"]))
        if gate is not None and (response := gate(Request(scope))) is not None:
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        await self.app(scope, counted, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
    response = JSONResponse({"detail": f"request body over {limit} bytes"}, status_code=413,
                            headers={"Connection": "close"})
    await response(scope, receive, send)
