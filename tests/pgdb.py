"""The real PostgreSQL on loopback for tests: is it there, and a fresh database that is
dropped afterwards. ``GUIDEBOT_TEST_PG`` names an administrative connection (trust auth
here and in CI); a test is skipped only when that server is unreachable."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.store.journal import database_url

PG = os.environ.get("GUIDEBOT_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def pg_available() -> bool:
    try:
        with create_engine(database_url(PG, Path())).connect():
            return True
    except Exception:  # noqa: BLE001 - any failure means: not reachable here
        return False


@contextmanager
def fresh_database() -> Iterator[str]:
    """A new database ``guidebot_test_<random>``: its SQLAlchemy URL, dropped (even with
    connections left open) when the block ends. Skips the test without a server."""
    if not pg_available():
        pytest.skip(f"PostgreSQL not reachable at {PG}")
    name = f"guidebot_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(database_url(PG, Path()), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield database_url(PG.rsplit("/", 1)[0] + f"/{name}", Path())
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def emptied(url: str, tables: tuple[str, ...]) -> str:
    """``url`` after deleting every row of ``tables`` (children before parents)."""
    engine = create_engine(url)
    with engine.begin() as c:
        for table in tables:
            c.execute(text(f"DELETE FROM {table}"))
    engine.dispose()
    return url
