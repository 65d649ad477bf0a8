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
import os
from pathlib import Path

import numpy as np
import orjson

from index.documents import Doc

DELTA = "docs_delta.json"
#: The files of each part (the BM25 channel's are its folder, bm25/).
PART_FILES = {
    "dense": ("vectors.npy", "pair_text.npy", "pair_profile.npy"),
    "profile_group": ("profile_group.npy",),
    "groups": ("groups.json",),
    "words": ("words.json",),
    "sentences": ("sentences.json", "sentences.npy"),
}
#: More changed documents than this are read from docs.json.
MAX_DELTA_ROWS = 2000
_FIELDS = list(Doc._fields)


class PartWriter:
    """Writes files into a version folder, one running digest per part.

    With a ``memo`` (the parts of the last version this process wrote), a part whose
    ``key`` equals the one it was written with is linked from that version instead of
    being written again (``reuse``): the same bytes, and the same digest.
    """

    def __init__(self, folder: Path, memo: PartMemo | None = None) -> None:
        self.folder = folder
        self.memo = memo
        self._hash: dict[str, hashlib._Hash] = {}
        self._same: dict[str, str] = {}  # linked parts: their digest
        self.files: dict[str, list[str]] = {}
        self.keys: dict[str, object] = {}

    def reuse(self, part: str, key: object) -> bool:
        """Link ``part`` from the last version when it was written from an equal ``key``;
        False when it has to be written (then under this key)."""
        self.keys[part] = key
        last = self.memo.last.get(part) if self.memo is not None else None
        if last is None or not _equal(last[0], key):
            return False
        _, digest, folder, names = last
        try:
            for name in names:
                (self.folder / name).parent.mkdir(exist_ok=True)
                os.link(folder / name, self.folder / name)
        except OSError:  # the last version was pruned meanwhile: write it
            for name in names:
                (self.folder / name).unlink(missing_ok=True)
            return False
        self._same[part] = digest
        self.files[part] = list(names)
        return True

    def add(self, part: str, name: str, data: bytes) -> None:
        (self.folder / name).write_bytes(data)
        self._fold(part, name, data)

    def json(self, part: str, name: str, data: object) -> None:
        self.add(part, name, orjson.dumps(data))

    def array(self, part: str, name: str, array: np.ndarray) -> None:
        buf = io.BytesIO()
        np.save(buf, array)
        self.add(part, name, buf.getbuffer())

    def written(self, part: str, name: str) -> None:
        """Fold in a folder written by someone else (the BM25 channel's files)."""
        for path in sorted((self.folder / name).iterdir()):
            self._fold(part, f"{name}/{path.name}", path.read_bytes())

    def _fold(self, part: str, name: str, data: bytes | memoryview) -> None:
        h = self._hash.setdefault(part, hashlib.sha256())
        h.update(f"{name}\0{len(data)}\0".encode())
        h.update(data)
        self.files.setdefault(part, []).append(name)

    def digests(self) -> dict[str, str]:
        return {**{part: h.hexdigest() for part, h in self._hash.items()}, **self._same}


def _equal(a: object, b: object) -> bool:
    return a is b or (type(a) is type(b) and isinstance(a, tuple) and a == b)


class PartMemo:
    """The parts of the last version this process wrote: key, digest, folder, files."""

    def __init__(self) -> None:
        self.last: dict[str, tuple[object, str, Path, tuple[str, ...]]] = {}

    def adopt(self, folder: Path, digests: dict[str, str], keys: dict[str, object]) -> None:
        """Take the parts of a version written by another process from the keys they are
        made of (the same catalog and builder: the same parts, see version.warm)."""
        self.last = {}
        for part, key in keys.items():
            names = PART_FILES.get(part) or tuple(
                f"{part_dir}/{p.name}" for part_dir in ("bm25",)
                for p in sorted((folder / part_dir).iterdir()))
            if part in digests:
                self.last[part] = (key, digests[part], folder, names)

    def remember(self, writer: PartWriter, folder: Path) -> None:
        """After ``writer``'s version was renamed to ``folder``."""
        digests = writer.digests()
        self.last = {part: (key, digests[part], folder, tuple(writer.files[part]))
                     for part, key in writer.keys.items() if part in digests}


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
