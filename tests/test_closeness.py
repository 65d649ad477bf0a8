"""Sentences found by meaning, not only by shared words (bot/answers/closeness.py, pinpoint.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from bot.answers import closeness
from bot.answers.closeness import Closeness
from bot.answers.pinpoint import MEANING_SPREAD, lead
from bot.catalog.models import Guide
from bot.catalog.validate import load_catalog
from bot.dialogue.followup import answered_here
from index.embedder import Embedder
from index.sentences import sentence_texts
from index.served import IndexHolder

GUIDE = Guide.model_validate({
    "code": "G-9", "name": "公共场所卫生许可", "item_type": "行政许可", "status": "active",
    "region": "100101", "agency": "东区卫生健康局", "service_object": ["legal_person"],
    "conditions": ["有固定的经营场所", "从业人员持有效健康合格证明"],
    "situations": [{"name": "新办", "description": "首次申请卫生许可"}],
    "materials": [{"name": "营业执照", "form": "原件", "copies": 1}],
    "steps": [{"name": "受理", "description": "窗口或网上提交申请"},
              {"name": "现场审查",
               "description": "受理后3个工作日内由卫生监督员到经营场所实地核查"},
              {"name": "发证", "description": "审查合格的当场制发许可证"}],
    "legal_time_limit": {"value": 20, "unit": "working_day"},
    "promised_time_limit": {"value": 5, "unit": "working_day"},
    "fee": {"charged": False}, "online": {"depth": "offline_only", "visits": 1},
    "consult_phone": "0000-1", "updated_at": "2026-01-06",
}, strict=False)
CHECK = "实地核查"


class Fixed:
    """Cosines given per sentence (a part of each text), the rest at ``rest``."""

    def __init__(self, near: dict[str, float], rest: float = 0.85) -> None:
        self.near, self.rest, self.calls = near, rest, 0

    def prepare(self, questions: Sequence[str]) -> None:
        pass

    def cosines(self, question: str, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        return np.array([next((c for part, c in self.near.items() if part in t), self.rest)
                         for t in texts], dtype=np.float32)


@pytest.fixture
def uninstalled() -> Iterator[None]:
    """No closeness during the test (an app built by an earlier test installed its own for
    the process), and that one back afterwards."""
    before = closeness.installed()
    closeness.install(None)
    yield
    closeness.install(before)


@pytest.mark.unit
def test_意思最近且明显高出其他句子的句子领先(uninstalled: None) -> None:
    closeness.install(Fixed({CHECK: 0.85 + 2 * MEANING_SPREAD}))
    assert any(CHECK in s.text for s in lead(GUIDE, "会派人来店里看吗"))


@pytest.mark.unit
def test_没有句子明显更近时不靠意思领先(uninstalled: None) -> None:
    closeness.install(Fixed({CHECK: 0.85 + MEANING_SPREAD / 2}))
    assert not any(CHECK in s.text for s in lead(GUIDE, "会派人来店里看吗"))


@pytest.mark.unit
def test_问题只有问法和事项名时不按意思找句子(uninstalled: None) -> None:
    fixed = Fixed({CHECK: 0.95})
    closeness.install(fixed)
    assert lead(GUIDE, "公共场所卫生许可要带什么材料") == []
    # A question word inside the name (次 of 首次) leaves no pair of its own behind.
    first = GUIDE.model_copy(update={"name": "卫生许可首次申领"})
    assert lead(first, "卫生许可首次申领要带什么材料") == []
    assert fixed.calls == 0


@pytest.mark.integration
def test_真模型找到换了说法的句子(embedder: Embedder, uninstalled: None) -> None:
    question = "店里会被检查吗"
    assert not any(CHECK in s.text for s in lead(GUIDE, question))  # no shared word
    closeness.install(Closeness(embedder))
    assert any(CHECK in s.text for s in lead(GUIDE, question))


@pytest.mark.integration
def test_句子向量只算一次(embedder: Embedder) -> None:
    c = Closeness(embedder, kept=3)
    first = c.cosines("派人来看吗", ["甲句", "乙句"])
    again = c.cosines("派人来看吗", ["乙句", "甲句"])
    assert np.allclose(first, again[::-1], atol=1e-6)
    c.cosines("派人来看吗", ["丙句", "丁句"])
    assert len(c._sentences) == 3  # the oldest is dropped


@pytest.mark.integration
def test_发布时算好每句的向量_回答时直接取用(mini_catalog: Path, embedder: Embedder,
                                 publish_index: Callable[[Path], Path]) -> None:
    holder = IndexHolder(publish_index(mini_catalog))
    version = holder.current()
    loaded = load_catalog(mini_catalog).catalog
    assert loaded is not None
    said = sentence_texts(loaded)
    assert said and version.manifest["counts"]["sentences"] == len(said)
    vector = version.sentences.get(said[0])
    assert vector is not None
    fresh = embedder.encode([embedder.prefix("passage") + said[0]])[0]
    assert np.allclose(vector, fresh, atol=1e-4)
    c = Closeness(embedder, holder)
    c.cosines("要带什么", said)
    assert not c._sentences  # nothing embedded while answering


@pytest.mark.unit
def test_简短追问是否由当前指南回答只看字词不看意思(uninstalled: None) -> None:
    """Some sentence is always nearest in meaning: "医保呢，多久内要交" must not stay on the
    item before it because of that."""
    closeness.install(Fixed({CHECK: 0.95}))
    assert not answered_here(GUIDE, "医保呢，多久内要交")
    assert any(CHECK in s.text for s in lead(GUIDE, "医保呢，多久内要交"))
