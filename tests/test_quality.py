"""Search quality floor on the demo catalog and the development questions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.evaluation.search import evaluate, load_questions
from bot.settings import PROJECT_ROOT
from index.embedder import Embedder
from index.search import Searcher
from index.served import IndexHolder

pytestmark = pytest.mark.integration
QUESTIONS = PROJECT_ROOT / "data" / "eval" / "questions.jsonl"


@pytest.fixture(scope="module")
def demo_searcher(publish_index: Callable[..., Path], embedder: Embedder) -> Searcher:
    """The demo catalog published into a fresh index."""
    return Searcher(IndexHolder(publish_index(PROJECT_ROOT / "data" / "catalog")), embedder)


def test_fused_search_meets_the_targets_and_beats_each_channel(demo_searcher: Searcher) -> None:
    questions = load_questions(QUESTIONS)
    assert len(questions) >= 150
    results = {mode: scores for mode, (scores, _) in evaluate(demo_searcher, questions).items()}
    hybrid = results["hybrid"]
    assert hybrid.recall1 >= 0.85, results
    assert hybrid.recall5 >= 0.97, results
    for mode in ("bm25", "dense"):
        assert hybrid.recall1 >= results[mode].recall1, results
        assert hybrid.recall5 >= results[mode].recall5, results
        assert hybrid.mrr10 >= results[mode].mrr10, results


def test_revoked_items_named_in_questions_come_back_with_their_status(
    demo_searcher: Searcher,
) -> None:
    for q in load_questions(QUESTIONS):
        if "revoked" not in q.tags:
            continue
        hits = demo_searcher.search(q.q, region=q.region, top=5)
        wanted = [h for h in hits if h.code in q.expect or h.group in q.expect]
        assert wanted, q.q
        assert all(not h.answerable and h.status in ("revoked", "suspended") for h in wanted)
