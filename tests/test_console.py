"""The 12345 agent console (bot/staff/console.py): its API against the real app, and the
page in a real browser (Debian's headless Chromium through playwright, desktop-sized).

Entries are found at run time in the index the app serves (an item in use by its name,
a revoked one by its status), never by demo-catalog codes; the expected answers are
composed here by bot/answers, the one place answers are written.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select
from staff import PASSWORD, create_staff, signed_in

from bot.answers.model import ASPECTS
from bot.answers.views import Views
from bot.evaluation.assistant import Assistant
from bot.store.journal import Journal, database_url
from bot.store.models import SuggestionUse
from bot.suggest import guide_aspects
from index.documents import Doc
from index.served import IndexHolder, LoadedVersion

pytestmark = pytest.mark.e2e

#: Where screenshots go (as in tests/test_web.py): var/screenshots/ unless
#: GUIDEBOT_SCREENSHOTS_DIR says otherwise (docs/screenshots refreshes the README's).
SCREENSHOTS = Path(os.environ.get("GUIDEBOT_SCREENSHOTS_DIR")
                   or Path(__file__).resolve().parents[1] / "var" / "screenshots")
AGENT, CONTENT = "console.agent", "console.content"
SELECTED = re.compile(r"\bselected\b")
DESKTOP = {"width": 1366, "height": 768}
RENDERED = ("() => ({done: new Promise(r => "
            "document.addEventListener('console:rendered', r, {once: true}))})")


@pytest.fixture(scope="module")
def served(assistant: Assistant) -> LoadedVersion:
    return IndexHolder(assistant.settings.index_dir).current()


@pytest.fixture(scope="module")
def agent(assistant: Assistant) -> Iterator[httpx.Client]:
    create_staff(assistant.settings, AGENT, "agent", "王坐席")
    client = signed_in(assistant.app_url, AGENT)
    yield client
    client.close()


@pytest.fixture(scope="module")
def content(assistant: Assistant) -> Iterator[httpx.Client]:
    create_staff(assistant.settings, CONTENT, "content")
    client = signed_in(assistant.app_url, CONTENT)
    yield client
    client.close()


@pytest.fixture(scope="module")
def journal(assistant: Assistant) -> Journal:
    s = assistant.settings
    return Journal(database_url(s.database_url, s.database_sqlite))


def named_guide(version: LoadedVersion) -> Doc:
    """A county's guide in use, with halls, whose name no other item shares."""
    names: dict[str, set[str]] = {}
    for d in version.docs:
        names.setdefault(d.name, set()).add(d.group)
    for d in sorted(version.docs, key=lambda d: d.code):
        if (d.kind == "guide" and d.status == "active" and len(names[d.name]) == 1
                and version.regions.regions[d.region].level == "county"
                and version.entries.guide(d.code).halls):
            return d
    raise AssertionError("the served catalog has no county guide in use with halls")


def revoked_guide(version: LoadedVersion) -> Doc:
    found = sorted((d for d in version.docs if d.kind == "guide" and d.status == "revoked"),
                   key=lambda d: d.code)
    assert found, "the served catalog has no revoked guide"
    return found[0]


def composed(version: LoadedVersion, code: str, region: str | None,
             moments: list[dt.datetime]) -> list[dict[str, str]]:
    """Each aspect's text as bot/answers composes it, at each moment (a hall's
    open/closed status may change between two moments)."""
    g = version.entries.guide(code)
    return [{a.aspect: a.text for a in guide_aspects(Views(version, now), g, region)}
            for now in moments]


def now_in(assistant: Assistant) -> dt.datetime:
    return dt.datetime.now(ZoneInfo(assistant.settings.timezone))


# --- the API ---


