"""What a new catalog changes for the people asking: the same questions replayed against
the served version and the new one, with the real search and the dialogue's first
decision (bot/dialogue/searching.py), and the outcomes compared.

    impact = catalog_impact(served, new, embedder, settings, asked, progress=show)
    impact["counts"]    # {"other_item": 3, "now_asks": 1, "not_found": 0, "revoked": 2, ...}
    impact["items"]     # grouped by item, the most asked first, each with its changes

An outcome is what the dialogue would do first: answer an item (in use, or revoked or
suspended: then the citizen reads a notice), ask which of a few, or say nothing was
found. A question's outcome changes when the kind, the item, its status or the options
differ. Losses are questions answered today that would find nothing, or be pointed to a
revoked or suspended item: publishing those needs a second confirmation.

Every question is embedded once for both versions (both search with the same model), in
batches before the replay, through the index's embedding cache: the per-question forward
pass is most of a search's time.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.answers.asks import asks_in_words
from bot.answers.views import Views
from bot.dialogue.request import request_of
from bot.dialogue.searching import MAX_QUERY_CHARS, searched
from bot.settings import Settings
from bot.staff.admin.questions import Asked
from index.embedder import Embedder, EmbeddingCache
from index.search import Searcher, SearchHit, searched_text
from index.served import IndexHolder, LoadedVersion
from nlu.textnorm import fold

#: stage, done, total
Progress = Callable[[str, int, int], None]
CHANGES = ("not_found", "revoked", "other_item", "now_asks", "now_answered")
LOSSES = ("not_found", "revoked")
CHANGE_ZH = {"not_found": "找不到答案了", "revoked": "指向已撤销或暂停的事项",
             "other_item": "改由另一项回答", "now_asks": "改为询问是哪一项",
             "now_answered": "新得到回答"}
ASPECT_ZH = {"overview": "概览", "materials": "材料", "time": "时限", "fee": "收费",
             "location": "地点", "online": "网办", "process": "流程", "conditions": "条件",
             "phone": "电话", "appointment": "预约", "express": "邮寄", "visits": "跑动",
             "agent": "代办", "cross_region": "通办", "result": "结果", "amount": "金额"}
KIND_ZH = {"faq": "知识库问答", "bundle": "一件事"}
STATUS_ZH = {"revoked": "已撤销", "suspended": "暂停办理"}


@dataclass(frozen=True)
class Outcome:
    """The dialogue's first decision on a question in one catalog version."""

    kind: str  # answer | choose | none
    code: str = ""
    group: str = ""
    name: str = ""
    entry: str = ""  # guide | faq | bundle
    status: str = "active"
    options: tuple[tuple[str, str], ...] = ()  # (group, name) of each option asked about

    @property
    def answered(self) -> bool:
        return self.kind == "answer" and self.status == "active"

    def same(self, other: Outcome) -> bool:
        return (self.kind, self.group, self.status, {g for g, _ in self.options}) == (
            other.kind, other.group, other.status, {g for g, _ in other.options})

    def to_dict(self, aspect: str) -> dict:
        out: dict = {"kind": self.kind}
        if self.kind == "answer":
            out.update(code=self.code, group=self.group, name=self.name, entry=self.entry,
                       status=self.status, aspect=aspect if self.entry == "guide" else
                       KIND_ZH.get(self.entry, self.entry))
        elif self.kind == "choose":
            out["options"] = [{"group": g, "name": n} for g, n in self.options]
        return out


def _answer(hit: SearchHit) -> Outcome:
    return Outcome("answer", hit.code, hit.group, hit.name, hit.kind, hit.status)


def outcome_of(searcher: Searcher, settings: Settings, views: Views, text: str,
               region: str | None) -> Outcome:
    """The first decision on ``text``, as the dialogue takes it for a new question."""
    _, decision, withdrawn = searched(searcher, settings, text, region, views)
    if decision.kind == "answer":
        return _answer(decision.hits[0])
    if decision.kind == "choose":
        return Outcome("choose", options=tuple((h.group, h.name) for h in decision.hits))
    if withdrawn is not None:  # a withdrawn FAQ entry was the best match: its notice
        return _answer(withdrawn)
    return Outcome("none")


def change_of(old: Outcome, new: Outcome) -> str | None:
    """How a question's outcome changes (CHANGES), or None."""
    if old.same(new):
        return None
    if new.kind == "none":
        return "not_found"
    if new.kind == "answer" and not new.answered:
        return "revoked"
    if new.kind == "choose":
        return "now_asks" if old.kind != "choose" else "other_item"
    return "other_item" if old.answered else "now_answered"


class _Known:
    """The searcher's embedder: vectors computed beforehand, the model for any other."""

    def __init__(self, embedder: Embedder, vectors: dict[str, np.ndarray]) -> None:
        self.embedder = embedder
        self.vectors = vectors

    def query(self, text: str) -> np.ndarray:
        found = self.vectors.get(text)
        return found if found is not None else self.embedder.query(text)


def question_texts(versions: Iterable[LoadedVersion], asked: list[Asked]) -> list[str]:
    """Every text the replay's searches embed (the whole question and its request, as each
    version's search reads them), shortest first: batches of like length pad little."""
    texts: set[str] = set()
    versions = list(versions)
    for a in asked:
        for query in dict.fromkeys((a.text, request_of(a.text))):
            folded = fold(query[:MAX_QUERY_CHARS])
            if folded:
                texts.update(searched_text(v, folded)[1] for v in versions)
    return sorted(texts, key=lambda t: (len(t), t))


