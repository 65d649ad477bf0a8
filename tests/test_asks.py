"""Every ask of a message, the guide's own sentences that answer it, and the answer that
covers them all, from catalog objects alone (no index, no model, no Rasa)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.answers.asks import asks_in_words, read_asks
from bot.answers.compose import GuideView, HallStop, compose_asks
from bot.answers.pinpoint import lead
from bot.answers.replies import faq_answer, status_notice
from bot.catalog.models import FaqEntry, Guide, Hall

pytestmark = pytest.mark.unit

TZ = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
HALL = Hall.model_validate({
    "id": "h1", "name": "东区政务服务中心", "region": "100101", "address": "东路2号",
    "location": {"lat": 30.12, "lon": 120.15}, "phone": "0000-2234567",
    "hours": [{"days": [1, 2, 3, 4, 5], "open": "08:30", "close": "17:30"}],
    "appointment_url": "https://example.invalid/book",
}, strict=False)
RESIDENCE = Guide.model_validate({
    "code": "R-1", "name": "居住证申领", "aliases": ["办居住证"], "item_type": "行政确认",
    "status": "active", "region": "100101", "agency": "东区公安分局",
    "service_object": ["natural_person"],
    "conditions": ["在本市居住满半年，并有合法稳定就业、合法稳定住所或连续就读之一",
                   "未满16周岁的未成年人可由监护人代为申领"],
    "situations": [{"name": "委托代办", "description": "本人书面委托他人代为申请"}],
    "materials": [{"name": "居民身份证", "form": "原件"},
                  {"name": "授权委托书", "required": False, "situation": "委托代办"},
                  {"name": "住所证明", "note": "租赁合同须已登记备案"}],
    "steps": [{"name": "申请"}, {"name": "公示", "description": "在社区公示7天"},
              {"name": "发证", "description": "领取或邮寄"}],
    "legal_time_limit": {"value": 15, "unit": "working_day"},
    "promised_time_limit": {"value": 10, "unit": "working_day"},
    "fee": {"charged": False},
    "online": {"depth": "online_apply", "url": "https://example.invalid/jzz", "visits": 1},
    "halls": [{"hall": "h1"}], "appointment": True, "express": True, "cross_region": "全市通办",
    "consult_phone": "0000-1001", "complaint_phone": "0000-1002", "result": "居住证",
    "updated_at": "2026-01-06",
}, strict=False)
ALLOWANCE = Guide.model_validate({
    "code": "A-1", "name": "高龄津贴发放", "item_type": "行政给付", "status": "active",
    "region": "100101", "agency": "东区民政局", "service_object": ["natural_person"],
    "conditions": ["年满80周岁的本区户籍老年人",
                   "80至89周岁每人每月100元，90周岁以上每人每月300元"],
    "materials": [{"name": "居民身份证"}],
    "steps": [{"name": "申请"}, {"name": "审核"}],
    "legal_time_limit": {"value": 20, "unit": "working_day"},
    "promised_time_limit": {"value": 15, "unit": "working_day"},
    "fee": {"charged": False}, "online": {"depth": "offline_only", "visits": 1},
    "halls": [{"hall": "h1"}], "consult_phone": "0000-3003", "updated_at": "2026-02-01",
}, strict=False)


def view(g: Guide) -> GuideView:
    return GuideView(g, "东区", (HallStop(HALL),), NOW)


@pytest.mark.parametrize(("question", "asks"), [
    ("我爷爷的身份证找不到了，他腿脚不方便，我能替他去补吗，补要交多少钱", ("agent", "fee")),
    ("多久能拿到，能快递到家吗", ("time", "express")),
    ("护照办理电话是多少", ("phone",)),
    ("这个能预约吗", ("appointment",)),
    ("要跑几次啊，能不能网上办", ("visits", "online")),
    ("每个月能领多少补贴", ("amount",)),
    ("办居住证要在这边住多长时间", ("conditions",)),
    ("满多少岁可以申请", ("conditions",)),
    ("身份证丢了怎么补办", ("overview",)),
    ("身份证丢了怎么补办，要带什么", ("overview", "materials")),
    ("自己辞职的能领失业金吗", ("conditions",)),
    ("社保卡能不能让家里人帮忙去补", ("agent",)),
    ("法律援助批了会给个什么文书", ("result",)),
    ("驾照到期换证 手机上能办吗 要钱吗", ("online", "fee")),
    ("个体户执照 我让我老婆去帮我办行吗", ("agent",)),
    ("不知道要不要本人去申请，去镇上能办吗，从什么时候开始发钱", ("agent", "location", "time")),
    ("注册公司要不要去现场", ("visits",)),
    ("在外地能办吗", ("cross_region",)),
    ("请问我能不能直接在岭西这边补办身份证，大概多久能拿到", ("cross_region", "time")),
    ("请问我现在能办吗，要带什么，多久能拿到", ("conditions", "materials", "time")),
    ("手机上能不能办", ("online",)),
    ("办好了给什么证", ("result",)),
    ("去哪儿领", ("location",)),
    ("今天能拿到吗", ("time",)),
    ("上完户口给个啥？户口本能寄到家里不", ("result", "express")),
    ("死亡销户办完派出所会给什么", ("result",)),
    ("要给什么材料", ("materials",)),
    ("注册个体户要啥手续", ("overview",)),
    ("一年最多能提多少", ("amount",)),
    ("登记费多少", ("fee",)),
    ("交医保要自己掏钱不", ("fee",)),
    ("社保卡丢了先要干嘛", ("process",)),
    ("能在12123上换吗", ("online",)),
    ("低保能在镇上申请吗", ("location",)),
    ("孩子的户口能让爷爷奶奶去报吗", ("agent",)),
    ("我能帮他在手机上办吗", ("agent", "online")),
    ("是自己去申请还是公司申请", ("agent",)),
    ("需要去柜台吗", ("visits",)),
    ("新证能寄吗", ("express",)),
    ("要跑去公积金中心吗", ("visits",)),
    # the words of one ask stay inside its clause (commas are folded to ","):
    # 能领几个月: how long one receives it (its conditions say), not how long it takes
    ("我想申请失业金，每个月能领多少，能领几个月，手机上能申请吗",
     ("amount", "conditions", "online")),
    ("人才落户要什么学历", ("conditions",)),
    ("被公司辞退了 失业金多少钱一个月", ("amount",)),
    ("抚恤金怎么算", ("amount",)),
    ("驾照拿了两年能考网约车司机证吗", ("conditions",)),
    ("考证补贴一年能领几次", ("conditions",)),
    ("失业金能领多久", ("conditions",)),
    ("我腿脚不好，你们能代我去补吗？补办要不要交钱？", ("agent", "fee")),
    ("办这个有没有时间限制", ("time",)),
    ("抚恤金大概能有多少", ("amount",)),
    ("残疾人两项补贴一个月有多少", ("amount",)),
    ("护理补贴和生活补贴他都能领吗", ("conditions",)),
    ("家里就我一个人挣钱，这种情况能申请吗", ("conditions",)),
    ("要不要专门跑去社保中心办", ("visits",)),
    ("收不收钱", ("fee",)),
    ("申请法律援助要不要开贫困证明", ("materials",)),
    ("给孩子上户口还要准生证吗", ("materials",)),  # 要不要带这个证件
    ("入学报名要交社保证明吗", ("materials",)),
    ("开饭店要办食品许可证吗", ("overview",)),  # 要不要办这个证，不是带什么
    ("创业担保贷款谁能申请", ("conditions",)),  # 谁有资格，不是谁去办
    ("哪些人可以领高龄津贴", ("conditions",)),
    ("谁来办，本人去不了", ("agent",)),
    ("亲属关系公证一件多少钱", ("fee",)),  # a document's name, not someone acting
    ("護照幾多錢 幾耐拎到", ("fee", "time")),  # Cantonese, in Traditional characters
    ("高龄津贴钱打到哪里", ("amount",)),  # where a benefit is paid, not where to go
    ("失业金发到哪张卡", ("amount",)),
    ("证办好了发到哪个地方领", ("location",)),
    # more asks than a reply holds: the asking clauses' first, in the message's order
    ("我上班时间很紧，想办护照，能不能网上预约，能寄到单位吗，不用再跑一趟去拿，大概几天能办好",
     ("online", "appointment", "express", "time")),
])
def test_每个问法都读出所问的方面且按顺序(question: str, asks: tuple[str, ...]) -> None:
    assert read_asks(question) == asks


def test_没有问法时用意图或上一轮所问() -> None:
    assert read_asks("/ask_time", "ask_time") == ("time",)
    assert read_asks("第二个", "choose", ("agent", "fee")) == ("agent", "fee")
    assert read_asks("嗯") == ("overview",)
    assert asks_in_words("/ask_fee") == ()


def test_繁体字的问法也能读出() -> None:
    assert read_asks("多久能拿到，能寄到家嗎") == ("time", "express")


def test_住多久问的是条件里的居住时间而不是办结时限() -> None:
    found = lead(RESIDENCE, "办居住证要在这边住多长时间")
    assert found and found[0].text.startswith("在本市居住满半年")
    text = compose_asks(view(RESIDENCE), read_asks("办居住证要在这边住多长时间"),
                        "办居住证要在这边住多长时间").text
    assert "在本市居住满半年" in text and "10个工作日" not in text


def test_按标准的倍数写的金额也是发放金额() -> None:
    relief = Guide.model_validate({**ALLOWANCE.model_dump(), "name": "临时救助申请", "conditions": [
        "因意外事故导致基本生活暂时出现严重困难的家庭",
        "一次救助金额最高不超过城市低保标准的6倍"]})
    question = "临时救助最多能给多少钱"
    text = compose_asks(view(relief), read_asks(question), question).text
    assert "城市低保标准的6倍" in text and "没有写明" not in text


def test_问怎么算答写明算法的那句() -> None:
    """"生育津贴是怎么算的": the sentence that reckons it (除以30再乘以产假天数) is the
    amount, though it names no sum; so is a multiple of any pay (养老金的10倍)."""
    benefit = Guide.model_validate({**ALLOWANCE.model_dump(), "name": "生育津贴申领",
                                    "conditions": ["用人单位已为职工参加生育保险并足额缴费",
        "生育津贴按用人单位上年度职工月平均工资除以30再乘以产假天数计发"]})
    question = "生育津贴是怎么算的"
    text = compose_asks(view(benefit), read_asks(question), question).text
    assert "除以30再乘以产假天数" in text and "没有写明" not in text
    pension = Guide.model_validate({**ALLOWANCE.model_dump(), "name": "抚恤金申领",
                                    "conditions": ["参保人员因病或非因工死亡的，其遗属可以领取",
                                                   "抚恤金为本人生前月基本养老金的10倍"]})
    text = compose_asks(view(pension), read_asks("抚恤金怎么算"), "抚恤金怎么算").text
    assert "月基本养老金的10倍" in text


def test_跑两次以上说出是哪几步() -> None:
    divorce = Guide.model_validate({**ALLOWANCE.model_dump(), "name": "内地居民离婚登记",
                                    "online": {"depth": "offline_only", "visits": 2},
                                    "steps": [
        {"name": "申请", "description": "双方共同到场提交离婚登记申请"},
        {"name": "冷静期", "description": "自收到申请之日起30日为冷静期"},
        {"name": "发证", "description": "冷静期届满后30日内双方再次到场，发给离婚证"}]})
    question = "协议离婚总共要去民政局几趟"
    text = compose_asks(view(divorce), read_asks(question), question).text
    assert "需要到现场 2 次" in text and "双方再次到场" in text and "冷静期：" not in text
    once = compose_asks(view(ALLOWANCE), ("visits",), "要跑几次").text
    assert "需要到现场 1 次" in once and "办理流程" not in once


def test_每月领多少答发放金额而不是不收费() -> None:
    question = "我爸今年85了，高龄津贴每个月能领多少"
    text = compose_asks(view(ALLOWANCE), read_asks(question), question).text
    assert "每人每月100元" in text and "不收费" not in text


def test_公示期答流程里写明的那一步() -> None:
    question = "居住证公示期多长"
    text = compose_asks(view(RESIDENCE), read_asks(question), question).text
    assert text.index("公示：在社区公示7天") < text.index("来源")


def test_一句话问几件事每件都答且按所问顺序() -> None:
    question = "能不能找人代办，要多少钱，能寄到家吗"
    answer = compose_asks(view(RESIDENCE), read_asks(question), question)
    assert answer.asks == ("agent", "fee", "express")
    text = answer.text
    assert "委托" in text and "授权委托书" in text
    assert text.index("委托") < text.index("不收费") < text.index("邮寄")


def test_怎么办给一张完整的卡片() -> None:
    text = compose_asks(view(RESIDENCE), ("overview",), "居住证怎么办").text
    for fact in ("https://example.invalid/jzz", "居民身份证", "10个工作日", "不收费",
                 "东区政务服务中心", "0000-2234567", "咨询电话：0000-1001"):
        assert fact in text


def test_卡片写明法定时限_办理期限和非必须的材料() -> None:
    g = Guide.model_validate({**RESIDENCE.model_dump(),
                              "conditions": ["有效期满前90日内申请换领"],
                              "materials": [{"name": "居民身份证", "form": "原件"},
                                            {"name": "数码相片回执", "required": False}]})
    text = compose_asks(view(g), ("overview",), "怎么换").text
    assert "承诺 10个工作日（法定 15个工作日）" in text
    assert "期限：有效期满前90日内申请换领" in text
    assert "居民身份证、数码相片回执（非必须）" in text


def test_问哪一项时也说都不是怎么办() -> None:
    from bot.answers.replies import choice_question

    text = choice_question(["居住证申领", "居住登记"], hotline="12345").text
    assert "2. 居住登记" in text and "12345" in text


def test_比较候选事项所答内容时不需要先找句子() -> None:
    from bot.answers.compose import asked_bodies

    assert asked_bodies(view(RESIDENCE), ("time", "fee")) == (
        "承诺办结时限：10个工作日\n法定办结时限：15个工作日", "不收费。")


@pytest.mark.parametrize(("aspect", "facts"), [
    ("phone", ["咨询电话：0000-1001", "监督投诉电话：0000-1002", "0000-2234567"]),
    ("appointment", ["可以预约", "https://example.invalid/book"]),
    ("express", ["邮寄"]),
    ("visits", ["1 次", "https://example.invalid/jzz"]),
    ("cross_region", ["全市通办"]),
    ("result", ["办理结果：居住证"]),
])
def test_新增的方面都从指南字段作答(aspect: str, facts: list[str]) -> None:
    text = compose_asks(view(RESIDENCE), (aspect,)).text
    for fact in facts:
        assert fact in text


def test_指南没写的就说没写并给电话() -> None:
    text = compose_asks(view(ALLOWANCE), ("express",)).text
    assert "没有写明" in text and "0000-3003" in text
    assert "没有写明" in compose_asks(view(ALLOWANCE), ("appointment",)).text


def test_已撤销的知识库条目只说明状态() -> None:
    entry = FaqEntry.model_validate({"id": "f1", "questions": ["老政策还有效吗"],
                                     "answer": "按旧政策需带户口簿原件。", "status": "revoked",
                                     "updated_at": "2020-01-01"}, strict=False)
    answer = faq_answer(entry, "12345")
    assert "已撤销" in answer.text and "户口簿原件" not in answer.text
    assert not answer.rateable


SUSPENDED = Guide.model_validate({**RESIDENCE.model_dump(),
    "code": "R-2", "status": "suspended",
    "conditions": ["因系统升级，本区自2026年3月1日起暂停受理，恢复时间另行通知",
                   "在本市居住满半年"]})


def test_暂停的指南只说明状态和暂停的原因_问去哪办时给出仍在办理的大厅() -> None:
    text = status_notice(SUSPENDED, "东区", "12345", ["西区"], (HallStop(HALL),)).text
    assert "暂停办理" in text and "因系统升级，本区自2026年3月1日起暂停受理" in text
    assert "在本市居住满半年" not in text  # the rest of a withdrawn guide is not served
    assert "东区政务服务中心" in text and "东路2号" in text


def test_问法里的方面也从其他字段里找出说到它的句子() -> None:
    g = Guide.model_validate({**RESIDENCE.model_dump(),
        "express": None, "cross_region": None,
        "steps": [{"name": "申请", "description": "通过“东区办”App在线申请"},
                  {"name": "发证", "description": "可选择免费邮寄到家"}],
        "conditions": ["在本市居住满半年", "跨区迁入的无需回迁出地开具证明"]})
    text = compose_asks(view(g), ("express",), "能寄到家吗").text
    assert "可选择免费邮寄到家" in text
    text = compose_asks(view(g), ("online",), "手机上能办吗").text
    assert "通过“东区办”App在线申请" in text
    text = compose_asks(view(g), ("cross_region",), "还要回老家开证明吗").text
    assert "无需回迁出地开具证明" in text


def test_问办理期限不答办结时限_问别的多久时办结时限照答() -> None:
    g = Guide.model_validate({**RESIDENCE.model_dump(),
        "conditions": ["应当自迁入之日起30日内申报"],
        "promised_time_limit": {"value": 10, "unit": "working_day",
                                "note": "异地办理的为20个工作日"}})
    text = compose_asks(view(g), ("time",), "搬来以后多久之内要去申报").text
    assert "30日内" in text and "10个工作日" not in text
    text = compose_asks(view(g), ("time",), "在外地换要多久").text
    assert "异地办理的为20个工作日" in text


def test_简短追问由当前指南的句子回答时留在当前事项() -> None:
    from bot.dialogue.followup import answered_here

    assert answered_here(RESIDENCE, "要公示吗，几天")
    assert answered_here(RESIDENCE, "老人可以让家属代办吗")
    assert not answered_here(RESIDENCE, "营业执照")  # nothing of this guide says it
    # a long message tells its own story: the search decides
    assert not answered_here(RESIDENCE, "我想问一下公示的事情，我家邻居上个月办的时候公示了好多天")


def test_问流程时也说办结时限_同时问了多久就不重复() -> None:
    text = compose_asks(view(RESIDENCE), ("process",), "流程怎么走").text
    assert "1. 申请" in text and "承诺办结时限：10个工作日" in text
    text = compose_asks(view(RESIDENCE), ("process", "time"), "流程怎么走，要多久").text
    assert text.count("承诺办结时限") == 1


def test_长段落里的每个问句各找出答它的句子() -> None:
    """A hotline-style story asks two facts: each question's own sentence leads, although
    the story's words dilute the message as a whole."""
    question = ("我家老人今年刚过完八十大寿，一直跟着我们住在东区，平时身体还行，"
                "就是耳朵有点背。邻居说区里有补贴可以领。想问一下要满多少岁才能领？"
                "九十岁以上的每个月给多少？")
    found = [s.text for s in lead(ALLOWANCE, question)]
    assert "年满80周岁的本区户籍老年人" in found
    assert "80至89周岁每人每月100元，90周岁以上每人每月300元" in found


