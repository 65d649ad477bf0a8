"""The conversation files and the checker that judges answers, without servers: the files
are well formed, every expected code exists and every expected fact is true of the
catalog, and the checker passes a correct answer and fails a wrong code, a missing fact,
a missing button, and so on."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from test_conversations import ASKS, ASKS_KNOWN_FAILURES, CONVERSATIONS

from bot.evaluation.conversation_checks import Answer, CodeIndex, CodeInfo, check_answer, squash
from bot.evaluation.conversation_file import (
    ConversationFileError,
    Turn,
    load_conversations,
    parse_conversations,
)
from bot.evaluation.conversation_runner import (
    RunReport,
    check_codes_exist,
    format_failure,
    run_conversation,
)
from bot.evaluation.stats import percentile

pytestmark = pytest.mark.unit

PROJECT = Path(__file__).resolve().parents[1]


def test_asks_file_covers_every_kind_of_failure(catalog_index: CodeIndex) -> None:
    tags = {t for c in ASKS for t in c.tags}
    for tag in ("compound", "howto", "phone", "appointment", "express", "visits", "agent",
                "cross-region", "result", "fact-in-field", "choice", "negative", "revoked",
                "follow-up", "long", "traditional"):
        assert tag in tags, tag
    assert check_codes_exist(ASKS, catalog_index) == []
    assert set(ASKS_KNOWN_FAILURES) <= {c.id for c in ASKS}


# --------------------------------------------------------------------------- the file itself


def test_file_covers_the_brief() -> None:
    tags: dict[str, int] = {}
    for c in CONVERSATIONS:
        for t in c.tags:
            tags[t] = tags.get(t, 0) + 1
    assert len(CONVERSATIONS) >= 45
    assert sum(len(c.turns) >= 4 for c in CONVERSATIONS) >= 5
    assert tags.get("traditional", 0) >= 5
    assert tags.get("bundle", 0) >= 3
    for tag in ("clarification", "followup", "region", "revoked", "suspended", "nonsense",
                "location", "faq", "switch", "greeting", "materials", "time", "fee",
                "process", "conditions", "online"):
        assert tags.get(tag), f"no conversation tagged {tag}"
    for topic in ("identity", "travel", "vehicles", "marriage", "birth", "social-insurance",
                  "medical", "housing-fund", "business", "tax", "education", "housing"):
        assert tags.get(topic), f"no conversation about {topic}"


def test_every_expected_code_exists(catalog_index: CodeIndex) -> None:
    assert check_codes_exist(CONVERSATIONS, catalog_index) == []


def test_every_revoked_guide_is_asked_about(catalog_index: CodeIndex) -> None:
    from bot.catalog.validate import load_catalog

    catalog = load_catalog(PROJECT / "data" / "catalog").catalog
    assert catalog is not None
    revoked = {g.name for g in catalog.guides.values() if g.status == "revoked"}
    asked = " ".join(squash(t.say or "") for c in CONVERSATIONS if "revoked" in c.tags
                     for t in c.turns)
    keys = {"亲属关系证明开具": "亲属关系证明", "《就业失业登记证》核发": "就业失业登记证",
            "个人所得税《税收完税证明》（文书式）开具": "文书式"}
    assert revoked == set(keys)
    for name in revoked:
        assert squash(keys[name]) in asked, name


# Words an answer may use that the catalog expresses as data (a 0 time limit, no fee, ...).
_GENERIC = {"12345", "暂停", "已撤销", "不再办理", "已取消", "即办", "当场", "不收费", "免费",
            "全程网办", "1次", "一次", "无需", "不需要", "不用"}


def _guide_facts(guide: Any, halls: dict[str, Any]) -> str:
    parts = [json.dumps(guide.model_dump(mode="json"), ensure_ascii=False)]
    for limit in (guide.promised_time_limit, guide.legal_time_limit):
        unit = "个工作日" if limit.unit == "working_day" else "个自然日"
        parts.append(f"{limit.value}{unit} {limit.value}日 {limit.value}天")
    for item in guide.fee.items:
        amount = item.amount
        parts.append(f"{amount}元" if isinstance(amount, int | float) else str(amount))
    for ref in guide.halls:
        parts.append(json.dumps(halls[ref.hall].model_dump(mode="json"), ensure_ascii=False))
    return squash(" ".join(parts))


def _facts_of(turn: Turn) -> Iterable[list[str]]:
    """Each group of which at least one fact must be true of the catalog."""
    for f in turn.contains:
        yield [f]
    yield from turn.contains_any
    if turn.first:
        yield [turn.first[0]]


def test_expected_facts_are_true_of_the_catalog() -> None:
    """A fact expected next to codes is in one of those guides (or FAQ answers); others in
    the catalog somewhere: the expectations were copied from the catalog, not made up."""
    from bot.catalog.validate import load_catalog

    catalog = load_catalog(PROJECT / "data" / "catalog").catalog
    assert catalog is not None
    per_code = {code: _guide_facts(g, catalog.halls) for code, g in catalog.guides.items()}
    per_code.update({fid: squash(f.answer) for fid, f in catalog.faqs.items()})
    everything = " ".join(per_code.values()) + squash(json.dumps(
        [b.model_dump(mode="json") for b in catalog.bundles.values()], ensure_ascii=False))
    wrong = []
    for c in CONVERSATIONS:
        for n, t in enumerate(c.turns, 1):
            scope = " ".join(per_code[code] for code in t.codes) if t.codes else everything
            for group in _facts_of(t):
                if not any(squash(f) in _GENERIC or squash(f) in scope for f in group):
                    wrong.append(f"{c.id} turn {n}: {group}")
    assert wrong == []


# --------------------------------------------------------------------------- the loader


def test_malformed_files_are_reported_clearly(tmp_path: Path) -> None:
    with pytest.raises(ConversationFileError, match="not valid YAML"):
        parse_conversations("conversations: [", "f.yaml")
    with pytest.raises(ConversationFileError, match="expected a mapping"):
        parse_conversations("just text", "f.yaml")
    bad = """
