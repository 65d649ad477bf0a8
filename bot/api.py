"""The app's JSON API for channels: regions to choose from, and ratings (好差评).

    GET  /api/regions                 [{code, name, level, parent}] of the served catalog
    POST /api/ratings                 {answer_id, score 1..5, comment?, channel?} -> 201 {id}

A rating refers to an answer the dialogue journaled (its id arrives with the
answer as ``{"custom": {"answer": {"id": ...}}}``); an unknown id is 404, a
score outside the 好差评 scale 422. The web chat and the Telegram bot post here.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field

from bot.store.journal import MAX_TEXT, Journal
from index.served import IndexHolder, NoIndexError


class RatingIn(BaseModel):
    answer_id: int
    score: Annotated[int, Field(ge=1, le=5)]
    comment: Annotated[str, Field(max_length=MAX_TEXT)] = ""
    channel: Annotated[str, Field(max_length=32)] = "web"


def api_router(holder: IndexHolder, journal: Journal) -> APIRouter:
    router = APIRouter(prefix="/api")

    @router.get("/regions")
    def regions() -> list[dict]:
        try:
            version = holder.current()
        except NoIndexError as e:
            raise HTTPException(503, str(e)) from None
        return [{"code": r.code, "name": r.name, "level": r.level, "parent": r.parent or None}
                for r in version.regions.regions.values()]

    @router.post("/ratings", status_code=201)
    def rate(body: RatingIn) -> dict:
        rating_id = journal.rated(body.answer_id, body.score, body.comment, body.channel)
        if rating_id is None:
            raise HTTPException(404, f"no answer {body.answer_id} to rate")
        return {"id": rating_id}

    return router
