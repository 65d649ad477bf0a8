"""The vectors of the guides' sentences, computed when a version is published.

An answer ranks the chosen guide's sentences against the question by meaning as well
as by words (bot/answers/closeness.py, pinpoint.py). Embedding a guide's twenty or so
sentences when it is first asked about costs a few hundred milliseconds on a small
machine, so the build embeds every distinct sentence once (guides of one item share
theirs across regions, and the embedding cache keeps them between builds) and the
served version looks them up. A version published before this file existed has none:
its sentences are embedded when first used.

    sentences.json  the distinct sentence texts
    sentences.npy   their vectors (passage prefix, unit length), row for row
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import orjson

from bot.catalog.catalog import Catalog
from bot.catalog.guide_sentences import sentences
from bot.catalog.models import Guide


def sentence_texts(catalog: Catalog) -> list[str]:
    """Every distinct sentence an answer may rank, in a stable order."""
    return sorted({s.text for g in catalog.guides.values() for s in sentences(g)})


def guide_sentence_texts(g: Guide) -> tuple[str, ...]:
    """One guide's sentence texts (a publisher gathers them file by file, index/build.py)."""
    return tuple(s.text for s in sentences(g))


def save(folder: Path, texts: list[str], vectors: np.ndarray) -> None:
    (folder / "sentences.json").write_bytes(orjson.dumps(texts))
    np.save(folder / "sentences.npy", vectors.astype(np.float32))


@dataclass(frozen=True)
class SentenceVectors:
    rows: dict[str, int] = field(default_factory=dict)
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))

    @classmethod
    def load(cls, folder: Path) -> SentenceVectors:
        texts, vectors = folder / "sentences.json", folder / "sentences.npy"
        if not texts.exists() or not vectors.exists():
            return cls()
        rows = {t: i for i, t in enumerate(orjson.loads(texts.read_bytes()))}
        return cls(rows, np.load(vectors))

    def get(self, text: str) -> np.ndarray | None:
        row = self.rows.get(text)
        return None if row is None else self.vectors[row]
