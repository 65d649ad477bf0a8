"""The handoff queue (转人工队列) for agents, and the web chat's way to read their replies.

    GET  /staff/queue                     the queue page (agents)
    GET  /api/staff/tickets?status=       open tickets (waiting first, oldest first) and the
                                          waiting count; status waiting | taken | closed | open
    GET  /api/staff/tickets/{id}          one ticket with its messages
    POST /api/staff/tickets/{id}/take     waiting -> taken by me; 409 when someone was faster
    POST /api/staff/tickets/{id}/reply    {text}: to the citizen's chat (the taker or an admin)
    POST /api/staff/tickets/{id}/close    the bot answers the citizen again
    GET  /api/chat/updates?sender=&after= the web chat page's poll: its own ticket's status
                                          and the agents' and desk's messages after ``after``

The staff routes need the agent role (an admin passes) and, for POSTs, the session's CSRF
header (bot/staff/auth.py). The web chat's sender is its browser's random id and is
prefixed ``web-`` here as in ``POST /api/chat``, so a page only reads its own conversation.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from bot.channels.senders import SENDER_PATTERN, web_sender
from bot.handoff.desk import OPEN, NotYourTicket, TicketConflict, TicketNotFound, TicketView
from bot.handoff.service import Handoff
from bot.security.limits import per_address
from bot.staff.auth import page, staff_api, staff_page
from bot.store.accounts import Staff
from bot.store.models import MAX_ID

Agent = Annotated[Staff, Depends(staff_api("agent"))]
_STATUSES = {"open": OPEN, "waiting": ("waiting",), "taken": ("taken",), "closed": ("closed",)}


class ReplyBody(BaseModel):
    text: Annotated[str, Field(min_length=1, max_length=4000)]


def _guarded(call):  # noqa: ANN001, ANN202 - the desk's refusals as HTTP errors
    try:
        return call()
    except TicketNotFound:
        raise HTTPException(404, "没有这个工单 (no such ticket)") from None
    except TicketConflict as e:
        raise HTTPException(409, str(e)) from None
    except NotYourTicket as e:
        raise HTTPException(403, str(e)) from None


def queue_router(handoff: Handoff, updates_per_minute: int = 0,
                 redis_url: str = "") -> APIRouter:
    router = APIRouter()
    desk = handoff.desk

    @router.get("/staff/queue", include_in_schema=False)
    def queue_page(_: Annotated[Staff, Depends(staff_page("agent"))]) -> HTMLResponse:
        return page("queue.html")

    @router.get("/api/staff/tickets")
    def tickets(_: Agent, status: Literal["open", "waiting", "taken", "closed"] = "open") -> dict:
        views = desk.queue(_STATUSES[status])
        return {"waiting": desk.waiting_count(), "hours": handoff.hours.describe(),
                "staffed_now": handoff.hours.open_at(handoff.clock()),
                "tickets": [v.to_dict(messages=False) for v in views]}

    @router.get("/api/staff/tickets/{ticket_id}")
    def ticket(ticket_id: int, agent: Agent) -> dict:
        """The ticket with its messages; ``mine``: whether this agent may answer it."""
        view: TicketView = _guarded(lambda: desk.ticket(ticket_id))
        mine = view.status == "taken" and (view.agent_id == agent.user_id
                                           or agent.role == "admin")
        return {**view.to_dict(), "mine": mine}

    @router.post("/api/staff/tickets/{ticket_id}/take")
    def take(ticket_id: int, agent: Agent) -> dict:
        return _guarded(lambda: handoff.take(ticket_id, agent)).to_dict()

    @router.post("/api/staff/tickets/{ticket_id}/reply", status_code=201)
    def reply(ticket_id: int, body: ReplyBody, agent: Agent) -> dict:
        text = body.text.strip()
        if not text:
            raise HTTPException(422, "回复不能为空 (empty reply)")
        return _guarded(lambda: handoff.reply(ticket_id, agent, text)).to_dict()

    @router.post("/api/staff/tickets/{ticket_id}/close")
    def close(ticket_id: int, agent: Agent) -> dict:
        return _guarded(lambda: handoff.close(ticket_id, agent)).to_dict()

    @router.get("/api/chat/updates", dependencies=[Depends(per_address(
        updates_per_minute, "update", redis_url))])
    def updates(sender: Annotated[str, Query(pattern=SENDER_PATTERN)],
                after: Annotated[int, Query(ge=0, le=MAX_ID)] = 0) -> dict:
        return handoff.updates(web_sender(sender), after)

    return router
