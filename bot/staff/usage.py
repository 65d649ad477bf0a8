"""What agents did with the console's suggestions: the measure of search on real calls.

    record_use(journal, user_id=7, question="身份证丢了", region="449104",
               shown=["000111003000-449104", "000111004000-449104"], code="000111003000-449104",
               aspect="materials", index_version="v12")
    usage_summary(journal, days=30)   # calls, used #1, used in the top 3, none fitted, by day

One row per call (the console records the first use or "none fitted" of each question).
The caller's question is masked (nlu/privacy.py) before it is stored, like every text
the journal keeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select

from bot.store.journal import Journal, clean_text
from bot.store.models import SuggestionUse

#: Days the summary covers by default, and at most.
SUMMARY_DAYS = 30
MAX_SUMMARY_DAYS = 366


def record_use(journal: Journal, *, user_id: int | None, question: str, region: str | None,
               shown: Sequence[str], code: str | None, aspect: str, index_version: str) -> int:
    """Store one call's outcome; ``code`` None (or empty) means none of ``shown`` fitted.
    Raises ValueError if ``code`` was not shown."""
    if code and code not in shown:
        raise ValueError(f"code {code!r} is not among the suggestions shown")
    rank = list(shown).index(code) + 1 if code else None
    with journal.session() as s, s.begin():
        row = SuggestionUse(user_id=user_id, question=clean_text(question),
                            region=(region or "")[:32], shown=",".join(shown), code=code or "",
                            rank=rank, aspect=aspect[:32], index_version=index_version[:64])
        s.add(row)
        s.flush()
        return row.id


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def usage_summary(journal: Journal, days: int = SUMMARY_DAYS,
                  now: dt.datetime | None = None) -> dict:
    """Counts over the last ``days`` days: calls recorded, a suggestion used (first, within
    the top 3, any), none fitted, and the same per day (UTC dates), newest first."""
    now = now or dt.datetime.now(dt.UTC)
    since = now - dt.timedelta(days=days)
    with journal.session() as s:
        rows = s.execute(select(SuggestionUse.created_at, SuggestionUse.rank)
                         .where(SuggestionUse.created_at >= since)).all()
    total = _counts(r.rank for r in rows)
    per_day: dict[str, list[int | None]] = {}
    for r in rows:
        per_day.setdefault(r.created_at.date().isoformat(), []).append(r.rank)
    return {
        "days": days,
        **total,
        "share_first": _share(total["used_first"], total["calls"]),
        "share_top3": _share(total["used_top3"], total["calls"]),
        "share_none": _share(total["none_fitted"], total["calls"]),
        "by_day": [{"day": day, **_counts(ranks)} for day, ranks in sorted(per_day.items(),
                                                                        reverse=True)],
    }


def _counts(ranks) -> dict[str, int]:  # noqa: ANN001 - an iterable of rank or None
    calls = used = first = top3 = 0
    for rank in ranks:
        calls += 1
        if rank is not None:
            used += 1
            first += rank == 1
            top3 += rank <= 3
    return {"calls": calls, "used": used, "used_first": first, "used_top3": top3,
            "none_fitted": calls - used}
