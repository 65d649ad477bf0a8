"""``guidebot up``: run the assistant, the app and the Rasa server, as two supervised processes.

The app (``guidebot serve``: the Rasa action webhook and the search API, Python 3.11) and
the Rasa server (``rasa run`` from ``.venv-rasa``, Python 3.10) are separate processes, so
a crash of one does not take the other down with it; this module starts both and waits
until both answer; the supervisor (bot/supervisor.py) restarts one that dies, with back-off,
and stops all on Ctrl-C or SIGTERM::

    launcher = Launcher(get_settings(), run_dir=Path("var"))
    launcher.start()            # raises LaunchError (with the log's tail) if one fails
    ...                         # Rasa's REST channel answers at launcher.rasa_url
    launcher.stop()

With ``--workers N`` (``app_workers``) above one, N app processes listen on
``app_port + 100 + i`` and the balancer (bot/balancer.py) takes the public ``app_port``:
the channels, Rasa's calls to the action webhook and the apps' relay to Rasa all go
through it (docs/deployment.md says why processes rather than uvicorn's workers).

Rasa's endpoints and channels files are generated into ``run_dir`` from the settings
(bot/rasa/files.py). Logs go to ``run_dir/log/app.log`` and ``run_dir/log/rasa.log``
(``rasa-2.log`` … for more Rasa servers: ``--rasa-workers``).
The tests start the assistant through this same class (``bot/evaluation/assistant.py``).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from bot.channels.rasa_rest import rasa_urls
from bot.rasa.files import (
    IN_MEMORY_FALLBACK,
    RASA_BIN,
    RASA_ENV,
    current_model,
    write_credentials,
    write_endpoints,
)
from bot.security.service_token import new_token
from bot.services import STOP_TIMEOUT, LaunchError, Service
from bot.settings import PROJECT_ROOT, Settings, get_settings
from bot.supervisor import supervise


def with_ports(settings: Settings, *, rasa_port: int | None = None,
               app_port: int | None = None) -> Settings:
    """The settings with other ports (``--rasa-port``/``--app-port``, free ports in tests)."""
    update: dict = {}
    if app_port is not None:
        update["app_port"] = app_port
    if rasa_port is not None:
        url = urlsplit(rasa_urls(settings.rasa_url)[0])
        update["rasa_url"] = f"{url.scheme}://{url.hostname}:{rasa_port}"
    return settings.model_copy(update=update)


def rasa_servers(settings: Settings) -> list[str]:
    """The Rasa servers to start: the URLs of ``rasa_url``, or with ``rasa_workers`` above
    one, that many on consecutive ports from its port."""
    urls = rasa_urls(settings.rasa_url)
    if settings.rasa_workers <= 1 or len(urls) > 1:
        return urls
    first = urlsplit(urls[0])
    port = first.port or 5005
    return [f"{first.scheme}://{first.hostname}:{port + i}" for i in range(settings.rasa_workers)]


#: App workers listen from ``app_port + WORKER_PORT_OFFSET`` (the balancer has ``app_port``).
WORKER_PORT_OFFSET = 100


def worker_ports(settings: Settings) -> list[int]:
    """The app processes' ports: ``app_port`` alone, or with several workers behind the
    balancer, ``app_port + 100 + i``."""
    if settings.app_workers <= 1:
        return [settings.app_port]
    first = settings.app_port + WORKER_PORT_OFFSET
    return list(range(first, first + settings.app_workers))


def settings_env(settings: Settings) -> dict[str, str]:
    """The settings as ``GUIDEBOT_*`` variables: a child process sees exactly these."""
    return {f"GUIDEBOT_{name.upper()}": str(value)
            for name, value in settings.model_dump().items() if value is not None}


class Launcher:
    """The assistant's processes: the app, then the Rasa server that calls its webhook.

    With ``telegram_token`` set, the Telegram bot is a third ``Service`` in ``services``
    (bot/channels/telegram/service.py), started, watched and stopped like the other two.
    """

    def __init__(self, settings: Settings, *, run_dir: Path, model: Path | None = None,
                 env: Mapping[str, str] | None = None, ready_timeout: float = 240.0) -> None:
        if not settings.service_token:  # one per start, handed to the children only
            settings = settings.model_copy(update={"service_token": new_token()})
        if not settings.security_log:
            settings = settings.model_copy(
                update={"security_log": str(run_dir / "log" / "security.log")})
        servers = rasa_servers(settings)
        self.balanced = settings.app_workers > 1
        if self.balanced and not settings.trusted_proxies:
            # The workers see every request come from the balancer: they believe the
            # client address it forwards (X-Forwarded-For), so the per-address limits
            # count citizens, not the balancer.
            local = settings.app_host in ("127.0.0.1", "0.0.0.0", "localhost", "::")
            settings = settings.model_copy(
                update={"trusted_proxies": "127.0.0.1" if local else settings.app_host})
        # Behind the balancer every process reaches Rasa through the one public address.
        public_rasa = settings.app_url if self.balanced else ",".join(servers)
        settings = settings.model_copy(update={"rasa_url": public_rasa})
        self.settings = settings
        self.run_dir = run_dir
        self.model = model or current_model()
        self.ready_timeout = ready_timeout
        self.endpoints = run_dir / "endpoints.yml"
        self.credentials = run_dir / "credentials.yml"
        base = {**os.environ, **(env or {}), **settings_env(settings)}
        self.rasa_url = settings.rasa_url
        self.app_url = settings.app_url
        self.apps = [self._app_service(i, port, base)
                     for i, port in enumerate(worker_ports(settings))]
        self.app = self.apps[0]
        self.rasas = [self._rasa_service(i, url, base) for i, url in enumerate(servers)]
        self.rasa = self.rasas[0]
        self.services = [*self.apps, *self.rasas]
        self.balancer: Service | None = None
        if self.balanced:
            self.balancer = self._balancer_service(servers, base)
            self.services.append(self.balancer)
        self.telegram: Service | None = None
        if settings.telegram_token:  # the Telegram bot: a third process (bot/channels/telegram/)
            from bot.channels.telegram.service import telegram_service

            self.telegram = telegram_service(settings, run_dir, base)
            self.services.append(self.telegram)

    def _app_service(self, i: int, port: int, base: Mapping[str, str]) -> Service:
        name = "app" if i == 0 else f"app-{i + 1}"
        host = self.settings.app_host
        return Service(name, [sys.executable, "-m", "bot.cli", "serve", "--host", host,
                              "--port", str(port)],
                       f"http://{host}:{port}/healthz", self.run_dir / "log" / f"{name}.log", base)

    def _balancer_service(self, servers: list[str], base: Mapping[str, str]) -> Service:
        apps = ",".join(f"http://{self.settings.app_host}:{p}"
                        for p in worker_ports(self.settings))
        argv = [sys.executable, "-m", "bot.cli", "balance", "--host", self.settings.app_host,
                "--port", str(self.settings.app_port), "--app", apps, "--rasa", ",".join(servers)]
        if not self.settings.redis_url:  # no lock store: one conversation, one Rasa server
            argv.append("--sticky-rasa")
        return Service("balancer", argv, f"{self.app_url}/balancer/healthz",
                       self.run_dir / "log" / "balancer.log", base)

    def _rasa_service(self, i: int, url: str, base: Mapping[str, str]) -> Service:
        where = urlsplit(url)
        name = "rasa" if i == 0 else f"rasa-{i + 1}"
        return Service(
            name,
            [str(RASA_BIN), "run", "--model", str(self.model), "--endpoints",
             str(self.endpoints), "--credentials", str(self.credentials),
             "--interface", where.hostname or "127.0.0.1", "--port", str(where.port or 5005)],
            # The REST channel's own health route: it answers once the model is loaded.
            f"{url}/webhooks/rest/", self.run_dir / "log" / f"{name}.log", {**base, **RASA_ENV})

    def start(self) -> None:
        """Start every service and wait until all answer; on failure stop them all."""
        if not RASA_BIN.exists():
            raise LaunchError(f"{RASA_BIN} is missing: run scripts/setup.sh first")
        rasa_env = write_endpoints(self.settings, self.endpoints)
        for rasa in self.rasas:
            rasa.env.update(rasa_env)
        write_credentials(self.settings, self.credentials)
        # The other app workers start once the first has migrated the database: two
        # Alembic upgrades of a new PostgreSQL database at once collide.
        later = self.apps[1:]
        try:
            for service in self.services:
                if service not in later:
                    service.start()
            if later:
                self._wait_ready([self.app])
                for service in later:
                    service.start()
            self._wait_ready(self.services)
        except BaseException:
            self.stop()
            raise

    def restart(self, service: Service) -> None:
        """Stop one service and start it again, e.g. the Rasa server (conversations live
        in the tracker store) or the app (Rasa keeps running meanwhile)."""
        service.stop()
        service.start()
        try:
            self._wait_ready([service])
        except BaseException:
            service.stop()
            raise

    def restart_rasa(self) -> None:
        for rasa in self.rasas:
            self.restart(rasa)

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Stop the services: SIGTERM to all at once (channel side first), SIGKILL to what is
        left after ``timeout`` seconds; idempotent."""
        for service in reversed(self.services):
            service.terminate()
        deadline = time.monotonic() + timeout
        for service in reversed(self.services):
            service.reap(deadline)

    def _wait_ready(self, services: list[Service]) -> None:
        deadline = time.monotonic() + self.ready_timeout
        waiting = list(services)
        while waiting:
            for service in list(waiting):
                if service.exit_code is not None:
                    raise LaunchError(f"{service.name} exited with code {service.exit_code} "
                                      f"while starting; {service.log_path}:\n"
                                      f"{service.log_tail()}")
                if service in self.rasas and IN_MEMORY_FALLBACK in service.log_tail(400):
                    raise LaunchError(f"rasa could not open its tracker store; "
                                      f"{service.log_path}:\n{service.log_tail()}")
                if service.ready():
                    waiting.remove(service)
            if waiting and time.monotonic() > deadline:
                names = ", ".join(s.name for s in waiting)
                raise LaunchError(f"not ready after {self.ready_timeout:.0f} s: {names}\n"
                                  + "\n".join(s.log_tail() for s in waiting))
            if waiting:
                time.sleep(0.25)  # between health polls

    def describe(self) -> str:
        tracker = self.settings.tracker_db_url or f"sqlite {self.settings.tracker_sqlite}"
        if "@" in tracker:  # no password on the screen
            u = urlsplit(tracker)
            tracker = u._replace(netloc=f"{u.username}@{u.hostname}:{u.port or ''}").geturl()
        workers = (f"  {len(self.apps)} workers behind the balancer"
                   f" (log {self.balancer.log_path})" if self.balancer is not None else "")
        return (f"app  {self.app_url} (action webhook /webhook, search /api/search)"
                f"  log {', '.join(str(a.log_path) for a in self.apps)}{workers}\n"
                f"web chat {self.app_url}/   staff pages {self.app_url}/staff"
                f"{self._describe_staff()}\n"
                f"rasa {', '.join(u + '/webhooks/rest/webhook' for u in rasa_urls(self.rasa_url))}"
                + (f" ({len(self.rasas)} servers behind the balancer)" if self.balancer
                   is not None else "") + f"  model {self.model.name}"
                f"  log {', '.join(str(r.log_path) for r in self.rasas)}\n"
                f"conversations: {tracker}" + self._describe_telegram())

    def _describe_staff(self) -> str:
        """A hint when nobody can sign in to the staff pages yet (there is no default account)."""
        try:
            from bot.staff.cli import accounts_for

            if accounts_for(self.settings).count_admins() == 0:
                return ("  (no administrator yet: guidebot user add admin --role admin)")
        except Exception as e:  # noqa: BLE001 - a hint must never stop the start
            return f"  (accounts not readable: {type(e).__name__})"
        return ""

    def _describe_telegram(self) -> str:
        if self.telegram is None:
            return ""
        from bot.channels.telegram.service import describe

        return "\n" + describe(self.settings, self.telegram)


