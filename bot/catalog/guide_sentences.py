"""A guide's sentences: the text of every field that may hold a fact, cut into sentences.

What an answer ranks against a question (bot/answers/pinpoint.py) and what a published
version embeds once (index/sentences.py): one cut, so that both see the same sentences.
And an entry's whole text (``entry_text``), which the dialogue reads for what it writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.catalog.models import Bundle, FaqEntry, Guide
from nlu.textnorm import fold

#: A sentence longer than this is split at its clauses (。；) before ranking.
_LONG = 60


@dataclass(frozen=True)
class Sentence:
    field: str  # the field's name as the answer shows it, e.g. 办理条件
    text: str


def sentences(g: Guide) -> list[Sentence]:
    """Every sentence of a guide that may hold a fact, with its field's name."""
    out: list[Sentence] = []

    def add(field: str, text: str | None) -> None:
        if not text:
            return
        parts = [text] if len(text) <= _LONG else [p for p in re.split(r"(?<=[。；;])", text) if p]
        out.extend(Sentence(field, p.strip()) for p in parts if p.strip())

    for c in g.conditions:
        add("办理条件", c)
    for s in g.situations:
        add("办理情形", f"{s.name}：{s.description}" if s.description else s.name)
    for m in g.materials:
        if m.note:
            add("材料说明", f"{m.name}：{m.note}")
    for s in g.steps:
        add("办理流程", f"{s.name}：{s.description}" if s.description else s.name)
    for label, t in (("承诺时限说明", g.promised_time_limit), ("法定时限说明", g.legal_time_limit)):
        add(label, t.note)
    for item in g.fee.items:
        add("收费", f"{item.name} {item.amount}" + (f"（{item.basis}）" if item.basis else ""))
    add("办理结果", g.result)
    add("办理时间", g.hours)
    return out


def entry_text(entry: Guide | FaqEntry | Bundle, more: list[str] | tuple[str, ...] = ()) -> str:
    """Everything an entry writes, folded, one part a line: a guide's names, aliases, life
    events, agency, situations, materials and sentences; an FAQ entry's questions and
    answer; a bundle's name, aliases, description and order note; then ``more`` (a
    guide's hall names, a bundle's items' names)."""
    if isinstance(entry, FaqEntry):
        parts = [*entry.questions, entry.answer]
    elif isinstance(entry, Bundle):
        parts = [entry.name, *entry.aliases, entry.description, entry.order_note or "", *more]
    else:
        parts = [entry.name, *entry.aliases, *entry.life_events, entry.agency,
                 *(s.name for s in entry.situations), *(m.name for m in entry.materials),
                 *(s.text for s in sentences(entry)), *more]
    return "\n".join(fold(p).replace(" ", "") for p in parts)
