"""The full catalog entries of published versions, for composing answers.

Search needs only a few fields per document; answers need a guide's every
element. Entries are stored by catalog file, content-addressed: one JSON file
per distinct catalog file under ``index_dir/objects/`` (named by the sha256 of
the catalog file's bytes), shared by every version that contains that file.
Publishing after one edit writes one object; a version only records which
object holds each key (``entry_files.json``). Objects are immutable, so a
process reading an older version is never disturbed by a new one.
"""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import orjson
from pydantic import BaseModel

from bot.catalog.models import Bundle, FaqEntry, Guide, Hall, Region
from bot.catalog.validate import Report

MODELS: dict[str, type[BaseModel]] = {
    "guide": Guide, "hall": Hall, "region": Region, "bundle": Bundle, "faq": FaqEntry,
}


def object_path(objects: Path, sha: str) -> Path:
    return objects / sha[:2] / f"{sha}.json"


def write_objects(objects: Path, files: dict[str, list[tuple[str, str, BaseModel]]]) -> None:
    """Write ``{file sha: [(kind, key, model), ...]}`` for the shas not stored yet."""
    for sha, rows in files.items():
        path = object_path(objects, sha)
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {f"{kind}\0{key}": m.model_dump(mode="json") for kind, key, m in rows}
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
        os.replace(tmp, path)


def write_entries(objects: Path, report: Report, guide_files: list[tuple[str, list[str]]],
                  guides_of: dict[str, list]) -> dict:
    """What ``entry_files.json`` holds for the catalog of ``report``: the catalog files'
    shas and the object holding each key; the objects of files not stored yet are written.

    ``guide_files`` is each guides file's (sha, guide codes), in the order read, and
    ``guides_of`` the guides of those files whose object is to be written, by sha: a
    publisher after one edit then handles the guides file by file, not guide by guide.
    """
    catalog = report.catalog
    assert catalog is not None
    shas = sorted(set(report.files.values()))
    slot = {sha: i for i, sha in enumerate(shas)}
    missing = {sha for sha in shas if not object_path(objects, sha).exists()}
    keys: dict[str, dict[str, int]] = {}
    new: dict[str, list[tuple[str, str, BaseModel]]] = {}
    guides: dict[str, int] = {}
    for sha, codes in guide_files:
        guides.update(dict.fromkeys(codes, slot[sha]))
        if sha in missing:
            new.setdefault(sha, []).extend(("guide", g.code, g) for g in guides_of[sha])
    if guides:
        keys["guide"] = guides
    for kind, table in (("hall", catalog.halls), ("region", catalog.regions),
                        ("bundle", catalog.bundles), ("faq", catalog.faqs)):
        for key, obj in table.items():
            sha = report.files[report.origins[(kind, key)]]
            keys.setdefault(kind, {})[key] = slot[sha]
            if sha in missing:
                new.setdefault(sha, []).append((kind, key, obj))
    write_objects(objects, new)
    return {"files": shas, "keys": keys}


def referenced(version_dirs: Iterable[Path]) -> set[str]:
    """File shas that the given versions read their entries from."""
    out: set[str] = set()
    for folder in version_dirs:
        out |= _files_of(str(folder))
    return out


@lru_cache(maxsize=64)
def _files_of(folder: str) -> frozenset[str]:
    # A published version never changes: a running publisher reads each once.
    try:
        # orjson: a province's entry_files.json is 2.7 MB, read once per publish.
        return frozenset(orjson.loads((Path(folder) / "entry_files.json").read_bytes())["files"])
    except (OSError, orjson.JSONDecodeError, KeyError):
        return frozenset()


class EntryStore:
    """Read-only access to one version's entries; safe to share between threads.

    ``entry_files.json`` maps each (kind, key) to the object file holding it.
    Parsed object files are kept in a small LRU: answers tend to ask about the
    same few items.
    """

    def __init__(self, objects: Path, version_dir: Path, cache_files: int = 64) -> None:
        index = orjson.loads((version_dir / "entry_files.json").read_bytes())
        self.objects = objects
        self._files: list[str] = index["files"]
        self._where: dict[str, dict[str, int]] = index["keys"]
        self._cache: OrderedDict[str, dict] = OrderedDict()
        self._size = cache_files
        self._lock = threading.Lock()

    def _object(self, sha: str) -> dict:
        with self._lock:
            if sha in self._cache:
                self._cache.move_to_end(sha)
                return self._cache[sha]
        data = json.loads(object_path(self.objects, sha).read_text())
        with self._lock:
            self._cache[sha] = data
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return data

    def get(self, kind: str, key: str) -> BaseModel | None:
        slot = self._where.get(kind, {}).get(key)
        if slot is None:
            return None
        raw = self._object(self._files[slot])[f"{kind}\0{key}"]
        return MODELS[kind].model_validate(raw, strict=False)

    def keys(self, kind: str) -> list[str]:
        return sorted(self._where.get(kind, {}))

    def all(self, kind: str) -> list[BaseModel]:
        return [m for k in self.keys(kind) if (m := self.get(kind, k)) is not None]

    def guide(self, code: str) -> Guide | None:
        return self.get("guide", code)

    def hall(self, hall_id: str) -> Hall | None:
        return self.get("hall", hall_id)
