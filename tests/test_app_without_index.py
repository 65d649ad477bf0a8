"""Before any catalog is published the app still starts, and every route that needs the
index says so with 503 and the reason (one exception handler, bot/app.py), never 500."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.app import create_app
from bot.settings import Settings

pytestmark = pytest.mark.integration  # the app's own database (SQLite)


@pytest.mark.parametrize("path", ["/healthz", "/api/search?q=身份证", "/api/regions"])
def test_no_index_is_503_with_the_reason(tmp_path: Path, path: str) -> None:
    settings = Settings(index_dir=tmp_path / "index", database_sqlite=tmp_path / "app.db",
                        security_log=str(tmp_path / "security.log"))
    client = TestClient(create_app(settings))  # no lifespan: the model is not loaded
    response = client.get(path)
    assert response.status_code == 503
    assert response.json()["detail"]
