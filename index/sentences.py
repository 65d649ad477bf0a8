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
from bot.catalog.memo import SameObjects
from bot.catalog.models import Guide


class _Cut:
    """A guide's sentence texts as one tuple, equal tuples as one object: guides of one
    item (同要素) then add their sentences to a version once, not once per region."""

    def __init__(self) -> None:
        self.seen: SameObjects[Guide, tuple[str, ...]] = SameObjects()
        self.tuples: dict[tuple[str, ...], tuple[str, ...]] = {}

    def __call__(self, g: Guide) -> tuple[str, ...]:
        texts = tuple(s.text for s in sentences(g))
        return self.tuples.setdefault(texts, texts)


#: A publisher that runs again gets the same guide objects for unchanged files.
_cut = _Cut()


def sentence_texts(catalog: Catalog) -> list[str]:
    """Every distinct sentence an answer may rank, in a stable order."""
    distinct: dict[int, tuple[str, ...]] = {}
    for g in catalog.guides.values():
        texts = _cut.seen.get(g, _cut)
        distinct.setdefault(id(texts), texts)
    _cut.seen.next_round()
    _cut.tuples = {t: t for t in distinct.values()}  # forget tuples no guide has now
    return sorted({t for texts in distinct.values() for t in texts})


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
