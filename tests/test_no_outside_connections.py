"""A government assistant sends nothing anywhere: no process of the running assistant opens a
connection to a non-loopback address while citizens talk to it, and Rasa's own telemetry
setting in the user's home is off (the set-up writes it), so a ``rasa`` command run without
``RASA_TELEMETRY_ENABLED=false`` reports nothing either."""

from __future__ import annotations

import ipaddress
import os
import threading
import time
from pathlib import Path

import psutil
import pytest
import yaml

from bot.evaluation.assistant import Assistant

pytestmark = pytest.mark.e2e

#: How often the processes' sockets are looked at while the conversation runs.
SAMPLE_EVERY = 0.01


def _outside(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not (ip.is_loopback or ip.is_unspecified)


def _remote_addresses(root_pids: list[int]) -> set[str]:
    """The remote addresses of every socket the processes (and their children) hold now."""
    seen: set[str] = set()
    for pid in root_pids:
        try:
            root = psutil.Process(pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            continue
        for proc in procs:
            try:
                for conn in proc.net_connections(kind="inet"):
                    if conn.raddr:
                        seen.add(conn.raddr.ip)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
    return seen


def test_a_conversation_opens_no_connection_outside(assistant: Assistant) -> None:
    services = [s for s in assistant.launcher.services if s.proc is not None]
    pids = [s.proc.pid for s in services]
    seen: set[str] = set()
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.update(_remote_addresses(pids))
            time.sleep(SAMPLE_EVERY)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        for text in ("你好", "补办身份证要带什么", "要多久", "能不能网上办", "转人工", "谢谢"):
            assert assistant.send("outside-check", text)
    finally:
        done.set()
        watcher.join()
    assert seen, "the watcher saw no connection at all (it must see Rasa calling the app)"
    assert not {a for a in seen if _outside(a)}, seen


def test_rasas_telemetry_setting_is_off() -> None:
    path = Path(os.path.expanduser("~/.config/rasa/global.yml"))
    assert path.exists(), "scripts/setup.sh writes it"
    metrics = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("metrics") or {}
    assert metrics.get("enabled") is False
