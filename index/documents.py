"""What the search sees of a catalog: documents, and the distinct texts they share.

Guides are standardized: the same item has the same name, aliases and elements
in every region, and differs only in agency, halls and phones. So the text a
guide is found by (its *profile*) is usually shared by many guides, and each
distinct profile is tokenized and embedded once. The search ranks profiles and
then picks, for each matched item, the guide that serves the user's region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from bot.catalog.catalog import Catalog
from bot.catalog.models import Bundle, FaqEntry, Guide
from nlu.textnorm import fold

#: How a dense text is embedded: "query" for short phrases that look like
#: questions (names, aliases, FAQ questions: e5's symmetric use), "passage" for
#: descriptive text.
QUERY, PASSAGE = "query", "passage"


@dataclass(frozen=True)
class Profile:
    kind: str
    group: str  # profiles never span items: each channel ranks items, not texts
    lexical: str
    dense: tuple[tuple[str, str], ...]  # (QUERY|PASSAGE, text)


class Doc(NamedTuple):
    """One searchable entry. A named tuple, not a dataclass: a province-size
    version has 100,000 of them, built whenever a process loads a version."""

    code: str
    kind: str  # guide | faq | bundle
    name: str
    region: str  # "" where the entry has none
    status: str
    group: str  # the item: a guide's base_code (or code); kind:id for others
    names: tuple[str, ...]  # folded name and aliases: what "naming" it means
    updated_at: str = ""
    agency: str = ""


def _join(parts: list[str]) -> str:
    return "。".join(p for p in parts if p)


def guide_profile(g: Guide) -> Profile:
    situations = "，".join(s.name for s in g.situations)
    # The summary leaves the name out: a regional name variant ("…（某区）") then
    # shares its summary with the item's other guides and adds one text, not two.
    summary = _join(["，".join(g.aliases), g.result or "", situations])
    lexical = " ".join([g.name, g.name, *g.aliases, situations, g.result or "", *g.life_events])
    dense = [(QUERY, g.name), *((QUERY, a) for a in g.aliases)]
    if summary:
        dense.append((PASSAGE, summary))
    return Profile("guide", g.group, lexical, tuple(dense))


#: A passage-only FAQ entry is also found by its sentences, at most this many of them.
PASSAGE_PARTS = 8
#: Sentences shorter than this say too little to be found by.
_PART_CHARS = 8


def passage_parts(answer: str) -> list[str]:
    """An answer passage's sentences (。！？；), the ones long enough to match a question."""
    parts = [p.strip() for p in re.split(r"(?<=[。！？；!?;])", answer)]
    return [p for p in parts if len(p) >= _PART_CHARS][:PASSAGE_PARTS]


def faq_profile(f: FaqEntry) -> Profile:
    """An FAQ entry is found by its example questions and its answer; an entry that is an
    answer passage alone (as hotline knowledge bases are often exported) also by each of
    its sentences, since a citizen's question matches one part of it, not the whole."""
    answer = f.answer[:400]
    lexical = " ".join([*f.questions, *f.questions, answer])
    dense = [*((QUERY, q) for q in f.questions), (PASSAGE, answer)]
    if not f.questions:
        dense += [(PASSAGE, part) for part in passage_parts(f.answer) if part != answer]
    return Profile("faq", f"faq:{f.id}", lexical, tuple(dense))


def bundle_profile(b: Bundle) -> Profile:
    lexical = " ".join([b.name, b.name, *b.aliases, b.description])
    dense = [(QUERY, b.name), *((QUERY, a) for a in b.aliases)]
    if b.description:
        dense.append((PASSAGE, _join([b.name, b.description])))
    return Profile("bundle", f"bundle:{b.id}", lexical, tuple(dense))


def _names(*texts: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(fold(t).replace(" ", "") for t in texts if t))


def guide_entry(g: Guide) -> tuple[Doc, Profile]:
    doc = Doc(g.code, "guide", g.name, g.region, g.status, g.group,
              _names(g.name, *g.aliases), g.updated_at, g.agency)
    return doc, guide_profile(g)


def catalog_documents(catalog: Catalog) -> tuple[list[Doc], list[Profile]]:
    """Every searchable entry, and the distinct profiles they are found by, for a whole
    catalog at once: what index/build.py derives file by file (and keeps between
    publishes), which tests/test_publish_incremental.py holds it to."""
    entries = [guide_entry(g) for g in catalog.guides.values()] + other_entries(catalog)
    return [d for d, _ in entries], list(dict.fromkeys(p for _, p in entries))


def other_entries(catalog: Catalog) -> list[tuple[Doc, Profile]]:
    """The FAQ entries' and bundles' documents and profiles (they follow the guides')."""
    out = []
    for f in catalog.faqs.values():
        name = f.questions[0] if f.questions else f.answer[:40]
        out.append((Doc(f.id, "faq", name, f.region or "", f.status, f"faq:{f.id}",
                        _names(*f.questions), f.updated_at, f.agency or ""), faq_profile(f)))
    for b in catalog.bundles.values():
        out.append((Doc(b.id, "bundle", b.name, "", "active", f"bundle:{b.id}",
                        _names(b.name, *b.aliases)), bundle_profile(b)))
    return out


def extra_words(catalog: Catalog) -> list[str]:
    """Dictionary words of the bundles and regions (they follow the guides')."""
    out: list[str] = []
    for b in catalog.bundles.values():
        out += [b.name, *b.aliases]
    return out + [r.name for r in catalog.regions.values()]


def dictionary_words(catalog: Catalog) -> list[str]:
    """Names and aliases that jieba should keep whole."""
    out: list[str] = []
    for g in catalog.guides.values():
        out += [g.name, *g.aliases]
    return list(dict.fromkeys(out + extra_words(catalog)))
