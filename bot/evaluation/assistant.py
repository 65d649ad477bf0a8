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

import secrets
import socket
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot.channels.rasa_rest import RasaRest
from bot.launcher import Launcher, with_ports
from bot.settings import Settings

#: The ports the launcher derives from one it is given: consecutive Rasa servers
#: (``rasa_port + i``) and app workers behind the balancer (``app_port + 100 + i``).
_DERIVED = (0, 1, 2, 3, 100, 101, 102, 103)
_handed_out: set[int] = set()


def _ephemeral_range() -> tuple[int, int]:
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except (OSError, ValueError):
        return 32768, 60999


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port nothing listens on, nor on the ports the launcher derives from it.

    It lies below the kernel's ephemeral range: a port the kernel hands out (port 0) can be
    taken by any outgoing connection before the server binds it, and so can the next one
    that ``rasa_workers=2`` binds (CI saw ``address already in use`` that way). No port is
    handed out twice in one process, nor one derived from another's.
    """
    low = _ephemeral_range()[0]
    span = max(max(_DERIVED) + 1, low - 10000)
    for _ in range(200):
        port = low - span + secrets.randbelow(span - max(_DERIVED))
        derived = {port + d for d in _DERIVED}
        if derived & _handed_out or not all(_bindable(p) for p in derived):
            continue
        _handed_out.update(derived)
        return port
    raise RuntimeError("no free port below the ephemeral range")


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
