"""Fusion of the two channels' item scores: a convex combination of min-max normalized scores.

Why not reciprocal rank fusion: RRF weighs both channels' ranks equally, and
on our development questions the BM25 channel is clearly the weaker one
(Recall@1 0.77 against dense 0.87); RRF's fused Recall@1 (0.80) fell below
the dense channel alone. A convex combination keeps how *much* better the
first candidate is, which ranks discard. Bruch, Gai and Ingber, "An Analysis
of Fusion Functions for Hybrid Retrieval" (ACM TOIS 2023), found it better
than RRF across domains and its one parameter sample-efficient to set.

ALPHA (the dense share) was chosen on the even lines of the development set
(0.5-0.8 tried, 0.7 best) and confirmed on the odd lines, which it also
improves; it is a property of the two channels, not of any catalog item.
"""

from __future__ import annotations

#: Weight of the dense channel; BM25 gets 1 - ALPHA.
ALPHA = 0.7


def _minmax(scores: dict[int, float]) -> dict[int, float]:
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    span = hi - lo
    return {k: (v - lo) / span if span > 0 else 1.0 for k, v in scores.items()}


def convex_fusion(
    lexical: dict[int, float], dense: dict[int, float], alpha: float = ALPHA
) -> list[tuple[int, float]]:
    """Fuse two channels' candidate scores into one ranking, best first.

    Each channel's scores are min-max normalized over its own candidates; a
    candidate missing from a channel scores 0 there. BM25 scores are normalized
    by their maximum only (0 means no shared term, so it stays the floor).

    Example::

        convex_fusion({1: 12.0, 2: 3.0}, {2: 0.91, 3: 0.84})  # [(2, ...), (1, ...), (3, ...)]
    """
    if not 0.0 <= alpha <= 1.0:
        raise ValueError("alpha must be within [0, 1]")
    top = max(lexical.values(), default=0.0)
    lex = {k: v / top for k, v in lexical.items()} if top > 0 else {}
    den = _minmax(dense)
    fused = {k: alpha * den.get(k, 0.0) + (1 - alpha) * lex.get(k, 0.0)
             for k in lex.keys() | den.keys()}
    return sorted(fused.items(), key=lambda x: (-x[1], x[0]))
