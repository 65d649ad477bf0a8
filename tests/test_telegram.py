"""The Telegram bot, for real: ``guidebot telegram`` as ``guidebot up`` starts it
(bot/channels/telegram/service.py), against a fake Bot API server on loopback
(tests/fake_telegram.py, through GUIDEBOT_TELEGRAM_API).

- With the real assistant (the session's app and Rasa): /start, /help, a question with
  option buttons, a button press that continues the conversation, a shared location
  (nearest hall first), /region (buttons from the app, the choice sent with later
  messages), ratings stored in the app's database (with a masked comment).
- With a scripted assistant (replies the real one does not give): a 9,000-character
  answer split at line breaks, a long button payload, Rasa failing or silent, a 429,
  a redelivered update, and webhook mode refusing a wrong secret.

The parts that need no process are in tests/test_telegram_parts.py.
"""

from __future__ import annotations

import itertools
import math
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml
from fake_telegram import FakeTelegram
from sqlalchemy import select

from bot.channels.telegram.service import telegram_service
from bot.channels.terminal import unavailable_text
from bot.evaluation.assistant import Assistant, free_port
from bot.launcher import Service, settings_env
from bot.settings import PROJECT_ROOT, Settings

pytestmark = pytest.mark.e2e

_chats = itertools.count(5001)


@dataclass
class RunningBot:
    fake: FakeTelegram
    service: Service
    settings: Settings

    def chat(self) -> int:
        """A chat of its own for a test (its own Rasa conversation too)."""
        return next(_chats)


@contextmanager
def running_bot(tmp: Path, base: Settings, *, scripted: bool,
                **update: object) -> Iterator[RunningBot]:
    """The bot process against a new fake Bot API server; ``scripted`` points its Rasa
    and app URLs at the fake server's scripted assistant."""
    fake = FakeTelegram()
    fake.start()
    changes: dict = {"telegram_token": fake.token, "telegram_api": fake.url,
                     "telegram_port": free_port(), "telegram_db": tmp / "telegram.db"}
    if scripted:
        changes |= {"rasa_url": fake.url, "app_host": "127.0.0.1", "app_port": fake.port}
    settings = base.model_copy(update=changes | update)
    service = telegram_service(settings, tmp, {**os.environ, **settings_env(settings)})
    service.start()
    try:
        deadline = time.monotonic() + 120  # importing aiogram takes 4-12 s on 2 busy cores
        while not service.ready():
            assert service.exit_code is None, service.log_tail()
            assert time.monotonic() < deadline, "bot not ready\n" + service.log_tail()
            time.sleep(0.2)
        yield RunningBot(fake, service, settings)
    finally:
        service.stop()
        fake.stop()


@pytest.fixture(scope="module")
def real_bot(assistant: Assistant,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBot]:
    with running_bot(tmp_path_factory.mktemp("tg-real"), assistant.settings,
                     scripted=False) as bot:
        yield bot


@pytest.fixture(scope="module")
def scripted_bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBot]:
    with running_bot(tmp_path_factory.mktemp("tg-scripted"), Settings(), scripted=True) as bot:
        yield bot


def buttons(message: dict) -> list[dict]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [b for row in rows for b in row]


def button(message: dict, text: str) -> dict:
    return next(b for b in buttons(message) if b["text"] == text)


def quiet(bot: RunningBot, chat: int, seconds: float = 3.0) -> list[dict]:
    """The chat's messages once nothing more arrives for ``seconds``."""
    time.sleep(seconds)
    return bot.fake.sent(chat)


# --- with the real assistant -------------------------------------------------------------


def test_start_and_help(real_bot: RunningBot) -> None:
    chat = real_bot.chat()
    real_bot.fake.say(chat, "/start")
    [start] = real_bot.fake.wait_messages(chat, 1)
    assert len(start["text"].splitlines()) == 2
    assert "办事指南助手" in start["text"] and "/region" in start["text"]
    [[location]] = start["reply_markup"]["keyboard"]
    assert location["request_location"] is True
    real_bot.fake.say(chat, "/help")
    [help_] = real_bot.fake.wait_messages(chat, 1, after=1)
    assert "/region" in help_["text"] and "12345" in help_["text"]
    # Telegram's webhook is removed before long polling (a leftover one would block it).
    assert real_bot.fake.sent(method="deleteWebhook")


