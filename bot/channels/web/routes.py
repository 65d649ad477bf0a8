"""The web chat's routes: the page at ``/``, its static files under ``/web/``, and
``POST /api/chat`` (bot.channels.web.proxy), limited per conversation and per address
(bot.security.limits).

The page is plain files in ``bot/channels/web/static/`` (the HTML, the style sheet, and
three scripts: rating.js, handoff.js and app.js; no framework, no build step); the HTML
gets the configured hotline filled in. The scripts and the style sheet are revalidated
on every load (``no-cache`` with ETags, so an unchanged file costs a 304), which keeps a
deployed update visible at once.
"""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse

from bot.answers.replies import too_fast_text
from bot.channels.web.proxy import ChatRequest, RasaProxy
from bot.security.limits import ChatLimiter, client_address
from bot.security.page_headers import NO_CACHE, RevalidatedFiles
from bot.settings import Settings
from nlu.textnorm import is_traditional, to_traditional

STATIC_DIR = Path(__file__).resolve().parent / "static"


def web_router(settings: Settings) -> APIRouter:
    """The page and its chat relay; the relay's HTTP client lives as long as the app."""
    proxy = RasaProxy(settings.rasa_url, settings.hotline)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await proxy.close()

    router = APIRouter(lifespan=lifespan)

    @router.get("/", include_in_schema=False)
    def page() -> HTMLResponse:
        # Read per request (3 KB) so a deployed edit shows at once; the hotline is the
        # configured one, for the page's own "cannot reach the assistant" sentence.
        text = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
        return HTMLResponse(text.replace("__HOTLINE__", html.escape(settings.hotline)),
                            headers=NO_CACHE)

    limiter = ChatLimiter(settings.chat_max_per_minute,
                          settings.chat_max_per_minute_per_address,
                          redis_url=settings.redis_url)

    @router.post("/api/chat", response_model=None)
    async def chat(body: ChatRequest, request: Request) -> list[dict] | JSONResponse:
        """Rasa's messages for one turn of the web chat; when the assistant cannot answer,
        one polite message marked ``unavailable``; over the rate limit, 429 with one
        message saying how long to wait. Either way a list of messages the page shows."""
        wait = limiter.wait(body.sender, client_address(request))
        if wait:
            text = too_fast_text(wait, settings.hotline)
            if is_traditional(body.message):
                text = to_traditional(text)
            return JSONResponse([{"text": text}], status_code=429,
                                headers={"Retry-After": str(wait)})
        return await proxy.send(body) or proxy.unavailable()

    router.mount("/web", RevalidatedFiles(directory=STATIC_DIR), name="web")
    return router
