"""The figures bench/answers.py prints for a played set (bot/evaluation/answers.py): no model."""

from __future__ import annotations

import pytest

from bot.evaluation.answers import summarize
from bot.evaluation.conversation_file import Conversation
from bot.evaluation.conversation_runner import ConversationResult, TurnResult

pytestmark = pytest.mark.unit


def _played(tags: list[str], failures: list[str], no_code: bool = False):  # noqa: ANN202
    turn = {"say": "暂住证还能办吗", "no_code": True} if no_code else {"say": "暂住证还能办吗"}
    conv = Conversation.model_validate({"id": "c", "description": "d", "tags": tags,
                                        "turns": [turn]})
    result = ConversationResult("c", tags, "s", [TurnResult(1, "暂住证还能办吗", None, None,
                                                              0.05, failures)], 1)
    return conv, result


@pytest.mark.parametrize("tags", [["revoked"], ["suspended"], ["revoked/suspended"]])
def test_撤销或暂停的条目原文被说出来就计数(tags: list[str]) -> None:
    conv, result = _played(tags, ["must not contain '居民身份证复印件'"])
    assert summarize([conv], [result])["withdrawn_text_served"] == 1


def test_别的标签不算撤销条目() -> None:
    conv, result = _played(["fee"], ["must not contain '40元'"])
    assert summarize([conv], [result])["withdrawn_text_served"] == 0


def test_查不到的问题答成某个条目才计数() -> None:
    wrong = _played(["negative"], ["expected no code in the text, found 123"], no_code=True)
    right = _played(["negative"], [], no_code=True)
    s = summarize([wrong[0], right[0]], [wrong[1], right[1]])
    assert s["unanswerable_answered"] == {"passed": 1, "total": 2, "share": 0.5}
    assert s["turns"]["passed"] == 1


def test_目录自己的编码不论格式都认得出() -> None:
    from bot.evaluation.conversation_checks import CodeIndex, CodeInfo
    index = CodeIndex({c: CodeInfo(c, c, "某事项", "active", "某局", "2026-01-01") for c in (
        "439503-11001000", "439503-11001", "000111001000-449102")})
    text = "来源：某局｜事项编码 439503-11001000｜更新于 2026-01-01；另见 000111001000-449102"
    assert index.cited(text) == ["439503-11001000", "000111001000-449102"]
    assert index.cited("编码 331201000001-331202") == ["331201000001-331202"]  # 目录外的也认


def test_没找到时给的建议按钮不算问是哪一项() -> None:
    import datetime as dt

    from bot.answers.replies import choice_question, no_match
    from bot.evaluation.conversation_checks import Answer, CodeIndex
    from bot.evaluation.conversation_runner import is_choice

    def played(a):  # noqa: ANN001, ANN202 - as the REST channel gives it
        return Answer.from_messages([{"text": a.text, "buttons": [
            {"title": b.title, "payload": b.payload} for b in a.buttons]}])

    asked = choice_question(["居民身份证换领", "居民身份证补领"], hotline="12345")
    none = no_match("12345", ["居民身份证补领"], None, dt.datetime(2026, 12, 7))
    assert is_choice(played(asked), CodeIndex())
    assert not is_choice(played(none), CodeIndex())


def test_编码紧挨着汉字也认得出() -> None:
    from bot.evaluation.conversation_checks import CodeIndex, CodeInfo
    index = CodeIndex({"439503-11001000": CodeInfo("439503-11001000", "g", "某事项", "active",
                                                   "某局", "2026-01-01")})
    assert index.cited("事项编码439503-11001000更新于") == ["439503-11001000"]
