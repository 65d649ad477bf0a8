"""Shared fixtures: the small hand-written catalog, the real model and index (built once), the
real assistant, a PostgreSQL database per module, and headless Chromium per module."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pgdb import fresh_database
from playwright.sync_api import Browser, sync_playwright

from bot.evaluation.assistant import Assistant, start_assistant
from bot.settings import Settings
from bot.store.journal import Journal, database_url

FIXTURES = Path(__file__).parent / "fixtures"
#: Debian's Chromium, installed by scripts/setup.sh, drives the browser tests.
CHROMIUM = "/usr/bin/chromium"
PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture
def mini_catalog(tmp_path: Path) -> Path:
    """A private copy of tests/fixtures/mini that a test may break."""
    dest = tmp_path / "catalog"
    shutil.copytree(FIXTURES / "mini", dest)
    return dest


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """The default embedding model folder (materialized by the set-up; built here if missing)."""
    from bot.settings import DEFAULT_MODEL_DIR
    from index.e5_model import materialize_e5

    return materialize_e5(DEFAULT_MODEL_DIR)


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """The real assistant (app + Rasa server, bot/evaluation/assistant.py) over the served demo
    index (GUIDEBOT_INDEX_DIR), started once for the whole session (Rasa takes 20-40 s)."""
    # Always staffed, so handoff tests (test_handoff_e2e.py) get a ticket at any hour.
    started = start_assistant(tmp_path_factory.mktemp("assistant"),
                              settings=Settings(staffed_hours="1-7 00:00-24:00"))
    yield started
    started.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def journal(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Journal]:
    """The app's database, migrated: a new SQLite file, then a fresh PostgreSQL database
    (a test module may define its own ``journal`` instead)."""
    if request.param == "sqlite":
        yield Journal(database_url("", tmp_path / "journal.db"))
        return
    with fresh_database() as url:
        j = Journal(url)
        try:
            yield j
        finally:
            j.engine.dispose()


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test module (migrated by the first Journal
    opened on it), dropped at the module's end; skipped without a server."""
    with fresh_database() as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Chromium for one test module (playwright's sync API, closed with it)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup.sh (apt-get install chromium)")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM)
        yield launched
        launched.close()
