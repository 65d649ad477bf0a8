"""Catalog lookups that answers need, against one served index version.

Everything is resolved at run time against the version being served (never
against the Rasa model), so a newly published catalog answers at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.answers.compose import GuideView, HallStop, compose_asks
from bot.answers.halls import by_distance
from bot.answers.model import Answer
from bot.answers.pinpoint import lead_across, lines
from bot.answers.replies import BundleItem, bundle_answer, faq_answer, status_notice
from bot.catalog.guide_sentences import entry_text
from bot.catalog.models import Bundle, FaqEntry, Guide, Hall
from index.served import LoadedVersion
from nlu.textnorm import fold

#: Guides of other regions whose halls are considered when a guide may be
#: handled across regions (通办) and the user shared a location.
_CROSS_REGION_GUIDES = 20
#: Regions whose hall a suspended guide's notice names when asked where to go instead.
_HALLS_ELSEWHERE = 3
Point = tuple[float, float]


def _folded(*texts: str) -> tuple[str, ...]:
    return tuple(f for t in texts if len(f := fold(t).replace(" ", "")) >= 2)


@dataclass(frozen=True)
class Views:
    version: LoadedVersion
    now: dt.datetime

    # --- entries ---
    def guide(self, code: str) -> Guide | None:
        return self.version.entries.guide(code)

    def faq(self, entry_id: str) -> FaqEntry | None:
        return self.version.entries.get("faq", entry_id)

    def bundle(self, bundle_id: str) -> Bundle | None:
        return self.version.entries.get("bundle", bundle_id)

    def entry(self, key: str) -> Guide | FaqEntry | Bundle | None:
        """An entry by its option key, "guide:CODE", "faq:ID" or "bundle:ID"."""
        kind, _, code = key.partition(":")
        return self.version.entries.get(kind, code) if kind in ("guide", "faq", "bundle") else None

    def describe(self, key: str) -> tuple[str, tuple[str, ...]]:
        """(search group, folded names) of an option key, for matching a user's choice."""
        e = self.entry(key)
        if isinstance(e, Guide):
            return e.group, _folded(e.name, *e.aliases, *(s.name for s in e.situations))
        if isinstance(e, Bundle):
            return key, _folded(e.name, *e.aliases)
        if isinstance(e, FaqEntry):
            return key, _folded(*e.questions)
        return key, ()

    def names_of(self, hit) -> tuple[str, ...]:  # noqa: ANN001 - a SearchHit
        """A search hit's folded official name (a guide's or a bundle's; an FAQ entry has
        none): what tells close items apart (首次申领 / 换领 / 补领). Aliases are
        colloquial phrases that share words with questions by chance."""
        e = self.entry(f"{hit.kind}:{hit.code}")
        return _folded(e.name) if isinstance(e, Guide | Bundle) else ()

    def aliases_of(self, hit) -> tuple[str, ...]:  # noqa: ANN001 - a SearchHit
        """A search hit's folded name, aliases and situations; an FAQ entry's questions and
        its answer (a passage may have no questions: its text is what it is about)."""
        e = self.entry(f"{hit.kind}:{hit.code}")
        if isinstance(e, FaqEntry):
            return _folded(*e.questions, e.answer)
        return self.describe(f"{hit.kind}:{hit.code}")[1]

    def text_of(self, hit) -> str:  # noqa: ANN001 - a SearchHit
        """Everything a search hit's entry writes, folded (guide_sentences.entry_text)."""
        e = self.entry(f"{hit.kind}:{hit.code}")
        return entry_text(e) if e is not None else ""

    def title_of(self, key: str) -> str:
        e = self.entry(key)
        if isinstance(e, FaqEntry):
            return e.questions[0] if e.questions else e.answer[:30]
        return e.name if e is not None else key.partition(":")[2]

    def region_name(self, code: str | None) -> str:
        return self.version.regions.name(code) if code else ""

    def region_of(self, text: str | None) -> str | None:
        """A region code from a code or a place name as written, if the catalog knows it."""
        if not text:
            return None
        text = text.strip()
        if text in self.version.regions.regions:
            return text
        return self.version.regions.mentioned(text)

    # --- which guide serves ---
    def serving(self, group: str, region: str | None) -> Guide | None:
        docs = self.version.item_docs(group, region, 1)
        return self.guide(docs[0].code) if docs and docs[0].kind == "guide" else None

    def bundle_of(self, g: Guide) -> Bundle | None:
        """The first 一件事 bundle that lists ``g``'s item (by its base code or its code)."""
        bundles: list[Bundle] = self.version.entries.all("bundle")
        return next((b for b in bundles if g.group in b.items or g.code in b.items), None)

    def bundle_items(self, b: Bundle, region: str | None) -> list[BundleItem]:
        """A bundle's items in order, each as the guide serving ``region``.

        An item is a base_code (the item in every region) or one guide's code.
        """
        out = []
        for ref in b.items:
            g = self.serving(ref, region)
            if g is None:
                guide = self.guide(ref)
                g = self.serving(guide.group, region) if guide is not None else None
            out.append(BundleItem(ref, g))
        return out

    # --- halls ---
    def halls_of(self, g: Guide) -> list[tuple[Hall, str | None, str | None]]:
        out = []
        for ref in g.halls:
            hall = self.version.entries.hall(ref.hall)
            if hall is not None:
                out.append((hall, ref.window, ref.note))
        return out

    def view(self, g: Guide, point: Point | None = None, region: str | None = None) -> GuideView:
        """The guide with its halls: nearest first when the user shared a location.

        A guide that may be handled across regions (通办) also lists the halls
        of the item's other regions when a location is known, so the nearest
        hall is offered even if it is in the next district.
        """
        stops = self.halls_of(g)
        if point is not None and g.cross_region not in (None, "none"):
            seen = {h.id for h, _, _ in stops}
            for doc in self.version.item_docs(g.group, g.region, _CROSS_REGION_GUIDES)[1:]:
                other = self.guide(doc.code) if doc.status == "active" else None
                for hall, window, note in self.halls_of(other) if other else []:
                    if hall.id not in seen:
                        seen.add(hall.id)
                        stops.append((hall, window, note))
        if point is None:
            # The user's region first (a city's guide lists the halls of every district).
            tree = self.version.regions
            stops.sort(key=lambda s: tree.relation(region, s[0].region)[0] if region else 0)
            ordered = [HallStop(h, w, n) for h, w, n in stops]
        else:
            extra = {h.id: (w, n) for h, w, n in stops}
            ordered = [HallStop(h, *extra[h.id], km=km)
                       for h, km in by_distance([h for h, _, _ in stops], point)]
        return GuideView(g, self.region_name(g.region), tuple(ordered), self.now,
                         region_unknown=region is None and self.regional(g))

    def in_use_elsewhere(self, g: Guide, k: int = 5) -> list[Guide]:
        """The guides of ``g``'s item in use in other regions, nearest region first."""
        docs = self.version.item_docs(g.group, g.region, k + 1)
        found = [self.guide(d.code) for d in docs if d.status == "active" and d.code != g.code]
        return [x for x in found if x is not None][:k]

    def regions_in_use(self, g: Guide, k: int = 5) -> list[str]:
        """The regions (nearest first) whose guide of ``g``'s item is in use."""
        return [self.region_name(x.region) for x in self.in_use_elsewhere(g, k)]

    def regional(self, g: Guide) -> bool:
        """Whether the item has guides in more than one region (halls differ by region)."""
        return len(self.version.item_docs(g.group, None, 2)) > 1

    def nearest_halls(self, point: Point, k: int = 3) -> list[HallStop]:
        halls: list[Hall] = self.version.entries.all("hall")
        return [HallStop(h, km=km) for h, km in by_distance(halls, point)[:k]]

    def nearest_hall(self, region: str | None, point: Point | None) -> HallStop | None:
        """The hall to point to when nothing else fits: nearest to the shared
        location, else the first hall of the user's region or the nearest region above it."""
        halls: list[Hall] = self.version.entries.all("hall")
        if not halls:
            return None
        if point is not None:
            return self.nearest_halls(point, 1)[0]
        for code in self.version.regions.ancestors(region) if region else []:
            local = [h for h in halls if h.region == code]
            if local:
                return HallStop(local[0])
        top = min(halls, key=lambda h: (self.version.regions.depth(h.region), h.id))
        return HallStop(top)


