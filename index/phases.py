"""A one-shot publish whose catalog and model are never in memory at once.

A full build of a province (100,000 guides) held the validated catalog and all that is
derived from it (about 0.8 GB) while the model loaded and embedded (about 0.9 GB more);
freeing the catalog afterwards gives little back (Python keeps its arenas). So
``guidebot reindex`` publishes in fresh processes, one after the other:

1. publish without embedding: when every text has a vector in the embedding cache (any
   publish after the first), this is the whole publish, as before;
2. otherwise that process ends, listing the texts without a vector, and another embeds
   them into the cache (the model, and nothing of the catalog);
3. then a third publishes, every vector now cached (what another publisher added
   meanwhile it embeds itself).

Each phase is ``index.version.publish``, so the version is the one a single process
(or the watching publisher) builds; the peak is the larger phase's, not their sum. The
calling process only waits: it imports neither the catalog's code nor torch.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from bot.settings import Settings
    from index.version import PublishResult

T = TypeVar("T")


@dataclass
class Published:
    """What a publish says, in plain values: a phase sends it back by pickle, and the
    waiting process imports no catalog or index code to read it."""

    version: str | None  # None: not published (the report's errors)
    embedded: int
    seconds: float
    unchanged: bool
    problems: int  # how many problems the report lists
    report: str  # the report's text (every problem, then the counts)
    #: ``publish(embed=False)``: the texts and sentences without a vector.
    missing: tuple[list[str], list[str]] = field(default_factory=lambda: ([], []))
    phases: dict[str, float] = field(default_factory=dict)  # seconds by stage


def published(result: PublishResult) -> Published:
    report = result.report
    return Published(result.version, result.embedded, result.seconds, result.unchanged,
                     len(report.problems), report.format() if report.problems else "",
                     result.missing, result.phases)


def publish_in_phases(catalog_dir: Path, index_dir: Path, settings: Settings,
                      force: bool = False) -> Published:
    """``publish(catalog_dir, index_dir, Embedder(settings), force=force)``, in phases (see
    the module's docstring). Its ``seconds`` are all the phases', from start to end."""
    started = time.perf_counter()
    result = _in_child(_publish, catalog_dir, index_dir, settings, force, False)
    texts, said = result.missing
    if texts or said:
        embedded = _in_child(_embed, index_dir, settings, texts, said)
        result = _in_child(_publish, catalog_dir, index_dir, settings, force, True)
        result.embedded += embedded
    result.seconds = time.perf_counter() - started
    return result


def _in_child(fn: Callable[..., T], *args: object) -> T:
    """``fn(*args)`` in a new Python process (spawned: nothing of this one's memory),
    which has ended when this returns."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


def _publish(catalog_dir: Path, index_dir: Path, settings: Settings, force: bool,
             embed: bool) -> Published:
    from index.embedder import Embedder, stderr_progress
    from index.version import publish

    return published(publish(catalog_dir, index_dir, Embedder(settings), force=force,
                             embed=embed, progress=stderr_progress("embedding")))


def _embed(index_dir: Path, settings: Settings, texts: list[str], said: list[str]) -> int:
    """Embed ``texts`` and then ``said`` into the index's embedding cache, as a publish
    would (the same texts in the same batches, so the same vectors); how many."""
    from index.embedder import Embedder, EmbeddingCache, stderr_progress

    ecache = EmbeddingCache(index_dir / "cache" / "embeddings.sqlite", Embedder(settings))
    try:
        for part, label in ((texts, "embedding"), (said, "embedding sentences")):
            if part:
                ecache.vectors(part, progress=stderr_progress(label))
        return ecache.embedded
    finally:
        ecache.close()
        sys.stderr.flush()
