"""Rasa's SQL tracker store on SQLite, with write-ahead logging: a turn no longer waits
for the disk while every other conversation waits for it.

Rasa 3.6's ``SQLTrackerStore`` is synchronous: it reads and writes the conversation inside
Rasa's one event loop, so while a turn's events are committed, no other turn moves. On
SQLite's defaults (a rollback journal, ``synchronous=FULL``) each commit writes the journal,
syncs it, writes the database, syncs it and deletes the journal. Profiled under load (py-spy,
10 concurrent senders over the REST channel, 2026-12-07), that commit was 21% of the time
the Rasa server's loop was busy, and the tracker store 45% in all.

:func:`install` has every SQLite connection opened in the Rasa server put its database in
WAL mode (``journal_mode=WAL``, kept in the file) with ``synchronous=NORMAL``: a commit
appends to the log and syncs nothing; the log is synced when it is written back into the
database (a checkpoint, every 1,000 pages). A conversation's events survive a crash of Rasa
or of the app as before; what a power cut can lose is the last turns before it (the
database is never corrupted). And it keeps the tracker store's connections open in a pool
(SQLAlchemy 2's default for an SQLite file; Rasa's SQLAlchemy 1.4 opens and closes one per
read or write, and the close of the last connection to a WAL database checkpoints it, with
its syncs, every time). PostgreSQL, the deployments' tracker store (docs/deployment.md), is
not touched. Called when Rasa loads our REST channel (guidebot_rasa/rest.py), before it
opens its tracker store.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from rasa.core import tracker_store
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import QueuePool

PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            cursor.execute(pragma)
        cursor.close()


#: Rasa's own choice of ``create_engine`` arguments (PostgreSQL's pool size and schema).
_RASA_ENGINE_KWARGS = tracker_store.create_engine_kwargs


def engine_kwargs(url: Any) -> dict[str, Any]:
    """Rasa's ``create_engine_kwargs``, with a pool of open connections for an SQLite file.

    Rasa's tracker store reads and writes in its event loop's thread only, but SQLite's
    driver refuses a connection made in another thread unless told (as SQLAlchemy 2 does)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return _RASA_ENGINE_KWARGS(url)
    return {"poolclass": QueuePool, "connect_args": {"check_same_thread": False}}


def install() -> None:
    """Every SQLite connection of this process from now on, and Rasa's SQL tracker store
    created from now on (idempotent)."""
    if not event.contains(Engine, "connect", _on_connect):
        event.listen(Engine, "connect", _on_connect)
    tracker_store.create_engine_kwargs = engine_kwargs
