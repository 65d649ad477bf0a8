"""Suggested answers for a question, as a hotline agent sees them (``guidebot answer``
and the agent console, bot/staff/console.py).

The agent gets the top matches at once, each answered on every aspect the
question asks (bot/answers/asks.py; the "怎么办" card when none), with the
guide's sentences that answer the question first, composed by the same
composer the bot uses; the console also gets every other aspect of a guide, to read out or copy.
A revoked or suspended item is shown with its true status, as a status
notice, never as an answer. Without Rasa here, the asks are read from the
question's words alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.answers.asks import read_asks
from bot.answers.compose import compose_guide
from bot.answers.model import ASPECTS, Answer
from bot.answers.views import Views, entry_answer
from bot.catalog.models import Guide
from bot.dialogue.confidence import confident
from bot.dialogue.request import request_of
from bot.dialogue.searching import MAX_QUERY_CHARS
from bot.settings import Settings
from index.search import Searcher

#: Matches searched beyond ``top`` so that revoked items ranked high do not leave
#: the agent with fewer suggestions (they are shown as notices besides).
_SPARE = 3


def aspect_of(text: str) -> str:
    """The first aspect the question asks (the console opens that tab)."""
    return read_asks(text)[0]


@dataclass(frozen=True)
class Suggestion:
    answer: Answer
    kind: str
    region: str
    score: float
    confident: bool
    region_name: str = ""
    agency: str = ""
    updated_at: str = ""
    #: False for a revoked or suspended entry: ``answer`` is its status notice.
    answerable: bool = True
    #: Every aspect of a guide in use, in ASPECTS order (``suggest(..., every_aspect=True)``).
    aspects: tuple[Answer, ...] = ()

    def to_dict(self) -> dict:
        d = self.answer.to_dict()
        d.update(kind=self.kind, region=self.region, score=self.score, confident=self.confident,
                 region_name=self.region_name, agency=self.agency, updated_at=self.updated_at,
                 answerable=self.answerable)
        if self.aspects:
            d["aspects"] = [a.to_dict() for a in self.aspects]
        return d


def views_now(searcher: Searcher, settings: Settings, now: dt.datetime | None = None) -> Views:
    """Lookups against the version being served, at ``now`` (halls' opening status)."""
    return Views(searcher.holder.current(), now or dt.datetime.now(ZoneInfo(settings.timezone)))


def guide_aspects(views: Views, g: Guide, region: str | None) -> tuple[Answer, ...]:
    """Every aspect of a guide in use, composed as the bot composes each (ASPECTS order)."""
    view = views.view(g, None, region)
    return tuple(compose_guide(view, aspect) for aspect in ASPECTS)


def suggest(searcher: Searcher, settings: Settings, text: str, region: str | None = None,
            top: int = 3, now: dt.datetime | None = None, *,
            every_aspect: bool = False, views: Views | None = None) -> list[Suggestion]:
    """The ``top`` suggested answers for ``text`` from the index being served, in rank
    order. Revoked or suspended entries ranked among them come with their status
    notice (``answerable`` false) and do not count towards ``top``. ``views`` pins the
    served version (the caller's lookups then agree with the answers)."""
    views = views or views_now(searcher, settings, now)
    request = request_of(text)  # a long message's questions, without its story
    asks = read_asks(request)
    region = views.region_of(region) or region
    out: list[Suggestion] = []
    answered = 0
    for hit in searcher.search(text[:MAX_QUERY_CHARS], region=region, top=top + _SPARE):
        if answered == top:
            break
        answer = entry_answer(views, hit.kind, hit.code, asks, region, None, settings.hotline,
                              text)
        if answer is None:
            continue
        aspects: tuple[Answer, ...] = ()
        if hit.answerable:
            answered += 1
            g = views.guide(hit.code) if every_aspect and hit.kind == "guide" else None
            aspects = guide_aspects(views, g, region) if g is not None else ()
        sure = confident(hit, settings.min_dense, settings.min_bm25)
        out.append(Suggestion(answer, hit.kind, hit.region, hit.score, sure, hit.region_name,
                              hit.agency, hit.updated_at, hit.answerable, aspects))
    return out
