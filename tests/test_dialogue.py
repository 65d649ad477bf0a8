"""The dialogue engine on a small catalog, with the real index and model, turn by turn.

The catalog is tests/fixtures/mini plus tests/fixtures/dialogue_extra: a city
甲市 (100100) with 东区 (100101, own identity-card guide and hall) and 西区
(100102, served by the city), three close identity-card items, a fully online
item, a revoked and a suspended one, a bundle and an FAQ entry.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.dialogue.engine import Dialogue, Reply, State, Turn
from bot.rasa.messages import rasa_messages
from bot.settings import Settings
from index.embedder import Embedder
from index.search import Searcher
from index.served import IndexHolder
from nlu.textnorm import is_traditional

pytestmark = pytest.mark.integration
FIXTURES = Path(__file__).parent / "fixtures"
TZ = ZoneInfo("Asia/Shanghai")
MONDAY_10 = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
SUNDAY_10 = dt.datetime(2026, 11, 29, 10, 0, tzinfo=TZ)
CODE = re.compile(r"[编編][码碼] (\S+)｜")


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory, publish_index: Callable[..., Path],
             embedder: Embedder) -> Searcher:
    root = tmp_path_factory.mktemp("dialogue")
    catalog = root / "catalog"
    shutil.copytree(FIXTURES / "mini", catalog)
    shutil.copy(FIXTURES / "dialogue_extra" / "id-more.yaml", catalog / "guides")
    with (catalog / "faq.yaml").open("a", encoding="utf-8") as faq:
        faq.write((FIXTURES / "dialogue_extra" / "faq-more.yaml").read_text(encoding="utf-8"))
    with (catalog / "halls.yaml").open("a", encoding="utf-8") as halls:  # 车管所, no guide
        halls.write((FIXTURES / "dialogue_extra" / "halls-more.yaml").read_text(encoding="utf-8"))
    return Searcher(IndexHolder(publish_index(catalog)), embedder)


class Chat:
    """One conversation: keeps the state between turns, as Rasa's slots do."""

    def __init__(self, dialogue: Dialogue, **state: object) -> None:
        self.dialogue = dialogue
        self.state = State(**state)

    def say(self, intent: str, text: str, **entities: str) -> Reply:
        turn = Turn(intent, text, {k: [v] for k, v in entities.items()})
        reply = self.dialogue.respond(turn, self.state)
        self.state = reply.state
        return reply


def cited(reply: Reply) -> list[str]:
    return [c for a in reply.answers for c in CODE.findall(a.text)]


@pytest.fixture
def chat(searcher: Searcher):  # noqa: ANN201
    def make(now: dt.datetime = MONDAY_10, **state: object) -> Chat:
        return Chat(Dialogue(searcher, Settings(), clock=lambda: now), **state)
    return make


def test_materials_then_follow_ups_keep_the_item(chat) -> None:  # noqa: ANN001
    c = chat(region="100101")
    r = c.say("ask_materials", "补办身份证要带什么")
    text = r.answers[0].text
    assert "户口簿（原件1份）" in text and cited(r) == ["ID-REISSUE-100101"]
    assert "甲市公安局东区分局" in text and "2026-01-05" in text
    assert [b.payload for b in r.answers[0].buttons][:2] == ["/ask_time", "/ask_location"]

    r = c.say("ask_time", "那要多久？")
    assert "承诺办结时限：20个工作日" in r.answers[0].text and cited(r) == ["ID-REISSUE-100101"]
    r = c.say("ask_fee", "/ask_fee")  # a button
    assert "补领工本费 40元" in r.answers[0].text
    r = c.say("ask_location", "在哪办")
    assert "东区政务服务中心（现在开放）" in r.answers[0].text
    assert "东区东路2号" in r.answers[0].text


def test_a_region_change_gives_that_regions_guide(chat) -> None:  # noqa: ANN001
    c = chat(region="100101")
    c.say("ask_location", "身份证丢了在哪补办")
    r = c.say("inform_region", "我在西区", region="西区")
    # 西区 has no guide of its own: the city's serves it, with the city's hall.
    assert cited(r) == ["ID-REISSUE-100100"] and c.state.region == "100102"
    assert "甲市政务服务中心" in r.answers[0].text and "3号窗口" in r.answers[0].text
    r = c.say("inform_region", "换成东区", region="东区")
    assert cited(r) == ["ID-REISSUE-100101"]


