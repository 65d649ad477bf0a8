"""The question's graph in ONNX Runtime must embed exactly as the torch model does.

The serving app embeds each question with the model's exported graph (index/query_onnx.py,
exported once by e5convert/query_graph.py); the search's and the dialogue's cosine
thresholds were measured with torch's vectors, so the two must agree to float rounding on
the questions citizens write, one at a time and in a batch (a long message's clauses).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import numpy as np
import pytest

from bot.settings import PROJECT_ROOT, Settings
from e5convert.query_graph import (
    STAMP_FILE,
    GraphNotExportable,
    _mean_pooled,
    graph_path,
    is_current,
    model_identity,
)
from index.embedder import Embedder

QUESTIONS = PROJECT_ROOT / "data" / "eval" / "questions.jsonl"


def _questions() -> list[str]:
    lines = QUESTIONS.read_text(encoding="utf-8").splitlines()
    asked = [json.loads(line)["q"] for line in lines if line.strip()][::4]
    return asked + ["身份證遺失了，怎麼補辦？", "ｈｅｌｌｏ　　１２３", "", "很长的一段话" * 200]


@pytest.mark.unit
def test_只导出_均值池化的模型() -> None:
    # Pipelines are told apart by their modules' kinds, so plain stand-ins do.
    def module(kind: str, **attrs: object) -> object:
        return type(kind, (), attrs)()

    with pytest.raises(GraphNotExportable, match="mean"):
        _mean_pooled([module("Transformer"), module("Pooling", pooling_mode="cls")])
    with pytest.raises(GraphNotExportable):
        _mean_pooled([module("Transformer"), module("Pooling", pooling_mode="mean"),
                      module("Dense")])


@pytest.mark.integration
def test_图与torch的向量一致(model_dir: Path) -> None:
    graph_embedder = Embedder(Settings(model_dir=model_dir, query_engine="onnx"), serving=True)
    torch_embedder = Embedder(Settings(model_dir=model_dir, query_engine="torch"), serving=True)
    assert graph_embedder.query_graph is not None
    assert torch_embedder.query_graph is None
    questions = _questions()
    one_by_one = np.vstack([graph_embedder._queries([q]) for q in questions])
    # A batch pads every question to its longest: the short ones (as a message's clauses).
    short = [i for i, q in enumerate(questions) if len(q) < 100]
    batched = graph_embedder._queries([questions[i] for i in short])
    by_torch = np.vstack([torch_embedder._queries([q]) for q in questions])
    assert one_by_one.shape == by_torch.shape == (len(questions), 384)
    assert np.allclose(np.linalg.norm(one_by_one, axis=1), 1.0, atol=1e-5)
    assert float(np.min(np.sum(one_by_one * by_torch, axis=1))) > 0.9999
    assert float(np.min(np.sum(batched * by_torch[short], axis=1))) > 0.9999
    # Embedding a question with the graph never loads the torch model.
    assert graph_embedder._model is None


@pytest.mark.integration
def test_图与模型对不上时用torch并说明(model_dir: Path, tmp_path: Path,
                                     caplog: pytest.LogCaptureFixture) -> None:
    # The model's files, linked (not copied), with a graph stamped for another model.
    folder = tmp_path / "model"
    for path in model_dir.rglob("*"):
        target = folder / path.relative_to(model_dir)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif path.name != STAMP_FILE:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(path, target)
    stamp = json.loads((graph_path(model_dir).parent / STAMP_FILE).read_text("utf-8"))
    (graph_path(folder).parent / STAMP_FILE).write_text(
        json.dumps({**stamp, "model": "another-model"}), encoding="utf-8")
    assert model_identity(folder) == model_identity(model_dir)
    assert not is_current(folder)

    embedder = Embedder(Settings(model_dir=folder, query_engine="onnx"), serving=True)
    with caplog.at_level(logging.WARNING, logger="index.embedder"):
        vector = embedder.query("身份证丢了怎么补办")
    assert embedder.query_graph is None
    assert "no question graph" in caplog.text and "guidebot model" in caplog.text
    assert vector.shape == (384,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
