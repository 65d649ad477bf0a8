"""The Rasa action webhook (rasa-sdk's protocol) as a route of the app.

Rasa calls ``POST /webhook`` with the action to run, the conversation tracker
and the domain; the answer is ``{"events": [...], "responses": [...]}``.
rasa-sdk's own server is a Sanic app; here its ``ActionExecutor`` runs inside
the FastAPI app, so the action shares the app's loaded index and model
instead of loading a second copy in another process.

Errors keep rasa-sdk's status codes (404 unknown action, 400 rejected or
malformed call), so Rasa reports them as it would for rasa-sdk's server.
"""

from __future__ import annotations

import inspect
import logging

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException, Tracker

log = logging.getLogger(__name__)


def webhook_router(executor: ActionExecutor) -> APIRouter:
    router = APIRouter()

    @router.post("/webhook")
    async def webhook(request: Request) -> JSONResponse:
        try:
            call = await request.json()
        except ValueError:
            return JSONResponse({"error": "the body is not JSON"}, status_code=400)
        if not isinstance(call, dict) or not isinstance(call.get("tracker"), dict):
            return JSONResponse({"error": "need next_action, tracker and domain"}, status_code=400)
        name = call.get("next_action")
        action = executor.actions.get(name) if isinstance(name, str) else None
        if action is None:
            body = {"error": f"no registered action found for name '{name}'.", "action_name": name}
            return JSONResponse(body, status_code=404)
        try:
            tracker = Tracker.from_dict(call["tracker"])
            domain = call.get("domain") or {}
            dispatcher = CollectingDispatcher()
            # The action searches (CPU-bound): a worker thread keeps the loop free.
            events = await run_in_threadpool(action, dispatcher, tracker, domain)
            if inspect.isawaitable(events):
                events = await events
        except ActionExecutionRejection as e:
            return JSONResponse({"error": e.message, "action_name": e.action_name}, status_code=400)
        except ActionNotFoundException as e:  # pragma: no cover - checked above
            return JSONResponse({"error": e.message, "action_name": name}, status_code=404)
        events = ActionExecutor.validate_events(events or [], name)
        return JSONResponse({"events": events, "responses": dispatcher.messages})

    @router.get("/actions")
    def actions() -> list[dict]:
        return [{"name": n} for n in executor.actions]

    return router
