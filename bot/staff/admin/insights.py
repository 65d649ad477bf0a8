"""What the citizen channels say about the catalog: the guides rated lowest (好差评) and
the questions asked most often without a confident answer.

    insights(journal, days=90, min_ratings=3)   # {"lowest_rated": [...], "unanswered": [...],
                                                #  "ratings_by_day": [...], "totals": {...}}

Unanswered questions count as one when they fold to the same text (Simplified,
half-width, lower case, single spaces, no closing punctuation): "身份證丟了？" and
"身份证丢了" are one question asked twice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict

from sqlalchemy import case, func, select

from bot.store.journal import Journal
from bot.store.models import AnswerLog, Rating, Unanswered
from nlu.textnorm import fold

#: Rows read for the frequency count (the newest); more would only slow the page down.
MAX_ROWS = 50_000
_TRAILING = re.compile(r"[\s?？!！。.,，~～、;；…]+$")


def normalize(question: str) -> str:
    return _TRAILING.sub("", fold(question))


def _since(days: int) -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(days=days)


def lowest_rated(journal: Journal, *, days: int = 90, min_ratings: int = 3,
                 limit: int = 10) -> list[dict]:
    """Guides (and FAQ entries) by average score, lowest first, among those rated at least
    ``min_ratings`` times in the last ``days``: too few ratings say nothing."""
    avg = func.avg(Rating.score)
    count = func.count(Rating.id)
    query = (select(AnswerLog.code, func.max(AnswerLog.name), avg, count,
                    func.sum(case((Rating.score <= 2, 1), else_=0)))
             .join(Rating, Rating.answer_id == AnswerLog.id)
             .where(Rating.created_at >= _since(days))
             .group_by(AnswerLog.code).having(count >= min_ratings)
             .order_by(avg.asc(), count.desc(), AnswerLog.code).limit(limit))
    with journal.session() as s:
        rows = s.execute(query).all()
        out = [{"code": code, "name": name or "", "average": round(float(a), 2),
                "ratings": int(n), "low": int(low or 0), "comments": []}
               for code, name, a, n, low in rows]
        for row in out:  # the newest comments of low ratings: what went wrong
            comments = s.scalars(
                select(Rating.comment).join(AnswerLog, Rating.answer_id == AnswerLog.id)
                .where(AnswerLog.code == row["code"], Rating.score <= 2, Rating.comment != "")
                .order_by(Rating.id.desc()).limit(3)).all()
            row["comments"] = list(comments)
    return out


def frequent_unanswered(journal: Journal, *, days: int = 90, limit: int = 20) -> list[dict]:
    """The most frequent unanswered questions, identical folded texts grouped."""
    with journal.session() as s:
        rows = s.execute(select(Unanswered.question, Unanswered.region, Unanswered.created_at)
                         .where(Unanswered.created_at >= _since(days))
                         .order_by(Unanswered.id.desc()).limit(MAX_ROWS)).all()
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    regions: dict[str, Counter[str]] = defaultdict(Counter)
    last: dict[str, dt.datetime] = {}
    for question, region, created in rows:
        key = normalize(question)
        if not key:
            continue
        counts[key] += 1
        forms[key][question.strip()] += 1
        if region:
            regions[key][region] += 1
        last[key] = max(last.get(key, created), created)
    return [{"question": forms[key].most_common(1)[0][0], "count": n,
             "variants": len(forms[key]), "regions": [r for r, _ in regions[key].most_common(3)],
             "last_seen": last[key].isoformat()}
            for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def ratings_by_day(journal: Journal, *, days: int = 30) -> list[dict]:
    """Ratings per day (UTC dates) with their average score, oldest first."""
    with journal.session() as s:
        rows = s.execute(select(Rating.created_at, Rating.score)
                         .where(Rating.created_at >= _since(days))).all()
    by_day: dict[str, list[int]] = defaultdict(list)
    for created, score in rows:
        by_day[created.date().isoformat()].append(score)
    return [{"day": day, "ratings": len(v), "average": round(sum(v) / len(v), 2)}
            for day, v in sorted(by_day.items())]


def insights(journal: Journal, *, days: int = 90, min_ratings: int = 3) -> dict:
    with journal.session() as s:
        since = _since(days)
        ratings, average = s.execute(select(func.count(Rating.id), func.avg(Rating.score))
                                     .where(Rating.created_at >= since)).one()
        answers = s.scalar(select(func.count(AnswerLog.id))
                           .where(AnswerLog.created_at >= since)) or 0
        unanswered = s.scalar(select(func.count(Unanswered.id))
                              .where(Unanswered.created_at >= since)) or 0
    return {
        "days": days, "min_ratings": min_ratings,
        "totals": {"answers": answers, "ratings": ratings or 0,
                   "average": round(float(average), 2) if average is not None else None,
                   "unanswered": unanswered},
        "lowest_rated": lowest_rated(journal, days=days, min_ratings=min_ratings),
        "unanswered": frequent_unanswered(journal, days=days),
        "ratings_by_day": ratings_by_day(journal, days=min(days, 30)),
    }
