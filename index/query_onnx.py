"""Questions embedded by the model's exported graph in ONNX Runtime (settings.query_engine).

The graph (e5convert/query_graph.py) is the encoder with its mean pooling; this module
tokenizes with the model folder's own ``tokenizer.json`` (the same ids as
sentence-transformers', truncated at the model's ``max_seq_length``), runs the graph and
L2-normalizes, so a question's vector is the torch model's to float rounding. Neither
torch nor sentence-transformers is imported: a serving process that only embeds questions
never loads them.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

#: sentence-transformers' default when the model folder does not say.
DEFAULT_MAX_TOKENS = 512


def _max_tokens(model_dir: Path) -> int:
    try:
        config = json.loads((model_dir / "sentence_bert_config.json").read_text("utf-8"))
        return int(config.get("max_seq_length") or DEFAULT_MAX_TOKENS)
    except (OSError, ValueError, TypeError):
        return DEFAULT_MAX_TOKENS


class QueryGraph:
    """Embeds texts (already prefixed) with the exported graph; thread-safe."""

    def __init__(self, graph: Path, model_dir: Path, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=_max_tokens(model_dir))
        pad = self.tokenizer.token_to_id("<pad>")
        self.tokenizer.enable_padding(pad_id=0 if pad is None else pad,
                                      pad_token="<pad>" if pad is not None else "[PAD]")
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, threads)
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        self.session = ort.InferenceSession(str(graph), options,
                                            providers=["CPUExecutionProvider"])
        # A tokenizer with padding set is not safe to call from two threads at once.
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dim) float32, L2-normalized."""
        with self._lock:
            encodings = self.tokenizer.encode_batch(list(texts))
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        (pooled,) = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.where(norms > 0, norms, 1.0)).astype(np.float32)
