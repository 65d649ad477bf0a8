"""What a new catalog changes for the people asking (bot/staff/admin/impact.py, dryrun.py,
questions.py; ``guidebot reindex --dry-run --impact``): the mini catalog served, three new
versions of it (tests/impact_catalogs.py: an item renamed, an item people ask about
revoked, a close look-alike added), each replayed with the real model, search and first
decision; the command's output and exit code; publishing through the API with its second
confirmation and the audit row (SQLite and PostgreSQL). The page: test_admin_impact_browser.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from impact_catalogs import (
    MINI,
    journal_asked,
    lookalike,
    question_file,
    renamed,
    revoked,
)
from test_admin import poll

from bot.settings import Settings
from bot.staff.admin.dryrun import dry_run_impact
from bot.staff.admin.impact import Outcome, change_of
from bot.staff.admin.questions import Asked, merged, replay_set
from bot.staff.admin.routes import admin_router
from bot.staff.auth import NeedsSignIn, auth_router, sign_in_redirect
from bot.store.accounts import Accounts
from bot.store.journal import Journal, database_url
from index.embedder import Embedder
from index.version import current_id

GUIDEBOT = str(Path(sys.executable).with_name("guidebot"))
PASSWORD = "test-password-长长的"


# --- unit: how an outcome changes, how questions merge ---


ID = Outcome("answer", "ID-1", "ID", "居民身份证补领", "guide")
MARRY = Outcome("answer", "M-1", "M", "结婚登记", "guide")


@pytest.mark.unit
@pytest.mark.parametrize(("old", "new", "change"), [
    (ID, ID, None),
    (ID, MARRY, "other_item"),
    (ID, Outcome("none"), "not_found"),
    (ID, Outcome("answer", "ID-1", "ID", "居民身份证补领", "guide", "revoked"), "revoked"),
    (ID, Outcome("answer", "ID-1", "ID", "居民身份证补领", "guide", "suspended"), "revoked"),
    (ID, Outcome("choose", options=(("ID", "补领"), ("R", "换领"))), "now_asks"),
    (Outcome("choose", options=(("ID", "补领"), ("R", "换领"))),
     Outcome("choose", options=(("R", "换领"), ("ID", "补领"))), None),
    (Outcome("choose", options=(("ID", "补领"), ("R", "换领"))),
     Outcome("choose", options=(("ID", "补领"), ("X", "首次申领"))), "other_item"),
    (Outcome("none"), ID, "now_answered"),
    (Outcome("answer", "M-1", "M", "结婚登记", "guide", "revoked"), MARRY, "now_answered"),
    (Outcome("choose", options=(("ID", "补领"),)), Outcome("none"), "not_found"),
])
def test_how_an_outcome_changes(old: Outcome, new: Outcome, change: str | None) -> None:
    assert change_of(old, new) == change


@pytest.mark.unit
def test_questions_fold_together_and_the_most_asked_come_first() -> None:
    out = merged([
        [Asked("身份证丢了怎么办", "100101", 0, {"dev"}), Asked("结婚登记", None, 0, {"dev"})],
        [Asked("身份證丟了怎麼辦？", "100101", 4, {"journal"}),
         Asked("身份证丢了怎么办", None, 1, {"journal"}), Asked("  ", None, 9, {"journal"})],
    ])
    assert [(a.text, a.region, a.asked, a.sources) for a in out] == [
        ("身份证丢了怎么办", "100101", 4, {"dev", "journal"}),
        ("身份证丢了怎么办", None, 1, {"journal"}),
        ("结婚登记", None, 0, {"dev"}),
    ]


# --- integration: the three catalogs replayed ---


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory,
         publish_index: Callable[..., Path]) -> Path:
    """The mini catalog served (by the command line), and the tests' question file."""
    root = tmp_path_factory.mktemp("impact")
    shutil.copytree(MINI, root / "catalog")
    publish_index(root / "catalog", root / "index")
    question_file(root / "questions.jsonl")
    return root


@pytest.fixture
def served(base: Path, tmp_path: Path) -> Path:
    shutil.copytree(base / "index", tmp_path / "index")
    return tmp_path / "index"


def changes(impact: dict) -> list[tuple[str, str, str, str]]:
    """(question, change, old item, new item) of every change, in the order shown."""
    def item(o: dict) -> str:
        return o.get("group") or "/".join(x["group"] for x in o.get("options", [])) or "—"
    return [(c["question"], c["change"], item(c["old"]), item(c["new"]))
            for i in impact["items"] for c in i["changes"]]