def test_suggestions_carry_the_composers_answers_and_source(
        assistant: Assistant, agent: httpx.Client, served: LoadedVersion) -> None:
    doc = named_guide(served)
    region_name = served.regions.name(doc.region)
    before = now_in(assistant)
    reply = agent.get("/api/staff/suggestions",
                      params={"q": f"{doc.name}要带什么材料", "region": region_name})
    after = now_in(assistant)
    assert reply.status_code == 200
    body = reply.json()
    assert (body["aspect"], body["region"], body["region_name"]) == (
        "materials", doc.region, region_name)
    assert body["index_version"] == served.id
    first = body["suggestions"][0]
    assert (first["rank"], first["code"], first["name"], first["status"]) == (
        1, doc.code, doc.name, "active")
    g = served.entries.guide(doc.code)
    assert first["source"] | {"line": ""} == {"kind": "guide", "code": g.code, "agency": g.agency,
                                              "updated_at": g.updated_at, "line": ""}
    assert g.code in first["source"]["line"] and g.updated_at in first["source"]["line"]
    expected = composed(served, doc.code, doc.region, [before, after])
    got = {a["aspect"]: a["text"] for a in first["aspects"]}
    assert list(got) == list(ASPECTS)
    assert got in expected
    assert first["text"] == got["materials"] and first["aspect"] == "materials"
    assert [s["rank"] for s in body["suggestions"]] == list(range(1, len(body["suggestions"]) + 1))
    for s in body["suggestions"]:
        assert s["answerable"] and s["status"] == "active"
        assert s["source"]["code"] == s["code"] and s["source"]["line"]


def test_a_revoked_item_is_a_notice_never_a_suggestion(
        agent: httpx.Client, served: LoadedVersion) -> None:
    doc = revoked_guide(served)
    body = agent.get("/api/staff/suggestions",
                     params={"q": doc.name, "region": doc.region}).json()
    notices = {n["code"]: n for n in body["notices"]}
    assert doc.code in notices
    notice = notices[doc.code]
    assert notice["status"] == "revoked" and "已撤销" in notice["text"]
    assert notice["source"]["code"] == doc.code
    suggested = {s["code"] for s in body["suggestions"]}
    assert not suggested & set(notices)
    assert all(s["status"] == "active" for s in body["suggestions"])
    full = agent.get(f"/api/staff/guides/{doc.code}").json()
    assert (full["status"], full["answerable"], full["aspects"]) == ("revoked", False, [])
    assert "已撤销" in full["notice"]


def test_region_by_name_or_code_gives_the_same_suggestions(
        agent: httpx.Client, served: LoadedVersion) -> None:
    doc = named_guide(served)
    q = f"{doc.name}在哪里办"
    by_code = agent.get("/api/staff/suggestions", params={"q": q, "region": doc.region}).json()
    by_name = agent.get("/api/staff/suggestions",
                        params={"q": q, "region": served.regions.name(doc.region)}).json()
    assert by_code["region"] == by_name["region"] == doc.region
    assert ([s["code"] for s in by_code["suggestions"]]
            == [s["code"] for s in by_name["suggestions"]])
    assert by_code["suggestions"][0]["region"] == doc.region
    one = agent.get("/api/staff/suggestions", params={"q": q, "top": 1}).json()
    assert len(one["suggestions"]) == 1
    assert agent.get("/api/staff/suggestions", params={"q": q, "top": 11}).status_code == 422
    assert agent.get("/api/staff/suggestions", params={"q": ""}).status_code == 422


def test_full_guide_has_every_aspect(assistant: Assistant, agent: httpx.Client,
                                     served: LoadedVersion) -> None:
    doc = named_guide(served)
    before = now_in(assistant)
    reply = agent.get(f"/api/staff/guides/{doc.code}", params={"region": doc.region})
    after = now_in(assistant)
    assert reply.status_code == 200
    full = reply.json()
    assert (full["code"], full["status"], full["notice"]) == (doc.code, "active", "")
    got = {a["aspect"]: a["text"] for a in full["aspects"]}
    assert got in composed(served, doc.code, doc.region, [before, after])
    assert agent.get("/api/staff/guides/NO-SUCH-CODE").status_code == 404


