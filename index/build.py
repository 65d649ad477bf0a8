"""What a version holds, computed from a validated catalog, and what a publisher keeps.

``contents()`` derives the searchable parts of a version (documents, profiles, the dense
texts and which profiles own them, items, jieba words, the guides' sentences) from a
catalog, guides file by guides file. A long-running publisher (``guidebot reindex
--watch``, the admin page) gets the same validation result back for every file that did
not change (index/filecache.py), so what was derived from it is kept, by its identity,
between publishes, as are the vectors of the last publish's texts and its BM25 channel
when its texts are the same. A publish after one edited file then redoes only that file
and joins lists; a one-shot build runs the same code and computes all of it, so both give
the same version.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import NamedTuple

import numpy as np

from bot.catalog.catalog import Catalog
from bot.catalog.memo import SameObjects
from bot.catalog.validate import FileResult
from index.documents import Doc, Profile, extra_words, guide_entry, other_entries
from index.embedder import Embedder, EmbeddingCache, Progress
from index.lexical import LexicalChannel, TokenCounts
from index.sentences import guide_sentence_texts
from index.tokenize import add_words

#: One build at a time in a process: the memos below are shared by every index folder.
BUILD_LOCK = threading.RLock()


@dataclass
class Contents:
    """The searchable parts of a version, before anything is embedded or written."""

    docs: list[Doc]
    profiles: list[Profile]
    words: list[str]
    texts: list[str]  # distinct dense texts, with their prefix, in first-use order
    pair_text: np.ndarray  # (text, profile) pairs: which profiles own each text
    pair_profile: np.ndarray
    groups: list[str]  # item keys, in first-use order
    profile_group: np.ndarray  # each profile's item (index into groups)
    said: list[str]  # the guides' distinct sentences, sorted
    guide_codes: list[list[str]]  # the guides' codes, file by file


class _FileParts(NamedTuple):
    """What one guides file adds to a version, its guides in order."""

    docs: list[Doc]
    profiles: list[Profile]  # one per guide; equal profiles are one object
    said: list[tuple[str, ...]]  # each guide's sentence texts; equal ones are one object
    words: list[str]  # names and aliases, each once
    codes: list[str]


class _GuideFiles:
    """Each guides file's parts, kept by the identity of its validation result (the same
    object while the file is unchanged, index/filecache.py). Equal profiles and sentence
    lists are made one object, so a catalog is reduced to its distinct ones by identity."""

    def __init__(self) -> None:
        self.seen: SameObjects[FileResult, _FileParts] = SameObjects()
        self.profiles: dict[Profile, Profile] = {}
        self.said: dict[tuple[str, ...], tuple[str, ...]] = {}

    def __call__(self, result: FileResult) -> _FileParts:
        parts = _FileParts([], [], [], [], [])
        words: list[str] = []
        for g in result.objects:
            doc, profile = guide_entry(g)
            texts = guide_sentence_texts(g)
            parts.docs.append(doc)
            parts.profiles.append(self.profiles.setdefault(profile, profile))
            parts.said.append(self.said.setdefault(texts, texts))
            parts.codes.append(g.code)
            words += [g.name, *g.aliases]
        parts.words.extend(dict.fromkeys(words))
        return parts

    def round(self, files: list[FileResult]) -> list[_FileParts]:
        out = [self.seen.get(f, self) for f in files]
        self.seen.next_round()
        return out

    def forget_unused(self, profiles: list[Profile], said: list[tuple[str, ...]]) -> None:
        if len(self.profiles) > 2 * len(profiles) + 1000:
            self.profiles = {p: p for p in profiles}
        if len(self.said) > 2 * len(said) + 1000:
            self.said = {t: t for t in said}


_FILES = _GuideFiles()


def contents(catalog: Catalog, guide_files: list[FileResult], embedder: Embedder) -> Contents:
    """What a version's search holds, derived from ``catalog``, whose guides are the
    objects of ``guide_files`` in this order (as load_catalog read them). The same as
    catalog_documents, dictionary_words and sentence_texts give (tested), computed file by
    file so that a publisher running again redoes only the files that changed."""
    files = _FILES.round(guide_files)
    docs = list(chain.from_iterable(f.docs for f in files))
    if len(docs) != len(catalog.guides):
        raise ValueError("the guides files do not hold the catalog's guides")
    distinct = list({id(p): p for f in files for p in f.profiles}.values())
    said = list({id(t): t for f in files for t in f.said}.values())
    _FILES.forget_unused(distinct, said)
    profiles: dict[Profile, None] = dict.fromkeys(distinct)
    for doc, profile in other_entries(catalog):
        docs.append(doc)
        profiles.setdefault(profile)
    words = list(dict.fromkeys(chain(*(f.words for f in files), extra_words(catalog))))
    add_words(words)
    return _contents(docs, list(profiles), words, embedder,
                     sorted(set().union(*said)), [f.codes for f in files])


def _contents(docs: list[Doc], profiles: list[Profile], words: list[str], embedder: Embedder,
              said: list[str], guide_codes: list[list[str]]) -> Contents:
    text_ids: dict[str, int] = {}
    pair_text: list[int] = []
    pair_profile: list[int] = []
    prefix = {kind: embedder.prefix(kind) for kind in ("query", "passage")}
    for p_idx, profile in enumerate(profiles):
        for kind, text in profile.dense:
            pair_text.append(text_ids.setdefault(prefix[kind] + text, len(text_ids)))
            pair_profile.append(p_idx)
    group_ids = {g: i for i, g in enumerate(dict.fromkeys(p.group for p in profiles))}
    return Contents(
        docs=docs, profiles=profiles, words=words, texts=list(text_ids),
        pair_text=np.asarray(pair_text, dtype=np.int32),
        pair_profile=np.asarray(pair_profile, dtype=np.int32),
        groups=list(group_ids),
        profile_group=np.asarray([group_ids[p.group] for p in profiles], dtype=np.int32),
        said=said, guide_codes=guide_codes,
    )


class VectorMemo:
    """The vectors of the last publish's texts, kept in memory by a running process.

    They are the embedding cache's own rows (so the same bytes as a lookup there);
    a publish after one edit looks up only the texts the memo does not hold. Rows of
    texts not used by the last publish are forgotten when it ends (``next_round``), and
    all of them when another cache (another index folder or model) is asked.
    """

    def __init__(self) -> None:
        self._source: tuple[str, str] = ("", "")
        self._rows: dict[str, np.ndarray] = {}
        self._used: dict[str, np.ndarray] = {}
        # The arrays returned last round and this one, by their texts: asked again
        # (no text of the kind changed), the same array, not a copy row by row.
        self._arrays: list[tuple[tuple[str, ...], np.ndarray]] = []
        self._new_arrays: list[tuple[tuple[str, ...], np.ndarray]] = []

    def vectors(self, ecache: EmbeddingCache, cache_path: Path, texts: Sequence[str],
                progress: Progress | None = None) -> np.ndarray:
        """One row per text (float32), as ``ecache.vectors(texts)`` would give;
        ``cache_path`` is where ``ecache`` keeps its vectors."""
        source = (ecache.embedder.model_id, str(cache_path))
        if source != self._source:
            self._source, self._rows, self._used, self._arrays = source, {}, {}, []
        key = tuple(texts)
        same = next((a for k, a in self._arrays if k == key), None)
        if same is not None:
            self._used.update(zip(texts, same, strict=True))
            self._new_arrays.append((key, same))
            return same
        missing = list(dict.fromkeys(t for t in texts if t not in self._rows))
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        if missing == list(texts):  # a first build: no second copy of every vector
            out = ecache.vectors(missing, progress=progress)
        else:
            if missing:
                found = ecache.vectors(missing, progress=progress)
                self._rows.update(zip(missing, found, strict=True))
            out = np.vstack([self._rows[t] for t in texts])
        self._used.update(zip(texts, out, strict=True))  # rows of the array kept anyway
        self._new_arrays.append((key, out))
        return out

    def next_round(self) -> None:
        self._rows, self._used = self._used, {}
        self._arrays, self._new_arrays = self._new_arrays, []


class LexicalMemo:
    """The last BM25 channel built, reused while its profiles' texts are the same; when
    they differ, only the new texts' tokens are counted (index/lexical.py)."""

    def __init__(self) -> None:
        self._texts: tuple[str, ...] | None = None
        self._channel: LexicalChannel | None = None
        self._counts = TokenCounts()

    def build(self, texts: list[str]) -> LexicalChannel:
        key = tuple(texts)
        if self._channel is None or key != self._texts:
            self._channel = LexicalChannel.build(texts, self._counts)
            self._texts = key
        return self._channel


VECTORS = VectorMemo()
LEXICAL = LexicalMemo()
