"""The 12345 agent console (坐席辅助): suggestions for a caller's question, the full
guide beside them, and what the agent used.

    GET  /staff/console                         the page (agent)
    GET  /api/staff/suggestions?q=&region=&top= the top suggestions, each with every
                                                aspect answer and its source; revoked or
                                                suspended items apart, as ``notices``
    GET  /api/staff/guides/{code}?region=       one guide, every aspect (404 unknown)
    POST /api/staff/suggestion-uses             {question, region, shown, code|null,
                                                rank|null, aspect} -> 201 {id}
    GET  /api/staff/suggestion-uses/summary     calls, used #1, used in the top 3, none
                                                fitted (agent, content)

Every answer text is composed by bot/answers (through bot/suggest.py), exactly as the
bot says it; this module only arranges it. Nothing is loaded per call: the search runs
on the index being served.
"""

from __future__ import annotations

import time
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field, model_validator

from bot.answers.model import Answer
from bot.answers.replies import status_notice
from bot.dialogue.request import request_of
from bot.settings import Settings
from bot.staff.auth import page, staff_api, staff_page
from bot.staff.usage import MAX_SUMMARY_DAYS, SUMMARY_DAYS, record_use, usage_summary
from bot.store.accounts import Staff
from bot.store.journal import MAX_TEXT, Journal
from bot.suggest import Suggestion, aspect_of, guide_aspects, suggest, views_now
from index.search import Searcher
from index.served import NoIndexError

#: Suggestions shown by default, and at most.
TOP = 3
MAX_TOP = 10
_CODE = Annotated[str, Field(min_length=1, max_length=128)]


class SuggestionUseIn(BaseModel):
    """What the agent did with one question's suggestions: used ``code`` (at ``rank``),
    or none fitted (``code`` null)."""

    question: Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
    region: Annotated[str, Field(max_length=64)] = ""
    shown: Annotated[list[_CODE], Field(max_length=MAX_TOP * 2)]
    code: _CODE | None = None
    rank: Annotated[int, Field(ge=1, le=MAX_TOP * 2)] | None = None
    aspect: Annotated[str, Field(max_length=32)] = ""
    index_version: Annotated[str, Field(max_length=64)] = ""

    @model_validator(mode="after")
    def _used_one_shown(self) -> SuggestionUseIn:
        if self.code is None:
            if self.rank is not None:
                raise ValueError("rank without code: none fitted has no rank")
            return self
        if self.code not in self.shown:
            raise ValueError("code must be one of the suggestions shown")
        if self.rank is not None and self.shown[self.rank - 1: self.rank] != [self.code]:
            raise ValueError("rank must be the code's place among the suggestions shown")
        return self


def _source(kind: str, code: str, agency: str, updated_at: str, answer: Answer) -> dict:
    return {"kind": kind, "code": code, "agency": agency, "updated_at": updated_at,
            "line": answer.source}


#: The tab that answers everything the question asked (several aspects, a fact in a field).
ASKED = "asked"


def _aspect(a: Answer) -> dict:
    return {"aspect": a.aspect, "text": a.text, "brief": a.brief}


def _suggestion(rank: int, s: Suggestion, online_url: str | None) -> dict:
    """A suggestion with its tabs: every aspect of the guide, and first, when the question
    asked several things or a fact inside a field, the answer to all of it ("asked")."""
    a = s.answer
    every = [_aspect(x) for x in s.aspects] or [_aspect(a)]
    asked = [] if any(x["text"] == a.text for x in every) else [
        {"aspect": ASKED, "text": a.text, "brief": a.brief}]
    return {
        "rank": rank, "kind": s.kind, "code": a.code, "name": a.name, "status": a.status,
        "answerable": True, "region": s.region, "region_name": s.region_name,
        "score": s.score, "confident": s.confident, "aspect": ASKED if asked else a.aspect,
        "text": a.text, "brief": a.brief, "aspects": asked + every,
        "online_url": online_url,
        "source": _source(s.kind, a.code, s.agency, s.updated_at, a),
    }