conversations:
- id: ok-one
  description: d
  tags: [x]
  turns:
  - say: 你好
    contians: [typo]
  - press: 换领
    say: both
- id: ok-one
  description: d
  tags: []
  turns: []
"""
    with pytest.raises(ConversationFileError) as e:
        parse_conversations(bad, "f.yaml")
    msg = str(e.value)
    assert "f.yaml" in msg
    assert "conversation #1 'ok-one', turn 1, field 'contians'" in msg
    assert "turn 2" in msg and "say、press、location" in msg
    assert "conversation #2 'ok-one', field 'tags'" in msg
    with pytest.raises(ConversationFileError, match="cannot read"):
        load_conversations(tmp_path / "missing.yaml")


def test_loader_shapes() -> None:
    convs = parse_conversations("""
- id: a
  description: d
  tags: [t]
  turns:
  - say: 啊
    repeat: 3
    contains_any: [x, y]
    codes: 000111001000-449102
  - location: {lat: 21.2, lon: 110.3}
""")
    t1, t2 = convs[0].turns
    assert t1.message() == "啊啊啊"
    assert t1.contains_any == [["x", "y"]]
    assert t1.codes == ["000111001000-449102"]
    assert t2.message() == '/share_location{"lat": 21.2, "lon": 110.3}'


# --------------------------------------------------------------------------- the checker

A, B = "000111003000-449104", "000111003000-449102"  # same item, two districts
C = "000120001000-449100"  # another item
REVOKED = "000111091000-449102"


@pytest.fixture
def index() -> CodeIndex:
    idx = CodeIndex()
    idx.codes[A] = CodeInfo(A, "000111003000", "居民身份证补领", "active", "云港市公安局青山分局",
                            "2026-03-24")
    idx.codes[B] = CodeInfo(B, "000111003000", "居民身份证补领", "active", "云港市公安局海滨分局",
                            "2026-03-18")
    idx.codes[C] = CodeInfo(C, "000120001000", "普通护照签发", "active",
                            "云港市公安局出入境管理支队", "2026-06-30")
    idx.codes[REVOKED] = CodeInfo(REVOKED, "000111091000", "亲属关系证明开具", "revoked",
                                  "云港市公安局海滨分局", "2025-07-31")
    idx.codes["faq-x"] = CodeInfo("faq-x", "faq-x", "问题", "active", "云港市公安局",
                                  "2026-01-01", "faq")
    return idx


GOOD = ("居民身份证补领：承诺15个工作日办结，工本费40元。\n"
        "办理地点：青山区政务服务中心（翠岭大道9号）。\n"
        f"来源：{A} 云港市公安局青山分局 2026-03-24 更新")


def answer(text: str, buttons: list[tuple[str, str]] | None = None) -> Answer:
    msg: dict[str, Any] = {"recipient_id": "u", "text": text}
    if buttons:
        msg["buttons"] = [{"title": t, "payload": p} for t, p in buttons]
    return Answer.from_messages([msg])


def turn(**kw: Any) -> Turn:
    return Turn(say="x", **kw)


def test_correct_answer_passes(index: CodeIndex) -> None:
    t = turn(codes=[A], contains=["15个工作日", "40元", "青山区政务服务中心"],
             buttons=["在哪办"], not_contains=["海滨区"])
    assert check_answer(t, answer(GOOD, [("在哪办", "/ask_location")]), index) == []


def test_source_date_in_chinese_form_and_traditional_answer_pass(index: CodeIndex) -> None:
    from nlu.textnorm import to_traditional

    text = GOOD.replace("2026-03-24", "2026年3月24日")
    t = turn(codes=[A], contains=["15个工作日", "青山区政务服务中心"], script="traditional")
    assert check_answer(t, answer(to_traditional(text)), index) == []
    fails = check_answer(t, answer(text), index)
    assert fails == ["expected a Traditional-script answer"]


def test_wrong_code_fails(index: CodeIndex) -> None:
    t = turn(codes=[A])
    wrong_region = GOOD.replace(A, B).replace("青山分局", "海滨分局").replace("03-24", "03-18")
    assert any("expected one of codes" in f for f in check_answer(t, answer(wrong_region), index))
    other_item = GOOD + f"\n相关：{C}"
    assert any("another item" in f for f in check_answer(t, answer(other_item), index))
    assert check_answer(turn(codes=[A], allow_codes=["000120001000"]), answer(other_item),
                        index) == []
    invented = GOOD + "\n000111999000-449102"
    assert any("not in the catalog" in f for f in check_answer(t, answer(invented), index))


def test_source_line_must_name_agency_and_date(index: CodeIndex) -> None:
    fails = check_answer(turn(codes=[A]), answer(f"居民身份证补领 {A}"), index)
    assert any("agency" in f for f in fails) and any("update date" in f for f in fails)


def test_missing_fact_fails(index: CodeIndex) -> None:
    fails = check_answer(turn(codes=[A], contains=["15个工作日", "60个工作日"]), answer(GOOD),
                         index)
    assert fails == ["missing fact: 60个工作日"]
    assert check_answer(turn(contains_any=[["暂停", "已撤销"]]), answer(GOOD), index) == [
        "missing any of: 暂停 | 已撤销"]
    assert check_answer(turn(not_contains=["40元"]), answer(GOOD), index) == [
        "must not contain: 40元"]
    ordered = turn(contains=["40元", "15个工作日"], ordered=True)
    assert check_answer(ordered, answer(GOOD), index) == ["missing fact (in order): 15个工作日"]


def test_missing_button_fails(index: CodeIndex) -> None:
    got = answer(GOOD, [("首次申领", "/a"), ("换领", "/b")])
    assert check_answer(turn(buttons=2), got, index) == []
    assert check_answer(turn(buttons=3), got, index) == [
        "expected at least 3 button(s), got 2"]
    fails = check_answer(turn(buttons=["补领"]), got, index)
    assert len(fails) == 1 and "no button titled like '补领'" in fails[0]


def test_no_code_allows_codes_in_buttons_only(index: CodeIndex) -> None:
    text = "抱歉，没有找到相关事项，可拨打12345热线咨询。"
    t = turn(no_code=True, contains=["12345"])
    assert check_answer(t, answer(text, [("居民身份证补领", f'/choose{{"code": "{A}"}}')]),
                        index) == []
    assert check_answer(t, answer(text + f" 您是不是想问 {A}"), index) != []
    assert check_answer(t, answer(text + " 见 faq-x"), index) != []


def test_revoked_code_only_with_a_notice(index: CodeIndex) -> None:
    text = f"亲属关系证明开具 来源：{REVOKED} 云港市公安局海滨分局 2025-07-31"
    assert any("revoked" in f for f in check_answer(turn(), answer(text), index))
    assert check_answer(turn(), answer("该事项已取消。" + text), index) == []


def test_empty_answer_fails(index: CodeIndex) -> None:
    assert check_answer(turn(), Answer.from_messages([]), index) == [
        "empty answer: no text and no buttons"]


def test_first_is_nearest_first(index: CodeIndex) -> None:
    text = "1. 青山区政务服务中心 2. 云港市政务服务中心"
    assert check_answer(turn(first=["青山区政务服务中心", "云港市政务服务中心"]), answer(text),
                        index) == []
    assert check_answer(turn(first=["云港市政务服务中心", "青山区政务服务中心"]), answer(text),
                        index) != []


def _fake_assistant(replies: list[list[dict[str, Any]]]) -> tuple[Any, list[tuple]]:
    sent: list[tuple] = []

    def send(sender: str, message: str, metadata: dict | None = None) -> list[dict[str, Any]]:
        sent.append((sender, message, metadata))
        return replies[len(sent) - 1]
    return send, sent


def test_run_presses_buttons_and_resolves_button_items(index: CodeIndex) -> None:
    conv = parse_conversations("""
