#!/usr/bin/env python3
"""Write questions.yaml (single-turn) and conversations.yaml (multi-turn) for the 岭西市 held-out set.

Every wording below is written by hand; the helpers only expand guide codes and
build the YAML structure. Facts are short verbatim pieces of the catalog
(checked by check_questions.py).
"""
import os
import re
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
R = {"qx": "451502", "sm": "451503", "lt": "451521", "yl": "451522", "town": "451521101"}
RN = {"qx": "青溪区", "sm": "石门区", "lt": "龙塘县", "yl": "云岭县", "town": "马鞍镇"}
CITY = "451500"


def d(n, k):
    if k == "town":
        k = "lt"
    return f"45150010{n:04d}-{R[k]}"


def da(n):
    return [d(n, k) for k in ("qx", "sm", "lt", "yl")]


def c(n):
    return [f"45150020{n:04d}-{CITY}"]


NAMES = {}
with open(os.path.join(HERE, "catalog", "faq.yaml"), encoding="utf-8") as f:
    for e in yaml.safe_load(f):
        head = {"faq-gjj-jiaocun": "住房公积金缴存比例和基数", "faq-bdc-zhouliu": "不动产登记中心周六办理范围",
                "faq-zwzx-tingche": "市政务服务中心停车和便民服务"}.get(e["id"]) or re.split(r"[：，。]", e["answer"])[0][:16]
        NAMES[e["id"]] = "知识库「" + (e.get("questions") or [head])[0] + "」"
with open(os.path.join(HERE, "catalog", "bundles.yaml"), encoding="utf-8") as f:
    for b in yaml.safe_load(f):
        NAMES[b["id"]] = "一件事「" + b["name"] + "」"
import glob
for p in glob.glob(os.path.join(HERE, "catalog", "guides", "*.yaml")):
    with open(p, encoding="utf-8") as f:
        for g in yaml.safe_load(f):
            NAMES[g["code"]] = g["name"]

TAGZH = {"compound": "一句多问", "long": "长叙述", "fact-in-field": "字段内事实", "phone": "电话",
         "appointment": "预约", "express": "邮寄", "visits": "跑动次数", "agent": "代办", "cross-region": "异地通办",
         "result": "办理结果", "amount": "领取金额", "howto": "怎么办", "materials": "材料", "time": "时限",
         "fee": "收费", "location": "地点", "online": "网办", "process": "流程", "conditions": "条件",
         "negative": "目录外", "revoked": "已撤销", "suspended": "已暂停", "faq": "知识库", "bundle": "一件事",
         "region": "区域", "follow-up": "追问", "traditional": "繁体", "typo": "错别字"}

VISIT0 = ["0次", "全程网办", "无需到现场", "不用跑", "零跑动", "不需要到现场", "不用到现场"]
REVOKED = ["已撤销", "不再办理", "暂停", "已取消", "已废止", "停止办理"]
NOAPPT = ["无需预约", "不支持预约", "不需要预约", "不用预约", "不提供预约"]
NOFEE = ["不收费", "免费"]
EXPRESS = ["邮寄", "快递", "寄递"]
ONSPOT = ["即办", "当场"]


def turn(say=None, codes=None, c_=None, a=None, nc=None, no_code=False, may_ask=False, press=None, location=None):
    t = {}
    if press is not None:
        t["press"] = press
    elif location is not None:
        t["location"] = location
    else:
        t["say"] = say
    if codes:
        t["codes"] = list(codes)
    if c_:
        t["contains"] = list(c_)
    if a:
        t["contains_any"] = [list(x) for x in a]
    if nc:
        t["not_contains"] = list(nc)
    if no_code:
        t["no_code"] = True
    if may_ask:
        t["may_ask"] = True
    return t


SINGLES = []


def desc_for(tags, codes, r, topic):
    skip = ("traditional", "typo", "region", "long", "compound", "faq", "bundle", "negative", "revoked", "suspended")
    asp = "、".join(TAGZH[t] for t in tags if t not in skip)
    if topic:
        what = topic
    elif codes:
        what = NAMES.get(codes[0], codes[0])
    else:
        what = "?"
    s = f"{what}：{asp}" if asp else what
    if r:
        s += f"（{RN[r]}）"
    if "long" in tags:
        s += "，长叙述"
    if "compound" in tags:
        s += "，一句多问"
    return s


def Q(tags, say, codes=None, c=None, a=None, nc=None, r=None, topic=None, may_ask=False):
    tags = list(tags)
    no_code = "negative" in tags
    if no_code:
        c = list(c or []) + ["12345"]
    e = {"id": f"q-{len(SINGLES) + 1:03d}", "description": desc_for(tags, codes, r, topic), "tags": tags}
    if r:
        e["metadata"] = {"region": R[r]}
    e["turns"] = [turn(say, codes, c, a, nc, no_code=no_code, may_ask=may_ask)]
    SINGLES.append(e)


def NEG(say, topic, tags=()):
    Q(["negative", *tags], say, topic=f"目录外事项（{topic}），应说明未找到并指引12345")


def REV(say, nc, tags=("revoked",), r=None, topic=None):
    Q(list(tags), say, a=[REVOKED], nc=nc, r=r, topic=topic)


# =====================================================================================
# 居民身份证首次申领 (1)
Q(["materials", "region"], "孩子8岁了想给他办个身份证，要带啥", [d(1, "qx")], c=["居民户口簿", "监护人居民身份证"], r="qx")
Q(["fact-in-field", "conditions"], "小孩多大可以办身份证啊，是不是一定要满16", da(1), c=["未满16周岁", "自愿申领"])
Q(["compound", "fee", "time", "typo"], "第一次办身分证要多少钱，多久能拿到", da(1), c=["20元", "20个工作日"])
Q(["express", "region"], "在石门区第一次办身份证，办好了可以寄到家里吗", [d(1, "sm")], a=[EXPRESS], r="sm")
Q(["long", "agent", "region", "materials", "compound"],
  "我家孩子今年12岁，在云岭县读初中，户口也在云岭。学校下个月组织报名考试，要求带身份证，可他从来没办过。我和他妈妈都在广东打工，过年才回得去，能不能让孩子爷爷带他去办？需要带什么东西？",
  [d(1, "yl")], c=["居民户口簿"], a=[["由监护人代为申请", "监护人陪同"]])
Q(["phone", "region"], "青溪区办身份证的电话多少", [d(1, "qx")], c=["0000-2831101"], r="qx")
Q(["express", "region"], "首次办身份证能不能快递到家", [d(1, "qx")], a=[EXPRESS], r="qx")
Q(["long", "compound", "time", "region", "fact-in-field"],
  "女儿今年刚满16岁，明年要参加中考，学校老师说报名要用身份证。她小时候一直没办过，户口在石门区。我们两口子都在厂里上班，平时请假很难，能不能周六带她去办？大概多久能拿到证？",
  [d(1, "sm")], c=["20个工作日"], a=[["户政和婚姻登记窗口周六不办公", "周六不办公"]])

# 居民身份证换领 (2)
Q(["fact-in-field", "conditions"], "身份证还有两个月到期，现在能去换吗", da(2), c=["有效期满前3个月内"])
Q(["cross-region"], "我户口在外省，人在岭西上班，身份证过期了能在这边换吗", da(2), c=["跨省通办"])
Q(["fact-in-field"], "46岁换身份证是不是就长期的了", da(2), c=["长期有效"])
Q(["materials", "traditional"], "換身份證要帶什麼材料", da(2), c=["原居民身份证"])
Q(["fee", "region"], "龙塘县换个身份证收费不", [d(2, "lt")], c=["20元"], r="lt")
Q(["howto"], "身份证到期了怎么换", da(2), c=["原居民身份证", "15个工作日", "https://gaj.lingxi.example/sfz"])
Q(["appointment", "region"], "石门区换身份证可以网上预约吗", [d(2, "sm")], c=["https://gaj.lingxi.example/sfz"], a=[["预约"]], r="sm")
Q(["howto", "region"], "云岭县身份证到期了怎么换", [d(2, "yl")], c=["原居民身份证", "15个工作日", "云岭县政务服务中心"], r="yl")

# 居民身份证补领 (3)
Q(["compound", "agent", "fee", "fact-in-field"], "我爷爷的身份证找不到了，他腿脚不方便，我能替他去补吗，补要交多少钱",
  da(3), c=["40元"], a=[["预约民警上门", "上门采集", "不得由他人代办"]])
Q(["howto", "typo"], "身分证掉了咋补", da(3), c=["居民户口簿", "10个工作日", "40元"])
Q(["fact-in-field", "materials"], "身份证丢了要不要先登报挂失", da(3), c=["无需登报挂失"])
Q(["fee", "compound"], "补身份证多少钱？要是先办个临时的又要多少", da(3), c=["40元", "10元"])
Q(["compound", "location", "phone", "region"], "身份证丢了，在云岭县哪里补，电话多少", [d(3, "yl")],
  c=["云岭县政务服务中心"], a=[["0000-7724101", "0000-7724000"]])
Q(["region", "agent"], "身份证丢了能不能叫家里人帮我去补", [d(3, "lt")], c=["不得由他人代办"], r="lt")
Q(["long", "cross-region", "time", "compound"],
  "我是湖南人，户口在老家，在岭西市打工三年了。上个星期坐车把钱包连身份证一起丢了，回老家一趟来回要两天，请假也难。请问我能不能直接在岭西这边补办身份证？大概多久能拿到？",
  da(3), c=["跨省通办", "10个工作日"])
Q(["region", "visits"], "补身份证要跑几趟", [d(3, "sm")], c=["1次"], r="sm")
Q(["appointment", "region"], "云岭县补身份证要不要预约", [d(3, "yl")], a=[["预约"], ["https://gaj.lingxi.example/sfz", "https://zwfw.lingxi.example/yl"]], r="yl")
Q(["express", "region"], "龙塘县补办的身份证可以邮寄吗", [d(3, "lt")], a=[EXPRESS], r="lt")
Q(["long", "compound", "region", "time"],
  "我是青溪区的，上个月在菜市场买菜的时候钱包被偷了，身份证、银行卡全丢了，报了警也没找回来。现在急着去银行补卡办事，身份证补办要多久才能拿到？有没有临时的证件可以先用一下？",
  [d(3, "qx")], c=["10个工作日", "临时居民身份证"])

# 出生登记 (4)
Q(["fact-in-field", "conditions"], "宝宝出生多久之内要去上户口", da(4), c=["1个月内"])
Q(["materials", "region"], "青溪区给新生儿上户口要哪些材料", [d(4, "qx")], c=["出生医学证明", "落户方居民户口簿"])
Q(["long", "fact-in-field", "materials", "region"],
  "我和男朋友还没领结婚证，孩子上个月在医院出生了，出生医学证明已经拿到。我们想让孩子跟爸爸姓、落在他那边的户口上。我们俩户口都在石门区，请问派出所那边除了出生证还需要什么额外的证明吗？",
  [d(4, "sm")], c=["亲子鉴定证明"])
Q(["fee", "online", "compound", "typo"], "小孩报户口收钱吗，可以网上办不", da(4), c=["https://gaj.lingxi.example/csdj"], a=[NOFEE])
Q(["region", "appointment"], "给娃上户口要不要先预约", [d(4, "yl")], a=[NOAPPT], r="yl")

# 户口迁入（投靠） (5)
Q(["fact-in-field", "conditions"], "夫妻投靠落户要结婚几年", da(5), c=["结婚满2年"])
Q(["long", "fact-in-field", "conditions", "materials", "region", "compound"],
  "我妈今年57岁，一直在农村老家，我爸前几年过世了。我在青溪区买了房子住了两年多，我是独生女。现在想把我妈的户口迁过来跟我一起住，她这个年纪够不够条件？要准备哪些东西？",
  [d(5, "qx")], c=["女方年满55周岁", "亲属关系证明"])
Q(["fact-in-field"], "投靠子女落户的话，子女在这边要住满多久", da(5), c=["实际居住满1年"], nc=["10个工作日"])
Q(["time", "cross-region", "compound"], "外省户口迁到岭西投靠老公，要回老家开准迁证吗？办下来要多久", da(5), c=["10个工作日"], a=[["一站式", "跨省通办"]])
Q(["fact-in-field", "materials"], "租的房子能投靠落户吗", da(5), c=["备案满1年"])
Q(["visits", "appointment", "compound"], "投靠落户要跑几次，能预约吗", da(5), c=["1次"], a=[["预约"]])
Q(["long", "fact-in-field", "conditions", "region"],
  "我和老公结婚刚满一年，他户口在岭西石门区，有自己的房子，我户口还在广东老家。现在怀孕五个月了，想把户口迁过来，以后孩子上学看病都方便。听说夫妻投靠有结婚年限要求，我现在能迁吗？",
  [d(5, "sm")], c=["结婚满2年"])
