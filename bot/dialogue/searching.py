"""The search and its first decision for a message (long ones read for their request).

Used by the dialogue engine (bot/dialogue/engine.py) for every question it searches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.answers.views import Views
from bot.catalog.models import Bundle, FaqEntry, Guide
from bot.dialogue.advice import asks_advice
from bot.dialogue.confidence import (
    SUGGESTIONS,
    Decision,
    confident,
    decide,
    names_other_document,
)
from bot.dialogue.elsewhere import other_place
from bot.dialogue.mentions import Mentions
from bot.dialogue.request import request_of
from bot.settings import Settings
from index.search import Searcher, SearchHit

#: Longer messages are cut before searching: rambling beyond this adds noise, not meaning.
MAX_QUERY_CHARS = 300
GUIDE, FAQ = "guide", "faq"


def mentions_of(question: str, views: Views) -> Mentions:
    """What ``question`` asks that an entry must speak of, judged on ``views``' entries."""
    def more_of(entry: Guide | FaqEntry | Bundle) -> list[str]:
        if isinstance(entry, Guide):
            return [h.name for h, *_ in views.halls_of(entry)]
        if isinstance(entry, Bundle):
            return [g.name for c in entry.items if (g := views.serving(c, None)) is not None]
        return []

    return Mentions(question, views.version.regions.without_names,
                    lambda h: views.entry(f"{h.kind}:{h.code}"), more_of, views.names_of)


def withdrawn_first(hits: list[SearchHit], query: str, settings: Settings, mentions: Mentions,
                    aliases_of: Callable[[SearchHit], Sequence[str]]) -> SearchHit | None:
    """The withdrawn FAQ entry that comes first and would have answered ``query``: found
    with confidence, speaking of what the question names, its document included. One that
    merely comes first ("户口本上名字写错了" near an entry on 准生证) answers nothing, not
    even with its notice."""
    top = hits[0] if hits else None
    if top is None or top.kind != FAQ or top.answerable:
        return None
    if not confident(top, settings.min_dense, settings.min_bm25) or mentions.leaves_out(top) \
            or names_other_document(query, [top], aliases_of):
        return None
    return top


def bundle_asked(hits: Sequence[SearchHit], question: str, settings: Settings,
                 views: Views) -> SearchHit | None:
    """The 一件事 bundle a question Rasa reads as about bundles is about: named, or first,
    found with confidence (Rasa may take "给我讲个笑话" for a bundle question) and speaking
    of what the question asks ("出生医学证明丢了去哪补" is not 出生一件事, which never speaks
    of 补领)."""
    mentions = mentions_of(question, views)
    return next((h for h in hits[:3] if h.kind == "bundle" and (h.named or (
        h is hits[0] and confident(h, settings.min_dense, settings.min_bm25)
        and not mentions.leaves_out(h)))), None)


def searched(searcher: Searcher, settings: Settings, text: str, region: str | None,
             views: Views) -> tuple[list[SearchHit], Decision, SearchHit | None]:
    """The search and its decision for a message; for a long one whose whole text finds
    nothing, for its request (request.py). The whole text goes first: measured on the
    long questions of the development sets, the story names the item more often than
    it misleads (53 of 59 answered right, against 43 from the request alone).

    When the whole text leaves a choice among the items its story mentions, the
    request may settle it: its answer is taken if it is a guide among those options
    (measured: an FAQ entry matched by the question clause alone misled).

    A question about another city's own policy finds nothing (elsewhere.py), nor does one
    asking for an opinion or advice (advice.py).

    A withdrawn FAQ entry answers nothing (唯一源头): it is left out, and returned when
    it was the best match and would have answered (``withdrawn_first``), so that the
    answer says it was withdrawn."""
    if other_place(text, views.version.regions.without_names) or asks_advice(text):
        # "深圳的人才补贴", "结婚彩礼一般给多少合适": not what this catalog answers. The close
        # items are suggestions only: no hits are returned for a later step (a hall the
        # question names, "公积金和社保哪个更重要") to answer from.
        hits = [h for h in searcher.search(text[:MAX_QUERY_CHARS], region=region, top=8)
                if h.answerable]
        return [], Decision("none", tuple(hits[:SUGGESTIONS])), None
    found: tuple[list[SearchHit], Decision, SearchHit | None] | None = None
    for query in dict.fromkeys((text, request_of(text))):
        hits = searcher.search(query[:MAX_QUERY_CHARS], region=region, top=8)
        mentions = mentions_of(query, views)
        withdrawn = withdrawn_first(hits, query, settings, mentions, views.aliases_of)
        hits = [h for h in hits if h.kind != FAQ or h.answerable]
        decision = decide(hits, settings.min_dense, settings.min_bm25, query,
                          views.names_of, views.aliases_of, mentions)
        if found is not None:  # the request of a message whose whole text asked which
            options = {h.group for h in found[1].hits}
            settled = (decision.kind == "answer" and decision.hits[0].kind == GUIDE
                       and decision.hits[0].group in options)
            return (hits, decision, withdrawn) if settled else found
        if decision.kind == "choose" and query != request_of(text):
            found = hits, decision, withdrawn
            continue
        if decision.kind != "none":
            break
    return hits, decision, withdrawn
