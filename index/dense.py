"""The dense channel: ranks profiles by the best cosine of any of their texts."""

from __future__ import annotations

import faiss
import numpy as np

# One query at a time: OpenMP threads cost more than they give (measured, DESIGN.md).
faiss.omp_set_num_threads(1)


class DenseChannel:
    """Exact inner-product search (faiss IndexFlatIP) over normalized vectors.

    Each distinct text has one vector; a text may belong to many profiles (the
    same alias in every region's guide), and a profile owns several texts
    (name, each alias, a summary). A profile's score is its best text's cosine,
    so a citizen's phrasing only has to be close to one of them.

    Example::

        channel = DenseChannel(vectors, pair_text=np.array([0, 1, 1]),
                               pair_profile=np.array([0, 0, 1]))
        channel.rank(query_vector, top=5)   # [(profile, cosine), ...]
    """

    def __init__(self, vectors: np.ndarray, pair_text: np.ndarray,
                 pair_profile: np.ndarray) -> None:
        if len(pair_text) != len(pair_profile):
            raise ValueError("pair_text and pair_profile must have the same length")
        n = len(vectors)
        order = np.argsort(pair_text, kind="stable")
        self.owners = np.asarray(pair_profile, dtype=np.int64)[order]
        self.indptr = np.searchsorted(np.asarray(pair_text)[order], np.arange(n + 1))
        dim = vectors.shape[1] if vectors.ndim == 2 and n else 1
        self.index = faiss.IndexFlatIP(dim)
        if n:
            self.index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def rank(self, query: np.ndarray, top: int) -> list[tuple[int, float]]:
        """Profiles owning the ``top`` nearest texts, best first, with their best cosine."""
        if top <= 0:
            raise ValueError("top must be positive")
        n = self.index.ntotal
        if n == 0:
            return []
        scores, ids = self.index.search(query.reshape(1, -1).astype(np.float32), min(n, top))
        best: dict[int, float] = {}
        for s, i in zip(scores[0], ids[0], strict=True):
            if i < 0:
                continue
            for p in self.owners[self.indptr[i] : self.indptr[i + 1]]:
                best.setdefault(int(p), float(s))
        return list(best.items())