def test_options_press_and_ratings(real_bot: RunningBot, assistant: Assistant) -> None:
    fake, chat = real_bot.fake, real_bot.chat()
    fake.say(chat, "办身份证要带什么")
    [choice] = fake.wait_messages(chat, 1)
    assert "哪一项" in choice["text"]
    titles = [b["text"] for b in buttons(choice)]
    assert "居民身份证补领" in titles and len(titles) >= 2
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons(choice))

    fake.press(chat, choice["_result"], button(choice, "居民身份证补领")["callback_data"])
    answer, prompt = fake.wait_messages(chat, 2, after=1)
    assert fake.sent(method="answerCallbackQuery")
    assert answer["text"].startswith("居民身份证补领") and "来源" in answer["text"]
    assert "材料" in answer["text"]  # the aspect asked before the choice
    assert prompt["_at"] - answer["_at"] >= 0.9  # about one message per second in a chat
    # 好差评 takes one line: one button, which opens the five levels in its place.
    [opener] = buttons(prompt)
    assert opener["text"] == "评价这个回答" and len(prompt["text"].splitlines()) == 1
    answer_id = int(opener["callback_data"].split(":")[1])
    fake.press(chat, prompt["_result"], opener["callback_data"])
    [levels] = fake.wait_for(lambda: [e for e in fake.sent(chat, method="editMessageReplyMarkup")
                                      if e["message_id"] == prompt["_result"]["message_id"]])
    assert [b["text"] for b in buttons(levels)] == ["非常满意", "满意", "基本满意", "不满意",
                                                    "非常不满意"]
    assert buttons(levels)[0]["callback_data"] == f"r:{answer_id}:5"

    fake.press(chat, prompt["_result"], f"r:{answer_id}:5")
    fake.wait_for(lambda: any(c.get("text") == "感谢您的评价！"
                              for c in fake.sent(method="answerCallbackQuery")))
    assert [e for e in fake.sent(chat, method="editMessageReplyMarkup")  # rated once
            if e["message_id"] == prompt["_result"]["message_id"]][-1].get("reply_markup") is None

    fake.say(chat, "那要多久")  # follows on the same item
    later, prompt2 = fake.wait_messages(chat, 2, after=3)
    assert later["text"].startswith("居民身份证补领") and "工作日" in later["text"]
    second_id = int(buttons(prompt2)[0]["callback_data"].split(":")[1])  # o:<id>
    fake.press(chat, prompt2["_result"], f"r:{second_id}:2")
    [ask] = fake.wait_messages(chat, 1, after=5)
    assert [b["text"] for b in buttons(ask)] == ["跳过"]
    fake.say(chat, "排队太久，电话13812345678")
    [thanks] = fake.wait_messages(chat, 1, after=6)
    assert "已记录" in thanks["text"]
    assert stored_ratings(assistant, answer_id, second_id) == [
        (answer_id, 5, "", "telegram"), (second_id, 2, "排队太久，电话138****5678", "telegram")]

    # One rating open at a time: opening another folds the one opened before back.
    fake.say(chat, "在哪里办")
    _, prompt3 = fake.wait_messages(chat, 2, after=7)
    fake.say(chat, "收费吗")
    _, prompt4 = fake.wait_messages(chat, 2, after=9)

    def edits(prompt: dict) -> list[dict]:
        return [e for e in fake.sent(chat, method="editMessageReplyMarkup")
                if e["message_id"] == prompt["_result"]["message_id"]]

    fake.press(chat, prompt3["_result"], buttons(prompt3)[0]["callback_data"])
    fake.wait_for(lambda: edits(prompt3))
    fake.press(chat, prompt4["_result"], buttons(prompt4)[0]["callback_data"])
    fake.wait_for(lambda: edits(prompt4) and len(edits(prompt3)) == 2)
    assert [b["text"] for b in buttons(edits(prompt3)[-1])] == ["评价这个回答"]
    assert len(buttons(edits(prompt4)[-1])) == 5


def stored_ratings(assistant: Assistant, *answer_ids: int) -> list[tuple]:
    """The ratings of these answers in the app's database."""
    from bot.store.journal import Journal, database_url
    from bot.store.models import Rating

    s = assistant.settings
    journal = Journal(database_url(s.database_url, s.database_sqlite), migrate=False)
    with journal.session() as session:
        rows = session.scalars(select(Rating).where(Rating.answer_id.in_(answer_ids))
                               .order_by(Rating.id)).all()
        return [(r.answer_id, r.score, r.comment or "", r.channel) for r in rows]


