"""Which guides of an item come first for a user's region, computed for all at once.

The rule is in regions.py: the nearest guide on the user's chain serves, in use or
suspended (guide-schema.md: a city guide serves a county only when the county has no
guide of its own, so a county's suspended guide is what its people are told about, with
where else it is done); a revoked one serves no longer (the next up the chain does);
then guides below the user, then other regions, in use before not. With no region
known, in use before not everywhere. An
item of a province-size catalog has a guide in each of a thousand regions, so
the ranking is done with arrays: one rank per region for this user, then one
key per guide, and only the first few guides are sorted.
"""

from __future__ import annotations

import numpy as np

from index.documents import Doc
from index.regions import RegionTree

_OTHER = 100  # rank of a region neither on the user's chain nor below it


class GuideOrder:
    def __init__(self, docs: list[Doc], tree: RegionTree) -> None:
        self.tree = tree
        self.codes = sorted(tree.regions)
        index = {c: i for i, c in enumerate(self.codes)}
        self.index = index
        # Regions without a code (FAQ, bundles) get a slot of their own, ranked first.
        self.none_slot = len(self.codes)
        self.doc_region = np.array([index.get(d.region, self.none_slot) for d in docs],
                                   dtype=np.int64)
        self.doc_active = np.array([d.status == "active" for d in docs], dtype=bool)
        self.doc_revoked = np.array([d.status == "revoked" for d in docs], dtype=bool)
        # Ties: by region code, then guide code, as the catalog would list them.
        order = sorted(range(len(docs)), key=lambda i: (docs[i].region, docs[i].code))
        self.doc_order = np.empty(len(docs), dtype=np.int64)
        self.doc_order[order] = np.arange(len(docs))
        self.depth = np.array([tree.depth(c) for c in self.codes] + [0], dtype=np.int64)
        self.below: dict[str, np.ndarray] = {}
        children: dict[str, list[int]] = {}
        for c in self.codes:
            for a in tree.ancestors(c)[1:]:
                children.setdefault(a, []).append(index[c])
        self.below = {a: np.array(v, dtype=np.int64) for a, v in children.items()}

    def region_rank(self, user: str | None) -> tuple[np.ndarray, np.ndarray, bool]:
        """(rank per region slot, whether it is on the user's chain, whether the user's
        region is known) for ``user``."""
        if not user or user not in self.index:
            return self.depth.copy(), np.ones(len(self.depth), dtype=bool), False
        rank = np.full(len(self.depth), _OTHER, dtype=np.int64)
        below = self.below.get(user)
        if below is not None:
            rank[below] = 50 + self.depth[below]
        on_chain = np.zeros(len(self.depth), dtype=bool)
        for pos, code in enumerate(self.tree.ancestors(user)):
            rank[self.index[code]] = pos
            on_chain[self.index[code]] = True
        rank[self.none_slot], on_chain[self.none_slot] = 0, True
        return rank, on_chain, True

    def first(self, docs: np.ndarray, ranks: tuple[np.ndarray, np.ndarray, bool],
              k: int) -> list[int]:
        """The ``k`` first of ``docs`` (doc indexes of one item), best first."""
        rank, on_chain, known = ranks
        slot = self.doc_region[docs]
        # On a known user's chain a suspended guide keeps its place (it is the one that
        # serves there); elsewhere, and for a user of no known region, in use first.
        current = ~self.doc_revoked[docs] if known else self.doc_active[docs]
        active = self.doc_active[docs]
        chain = on_chain[slot]
        tier = np.where(chain, np.where(current, 0, 1), np.where(active, 2, 3))
        key = (tier * 1000 + rank[slot]) * (len(self.doc_order) + 1) + self.doc_order[docs]
        k = min(k, len(docs))
        part = np.argpartition(key, k - 1)[:k] if k < len(docs) else np.arange(len(docs))
        part = part[np.argsort(key[part], kind="stable")]
        return [int(docs[i]) for i in part]