def query_vectors(embedder: Embedder, versions: Iterable[LoadedVersion], asked: list[Asked],
                  cache: Path, progress: Progress | None = None,
                  ) -> tuple[dict[str, np.ndarray], int]:
    """The vector of every text the replay's searches embed, and how many had to be
    embedded now (not cached). Computed in batches; through
    the index's embedding cache (``cache``), so the next replay embeds only new questions
    (the journal's most frequent change slowly, the development ones not at all)."""
    ordered = question_texts(versions, asked)
    prefix = embedder.prefix("query")

    def show(done: int, total: int) -> None:
        if progress:
            progress("问题向量", done, total)

    store = EmbeddingCache(cache, embedder)
    try:
        vectors = store.vectors([prefix + t for t in ordered], progress=show)
    finally:
        store.close()
    return dict(zip(ordered, vectors, strict=True)), store.embedded


def replay(version: LoadedVersion, embedder: _Known, settings: Settings, asked: list[Asked],
           tick: Callable[[], None]) -> list[Outcome]:
    searcher = Searcher(IndexHolder.holding(version), embedder)
    views = Views(version, dt.datetime.now(dt.UTC))
    found: dict[int, Outcome] = {}
    # Region by region: a region's entries are read from few catalog files, which the
    # version's entry store keeps (a province has more files than it keeps at once).
    for i in sorted(range(len(asked)), key=lambda i: asked[i].region or ""):
        found[i] = outcome_of(searcher, settings, views, asked[i].text, asked[i].region)
        tick()
    return [found[i] for i in range(len(asked))]


def catalog_impact(served: LoadedVersion, new: LoadedVersion, embedder: Embedder,
                   settings: Settings, asked: list[Asked],
                   progress: Progress | None = None) -> dict:
    """Replay ``asked`` against both versions; the changed outcomes, grouped by item."""
    started = time.perf_counter()
    cache = settings.index_dir / "cache" / "embeddings.sqlite"
    vectors, fresh = query_vectors(embedder, (served, new), asked, cache, progress)
    known = _Known(embedder, vectors)
    embedded = time.perf_counter()
    total, done = 2 * len(asked), 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress and (done % 20 == 0 or done == total):
            progress("重放问题", done, total)

    before = replay(served, known, settings, asked, tick)
    after = replay(new, known, settings, asked, tick)
    counts = dict.fromkeys(CHANGES, 0)
    items: dict[str, dict] = {}
    for a, old, now in zip(asked, before, after, strict=True):
        change = change_of(old, now)
        if change is None:
            continue
        counts[change] += 1
        aspect = "、".join(ASPECT_ZH.get(x, x) for x in asks_in_words(a.text)) or "概览"
        group = old.group or now.group or (now.options[0][0] if now.options else "")
        name = old.name or now.name or (now.options[0][1] if now.options else "")
        item = items.setdefault(group, {"group": group, "name": name, "asked": 0,
                                        "lost": 0, "changes": []})
        item["asked"] += a.asked
        item["lost"] += change in LOSSES
        item["changes"].append({**a.to_dict(), "change": change,
                                "change_zh": CHANGE_ZH[change], "loss": change in LOSSES,
                                "old": old.to_dict(aspect), "new": now.to_dict(aspect)})
    ordered = sorted(items.values(), key=lambda i: (-i["asked"], -i["lost"],
                                                    -len(i["changes"]), i["group"]))
    for item in ordered:
        item["changes"].sort(key=lambda c: (-c["asked"], not c["loss"]))
    sources = {s: sum(s in a.sources for a in asked) for s in ("dev", "faq", "journal")}
    return {"served_version": served.id, "new_version": new.id, "questions": len(asked),
            "sources": sources, "counts": counts,
            "lost": sum(counts[c] for c in LOSSES), "changed": sum(counts.values()),
            "items": ordered, "seconds": round(time.perf_counter() - started, 2),
            "embed_seconds": round(embedded - started, 2), "texts": len(vectors),
            "texts_embedded": fresh}


def faq_questions(*versions: LoadedVersion) -> list[str]:
    """Every FAQ entry's questions in these versions."""
    out: list[str] = []
    for v in versions:
        for entry in v.entries.all("faq"):
            out.extend(getattr(entry, "questions", []))
    return out


#: Entries of an impact kept in the audit log (counts stay whole).
SUMMARY_CHANGES = 50


def impact_summary(impact: dict) -> dict:
    """The audit log's copy of what was shown: the counts and the changes, most asked
    first, cut to SUMMARY_CHANGES."""
    changes = [{"question": c["question"], "region": c["region"], "asked": c["asked"],
                "change": c["change"], "old": c["old"].get("group", ""),
                "new": c["new"].get("group", "")}
               for item in impact["items"] for c in item["changes"]]
    changes.sort(key=lambda c: (-c["asked"], c["change"] not in LOSSES))
    return {"questions": impact["questions"], "counts": impact["counts"],
            "lost": impact["lost"], "new_version": impact["new_version"],
            "changes": changes[:SUMMARY_CHANGES]}
