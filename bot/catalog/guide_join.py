"""A catalog's guides joined file by file, for a publisher that reads the catalog again.

``load_catalog`` looked at every guide on every load: its code for duplicates, its own
cross-checks, its base code, where it came from (about a second for a province's 100,000
guides on this machine, after one edited file). A long-running publisher gets the same
validation result back for every unchanged file (index/filecache.py), so what is derived
from a file is kept by that result's identity, and the catalog's is joined from the
files' with ``dict.update``. When some code appears twice, ``join`` gives None and the
caller goes guide by guide, reporting each duplicate where it is.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import NamedTuple, Protocol, TypeVar

from bot.catalog.memo import SameObjects
from bot.catalog.models import Guide

P = TypeVar("P")  # a problem (bot.catalog.validate.Problem, which imports this module)


class FileResult(Protocol):
    """What is read of a guides file's validation result (bot.catalog.validate)."""

    objects: list


class _Part(NamedTuple):
    """One guides file's guides by code (first of a code in the file), their codes and
    base codes, and the file they come from."""

    keyed: dict[str, tuple[str, Guide]]
    guides: dict[str, Guide]
    refs: set[str]
    origins: dict[tuple[str, str], str]


class Joined(NamedTuple):
    """The catalog's guides, as ``_unique`` and the loops over it would give them."""

    keyed: dict[str, tuple[str, Guide]]  # code -> (file, guide), in the order read
    guides: dict[str, Guide]
    refs: set[str]  # every code and base code
    origins: dict[tuple[str, str], str]  # ("guide", code) -> file
    files: list[tuple[str, FileResult]]


def _part(rel: str, result: FileResult) -> _Part:
    keyed: dict[str, tuple[str, Guide]] = {}
    for g in result.objects:
        keyed.setdefault(g.code, (rel, g))
    guides = {code: g for code, (_, g) in keyed.items()}
    refs = set(guides) | {g.base_code for g in guides.values() if g.base_code}
    return _Part(keyed, guides, refs, {("guide", code): rel for code in keyed})


class GuideJoin:
    """Keeps each guides file's part and checks between loads (see the module's text)."""

    def __init__(self) -> None:
        self._parts: SameObjects[FileResult, _Part] = SameObjects()
        self._checks: SameObjects[FileResult, list] = SameObjects()

    def join(self, files: list[tuple[str, FileResult]]) -> Joined | None:
        """The guides of ``files`` (file, result) joined, or None when a code repeats."""
        parts = [self._parts.get(result, lambda r, rel=rel: _part(rel, r))
                 for rel, result in files]
        self._parts.next_round()
        keyed: dict[str, tuple[str, Guide]] = {}
        for p in parts:
            keyed.update(p.keyed)
        if len(keyed) != sum(len(result.objects) for _, result in files):
            return None
        guides: dict[str, Guide] = {}
        origins: dict[tuple[str, str], str] = {}
        for p in parts:
            guides.update(p.guides)
            origins.update(p.origins)
        return Joined(keyed, guides, set().union(*(p.refs for p in parts)), origins, files)

    def checks(self, joined: Joined, context: Hashable,
               check: Callable[[str, Guide], list[P]]) -> list[P]:
        """Every guide's own cross-checks, ``check(file, guide)``, in the order read; kept
        per file while ``context`` (what the checks depend on besides the guide) holds."""
        self._checks.start(context)
        out: list[P] = []
        for rel, result in joined.files:
            out += self._checks.get(
                result, lambda r, rel=rel: [p for g in r.objects for p in check(rel, g)])
        self._checks.next_round()
        return out
