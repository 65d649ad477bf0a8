"""The content admin (bot/staff/admin/): staging a zip or a directory safely, the diff
against the served version, publish and rollback with their audit rows (on SQLite and on
the real PostgreSQL on loopback), a restart that still rolls back, the feedback figures,
and the API's roles. The browser test is tests/test_admin_browser.py.

Publishing uses the real embedding model over the mini catalog (tests/fixtures/mini),
published once per module into an index that each test copies.
"""

from __future__ import annotations

import io
import json
import shutil
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from impact_catalogs import question_file
from sqlalchemy import select

from bot.settings import Settings
from bot.staff.admin.diff import catalog_diff, summary_text
from bot.staff.admin.insights import insights, normalize
from bot.staff.admin.publishing import COMMAND_LINE, Job, Publisher, review
from bot.staff.admin.routes import admin_router
from bot.staff.admin.staging import Staging, StagingError, copy_directory, extract_zip
from bot.staff.auth import NeedsSignIn, auth_router, sign_in_redirect
from bot.store.accounts import Accounts, Staff
from bot.store.journal import Journal, database_url
from bot.store.models import AnswerLog, Publication, Rating, Unanswered
from index.embedder import Embedder
from index.version import current_id

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).parent / "fixtures"
PASSWORD = "test-password-长长的"


# --- zips and directories ---


def make_zip(files: dict[str, bytes], *, infos: list[tuple[zipfile.ZipInfo, bytes]] = ()) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
        for info, data in infos:
            z.writestr(info, data)
    return buf.getvalue()


def catalog_zip(root: Path, top: str = "") -> bytes:
    files = {(f"{top}/" if top else "") + p.relative_to(root).as_posix(): p.read_bytes()
             for p in sorted(root.rglob("*")) if p.is_file()}
    return make_zip(files)


def _symlink() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("guides/link.yaml")
    info.external_attr = (0o120777 << 16)
    return info


def _encrypted() -> bytes:
    """A zip whose one entry says it is encrypted (flag bit 0 in both headers)."""
    data = bytearray(make_zip({"guides/secret.yaml": b"x"}))
    local, central = data.index(b"PK\x03\x04"), data.index(b"PK\x01\x02")
    data[local + 6] |= 0x1
    data[central + 8] |= 0x1
    return bytes(data)


@pytest.mark.parametrize(("data", "reason"), [
    (b"PK not really a zip", "不是 zip"),
    (b"", "不是 zip"),
    (make_zip({"regions.yaml": b"[]", "../evil.yaml": b"x"}), "目录之外"),
    (make_zip({"guides/../../evil.yaml": b"x"}), "目录之外"),
    (make_zip({"..\\..\\evil.yaml": b"x"}), "目录之外"),
    (make_zip({"/etc/cron.d/evil.yaml": b"x"}), "绝对路径"),
    (make_zip({"C:/evil.yaml": b"x"}), "绝对路径"),
    (make_zip({}, infos=[(_symlink(), b"/etc/passwd")]), "符号链接"),
    (_encrypted(), "加密"),
    (make_zip({f"guides/{i}.yaml": b"[]" for i in range(6)}), "文件过多"),
    (make_zip({"guides/bomb.yaml": b"0" * 5000}), "过大"),
    (make_zip({"__MACOSX/._x": b"x"}), "空的"),
])
def test_unsafe_or_unusable_zips_are_refused_and_leave_nothing(tmp_path: Path, data: bytes,
                                                               reason: str) -> None:
    dest = tmp_path / "catalog"
    with pytest.raises(StagingError, match=reason):
        extract_zip(io.BytesIO(data), dest, max_files=5, max_bytes=4096)
    assert not dest.exists() and not (tmp_path / "catalog.part").exists()
    assert not (tmp_path.parent / "evil.yaml").exists()


def test_a_zip_bomb_is_caught_while_unpacking_when_its_header_lies(tmp_path: Path) -> None:
    data = bytearray(make_zip({"guides/bomb.yaml": b"0" * 100_000}))
    # Patch the declared size (central directory and local header) down to 10 bytes.
    size = (100_000).to_bytes(4, "little")
    assert data.count(size) == 2
    data = data.replace(size, (10).to_bytes(4, "little"))
    with pytest.raises(StagingError):
        extract_zip(io.BytesIO(bytes(data)), tmp_path / "catalog", max_bytes=4096)
    assert not (tmp_path / "catalog").exists()