Q(["long", "conditions", "visits", "region", "compound"],
  "我妈妈今年五十六，退休了，一个人在湖南老家。我在岭西云岭县上班，买了房子住了三年，户口也在这边。我是家里唯一的孩子，想把我妈接过来并迁户口，请问能办吗，需要跑几次？",
  [d(5, "yl")], c=["女方年满55周岁", "1次"])

# 死亡注销户口 (6)
Q(["fact-in-field", "agent", "compound"], "老人走了，谁可以去销户口，要在多长时间内办", da(6), c=["1个月以内"], a=[["近亲属", "家属"]])
Q(["materials", "typo"], "家里老人过世了注消户口要带什么", da(6), c=["死亡医学证明书或火化证明"])
Q(["location", "region"], "我在龙塘县，老人去世了去哪里注销户口", [d(6, "lt")], c=["龙塘县政务服务中心"], a=[["城南路9号", "0000-5518000", "0000-5518101"]], r="lt")
Q(["region", "agent"], "死亡销户必须是户主本人去吗", [d(6, "sm")], c=["近亲属"], r="sm")
Q(["long", "agent", "materials", "region"],
  "我爸一直在青溪区住，今年3月因为心梗突然去世了，后事都办完了，家里人说要去派出所把户口注销掉。翻了好几遍，他的身份证找不到了，这样还能销户吗？我是他女儿，我一个人去办可以吗？",
  [d(6, "qx")], c=["居民身份证遗失的可不提供"], a=[["近亲属"]])

# 居住证 (7)
Q(["fact-in-field", "conditions"], "外地人在这边住多久才能办居住证", da(7), c=["半年以上"], nc=["10个工作日"])
Q(["howto"], "暂住证怎么办理", da(7), c=["居民身份证", "10个工作日", "https://gaj.lingxi.example/jzz"])
Q(["fee", "express", "compound"], "办居住证要钱吗，能寄到家不", da(7), a=[NOFEE, EXPRESS])
Q(["fact-in-field"], "居住证一年到期了要怎么弄，提前多久去", da(7), c=["期满前30日内"], a=[["签注"]])
Q(["materials", "region"], "我在石门区租房住，办居住证要啥材料", [d(7, "sm")], c=["住所证明"], a=[["租赁合同"]], r="sm")
Q(["visits", "region"], "在龙塘县办居住证要跑几次", [d(7, "lt")], c=["1次"], r="lt")
Q(["appointment", "region"], "青溪区办居住证可以预约吗", [d(7, "qx")], a=[["预约"], ["https://zwfw.lingxi.example/qx", "https://gaj.lingxi.example/jzz"]], r="qx")
Q(["long", "compound", "fact-in-field", "materials", "time", "region"],
  "我是外地人，在青溪区一家饭店当厨师，跟老板签了劳动合同，租房子住了八个月了。孩子明年想接过来在这边读书，房东说得先有居住证。请问我这种情况能办居住证吗，要准备什么，多久能拿到？",
  [d(7, "qx")], c=["半年以上", "劳动合同或营业执照", "10个工作日"])

# 结婚登记 (8)
Q(["fact-in-field", "conditions"], "女的要多大才能领结婚证", da(8), c=["女方年满20周岁"])
Q(["long", "agent", "region"],
  "我在外地部队当兵，一时半会儿请不了假，女朋友在青溪区老家。两边家长都催着我们先把结婚证领了，酒席以后再办。能不能我写个委托书让她一个人去办，或者让我爸替我去签字？",
  [d(8, "qx")], c=["不得委托他人代办"])
Q(["location", "region", "compound"], "青溪区在哪领结婚证，星期一开门吗", [d(8, "qx")], c=["青溪区婚姻登记处", "桃源路17号"], a=[["周一闭馆"]], r="qx")
Q(["materials", "typo"], "扯证要带啥子哦", da(8), c=["双方居民身份证"], a=[["合影", "2寸"]])
Q(["fee", "time", "compound", "traditional"], "結婚登記要收費嗎？當天能拿到證嗎", da(8), a=[NOFEE, ONSPOT])
Q(["appointment", "region"], "云岭县领结婚证可以预约吗", [d(8, "yl")], a=[["预约"], ["https://mzj.lingxi.example/hydj", "https://zwfw.lingxi.example/yl"]], r="yl")
Q(["cross-region"], "我户口在四川，老婆户口在岭西，能在岭西领证吗", da(8), c=["跨省通办"])
Q(["fact-in-field"], "520那天是周末还能领证吗", da(8), c=["5月20日"], a=[["照常办理"]])
Q(["region", "visits"], "办结婚证跑一趟就够了吧", [d(8, "yl")], c=["1次"], r="yl")
Q(["phone", "region"], "石门区婚姻登记咨询电话", [d(8, "sm")], c=["0000-3672202"], r="sm")
Q(["appointment", "region"], "龙塘县领结婚证要提前预约吗", [d(8, "lt")], c=["https://mzj.lingxi.example/hydj"], a=[["预约"]], r="lt")
Q(["region", "express"], "结婚证可以邮寄到家吗", [d(8, "qx")], a=[["不支持邮寄", "不能邮寄", "不支持快递", "当场颁发", "现场领取", "不提供邮寄"]], r="qx")
Q(["howto", "region"], "在青溪区怎么办结婚证", [d(8, "qx")], c=["双方居民身份证", "青溪区婚姻登记处"], a=[["0000-2831520", "0000-2831202"]], r="qx")
Q(["long", "appointment", "compound", "region", "materials"],
  "下个月我们打算去石门区领结婚证，想挑5月20日那天，听说那天人特别多，要排好久的队，想提前约个时间。请问怎么预约？两个人需要带什么材料？那天刚好是周六，还能办吗？",
  [d(8, "sm")], c=["https://mzj.lingxi.example/hydj", "双方居民身份证"], a=[["照常办理"]])

# 补领结婚证 (9)
Q(["agent", "fact-in-field"], "结婚证丢了，老公在外地，我一个人能去补吗", da(9), c=["一方当事人单独申请"])
Q(["cross-region", "compound", "region"], "结婚证是在石门区领的，现在户口迁到云岭县了，能在云岭补吗，当天能拿吗",
  [d(9, "sm"), d(9, "yl")], a=[["常住户口所在地", "全省通办"], ONSPOT])
Q(["traditional", "howto"], "結婚證不見了怎麼補辦", da(9), c=["申请人居民身份证", "单人照片"], a=[ONSPOT])
Q(["region", "visits"], "补结婚证跑几次", [d(9, "qx")], c=["1次"], r="qx")
Q(["long", "compound", "time", "materials", "region"],
  "我和我老公去年在龙塘县登记结婚的，前几天搬家把结婚证弄丢了，两个本子都找不到，估计是跟旧东西一起当废品卖了。现在贷款买房银行要看结婚证，急用。请问补办要多久？要带什么？",
  [d(9, "lt")], c=["申请人居民身份证", "单人照片"], a=[ONSPOT])

# 离婚登记 (10)
Q(["fact-in-field", "process"], "协议离婚冷静期多少天", da(10) + ["faq-hunyin-lengjingqi"], c=["30日"])
Q(["region", "visits"], "办离婚要去民政局几次", [d(10, "lt")], c=["2次"], r="lt")
Q(["materials", "fact-in-field"], "离婚协议书要准备几份", da(10), c=["3份"])
Q(["region", "agent"], "对方不肯来，我一个人能办协议离婚吗", [d(10, "qx")], c=["双方须共同亲自到场"], r="qx")
Q(["long", "process", "location", "region", "compound"],
  "我和老公都是云岭县的，吵了好几年了，现在都同意离，孩子跟我，房子归他，离婚协议都写好签了字。听说现在协议离婚不是当天就能拿证的，中间还要等一段时间。请问具体流程是怎么样的，去县里哪里办？",
  [d(10, "yl")], c=["30日", "云岭县政务服务中心"])
Q(["region", "appointment"], "办离婚要预约吗", [d(10, "sm")], a=[["预约"]], r="sm")

# 生育登记 (11)
Q(["online"], "准生证现在还要办吗，能在手机上弄吗", da(11), c=["https://wjw.lingxi.example/sydj"])
Q(["result"], "生育登记办完给个什么东西", da(11), c=["生育登记服务单"])
Q(["region", "visits"], "生育登记要跑窗口吗", [d(11, "yl")], a=[VISIT0], r="yl")
Q(["phone", "region"], "青溪区生育登记咨询电话", [d(11, "qx")], c=["0000-2831303"], r="qx")

# 最低生活保障 (12)
Q(["amount", "fact-in-field"], "农村低保每个月一个人多少钱", da(12) + ["faq-dibao-biaozhun"], c=["560元"])
Q(["fact-in-field", "conditions"], "外地户口在这住了一年，能申请低保不", da(12), c=["连续居住满2年"], nc=["25个工作日"])
Q(["fact-in-field", "process"], "低保申请了要公示几天", da(12), c=["公示7天"], nc=["25个工作日"])
Q(["agent", "fact-in-field"], "我奶奶瘫在床上，低保能让村里帮她申请吗", da(12), c=["代为提出申请"])
Q(["location", "region"], "我在马鞍镇，低保在哪里申请", [d(12, "town")], c=["马鞍镇便民服务中心"], a=[["圩亭街3号", "0000-5530101"]], r="town")
Q(["long", "compound", "amount", "conditions", "region"],
  "我老公去年在工地上摔伤了腰，干不了重活，家里两个孩子在读书，就靠我在外面打零工，一个月也就一千多块钱。我们是石门区城里户口，一家四口，没有车也没有别的房子。这种情况能吃低保吗？能领多少？",
  [d(12, "sm")], c=["820元"], a=[["差额"]])
Q(["materials", "traditional"], "申請低保要準備什麼", da(12), c=["低保申请书", "家庭经济状况核对授权书"])
Q(["visits", "region"], "青溪区申请低保要跑几趟", [d(12, "qx")], c=["1次"], r="qx")
Q(["phone", "region"], "云岭县低保投诉电话", [d(12, "yl")], c=["0000-7724345"], r="yl")
Q(["region", "appointment"], "申请低保要预约吗", [d(12, "lt")], a=[NOAPPT], r="lt")
Q(["howto", "region"], "石门区怎么申请低保", [d(12, "sm")], c=["低保申请书", "25个工作日", "石门区政务服务中心"], a=[["0000-3672202", "0000-3672000"]], r="sm")
Q(["long", "agent", "materials", "region", "compound"],
  "我在外省工作，老家龙塘县的父亲去年查出尿毒症，每周要透析，家里积蓄都花光了，低保申请一直没弄。我回不去，我妈不识字，腿脚也不好走不动，这种情况能让村委会帮忙申请低保吗？要签什么字？",
  [d(12, "lt")], c=["代为提出申请", "家庭经济状况核对授权书"])

# 临时救助 (13)
Q(["long", "amount", "materials", "compound", "region"],
  "我们家上个月房子着火了，电线老化引起的，东西全烧没了，一家五口现在借住在亲戚家。我们是龙塘县的农村户口，听村里人说政府有临时救助，能给多少钱？要准备什么材料？消防的证明要不要？",
  [d(13, "lt")], c=["4920元"], a=[["火灾事故认定书", "遭遇困难的证明材料"]])
Q(["fact-in-field", "process"], "急难救助是不是要等审批完才给钱", da(13), c=["先行救助"])
Q(["time", "online", "compound"], "临时救助多久能批下来，可以网上申请吗", da(13), c=["10个工作日"],
  a=[["线下", "现场办理", "窗口办理", "不支持网上", "不能网上", "不支持在线"]])
Q(["region", "agent"], "申请临时救助可以让社区帮忙申请吗", [d(13, "qx")], c=["代为申请"], r="qx")

# 高龄津贴 (14)
Q(["amount", "fact-in-field"], "我外婆92岁了，高龄津贴一个月能领多少", da(14), c=["300元"])
Q(["conditions", "fact-in-field"], "老人多少岁开始有高龄补贴", da(14), c=["年满80周岁"])
Q(["agent", "online", "compound"], "老人家走不动了，我能在手机上帮她申请高龄津贴吗", da(14), c=["https://mzj.lingxi.example/gaoling"], a=[["家属", "代为申请"]])
Q(["fact-in-field"], "高龄津贴批了以后从什么时候开始发", da(14), c=["次月起按月发放"])
Q(["phone", "region"], "龙塘县高龄补贴咨询电话", [d(14, "lt")], c=["0000-5518202"], r="lt")
Q(["long", "traditional", "region", "process", "compound"],
  "我爸今年剛滿八十歲，戶口在雲嶺縣，身體還算硬朗，平時自己種點菜。前兩天聽鄰居說八十歲以上的老人每個月都有補貼，我們家之前都不知道。請問要怎麼申請？要去哪裡辦？錢是打到哪張卡上的？",
  [d(14, "yl")], c=["社会保障卡"], a=[["https://mzj.lingxi.example/gaoling", "岭西通"]])
