"""Which of the offered options the user picked: a button, a number, or words.

- A button or a number: the ``ordinal`` entity ("1".."9" or "last", from the
  payload ``/choose{"ordinal":"2"}`` or from Rasa's synonyms for 第二个, 最后一个)
  or a bare number such as "2" or "二".
- Words ("丢了", "补领的", "个人的"): the option whose name or alias the words
  are part of, else the option the search ranks highest for the words, unless
  the search first meets another item the words name ("社保卡坏了要换" after
  being offered 出生证 items is a new question).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from nlu.textnorm import fold

if TYPE_CHECKING:
    from bot.dialogue.state import Turn
    from index.search import SearchHit

_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_BARE_NUMBER = re.compile(
    r"^(?:第|选|要)?\s*([1-9一二三四五六七八九])\s*(?:个|项|条|种|号|吧|的)?[.。!！]?$")
_SEARCH_DEPTH = 30


def ordinal(turn: Turn, n_options: int) -> int | None:
    """The 0-based index the user picked by number, if any."""
    values = list(turn.entities.get("ordinal", []))
    m = _BARE_NUMBER.match(fold(turn.text).replace(" ", ""))
    if m:
        values.append(m.group(1))
    for v in values:
        v = str(v).strip()
        if v == "last":
            return n_options - 1
        n = _NUMERALS.get(v) or (int(v) if v.isdigit() else 0)
        if 1 <= n <= n_options:
            return n - 1
    return None


def pick(
    turn: Turn,
    options: Sequence[str],
    describe: Callable[[str], tuple[str, tuple[str, ...]]],
    search: Callable[[str], list[SearchHit]],
) -> str | None:
    """The option key the user picked, or None when the reply does not say.

    ``describe(key)`` gives an option's item (search group) and its folded
    name and aliases; ``search(text)`` ranks entries for the words.
    """
    n = ordinal(turn, len(options))
    if n is not None:
        return options[n]
    words = fold(turn.text).replace(" ", "")
    if not words or words.startswith("/"):
        return None
    described = {key: describe(key) for key in options}
    named = [k for k, (_, names) in described.items()
             if any(words in name or name in words for name in names)]
    if len(named) == 1:
        return named[0]
    by_group = {described[k][0]: k for k in (named or options)}
    for hit in search(turn.text)[:_SEARCH_DEPTH]:
        if hit.group in by_group:
            return by_group[hit.group]
        if hit.named:  # the words name another item: a new question, not a choice
            return None
    return None
