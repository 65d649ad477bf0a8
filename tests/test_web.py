"""The web chat's page (bot/channels/web/static/) in a real browser (its relay to Rasa:
tests/test_web_relay.py).

The browser tests drive the page served by the real assistant (the session fixture
``assistant``: the app and the Rasa server) with Debian's headless Chromium through
playwright, as a citizen would on a phone: ask, press a button, rate an answer, switch
to the elderly mode, share a location, pick a region or name one, wait for a slow or
unreachable assistant and try again. They save the screenshots the README shows (see
SCREENSHOTS). The accessibility check of the same page is tests/test_accessibility.py.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, Route

from bot.answers.replies import too_fast_text
from bot.channels.terminal import unavailable_text
from bot.evaluation.assistant import Assistant

pytestmark = pytest.mark.e2e

#: Where screenshots go: var/screenshots/ by default, so a test run leaves the
#: repository as it was; GUIDEBOT_SCREENSHOTS_DIR=docs/screenshots refreshes the
#: README's pictures.
SCREENSHOTS = Path(os.environ.get("GUIDEBOT_SCREENSHOTS_DIR")
                   or Path(__file__).resolve().parents[1] / "var" / "screenshots")
PHONE = {"width": 390, "height": 844}
SMALL_PHONE = {"width": 375, "height": 667}
# Near 海滨区政务服务中心 in the demo city 云港市.
NEAR_HAIBIN = {"latitude": 21.1901, "longitude": 110.3297}
# The page dispatches this once a reply is on screen (bot/channels/web/static/app.js); the promise
# is wrapped so that evaluate_handle returns at once instead of awaiting it.
RENDERED = ("() => ({done: new Promise(r => "
            "document.addEventListener('guidebot:rendered', r, {once: true}))})")


# --- the page in headless Chromium, talking to the real assistant ---


@pytest.fixture
def phone(browser: Browser, assistant: Assistant) -> Iterator[Page]:
    """A fresh phone-sized page (new localStorage: a new conversation) that may locate."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                  has_touch=True, locale="zh-CN", geolocation=NEAR_HAIBIN,
                                  permissions=["geolocation"])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(assistant.app_url + "/")
    yield page
    context.close()
    assert not errors, f"the page raised: {errors}"


def ask(page: Page, text: str) -> None:
    """Type a question and press Enter, then wait until the reply is rendered."""
    page.fill("#input", text)
    rendered = page.evaluate_handle(RENDERED)
    page.press("#input", "Enter")
    rendered.evaluate("h => h.done")


def press(page: Page, title: str) -> None:
    """Press the newest button with this title and wait until the reply is rendered."""
    rendered = page.evaluate_handle(RENDERED)
    page.locator(".buttons button", has_text=title).last.click()
    rendered.evaluate("h => h.done")


def last_bot_text(page: Page) -> str:
    return page.locator(".msg.bot .full").last.inner_text()


def shot(page: Page, name: str, top: Locator | None = None) -> None:
    """Save a screenshot for the README: the page as it is, or ``top`` at the top."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    if top is not None:
        top.evaluate("m => m.scrollIntoView({block: 'start'})")
    page.screenshot(path=str(SCREENSHOTS / name))


def offset_in_log(node: Locator) -> float:
    """How far ``node``'s top is below the top of the conversation's visible part
    (negative: scrolled out above it)."""
    return node.evaluate("n => n.getBoundingClientRect().top"
                         " - document.getElementById('log').getBoundingClientRect().top")


def in_log_view(node: Locator) -> bool:
    """Whether all of ``node`` is inside the conversation's visible part."""
    return node.evaluate("""n => {
        const log = document.getElementById('log').getBoundingClientRect();
        const r = n.getBoundingClientRect();
        return r.height > 0 && r.top >= log.top - 1 && r.bottom <= log.bottom + 1; }""")