Q(["faq", "compound"], "高龄津贴每年要认证吗，没认证会怎样", ["faq-gaoling-renzheng"], c=["暂停发放"], a=[["3月1日至5月31日", "刷脸认证"]])
Q(["materials", "typo"], "高领津贴要什么材料", da(14), c=["社会保障卡或银行卡"])
Q(["region", "visits"], "申请高龄津贴需要去现场吗", [d(14, "lt")], c=["https://mzj.lingxi.example/gaoling"], a=[VISIT0], r="lt")
Q(["long", "visits", "online", "region", "agent"],
  "我妈妈户口在石门区，今年81岁了，上个月听社区的人说可以领高龄津贴。她膝盖不好，上下楼都困难，我上班也忙，很难请假。想问问这个要不要带老人跑去政务中心当面办？能不能在网上申请？",
  [d(14, "sm")], c=["https://mzj.lingxi.example/gaoling"], a=[VISIT0])
Q(["long", "amount", "region", "fact-in-field"],
  "我奶奶今年刚满90岁，户口在云岭县，之前一直在领80岁以上的那个高龄津贴，每个月100块。上个月刚过完90岁生日，家里人说标准应该涨了。是不是真的涨了？要不要重新申请？现在一个月应该领多少？",
  [d(14, "yl")], c=["300元"])
Q(["long", "materials", "fact-in-field", "region"],
  "我们在云岭县乡下，家里老人今年83岁，前几天才听村干部说有高龄津贴可以领。老人的户口本和身份证都在，但是他一直没办社保卡，只有一张自己名下的信用社的卡。请问用这张卡可以吗？",
  [d(14, "yl")], c=["本人名下账户"])

# 养老服务补贴 (15)
Q(["fact-in-field", "process"], "养老服务补贴要公示多久", da(15), c=["5个工作日"], nc=["20个工作日"])
Q(["conditions", "amount"], "我妈68岁，半瘫，家里是低保户，能申请居家养老补贴吗", da(15), c=["120元"], a=[["半失能"]])
Q(["fee", "fact-in-field"], "养老补贴那个能力评估要自己出钱吗", da(15), c=["评估免费"])
Q(["long", "compound", "amount", "fee", "region"],
  "我母亲在云岭县农村，今年72岁，中风以后一直卧床，吃饭穿衣都要人帮，家里是低保户。听说有困难老人的养老补贴，我想帮她申请。需要做什么评估吗？评估要不要钱？能领多少？",
  [d(15, "yl")], c=["老年人能力评估", "评估免费", "200元"])

# 残疾人两项补贴 (16)
Q(["long", "amount", "compound", "region"],
  "我儿子今年20岁，是二级智力残疾，有第二代残疾证，生活上离不开人照顾。我们家也是低保户，住在青溪区。听说残疾人有两项补贴，请问两项补贴他都能领吗？加起来一个月有多少？",
  [d(16, "qx")], c=["95元", "85元"])
Q(["region", "agent"], "残疾人补贴可以让家属帮忙申请吗", [d(16, "sm")], c=["近亲属或监护人"], r="sm")
Q(["materials", "fact-in-field"], "申请残疾补助还要交残疾证复印件吗", da(16), c=["电子证照"])
Q(["cross-region"], "残疾人两项补贴能异地申请吗", da(16), c=["全省通办"])
Q(["visits", "region"], "云岭县办残疾人两项补贴跑几趟", [d(16, "yl")], c=["1次"], r="yl")
Q(["howto"], "残疾人两项补贴怎么申请", da(16), c=["两项补贴申请审批表", "15个工作日"])

# 残疾人证 (17)
Q(["fee"], "办残疾证要钱吗", da(17), c=["残疾评定费"], a=[["100元", "200元"]])
Q(["region", "visits"], "办残疾证要跑几趟", [d(17, "qx")], c=["2次"], r="qx")
Q(["materials"], "孩子自闭症想办残疾证要带什么", da(17), c=["居民户口簿", "2寸白底"])
Q(["fact-in-field", "fee"], "低保户办残疾证评定费能免吗", da(17), c=["免收评定费"])
Q(["region", "location", "phone", "compound"], "石门区残联在哪办残疾证，电话多少", [d(17, "sm")], c=["石门区政务服务中心", "0000-3672404"], r="sm")
Q(["express", "result"], "残疾证办好了能寄过来不", da(17), a=[EXPRESS])
Q(["phone", "region"], "龙塘县残疾证咨询电话多少", [d(17, "lt")], c=["0000-5518404"], r="lt")
Q(["howto"], "办残疾证的流程怎么走", da(17), c=["指定评定医院", "20个工作日"])

# 小学入学 (18)
Q(["fact-in-field"], "孩子9月3号生日，今年能上一年级吗", da(18), c=["8月31日"])
Q(["fact-in-field", "conditions"], "外地户口孩子在这读小学，家长要有啥条件", da(18), c=["居住证满1年"])
Q(["compound", "online", "fact-in-field"], "小学报名什么时候开始，在哪报", da(18), c=["6月1日至6月20日", "https://jyj.lingxi.example/zs"])
Q(["phone", "region"], "云岭县教育局招生咨询电话", [d(18, "yl")], c=["0000-7724505"], r="yl")
Q(["materials", "fact-in-field"], "报名时预防接种证必须要吗", da(18), c=["不影响报名"])
Q(["long", "conditions", "materials", "region", "compound"],
  "我们是外地户口，在龙塘县租房三年了，老公在工厂上班一直有交社保，居住证去年办的。孩子今年满六岁了，想在县城上小学，不知道我们这种情况能不能报名，要准备哪些材料？",
  [d(18, "lt")], c=["父母居住证"], a=[["居住证满1年"]])
Q(["long", "fact-in-field", "region"],
  "孩子明年9月上小学，我们家是龙塘县户口，房子也在县城，就在学校片区里面。但是孩子是9月15号出生的，到明年9月1号开学的时候还差半个月才满6岁。这样能不能报名？还是要再等一年？",
  [d(18, "lt")], c=["8月31日前年满6周岁"])
Q(["phone", "region"], "云岭县小学招生的投诉电话是多少", [d(18, "yl")], c=["0000-7724345"], r="yl")

# 城乡居民医保 (19)
Q(["fee"], "今年城乡居民医保一个人交多少钱", da(19), c=["每人每年400元"])
Q(["fact-in-field", "faq"], "刚出生的宝宝多久内参保才能报出生时候的住院费", da(19) + ["faq-xinshenger-yibao"], c=["90日内"])
Q(["online", "typo"], "新农和可以在手机上交吗", da(19), c=["https://ybj.lingxi.example/jmcb"])
Q(["location", "region"], "马鞍镇哪里可以办医保参保", [d(19, "town")], c=["马鞍镇便民服务中心"], r="town")
Q(["phone", "region"], "青溪区医保参保打哪个电话问", [d(19, "qx")], c=["0000-2831606"], r="qx")

# 城乡居民养老保险 (20)
Q(["fact-in-field", "compound"], "农村养老保险一年最少交多少，有几个档", da(20), c=["200元至5000元", "12个档次"])
Q(["phone", "region"], "石门区城乡居民养老保险咨询电话", [d(20, "sm")], c=["0000-3672707"], r="sm")

# 个体户设立 (21)
Q(["howto"], "开个小卖部要办个体执照，怎么弄", da(21), c=["个体工商户登记（备案）申请书", "经营者居民身份证", "https://scjg.lingxi.example/gth"])
Q(["long", "fact-in-field", "materials", "region"],
  "我想在自己家一楼开个小超市，卖点日用品和零食，房子是我自己的住宅，在石门区的老小区里。听说住宅办营业执照有特别的要求，要不要楼上楼下的邻居签字同意？还需要交什么证明？",
  [d(21, "sm")], c=["有利害关系的业主同意"])
Q(["fee", "express", "compound"], "办个体户营业执照收费吗？执照能邮寄吗", da(21), a=[NOFEE, EXPRESS])
Q(["region", "agent"], "个体执照能找别人代我去办吗", [d(21, "yl")], c=["委托代理人"], r="yl")
Q(["region", "visits"], "办个体营业执照要去现场吗", [d(21, "qx")], c=["https://scjg.lingxi.example/gth"], a=[VISIT0], r="qx")
Q(["phone", "region"], "龙塘县个体户注册咨询电话", [d(21, "lt")], c=["0000-5518808"], r="lt")

# 个体户变更 (22)
Q(["fact-in-field"], "个体户地址搬了，要多久之内去变更", da(22), c=["30日内"], nc=["1个工作日"])
Q(["conditions"], "我的个体户想转给我弟弟经营，要先注销再新办吗", da(22), c=["直接申请办理变更登记"])
Q(["time", "region"], "青溪区个体户改名字几天能办好", [d(22, "qx")], c=["1个工作日"], r="qx")
Q(["region", "express"], "个体执照变更后新执照能邮寄吗", [d(22, "lt")], a=[EXPRESS], r="lt")
Q(["howto"], "个体户怎么改经营范围", da(22), c=["个体工商户变更登记申请书", "营业执照正副本", "https://scjg.lingxi.example/gth"])

# 个体户注销 (23)
Q(["fact-in-field", "process"], "个体户简易注销要公示几天", da(23), c=["公示20日"], nc=["1个工作日"])
Q(["materials", "fact-in-field"], "营业执照丢了还能注销个体户吗", da(23), c=["作废声明"])
Q(["howto", "online"], "个体户不干了怎么注销", da(23), c=["个体工商户注销登记申请书", "1个工作日", "https://scjg.lingxi.example/gth"])
Q(["long", "process", "fact-in-field"],
  "我开了一家小超市，个体户，开了五年，现在年纪大了不想干了。店里没欠别人钱，也没人欠我钱，税也都报清了。听人说有个简易注销比较快，具体怎么弄？要公示多久？要交什么材料？",
  da(23), c=["公示20日", "全体投资人承诺书"])

# 食品经营许可新办 (24)
Q(["conditions", "fact-in-field"], "只卖包装好的零食饮料要办食品经营许可证吗", da(24), c=["备案管理"])
Q(["materials", "fact-in-field"], "开小饭馆办食品证要画图吗", da(24), c=["平面布局图"])
Q(["long", "compound", "process", "time", "location", "region"],
  "我准备在云岭县城开一家米粉店，店面已经租好装修完了，营业执照上周也拿到了。现在要办食品经营许可证，想问一下要不要等人来现场检查？大概多久能拿到证？在县里哪个地方办？",
  [d(24, "yl")], c=["现场核查", "5个工作日", "云岭县政务服务中心"])
Q(["fee", "traditional"], "辦食品經營許可證要錢嗎", da(24), a=[NOFEE])
Q(["region", "express"], "食品经营许可证办好了能寄过来吗", [d(24, "sm")], a=[EXPRESS], r="sm")
Q(["region", "appointment"], "食品经营许可证办理要预约吗", [d(24, "qx")], a=[NOAPPT], r="qx")
Q(["phone", "region", "traditional"], "雲嶺縣食品經營許可諮詢電話", [d(24, "yl")], c=["0000-7724808"], r="yl")
Q(["howto", "region"], "龙塘县怎么办食品经营许可证", [d(24, "lt")], c=["食品经营许可申请书", "5个工作日", "龙塘县政务服务中心"], a=[["https://scjg.lingxi.example/spjy"]], r="lt")

# 食品经营许可变更 (25) / 注销 (26)
Q(["conditions", "fact-in-field"], "饭店搬到新地址，食品经营许可证变更一下就行吗", da(25), c=["重新申请"])
Q(["long", "compound", "region", "time", "online"],
  "我在石门区开了个小饭馆，营业执照和食品经营许可证都是去年办的，现在生意还可以，想加卖凉菜和卤味，也就是增加经营项目。请问食品许可证要怎么变更？大概几天？能不能网上办？",
  [d(25, "sm")], c=["3个工作日", "https://scjg.lingxi.example/spjy"])
Q(["fact-in-field"], "饭店不开了，食品经营许可证要在多久内去注销", da(26), c=["30个工作日内"])
Q(["region", "visits"], "食品经营许可证注销要去窗口不", [d(26, "yl")], a=[VISIT0], r="yl")

# 法律援助 (27)
Q(["long", "fact-in-field", "conditions"],
  "我在工地干了半年活，老板一直拖着工钱不给，一共三万多，找了好几次都说没钱。想去法院告他又请不起律师。听说可以申请法律援助，但是要村里开困难证明，我回老家开证明很麻烦，有没有别的办法？",
  da(27), c=["免予核查经济困难状况"])
