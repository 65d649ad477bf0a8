"""Published index versions: build one beside the served one, then switch atomically.

Layout of an index directory::

    CURRENT                 the served version's id (replaced atomically)
    versions/<id>/          one immutable, complete version
        manifest.json       catalog files and digests, counts, model identity, and
                            the digest of each part the search loads (see parts.py)
        docs.json           searchable documents and their profile
        words.json          jieba dictionary words from the catalog
        vectors.npy         one dense vector per distinct text
        pair_text.npy,      (text, profile) pairs: which profiles own each text
          pair_profile.npy
        profile_group.npy   the item (group) of each profile; groups.json names them
        bm25/               the BM25 index over profiles
        entry_files.json    which object holds each entry (see entries.py)
        sentences.json,     the guides' distinct sentences and their vectors, for ranking
          sentences.npy       them against a question (see sentences.py)
        docs_delta.json     (optional) the documents that differ from the previous
                            publish's, for a serving process to patch (see parts.py)
    objects/            full entries for answers, one object per catalog file
    cache/                  per-file validation results, embeddings by text
    .publish.lock           one publisher at a time

A version directory is written under a temporary name and renamed when
complete; only then is CURRENT replaced. A reader that resolved CURRENT keeps
using that whole version, so nobody ever sees half of one.
"""

from __future__ import annotations

import fcntl
import gc
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import orjson

from bot.catalog.validate import FileResult, Kind, Report, load_catalog
from index.build import BUILD_LOCK, LEXICAL, VECTORS, Contents, contents
from index.embedder import Embedder, EmbeddingCache, Progress
from index.entries import referenced, write_entries
from index.filecache import FileCache
from index.parts import DELTA, DocsMemo, PartMemo, PartWriter, doc_rows

FORMAT = 2  # 2: docs.json keeps each distinct names tuple once
KEEP_VERSIONS = 5
#: Versions built by a dry run (never served) live here; the newest few are kept.
DRY_RUNS = "dry-runs"
KEEP_DRY_RUNS = 3
OBJECT_GRACE_SECONDS = 3600
#: The documents of the last version this process wrote (for docs_delta.json), and its
#: parts (linked into the next version when unchanged).
DOCS = DocsMemo()
PARTS = PartMemo()


@dataclass
class PublishResult:
    report: Report
    version: str | None = None
    embedded: int = 0  # texts and sentences that had to be embedded (not cached)
    seconds: float = 0.0
    unchanged: bool = False
    folder: Path | None = None  # the version's directory (a dry run's is not served)
    #: The guides files as read: (sha, validation result), for warm().
    guide_files: list[tuple[str, FileResult]] = field(default_factory=list, repr=False)
    #: Asked not to embed (``embed=False``): the profile texts and the sentences (with
    #: their prefix) that had no vector yet; nothing was built then.
    missing: tuple[list[str], list[str]] = ([], [])
    #: Seconds each stage took (validate, derive, embed, write, switch, prune).
    phases: dict[str, float] = field(default_factory=dict)