def test_conversation_buttons_links_and_rating(phone: Page) -> None:
    page = phone
    # A small phone (375 x 667): the answer below is taller than the conversation at any
    # hour (its hall line is one line shorter while the hall is open).
    page.set_viewport_size(SMALL_PHONE)
    assert "办事指南助手" in page.locator(".msg.bot").first.inner_text()
    ask(page, "身份证丢了怎么补")
    first = last_bot_text(page)
    assert "居民身份证" in first and "来源" in first
    # A long answer is shown from its first line, not its end.
    answer = page.locator(".msg.bot").last
    assert 0 <= offset_in_log(answer) <= 20
    assert answer.bounding_box()["height"] > page.locator("#log").bounding_box()["height"]

    # A button sends its payload and shows its title as the citizen's bubble.
    press(page, "在哪里办")
    assert page.locator(".msg.user").last.inner_text() == "在哪里办"
    where = last_bot_text(page)
    assert "地址" in where
    # The links in the answer are clickable, and open outside the chat.
    links = page.locator(".msg.bot").last.locator(".full a")
    assert links.count() >= 1
    href = links.first.get_attribute("href")
    assert href.startswith("https://") and href in where
    assert links.first.get_attribute("rel") == "noopener noreferrer"

    # 好差评 under the answer takes one line; touching it opens the five levels.
    rating = page.locator(".msg.bot").last.locator(".rating")
    opener = rating.get_by_role("button", name="评价这个回答")
    assert opener.get_attribute("aria-expanded") == "false"
    assert not rating.locator(".scale").is_visible()
    assert rating.bounding_box()["height"] < 48
    opener.click()
    assert opener.get_attribute("aria-expanded") == "true"
    assert rating.locator(".scale button").all_inner_texts() == [
        "非常满意", "满意", "基本满意", "不满意", "非常不满意"]
    # At most one rating is open: opening the first answer's closes this one.
    earlier = page.locator(".rating").first
    earlier.get_by_role("button", name="评价这个回答").click()
    assert earlier.locator(".scale").is_visible() and not rating.locator(".scale").is_visible()
    assert page.locator(".rating.open").count() == 1
    opener.click()
    assert not earlier.locator(".scale").is_visible()
    rating.locator(".scale button", has_text="基本满意").click()
    rating.locator("textarea").fill("地址写得清楚，希望加上停车信息")
    rating.evaluate("r => r.scrollIntoView({block: 'end'})")
    shot(page, "web-phone-chat.png")
    with page.expect_response("**/api/ratings") as response:
        rating.get_by_role("button", name="提交评价").click()
    assert response.value.status == 201
    sent = json.loads(response.value.request.post_data)
    assert sent["score"] == 3 and sent["channel"] == "web"
    assert sent["comment"] == "地址写得清楚，希望加上停车信息"
    assert isinstance(sent["answer_id"], int)
    page.wait_for_selector(".rating >> text=感谢您的评价")

    # 新对话: the page forgets the conversation (a shared kiosk's next citizen starts clean).
    old = page.evaluate("localStorage.getItem('guidebot.sender')")
    page.get_by_role("button", name="新对话").click()
    new = page.evaluate("localStorage.getItem('guidebot.sender')")
    assert new and new != old and sent["sender"] == old
    assert page.locator(".msg.user").count() == 0
    assert page.locator(".msg.bot").count() == 1  # the greeting again
    ask(page, "要多久")  # a new conversation: no item is current any more
    assert "居民身份证" not in last_bot_text(page)


def test_answer_text_is_never_html(phone: Page) -> None:
    page = phone
    hostile = '<img src=x onerror="document.title=\'pwned\'">身份证<b>丢了</b>'
    ask(page, hostile)
    assert page.locator(".msg.user .bubble").last.inner_text() == hostile
    assert page.locator("#log img, #log b").count() == 0
    assert page.title() != "pwned"


