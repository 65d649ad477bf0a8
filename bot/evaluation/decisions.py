"""How the dialogue's first decision fares on question sets (``guidebot eval --decisions``).

For each question the dialogue either answers one item, asks which of a few,
or says it found nothing (confidence.py). On answerable questions the figures
that matter are wrong direct answers (a wasted trip) and how often it asks;
on questions the catalog cannot answer, how often it says so instead of
guessing. Lines are split even/odd, as the thresholds were chosen on the even
lines and checked on the odd ones.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

from bot.answers.views import Views
from bot.dialogue.confidence import decide
from bot.dialogue.searching import mentions_of
from bot.evaluation.search import load_questions
from bot.settings import Settings
from index.search import Searcher

OUTCOMES = ("answer_right", "answer_wrong", "ask_right", "ask_wrong", "none")


def _expected(hit_code: str, hit_group: str, expect: tuple[str, ...]) -> bool:
    return hit_code in expect or hit_group in expect


def outcomes(searcher: Searcher, settings: Settings, path: Path) -> list[str]:
    out = []
    views = Views(searcher.holder.current(), dt.datetime.now(dt.UTC))
    for q in load_questions(path):
        hits = searcher.search(q.q, region=q.region, top=8)
        mentions = mentions_of(q.q, views)
        d = decide(hits, settings.min_dense, settings.min_bm25, q.q, views.names_of,
                   views.aliases_of, mentions)
        right = [_expected(h.code, h.group, q.expect) for h in d.hits]
        if d.kind == "none":
            out.append("none")
        elif d.kind == "answer":
            out.append("answer_right" if right[0] else "answer_wrong")
        else:
            out.append("ask_right" if any(right) else "ask_wrong")
    return out


def _shares(rows: list[str]) -> dict[str, float]:
    n = len(rows) or 1
    c = Counter(rows)
    return {k: round(c[k] / n, 3) for k in OUTCOMES}


def report(searcher: Searcher, settings: Settings, answerable: Path, unanswerable: Path,
           as_json: bool = False) -> int:
    results = {}
    for name, path in (("answerable", answerable), ("unanswerable", unanswerable)):
        rows = outcomes(searcher, settings, path)
        results[name] = {"all": _shares(rows), "even": _shares(rows[0::2]),
                         "odd": _shares(rows[1::2]), "n": len(rows)}
    if as_json:
        print(json.dumps(results, ensure_ascii=False))
        return 0
    print(f"thresholds: min_dense {settings.min_dense}, min_bm25 {settings.min_bm25}")
    print(f"{'set':<13} {'lines':<5} " + " ".join(f"{o:>12}" for o in OUTCOMES))
    for name, r in results.items():
        for part in ("all", "even", "odd"):
            shares = r[part]
            print(f"{name:<13} {part:<5} " + " ".join(f"{shares[o]:>12.3f}" for o in OUTCOMES))
    return 0
