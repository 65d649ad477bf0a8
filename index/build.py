"""What a version holds, computed from a validated catalog, and what a publisher keeps.

``contents()`` derives the searchable parts of a version (documents, profiles, the dense
texts and which profiles own them, items, jieba words, the guides' sentences) from a
catalog. A long-running publisher (``guidebot reindex --watch``, the admin page) gets the
same objects back for every file that did not change (index/filecache.py), so what was
derived from those objects is kept, by object identity, between publishes (SameObjects
in documents.py and sentences.py), as are the vectors of the last publish's texts and its
BM25 channel when its texts are the same. A publish after one edited file then redoes
only what that file touches; a one-shot build runs the same code and computes all of it,
so both give the same version.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.catalog.catalog import Catalog
from index.documents import Doc, Profile, catalog_documents, dictionary_words
from index.embedder import Embedder, EmbeddingCache, Progress
from index.lexical import LexicalChannel
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


def contents(catalog: Catalog, embedder: Embedder) -> Contents:
    """What a version's search holds that is derived from ``catalog`` alone (the
    guides' sentences, only needed for a version to write, come from ``sentence_texts``)."""
    docs, profiles = catalog_documents(catalog)
    words = dictionary_words(catalog)
    add_words(words)
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

    def vectors(self, ecache: EmbeddingCache, cache_path: Path, texts: Sequence[str],
                progress: Progress | None = None) -> np.ndarray:
        """One row per text (float32), as ``ecache.vectors(texts)`` would give;
        ``cache_path`` is where ``ecache`` keeps its vectors."""
        source = (ecache.embedder.model_id, str(cache_path))
        if source != self._source:
            self._source, self._rows, self._used = source, {}, {}
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
        return out

    def next_round(self) -> None:
        self._rows, self._used = self._used, {}


class LexicalMemo:
    """The last BM25 channel built, reused while its profiles' texts are the same."""

    def __init__(self) -> None:
        self._texts: tuple[str, ...] | None = None
        self._channel: LexicalChannel | None = None

    def build(self, texts: list[str]) -> LexicalChannel:
        key = tuple(texts)
        if self._channel is None or key != self._texts:
            self._channel = LexicalChannel.build(texts)
            self._texts = key
        return self._channel


VECTORS = VectorMemo()
LEXICAL = LexicalMemo()
