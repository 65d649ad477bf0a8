"""The app's JSON API: the search, its health, regions to choose from, ratings (好差评).

    GET  /healthz                     {status, index_version, counts} (503: no index yet)
    GET  /api/search?q=&region=&top=  the ranked matches (``guidebot search --json``'s)
    GET  /api/regions                 [{code, name, level, parent}] of the served catalog
    POST /api/ratings                 {answer_id, score 1..5, comment?, channel?, sender}
                                      -> 201 {id}

A rating refers to an answer the dialogue journaled (its id arrives with the answer as
``{"custom": {"answer": {"id": ...}}}``) and may come only from the conversation that got
the answer, once: the web chat sends its browser id as ``sender``; the Telegram bot sends
the chat's conversation id as ``conversation`` with the service token. An unknown id, or
another conversation's answer, is 404 (the two are not told apart); a second rating 409;
a score outside the 好差评 scale 422. Limited per client address.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from bot.channels.senders import SENDER_PATTERN, web_sender
from bot.security.limits import per_address
from bot.security.service_token import shows_token
from bot.store.journal import MAX_TEXT, AlreadyRated, Journal
from bot.store.models import MAX_ID
from index.search import Searcher
from index.served import IndexHolder


class RatingIn(BaseModel):
    answer_id: Annotated[int, Field(ge=1, le=MAX_ID)]
    score: Annotated[int, Field(ge=1, le=5)]
    comment: Annotated[str, Field(max_length=MAX_TEXT)] = ""
    channel: Annotated[str, Field(max_length=32)] = "web"
    #: The web chat page's browser id (its conversation is ``web-<sender>``).
    sender: Annotated[str | None, Field(pattern=SENDER_PATTERN)] = None
    #: Rasa's conversation id, accepted only with the service token (the Telegram bot).
    conversation: Annotated[str | None, Field(min_length=1, max_length=128)] = None


def search_router(searcher: Searcher, per_minute: int = 0, redis_url: str = "") -> APIRouter:
    """The search over the served index and the app's health (which version it serves)."""
    router = APIRouter()

    @router.get("/healthz")
    def healthz() -> dict:
        version = searcher.holder.current()
        return {"status": "ok", "index_version": version.id, "counts": version.manifest["counts"]}

    @router.get("/api/search", dependencies=[Depends(per_address(per_minute, "search",
                                                                        redis_url))])
    def search(
        q: Annotated[str, Query(min_length=1, max_length=5000)],
        region: str | None = None,
        top: Annotated[int, Query(ge=1, le=50)] = 5,
    ) -> list[dict]:
        return [h.to_dict() for h in searcher.search(q, region=region, top=top)]

    return router


def api_router(holder: IndexHolder, journal: Journal, *, service_token: str = "",
               ratings_per_minute: int = 0, redis_url: str = "") -> APIRouter:
    router = APIRouter(prefix="/api")

    @router.get("/regions")
    def regions() -> list[dict]:
        version = holder.current()
        return [{"code": r.code, "name": r.name, "level": r.level, "parent": r.parent or None}
                for r in version.regions.regions.values()]

    @router.post("/ratings", status_code=201,
                 dependencies=[Depends(per_address(ratings_per_minute, "rating", redis_url))])
    def rate(body: RatingIn, request: Request) -> dict:
        if body.conversation is not None:
            if not shows_token(request, service_token):
                raise HTTPException(403, "conversation is for the assistant's own channels")
            conversation = body.conversation
        elif body.sender is not None:
            conversation = web_sender(body.sender)
        else:
            raise HTTPException(422, "sender (the web chat's browser id) is required")
        try:
            rating_id = journal.rated(body.answer_id, body.score, body.comment, body.channel,
                                      conversation=conversation)
        except AlreadyRated:
            raise HTTPException(409, "这个回答已经评价过了 (already rated)") from None
        if rating_id is None:
            raise HTTPException(404, f"no answer {body.answer_id} to rate")
        return {"id": rating_id}

    return router
