"""``guidebot telegram``: the Telegram bot as one process, by long polling or by webhook.

Built in one place: the bot (its Bot API server from ``GUIDEBOT_TELEGRAM_API``, with
``Pacing`` on its HTTP session), the dispatcher (``OncePerUpdate`` on every update, the
feature routers from ``bot.channels.telegram.handlers``) and what the handlers need (``relay``,
``store``). The process always listens on ``telegram_host:telegram_port``:

- ``GET /healthz`` answers 200 once the token is known good (``getMe``), which is how
  ``guidebot up`` knows the bot is ready (bot/channels/telegram/service.py);
- with ``GUIDEBOT_TELEGRAM_WEBHOOK_URL`` set, the URL's path receives Telegram's updates
  (the public HTTPS URL is a reverse proxy to this port). The webhook is registered with
  a secret token and a request without the same ``X-Telegram-Bot-Api-Secret-Token``
  header is refused (401) before it is read; without a configured secret each start
  makes a new random one. Without a URL the bot removes any webhook and long-polls.

With ``GUIDEBOT_REDIS_URL`` the update ids, regions and payloads (``open_store``), each
chat's state (aiogram's ``RedisStorage``) and the pacing slots (``SharedPacing``) are in
Redis, so several bot replicas can stand behind one webhook URL (docs/deployment.md).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramAPIError, TelegramUnauthorizedError
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder
from aiogram.fsm.storage.memory import MemoryStorage
from aiogram.fsm.storage.redis import RedisStorage
from aiogram.types import User
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

from bot.channels.telegram.backends import Backends
from bot.channels.telegram.handlers import routers
from bot.channels.telegram.middleware import OncePerUpdate, Pacing
from bot.channels.telegram.relay import Relay
from bot.channels.telegram.shared_pacing import SharedPacing
from bot.channels.telegram.store import Store, open_store
from bot.settings import Settings

log = logging.getLogger("bot.channels.telegram")


def fsm_storage(settings: Settings) -> BaseStorage:
    """aiogram's Redis storage under ``redis_prefix`` when ``redis_url`` is set: a chat's
    state is then the same whichever replica Telegram's webhook call reaches."""
    if not settings.redis_url:
        return MemoryStorage()
    key_builder = DefaultKeyBuilder(prefix=f"{settings.redis_prefix}tg:fsm")
    return RedisStorage.from_url(settings.redis_url, key_builder=key_builder)


def pacing_for(settings: Settings) -> Pacing:
    """Telegram's limits paced in this process, or in Redis when ``redis_url`` is set (every
    replica then takes a chat's slots, and the bot's, from the same place)."""
    if not settings.redis_url:
        return Pacing()
    return SharedPacing(settings.redis_url, settings.redis_prefix)


def build_bot(settings: Settings, pacing: Pacing | None = None) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api))
    session.middleware(pacing or Pacing())
    return Bot(settings.telegram_token, session=session)


def build_dispatcher(relay: Relay, storage: BaseStorage | None = None) -> Dispatcher:
    """The dispatcher with every router, and what handlers take by name. ``storage`` keeps
    each chat's state (the open rating): in this process by default, in Redis for several
    replicas (``fsm_storage``)."""
    dp = Dispatcher(storage=storage or MemoryStorage(), relay=relay, store=relay.store)
    dp.update.outer_middleware(OncePerUpdate(relay.store))
    dp.include_routers(*routers())
    return dp


async def run(settings: Settings) -> int:
    """Run the bot until SIGTERM/SIGINT; returns the exit code."""
    store = open_store(settings)  # SQLite, or Redis for several replicas
    backends = Backends(settings.rasa_url, settings.app_url,
                        service_token=settings.service_token)
    relay = Relay(backends, store, settings.hotline)
    pacing = pacing_for(settings)
    bot = build_bot(settings, pacing)
    dp = build_dispatcher(relay, fsm_storage(settings))
    me = await _whoami(bot, settings)
    if me is None:
        await _close(bot, backends, store, dp, pacing)
        return 1
    state = {"mode": "webhook" if settings.telegram_webhook_url else "polling",
             "bot": me.username}
    app = web.Application()

    async def healthz(_: web.Request) -> web.Response:
        return web.json_response({"status": "ok", **state})

    app.router.add_get("/healthz", healthz)
    try:
        if settings.telegram_webhook_url:
            await _run_webhook(settings, bot, dp, app)
        else:
            await _run_polling(settings, bot, dp, app)
    finally:
        await _close(bot, backends, store, dp, pacing)
    return 0


async def _whoami(bot: Bot, settings: Settings) -> User | None:
    """The bot's own account (``getMe``): proves the token and the Bot API URL."""
    try:
        return await bot.me()
    except TelegramUnauthorizedError:
        log.error("the Bot API refused the token (GUIDEBOT_TELEGRAM_TOKEN)")
    except (TelegramAPIError, OSError) as e:
        log.error("the Bot API at %s cannot be reached: %s", settings.telegram_api, e)
    return None


async def _run_polling(settings: Settings, bot: Bot, dp: Dispatcher,
                       app: web.Application) -> None:
    runner = await _listen(app, settings)
    try:
        # A webhook left from an earlier run would make getUpdates fail (409).
        await bot.delete_webhook(drop_pending_updates=False)
        log.info("@%s long polling %s", (await bot.me()).username, settings.telegram_api)
        await dp.start_polling(bot, handle_signals=True, close_bot_session=False)
    finally:
        await runner.cleanup()


async def _run_webhook(settings: Settings, bot: Bot, dp: Dispatcher,
                       app: web.Application) -> None:
    secret = settings.telegram_webhook_secret or secrets.token_urlsafe(32)
    path = urlsplit(settings.telegram_webhook_url).path or "/"
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=secret).register(app, path=path)
    setup_application(app, dp, bot=bot)
    runner = await _listen(app, settings)
    try:
        await bot.set_webhook(settings.telegram_webhook_url, secret_token=secret,
                              allowed_updates=dp.resolve_used_update_types())
        log.info("webhook %s (listening on %s:%s%s)", settings.telegram_webhook_url,
                 settings.telegram_host, settings.telegram_port, path)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
    finally:
        await runner.cleanup()  # runs the dispatcher's shutdown


async def _listen(app: web.Application, settings: Settings) -> web.AppRunner:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.telegram_host, settings.telegram_port).start()
    return runner


async def _close(bot: Bot, backends: Backends, store: Store, dp: Dispatcher,
                 pacing: Pacing) -> None:
    await dp.storage.close()
    await bot.session.close()
    await pacing.close()
    await backends.close()
    store.close()
