"""The Python 3.11 application: the search API and the Rasa action webhook over
the served index, hot-swapped on publish.

Run with ``guidebot serve`` (uvicorn). The web chat and the staff pages (sign-in,
agent console, handoff queue, content admin) are served by this same app.

This module only wires: every router is made by a function of its module that takes
what its routes use (``search_router(searcher, …)``, ``queue_router(handoff, …)``), so a
test builds an app of just the routers it needs. The one thing on ``app.state`` is the
staff accounts, which the body-limit gate (middleware, before any route) reads too. One
exception handler turns "no index served" into 503 for every route.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from rasa_sdk.executor import ActionExecutor

from bot.answers import closeness
from bot.answers.closeness import Closeness
from bot.api import api_router, search_router
from bot.channels.telegram.push import TelegramPush
from bot.channels.web import web_router
from bot.dialogue.engine import Dialogue
from bot.handoff.service import Handoff
from bot.rasa.action import ActionGuidebot
from bot.rasa.webhook import webhook_router
from bot.security.body_limit import BodyLimit
from bot.security.page_headers import PageHeaders
from bot.settings import Settings, get_settings
from bot.staff.admin import admin_router
from bot.staff.admin.routes import MAX_UPLOAD, UPLOAD_PATH
from bot.staff.auth import NeedsSignIn, auth_router, sign_in_redirect, staff_gate
from bot.staff.console import console_router
from bot.staff.queue import queue_router
from bot.store.accounts import Accounts
from bot.store.journal import Journal, database_url
from bot.store.retention import RetentionTask
from index.announce import RedisAnnouncer
from index.embedder import Embedder
from index.search import Searcher
from index.served import IndexHolder, NoIndexError


def no_index(_: Request, e: Exception) -> JSONResponse:
    """No index is served yet: 503 with the reason, for every route that needs one."""
    return JSONResponse({"detail": str(e)}, status_code=503)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    # With a Redis, a new version is announced to the replicas on other machines too.
    holder = IndexHolder(settings.index_dir, announcer=RedisAnnouncer(
        settings.redis_url, settings.redis_prefix) if settings.redis_url else None)
    searcher = Searcher(holder, Embedder(settings, serving=True))
    closeness.install(Closeness(searcher.embedder, holder))  # sentences ranked by meaning too

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            holder.current()
        except NoIndexError:
            pass  # served as 503 until a catalog is published
        searcher.embedder.warm()  # load the question's model before the first question
        holder.watch(settings.reload_interval)
        retention.start()  # deletes what citizens wrote after retention_days
        yield
        retention.stop()
        holder.close()

    docs = settings.api_docs  # the API's description and its pages only when asked for
    app = FastAPI(title="guidebot", lifespan=lifespan, docs_url="/docs" if docs else None,
                  redoc_url="/redoc" if docs else None,
                  openapi_url="/openapi.json" if docs else None)
    # Every body is bounded before a route reads it; a catalog upload is checked for its
    # staff session and role first (bot/security/body_limit.py).
    app.add_middleware(BodyLimit, default=settings.max_body_kb * 1024,
                       larger={"/webhook": settings.max_action_body_mb * 2**20,
                               UPLOAD_PATH: MAX_UPLOAD + 2**20},
                       gates={("POST", UPLOAD_PATH): staff_gate("content")})
    app.add_middleware(PageHeaders)
    # Nothing published yet (or the served version unreadable): every route that needs the
    # index answers 503 with the reason, in one place.
    app.add_exception_handler(NoIndexError, no_index)
    journal = Journal(database_url(settings.database_url, settings.database_sqlite))
    retention = RetentionTask(journal, settings)
    executor = ActionExecutor()
    # 转人工: tickets, staffed hours; agents' replies pushed to Telegram chats (web polls).
    handoff = Handoff(journal, settings,
                      push=TelegramPush(settings.telegram_token, settings.telegram_api))
    dialogue = Dialogue(searcher, settings, journal=journal)
    executor.register_action(ActionGuidebot(dialogue, handoff))
    app.include_router(webhook_router(executor, settings.service_token))  # only Rasa calls it
    app.include_router(search_router(searcher, settings.search_max_per_minute_per_address,
                                     settings.redis_url))
    app.include_router(api_router(holder, journal, service_token=settings.service_token,
                                  ratings_per_minute=settings.ratings_max_per_minute_per_address,
                                  redis_url=settings.redis_url))
    app.include_router(web_router(settings))  # the web chat page and POST /api/chat
    app.state.accounts = Accounts(journal, settings)
    app.add_exception_handler(NeedsSignIn, sign_in_redirect)
    app.include_router(auth_router())  # staff sign-in; every staff route checks the role
    # The handoff queue, and the web chat's poll for the agent's messages.
    app.include_router(queue_router(handoff, settings.updates_max_per_minute_per_address,
                                    settings.redis_url))
    app.include_router(admin_router(settings, searcher.embedder, journal, holder))  # content admin
    app.include_router(console_router(searcher, settings, journal))  # 12345 agent console

    return app
