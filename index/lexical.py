"""The BM25 channel: ranks profiles by BM25 over jieba words and pinyin bigrams."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import bm25s
import numpy as np

from index.tokenize import tokens

#: bm25s's defaults, which the scores below reproduce (Lucene's idf and term weight).
K1, B = 1.5, 0.75


class _Counted(NamedTuple):
    """One text's tokens: their ids in a TokenCounts vocabulary, counts, and how many."""

    ids: np.ndarray  # int64, each token once
    tf: np.ndarray  # float32
    length: int


class TokenCounts:
    """Each text's tokens counted once and numbered in one vocabulary, kept between builds.

    bm25s counts every document's tokens in Python on every build (about 1.5 s for a
    province's 13,000 profiles on this machine); a publisher that runs again counts only
    texts it has not seen in its last build. Texts not used by the last build are forgotten
    then; the vocabulary is renumbered when mostly unused.
    """

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}
        self._kept: dict[str, _Counted] = {}

    def index(self, texts: list[str]) -> bm25s.BM25:
        """The bm25s index of ``texts`` (at least one)."""
        kept, now = self._kept, {}
        for t in texts:
            if t not in now:
                now[t] = kept.get(t) or self._count(t)
        self._kept = now
        model = _bm25([now[t] for t in texts], self.vocab)
        if len(self.vocab) > 2 * len(model.vocab_dict) + 10_000:  # mostly unused words
            self.vocab, self._kept = {}, {}  # the next build counts and numbers anew
        return model

    def _count(self, text: str) -> _Counted:
        words = tokens(text) or [""]
        counted = Counter(words)
        ids = [self.vocab.setdefault(w, len(self.vocab)) for w in counted]
        return _Counted(np.array(ids, dtype=np.int64),
                        np.fromiter(counted.values(), dtype=np.float32, count=len(counted)),
                        len(words))


def _bm25(docs: list[_Counted], vocab: dict[str, int]) -> bm25s.BM25:
    """The bm25s index of ``docs``, computed with arrays: the scores bm25s's own ``index``
    gives (the same float operations in the same order; compared in the tests), and its
    vocabulary numbered in first-seen order rather than in set order."""
    n = len(docs)
    ids = np.concatenate([d.ids for d in docs])
    tf = np.concatenate([d.tf for d in docs])
    lengths = np.array([d.length for d in docs])
    rows = np.repeat(np.arange(n, dtype=np.int32), [len(d.ids) for d in docs])
    used = np.zeros(len(vocab), dtype=bool)
    used[ids] = True
    renumber = np.cumsum(used) - 1
    ids = renumber[ids]
    vocab_dict = {w: int(renumber[i]) for w, i in vocab.items() if used[i]}
    df = np.bincount(ids, minlength=len(vocab_dict))
    distinct = np.unique(df)  # Lucene's idf, as bm25s computes it (math.log), per df
    idf = np.array([math.log(1 + (n - d + 0.5) / (d + 0.5)) for d in distinct.tolist()])
    idf = idf[np.searchsorted(distinct, df)].astype(np.float32)
    tfc = tf / (K1 * ((1 - B) + B * lengths[rows] / lengths.mean()) + tf)
    weights = (idf[ids] * tfc).astype(np.float32)
    order = np.lexsort((rows, ids))  # by word, then profile: compressed sparse columns
    indptr = np.zeros(len(vocab_dict) + 1, dtype=np.int64)
    np.cumsum(np.bincount(ids, minlength=len(vocab_dict)), out=indptr[1:])
    model = bm25s.BM25(k1=K1, b=B)
    model.scores = {"data": weights[order], "indices": rows[order], "indptr": indptr,
                    "num_docs": n}
    vocab_dict.setdefault("", len(vocab_dict))  # as bm25s: the empty word, without a column
    model.vocab_dict = vocab_dict
    model.unique_token_ids_set = set(vocab_dict.values())
    model.nonoccurrence_array = None
    return model


class LexicalChannel:
    """BM25 (bm25s, Lucene variant, k1=1.5, b=0.75) over one token list per profile.

    Example::

        channel = LexicalChannel.build(["居民身份证补领 补办身份证", "结婚登记 领证"])
        channel.rank("身份证丢了", top=5)   # [(0, 2.31)]
    """

    def __init__(self, model: bm25s.BM25, size: int) -> None:
        self.model = model
        self.size = size
        self.vocab: dict[str, int] = model.vocab_dict

    @classmethod
    def build(cls, texts: list[str], counts: TokenCounts | None = None) -> LexicalChannel:
        """The channel over ``texts``; a ``counts`` kept by the caller between builds
        counts only the texts it has not seen."""
        counts = counts or TokenCounts()
        if not texts:
            model = bm25s.BM25(k1=K1, b=B)
            model.index([[""]], show_progress=False)
            return cls(model, 0)
        return cls(counts.index(texts), len(texts))

    def save(self, folder: Path) -> None:
        self.model.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, size: int) -> LexicalChannel:
        return cls(bm25s.BM25.load(str(folder), show_progress=False, mmap=False), size)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every profile for ``query`` (zeros when nothing matches)."""
        known = [t for t in tokens(query) if t in self.vocab]
        if not known or self.size == 0:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.model.get_scores(known), dtype=np.float32)

    def rank(self, query: str, top: int) -> list[tuple[int, float]]:
        """The best ``top`` profiles with a positive score, best first."""
        scores = self.scores(query)
        if top <= 0:
            raise ValueError("top must be positive")
        k = min(top, int(np.count_nonzero(scores > 0)))
        if k == 0:
            return []
        idx = np.argpartition(-scores, k - 1)[:k]
        idx = idx[np.argsort(-scores[idx], kind="stable")]
        return [(int(i), float(scores[i])) for i in idx]
