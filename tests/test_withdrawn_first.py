"""A withdrawn FAQ entry that comes first gets its notice only when it would have answered."""

from __future__ import annotations

import pytest

from bot.catalog.models import FaqEntry
from bot.dialogue.mentions import Mentions
from bot.dialogue.searching import withdrawn_first
from bot.settings import Settings
from index.search import SearchHit

pytestmark = pytest.mark.unit

ENTRY = FaqEntry(id="faq-old", questions=["上户口要准生证吗？"], status="revoked",
                 answer="新生儿落户须提供准生证。", updated_at="2020-01-01")
SETTINGS = Settings(min_dense=0.905, min_bm25=5.0)


def revoked(dense: float, bm25: float) -> SearchHit:
    return SearchHit(code="faq-old", name=ENTRY.questions[0], kind="faq", region="1",
                     region_name="", region_match="any", status="revoked", answerable=False,
                     score=1.0, group="faq-old", named=False, bm25=bm25, dense=dense)


def first(question: str, hit: SearchHit) -> SearchHit | None:
    mentions = Mentions(question, lambda s: s, lambda h: ENTRY, lambda e: [],
                        lambda h: (h.name,))
    return withdrawn_first([hit], question, SETTINGS, mentions,
                           lambda h: (*ENTRY.questions, ENTRY.answer))


def test_问到撤销条目说的事就说明它已撤销() -> None:
    assert first("上户口还要准生证吗", revoked(0.95, 9.0)) is not None


def test_只是排在最前但把握不够的撤销条目不回答() -> None:
    assert first("户口本上我名字的字写错了，怎么更正", revoked(0.892, 4.9)) is None


def test_问的证件撤销条目一字不提就不拿它说明() -> None:
    assert first("独生子女父母光荣证在哪办", revoked(0.907, 3.1)) is None


def test_在用的条目或办事指南排在最前时没有撤销说明() -> None:
    from dataclasses import replace

    assert first("上户口还要准生证吗", replace(revoked(0.95, 9.0), answerable=True)) is None
    assert withdrawn_first([], "准生证", SETTINGS, Mentions("准生证", lambda s: s,
                           lambda h: None, lambda e: [], lambda h: ()), lambda h: ()) is None
