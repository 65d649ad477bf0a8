"""A service hall a question names, as citizens name it: "车管所电话", "出入境大厅几点关门",
"公积金中心在哪". The catalog names halls in full (海川市公安局交警支队车辆管理所, 海川市住房
公积金管理中心服务大厅); a citizen says part of the name, or its well-known abbreviation,
whose characters stand in the full name in the same order (车[辆]管[理]所, 公积金[管理]中心).

When such a question asks where or which phone, and the search would answer with an entry
not handled at that hall (an FAQ on another office's hours) or finds no sure item, the
guide among the search's hits that is handled at the hall answers: its answer gives the
hall's address, hours and phone. A region's general hall (政务服务中心, 便民服务中心, 市民中心)
is named by every region and handles everything: it tells no item apart and is not read.
General Chinese only: the halls are the catalog's, no name is known here.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from bot.catalog.models import Guide, Hall
from bot.dialogue.confidence import Decision
from index.search import SearchHit
from nlu.textnorm import fold

#: The aspects a question about a hall asks.
PLACE_ASKS = frozenset({"location", "phone"})
#: Characters that end the name of a kind of office or hall (车管所, 公证处, 不动产中心 …): an
#: abbreviation ends at one of them.
PLACE_END = frozenset("所处局站队厅心院馆室科")
#: The words of a general hall's name: a span made of these names every region's hall.
_GENERAL = set("政务服务中心便民市民行政综合大厅窗口办事")
#: A span shorter than this names nothing by itself.
_MIN_SPAN = 3
_MAX_SPAN = 8


def in_order(span: str, text: str, gap: int | None = None) -> bool:
    """Whether the characters of ``span`` stand in ``text`` in the same order (车管所 in
    车辆管理所), with at most ``gap`` others between two of them (any number when None;
    a bounded gap never spans a line break)."""
    if gap is not None:
        return re.search(f".{{0,{gap}}}".join(map(re.escape, span)), text) is not None
    at = 0
    for ch in span:
        at = text.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


def _says(span: str, core: str) -> bool:
    """Whether ``span`` names the hall whose name without region names is ``core``: a part
    of it, or an abbreviation ending at a character that ends an office's name."""
    if set(span) <= _GENERAL:
        return False
    return span in core or (span[-1] in PLACE_END and span[0] in core and in_order(span, core))


class HallNames:
    """The halls of a version, as a question may name them; built once per version (a
    province lists thousands of halls: a question is compared only with the halls that
    share at least ``_MIN_SPAN`` of its characters outside general hall words)."""

    def __init__(self, halls: Sequence[Hall], without_regions: Callable[[str], str],
                 depth: Callable[[str], int] = lambda region: 0) -> None:
        self._without = without_regions
        self._depth = depth
        self._cores = [(h, self._core(h.name)) for h in halls]
        self._by_char: dict[str, set[int]] = {}
        for i, (_, core) in enumerate(self._cores):
            for ch in set(core) - _GENERAL:
                self._by_char.setdefault(ch, set()).add(i)

    def _core(self, text: str) -> str:
        return self._without(fold(text).replace(" ", "")).replace(" ", "")

    def named(self, question: str, region_chain: Sequence[str] = ()) -> Hall | None:
        """The hall ``question`` names by its longest span, if one hall is meant: among
        several named alike, the one of the user's region or above (``region_chain``,
        nearest first), then the main one whose name the others extend (车辆管理所 before
        车辆管理所白石分所); no region known, the only one of the highest level among them
        (the city's 车辆管理所 before 白鹭县车管分所: ``depth`` of a region, lower higher)."""
        asked = self._core(question)
        shared: dict[int, int] = {}
        for ch in set(asked) - _GENERAL:
            for i in self._by_char.get(ch, ()):
                shared[i] = shared.get(i, 0) + 1
        cores = [self._cores[i] for i, n in shared.items() if n >= _MIN_SPAN - 1]
        for size in range(min(_MAX_SPAN, len(asked)), _MIN_SPAN - 1, -1):
            spans = {asked[i:i + size] for i in range(len(asked) - size + 1)}
            named = [(h, core) for h, core in cores if any(_says(s, core) for s in spans)]
            if named:
                return _one(named, region_chain) or (None if region_chain else self._top(named))
        return None

    def _top(self, named: list[tuple[Hall, str]]) -> Hall | None:
        depths = [self._depth(h.region) for h, _ in named]
        top = [h for (h, _), d in zip(named, depths, strict=True) if d == min(depths)]
        return top[0] if len(top) == 1 else None


_memo: tuple[weakref.ref[Any], HallNames] | None = None
_memo_lock = threading.Lock()


def hall_names(version: Any) -> HallNames:  # noqa: ANN401 - index.served.LoadedVersion
    """The halls of the version being served (built again when another version is)."""
    global _memo
    with _memo_lock:
        if _memo is None or _memo[0]() is not version:
            names = HallNames(version.entries.all("hall"), version.regions.without_names,
                              version.regions.depth)
            _memo = (weakref.ref(version), names)
        return _memo[1]


def _one(named: list[tuple[Hall, str]], region_chain: Sequence[str]) -> Hall | None:
    for region in region_chain:
        local = [pair for pair in named if pair[0].region == region]
        if local:
            named = local
            break
    shortest = min(named, key=lambda pair: len(pair[1]))
    if all(core.startswith(shortest[1]) for _, core in named):
        return shortest[0]
    return None


def at_named_hall(decision: Decision, hits: Sequence[SearchHit], asks: Sequence[str],
                  hall: Hall | None, guide_of: Callable[[SearchHit], Guide | None]) -> Decision:
    """``decision`` with the guide handled at ``hall`` answering a question about where or
    which phone, when the decision is not already such a guide; the other hits handled
    there are offered beside it. Unchanged when nothing among ``hits`` is handled there."""
    if hall is None or not PLACE_ASKS & set(asks):
        return decision

    def handled(h: SearchHit) -> bool:
        g = guide_of(h) if h.kind == "guide" and h.answerable else None
        return g is not None and any(ref.hall == hall.id for ref in g.halls)

    if decision.kind == "answer" and handled(decision.hits[0]):
        return decision
    there = [h for h in hits if handled(h)]
    if not there:
        return decision
    return Decision("answer", tuple(there[:3]))
