"""转人工 end to end, with the real assistant (app + Rasa) and real clients:

- a web citizen (``POST /api/chat``) asks for a person: a ticket with the conversation so
  far (an earlier 身份证号 masked); agents race to take it (one 409); the taker replies,
  another agent cannot; the page's poll (``GET /api/chat/updates``) gets the reply; the
  citizen's next messages go to the ticket, not the bot; after closing the bot answers;
- outside the staffed hours: the hotline and the hours, no ticket (an assistant of its own);
- Telegram: the real bot process against the fake Bot API; the agent's reply reaches the
  chat as sendMessage, and a marker-only turn is not answered with "unavailable";
- in headless Chromium: a citizen on the web chat page and an agent on the queue page
  (signed in through /staff/login) take and answer a ticket; screenshot queue.png.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from fake_telegram import FakeTelegram
from playwright.sync_api import Browser, Page
from staff import PASSWORD, create_staff, signed_in

from bot.channels.terminal import unavailable_text
from bot.evaluation.assistant import Assistant, free_port, start_assistant
from bot.settings import Settings

pytestmark = pytest.mark.e2e
#: As in test_web.py: var/screenshots/, or GUIDEBOT_SCREENSHOTS_DIR (docs/screenshots).
SCREENSHOTS = Path(os.environ.get("GUIDEBOT_SCREENSHOTS_DIR")
                   or Path(__file__).resolve().parents[1] / "var" / "screenshots")
ID_NUMBER = "440102199001011234"
ALWAYS = "1-7 00:00-24:00"


def chat(app_url: str, sender: str, message: str) -> list[dict]:
    response = httpx.post(f"{app_url}/api/chat", json={"sender": sender, "message": message},
                          timeout=120)
    response.raise_for_status()
    return response.json()


def marker(replies: list[dict]) -> dict | None:
    return next((r["custom"]["handoff"] for r in replies
                 if isinstance(r.get("custom"), dict) and "handoff" in r["custom"]), None)


def texts(replies: list[dict]) -> str:
    return "\n".join(str(r["text"]) for r in replies if r.get("text"))


@pytest.fixture(scope="module")
def agents(assistant: Assistant) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    for name in ("queue.li", "queue.wang"):
        create_staff(assistant.settings, name, "agent", display_name=f"坐席{name[-2:]}")
    with closing(signed_in(assistant.app_url, "queue.li")) as li, \
            closing(signed_in(assistant.app_url, "queue.wang")) as wang:
        yield li, wang


# --- web chat, through the app's relay -----------------------------------------------


def test_web_handoff_take_reply_close(assistant: Assistant,
                                      agents: tuple[httpx.Client, httpx.Client]) -> None:
    li, wang = agents
    url, browser_id = assistant.app_url, "handoffweb0001"
    first = chat(url, browser_id, f"我的身份证号是{ID_NUMBER}，身份证丢了怎么补")
    assert "居民身份证" in texts(first)
    opened = chat(url, browser_id, "转人工")
    ticket = marker(opened)
    assert ticket is not None and ticket["status"] == "waiting", opened
    assert "已为您转接人工客服" in texts(opened)

    # The queue: the ticket with the conversation so far, the number masked.
    queue = li.get("/api/staff/tickets").json()
    assert queue["waiting"] >= 1
    mine = next(t for t in queue["tickets"] if t["id"] == ticket["ticket"])
    assert mine["sender"] == f"web-{browser_id}" and mine["channel"] == "web"
    full = li.get(f"/api/staff/tickets/{ticket['ticket']}").json()
    transcript = [(m["author"], m["text"]) for m in full["messages"]]
    assert transcript[0] == ("citizen", "我的身份证号是4401***********234，身份证丢了怎么补")
    assert any(a == "bot" and "居民身份证" in t for a, t in transcript)
    assert ("citizen", "转人工") in transcript
    assert ID_NUMBER not in str(full)

    # While waiting: a short "请稍候" once, then only the marker; never a catalog answer.
    waiting = chat(url, browser_id, "我再补充一下，是去年丢的")
    assert texts(waiting) == "已转给人工客服，请稍候，您的留言客服都能看到。"
    quiet = chat(url, browser_id, "在吗")
    assert texts(quiet) == "" and marker(quiet)["status"] == "waiting"

    # Two agents take it at once: one wins, the other gets a clear 409.
    results: dict[str, httpx.Response] = {}
    barrier = threading.Barrier(2)

    def take(name: str, client: httpx.Client) -> None:
        barrier.wait()
        results[name] = client.post(f"/api/staff/tickets/{ticket['ticket']}/take")

    threads = [threading.Thread(target=take, args=a) for a in (("li", li), ("wang", wang))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(r.status_code for r in results.values())
    assert codes == [200, 409], {k: (r.status_code, r.text) for k, r in results.items()}
    winner, loser = (li, wang) if results["li"].status_code == 200 else (wang, li)
    assert "已由" in next(r for r in results.values() if r.status_code == 409).json()["detail"]

    # Only the taker answers; an agent may write a phone number (not masked).
    refused = loser.post(f"/api/staff/tickets/{ticket['ticket']}/reply", json={"text": "我来"})
    assert refused.status_code == 403
    answer = "您好，补领身份证请带户口簿到户籍窗口，咨询电话 13812345678。"
    sent = winner.post(f"/api/staff/tickets/{ticket['ticket']}/reply", json={"text": answer})
    assert sent.status_code == 201, sent.text

    # The page's poll gets the notice and the reply, for its own conversation only.
    updates = httpx.get(f"{url}/api/chat/updates",
                        params={"sender": browser_id, "after": 0}).json()
    assert updates["status"] == "taken" and updates["ticket"] == ticket["ticket"]
    assert [m["author"] for m in updates["messages"]] == ["system", "agent"]
    assert updates["messages"][1]["text"] == answer
    last = updates["messages"][-1]["id"]
    assert httpx.get(f"{url}/api/chat/updates", params={"sender": browser_id, "after": last}
                     ).json()["messages"] == []
    other = httpx.get(f"{url}/api/chat/updates", params={"sender": "someoneelse1"}).json()
    assert other == {"ticket": None, "status": "none", "messages": []}
    assert httpx.get(f"{url}/api/chat/updates", params={"sender": "../x"}).status_code == 422

    # A question while an agent is on it goes to the ticket, not the catalog.
    during = chat(url, browser_id, "办护照要带什么材料")
    assert texts(during) == "" and marker(during)["status"] == "taken"
    full = winner.get(f"/api/staff/tickets/{ticket['ticket']}").json()
    assert full["messages"][-1] == {**full["messages"][-1], "author": "citizen",
                                    "text": "办护照要带什么材料"}

    assert loser.post(f"/api/staff/tickets/{ticket['ticket']}/close").status_code == 403
    closed = winner.post(f"/api/staff/tickets/{ticket['ticket']}/close")
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    updates = httpx.get(f"{url}/api/chat/updates",
                        params={"sender": browser_id, "after": last}).json()
    assert updates["status"] == "closed" and "已结束" in updates["messages"][0]["text"]

    # The bot takes over again.
    after = chat(url, browser_id, "办护照要带什么材料")
    assert marker(after) is None and "护照" in texts(after) and "来源" in texts(after)
    # Asking again opens a new ticket.
    again = marker(chat(url, browser_id, "我要找人工客服"))
    assert again is not None and again["ticket"] != ticket["ticket"]
    assert winner.post(f"/api/staff/tickets/{again['ticket']}/close").status_code == 200


def test_staff_apis_need_an_agent(assistant: Assistant) -> None:
    url = assistant.app_url
    assert httpx.get(f"{url}/api/staff/tickets").status_code == 401
    assert httpx.get(f"{url}/staff/queue", follow_redirects=False).headers["location"] \
        == "/staff/login?next=/staff/queue"
    create_staff(assistant.settings, "queue.content", "content")
    with closing(signed_in(url, "queue.content")) as content:
        assert content.get("/api/staff/tickets").status_code == 403
    create_staff(assistant.settings, "queue.csrf", "agent")
    with closing(signed_in(url, "queue.csrf")) as agent:
        del agent.headers["X-CSRF-Token"]
        assert agent.post("/api/staff/tickets/1/take").status_code == 403
        page = agent.get("/staff/queue")
        assert page.status_code == 200
        # Scripts only from files (the page's CSP allows no inline script or style).
        assert page.text.count("<script") == page.text.count('<script src="/staff/static/')
        assert "style=" not in page.text
        assert "'unsafe-inline'" not in page.headers["content-security-policy"]


# --- outside the staffed hours ---------------------------------------------------------


def test_outside_hours_hotline_and_hours_no_ticket(tmp_path: Path) -> None:
    today = dt.datetime.now(ZoneInfo(Settings().timezone)).isoweekday()
    other_day = today % 7 + 1  # staffed tomorrow only
    closed = start_assistant(tmp_path, settings=Settings(staffed_hours=f"{other_day} 09:00-17:00"))
    try:
        reply = chat(closed.app_url, "closedhours01", "转人工")
        text = texts(reply)
        assert marker(reply) is None
        assert "现在不是人工服务时间" in text and "12345" in text
        day = "一二三四五六日"[other_day - 1]
        assert f"人工服务时间：周{day} 09:00-17:00" in text
        create_staff(closed.settings, "closed.agent", "agent")
        with closing(signed_in(closed.app_url, "closed.agent")) as agent:
            assert agent.get("/api/staff/tickets").json()["tickets"] == []
        # The bot still answers questions.
        assert "居民身份证" in texts(chat(closed.app_url, "closedhours01", "身份证丢了怎么补"))
    finally:
        closed.stop()


# --- Telegram --------------------------------------------------------------------------


def test_telegram_agent_reply_reaches_the_chat(tmp_path: Path) -> None:
    fake = FakeTelegram()
    fake.start()
    settings = Settings(staffed_hours=ALWAYS, telegram_token=fake.token,
                        telegram_api=fake.url, telegram_port=free_port(),
                        telegram_db=tmp_path / "telegram.db")
    started = start_assistant(tmp_path, settings=settings)
    try:
        chat_id = 7301
        fake.say(chat_id, "转人工")
        [opened] = fake.wait_messages(chat_id, 1)
        assert "已为您转接人工客服" in opened["text"]
        create_staff(started.settings, "tg.agent", "agent")
        with closing(signed_in(started.app_url, "tg.agent")) as agent:
            tickets = agent.get("/api/staff/tickets").json()["tickets"]
            ticket = next(t for t in tickets if t["sender"] == f"tg-{chat_id}")
            assert ticket["channel"] == "telegram"
            assert agent.post(f"/api/staff/tickets/{ticket['id']}/take").status_code == 200
            [joined] = fake.wait_messages(chat_id, 1, after=1)
            assert joined["text"] == "人工客服已接入，请直接在这里说明您的问题。"
            sent = agent.post(f"/api/staff/tickets/{ticket['id']}/reply",
                              json={"text": "您好，请问要补办哪个证件？"})
            assert sent.status_code == 201
            [reply] = fake.wait_messages(chat_id, 1, after=2)
            assert reply["text"] == "人工客服：您好，请问要补办哪个证件？"

            # The citizen answers: to the ticket, and the bot stays silent (no "unavailable").
            fake.say(chat_id, "身份证")
            fake.wait_for(lambda: any(
                m["text"] == "身份证" for m in agent.get(
                    f"/api/staff/tickets/{ticket['id']}").json()["messages"]))
            time.sleep(2)
            texts_sent = [m["text"] for m in fake.sent(chat_id)]
            assert len(texts_sent) == 3 and unavailable_text("12345") not in texts_sent

            assert agent.post(f"/api/staff/tickets/{ticket['id']}/close").status_code == 200
            [bye] = fake.wait_messages(chat_id, 1, after=3)
            assert "本次人工服务已结束" in bye["text"]
        fake.say(chat_id, "身份证丢了怎么补")
        answer = fake.wait_messages(chat_id, 1, after=4)[0]
        assert "居民身份证" in answer["text"]
    finally:
        started.stop()
        fake.stop()


# --- in a browser: a citizen on the web chat, an agent on the queue page ---------------


RENDERED = ("() => ({done: new Promise(r => document.addEventListener("
            "'guidebot:rendered', e => r(e.detail.messages), {once: true}))})")


def ask(page: Page, text: str) -> list[dict]:
    page.fill("#input", text)
    rendered = page.evaluate_handle(RENDERED)
    page.press("#input", "Enter")
    return rendered.evaluate("h => h.done")


def test_browser_agent_takes_and_answers_while_a_citizen_chats(
        browser: Browser, assistant: Assistant) -> None:
    create_staff(assistant.settings, "queue.browser", "agent", display_name="王芳")
    errors: list[str] = []
    citizen_context = browser.new_context(viewport={"width": 390, "height": 844},
                                          locale="zh-CN", is_mobile=True, has_touch=True)
    agent_context = browser.new_context(viewport={"width": 1280, "height": 820},
                                        locale="zh-CN")
    try:
        citizen = citizen_context.new_page()
        agent = agent_context.new_page()
        for page in (citizen, agent):
            page.on("pageerror", lambda e: errors.append(str(e)))
        citizen.goto(assistant.app_url + "/")
        ask(citizen, f"身份证丢了怎么补，我的身份证号{ID_NUMBER}")
        ticket = marker(ask(citizen, "转人工"))
        assert ticket is not None
        assert "已为您转接人工客服" in citizen.locator(".msg.bot .full").last.inner_text()

        # The agent signs in through the sign-in page and lands on the queue.
        agent.goto(assistant.app_url + "/staff/queue")
        agent.wait_for_url("**/staff/login**")
        agent.fill("#username", "queue.browser")
        agent.fill("#password", PASSWORD)
        agent.click("#login-button")
        agent.wait_for_url("**/staff/queue")
        item = agent.locator(f"#tickets button[data-id='{ticket['ticket']}']")
        item.wait_for()
        assert int(agent.locator("#waiting-count").inner_text()) >= 1
        item.click()
        agent.wait_for_selector("#messages li.citizen >> text=转人工")
        assert ID_NUMBER not in agent.locator("#messages").inner_text()
        assert "4401***********234" in agent.locator("#messages").inner_text()
        agent.click("#take")
        agent.wait_for_selector("#reply:not([disabled])")
        assert agent.locator("#ticket-status").inner_text() == "处理中"
        assert agent.evaluate("document.activeElement.id") == "reply"

        # Shift+Enter breaks the line, Enter sends.
        agent.type("#reply", "您好，我是人工客服。")
        agent.keyboard.press("Shift+Enter")
        agent.keyboard.type("请问您在哪个区？")
        agent.keyboard.press("Enter")
        citizen.wait_for_selector(".msg.agent >> text=请问您在哪个区？", timeout=15000)
        bubble = citizen.locator(".msg.agent").last.inner_text()
        assert "人工客服" in bubble and "您好，我是人工客服。\n请问您在哪个区？" in bubble
        assert citizen.locator(".msg.system", has_text="人工客服已接入").count() == 1

        # The citizen answers: it appears on the agent's page, the bot says nothing.
        bots = citizen.locator(".msg.bot").count()
        ask(citizen, "我在青山区")
        assert citizen.locator(".msg.bot").count() == bots
        agent.wait_for_selector("#messages li.citizen >> text=我在青山区", timeout=15000)
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        agent.screenshot(path=str(SCREENSHOTS / "queue.png"))

        agent.click("#close")
        agent.wait_for_selector("#ticket-status >> text=已结束")
        citizen.wait_for_selector(".msg.system >> text=本次人工服务已结束", timeout=15000)
        answer = ask(citizen, "身份证丢了怎么补")
        assert marker(answer) is None
        assert "居民身份证" in citizen.locator(".msg.bot .full").last.inner_text()
    finally:
        citizen_context.close()
        agent_context.close()
    assert not errors, f"a page raised: {errors}"