def test_a_zip_of_one_top_folder_is_that_folder_and_gbk_names_are_read(tmp_path: Path) -> None:
    dest = tmp_path / "a"
    extract_zip(io.BytesIO(catalog_zip(FIXTURES / "mini", top="mini")), dest)
    assert (dest / "regions.yaml").is_file() and (dest / "guides" / "id.yaml").is_file()
    # A Windows zip: the name is GBK, without the UTF-8 flag.
    gbk = "guides/身份证.yaml".encode("gbk")
    placeholder = b"guides/" + b"X" * (len(gbk) - 12) + b".yaml"
    raw = make_zip({placeholder.decode(): b"[]", "regions.yaml": b"[]"})
    extract_zip(io.BytesIO(raw.replace(placeholder, gbk)), tmp_path / "b")
    assert (tmp_path / "b" / "guides" / "身份证.yaml").is_file()


def test_a_directory_is_copied_without_links_or_other_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(FIXTURES / "mini", src)
    (src / "notes.txt").write_text("not catalog")
    (src / "guides" / "link.yaml").symlink_to("/etc/hostname")
    (src / ".git").mkdir()
    (src / ".git" / "x.json").write_text("{}")
    copy_directory(src, tmp_path / "copy")
    copied = sorted(p.relative_to(tmp_path / "copy").as_posix()
                    for p in (tmp_path / "copy").rglob("*") if p.is_file())
    assert copied == ["bundles.yaml", "faq.yaml", "guides/id.yaml", "guides/old.json",
                      "halls.yaml", "regions.yaml"]
    with pytest.raises(StagingError, match="绝对路径"):
        copy_directory(Path("relative/dir"), tmp_path / "c2")
    with pytest.raises(StagingError, match="不存在"):
        copy_directory(tmp_path / "missing", tmp_path / "c3")


def test_staged_catalogs_survive_a_restart_and_old_ones_are_pruned(tmp_path: Path) -> None:
    staging = Staging(tmp_path / "staging", keep=2)
    first = staging.from_directory(FIXTURES / "mini", username="wang")
    assert Staging(tmp_path / "staging").get(first.id) == first
    for _ in range(2):
        staging.from_zip(io.BytesIO(catalog_zip(FIXTURES / "mini")), source="m.zip",
                         username="wang")
    assert staging.get(first.id) is None  # the oldest of three went
    assert staging.get("../../etc") is None
    with pytest.raises(StagingError):
        staging.from_zip(io.BytesIO(b"nope"), source="x.zip", username="wang")
    assert len(list((tmp_path / "staging").iterdir())) == 2  # nothing left by the failure


# --- a served mini catalog, diffs, publish and rollback ---


@pytest.fixture(scope="module")
def base_index(tmp_path_factory: pytest.TempPathFactory,
               publish_index: Callable[..., Path]) -> Path:
    """The mini catalog published by the command line (not through the admin)."""
    root = tmp_path_factory.mktemp("base")
    catalog = root / "catalog"
    shutil.copytree(FIXTURES / "mini", catalog)
    publish_index(catalog, root / "index")
    return root


@pytest.fixture
def served(base_index: Path, tmp_path: Path) -> Path:
    """A private copy of the served mini index (its manifest still names the base catalog)."""
    shutil.copytree(base_index / "index", tmp_path / "index")
    return tmp_path / "index"


def edited(src: Path, dest: Path) -> Path:
    """The mini catalog with a changed guide, a revoked guide, an added and a removed one."""
    shutil.copytree(src, dest)
    ids = dest / "guides" / "id.yaml"
    text_ = ids.read_text()
    text_ = text_.replace("{name: 户口簿, form: 原件", "{name: 户口簿（新版）, form: 原件", 1)
    text_ = text_.replace("code: MARRIAGE-100100\n  name: 内地居民结婚登记\n"
                          "  aliases: [领结婚证, 结婚登记]\n  item_type: 行政确认\n"
                          "  status: active", "code: MARRIAGE-100100\n  name: 内地居民结婚登记\n"
                          "  aliases: [领结婚证, 结婚登记]\n  item_type: 行政确认\n"
                          "  status: revoked")
    ids.write_text(text_)
    (dest / "guides" / "old.json").unlink()
    added = json.loads((src / "guides" / "old.json").read_text())[0]
    added.update(code="NEW-100101", name="新增测试事项", status="active", region="100101")
    (dest / "guides" / "new.json").write_text(json.dumps([added], ensure_ascii=False))
    return dest


