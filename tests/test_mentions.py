"""Whether an entry speaks of the operation and the thing a question asks about (结婚证补办
is not 结婚登记, 电动车上牌 is not 机动车注册登记): no model, hand-made guides and hits."""

from __future__ import annotations

import pytest

from bot.catalog.models import Bundle, FaqEntry, Guide
from bot.dialogue.confidence import decide
from bot.dialogue.mentions import Mentions, things_asked, written
from index.search import SearchHit

pytestmark = pytest.mark.unit


def _guide(code: str, name: str, **fields: object) -> Guide:
    return Guide.model_validate({
        "code": code, "name": name, "item_type": "行政确认", "status": "active",
        "region": "1", "agency": "某区民政局", "service_object": ["natural_person"],
        "conditions": [], "materials": [{"name": "居民身份证"}], "steps": [{"name": "申请"}],
        "legal_time_limit": {"value": 1, "unit": "working_day"},
        "promised_time_limit": {"value": 1, "unit": "working_day"},
        "fee": {"charged": False}, "online": {"depth": "offline_only", "visits": 1},
        "consult_phone": "0000-1", "updated_at": "2026-01-01", **fields}, strict=False)


ENTRIES: dict[str, Guide | FaqEntry | Bundle] = {
    "MARRY": _guide("MARRY", "内地居民结婚登记", aliases=["领结婚证"],
                    conditions=["男女双方自愿结婚，双方均无配偶"]),
    "MARRY2": _guide("MARRY2", "内地居民结婚登记", materials=[
        {"name": "居民身份证", "note": "身份证丢失的可凭临时居民身份证办理"}]),
    "RESIDE": _guide("RESIDE", "居住证办理", situations=[
        {"name": "遗失补领", "description": "居住证遗失的，可申请补领"}]),
    "CAR": _guide("CAR", "机动车注册登记", aliases=["新车上牌"],
                  conditions=["机动车所有人持购车发票和合格证申请注册登记"]),
    "CARCERT": _guide("CARCERT", "机动车注册登记（车管所）", aliases=["上牌"]),
    "SCHOOL": _guide("SCHOOL", "小学一年级新生入学登记", aliases=["小学报名"]),
    "OLD": _guide("OLD", "高龄津贴申领", conditions=["年满80周岁的本区户籍老人"]),
    "DRIVE": _guide("DRIVE", "机动车驾驶证补领"),
    "OLDBOOK": _guide("OLDBOOK", "高龄津贴申领", materials=[{"name": "居民户口簿"}]),
    "FAQ": FaqEntry.model_validate({"id": "FAQ", "questions": ["结婚登记要预约吗"],
                                    "answer": "可在网上预约，也可现场取号。",
                                    "updated_at": "2026-01-01"}),
    "BIRTH": Bundle.model_validate({"id": "BIRTH", "name": "出生一件事",
                                    "description": "出生医学证明、户口登记、医保参保一次办",
                                    "items": ["MARRY"]}),
}
HALLS = {"CARCERT": ["某市公安局交警支队车辆管理所"]}


def hit(code: str, score: float = 1.0, *, named: bool = False, kind: str = "guide",
        dense: float = 0.93, bm25: float = 8.0) -> SearchHit:
    return SearchHit(code=code, name=code, kind=kind, region="1", region_name="",
                     region_match="any", status="active", answerable=True, score=score,
                     group=code, named=named, bm25=bm25, dense=dense)


def mentions(question: str) -> Mentions:
    return Mentions(question, lambda s: s.replace("东区", " "),
                    lambda h: ENTRIES.get(h.code),
                    lambda e: HALLS.get(getattr(e, "code", ""), []),
                    lambda h: (ENTRIES[h.code].name,) if h.kind != "faq" else ())


@pytest.mark.parametrize(("question", "things"), [
    ("电动车上牌去哪", ["上牌", "电动车"]),  # 去哪 前面的词也是所问的事
    ("小升初怎么报名", ["小升初"]),
    ("东区公务员考试在哪报名", ["考试", "公务员"]),
    # 故事里的话、问的是谁办、多少钱，都不是所问的事
    ("听说有补贴，我不会用手机，要到哪里去办哦", []),
    ("卖家人在国外回不来，能委托别人来过户吗", []),
    ("一个月补贴多少", []),
    ("要去哪个派出所登记户口", []),  # 在哪办，不是办什么
    ("领完执照要不要去税务登记", ["税务"]),
    ("危险化学品经营许可证怎么办", ["许可证", "化学品"]),  # 经营说的是活动，事在它前面
    ("种子生产经营许可证怎么申请", ["许可证", "种子"]),
    ("旅行社设立许可怎么申请", ["旅行社"]),  # 行 也是“行不行”的行，但这里是名字的一部分
    ("个体工商户设立登记要带什么", ["工商户"]),  # 设立是操作
    ("办经营许可证", ["经营"]),  # 前面没有事：照旧
    # 怎么/在哪 前面的名字也是所问的事
    ("孤儿基本生活费怎么申请", ["生活费"]),
    ("申请低保要怎么办", ["低保"]),
    ("老年人能力评估怎么申请", ["评估"]),
    ("买房的契税在哪交", ["契税"]),  # 分词把 在哪交 切成 在 / 哪交：照样认得出
    ("犬只年审在哪里办", ["犬只年审"]),  # 分词留下的单字连成一个名字
    # 不是名字：谁、何时、何处、泛泛的词
    ("新买的车怎么上牌", []),
    ("我是桃源镇的，低保去镇上哪里申请", []),
    ("请问我要自己去哪里申请退休", []),
    ("请问这种情况怎么换一个新的营业执照", []),
    ("没上班的家庭主妇怎么交医保", []),  # 怎么 后面有所办的事：名字在后面
    ("去年工资多扣了税，今年怎么把钱退回来", []),  # 今年 是何时
    ("个税会算要补税，不补会怎样", []),  # 会怎样 问后果，不是怎么办
    ("我家孩子今年12岁，学校下个月组织报名考试，身份证怎么办", ["身份证"]),  # 报名考试是故事
])
def test_程序词前面的事(question: str, things: list[str]) -> None:
    assert things_asked(question, lambda s: s.replace("东区", " ")) == things


