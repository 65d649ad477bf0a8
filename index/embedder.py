"""Sentence embeddings with the configured sentence-transformers model, cached by text.

The model is loaded lazily: a reindex whose texts are all cached never loads
it. A serving process embeds questions with the model's exported graph in ONNX
Runtime (index/query_onnx.py, settings.query_engine) and loads the torch model
only to publish. Vectors are L2-normalized float32, so inner product is cosine
similarity.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np

from bot.settings import Settings

log = logging.getLogger(__name__)

#: Questions whose vectors the embedder keeps (Embedder.query).
RECENT_QUESTIONS = 32
#: Fewer texts than this are embedded on one torch thread. Two threads on two cores wait
#: for each other at every layer when the machine is busy (a descheduled thread holds the
#: other at its barrier): a publisher's two changed texts took 1.4-1.9 s in torch with two
#: threads on this machine loaded by other work, 0.2 s with one (measured). A large batch
#: (a build) keeps the configured threads.
ONE_THREAD_BELOW = 16

# No download, no telemetry: the model is a local folder.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")

Progress = Callable[[int, int], None]


class ModelMissingError(RuntimeError):
    pass


class Embedder:
    """Embeds queries and passages with one model, keyed by the model's identity."""

    def __init__(self, settings: Settings, serving: bool = False) -> None:
        self.settings = settings
        #: Torch threads (settings.embed_threads; 0: one when serving, else two).
        self.threads = settings.embed_threads or (1 if serving else 2)
        self.query_prefix, self.passage_prefix = settings.prefixes
        self._model = None
        #: The question graph: False until looked for, then a QueryGraph or None.
        self._graph: object = False
        self._lock = threading.Lock()
        # One encode at a time: a fast tokenizer called from two threads at once
        # can fail ("Already borrowed", a known tokenizers issue), and with two
        # cores concurrent encodes only contend for the same torch threads.
        self._encode_lock = threading.Lock()
        # The last questions' vectors: an answer ranks the guide's sentences against the
        # question the search has just embedded (bot/answers/closeness.py).
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()
        self._recent_lock = threading.Lock()
        path = Path(settings.model_path)
        if not settings.model and not (path / "modules.json").is_file():
            raise ModelMissingError(
                f"embedding model not found at {path}; build it with `guidebot model` "
                "(the set-up script does this once)"
            )
        # Identity for the cache: the folder's stamp, so a rebuilt model is not mixed up.
        stamp = path / "guidebot-source.json"
        ident = stamp.read_text() if stamp.is_file() else settings.model_path
        self.model_id = hashlib.sha256(ident.encode()).hexdigest()[:16]

    @property
    def model(self):  # noqa: ANN201 - sentence_transformers imported lazily
        with self._lock:
            if self._model is None:
                import torch
                import transformers
                from sentence_transformers import SentenceTransformer

                transformers.utils.logging.disable_progress_bar()

                torch.set_num_threads(max(1, min(self.threads, os.cpu_count() or 1)))
                self._model = SentenceTransformer(self.settings.model_path, device="cpu")
            return self._model

    def warm(self) -> None:
        """Load what embeds a question (the graph, or the torch model) and run it once, so
        the first citizen's question does not pay for it."""
        self._queries(["你好"])

    def warm_passages(self) -> None:
        """Load the passages' torch model and run it once on a padded batch of two texts
        of unequal length: a publisher's first changed name (a name and its summary) then
        does not pay for the model, nor for torch's first padded batch (0.45 s measured,
        against 0.04 s after; one text alone did not warm it)."""
        self.encode([self.prefix("passage") + "预热",
                     self.prefix("query") + "预热一个更长一些的句子, 两段文字长短不同"])

    @property
    def dim(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    def prefix(self, kind: str) -> str:
        return self.query_prefix if kind == "query" else self.passage_prefix

    def encode(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """Embed texts that already carry their prefix."""
        batch = self.settings.embed_batch
        out = []
        for start in range(0, len(texts), batch):
            chunk = list(texts[start : start + batch])
            model = self.model
            with self._encode_lock:
                self._threads_for(len(texts))
                out.append(model.encode(chunk, normalize_embeddings=True, convert_to_numpy=True))
            if progress:
                progress(min(start + batch, len(texts)), len(texts))
        if not out:
            return np.zeros((0, 384), dtype=np.float32)
        return np.vstack(out).astype(np.float32)

    def _threads_for(self, n: int) -> None:
        import torch

        threads = 1 if n < ONE_THREAD_BELOW else max(1, min(self.threads, os.cpu_count() or 1))
        if torch.get_num_threads() != threads:
            torch.set_num_threads(threads)

    def query(self, text: str) -> np.ndarray:
        """One question's vector: the model's forward pass without ``encode``'s batching
        machinery (about 1.5 ms of a 15-30 ms embedding; the same vector to 1e-7). The
        last RECENT_QUESTIONS are kept."""
        return self.queries([text])[0]

    def queries(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Several questions' vectors, those not kept embedded in one forward pass (the
        clauses of a long message cost little more than one of them)."""
        with self._recent_lock:
            found = {t: v for t in texts if (v := self._recent.get(t)) is not None}
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:
            found.update(zip(missing, self._queries(missing), strict=True))
            with self._recent_lock:
                for t in missing:
                    self._recent[t] = found[t]
                while len(self._recent) > RECENT_QUESTIONS:
                    self._recent.popitem(last=False)
        return [found[t] for t in texts]

    @property
    def query_graph(self):  # noqa: ANN201 - index.query_onnx imported lazily
        """The model's exported question graph (settings.query_engine "onnx"), or None when
        torch embeds the questions (chosen, or no graph exported for this model)."""
        with self._lock:
            if self._graph is False:
                self._graph = self._load_graph()
            return self._graph

    def _load_graph(self):  # noqa: ANN202
        if self.settings.query_engine != "onnx":
            return None
        from e5convert.query_graph import graph_path, is_current
        from index.query_onnx import QueryGraph

        folder = Path(self.settings.model_path)
        if not is_current(folder):
            log.warning("no question graph exported for the model at %s: questions are "
                        "embedded with torch (`guidebot model` exports it)", folder)
            return None
        return QueryGraph(graph_path(folder), folder,
                          threads=max(1, min(self.threads, os.cpu_count() or 1)))

    def _queries(self, texts: list[str]) -> np.ndarray:
        graph = self.query_graph
        if graph is not None:  # thread-safe: two questions may run on two cores at once
            return graph.embed([self.query_prefix + t for t in texts])
        import torch

        model = self.model
        prepare = getattr(model, "preprocess", None) or model.tokenize
        with self._encode_lock, torch.inference_mode():
            features = prepare([self.query_prefix + t for t in texts])
            vectors = model(features)["sentence_embedding"].float().numpy()
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.where(norms > 0, norms, 1.0)).astype(np.float32)


class EmbeddingCache:
    """Vectors by (model, prefixed text) in SQLite: a reindex embeds only new texts."""

    def __init__(self, path: Path, embedder: Embedder) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS vec (k BLOB PRIMARY KEY, v BLOB NOT NULL)")
        self.embedder = embedder
        #: Texts this cache had to embed (not found), over all its calls.
        self.embedded = 0

    def _key(self, text: str) -> bytes:
        return hashlib.sha256(f"{self.embedder.model_id}\0{text}".encode()).digest()

    def _rows(self, column: str, keys: list[bytes]) -> Iterator[tuple]:
        """(k, ``column``) of the cached rows among ``keys``."""
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            yield from self.db.execute(f"SELECT k, {column} FROM vec WHERE k IN ({marks})",
                                       chunk)

    def missing(self, texts: Sequence[str]) -> list[str]:
        """The distinct texts among ``texts`` without a vector here, in first-use order:
        what ``vectors(texts)`` would embed. Never loads the model."""
        keys = {self._key(t): t for t in dict.fromkeys(texts)}
        have = {k for k, _ in self._rows("1", list(keys))}
        return [t for k, t in keys.items() if k not in have]

    def vectors(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        """One row per text, embedding only those not cached; returns (len, dim) float32."""
        keys = [self._key(t) for t in texts]
        found = {k: np.frombuffer(v, dtype=np.float32) for k, v in self._rows("v", keys)}
        missing = list(dict.fromkeys(i for i, k in enumerate(keys) if k not in found))
        todo = list(dict.fromkeys(texts[i] for i in missing))
        if todo:
            vecs = self.embedder.encode(todo, progress=progress)
            rows = [(self._key(t), v.tobytes()) for t, v in zip(todo, vecs, strict=True)]
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)", rows)
            for k, v in rows:
                found[k] = np.frombuffer(v, dtype=np.float32)
        self.embedded += len(todo)
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([found[k] for k in keys])

    def close(self) -> None:
        self.db.close()


def stderr_progress(label: str) -> Progress:
    """A one-line progress meter on stderr, for embedding a large catalog."""

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\r{label}: {done}/{total} ({100 * done // max(total, 1)}%)", end=end,
              file=sys.stderr, flush=True)

    return show