def entry_answer(views: Views, kind: str, code: str, asks: str | tuple[str, ...],
                 region: str | None, point: Point | None, hotline: str,
                 question: str = "") -> Answer | None:
    """The answer drawn from one entry: a guide (in use: every aspect asked, with the
    sentences that answer ``question`` first; revoked or suspended: its status), an FAQ
    entry (revoked: its status only), or a bundle. The dialogue and the agent's
    suggestions both answer through here. None if the entry is not in the catalog."""
    if kind == "guide" and (g := views.guide(code)) is not None:
        if g.status != "active":
            others = views.in_use_elsewhere(g)
            # "那要去哪里办": where the item is still handled, one hall per region.
            halls = [stop for x in others[:_HALLS_ELSEWHERE]
                     for stop in views.view(x, point, x.region).halls[:1]] \
                if "location" in ((asks,) if isinstance(asks, str) else asks) else []
            return status_notice(g, views.region_name(g.region), hotline,
                                 [views.region_name(x.region) for x in others], halls)
        asked = (asks,) if isinstance(asks, str) else asks
        return compose_asks(views.view(g, point, region), asked, question)
    if kind == "faq" and (f := views.faq(code)) is not None:
        return faq_answer(f, hotline)
    if kind == "bundle" and (b := views.bundle(code)) is not None:
        return bundle_reply(b, views.bundle_items(b, region), question)
    return None


def bundle_reply(b: Bundle, items: list[BundleItem], question: str = "") -> Answer:
    """A bundle's answer with its items' sentences that answer ``question`` first."""
    guides = [i.guide for i in items if i.guide is not None and i.guide.status == "active"]
    found = [(g.name, line) for g, s in lead_across(guides, question) if question
             for line in lines([s])]
    return bundle_answer(b, items, found)
