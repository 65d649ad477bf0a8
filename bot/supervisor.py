"""``guidebot up`` keeps the assistant running: a child that dies is restarted with back-off,
and Ctrl-C or SIGTERM stops every child within a few seconds.

    code = supervise(launcher)                 # until Ctrl-C/SIGTERM; 0 on a clean stop
    code = supervise(launcher, chat_loop)      # the terminal chat in the foreground

While one part is restarting the others keep answering, politely where they depend on it:
a channel whose Rasa is down gives its "暂时无法回答" sentence with the hotline, and Rasa
whose action webhook (the app) is down does the same (guidebot_rasa/rest.py). Restarts are
written to the supervisor's output (stderr) with the end of the dead child's log.
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Callable
from typing import Protocol

from bot.services import LaunchError, Service

#: Liveness checks of the children, seconds apart.
CHECK_EVERY = 0.5


class Supervised(Protocol):
    """What the supervisor needs of the launcher (bot/launcher.py)."""

    services: list[Service]

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def restart(self, service: Service) -> None: ...
    def describe(self) -> str: ...


class Backoff:
    """Seconds to wait before restarting one service again: ``first``, doubled after every
    restart up to ``most``; back to ``first`` once the service has run ``calm`` seconds."""

    def __init__(self, first: float = 1.0, most: float = 60.0, calm: float = 300.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.first, self.most, self.calm, self.clock = first, most, calm, clock
        self.delay = first
        self.restarts = 0
        self._since = clock()

    def next_delay(self) -> float:
        """The wait before this restart (and the next one grows)."""
        if self.clock() - self._since >= self.calm:
            self.delay = self.first
        delay = self.delay
        self.delay = min(self.most, self.delay * 2)
        self.restarts += 1
        return delay

    def started(self) -> None:
        self._since = self.clock()


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def keep_alive(launcher: Supervised, stopping: threading.Event) -> None:
    """Restart each service that has died, with back-off, until ``stopping`` is set."""
    backoffs = {s.name: Backoff() for s in launcher.services}
    while not stopping.wait(CHECK_EVERY):
        for service in launcher.services:
            if service.running or stopping.is_set():
                continue
            backoff = backoffs[service.name]
            delay = backoff.next_delay()
            say(f"{service.name} exited with code {service.exit_code}; restarting it in "
                f"{delay:.0f} s (restart {backoff.restarts}). Its log: {service.log_path}\n"
                f"{service.log_tail()}")
            if stopping.wait(delay):
                return
            try:
                launcher.restart(service)
            except LaunchError as e:
                say(f"{service.name} could not be restarted: {e}")
                continue
            finally:
                if stopping.is_set():  # stopped meanwhile: what was started goes too
                    service.stop()
            backoff.started()
            say(f"{service.name} restarted and ready")


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def supervise(launcher: Supervised, foreground: Callable[[], int] | None = None) -> int:
    """Start the assistant, keep it running, and run ``foreground`` (the terminal chat) or
    wait for a signal; stop everything when it returns or on Ctrl-C/SIGTERM."""
    signal.signal(signal.SIGTERM, _raise_interrupt)
    stopping = threading.Event()
    keeper = threading.Thread(target=keep_alive, args=(launcher, stopping),
                              name="keep-alive", daemon=True)
    code = 0
    try:
        launcher.start()
        say(launcher.describe())
        keeper.start()
        if foreground is not None:
            return foreground()
        say("ready; Ctrl-C stops everything")
        while True:
            time.sleep(3600)  # until a signal
    except LaunchError as e:
        say(f"error: {e}")
        code = 1
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM
        code = 0
    finally:
        # A second Ctrl-C (or SIGTERM) must not cut the stopping short and leave orphans;
        # a service that ignores SIGTERM is killed after a timeout anyway.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stopping.set()
        say("stopping the assistant")
        launcher.stop()
    return code
