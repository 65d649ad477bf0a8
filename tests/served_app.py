"""The app alone, as ``guidebot serve`` runs it (uvicorn, real HTTP) in a child process, for
tests of what a client on the network can do to it. Rasa is not started: its URL is a
closed port, so the web chat answers with the polite "unavailable" sentence.

    with served_app(workdir, GUIDEBOT_SEARCH_MAX_PER_MINUTE_PER_ADDRESS="5") as url:
        httpx.get(f"{url}/healthz")

On leaving, the app is stopped and its log must hold no traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bot.evaluation.assistant import free_port

PROJECT = Path(__file__).resolve().parents[1]


@contextmanager
def served_app(work: Path, **env: str) -> Iterator[str]:
    port = free_port()
    full = {**os.environ,
            "GUIDEBOT_RASA_URL": f"http://127.0.0.1:{free_port()}",  # nothing listens
            "GUIDEBOT_DATABASE_SQLITE": str(work / "guidebot.db"),
            "GUIDEBOT_CATALOGS_DIR": str(work / "catalogs"),
            "GUIDEBOT_SECURITY_LOG": str(work / "security.log"),
            "GUIDEBOT_TRACKER_SQLITE": str(work / "tracker.db"),
            **env}
    log_path = work / "app.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)],
                                cwd=PROJECT, env=full, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                assert proc.poll() is None and time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            proc.wait(15)
    assert "Traceback" not in log_path.read_text(errors="replace"), log_path.read_text()