def test_the_diff_names_added_removed_changed_fields_and_status_changes(
        base_index: Path, tmp_path: Path) -> None:
    result = review(edited(base_index / "catalog", tmp_path / "c"), base_index / "index")
    assert result["ok"], result["problems"]
    diff = result["diff"]
    guides = diff["kinds"]["guide"]
    assert [r["key"] for r in guides["added"]] == ["NEW-100101"]
    assert [r["key"] for r in guides["removed"]] == ["KINSHIP-100102"]
    assert guides["removed"][0]["status"] == "revoked"
    changed = {r["key"]: r["fields"] for r in guides["changed"]}
    # The anchor (&idcard) is shared: both ID guides have the new material.
    assert changed == {"ID-REISSUE-100101": ["materials"], "ID-REISSUE-100100": ["materials"],
                       "MARRIAGE-100100": ["status"]}
    assert diff["status_changes"] == [{"kind": "guide", "key": "MARRIAGE-100100",
                                       "name": "内地居民结婚登记", "from": "active",
                                       "to": "revoked"}]
    assert guides["before"] == guides["after"] == guides["unchanged"] + 3 + 1
    assert not diff["identical"] and diff["kinds"]["hall"]["unchanged"] == \
        diff["kinds"]["hall"]["after"]
    same = review(base_index / "catalog", base_index / "index")["diff"]
    assert same["identical"]


