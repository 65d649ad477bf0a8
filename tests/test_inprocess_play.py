"""bench/inprocess.py: the evaluation sets played by the engine in this process answer in
the shape of Rasa's REST channel, so that the same checks judge them."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.dialogue.engine import Dialogue
from bot.evaluation.conversation_checks import CodeIndex
from bot.evaluation.conversation_file import parse_conversations
from bot.evaluation.conversation_runner import run_conversation
from bot.settings import Settings
from index.embedder import Embedder
from index.search import Searcher
from index.served import IndexHolder

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from inprocess import payload, sender  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.unit
def test_按钮的载荷按Rasa的读法读出意图和实体() -> None:
    assert payload('/choose{"ordinal": "2"}') == ("choose", {"ordinal": ["2"]})
    assert payload("/ask_time") == ("ask_time", {})
    assert payload("身份证丢了怎么补") is None


@pytest.mark.integration
def test_引擎的回答和REST通道的形状一样_同一会话保留上下文(
        tmp_path: Path, publish_index: Callable[..., Path], embedder: Embedder) -> None:
    catalog = tmp_path / "catalog"
    shutil.copytree(FIXTURES / "mini", catalog)
    searcher = Searcher(IndexHolder(publish_index(catalog)), embedder)
    intents = {"补办身份证要带什么": "ask_materials", "那要多久？": "ask_time"}
    send = sender(Dialogue(searcher, Settings()), lambda text: (intents[text], {}))
    conversation = parse_conversations("""
version: 1
conversations:
- id: c
  description: 补领身份证，材料再时限
  tags: [materials, time]
  metadata: {region: '100101'}
  turns:
  - say: 补办身份证要带什么
    codes: [ID-REISSUE-100101]
    contains: [户口簿（原件1份）]
  - say: 那要多久？
    codes: [ID-REISSUE-100101]
    contains: [20个工作日]
""")[0]
    result = run_conversation(conversation, send, CodeIndex.load(catalog), keep_going=True)
    assert [t.passed for t in result.turns] == [True, True], result.turns
    # A region the citizen names is told to the channel, as the action tells it.
    messages = send("other", "补办身份证要带什么", {"region": "100102"})
    assert messages[0]["recipient_id"] == "other" and messages[0]["buttons"]
    assert {"recipient_id": "other", "custom": {"region": "100102"}} not in messages
    intents["我在东区"] = "inform_region"
    messages = send("other", "我在东区", {"region": "100102"})
    assert {"recipient_id": "other", "custom": {"region": "100101"}} in messages
