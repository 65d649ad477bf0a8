"""Asking less: when close items are found, whether a person would simply answer.

The search's decision (confidence.py) asks which item is meant when several
are close. The citizen's question often settles it anyway:

- it asks something only a service guide answers (the fee, the phone, the
  visits...) and one of the close entries is the only guide: that one;
- every close guide would give the same answer to what was asked (the same
  fee, the same phone): asking which helps nobody.

And when it would answer with an FAQ entry, whether the entry speaks to what was
asked: "公证处电话多少" matched to an entry on how long a notarization takes is
answered by the close guide, whose fields hold the phone (answered_by_guide). The other
way round, a guide whose fields say nothing of what was asked gives way to a close FAQ
entry (answered_by_entry).

The answer then offers the other close items as buttons that name them, so a
wrong guess costs one tap (with_alternatives).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answers.asks import asks_in_words
from bot.answers.details import says_nothing
from bot.answers.model import Button
from bot.dialogue.confidence import Decision
from bot.dialogue.request import request_of
from bot.dialogue.told_apart import distinguished, writes_more
from index.search import SearchHit

GUIDE, FAQ = "guide", "faq"


def settled(decision: Decision, asks: tuple[str, ...], question: str,
            names_of: Callable[[SearchHit], tuple[str, ...]],
            bodies_of: Callable[[SearchHit], tuple[str, ...] | None],
            entry_text: Callable[[SearchHit], str]) -> Decision:
    """``decision`` once the question has had its say: a choice it settles (narrowed), an
    FAQ entry that does not speak to what it asks (answered_by_guide, on a long message's
    request), a guide whose fields say nothing of it (answered_by_entry)."""
    decision = narrowed(decision, asks, question, names_of, bodies_of)
    decision = answered_by_guide(decision, request_of(question), entry_text)
    return answered_by_entry(decision, bodies_of, question, entry_text)


def narrowed(decision: Decision, asks: tuple[str, ...], query: str,
             names_of: Callable[[SearchHit], tuple[str, ...]],
             bodies_of: Callable[[SearchHit], tuple[str, ...] | None]) -> Decision:
    """``decision`` with a choice settled where the question settles it.

    ``bodies_of(hit)`` is what the answer would say to each ask for a guide in
    use (None for anything else)."""
    if decision.kind != "choose":
        return decision
    options = decision.hits
    if asks != ("overview",):
        guides = tuple(h for h in options if h.kind == GUIDE)
        if len(guides) == 1:
            return _answer(guides[0], options)
        if guides and len(guides) < len(options):
            one = distinguished(query, guides, names_of)
            if one is not None:
                return _answer(one, options)
    bodies = [bodies_of(h) for h in options]
    if None not in bodies and len(set(bodies)) == 1:
        return _answer(options[0], options)
    return decision


def answered_by_guide(decision: Decision, question: str,
                      entry_text: Callable[[SearchHit], str]) -> Decision:
    """``decision`` with a guide answering instead of the FAQ entry it would answer with,
    when the question's words (``question``: a long message's request) ask aspects a
    guide's fields hold (the phone, the visits, 邮寄…) that the entry's questions and
    answer never speak of (``entry_text``), and a guide in use is among the close items
    offered beside it. The entry is offered as a button. An aspect only the NLU's intent
    names is not enough: "缴费基数怎么选" is no question about the fee of a guide.

    Measured on the first questions of the development sets (2026-12-07): of the answers
    given with an FAQ entry while a guide was close, 6 would change, all 5 answerable
    ones to the right guide from an entry that did not answer them; no entry that
    answered was replaced."""
    if decision.kind != "answer" or decision.hits[0].kind != FAQ:
        return decision
    wanted = set(asks_in_words(question)) - {"overview"}
    guide = next((h for h in decision.hits[1:] if h.kind == GUIDE and h.answerable), None)
    if guide is None or not wanted or wanted <= set(asks_in_words(entry_text(decision.hits[0]))):
        return decision
    return _answer(guide, decision.hits)


def answered_by_entry(decision: Decision,
                      bodies_of: Callable[[SearchHit], tuple[str, ...] | None],
                      question: str = "",
                      entry_text: Callable[[SearchHit], str] | None = None) -> Decision:
    """``decision`` with a close FAQ entry answering instead of the guide it would answer
    with, when the guide's fields say nothing of any ask (every body is only "办事指南没有
    写明…": "居民医保住院能报销多少" of the enrolment guide, beside the hotline's entry on
    reimbursement rates), or when the entry writes words of the question that the guide's
    whole text never writes (told_apart.writes_more: "临时去外地看病报销比例会低多少"). The
    guide is offered as a button. ``bodies_of`` as in narrowed; ``entry_text`` an entry's
    whole text."""
    if decision.kind != "answer" or decision.hits[0].kind != GUIDE:
        return decision
    entry = next((h for h in decision.hits[1:] if h.kind == FAQ and h.answerable), None)
    if entry is None:
        return decision
    bodies = bodies_of(decision.hits[0])
    if bodies and all(says_nothing(b) for b in bodies):
        return _answer(entry, decision.hits)
    if not question or entry_text is None:
        return decision
    # The first entry close beside it that writes words of the question the guide never
    # writes (measured on the night of 2026-12-07: one development turn gained, none
    # lost; taking entries from further down the hits, down to OPTION_FLOOR, gained two
    # and lost two: "驾照快到期了，能在外省换吗" went to an entry on 身份证 that writes 外省).
    guide = entry_text(decision.hits[0])
    entry = next((h for h in decision.hits[1:] if h.kind == FAQ and h.answerable
                  and writes_more(question, entry_text(h), guide)), None)
    return decision if entry is None else _answer(entry, decision.hits)


def _answer(one: SearchHit, options: tuple[SearchHit, ...]) -> Decision:
    return Decision("answer", (one, *(h for h in options if h is not one)))


#: An option's title longer than this (an FAQ passage without a question is titled by
#: its text) is cut at a clause, or here.
TITLE_CHARS = 24


def option_title(hit: SearchHit) -> str:
    """How an option is named on a button or in a choice: a withdrawn guide with its
    status, a long passage by its first clause."""
    if hit.kind == "guide" and not hit.answerable:
        return f"{hit.name}（{'已撤销' if hit.status == 'revoked' else '暂停办理'}）"
    if len(hit.name) <= TITLE_CHARS:
        return hit.name
    head = re.split(r"[，。；：,;:]", hit.name[:TITLE_CHARS])[0]
    return (head if len(head) >= 6 else hit.name[:TITLE_CHARS]) + "…"


def alternative_buttons(others: tuple[SearchHit, ...]) -> tuple[Button, ...]:
    """Buttons for the close items not chosen: pressing one asks for it by name."""
    return tuple(Button(f"不是这项？看：{option_title(h)}", h.name) for h in others
                 if h.answerable)
