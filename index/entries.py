"""The full catalog entries of one published version, for composing answers.

Search needs only a few fields per document; answers need a guide's every
element. Those live in one SQLite file per version (``entries.sqlite``), read
on demand, so a process switching to a new version loads little. A new
version starts from a copy of the previous one and rewrites only the entries
of files that changed.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel

from bot.catalog.models import Bundle, FaqEntry, Guide, Hall, Region

MODELS: dict[str, type[BaseModel]] = {
    "guide": Guide, "hall": Hall, "region": Region, "bundle": Bundle, "faq": FaqEntry,
}
_SCHEMA = """
CREATE TABLE IF NOT EXISTS entry (
    kind TEXT NOT NULL, key TEXT NOT NULL, file TEXT NOT NULL, json TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX IF NOT EXISTS entry_file ON entry (file);
"""


def write_entries(
    path: Path,
    objects: Iterable[tuple[str, str, str, BaseModel]],
    previous: Path | None = None,
    stale_files: Iterable[str] = (),
) -> None:
    """Write ``(kind, key, file, model)`` rows; with ``previous``, copy it and
    replace only the rows of ``stale_files`` (changed or removed files)."""
    if previous is not None and previous.is_file():
        shutil.copyfile(previous, path)
    db = sqlite3.connect(path)
    try:
        db.executescript(_SCHEMA)
        with db:
            stale = list(stale_files)
            for start in range(0, len(stale), 500):
                chunk = stale[start : start + 500]
                db.execute(
                    f"DELETE FROM entry WHERE file IN ({','.join('?' * len(chunk))})", chunk
                )
            db.executemany(
                "INSERT OR REPLACE INTO entry VALUES (?, ?, ?, ?)",
                ((k, key, f, m.model_dump_json()) for k, key, f, m in objects),
            )
    finally:
        db.close()


class EntryStore:
    """Read-only access to one version's entries; safe to share between threads.

    The file is opened when the version is loaded, not on first use: a process
    still serving an old version keeps reading it after a later publish has
    pruned that version's folder (the open file outlives its name).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._db.execute("SELECT count(*) FROM entry").fetchone()  # open the file now
        self._lock = threading.Lock()

    def _rows(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def get(self, kind: str, key: str) -> BaseModel | None:
        rows = self._rows("SELECT json FROM entry WHERE kind = ? AND key = ?", (kind, key))
        return MODELS[kind].model_validate_json(rows[0][0], strict=False) if rows else None

    def all(self, kind: str) -> list[BaseModel]:
        rows = self._rows("SELECT json FROM entry WHERE kind = ? ORDER BY key", (kind,))
        return [MODELS[kind].model_validate_json(r[0], strict=False) for r in rows]

    def guide(self, code: str) -> Guide | None:
        return self.get("guide", code)  # type: ignore[return-value]

    def hall(self, hall_id: str) -> Hall | None:
        return self.get("hall", hall_id)  # type: ignore[return-value]
