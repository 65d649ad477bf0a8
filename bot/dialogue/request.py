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

import re

from nlu.textnorm import fold

#: Messages at least this long (folded characters) are read for their request.
LONG_MESSAGE = 50
_CLAUSES = re.compile(r"[，。！？；,.!?;\n…~～]+")
_ASKING = re.compile(
    r"吗|嘛|呢|\?|怎么|怎样|如何|什么|啥|哪|多少|多久|多长|几|能不能|可不可以|可以.{0,8}吗|是否|要不要"
    r"|有没有|是不是|行不行|会不会|用不用|能否|请问|想问|问一下|咨询|想办|要办|想申请|需要|咋|唔|冇"
    r"|点样|边度|乜")


def request_of(text: str) -> str:
    """The part of ``text`` that asks (``text`` itself when short or without a question)."""
    if len(fold(text).replace(" ", "")) < LONG_MESSAGE:
        return text
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    asking = [i for i, c in enumerate(clauses) if _ASKING.search(fold(c))]
    if not asking:
        return text
    keep = sorted(set(asking) | {i - 1 for i in asking if i > 0})
    request = "，".join(clauses[i].strip() for i in keep)
    return request if len(fold(request)) >= 6 else text
