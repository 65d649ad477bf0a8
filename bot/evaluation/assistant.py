"""The real assistant for tests: the app and the Rasa server on free ports, started by the
same ``bot.launcher.Launcher`` that ``guidebot up`` uses, with the conversations in a
test's own tracker store (an SQLite file in ``workdir``, or the database URL given)::

    assistant = start_assistant(tmp_path)
    replies = assistant.send("u1", "办身份证要带什么")   # Rasa's REST reply, a list of dicts
    assistant.restart_rasa()
    assistant.stop()

Rasa needs 20-40 s to start: tests share one through the session fixture ``assistant``
(tests/conftest.py) and start their own only to break it (restart, stop the app).
"""

from __future__ import annotations

import socket
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.channels.rasa_rest import RasaRest
from bot.launcher import Launcher, with_ports
from bot.settings import Settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Assistant:
    """A started assistant: its URLs, a REST client, and control over its processes."""

    def __init__(self, launcher: Launcher) -> None:
        self.launcher = launcher
        self.rasa_url = launcher.rasa_url
        self.app_url = launcher.app_url
        self.settings = launcher.settings
        self._rest = RasaRest(self.rasa_url, timeout=120.0)

    def send(self, sender: str, message: str, metadata: dict | None = None) -> list[dict]:
        """Rasa's REST channel reply to one message, sent as typed (no channel's masking);
        raises ``RasaUnavailable``."""
        return self._rest.send(sender, message, metadata, mask=False)

    def restart_rasa(self) -> None:
        self.launcher.restart_rasa()

    def stop_app(self) -> None:
        self.launcher.app.stop()

    def restart_app(self) -> None:
        self.launcher.restart(self.launcher.app)

    def stop(self) -> None:
        self._rest.close()
        self.launcher.stop()


def start_assistant(workdir: Path, *, tracker_db_url: str = "", index_dir: Path | None = None,
                    catalog: Path | None = None, settings: Settings | None = None,
                    database_url: str = "") -> Assistant:
    """Start the app and Rasa on free ports and wait until both answer.

    ``index_dir`` defaults to the served demo index (``GUIDEBOT_INDEX_DIR``); logs, the
    generated endpoints file and the app's database (SQLite unless ``database_url``)
    go to ``workdir``.
    """
    base = settings or Settings()
    update: dict = {"tracker_db_url": tracker_db_url,
                    "tracker_sqlite": workdir / "rasa-tracker.db",
                    "database_url": database_url,
                    "database_sqlite": workdir / "guidebot.db"}
    if index_dir is not None:
        update["index_dir"] = index_dir
    if catalog is not None:
        update["catalog"] = catalog
    configured = with_ports(base.model_copy(update=update),
                            rasa_port=free_port(), app_port=free_port())
    launcher = Launcher(configured, run_dir=workdir)
    launcher.start()
    return Assistant(launcher)


@contextmanager
def temporary_assistant(settings: Settings | None = None) -> Iterator[Assistant]:
    """A whole assistant in a temporary directory, for a benchmark that was given none;
    prints how long it took to start, and stops it at the end."""
    with tempfile.TemporaryDirectory(prefix="guidebot-bench-") as workdir:
        started = time.monotonic()
        assistant = start_assistant(Path(workdir), settings=settings)
        print(f"assistant started in {time.monotonic() - started:.0f} s at {assistant.app_url}")
        try:
            yield assistant
        finally:
            assistant.stop()
