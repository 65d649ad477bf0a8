"""A follow-up that asks another operation of the current item: "丢了" after an answer on
居民身份证换领 is about 居民身份证补领, "要注销呢" after 个体工商户设立登记 about its 注销.

Such a follow-up names no item of its own, or the search cannot place it, so it stays on
the current one (followup.py); but the operation it asks is one the current guide's name
contradicts (variants.fits) and its own names and situations never state. The item's
variant whose official name states that operation is found by searching the current
item's name with the follow-up: the one guide among the hits that is a variant of the
same item (variants.one_item) and states the operation. None when the current guide
fits, or no single variant does (the current one is answered, as before).
"""

from __future__ import annotations

from bot.answers.operations import asked_operations
from bot.catalog.models import Guide
from bot.dialogue.searching import MAX_QUERY_CHARS
from bot.dialogue.variants import covers, one_item, stated
from index.search import Searcher, SearchHit
from nlu.textnorm import fold

#: Hits searched for the variant (an item has a handful of operations).
VARIANT_HITS = 8


def variant_asked(searcher: Searcher, current: Guide, question: str, region: str | None,
                  names_of) -> SearchHit | None:  # noqa: ANN001 - callable(SearchHit)
    """The hit of the current item's variant that states the operation ``question`` asks,
    when the current guide does not (None otherwise)."""
    asked = asked_operations(question) - {"new"}
    said = "\n".join(fold(t) for t in (current.name, *current.aliases,
                                          *(s.name for s in current.situations)))
    if not asked or covers(asked, (fold(current.name),), said):
        return None
    query = f"{current.name} {question}"[:MAX_QUERY_CHARS]
    hits = searcher.search(query, region=region, top=VARIANT_HITS)
    found = [h for h in hits if h.kind == "guide" and h.answerable and h.group != current.group
             and stated(asked, names_of(h)) and one_item((fold(current.name), *names_of(h)[:1]))]
    return found[0] if len({h.group for h in found}) == 1 else None
