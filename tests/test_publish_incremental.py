"""A publisher that runs again (``guidebot reindex --watch``, the admin page) redoes only
what an edited file touches, and a serving process switching to the new version reloads
only the parts that changed; both must give exactly what a build from scratch gives."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml

from bot.settings import Settings
from index.embedder import Embedder
from index.filecache import FileCache
from index.parts import DELTA
from index.search import Searcher
from index.served import IndexHolder, LoadedVersion
from index.version import current_id, publish, version_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import gen_province  # noqa: E402

pytestmark = pytest.mark.integration

GUIDEBOT = str(Path(sys.executable).with_name("guidebot"))


class HashEmbedder:
    """Unit vectors drawn from a hash of the text: what is tested here is the builder's
    bookkeeping, not the model (the real model is used on the mini catalog below)."""

    model_id = "test-hash-16"

    def prefix(self, kind: str) -> str:
        return "query: " if kind == "query" else "passage: "

    def encode(self, texts: list[str], progress: object = None) -> np.ndarray:
        out = np.zeros((len(texts), 16), dtype=np.float32)
        for i, t in enumerate(texts):
            seed = int.from_bytes(hashlib.sha256(t.encode()).digest()[:8], "little")
            v = np.random.default_rng(seed).standard_normal(16)
            out[i] = v / np.linalg.norm(v)
        return out


def _files(folder: Path) -> dict[str, bytes]:
    """A version's files, but its manifest and the delta (which name the version)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in ("manifest.json", DELTA)}


def _manifest(folder: Path) -> dict:
    import json

    m = json.loads((folder / "manifest.json").read_text())
    return {k: v for k, v in m.items() if k not in ("version", "created_at")}