def test_close_matches_are_asked_and_answered_by_number_words_or_button(chat) -> None:  # noqa: ANN001
    for reply, expected in (({"text": "2"}, 1), ({"text": "丢了"}, None),
                            ({"text": "/choose", "ordinal": "last"}, -1)):
        c = chat(region="100100")
        r = c.say("ask_materials", "办身份证要带什么")
        ask = r.answers[0]
        assert ask.aspect == "choose" and 2 <= len(ask.buttons) <= 4
        titles = [b.title for b in ask.buttons]
        assert {"居民身份证首次申领", "居民身份证补领"} <= set(titles)
        text = reply.pop("text")
        r = c.say("choose", text, **reply)
        want = titles[expected] if expected is not None else "居民身份证补领"
        assert r.answers[0].name == want, (text, titles)
        assert "需要带的材料" in r.answers[0].text  # the aspect asked before the choice


def test_a_new_item_switches_cleanly(chat) -> None:  # noqa: ANN001
    c = chat(region="100101")
    c.say("ask_materials", "补办身份证要带什么")
    r = c.say("ask_materials", "领结婚证要带什么")
    assert cited(r) == ["MARRIAGE-100100"] and "居民身份证（原件，可免提交" in r.answers[0].text


def test_fully_online_leads_with_the_link(chat) -> None:  # noqa: ANN001
    r = chat(region="100101").say("ask_location", "社保卡在哪里办")
    first = r.answers[0].text.split("\n")[1]
    assert first.startswith("可以全程网办") and "https://example.invalid/sscard" in first


def test_bundle_lists_its_items_in_order(chat) -> None:  # noqa: ANN001
    c = chat(region="100101")
    r = c.say("ask_bundle", "结婚要办哪些事")
    text = r.answers[0].text
    assert text.index("内地居民结婚登记") < text.index("居民身份证补领")
    assert [b.title for b in r.answers[0].buttons] == ["内地居民结婚登记", "居民身份证补领"]
    r = c.say("choose", "第二个", ordinal="2")
    assert cited(r) == ["ID-REISSUE-100101"]
    # What the bundle is, its own description, and the sentence of an item that answers a
    # question about the package ("法定婚龄" is 结婚登记's condition).
    r = chat(region="100101").say("ask_bundle", "结婚要办哪些事，要达到法定婚龄吗")
    text = r.answers[0].text
    assert "结婚登记和户口、证件变更一次办" in text
    assert "关于您问的：" in text and "内地居民结婚登记｜办理条件：达到法定婚龄" in text


def test_一件事不说所问的办理项时_按一件事的意图也不拿它回答(chat) -> None:  # noqa: ANN001
    # 结婚一件事 never speaks of a lost 结婚证: whatever Rasa reads the turn as, it is not
    # the answer.
    for question in ("结婚要办的那些事，结婚证丢了怎么补", "结婚证丢了去哪补"):
        r = chat(region="100101").say("ask_bundle", question)
        assert not r.answers[0].text.startswith("结婚一件事"), question
    r = chat(region="100101").say("ask_bundle", "结婚要办哪些事")
    assert r.answers[0].text.startswith("结婚一件事")


def test_revoked_and_suspended_items_are_never_answered_as_in_use(chat) -> None:  # noqa: ANN001
    r = chat(region="100102").say("ask_materials", "开亲属关系证明要带什么")
    assert "已撤销，不再办理" in r.answers[0].text and "需要带的材料" not in r.answers[0].text
    r = chat(region="100101").say("ask_overview", "养狗办证")
    assert "暂停办理" in r.answers[0].text and "· 材料" not in r.answers[0].text


def test_no_confident_match_says_so_with_hotline_and_hall(chat) -> None:  # noqa: ANN001
    r = chat(region="100101").say("nlu_fallback", "火星移民签证怎么申请")
    a = r.answers[0]
    assert a.aspect == "no_match" and "12345" in a.text and "东区政务服务中心" in a.text
    assert not cited(r)
    r = chat().say("out_of_scope", "今天天气怎么样")
    assert "12345" in r.answers[0].text and not cited(r)


def test_an_opinion_asked_is_not_found_even_where_a_hall_is_named(chat) -> None:  # noqa: ANN001
    r = chat(region="100101").say("ask_location", "车管所和政务服务中心哪个更好")
    assert r.answers[0].aspect == "no_match" and not cited(r)