def test_同一句话在回答里只引用一次_列表照旧() -> None:
    from bot.answers.compose import _quoted_once

    body = ["办理情形：本人申请：本人到窗口申请", "1. 居民身份证", "办理条件：年满60周岁",
            "办理情形：本人申请：本人到窗口申请", "1. 居民身份证", "· 不收费", "· 不收费"]
    assert _quoted_once(body) == ["办理情形：本人申请：本人到窗口申请", "1. 居民身份证",
                                  "办理条件：年满60周岁", "1. 居民身份证", "· 不收费", "· 不收费"]


def test_不需要预约的事项_大厅能预约取号时也给出链接() -> None:
    walk_in = RESIDENCE.model_copy(update={"appointment": False})
    text = compose_asks(view(walk_in), ("appointment",)).text
    assert "不需要预约" in text and "https://example.invalid/book" in text


def test_事项名字里的词不算所问() -> None:
    """"异地就医备案" asks for the item, not whether it can be handled elsewhere: 异地 is
    part of its name (the whole name or a run of four characters of it)."""
    from bot.answers.asks import beside_name

    for name in ("异地就医备案", "基本医疗保险参保人员异地就医备案"):
        assert beside_name(read_asks("异地就医备案"), "异地就医备案", name) == ("overview",)
    question = "异地就医备案能网上办吗"
    assert beside_name(read_asks(question), question, "异地就医备案") == ("online",)
    # a question that does not write the name keeps every ask
    assert beside_name(read_asks("身份证能异地办吗"), "身份证能异地办吗",
                       "居民身份证换领") == ("cross_region",)
    # an ask whose words reach beyond the name stays ("生育津贴是怎么算的": the amount)
    question = "生育津贴是怎么算的"
    assert beside_name(read_asks(question), question, "生育津贴申领") == ("amount",)


