"""One supervised child process of ``guidebot up``: the app, the Rasa server, the Telegram bot.

    service = Service("app", argv, "http://127.0.0.1:5055/healthz", log_path, env)
    service.start()            # in its own session, output appended to log_path
    service.ready()            # its health URL answers 200
    service.stop()             # SIGTERM to its process group; SIGKILL after STOP_TIMEOUT

A child is also sent SIGTERM by the kernel when the thread that started it ends, even when
the supervisor is killed with SIGKILL (Linux), so no child outlives its supervisor.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from bot.settings import PROJECT_ROOT

#: Seconds a service has to end after SIGTERM before its process group is killed.
STOP_TIMEOUT = 5.0


class LaunchError(RuntimeError):
    """A process could not be started or did not become ready (the message says why)."""


def _die_with_parent() -> None:
    """In the child before exec: be sent SIGTERM when the launcher dies, even by SIGKILL.

    Linux only (prctl PR_SET_PDEATHSIG); elsewhere the normal stop path is all there is.
    """
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


class Service:
    """One supervised child process: started in its own session, logged to a file,
    ready when ``health_url`` answers 200, stopped by SIGTERM to its process group."""

    def __init__(self, name: str, argv: list[str], health_url: str, log_path: Path,
                 env: Mapping[str, str], cwd: Path = PROJECT_ROOT) -> None:
        self.name, self.argv, self.health_url = name, argv, health_url
        self.log_path, self.env, self.cwd = log_path, dict(env), cwd
        self.proc: subprocess.Popen | None = None
        self._log_start = 0

    def start(self) -> None:
        url = urlsplit(self.health_url)
        if not _port_free(url.hostname or "127.0.0.1", url.port or 80):
            raise LaunchError(f"{self.name}: port {url.port} on {url.hostname} is already in use")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self._log_start = log.tell()
            log.write(f"=== {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(self.argv)}\n".encode())
            log.flush()
            # Own session: a Ctrl-C in the terminal reaches the launcher only, which
            # stops the children in order.
            self.proc = subprocess.Popen(self.argv, cwd=self.cwd, env=self.env,
                                         stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                                         start_new_session=True, preexec_fn=_die_with_parent)

    @property
    def exit_code(self) -> int | None:
        """None while running (or not started)."""
        return None if self.proc is None else self.proc.poll()

    def ready(self) -> bool:
        try:
            return httpx.get(self.health_url, timeout=2.0).status_code == 200
        except httpx.HTTPError:
            return False

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def terminate(self) -> None:
        """Send SIGTERM to the service's process group (it and whatever it started)."""
        if self.running:
            _signal_group(self.proc, signal.SIGTERM)

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """SIGTERM, then SIGKILL to what is left after ``timeout`` seconds."""
        self.terminate()
        self.reap(time.monotonic() + timeout)

    def reap(self, deadline: float) -> None:
        """Wait for the service to end until ``deadline`` (monotonic), then kill its group."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            proc.wait(max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            _signal_group(proc, signal.SIGKILL)
            proc.wait()

    def log_tail(self, lines: int = 25) -> str:
        try:
            with open(self.log_path, "rb") as log:
                log.seek(self._log_start)
                text = log.read().decode("utf-8", "replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])


def _port_free(host: str, port: int) -> bool:
    """Whether nothing listens on host:port (TIME_WAIT leftovers of a restart do not count)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        pass
