"""Running several Rasa servers: which server a conversation goes to, and what ``guidebot up
--rasa-workers N`` starts; and how many threads the embedding uses where."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.channels.rasa_rest import AsyncRasaRest, RasaRest, rasa_urls
from bot.launcher import Launcher, rasa_servers
from bot.settings import Settings
from index.embedder import Embedder

pytestmark = pytest.mark.unit


def test_several_servers_are_one_setting() -> None:
    assert rasa_urls("http://a:5005/") == ["http://a:5005"]
    assert rasa_urls(" http://a:5005, http://b:5006 ,") == ["http://a:5005", "http://b:5006"]
    with pytest.raises(ValueError):
        rasa_urls(" , ")


def test_a_conversation_always_goes_to_the_same_server() -> None:
    client = RasaRest("http://a:5005,http://b:5006")
    senders = [f"web-{i:04d}" for i in range(200)]
    first = [client.of(s) for s in senders]
    assert first == [client.of(s) for s in senders]  # stable
    assert set(first) == {"http://a:5005/webhooks/rest/webhook",
                          "http://b:5006/webhooks/rest/webhook"}
    assert 60 <= first.count("http://a:5005/webhooks/rest/webhook") <= 140  # spread
    # The async client (web relay, Telegram) sends each conversation where this one does.
    assert [AsyncRasaRest("http://a:5005,http://b:5006").of(s) for s in senders] == first
    client.close()


def test_rasa_workers_start_on_consecutive_ports() -> None:
    assert rasa_servers(Settings(rasa_url="http://127.0.0.1:5005")) == ["http://127.0.0.1:5005"]
    assert rasa_servers(Settings(rasa_url="http://127.0.0.1:5005", rasa_workers=3)) == [
        "http://127.0.0.1:5005", "http://127.0.0.1:5006", "http://127.0.0.1:5007"]
    # Servers listed one by one are started as listed.
    listed = Settings(rasa_url="http://127.0.0.1:7001,http://127.0.0.1:7005", rasa_workers=4)
    assert rasa_servers(listed) == ["http://127.0.0.1:7001", "http://127.0.0.1:7005"]


def test_the_launcher_runs_one_rasa_process_per_server(tmp_path: Path) -> None:
    launcher = Launcher(Settings(rasa_url="http://127.0.0.1:5105", rasa_workers=2),
                        run_dir=tmp_path, model=tmp_path / "model.tar.gz")
    assert [s.name for s in launcher.services] == ["app", "rasa", "rasa-2"]
    assert [s.argv[s.argv.index("--port") + 1] for s in launcher.rasas] == ["5105", "5106"]
    # Every child, the app's relay and the Telegram bot included, knows both servers.
    assert launcher.app.env["GUIDEBOT_RASA_URL"] == "http://127.0.0.1:5105,http://127.0.0.1:5106"


def test_the_serving_app_embeds_with_one_thread_a_build_with_two() -> None:
    assert Embedder(Settings(), serving=True).threads == 1
    assert Embedder(Settings()).threads == 2
    assert Embedder(Settings(embed_threads=3), serving=True).threads == 3