Q(["conditions", "fact-in-field"], "法律援助收入低于多少才能申请", da(27), c=["1810元"])
Q(["materials", "fact-in-field"], "经济困难说明要居委会盖章吗", da(27), c=["签名承诺"])
Q(["region", "agent"], "我儿子是智障，他被人打了，我能替他申请法律援助吗", [d(27, "lt")], c=["法定代理人代为提出申请"], r="lt")
Q(["region", "phone", "location", "compound"], "石门区法律援助在哪，电话", [d(27, "sm")], c=["石门区政务服务中心", "0000-3672909"], r="sm")
Q(["fact-in-field"], "法律援助中心有律师坐班吗，什么时候", da(27), c=["值班律师"], a=[["工作日9:00-17:00"]])
Q(["region", "appointment"], "法律援助可以先预约律师吗", [d(27, "yl")], a=[["预约"]], r="yl")
Q(["phone", "region"], "石门区法律援助的投诉电话", [d(27, "sm")], c=["0000-3672345"], r="sm")
Q(["long", "compound", "location", "time", "region"],
  "我在工地上打零工，上个月干活时从架子上摔下来腿骨折了，包工头不管，医药费都是我自己垫的。我想找律师告他但是没钱，我是云岭县的。请问去哪里申请法律援助，多久能给我派律师？",
  [d(27, "yl")], c=["云岭县政务服务中心"], a=[["3日内指派", "7日内"]])

# 退役军人优待证 (28)
Q(["conditions", "agent"], "我爸是烈士，我能申请优待证吗", da(28), c=["烈士遗属"])
Q(["time", "express", "compound"], "退伍军人优待证办下来要多久，寄到家吗", da(28), c=["45个工作日"], a=[EXPRESS])
Q(["phone", "region"], "龙塘县退役军人事务局电话", [d(28, "lt")], c=["0000-5518616"], r="lt")
Q(["region", "visits"], "退役军人优待证要跑几次", [d(28, "sm")], c=["1次"], r="sm")
Q(["express", "region"], "云岭县退役军人优待证能邮寄吗", [d(28, "yl")], a=[EXPRESS], r="yl")
Q(["long", "location", "materials", "region", "compound"],
  "我是退伍老兵，1985年从部队退伍的，现在住在龙塘县，今年快七十了，不会用智能手机。听老战友说退役军人现在有优待证，坐车看病有优惠，我也想办一个。请问要去哪里办，要带什么东西？",
  [d(28, "lt")], c=["退役证件", "龙塘县政务服务中心"])

# 老年人优待证 (29)
Q(["agent", "materials", "compound"], "帮我妈办老人证，她不用去吧，我要带啥", da(29), c=["代办人居民身份证", "老年人居民身份证"])
Q(["time", "fee", "compound"], "老年人优待证当场能拿吗？收费不", da(29), a=[ONSPOT, NOFEE])
Q(["location", "region"], "马鞍镇哪里办老人证", [d(29, "town")], c=["马鞍镇便民服务中心"], r="town")
Q(["agent", "region"], "我想帮我爸在云岭县办老年证，我自己去就行吗", [d(29, "yl")], c=["代办人居民身份证"], r="yl")
Q(["howto"], "老年人优待证怎么办", da(29), c=["老年人居民身份证", "1寸近期免冠照片"], a=[ONSPOT])
Q(["long", "location", "region"],
  "我家住在龙塘县马鞍镇，离县城有四十多公里，坐车来回要大半天。家里老人80多岁了，想办个老年人优待证，逛公园坐车方便点。请问镇上能不能办，不用跑去县城吧？镇上办事的地方在哪？",
  [d(29, "lt")], c=["马鞍镇便民服务中心", "圩亭街3号"])

# 流动人口婚育证明 (30, revoked)
REV("出去打工还要开流动人口婚育证明吗", ["婚育证明表"], topic="流动人口婚育证明（已撤销）")
REV("青溪区婚育证明在哪开", ["婚育证明表"], tags=("revoked", "region"), r="qx", topic="流动人口婚育证明（已撤销）")
REV("计生证明怎么办理", ["婚育证明表"], topic="流动人口婚育证明（已撤销）")

# =====================================================================================
# 护照 (C1)
Q(["fee", "time", "compound"], "办护照多少钱，几天出证", c(1), c=["120元", "7个工作日"])
Q(["cross-region"], "户口不在岭西可以在岭西办护照吗", c(1), c=["无需回户籍地"])
Q(["location", "compound"], "办护照的地方周末开不开门，在哪", c(1), c=["长安路25号"], a=[["周末正常受理", "周六", "周末"]])
Q(["appointment"], "办护照要预约吗，在哪预约", c(1), c=["https://crj.lingxi.example/yuyue"], a=[["预约"]])
Q(["materials", "traditional"], "辦護照需要自己帶照片嗎", c(1), c=["窗口免费采集"])
Q(["agent", "fact-in-field"], "小孩10岁办护照大人要陪着吗", c(1), c=["监护人陪同"])
Q(["express"], "护照能邮寄到家吗", c(1), a=[["邮寄", "EMS"]])
Q(["location", "region"], "我在云岭县，办护照要去哪", c(1), c=["岭西市公安局出入境管理支队办证大厅"], r="yl")
Q(["long", "howto", "cross-region"],
  "下个月公司派我去泰国出差一个星期，我从来没出过国，也没办过护照，现在有点着急。想问问怎么办护照，要准备什么，多久能拿到，来不来得及？我人在岭西上班，但户口在外省老家。",
  c(1), c=["居民身份证", "7个工作日", "无需回户籍地"], a=[["https://crj.lingxi.example/yuyue", "0000-2800366"]])
Q(["phone"], "护照办慢了想投诉打什么电话", c(1), c=["0000-2800110"])
Q(["appointment", "traditional"], "辦護照可以預約嗎", c(1), a=[["预约"]])

# 港澳 (C2)
Q(["fee", "compound"], "港澳通行证加一次签注一共多少钱", c(2), c=["60元", "15元"])
Q(["time", "fact-in-field"], "港澳通行证再签注要等几天", c(2), c=["自助签注机"], a=[["即时"]])
Q(["howto", "typo"], "去香港旅游要办什么证，港奥通行证怎么办", c(2), c=["居民身份证", "7个工作日"], a=[["https://crj.lingxi.example/yuyue", "0000-2800366"]])
Q(["phone"], "港澳签注的问题打哪个电话", c(2), c=["0000-2800366"])
Q(["visits"], "办港澳通行证要跑几回", c(2), c=["1次"])
Q(["appointment"], "港澳通行证能预约吗", c(2), c=["https://crj.lingxi.example/yuyue"], a=[["预约"]])
Q(["express"], "港澳通行证能寄到家吗", c(2), a=[EXPRESS])
Q(["howto"], "港澳签注怎么续", c(2), c=["自助签注机"])

# 台湾 (C3)
Q(["fee", "time", "compound"], "去台湾的通行证多少钱，要几天", c(3), c=["60元", "10个工作日"])
Q(["traditional", "materials"], "辦台灣通行證要什麼資料", c(3), c=["出入境证件申请表"])
Q(["express", "traditional"], "台灣通行證可以郵寄到家嗎", c(3), a=[EXPRESS])

# 新房办证 (C4)
Q(["time", "express", "compound"], "交房了办不动产证多久能拿到，可以快递吗", c(4), c=["5个工作日"], a=[EXPRESS])
Q(["materials", "fact-in-field"], "新房办证契税完税的单子要交吗", c(4), c=["数据共享"])
Q(["fee", "fact-in-field"], "房产证想夫妻各一本，多出来的那本收钱吗", c(4), c=["每增加一本加收10元"])
Q(["appointment", "location", "compound", "region"], "石门区的新房去哪里办证，能预约不", c(4), c=["岭西市不动产登记中心", "https://bdc.lingxi.example/yuyue"], r="sm")
Q(["visits", "typo"], "新房办证要跑几糖", c(4), c=["1次"])
Q(["phone"], "新房办证咨询电话", c(4), c=["0000-2800520"])
Q(["agent"], "新房办证老婆没空，我一个人去可以吗", c(4), c=["提供委托书"])

# 二手房 (C5)
Q(["fee", "fact-in-field"], "商铺过户登记费是不是不一样", c(5), c=["非住宅每件550元"])
Q(["long", "materials", "fact-in-field"],
  "我父亲去年去世了，留下一套房子，我妈前几年也走了，我们兄妹三个商量好了房子归我。听说继承过户一定要先去公证处办继承公证，要花好几千块，是真的吗？有没有别的办法可以过户？",
  c(5), c=["现场查验"])
Q(["process"], "二手房过户流程是怎样的", c(5), c=["网签", "缴税"])
Q(["appointment"], "二手房过户需要预约吗", c(5), c=["https://bdc.lingxi.example/yuyue"], a=[["预约"]])
Q(["express"], "二手房过户后证书能邮寄吗", c(5), a=[EXPRESS])

# 抵押 (C6)
Q(["fee", "fact-in-field"], "个体户拿房子抵押贷款，登记费要交吗", c(6), c=["免收登记费"])
Q(["online", "visits"], "房贷抵押登记要自己去登记中心吗", c(6), a=[["合作银行", "全程网办"]])
Q(["faq", "fact-in-field"], "不动产中心礼拜六开门吗", ["faq-bdc-zhouliu"], c=["抵押登记"], a=[["9:00至12:00", "周六上午"]])

# 补发 (C7)
Q(["fact-in-field", "process"], "房产证丢了补办要公告多久", c(7), c=["15个工作日"])
Q(["fee", "visits", "compound"], "补办房本多少钱，要跑几次", c(7), c=["10元", "2次"])
Q(["materials", "fact-in-field"], "房产证掉了要登报吗", c(7), c=["无需登报"])
Q(["appointment"], "补办房产证可以预约吗", c(7), c=["https://bdc.lingxi.example/yuyue"], a=[["预约"]])
Q(["express"], "补办的房产证能寄到家吗", c(7), a=[EXPRESS])

# 公积金租房 (C8)
Q(["amount", "fact-in-field"], "单身租房一年能提多少公积金", c(8), c=["12000元"])
Q(["conditions", "fact-in-field"], "公积金刚交了两个月能提出来付房租吗", c(8), c=["满3个月"])
Q(["online", "typo"], "公基金租房提取可以网上办吗", c(8), c=["https://gjj.lingxi.example/tq"])
Q(["long", "amount", "compound", "online", "visits"],
  "我和老婆结婚两年了，在岭西一直租房住，每个月房租两千多，两个人都有交公积金，名下都没有房子。想问一下租房提取一年最多能取多少，多长时间能取一次，要不要专门跑去公积金中心办？",
  c(8), c=["18000元", "每年可提取一次"], a=[["https://gjj.lingxi.example/tq", "全程网办"]])
Q(["faq", "fact-in-field"], "灵活就业能交公积金吗，比例多少", ["faq-gjj-jiaocun"], c=["10%至24%"])

# 公积金购房 (C9)
Q(["fact-in-field"], "买房两年了还能提公积金吗", c(9), c=["2年内"])
Q(["cross-region"], "在老家县城买房能用岭西的公积金提取吗", c(9), c=["户籍所在地"])
Q(["materials", "compound", "time"], "买二手房提公积金要什么材料，几天到账", c(9), c=["不动产权证书", "3个工作日"])
Q(["phone"], "买房提取公积金打哪个电话咨询", c(9), c=["0000-2812329"])
Q(["appointment"], "公积金买房提取可以预约吗", c(9), a=[["预约"]])
Q(["howto"], "公积金买房提取怎么申请", c(9), c=["购房合同", "3个工作日", "https://gjj.lingxi.example/tq"])
Q(["long", "fact-in-field", "cross-region"],
  "我在岭西工作了十年，公积金也交了十年。最近在老家（省内另一个市）县城买了一套房子给父母住，付了首付，户口也还在老家。请问这种情况能提取岭西的公积金吗？合同签了一年半了，还来得及吗？",
  c(9), c=["户籍所在地", "2年内"])

# 公积金退休提取 (C10)
Q(["visits"], "退休提取公积金需要去柜台吗", c(10), a=[VISIT0])

# 基本养老金 (C11)
Q(["conditions", "fact-in-field"], "社保交了12年到年龄了能领退休金吗", c(11), c=["满15年"])
Q(["agent"], "办退休要自己去还是单位去办", c(11), c=["所在单位统一申报"])
Q(["long", "howto"],
  "我今年快60了，以前在厂里上班，后来厂子倒闭了，一直是灵活就业自己交的社保，前后加起来交了20年。下个月就到退休年龄了，请问我要怎么办退休手续？去哪里办？需要带什么？",
  c(11), c=["居民身份证", "社会保障卡", "15个工作日"], a=[["岭西市社会保险服务中心", "https://rsj.lingxi.example/tx"]])
Q(["process", "fact-in-field"], "退休待遇核定后要公示吗，公示几天", c(11), c=["公示5个工作日"], nc=["15个工作日"])
Q(["appointment"], "办退休能预约吗", c(11), a=[["预约"]])

