"""Suggested answers for a question, as a hotline agent sees them (``guidebot answer``).

The agent gets the top matches at once, each answered on the aspect the
question asks about (or an overview), composed by the same composer the bot
uses. A revoked or suspended item is shown with its true status, as a status
notice, never as an answer. Without Rasa here, the aspect is read from the
question's words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.answers.model import Answer
from bot.answers.views import Views, entry_answer
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

    def to_dict(self) -> dict:
        d = self.answer.to_dict()
        d.update(kind=self.kind, region=self.region, score=self.score, confident=self.confident)
        return d


def suggest(searcher: Searcher, settings: Settings, text: str, region: str | None = None,
            top: int = 3, now: dt.datetime | None = None) -> list[Suggestion]:
    """The ``top`` suggested answers for ``text`` from the index being served."""
    from zoneinfo import ZoneInfo

    views = Views(searcher.holder.current(), now or dt.datetime.now(ZoneInfo(settings.timezone)))
    aspect = aspect_of(text)
    region = views.region_of(region) or region
    out: list[Suggestion] = []
    for hit in searcher.search(text[:MAX_QUERY_CHARS], region=region, top=top):
        answer = entry_answer(views, hit.kind, hit.code, aspect, region, None, settings.hotline)
        if answer is not None:
            sure = confident(hit, settings.min_dense, settings.min_bm25)
            out.append(Suggestion(answer, hit.kind, hit.region, hit.score, sure))
    return out
