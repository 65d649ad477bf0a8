"""The dialogue's pure parts, without the model: fusing the two channels, reading which
option was picked, telling a follow-up from a new question, and the operation a
question asks (注销, 补领 …) against the one a guide's name states."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.answers.operations import asked_operations, operations_of
from bot.dialogue.choice import ordinal, pick
from bot.dialogue.confidence import asks_for_package
from bot.dialogue.followup import has_subject, subject
from bot.dialogue.state import Turn
from bot.dialogue.variants import fits, named_certificates, named_documents, other_document
from index.fusion import convex_fusion
from index.search import SearchHit

pytestmark = pytest.mark.unit


def hit(group: str, named: bool = False) -> SearchHit:
    return SearchHit(code=f"{group}-1", name=group, kind="guide", region="", region_name="",
                     region_match="any", status="active", answerable=True, score=1.0,
                     group=group, named=named)


# --------------------------------------------------------------------------- fusion


def test_fusion_keeps_how_much_better_the_first_is() -> None:
    fused = convex_fusion({1: 12.0, 2: 3.0}, {2: 0.91, 3: 0.84})
    assert [k for k, _ in fused] == [2, 1, 3]
    assert fused[0][1] == pytest.approx(0.7 * 1.0 + 0.3 * 0.25)


def test_fusion_with_one_channel_empty_ranks_by_the_other() -> None:
    assert [k for k, _ in convex_fusion({}, {5: 0.9, 6: 0.8})] == [5, 6]
    assert [k for k, _ in convex_fusion({7: 2.0, 8: 4.0}, {})] == [8, 7]


def test_fusion_breaks_ties_by_id_and_refuses_a_bad_weight() -> None:
    assert [k for k, _ in convex_fusion({}, {9: 0.5, 4: 0.5})] == [4, 9]
    with pytest.raises(ValueError):
        convex_fusion({1: 1.0}, {1: 1.0}, alpha=1.5)


# --------------------------------------------------------------------------- choice


@pytest.mark.parametrize(("text", "entities", "expected"), [
    ("2", {}, 1), ("第二个", {"ordinal": ["2"]}, 1), ("选三", {}, 2),
    ("最后一个", {"ordinal": ["last"]}, 3), ("5", {}, None), ("补领的", {}, None),
])
def test_ordinal_reads_numbers_and_words(text: str, entities: dict, expected: int | None) -> None:
    assert ordinal(Turn("choose", text, entities), 4) == expected


def test_pick_by_the_words_of_one_option_name() -> None:
    names = {"guide:a": ("a", ("居民身份证补领",)), "guide:b": ("b", ("居民身份证换领",))}
    chosen = pick(Turn("inform", "补领"), list(names), names.__getitem__, lambda _: [])
    assert chosen == "guide:a"


def test_pick_by_the_search_unless_it_names_another_item() -> None:
    names = {"guide:a": ("a", ("结婚登记",)), "guide:b": ("b", ("离婚登记",))}
    by_search = pick(Turn("inform", "分开了"), list(names), names.__getitem__,
                     lambda _: [hit("b"), hit("a")])
    assert by_search == "guide:b"
    new_question = pick(Turn("inform", "社保卡坏了要换"), list(names), names.__getitem__,
                        lambda _: [hit("社保卡", named=True), hit("a")])
    assert new_question is None


# --------------------------------------------------------------------------- follow-ups


@pytest.mark.parametrize("text", ["那要多久？", "在哪办", "收费吗", "要带什么材料呢", "/ask_time",
                                  # who may act, and how often, are no subject of their own
                                  "能让孩子去办吗", "家里人能帮我去吗", "每月多少", "一年能领几次"])
def test_a_question_without_a_subject_follows_on(text: str) -> None:
    assert not has_subject(text)


@pytest.mark.parametrize("text", ["护照要多久", "居住证在哪办", "结婚证补办收费吗",
                                  "身份证丢了能让家人去补吗", "孩子上户口要什么"])
def test_a_question_naming_something_is_new(text: str) -> None:
    assert has_subject(text)


def test_region_names_are_not_a_subject() -> None:
    assert subject("海滨区在哪办", lambda t: t.replace("海滨区", "")) == ""


@pytest.mark.parametrize("text", ["说错了，她户口其实在海滨区", "我其实户口在海滨区",
                                  "不对，我老家是海滨区的", "搞错了 户籍在海滨区"])
def test_纠正所在区县的话不是新的事项(text: str) -> None:
    assert not has_subject(text, lambda t: t.replace("海滨区", " "))


@pytest.mark.parametrize("text", ["户口在哪迁", "户口在海滨区，想迁到青山区怎么办"])
def test_说户口在哪但还问了事项的仍有主题(text: str) -> None:
    assert has_subject(text, lambda t: t.replace("海滨区", " ").replace("青山区", " "))


# --------------------------------------------------------------------------- operations


def test_the_operation_asked_against_the_guide_name() -> None:
    assert asked_operations("个体户营业执照怎么注销") == {"cancel"}
    assert operations_of(("个体工商户设立登记",)) == {"new"}
    assert not fits({"cancel"}, ("个体工商户设立登记",))
    assert fits({"cancel"}, ("个体工商户注销登记",))
    assert fits({"cancel"}, ("不动产抵押登记",))  # a name stating no operation fits any
    assert fits(set(), ("个体工商户设立登记",))  # nothing asked: anything fits


def test_the_longer_operation_word_is_what_is_said() -> None:
    assert asked_operations("身份证首次申领") == {"new"}
    assert asked_operations("驾驶证到期换证") == {"renew"}
    assert asked_operations("结婚证丢了怎么补") == {"replace"}


def test_back_pay_of_a_benefit_is_no_reissue() -> None:
    assert asked_operations("高龄津贴晚了几个月申请能补发吗") == set()  # 补发 the money
    assert asked_operations("残疾证丢了能补发吗") == {"replace"}  # a document named


def test_named_certificates_are_qualifiers_not_verbs() -> None:
    assert named_certificates("那单身证明去哪开") == ["单身"]
    assert named_certificates("要不要开收入证明") == ["收入"]
    assert named_certificates("要开证明吗") == []


def test_named_documents_are_qualifiers_not_verbs_or_places() -> None:
    assert named_documents("钓鱼证在哪办") == ["钓鱼"]
    assert named_documents("去县里领证") == []
    assert named_documents("养狗要办狗证吗") == ["狗"]  # one character after a verb
    assert named_documents("我要办证") == []
    assert named_documents("过户办完拿到的是什么证") == []  # which document, not one named
    assert named_documents("开饭店要办啥证") == []
    assert named_documents("护照还有五个月过期 能换新的吗") == ["护照"]  # a word of its own
    assert named_documents("港澳通行证去香港的签注怎么办") == ["港澳"]  # 通行证 is a kind


def test_a_document_already_earned_is_not_what_is_asked() -> None:
    """"考了…证" says what the citizen holds; the subsidy or the registration is asked."""
    assert named_documents("考了个中级电工证能补多少钱") == []
    assert named_documents("取得医师资格证后怎么注册") == []
    assert named_documents("电工证怎么考") == ["电工"]
    names = ("职业技能提升补贴申领", "职业资格证书")
    assert other_document("考了高级工证书补贴多少", names) is None
    assert other_document("高级工证书补贴多少", names) == "级工证书"


# --------------------------------------------------------------------------- documents


@pytest.mark.parametrize(("question", "names", "document"), [
    ("第一次辦大陸居民往來台灣通行證要什么", ("往来港澳通行证及签注",), "台湾通行证"),
    ("车子的行驶证丢了怎么补", ("机动车驾驶证补领", "驾驶证丢了"), "行驶证"),
    ("居住证丢了怎么补办", ("补领结婚证", "结婚证丢了"), "居住证"),
    ("补身分证要多少钱", ("居民身份证补领",), None),  # typed by pinyin
    ("结昏证补办要照片吗", ("补领结婚证",), None),
    ("开无犯罪证明要几天", ("无犯罪记录证明开具",), None),  # a part of the name
    ("残疾证怎么办", ("残疾人证新办",), None),
    ("能在这领证吗", ("内地居民结婚登记", "结婚领证"), None),  # a verb before 证
    ("去香港的通行证多少钱", ("往来港澳通行证及签注",), None),
    ("遗嘱公证能让别人代办吗", ("公证申办（学历、出生、亲属关系等）",), None),
    ("护照多少钱", ("普通护照签发",), None),  # no kind both say
    ("驾照到期网上能换吗？多久能拿到新证", ("机动车驾驶证有效期满换证",), None),  # generic
])
def test_a_document_the_guide_states_another_of(question: str, names: tuple[str, ...],
                                               document: str | None) -> None:
    assert other_document(question, names) == document


# --------------------------------------------------------------------------- packages


@pytest.mark.parametrize(("question", "bundle"), [
    ("营业执照和食品许可证先办哪个", True),
    ("退休手续和公积金提取，哪个要先办", True),
    ("生孩子的手续能一起办吗", True),
    ("营业执照要带什么", False),
])
def test_package_and_order_words_ask_for_the_close_bundle(question: str, bundle: bool) -> None:
    item = replace(hit("licence"), score=1.0)
    package = replace(hit("restaurant"), kind="bundle", score=0.7)
    far = replace(hit("other"), kind="bundle", score=0.5)
    found = asks_for_package(question, [item, package, far], item)
    assert found == (package if bundle else None)