def cmd_up(args: argparse.Namespace) -> int:
    settings = with_ports(get_settings(), rasa_port=args.rasa_port, app_port=args.app_port)
    if args.rasa_workers is not None:
        if not 1 <= args.rasa_workers <= 16:
            print("error: --rasa-workers must be between 1 and 16", file=sys.stderr)
            return 1
        settings = settings.model_copy(update={"rasa_workers": args.rasa_workers})
    if args.workers is not None:
        if not 1 <= args.workers <= 16:
            print("error: --workers must be between 1 and 16", file=sys.stderr)
            return 1
        settings = settings.model_copy(update={"app_workers": args.workers})
    try:
        launcher = Launcher(settings, run_dir=args.run_dir)
    except LaunchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    foreground = None
    if args.chat:
        from bot.channels.terminal import chat_loop

        def foreground() -> int:
            return chat_loop(launcher.rasa_url, region=args.region, hotline=settings.hotline)
    return supervise(launcher, foreground)


def cmd_rasa_server(args: argparse.Namespace) -> int:
    """One Rasa server of a deployment (a systemd unit or a container): its endpoints and
    channels files written from the settings into ``--run-dir``, then ``rasa run`` as
    this process's child, with the secrets in its environment only."""
    settings = get_settings()
    if not settings.service_token:
        print("error: GUIDEBOT_SERVICE_TOKEN must be set (the app workers are given the same)",
              file=sys.stderr)
        return 1
    run_dir: Path = args.run_dir
    env = {**os.environ, **RASA_ENV, **write_endpoints(settings, run_dir / "endpoints.yml")}
    write_credentials(settings, run_dir / "credentials.yml")
    try:
        model = args.model or current_model()
    except LaunchError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    argv = [str(RASA_BIN), "run", "--model", str(model), "--endpoints",
            str(run_dir / "endpoints.yml"), "--credentials", str(run_dir / "credentials.yml"),
            "--interface", args.host, "--port", str(args.port)]
    return _run_rasa(argv, env)


