"""The version a process serves, loaded whole, and swapped when a new one is published."""

from __future__ import annotations

import copy
import gc
import json
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
import orjson

from index.dense import DenseChannel
from index.documents import Doc
from index.entries import EntryStore
from index.lexical import LexicalChannel
from index.parts import patched, read_delta
from index.preference import GuideOrder
from index.regions import RegionInfo, RegionTree
from index.sentences import SentenceVectors
from index.tokenize import add_words
from index.version import current_id, no_cyclic_gc, version_path

log = logging.getLogger(__name__)


class NoIndexError(RuntimeError):
    pass


class Announcer(Protocol):
    """Where a newly published version is announced to processes on other machines
    (index/announce.py: Redis)."""

    def announce(self, version: str, stamp: float) -> bool: ...

    def announced(self) -> str | None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class LoadedVersion:
    """One complete published version in memory. Immutable once loaded."""

    id: str
    manifest: dict
    docs: list[Doc]
    groups: list[str]  # item keys; profile_group indexes into it
    group_index: dict[str, int]
    profile_group: np.ndarray
    group_docs: list[np.ndarray]
    order: GuideOrder
    lexical: LexicalChannel
    dense: DenseChannel
    regions: RegionTree
    entries: EntryStore
    sentences: SentenceVectors = field(default_factory=SentenceVectors)

    @classmethod
    def load(cls, folder: Path, previous: LoadedVersion | None = None) -> LoadedVersion:
        """Load the version in ``folder``; what it shares with ``previous`` (a part of the
        same digest, see parts.py) is taken from there instead of being read again."""
        manifest = json.loads((folder / "manifest.json").read_text())
        same = _same_parts(manifest, previous)
        regions = (previous.regions if previous is not None
                   and manifest["regions"] == previous.manifest["regions"] else _regions(manifest))
        docs = _documents(folder, manifest, previous, same, regions)
        if "words" not in same:  # else this process taught jieba these words already
            add_words(orjson.loads((folder / "words.json").read_bytes()))
        if "dense" in same:
            dense = previous.dense
        else:
            dense = DenseChannel(np.load(folder / "vectors.npy"),
                                 np.load(folder / "pair_text.npy"),
                                 np.load(folder / "pair_profile.npy"))
        return cls(
            id=manifest["version"], manifest=manifest, docs=docs.docs, groups=docs.groups,
            group_index=docs.group_index,
            profile_group=(previous.profile_group if "profile_group" in same
                           else np.load(folder / "profile_group.npy").astype(np.int64)),
            group_docs=docs.group_docs, order=docs.order,
            lexical=(previous.lexical if "lexical" in same else
                     LexicalChannel.load(folder / "bm25", manifest["counts"]["profiles"])),
            dense=dense, regions=regions,
            entries=EntryStore(folder.parents[1] / "objects", folder),
            sentences=(previous.sentences if "sentences" in same
                       else SentenceVectors.load(folder)),
        )

    def item_docs(self, group: str, region: str | None, k: int = 1) -> list[Doc]:
        """The first ``k`` documents of an item for a user in ``region``: the
        serving one first (see preference.py), then the nearest others."""
        g = self.group_index.get(group)
        if g is None:
            return []
        found = self.order.first(self.group_docs[g], self.order.region_rank(region), k)
        return [self.docs[i] for i in found]


def _same_parts(manifest: dict, previous: LoadedVersion | None) -> set[str]:
    """The parts ``manifest``'s version has with the same digest as ``previous``."""
    if previous is None:
        return set()
    mine, theirs = manifest.get("parts") or {}, previous.manifest.get("parts") or {}
    return {part for part, digest in mine.items() if theirs.get(part) == digest}


def _regions(manifest: dict) -> RegionTree:
    return RegionTree([RegionInfo(r["code"], r["name"], r["level"], r.get("parent") or "")
                       for r in manifest["regions"]])


@dataclass(frozen=True)
class _Docs:
    """The documents of a version and what is derived from them alone."""

    docs: list[Doc]
    groups: list[str]
    group_index: dict[str, int]
    group_docs: list[np.ndarray]
    order: GuideOrder