- id: c
  description: d
  tags: [clarification]
  metadata: {region: '449104'}
  turns:
  - say: 办身份证
    buttons: 2
  - press: 补领
    codes: [000111003000-449104]
  - say: 身份证
  - say: '2'
    button_item: 2
""")[0]
    clarify = [{"text": "您要办哪一项？", "buttons": [
        {"title": "普通护照签发", "payload": f'/choose{{"code":"{C}"}}'},
        {"title": "居民身份证补领", "payload": "/choose_reissue"}]}]
    send, sent = _fake_assistant([clarify, [{"text": GOOD}], clarify, [{"text": GOOD}]])
    result = run_conversation(conv, send, index)
    assert result.passed, format_failure(result.first_failure)
    assert sent[1][1] == "/choose_reissue"
    assert all(s[2] == {"region": "449104"} for s in sent)
    assert len({s[0] for s in sent}) == 1

    send, sent = _fake_assistant([clarify, [{"text": "您要办哪一项？"}]])
    result = run_conversation(conv.model_copy(update={"turns": conv.turns[:1] + [
        Turn(press="结婚")]}), send, index)
    assert not result.passed and "no button" in result.first_failure.failures[0]

    # "2" answered with the first button's item: wrong.
    passport = f"护照 {C} 云港市公安局出入境管理支队 2026-06-30"
    send, _ = _fake_assistant([clarify, [{"text": passport}]])
    two = conv.model_copy(update={"turns": [conv.turns[0], conv.turns[3]]})
    result = run_conversation(two, send, index)
    assert not result.passed
    assert "item of button 2" in result.first_failure.failures[0]


def test_run_stops_at_first_failure_and_reports(index: CodeIndex) -> None:
    conv = parse_conversations("""
