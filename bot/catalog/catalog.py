"""The validated catalog held in memory, and the region tree questions need."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property

from bot.catalog.models import Bundle, FaqEntry, Guide, Hall, Region


@dataclass(frozen=True)
class Catalog:
    """A whole catalog that passed validation. Every reference in it resolves."""

    guides: dict[str, Guide]
    halls: dict[str, Hall]
    regions: dict[str, Region]
    bundles: dict[str, Bundle] = field(default_factory=dict)
    faqs: dict[str, FaqEntry] = field(default_factory=dict)

    @cached_property
    def groups(self) -> dict[str, list[str]]:
        """Guide codes by item (base_code, or the code of a guide without one)."""
        out: dict[str, list[str]] = {}
        for g in self.guides.values():
            out.setdefault(g.group, []).append(g.code)
        return out

    def bundle_guides(self, bundle: Bundle) -> Iterator[tuple[str, list[Guide]]]:
        """Each bundle item with the guides that implement it (by base_code or code)."""
        for ref in bundle.items:
            codes = self.groups.get(ref) or ([ref] if ref in self.guides else [])
            yield ref, [self.guides[c] for c in codes]