def _notice(s: Suggestion) -> dict:
    a = s.answer
    # A guide's notice says it is revoked or suspended; an FAQ entry's own answer is
    # out of date, so only its name, status and source are shown.
    return {"kind": s.kind, "code": a.code, "name": a.name, "status": s.answer.status,
            "region": s.region, "region_name": s.region_name,
            "text": a.text if s.kind == "guide" else "",
            "source": _source(s.kind, a.code, s.agency, s.updated_at, a)}


def console_router(searcher: Searcher, settings: Settings, journal: Journal) -> APIRouter:
    router = APIRouter()
    agent = Depends(staff_api("agent"))

    @router.get("/staff/console", include_in_schema=False)
    def console_page(_: Annotated[Staff, Depends(staff_page("agent"))]) -> HTMLResponse:
        return page("console.html")

    @router.get("/api/staff/suggestions", dependencies=[agent])
    def suggestions(
        q: Annotated[str, Query(min_length=1, max_length=MAX_TEXT)],
        region: Annotated[str, Query(max_length=64)] = "",
        top: Annotated[int, Query(ge=1, le=MAX_TOP)] = TOP,
    ) -> dict:
        started = time.perf_counter()
        views = views_now(searcher, settings)
        found = suggest(searcher, settings, q, region or None, top, every_aspect=True,
                        views=views)
        # The region the question names is the one its answers are for (the search's too).
        code = views.version.regions.mentioned(q) or views.region_of(region)
        shown, notices = [], []
        for s in found:
            if not s.answerable:
                notices.append(_notice(s))
                continue
            g = views.guide(s.answer.code) if s.kind == "guide" else None
            shown.append(_suggestion(len(shown) + 1, s, g.online.url if g else None))
        return {
            "question": q, "region": code,
            "aspect": shown[0]["aspect"] if shown else aspect_of(request_of(q)),
            "region_name": views.region_name(code), "index_version": views.version.id,
            "suggestions": shown, "notices": notices,
            "took_ms": round((time.perf_counter() - started) * 1000, 1),
        }

    @router.get("/api/staff/guides/{code}", dependencies=[agent])
    def guide(code: Annotated[str, Path(max_length=128)],
              region: Annotated[str, Query(max_length=64)] = "") -> dict:
        views = views_now(searcher, settings)
        g = views.guide(code)
        if g is None:
            raise HTTPException(404, f"没有事项编码为 {code} 的办事指南")
        region_name = views.region_name(g.region)
        if g.status == "active":
            aspects = guide_aspects(views, g, views.region_of(region))
            source = aspects[0]
        else:
            source = status_notice(g, region_name, settings.hotline)
            aspects = ()
        return {
            "kind": "guide", "code": g.code, "name": g.name, "status": g.status,
            "answerable": g.status == "active", "region": g.region, "region_name": region_name,
            "notice": "" if aspects else source.text,
            "aspects": [_aspect(a) for a in aspects],
            "online_url": g.online.url, "consult_phone": g.consult_phone,
            "complaint_phone": g.complaint_phone, "legal_basis": g.legal_basis,
            "result": g.result, "source": _source("guide", g.code, g.agency, g.updated_at,
                                                  source),
            "index_version": views.version.id,
        }

    @router.post("/api/staff/suggestion-uses", status_code=201)
    def used(body: SuggestionUseIn,
             staff: Annotated[Staff, Depends(staff_api("agent"))]) -> dict:
        try:
            views = views_now(searcher, settings)
            region, version = views.region_of(body.region) or "", views.version.id
        except NoIndexError:
            region, version = "", ""
        use_id = record_use(journal, user_id=staff.user_id, question=body.question,
                            region=region or body.region, shown=body.shown, code=body.code,
                            aspect=body.aspect, index_version=body.index_version or version)
        return {"id": use_id}

    @router.get("/api/staff/suggestion-uses/summary",
                dependencies=[Depends(staff_api("agent", "content"))])
    def summary(days: Annotated[int, Query(ge=1, le=MAX_SUMMARY_DAYS)] = SUMMARY_DAYS) -> dict:
        return usage_summary(journal, days)

    return router