def test_怎么前面的词和程序词前面的事_目录的词进了分词也一样() -> None:
    # 怎么 前面的词（补贴，或目录词典里的 高龄补贴），和程序词前面的事（高龄）
    things = things_asked("老人高龄补贴怎么申请", lambda s: s)
    assert things in (["补贴", "高龄"], ["高龄补贴", "高龄"])


def test_写到_逐字对或读音相近或按序缩写() -> None:
    text = "高龄津贴申领\n某市公安局交警支队车辆管理所"
    assert written("高龄", text, {})
    assert written("车管所", text, {})  # 车[辆]管[理]所
    assert not written("电动车", text, {})
    from bot.dialogue.mentions import _sounds
    assert written("高林", text, _sounds(text))  # 拼音输入：gao lin ≈ gao ling
    other = "个体工商户注销登记\n终止经营的，申请注销"
    assert not written("种子", other, _sounds(other))  # 终止读音近，但一个字也不同


@pytest.mark.parametrize(("question", "code", "left_out"), [
    ("结婚证丢了怎么补办", "MARRY", True),  # 结婚登记从不说补领
    ("结婚证能寄到家吗", "MARRY", False),  # 没问补办
    ("居住证丢了怎么补", "RESIDE", False),  # 它的办理情形写了遗失补领
    ("电动车上牌去哪", "CAR", True),
    ("新车上牌要带什么", "CAR", False),
    ("车管所上牌要预约吗", "CARCERT", False),  # 大厅名里按序写着
    ("高考报名要什么手续", "SCHOOL", True),
    ("小学报名要什么手续", "SCHOOL", False),
    ("高林津贴一个月多少", "OLD", False),
    ("结婚证丢了怎么补", "FAQ", True),  # 问答条目也一样
    ("结婚证丢了怎么补", "MARRY2", True),  # 它说的丢失是身份证的，不是结婚证的
    ("身份证丢了还能领结婚证吗", "MARRY2", False),
    ("法律援助怎么申请", "OLD", True),  # 高龄津贴从不说援助
    ("高龄补贴怎么申请", "OLD", False),  # 补贴、津贴是一回事
    ("生育津贴怎么领", "MARRY", True),
    ("高龄津贴怎么申请", "OLD", False),
    # 自成一词的证件（驾照、户口本）：条目得写到它的正式名称
    ("驾照能寄到家吗", "OLD", True),  # 高龄津贴从不写驾驶证
    ("驾照能寄到家吗", "DRIVE", False),
    ("户口本能寄到家吗", "OLD", True),  # 写了户籍，没写户口
    ("老人户口本和身份证都在，高龄津贴怎么申请", "OLDBOOK", False),  # 材料写着户口簿
])
def test_条目是否说到所问(question: str, code: str, left_out: bool) -> None:
    kind = "faq" if code == "FAQ" else "guide"
    assert mentions(question).leaves_out(hit(code, kind=kind)) is left_out


def test_问题点名的条目不按程序词前面的事排除() -> None:
    assert not mentions("电动车上牌去哪").leaves_out(hit("CAR", named=True))


def test_一件事也要说到所问() -> None:
    assert mentions("育儿补贴怎么领").leaves_out(hit("BIRTH", kind="bundle"))


def _aliases(h: SearchHit) -> tuple[str, ...]:
    e = ENTRIES[h.code]
    return (*e.questions, e.answer) if isinstance(e, FaqEntry) else (e.name,)


def _decide(question: str, hits: list[SearchHit]):  # noqa: ANN202
    m = mentions(question)
    return decide(hits, 0.905, 5.0, question, lambda h: (ENTRIES[h.code].name,), _aliases, m)


def test_不说所问的条目不作答_下一个说到的作答() -> None:
    d = _decide("高龄津贴怎么申请", [hit("SCHOOL", 1.0), hit("OLD", 0.7)])
    assert d.kind == "answer" and d.hits[0].code == "OLD"


def test_都不说所问_说没找到并给出相近的() -> None:
    d = _decide("结婚证丢了怎么补办", [hit("MARRY", 1.0), hit("FAQ", 0.7, kind="faq")])
    assert d.kind == "none"
    assert [h.code for h in d.hits] == ["MARRY", "FAQ"]


def test_说到所问的照常作答() -> None:
    d = _decide("居住证丢了怎么补", [hit("RESIDE", 1.0), hit("MARRY", 0.6)])
    assert d.kind == "answer" and d.hits[0].code == "RESIDE"
