"""Region preference: which guide of an item serves a user, and regions named in text.

A guide serves its region and every region below it, unless a guide of the
same item exists nearer to the user (guide-schema.md: a city guide serves each
county that has no county guide of the same base_code). So for a user in a
county the serving guide is the county's, else the city's, else the
province's; guides of other regions are still found, marked as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlu.textnorm import fold

_LEVEL_ORDER = {"province": 0, "city": 1, "county": 2, "town": 3}
_SUFFIX = re.compile(r"(特别行政区|自治州|自治县|自治区|新区|街道|地区|省|市|区|县|镇|乡|盟|旗)$")

#: How a guide's region relates to the user's, best first.
LOCAL, ABOVE, BELOW, OTHER, ANY = "local", "above", "below", "other", "any"


@dataclass(frozen=True)
class RegionInfo:
    code: str
    name: str
    level: str
    parent: str


class RegionTree:
    def __init__(self, regions: list[RegionInfo]) -> None:
        self.regions = {r.code: r for r in regions}
        self._chains = {r.code: self._walk(r.code) for r in regions}
        self._names: list[tuple[str, str]] = []  # (folded name, code), longest first
        for r in regions:
            full = fold(r.name).replace(" ", "")
            self._names.append((full, r.code))
            short = _SUFFIX.sub("", full)
            if len(short) >= 2 and short != full:
                self._names.append((short, r.code))
        self._names.sort(key=lambda x: -len(x[0]))

    def _walk(self, code: str) -> list[str]:
        chain: list[str] = []
        while code in self.regions and code not in chain:
            chain.append(code)
            code = self.regions[code].parent
        return chain

    def choices(self) -> list[RegionInfo]:
        """The regions a citizen picks from: the top level, or below a chain of single
        regions (a catalog of one province and one city offers the city's districts)."""
        def children(parent: str) -> list[RegionInfo]:
            return [r for r in self.regions.values()
                    if (r.parent == parent if parent else r.parent not in self.regions)]

        level = children("")
        while len(level) == 1 and (below := children(level[0].code)):
            level = below
        return level

    def ancestors(self, code: str) -> list[str]:
        """``code`` and its parents, nearest first."""
        return self._chains.get(code, [])

    def name(self, code: str) -> str:
        r = self.regions.get(code)
        return r.name if r else code

    def depth(self, code: str) -> int:
        r = self.regions.get(code)
        return _LEVEL_ORDER.get(r.level, 9) if r else 9

    def relation(self, user: str | None, region: str) -> tuple[int, str]:
        """(distance, label) of a guide's ``region`` for a ``user`` region; lower is better."""
        if not user:
            return self.depth(region), ANY
        chain = self.ancestors(user)
        if region in chain:
            d = chain.index(region)
            return d, LOCAL if d == 0 else ABOVE
        if user in self.ancestors(region):
            return 50 + len(self.ancestors(region)), BELOW
        return 100, OTHER

    def without_names(self, folded: str) -> str:
        """``folded`` text with every region name it contains removed."""
        for name, _ in self._names:
            folded = folded.replace(name, " ")
        return folded

    def mentioned(self, text: str) -> str | None:
        """The most specific region named in ``text``, if any (longest name wins ties)."""
        folded = fold(text).replace(" ", "")
        hits: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        for name, code in self._names:
            start = folded.find(name)
            while start >= 0:
                end = start + len(name)
                if not any(s < end and start < e for s, e in taken):
                    taken.append((start, end))
                    hits.append((self.depth(code), len(name), code))
                start = folded.find(name, end)
        if not hits:
            return None
        return max(hits)[2]
