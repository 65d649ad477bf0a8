"""A version's search parts written with the digest of their bytes, and the docs' delta.

The manifest lists each part's digest (``parts``). A serving process that holds a
version whose part has the same digest keeps what it loaded of it instead of reading it
again (served.py), so switching to a version after one edit reloads only what the edit
changed. ``docs_delta.json`` says which documents differ from the version of the previous
publish (by the digest of its ``docs.json``), when they are few and keep their code,
region and item: such a process patches its documents instead of reading all of them.
The full files are always written; a process that cannot use a digest or the delta reads
the version as before.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import orjson

from index.documents import Doc

DELTA = "docs_delta.json"
#: More changed documents than this are read from docs.json.
MAX_DELTA_ROWS = 2000
_FIELDS = list(Doc._fields)


class PartWriter:
    """Writes files into a version folder, one running digest per part."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._hash: dict[str, hashlib._Hash] = {}

    def add(self, part: str, name: str, data: bytes) -> None:
        (self.folder / name).write_bytes(data)
        self._fold(part, name, data)

    def json(self, part: str, name: str, data: object) -> None:
        self.add(part, name, orjson.dumps(data))

    def array(self, part: str, name: str, array: np.ndarray) -> None:
        buf = io.BytesIO()
        np.save(buf, array)
        self.add(part, name, buf.getvalue())

    def written(self, part: str, name: str) -> None:
        """Fold in a folder written by someone else (the BM25 channel's files)."""
        for path in sorted((self.folder / name).iterdir()):
            self._fold(part, f"{name}/{path.name}", path.read_bytes())

    def _fold(self, part: str, name: str, data: bytes) -> None:
        h = self._hash.setdefault(part, hashlib.sha256())
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)

    def digests(self) -> dict[str, str]:
        return {part: h.hexdigest() for part, h in self._hash.items()}


def doc_rows(docs: list[Doc]) -> dict:
    """docs.json: each distinct names tuple once (an item's guides share theirs, 同要素)."""
    names_at: dict[tuple[str, ...], int] = {}
    slot = _FIELDS.index("names")
    rows = []
    for d in docs:
        row = list(d)
        row[slot] = names_at.setdefault(d.names, len(names_at))
        rows.append(row)
    return {"fields": _FIELDS, "rows": rows, "names": list(names_at)}


class DocsMemo:
    """The documents of the last version written by this process and their digest."""

    def __init__(self) -> None:
        self.docs: list[Doc] = []
        self.digest = ""

    def delta(self, docs: list[Doc]) -> dict | None:
        """The documents that differ from the last version's, when a delta can say it."""
        if not self.digest or len(docs) != len(self.docs):
            return None
        rows = []
        for i, (new, old) in enumerate(zip(docs, self.docs, strict=True)):
            if new is old or new == old:
                continue
            if (new.code, new.region, new.group) != (old.code, old.region, old.group):
                return None
            rows.append([i, list(new)])
            if len(rows) > MAX_DELTA_ROWS:
                return None
        return {"from": self.digest, "fields": _FIELDS, "rows": rows}

    def remember(self, docs: list[Doc], digest: str) -> None:
        self.docs, self.digest = docs, digest


def read_delta(folder: Path) -> dict | None:
    path = folder / DELTA
    try:
        delta = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    return delta if delta.get("fields") == _FIELDS else None


def patched(docs: list[Doc], delta: dict) -> tuple[list[Doc], list[int]]:
    """``docs`` with the delta's rows replaced, and the indexes replaced."""
    out = list(docs)
    slot = _FIELDS.index("names")
    changed = []
    for i, row in delta["rows"]:
        row[slot] = tuple(row[slot])
        out[i] = Doc._make(row)
        changed.append(i)
    return out, changed