# 社保卡 (C12)
Q(["fee", "fact-in-field"], "社保卡芯片坏了换卡要钱不", c(12), c=["损坏换卡"], a=[["免费"]])
Q(["time", "fact-in-field"], "补社保卡当天能拿吗", c(12), c=["即时制卡"])
Q(["faq"], "社保卡丢了这几天看病怎么办", ["faq-sbk-ybpz"], c=["医保电子凭证"])
Q(["appointment"], "社保卡补办需要预约吗", c(12), a=[NOAPPT])
Q(["express"], "社保卡补办能邮寄吗", c(12), a=[EXPRESS])

# 失业金 (C13)
Q(["amount"], "失业金一个月发多少", c(13), c=["1629元"])
Q(["fact-in-field"], "被公司辞退了多久之内要去领失业金", c(13), c=["60日内"], nc=["3个工作日"])
Q(["long", "compound", "amount", "online", "materials"],
  "我在厂里干了四年，上个月厂子效益不好裁员，我被裁了，经济补偿已经拿了。现在还没找到新工作，听说还能领失业保险金，请问要到哪里申请？一个月能领多少？要不要单位开离职证明？",
  c(13), c=["1629元", "https://rsj.lingxi.example/sybx"], a=[["免提交", "办理减员"]])
Q(["traditional", "online"], "失業金網上可以申請嗎", c(13), c=["https://rsj.lingxi.example/sybx"])
Q(["visits"], "失业金申请要跑窗口吗", c(13), a=[VISIT0])
Q(["phone"], "失业金咨询电话", c(13), c=["0000-2812333"])
Q(["howto", "traditional"], "失業保險金怎麼申請", c(13), c=["https://rsj.lingxi.example/sybx", "社会保障卡"])

# 异地就医 (C14)
Q(["howto", "compound"], "去外省住院医保怎么报，要先备案吗，怎么备", c(14), c=["https://ybj.lingxi.example/ydba"], a=[["即办", "即时生效"]])
Q(["faq"], "异地就医备案了住院能直接结算吗", ["faq-ydjy-jiesuan"], c=["直接结算"])
Q(["faq", "fact-in-field"], "临时去外地看病报销比例会低多少", ["faq-ydjy-jiesuan"], c=["10个百分点"])
Q(["phone"], "异地就医备案电话", c(14), c=["0000-2812393"])

# 驾照 (C15/C16)
Q(["fact-in-field"], "驾照要提前多久去换", c(15), c=["90日内"])
Q(["fee", "express", "compound"], "换驾照多少钱，能寄回来吗", c(15), c=["10元"], a=[EXPRESS])
Q(["long", "fact-in-field", "compound", "online"],
  "我爸今年72了，驾驶证下个月就到期了，他身体还行，还想每天开车接送孙子上下学。他这个年纪换证有什么特别要求吗？是不是要去医院体检？能不能在手机上弄，不用去车管所排队？",
  c(15), c=["身体条件证明", "https://122.lingxi.example/hz"])
Q(["faq"], "12123注册时手机号被别人占用了咋办", ["faq-122-zhanghao"], c=["解绑"])
Q(["visits"], "换驾照要不要去车管所", c(15), a=[VISIT0])
Q(["phone"], "驾照换证问题打什么电话", c(15), c=["0000-2800122"])
Q(["appointment"], "驾照换证可以预约吗", c(15), a=[["预约"]])
Q(["howto", "typo"], "驾找丢了怎么补", c(16), c=["居民身份证", "10元", "https://122.lingxi.example/bl"])
Q(["express"], "补领的驾驶证能寄到家吗", c(16), a=[EXPRESS])

# 新车上牌 (C17)
Q(["materials", "fact-in-field"], "上牌要带购置税完税证明吗", c(17), c=["联网核查"])
Q(["location", "compound"], "车管所星期六能上牌吗，在哪", c(17), c=["环城北路300号"], a=[["周六全天", "周六"]])
Q(["appointment"], "车管所上牌要预约吗", c(17), c=["https://122.lingxi.example/yuyue"], a=[["预约"]])
Q(["express"], "新车号牌可以邮寄吗", c(17), a=[EXPRESS])
Q(["howto"], "新车怎么上牌", c(17), c=["购车发票", "机动车整车出厂合格证明", "环城北路300号"])

# 企业设立 (C18)
Q(["fact-in-field", "conditions"], "注册资本要几年内交齐", c(18), c=["5年内缴足"])
Q(["materials", "fact-in-field"], "注册公司要房产证吗，我用朋友的办公室", c(18), c=["住所申报承诺制"])
Q(["visits"], "开公司要跑几次政务中心", c(18), a=[VISIT0])
Q(["express"], "公司执照和印章能寄吗", c(18), a=[EXPRESS])

# 施工许可 (C19)
Q(["conditions", "fact-in-field"], "工程多大规模才要办施工许可证", c(19), c=["100万元", "500平方米"])
Q(["time", "online", "compound"], "施工许可证网上办多久", c(19), c=["3个工作日", "https://zjj.lingxi.example/sgxk"])
Q(["phone"], "住建局施工许可咨询电话", c(19), c=["0000-2800766"])
Q(["express"], "施工许可证能快递吗", c(19), a=[EXPRESS])

# 代开发票 (C20)
Q(["fee", "fact-in-field"], "个人代开发票要交税吗，开几千块的", c(20), c=["10万元以下"])
Q(["online", "howto"], "自然人怎么开发票，能手机上弄不", c(20), c=["https://etax.lingxi.example/dk"], a=[["个人所得税APP", "电子税务局"]])
Q(["phone", "traditional"], "代開發票諮詢電話", c(20), c=["0000-2812366"])
Q(["long", "compound", "online", "fact-in-field"],
  "我在岭西开网店卖土特产，是个人卖的，没有办营业执照。最近有个公司客户要我开发票才肯付款，金额大概两万块，我以前从来没开过发票。请问我个人能不能开发票？在哪里开？要不要交税？",
  c(20), c=["https://etax.lingxi.example/dk", "10万元以下"])

# 学历公证 (C21)
Q(["fee", "compound"], "毕业证公证加英文翻译一共多少钱", c(21), c=["每件80元", "英文每件100元"])
Q(["long", "agent", "materials"],
  "我现在在英国读研究生，学校突然要补交国内本科学历的公证书，还要附上英文翻译，截止日期就在下个月，机票又贵，我人实在回不去。能不能让我妈在岭西帮我去办？她要带什么东西？",
  c(21), c=["授权委托书"])
Q(["time", "compound"], "学历公证几天出证，能加急吗", c(21) + ["faq-gzs-shijian"], c=["5个工作日", "2个工作日"])
Q(["express", "appointment", "compound"], "公证书能寄吗？要不要预约", c(21), a=[EXPRESS, ["预约"], ["https://gzc.lingxi.example/yuyue", "https://gzc.lingxi.example/xl"]])
Q(["faq"], "涉外公证还要使馆认证的话要多久", ["faq-gzs-shijian"], c=["20个工作日"])
Q(["visits"], "学历公证要去几次公证处", c(21), c=["1次"])
Q(["phone"], "公证处电话多少", c(21), c=["0000-2806180"])

# 撤销 / 暂停 (C22-24)
REV("独生子女证现在还能办吗", ["街道计生办盖章"], topic="独生子女父母光荣证（已撤销）")
REV("獨生子女光榮證去哪裡辦", ["街道计生办盖章"], tags=("revoked", "traditional"), topic="独生子女父母光荣证（已撤销）")
REV("老人公交卡今年要年审吗，去哪审", ["刷脸年审"], tags=("suspended",), topic="敬老卡年审（已暂停）")
REV("敬老卡年申在哪里办", ["刷脸年审"], tags=("suspended", "typo"), topic="敬老卡年审（已暂停）")
REV("残疾人摩托车油补今年发不发", ["机动轮椅车行驶证"], tags=("suspended",), topic="残疾人机动轮椅车燃油补贴（已暂停）")
REV("我是二级肢体残疾，家住岭西市区，以前开过一辆残疾人专用的机动轮椅车，每年都有一笔燃油补贴。今年到现在一直没收到，打电话问残联也说不清楚，是不是取消了？要怎么申请？",
    ["机动轮椅车行驶证"], tags=("suspended", "long"), topic="残疾人机动轮椅车燃油补贴（已暂停）")
REV("我今年67岁，以前是工厂职工，早就退休了，平时坐公交都用敬老卡。社区的人说让我去做敬老卡年审，不然公交卡就不能用了，可我腿脚不好走不远。请问年审到底要不要做？在哪里做？",
    ["刷脸年审"], tags=("suspended", "long"), topic="敬老卡年审（已暂停）")

# 计生奖励扶助 (C25)
Q(["amount"], "农村计生奖励扶助金一年能拿多少", c(25), c=["80元"], a=[["按年度一次性发放", "一次性发放"]])
Q(["conditions"], "我们生了两个女儿，农村户口，今年61岁，能领计生奖励吗", c(25), c=["两个女孩", "年满60周岁"])
Q(["long", "amount", "conditions", "compound"],
  "我们夫妻俩都是农村户口，1990年生了一个女儿，之后一直没再生。我今年62了，老伴64。听村里说有个计划生育奖励扶助，每年都有钱。我们这种情况能领吗？一年能领多少？",
  c(25), c=["每人每月80元"], a=[["按年度一次性发放", "一次性发放"]])

# 生育津贴 (C26)
Q(["conditions", "fact-in-field"], "生育津贴要交满多久医保才能领", c(26), c=["连续缴费满10个月"])
Q(["fact-in-field", "amount"], "顺产产假算多少天的生育津贴", c(26), c=["158天"])
Q(["agent"], "生育津贴是自己去申请还是公司申请", c(26), c=["由用人单位"])
Q(["long", "fact-in-field"],
  "我在一家私企上班，公司一直给交社保，去年11月生的孩子，当时忙着带娃一直没管生育津贴的事，人事也没提醒。现在公司说可能过期了。请问生育津贴的申请期限是多久？我现在还能申请吗？",
  c(26), c=["1年内"])

# 公租房 (C27)
Q(["fact-in-field"], "家里收入多少以下能申请公租房", c(27), c=["2500元"])
Q(["fact-in-field"], "外地人申请公租房社保要交满多久", c(27), c=["社会保险满1年"])
Q(["process", "fact-in-field"], "公租房审核完要公示几天", c(27), c=["公示7日"], nc=["30个工作日"])
Q(["howto", "typo"], "廉租房咋个申请", c(27), c=["公共租赁住房申请表", "30个工作日", "https://zjj.lingxi.example/gzf"])
Q(["visits"], "公租房申请要跑几次", c(27), c=["1次"])
Q(["long", "conditions", "region"],
  "我在石门区租房住，办了居住证，老婆孩子都在这边，家里三口人每月收入加起来也就五千出头，房租占了一大半，一直想申请公租房。但是我户口不在岭西，社保交了两年，这样能申请吗？",
  c(27), c=["社会保险满1年", "2500元"], r="sm")

# =====================================================================================
# FAQ
Q(["faq"], "身份证办了半个月了怎么查好了没", ["faq-sfz-jindu"], c=["证件进度"])
Q(["faq", "traditional"], "身份證做好了會通知嗎", ["faq-sfz-jindu"], c=["短信通知"])
Q(["faq", "fee"], "户口本丢了补办要钱吗", ["faq-hukouben-buban"], c=["不收取工本费"])
Q(["faq", "cross-region"], "户口本能在外省补吗", ["faq-hukouben-buban"], c=["不能跨省办理"])
Q(["faq"], "我63岁坐公交车要钱吗", ["faq-laonian-gongjiao"], c=["半价"])
Q(["faq", "fee"], "市政务中心停车收费吗", ["faq-zwzx-tingche"], c=["免费停车2小时"], a=[["每小时3元"]])
Q(["faq", "agent"], "老人行动不方便去市民中心办事，有人帮忙吗", ["faq-zwzx-tingche"], c=["陪同代办"])
Q(["faq", "process"], "离婚冷静期想反悔怎么撤回", ["faq-hunyin-lengjingqi"] + da(10), c=["受理回执单"])
Q(["faq"], "新生儿超过90天才交医保还能报出生时候的费用吗", ["faq-xinshenger-yibao"], c=["自缴费次月起"])
Q(["faq", "fact-in-field"], "公积金缴存基数什么时候调整", ["faq-gjj-jiaocun"], c=["7月1日"])
REV("在岭西买房能落户吗", ["90平方米以上"], tags=("revoked", "faq"), topic="购房落户政策（知识库条目已撤销）")
REV("企业社保费今年还能减免吗", ["阶段性免征"], tags=("revoked", "faq"), topic="社保费阶段性减免（知识库条目已撤销）")

