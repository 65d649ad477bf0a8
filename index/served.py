"""The version a process serves, loaded whole, and swapped when a new one is published."""

from __future__ import annotations

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
    def load(cls, folder: Path) -> LoadedVersion:
        manifest = json.loads((folder / "manifest.json").read_text())
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
        n_profiles = manifest["counts"]["profiles"]
        groups = json.loads((folder / "groups.json").read_text())
        group_index = {g: i for i, g in enumerate(groups)}
        members: list[list[int]] = [[] for _ in groups]
        for i, d in enumerate(docs):
            members[group_index[d.group]].append(i)
        add_words(json.loads((folder / "words.json").read_text()))
        regions = RegionTree([
            RegionInfo(r["code"], r["name"], r["level"], r.get("parent") or "")
            for r in manifest["regions"]
        ])
        return cls(
            id=manifest["version"], manifest=manifest, docs=docs, groups=groups,
            group_index=group_index,
            profile_group=np.load(folder / "profile_group.npy").astype(np.int64),
            group_docs=[np.array(m, dtype=np.int64) for m in members],
            order=GuideOrder(docs, regions),
            lexical=LexicalChannel.load(folder / "bm25", n_profiles),
            dense=DenseChannel(np.load(folder / "vectors.npy"), np.load(folder / "pair_text.npy"),
                               np.load(folder / "pair_profile.npy")),
            regions=regions,
            entries=EntryStore(folder.parents[1] / "objects", folder),
            sentences=SentenceVectors.load(folder),
        )

    def item_docs(self, group: str, region: str | None, k: int = 1) -> list[Doc]:
        """The first ``k`` documents of an item for a user in ``region``: the
        serving one first (see preference.py), then the nearest others."""
        g = self.group_index.get(group)
        if g is None:
            return []
        found = self.order.first(self.group_docs[g], self.order.region_rank(region), k)
        return [self.docs[i] for i in found]


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
                loaded = LoadedVersion.load(version_path(self.index_dir, wanted))
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