def _documents(folder: Path, manifest: dict, previous: LoadedVersion | None, same: set[str],
               regions: RegionTree) -> _Docs:
    """The documents: the previous version's when the same, patched when docs_delta.json
    says which differ (their code, region and item unchanged), else read whole."""
    if previous is not None and "groups" in same and regions is previous.regions:
        if "docs" in same:
            return _Docs(previous.docs, previous.groups, previous.group_index,
                         previous.group_docs, previous.order)
        delta = read_delta(folder)
        theirs = (previous.manifest.get("parts") or {}).get("docs")
        if delta is not None and theirs is not None and delta["from"] == theirs:
            docs, changed = patched(previous.docs, delta)
            order = copy.copy(previous.order)  # only whether a guide is in use may differ
            order.doc_active = previous.order.doc_active.copy()
            order.doc_active[changed] = [docs[i].status == "active" for i in changed]
            return _Docs(docs, previous.groups, previous.group_index, previous.group_docs,
                         order)
    docs = _read_docs(folder)
    groups = orjson.loads((folder / "groups.json").read_bytes())
    group_index = {g: i for i, g in enumerate(groups)}
    members: list[list[int]] = [[] for _ in groups]
    for i, d in enumerate(docs):
        members[group_index[d.group]].append(i)
    return _Docs(docs, groups, group_index, [np.array(m, dtype=np.int64) for m in members],
                 GuideOrder(docs, regions))


def _read_docs(folder: Path) -> list[Doc]:
    raw = orjson.loads((folder / "docs.json").read_bytes())
    slot = raw["fields"].index("names")
    make = Doc._make
    docs = []
    if "names" in raw:  # format 2: each item's names once, rows hold an index
        names = [tuple(n) for n in raw["names"]]
        for row in raw["rows"]:
            row[slot] = names[row[slot]]
            docs.append(make(row))
    else:  # format 1, as published before: served until the next reindex
        for row in raw["rows"]:
            row[slot] = tuple(row[slot])
            docs.append(make(row))
    return docs


class IndexHolder:
    """Holds the served version; ``current()`` is always one complete version.

    A search takes ``holder.current()`` once and uses only that object, so a
    switch in the middle of a search cannot mix two versions. New versions are
    noticed by polling the CURRENT pointer (``refresh()``, or a background
    thread from ``watch()``), loaded completely, and then swapped in by one
    reference assignment.

    With an ``announcer`` (several machines sharing the index folder) the holder also
    announces a CURRENT it sees change and serves the version announced last, whichever
    machine saw it first (index/announce.py).
    """

    def __init__(self, index_dir: Path, announcer: Announcer | None = None) -> None:
        self.index_dir = index_dir
        self.announcer = announcer
        self._seen: tuple[str, float] | None = None  # CURRENT as last read: version, mtime
        self._version: LoadedVersion | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @classmethod
    def holding(cls, version: LoadedVersion) -> IndexHolder:
        """A holder of ``version`` alone (a dry run replayed beside the served one): it is
        never refreshed or watched, so it never switches."""
        holder = cls(Path(version.id))
        holder._version = version
        return holder

    def current(self) -> LoadedVersion:
        version = self._version
        if version is None:
            self.refresh()
            version = self._version
            if version is None:
                raise NoIndexError(
                    f"no published index in {self.index_dir}; run `guidebot reindex` first"
                )
        return version

    def refresh(self) -> bool:
        """Load the published version if it is not the one held; True if it switched."""
        wanted = self._wanted()
        if wanted is None or (self._version is not None and self._version.id == wanted):
            return False
        with self._lock:
            if self._version is not None and self._version.id == wanted:
                return False
            with no_cyclic_gc():
                loaded = LoadedVersion.load(version_path(self.index_dir, wanted),
                                            previous=self._version)
            # Long-lived: keep the collector from walking it again and again.
            # (Frozen objects are still freed by reference counting when swapped out.)
            gc.freeze()
            self._version = loaded
            log.info("serving index version %s", wanted)
            return True

    def _wanted(self) -> str | None:
        """The version to serve: CURRENT's, or with an announcer the one announced last."""
        local = current_id(self.index_dir)
        if self.announcer is None:
            return local
        if local is not None:
            try:
                stamp = (self.index_dir / "CURRENT").stat().st_mtime
            except FileNotFoundError:
                stamp = 0.0
            if (local, stamp) != self._seen:
                self._seen = (local, stamp)
                self.announcer.announce(local, stamp)
        announced = self.announcer.announced()
        if announced is not None and version_path(self.index_dir, announced).is_dir():
            return announced
        return local

    def watch(self, interval: float) -> None:
        """Poll for new versions in a daemon thread every ``interval`` seconds."""
        if self._thread is not None:
            return

        def loop() -> None:
            while not self._stop.wait(interval):
                try:
                    self.refresh()
                except Exception:  # keep serving the old version; say why
                    log.exception("could not load the newly published index")

        self._thread = threading.Thread(target=loop, name="index-watch", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._thread = None
        if self.announcer is not None:
            self.announcer.close()
