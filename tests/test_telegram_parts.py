"""The Telegram bot's parts that need no process: splitting long answers, callback data
and its key table, the region picker, and how ``guidebot up`` adds the bot
(the bot itself, against a fake Bot API server: tests/test_telegram.py)."""

from __future__ import annotations

import asyncio
import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.launcher import Launcher
from bot.settings import PROJECT_ROOT, Settings

pytestmark = pytest.mark.integration


def test_launcher_supervises_the_bot_only_with_a_token(tmp_path: Path) -> None:
    model = tmp_path / "guidebot-test.tar.gz"
    plain = Launcher(Settings(telegram_token=""), run_dir=tmp_path, model=model)
    assert [s.name for s in plain.services] == ["app", "rasa"]
    with_bot = Launcher(Settings(telegram_token="1:x", telegram_port=5999), run_dir=tmp_path,
                        model=model)
    assert [s.name for s in with_bot.services] == ["app", "rasa", "telegram"]
    assert with_bot.telegram is not None
    assert with_bot.telegram.argv[-1] == "telegram" and "1:x" not in with_bot.telegram.argv
    assert with_bot.telegram.env["GUIDEBOT_TELEGRAM_TOKEN"] == "1:x"
    assert with_bot.telegram.health_url == "http://127.0.0.1:5999/healthz"


def test_command_needs_a_token() -> None:
    env = {k: v for k, v in os.environ.items() if k != "GUIDEBOT_TELEGRAM_TOKEN"}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "telegram"], env=env,
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=60)
    assert done.returncode == 2 and "GUIDEBOT_TELEGRAM_TOKEN" in done.stderr


def test_payload_keys_survive_a_restart(tmp_path: Path) -> None:
    from bot.channels.telegram.keyboards import PayloadButton, payload_data
    from bot.channels.telegram.store import ChatStore

    short, long = '/choose{"ordinal":"2"}', "/choose" + '{"x":"' + "项" * 30 + '"}'
    store = ChatStore(tmp_path / "t.db")
    assert payload_data(short, store) == "p" + short
    key = payload_data(long, store)
    assert key.startswith("k") and payload_data(long, store) == key
    store.close()
    store = ChatStore(tmp_path / "t.db")

    class Press:
        data = key

    assert asyncio.run(PayloadButton()(Press(), store)) == {"payload": long}
    Press.data = "k999"
    assert asyncio.run(PayloadButton()(Press(), store)) is False


def test_region_picker_opens_at_the_city_and_pages() -> None:
    from bot.channels.telegram.backends import Region
    from bot.channels.telegram.keyboards import region_start, regions_keyboard

    regions = [Region("44", "广东省", "province", None), Region("4491", "云港市", "city", "44")]
    regions += [Region(f"4491{i:02d}", f"第{i}区", "county", "4491") for i in range(25)]
    regions.append(Region("449100101", "某镇", "town", "449100"))
    assert region_start(regions) == "4491"
    first = [b for row in regions_keyboard(regions, "4491").inline_keyboard for b in row]
    assert first[0].text == "✓ 选择云港市" and first[0].callback_data == "s:4491"
    assert first[1].text == "第0区 ›" and first[1].callback_data == "g:449100:0"  # has a town
    assert first[2].callback_data == "s:449101"
    assert [b.text for b in first[-2:]] == ["下一页 ›", "‹ 上一级"]
    second = [b for row in regions_keyboard(regions, "4491", 1).inline_keyboard for b in row]
    assert [b.text for b in second[1:6]] == [f"第{i}区" for i in range(20, 25)]
    assert second[-2].text == "‹ 上一页"


def test_split_text_cuts_at_line_breaks() -> None:
    from bot.channels.telegram.text import split_text, tg_len

    assert split_text("短回答") == ["短回答"]
    assert split_text("  \n ") == []
    lines = [f"第{i}行：" + "材" * (i % 50) for i in range(400)]
    text = "\n".join(lines)
    parts = split_text(text, 1000)
    assert len(parts) > 1 and all(tg_len(p) <= 1000 for p in parts)
    assert "\n".join(parts) == text
    # Each part is as full as the next line allows.
    for part, following in itertools.pairwise(parts):
        assert tg_len(part) + 1 + tg_len(following.split("\n")[0]) > 1000


def test_split_text_counts_utf16_and_cuts_an_overlong_line() -> None:
    from bot.channels.telegram.text import split_text, tg_len

    assert tg_len("😀a") == 3
    line = "😀" * 3000  # 6,000 UTF-16 units on one line
    parts = split_text("开头\n" + line, 4096)
    assert parts[0] == "开头" or parts[0].startswith("开头\n")
    assert all(tg_len(p) <= 4096 for p in parts)
    assert "".join(p.replace("开头\n", "").replace("开头", "") for p in parts) == line
