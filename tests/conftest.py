"""Shared fixtures (the small hand-written catalog, the real model, the real assistant, a
PostgreSQL database per module, headless Chromium per module) and the test layers.

Every test belongs to one layer, by its closest marker (a test's own, else its module's):

- ``unit``: pure code. Loads no embedding model, starts no process (Rasa, the app, a
  subprocess), opens no database (SQLite included) and no browser. ``pytest -m unit`` is
  the fast run, well under a minute.
- ``integration``: the real model, the real index, a real database (SQLite, PostgreSQL) or
  Redis. Starts no server process (the app, Rasa, the Telegram bot) and no browser; a
  one-shot helper process is allowed (the CLI, the Rasa environment's Python for NLU).
- ``e2e``: whole processes over HTTP (the real Rasa server and action webhook, the
  Telegram bot against the fake Bot API) or headless Chromium.

A test without a layer stops the run; a test doing more than its layer allows fails with
what it did (the guards below), so the markers mean what they say.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pgdb import fresh_database
from playwright.sync_api import Browser, sync_playwright

from bot.evaluation.assistant import Assistant, start_assistant
from bot.evaluation.conversation_checks import CodeIndex
from bot.settings import Settings
from bot.store.journal import Journal, database_url
from bot.store.models import Base
from index.embedder import Embedder
from index.version import publish

LAYERS = ("unit", "integration", "e2e")
#: Fixtures that make a test at least integration / at least e2e.
_NEEDS_INTEGRATION = {"journal", "db_url", "pg_url", "model_dir", "embedder", "publish_index"}
_NEEDS_E2E = {"assistant", "browser"}

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
def catalog_index() -> CodeIndex:
    """What the conversation checker knows of the demo catalog (its codes and items)."""
    return CodeIndex.load(PROJECT / "data" / "catalog")


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """The default embedding model folder (materialized by the set-up; built here if missing)."""
    from bot.settings import DEFAULT_MODEL_DIR
    from e5convert.model import materialize_e5
    from e5convert.query_graph import export_query_graph

    folder = materialize_e5(DEFAULT_MODEL_DIR)
    export_query_graph(folder)  # the question's graph for ONNX Runtime, as `guidebot model`
    return folder


@pytest.fixture(scope="session")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """The real assistant (app + Rasa server, bot/evaluation/assistant.py) over the served demo
    index (GUIDEBOT_INDEX_DIR), started once for the whole session (Rasa takes 20-40 s)."""
    # Always staffed, so handoff tests (test_handoff_e2e.py) get a ticket at any hour.
    started = start_assistant(tmp_path_factory.mktemp("assistant"),
                              settings=Settings(staffed_hours="1-7 00:00-24:00"))
    yield started
    started.stop()


@pytest.fixture(scope="session")
def embedder(model_dir: Path) -> Embedder:
    """The embedding model, loaded once for the session (on first use)."""
    return Embedder(Settings(model_dir=model_dir))


#: Vectors the set-up computed for the demo catalog, keyed by model and text: seeding a
#: new index's cache with them only saves time.
_SERVED_CACHE = PROJECT / "var" / "index" / "cache" / "embeddings.sqlite"


@pytest.fixture(scope="session")
def publish_index(tmp_path_factory: pytest.TempPathFactory,
                  embedder: Embedder) -> Callable[[Path], Path]:
    """The one way a test gets an index of its own: ``publish_index(catalog)`` publishes
    the catalog into a new folder (or ``index_dir``) and returns it (a failed publish
    fails the test with its report)."""
    def publish_into(catalog: Path, index_dir: Path | None = None) -> Path:
        index_dir = index_dir or tmp_path_factory.mktemp("index") / "index"
        if _SERVED_CACHE.is_file():
            (index_dir / "cache").mkdir(parents=True)
            shutil.copyfile(_SERVED_CACHE, index_dir / "cache" / "embeddings.sqlite")
        result = publish(catalog, index_dir, embedder)
        assert result.version, result.report.format()
        return index_dir
    return publish_into


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty, migrated app database, once of each kind: a new SQLite file, then the
    module's PostgreSQL database with every row deleted."""
    if request.param == "sqlite":
        return database_url("", tmp_path / "guidebot.db")
    url = request.getfixturevalue("pg_url")
    j = Journal(url)  # migrates a new database
    with j.session() as s, s.begin():
        for table in reversed(Base.metadata.sorted_tables):  # children before parents
            s.execute(table.delete())
    j.engine.dispose()
    return url


@pytest.fixture
def journal(db_url: str) -> Iterator[Journal]:
    """The app's database (``db_url``) opened as the app opens it."""
    j = Journal(db_url)
    yield j
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


def layer_of(item: pytest.Item) -> str | None:
    return next((m.name for m in item.iter_markers() if m.name in LAYERS), None)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    unmarked = [item.nodeid for item in items if layer_of(item) is None]
    if unmarked:
        raise pytest.UsageError("tests without a layer (mark them unit, integration or e2e, "
                                "see tests/conftest.py):\n  " + "\n  ".join(unmarked))


class LayerViolation(Exception):
    """A test did more than its layer allows."""


def _forbid(layer: str, what: str):  # noqa: ANN202
    def refuse(*_: object, **__: object) -> None:
        raise LayerViolation(f"a {layer} test {what}: mark it as a higher layer")
    return refuse


def _guard(item: pytest.Item, patch: pytest.MonkeyPatch) -> None:
    """What the item's layer may not do, refused for its setup (the module and session
    fixtures it is the first to need included), call and teardown."""
    layer = layer_of(item)
    if layer not in ("unit", "integration"):
        return
    heavy = set(getattr(item, "fixturenames", ())) & (
        _NEEDS_E2E | (_NEEDS_INTEGRATION if layer == "unit" else set()))
    if heavy:
        patch.setattr(item, "runtest", _forbid(layer, f"uses {sorted(heavy)}"))
        return
    import playwright.sync_api

    from bot.services import Service

    patch.setattr(Service, "start", _forbid(layer, "starts a server process"))
    patch.setattr(playwright.sync_api, "sync_playwright", _forbid(layer, "opens a browser"))
    patch.setitem(globals(), "sync_playwright", _forbid(layer, "opens a browser"))
    if layer == "unit":
        import socket
        import subprocess

        from sqlalchemy.pool import Pool

        from bot.answers import closeness
        from index.embedder import Embedder

        patch.setattr(Embedder, "model", property(_forbid(layer, "loads the embedding model")))
        patch.setattr(Embedder, "query_graph",
                      property(_forbid(layer, "loads the embedding model's graph")))
        # An app built by an earlier test installed its model's closeness for the process:
        # a unit test ranks sentences by words alone unless it installs its own.
        patch.setattr(closeness, "_installed", None)
        patch.setattr(Pool, "connect", _forbid(layer, "opens a database"))
        patch.setattr(subprocess.Popen, "__init__", _forbid(layer, "starts a process"))
        patch.setattr(socket.socket, "connect", _forbid(layer, "opens a connection"))
        patch.setattr(socket.socket, "bind", _forbid(layer, "listens on a port"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):  # noqa: ANN201
    patch = pytest.MonkeyPatch()
    try:
        _guard(item, patch)
        yield
    finally:
        patch.undo()
