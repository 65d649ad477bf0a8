"""A catalog built beside the served one, never served, and its impact on what people ask.

    out = dry_run_impact(catalog_dir, settings, embedder, journal, progress=show)
    out["ok"], out["problems"], out["version"], out["impact"]

Used by ``guidebot reindex --dry-run --impact`` and by the content admin's impact job.
The dry run is index/version.py's ``publish(dry_run=True)``: the same validation and
build (embedding only texts not cached yet), in ``index_dir/dry-runs/``; the served
index and CURRENT stay as they are.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from bot.settings import Settings
from bot.staff.admin.impact import (
    CHANGE_ZH,
    CHANGES,
    STATUS_ZH,
    Progress,
    catalog_impact,
    faq_questions,
)
from bot.staff.admin.questions import replay_set
from bot.store.journal import Journal
from index.embedder import Embedder
from index.filecache import FileCache
from index.served import LoadedVersion
from index.version import current_id, publish, version_path


def served_version(settings: Settings,
                   loaded: Callable[[], LoadedVersion] | None = None) -> LoadedVersion | None:
    """The version served now: the caller's loaded one when it is current, else read."""
    wanted = current_id(settings.index_dir)
    if wanted is None:
        return None
    if loaded is not None:
        version = loaded()
        if version.id == wanted:
            return version
    return LoadedVersion.load(version_path(settings.index_dir, wanted))


def no_changes(served: LoadedVersion | None, questions: int, note: str) -> dict:
    """An impact with nothing to compare or nothing changed (no replay needed)."""
    return {"served_version": served.id if served else None,
            "new_version": served.id if served else None, "questions": questions,
            "sources": {}, "counts": {}, "lost": 0, "changed": 0, "items": [],
            "seconds": 0.0, "note": note}


def dry_run_impact(catalog_dir: Path, settings: Settings, embedder: Embedder,
                   journal: Journal | None, *, progress: Progress | None = None,
                   cache: FileCache | None = None,
                   loaded: Callable[[], LoadedVersion] | None = None,
                   impact: bool = True,
                   lock: AbstractContextManager | None = None) -> dict:
    """Validate and build ``catalog_dir`` without serving it (holding ``lock``, if given,
    while it validates); with ``impact``, replay the questions against the served version
    and the new one (impact.py)."""
    started = time.perf_counter()

    def embedding(done: int, total: int) -> None:
        if progress:
            progress("计算向量", done, total)

    if progress:
        progress("校验并建立索引", 0, 0)
    with lock or nullcontext():
        result = publish(catalog_dir, settings.index_dir, embedder, progress=embedding,
                         cache=cache, dry_run=True)
    out: dict = {"ok": result.version is not None, "report": result.report,
                 "version": result.version, "unchanged": result.unchanged,
                 "embedded": result.embedded, "build_seconds": round(result.seconds, 2),
                 "impact": None}
    if result.version is None or not impact:
        out["seconds"] = round(time.perf_counter() - started, 2)
        return out
    served = served_version(settings, loaded)
    if served is None:
        out["impact"] = no_changes(None, 0, "没有正在服务的版本, 无可比较")
    elif result.unchanged:
        out["impact"] = no_changes(served, 0, "与正在服务的版本内容相同")
    else:
        new = LoadedVersion.load(result.folder)
        asked = replay_set(settings.impact_files(), faq_questions(served, new), journal,
                           days=settings.impact_days, limit=settings.impact_journal_questions)
        out["impact"] = catalog_impact(served, new, embedder, settings, asked, progress)
    out["seconds"] = round(time.perf_counter() - started, 2)
    return out


def _outcome_text(o: dict) -> str:
    if o["kind"] == "none":
        return "未找到"
    if o["kind"] == "choose":
        return "询问是哪一项: " + " / ".join(f"{x['group']} {x['name']}" for x in o["options"])
    status = f" ({STATUS_ZH[o['status']]})" if o["status"] in STATUS_ZH else ""
    return f"{o['code']} {o['name']}{status} · {o['aspect']}"


def impact_lines(impact: dict, limit: int | None = None) -> list[str]:
    """The impact as text for the command line: the counts, then the changes by item,
    the most asked first (``limit`` items)."""
    sources = ", ".join(f"{k} {v}" for k, v in impact.get("sources", {}).items())
    lines = [f"impact: {impact['questions']} questions replayed"
             + (f" ({sources})" if sources else "") + f" in {impact['seconds']:.1f} s"
             + (f"; {impact['note']}" if impact.get("note") else "")]
    counts = impact.get("counts", {})
    lines.append("  " + ", ".join(f"{CHANGE_ZH[c]} {counts.get(c, 0)}" for c in CHANGES)
                 + f"; lost {impact['lost']}")
    for item in impact["items"][:limit]:
        lines.append(f"{item['group']} {item['name']} (asked {item['asked']}, "
                     f"{len(item['changes'])} changed, {item['lost']} lost)")
        for c in item["changes"]:
            where = f", region {c['region']}" if c["region"] else ""
            lines.append(f"  [{c['change_zh']}] {c['question']} (asked {c['asked']}{where})")
            lines.append(f"      before: {_outcome_text(c['old'])}")
            lines.append(f"      after:  {_outcome_text(c['new'])}")
    return lines
