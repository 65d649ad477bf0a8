"""Results by object identity, for a long-running process that sees the same objects again."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")
V = TypeVar("V")


class SameObjects(Generic[T, V]):
    """``get(obj, make)`` returns what ``make(obj)`` returned for this very object
    in the previous round, or computes it; ``next_round()`` forgets objects not
    seen in the round that ended. Validated catalog objects are immutable, and
    a publisher keeps the objects of unchanged files, so their derived values
    need not be computed again. A ``context`` (hashable) invalidates everything
    when it differs from the previous round's (e.g. the set of known regions).
    """

    def __init__(self) -> None:
        self._old: dict[int, tuple[T, V]] = {}
        self._new: dict[int, tuple[T, V]] = {}
        self._context: Hashable = None

    def start(self, context: Hashable = None) -> None:
        if context != self._context:
            self._old = {}
            self._context = context

    def get(self, obj: T, make: Callable[[T], V]) -> V:
        hit = self._old.get(id(obj))
        value = hit[1] if hit is not None and hit[0] is obj else make(obj)
        self._new[id(obj)] = (obj, value)  # holding obj keeps its id from being reused
        return value

    def next_round(self) -> None:
        self._old, self._new = self._new, {}
