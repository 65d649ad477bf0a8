"""The content admin page in headless Chromium, against a real assistant of its own (the
app and the Rasa server over a copy of the served demo index, so the shared one is never
published into): sign in, upload a broken catalog and read the report, upload a good one
and read the diff and its impact on what people ask, publish it (confirming the answers
it loses) and hear the bot answer from it, roll back and hear the bot answer as before,
read the citizens' feedback, restart the app and roll back again.
Screenshots go to SCREENSHOTS (var/screenshots unless GUIDEBOT_SCREENSHOTS_DIR).
"""

from __future__ import annotations

import os
import shutil
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Locator, Page
from staff import PASSWORD, create_staff, signed_in

from bot.evaluation.assistant import Assistant, start_assistant
from bot.settings import Settings
from bot.store.journal import Journal, database_url

pytestmark = pytest.mark.e2e

PROJECT = Path(__file__).resolve().parents[1]
SCREENSHOTS = Path(os.environ.get("GUIDEBOT_SCREENSHOTS_DIR") or PROJECT / "var" / "screenshots")
QUESTION = "第一次办身份证要带什么材料"
REGION = {"region": "449102"}
NEW_MATERIAL = "居民户口簿（2026新版测试）"


def catalog_zip(root: Path, path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for p in sorted(root.rglob("*")):
            if p.is_file():
                z.write(p, "export/" + p.relative_to(root).as_posix())
    return path


@pytest.fixture(scope="module")
def own(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over a private copy of the served index (its embedding cache too)."""
    root = tmp_path_factory.mktemp("admin")
    served = Settings().index_dir
    shutil.copytree(served, root / "index")
    started = start_assistant(root, index_dir=root / "index",
                              settings=Settings(catalogs_dir=root / "catalogs"))
    create_staff(started.settings, "zhao.content", "content", "赵内容")
    yield started
    started.stop()


def bot_text(assistant: Assistant, sender: str, question: str = QUESTION) -> str:
    return "\n".join(m.get("text", "") for m in assistant.send(sender, question, REGION))


def eventually(check, timeout: float = 15.0) -> None:  # noqa: ANN001 - a callable -> bool
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline
        time.sleep(0.3)


def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name), full_page=True)


def run_job(page: Page, button: Locator) -> str:
    """Press a publish or rollback button; the job's end state (admin.js sets data-job)."""
    page.evaluate("document.body.dataset.job = 'pressed'")
    button.click()
    # The page's CSP forbids eval, so wait_for_function(string) cannot be used here.
    page.wait_for_selector("body[data-job='done'], body[data-job='failed'], "
                           "body[data-job='unchanged']", state="attached", timeout=180_000)
    return page.evaluate("document.body.dataset.job")


def test_upload_report_publish_answer_roll_back(own: Assistant, browser: Browser,
                                                tmp_path: Path) -> None:
    before = bot_text(own, "admin-before")
    assert "居民户口簿" in before and NEW_MATERIAL not in before
    demo = Settings().catalog

    broken = tmp_path / "broken"
    shutil.copytree(demo, broken)
    ids = broken / "guides" / "identity.yaml"
    ids.write_text(ids.read_text().replace("status: active", "status: 在用", 1)
                   .replace("region: '449102'", "region: '999999'", 1))
    faq = broken / "faq.yaml"
    faq.write_text(faq.read_text().replace("answer:", "answr:", 1))
    good = tmp_path / "good"
    shutil.copytree(demo, good)
    ids = good / "guides" / "identity.yaml"
    ids.write_text(ids.read_text().replace("name: 居民户口簿\n", f"name: {NEW_MATERIAL}\n"))
    housing = good / "guides" / "housing.yaml"
    housing.write_text(housing.read_text().replace("status: active", "status: suspended", 1))

    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="zh-CN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: d.accept())  # the rollback's confirmation

    page.goto(own.app_url + "/staff/admin")  # not signed in: the sign-in page first
    page.fill("#username", "zhao.content")
    page.fill("#password", PASSWORD)
    page.click("#login-button")
    page.wait_for_url("**/staff/admin")
    page.wait_for_selector("body[data-ready='1']")
    rows = page.locator("#publications tbody tr")
    assert rows.count() == 0

    # A broken catalog: every problem with file, code, field and reason; no publishing.
    page.set_input_files("#zip-file", str(catalog_zip(broken, tmp_path / "broken.zip")))
    page.click("#upload-button")
    page.wait_for_selector("#report-table tbody tr")
    assert "校验未通过" in page.inner_text("#review-verdict")
    report = page.locator("#report-table tbody tr").all_inner_texts()
    assert any("guides/identity.yaml" in r and "status" in r for r in report)
    assert any("guides/identity.yaml" in r and "region" in r and "999999" in r for r in report)
    assert any("faq.yaml" in r and "answer" in r and "缺少必填字段" in r for r in report)
    assert page.is_disabled("#publish-button")
    shot(page, "admin-report.png")

    # A good one: the diff, with the suspended guide in the red box first.
    page.set_input_files("#zip-file", str(catalog_zip(good, tmp_path / "good.zip")))
    page.click("#upload-button")
    page.wait_for_selector("#review-verdict.ok")
    assert page.locator("#report").is_hidden() or "错误" not in page.inner_text("#report")
    alert = page.inner_text("#status-changes")
    assert "在用" in alert and "暂停" in alert
    changed = page.locator(".diff-changed li").all_inner_texts()
    assert any("居民身份证首次申领" in c and "materials" in c for c in changed)
    # 发布 waits for the impact on what people ask: the suspended guide's questions now
    # point to a suspended item, so publishing needs a second confirmation.
    page.wait_for_selector("body[data-impact='ready']", state="attached", timeout=180_000)
    assert page.is_enabled("#publish-button")
    assert "指向已撤销或暂停的事项" in page.inner_text("#impact-counts")
    shot(page, "admin-diff.png")
    page.click("#publish-button")
    page.wait_for_selector("#loss-confirm:not([hidden])")

    started = time.monotonic()
    assert run_job(page, page.locator("#confirm-loss-button")) == "done", \
        page.inner_text("#job-status")
    publish_seconds = time.monotonic() - started
    assert "已发布版本" in page.inner_text("#job-status")
    page.wait_for_selector("#publications tbody tr.served")
    assert rows.count() == 2  # the command line's version, kept for rollback, and this one
    assert "正在服务" in rows.first.inner_text() and "zhao.content" in rows.first.inner_text()
    shot(page, "admin-publish.png")
    print(f"publish of the demo catalog from the admin page: {publish_seconds:.1f} s")

    # Every channel answers from the new catalog (Rasa -> the app's action -> the index).
    eventually(lambda: NEW_MATERIAL in bot_text(own, f"admin-after-{time.monotonic()}"))

    # Roll back to the version served before: the bot answers as it did.
    state = run_job(page, rows.last.locator("button.rollback"))
    assert state == "done", page.inner_text("#job-status")
    page.wait_for_selector("#publications tbody tr:nth-child(3)")
    assert "回滚" in rows.first.inner_text() and "正在服务" in rows.first.inner_text()
    eventually(lambda: NEW_MATERIAL not in bot_text(own, f"admin-back-{time.monotonic()}"))
    assert "居民户口簿" in bot_text(own, "admin-back-final")
    shot(page, "admin-rollback.png")

    # Feedback: ratings of answers and unanswered questions from the citizens' channels.
    # (One rating per answer, from the web conversation that got it.)
    for n, score in enumerate((1, 2, 2)):
        browser_id = f"adminrate{n}"
        replies = own.send(f"web-{browser_id}", QUESTION, REGION)
        answer_id = next(m["custom"]["answer"]["id"] for m in replies
                         if "answer" in (m.get("custom") or {}))
        r = httpx.post(own.app_url + "/api/ratings", json={
            "answer_id": answer_id, "score": score, "comment": "材料名称看不懂",
            "sender": browser_id})
        assert r.status_code == 201
    # Unanswered questions as the dialogue journals them (tests/test_dialogue.py checks
    # that it does): written to the app's database directly, so the counts are known.
    journal = Journal(database_url(own.settings.database_url, own.settings.database_sqlite))
    for q in ("火星护照怎么办", "火星護照怎麼辦？", "办理月球户口"):
        journal.unanswered(question=q, region="449102", channel="web", suggestions=[])
    journal.engine.dispose()
    page.reload()
    page.wait_for_selector("body[data-ready='1']")
    assert "材料名称看不懂" in page.inner_text("#lowest-rated")
    assert page.locator("#rated-chart svg rect.bar").count() >= 1
    unanswered = page.locator("#unanswered tbody tr").all_inner_texts()
    assert unanswered and "火星" in unanswered[0] and "\t2" in unanswered[0]
    assert "海滨区" in unanswered[0]  # the region by its name in the served catalog
    assert page.locator("#unanswered-chart svg rect").count() == len(unanswered)
    page.locator("#insights-title").scroll_into_view_if_needed()
    shot(page, "admin-insights.png")
    context.close()
    assert not errors, f"the page raised: {errors}"

    # A restart of the app still lists every publication and can roll back.
    own.restart_app()
    client = signed_in(own.app_url, "zhao.content")  # already open: close it ourselves
    try:
        log = client.get("/api/staff/publications").json()["publications"]
        assert [p["action"] for p in log] == ["rollback", "publish", "publish"]
        job = client.post(f"/api/staff/publications/{log[1]['id']}/rollback").json()
        deadline = time.monotonic() + 180
        while job["state"] in ("queued", "running"):
            assert time.monotonic() < deadline
            time.sleep(0.2)
            job = client.get(f"/api/staff/jobs/{job['id']}").json()
        assert job["state"] == "done", job
    finally:
        client.close()
    eventually(lambda: NEW_MATERIAL in bot_text(own, f"admin-restart-{time.monotonic()}"))