def test_elderly_mode_is_large_shows_the_brief_first_and_persists(phone: Page) -> None:
    page = phone
    normal_size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_label("长者模式").check()
    assert "elderly" in page.evaluate("document.documentElement.className")
    large = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert large >= normal_size * 1.25

    ask(page, "办护照要带什么材料")
    answer = page.locator(".msg.bot").last
    assert answer.locator(".brief").is_visible()
    assert not answer.locator(".full").is_visible()
    # In view, in this order: the brief, at most three large buttons, then 查看详细 with
    # the one-line rating prompt beside it.
    assert 0 <= offset_in_log(answer) <= 30
    shown = answer.locator(".buttons button:visible")
    assert 1 <= shown.count() <= 3 and shown.first.bounding_box()["height"] >= 44
    more = answer.get_by_role("button", name="查看详细")
    rate = answer.get_by_role("button", name="评价这个回答")
    parts = [answer.locator(".brief"), shown.first, shown.last, more, rate]
    assert all(in_log_view(part) for part in parts)
    tops = [part.bounding_box()["y"] for part in parts[:4]]
    assert tops == sorted(tops)
    assert rate.bounding_box()["x"] > more.bounding_box()["x"]  # beside 查看详细
    shot(page, "web-phone-elderly.png")
    more.click()
    assert answer.locator(".full").is_visible()
    assert answer.locator(".more").get_attribute("aria-expanded") == "true"
    assert answer.locator(".buttons button:visible").count() == \
        answer.locator(".buttons button").count()  # every button once expanded

    # Traditional in, Traditional out, rendered in the same fonts.
    ask(page, "護照過期了要怎麼換")
    assert "護照" in page.locator(".msg.bot").last.inner_text()

    sender = page.evaluate("localStorage.getItem('guidebot.sender')")
    page.reload()
    assert page.get_by_label("长者模式").is_checked()
    assert page.evaluate("localStorage.getItem('guidebot.sender')") == sender


def test_location_and_region_picker(phone: Page) -> None:
    page = phone
    ask(page, "身份证丢了怎么补")
    rendered = page.evaluate_handle(RENDERED)
    page.get_by_role("button", name="使用我的位置").click()
    rendered.evaluate("h => h.done")
    assert page.locator(".msg.user").last.inner_text() == "（发送了我的位置）"
    nearest = last_bot_text(page)
    first_hall = next(line for line in nearest.splitlines() if line.startswith("1."))
    assert "海滨区政务服务中心" in first_hall and "距您约" in first_hall
    shot(page, "web-phone-location.png", top=page.locator(".msg.user").last)

    region = page.get_by_label("所在地区")
    page.wait_for_function("document.querySelectorAll('#region option').length > 1")
    # The location set the conversation's region (the nearest hall's): the picker shows it.
    assert region.input_value() == "449102"
    assert region.locator("option[value='449104']").inner_text().strip() == "青山区"
    rendered = page.evaluate_handle(RENDERED)
    region.select_option("449104")  # said to the assistant: its halls there, at once
    rendered.evaluate("h => h.done")
    assert page.evaluate("localStorage.getItem('guidebot.region')") == "449104"
    assert page.locator(".msg.user").last.inner_text() == "我在青山区"
    # The 青山区 guide; its halls and, as the item is 通办, the nearest ones to the
    # location shared above come first.
    assert "居民身份证补领（青山区）" in last_bot_text(page)
    ask(page, "那要带什么")  # later questions keep it
    assert "居民身份证补领（青山区）" in last_bot_text(page)
    # Named in words, the region moves the picker too (and is kept for the next visit).
    ask(page, "其实我住白石县")
    assert "白石县" in last_bot_text(page)
    assert region.input_value() == "449121"
    assert page.evaluate("localStorage.getItem('guidebot.region')") == "449121"
    assert page.locator(".msg.user").last.inner_text() == "其实我住白石县"  # not said twice


def test_a_location_far_from_every_hall_offers_the_regions(browser: Browser,
                                                           assistant: Assistant) -> None:
    """The middle of the sea: said plainly, no distance, the regions as buttons; one
    picked moves the picker."""
    context = browser.new_context(viewport=PHONE, locale="zh-CN", permissions=["geolocation"],
                                  geolocation={"latitude": 10.0, "longitude": 150.0})
    page = context.new_page()
    try:
        page.goto(assistant.app_url + "/")
        rendered = page.evaluate_handle(RENDERED)
        page.get_by_role("button", name="使用我的位置").click()
        rendered.evaluate("h => h.done")
        text = last_bot_text(page)
        assert "不在本助手服务的地区" in text and "距您约" not in text
        choice = page.locator(".msg.bot").last.get_by_role("button").first
        name = choice.inner_text().strip()
        rendered = page.evaluate_handle(RENDERED)
        choice.click()
        rendered.evaluate("h => h.done")
        region = page.get_by_label("所在地区")
        assert region.locator(f"option[value='{region.input_value()}']").inner_text().strip() \
            == name
    finally:
        context.close()