def test_手续怎么办是整张卡片() -> None:
    assert read_asks("离婚手续怎么办") == ("overview",)
    assert read_asks("离婚手续怎么走") == ("process",)


def test_报名什么时候_答的是写着日期的那句() -> None:
    school = ALLOWANCE.model_copy(update={
        "name": "小学一年级新生入学报名", "code": "S-1",
        "conditions": ["适龄儿童须年满6周岁", "网上报名时间为每年6月10日至6月20日"],
    })
    found = [s.text for s in lead(school, "小学网上报名什么时候")]
    assert "网上报名时间为每年6月10日至6月20日" in found


def test_一句话问两件事_两件的句子都领先() -> None:
    """The second ask's sentence scores half the first's: it leads too (OF_BEST)."""
    found = [s.text for s in lead(RESIDENCE, "居住证谁能代办，公示几天")]
    assert any("在社区公示7天" in t for t in found)
    assert any("监护人代为申领" in t for t in found)


@pytest.mark.parametrize(("question", "intent", "asks"), [
    ("个体户怎么改经营范围", "ask_process", ("overview",)),
    ("新车怎么上牌", "ask_online", ("overview",)),
    ("廉租房咋个申请", "ask_process", ("overview",)),
    ("生育津贴怎么算", "ask_overview", ("amount",)),  # reckoning is the amount
    ("怎么预约", "ask_process", ("appointment",)),
])
def test_怎么加上所办的事是整张卡片_不论意图(question: str, intent: str,
                                     asks: tuple[str, ...]) -> None:
    assert read_asks(question, intent) == asks