def test_a_use_is_recorded_masked_and_counted(
        agent: httpx.Client, content: httpx.Client, journal: Journal,
        served: LoadedVersion) -> None:
    doc = named_guide(served)
    summary_before = content.get("/api/staff/suggestion-uses/summary").json()
    question = f"我的身份证号 44010219900101123X，手机 13812345678，{doc.name}要带什么"
    reply = agent.post("/api/staff/suggestion-uses", json={
        "question": question, "region": served.regions.name(doc.region),
        "shown": ["OTHER-1", doc.code], "code": doc.code, "rank": 2, "aspect": "materials"})
    assert reply.status_code == 201
    none = agent.post("/api/staff/suggestion-uses", json={
        "question": "查不到的问题", "shown": [doc.code], "code": None})
    assert none.status_code == 201
    with journal.session() as s:
        used = s.get(SuggestionUse, reply.json()["id"])
        missed = s.get(SuggestionUse, none.json()["id"])
        assert s.scalar(select(SuggestionUse.id).where(
            SuggestionUse.question.contains("13812345678"))) is None
    assert "44010219900101123X" not in used.question and "4401" in used.question
    assert "13812345678" not in used.question and "138****5678" in used.question
    assert (used.code, used.rank, used.region, used.shown, used.aspect) == (
        doc.code, 2, doc.region, f"OTHER-1,{doc.code}", "materials")
    assert used.index_version == served.id and used.user_id is not None
    assert (missed.code, missed.rank) == ("", None)
    summary = content.get("/api/staff/suggestion-uses/summary").json()
    for key, more in [("calls", 2), ("used", 1), ("used_top3", 1), ("used_first", 0),
                      ("none_fitted", 1)]:
        assert summary[key] == summary_before[key] + more, key
    assert summary["by_day"][0]["calls"] >= 2


@pytest.mark.parametrize("body", [
    {"question": "x", "shown": ["A", "B"], "code": "C"},                   # not shown
    {"question": "x", "shown": ["A", "B"], "code": "B", "rank": 1},        # wrong rank
    {"question": "x", "shown": ["A"], "code": None, "rank": 1},            # rank, no code
    {"question": "", "shown": ["A"], "code": "A"},                         # no question
    {"question": "x" * 2001, "shown": ["A"], "code": "A"},                 # too long
    {"question": "x", "shown": [f"C{i}" for i in range(21)], "code": None},  # too many
    {"question": "x", "shown": ["A" * 129], "code": None},                 # code too long
    {"question": "x", "code": None},                                       # shown missing
])
def test_invalid_uses_are_refused(agent: httpx.Client, body: dict) -> None:
    assert agent.post("/api/staff/suggestion-uses", json=body).status_code == 422


def test_only_agents_use_the_console(assistant: Assistant, content: httpx.Client,
                                     agent: httpx.Client) -> None:
    use = {"question": "x", "shown": ["A"], "code": "A"}
    with httpx.Client(base_url=assistant.app_url) as anonymous:
        assert anonymous.get("/api/staff/suggestions", params={"q": "护照"}).status_code == 401
        assert anonymous.get("/api/staff/guides/X").status_code == 401
        assert anonymous.post("/api/staff/suggestion-uses", json=use).status_code == 401
        assert anonymous.get("/api/staff/suggestion-uses/summary").status_code == 401
        page = anonymous.get("/staff/console")
        assert page.status_code == 303 and page.headers["location"].startswith("/staff/login")
    assert content.get("/api/staff/suggestions", params={"q": "护照"}).status_code == 403
    assert content.get("/api/staff/guides/X").status_code == 403
    assert content.post("/api/staff/suggestion-uses", json=use).status_code == 403
    assert content.get("/staff/console").status_code == 403
    assert content.get("/api/staff/suggestion-uses/summary").status_code == 200
    no_csrf = agent.post("/api/staff/suggestion-uses", json=use, headers={"X-CSRF-Token": ""})
    assert no_csrf.status_code == 403
    page = agent.get("/staff/console")
    assert page.status_code == 200 and "default-src 'self'" in page.headers[
        "content-security-policy"]


# --- the page in a browser ---


