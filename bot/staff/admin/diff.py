"""What publishing a validated catalog would change, against the index version served now.

    diff = catalog_diff(report, index_dir)
    diff["kinds"]["guide"]["changed"]   # [{key, name, status, fields: ["materials", ...]}]
    diff["status_changes"]              # guides (and FAQ entries) revoked, suspended, restored

The served version records which catalog file (by sha256) holds each object
(``entry_files.json``), and the staged report knows the same for its own files: an
object whose file did not change is unchanged without being read. Only objects of
changed files are loaded from the served version and compared field by field.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from bot.catalog.validate import Report
from index.entries import EntryStore
from index.version import current_id, version_path

KINDS = ("guide", "faq", "bundle", "hall", "region")
ATTR = {"guide": "guides", "faq": "faqs", "bundle": "bundles", "hall": "halls",
        "region": "regions"}
KIND_ZH = {"guide": "办事指南", "faq": "知识库条目", "bundle": "一件事", "hall": "办事大厅",
           "region": "区划"}
#: Lists in an audit summary are cut to this many entries (the counts stay whole).
SUMMARY_LIST = 50


class Served:
    """The served version's objects by kind: which file holds each, and the objects."""

    def __init__(self, index_dir: Path) -> None:
        self.version = current_id(index_dir)
        self.keys: dict[str, dict[str, str]] = {k: {} for k in KINDS}
        self.store: EntryStore | None = None
        if self.version is None:
            return
        folder = version_path(index_dir, self.version)
        index = json.loads((folder / "entry_files.json").read_text())
        files = index["files"]
        for kind, keys in index["keys"].items():
            self.keys[kind] = {key: files[slot] for key, slot in keys.items()}
        self.store = EntryStore(index_dir / "objects", folder)

    def get(self, kind: str, key: str) -> BaseModel | None:
        return self.store.get(kind, key) if self.store else None


def _name(kind: str, obj: BaseModel | None) -> str:
    if obj is None:
        return ""
    if kind == "faq":
        questions = getattr(obj, "questions", [])
        return questions[0] if questions else getattr(obj, "answer", "")[:40]
    return getattr(obj, "name", "")


def _row(kind: str, key: str, obj: BaseModel | None) -> dict:
    row = {"key": key, "name": _name(kind, obj)}
    if kind in ("guide", "faq") and obj is not None:
        row["status"] = obj.status
    return row


def changed_fields(before: BaseModel, after: BaseModel) -> list[str]:
    """Top-level fields whose values differ (in the contract's order)."""
    a, b = before.model_dump(mode="json"), after.model_dump(mode="json")
    return [name for name in type(after).model_fields if a.get(name) != b.get(name)]


def catalog_diff(report: Report, index_dir: Path) -> dict:
    """The difference between a validated catalog and the served version (none: all added)."""
    served = Served(index_dir)
    catalog = report.catalog
    out: dict = {"served_version": served.version, "kinds": {}, "status_changes": []}
    for kind in KINDS:
        new_objs: dict[str, BaseModel] = getattr(catalog, ATTR[kind]) if catalog else {}
        new_sha = {key: report.files.get(report.origins.get((kind, key), ""), "")
                   for key in new_objs}
        old_sha = served.keys.get(kind, {})
        added = [_row(kind, k, new_objs[k]) for k in sorted(new_objs) if k not in old_sha]
        removed = [_row(kind, k, served.get(kind, k)) for k in sorted(old_sha)
                   if k not in new_objs]
        changed, unchanged = [], 0
        for key in sorted(new_objs.keys() & old_sha.keys()):
            if new_sha[key] == old_sha[key]:
                unchanged += 1
                continue
            before, after = served.get(kind, key), new_objs[key]
            fields = changed_fields(before, after) if before is not None else ["(无法读取)"]
            if not fields:
                unchanged += 1
                continue
            changed.append({**_row(kind, key, after), "fields": fields})
            old_status = getattr(before, "status", None)
            new_status = getattr(after, "status", None)
            if kind in ("guide", "faq") and old_status != new_status:
                out["status_changes"].append({"kind": kind, "key": key,
                                              "name": _name(kind, after),
                                              "from": old_status, "to": new_status})
        for row in added:  # a guide that arrives already revoked or suspended
            if row.get("status", "active") != "active":
                out["status_changes"].append({"kind": kind, "key": row["key"],
                                              "name": row["name"], "from": None,
                                              "to": row["status"]})
        out["kinds"][kind] = {"before": len(old_sha), "after": len(new_objs),
                              "added": added, "removed": removed, "changed": changed,
                              "unchanged": unchanged}
    out["identical"] = not out["status_changes"] and all(
        not (k["added"] or k["removed"] or k["changed"]) for k in out["kinds"].values())
    return out


def summary(diff: dict) -> dict:
    """The audit log's copy of a diff: every count, the status changes, lists cut short."""
    kinds = {}
    for kind, d in diff["kinds"].items():
        kinds[kind] = {"before": d["before"], "after": d["after"],
                       "added": len(d["added"]), "removed": len(d["removed"]),
                       "changed": len(d["changed"])}
    guides = diff["kinds"]["guide"]
    return {
        "served_version": diff["served_version"],
        "counts": kinds,
        "status_changes": diff["status_changes"][:SUMMARY_LIST],
        "added": [r["key"] for r in guides["added"][:SUMMARY_LIST]],
        "removed": [r["key"] for r in guides["removed"][:SUMMARY_LIST]],
        "changed": [{"key": r["key"], "fields": r["fields"]}
                    for r in guides["changed"][:SUMMARY_LIST]],
    }


def summary_text(s: dict) -> str:
    """One line for the audit log: 办事指南 +1 -0 ~2; 状态变化 1."""
    parts = []
    for kind, c in s.get("counts", {}).items():
        if c["added"] or c["removed"] or c["changed"]:
            parts.append(f"{KIND_ZH[kind]} +{c['added']} -{c['removed']} ~{c['changed']}")
    if s.get("status_changes"):
        parts.append(f"状态变化 {len(s['status_changes'])}")
    if impact := s.get("impact"):
        changed = sum(impact.get("counts", {}).values())
        parts.append(f"提问影响: {changed} 个结果变化, {impact.get('lost', 0)} 个失去答案"
                     + (" (已确认)" if impact.get("confirmed_loss") else ""))
    return "; ".join(parts) or "无内容变化"
