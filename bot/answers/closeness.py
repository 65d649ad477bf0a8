"""How close in meaning a guide's sentences are to a question: the search's embedding model.

The words a question shares with a sentence (pinpoint.py) miss what it says in other
words: "会来店里检查吗" is answered by "受理后5个工作日内到经营场所核查", "贷款还没还完能
过户吗" by the sentence on 带押过户. The embedding model that finds the guide also ranks
its sentences; pinpoint.py adds that ranking to the words' and the kind of fact's.

One ``Closeness`` per process, installed where the searcher is built (the app, the
command line), so that the chat, the console and ``guidebot answer`` rank alike; without
one (unit tests, a process without the model) sentences are ranked by their words alone.
A sentence's vector comes from the served version, which embedded every sentence when
it was published (index/sentences.py); one it lacks is embedded on first use and kept.
The question's vector is the search's (the embedder keeps its last few).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from index.embedder import Embedder
from index.served import IndexHolder, NoIndexError

#: Sentence vectors kept (384 floats each: about 30 MB).
SENTENCES_KEPT = 20_000


class Closeness:
    def __init__(self, embedder: Embedder, holder: IndexHolder | None = None,
                 kept: int = SENTENCES_KEPT) -> None:
        self.embedder = embedder
        self.holder = holder
        self.kept = kept
        self._sentences: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def cosines(self, question: str, texts: Sequence[str]) -> np.ndarray:
        """The cosine of each text with the question (the model's vectors are unit length)."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        q = self.embedder.query(question)
        vectors = self._sentence_vectors(texts)
        return np.stack([vectors[t] for t in texts]) @ q

    def prepare(self, questions: Sequence[str]) -> None:
        """Embed several questions at once (a long message's clauses) before ranking."""
        self.embedder.queries(questions)

    def _sentence_vectors(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        have: dict[str, np.ndarray] = {}
        if self.holder is not None:
            try:
                served = self.holder.current().sentences
            except NoIndexError:
                served = None
            if served is not None:
                have = {t: v for t in texts if (v := served.get(t)) is not None}
                if len(have) == len(texts):
                    return have
        with self._lock:
            have.update((t, v) for t in texts if t not in have
                        and (v := self._sentences.get(t)) is not None)
        missing = list(dict.fromkeys(t for t in texts if t not in have))
        if not missing:
            return have
        prefix = self.embedder.prefix("passage")
        have.update(zip(missing, self.embedder.encode([prefix + t for t in missing]),
                        strict=True))
        with self._lock:
            for t in missing:
                self._sentences[t] = have[t]
                self._sentences.move_to_end(t)
            while len(self._sentences) > self.kept:
                self._sentences.popitem(last=False)
        return have


class Cosines(Protocol):
    def cosines(self, question: str, texts: Sequence[str]) -> np.ndarray: ...

    def prepare(self, questions: Sequence[str]) -> None: ...


_installed: Cosines | None = None


def install(closeness: Cosines | None) -> None:
    """Rank sentences with ``closeness`` in this process from now on (None: words alone)."""
    global _installed
    _installed = closeness


def installed() -> Cosines | None:
    return _installed