# 一件事
Q(["bundle"], "生了宝宝要办哪些手续，能一起办吗", ["bundle-chusheng"], c=["出生一件事"], a=[["出生登记", "落户"]])
Q(["bundle", "long"],
  "老婆上周在市妇幼生了二胎，家里老人说要跑好几个部门，上户口、办医保、办社保卡，我在工地上班请不了那么多假。听说现在有个什么一件事可以一次办好，具体能办哪些？要怎么申请？",
  ["bundle-chusheng"], c=["出生一件事", "社会保障卡"], a=[["岭西通"]])
Q(["bundle"], "开个饭馆要办哪些证，有没有一起办的", ["bundle-canguan"], c=["开办餐馆一件事", "食品经营许可证"])
Q(["bundle", "time"], "开餐馆一件事几天能办完", ["bundle-canguan"], c=["5个工作日"])
Q(["bundle"], "家里老人去世了要办哪些手续", ["bundle-shenhou"], c=["身后一件事"], a=[["死亡注销户口", "注销户口"]])
Q(["bundle", "fact-in-field"], "老人去世了高龄津贴要专门去停吗", ["bundle-shenhou"], c=["自动停发"])
Q(["bundle"], "退休一件事能办哪些", ["bundle-tuixiu"], c=["基本养老金申领", "住房公积金退休提取"])

# =====================================================================================
# 补充：长叙述、预约、邮寄、跑动、代办、电话、怎么办
Q(["long", "appointment", "express", "region", "compound"],
  "我儿子今年15岁，户口在青溪区，明年要去外地读高中，学校要求带身份证。他平时住校，只有周末回家，时间很紧。我想问问第一次办身份证能不能提前在网上预约个时间？办好以后能不能直接寄到家里，省得再跑一趟？",
  [d(1, "qx")], a=[["预约"], EXPRESS, ["https://gaj.lingxi.example/sfz", "https://zwfw.lingxi.example/qx"]])
Q(["long", "agent", "materials", "region", "amount"],
  "我叔叔是一级肢体残疾，常年卧床，家住龙塘县马鞍镇，家里就他和我婶婶两个人。听说重度残疾人每个月有护理补贴，婶婶不识字，跑不了手续。请问这个补贴家里人能不能替他去申请？一个月有多少？要准备什么？",
  [d(16, "lt")], c=["近亲属或监护人", "130元", "两项补贴申请审批表"])
Q(["long", "visits", "express", "region", "compound"],
  "我女儿小时候发高烧落下了听力残疾，现在8岁了，一直没办残疾证。我们家在云岭县山里，去一趟县城要坐两个多小时的车，来回一天就没了。想给她办个残疾证，请问总共要跑几趟？办好的证能不能寄回来？",
  [d(17, "yl")], c=["2次"], a=[EXPRESS])
Q(["long", "appointment", "phone", "region", "compound"],
  "我母亲在青溪区的一个小区做保洁，被物业公司拖欠了半年工资，还被无故辞退了。她想申请法律援助，但是年纪大了，怕材料不齐白跑一趟。请问能不能先打电话问清楚，或者预约好时间再去？咨询电话是多少？",
  [d(27, "qx")], c=["0000-2831909"], a=[["预约"]])
Q(["long", "howto", "fee", "fact-in-field", "region", "compound"],
  "我是龙塘县马鞍镇的，今年刚从外地回老家，以前在广东交的职工医保已经断了。现在想在老家交城乡居民医保，不知道该怎么交，现在是10月份还能交吗？一个人一年交多少钱？镇上能不能办？",
  [d(19, "town")], c=["9月1日至12月31日", "每人每年400元"], a=[["https://ybj.lingxi.example/jmcb", "马鞍镇便民服务中心"]], r="town")
Q(["long", "agent", "fact-in-field", "region"],
  "我和老公结婚十几年了，当年是在石门区登记的。最近办房产继承手续需要用结婚证，翻遍了家里都没找到。老公在外地跑长途运输，一个月才回来一次，我一个人去补可以吗？还要带他的什么东西吗？",
  [d(9, "sm")], c=["一方当事人单独申请"])
Q(["long", "appointment", "express", "compound"],
  "我和老伴都退休了，准备明年春天跟团去日本玩，两个人都没有护照。我们住在岭西市区，听说办护照的人多，要排很久的队，能不能提前预约？办好了能不能寄到家里，我们年纪大了不想来回跑。",
  c(1), c=["https://crj.lingxi.example/yuyue"], a=[["预约"], ["邮寄", "EMS"]])
Q(["long", "visits", "online", "howto", "time"],
  "我和两个朋友合伙想开一家做软件外包的小公司，都是第一次创业，不太懂流程。听说现在注册公司可以全部在网上弄，不用跑政务中心，是真的吗？要在哪个网站申请？从申请到拿到营业执照大概需要几天？",
  c(18), c=["https://qykb.lingxi.example", "1个工作日"], a=[VISIT0])
Q(["long", "agent", "phone", "region", "compound"],
  "我爷爷今年88岁，户口在龙塘县，一直由我小叔照顾。小叔前几天说高龄津贴好像没到账，我人在外地不清楚情况，想打电话问问县里管这个的部门，请问咨询电话是多少？我在外地能在网上帮爷爷办吗？",
  [d(14, "lt")], c=["0000-5518202"], a=[["https://mzj.lingxi.example/gaoling", "家属", "代为申请"]])
Q(["long", "express", "online", "region", "compound"],
  "我在云岭县城里租了个门面准备卖五金，听朋友说个体户营业执照现在可以网上申请，还能直接寄过来。我平时在工地上干活走不开，想问问在哪个网上申请，执照真的能寄到家吗？要不要交钱？",
  [d(21, "yl")], c=["https://scjg.lingxi.example/gth"], a=[EXPRESS, NOFEE])
Q(["long", "howto", "materials", "region", "time"],
  "我老公是贵州人，去年跟我结婚以后一直在云岭县我家这边生活，在镇上的砖厂上班，签了劳动合同，但户口还在老家。村干部说他应该办个居住证，以后看病、孩子读书都方便。请问居住证怎么办，要带哪些东西？",
  [d(7, "yl")], c=["居民身份证", "劳动合同或营业执照", "10个工作日"])
Q(["long", "appointment", "visits", "region", "compound"],
  "我和前夫已经分居两年，现在双方都同意协议离婚，孩子和财产也谈好了，协议也写了。我们都是龙塘县的，但他在外地打工请假不容易。请问协议离婚到底要去几趟？能不能先预约好时间再去，免得白跑？",
  [d(10, "lt")], c=["2次"], a=[["预约"]])
Q(["long", "agent", "express", "compound"],
  "我们小两口在岭西买了一套新房，上个月交房了，开发商通知可以办不动产权证书了。房子写的是我们两个人的名字，可我老婆在外地出差要两个月才回来。我一个人能去办吗？证书办好能不能寄过来？",
  c(4), c=["提供委托书"], a=[EXPRESS])
Q(["long", "appointment", "phone", "region", "compound"],
  "我和女朋友都是云岭县人，准备国庆节前去领结婚证，可我俩都在市里上班，平时请假扣钱，只有周六有空。请问云岭县领结婚证能不能提前预约个时间？有没有电话可以先问一下周六办不办？",
  [d(8, "yl")], a=[["预约"], ["0000-7724202", "0000-7724000"]])
Q(["long", "express", "visits", "region", "compound"],
  "我父亲是老退伍军人，今年78岁了，住在石门区，腿脚不太方便，出门要坐轮椅。听说退役军人优待证现在可以申请了，想给他办一个。请问办这个要跑几趟？证办好了能不能直接寄到家？",
  [d(28, "sm")], c=["1次"], a=[EXPRESS])
Q(["long", "fact-in-field", "conditions", "materials", "region", "compound"],
  "我在青溪区开了家小吃店，是个体户，执照上写的经营者是我爸。现在我爸年纪大了干不动了，店想转到我名下继续开。请问是要把原来的注销了重新办，还是可以直接改经营者？要带什么？",
  [d(22, "qx")], c=["直接申请办理变更登记", "新经营者居民身份证"])
Q(["long", "faq", "fact-in-field"],
  "我妈今年85了，每个月都领高龄津贴。今年6月份突然发现钱没到账，打电话问村里，说是没有做认证。她不会用智能手机，以前也不知道每年要认证。请问现在补认证还来得及吗？停掉的钱还能补回来吗？",
  ["faq-gaoling-renzheng"], c=["补发暂停期间的津贴"])
Q(["appointment", "region"], "补领结婚证要预约吗", [d(9, "lt")], a=[["预约"]], r="lt")
Q(["appointment"], "去出入境办台湾通行证可以预约吗", c(3), c=["https://crj.lingxi.example/yuyue"], a=[["预约"]])
Q(["appointment", "region"], "办投靠落户能先预约吗", [d(5, "yl")], a=[["预约"]], r="yl")
Q(["appointment"], "异地就医备案要预约吗", c(14), a=[NOAPPT])
Q(["appointment"], "施工许可证需要预约窗口吗", c(19), a=[NOAPPT])
Q(["express", "region"], "居住证办好了能寄到家吗", [d(7, "qx")], a=[EXPRESS], r="qx")
Q(["express", "region"], "换领的身份证能邮寄吗", [d(2, "yl")], a=[EXPRESS], r="yl")
Q(["express"], "小孩上完户口，户口本能寄给我吗", da(4), a=[["不支持邮寄", "不能邮寄", "不提供邮寄", "不支持快递", "当场"]])
Q(["express", "region"], "石门区个体户营业执照可以寄到家吗", [d(21, "sm")], a=[EXPRESS], r="sm")
Q(["visits", "region"], "死亡销户要跑几次", [d(6, "yl")], c=["1次"], r="yl")
Q(["visits", "region"], "办临时救助要跑几次", [d(13, "sm")], c=["1次"], r="sm")
Q(["visits"], "居民养老保险参保要跑腿吗", da(20), a=[VISIT0])
Q(["agent", "region"], "孩子第一次办身份证，可以让外婆带去吗", [d(1, "yl")], a=[["监护人陪同", "由监护人代为申请"]], r="yl")
Q(["agent"], "我老公的学历公证我能帮他办吗", c(21), c=["授权委托书"])
Q(["agent", "region"], "办离婚能请律师代我去吗", [d(10, "lt")], c=["双方须共同亲自到场"], r="lt")
Q(["agent"], "我爸是企业职工，他的退休手续我能替他去办吗", c(11), c=["所在单位统一申报"])
Q(["phone", "region"], "云岭县身份证补办咨询电话", [d(3, "yl")], c=["0000-7724101"], r="yl")
Q(["phone", "region"], "青溪区残疾人两项补贴咨询电话", [d(16, "qx")], c=["0000-2831202"], r="qx")
Q(["phone"], "社保卡补办打哪个电话", c(12), c=["0000-2812333"])
Q(["phone", "region"], "龙塘县居住证投诉电话", [d(7, "lt")], c=["0000-5518345"], r="lt")
Q(["howto", "region"], "石门区怎么办残疾证", [d(17, "sm")], c=["居民户口簿", "20个工作日", "石门区政务服务中心"], r="sm")
Q(["howto"], "退伍军人优待证怎么办", da(28), c=["退役证件", "45个工作日", "https://vac.lingxi.example/yydz"])
Q(["howto", "region"], "青溪区投靠落户怎么办", [d(5, "qx")], c=["被投靠人居民户口簿", "10个工作日", "青溪区政务服务中心"], r="qx")
Q(["howto"], "补办房产证怎么办", c(7), c=["遗失声明", "15个工作日", "岭西市不动产登记中心"])
Q(["howto", "traditional"], "異地就醫備案怎麼辦", c(14), c=["https://ybj.lingxi.example/ydba"], a=[["医保电子凭证", "社会保障卡"]])
Q(["howto", "region"], "龙塘县怎么申请法律援助", [d(27, "lt")], c=["法律援助申请表", "5个工作日", "龙塘县政务服务中心"], r="lt")
Q(["appointment", "phone", "compound", "region"], "石门区补身份证能预约吗，电话多少", [d(3, "sm")], a=[["预约"], ["0000-3672101", "0000-3672000"]], r="sm")
Q(["express", "visits", "compound"], "驾驶证补领要跑几趟，能寄吗", c(16), a=[VISIT0, EXPRESS])
Q(["agent", "howto", "region"], "帮老人在云岭县申请高龄津贴怎么弄", [d(14, "yl")], c=["https://mzj.lingxi.example/gaoling", "15个工作日"], a=[["代为申请", "家属"]], r="yl")

Q(["result"], "办完投靠落户会给个什么证明", da(5), c=["准予迁入证明"])
Q(["result"], "死亡销户办完派出所会给什么", da(6), c=["注销户口证明"])
Q(["result"], "法律援助批下来给什么文书", da(27), c=["给予法律援助决定书"])
Q(["result"], "抵押登记办完拿到的是什么", c(6), c=["不动产登记证明"])

