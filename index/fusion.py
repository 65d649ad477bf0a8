"""Reciprocal rank fusion of the channels' rankings."""

from __future__ import annotations

from collections.abc import Sequence

#: RRF's k, as in Cormack, Clarke and Büttcher (2009): 60 keeps the first ranks
#: of each channel close to each other (1/61 vs 1/62), so that one channel's
#: confident first place does not drown the other's, while a document both
#: channels rank high still beats one only a single channel likes.
RRF_K = 60


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[tuple[int, float]]], k: int = RRF_K
) -> list[tuple[int, float]]:
    """Fuse ranked lists of (id, score) into one, by sum of 1 / (k + rank), best first.

    Ranks start at 1. Ties keep the order of first appearance, channel by channel.
    """
    if k < 0:
        raise ValueError("k must be non-negative")
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, (item, _score) in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(fused.items(), key=lambda x: -x[1])