def _edit(catalog: Path, how: str) -> None:
    """Revoke a guide, or give one an alias, in one guides file."""
    path = max(sorted((catalog / "guides").glob("*.yaml")), key=lambda p: p.stat().st_size)
    guides = yaml.safe_load(path.read_text(encoding="utf-8"))
    target = next(g for g in guides if g["status"] == "active")
    if how == "status":
        target["status"] = "revoked"
    else:
        target["aliases"] = [*target.get("aliases", []), "测试新别名"]
    path.write_text(yaml.safe_dump(guides, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


def _without_bm25(files: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in files.items() if not k.startswith("bm25/")}


def _assert_same_bm25(a: Path, b: Path) -> None:
    """Two BM25 channels score every profile the same for every word either knows."""
    from index.lexical import LexicalChannel

    n = len(np.load(a / "profile_group.npy"))
    x, y = LexicalChannel.load(a / "bm25", n), LexicalChannel.load(b / "bm25", n)
    assert set(x.vocab) == set(y.vocab)

    def column(channel: LexicalChannel, word: str) -> dict[int, float]:
        s = channel.model.scores  # CSC: one column of (profile, weight) per word id
        i = channel.vocab[word]
        if i + 1 >= len(s["indptr"]):  # the empty word bm25s adds has no column
            return {}
        at = slice(s["indptr"][i], s["indptr"][i + 1])
        return dict(zip(s["indices"][at].tolist(), s["data"][at].tolist(), strict=True))

    for word in x.vocab:
        assert column(x, word) == column(y, word), word


def _assert_same_loaded(a: LoadedVersion, b: LoadedVersion) -> None:
    assert a.docs == b.docs and a.groups == b.groups and a.group_index == b.group_index
    assert all(np.array_equal(x, y) for x, y in zip(a.group_docs, b.group_docs, strict=True))
    for name in ("doc_region", "doc_active", "doc_order"):
        assert np.array_equal(getattr(a.order, name), getattr(b.order, name)), name
    assert np.array_equal(a.profile_group, b.profile_group)
    assert a.sentences.rows == b.sentences.rows
    assert np.array_equal(a.sentences.vectors, b.sentences.vectors)
    assert a.lexical.vocab == b.lexical.vocab
    assert a.dense.index.ntotal == b.dense.index.ntotal
    assert np.array_equal(a.dense.owners, b.dense.owners)


@pytest.mark.unit
@pytest.mark.parametrize("catalog", ["province", "mini"])
def test_file_by_file_contents_equal_the_catalog_wide_ones(tmp_path: Path, catalog: str) -> None:
    """The publisher derives the search's parts file by file (index/build.py); they are
    what the catalog-wide functions give, as a one-shot build gave before it."""
    from bot.catalog.validate import check_path, load_catalog
    from index.build import contents
    from index.documents import catalog_documents, dictionary_words
    from index.sentences import sentence_texts

    root = tmp_path / "catalog"
    if catalog == "province":
        gen_province.generate(root, guides=400, items=40, towns_per_county=2)
    else:
        shutil.copytree(Path(__file__).parent / "fixtures" / "mini", root)
    files = []

    def check(rel: str, kind: str, path: Path):  # noqa: ANN202
        sha, result = check_path(rel, kind, path)
        if kind == "guide":
            files.append(result)
        return sha, result

    report = load_catalog(root, checker=check)
    assert report.catalog is not None
    for _ in range(2):  # the second time from what the first kept
        built = contents(report.catalog, files, HashEmbedder())
        docs, profiles = catalog_documents(report.catalog)
        assert built.docs == docs and built.profiles == profiles
        assert built.words == dictionary_words(report.catalog)
        assert built.said == sentence_texts(report.catalog)


@pytest.mark.parametrize("how", ["status", "alias"])
def test_incremental_publish_equals_a_build_from_scratch(tmp_path: Path, how: str) -> None:
    catalog = tmp_path / "catalog"
    gen_province.generate(catalog, guides=300, items=30, towns_per_county=2)
    embedder = HashEmbedder()
    running = tmp_path / "running"
    cache = FileCache(running / "cache" / "files")  # as the watching publisher keeps it
    first = publish(catalog, running, embedder, cache=cache)
    assert first.version and not first.unchanged
    _edit(catalog, how)
    second = publish(catalog, running, embedder, cache=cache)
    assert second.version and second.version != first.version

    # From scratch: new files read, nothing of the running publisher's reused.
    scratch = tmp_path / "scratch"
    (scratch / "cache").mkdir(parents=True)
    shutil.copyfile(running / "cache" / "embeddings.sqlite",
                    scratch / "cache" / "embeddings.sqlite")
    fresh = publish(catalog, scratch, embedder)
    assert fresh.embedded == 0
    assert _files(second.folder) == _files(fresh.folder)
    assert _manifest(second.folder) == _manifest(fresh.folder)

    # Either edit keeps every document's code, region and item: a delta says which changed.
    assert (second.folder / DELTA).exists()
    # A serving process that held the first version and one that starts now agree.
    old = LoadedVersion.load(first.folder)
    switched = LoadedVersion.load(second.folder, previous=old)
    _assert_same_loaded(switched, LoadedVersion.load(fresh.folder))
    if how == "status":  # the unchanged parts are the very objects served before
        assert switched.dense is old.dense and switched.lexical is old.lexical
        assert switched.group_docs is old.group_docs
        # and the very files of the first version (linked, not written again)
        assert _inode(second.folder / "vectors.npy") == _inode(first.folder / "vectors.npy")
    else:
        assert switched.lexical is not old.lexical


def _inode(path: Path) -> int:
    return path.stat().st_ino


def test_a_new_watching_publisher_starts_from_the_served_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`guidebot reindex --watch` started on a served catalog (warm) links the served
    version's parts and writes a delta from it at the first edit."""
    from index import version
    from index.parts import DocsMemo, PartMemo

    catalog = tmp_path / "catalog"
    gen_province.generate(catalog, guides=200, items=20, towns_per_county=2)
    embedder = HashEmbedder()
    index = tmp_path / "index"
    served = publish(catalog, index, embedder)
    monkeypatch.setattr(version, "PARTS", PartMemo())  # a new process knows nothing
    monkeypatch.setattr(version, "DOCS", DocsMemo())
    cache = FileCache(index / "cache" / "files")
    again = publish(catalog, index, embedder, cache=cache)
    assert again.unchanged
    version.warm(again, index, embedder)
    _edit(catalog, "status")
    changed = publish(catalog, index, embedder, cache=cache)
    assert (changed.folder / DELTA).exists()
    assert _inode(changed.folder / "vectors.npy") == _inode(served.folder / "vectors.npy")
    held = LoadedVersion.load(served.folder)
    _assert_same_loaded(LoadedVersion.load(changed.folder, previous=held),
                        LoadedVersion.load(changed.folder))


def test_a_delta_for_another_version_is_not_applied(tmp_path: Path) -> None:
    """A process serving some other version than the delta's reads the documents whole."""
    catalog = tmp_path / "catalog"
    gen_province.generate(catalog, guides=120, items=12, towns_per_county=2)
    embedder = HashEmbedder()
    index = tmp_path / "index"
    cache = FileCache(index / "cache" / "files")
    first = publish(catalog, index, embedder, cache=cache)
    _edit(catalog, "status")
    second = publish(catalog, index, embedder, cache=cache)
    _edit(catalog, "alias")
    third = publish(catalog, index, embedder, cache=cache)
    _edit(catalog, "status")
    fourth = publish(catalog, index, embedder, cache=cache)
    assert (fourth.folder / DELTA).exists()
    held = LoadedVersion.load(first.folder)  # not the version the delta is from
    skipped = LoadedVersion.load(fourth.folder, previous=held)
    _assert_same_loaded(skipped, LoadedVersion.load(fourth.folder))
    assert second.version and third.version


def test_watching_publisher_equals_one_shot_reindex(mini_catalog: Path, embedder: Embedder,
                                                     model_dir: Path, tmp_path: Path) -> None:
    """With the real model: a publish after an edit in a running publisher gives the version
    a new `guidebot reindex` process gives, and a switched server searches the same."""
    running = tmp_path / "running"
    cache = FileCache(running / "cache" / "files")
    first = publish(mini_catalog, running, embedder, cache=cache)
    assert first.version
    holder = IndexHolder(running)
    holder.current()
    guides = mini_catalog / "guides" / "id.yaml"
    guides.write_text(guides.read_text(encoding="utf-8").replace(
        "aliases: [领结婚证, 结婚登记]", "aliases: [领结婚证, 结婚登记, 扯证]"), encoding="utf-8")
    second = publish(mini_catalog, running, embedder, cache=cache)
    assert second.version and holder.refresh()

    oneshot = tmp_path / "oneshot"
    (oneshot / "cache").mkdir(parents=True)
    shutil.copyfile(running / "cache" / "embeddings.sqlite",
                    oneshot / "cache" / "embeddings.sqlite")
    env = dict(os.environ, GUIDEBOT_INDEX_DIR=str(oneshot), GUIDEBOT_MODEL_DIR=str(model_dir))
    done = subprocess.run([GUIDEBOT, "reindex", "--catalog", str(mini_catalog)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    built = version_path(oneshot, current_id(oneshot) or "")
    # bm25s numbers its words in set order, which differs between processes (string
    # hashing): the BM25 files are compared by what they score, the rest byte for byte.
    assert _without_bm25(_files(second.folder)) == _without_bm25(_files(built))
    _assert_same_bm25(second.folder, built)
    parts = ("parts",)
    assert {k: v for k, v in _manifest(second.folder).items() if k not in parts} == \
           {k: v for k, v in _manifest(built).items() if k not in parts}

    fresh = Searcher(IndexHolder(oneshot), embedder)
    switched = Searcher(holder, Embedder(Settings(model_dir=model_dir)))
    for q in ("扯证", "补办身份证", "结婚要带什么", "亲属关系证明"):
        a, b = switched.search(q, top=5), fresh.search(q, top=5)
        assert [(h.code, h.status, round(h.score, 5)) for h in a] == \
               [(h.code, h.status, round(h.score, 5)) for h in b], q
    assert switched.search("扯证")[0].code == "MARRIAGE-100100"