- id: c
  description: d
  tags: [t]
  turns:
  - say: 补办身份证
    codes: [000111003000-449104]
  - say: 多少钱
    contains: [99元]
  - say: never sent
""")[0]
    send, sent = _fake_assistant([[{"text": GOOD}], [{"text": GOOD}]])
    result = run_conversation(conv, send, index)
    assert not result.passed and len(sent) == 2
    bad = result.first_failure
    assert bad is not None and bad.number == 2
    shown = format_failure(bad)
    assert "多少钱" in shown and "40元" in shown and "missing fact: 99元" in shown
    report = RunReport([result])
    assert report.summary()["failed"] == 1
    assert "FAIL c" in report.format() and "p95" in report.format()

    def broken(sender: str, message: str, metadata: dict | None = None) -> list:
        raise ConnectionError("refused")
    result = run_conversation(conv, broken, index)
    assert "request failed: ConnectionError" in result.first_failure.failures[0]


def test_percentile() -> None:
    assert percentile([], 50) == 0.0
    values = [float(i) for i in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile([3.0], 95) == 3.0


def test_a_bundle_answer_cites_the_bundle_and_its_items(index: CodeIndex) -> None:
    """Examiners name a 一件事 question's expected answer by the bundle's id or by its
    items' codes: the bundle's id and its items' codes are then not another item's."""
    index.codes["bundle-x"] = CodeInfo("bundle-x", "bundle-x", "出行一件事", "active", "", "",
                                       "bundle")
    index.members["bundle-x"] = {"000111003000", "000120001000"}
    text = f"出行一件事：按下面的顺序办理。\n来源：一件事 bundle-x｜事项编码 {A}、{C}"
    assert check_answer(turn(codes=["bundle-x"]), answer(text), index) == []
    # Expecting the items: the bundle is allowed, but an item's answer needs its own source.
    assert check_answer(turn(codes=[A, C]), answer(text), index) == [
        f"source of {A}: agency '云港市公安局青山分局' not in the answer",
        f"source of {A}: update date 2026-03-24 not in the answer"]
    other = f"来源：一件事 bundle-x｜事项编码 {A}、{REVOKED}（已撤销）"
    assert any("another item" in f for f in check_answer(turn(codes=["bundle-x"]),
                                                          answer(other), index))