@pytest.mark.integration
def test_each_new_catalog_shows_what_it_changes_for_the_people_asking(
        base: Path, served: Path, embedder: Embedder, tmp_path: Path) -> None:
    settings = Settings(index_dir=served, impact_questions=str(base / "questions.jsonl"),
                        catalogs_dir=tmp_path / "catalogs")
    journal = Journal(database_url("", tmp_path / "journal.db"))
    journal_asked(journal)
    serving = current_id(served)

    out = dry_run_impact(renamed(base / "catalog", tmp_path / "renamed"), settings,
                         embedder, journal)
    impact = out["impact"]
    assert out["ok"] and impact["served_version"] == serving != impact["new_version"]
    assert impact["sources"] == {"dev": 7, "faq": 1, "journal": 2}
    # The most asked first: the journal asked '身份证丢了怎么补办' 3 times (no region).
    assert changes(impact)[0] == ("身份证丢了怎么补办", "other_item", "ID-REISSUE", "ID-REPLACE")
    assert {c[1:] for c in changes(impact)} == {("other_item", "ID-REISSUE", "ID-REPLACE")}
    first = impact["items"][0]["changes"][0]
    assert first["asked"] == 3 and first["old"]["name"] == "居民身份证补领"
    assert first["new"]["name"] == "居民身份证丢失补办" and first["new"]["aspect"] == "概览"
    assert impact["lost"] == 0

    impact = dry_run_impact(revoked(base / "catalog", tmp_path / "revoked"), settings,
                            embedder, journal)["impact"]
    assert changes(impact) == [
        ("领结婚证在哪里办", "revoked", "MARRIAGE-100100", "MARRIAGE-100100"),  # asked 7 times
        ("结婚登记要带什么材料", "revoked", "MARRIAGE-100100", "MARRIAGE-100100")]
    assert impact["lost"] == 2 and impact["items"][0]["asked"] == 7
    change = impact["items"][0]["changes"][0]
    assert (change["old"]["status"], change["new"]["status"]) == ("active", "revoked")
    assert change["new"]["aspect"] == "地点"

    impact = dry_run_impact(lookalike(base / "catalog", tmp_path / "lookalike"), settings,
                            embedder, journal)["impact"]
    assert ("身份证怎么办理", "now_asks", "ID-REISSUE", "ID-REISSUE/ID-RENEW") in changes(impact)
    # Questions that say which ('丢了', '补办') keep their answer.
    kept = ("身份证丢了怎么补办", "补办身份证要带什么材料")
    assert all(c[0] not in kept for c in changes(impact))
    assert impact["lost"] == 0

    # Nothing was served: the dry runs are beside the served index.
    assert current_id(served) == serving
    assert len(list((served / "dry-runs").iterdir())) == 3
    same = dry_run_impact(base / "catalog", settings, embedder, journal)
    assert same["unchanged"] and same["impact"]["changed"] == 0


@pytest.mark.integration
def test_only_masked_journal_text_is_replayed(journal: Journal) -> None:
    for _ in range(3):
        journal.unanswered(question="我的身份证号110101199003071234丢了怎么补办",
                           region="100101", channel="web", suggestions=[])
    journal.answered(question="打13800138000问结婚登记", code="M", name="", aspect="",
                     source="", region="", channel="web", index_version="")
    asked = replay_set([], [], journal, days=90, limit=10)
    assert [a.asked for a in asked] == [3, 1]
    assert all("110101199003071234" not in a.text and "13800138000" not in a.text
               for a in asked)
    assert asked[0].region == "100101" and asked[0].sources == {"journal"}
    assert replay_set([], [], journal, days=90, limit=1)[0].asked == 3


# --- the command: counts, the list, and the exit code ---


