"""The BM25 channel computed with arrays gives bm25s's own scores, to the bit, and a
TokenCounts kept between builds gives what a fresh one gives."""

from __future__ import annotations

import sys
from pathlib import Path

import bm25s
import numpy as np
import pytest

from index.lexical import LexicalChannel, TokenCounts
from index.tokenize import tokens

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import gen_province  # noqa: E402

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def profiles(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The lexical texts of a small province catalog's profiles, and texts without tokens."""
    from bot.catalog.validate import load_catalog
    from index.documents import catalog_documents

    root = tmp_path_factory.mktemp("province")
    gen_province.generate(root, guides=300, items=40, towns_per_county=2)
    report = load_catalog(root)
    assert report.catalog is not None
    _, found = catalog_documents(report.catalog)
    return [p.lexical for p in found] + ["的 了 吗", ""]


def _columns(channel: LexicalChannel) -> dict[str, dict[int, float]]:
    s = channel.model.scores
    out = {}
    for word, i in channel.vocab.items():
        if i + 1 < len(s["indptr"]):
            at = slice(s["indptr"][i], s["indptr"][i + 1])
            out[word] = dict(zip(s["indices"][at].tolist(), s["data"][at].tolist(), strict=True))
    return out


def _reference(texts: list[str]) -> LexicalChannel:
    model = bm25s.BM25()
    model.index([tokens(t) or [""] for t in texts], show_progress=False)
    return LexicalChannel(model, len(texts))


def test_scores_equal_bm25s(profiles: list[str]) -> None:
    ours, theirs = LexicalChannel.build(profiles), _reference(profiles)
    assert set(ours.vocab) == set(theirs.vocab)
    assert _columns(ours) == _columns(theirs)  # float equality, word by word
    for q in ("身份证补领", "营业执照变更要带什么", "shen_fen", "没有的词"):
        assert np.array_equal(ours.scores(q), theirs.scores(q)), q


def test_kept_counts_give_what_fresh_counts_give(profiles: list[str]) -> None:
    counts = TokenCounts()
    LexicalChannel.build(profiles, counts)
    edited = [*profiles[:5], profiles[5] + " 测试新别名", *profiles[6:-10], "全新的事项名称"]
    again = LexicalChannel.build(edited, counts)
    fresh = LexicalChannel.build(edited)
    assert set(again.vocab) == set(fresh.vocab)
    assert _columns(again) == _columns(fresh) == _columns(_reference(edited))
    assert "全新" in again.vocab


def test_saved_and_loaded_channel_ranks_the_same(profiles: list[str], tmp_path: Path) -> None:
    built = LexicalChannel.build(profiles)
    built.save(tmp_path / "bm25")
    loaded = LexicalChannel.load(tmp_path / "bm25", len(profiles))
    assert loaded.rank("身份证补领", 5) == built.rank("身份证补领", 5)