def test_a_region_named_first_moves_the_empty_picker(phone: Page) -> None:
    page = phone
    page.wait_for_function("document.querySelectorAll('#region option').length > 1")
    assert page.get_by_label("所在地区").input_value() == ""  # 未选择
    ask(page, "我在青山区")
    assert page.get_by_label("所在地区").input_value() == "449104"


def test_waiting_slow_unreachable_and_try_again(phone: Page) -> None:
    page = phone
    page.clock.install()  # the page's timers (the "slow" notice) run when the test says
    held: list[Route] = []
    page.route("**/api/chat", lambda route: held.append(route))  # answered by the test, below
    page.fill("#input", "身份证丢了怎么补")
    page.press("#input", "Enter")
    typing = page.locator(".msg.typing")
    typing.wait_for()
    assert typing.inner_text().startswith("正在查询") and typing.locator(".dots i").count() == 3
    assert page.locator("#log").get_attribute("aria-busy") == "true"
    assert page.locator("#send").is_disabled()
    page.clock.run_for(6000)  # slow: still waiting, and saying so
    assert "查询时间较长" in typing.inner_text()
    page.wait_for_function("() => true")  # let the route handler see the request
    assert len(held) == 1

    # The assistant cannot be reached (the app says so): the app's sentence and 重试.
    rendered = page.evaluate_handle(RENDERED)
    held[0].fulfill(json=[{"text": unavailable_text("12345"), "custom": {"unavailable": True}}])
    assert rendered.evaluate("h => h.done.then(e => e.detail.failed)") is True
    failed = page.locator(".msg.failed")
    assert failed.locator(".full").inner_text() == unavailable_text("12345")
    assert typing.count() == 0 and page.locator("#log").get_attribute("aria-busy") is None
    assert not page.locator("#send").is_disabled()

    # The app itself unreachable (no network): said differently, 重试 again.
    page.unroute("**/api/chat")
    page.route("**/api/chat", lambda route: route.abort("connectionrefused"))
    rendered = page.evaluate_handle(RENDERED)
    failed.get_by_role("button", name="重试").click()
    rendered.evaluate("h => h.done")
    assert page.locator(".msg.failed").count() == 1
    assert "网络连接失败" in last_bot_text(page) and "12345" in last_bot_text(page)
    shot(page, "web-phone-retry.png")

    # Back: 重试 sends the same question once more and the answer replaces the apology.
    page.unroute("**/api/chat")
    page.clock.resume()
    rendered = page.evaluate_handle(RENDERED)
    page.get_by_role("button", name="重试").click()
    rendered.evaluate("h => h.done")
    assert "居民身份证" in last_bot_text(page)
    assert page.locator(".msg.failed").count() == 0
    assert page.locator(".msg.user").all_inner_texts() == ["身份证丢了怎么补"]


def test_sent_too_fast_shows_how_long_to_wait(phone: Page) -> None:
    page = phone
    wait = too_fast_text(12, "12345")
    page.route("**/api/chat", lambda route: route.fulfill(
        status=429, headers={"Retry-After": "12"}, json=[{"text": wait}]))
    ask(page, "身份证丢了怎么补")
    assert last_bot_text(page) == wait
    assert not page.locator("#send").is_disabled()


def test_desktop_screenshot(browser: Browser, assistant: Assistant) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
    page = context.new_page()
    page.goto(assistant.app_url + "/")
    page.wait_for_function("document.querySelectorAll('#region option').length > 1")
    rendered = page.evaluate_handle(RENDERED)
    page.get_by_label("所在地区").select_option("449102")  # said to the assistant: wait
    rendered.evaluate("h => h.done")
    ask(page, "我想开个小饭馆，要办哪些证")
    assert page.locator(".msg.bot").count() >= 2
    press(page, page.locator(".msg.bot").last.locator(".buttons button").first.inner_text())
    assert "来源" in page.locator("#log").inner_text()
    # The answer's first line is in view (a short answer: the end of the conversation).
    assert 0 <= offset_in_log(page.locator(".msg.bot").last) < 400
    shot(page, "web-desktop.png")
    context.close()