class _Stages:
    """Seconds between marks: where a publish's time went (printed by the publisher)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._at = time.perf_counter()

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.seconds[stage] = now - self._at
        self._at = now


def current_id(index_dir: Path) -> str | None:
    try:
        return (index_dir / "CURRENT").read_text().strip() or None
    except FileNotFoundError:
        return None


def version_path(index_dir: Path, version: str) -> Path:
    return index_dir / "versions" / version


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a version is built.

    A province catalog is millions of small objects; every full collection
    walks all of them (about a second each, measured at 100,000 guides) and
    the build allocates enough to trigger several. Nothing it makes is cyclic
    garbage: reference counting frees it.

    What was allocated meanwhile is frozen before the collector is enabled again
    (``gc.freeze``, as a serving process does after loading a version): left in the
    youngest generation, the first collections afterwards walked all of it, 1.3-3 s in
    the watching publisher between a publish and the next, so an edit saved then waited.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was:
            gc.enable()


@contextmanager
def _publish_lock(index_dir: Path) -> Iterator[None]:
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".publish.lock").open("w") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _write_json(path: Path, data: object) -> None:
    # orjson: a province's docs.json is written on every publish and read by every process.
    path.write_bytes(orjson.dumps(data))


def _switch(index_dir: Path, version: str) -> None:
    tmp = index_dir / f"CURRENT.{os.getpid()}.tmp"
    tmp.write_text(version)
    os.replace(tmp, index_dir / "CURRENT")


def publish(
    catalog_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    progress: Progress | None = None,
    force: bool = False,
    cache: FileCache | None = None,
    dry_run: bool = False,
    embed: bool = True,
) -> PublishResult:
    """Validate ``catalog_dir`` and, when it has no errors, serve it from ``index_dir``.

    ``dry_run`` builds the version in ``index_dir/dry-runs/`` and serves nothing: what a
    catalog would change can be read from it (``LoadedVersion.load(result.folder)``).
    The last ``KEEP_DRY_RUNS`` dry runs are kept.

    With ``embed=False`` the model is never loaded: when some text has no vector in the
    embedding cache, nothing is built and the result lists them (``missing``), for another
    process to embed (index/phases.py: a full build's catalog and model never in memory
    at once).

    On any error nothing in ``index_dir`` that is served changes. The embedder
    loads its model only when some text is not in the embedding cache yet.
    A long-running caller passes the same ``cache`` each time, so unchanged
    files are neither parsed nor unpickled again.
    """
    started = time.perf_counter()
    stage = _Stages()
    with _publish_lock(index_dir), no_cyclic_gc(), BUILD_LOCK:
        cache = cache or FileCache(index_dir / "cache" / "files")
        guide_files: list[tuple[str, FileResult]] = []  # the guides files, as read

        def check(rel: str, kind: Kind, path: Path) -> tuple[str, FileResult]:
            sha, result = cache.check(rel, kind, path)
            if kind == "guide":
                guide_files.append((sha, result))
            return sha, result

        report = load_catalog(catalog_dir, checker=check)
        stage("validate")
        cache.prune()
        if not report.ok or report.catalog is None:
            return PublishResult(report, seconds=time.perf_counter() - started)
        catalog = report.catalog
        prev_id = current_id(index_dir)
        prev_dir = version_path(index_dir, prev_id) if prev_id else None
        prev_manifest = _read_manifest(prev_dir)

        built = contents(catalog, [r for _, r in guide_files], embedder)
        stage("derive")
        where = index_dir / "cache" / "embeddings.sqlite"
        ecache = EmbeddingCache(where, embedder)
        try:
            digest = _catalog_digest(report, embedder.model_id)
            said_texts = [embedder.prefix("passage") + t for t in built.said]
            if not embed and not (prev_manifest and prev_manifest.get("digest") == digest
                                  and not force):
                missing = ecache.missing(built.texts), ecache.missing(said_texts)
                if missing[0] or missing[1]:
                    return PublishResult(report, seconds=time.perf_counter() - started,
                                         missing=missing)
            vectors = VECTORS.vectors(ecache, where, built.texts, progress=progress)
            if prev_manifest and prev_manifest.get("digest") == digest and not force:
                return PublishResult(report, prev_id, ecache.embedded,
                                     time.perf_counter() - started, unchanged=True,
                                     folder=prev_dir, guide_files=guide_files)
            # The guides' sentences, for answers to rank.
            said = built.said
            said_vectors = VECTORS.vectors(ecache, where, said_texts, progress=progress)
            stage("embed")
            VECTORS.next_round()
        finally:
            ecache.close()

        now = time.time()
        stamp = time.strftime("%Y%m%dT%H%M%S", time.localtime(now))
        version = f"{stamp}.{int(now * 1e6) % 1_000_000:06d}-{digest[:8]}"
        final = (index_dir / DRY_RUNS / version) if dry_run else version_path(index_dir, version)
        tmp = final.with_name(f".{version}.{os.getpid()}.tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)

        parts = _write_search(tmp, built, vectors, said, said_vectors, where)
        stage("write search parts")
        _write_json(tmp / "entry_files.json", write_entries(
            index_dir / "objects", report,
            [(sha, codes) for (sha, _), codes in zip(guide_files, built.guide_codes, strict=True)],
            {sha: r.objects for sha, r in guide_files}))
        _write_json(tmp / "manifest.json", {
            "format": FORMAT,
            "version": version,
            "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "catalog": str(Path(catalog_dir).resolve()),
            "digest": digest,
            "model_id": embedder.model_id,
            "dim": int(vectors.shape[1]) if vectors.size else 0,
            "files": report.files,
            "counts": {
                "guides": len(catalog.guides), "halls": len(catalog.halls),
                "regions": len(catalog.regions), "bundles": len(catalog.bundles),
                "faqs": len(catalog.faqs), "profiles": len(built.profiles),
                "items": len(built.groups), "vectors": len(built.texts), "sentences": len(said),
            },
            "regions": [r.model_dump() for r in catalog.regions.values()],
            "parts": parts.digests(),
        })
        os.replace(tmp, final)
        PARTS.remember(parts, final)
        if dry_run:
            _prune_dry_runs(index_dir)
        else:
            stage("entries, switch")
            _switch(index_dir, version)
            _prune_versions(index_dir, keep={version, prev_id or ""})
            stage("prune")
        return PublishResult(report, version, ecache.embedded, time.perf_counter() - started,
                             phases=stage.seconds,
                             folder=final)


def _part_keys(built: Contents, said: list[str], where: Path) -> dict[str, object]:
    """What each part is made from: an equal key gives the same bytes (see parts.py). A
    text's vector never changes in one embedding cache (``where``); the BM25 channel is
    the very object built last while its texts are the same."""
    return {
        "lexical": LEXICAL.build([p.lexical for p in built.profiles]),
        "dense": (str(where), tuple(built.texts), built.pair_text.tobytes(),
                  built.pair_profile.tobytes()),
        "groups": tuple(built.groups),
        "profile_group": built.profile_group.tobytes(),
        "words": tuple(built.words),
        "sentences": (str(where), tuple(said)),
    }


def _write_search(folder: Path, built: Contents, vectors: np.ndarray, said: list[str],
                  said_vectors: np.ndarray, where: Path) -> PartWriter:
    """The parts the search loads, each with its digest (see parts.py); a part made from
    what the last version written by this process was made from is linked from it."""
    out = PartWriter(folder, PARTS)
    keys = _part_keys(built, said, where)
    if not out.reuse("lexical", keys["lexical"]):
        keys["lexical"].save(folder / "bm25")
        out.written("lexical", "bm25")
    if not out.reuse("dense", keys["dense"]):
        out.array("dense", "vectors.npy", np.asarray(vectors, dtype=np.float32))
        out.array("dense", "pair_text.npy", built.pair_text)
        out.array("dense", "pair_profile.npy", built.pair_profile)
    if not out.reuse("profile_group", keys["profile_group"]):
        out.array("profile_group", "profile_group.npy", built.profile_group)
    if not out.reuse("groups", keys["groups"]):
        out.json("groups", "groups.json", built.groups)
    delta = DOCS.delta(built.docs)
    out.json("docs", "docs.json", doc_rows(built.docs))
    if not out.reuse("words", keys["words"]):
        out.json("words", "words.json", built.words)
    if not out.reuse("sentences", keys["sentences"]):
        out.json("sentences", "sentences.json", said)
        out.array("sentences", "sentences.npy", np.asarray(said_vectors, dtype=np.float32))
    if delta is not None:
        _write_json(folder / DELTA, delta)
    DOCS.remember(built.docs, out.digests()["docs"])
    return out


def warm(result: PublishResult, index_dir: Path, embedder: Embedder) -> None:
    """After a publish that found the catalog served already: derive now what the next
    publish reuses (documents, tokens and the BM25 channel, the sentences, the vectors in
    memory, the served documents for docs_delta.json), so a first change does not pay."""
    catalog = result.report.catalog
    if catalog is None or result.folder is None:
        return
    with _publish_lock(index_dir), no_cyclic_gc(), BUILD_LOCK:
        built = contents(catalog, [r for _, r in result.guide_files], embedder)
        where = index_dir / "cache" / "embeddings.sqlite"
        ecache = EmbeddingCache(where, embedder)
        try:
            VECTORS.vectors(ecache, where, built.texts)
            VECTORS.vectors(ecache, where, [embedder.prefix("passage") + t for t in built.said])
            VECTORS.next_round()
        finally:
            ecache.close()
        keys = _part_keys(built, built.said, where)  # tokenizes, builds the BM25 channel
        served = _read_manifest(result.folder) or {}
        if "docs" in served.get("parts", {}):  # the same catalog and builder: the same parts
            DOCS.remember(built.docs, served["parts"]["docs"])
            PARTS.adopt(result.folder, served["parts"], keys)


def _builder_digest() -> str:
    """The code that shapes a version: an edited builder publishes anew."""
    import index.build
    import index.documents
    import index.lexical
    import index.parts
    import index.sentences
    import index.tokenize

    h = hashlib.sha256()
    for mod in (index.build, index.documents, index.lexical, index.parts, index.sentences,
                index.tokenize, sys.modules[__name__]):
        h.update(Path(mod.__file__ or "").read_bytes())
    return h.hexdigest()


def _catalog_digest(report: Report, model_id: str) -> str:
    h = hashlib.sha256(f"{FORMAT}\0{model_id}\0{_builder_digest()}\0".encode())
    for rel in sorted(report.files):
        h.update(f"{rel}\0{report.files[rel]}\0".encode())
    return h.hexdigest()


def _read_manifest(folder: Path | None) -> dict | None:
    if folder is None:
        return None
    try:
        return json.loads((folder / "manifest.json").read_text())
    except (OSError, ValueError):
        return None


def _prune_dry_runs(index_dir: Path) -> None:
    done = sorted((p for p in (index_dir / DRY_RUNS).iterdir() if not p.name.startswith(".")),
                  reverse=True)
    for p in done[KEEP_DRY_RUNS:]:
        shutil.rmtree(p, ignore_errors=True)


def _prune_versions(index_dir: Path, keep: set[str]) -> None:
    """Keep the newest versions (for rollback); older ones go."""
    root = index_dir / "versions"
    done = sorted((p for p in root.iterdir() if not p.name.startswith(".")), reverse=True)
    for p in done[KEEP_VERSIONS:]:
        if p.name not in keep:
            shutil.rmtree(p, ignore_errors=True)
    for p in root.glob(".*.tmp"):
        if p.stat().st_mtime < time.time() - 3600:
            shutil.rmtree(p, ignore_errors=True)
    # Objects no kept version reads, once old enough that no process still
    # serving a pruned version (they switch within seconds) can want them.
    dry = index_dir / DRY_RUNS
    kept = [*root.iterdir(), *(dry.iterdir() if dry.is_dir() else ())]
    live = referenced(p for p in kept if not p.name.startswith("."))
    cutoff = time.time() - OBJECT_GRACE_SECONDS
    for obj in (index_dir / "objects").glob("*/*.json"):
        if obj.stem not in live and obj.stat().st_mtime < cutoff:
            obj.unlink(missing_ok=True)
