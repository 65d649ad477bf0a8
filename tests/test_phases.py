"""A one-shot publish in phases (index/phases.py): the catalog's process never loads the
model, the model's process never reads the catalog, and the version is the one a single
process builds."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from test_publish_incremental import (
    HashEmbedder,
    _assert_same_bm25,
    _files,
    _manifest,
    _without_bm25,
    gen_province,
)

from bot.settings import Settings
from index.embedder import Embedder, EmbeddingCache
from index.phases import publish_in_phases
from index.version import current_id, publish, version_path

pytestmark = pytest.mark.integration


class NoModel(HashEmbedder):
    """Fails if anything asks it to embed."""

    def encode(self, texts: list[str], progress: object = None) -> np.ndarray:
        raise AssertionError(f"embedded {len(texts)} texts")


def test_publish_without_embedding_lists_what_is_missing_and_builds_nothing(
        tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    gen_province.generate(catalog, guides=120, items=12, towns_per_county=2)
    index = tmp_path / "index"
    first = publish(catalog, index, NoModel(), embed=False)
    texts, said = first.missing
    assert first.version is None and texts and said
    assert current_id(index) is None and not (index / "versions").exists()
    assert all(t.startswith("passage: ") for t in said)

    # What another process would do: embed exactly those, then publish without a model.
    ecache = EmbeddingCache(index / "cache" / "embeddings.sqlite", HashEmbedder())
    ecache.vectors(texts)
    assert ecache.missing(texts) == [] and sorted(ecache.missing(said)) == sorted(
        set(said) - set(texts))
    ecache.vectors(said)
    ecache.close()
    second = publish(catalog, index, NoModel(), embed=False)
    assert second.version and second.missing == ([], []) and second.embedded == 0

    # The same version as one process that embeds as it goes.
    single = tmp_path / "single"
    alone = publish(catalog, single, HashEmbedder())
    assert alone.embedded == len(texts) + len(set(said) - set(texts))
    assert _without_bm25(_files(second.folder)) == _without_bm25(_files(alone.folder))
    _assert_same_bm25(second.folder, alone.folder)


def test_phased_one_shot_equals_a_single_process_build(mini_catalog: Path, model_dir: Path,
                                                       tmp_path: Path) -> None:
    """The real model, from an empty cache: the catalog's phase, the model's, the catalog's
    again, each a spawned process; then a publish with nothing new is one phase."""
    settings = Settings(model_dir=model_dir)
    phased = publish_in_phases(mini_catalog, tmp_path / "phased", settings)
    single = publish(mini_catalog, tmp_path / "single", Embedder(settings))
    assert phased.version and single.version and phased.problems == len(single.report.problems)
    assert phased.embedded == single.embedded > 0
    a = version_path(tmp_path / "phased", phased.version)
    assert _without_bm25(_files(a)) == _without_bm25(_files(single.folder))
    _assert_same_bm25(a, single.folder)
    parts = ("parts",)
    assert {k: v for k, v in _manifest(a).items() if k not in parts} == \
           {k: v for k, v in _manifest(single.folder).items() if k not in parts}

    again = publish_in_phases(mini_catalog, tmp_path / "phased", settings)
    assert again.unchanged and again.version == phased.version and again.embedded == 0


def test_phased_one_shot_reports_a_broken_catalog(mini_catalog: Path, model_dir: Path,
                                                  tmp_path: Path) -> None:
    shutil.rmtree(mini_catalog / "guides")
    got = publish_in_phases(mini_catalog, tmp_path / "index", Settings(model_dir=model_dir))
    assert got.version is None and got.problems and "缺少必需的文件" in got.report
