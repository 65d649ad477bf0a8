"""The first decision (answer, ask which, not found) on hand-made search hits: no model."""

from __future__ import annotations

import pytest

from bot.dialogue.confidence import decide
from index.search import SearchHit

pytestmark = pytest.mark.unit

NAMES = {
    "A": ("居民身份证首次申领", "办身份证"),
    "B": ("居民身份证换领", "身份证到期换新"),
    "C": ("居民身份证补领", "身份证丢了"),
    "F": ("食品经营许可（新办）", "开饭店许可证"),
    "G": ("食品经营许可（变更）",),
    "G-CANCEL": ("食品经营许可（注销）",),
    "H": ("个体工商户设立登记", "个体户营业执照"),
    "J": ("机动车驾驶证补领", "驾照丢了"),
    "K": ("机动车驾驶证期满换证", "驾照到期"),
    "L": ("不动产抵押登记",),
    "T": ("临时居民身份证申领", "临时身份证"),
    "B-BIRTH": ("出生一件事",),
    "M": ("内地居民结婚登记", "领结婚证", "办结婚证"),
    "R": ("补领结婚证", "结婚证丢了"),
    "E": ("义务教育新生入学报名", "小学报名"),
    "S": ("社会保障卡申领", "办社保卡", "遗失补领"),
    "FAQ-HUKOU": ("户口本丢了怎么补？", "户口本遗失的，到户籍所在地派出所补领，当场办结。"),
}


def hit(code: str, score: float, *, dense: float = 0.92, bm25: float = 6.0,
        named: bool = False) -> SearchHit:
    return SearchHit(code=code, name=NAMES[code][0], kind="guide", region="1", region_name="",
                     region_match="any", status="active", answerable=True, score=score,
                     group=code, named=named, bm25=bm25, dense=dense)


def names_of(h: SearchHit) -> tuple[str, ...]:
    return NAMES[h.code][:1]


def aliases_of(h: SearchHit) -> tuple[str, ...]:
    return NAMES[h.code]


def test_问题说出区分词就直接回答_其余作为按钮() -> None:
    hits = [hit("A", 1.0), hit("B", 0.95), hit("C", 0.93)]
    d = decide(hits, 0.905, 5.0, "身份证到期换领要带什么", names_of, aliases_of)
    assert d.kind == "answer" and [h.code for h in d.hits] == ["B", "A", "C"]


def test_说不出区分词就问是哪一项() -> None:
    hits = [hit("A", 1.0), hit("B", 0.95), hit("C", 0.93)]
    d = decide(hits, 0.905, 5.0, "身份证怎么弄", names_of, aliases_of)
    assert d.kind == "choose" and len(d.hits) == 3


def test_明显领先时直接回答_相近的作为按钮() -> None:
    hits = [hit("A", 1.0), hit("B", 0.85), hit("C", 0.5)]
    d = decide(hits, 0.905, 5.0, "孩子十六岁了第一次办身份证怎么弄", names_of, aliases_of)
    assert d.kind == "answer" and [h.code for h in d.hits] == ["A", "B"]


def test_只说了几项共有的名字时还是要问() -> None:
    hits = [hit("A", 1.0), hit("B", 0.85), hit("C", 0.5)]
    d = decide(hits, 0.905, 5.0, "身份证咋弄啊", names_of, aliases_of)
    assert d.kind == "choose" and {h.code for h in d.hits} >= {"A", "B"}


def test_问的证件不在候选里就说没找到() -> None:
    hits = [hit("F", 1.0, bm25=14.0), hit("G", 0.95, bm25=12.0)]
    d = decide(hits, 0.905, 5.0, "烟草零售许可证怎么申请", names_of, aliases_of)
    assert d.kind == "none"
    d = decide(hits, 0.905, 5.0, "开饭店许可证怎么申请", names_of, aliases_of)
    assert d.kind != "none"


