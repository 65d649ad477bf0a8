"""Suggested answers for a question, as a hotline agent sees them (``guidebot answer``
and the agent console, bot/staff/console.py).

The agent gets the top matches at once, each answered on the aspect the
question asks about (or an overview), composed by the same composer the bot
uses; the console also gets every other aspect of a guide, to read out or copy.
A revoked or suspended item is shown with its true status, as a status
notice, never as an answer. Without Rasa here, the aspect is read from the
question's words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.answers.compose import compose_guide
from bot.answers.model import ASPECTS, Answer
from bot.answers.views import Views, entry_answer
from bot.catalog.models import Guide
from bot.dialogue.confidence import confident
from bot.dialogue.engine import MAX_QUERY_CHARS
from bot.settings import Settings
from index.search import Searcher
from nlu.textnorm import fold

#: Words that ask for an aspect, checked in this order (the first found wins).
_ASPECT_WORDS = (
    ("materials", r"材料|资料|带什么|带啥|带哪些|证件|准备什么|准备啥|提交什么|要什么"),
    ("time", r"多久|多长时间|几天|多少天|时限|多快|什么时候能"),
    ("fee", r"多少钱|收费|费用|免费|要钱|工本费"),
    ("online", r"网上|线上|手机上|网办|不用跑|邮寄|快递|跑几次|跑几趟"),
    ("location", r"在哪|哪里|哪儿|地址|地点|窗口|几点|开门|上班时间|去哪"),
    ("process", r"流程|步骤|程序|怎么申请|怎么办理|如何办理|如何申请"),
    ("conditions", r"条件|资格|能不能办|可以办吗|符合|谁可以"),
)
_ASPECT_RE = [(a, re.compile(p)) for a, p in _ASPECT_WORDS]
#: Matches searched beyond ``top`` so that revoked items ranked high do not leave
#: the agent with fewer suggestions (they are shown as notices besides).
_SPARE = 3


def aspect_of(text: str) -> str:
    folded = fold(text)
    for aspect, pattern in _ASPECT_RE:
        if pattern.search(folded):
            return aspect
    return "overview"


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
    aspect = aspect_of(text)
    region = views.region_of(region) or region
    out: list[Suggestion] = []
    answered = 0
    for hit in searcher.search(text[:MAX_QUERY_CHARS], region=region, top=top + _SPARE):
        if answered == top:
            break
        answer = entry_answer(views, hit.kind, hit.code, aspect, region, None, settings.hotline)
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
