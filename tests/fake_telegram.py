"""A fake Telegram Bot API server on loopback, for running the real bot against it.

The bot reaches it through ``GUIDEBOT_TELEGRAM_API`` (as it would a self-hosted Bot API
server). It serves ``/bot<token>/<method>`` for the methods the bot uses (getMe,
getUpdates with long polling and offsets, sendMessage, sendChatAction,
editMessageReplyMarkup, answerCallbackQuery, setWebhook, deleteWebhook,
getWebhookInfo), records every call, and plays the citizen's side: ``say``, ``press``
(a button of a message the bot sent), ``share_location``, ``push`` (any update, also a
redelivered one). ``fail_next`` makes the next call of a method answer 429 with a
``retry_after``, as Telegram's flood control does.

``ScriptedAssistant`` routes on the same server stand in for Rasa's REST webhook and the
app's ``/api/regions`` and ``/api/ratings`` where a test needs replies the real
assistant does not give (a 9,000-character answer, an empty turn, a failing server).

The server runs its own event loop in a thread, so synchronous tests drive it::

    fake = FakeTelegram(); fake.start()
    fake.say(42, "办身份证要带什么")
    [answer] = fake.wait_messages(42, 1)
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_USER = {"id": 777000, "is_bot": True, "first_name": "办事指南", "username": "guide_test_bot"}
_JSON_PARAMS = {"reply_markup", "allowed_updates", "link_preview_options", "entities"}
_INT_PARAMS = {"chat_id", "message_id", "offset", "limit", "timeout"}


@dataclass
class Call:
    """One request the bot made: the method, its parameters, when, and what it got."""

    method: str
    params: dict[str, Any]
    at: float
    status: int = 200
    result: Any = None


@dataclass
class ScriptedAssistant:
    """Rasa's REST webhook and the app's region/rating API, answering from a script."""

    replies: list[Any] = field(default_factory=list)  # per turn: a list, or an HTTP status
    regions: list[dict] = field(default_factory=list)
    rasa_requests: list[dict] = field(default_factory=list)
    ratings: list[dict] = field(default_factory=list)


async def _cancel_pending() -> None:
    tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


class FakeTelegram:
    def __init__(self, token: str = "123456:TEST-fake-token") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.script = ScriptedAssistant()
        self._lock = threading.Lock()
        self._pending: list[tuple[dict, bool]] = []  # (update, redelivered)
        self._failures: list[tuple[str, int | None, int]] = []  # method, chat, retry_after
        self._next_update = 1000
        self._next_message: dict[int, int] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self.url = ""

    # --- the server ---------------------------------------------------------------

    def start(self) -> None:
        ready = threading.Event()

        def serve() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self._start())
            ready.set()
            self._loop.run_forever()

        threading.Thread(target=serve, name="fake-telegram", daemon=True).start()
        if not ready.wait(10):
            raise RuntimeError("the fake Bot API server did not start")

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_post("/webhooks/rest/webhook", self._rasa)
        app.router.add_get("/api/regions", self._regions)
        app.router.add_post("/api/ratings", self._rate)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        self.port = port

    def stop(self) -> None:
        if self._loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        # A long poll still waiting (the bot stopped first) ends here, not as "Task was
        # destroyed but it is pending" at exit.
        asyncio.run_coroutine_threadsafe(_cancel_pending(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401,
                                      "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = _params({**request.query, **(await request.post())})
        call = Call(method, params, time.monotonic())
        with self._lock:
            self.calls.append(call)
            failure = self._take_failure(method, params.get("chat_id"))
        if failure is not None:
            call.status = 429
            return web.json_response({"ok": False, "error_code": 429,
                                      "description": f"Too Many Requests: retry after {failure}",
                                      "parameters": {"retry_after": failure}}, status=429)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            call.status = 404
            return web.json_response({"ok": False, "error_code": 404,
                                      "description": "Not Found: method not found"}, status=404)
        call.result = await handler(params) if method == "getUpdates" else handler(params)
        return web.json_response({"ok": True, "result": call.result})

    # --- Bot API methods ----------------------------------------------------------

    def _m_getMe(self, p: dict) -> dict:
        return BOT_USER

    async def _m_getUpdates(self, p: dict) -> list[dict]:
        deadline = time.monotonic() + min(float(p.get("timeout") or 0), 2.0)
        while True:
            with self._lock:
                offset = p.get("offset") or 0
                self._pending = [(u, again) for u, again in self._pending
                                 if again or u["update_id"] >= offset]
                batch = [u for u, _ in self._pending[: int(p.get("limit") or 100)]]
                # A redelivered update goes out once; the others until confirmed.
                self._pending = [(u, again) for u, again in self._pending
                                 if not (again and u in batch)]
            if batch or time.monotonic() >= deadline:
                return batch
            await asyncio.sleep(0.05)

    def _m_sendMessage(self, p: dict) -> dict:
        chat_id = int(p["chat_id"])
        with self._lock:
            self._next_message[chat_id] = self._next_message.get(chat_id, 0) + 1
            mid = self._next_message[chat_id]
        message = {"message_id": mid, "date": int(time.time()), "from": BOT_USER,
                   "chat": {"id": chat_id, "type": "private", "first_name": "市民"},
                   "text": p["text"]}
        markup = p.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:
            message["reply_markup"] = markup  # a Message carries only inline keyboards
        return message

    def _m_sendChatAction(self, p: dict) -> bool:
        return True

    def _m_editMessageReplyMarkup(self, p: dict) -> bool:
        return True

    def _m_answerCallbackQuery(self, p: dict) -> bool:
        return True

    def _m_setWebhook(self, p: dict) -> bool:
        return True

    def _m_deleteWebhook(self, p: dict) -> bool:
        return True

    def _m_getWebhookInfo(self, p: dict) -> dict:
        hooks = self.sent(method="setWebhook")
        return {"url": hooks[-1]["url"] if hooks else "", "has_custom_certificate": False,
                "pending_update_count": 0}

    # --- the scripted assistant -----------------------------------------------------

    async def _rasa(self, request: web.Request) -> web.Response:
        body = await request.json()
        with self._lock:
            self.script.rasa_requests.append(body)
            reply = self.script.replies.pop(0) if self.script.replies else []
        if isinstance(reply, int):
            return web.json_response({"error": "scripted failure"}, status=reply)
        return web.json_response(reply)

    async def _regions(self, request: web.Request) -> web.Response:
        return web.json_response(self.script.regions)

    async def _rate(self, request: web.Request) -> web.Response:
        body = await request.json()
        with self._lock:
            self.script.ratings.append(body)
        return web.json_response({"id": len(self.script.ratings)}, status=201)

    # --- the citizen's side ---------------------------------------------------------

    def push(self, update: dict, *, redeliver: bool = False) -> int:
        """Queue an update for getUpdates; ``redeliver`` sends it even when the bot has
        already confirmed its id (as Telegram does after a lost confirmation)."""
        with self._lock:
            self._pending.append((update, redeliver))
        return update["update_id"]

    def update(self, **content: Any) -> dict:
        with self._lock:
            self._next_update += 1
            return {"update_id": self._next_update, **content}

    def message(self, chat_id: int, **content: Any) -> dict:
        return {"message_id": int(time.time() * 1000) % 10**9, "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": "市民"},
                "from": _user(chat_id), **content}

    def say(self, chat_id: int, text: str) -> int:
        content: dict = {"text": text}
        if text.startswith("/"):
            content["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
        return self.push(self.update(message=self.message(chat_id, **content)))

    def share_location(self, chat_id: int, lat: float, lon: float) -> int:
        where = {"latitude": lat, "longitude": lon}
        return self.push(self.update(message=self.message(chat_id, location=where)))

    def press(self, chat_id: int, message: dict, data: str) -> int:
        """Press the button with callback ``data`` under ``message`` (a sent message)."""
        query = {"id": f"cq{time.monotonic_ns()}", "from": _user(chat_id),
                 "chat_instance": str(chat_id), "message": message, "data": data}
        return self.push(self.update(callback_query=query))

    def fail_next(self, method: str, retry_after: int, chat_id: int | None = None) -> None:
        with self._lock:
            self._failures.append((method, chat_id, retry_after))

    def _take_failure(self, method: str, chat_id: Any) -> int | None:
        for i, (m, chat, after) in enumerate(self._failures):
            if m == method and (chat is None or chat == chat_id):
                del self._failures[i]
                return after
        return None

    # --- what the bot did -------------------------------------------------------------

    def sent(self, chat_id: int | None = None, method: str = "sendMessage",
             status: int = 200) -> list[dict]:
        """The parameters of the bot's calls of ``method`` (to ``chat_id``), in order."""
        with self._lock:
            return [c.params | ({"_result": c.result, "_at": c.at})
                    for c in self.calls if c.method == method and c.status == status
                    and (chat_id is None or c.params.get("chat_id") == chat_id)]

    def wait_for(self, condition: Callable[[], Any], timeout: float = 60.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if result := condition():
                return result
            time.sleep(0.05)
        raise AssertionError(f"timed out after {timeout} s; calls: {self._summary()}")

    def wait_messages(self, chat_id: int, count: int, after: int = 0,
                      timeout: float = 60.0) -> list[dict]:
        """The chat's messages number ``after``..``after + count - 1`` once all are sent."""
        def ready() -> list[dict] | None:
            sent = self.sent(chat_id)[after:]
            return sent[:count] if len(sent) >= count else None
        return self.wait_for(ready, timeout)

    def _summary(self) -> str:
        with self._lock:
            return "; ".join(f"{c.method}({c.status}) {str(c.params)[:120]}"
                             for c in self.calls[-12:] if c.method != "getUpdates")


def _user(chat_id: int) -> dict:
    return {"id": chat_id, "is_bot": False, "first_name": "市民", "language_code": "zh-hans"}


def _params(raw: dict) -> dict[str, Any]:
    """Form fields as the Bot API reads them: JSON in the JSON-valued fields, ints."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        value = value if isinstance(value, str) else str(value)
        if key in _JSON_PARAMS:
            out[key] = json.loads(value)
        elif key in _INT_PARAMS and value.lstrip("-").isdigit():
            out[key] = int(value)
        else:
            out[key] = value
    return out
