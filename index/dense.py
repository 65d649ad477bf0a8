"""The dense channel: ranks profiles by the best cosine of any of their vectors."""

from __future__ import annotations

import faiss
import numpy as np

# One query at a time: OpenMP threads cost more than they give (measured, DESIGN.md).
faiss.omp_set_num_threads(1)


class DenseChannel:
    """Exact inner-product search (faiss IndexFlatIP) over normalized vectors.

    A profile owns several vectors (name, each alias, a summary); its score is
    the maximum, so a citizen's phrasing only has to be close to one of them.

    Example::

        channel = DenseChannel(vectors, owners=np.array([0, 0, 1]))
        channel.rank(query_vector, top=5)   # [(profile, cosine), ...]
    """

    def __init__(self, vectors: np.ndarray, owners: np.ndarray) -> None:
        if len(vectors) != len(owners):
            raise ValueError("one owner per vector")
        self.owners = owners.astype(np.int64)
        dim = vectors.shape[1] if vectors.ndim == 2 and len(vectors) else 1
        self.index = faiss.IndexFlatIP(dim)
        if len(vectors):
            self.index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def rank(self, query: np.ndarray, top: int) -> list[tuple[int, float]]:
        """The best ``top`` profiles, best first, with their best cosine."""
        if top <= 0:
            raise ValueError("top must be positive")
        n = self.index.ntotal
        if n == 0:
            return []
        # Fetch more vectors than profiles wanted: several may belong to one profile.
        k = min(n, top * 4)
        scores, ids = self.index.search(query.reshape(1, -1).astype(np.float32), k)
        best: dict[int, float] = {}
        for s, i in zip(scores[0], ids[0], strict=True):
            if i < 0:
                continue
            p = int(self.owners[i])
            if p not in best:
                best[p] = float(s)
        return sorted(best.items(), key=lambda x: -x[1])[:top]
