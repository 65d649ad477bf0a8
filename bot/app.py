"""The Python 3.11 application: the search API and the Rasa action webhook over
the served index, hot-swapped on publish.

Run with ``guidebot serve`` (uvicorn). The web chat and the staff pages (sign-in,
agent console, handoff queue, content admin) are served by this same app.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query
from rasa_sdk.executor import ActionExecutor

from bot.actions import ActionGuidebot
from bot.api import api_router
from bot.dialogue.engine import Dialogue
from bot.handoff.service import Handoff
from bot.settings import Settings, get_settings
from bot.staff.accounts import Accounts
from bot.staff.admin import admin_router
from bot.staff.auth import NeedsSignIn, auth_router, sign_in_redirect
from bot.staff.console import console_router
from bot.staff.queue import queue_router
from bot.store.journal import Journal, database_url
from bot.web import web_router
from bot.webhook import webhook_router
from index.embedder import Embedder
from index.search import Searcher
from index.served import IndexHolder, NoIndexError


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    holder = IndexHolder(settings.index_dir)
    searcher = Searcher(holder, Embedder(settings))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            holder.current()
        except NoIndexError:
            pass  # served as 503 until a catalog is published
        searcher.embedder.model  # load the model before the first question  # noqa: B018
        holder.watch(settings.reload_interval)
        yield
        holder.close()

    app = FastAPI(title="guidebot", lifespan=lifespan)
    app.state.searcher = searcher
    journal = Journal(database_url(settings.database_url, settings.database_sqlite))
    executor = ActionExecutor()
    handoff = Handoff(journal, settings)  # 转人工: tickets, staffed hours, delivery
    dialogue = Dialogue(searcher, settings, journal=journal)
    executor.register_action(ActionGuidebot(dialogue, handoff))
    app.include_router(webhook_router(executor))
    app.include_router(api_router(holder, journal))
    app.include_router(web_router(settings))  # the web chat page and POST /api/chat
    app.state.accounts = Accounts(journal, settings)
    app.add_exception_handler(NeedsSignIn, sign_in_redirect)
    app.include_router(auth_router())  # staff sign-in; every staff route checks the role
    app.include_router(queue_router(handoff))  # handoff queue, and the web chat's updates
    app.include_router(admin_router(settings, searcher.embedder, journal))  # content admin
    app.include_router(console_router(searcher, settings, journal))  # 12345 agent console

    @app.get("/healthz")
    def healthz() -> dict:
        try:
            version = holder.current()
        except NoIndexError as e:
            raise HTTPException(503, str(e)) from None
        return {"status": "ok", "index_version": version.id, "counts": version.manifest["counts"]}

    @app.get("/api/search")
    def search(
        q: Annotated[str, Query(min_length=1, max_length=5000)],
        region: str | None = None,
        top: Annotated[int, Query(ge=1, le=50)] = 5,
    ) -> list[dict]:
        try:
            return [h.to_dict() for h in searcher.search(q, region=region, top=top)]
        except NoIndexError as e:
            raise HTTPException(503, str(e)) from None

    return app