def test_traditional_in_traditional_out(chat) -> None:  # noqa: ANN001
    r = chat(region="100101").say("ask_materials", "補辦身份證要帶什麼")
    text = r.answers[0].text
    assert is_traditional(text) and "戶口簿" in text and cited(r) == ["ID-REISSUE-100101"]
    assert all(is_traditional(b.title) for b in r.answers[0].buttons if b.title != "收費嗎")


def test_a_question_no_character_of_which_tells_the_script_keeps_the_last_one(chat) -> None:  # noqa: ANN001
    c = chat(region="100101")
    c.say("ask_materials", "補辦身份證要帶什麼")
    r = c.say("ask_time", "多久能拿到")  # the same in both scripts
    assert is_traditional(r.answers[0].text) and c.state.script == "traditional"
    r = c.say("ask_fee", "要多少钱")  # Simplified again
    assert not is_traditional(r.answers[0].text) and c.state.script == "simplified"


def test_faq_is_answered_with_its_source(chat) -> None:  # noqa: ANN001
    r = chat().say("ask_overview", "身份证有效期是多久")
    assert "46周岁以上长期" in r.answers[0].text and "知识库 faq-id-validity" in r.answers[0].text


def test_hall_closed_on_sunday_says_when_it_opens(chat) -> None:  # noqa: ANN001
    r = chat(now=SUNDAY_10, region="100100").say("ask_location", "补办身份证在哪")
    assert "甲市政务服务中心（现在不开放，明天 09:00 开门）" in r.answers[0].text


def test_shared_location_gives_the_nearest_hall_first(chat) -> None:  # noqa: ANN001
    c = chat()
    r = c.say("share_location", "/share_location", lat="30.121", lon="120.149")
    text = r.answers[0].text
    assert text.index("东区政务服务中心") < text.index("甲市政务服务中心")
    assert c.state.region == "100101"  # the nearest hall's region becomes the user's
    r = c.say("ask_location", "补办身份证在哪")
    assert "距您约" in r.answers[0].text and cited(r) == ["ID-REISSUE-100101"]


def test_离所有大厅都太远的位置直说并请选地区_不报距离(chat) -> None:  # noqa: ANN001
    c = chat()
    r = c.say("share_location", "/share_location", lat="10.0", lon="150.0")  # the ocean
    text = r.answers[0].text
    assert "公里" in text and "距您约" not in text and "不在本助手服务的地区" in text
    # one province of one city: its districts to choose from
    assert [b.title for b in r.answers[0].buttons] == ["东区", "西区"]
    assert c.state.region is None and c.state.point is None


@pytest.mark.parametrize("text", ["🙂🙂🙂", "   ", "啊" * 5000, "身份证" * 2000])
def test_odd_input_gets_a_polite_answer(chat, text: str) -> None:  # noqa: ANN001
    r = chat().say("nlu_fallback", text)
    assert len(r.answers) == 1 and r.answers[0].text