# =====================================================================================
# 目录外（negative）
NEG("我想办个狩猎证打野猪，去哪里办", "狩猎证")
NEG("渔船登记在哪办理", "渔船登记")
NEG("養狗要辦狗證嗎，在哪辦", "犬只登记", tags=("traditional",))
NEG("开小卖部想卖烟，烟草证怎么办", "烟草专卖零售许可")
NEG("教师资格证认定需要什么材料", "教师资格认定")
NEG("导游证怎么申请", "导游证")
NEG("工伤认定去哪申请", "工伤认定")
NEG("医生执业证书变更注册在哪里办", "医师执业注册")
NEG("取水许可证怎么申请", "取水许可")
NEG("排污许可证办理流程", "排污许可")
NEG("网约车驾驶员证怎么办", "网约车驾驶员证")
NEG("献过血的人家属用血报销怎么办", "献血者用血报销")
NEG("农村宅基地建房审批找哪个部门", "农村宅基地审批")
NEG("养猪场的动物检疫证明怎么开", "动物检疫")
NEG("办演唱会要什么许可", "营业性演出许可")
NEG("高铁票怎么退", "火车票退票（非政务）")
NEG("手机话费被乱扣怎么投诉", "通信消费投诉（非目录事项）")
NEG("美国签证在哪办", "外国签证（非政务）")
NEG("开网吧要什么证", "网络文化经营许可")
NEG("开药店要办什么许可证", "药品经营许可")
NEG("人才引进有购房补贴吗，怎么申请", "人才购房补贴")
NEG("国家给的育儿补贴一年多少钱，怎么领", "育儿补贴")
NEG("车子年检在哪里办", "机动车检验")
NEG("护士执业证注册要什么材料", "护士执业注册")
NEG("危险化学品经营许可证怎么办", "危险化学品经营许可")
NEG("电动车上牌去哪", "电动自行车登记")
NEG("学车考驾照要怎么报名", "机动车驾驶证初次申领")
NEG("门诊慢特病怎么申请认定", "门诊慢特病认定")
NEG("房屋拆迁补偿标准是多少", "征收补偿标准")
NEG("岭西今天天气怎么样", "天气（非政务）")
NEG("宝宝打疫苗在哪里预约", "预防接种预约")
NEG("个人征信报告在哪里打印", "个人征信查询（非政务目录）")
NEG("木材运输证怎么办", "木材运输证")
NEG("船员证怎么考", "船员适任证书")
NEG("烟花爆竹零售许可证怎么申请", "烟花爆竹经营许可")

# =====================================================================================
# conversations
CONVS = []


def CV(tags, desc, turns, r=None):
    e = {"id": f"conv-{len(CONVS) + 1:02d}", "description": desc, "tags": list(tags)}
    if r:
        e["metadata"] = {"region": R[r]}
    e["turns"] = turns
    CONVS.append(e)


T = turn
CV(["long", "follow-up", "region", "fee", "time", "location", "express", "compound", "phone"], "身份证补领：长叙述问收费→追问时限→说出所在区→邮寄和电话",
   [T("前天晚上在夜市吃东西，包放在椅子上被人顺走了，里面有身份证、银行卡和一点现金，已经报警了，但估计找不回来。下周单位要办入职手续，急着用身份证。身份证丢了要补，补一张要多少钱？", da(3), ["40元"]),
    T("多久能拿到", da(3), ["10个工作日"]),
    T("我在石门区，去哪办", [d(3, "sm")], ["石门区政务服务中心", "工业大道2号"]),
    T("能寄到家吗，有电话可以问进度不", [d(3, "sm")], a=[EXPRESS, ["0000-3672101", "0000-3672000"]])])
CV(["follow-up", "region", "materials", "fact-in-field", "location", "compound"], "结婚登记→年龄条件→青溪区地点与周一→切换到补领结婚证",
   [T("领结婚证要带什么", da(8), ["双方居民身份证"]),
    T("女方19岁可以吗", da(8), ["女方年满20周岁"]),
    T("我们在青溪区，在哪领，周一能去吗", [d(8, "qx")], ["青溪区婚姻登记处"], a=[["周一闭馆"]]),
    T("对了我姐的结婚证丢了，补办要带啥", da(9), ["单人照片"])])
CV(["follow-up", "amount", "location", "fact-in-field", "howto"], "低保：怎么申请→领多少→分享马鞍镇定位→公示",
   [T("低保怎么申请", da(12), ["低保申请书", "家庭经济状况核对授权书", "25个工作日"]),
    T("一个月能领多少", da(12), a=[["820元", "560元"]]),
    T(location={"lat": 23.6549, "lon": 108.1008}, codes=[d(12, "lt")], c_=["马鞍镇便民服务中心"]),
    T("要公示吗，几天", [d(12, "lt")], ["公示7天"])])
CV(["bundle", "follow-up", "materials", "fact-in-field", "fee"], "出生一件事→落户材料→医保参保期限→医保缴费",
   [T("刚生了孩子要办哪些事", ["bundle-chusheng"], ["出生一件事"]),
    T("上户口要带啥", da(4), ["出生医学证明"]),
    T("医保呢，多久内要交", da(19), ["90日内"]),
    T("一年交多少", da(19), ["400元"])])
CV(["follow-up", "materials", "time", "location", "express", "appointment"], "护照：简短开场→几天→周末开门→邮寄→预约",
   [T("办护照", c(1), ["居民身份证"]),
    T("几天能拿", c(1), ["7个工作日"]),
    T("周六开门吗", c(1), ["周末正常受理"]),
    T("能寄吗", c(1), a=[["邮寄", "EMS"]]),
    T("要先预约吗", c(1), ["https://crj.lingxi.example/yuyue"], a=[["预约"]])])
CV(["follow-up", "amount", "fact-in-field", "materials", "time", "compound", "appointment"], "公积金租房提取→已婚额度→切换购房提取→到账时间和预约",
   [T("租房能取公积金吗", c(8), ["满3个月"]),
    T("一年最多取多少，我已婚", c(8), ["18000元"]),
    T("那要是买房呢，要什么材料", c(9), ["购房合同"]),
    T("多久到账，要预约吗", c(9), ["3个工作日"], a=[["预约"]])])
CV(["long", "region", "follow-up", "location", "phone", "time"], "食品经营许可：青溪区→中途改为云岭县→电话→时限",
   [T("我跟老乡合伙准备开一家螺蛳粉店，店面已经看好了，营业执照这周就能拿到。听说开饭店光有营业执照不行，还得办食品经营许可证，不然会被罚款。请问这个食品许可证在哪里办？", [d(24, "qx")], ["青溪区政务服务中心"]),
    T("我其实店开在云岭县", [d(24, "yl")], ["云岭县政务服务中心"]),
    T("电话多少", [d(24, "yl")], ["0000-7724808"]),
    T("要几天", [d(24, "yl")], ["5个工作日"])], r="qx")
CV(["follow-up", "amount", "online", "agent", "faq"], "高龄津贴：领多少→怎么申请→代办→年度认证（知识库）",
   [T("我奶奶85了有什么补贴", da(14), ["100元"]),
    T("怎么申请", da(14), ["https://mzj.lingxi.example/gaoling"]),
    T("我能帮她申请吗", da(14), ["代为申请"]),
    T("每年还要认证吗", ["faq-gaoling-renzheng"], ["3月1日至5月31日"])])
CV(["follow-up", "materials", "process", "faq", "visits"], "离婚：材料→冷静期→反悔撤回→跑动次数",
   [T("协议离婚要准备什么", da(10), ["离婚协议书"]),
    T("当天能离掉吗", da(10), ["30日"]),
    T("冷静期里后悔了怎么办", ["faq-hunyin-lengjingqi"] + da(10), ["撤回"]),
    T("一共要跑几次", da(10), ["2次"])])
CV(["follow-up", "fee", "time", "fact-in-field", "process", "compound", "howto"], "个体户：设立收费→时限→换地址变更→注销公示",
   [T("开小店办个体执照要钱吗", da(21), a=[NOFEE]),
    T("多久能拿到", da(21), a=[["即办", "当场办结"]]),
    T("以后搬地址呢，要多久内去改", da(22), ["30日内"]),
    T("不干了怎么注销，要公示吗", da(23), ["个体工商户注销登记申请书", "公示20日"])])
CV(["follow-up", "conditions", "amount", "fact-in-field", "online", "compound", "visits"], "失业金：条件→金额→领取月数→网办和跑动",
   [T("被裁员了能领失业金吗", c(13), ["满1年"]),
    T("一个月多少", c(13), ["1629元"]),
    T("我交了3年，能领几个月", c(13), ["12个月"]),
    T("网上能申请吗，要不要跑社保中心", c(13), ["https://rsj.lingxi.example/sybx"], a=[VISIT0])])
CV(["follow-up", "fact-in-field", "fee", "online"], "驾照：期满换证提前量→费用→切换到补领网办",
   [T("驾照快到期了", c(15), ["90日内"]),
    T("多少钱", c(15), ["10元"]),
    T("要是丢了呢", c(16), ["https://122.lingxi.example/bl"])])
CV(["traditional", "follow-up", "materials", "fee", "express"], "繁体：港澳通行证→费用→签注→邮寄",
   [T("港澳通行證怎麼辦", c(2), ["居民身份证"]),
    T("要多少錢", c(2), ["60元"]),
    T("簽注一次多少", c(2), ["15元"]),
    T("可以寄到家嗎", c(2), a=[EXPRESS])])
CV(["region", "follow-up", "materials", "fact-in-field"], "石门区：居住证材料→居住时长→切换小学入学条件→报名时间",
   [T("外地人在这租房，办居住证要啥", [d(7, "sm")], ["住所证明"]),
    T("要住多久才可以办", [d(7, "sm")], ["半年以上"], nc=["10个工作日"]),
    T("孩子上小学有啥要求", [d(18, "sm")], ["居住证满1年"]),
    T("啥时候报名", [d(18, "sm")], ["6月1日至6月20日"])], r="sm")
CV(["long", "follow-up", "materials", "fee", "amount", "region", "location"], "残疾证→评定费→两项补贴金额→龙塘县地点",
   [T("我儿子今年六岁，前年在医院确诊了孤独症，说话和跟人交流都有困难，一直在康复机构做训练，费用很高。康复机构的老师建议我们去办个残疾证，说以后能享受一些政策。孩子想办残疾证，要带什么？", da(17), ["居民户口簿"]),
    T("评定费多少", da(17), a=[["100元", "200元"]]),
    T("办好以后有补贴吗", da(16), a=[["95元", "130元", "85元"]]),
    T("我住龙塘县，补贴在哪申请", [d(16, "lt")], ["龙塘县政务服务中心"])])
CV(["follow-up", "materials", "fee", "faq", "express", "howto"], "新房办证：材料→收费→周六（大厅说明/知识库）→邮寄",
   [T("交房了怎么办房产证", c(4), ["商品房买卖合同", "5个工作日", "岭西市不动产登记中心"]),
    T("收多少钱", c(4), ["住宅每件80元"]),
    T("周六能去办吗", c(4) + ["faq-bdc-zhouliu"], ["抵押登记"]),
    T("办好能寄吗", c(4), a=[EXPRESS])])
CV(["bundle", "follow-up", "materials", "fact-in-field", "fee", "agent"], "身后一件事→销户材料→谁能办→继承过户→过户费",
   [T("老人去世了要办什么", ["bundle-shenhou"], ["身后一件事"]),
    T("销户口带什么", da(6), ["死亡医学证明书或火化证明"]),
    T("我是他儿子，不是户主，能去办吗", da(6), ["近亲属"]),
    T("房子继承过户一定要公证吗", c(5), ["现场查验"]),
    T("过户费多少", c(5), ["住宅每件80元"])])
CV(["long", "region", "follow-up", "fact-in-field", "location", "time", "phone"], "龙塘县（渠道设定）法律援助：讨薪→地点→时限→电话",
   [T("我跟着一个包工头在县城盖房子，干了八个多月，说好年底结账，结果到现在还欠我两万六，电话也不接了。我想去告他，但是请律师太贵，我也没那么多钱。老板欠工资不给，能找免费律师吗？", [d(27, "lt")], ["免予核查经济困难状况"]),
    T("在哪申请", [d(27, "lt")], ["龙塘县政务服务中心"]),
    T("几天有结果", [d(27, "lt")], ["7日内"]),
    T("电话多少", [d(27, "lt")], ["0000-5518909"])], r="lt")
CV(["follow-up", "materials", "fee", "cross-region"], "含糊的“身份证”→按钮选择换领→费用→外省换领",
   [T("身份证的事", da(2), a=[["换领"]], may_ask=True),
    T(press="换领", codes=da(2), c_=["原居民身份证"]),
    T("多少钱", da(2), ["20元"]),
    T("能在外省换吗", da(2), ["跨省通办"])])
