"""The Rasa NLU side: text folding for the pipeline, and the trained model itself.

The model runs in its own Python 3.10 environment (.venv-rasa, made by
scripts/setup_rasa.sh), so the slow tests drive it through a subprocess that
loads the newest models/guidebot-*.tar.gz once and parses every message.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nlu.textnorm import fold, fold_aligned

#: The folding tests are pure; the rest run the trained NLU model in the Rasa environment.
pytestmark = pytest.mark.integration

PROJECT = Path(__file__).resolve().parents[1]
RASA_PYTHON = PROJECT / ".venv-rasa" / "bin" / "python"


@pytest.mark.parametrize(
    "text",
    [
        "身份證不見了要帶什麼？",
        "　ＡＢＣ　第２個\t\n 天河區",
        "護照😀過期了👨‍👩‍👧怎麼辦！！",
        "İstanbul 乾隆 頭髮",
        "",
    ],
)
@pytest.mark.unit
def test_fold_aligned_keeps_offsets_and_agrees_with_fold(text: str) -> None:
    folded = fold_aligned(text)
    assert len(folded) == len(text)
    assert fold(folded) == fold(text)


@pytest.mark.unit
def test_fold_aligned_folds_script_width_and_case() -> None:
    assert fold_aligned("身份證要帶什麼？ＡＢＣ") == "身份证要带什么?abc"
    assert fold_aligned("第２個😀") == "第2个 "


# Parses messages with the trained model in .venv-rasa and writes, per message,
# the parse result; also checks that nlu.components imports without the
# catalog, and that TextNormalizer keeps a message's length.
_RASA_SCRIPT = r"""
import asyncio, glob, json, logging, os, sys, warnings
warnings.filterwarnings("ignore")
logging.disable(logging.WARNING)
out_path, messages = sys.argv[1], json.loads(sys.argv[2])

import nlu.components
from rasa.shared.nlu.training_data.message import Message
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("bot", "index"))
message = Message(data={"text": "第２個😀天河區"})
nlu.components.TextNormalizer().process([message])
normalizer = {"text": message.get("text"), "original": message.get("text_original")}

from rasa.core.agent import Agent
models = sorted(glob.glob("models/guidebot-*.tar.gz"), key=os.path.getmtime)
result = {"leaked": leaked, "normalizer": normalizer, "model": models[-1] if models else None}
if models:
    agent = Agent.load(models[-1])
    result["parsed"] = [asyncio.run(agent.parse_message(m)) for m in messages]
json.dump(result, open(out_path, "w", encoding="utf-8"), ensure_ascii=False)
"""

MESSAGES = [
    "身份證不見了要帶什麼",
    "在哪办",
    "第二个",
    "我在天河区",
    "转人工",
    "今天天气怎么样",
    "我在天河區",
    "護照過期了要帶什麼證件",
    "护照过期了要带什么证件",
    '/share_location{"lat": 23.1, "lon": 113.3}',
    '/rate{"score": 5}',
]


@pytest.fixture(scope="module")
def rasa(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The parse results of MESSAGES by the trained model, computed once."""
    if not RASA_PYTHON.exists():
        pytest.skip(
            f"{RASA_PYTHON.relative_to(PROJECT)} is missing: the Rasa environment is made by "
            "scripts/setup_rasa.sh (Python 3.10)"
        )
    out = tmp_path_factory.mktemp("rasa") / "parsed.json"
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="2")
    proc = subprocess.run(
        [str(RASA_PYTHON), "-c", _RASA_SCRIPT, str(out), json.dumps(MESSAGES)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-5000:])
    assert proc.returncode == 0, "the Rasa subprocess failed (its stderr is above)"
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["model"], "no models/guidebot-*.tar.gz: run scripts/setup_rasa.sh to train one"
    result["by_text"] = dict(zip(MESSAGES, result["parsed"], strict=True))
    return result


def _entities(parsed: dict) -> dict[str, str]:
    return {e["entity"]: str(e["value"]) for e in parsed["entities"]}


def test_components_import_without_the_catalog(rasa: dict) -> None:
    assert rasa["leaked"] == []


def test_text_normalizer_rewrites_text_in_place(rasa: dict) -> None:
    assert rasa["normalizer"] == {"text": "第2个 天河区", "original": "第２個😀天河區"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("身份證不見了要帶什麼", "ask_materials"),
        ("在哪办", "ask_location"),
        ("第二个", "choose"),
        ("我在天河区", "inform_region"),
        ("转人工", "handoff"),
        ("今天天气怎么样", "out_of_scope"),
    ],
)
def test_intents(rasa: dict, text: str, intent: str) -> None:
    assert rasa["by_text"][text]["intent"]["name"] == intent


def test_entities_ordinal_and_region(rasa: dict) -> None:
    assert _entities(rasa["by_text"]["第二个"]) == {"ordinal": "2"}
    assert _entities(rasa["by_text"]["我在天河区"]) == {"region": "天河区"}


def test_traditional_is_folded_before_the_model(rasa: dict) -> None:
    traditional = rasa["by_text"]["護照過期了要帶什麼證件"]
    simplified = rasa["by_text"]["护照过期了要带什么证件"]
    assert traditional["text"] == "护照过期了要带什么证件"
    assert traditional["text_original"] == "護照過期了要帶什麼證件"
    assert traditional["intent"] == simplified["intent"]
    assert traditional["intent"]["name"] == "ask_materials"


def test_entity_offsets_point_into_the_original_text(rasa: dict) -> None:
    parsed = rasa["by_text"]["我在天河區"]
    assert parsed["intent"]["name"] == "inform_region"
    (region,) = parsed["entities"]
    assert region["value"] == "天河区"
    assert parsed["text_original"][region["start"] : region["end"]] == "天河區"


def test_channel_commands_bypass_the_normalizer(rasa: dict) -> None:
    shared = rasa["by_text"]['/share_location{"lat": 23.1, "lon": 113.3}']
    assert shared["intent"]["name"] == "share_location"
    assert _entities(shared) == {"lat": "23.1", "lon": "113.3"}
    rated = rasa["by_text"]['/rate{"score": 5}']
    assert rated["intent"]["name"] == "rate"
    assert _entities(rated) == {"score": "5"}


def test_繁体回答不改写地名_转回简体仍是目录原文() -> None:
    from nlu.textnorm import to_simplified, to_traditional

    # OpenCC's phrase table writes the place 澄江 as 澂江: another name, which folds to
    # itself; the catalog's names stay as written, the rest is Traditional.
    for text in ("澄江市公安局澄湖分局", "居民身份证补领（澄江市）：补领工本费20元"):
        converted = to_traditional(text)
        assert to_simplified(converted) == text
        assert "澄江" in converted or "澄江" not in text
    assert to_traditional("居民身份证补领") == "居民身份證補領"


@pytest.mark.parametrize(("text", "script"), [
    ("補辦身份證要帶什麼", "traditional"),
    ("补办身份证要带什么", "simplified"),
    ("要多久", None),  # no character tells: the conversation's last script is kept
    ("多久能拿到", None),
    ("補办身份证", "simplified"),  # mixed: the script with more evidence
])
def test_文字的繁简(text: str, script: str | None) -> None:
    from nlu.textnorm import is_traditional, script_of

    assert script_of(text) == script
    assert is_traditional(text) == (script == "traditional")