def _run_rasa(argv: list[str], env: Mapping[str, str]) -> int:
    """Run Rasa with its output passed through; a Rasa that could not open its tracker
    store (it would carry on keeping conversations in its memory, e.g. when two servers
    create the tables of a new database at once) is stopped and the exit code is 1, so
    systemd or the container runtime starts it again."""
    proc = subprocess.Popen(argv, env=dict(env), stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, bufsize=1)

    def forward(signum: int, _: object) -> None:
        proc.send_signal(signum)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, forward)
    assert proc.stdout is not None
    for line in proc.stdout:
        sys.stdout.write(line)
        sys.stdout.flush()
        if IN_MEMORY_FALLBACK in line:
            proc.kill()
            proc.wait()
            print("error: Rasa could not open its tracker store; stopped it", file=sys.stderr)
            return 1
    return proc.wait()


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The ``up`` subcommand (wired into ``bot.cli``)."""
    p = sub.add_parser("up", help="run the assistant: the app and the Rasa server")
    p.add_argument("--rasa-port", type=int, default=None, help="instead of GUIDEBOT_RASA_URL's")
    p.add_argument("--rasa-workers", type=int, default=None,
                   help="Rasa servers on consecutive ports (instead of GUIDEBOT_RASA_WORKERS)")
    p.add_argument("--workers", type=int, default=None,
                   help="app processes behind one balancer on the app port (instead of "
                        "GUIDEBOT_APP_WORKERS)")
    p.add_argument("--app-port", type=int, default=None, help="instead of GUIDEBOT_APP_PORT")
    p.add_argument("--run-dir", type=Path, default=PROJECT_ROOT / "var",
                   help="where the generated endpoints.yml and the logs go")
    p.add_argument("--chat", action="store_true",
                   help="then chat in this terminal; quitting the chat stops everything")
    p.add_argument("--region", default=None, help="your region code (with --chat)")
    p.set_defaults(func=cmd_up)
    r = sub.add_parser("rasa-server", help="one Rasa server of a deployment (docs/deployment.md)")
    r.add_argument("--host", default="127.0.0.1")
    r.add_argument("--port", type=int, default=5005)
    r.add_argument("--model", type=Path, default=None, help="default: the newest in models/")
    r.add_argument("--run-dir", type=Path, default=PROJECT_ROOT / "var" / "rasa",
                   help="where its endpoints and channels files are written")
    r.set_defaults(func=cmd_rasa_server)
    from bot import balancer

    balancer.add_parser(sub)  # ``guidebot balance``: the one address in front of them