def test_a_broken_catalog_is_reported_in_full_without_a_diff(base_index: Path,
                                                             tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    shutil.copytree(base_index / "catalog", broken)
    ids = broken / "guides" / "id.yaml"
    ids.write_text(ids.read_text().replace("status: active", "status: 在用", 1)
                   .replace('region: "100101"', 'region: "999999"', 1))
    (broken / "halls.yaml").unlink()
    result = review(broken, base_index / "index")
    assert not result["ok"] and result["diff"] is None
    seen = {(p["file"], p["code"], p["field"]) for p in result["problems"]}
    assert ("guides/id.yaml", "ID-REISSUE-100101", "status") in seen
    assert ("halls.yaml", "", "") in seen
    assert all(p["reason"] for p in result["problems"])
    assert result["errors"] == sum(p["severity"] == "error" for p in result["problems"])


def staff_member(journal: Journal, name: str = "wang.fang", role: str = "content") -> Staff:
    accounts = Accounts(journal, Settings())
    accounts.create(name, PASSWORD, role=role)
    return accounts.sign_in(name, PASSWORD, address="127.0.0.1").staff


def finished(publisher: Publisher, job: Job, timeout: float = 180) -> Job:
    deadline = time.monotonic() + timeout
    while job.state in ("queued", "running"):
        assert time.monotonic() < deadline, job.to_dict()
        time.sleep(0.05)
    return job


def test_publish_and_rollback_are_audited_and_a_restart_can_roll_back(
        served: Path, base_index: Path, journal: Journal, embedder: Embedder,
        tmp_path: Path) -> None:
    settings = Settings(index_dir=served, catalogs_dir=tmp_path / "catalogs")
    publisher = Publisher(settings, embedder, journal)
    staging = Staging(settings.catalogs_dir / "staging")
    staff = staff_member(journal)
    original = current_id(served)

    staged = staging.from_directory(edited(base_index / "catalog", tmp_path / "c"),
                                    username=staff.username)
    job = finished(publisher, publisher.publish(staged, staff))
    assert job.state == "done", job.to_dict()
    new = current_id(served)
    assert new != original and job.publication["index_version"] == new
    assert review(staged.catalog, served)["diff"]["identical"]  # it is what is served now

    log = publisher.publications()["publications"]
    # The version the command line had published was kept first, so it can come back.
    assert [(p["action"], p["username"], p["served"]) for p in log] == [
        ("publish", staff.username, True), ("publish", COMMAND_LINE, False)]
    baseline, done = log[1], log[0]
    assert baseline["index_version"] == original
    assert done["previous_version"] == original
    s = done["summary"]
    assert s["counts"]["guide"]["added"] == 1 and s["counts"]["guide"]["removed"] == 1
    assert s["status_changes"][0]["key"] == "MARRIAGE-100100"
    assert done["summary_text"] == summary_text(s) and "状态变化 1" in done["summary_text"]

    # Publishing the same content again changes nothing and logs nothing.
    again = finished(publisher, publisher.publish(staged, staff))
    assert again.state == "unchanged" and current_id(served) == new

    # A restart: a new publisher over the same database and catalogs directory.
    restarted = Publisher(settings, embedder, Journal(journal.url))
    back = finished(restarted, restarted.rollback(baseline["id"], staff))
    assert back.state == "done", back.to_dict()
    assert review(base_index / "catalog", served)["diff"]["identical"]
    log = restarted.publications()["publications"]
    assert [(p["action"], p["served"]) for p in log] == [
        ("rollback", True), ("publish", False), ("publish", False)]
    assert log[0]["previous_version"] == new and log[0]["source"].startswith(
        f"回滚到 #{baseline['id']}")
    assert log[0]["summary"]["counts"]["guide"]["added"] == 1  # KINSHIP comes back
    with journal.session() as db:
        rows = db.scalars(select(Publication).order_by(Publication.id)).all()
        assert [r.user_id for r in rows] == [None, staff.user_id, staff.user_id]
        assert all((settings.catalogs_dir / r.snapshot).is_dir() for r in rows)


def test_a_broken_catalog_never_touches_the_served_index(
        served: Path, base_index: Path, journal: Journal, embedder: Embedder,
        tmp_path: Path) -> None:
    settings = Settings(index_dir=served, catalogs_dir=tmp_path / "catalogs")
    publisher = Publisher(settings, embedder, journal)
    broken = tmp_path / "broken"
    shutil.copytree(base_index / "catalog", broken)
    (broken / "regions.yaml").write_text("- {code: 1, name: [x]\n")
    staged = Staging(settings.catalogs_dir / "staging").from_directory(broken, username="x")
    before = sorted(p.name for p in (served / "versions").iterdir())
    job = finished(publisher, publisher.publish(staged, staff_member(journal)))
    assert job.state == "failed" and job.problems and "校验未通过" in job.message
    assert sorted(p.name for p in (served / "versions").iterdir()) == before
    assert publisher.publications()["publications"] == []


def test_publishes_at_the_same_moment_run_one_after_the_other(
        served: Path, base_index: Path, embedder: Embedder, tmp_path: Path) -> None:
    journal = Journal(database_url("", tmp_path / "db.sqlite"))
    settings = Settings(index_dir=served, catalogs_dir=tmp_path / "catalogs")
    publisher = Publisher(settings, embedder, journal)
    staging = Staging(settings.catalogs_dir / "staging")
    staff = staff_member(journal)
    one = staging.from_directory(edited(base_index / "catalog", tmp_path / "c1"), username="a")
    two_dir = edited(base_index / "catalog", tmp_path / "c2")
    (two_dir / "faq.yaml").write_text((two_dir / "faq.yaml").read_text().replace(
        "16周岁以下5年", "十六周岁以下五年"))
    two = staging.from_directory(two_dir, username="a")
    jobs = [publisher.publish(one, staff), publisher.publish(two, staff)]
    for job in jobs:
        assert finished(publisher, job).state == "done", job.to_dict()
    log = publisher.publications()["publications"]
    assert len(log) == 3  # the command line's version, then both
    assert log[0]["previous_version"] == log[1]["index_version"]
    assert log[0]["summary"]["counts"]["faq"]["changed"] == 1
    assert log[0]["served"]


# --- what citizens said ---


def test_feedback_lowest_rated_and_frequent_unanswered(journal: Journal) -> None:
    def answer(code: str, name: str, scores: list[int], comment: str = "") -> None:
        for score in scores:
            aid = journal.answered(question="q", code=code, name=name, aspect="materials",
                                   source="", region="449102", channel="web",
                                   index_version="v")
            journal.rated(aid, score, comment if score <= 2 else "", "web")

    answer("A", "居民身份证补领", [1, 2, 3], "材料写得不清楚")
    answer("B", "护照申领", [5, 4, 5])
    answer("C", "只评过一次", [1])
    for q, region in [("身份證丟了？", "449102"), ("身份证丢了", "449104"),
                      ("身份证丢了!!", ""), ("火星签证", ""), ("火星签证。", "")]:
        journal.unanswered(question=q, region=region, channel="web", suggestions=[])
    data = insights(journal, min_ratings=2)
    low = data["lowest_rated"]
    assert [(r["code"], r["average"], r["ratings"], r["low"]) for r in low] == [
        ("A", 2.0, 3, 2), ("B", 4.67, 3, 0)]
    assert low[0]["comments"] == ["材料写得不清楚", "材料写得不清楚"]
    top = data["unanswered"]
    assert [(q["count"], q["variants"]) for q in top] == [(3, 3), (2, 2)]
    assert normalize(top[0]["question"]) == "身份证丢了"
    assert sorted(top[0]["regions"]) == ["449102", "449104"]
    assert data["totals"] == {"answers": 7, "ratings": 7, "average": 3.0, "unanswered": 5}
    assert data["ratings_by_day"][-1]["ratings"] == 7
    assert insights(journal, min_ratings=1)["lowest_rated"][0]["code"] == "C"
    with journal.session() as s:  # nothing written by reading
        assert len(s.scalars(select(AnswerLog)).all()) == 7
        assert len(s.scalars(select(Rating)).all()) == 7
        assert len(s.scalars(select(Unanswered)).all()) == 5


# --- the API and its roles ---


@pytest.fixture
def api(served: Path, embedder: Embedder, tmp_path: Path) -> Iterator[tuple[TestClient, Journal]]:
    """The sign-in and admin routes as bot/app.py wires them, over a private index."""
    settings = Settings(index_dir=served, catalogs_dir=tmp_path / "catalogs",
                        catalog_import_roots=str(tmp_path),
                        impact_questions=str(question_file(tmp_path / "questions.jsonl")))
    journal = Journal(database_url("", tmp_path / "api.db"))
    app = FastAPI()
    app.state.accounts = Accounts(journal, settings)
    app.add_exception_handler(NeedsSignIn, sign_in_redirect)
    app.include_router(auth_router())
    app.include_router(admin_router(settings, embedder, journal))
    for name, role in [("content.1", "content"), ("agent.1", "agent"), ("admin.1", "admin")]:
        app.state.accounts.create(name, PASSWORD, role=role)
    with TestClient(app) as client:
        yield client, journal


def sign_in(client: TestClient, name: str) -> dict:
    response = client.post("/api/staff/login", json={"username": name, "password": PASSWORD})
    assert response.status_code == 200
    return {"X-CSRF-Token": response.json()["csrf"]}


def test_only_content_staff_and_admins_reach_the_admin(api: tuple[TestClient, Journal]) -> None:
    client, _ = api
    page = client.get("/staff/admin", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/staff/login")
    for path in ("/api/staff/publications", "/api/staff/insights", "/api/staff/catalogs/x"):
        assert client.get(path).status_code == 401
    assert client.post("/api/staff/publications/1/rollback").status_code == 401

    sign_in(client, "agent.1")
    assert client.get("/staff/admin").status_code == 403
    assert client.get("/api/staff/publications").status_code == 403
    upload = client.post("/api/staff/catalogs",
                         files={"file": ("m.zip", catalog_zip(FIXTURES / "mini"))})
    assert upload.status_code == 403

    headers = sign_in(client, "content.1")
    page = client.get("/staff/admin")
    assert page.status_code == 200 and "admin.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    # A state-changing call without the session's CSRF header is refused.
    files = {"file": ("m.zip", catalog_zip(FIXTURES / "mini"))}
    assert client.post("/api/staff/catalogs", files=files).status_code == 403
    assert client.post("/api/staff/catalogs", files=files, headers=headers).status_code == 201

    headers = sign_in(client, "admin.1")
    assert client.get("/api/staff/publications").status_code == 200


def test_upload_review_publish_and_roll_back_over_http(api: tuple[TestClient, Journal],
                                                       base_index: Path, tmp_path: Path) -> None:
    client, _ = api
    headers = sign_in(client, "content.1")

    bad = client.post("/api/staff/catalogs", headers=headers,
                      files={"file": ("x.zip", b"not a zip at all")})
    assert bad.status_code == 400 and "不是 zip" in bad.json()["detail"]
    slip = client.post("/api/staff/catalogs", headers=headers,
                       files={"file": ("x.zip", make_zip({"../x.yaml": b"x"}))})
    assert slip.status_code == 400
    missing = client.post("/api/staff/catalogs/from-directory", headers=headers,
                          json={"path": str(tmp_path / "nowhere")})
    assert missing.status_code == 400 and "不存在" in missing.json()["detail"]
    assert client.post("/api/staff/catalogs/from-directory", headers=headers,
                       json={}).status_code == 422
    # Only directories under the import roots (GUIDEBOT_CATALOG_IMPORT_ROOTS) can be read.
    for outside in ("/etc", str(tmp_path / ".." / "elsewhere"), "relative/dir"):
        refused = client.post("/api/staff/catalogs/from-directory", headers=headers,
                              json={"path": outside})
        assert refused.status_code == 403 and "GUIDEBOT_CATALOG_IMPORT_ROOTS" in refused.text
    assert client.get("/api/staff/catalogs/20990101000000000000-deadbeef").status_code == 404

    broken = tmp_path / "broken"
    shutil.copytree(base_index / "catalog", broken)
    (broken / "guides" / "id.yaml").write_text("- code: X\n")
    staged = client.post("/api/staff/catalogs", headers=headers,
                         files={"file": ("broken.zip", catalog_zip(broken, top="export"))})
    body = staged.json()
    assert staged.status_code == 201 and not body["ok"] and body["diff"] is None
    assert {p["field"] for p in body["problems"] if p["code"] == "X"} >= {"name", "status"}
    refused = client.post(f"/api/staff/catalogs/{body['catalog']['id']}/publish",
                          headers=headers)
    assert refused.status_code == 409 and refused.json()["problems"]

    good = client.post("/api/staff/catalogs/from-directory", headers=headers,
                       json={"path": str(edited(base_index / "catalog", tmp_path / "c"))})
    body = good.json()
    assert good.status_code == 201 and body["ok"]
    assert body["diff"]["status_changes"][0]["to"] == "revoked"
    assert client.get(f"/api/staff/catalogs/{body['catalog']['id']}").json()["diff"] == \
        body["diff"]
    ident = body["catalog"]["id"]
    # Not before its impact on what people ask is known; answers lost need confirming.
    early = client.post(f"/api/staff/catalogs/{ident}/publish", headers=headers)
    assert early.status_code == 409 and "影响" in early.json()["detail"]
    impact = poll(client, client.post(f"/api/staff/catalogs/{ident}/impact",
                                      headers=headers).json())
    assert impact["state"] == "done" and impact["impact"]["lost"] > 0, impact
    assert client.get(f"/api/staff/catalogs/{ident}").json()["impact"] == impact["impact"]
    unconfirmed = client.post(f"/api/staff/catalogs/{ident}/publish", headers=headers,
                              json={"confirm_loss": False})
    assert unconfirmed.status_code == 409 and unconfirmed.json()["needs_confirmation"]
    job = client.post(f"/api/staff/catalogs/{ident}/publish", headers=headers,
                      json={"confirm_loss": True}).json()
    job = poll(client, job)
    assert job["state"] == "done" and job["publication"]["username"] == "content.1"
    assert job["publication"]["summary"]["impact"]["confirmed_loss"]

    log = client.get("/api/staff/publications").json()
    assert log["served_version"] == job["publication"]["index_version"]
    baseline = log["publications"][-1]
    assert baseline["username"] == COMMAND_LINE
    assert client.post("/api/staff/publications/999/rollback",
                       headers=headers).status_code == 404
    back = poll(client, client.post(f"/api/staff/publications/{baseline['id']}/rollback",
                                    headers=headers).json())
    assert back["state"] == "done" and back["action"] == "rollback"
    log = client.get("/api/staff/publications").json()["publications"]
    assert log[0]["action"] == "rollback" and log[0]["served"]
    assert client.get("/api/staff/jobs/nope").status_code == 404
    feedback = client.get("/api/staff/insights?days=30&min_ratings=1").json()
    assert feedback["totals"]["ratings"] == 0 and feedback["lowest_rated"] == []
    assert client.get("/api/staff/insights?days=0").status_code == 422


def poll(client: TestClient, job: dict, timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while job["state"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        time.sleep(0.1)
        job = client.get(f"/api/staff/jobs/{job['id']}").json()
    return job


def test_the_diff_of_a_first_catalog_lists_everything_as_added(tmp_path: Path) -> None:
    from bot.catalog.validate import load_catalog

    diff = catalog_diff(load_catalog(FIXTURES / "mini"), tmp_path / "no-index")
    assert diff["served_version"] is None
    assert diff["kinds"]["guide"]["removed"] == [] and diff["kinds"]["guide"]["added"]
    # the revoked guide of the mini catalog arrives revoked: shown with the status changes
    assert [s["key"] for s in diff["status_changes"]] == ["KINSHIP-100102"]