def test_a_failure_becomes_a_polite_answer(chat, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    c = chat(region="100101")
    before = c.state

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(c.dialogue.searcher, "search", broken)
    r = c.say("ask_materials", "补办身份证要带什么")
    assert "稍后再试" in r.answers[0].text and c.state == before


def _call(text: str, intent: str, slots: dict, original: str | None = None) -> dict:
    """An action call as Rasa 3.6 sends it to the action endpoint."""
    return {
        "next_action": "action_guidebot", "sender_id": "u1", "version": "3.6.21",
        "domain": {"slots": {}},
        "tracker": {
            "sender_id": "u1", "slots": slots, "events": [], "paused": False,
            "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen",
            "latest_message": {
                "intent": {"name": intent, "confidence": 0.93}, "entities": [],
                "text": text, "text_original": original or text, "metadata": {},
            },
        },
    }


def test_the_webhook_speaks_rasa_sdks_protocol(searcher: Searcher) -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient
    from rasa_sdk.executor import ActionExecutor

    from bot.rasa.action import ActionGuidebot
    from bot.rasa.webhook import webhook_router

    executor = ActionExecutor()
    dialogue = Dialogue(searcher, Settings(), clock=lambda: MONDAY_10)
    executor.register_action(ActionGuidebot(dialogue))
    app = FastAPI()
    app.include_router(webhook_router(executor, "secret-of-rasa"))
    client = TestClient(app)
    call = _call("补办身份证要带什么", "ask_materials", {})
    # Only Rasa (showing the service token) may call it; nothing is read before that.
    assert client.post("/webhook", json=call).status_code == 401
    assert client.post("/webhook", json=call,
                       headers={"X-Guidebot-Service-Token": "guess"}).status_code == 403
    assert client.get("/actions").status_code == 401
    client.headers["X-Guidebot-Service-Token"] = "secret-of-rasa"

    slots = {"region": "东区", "item_code": None, "options": None, "aspect": None}
    r = client.post("/webhook", json=_call("补办身份证要带什么", "ask_materials", slots,
                                           original="補辦身份證要帶什麼"))
    assert r.status_code == 200
    body = r.json()
    assert "戶口簿" in body["responses"][0]["text"]  # the user's script, from text_original
    assert body["responses"][0]["buttons"][0]["payload"] == "/ask_time"
    events = {e["name"]: e["value"] for e in body["events"] if e["event"] == "slot"}
    assert events == {"item_code": "ID-REISSUE-100101", "region": "100101", "aspect": "materials",
                      "script": "traditional"}

    slots.update(events)
    r = client.post("/webhook", json=_call("那要多久", "ask_time", slots))
    assert "20個工作日" in r.json()["responses"][0]["text"]  # no character tells: the last script

    assert client.post("/webhook", json={**_call("x", "greet", {}), "next_action": "nope"}
                       ).status_code == 404
    assert client.post("/webhook", content=b"not json").status_code == 400
    assert client.post("/webhook", json={"next_action": "action_guidebot"}).status_code == 400
    # A tracker or domain of the wrong shape is the caller's mistake (400), never a 500.
    broken = {**_call("x", "greet", {}), "domain": ["not", "a", "dict"]}
    assert client.post("/webhook", json=broken).status_code == 400
    broken = {**_call("x", "greet", {}), "tracker": {"sender_id": "u", "slots": [1, 2]}}
    assert client.post("/webhook", json=broken).status_code == 400


def test_answers_are_journaled_and_rated(searcher: Searcher, tmp_path: Path) -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from bot.api import api_router
    from bot.store.journal import Journal, database_url

    journal = Journal(database_url("", tmp_path / "j.db"))
    dialogue = Dialogue(searcher, Settings(), clock=lambda: MONDAY_10, journal=journal)
    web = {"metadata": {"channel": "web"}, "sender": "web-browser-0001"}
    r = dialogue.respond(Turn("ask_materials", "补办身份证要带什么", **web), State(region="100101"))
    answer = r.answers[0]
    assert answer.answer_id is not None and answer.brief.startswith("居民身份证补领（东区）")
    custom = rasa_messages(answer)[1]["json_message"]["answer"]
    assert (custom["id"], custom["code"]) == (answer.answer_id, "ID-REISSUE-100101")

    # Rated by words (once), then asked for a score when none is given.
    turn = Turn("rate", "非常满意", last_answer_id=answer.answer_id, **web)
    assert "谢谢" in dialogue.respond(turn, r.state).answers[0].text
    assert "已经评价过" in dialogue.respond(turn, r.state).answers[0].text
    ask = dialogue.respond(Turn("rate", "评价一下", last_answer_id=answer.answer_id), r.state)
    assert [b.payload for b in ask.answers[0].buttons][0] == '/rate{"score":"5"}'
    dialogue.respond(Turn("nlu_fallback", "火星移民签证怎么申请"), State())
    assert journal.counts() == {"answers": 1, "ratings": 1, "unanswered": 1}

    # Through the API: only the conversation that got the answer, once.
    second = dialogue.respond(Turn("ask_time", "补办身份证要多久", **web),
                              State(region="100101")).answers[0]
    app = FastAPI()
    app.include_router(api_router(searcher.holder, journal, service_token="tok"))
    client = TestClient(app)
    rating = {"answer_id": second.answer_id, "score": 2, "comment": "地址不对", "channel": "web"}
    assert client.post("/api/ratings", json=rating).status_code == 422  # whose?
    assert client.post("/api/ratings",
                       json={**rating, "sender": "someone-else-01"}).status_code == 404
    ok = client.post("/api/ratings", json={**rating, "sender": "browser-0001"})
    assert ok.status_code == 201 and ok.json()["id"]
    again = client.post("/api/ratings", json={**rating, "sender": "browser-0001"})
    assert again.status_code == 409
    # A conversation id is believed only from the assistant's own channels (the token).
    as_bot = {**rating, "answer_id": answer.answer_id, "conversation": "web-browser-0001"}
    assert client.post("/api/ratings", json=as_bot).status_code == 403
    assert client.post("/api/ratings", json=as_bot,
                       headers={"X-Guidebot-Service-Token": "tok"}).status_code == 409
    unknown = {"answer_id": 99999, "score": 2, "sender": "browser-0001"}
    assert client.post("/api/ratings", json=unknown).status_code == 404
    huge = {**unknown, "answer_id": 2**70}  # beyond 64 bits: a 422, never a 500
    assert client.post("/api/ratings", json=huge).status_code == 422
    bad = client.post("/api/ratings", json={**rating, "score": 6, "sender": "browser-0001"})
    assert bad.status_code == 422
    regions = {r["code"]: r for r in client.get("/api/regions").json()}
    assert regions["100101"] == {"code": "100101", "name": "东区", "level": "county",
                                 "parent": "100100"}


def test_a_question_taken_for_a_rating_is_still_answered(chat) -> None:  # noqa: ANN001
    r = chat(region="100101").say("rate", "补办身份证要带什么东西")
    assert cited(r) == ["ID-REISSUE-100101"]
    r = chat(region="100101").say("rate", "很有帮助")  # a rating without a score: ask for one
    assert r.answers[0].text.startswith("还没有可以评价的回答")
    # A follow-up or a question about points ("几分") taken for a rating: still asked.
    c = chat(region="100101")
    c.say("ask_materials", "补办身份证要带什么")
    r = c.say("rate", "要是没带户口本呢")
    assert cited(r) == ["ID-REISSUE-100101"]
    r = chat(region="100101").say("rate", "驾照最多能扣几分")
    assert not r.answers[0].text.startswith("还没有可以评价的回答")


def test_a_new_region_without_a_subject_is_a_region_change(chat) -> None:  # noqa: ANN001
    c = chat(region="100101")
    c.say("ask_conditions", "补办身份证有什么条件")
    r = c.say("ask_conditions", "其实我们住西区")  # the NLU's intent, not the words
    assert cited(r) == ["ID-REISSUE-100100"] and "甲市政务服务中心" in r.answers[0].text


def test_a_region_named_while_a_choice_is_pending_keeps_the_choice(chat) -> None:  # noqa: ANN001
    for said, intent in (("我在东区", "inform_region"), ("其实我们住东区", "ask_materials")):
        c = chat(region="100100")
        ask = c.say("ask_materials", "办身份证要带什么").answers[0]
        assert ask.aspect == "choose"
        r = c.say(intent, said, region="东区")
        again = r.answers[0]
        assert again.aspect == "choose" and "东区" in again.text
        assert [b.title for b in again.buttons] == [b.title for b in ask.buttons]
        titles = [b.title for b in again.buttons]
        r = c.say("choose", str(titles.index("居民身份证补领") + 1))
        # The chosen item, for the region named meanwhile, with the aspect asked first.
        assert cited(r) == ["ID-REISSUE-100101"] and "需要带的材料" in r.answers[0].text


def test_a_follow_up_after_an_faq_answer_asks_about_its_item(chat) -> None:  # noqa: ANN001
    c = chat(region="100101")
    r = c.say("ask_materials", "结婚登记还要带户口本吗")
    assert "无需再提供户口簿" in r.answers[0].text and c.state.item == "MARRIAGE-100100"
    r = c.say("ask_location", "那在哪领")
    assert cited(r) == ["MARRIAGE-100100"] and "甲市政务服务中心" in r.answers[0].text


def test_rating_words_inside_a_question_are_not_a_rating() -> None:
    from bot.dialogue.rating import score_of

    assert score_of({}, "非常满意") == 5 and score_of({}, "不满意！") == 2
    assert score_of({}, "一般吧") == 3 and score_of({"score": ["4"]}, "给个四星") == 4
    assert score_of({}, "打5分") == 5 and score_of({}, "非常不满意") == 1
    assert score_of({}, "公积金基数一般几月份调啊") is None


@pytest.mark.parametrize(("typed", "comment"), [
    ("非常满意", ""), ("五星！", ""), ("给个好评吧", ""), ('/rate{"score":"5"}', ""),
    ("打2分，地址写错了", "打2分，地址写错了"), ("不满意 窗口说要户口本", "不满意 窗口说要户口本"),
])
def test_a_typed_rating_keeps_only_a_real_comment(typed: str, comment: str) -> None:
    from bot.dialogue.rating import comment_of

    assert comment_of(typed) == comment


def test_an_faq_entrys_item_is_found_once_per_index_version(chat, monkeypatch) -> None:  # noqa: ANN001
    """The guide an FAQ entry is about is searched for once (per version, entry and region),
    not on every answer from the entry: the second citizen's turn searches only their own
    question."""
    c = chat(region="100101")
    searched: list[str] = []
    search = c.dialogue.searcher.search
    monkeypatch.setattr(c.dialogue.searcher, "search",
                        lambda text, **kw: searched.append(text) or search(text, **kw))
    c.say("ask_materials", "结婚登记还要带户口本吗")
    first = len(searched)
    again = chat(region="100101")
    again.dialogue = c.dialogue
    again.say("ask_materials", "结婚登记还要带户口本吗")
    assert first >= 2 and len(searched) - first == first - 1
    assert again.state.item == c.state.item == "MARRIAGE-100100"


def test_没有坐标的位置意图和转人工意图不挡住所问(chat) -> None:  # noqa: ANN001
    # Words the NLU took for a shared location: no coordinates, so it is a question.
    r = chat().say("share_location", "我在东区，身份证丢了想补办，要带什么")
    assert cited(r) == ["ID-REISSUE-100101"] and "需要带的材料" in r.answers[0].text
    # "…电话是多少" taken for a request for a person: the number is what was asked.
    r = chat(region="100101").say("handoff", "补办身份证的咨询电话是多少")
    assert cited(r) == ["ID-REISSUE-100101"] and "咨询电话：" in r.answers[0].text
    r = chat(region="100101").say("handoff", "我要转人工")
    assert cited(r) == [] and "12345" in r.answers[0].text


def test_追问能不能一起办时给出包含当前事项的一件事(chat) -> None:  # noqa: ANN001
    c = chat(region="100101")
    c.say("ask_materials", "补办身份证要带什么")
    r = c.say("ask_bundle", "这些能一起办吗")
    assert r.answers[0].aspect == "bundle" and "内地居民结婚登记" in r.answers[0].text


def test_问到的大厅没有找到事项时答这个大厅在哪_几点开门(chat) -> None:  # noqa: ANN001
    r = chat(region="100101").say("ask_location", "车管所在哪 周六上班吗")
    text = r.answers[0].text
    assert text.startswith("甲市公安局交通警察支队车辆管理所") and "甲市车城大道8号" in text
    assert "周六正常办公" in text and "0000-3334567" in text and not cited(r)


def test_丢了_从换领转到同一事项的补领(chat) -> None:  # noqa: ANN001
    """A follow-up asking another operation of the current item (丢了 after 换领) is
    answered by the item's variant that states it; one the current guide states stays."""
    c = chat(region="100101")
    r = c.say("ask_time", "身份证到期换领要多久")
    assert cited(r) == ["ID-RENEW-100100"]
    r = c.say("ask_process", "丢了")
    assert cited(r) == ["ID-REISSUE-100101"]
    r = c.say("ask_fee", "补办要钱吗")  # 补领 is current now: no switch
    assert cited(r) == ["ID-REISSUE-100101"] and "补领工本费 40元" in r.answers[0].text


def test_追问另一个证件_当前事项从不写它时不当作追问(chat) -> None:  # noqa: ANN001
    """"那驾照丢了怎么补" after 居民身份证补领 is no follow-up on it: the guide never writes
    驾驶证, and the catalog holds no guide that does."""
    c = chat(region="100101")
    r = c.say("ask_materials", "身份证丢了补办要带什么")
    assert cited(r) == ["ID-REISSUE-100101"]
    r = c.say("ask_process", "那驾照丢了怎么补")
    assert "ID-REISSUE-100101" not in cited(r)
    r = c.say("ask_process", "那户口本呢")  # 居民身份证补领's materials write 户口簿
    assert cited(r) == ["ID-REISSUE-100101"]
    r = c.say("ask_location", "那单身证明去哪开")  # a certificate it never writes either
    assert "ID-REISSUE-100101" not in cited(r)
