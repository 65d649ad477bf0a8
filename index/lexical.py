"""The BM25 channel: ranks profiles by BM25 over jieba words and pinyin bigrams."""

from __future__ import annotations

from pathlib import Path

import bm25s
import numpy as np

from index.tokenize import tokens


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
    def build(cls, texts: list[str]) -> LexicalChannel:
        corpus = [tokens(t) or [""] for t in texts]
        model = bm25s.BM25()
        model.index(corpus, show_progress=False)
        return cls(model, len(texts))

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
