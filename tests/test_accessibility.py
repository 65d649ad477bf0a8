"""Accessibility of the citizens' web chat and the staff pages: axe-core in headless Chromium.

axe-core (the npm package, installed by scripts/setup.sh into ``.cache/npm``; nothing is
downloaded here) is put into each page with ``add_script_tag`` (the browser context
bypasses the pages' Content-Security-Policy for it: the pages themselves load no outside
script) and run with its default rules. No violation rated serious or critical may remain:
on the web chat in both modes, with an answer, its buttons and an opened rating on the
page, and on the staff pages (sign-in, admin, agent console, handoff queue). In 长者模式
text contrast is checked at WCAG AAA as well (axe's ``color-contrast-enhanced``, 7:1).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page
from staff import PASSWORD, create_staff

from bot.evaluation.assistant import Assistant

pytestmark = pytest.mark.e2e

#: Where scripts/setup.sh installs axe-core (npm --prefix .cache/npm).
AXE = Path(__file__).resolve().parents[1] / ".cache/npm/node_modules/axe-core/axe.min.js"
RENDERED = ("() => ({done: new Promise(r => "
            "document.addEventListener('guidebot:rendered', r, {once: true}))})")
ADMIN = "a11y.admin"


@pytest.fixture(scope="module")
def axe() -> Path:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: scripts/setup.sh installs axe-core with npm into "
                    ".cache/npm (it says so when the npm registry cannot be reached); "
                    "run it again with the registry reachable")
    return AXE


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN",
                                  bypass_csp=True)
    yield context
    context.close()


def audit(page: Page, axe: Path, *, aaa: bool = False) -> list[str]:
    """axe's serious and critical violations on the page as it is now (with ``aaa``, every
    text contrast under 7:1 too), one line each with the first elements it names."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(axe))
    options: dict = {"resultTypes": ["violations"]}
    if aaa:
        options["rules"] = {"color-contrast-enhanced": {"enabled": True}}
    result = page.evaluate("options => axe.run(document, options)", options)
    return [f"{v['id']} ({v['impact']}): {v['help']}: "
            + " | ".join(", ".join(map(str, n["target"])) for n in v["nodes"][:4])
            for v in result["violations"]
            if v["impact"] in ("serious", "critical") or v["id"] == "color-contrast-enhanced"]


def ask(page: Page, text: str) -> None:
    page.fill("#input", text)
    rendered = page.evaluate_handle(RENDERED)
    page.press("#input", "Enter")
    rendered.evaluate("h => h.done")


def test_the_web_chat_in_both_modes(context: BrowserContext, assistant: Assistant,
                                    axe: Path) -> None:
    page = context.new_page()
    page.goto(assistant.app_url + "/")
    page.wait_for_function("document.querySelectorAll('#region option').length > 1")
    ask(page, "身份证丢了怎么补")
    rating = page.locator(".msg.bot").last.locator(".rating")
    rating.get_by_role("button", name="评价这个回答").click()
    rating.locator(".scale button", has_text="满意").first.click()
    assert audit(page, axe) == []

    page.get_by_label("长者模式").check()
    ask(page, "办护照要带什么材料")
    page.locator(".msg.bot").last.get_by_role("button", name="评价这个回答").click()
    assert audit(page, axe, aaa=True) == []


def test_the_staff_pages(context: BrowserContext, assistant: Assistant, axe: Path) -> None:
    create_staff(assistant.settings, ADMIN, "admin", "无障碍检查")
    page = context.new_page()
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(assistant.app_url + "/staff/admin")  # not signed in: the sign-in page first
    page.wait_for_selector("#username")
    found = {"login": audit(page, axe)}
    page.fill("#username", ADMIN)
    page.fill("#password", PASSWORD)
    page.click("#login-button")
    page.wait_for_url("**/staff/admin")
    page.wait_for_selector("body[data-ready='1']")
    found["admin"] = audit(page, axe)
    for name in ("console", "queue"):
        page.goto(f"{assistant.app_url}/staff/{name}")
        page.wait_for_load_state("networkidle")
        found[name] = audit(page, axe)
    assert found == {"login": [], "admin": [], "console": [], "queue": []}