def test_钱打到哪里答写明发放到哪的那句() -> None:
    g = Guide.model_validate({**ALLOWANCE.model_dump(), "conditions": [
        "年满80周岁的本区户籍老年人", "自年满80周岁的次月起发放，按月打入老人本人社会保障卡"]})
    question = "高龄津贴钱打到哪里"
    text = compose_asks(view(g), read_asks(question), question).text
    assert "按月打入老人本人社会保障卡" in text and "东路2号" not in text
    g = Guide.model_validate({**ALLOWANCE.model_dump(), "conditions": [
        "年满80周岁的本区户籍老年人", "补贴资金直接发放至申请人本人的社会保障卡或者银行账户"]})
    text = compose_asks(view(g), read_asks(question), question).text
    assert "发放至申请人本人的社会保障卡或者银行账户" in text


def test_所问的操作由指南名字之外的情形写明时_那个情形领先() -> None:
    card = Guide.model_validate({**RESIDENCE.model_dump(), "code": "S-1", "name": "社会保障卡申领",
        "aliases": ["社保卡"], "conditions": ["本市参保人员"],
        "situations": [{"name": "首次申领", "description": "携带身份证到银行网点申请"},
                       {"name": "遗失补领", "description": "先拨打服务电话办理挂失，再申请补领"}]})
    question = "社保卡丢了咋补"
    text = compose_asks(view(card), read_asks(question), question).text
    assert text.index("先拨打服务电话办理挂失") < text.index("· 办理")


def test_问网上怎么办也引用写明渠道的那一步() -> None:
    g = Guide.model_validate({**RESIDENCE.model_dump(), "steps": [
        {"name": "申请", "description": "通过“交管12123”申请并选择邮寄，或到窗口申请"},
        {"name": "领证", "description": "当场领取"}]})
    text = compose_asks(view(g), ("online",), "网上能办吗").text
    assert "通过“交管12123”申请并选择邮寄" in text


def test_不收费的税按税率作答() -> None:
    tax = Guide.model_validate({**ALLOWANCE.model_dump(), "code": "T-1", "name": "契税申报",
        "conditions": ["在本市购买住房的个人应申报缴纳契税",
                       "购买家庭唯一住房，90平方米及以下的按1%税率缴纳"]})
    question = "买房契税怎么算"
    text = compose_asks(view(tax), read_asks(question, "ask_fee"), question).text
    assert "不收费" in text and "按1%税率缴纳" in text