def test_location_nearest_hall_first(real_bot: RunningBot) -> None:
    lat, lon = 21.186, 110.327
    halls = yaml.safe_load((PROJECT_ROOT / "data/catalog/halls.yaml").read_text("utf-8"))
    nearest = sorted(halls, key=lambda h: _km(lat, lon, h["location"]["lat"],
                                              h["location"]["lon"]))[:2]
    chat = real_bot.chat()
    real_bot.fake.share_location(chat, lat, lon)
    [answer] = real_bot.fake.wait_messages(chat, 1)
    text = answer["text"]
    assert "最近" in text and "公里" in text and "openstreetmap.org" in text
    first, second = (text.index(h["name"]) for h in nearest)
    assert first < second
    assert nearest[0]["address"] in text


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    return 6371 * math.acos(min(1.0, math.sin(p1) * math.sin(p2)
                                + math.cos(p1) * math.cos(p2) * math.cos(dl)))


def test_region_buttons_then_sent_with_every_message(real_bot: RunningBot,
                                                     assistant: Assistant) -> None:
    regions = httpx.get(f"{assistant.app_url}/api/regions").json()
    city = next(r for r in regions if r["level"] == "city")
    districts = [r["name"] for r in regions if r["parent"] == city["code"]]
    fake, chat = real_bot.fake, real_bot.chat()
    fake.say(chat, "/region")
    [picker] = fake.wait_messages(chat, 1)
    names = [b["text"].rstrip(" ›") for b in buttons(picker)]
    assert names[0] == f"✓ 选择{city['name']}" and names[1:1 + len(districts)] == districts
    county = next(r for r in regions if r["name"] == "青山区")
    fake.press(chat, picker["_result"], button(picker, "青山区")["callback_data"])
    [done] = fake.wait_messages(chat, 1, after=1)
    assert "青山区" in done["text"]
    with sqlite3.connect(real_bot.settings.telegram_db) as db:  # survives a restart
        assert db.execute("SELECT region FROM chat_region WHERE chat_id = ?",
                          (chat,)).fetchone() == (county["code"],)
    fake.say(chat, "身份证丢了怎么补办")
    [answer] = fake.wait_messages(chat, 1, after=2)
    assert answer["text"].startswith("居民身份证补领（青山区）")


def test_the_region_follows_the_citizens_words(real_bot: RunningBot,
                                                assistant: Assistant) -> None:
    regions = {r["name"]: r["code"] for r in
               httpx.get(f"{assistant.app_url}/api/regions").json()}
    fake, chat = real_bot.fake, real_bot.chat()
    fake.say(chat, "我在海滨区")
    [said] = fake.wait_messages(chat, 1)
    assert "海滨区" in said["text"]
    fake.wait_for(lambda: _stored_region(real_bot, chat))
    assert _stored_region(real_bot, chat) == regions["海滨区"]
    fake.say(chat, "/region")  # the picker says where the chat is now
    [picker] = fake.wait_messages(chat, 1, after=1)
    assert picker["text"].startswith("当前地区：海滨区。")


def _stored_region(bot: RunningBot, chat: int) -> str | None:
    with sqlite3.connect(bot.settings.telegram_db) as db:
        row = db.execute("SELECT region FROM chat_region WHERE chat_id = ?", (chat,)).fetchone()
    return row[0] if row else None


# --- with a scripted assistant ----------------------------------------------------------


def test_long_answer_split_at_line_breaks(scripted_bot: RunningBot) -> None:
    fake, chat = scripted_bot.fake, scripted_bot.chat()
    lines = [f"{i:03d}. 申请人有效身份证件原件及复印件一份（第{i}项材料）" for i in range(300)]
    long_text = "\n".join(lines)
    assert len(long_text) > 2 * 4096
    fake.script.replies.append([{"text": long_text, "buttons": [
        {"title": "多久能办好", "payload": "/ask_time"}]}])
    fake.say(chat, "材料")
    parts = fake.wait_messages(chat, 3)
    assert all(len(p["text"]) <= 4096 for p in parts)
    assert "\n".join(p["text"] for p in parts) == long_text  # cut between lines only
    assert [bool(buttons(p)) for p in parts] == [False, False, True]
    assert all(b["_at"] - a["_at"] >= 0.9 for a, b in itertools.pairwise(parts))
    assert len(quiet(scripted_bot, chat, 1.5)) == 3


def test_long_payload_goes_through_a_short_key(scripted_bot: RunningBot) -> None:
    fake, chat = scripted_bot.fake, scripted_bot.chat()
    payload = '/choose{"ordinal":"2","code":"000111003000-449102","note":"' + "很长" * 20 + '"}'
    offered = {"text": "请选择", "buttons": [{"title": "这个", "payload": payload}]}
    fake.script.replies += [[offered], [{"text": "好的"}]]
    fake.say(chat, "问题")
    [offer] = fake.wait_messages(chat, 1)
    data = buttons(offer)[0]["callback_data"]
    assert len(data.encode()) <= 64 and payload not in data
    fake.press(chat, offer["_result"], data)
    fake.wait_messages(chat, 1, after=1)
    assert fake.script.rasa_requests[-1] == {
        "sender": f"tg-{chat}", "message": payload, "metadata": {"channel": "telegram"}}


