"""Hybrid search on the small catalog: region preference, status, scripts, publishing."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.catalog.validate import load_catalog
from bot.settings import Settings
from index.embedder import Embedder
from index.search import Searcher
from index.sentences import sentence_texts
from index.served import IndexHolder
from index.version import current_id, publish

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, publish_index: Callable[..., Path],
              embedder: Embedder) -> tuple[Path, Searcher]:
    """The mini catalog published into a fresh index, and a searcher over it."""
    root = tmp_path_factory.mktemp("mini")
    catalog = root / "catalog"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", catalog)
    return catalog, Searcher(IndexHolder(publish_index(catalog)), embedder)


def codes(hits) -> list[str]:  # noqa: ANN001
    return [h.code for h in hits]


def test_county_guide_first_for_a_county_user(published) -> None:  # noqa: ANN001
    _, s = published
    hit = s.search("身份证丢了怎么补办", region="100101")[0]
    assert (hit.code, hit.region_match, hit.answerable) == ("ID-REISSUE-100101", "local", True)
    assert hit.other_regions == ["ID-REISSUE-100100"]


def test_city_guide_serves_a_county_without_its_own(published) -> None:  # noqa: ANN001
    _, s = published
    hit = s.search("身份证丢了怎么补办", region="100102")[0]
    assert (hit.code, hit.region_match) == ("ID-REISSUE-100100", "above")


def test_no_region_prefers_the_broadest_guide(published) -> None:  # noqa: ANN001
    _, s = published
    hit = s.search("补办身份证")[0]
    assert (hit.code, hit.region_match) == ("ID-REISSUE-100100", "any")


def test_region_named_in_the_question_wins(published) -> None:  # noqa: ANN001
    _, s = published
    hit = s.search("我在东区，身份证掉了", region="100102")[0]
    assert hit.code == "ID-REISSUE-100101"


def test_other_region_guide_is_found_and_marked(published) -> None:  # noqa: ANN001
    _, s = published
    # The user is in 西区; the only marriage guide is the city's, which serves 西区.
    hit = s.search("领结婚证需要什么", region="100102")[0]
    assert (hit.code, hit.region_match) == ("MARRIAGE-100100", "above")
    # A province user: the city guide is below them, still found and marked.
    hit = s.search("领结婚证需要什么", region="100000")[0]
    assert (hit.code, hit.region_match) == ("MARRIAGE-100100", "below")


def test_traditional_and_full_width_questions(published) -> None:  # noqa: ANN001
    _, s = published
    assert s.search("身份證遺失，點樣補辦？", region="100101")[0].code == "ID-REISSUE-100101"
    assert s.search("ＩＤ：身份证丢了", region="100101")[0].code == "ID-REISSUE-100101"


def test_revoked_guide_is_never_answerable(published) -> None:  # noqa: ANN001
    _, s = published
    hit = s.search("我要开亲属关系证明")[0]
    assert (hit.code, hit.status, hit.answerable, hit.named) == (
        "KINSHIP-100102", "revoked", False, True)
    # Wherever it ranks, it carries its true status.
    for h in s.search("证明", top=10):
        assert h.answerable == (h.status == "active")


def test_faq_and_bundle_are_searchable(published) -> None:  # noqa: ANN001
    _, s = published
    assert s.search("身份证有效期多少年")[0].kind == "faq"
    assert s.search("结婚要办哪些事")[0].code == "bundle-wedding"


def test_nonsense_and_empty(published) -> None:  # noqa: ANN001
    _, s = published
    assert s.search("   ") == []
    assert s.search("😀😀") == []
    with pytest.raises(ValueError):
        s.search("身份证", top=0)


@pytest.fixture
def fresh(tmp_path: Path, model_dir: Path, embedder: Embedder) -> tuple[Path, Settings, Embedder]:
    """A private copy of the mini catalog, and settings for an empty index beside it."""
    catalog = tmp_path / "catalog"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", catalog)
    settings = Settings(index_dir=tmp_path / "index", model_dir=model_dir, reload_interval=0.01)
    return catalog, settings, embedder


def test_bad_catalog_leaves_the_served_index(fresh) -> None:  # noqa: ANN001
    catalog, settings, embedder = fresh
    first = publish(catalog, settings.index_dir, embedder)
    assert first.version
    served = sorted(p.name for p in (settings.index_dir / "versions").iterdir())

    (catalog / "halls.yaml").write_text("- {id: broken", encoding="utf-8")
    failed = publish(catalog, settings.index_dir, embedder)
    assert failed.version is None and failed.report.errors
    assert current_id(settings.index_dir) == first.version
    assert sorted(p.name for p in (settings.index_dir / "versions").iterdir()) == served
    searcher = Searcher(IndexHolder(settings.index_dir), embedder)
    assert searcher.search("补办身份证")[0].code == "ID-REISSUE-100100"


def test_reindex_embeds_only_what_changed(fresh) -> None:  # noqa: ANN001
    catalog, settings, embedder = fresh
    first = publish(catalog, settings.index_dir, embedder)
    # Texts: 身份证补领 4 (name, 2 aliases, summary), 结婚登记 4, 亲属关系证明 3, FAQ 2,
    # bundle 3. Its two regional guides share the 身份证补领 texts: embedded once. And
    # every distinct sentence of the guides (index/sentences.py), once.
    loaded = load_catalog(catalog).catalog
    assert loaded is not None
    said = sentence_texts(loaded)
    assert said and first.embedded == 16 + len(said)
    again = publish(catalog, settings.index_dir, embedder)
    assert (again.unchanged, again.embedded, again.version) == (True, 0, first.version)

    guides = catalog / "guides" / "id.yaml"
    guides.write_text(guides.read_text(encoding="utf-8").replace(
        "aliases: [领结婚证, 结婚登记]", "aliases: [领结婚证, 结婚登记, 扯证]"), encoding="utf-8")
    objects = settings.index_dir / "objects"
    assert len(list(objects.glob("*/*.json"))) == 6  # one per catalog file
    changed = publish(catalog, settings.index_dir, embedder)
    assert changed.version != first.version
    assert len(list(objects.glob("*/*.json"))) == 7  # only the edited file was written
    assert changed.embedded == 2  # the new alias, and the summary that lists the aliases
    # (no sentence changed)
    searcher = Searcher(IndexHolder(settings.index_dir), embedder)
    assert searcher.search("扯证")[0].code == "MARRIAGE-100100"
    # The answer store of the new version has the change; the old version is untouched.
    v = searcher.holder.current()
    assert "扯证" in v.entries.guide("MARRIAGE-100100").aliases
    assert v.entries.guide("ID-REISSUE-100101").fee.items[0].amount == 40


def test_switch_is_atomic_under_concurrent_searches(fresh, tmp_path: Path) -> None:  # noqa: ANN001
    """Searches running while versions flip see one whole version or the other."""
    a, settings, embedder = fresh
    b = tmp_path / "b"
    shutil.copytree(a, b)
    guides = b / "guides" / "id.yaml"
    guides.write_text(guides.read_text(encoding="utf-8")
                      .replace("name: 内地居民结婚登记", "name: 内地居民婚姻登记（结婚）")
                      .replace("  status: active\n  region: \"100100\"\n  agency: 甲市民政局",
                               "  status: suspended\n  region: \"100100\"\n  agency: 甲市民政局"),
                      encoding="utf-8")
    expected = {("内地居民结婚登记", "active"), ("内地居民婚姻登记（结婚）", "suspended")}
    assert publish(a, settings.index_dir, embedder).version
    holder = IndexHolder(settings.index_dir)
    holder.watch(settings.reload_interval)
    searcher = Searcher(holder, embedder)
    seen: set[tuple[str, str]] = set()
    errors: list[BaseException] = []
    stop = threading.Event()

    def search_loop() -> None:
        try:
            while not stop.is_set():
                for h in searcher.search("领结婚证", top=3):
                    if h.code == "MARRIAGE-100100":
                        seen.add((h.name, h.status))
                        version = searcher.holder.current()
                        guide = version.entries.guide(h.code)
                        assert guide is not None
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=search_loop) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for i in range(6):
            version = publish(b if i % 2 == 0 else a, settings.index_dir, embedder,
                              force=True).version
            assert version
            # Let the searches run against the new version for a moment before
            # the next switch (the watcher picks it up within its interval).
            deadline = time.monotonic() + 30
            while holder.current().id != version and time.monotonic() < deadline:
                time.sleep(0.01)
            assert holder.current().id == version
            time.sleep(0.2)
    finally:
        stop.set()
        for t in threads:
            t.join()
        holder.close()
    assert not errors, errors
    assert seen <= expected and len(seen) == 2, seen


def test_a_pruned_version_still_serves_the_process_holding_it(fresh) -> None:  # noqa: ANN001
    catalog, settings, embedder = fresh
    first = publish(catalog, settings.index_dir, embedder).version
    holder = IndexHolder(settings.index_dir)
    old = holder.current()
    for _ in range(7):  # more than the versions kept for rollback
        assert publish(catalog, settings.index_dir, embedder, force=True).version
    assert not (settings.index_dir / "versions" / first).exists()
    assert old.entries.guide("MARRIAGE-100100").name == "内地居民结婚登记"


def test_a_version_of_the_previous_format_still_loads(published, tmp_path: Path) -> None:  # noqa: ANN001
    """A server upgraded before the next reindex serves the version it finds."""
    import json

    from index.served import LoadedVersion
    from index.version import current_id, version_path

    _, s = published
    src = version_path(s.holder.index_dir, current_id(s.holder.index_dir))
    old = tmp_path / "versions" / src.name
    shutil.copytree(src, old)
    raw = json.loads((old / "docs.json").read_text())
    slot = raw["fields"].index("names")
    rows = [[*r[:slot], raw["names"][r[slot]], *r[slot + 1:]] for r in raw["rows"]]
    (old / "docs.json").write_text(json.dumps({"fields": raw["fields"], "rows": rows}))
    shutil.copytree(src.parents[1] / "objects", tmp_path / "objects")
    loaded = LoadedVersion.load(old)
    assert loaded.docs == s.holder.current().docs


PASSAGE_FAQ = """
- id: faq-hall-services
  answer: >-
    甲市政务服务中心一楼设有自助服务区，可自助打印个人社保参保证明。
    中心地下停车场为办事群众免费停车两小时。
    老年人、残疾人、孕妇可走绿色通道，由工作人员全程帮办代办。
    周六上午开放综合受理窗口。
  agency: 甲市政务服务管理办公室
  updated_at: "2026-01-01"
"""


def test_a_passage_only_faq_entry_is_found_by_one_of_its_sentences(
        tmp_path: Path, publish_index: Callable[..., Path], embedder: Embedder) -> None:
    """热线知识库 exports are often answer passages without example questions: a question
    about one sentence of the passage finds the entry (its sentences are embedded too)."""
    catalog = tmp_path / "catalog"
    shutil.copytree(Path(__file__).parent / "fixtures" / "mini", catalog)
    with (catalog / "faq.yaml").open("a", encoding="utf-8") as faq:
        faq.write(PASSAGE_FAQ)
    s = Searcher(IndexHolder(publish_index(catalog)), embedder)
    for question in ("去政务中心办事停车要钱吗", "老人腿脚不好去大厅有人帮忙办吗"):
        top = s.search(question)[0]
        assert (top.kind, top.code) == ("faq", "faq-hall-services"), question
