"""The Rasa action webhook (rasa-sdk's protocol) as a route of the app.

Rasa calls ``POST /webhook`` with the action to run, the conversation tracker
and the domain; the answer is ``{"events": [...], "responses": [...]}``.
rasa-sdk's own server is a Sanic app; here its ``ActionExecutor`` runs inside
the FastAPI app, so the action shares the app's loaded index and model
instead of loading a second copy in another process.

Only Rasa may call it: every call shows the assistant's service token
(bot/security/service_token.py), else 401/403 before the body is read. Errors keep
rasa-sdk's status codes (404 unknown action, 400 rejected or malformed call), so Rasa
reports them as it would for rasa-sdk's server; a tracker that cannot be read is a 400,
never a 500.
"""

from __future__ import annotations

import inspect
import logging

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException, Tracker

from bot.security.service_token import require_token

log = logging.getLogger(__name__)


def webhook_router(executor: ActionExecutor, token: str) -> APIRouter:
    """The webhook for ``executor``'s actions, open to callers showing ``token``."""

    def only_rasa(request: Request) -> None:
        require_token(request, token)

    router = APIRouter(dependencies=[Depends(only_rasa)])

    @router.post("/webhook", include_in_schema=False)
    async def webhook(request: Request) -> JSONResponse:
        try:
            call = await request.json()
        except ValueError:
            return JSONResponse({"error": "the body is not JSON"}, status_code=400)
        if (not isinstance(call, dict) or not isinstance(call.get("tracker"), dict)
                or not isinstance(call.get("domain") or {}, dict)):
            return JSONResponse({"error": "need next_action, tracker and domain"}, status_code=400)
        name = call.get("next_action")
        action = executor.actions.get(name) if isinstance(name, str) else None
        if action is None:
            body = {"error": f"no registered action found for name '{name}'.", "action_name": name}
            return JSONResponse(body, status_code=404)
        problem = _tracker_problem(call["tracker"])
        if problem:
            return JSONResponse({"error": f"the tracker cannot be read: {problem}"},
                                status_code=400)
        tracker = Tracker.from_dict(call["tracker"])
        try:
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

    @router.get("/actions", include_in_schema=False)
    def actions() -> list[dict]:
        return [{"name": n} for n in executor.actions]

    return router


#: The tracker's parts the action reads, and the type Rasa sends each as.
_TRACKER_TYPES = {"sender_id": str, "slots": dict, "latest_message": dict, "events": list}


def _tracker_problem(tracker: dict) -> str | None:
    """What makes a tracker unreadable for the action, or None: Rasa always sends these
    parts with these types; anything else is a malformed call (400), not a crash."""
    if not isinstance(tracker.get("sender_id"), str):
        return "sender_id must be a string"
    for key, kind in _TRACKER_TYPES.items():
        if key in tracker and tracker[key] is not None and not isinstance(tracker[key], kind):
            return f"{key} must be a {kind.__name__}"
    if not all(isinstance(e, dict) for e in tracker.get("events") or []):
        return "events must be objects"
    return None
