"""The content admin page in headless Chromium shows, before 发布, what a new catalog changes
for the people asking, and asks a second time before answers are lost: the app alone (as
``guidebot serve`` runs it) over the served mini catalog, the three new versions of
tests/impact_catalogs.py read from a server directory, questions the journal says were
asked most (one of them with HTML in it, shown as text). Screenshot: admin-impact.png.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from impact_catalogs import MINI, journal_asked, lookalike, question_file, renamed, revoked
from playwright.sync_api import Browser, Page
from served_app import served_app
from staff import PASSWORD, create_staff

from bot.settings import Settings
from bot.store.journal import Journal, database_url

pytestmark = pytest.mark.e2e

PROJECT = Path(__file__).resolve().parents[1]
SCREENSHOTS = Path(os.environ.get("GUIDEBOT_SCREENSHOTS_DIR") or PROJECT / "var" / "screenshots")
HTML_QUESTION = "<b>领结婚证</b>在哪里办"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory,
        publish_index: Callable[..., Path]) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("admin-impact")
    shutil.copytree(MINI, root / "catalog")
    publish_index(root / "catalog", root / "index")
    settings = Settings(database_sqlite=root / "guidebot.db")  # the database served_app uses
    journal = Journal(database_url("", settings.database_sqlite))
    journal_asked(journal)
    journal.unanswered(question=HTML_QUESTION, region="", channel="web", suggestions=[])
    journal.engine.dispose()
    create_staff(settings, "qian.content", "content", "钱内容")
    with served_app(root, GUIDEBOT_INDEX_DIR=str(root / "index"),
                    GUIDEBOT_IMPACT_QUESTIONS=str(question_file(root / "questions.jsonl")),
                    GUIDEBOT_CATALOG_IMPORT_ROOTS=str(root)) as url:
        yield url, root


def load(page: Page, catalog: Path) -> None:
    """Read a server directory and wait until its impact is on the page."""
    page.evaluate("document.body.dataset.impact = ''")
    page.fill("#dir-path", str(catalog))
    page.click("#dir-button")
    page.wait_for_selector("body[data-impact='ready']", state="attached", timeout=180_000)


def rows(page: Page) -> list[str]:
    return page.locator("#impact-items tbody tr").all_inner_texts()


def test_the_page_shows_the_changes_before_publishing(app: tuple[str, Path],
                                                      browser: Browser) -> None:
    url, root = app
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="zh-CN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url + "/staff/admin")
    page.fill("#username", "qian.content")
    page.fill("#password", PASSWORD)
    page.click("#login-button")
    page.wait_for_url("**/staff/admin")
    page.wait_for_selector("body[data-ready='1']")

    # An item renamed (a new code and name): its questions are answered by 'another' item.
    load(page, renamed(root / "catalog", root / "renamed"))
    first = page.locator(".impact-item").first
    assert "居民身份证补领" in first.locator("h4").inner_text()
    assert all("改由另一项回答" in r and "居民身份证丢失补办" in r for r in rows(page))
    assert rows(page)[0].startswith("身份证丢了怎么补办\t3")  # the most asked first
    assert page.is_enabled("#publish-button") and page.inner_text("#publish-hint") == ""

    # A close look-alike added: the question that says nothing but the shared words asks.
    load(page, lookalike(root / "catalog", root / "lookalike"))
    assert any(r.startswith("身份证怎么办理") and "改为询问是哪一项" in r and "居民身份证换领" in r
               for r in rows(page))
    assert not any("身份证丢了怎么补办" in r for r in rows(page))

    # An item people ask about revoked: answers lost, the most asked first, in red.
    load(page, revoked(root / "catalog", root / "revoked"))
    assert "指向已撤销或暂停的事项" in page.inner_text("#impact-counts tr.loss")
    lost = page.locator("#impact-items tbody tr.loss").all_inner_texts()
    assert lost[0].startswith("领结婚证在哪里办\t7") and "已撤销" in lost[0]
    assert any(HTML_QUESTION in r for r in lost)  # the journal's text, shown as text
    assert page.locator("#impact-items b").count() == 0
    assert "3 个问题将失去答案" in page.inner_text("#publish-hint")

    # 发布 asks again; cancelling publishes nothing; confirming publishes and is logged.
    page.click("#publish-button")
    page.wait_for_selector("#loss-confirm:not([hidden])")
    assert "3 个今天有答案的问题" in page.inner_text("#loss-text")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "admin-impact.png"), full_page=True)
    page.click("#cancel-loss-button")
    assert page.locator("#loss-confirm").is_hidden()
    assert page.locator("#publications tbody tr").count() == 0
    page.evaluate("document.body.dataset.job = 'pressed'")
    page.click("#publish-button")
    page.click("#confirm-loss-button")
    page.wait_for_selector("body[data-job='done'], body[data-job='failed']", state="attached",
                           timeout=180_000)
    assert page.evaluate("document.body.dataset.job") == "done", page.inner_text("#job-status")
    page.wait_for_selector("#publications tbody tr.served")
    assert "3 个失去答案 (已确认)" in page.locator("#publications tbody tr").first.inner_text()
    context.close()
    assert not errors, f"the page raised: {errors}"
