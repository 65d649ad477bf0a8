"""Hybrid search: BM25 and dense channels, fused, then one result per item for the user's region.

Example::

    searcher = Searcher(IndexHolder(settings.index_dir), Embedder(settings))
    for hit in searcher.search("身份证丢了怎么补办", region="449102", top=5):
        print(hit.code, hit.name, hit.region_match, hit.status)

Stages, each a plain function of the loaded version:

1. region: the one named in the text (the most specific), else the user's.
2. channels: BM25 and dense each score profiles (the distinct texts guides
   share); an item (base_code) takes its best profile's score.
3. fusion: a convex combination of the channels' normalized scores (fusion.py).
4. items: each item yields the guide
   that serves the region (see regions.py); the item's other guides are listed.
5. status: within an item the guide in use is preferred; an item whose
   serving guide is revoked or suspended keeps its rank with its true status
   and ``answerable`` false, so the citizen is told it was cancelled rather
   than sent to a look-alike. (Demoting such items below every active one
   was measured too: slightly worse on the development set, 0.875 vs 0.879
   Recall@1, since the cancelled item is what those citizens ask about.)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

import numpy as np

from index.embedder import Embedder
from index.fusion import convex_fusion
from index.regions import ANY
from index.served import IndexHolder, LoadedVersion
from nlu.textnorm import fold

Mode = Literal["hybrid", "bm25", "dense"]
#: How deep each channel ranks before fusion.
CHANNEL_DEPTH = 50
#: How many of an item's other guides a hit lists (nearest regions first).
OTHER_REGIONS = 20


@dataclass
class SearchHit:
    code: str
    name: str
    kind: str
    region: str
    region_name: str
    region_match: str  # local | above | below | other | any
    status: str
    answerable: bool
    score: float
    group: str
    named: bool  # the question names this entry (its name or an alias)
    bm25: float = 0.0
    dense: float = 0.0
    agency: str = ""
    updated_at: str = ""
    other_regions: list[str] = field(default_factory=list)  # the nearest OTHER_REGIONS

    def to_dict(self) -> dict:
        return asdict(self)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def names_entry(query: str, names: tuple[str, ...]) -> bool:
    """Whether the folded ``query`` names an entry: contains a name or alias, or most
    (70%) of the character bigrams of one of them (a typo) with its first and last
    characters ("领结婚证" has three of the four pairs of 补领结婚证 but not 补, the
    word that tells it from 结婚登记)."""
    q = query.replace(" ", "")
    qb = _bigrams(q)
    for n in names:
        if len(n) >= 2 and n in q:
            return True
        nb = _bigrams(n)
        if len(nb) >= 3 and len(nb & qb) / len(nb) >= 0.7 and n[0] in q and n[-1] in q:
            return True
    return False


class Searcher:
    def __init__(self, holder: IndexHolder, embedder: Embedder) -> None:
        self.holder = holder
        self.embedder = embedder

    def search(
        self, text: str, region: str | None = None, top: int = 5, mode: Mode = "hybrid"
    ) -> list[SearchHit]:
        if top <= 0:
            raise ValueError("top must be positive")
        version = self.holder.current()  # one version for the whole search
        query = fold(text)
        if not query:
            return []
        named_region, content = searched_text(version, query)
        region = named_region or region or None
        rankings, lex, den = self._channels(version, content, mode)
        fused = convex_fusion(lex, den) if len(rankings) > 1 else rankings[0]
        return self._items(version, query, region, fused, lex, den, top)

    def _channels(
        self, version: LoadedVersion, query: str, mode: Mode
    ) -> tuple[list[list[tuple[int, float]]], dict[int, float], dict[int, float]]:
        """Each channel's ranking of items (group indexes), best first, and their scores."""
        rankings: list[list[tuple[int, float]]] = []
        lex: dict[int, float] = {}
        den: dict[int, float] = {}
        n_groups = len(version.groups)
        if mode in ("hybrid", "bm25"):
            best = np.zeros(n_groups, dtype=np.float32)
            np.maximum.at(best, version.profile_group, version.lexical.scores(query))
            ranking = _top(best, CHANNEL_DEPTH)
            lex = dict(ranking)
            rankings.append(ranking)
        if mode in ("hybrid", "dense"):
            best = np.full(n_groups, -np.inf, dtype=np.float32)
            # Enough nearest texts that CHANNEL_DEPTH items survive their sharing.
            for p, cos in version.dense.rank(self.embedder.query(query), CHANNEL_DEPTH * 4):
                g = version.profile_group[p]
                best[g] = max(best[g], cos)
            ranking = _top(best, CHANNEL_DEPTH)
            den = dict(ranking)
            rankings.append(ranking)
        return rankings, lex, den

    def _items(
        self,
        version: LoadedVersion,
        query: str,
        region: str | None,
        fused: list[tuple[int, float]],
        lex: dict[int, float],
        den: dict[int, float],
        top: int,
    ) -> list[SearchHit]:
        tree = version.regions
        ranks = version.order.region_rank(region)
        hits: list[SearchHit] = []
        for group, score in fused[:top]:
            ordered = version.order.first(version.group_docs[group], ranks, OTHER_REGIONS + 1)
            best = version.docs[ordered[0]]
            match = tree.relation(region, best.region)[1] if best.region else ANY
            hits.append(SearchHit(
                code=best.code, name=best.name, kind=best.kind, region=best.region,
                region_name=tree.name(best.region) if best.region else "",
                region_match=match, status=best.status, answerable=best.status == "active",
                score=round(score, 6), group=best.group, named=names_entry(query, best.names),
                bm25=round(lex.get(group, 0.0), 4), dense=round(den.get(group, 0.0), 4),
                agency=best.agency, updated_at=best.updated_at,
                other_regions=[version.docs[i].code for i in ordered[1:]],
            ))
        return hits

def searched_text(version: LoadedVersion, query: str) -> tuple[str | None, str]:
    """The region a folded question names, and the text its channels read (and the dense
    one embeds). A region named in the question chooses the guide (stage 4); as words
    it would only pull in entries that mention the place (an FAQ about that county)
    whatever the question asks."""
    named_region = version.regions.mentioned(query)
    content = version.regions.without_names(query).strip() if named_region else query
    return named_region, content if len(content) >= 2 else query


def _top(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """Indexes of the ``k`` best finite, positive-or-matched scores, best first."""
    valid = np.flatnonzero(np.isfinite(scores) & (scores != 0))
    if len(valid) == 0:
        return []
    k = min(k, len(valid))
    part = valid[np.argpartition(-scores[valid], k - 1)[:k]]
    part = part[np.argsort(-scores[part], kind="stable")]
    return [(int(i), float(scores[i])) for i in part]
