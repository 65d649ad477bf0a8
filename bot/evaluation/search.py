"""Search quality on a question set: Recall@1, Recall@5 and MRR@10 per channel.

A question set is JSON lines::

    {"q": "身份证丢了咋办", "region": "449102", "expect": ["000110023000"], "tags": ["typo"]}

``expect`` lists acceptable answers (none for a question the catalog cannot
answer): guide codes, or base codes (any guide
of that item counts), FAQ ids or bundle ids. ``region`` is optional.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.staff.admin.questions import question_lines
from index.search import Mode, Searcher

MODES: tuple[Mode, ...] = ("bm25", "dense", "hybrid")


@dataclass(frozen=True)
class Question:
    q: str
    expect: tuple[str, ...]
    region: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scores:
    recall1: float
    recall5: float
    mrr10: float
    n: int


def load_questions(path: Path) -> list[Question]:
    return question_lines(path, lambda d: Question(d["q"], tuple(d.get("expect", ())),
                                                   d.get("region"), tuple(d.get("tags", ()))))


def first_rank(searcher: Searcher, q: Question, mode: Mode, depth: int = 10) -> int | None:
    """1-based rank of the first acceptable result, or None within ``depth``."""
    for rank, hit in enumerate(searcher.search(q.q, region=q.region, top=depth, mode=mode), 1):
        if hit.code in q.expect or hit.group in q.expect:
            return rank
    return None


def score(ranks: list[int | None]) -> Scores:
    n = len(ranks)
    if n == 0:
        return Scores(0.0, 0.0, 0.0, 0)
    return Scores(
        recall1=sum(r == 1 for r in ranks) / n,
        recall5=sum(r is not None and r <= 5 for r in ranks) / n,
        mrr10=sum(1.0 / r for r in ranks if r is not None and r <= 10) / n,
        n=n,
    )


def evaluate(searcher: Searcher, questions: list[Question]) -> dict[str, tuple[Scores, list]]:
    """Scores per mode, with the questions each mode missed at rank 1."""
    out = {}
    for mode in MODES:
        ranks = [first_rank(searcher, q, mode) for q in questions]
        misses = [(q, r) for q, r in zip(questions, ranks, strict=True) if r != 1]
        out[mode] = (score(ranks), misses)
    return out


def evaluate_file(searcher: Searcher, path: Path, as_json: bool = False) -> int:
    questions = load_questions(path)
    results = evaluate(searcher, questions)
    if as_json:
        print(json.dumps({m: s.__dict__ for m, (s, _) in results.items()}, ensure_ascii=False))
        return 0
    print(f"{len(questions)} questions from {path}")
    print(f"{'channel':<8} {'Recall@1':>9} {'Recall@5':>9} {'MRR@10':>8}")
    for mode, (s, _) in results.items():
        print(f"{mode:<8} {s.recall1:>9.3f} {s.recall5:>9.3f} {s.mrr10:>8.3f}")
    _, misses = results["hybrid"]
    if misses:
        print("\nhybrid misses at rank 1 (rank of the expected answer):", file=sys.stderr)
        for q, r in misses:
            print(f"  {r or '-':>2}  {q.q}  -> {','.join(q.expect)}", file=sys.stderr)
    return 0