@pytest.mark.parametrize("reply", [500, []], ids=["rasa-fails", "rasa-silent"])
def test_no_answer_gives_the_hotline(scripted_bot: RunningBot, reply: object) -> None:
    fake, chat = scripted_bot.fake, scripted_bot.chat()
    fake.script.replies.append(reply)
    fake.say(chat, "你好")
    [sorry] = fake.wait_messages(chat, 1)
    assert sorry["text"] == unavailable_text("12345")


def test_429_waits_and_retries_once(scripted_bot: RunningBot) -> None:
    fake, chat = scripted_bot.fake, scripted_bot.chat()
    fake.fail_next("sendMessage", retry_after=2, chat_id=chat)
    fake.script.replies.append([{"text": "您好，请问要办什么事？"}])
    fake.say(chat, "你好")
    [delivered] = fake.wait_messages(chat, 1)
    [refused] = fake.sent(chat, status=429)
    assert refused["text"] == delivered["text"] == "您好，请问要办什么事？"
    assert delivered["_at"] - refused["_at"] >= 2.0
    assert len(quiet(scripted_bot, chat, 1.0)) == 1


def test_redelivered_update_answered_once(scripted_bot: RunningBot) -> None:
    fake, chat = scripted_bot.fake, scripted_bot.chat()
    fake.script.replies += [[{"text": "第一次"}], [{"text": "第二次"}], [{"text": "第三次"}]]
    update = fake.update(message=fake.message(chat, text="办营业执照"))
    fake.push(update)
    fake.push(update)  # the same update twice in one batch
    fake.wait_messages(chat, 1)
    fake.push(update, redeliver=True)  # and again after it was confirmed
    assert [m["text"] for m in quiet(scripted_bot, chat)] == ["第一次"]
    assert sum(r["sender"] == f"tg-{chat}" for r in fake.script.rasa_requests) == 1
    fake.script.replies.clear()


def test_an_update_redelivered_after_a_restart_is_not_answered_again(tmp_path: Path) -> None:
    with running_bot(tmp_path, Settings(), scripted=True) as bot:
        chat = bot.chat()
        bot.fake.script.replies.append([{"text": "第一次"}])
        update = bot.fake.update(message=bot.fake.message(chat, text="办营业执照"))
        bot.fake.push(update)
        bot.fake.wait_messages(chat, 1)
    # A new bot process over the same telegram.db; Telegram sends the update again.
    with running_bot(tmp_path, Settings(), scripted=True) as again:
        again.fake.script.replies.append([{"text": "新问题的回答"}])
        again.fake.push(update, redeliver=True)
        fresh = again.fake.message(chat, text="办护照")
        again.fake.push({"update_id": update["update_id"] + 1, "message": fresh})
        assert [m["text"] for m in quiet(again, chat)] == ["新问题的回答"]
        assert [r["message"] for r in again.fake.script.rasa_requests
                if r["sender"] == f"tg-{chat}"] == ["办护照"]


def test_webhook_refuses_a_wrong_secret(tmp_path: Path) -> None:
    url, secret = "https://bot.example.org/tg/hook", "s3cret-Token_1"
    with running_bot(tmp_path, Settings(), scripted=True, telegram_webhook_url=url,
                     telegram_webhook_secret=secret) as bot:
        [hook] = bot.fake.sent(method="setWebhook")
        assert hook["url"] == url and hook["secret_token"] == secret
        assert not bot.fake.sent(method="deleteWebhook")
        local = f"http://127.0.0.1:{bot.settings.telegram_port}/tg/hook"
        chat = bot.chat()
        bot.fake.script.replies.append([{"text": "您好"}])
        update = bot.fake.update(message=bot.fake.message(chat, text="你好"))
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            assert httpx.post(local, json=update, headers=headers).status_code == 401
        assert quiet(bot, chat, 1.0) == []
        good = {"X-Telegram-Bot-Api-Secret-Token": secret}
        assert httpx.post(local, json=update, headers=good).status_code == 200
        bot.fake.wait_messages(chat, 1)
        assert httpx.post(local, json=update, headers=good).status_code == 200  # redelivered
        assert [m["text"] for m in quiet(bot, chat, 2.0)] == ["您好"]
        assert httpx.get(f"http://127.0.0.1:{bot.settings.telegram_port}/healthz"
                         ).json()["mode"] == "webhook"