CV(["follow-up", "materials", "agent"], "含糊的“结婚证”→按钮选择补领→一方可否单独办",
   [T("结婚证", da(9), a=[["补领"]], may_ask=True),
    T(press="补领", codes=da(9), c_=["单人照片"]),
    T("我一个人能去吗", da(9), ["一方当事人单独申请"])])
CV(["follow-up", "location", "fact-in-field"], "驾照换证→分享车管所附近定位→周六办理",
   [T("我要换驾照", c(15), ["90日内"]),
    T(location={"lat": 23.4698, "lon": 107.8310}, codes=c(15), c_=["车辆管理所"]),
    T("周六能办吗", c(15), a=[["周六全天", "周六"]])])
CV(["follow-up", "materials", "location", "region", "time"], "老年人优待证→分享云岭县定位→中午休息→当场拿证",
   [T("办老年证要带什么", da(29), ["老年人居民身份证"]),
    T(location={"lat": 23.2880, "lon": 107.6925}, codes=[d(29, "yl")], c_=["云岭县政务服务中心"]),
    T("中午休息吗", [d(29, "yl")], ["14:30"]),
    T("当天能拿吗", [d(29, "yl")], a=[ONSPOT])])
CV(["long", "region", "follow-up", "time", "fact-in-field", "amount"], "云岭县：低保→时限→切换临时救助→最高金额",
   [T("我老伴前年得了脑梗，半边身子动不了，常年吃药，我自己也六十多了干不了重活，儿子在外面打工顾不上家，家里一年到头也没几个收入，日子过得很紧。家里困难想吃低保，要准备什么？", [d(12, "yl")], ["低保申请书"]),
    T("要多久批", [d(12, "yl")], ["25个工作日"]),
    T("等不及了，家里刚出车祸，有没有急用的救助", [d(13, "yl")], ["先行救助"]),
    T("最多能给多少", [d(13, "yl")], ["4920元"])], r="yl")
CV(["bundle", "follow-up", "conditions", "fact-in-field", "online"], "退休一件事→缴费年限→发放起始→公积金提取",
   [T("快退休了要办哪些手续", ["bundle-tuixiu"], ["退休一件事"]),
    T("养老金要交满几年", c(11), ["满15年"]),
    T("从什么时候开始发", c(11), ["次月起按月发放"]),
    T("公积金怎么取出来", c(10), ["https://gjj.lingxi.example/tq"])])
CV(["region", "follow-up", "online", "fact-in-field", "materials", "howto"], "龙塘县（渠道设定）小学报名：网址→时间→材料→接种证",
   [T("小孩今年上一年级，怎么报名", [d(18, "lt")], ["https://jyj.lingxi.example/zs", "居民户口簿"]),
    T("几号开始", [d(18, "lt")], ["6月1日至6月20日"]),
    T("要带啥", [d(18, "lt")], ["居民户口簿"]),
    T("打预防针的本子一定要吗", [d(18, "lt")], ["不影响报名"])], r="lt")
CV(["follow-up", "online", "fee", "fact-in-field", "howto"], "居民医保→费用→切换异地就医备案→有效期",
   [T("居民医保怎么交", da(19), ["https://ybj.lingxi.example/jmcb", "9月1日至12月31日"]),
    T("多少钱", da(19), ["400元"]),
    T("去广东打工看病怎么报", c(14), ["https://ybj.lingxi.example/ydba"]),
    T("临时去的备案能用多久", c(14), ["6个月"])])
CV(["follow-up", "bundle", "materials", "time"], "注册公司→时限→切换食品证→开餐馆一件事",
   [T("想注册公司", c(18), ["公司章程"]),
    T("要几天", c(18), ["1个工作日"]),
    T("开餐厅的话还要办食品证吗", da(24), ["食品经营许可申请书"]),
    T("有没有一起办的", ["bundle-canguan"], ["开办餐馆一件事"])])
CV(["region", "follow-up", "location", "phone"], "青溪区（渠道设定）首次办身份证→中午→改为龙塘县户口→龙塘电话",
   [T("孩子第一次办身份证在哪", [d(1, "qx")], ["青溪区政务服务中心"]),
    T("中午有人吗", [d(1, "qx")], ["14:30"]),
    T("我们户口其实在龙塘县", [d(1, "lt")], ["龙塘县政务服务中心"]),
    T("龙塘那边电话多少", [d(1, "lt")], a=[["0000-5518101", "0000-5518000"]])], r="qx")
CV(["negative", "follow-up", "materials", "time"], "目录外（狗证）→切换到居住证→时限",
   [T("狗证怎么办", c_=["12345"], no_code=True),
    T("那居住证呢", da(7), ["居民身份证"]),
    T("多久拿到", da(7), ["10个工作日"])])
CV(["revoked", "follow-up", "online", "materials"], "已撤销的独生子女证→生育登记网办→材料免提交",
   [T("独生子女证还办吗", a=[REVOKED], nc=["街道计生办盖章"]),
    T("那生育登记怎么弄", da(11), ["https://wjw.lingxi.example/sydj"]),
    T("要带什么材料", da(11), a=[["数据共享", "免提交"]])])
CV(["follow-up", "materials", "time", "appointment", "online"], "二手房过户材料→时限→预约→切换抵押登记",
   [T("二手房过户要带什么", c(5), ["不动产权证书"]),
    T("几天能办好", c(5), ["3个工作日"]),
    T("要预约吗", c(5), ["https://bdc.lingxi.example/yuyue"], a=[["预约"]]),
    T("房贷抵押呢，要去中心吗", c(6), a=[["合作银行"]])])
CV(["long", "region", "follow-up", "amount", "fact-in-field", "phone"], "石门区（渠道设定）失能老人补贴：金额→评估→公示→电话",
   [T("我爸今年七十五，去年摔了一跤以后就一直瘫在床上，吃喝拉撒都要人伺候，我辞了工作在家照顾他。家里是低保户，经济压力很大。听说政府对这种失能老人有补贴，我爸失能了有啥补贴？", [d(15, "sm")], ["200元"]),
    T("要评估吗", [d(15, "sm")], ["老年人能力评估"]),
    T("公示几天", [d(15, "sm")], ["5个工作日"], nc=["20个工作日"]),
    T("电话多少", [d(15, "sm")], ["0000-3672202"])], r="sm")
CV(["follow-up", "process", "fee", "time", "faq"], "社保卡丢了→补办费→当天领→看病用医保电子凭证",
   [T("社保卡丢了", c(12), ["挂失"]),
    T("补要钱吗", c(12), ["20元"]),
    T("当天能拿吗", c(12), ["即时制卡"]),
    T("这几天看病咋办", ["faq-sbk-ybpz"], ["医保电子凭证"])])
CV(["follow-up", "appointment", "location", "fee", "compound"], "带孩子去香港：港澳通行证→预约和地点→二次签注费",
   [T("带孩子去香港玩，孩子的港澳通行证怎么办", c(2), ["出入境证件申请表"]),
    T("要预约不，在哪办", c(2), ["长安路25号"], a=[["预约"]]),
    T("签注二次有效多少钱", c(2), ["30元"])])
CV(["region", "follow-up", "materials", "location", "time", "express", "howto"], "退役军人优待证→说出云岭县→时限→邮寄",
   [T("退役军人优待证怎么申请", da(28), ["退役证件", "https://vac.lingxi.example/yydz"]),
    T("我在云岭县，去哪", [d(28, "yl")], ["云岭县政务服务中心"]),
    T("要多久", [d(28, "yl")], ["45个工作日"]),
    T("能寄吗", [d(28, "yl")], a=[EXPRESS])])
CV(["follow-up", "conditions", "fact-in-field", "process", "time", "compound", "visits"], "公租房：外地户口条件→收入→公示→时限和跑动",
   [T("公租房能申请吗，我是外地户口", c(27), ["社会保险满1年"]),
    T("收入有要求吗", c(27), ["2500元"]),
    T("要公示吗", c(27), ["公示7日"]),
    T("多久有结果，要跑几次", c(27), ["30个工作日", "1次"])])
CV(["follow-up", "materials", "fee", "time", "faq", "compound", "agent"], "学历公证：材料→费用和时限→代办→使馆认证（知识库）",
   [T("出国留学要学历公证", c(21), ["毕业证书或学位证书"]),
    T("多少钱，几天能拿", c(21), ["每件80元", "5个工作日"]),
    T("我人在国外，能找家里人代办吗", c(21), ["授权委托书"]),
    T("还要认证的话呢", ["faq-gzs-shijian"], ["20个工作日"])])
CV(["long", "region", "follow-up", "fact-in-field", "materials", "time"], "云岭县（渠道设定）夫妻投靠→材料→改口为石门区→时限",
   [T("我老婆是湖南人，我们结婚三年了，孩子都两岁了，她户口一直在娘家那边。现在孩子快上幼儿园了，老家那边办什么事都要她回去，很不方便。我想把老婆户口迁过来，有什么条件？", [d(5, "yl")], ["结婚满2年"]),
    T("要什么材料", [d(5, "yl")], ["被投靠人居民户口簿"]),
    T("我说错了，我户口在石门区", [d(5, "sm")], ["石门区政务服务中心"]),
    T("多久办好", [d(5, "sm")], ["10个工作日"])], r="yl")
CV(["follow-up", "conditions", "materials", "time"], "施工许可：规模条件→材料→时限",
   [T("厂房扩建800平方，要办施工许可证吗", c(19), ["500平方米"]),
    T("要交什么", c(19), ["中标通知书及施工合同"]),
    T("几天", c(19), ["3个工作日"])])
CV(["follow-up", "agent", "fact-in-field", "amount"], "生育津贴：谁申请→顺产天数→难产→申请期限",
   [T("生孩子的津贴怎么领", c(26), ["由用人单位"]),
    T("顺产能算多少天", c(26), ["158天"]),
    T("剖腹产呢", c(26), ["增加15天"]),
    T("过了多久就不能申请了", c(26), ["1年内"])])
CV(["typo", "follow-up", "online", "fee", "fact-in-field"], "错别字：个人开发漂→收费→税",
   [T("个人开发漂怎么开", c(20), ["https://etax.lingxi.example/dk"]),
    T("要钱吗", c(20), a=[NOFEE]),
    T("要交税吗，就开一万多", c(20), ["10万元以下"])])
CV(["faq", "follow-up", "materials", "suspended"], "老人乘公交（知识库）→老年优待证→暂停的敬老卡年审",
   [T("老人坐公交免费吗", ["faq-laonian-gongjiao"], ["65周岁"]),
    T("那老年证怎么办", da(29), ["老年人居民身份证"]),
    T("敬老卡还要年审吗", a=[REVOKED], nc=["刷脸年审"])])
CV(["negative", "follow-up", "fee", "visits"], "目录外（考驾照）→驾照补领→是否要去车管所",
   [T("考驾照在哪报名", c_=["12345"], no_code=True),
    T("那驾照丢了怎么补", c(16), ["10元"]),
    T("要去车管所吗", c(16), a=[VISIT0 + ["交管12123"]])])
CV(["region", "follow-up", "compound", "phone", "appointment", "time"], "马鞍镇（渠道设定）医保参保→一句多问→切换居民养老保险",
   [T("在镇上能交医保吗，电话多少", [d(19, "town")], ["马鞍镇便民服务中心"], a=[["0000-5530101", "0000-5518606"]]),
    T("要不要预约，当场能办好吗", [d(19, "town")], a=[NOAPPT, ONSPOT]),
    T("那农村养老保险也在这办吗，一年最少交多少", [d(20, "town")], ["200元"])], r="town")

CV(["negative", "follow-up", "region", "materials", "fee"], "石门区（渠道设定）目录外（机动车年检）→新车上牌材料→费用",
   [T("车子年检去哪里", c_=["12345"], no_code=True),
    T("那新车上牌呢，要带什么", c(17), ["购车发票"]),
    T("要交多少钱", c(17), ["100元"])], r="sm")
CV(["negative", "follow-up", "typo", "conditions", "fact-in-field"], "目录外（教师资格认定）→切换小学入学条件→报名时间",
   [T("教师资格证咋认定", c_=["12345"], no_code=True),
    T("那孩子上小学报名要啥条件，我们是外地户口", da(18), ["居住证满1年"]),
    T("几号报名", da(18), ["6月1日至6月20日"])])


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(obj, f, allow_unicode=True, sort_keys=False, width=1000)


if __name__ == "__main__":
    dump({"version": 1, "conversations": SINGLES}, os.path.join(HERE, "questions.yaml"))
    dump({"version": 1, "conversations": CONVS}, os.path.join(HERE, "conversations.yaml"))
    print(len(SINGLES), "questions;", len(CONVS), "conversations")