@pytest.fixture
def console(browser: Browser, assistant: Assistant) -> Iterator[Page]:
    """The console at desktop size, signed in through the sign-in page as an agent."""
    create_staff(assistant.settings, AGENT, "agent", "王坐席")
    context = browser.new_context(viewport=DESKTOP, locale="zh-CN",
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and not r.url.endswith("/favicon.ico") else None)
    page.goto(assistant.app_url + "/staff/console")
    expect(page).to_have_url(re.compile(r"/staff/login"))
    page.fill("#username", AGENT)
    page.fill("#password", PASSWORD)
    page.click("#login-button")
    page.wait_for_url("**/staff/console")
    expect(page.locator("#staff-bar .who")).to_contain_text("王坐席")
    yield page
    context.close()
    assert not errors, f"the page raised: {errors}"


def ask(page: Page, text: str) -> None:
    """Type a question into the focused question box and press Enter; wait until its
    suggestions are drawn."""
    expect(page.locator("#question")).to_be_focused()
    page.fill("#question", text)
    done = page.evaluate_handle(RENDERED)
    page.keyboard.press("Enter")
    page.evaluate("(h) => h.done", done)
    expect(page.locator("#summary")).to_contain_text("问的是")


def test_console_keyboard_flow(console: Page, served: LoadedVersion, journal: Journal) -> None:
    page = console
    expect(page.locator("#question")).to_be_focused()
    doc = named_guide(served)
    page.fill("#region", served.regions.name(doc.region))
    page.focus("#question")
    ask(page, f"{doc.name}要带什么材料")
    first = page.locator(".suggestion").first
    expect(first).to_have_class(SELECTED)
    expect(first.locator("h3")).to_have_text(doc.name)
    expect(first.locator(".source")).to_contain_text(doc.code)
    expect(first.locator(".tab.active")).to_have_text("材料")
    answer = first.locator("pre.answer").inner_text()
    assert "需要带的材料" in answer or "不需要提交材料" in answer

    # Focus is on the selected suggestion: c copies the shown aspect, and records the use.
    page.keyboard.press("c")
    expect(page.locator("#toast")).to_contain_text("已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == answer
    expect(page.locator("#recorded")).to_contain_text("采用第 1 条")
    with journal.session() as s:
        row = s.scalars(select(SuggestionUse).order_by(SuggestionUse.id.desc())).first()
    assert (row.code, row.rank, row.aspect) == (doc.code, 1, "materials")

    # Arrow keys switch the aspect; g opens the full guide beside; Alt+2 selects the next one.
    page.keyboard.press("ArrowRight")
    expect(page.locator(".suggestion.selected .tab.active")).to_have_text("时限")
    page.keyboard.press("g")
    panel = page.locator("#guide-panel")
    expect(panel).to_be_visible()
    expect(page.locator("#guide-title")).to_have_text(doc.name)
    expect(panel.locator(".aspect-row")).to_have_count(len(ASPECTS))
    expect(panel.locator(".source")).to_contain_text(doc.code)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "console.png"))
    if page.locator(".suggestion").count() > 1:
        page.keyboard.press("Alt+2")
        expect(page.locator(".suggestion").nth(1)).to_have_class(SELECTED)
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()


def test_console_shows_revoked_and_records_none_fitted(
        console: Page, served: LoadedVersion, journal: Journal) -> None:
    page = console
    doc = revoked_guide(served)
    page.fill("#region", doc.region)
    page.locator("#region").press("Shift+Tab")
    ask(page, f"{doc.name}，手机 13912345678")
    notice = page.locator(".notice", has_text=doc.name)
    expect(notice.locator(".badge.revoked")).to_have_text("已撤销")
    expect(notice.locator(".source")).to_contain_text(doc.code)
    expect(page.locator(f'.suggestion[data-code="{doc.code}"]')).to_have_count(0)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "console-revoked.png"))
    expect(page.locator(".suggestion.selected")).to_be_focused()  # Enter moved here
    page.keyboard.press("/")  # back to the question box, where the keys need Alt
    expect(page.locator("#question")).to_be_focused()
    page.keyboard.press("Alt+n")
    expect(page.locator("#recorded")).to_contain_text("没有合适的建议")
    expect(page.locator("#none-fitted")).to_be_disabled()
    with journal.session() as s:
        row = s.scalars(select(SuggestionUse).order_by(SuggestionUse.id.desc())).first()
    assert (row.code, row.rank) == ("", None)
    assert "13912345678" not in row.question and doc.name in row.question
