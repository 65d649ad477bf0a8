"""A cache of per-file validation results, so a reindex re-reads only changed files.

Keyed by the file's name, kind and bytes, and by the validator's own source:
an edited validator never serves stale results.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import bot.catalog.files
import bot.catalog.items
import bot.catalog.models
import bot.catalog.sharing
import bot.catalog.validate
from bot.catalog.items import ItemMemo
from bot.catalog.sharing import share
from bot.catalog.validate import FileResult, Kind, check_file


def _validator_digest() -> str:
    h = hashlib.sha256()
    for mod in (bot.catalog.models, bot.catalog.validate, bot.catalog.sharing,
                bot.catalog.files, bot.catalog.items):
        h.update(Path(mod.__file__ or "").read_bytes())
    return h.hexdigest()[:16]


class FileCache:
    """``items``: also remember each guides file's items (bot/catalog/items.py), so that a
    changed file is checked item by item; for a long-running publisher (it reads every
    file once more at its start to learn them)."""

    def __init__(self, folder: Path, items: bool = False) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.salt = _validator_digest()
        self.used: set[str] = set()
        self.hits = self.misses = 0
        # A long-running publisher (reindex --watch) keeps results in memory too:
        # unpickling a province's 100,000 guides costs far more than reading files.
        self._memory: dict[str, FileResult] = {}
        self._stat: dict[tuple[str, str, int, int], tuple[str, str]] = {}
        self._last = ""
        self.items = ItemMemo() if items else None

    def check(self, rel: str, kind: Kind, source: Path) -> tuple[str, FileResult]:
        """(sha256 of the file, its validation result), from the cache when it can be."""
        st = source.stat()
        seen = self._stat.get((rel, kind, st.st_size, st.st_mtime_ns))
        if seen is not None and seen[1] in self._memory:
            # Same size and modification time as a file read before, in this process.
            self.used.add(seen[1])
            self.hits += 1
            return seen[0], self._memory[seen[1]]
        raw = source.read_bytes()
        sha = hashlib.sha256(raw).hexdigest()
        result = self._check(rel, kind, raw)
        self._stat[(rel, kind, st.st_size, st.st_mtime_ns)] = (sha, self._last)
        return sha, result

    def _check(self, rel: str, kind: Kind, raw: bytes) -> FileResult:
        key = hashlib.sha256(f"{self.salt}\0{kind}\0{rel}\0".encode() + raw).hexdigest()
        path = self.folder / f"{key}.pkl"
        self.used.add(path.name)
        self._last = path.name
        if path.name in self._memory:
            self.hits += 1
            return self._seeded(rel, kind, raw, self._memory[path.name])
        try:
            with path.open("rb") as f:
                result = pickle.load(f)
            result.objects = [share(o) for o in result.objects]  # pickles share within a file
            self.hits += 1
            self._memory[path.name] = result
            return self._seeded(rel, kind, raw, result)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            pass
        result = self.items.check(rel, kind, raw) if self.items is not None else None
        if result is None:
            result = self._seeded(rel, kind, raw, check_file(rel, kind, raw))
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        self.misses += 1
        self._memory[path.name] = result
        return result

    def _seeded(self, rel: str, kind: Kind, raw: bytes, result: FileResult) -> FileResult:
        """``result``, its items remembered (a guides file, with ``items``)."""
        if self.items is not None and kind == "guide":
            self.items.seed(rel, raw, result)
        return result

    def prune(self) -> None:
        """Forget files that the last load did not use, and start a new load."""
        for p in self.folder.glob("*.pkl"):
            if p.name not in self.used:
                p.unlink(missing_ok=True)
        self._memory = {k: v for k, v in self._memory.items() if k in self.used}
        self.used = set()