def run(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([GUIDEBOT, "reindex", *args], env=env, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.integration
def test_reindex_dry_run_impact_fails_on_lost_answers_unless_allowed(
        base: Path, served: Path, model_dir: Path, tmp_path: Path) -> None:
    journal = Journal(database_url("", tmp_path / "journal.db"))
    journal_asked(journal)
    journal.engine.dispose()
    env = dict(os.environ, GUIDEBOT_INDEX_DIR=str(served), GUIDEBOT_MODEL_DIR=str(model_dir),
               GUIDEBOT_DATABASE_SQLITE=str(tmp_path / "journal.db"),
               GUIDEBOT_IMPACT_QUESTIONS=str(base / "questions.jsonl"))
    serving = current_id(served)
    catalog = str(revoked(base / "catalog", tmp_path / "revoked"))

    done = run(env, "--catalog", catalog, "--dry-run", "--impact")
    assert done.returncode == 1, done.stderr
    assert "nothing published" in done.stdout and "lost 2" in done.stdout
    lines = done.stdout.splitlines()
    first = next(i for i, x in enumerate(lines) if x.startswith("  ["))
    assert "领结婚证在哪里办 (asked 7)" in lines[first] and "指向已撤销或暂停的事项" in lines[first]
    assert "MARRIAGE-100100 内地居民结婚登记 (已撤销) · 地点" in lines[first + 2]
    assert "重放问题" in done.stderr and "answers lost" in done.stderr

    done = run(env, "--catalog", catalog, "--dry-run", "--impact", "--allow-loss", "--json")
    assert done.returncode == 0, done.stderr
    impact = json.loads(done.stdout.splitlines()[-1])
    assert impact["counts"]["revoked"] == 2 and impact["lost"] == 2

    for make, count in ((renamed, "other_item"), (lookalike, "now_asks")):
        done = run(env, "--catalog", str(make(base / "catalog", tmp_path / make.__name__)),
                   "--dry-run", "--impact", "--json")
        assert done.returncode == 0, done.stderr
        impact = json.loads(done.stdout.splitlines()[-1])
        assert impact["counts"][count] >= 1 and impact["lost"] == 0

    assert run(env, "--catalog", catalog, "--impact").returncode == 2
    done = run(env, "--catalog", catalog, "--dry-run")  # validate and build only
    assert done.returncode == 0 and "nothing published" in done.stdout
    assert "impact" not in done.stdout
    broken = revoked(base / "catalog", tmp_path / "broken")
    (broken / "halls.yaml").unlink()
    done = run(env, "--catalog", str(broken), "--dry-run", "--impact")
    assert done.returncode == 1 and "halls.yaml" in done.stdout and "未建立索引" in done.stderr
    assert current_id(served) == serving


# --- the API: the second confirmation and the audit row ---


@pytest.fixture
def api(served: Path, base: Path, embedder: Embedder, db_url: str,
        tmp_path: Path) -> Iterator[tuple[TestClient, Journal]]:
    settings = Settings(index_dir=served, catalogs_dir=tmp_path / "catalogs",
                        catalog_import_roots=str(tmp_path),
                        impact_questions=str(base / "questions.jsonl"))
    journal = Journal(db_url)
    journal_asked(journal)
    app = FastAPI()
    app.state.accounts = Accounts(journal, settings)
    app.add_exception_handler(NeedsSignIn, sign_in_redirect)
    app.include_router(auth_router())
    app.include_router(admin_router(settings, embedder, journal))
    app.state.accounts.create("content.1", PASSWORD, role="content")
    with TestClient(app) as client:
        response = client.post("/api/staff/login",
                               json={"username": "content.1", "password": PASSWORD})
        client.headers["X-CSRF-Token"] = response.json()["csrf"]
        yield client, journal
    journal.engine.dispose()


@pytest.mark.integration
def test_publishing_lost_answers_needs_a_second_confirmation_and_is_audited(
        api: tuple[TestClient, Journal], base: Path, tmp_path: Path) -> None:
    client, _ = api
    staged = client.post("/api/staff/catalogs/from-directory", json={
        "path": str(revoked(base / "catalog", tmp_path / "revoked"))}).json()
    ident = staged["catalog"]["id"]
    other = client.post("/api/staff/catalogs/from-directory", json={
        "path": str(renamed(base / "catalog", tmp_path / "renamed"))}).json()["catalog"]["id"]
    assert staged["impact"] is None
    refused = client.post(f"/api/staff/catalogs/{ident}/publish")
    assert refused.status_code == 409
    job = poll(client, client.post(f"/api/staff/catalogs/{other}/impact").json())
    assert job["impact"]["lost"] == 0 and job["impact"]["counts"]["other_item"] >= 1
    job = poll(client, client.post(f"/api/staff/catalogs/{ident}/impact").json())
    assert job["state"] == "done" and job["impact"]["lost"] == 2
    refused = client.post(f"/api/staff/catalogs/{ident}/publish", json={})
    assert refused.status_code == 409 and refused.json()["lost"] == 2
    job = poll(client, client.post(f"/api/staff/catalogs/{ident}/publish",
                                   json={"confirm_loss": True}).json())
    assert job["state"] == "done", job
    row = client.get("/api/staff/publications").json()["publications"][0]
    shown = row["summary"]["impact"]
    assert shown["confirmed_loss"] and shown["lost"] == 2 and shown["counts"]["revoked"] == 2
    assert shown["changes"][0] == {"question": "领结婚证在哪里办", "region": "", "asked": 7,
                                   "change": "revoked", "old": "MARRIAGE-100100",
                                   "new": "MARRIAGE-100100"}
    assert "2 个失去答案 (已确认)" in row["summary_text"]

    # The other catalog's impact was computed against a version no longer served.
    assert client.get(f"/api/staff/catalogs/{other}").json()["impact"] is None
    assert client.post(f"/api/staff/catalogs/{other}/publish").status_code == 409
    job = poll(client, client.post(f"/api/staff/catalogs/{other}/impact").json())
    assert job["impact"]["counts"]["now_answered"] == 2 and job["impact"]["lost"] == 0
    job = poll(client, client.post(f"/api/staff/catalogs/{other}/publish").json())
    assert job["state"] == "done"
    shown = client.get("/api/staff/publications").json()["publications"][0]["summary"]["impact"]
    assert not shown["confirmed_loss"] and shown["counts"]["now_answered"] == 2