def test_没有一个字对得上时语义要更有把握() -> None:
    assert decide([hit("F", 1.0, dense=0.915, bm25=0.0)], 0.905, 5.0).kind == "none"
    assert decide([hit("F", 1.0, dense=0.915, bm25=2.0)], 0.905, 5.0).kind == "answer"


def test_问的是另一种办理项_名称写明的办理项对不上就说没找到() -> None:
    """注销 asked, the only close guide is 设立登记 (named by its alias): not found."""
    hits = [hit("H", 1.0, bm25=12.0, named=True), hit("F", 0.6)]
    d = decide(hits, 0.905, 5.0, "个体户营业执照怎么注销", names_of, aliases_of)
    assert d.kind == "none"
    d = decide(hits, 0.905, 5.0, "个体户营业执照怎么办", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "H"


def test_问的办理项在候选里就回答那一项() -> None:
    hits = [hit("J", 1.0, bm25=12.0), hit("K", 0.7, bm25=8.0)]
    d = decide(hits, 0.905, 5.0, "驾照到期了怎么换证", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "K"
    d = decide(hits, 0.905, 5.0, "驾照丢了怎么补办", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "J"


def test_按办理项换成的事项也得是所问的证件() -> None:
    """补 asked about 驾驶证: the top guide (期满换证) does not state it, and the 补领 at hand
    is the identity card's: not found, never the identity card's answer."""
    hits = [hit("K", 1.0, bm25=9.0), hit("C", 0.75, bm25=2.0)]
    d = decide(hits, 0.905, 5.0, "驾驶证丢了怎么补", names_of, aliases_of)
    assert d.kind == "none"
    d = decide(hits, 0.905, 5.0, "身份证丢了怎么补", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "C"


def test_名称不写办理项的指南不按办理项判断() -> None:
    """不动产抵押登记 states no operation: a question about it is answered whatever it says."""
    hits = [hit("L", 1.0, bm25=12.0)]
    d = decide(hits, 0.905, 5.0, "房子抵押登记怎么取消", names_of, aliases_of)
    assert d.kind == "answer"


def test_办理项的说法() -> None:
    from bot.answers.operations import asked_operations, operations_of

    assert asked_operations("身份证掉了咋补") == {"replace"}
    assert asked_operations("到期换领和补办有什么不同") == {"renew", "replace"}
    assert asked_operations("第一次办身份证") == set()  # "办" alone says nothing
    # "补" as the verb of a document, and not the other words that begin with it
    for asked in ("补身份证能在云溪办吗", "想补个驾照", "补张社保卡要多久"):
        assert asked_operations(asked) == {"replace"}, asked
    for other in ("残疾补贴要带身份证吗", "补缴社保要带社保卡吗", "补充材料要户口本吗", "驾照补考"):
        assert asked_operations(other) == set(), other
    from bot.dialogue.variants import says_change

    assert says_change("个体户怎么改经营范围") and not asked_operations("个体户怎么改经营范围")
    assert not says_change("房子改造能申请补贴吗")
    assert asked_operations("身份证前几天被偷了") == {"replace"}
    assert asked_operations("改名字后身份证要换领吗") == {"renew"}  # the word said wins
    assert operations_of(("居民身份证首次申领",)) == {"new"}  # not also 申领's other uses
    assert operations_of(("住房公积金提取（离退休）",)) == set()


def test_问题点名的事项不因故事里的办理项词换成别的() -> None:
    hits = [hit("T", 1.0, bm25=12.0, named=True), hit("C", 0.8, bm25=9.0, named=True)]
    d = decide(hits, 0.905, 5.0, "身份证在补办，急用，能办个临时身份证吗", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "T"
    # "前几天" says when, not how many: the story's clause asks nothing
    d = decide(hits, 0.905, 5.0, "身份证前几天丢了，在补办，急用，能办个临时身份证吗",
               names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "T"


def test_问句里问的办理项_点名的事项不做就是没找到() -> None:
    # 个体户 names 设立登记; 注销 is what the asking clause asks, and only other items do it
    # (食品经营许可 is another item): not found, not the 设立登记 card.
    hits = [hit("H", 1.0, bm25=19.0, named=True), hit("G", 0.7, bm25=6.0),
            hit("G-CANCEL", 0.65, bm25=6.5)]
    d = decide(hits, 0.905, 5.0, "那个小超市不开了，个体户营业执照怎么注销", names_of, aliases_of)
    assert d.kind == "none"


def test_问一起办打包办就回答一件事() -> None:
    bundle = SearchHit(code="B-BIRTH", name="出生一件事", kind="bundle", region="", region_name="",
                       region_match="any", status="active", answerable=True, score=0.7,
                       group="B-BIRTH", named=False, bm25=6.0, dense=0.92)
    hits = [hit("C", 1.0, bm25=12.0), bundle]
    d = decide(hits, 0.905, 5.0, "上户口和交医保能一起办吗", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].kind == "bundle"
    d = decide(hits, 0.905, 5.0, "上户口要带什么", names_of, aliases_of)
    assert d.hits[0].code == "C"


def faq(code: str, score: float, **kw: float) -> SearchHit:
    from dataclasses import replace

    return replace(hit(code, score, **kw), kind="faq", name=NAMES[code][0])


def test_知识库条目没提到所问的证件就不拿它回答() -> None:
    hits = [faq("FAQ-HUKOU", 1.0), hit("J", 0.7, bm25=2.0, dense=0.88)]
    d = decide(hits, 0.905, 5.0, "驾驶证丢了怎么补", names_of, aliases_of)
    assert d.kind == "none"
    # the entry that does mention it still answers
    d = decide([faq("FAQ-HUKOU", 1.0)], 0.905, 5.0, "户口本丢了怎么补", names_of, aliases_of)
    assert d.kind == "answer"


def test_问题没问补领换领时_名字里带证件的补领事项让位给事项本身() -> None:
    NAMES.update({"M": ("内地居民结婚登记", "领结婚证"), "N": ("补领结婚证", "结婚证丢了")})
    hits = [hit("N", 1.0, named=True), hit("M", 0.85)]
    d = decide(hits, 0.905, 5.0, "结婚证能寄到家吗", names_of, aliases_of)
    assert d.kind == "answer" and [h.code for h in d.hits] == ["M", "N"]
    d = decide(hits, 0.905, 5.0, "结婚证丢了能寄到家吗", names_of, aliases_of)
    assert d.hits[0].code == "N"


def test_只有一项在用其余已撤销时不问_问到撤销的那项就说明它() -> None:
    from dataclasses import replace

    NAMES.update({"P": ("生育登记",), "Q": ("生育服务证核发", "准生证")})
    revoked = replace(hit("Q", 1.0, named=True), status="revoked", answerable=False)
    d = decide([revoked, hit("P", 0.95)], 0.905, 5.0, "准生证还要办吗", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "Q"
    unnamed = replace(revoked, named=False)
    d = decide([unnamed, hit("P", 0.95)], 0.905, 5.0, "二胎要审批吗", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "P"


def test_长段落的知识库条目在按钮上只显示第一句() -> None:
    from dataclasses import replace

    from bot.dialogue.narrowing import option_title

    long = replace(faq("FAQ-HUKOU", 1.0),
                   name="电子营业执照与纸质营业执照具有同等法律效力。企业可下载")
    assert option_title(long) == "电子营业执照与纸质营业执照具有同等法律效力…"
    assert option_title(hit("P", 1.0)) == "生育登记"


def _faq_first(*others: SearchHit):  # noqa: ANN202 - a Decision
    from bot.dialogue.confidence import Decision

    return Decision("answer", (faq("FAQ-HUKOU", 1.0), *others))


def test_问电话而知识库条目不讲电话时由相近的办事指南回答() -> None:
    from bot.dialogue.narrowing import answered_by_guide

    guide = hit("C", 0.85)
    decided = answered_by_guide(_faq_first(guide), "户口本补办打哪个电话",
                                lambda h: "\n".join(aliases_of(h)))
    assert decided.kind == "answer"
    assert [h.code for h in decided.hits] == ["C", "FAQ-HUKOU"]  # the entry stays a button


def test_知识库条目讲到所问的方面时仍由它回答() -> None:
    from bot.dialogue.narrowing import answered_by_guide

    text = lambda h: "\n".join(aliases_of(h))  # noqa: E731 - "当场办结" speaks to the time
    for question in ("户口本补办要几天", "户口本丢了怎么补", "户口本丢了怎么补，当天能拿到吗",
                     "户口本丢了，缴费基数怎么选"):  # the last: an aspect only an intent names
        decided = answered_by_guide(_faq_first(hit("C", 0.85)), question, text)
        assert decided.hits[0].code == "FAQ-HUKOU", question
    # no guide in use beside it: nothing to answer with instead
    from dataclasses import replace

    revoked = replace(hit("C", 0.85), answerable=False)
    for decision in (_faq_first(revoked), _faq_first()):
        assert answered_by_guide(decision, "户口本补办打哪个电话", text).hits[0].code == "FAQ-HUKOU"


def test_办事指南对所问一字不提时由相近的知识库条目回答() -> None:
    """"居民医保住院能报销多少": the enrolment guide says nothing of amounts; the hotline's
    entry close beside it does. The guide stays a button; a guide that says anything of
    what was asked keeps answering."""
    from bot.dialogue.confidence import Decision
    from bot.dialogue.narrowing import answered_by_entry

    first = Decision("answer", (hit("C", 1.0), faq("FAQ-HUKOU", 0.85)))
    silent = lambda h: ("办事指南没有写明发放的金额，请咨询 0000-1。",)  # noqa: E731
    decided = answered_by_entry(first, silent)
    assert [h.code for h in decided.hits] == ["FAQ-HUKOU", "C"]
    said = lambda h: ("办事指南没有写明是否需要预约，请咨询 0000-1。\n某大厅预约：https://x",)  # noqa: E731
    assert answered_by_entry(first, said) is first
    assert answered_by_entry(first, lambda h: ("不收费。",)) is first
    assert answered_by_entry(Decision("answer", (hit("C", 1.0),)), silent).hits[0].code == "C"


def test_证件名是两项共有的说法时不算区分词_答不写办理项的那项() -> None:
    """"结婚证" is in the name 补领结婚证, but 内地居民结婚登记 is called 领结婚证 too: the
    word tells neither apart. The question asks no 补领, so the item itself is answered and
    补领 offered beside it."""
    hits = [hit("M", 1.0), hit("R", 0.93)]
    for question in ("结婚证能寄到家吗", "办结婚证跑一趟就够了吧"):
        d = decide(hits, 0.905, 5.0, question, names_of, aliases_of)
        assert d.kind == "answer" and [h.code for h in d.hits] == ["M", "R"], question
    d = decide(hits, 0.905, 5.0, "补结婚证能寄到家吗", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "R"


def test_只说共同名称时仍问是哪一项() -> None:
    """新办 is the only option without another operation, but "食品经营许可" says nothing
    beyond what the options share (and "身份证怎么弄" too): asked, not guessed."""
    hits = [hit("F", 1.0), hit("G", 0.95)]
    assert decide(hits, 0.905, 5.0, "食品经营许可", names_of, aliases_of).kind == "choose"
    hits = [hit("F", 1.0), hit("G", 0.95)]
    d = decide(hits, 0.905, 5.0, "开饭店的许可要带什么", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "F"


def _bundle(score: float, **kw: object) -> SearchHit:
    from dataclasses import replace

    return replace(hit("B-BIRTH", score, **kw), kind="bundle")


def test_一件事只凭办证这类词贴近时不作答() -> None:
    """"养狗要办证吗" is near 出生一件事 by 办证 alone (BM25 below the floor, not named): the
    package does not answer; the next hit decides, here "not found"."""
    hits = [_bundle(1.0, dense=0.919, bm25=4.5), hit("A", 0.7, dense=0.92, bm25=0.0)]
    assert decide(hits, 0.905, 5.0, "养狗要办证吗", names_of, aliases_of).kind == "none"
    # found by its words, or asked for as a package, it answers
    for sure, question in ((_bundle(1.0, dense=0.919, bm25=9.0), "生孩子要办啥"),
                           (_bundle(1.0, dense=0.919, bm25=1.7), "有没有一次就能办完的"),
                           (_bundle(1.0, dense=0.919, bm25=1.7), "退休手續可唔可以一次過辦埋")):
        d = decide([sure, hit("A", 0.7, dense=0.92, bm25=0.0)], 0.905, 5.0, question,
                   names_of, aliases_of)
        assert d.kind == "answer" and d.hits[0].kind == "bundle", question


def test_没问一件事时_一件事不和所问的指南争() -> None:
    """"退休能预约吗" between a guide and a close package: the guide answers, the package is
    a button; asked with package words, the package answers."""
    hits = [hit("L", 1.0), _bundle(0.93), hit("H", 0.5)]
    d = decide(hits, 0.905, 5.0, "抵押能预约吗", names_of, aliases_of)
    assert d.kind == "answer" and [h.code for h in d.hits] == ["L", "B-BIRTH"]
    d = decide(hits, 0.905, 5.0, "抵押能一起办吗", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].kind == "bundle"


def test_不同事项之间不按办理项挑() -> None:
    """期满换证, 补领 and 入学报名 are no variants of one item: the one whose name states no
    operation is not thereby what "考驾照在哪里办" asks."""
    hits = [hit("K", 1.0), hit("E", 0.95), hit("J", 0.9)]
    assert decide(hits, 0.905, 5.0, "考驾照在哪里办", names_of, aliases_of).kind == "choose"
    from bot.dialogue.variants import one_item

    assert one_item(["内地居民结婚登记", "补领结婚证"])
    assert one_item(["食品经营许可（新办）", "食品经营许可（变更）", "食品经营许可（注销）"])
    assert not one_item(["出生登记", "结婚登记"])  # 登记 is every procedure's word


def test_改字只在同一事项的办理项之间挑_不让事项变成找不到() -> None:
    """"改了名字，身份证怎么弄" is 换领, though no guide's name says 变更."""
    hits = [hit("B", 1.0), hit("A", 0.6)]
    d = decide(hits, 0.905, 5.0, "我去年改了名字，身份证上还是以前的名字，怎么弄", names_of,
               aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "B"
    hits = [hit("F", 1.0), hit("G", 0.95)]
    d = decide(hits, 0.905, 5.0, "饭店的食品经营许可要改地址", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "G"  # 变更, the variant that says it


def test_名称写申领但办理情形有补领时_问补办仍由它回答() -> None:
    # "社保卡丢了补一张多少钱": 社会保障卡申领 states 申领, but one of its situations is 遗失补领.
    q = "社保卡丢了补一张多少钱"
    d = decide([hit("S", 1.0, named=True), hit("C", 0.35)], 0.905, 5.0, q, names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "S"


def test_名称和办理情形都不说所问的办理项时说没找到() -> None:
    q = "个体户营业执照怎么注销"
    d = decide([hit("H", 1.0, named=True), hit("S", 0.5)], 0.905, 5.0, q, names_of, aliases_of)
    assert d.kind == "none"


def test_问的操作只有别的事项说到时不拿别的事项回答() -> None:
    NAMES.update({"P": ("普通护照首次申领", "办护照")})
    hits = [hit("P", 1.0), hit("C", 0.95)]
    d = decide(hits, 0.905, 5.0, "护照在国外弄丢了回来怎么补", names_of, aliases_of)
    assert d.kind == "none"
    # the same item's variant that states it still answers
    hits = [hit("A", 1.0), hit("C", 0.95)]
    d = decide(hits, 0.905, 5.0, "身份证在国外弄丢了回来怎么补", names_of, aliases_of)
    assert d.kind == "answer" and d.hits[0].code == "C"


def test_没提到所问证件的知识库条目也不作为选项() -> None:
    hits = [hit("J", 1.0), faq("FAQ-HUKOU", 0.95)]
    d = decide(hits, 0.905, 5.0, "驾驶证丢了怎么补", names_of, aliases_of)
    assert d.kind == "answer" and [h.code for h in d.hits] == ["J"]


def test_知识库条目写出问题里别的选项都没写的词时由它回答() -> None:
    NAMES["FAQ-12"] = ("机动车驾驶人在一个记分周期内累积记分达到12分的，应当参加满分学习。",)
    hits = [hit("K", 1.0), faq("FAQ-12", 0.97), hit("J", 0.95)]

    def official(h: SearchHit) -> tuple[str, ...]:  # an FAQ entry has no official name
        return () if h.kind == "faq" else names_of(h)

    d = decide(hits, 0.905, 5.0, "驾照扣满12分怎么办", official, aliases_of)
    assert d.kind == "answer" and [h.code for h in d.hits] == ["FAQ-12", "K", "J"]
    # only the words every option writes: still a choice
    assert decide(hits, 0.905, 5.0, "驾驶证怎么办", official, aliases_of).kind == "choose"
    # one shared word is chance, not telling apart
    assert decide(hits, 0.905, 5.0, "驾照学习怎么办", official, aliases_of).kind == "choose"


def test_知识库条目写出了指南全文都没写的问题词时由它回答() -> None:
    """"户口本补办要不要登报": the guide's text never writes 登报, the entry beside it does;
    an entry that writes nothing of the question the guide does not write stays a button."""
    from bot.dialogue.confidence import Decision
    from bot.dialogue.narrowing import answered_by_entry

    NAMES["FAQ-PAPER"] = ("户口本遗失的无需登报声明，到派出所补领。",)
    first = Decision("answer", (hit("C", 1.0), faq("FAQ-PAPER", 0.85)))
    said = lambda h: ("补领需要居民身份证。",)  # noqa: E731 - the guide says something
    text = lambda h: "\n".join(aliases_of(h))  # noqa: E731
    decided = answered_by_entry(first, said, "户口本补办要不要登报声明", text)
    assert [h.code for h in decided.hits] == ["FAQ-PAPER", "C"]
    assert answered_by_entry(first, said, "身份证丢了怎么补领", text) is first
    assert answered_by_entry(first, said, "户口本补办要不要登报声明") is first  # no text given


def test_知识库条目一个词也没写到时不拿它回答() -> None:
    """Found by meaning alone, an entry that writes not one word of the question is about
    something else: the next hit answers, or "not found"."""
    NAMES["FAQ-DIBAO"] = ("城市最低生活保障标准为每人每月820元。",)
    hits = [faq("FAQ-DIBAO", 1.0), hit("L", 0.7, bm25=1.0, dense=0.88)]
    assert decide(hits, 0.905, 5.0, "出生医学证明丢了怎么补", names_of, aliases_of).kind == "none"
    # one word in common (标准) keeps it; a question of question words only is not judged
    assert decide(hits, 0.905, 5.0, "低保标准是多少", names_of, aliases_of).hits[0].code \
        == "FAQ-DIBAO"
    assert decide(hits, 0.905, 5.0, "多少钱", names_of, aliases_of).hits[0].code == "FAQ-DIBAO"
