"""The request inside a long message: the clauses that ask, and the one before each.

A hotline-style message (80-200 characters) is mostly story ("我父亲今年七十多
了，上个月住院……") with one or two questions at the end. The story's time or
place words would read as asks ("今天", "大厅里"), so the asks are read from the
request alone (the search reads the whole message first: the story usually
names the item, see searching.searched). The request is the message's question clauses
(a question word or particle, or a wish: 想办, 请问) with the clause before each
(where the item is usually named: "身份证丢了，怎么补"). A short message is its
own request. General Chinese only: nothing here knows a catalog.
"""

from __future__ import annotations

from bot.answers.questionwords import ASKING, CLAUSE_BREAKS, LONG_MESSAGE
from nlu.textnorm import fold


def request_of(text: str) -> str:
    """The part of ``text`` that asks (``text`` itself when short or without a question)."""
    if len(fold(text).replace(" ", "")) < LONG_MESSAGE:
        return text
    clauses = [c for c in CLAUSE_BREAKS.split(text) if c.strip()]
    asking = [i for i, c in enumerate(clauses) if ASKING.search(fold(c))]
    if not asking:
        return text
    keep = sorted(set(asking) | {i - 1 for i in asking if i > 0})
    request = "，".join(clauses[i].strip() for i in keep)
    return request if len(fold(request)) >= 6 else text
