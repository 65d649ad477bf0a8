"""Export a sentence-transformers model's question path as an ONNX graph, once.

The serving app embeds one question per turn, and with torch that forward pass was most
of a search's time (README, "Many conversations at once"). ONNX Runtime runs the same
graph in about half the time on these CPUs, with the same vectors to float rounding
(cosine 1.000000 on the development questions), so the search's thresholds, measured
for the model, hold unchanged. The graph is the model's encoder with its mean pooling
(token vectors averaged under the attention mask); the runtime (index/query_onnx.py)
tokenizes with the model's own ``tokenizer.json`` and L2-normalizes.

The export is part of building the model (``guidebot model``, the set-up): it loads the
model with torch, traces it with the TorchScript exporter (``dynamo=False``: no extra
packages) and checks the graph against torch on a few questions before it is kept. Only
models whose pipeline is a Transformer with mean pooling (then optionally Normalize) are
exported; for others the serving app keeps using torch.

    python -m e5convert.query_graph MODEL_DIR [--force]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import warnings
from pathlib import Path
from typing import Any

import numpy as np

GRAPH_DIR = "onnx"
GRAPH_FILE = "query.onnx"
STAMP_FILE = "query.json"
#: Texts the exported graph must embed like torch before it is kept.
CHECK_TEXTS = ("query: 身份证丢了怎么补办", "query: 結婚登記要帶什麼材料？",
               "query: 我爷爷腿脚不方便，能不能替他去办，要交多少钱，多久能拿到")
#: The least cosine between the graph's and torch's vectors of a check text.
MIN_COSINE = 0.9999
OPSET = 17


class GraphNotExportable(RuntimeError):
    """The model's pipeline is not a Transformer with mean pooling."""


def graph_path(model_dir: Path) -> Path:
    return Path(model_dir) / GRAPH_DIR / GRAPH_FILE


def model_identity(model_dir: Path) -> str:
    """What the graph was exported from: the model folder's stamp (or its weights' size and
    time when it has none), so a rebuilt model is never paired with an old graph."""
    model_dir = Path(model_dir)
    stamp = model_dir / "guidebot-source.json"
    if stamp.is_file():
        ident = stamp.read_text(encoding="utf-8")
    else:
        weights = sorted(model_dir.glob("*.safetensors")) + sorted(model_dir.glob("*.bin"))
        ident = "|".join(f"{w.name}:{w.stat().st_size}:{w.stat().st_mtime_ns}" for w in weights)
    return hashlib.sha256(ident.encode()).hexdigest()[:16]


def read_stamp(model_dir: Path) -> dict[str, Any] | None:
    path = Path(model_dir) / GRAPH_DIR / STAMP_FILE
    try:
        stamp = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return stamp if isinstance(stamp, dict) else None


def is_current(model_dir: Path) -> bool:
    stamp = read_stamp(model_dir)
    return (graph_path(model_dir).is_file() and stamp is not None
            and stamp.get("model") == model_identity(model_dir))


def _mean_pooled(model: Any) -> Any:
    """The model's encoder with mean pooling, as one torch module to trace."""
    import torch

    modules = list(model)
    kinds = [type(m).__name__ for m in modules]
    if (kinds not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"])
            or getattr(modules[1], "pooling_mode", None) != "mean"):
        raise GraphNotExportable(f"pipeline {kinds} is not Transformer + mean Pooling"
                                 " (+ Normalize)")
    encoder = modules[0].auto_model.eval()

    class MeanPooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            tokens = self.encoder(input_ids=input_ids,
                                  attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            return (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    return MeanPooled().eval()


def _run_graph(graph: Path, tokens: Any) -> np.ndarray:
    """The graph's normalized vectors for tokenized texts (the check before it is kept)."""
    import onnxruntime as ort

    session = ort.InferenceSession(str(graph), providers=["CPUExecutionProvider"])
    (pooled,) = session.run(None, {"input_ids": tokens["input_ids"].astype(np.int64),
                                   "attention_mask": tokens["attention_mask"].astype(np.int64)})
    return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)


def export_query_graph(model_dir: Path, force: bool = False) -> Path:
    """Export (or keep, when current) the question graph of the model in ``model_dir``;
    returns the graph's path. Raises GraphNotExportable for another kind of pipeline and
    RuntimeError when the exported graph does not embed like torch."""
    model_dir = Path(model_dir)
    out = graph_path(model_dir)
    if not force and is_current(model_dir):
        return out
    import torch
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(model_dir), device="cpu")
    module = _mean_pooled(model)
    example = model.tokenizer(list(CHECK_TEXTS[:1]), return_tensors="pt")
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        # The TorchScript exporter warns that it is deprecated, and about the traced
        # branches of the attention mask (the shapes are dynamic axes): nothing to act on.
        with torch.inference_mode(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                module, (example["input_ids"], example["attention_mask"]), str(partial),
                dynamo=False, opset_version=OPSET,
                input_names=["input_ids", "attention_mask"], output_names=["pooled"],
                dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                              "attention_mask": {0: "batch", 1: "tokens"},
                              "pooled": {0: "batch"}})
        mine = _run_graph(partial, model.tokenizer(list(CHECK_TEXTS), padding=True,
                                                   return_tensors="np"))
        theirs = model.encode(list(CHECK_TEXTS), normalize_embeddings=True,
                              convert_to_numpy=True)
        worst = float(np.min(np.sum(mine * theirs, axis=1)))
        if worst < MIN_COSINE:
            raise RuntimeError(f"the exported graph embeds unlike torch (cosine {worst:.6f})")
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    stamp = {"model": model_identity(model_dir), "opset": OPSET, "torch": torch.__version__,
             "least_cosine_to_torch": round(worst, 7)}
    (out.parent / STAMP_FILE).write_text(json.dumps(stamp, indent=1), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args(argv)
    print(f"question graph ready at {export_query_graph(args.model_dir, force=args.force)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
