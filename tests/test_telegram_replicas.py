"""Two Telegram bot processes behind one webhook URL, sharing a Redis (``GUIDEBOT_REDIS_URL``):
an update Telegram delivers again to the other replica is answered once; a region kept
through one replica is sent with the chat's messages through the other; a long button
payload stored by one replica is resolved by the other; aiogram's state is in Redis.
Against the fake Bot API and its scripted assistant (tests/fake_telegram.py), as
tests/test_telegram.py; the test's Redis keys have their own prefix, deleted after."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis
from fake_telegram import FakeTelegram
from redisdb import REDIS, fresh_prefix

from bot.channels.telegram.service import telegram_service
from bot.evaluation.assistant import free_port
from bot.launcher import settings_env
from bot.services import Service
from bot.settings import Settings

pytestmark = pytest.mark.e2e
URL, SECRET = "https://bot.example.org/tg/hook", "replica-Secret_1"
HEADERS = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


@pytest.fixture
def replicas(tmp_path: Path) -> Iterator[tuple[FakeTelegram, list[str], str]]:
    """The fake Bot API, the two replicas' local webhook URLs, and the Redis prefix."""
    with fresh_prefix() as prefix:
        yield from _two_bots(tmp_path, prefix)


def _two_bots(tmp_path: Path, prefix: str) -> Iterator[tuple[FakeTelegram, list[str], str]]:
    fake = FakeTelegram()
    fake.start()
    services: list[Service] = []
    try:
        for i in range(2):
            settings = Settings(
                telegram_token=fake.token, telegram_api=fake.url, telegram_port=free_port(),
                telegram_db=tmp_path / f"unused-{i}.db", rasa_url=fake.url,
                app_host="127.0.0.1", app_port=fake.port, telegram_webhook_url=URL,
                telegram_webhook_secret=SECRET, redis_url=REDIS, redis_prefix=prefix)
            service = telegram_service(settings, tmp_path / f"bot-{i}",
                                       {**os.environ, **settings_env(settings)})
            service.start()
            services.append(service)
        deadline = time.monotonic() + 120
        while not all(s.ready() for s in services):
            for s in services:
                assert s.exit_code is None, s.log_tail()
            assert time.monotonic() < deadline, "bots not ready"
            time.sleep(0.2)
        hooks = [s.health_url.replace("/healthz", "/tg/hook") for s in services]
        yield fake, hooks, prefix
    finally:
        for s in services:
            s.stop()
        fake.stop()


def post(hook: str, update: dict) -> None:
    assert httpx.post(hook, json=update, headers=HEADERS, timeout=30).status_code == 200


def test_two_replicas_share_updates_regions_payloads_and_state(
        replicas: tuple[FakeTelegram, list[str], str]) -> None:
    fake, (one, two), prefix = replicas
    chat = 7301
    # A turn through replica 1 that sets the chat's region and offers a long payload.
    long_payload = "/choose" + '{"item_code":"' + "0" * 80 + '"}'
    fake.script.replies.append([{"custom": {"region": "449102"}},
                                {"text": "请选择：", "buttons": [
                                    {"title": "居民身份证补领", "payload": long_payload}]}])
    first = fake.update(message=fake.message(chat, text="我在海滨区，身份证怎么办"))
    post(one, first)
    [options] = fake.wait_messages(chat, 1)
    # Telegram delivers the same update again, to the other replica: not answered twice.
    post(two, first)
    time.sleep(1.5)
    assert len(fake.sent(chat)) == 1
    assert len([r for r in fake.script.rasa_requests if r["sender"] == f"tg-{chat}"]) == 1
    # The region kept through replica 1 goes with the chat's next message through replica 2.
    fake.script.replies.append([{"text": "材料如下"}])
    post(two, fake.update(message=fake.message(chat, text="要带什么")))
    fake.wait_messages(chat, 1, after=1)
    assert fake.script.rasa_requests[-1]["metadata"]["region"] == "449102"
    # The button's key stored by replica 1 is resolved by replica 2.
    [button] = options["reply_markup"]["inline_keyboard"][0]
    assert button["callback_data"].startswith("k")
    fake.script.replies.append([{"text": "补领的材料"}])
    query = {"id": "cq-replica", "from": {"id": chat, "is_bot": False, "first_name": "市民"},
             "chat_instance": str(chat), "message": options["_result"],
             "data": button["callback_data"]}
    post(two, fake.update(callback_query=query))
    fake.wait_messages(chat, 1, after=2)
    assert fake.script.rasa_requests[-1]["message"] == long_payload
    # All of it is in Redis, under the deployment's prefix (aiogram's storage included).
    keys = {k.decode() for k in redis.Redis.from_url(REDIS).scan_iter(match=prefix + "*")}
    assert f"{prefix}tg:region:{chat}" in keys
    assert any(k.startswith(f"{prefix}tg:update:") for k in keys)
    assert f"{prefix}tg:payload:by_id" in keys
