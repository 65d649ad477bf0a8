"""The questions a new catalog is replayed with (impact.py): what people ask.

    asked = replay_set(settings.impact_files(), faq_questions, journal, days=90, limit=1000)

Three sources, merged when they fold to the same text (insights.normalize) in the same
region: the development question files (JSON lines ``{"q": ..., "region": ...}``), every
FAQ entry's questions (of the served catalog and of the new one), and the most frequent
distinct questions citizens asked in the journal's last ``days`` days. The journal holds
questions masked as they were stored (身份证号 and mobiles replaced); nothing else of a
conversation is read. ``asked`` counts the journal's askings, so the most asked come first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select

from bot.staff.admin.insights import normalize
from bot.store.journal import Journal
from bot.store.models import AnswerLog, Unanswered

T = TypeVar("T")
SOURCES = ("dev", "faq", "journal")
#: Rows of (text, region, count) read per table before folding: enough for ``limit``
#: distinct folded questions even when many forms fold together.
ROWS_PER_QUESTION = 4


@dataclass
class Asked:
    """One question to replay: its text and region, how often citizens asked it."""

    text: str
    region: str | None = None
    asked: int = 0
    sources: set[str] = field(default_factory=set)

    def to_dict(self) -> dict:
        return {"question": self.text, "region": self.region or "", "asked": self.asked,
                "sources": [s for s in SOURCES if s in self.sources]}


def question_lines(path: Path, make: Callable[[dict], T]) -> list[T]:
    """A question file (JSON lines with at least ``q``), each line made into a ``T``; a
    line that is not one is a ValueError naming it (bot/evaluation/search.py reads the
    evaluation sets with it too)."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(make(json.loads(line)))
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"{path}:{n}: not a question line ({e})") from None
    return out


def question_file(path: Path) -> list[Asked]:
    """A question file's questions (``q`` and ``region``; other fields are ignored)."""
    return question_lines(path, lambda d: Asked(str(d["q"]), d.get("region") or None, 0,
                                                {"dev"}))


def journal_questions(journal: Journal, *, days: int, limit: int) -> list[Asked]:
    """The ``limit`` most frequent distinct questions of the last ``days`` days, answered
    or not, each in its most frequent form and region."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[tuple[str, str]]] = {}
    with journal.session() as s:
        for table in (AnswerLog, Unanswered):
            n = func.count(table.id)
            rows = s.execute(select(table.question, table.region, n)
                             .where(table.created_at >= since)
                             .group_by(table.question, table.region)
                             .order_by(n.desc()).limit(limit * ROWS_PER_QUESTION)).all()
            for text, region, count in rows:
                key = normalize(text)
                if key:
                    counts[key] += count
                    forms.setdefault(key, Counter())[(text.strip(), region or "")] += count
    out = []
    for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
        text, region = forms[key].most_common(1)[0][0]
        out.append(Asked(text, region or None, count, {"journal"}))
    return out


def merged(groups: Iterable[Iterable[Asked]]) -> list[Asked]:
    """One question per folded text and region; the most asked first, then as read."""
    by_key: dict[tuple[str, str], Asked] = {}
    for group in groups:
        for a in group:
            key = (normalize(a.text), a.region or "")
            if not key[0]:
                continue
            seen = by_key.get(key)
            if seen is None:
                by_key[key] = Asked(a.text, a.region, a.asked, set(a.sources))
            else:
                seen.asked += a.asked
                seen.sources |= a.sources
    return sorted(by_key.values(), key=lambda a: -a.asked)


def replay_set(files: list[Path], faq: Iterable[str], journal: Journal | None, *,
               days: int, limit: int) -> list[Asked]:
    """Every question to replay: the files', the FAQ entries' and the journal's."""
    groups: list[list[Asked]] = [question_file(p) for p in files]
    groups.append([Asked(q, None, 0, {"faq"}) for q in faq])
    if journal is not None and limit > 0:
        groups.append(journal_questions(journal, days=days, limit=limit))
    return merged(groups)
