# -*- coding: utf-8 -*-
"""Blind questions for the 澄江市 holdout catalog.

Code specs (resolved by make_questions.py):
  "key"            every ACTIVE guide of the item (all district guides when asked without a region)
  "key@region"     the item's guide in that region (region keys: city chenghu fengqi liuan yanshan meixi taoyuan)
  "faq-..."        an FAQ entry id;  "bundle-..." a bundle id
Codes may be given as one space-separated string.

Q(say, tags, codes, c=contains, nc=not_contains, ncodes=not_codes, any=contains_any groups,
  tr=traditional script expected, ask=may_ask)
N(say, tags, ncodes=...)  a question the catalog cannot answer (no_code: true)
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalog_data import complaint_phone, consult_phone  # noqa: E402


def PH(dept, region):
    """The consultation phone the catalog gives that department in that region."""
    return consult_phone(dept, region)


def CPH(dept, region):
    """The complaint phone the catalog gives that department in that region."""
    return complaint_phone(dept, region)


SINGLES = []
CONVS = []


def _turn(say=None, tags="", codes="", c=None, nc=None, ncodes="", any=None, tr=False, ask=False,
          no_code=False, location=None):
    t = {"say": say, "location": location, "tags": tags.split(), "codes": codes, "contains": c or [],
         "not_contains": nc or [], "not_codes": ncodes, "contains_any": any or [],
         "traditional": tr, "may_ask": ask, "no_code": no_code}
    if tr and "traditional" not in t["tags"]:
        t["tags"].append("traditional")
    if no_code and "negative" not in t["tags"]:
        t["tags"].append("negative")
    return t


def Q(say, tags, codes, **kw):
    SINGLES.append(_turn(say, tags, codes, **kw))


def N(say, tags="", ncodes="", tr=False):
    SINGLES.append(_turn(say, "negative " + tags, "", ncodes=ncodes, tr=tr, no_code=True))


def T(say, tags, codes="", **kw):
    return _turn(say, tags, codes, **kw)


def TN(say, tags="", ncodes=""):
    return _turn(say, "negative " + tags, "", ncodes=ncodes, no_code=True)


def L(lat, lon, tags, codes="", **kw):
    return _turn(None, "location " + tags, codes, location=(lat, lon), **kw)


def CONV(desc, *turns):
    CONVS.append({"description": desc, "turns": list(turns)})


# Booking evidence: a step or hall booking link ("/yuyue" is in every hall's appointment_url).
APPT = ["/yuyue", "预约"]
EMS = ["EMS", "邮寄", "寄递"]

# =============================================================================================
# 身份证 首次申领
# =============================================================================================
Q("孩子今年14岁能办身份证吗", "fact", "idcard_first", c=["未满16周岁的公民可以申请领取"], ncodes="idcard_renew idcard_lost")
Q("第一次办身份证要带啥", "materials", "idcard_first", c=["居民户口簿"])
Q("頭一次辦身分證要多少錢", "fee typo", "idcard_first", c=["20"], tr=True)
Q("小孩第一次办身份证家长要跟着去不", "agent", "idcard_first", c=["监护人陪同"])
Q("首次申领身份证多久能拿到", "time", "idcard_first", c=["15"])
Q("我在凤栖区，孩子头回办身份证打哪个电话问", "region phone", "idcard_first@fengqi",
  c=[PH("gongan", "fengqi")])
Q("第一次办的身份证能寄到家里吗", "delivery", "idcard_first", any=[EMS])
Q("户口在澄江人在省里别的市上学，第一次办身份证必须回来吗", "cross_region", "idcard_first", c=["全省通办"])
Q("满16岁是不是必须得办身份证", "fact", "idcard_first", c=["年满16周岁的应当申请领取居民身份证"])
Q("第一次办身份证能预约吗，要不要钱", "compound appointment fee", "idcard_first", c=["20"], any=[APPT])
Q("小孩几岁办身份证要按手印", "fact", "idcard_first", c=["年满6周岁"])
Q("第一次申请身份证是低保户要交工本费吗", "fee fact", "idcard_first", c=["低保对象首次申领免收"])

# =============================================================================================
# 身份证 换领
# =============================================================================================
Q("身份证还有两个月到期现在可以去换吗", "fact", "idcard_renew", c=["有效期满前3个月内"], ncodes="idcard_lost")
Q("身份证过期了换新的要带什么", "materials", "idcard_renew", c=["原居民身份证"])
Q("换身份证能让我老公帮我去办吗", "agent", "idcard_renew", c=["不能由他人代办"])
Q("我户口在外省，在澄江能换身份证不", "cross_region", "idcard_renew", c=["跨省通办"])
Q("到期换身份证多少钱 多久能拿", "compound fee time", "idcard_renew", c=["20", "15"])
Q("身分证消磁了刷不出来咋整", "typo", "idcard_renew", any=[["损坏", "芯片"]], ncodes="idcard_lost")
Q("在柳岸区换身份证去哪个大厅", "region", "idcard_renew@liuan", c=["柳岸区政务服务中心"])
Q("我在雁山县，换身份证要多少天", "region time", "idcard_renew@yanshan", c=["15"])
Q("換身份證可以寄回家嗎", "delivery", "idcard_renew", c=["EMS"], tr=True)
Q("改了名字身份证要重新换吗", "fact", "idcard_renew", c=["登记项目变更"])
Q("我身份证到期了 外省户口 异地换要多久", "compound cross_region time", "idcard_renew", c=["跨省通办", "30"])

# =============================================================================================
# 身份证 补领
# =============================================================================================
Q("身份证丢了怎么补", "", "idcard_lost", c=["20"], ncodes="idcard_renew idcard_first")
Q("身份证掉了 补办要多久", "time", "idcard_lost", c=["15"], ncodes="idcard_renew")
Q("身份证被偷了原来那张还能用吗", "fact", "idcard_lost", c=["原证即时作废"])
Q("我妈身份证丢了我能替她去补吗", "agent", "idcard_lost", c=["不能由他人代办"])
Q("我在外地打工身份证丢了，一定要回老家补吗", "cross_region", "idcard_lost", c=["跨省通办"])
Q("梅溪县补身份证的电话是多少", "region phone", "idcard_lost@meixi", c=[PH("gongan", "meixi")])
Q("补办身份证在澄湖区哪里办，中午休息不", "region compound time", "idcard_lost@chenghu",
  c=["澄湖区政务服务中心", "14:00"])
Q("身份證遺失補辦要幾錢", "fee", "idcard_lost", c=["20"], tr=True)
Q("补身份证可以网上先约个时间吗", "appointment", "idcard_lost", any=[APPT])
Q("身份证丢了补办期间急着用证怎么办", "fact", "idcard_lost idcard_temp", c=["临时居民身份证"])
Q("身份证丢了补办能寄到家吗还是得自己去拿", "delivery", "idcard_lost", any=[EMS])
Q("补身分证要跑几趟", "visits typo", "idcard_lost", any=[["1", "一次"]])

# =============================================================================================
# 临时身份证（柳岸区暂停）
# =============================================================================================
Q("临时身份证多少钱", "fee", "idcard_temp", c=["10"])
Q("临时身份证能用多久", "fact", "idcard_temp", c=["有效期为3个月"])
Q("临时身份证当天能拿到吗", "time", "idcard_temp", c=["当场制发"])
Q("我在柳岸区，想办个临时身份证", "suspended region", "idcard_temp@liuan", c=["暂停受理"],
  nc=["临时居民身份证工本费"])
Q("柳岸区现在还能办临时身份证吗", "suspended region", "idcard_temp@liuan", c=["暂停"])
Q("临时身份证可以让家里人代办吗", "agent", "idcard_temp", c=["不能由他人代办"])
Q("澄湖区办临时身份证的窗口电话", "region phone", "idcard_temp@chenghu", c=[PH("gongan", "chenghu")])

# =============================================================================================
# 出生登记
# =============================================================================================
Q("宝宝出生多久之内要上户口", "fact", "birth_reg", c=["自出生之日起1个月内"])
Q("新生儿上户口要带啥材料", "materials", "birth_reg", c=["出生医学证明"])
Q("孩子出生三个月了还没报户口，现在还能报吗", "fact", "birth_reg", c=["超过1个月未申报的，仍可申报"])
Q("给娃上户口，他爸上班来不了，我一个人去行不行", "agent", "birth_reg", c=["父母一方可以代另一方申报"])
Q("小孩上户口能在网上办吗", "online", "birth_reg", c=["gaj/hz/chusheng"])
Q("没领结婚证生的孩子怎么上户口", "fact", "birth_reg", c=["亲子鉴定证明"])
Q("我在澄湖区，宝宝上户口去哪", "region", "birth_reg@chenghu", c=["澄湖区政务服务中心"])
Q("新生儿落户当天能办好吗", "time", "birth_reg", c=["当场办结"])
Q("孩子随爸还是随妈落户", "fact", "birth_reg", c=["父母协商确定"])
Q("小孩报户口户口本能寄到家吗", "delivery", "birth_reg", any=[["邮寄"]])

# =============================================================================================
# 市外迁入落户
# =============================================================================================
Q("我是大专毕业能把户口落到澄江吗", "fact", "hukou_in", c=["全日制大专及以上学历"])
Q("老公户口想迁过来投靠我，结婚要满几年", "fact", "hukou_in", c=["双方结婚满2年"])
Q("户口迁过来要跑几次，能不能委托别人去办", "compound visits agent", "hukou_in",
  c=["可委托他人代为申请"], any=[["两地往返", "1"]])
Q("迁户口还要回老家开准迁证吗", "cross_region", "hukou_in", c=["无需申请人两地往返"])
Q("人才落户多少天能办好", "time", "hukou_in", c=["10"])
Q("梅溪县户口迁入咨询电话多少", "region phone", "hukou_in@meixi", c=[PH("gongan", "meixi")])
Q("有技师证能落户吗", "fact", "hukou_in", c=["技师以上职业资格"])

# =============================================================================================
# 居住证（含已撤销的暂住证）
# =============================================================================================
Q("外地人在澄江住多久可以办居住证", "fact", "residence_permit", c=["居住满半年"])
Q("居住证是不是每年都要签注", "fact", "residence_permit", c=["每年签注1次"])
Q("居住证签注能不能手机上弄", "online", "residence_permit", c=["在线签注"])
Q("我婆婆腿脚不好，居住证我能帮她办吗", "agent elderly", "residence_permit", c=["近亲属代为申领"])
Q("办居住证要带什么，要多长时间", "compound materials time", "residence_permit", c=["劳动合同", "10"])
Q("我在凤栖区租房子，居住证去哪办", "region", "residence_permit@fengqi", c=["凤栖区政务服务中心"])
Q("居注证丢了补办要钱吗", "fee typo", "residence_permit", c=["20"])
Q("暂住证怎么办", "revoked", "temp_residence@chenghu", c=["居住证替代"], nc=["暂住证工本费"])
Q("澄湖区还能办暂住证吗，我刚来打工", "revoked region", "temp_residence@chenghu", c=["不再办理"],
  nc=["暂住证工本费"])
Q("居住证办好了能寄给我吗", "delivery", "residence_permit", any=[["邮寄"]])

# =============================================================================================
# 无犯罪记录证明
# =============================================================================================
Q("开无犯罪记录证明要钱不", "fee", "no_crime")
Q("无犯罪证明能网上开吗", "online", "no_crime", c=["gaj/wfzjl"])
Q("我人在外地，能让我爸帮我去开无犯罪记录证明吗", "agent", "no_crime", c=["委托他人代办"])
Q("无犯罪记录证明有效期多久", "fact", "no_crime", c=["3个月内有效"])
Q("开无犯罪证明几天能出", "time", "no_crime", any=[["1个工作日", "不超过15个工作日", "1"]])
Q("无犯罪证明是不是只管在澄江的记录，我以前在别的城市住过", "fact", "no_crime", c=["只记载申请人在本市居住期间"])
Q("柳岸区开无犯罪证明的电话", "region phone", "no_crime@liuan", c=[PH("gongan", "liuan")])
Q("出国留学要的无犯罪证明要跑几次", "visits", "no_crime", c=["gaj/wfzjl"])
Q("開無犯罪證明可以叫人代辦嗎", "agent", "no_crime", tr=True)

# =============================================================================================
# 护照 首次/换发/补发
# =============================================================================================
Q("办护照多少钱", "fee", "passport_first", c=["120"])
Q("第一次办护照要带什么", "materials", "passport_first", c=["居民身份证"], ncodes="passport_renew passport_lost")
Q("护照办下来要多久", "time", "passport_first", c=["7"])
Q("护照能加急吗", "faq", "faq-passport-urgent passport_first", c=["3个工作日"])
Q("外地户口能在澄江办护照吗", "cross_region", "passport_first", any=[["全国通办", "跨省通办"]])
Q("孩子8岁办护照大人要去吗", "agent", "passport_first", c=["监护人陪同"])
Q("我是公务员办护照要单位同意吗", "fact", "passport_first", c=["单位出具的意见"])
Q("出入境大厅几点关门", "time", "passport_first passport_renew passport_lost hk_macau", c=["17:00"])
Q("護照可以郵寄到家嗎", "delivery", "passport_first", c=["EMS"], tr=True)
Q("户照多少天能拿到 能寄吗", "compound time delivery typo", "passport_first", c=["7", "EMS"])
Q("护照还有5个月到期要换吗", "fact", "passport_renew", c=["有效期不足6个月"], ncodes="passport_lost")
Q("护照签证页用完了怎么办", "", "passport_renew", c=["签证页"])
Q("换护照旧护照上的美国签证还能用吗", "fact", "passport_renew", c=["保留并加注"])
Q("护照到期换新的 要多少钱 能寄吗", "compound fee delivery", "passport_renew", c=["120", "EMS"])
Q("护照丢了怎么补", "", "passport_lost", c=["情况说明"], ncodes="passport_first passport_renew")
Q("在国外旅游护照丢了咋办", "fact", "passport_lost", c=["中国驻外使领馆"])
Q("补办护照要多久", "time", "passport_lost", c=["7"])
Q("护照被偷了补办以后原来那本找回来还能用吗", "fact", "passport_lost", c=["原护照同时宣布作废"])
Q("急事出国最快几天能拿到护照", "faq", "faq-passport-urgent passport_first", c=["3个工作日"])

# =============================================================================================
# 港澳通行证
# =============================================================================================
Q("去香港要办什么证", "", "hk_macau", c=["往来港澳通行证"])
Q("港澳通行证多少钱", "fee", "hk_macau", c=["60"])
Q("港澳签注一次多少钱", "fee", "hk_macau", c=["15"])
Q("港澳通行证有效期几年", "fact", "hk_macau", c=["年满16周岁的为10年"])
Q("已经有港澳通行证了再签注能自助办吗", "fact", "hk_macau", c=["自助签注机"])
Q("港澳通行證續簽要本人去嗎", "agent", "hk_macau", tr=True)
Q("去澳门旅游签注网上能办不", "online", "hk_macau", c=["网上签注"])
Q("小孩的港澳通行证能用几年", "fact", "hk_macau", c=["未满16周岁的为5年"])
Q("港澳通行证办好能寄吗 多少天", "compound delivery time", "hk_macau", c=["EMS", "7"])

# =============================================================================================
# 车管
# =============================================================================================
Q("新车上牌要带什么", "materials", "vehicle_reg", c=["整车出厂合格证明"])
Q("新车上牌多少钱", "fee", "vehicle_reg", c=["每副100元"])
Q("买了新车让4S店代办上牌行吗", "agent", "vehicle_reg", c=["委托他人代办"])
Q("新车上牌能自己选号吗", "fact", "vehicle_reg", c=["自主选取号牌号码"])
Q("住雁山县的，新车上牌能在县里办吗", "region", "vehicle_reg", c=["雁山县车管分所"])
Q("新车上牌当天能办完吗", "time", "vehicle_reg", c=["当日办结"])
Q("车管所电话多少", "phone", "vehicle_reg license_renew license_lost inspection",
  any=[["0962-83320122", PH("cheguan", "city")]])
Q("车管所几点下班，中午休息吗", "time compound", "vehicle_reg license_renew license_lost inspection",
  c=["17:00", "13:30"])
Q("驾照到期提前多久可以换", "fact", "license_renew", c=["有效期满前90日内"], ncodes="license_lost")
Q("我62了换驾照要体检吗", "fact", "license_renew", c=["年满60周岁"])
Q("驾照换证网上能办吗", "online", "license_renew", c=["交管12123"])
Q("驾照换证多少钱", "fee", "license_renew", c=["10"])
Q("外省考的驾照能在澄江换证吗", "cross_region faq", "license_renew faq-license-other-city", c=["全国通办"])
Q("我爸75了驾照还能换吗，是不是每年都要体检", "fact elderly", "license_renew", c=["每年须提交1次身体条件证明"])
Q("驾招到期了 能寄到家里吗", "delivery typo", "license_renew", any=[["邮寄"]])
Q("驾照丢了咋办", "", "license_lost", c=["交管12123"], ncodes="license_renew")
Q("驾驶证掉了补办要钱不", "fee", "license_lost", c=["10"])
Q("驾照被扣了能去补领一本吗", "fact", "license_lost", c=["暂扣期间的不予补领"])
Q("补驾照这几天要开车怎么办", "fact", "license_lost", c=["电子驾驶证"])
Q("私家车几年内免检", "fact", "inspection faq-inspection-exempt", c=["6年以内"])
Q("车子到第10年要上线检吗", "fact", "inspection faq-inspection-exempt", c=["第10年"])
Q("年检标志网上能领吗", "online", "inspection", c=["交管12123"])
Q("车辆年检要交钱吗", "fee", "inspection", c=["检验机构按标准收取"])
Q("面包车也能免检吗", "faq", "faq-inspection-exempt", c=["面包车不适用"])
Q("车超过15年多久检一次", "faq", "faq-inspection-exempt", c=["每半年检验1次"])
Q("年检有违章没处理能领标吗", "fact", "inspection", c=["处理完交通违法行为"])
Q("車子年審可以網上辦嗎", "online", "inspection", c=["12123"], tr=True)

# =============================================================================================
# 婚姻登记（雁山县结婚登记暂停）
# =============================================================================================
Q("女的多大能领结婚证", "fact", "marriage", c=["女方年满20周岁"], ncodes="marriage_reissue")
Q("领结婚证要带什么", "materials", "marriage", c=["双方居民身份证"])
Q("结婚登记要钱吗", "fee", "marriage")
Q("扯证能不能一个人去，另一个委托", "agent", "marriage", c=["不能委托他人代办"])
Q("我们俩户口都在外省能在澄江领证吗", "cross_region", "marriage", c=["全国通办"])
Q("领证能提前预约吗", "appointment", "marriage faq-marriage-ceremony", any=[["婚姻登记预约", "/yuyue", "预约"]])
Q("雁山县婚姻登记处现在能领证吗", "suspended region", "marriage@yanshan", c=["暂停办理结婚登记"])
Q("我在雁山县，想下个月去扯证", "suspended region", "marriage@yanshan", c=["搬迁"])
Q("领结婚证当天能拿到吗", "time", "marriage", c=["当场"])
Q("結婚登記要戶口本嗎", "materials", "marriage", tr=True)
Q("我在凤栖区，领结婚证在哪", "region", "marriage@fengqi", c=["凤栖区政务服务中心"])
Q("520那天能领证吗", "faq", "faq-marriage-ceremony", c=["5月20日"])
Q("领证有没有颁证仪式 要钱吗", "faq compound", "faq-marriage-ceremony", c=["免费"])
Q("男的22周岁生日还没过能结婚吗", "fact", "marriage", c=["男方年满22周岁"])
Q("离婚冷静期多少天", "fact", "divorce", c=["30日为离婚冷静期"])
Q("协议离婚要跑几趟", "visits", "divorce", c=["再次到场"])
Q("离婚要带什么材料", "materials", "divorce", c=["离婚协议书"], ncodes="marriage")
Q("冷静期过了多久之内要去领离婚证", "fact", "divorce", c=["冷静期届满后30日内"])
Q("离婚能委托律师去办吗", "agent", "divorce", c=["不能委托他人代办"])
Q("交了离婚申请后悔了能撤回吗", "fact", "divorce", c=["撤回申请"])
Q("梅溪县离婚去哪办，电话多少", "region compound phone", "divorce@meixi", c=["梅溪县政务服务中心", PH("minzheng", "meixi")])
Q("離婚協議書要幾份", "materials", "divorce", c=["3"], tr=True)
Q("结婚证丢了怎么补", "", "marriage_reissue", c=["须双方到场"], ncodes="marriage")
Q("离婚证丢了还能补吗", "", "marriage_reissue", c=["补领离婚证"], ncodes="divorce")
Q("补结婚证要两个人都去吗", "agent", "marriage_reissue", c=["须双方到场"])
Q("结婚证是在外地领的，丢了能在澄江补吗", "fact", "marriage_reissue", c=["一方常住户口所在地"])
Q("補辦結婚證要錢嗎", "fee", "marriage_reissue", tr=True)
Q("结昏证丢了补办当天能拿吗", "time typo", "marriage_reissue", c=["当场"])

# =============================================================================================
# 低保、临时救助
# =============================================================================================
Q("低保标准现在是多少", "fact", "dibao", c=["每人每月820元"])
Q("农村低保一个月多少钱", "fact", "dibao", c=["每人每月650元"])
Q("申请低保要公示几天", "fact", "dibao", c=["公示7天"])
Q("申请低保要多久批下来", "time", "dibao", c=["20"])
Q("我瘫在床上，能让村里帮我申请低保吗", "agent elderly", "dibao", c=["委托村（居）民委员会"])
Q("低保和特困有啥区别", "faq", "faq-dibao-tekun", c=["特困供养"])
Q("特困人员生活标准是怎么定的", "faq", "faq-dibao-tekun", c=["1.3倍"])
Q("吃低保的钱怎么发给我", "fact", "dibao", c=["社会保障卡"])
Q("申请低保要带什么", "materials", "dibao", c=["家庭经济状况核对授权书"])
Q("柳岸区低保在哪申请", "region", "dibao@liuan", c=["柳岸区政务服务中心"])
Q("底保能在网上申请不", "online typo", "dibao", c=["mz/dibao"])
Q("家里着火了能申请临时救助吗", "", "temp_aid", c=["火灾"])
Q("临时救助能给多少钱", "fact", "temp_aid", c=["低保标准的1至6倍"])
Q("外地人在澄江出车祸没钱了能申请救助吗", "fact", "temp_aid", c=["非本市户籍人员"])
Q("急难救助多快能到", "time", "temp_aid", c=["24小时内先行救助"])
Q("临时救助要带什么证明", "materials", "temp_aid", c=["医疗费用票据"])

# =============================================================================================
# 高龄津贴（含桃源镇）
# =============================================================================================
Q("高龄津贴多大岁数能领", "fact", "gaoling", c=["年满80周岁"])
Q("90岁老人每月补贴多少", "fact", "gaoling", c=["每人每月300元"])
Q("我奶奶上个月刚满80，补贴从什么时候开始发", "fact", "gaoling", c=["次月起发放"])
Q("老人走不动路，高龄津贴子女能代办吗", "agent", "gaoling", c=["子女或其他亲属代为申请"])
Q("我在桃源镇，给老爷子办高龄补贴去哪", "region", "gaoling@taoyuan", c=["桃源镇便民服务中心"])
Q("高龄津贴钱打到哪里", "fact", "gaoling", c=["社会保障卡"])
Q("百岁老人有多少补贴", "fact", "gaoling", c=["每人每月600元"])
Q("俺家老头子八十二了，听说有啥长寿金，咋领啊", "elderly", "gaoling", c=["年满80周岁"])
Q("雁山县高龄津贴咨询电话", "region phone", "gaoling@yanshan", c=[PH("minzheng", "yanshan")])
Q("高令补贴网上能申请吗", "online typo", "gaoling", c=["mz/gljt"])
Q("高齡津貼一個月多少", "fact", "gaoling", c=["100"], tr=True)

# =============================================================================================
# 殡葬
# =============================================================================================
Q("老人去世了火化费能减免吗", "", "funeral", c=["火化"])
Q("惠民殡葬最多能减多少", "fact", "funeral", c=["最高1500元"])
Q("在外地火化的回来能报吗，有时间限制没", "fact", "funeral", c=["6个月内"])
Q("丧葬费减免要带什么", "materials", "funeral", c=["居民死亡医学证明"])
Q("殡葬减免可以让亲戚帮忙办吗", "agent", "funeral", c=["委托他人代为申请"])

# =============================================================================================
# 医保
# =============================================================================================
Q("居民医保一年交多少", "fee fact", "yb_enroll faq-yb-fee-2026", c=["每人每年400元"],
  nc=["380元"], ncodes="faq-yb-fee-2025")
Q("新生儿出生多久之内要交医保", "fact", "yb_enroll faq-newborn-yb", c=["90天内"])
Q("医保什么时候交", "fact", "yb_enroll faq-yb-fee-2026", c=["9月1日至12月31日"], ncodes="faq-yb-fee-2025",
  nc=["2024年9月1日"])
Q("低保户交医保要自己出钱吗", "fact", "yb_enroll", c=["全额资助"])
Q("外地人能在澄江交居民医保吗", "fact", "yb_enroll", c=["持本市居住证"])
Q("居民医保网上能交吗", "online", "yb_enroll", c=["yb/jmcb"])
Q("新农合今年多少钱", "fee", "yb_enroll faq-yb-fee-2026", c=["400"], nc=["380"], ncodes="faq-yb-fee-2025")
Q("宝宝刚出生能报销医保吗", "faq", "faq-newborn-yb yb_enroll", c=["90天内"])
Q("新生儿医保要先上户口吗", "faq", "faq-newborn-yb yb_enroll", c=["无需先落户"])
Q("去外地看病要备案吗，怎么弄", "online", "yb_remote", c=["国家医保服务平台"])
Q("异地就医备案要跑窗口吗", "visits online", "yb_remote", c=["yb/ydjy"])
Q("异地备案以后多久才能取消", "fact", "yb_remote", c=["6个月内不得变更或取消"])
Q("临时去外地看病备案有效期多长", "fact", "yb_remote", c=["有效期为6个月"])
Q("急诊来不及备案咋办", "fact", "yb_remote", c=["先就医后补办备案"])
Q("看病票据多久之内要报销", "fact", "yb_reimburse", c=["12个月内"])
Q("医药费手工报销要带啥", "materials", "yb_reimburse", c=["费用明细清单"])
Q("我住院出不来，能让老婆帮我报医药费吗", "agent", "yb_reimburse", c=["家属代办"])
Q("零星报销的钱打到哪", "fact", "yb_reimburse", c=["社保卡银行账户"])
Q("手工报销多久到账", "time", "yb_reimburse", c=["20"])
Q("凤栖区医保报销咨询电话", "region phone", "yb_reimburse@fengqi", c=[PH("yibao", "fengqi")])
Q("医药费报消能在手机上弄吗", "online typo", "yb_reimburse", c=["上传票据照片"])
Q("高血压能办慢病吗", "", "yb_chronic", c=["高血压"])
Q("慢特病要哪一级医院的诊断", "fact", "yb_chronic", c=["二级及以上"])
Q("慢病认定下来能用几年", "fact", "yb_chronic", c=["有效期为2年"])
Q("门诊慢特病认定要多久", "time", "yb_chronic", c=["15"])

# =============================================================================================
# 社保卡、养老、就业
# =============================================================================================
Q("社保卡丢了咋补", "", "sscard", c=["挂失"])
Q("补社保卡多少钱", "fee", "sscard", c=["20"])
Q("第一次办社保卡要钱吗", "fee", "sscard", c=["首次申领免收工本费"])
Q("社保卡当天能拿到吗", "time", "sscard", c=["即时制卡"])
Q("社保卡领了怎么激活", "faq", "faq-sscard-activate", c=["合作银行"])
Q("孩子办社保卡家长可以代办吗", "agent", "sscard", c=["监护人代为申请"])
Q("社保卡能寄到家吗", "delivery", "sscard", c=["邮寄"])
Q("設保卡丟了怎麼補", "typo", "sscard", tr=True)
Q("社保卡密码是几位", "faq", "faq-sscard-activate", c=["6位数字"])
Q("农村养老保险一年最少交多少", "fact", "resident_pension", c=["200元"])
Q("居民养老保险有几个档次", "fact", "resident_pension", c=["14个档次"])
Q("交居民养老政府给补多少", "fact", "resident_pension", c=["不低于每人每年60元"])
Q("在校大学生能参加城乡居民养老保险吗", "fact", "resident_pension", c=["不含在校学生"])
Q("居民养老保险网上能登记吗", "online", "resident_pension", c=["rs/cxjm"])
Q("灵活就业交社保基数怎么选", "fact", "flex_enroll", c=["60%至300%"])
Q("自己交养老保险比例是多少", "fact", "flex_enroll", c=["20%"])
Q("外省户口能在澄江以灵活就业交社保吗", "fact", "flex_enroll", c=["不受户籍限制"])
Q("自由职业交社保可以网上办吗", "online", "flex_enroll", c=["rs/lhjy"])
Q("就业创业证要钱吗", "fee", "employment_card", c=["免费发放"])
Q("失业证怎么办", "", "employment_card", c=["就业创业证"])
Q("外地户口能在这边办就业创业证吗", "fact", "employment_card", c=["不受户籍限制"])
Q("办退休要交满几年社保", "fact", "retire_pension", c=["满15年"])
Q("退休金什么时候开始发", "fact", "retire_pension", c=["次月起按月发放"])
Q("办退休要带什么", "materials", "retire_pension", c=["社会保障卡"])
Q("到了退休年龄什么时候去申请", "fact", "retire_pension", c=["当月或次月"])
Q("退休手续网上能办吗", "online", "retire_pension", c=["rs/tx"])
Q("办退休可以预约吗", "appointment", "retire_pension", any=[APPT])
Q("以后缴费年限是不是要提高到20年", "fact", "retire_pension", c=["20年"])
Q("失业金能领多少", "fact", "unemployment", c=["最低工资标准的90%"])
Q("失业金最长能领多久", "faq", "faq-unemployment-period", c=["24个月"])
Q("交了8年失业保险能领几个月", "faq", "faq-unemployment-period", c=["18个月"])
Q("自己辞职的能领失业金吗", "fact", "unemployment", c=["非因本人意愿中断就业"])
Q("被辞退以后多久之内要去申请失业金", "fact", "unemployment", c=["60日内"])
Q("领失业金那段时间医保谁交", "faq", "faq-unemployment-period", c=["代缴基本医疗保险费"])
Q("失业金能网上申请吗", "online", "unemployment", c=["rs/sybx"])
Q("失業金要交滿幾年社保才能領", "fact", "unemployment", c=["1"], tr=True)

# =============================================================================================
# 公积金
# =============================================================================================
Q("买房以后多久内可以提公积金", "fact", "gjj_buy", c=["2年内"])
Q("买房提公积金最多能提多少", "fact", "gjj_buy", c=["不超过实际支付的购房款"])
Q("老婆的公积金能一起提出来吗", "agent", "gjj_buy", c=["配偶可以同时申请提取"])
Q("买房提公积金几天到账", "time", "gjj_buy", c=["3"])
Q("买房提取公积金要去柜台吗", "online", "gjj_buy", c=["gjj/gftq"])
Q("租房每个月能提多少公积金", "fact", "gjj_rent", c=["1500元"], nc=["1200元"], ncodes="faq-gjj-rent-old")
Q("租房提公积金要交满几个月", "fact", "gjj_rent", c=["满3个月"])
Q("租房提取要租赁合同吗", "materials", "gjj_rent", c=["租赁合同"])
Q("租房提公积金一年能提几次", "fact", "gjj_rent", c=["按月或按季提取"], nc=["每年可提取1次"],
  ncodes="faq-gjj-rent-old")
Q("租房提取公积金额度是多少", "fact", "gjj_rent", c=["1500"], nc=["1200元"], ncodes="faq-gjj-rent-old")
Q("退休了公积金怎么全部取出来", "", "gjj_retire", c=["销户"])
Q("我爸退休了人在外地，能让我帮他取公积金吗", "agent", "gjj_retire", c=["经公证的"])
Q("退休提取公积金多久到账", "time", "gjj_retire", c=["1"])
Q("公积金最多能贷多少", "fact", "gjj_loan faq-gjj-loan-amount", c=["70万元"])
Q("公积金贷款要连续交满几个月", "fact", "gjj_loan", c=["满6个月"])
Q("公积金贷款最长贷几年", "fact", "gjj_loan", c=["最长30年"])
Q("用公积金贷款首付要几成", "fact", "gjj_loan", c=["20%"])
Q("公积金贷款要跑几趟", "visits", "gjj_loan", any=[["签约抵押", "签订借款合同", "2"]])
Q("公积金中心在哪，几点上班", "compound", "gjj_buy gjj_rent gjj_retire gjj_loan", c=["金融街8号", "09:00"])
Q("买绿色建筑公积金额度能高点吗", "faq", "faq-gjj-loan-amount", c=["上浮10%"])
Q("公积斤贷款额度怎么算的", "faq typo", "faq-gjj-loan-amount", c=["取其中最低值"])

# =============================================================================================
# 不动产、契税
# =============================================================================================
Q("二手房过户登记费多少", "fee", "bdc_transfer faq-bdc-fee", c=["每件80元"])
Q("房子过户要带什么", "materials", "bdc_transfer", c=["不动产权证书"])
Q("卖家在外地来不了，能委托别人过户吗", "agent", "bdc_transfer", c=["须经公证"])
Q("过户几天能拿到证", "time", "bdc_transfer", c=["3"])
Q("父母去世了房子继承过户要什么", "materials", "bdc_transfer", c=["继承权公证书"])
Q("过户后的房产证能寄到家吗", "delivery", "bdc_transfer", c=["邮寄"])
Q("不动产登记中心在哪 几点上班", "compound", "bdc_transfer bdc_mortgage bdc_reissue bdc_query deed_tax",
  c=["建设北路66号", "08:30"])
Q("过户多一本证要另外交钱吗", "fee faq", "bdc_transfer faq-bdc-fee", c=["10元"])
Q("房子抵押登记多久能办好", "time", "bdc_mortgage", c=["1"])
Q("抵押登记能在银行直接办吗", "fact", "bdc_mortgage", c=["银行网点"])
Q("抵押登记费多少", "fee", "bdc_mortgage", c=["住宅每件80元"])
Q("房产证丢了补办要公告多少天", "fact", "bdc_reissue", c=["公告期15个工作日"])
Q("补房产证多少钱", "fee", "bdc_reissue", c=["每本10元"])
Q("房本弄坏了也要登报公告吗", "fact", "bdc_reissue", c=["无需公告"])
Q("补房产证要跑几次", "visits", "bdc_reissue", c=["公告期满"])
Q("怎么查自己名下有几套房", "online", "bdc_query", c=["在线查询"])
Q("查房产信息要钱吗", "fee", "bdc_query")
Q("律师能帮当事人查房产登记吗", "agent", "bdc_query", c=["委托书"])
Q("买房契税怎么算", "fact", "deed_tax", c=["1%"])
Q("第二套房150平契税多少", "fact", "deed_tax", c=["按2%"])
Q("契税在哪交", "", "deed_tax", c=["不动产登记中心"])
Q("契税要先交还是先过户", "fact", "deed_tax", c=["办理不动产登记前"])
Q("買房契稅140平以下幾個點", "fact", "deed_tax", c=["1%"], tr=True)

# =============================================================================================
# 市场监管
# =============================================================================================
Q("办个体营业执照要钱吗", "fee", "geti_new", ncodes="geti_change geti_cancel")
Q("开个小店办执照要带什么", "materials", "geti_new", c=["经营场所使用证明"])
Q("办营业执照网上能办吗 多久能拿到", "compound online time", "geti_new", c=["scjg/gtsl", "即时"])
Q("17岁能办个体户吗", "fact", "geti_new", c=["年满18周岁"])
Q("住的房子能拿来开饭店吗", "fact", "geti_new", c=["住所不得作为餐饮"])
Q("帮我朋友代办个体执照行不行", "agent", "geti_new", c=["委托他人代为办理"])
Q("凤栖区办个体户去哪个窗口", "region", "geti_new@fengqi", c=["凤栖区政务服务中心"])
Q("营业执找纸质的能寄吗", "delivery typo", "geti_new", c=["邮寄"])
Q("个体户怎么改经营范围", "", "geti_change", c=["变更登记申请书"], ncodes="geti_new")
Q("个体户搬了地方多久之内要去变更", "fact", "geti_change", c=["30日内"])
Q("个体户换老板怎么弄", "fact", "geti_change", c=["共同申请"])
Q("个体户不干了怎么注销", "", "geti_cancel", c=["清税"], ncodes="geti_new")
Q("个体户注销要公示吗", "fact", "geti_cancel", c=["无需公示"])
Q("个体户注销营业执照要交回吗", "materials", "geti_cancel", c=["营业执照正副本"])
Q("只卖包装好的零食要办食品许可证吗", "fact", "food_new", c=["无需办理许可"])
Q("食品经营许可证有效期几年", "fact", "food_new", c=["有效期为5年"])
Q("办食品经营许可会有人来店里检查吗", "fact", "food_new", c=["现场核查"])
Q("食品许可证要多久能下来", "time", "food_new", c=["5"], ncodes="food_renew food_cancel")
Q("开饭店办许可证要交什么材料", "materials", "food_new", c=["平面图"])
Q("食品经营许可证快到期了提前多久去续", "fact", "food_renew", c=["90个工作日至15个工作日"], ncodes="food_new")
Q("食品许可证延续以后证号会变吗", "fact", "food_renew", c=["证书编号不变"])
Q("不开店了食品许可证要注销吗，多久之内", "fact", "food_cancel", c=["30个工作日内"], ncodes="food_new")
Q("注册公司最少几个股东", "fact", "company_new", c=["1人以上50人以下"])
Q("公司注册资金多久内要交齐", "fact", "company_new", c=["5年内缴足"])
Q("开公司多久能拿到执照", "time", "company_new", c=["1"])

# =============================================================================================
# 税务
# =============================================================================================
Q("个税汇算什么时候办", "fact", "iit", c=["3月1日至6月30日"])
Q("个税退税多久到账", "faq", "faq-iit-refund", c=["10个工作日"])
Q("一年收入10万要补税，必须办汇算吗", "fact", "iit", c=["不超过12万元"])
Q("个税汇算能让单位帮我办吗", "agent", "iit", c=["委托扣缴义务人"])
Q("个税退税网上怎么弄", "online", "iit", c=["个人所得税App"])
Q("补税不到400块要汇算吗", "fact", "iit", c=["400元"])

# =============================================================================================
# 教育
# =============================================================================================
Q("孩子9月1号满6岁能上一年级吗", "fact", "school_enroll", c=["8月31日前年满6周岁"])
Q("小学什么时候网上报名", "fact", "school_enroll", c=["6月10日至6月20日"])
Q("外地户口孩子在澄江上小学要什么条件", "fact", "school_enroll", c=["连续缴纳社会保险满1年"])
Q("随迁子女入学要积分吗", "faq", "faq-school-points", c=["不实行积分"])
Q("一年级报名要带什么", "materials", "school_enroll", c=["房产证明或租赁合同"])
Q("梅溪县小学报名咨询电话", "region phone", "school_enroll@meixi", c=[PH("jiaoyu", "meixi")])
Q("小学录取结果什么时候出", "fact", "school_enroll", c=["7月下旬"])
Q("教资认定普通话要几级", "fact", "teacher_cert", c=["二级乙等"])
Q("语文老师普通话要求多少", "fact", "teacher_cert", c=["二级甲等"])
Q("教师资格认定一年有几次", "fact", "teacher_cert", c=["春季、秋季各开展1次"])
Q("教资认定的证书能寄吗", "delivery", "teacher_cert", c=["邮寄"])

# =============================================================================================
# 残联
# =============================================================================================
Q("办残疾证要钱吗，评残谁出钱", "fee compound", "disability_card", c=["由残联承担"])
Q("孩子智力残疾办证家长能代办吗", "agent", "disability_card", c=["监护人代为申请"])
Q("办残疾证要跑几趟", "visits", "disability_card", c=["指定医院"])
Q("残疾证办下来要多久", "time", "disability_card", c=["20"])
Q("残急证照片要几张", "materials typo", "disability_card", c=["2"])
Q("重度残疾护理补贴一个月多少", "fact", "disability_subsidy", c=["一级每人每月150元"])
Q("残疾人生活补贴多少钱", "fact", "disability_subsidy", c=["每人每月90元"])
Q("残疾人两项补贴要公示几天", "fact", "disability_subsidy", c=["公示5天"])
Q("二级残疾能领护理补贴吗，多少钱", "fact", "disability_subsidy", c=["二级每人每月100元"])

# =============================================================================================
# 卫健（含已撤销的婚育证明）
# =============================================================================================
Q("准生证现在还要办吗", "", "birth_planning", c=["生育登记服务制度"])
Q("生育登记网上能办吗", "online", "birth_planning", c=["wj/sydj"])
Q("孩子生了以后再补生育登记行不行", "fact", "birth_planning", c=["子女出生后"])
Q("农村独生子女父母奖励一年多少钱", "fact", "fp_reward", c=["每人每年1200元"])
Q("计生奖励扶助多少岁能领", "fact", "fp_reward", c=["年满60周岁"])
Q("奖励扶助什么时候去申请", "fact", "fp_reward", c=["每年1月至3月"])
Q("计生奖励扶助公示几天", "fact", "fp_reward", c=["公示10天"])
Q("流动人口婚育证明在哪开", "revoked", "migrant_marriage@fengqi", c=["不再开具"])
Q("出去打工还要开婚育证明吗", "revoked", "migrant_marriage@fengqi", c=["信息共享核查"])

# =============================================================================================
# 住建、人才、农业
# =============================================================================================
Q("申请公租房收入要在多少以下", "fact", "public_rental", c=["人均月收入低于2000元"])
Q("公租房公示多少天", "fact", "public_rental", c=["公示15天"])
Q("公租房租金怎么算", "fact", "public_rental", c=["70%"])
Q("外地人能申请公租房吗", "fact", "public_rental", c=["连续缴纳社会保险满2年"])
Q("公租房能预约窗口吗", "appointment", "public_rental", any=[APPT])
Q("申请公租房要跑几次", "visits", "public_rental", any=[["轮候配租", "2"]])
Q("硕士来澄江工作每月补多少", "fact", "grad_subsidy", c=["硕士每人每月1500元"])
Q("毕业几年内能申请生活补贴", "fact", "grad_subsidy", c=["毕业3年内"])
Q("大学生补贴最长发多久", "fact", "grad_subsidy", c=["最长发放36个月"])
Q("本科生活补贴要交满几个月社保", "fact", "grad_subsidy", c=["满3个月"])
Q("买拖拉机补贴多少", "fact", "farm_machine", c=["5万元"], nc=["30%"], ncodes="farm_machine@meixi")
Q("我在梅溪县，买了收割机补贴怎么申请", "region revoked", "farm_machine", c=["先购买后补贴"],
  nc=["30%", "单台最高补贴3万元"], ncodes="farm_machine@meixi")
Q("农机补贴要在买之前申请吗", "fact", "farm_machine", c=["先购买后补贴"])
Q("农机补贴多久之内要申请", "fact", "farm_machine", c=["当年内"])
Q("农村盖房宅基地最多多大", "fact", "homestead", c=["每户不超过150平方米"])
Q("农村建房申请要公示几天", "fact", "homestead", c=["不少于5个工作日"])
Q("把老房子卖了还能再申请宅基地吗", "fact", "homestead", c=["不予批准"])
Q("我在桃源镇想盖房子去哪申请", "region", "homestead@taoyuan", c=["桃源镇便民服务中心"])
Q("梅溪县农村建房审批电话", "region phone", "homestead@meixi", c=[PH("nongye", "meixi")])

# =============================================================================================
# FAQ 其他（含无问题的段落）
# =============================================================================================
Q("12345投诉多久给答复", "faq", "faq-hotline-scope", c=["5个工作日内答复"])
Q("12345是24小时都有人接吗", "faq", "faq-hotline-scope", c=["24小时"])
Q("周末能去办事吗", "faq", "faq-weekend-service", c=["周六上午"])
Q("听说有个区周三晚上也能办事，是哪个区", "faq", "faq-weekend-service", c=["19:00"])
Q("有居住证能享受哪些服务", "faq", "faq-residence-points", c=["子女义务教育"])
Q("居住证过期没签注会怎样", "faq", "faq-residence-points residence_permit", c=["签注后恢复"])
Q("上班没时间请假怎么办事", "faq", "faq-weekend-service", c=["周六上午"])

# =============================================================================================
# 一件事
# =============================================================================================
Q("宝宝出生要办哪些手续", "bundle", "bundle-newborn", c=["出生登记", "社会保障卡"])
Q("生完孩子那些证能不能一次办完", "bundle", "bundle-newborn", c=["出生一件事"])
Q("退休要办哪些手续", "bundle", "bundle-retire", c=["养老保险待遇", "公积金"])
Q("开奶茶店要办什么", "bundle", "bundle-snack", c=["个体工商户", "食品经营许可"])
Q("买二手房要办哪些手续", "bundle", "bundle-house", c=["契税", "转移登记"])
Q("卖房子要办哪些事，顺序是啥", "bundle", "bundle-house", c=["先申报缴纳契税"])
Q("寶寶出生要辦哪些手續", "bundle", "bundle-newborn", tr=True)
Q("开饭店要办哪些手续，先办哪个", "bundle", "bundle-snack", c=["先取得营业执照"])
Q("退休一件事包括哪些", "bundle", "bundle-retire", c=["异地就医备案"])

# =============================================================================================
# Long, hotline-style questions (80-200 characters)
# =============================================================================================
Q("你好，我是外省人，在澄江一家工厂上班快一年了，一直租房住，老家在甘肃，回去一趟很麻烦。现在孩子明年要上小学了，听说要居住证，我想问一下居住证要在这边住多长时间才能办？另外要带哪些材料？",
  "long compound fact materials", "residence_permit", c=["居住满半年", "劳动合同"])
Q("我父亲今年八十七岁了，身体不太好一直卧床，户口在凤栖区，我们子女平时都上班，听邻居说八十岁以上的老人每个月有补贴可以领，想问问像我父亲这个年纪每个月能领多少钱，我能不能替他去办？",
  "long compound fact agent region", "gaoling@fengqi", c=["每人每月100元", "子女或其他亲属代为申请"])
Q("我们家上个月生了二宝，老大今年也才三岁，孩子他爸在外地出差一个月回不来，我坐月子也不方便出门，现在孩子的户口还没报，想问下出生登记最晚什么时候要办完，能不能在网上申请？",
  "long compound fact online", "birth_reg", c=["自出生之日起1个月内", "gaj/hz/chusheng"])
Q("我去年从公司离职了，是公司裁员不是我自己要走的，在这家公司交了六年多的社保，包括失业保险。现在一直没找到工作，家里房贷每个月还要还，压力挺大，想问问失业保险金每个月能领多少，最长能领多久？",
  "long compound fact faq", "unemployment faq-unemployment-period", any=[["最低工资标准的90%", "18个月"]])
Q("我老公是在澄湖区户籍，我是外省户籍，我们结婚已经三年了，现在想把我的户口迁过来，一家人在一起方便孩子以后上学，也省得每年来回跑。请问夫妻投靠落户有什么条件，要多长时间能办好？",
  "long compound fact time region", "hukou_in@chenghu", c=["双方结婚满2年", "10"])
Q("我刚在澄江买了一套二手房，九十多平，是家里第一套房。卖家说要先交契税再过户，我不太懂这些流程，想问一下契税是按多少税率交，在哪里交，交完之后过户几天能拿到新的房产证？",
  "long compound fact time", "deed_tax bundle-house", any=[["1%"], ["不动产登记中心", "建设北路"]])
Q("我是研究生毕业，今年刚来澄江一家科技公司上班，签了三年合同，社保也交了四个月了。听说澄江对毕业生有生活补贴，我想问问硕士每个月能补多少，最长能发几年，在哪里申请？",
  "long compound fact online", "grad_subsidy", c=["硕士每人每月1500元", "最长发放36个月"])
Q("家里老人上周去世了，是在外省住院时走的，就在当地火化了，户口在雁山县。听说我们这里火化有减免政策，想问问在外地火化的还能不能申请补助，最晚什么时候要申请，要带什么材料？",
  "long compound fact materials region", "funeral@yanshan", c=["6个月内", "火化证明"])
Q("我在澄江开了一家小面馆，营业执照和食品经营许可证都是五年前办的，最近市场监管的人来检查，提醒我看了一下许可证好像快到期了，还有两个月左右，想问一下现在去续期来得及吗？要准备什么材料？",
  "long compound fact materials", "food_renew", c=["90个工作日至15个工作日", "延续申请书"], ncodes="food_new")
Q("我身份证下个月就到期了，但是我现在在深圳上班，户口在澄江梅溪县，一年只有过年才回去一趟，单位也不好请假，时间上来不及。请问我能不能在深圳直接换身份证？大概多久能拿到？",
  "long compound cross_region time region", "idcard_renew@meixi", c=["跨省通办", "30"])
Q("我和我老婆上个月去民政局申请了离婚，当时工作人员说有个冷静期，但具体几天我忘了，现在我们还是想离，请问冷静期是多少天，冷静期过了以后我们两个要在多少天内去领证？",
  "long compound fact", "divorce", c=["30日为离婚冷静期", "冷静期届满后30日内"])
Q("您好，我母亲今年六十三岁了，一直在老家农村，我爸前几年走了，家里就我一个孩子。现在我在澄江工作落了户，想把母亲接过来一起住，户口也迁过来，请问父母投靠子女落户有年龄要求吗？",
  "long fact", "hukou_in", c=["母亲年满55周岁"])
Q("我在柳岸区一家超市上班，上个礼拜下班路上钱包被偷了，里面有身份证、社保卡、银行卡，银行卡已经挂失了。现在最急的是身份证，下周还要坐高铁出差，请问补办身份证要多久，期间有什么办法能坐高铁？",
  "long compound time fact region", "idcard_lost@liuan", c=["15", "临时居民身份证"])
Q("我上周刚买了一辆新车，临时牌照快到期了，4S店说可以帮我代办上牌，但要收三百块服务费，我想自己去车管所办，想问一下新车自己上牌要带哪些东西，号牌要多少钱，当天能不能办完？",
  "long compound materials fee time", "vehicle_reg", c=["整车出厂合格证明", "每副100元", "当日办结"])
Q("我们夫妻俩都在澄江交公积金，准备买一套一百二十平的房子，总价一百五十万左右，首付已经凑得差不多了，剩下的想用公积金贷款。请问双方都交公积金最多能贷多少，要交满多久才能贷，最长能贷几年？",
  "long compound fact", "gjj_loan", c=["70万元", "满6个月", "最长30年"])
Q("我儿子今年八月二十号满六岁，我们是外地户口，在澄江租房住了两年，我和他爸都有居住证，社保我交了一年半，房子是租的签了三年合同。想问一下孩子今年能不能在澄江上一年级，什么时候报名？",
  "long compound fact", "school_enroll", c=["8月31日前年满6周岁", "6月10日至6月20日"])
Q("我家是低保户，我儿子是重度残疾，二级的，残疾证去年已经办了，平时离不开人照顾，我也没法出去上班。听说残疾人有两项补贴，我想问问我们家这种情况生活补贴和护理补贴能不能都领，各是多少钱一个月？",
  "long compound fact", "disability_subsidy", c=["每人每月90元", "二级每人每月100元"])
Q("本人是个体户，在步行街开了一家服装店，开了四年多，现在网店冲击太大生意不好做想关了，店里没有欠别人钱也没有别人欠我的。请问个体户注销需要什么手续，要不要登报公示，网上能办吗？",
  "long compound fact online", "geti_cancel", c=["无需公示", "scjg/gtzx"])
Q("我爸今年退休，在澄江交了二十多年的公积金，退休手续单位已经帮他办好了，现在他人在老家养病，不方便来澄江。请问退休了公积金能不能全部取出来，我作为儿子能不能帮他代办，需要什么手续？",
  "long compound agent", "gjj_retire", c=["销户", "经公证的"])
Q("我们家在农村，我和我老伴都是农业户口，一九八几年只生了一个闺女，现在闺女出嫁了，我今年刚好满六十。听村里人说有个计划生育的奖励，想问问一年能领多少钱，什么时候去申请？",
  "long compound fact elderly", "fp_reward", c=["每人每年1200元", "每年1月至3月"])
Q("我去年在外省住院花了三万多，当时没有办异地备案，出院时没能直接用医保结算，全是自己垫付的。现在回澄江了，想问问这种还能不能报销，有没有时间限制，要准备哪些材料？",
  "long compound fact materials", "yb_reimburse", c=["12个月内", "费用明细清单"])
Q("我和男朋友准备今年国庆结婚，我们两个户口都不在澄江，我是湖南的他是江西的，但是我们都在澄江工作好几年了，回老家领证太折腾。请问我们可以在澄江领结婚证吗？需要带户口本吗？",
  "long compound cross_region materials", "marriage", c=["全国通办", "户口簿"])
Q("我是做外卖的，没有单位，一直没交社保，今年三十五了，怕以后老了没保障，想自己交养老保险。我是外省户口在澄江租房子住，请问像我这种能不能在澄江交，缴费基数怎么定，要交多少比例？",
  "long compound fact", "flex_enroll", c=["不受户籍限制", "60%至300%", "20%"])
Q("你好我想咨询一下，我家房子的房产证搬家的时候弄丢了，翻遍了也找不到，现在想卖房子换个大点的，中介说要先补办房产证才能挂牌。请问补办房产证要多长时间，需要登报或者公告多少天？",
  "long compound time fact", "bdc_reissue", c=["公告期15个工作日"])
Q("我在雁山县住，家里老人患有糖尿病好多年了，每个月在门诊开药花不少钱，都是自己掏的，听说可以办门诊慢特病，请问要去哪级医院开诊断证明，办下来以后能用多久，县里的咨询电话是多少？",
  "long compound fact region phone", "yb_chronic@yanshan", c=["二级及以上", "有效期为2年", PH("yibao", "yanshan")])
Q("请问一下，我今年五月份从原单位离职，是合同到期单位不续签，不是我自己不干，在那边交了三年失业保险，一直忙着找工作，现在已经过去快两个月了，还没去申请失业金，是不是已经过了申请时间？",
  "long fact", "unemployment", c=["60日内"])
Q("我女儿在外地读大学，明年毕业要考公务员，报名要求开无犯罪记录证明，她在学校上课回不来，来回路费也贵，她户口在澄湖区，我是她亲妈妈，能不能我去帮她开？需要带什么？",
  "long compound agent materials region", "no_crime@chenghu", c=["委托他人代办", "授权委托书"])
Q("我想开一家卖凉菜卤味的小店，门面已经在菜市场旁边租好了，装修也差不多了，还没有办营业执照，也没有办食品许可证，这两个证一起办的话有什么先后顺序，能不能一次办完？",
  "long bundle", "bundle-snack", c=["先取得营业执照"])
Q("我今年刚满六十岁，准备办退休，但是听说现在退休年龄要延迟，单位的人也说不清楚，我也搞不明白。我在厂里交了十八年的社保，请问我交的年限够不够，退休金从什么时候开始领？",
  "long compound fact", "retire_pension", c=["满15年", "次月起按月发放"])
Q("我想问一下新车上牌的事情，车是在市里4S店买的，我住在雁山县，县城离市里车管所有一个多小时车程，来回跑一趟要大半天，县里有没有能上牌的地方，地址在哪，上午几点开门？",
  "long compound region location time", "vehicle_reg", c=["雁山县车管分所", "工业大道19号", "08:30"])
Q("我孩子今年十五岁，明年要中考了，学校说报名和考试都要用身份证，以前一直没办过，家里也没人懂。我想问小孩第一次办身份证要带什么，办好的身份证能用几年，我们在凤栖区应该去哪里办？",
  "long compound materials fact region", "idcard_first@fengqi", c=["居民户口簿", "有效期为5年", "凤栖区政务服务中心"])
Q("我在澄江租房住了三年，名下没有房子，单位一直给交公积金，之前听说租房每个月只能提一千二，现在房租涨了，想问一下现在租房提取公积金每个月最多能提多少，能不能在手机上办？",
  "long compound fact online", "gjj_rent", c=["1500元", "gjj/zftq"], nc=["1200元"], ncodes="faq-gjj-rent-old")
Q("您好，我是柳岸区的居民，家里母亲长期卧床，我又要照顾她没法上班，家庭收入很低，听社区说可以申请低保。我想问一下低保的标准是多少，申请以后要公示几天，大概多久能批下来？",
  "long compound fact time region", "dibao@liuan", c=["每人每月820元", "公示7天", "20"])
Q("打扰一下，我们家要在老宅基地上翻建房子，现在的房子是爷爷留下来的，我们兄弟分家后我想单独申请一块宅基地，我家在梅溪县农村，请问每户最多能批多大面积，村里要公示多久？",
  "long compound fact region", "homestead@meixi", c=["每户不超过150平方米", "不少于5个工作日"])

# =============================================================================================
# Compound, colloquial, dialect and elderly wording
# =============================================================================================
Q("护照能不能代办，要多少钱", "compound agent fee", "passport_first", c=["监护人陪同", "120"])
Q("港澳通行证要多久 在哪办", "compound time", "hk_macau", c=["7", "出入境接待大厅"])
Q("结婚证丢了补办要钱吗要多久", "compound fee time", "marriage_reissue", c=["当场"])
Q("社保卡补办要多少钱，能不能别人代办", "compound fee agent", "sscard", c=["20", "委托书"])
Q("驾照到期换证要带啥，多少钱", "compound materials fee", "license_renew", c=["原机动车驾驶证", "10"])
Q("新生儿医保一年多少钱 网上能交不", "compound fee online", "yb_enroll", c=["每人每年400元", "yb/jmcb"], nc=["380元"])
Q("个体户执照要多久，能不能委托别人办，收不收钱", "compound time agent fee", "geti_new", c=["即时", "委托他人代为办理"])
Q("低保公示几天，批下来多久，钱怎么发", "compound fact time", "dibao", c=["公示7天", "20", "社会保障卡"])
Q("身份证换领点样办，要几钱", "compound fee cantonese", "idcard_renew", c=["20"])
Q("补护照使唔使本人去", "agent cantonese", "passport_lost", c=["申请人本人到场"])
Q("老人补贴咋个申请哦，要啥子证件", "materials dialect elderly", "gaoling", c=["老年人居民身份证"])
Q("俺眼睛不好使了，驾照到期还能换不，要检查身体不", "compound fact elderly", "license_renew", c=["身体条件证明"])
Q("我老伴走了，火化那些费用政府给不给减", "elderly", "funeral", c=["最高1500元"])
Q("娃上户口咋弄", "colloquial", "birth_reg", c=["出生医学证明"])
Q("居住证签注过期了还能补签不 网上能弄不", "compound online", "residence_permit", c=["签注后恢复", "在线签注"])
Q("公租房条件是啥 要等多久", "compound fact time", "public_rental", c=["人均月收入低于2000元", "25"])
Q("异地就医备案网上能办吗要多久", "compound online time", "yb_remote", c=["yb/ydjy", "即时办结"])
Q("离婚要带啥，一个人能去吗", "compound materials agent", "divorce", c=["离婚协议书", "本人亲自到场"])
Q("公积金买房提取要啥材料 多久到账", "compound materials time", "gjj_buy", c=["居民身份证", "3"])
Q("残疾证可以寄吗，要去几次", "compound delivery visits", "disability_card", c=["邮寄", "指定医院"])
Q("办护照要预约不，周六能办吗", "compound appointment time", "passport_first", any=[APPT, ["周六"]])

# =============================================================================================
# Phones: consultation and complaint (监督投诉)
# =============================================================================================
Q("身份证补办窗口不给办，投诉电话多少，我在凤栖区", "phone complaint region", "idcard_lost@fengqi",
  c=[CPH("gongan", "fengqi")])
Q("公积金中心服务态度太差了，投诉打哪个电话", "phone complaint", "gjj_buy gjj_rent gjj_retire gjj_loan",
  c=[CPH("gjj", "city")])
Q("二手房过户拖了一个月还没办好，监督投诉电话是多少", "phone complaint", "bdc_transfer", c=[CPH("bdc", "city")])
Q("澄湖区低保办理的投诉电话", "phone complaint region", "dibao@chenghu", c=[CPH("minzheng", "chenghu")])
Q("办护照的咨询电话是多少", "phone", "passport_first", c=[PH("crj", "city")])
Q("失业金咨询电话多少", "phone", "unemployment", c=[PH("renshe", "city")])
Q("个税汇算有问题打哪个电话问", "phone", "iit", c=[PH("tax", "city")])
Q("雁山县残疾证咨询电话多少", "region phone", "disability_card@yanshan", c=[PH("canlian", "yanshan")])
Q("柳岸区办个体执照的投诉电话", "region phone complaint", "geti_new@liuan", c=[CPH("scjg", "liuan")])
Q("異地就醫備案電話多少", "phone", "yb_remote", c=[PH("yibao", "city")], tr=True)
Q("梅溪县结婚登记咨询电话", "region phone", "marriage@meixi", c=[PH("minzheng", "meixi")])
Q("公租房咨询电话和投诉电话各是多少", "phone complaint compound", "public_rental",
  c=[PH("zhujian", "city"), CPH("zhujian", "city")])

# =============================================================================================
# More appointment, cross-region and visits questions
# =============================================================================================
Q("换身份证要先预约吗还是直接去", "appointment", "idcard_renew", any=[APPT])
Q("办港澳通行证能预约不", "appointment", "hk_macau", any=[APPT])
Q("新车上牌可以网上预约吗", "appointment", "vehicle_reg", any=[APPT])
Q("二手房过户要不要提前预约", "appointment", "bdc_transfer", any=[APPT])
Q("公积金贷款能预约吗", "appointment", "gjj_loan", any=[APPT])
Q("个税汇算去大厅办可以预约吗", "appointment", "iit", any=[APPT])
Q("离婚登记要预约吗", "appointment", "divorce", any=[APPT])
Q("补护照能预约吗", "appointment", "passport_lost", any=[APPT])
Q("驾照丢了在外省能补吗", "cross_region", "license_lost", c=["跨省通办"])
Q("港澳通行证能在外地办吗", "cross_region", "hk_macau", c=["全国通办"])
Q("离婚必须回户口所在地办吗", "cross_region", "divorce", c=["跨省通办"])
Q("社保卡在省内别的城市能补吗", "cross_region", "sscard", c=["全省通办"])
Q("结婚证在外地领的能异地补吗", "cross_region", "marriage_reissue", c=["跨省通办"])
Q("在外省也能办异地就医备案吗", "cross_region", "yb_remote", c=["跨省通办"])
Q("个体户注销要跑窗口吗", "visits online", "geti_cancel", c=["scjg/gtzx"])
Q("交居民医保要跑去窗口吗", "visits online", "yb_enroll", c=["yb/jmcb"])
Q("生育登记需要跑腿吗", "visits online", "birth_planning", c=["wj/sydj"])

# =============================================================================================
# Sound-alike typos (拼音输入法的同音字)
# =============================================================================================
Q("结婚正要带什么", "typo materials", "marriage", c=["双方居民身份证"])
Q("护口迁过来大专学历能落吗", "typo fact", "hukou_in", c=["全日制大专及以上学历"])
Q("低报标准一个月多少", "typo fact", "dibao", c=["每人每月820元"])
Q("公基金租房提取每月多少", "typo fact", "gjj_rent", c=["1500元"], nc=["1200元"], ncodes="faq-gjj-rent-old")
Q("养老金什么时侯开始发", "typo fact", "retire_pension", c=["次月起按月发放"])
Q("驾使证丢了补领要多少钱", "typo fee", "license_lost", c=["10"])
Q("残疾人护里补贴一级多少", "typo fact", "disability_subsidy", c=["一级每人每月150元"])
Q("个体户注消怎么弄", "typo", "geti_cancel", c=["清税"])
Q("新生儿上护口要带啥", "typo materials", "birth_reg", c=["出生医学证明"])
Q("港澳通行证签住一次多少钱", "typo fee", "hk_macau", c=["15"])
Q("医保异地备按怎么弄", "typo online", "yb_remote", c=["国家医保服务平台"])
Q("食品经营许可正有效期几年", "typo fact", "food_new", c=["有效期为5年"])
Q("临时身分证多少钱", "typo fee", "idcard_temp", c=["10"])

# =============================================================================================
# Negatives: look-alike certificates, operations not held, other cities, everyday questions
# =============================================================================================
N("台胞证怎么办理")
N("去台湾旅游要办什么证", "lookalike", ncodes="hk_macau")
N("海员证在哪里办")
N("做餐饮的健康证在哪办", "lookalike", ncodes="food_new")
N("导游证怎么考")
N("老年人优待证怎么办", "lookalike", ncodes="gaoling")
N("独生子女证丢了怎么补", "lookalike", ncodes="fp_reward")
N("军官证丢了咋办")
N("学生证丢了怎么补办")
N("房屋租赁登记备案怎么办", "lookalike", ncodes="gjj_rent")
N("烟草零售许可证怎么申请")
N("药品经营许可证要什么条件")
N("建筑工程施工许可证在哪办")
N("道路运输经营许可证怎么办")
N("出租车驾驶员从业资格证怎么考")
N("渔船捕捞许可证去哪办")
N("摩托车驾照增驾怎么办", "operation", ncodes="license_renew license_lost")
N("学车考驾照在哪报名", "operation", ncodes="license_renew")
N("二手车过户要带什么", "operation", ncodes="vehicle_reg bdc_transfer")
N("汽车抵押登记在哪办", "operation", ncodes="bdc_mortgage")
N("电动车上牌去哪", "operation", ncodes="vehicle_reg")
N("食品经营许可证变更地址怎么办", "operation", ncodes="food_new food_renew food_cancel")
N("人去世了户口怎么注销", "operation", ncodes="funeral birth_reg")
N("公积金提前还款怎么办", "operation", ncodes="gjj_loan")
N("公积金贷款能转商业贷款吗", "operation", ncodes="gjj_loan")
N("被骗婚了能撤销婚姻登记吗", "operation", ncodes="marriage divorce")
N("收养孩子怎么登记", "operation", ncodes="birth_reg")
N("个体户年报在哪里报", "operation", ncodes="geti_new geti_change")
N("公司注销怎么办", "operation", ncodes="company_new geti_cancel")
N("港澳居民居住证怎么申请", "lookalike", ncodes="residence_permit")
N("外国人永久居留证在哪办", "lookalike", ncodes="residence_permit")
N("出生医学证明丢了怎么补", "operation", ncodes="birth_reg")
N("死亡证明去哪里开", "lookalike", ncodes="funeral")
N("工伤认定怎么申请")
N("生育津贴能领多少钱", "close", ncodes="birth_planning yb_enroll")
N("养老金资格认证怎么弄", "close", ncodes="retire_pension")
N("教师资格考试什么时候报名", "operation", ncodes="teacher_cert")
N("普通话等级考试在哪报名", "close", ncodes="teacher_cert")
N("高考报名怎么报", "close", ncodes="school_enroll")
N("幼儿园报名要什么材料", "close", ncodes="school_enroll")
N("人才公寓怎么申请", "close", ncodes="public_rental grad_subsidy")
N("残疾人机动轮椅车燃油补贴怎么领", "close", ncodes="disability_subsidy")
N("城镇职工医保住院报销比例多少", "close", ncodes="yb_enroll yb_reimburse")
N("去美国的签证在哪办", "lookalike", ncodes="passport_first hk_macau")
N("深圳的人才补贴多少钱", "elsewhere", ncodes="grad_subsidy")
N("上海的高龄津贴一个月多少", "elsewhere", ncodes="gaoling")
N("長沙的低保標準是多少", "elsewhere", ncodes="dibao", tr=True)
N("北京的公积金租房提取每月能提多少", "elsewhere", ncodes="gjj_rent")
N("杭州的新生儿落户要什么材料", "elsewhere", ncodes="birth_reg")
N("广州的契税税率是多少", "elsewhere", ncodes="deed_tax")
N("结婚彩礼一般给多少合适", "everyday", ncodes="marriage")
N("离婚以后孩子抚养费一般给多少", "everyday", ncodes="divorce")
N("二手房怎么跟房东砍价", "everyday", ncodes="bdc_transfer bundle-house")
N("驾照科目一怎么快速过", "everyday", ncodes="license_renew")
N("退休了去哪里旅游好", "everyday", ncodes="retire_pension bundle-retire")
N("护照照片穿什么颜色衣服好看", "everyday", ncodes="passport_first")
N("宝宝取名字有什么讲究", "everyday", ncodes="birth_reg bundle-newborn")
N("开奶茶店一个月能赚多少钱", "everyday", ncodes="bundle-snack food_new")
N("公积金和社保哪个更重要", "everyday")
N("身份证号码最后一位是X是什么意思", "everyday", ncodes="idcard_first")
N("醫保卡裡的錢能給家人買水果嗎", "everyday", tr=True)
N("护照和身份证哪个更好用", "everyday", ncodes="passport_first idcard_first")

# =============================================================================================
# Multi-turn conversations
# =============================================================================================
CONV("换身份证→费用→丢了改问补领→区县",
     T("身份证到期了怎么换", "", "idcard_renew", c=["原居民身份证"], ncodes="idcard_lost"),
     T("要多少钱", "followup fee", "idcard_renew", c=["20"]),
     T("要是丢了呢", "followup", "idcard_lost", ncodes="idcard_renew"),
     T("我在凤栖区，去哪办", "followup region", "idcard_lost@fengqi", c=["凤栖区政务服务中心"]))
CONV("结婚登记在澄湖区，改口雁山县→暂停",
     T("我在澄湖区，想去领结婚证", "region", "marriage@chenghu", c=["澄湖区政务服务中心"]),
     T("说错了，我户口其实在雁山县", "followup region suspended", "marriage@yanshan", c=["暂停办理结婚登记"]))
CONV("临时身份证 凤栖区→柳岸区暂停",
     T("凤栖区能办临时身份证吗", "region", "idcard_temp@fengqi", c=["凤栖区政务服务中心"]),
     T("那柳岸区呢", "followup region suspended", "idcard_temp@liuan", c=["暂停受理"]))
CONV("补办身份证→共享位置在梅溪县",
     T("补办身份证在哪办", "", "idcard_lost", ask=False),
     L(24.8138, 114.5061, "followup", "idcard_lost@meixi", c=["梅溪县政务服务中心"]))
CONV("先共享位置在澄湖区，再问换证电话",
     L(25.0431, 114.2872, ""),
     T("身份证到期换证电话多少", "phone region", "idcard_renew@chenghu", c=[PH("gongan", "chenghu")]))
CONV("高龄津贴→金额→90岁→桃源镇",
     T("高龄津贴怎么申请", "", "gaoling"),
     T("一个月能领多少", "followup fact", "gaoling", c=["每人每月100元"]),
     T("90岁的呢", "followup fact", "gaoling", c=["每人每月300元"]),
     T("我们住桃源镇，去哪办", "followup region", "gaoling@taoyuan", c=["桃源镇便民服务中心"]))
CONV("出生一件事→上户口材料→期限",
     T("生孩子后要办哪些手续", "bundle", "bundle-newborn", c=["出生登记"]),
     T("上户口要带什么", "materials", "birth_reg", c=["出生医学证明"]),
     T("多久之内要办", "followup fact", "birth_reg", c=["自出生之日起1个月内"]))
CONV("暂住证（已撤销）→居住证居住年限",
     T("我想办暂住证", "revoked", "temp_residence@chenghu", c=["居住证替代"], nc=["暂住证工本费"]),
     T("那居住证要住多久才能办", "fact", "residence_permit", c=["居住满半年"]))
CONV("租房提取公积金（旧FAQ已撤销）",
     T("租房可以提公积金吗", "", "gjj_rent"),
     T("每个月能提多少", "followup fact", "gjj_rent", c=["1500元"], nc=["1200元"], ncodes="faq-gjj-rent-old"),
     T("要交满几个月", "followup fact", "gjj_rent", c=["满3个月"]),
     T("手机上能办吗", "followup online", "gjj_rent", c=["gjj/zftq"]))
CONV("低保→公示→梅溪县电话",
     T("怎么申请低保", "", "dibao"),
     T("要公示几天", "followup fact", "dibao", c=["公示7天"]),
     T("我是梅溪县的，电话多少", "followup region phone", "dibao@meixi", c=[PH("minzheng", "meixi")]))
CONV("居民医保→今年多少（旧FAQ已撤销）→新生儿",
     T("居民医保怎么交", "", "yb_enroll"),
     T("今年交多少钱", "followup fee", "yb_enroll faq-yb-fee-2026", c=["400"], nc=["380"], ncodes="faq-yb-fee-2025"),
     T("刚出生的宝宝呢，多久内要交", "followup fact", "yb_enroll faq-newborn-yb", c=["90天内"]))
CONV("护照首次→时间→丢了→加急",
     T("第一次办护照要什么材料", "materials", "passport_first", c=["居民身份证"]),
     T("多久能拿到", "followup time", "passport_first", c=["7"]),
     T("护照丢了怎么补", "", "passport_lost", c=["情况说明"], ncodes="passport_first"),
     T("补办能加急吗", "followup faq", "passport_lost faq-passport-urgent", any=[["3个工作日", "15个工作日"]]))
CONV("驾照换证→69岁体检→网办",
     T("驾照快到期了", "", "license_renew", ncodes="license_lost"),
     T("我今年69了要体检吗", "followup fact", "license_renew", c=["年满60周岁"]),
     T("网上能办吗", "followup online", "license_renew", c=["交管12123"]))
CONV("农机补贴 梅溪县（县级指南已撤销，由市级答复）",
     T("我住梅溪县，买了台插秧机想申请补贴", "region revoked", "farm_machine", ncodes="farm_machine@meixi",
       nc=["30%"]),
     T("补多少钱", "followup fact", "farm_machine", c=["5万元"], nc=["30%", "单台最高补贴3万元"], ncodes="farm_machine@meixi"),
     T("要在多久之内申请", "followup fact", "farm_machine", c=["当年内"]))
CONV("离婚→冷静期→跑几趟→委托",
     T("协议离婚怎么办", "", "divorce"),
     T("冷静期多久", "followup fact", "divorce", c=["30日为离婚冷静期"]),
     T("总共要去几趟", "followup visits", "divorce", c=["再次到场"]),
     T("能找人代我去吗", "followup agent", "divorce", c=["不能委托他人代办"]))
CONV("食品经营许可新办→时间→有效期→快到期续期",
     T("开饭店要办食品经营许可证", "", "food_new", ncodes="food_renew"),
     T("多久能办下来", "followup time", "food_new", c=["5"]),
     T("有效期几年", "followup fact", "food_new", c=["有效期为5年"]),
     T("快到期了怎么续", "followup", "food_renew", c=["延续"], ncodes="food_new"))
CONV("个体户设立→费用→注销",
     T("办个体户营业执照", "", "geti_new"),
     T("要钱吗", "followup fee", "geti_new"),
     T("那不干了怎么注销", "followup", "geti_cancel", c=["清税"], ncodes="geti_new"))
CONV("新车上牌→雁山县→下班时间",
     T("新车上牌怎么办", "", "vehicle_reg", c=["整车出厂合格证明"]),
     T("我在雁山县，能在县里办吗", "followup region", "vehicle_reg", c=["雁山县车管分所"]),
     T("几点下班", "followup time", "vehicle_reg", c=["17:00"]))
CONV("小学报名→外地户口→积分（无问题段落）",
     T("孩子上一年级怎么报名", "", "school_enroll"),
     T("外地户口呢", "followup fact", "school_enroll", c=["连续缴纳社会保险满1年"]),
     T("是要积分排名吗", "followup faq", "faq-school-points", c=["不实行积分"]))
CONV("失业金→金额→缴费6年领几个月→医保",
     T("失业了怎么领失业金", "", "unemployment"),
     T("每个月能领多少", "followup fact", "unemployment", c=["最低工资标准的90%"]),
     T("我交了6年能领几个月", "followup faq", "faq-unemployment-period", c=["18个月"]),
     T("领的时候医保要自己交吗", "followup faq", "faq-unemployment-period", c=["个人不缴费"]))
CONV("二手房过户→登记费→卖家不能到场→拿证时间",
     T("二手房过户怎么办", "", "bdc_transfer"),
     T("登记费多少", "followup fee", "bdc_transfer faq-bdc-fee", c=["80元"]),
     T("卖家在国外来不了怎么办", "followup agent", "bdc_transfer", c=["须经公证"]),
     T("几天能拿证", "followup time", "bdc_transfer", c=["3"]))
CONV("父母投靠落户→次数→凤栖区电话",
     T("父母投靠子女落户有什么条件", "fact", "hukou_in", c=["母亲年满55周岁"]),
     T("要跑几次", "followup visits", "hukou_in", any=[["两地往返", "1"]]),
     T("凤栖区的电话多少", "followup region phone", "hukou_in@fengqi", c=[PH("gongan", "fengqi")]))
CONV("繁体：补办身份证→时间→邮寄",
     T("請問補辦身份證要多少錢", "fee", "idcard_lost", c=["20"], tr=True),
     T("要多久", "followup time", "idcard_lost", c=["15"], tr=True),
     T("可以寄到家嗎", "followup delivery", "idcard_lost", c=["EMS"], tr=True))
CONV("补领结婚证→离婚证→本人到场",
     T("结婚证找不到了能补吗", "", "marriage_reissue", c=["补领结婚证"], ncodes="marriage"),
     T("离婚证也能补吗", "followup", "marriage_reissue", c=["补领离婚证"]),
     T("要本人去吗", "followup agent", "marriage_reissue", c=["本人到场"]))
CONV("残疾证→代办→两项补贴→一级金额",
     T("孩子智力残疾怎么办残疾证", "", "disability_card"),
     T("家长能代办吗", "followup agent", "disability_card", c=["监护人代为申请"]),
     T("办了证以后能领什么补贴", "", "disability_subsidy"),
     T("一级的一个月多少", "followup fact", "disability_subsidy", c=["一级每人每月150元"]))
CONV("年检→6年内→面包车（无问题段落）",
     T("私家车年检怎么弄", "", "inspection faq-inspection-exempt"),
     T("6年以内的是不是不用去检测站", "followup fact", "inspection faq-inspection-exempt", c=["6年以内"]),
     T("面包车也这样吗", "followup faq", "faq-inspection-exempt", c=["面包车不适用"]))
CONV("台胞证（无此事项）→港澳通行证",
     TN("台胞证在哪办", "lookalike", ncodes="hk_macau"),
     T("那港澳通行证呢", "", "hk_macau", c=["往来港澳通行证"]))
CONV("护照费用→港澳通行证→签注",
     T("办护照多少钱", "fee", "passport_first", c=["120"]),
     T("港澳通行证呢", "fee", "hk_macau", c=["60"], ncodes="passport_first"),
     T("签注一次多少", "followup fee", "hk_macau", c=["15"]))
CONV("补驾照→共享位置在雁山县",
     T("驾照丢了去哪补", "", "license_lost"),
     L(25.2801, 114.1590, "followup", "license_lost", c=["雁山县车管分所"]))
CONV("社保卡→丢了→费用→当天拿",
     T("社保卡怎么办", "", "sscard"),
     T("丢了怎么补", "followup", "sscard", c=["挂失"]),
     T("补要多少钱", "followup fee", "sscard", c=["20"]),
     T("当天能拿到吗", "followup time", "sscard", c=["即时制卡"]))
CONV("个税汇算→时间→退税到账→委托",
     T("个税年度汇算怎么办", "", "iit"),
     T("什么时候能办", "followup fact", "iit", c=["3月1日至6月30日"]),
     T("退税多久到账", "faq", "faq-iit-refund", c=["10个工作日"]),
     T("能让单位帮我弄吗", "followup agent", "iit", c=["委托扣缴义务人"]))
CONV("公积金贷款→额度→缴存时间→期限",
     T("公积金贷款怎么办", "", "gjj_loan"),
     T("最多能贷多少", "followup fact", "gjj_loan faq-gjj-loan-amount", c=["70万元"]),
     T("要交满多久", "followup fact", "gjj_loan", c=["满6个月"]),
     T("最长能贷几年", "followup fact", "gjj_loan", c=["最长30年"]))
CONV("老人补贴（长者口吻）→85岁→梅溪县",
     T("俺想问问那个老人补贴的事", "elderly", "gaoling", ask=True),
     T("俺八十五了能领多少", "followup fact elderly", "gaoling", c=["每人每月100元"]),
     T("俺住梅溪县，去哪领", "followup region elderly", "gaoling@meixi", c=["梅溪县政务服务中心"]))
CONV("公租房→收入→公示→预约",
     T("公租房怎么申请", "", "public_rental"),
     T("收入有什么要求", "followup fact", "public_rental", c=["人均月收入低于2000元"]),
     T("公示多久", "followup fact", "public_rental", c=["公示15天"]),
     T("能预约吗", "followup appointment", "public_rental", any=[APPT]))
CONV("契税→第一套100平→在哪交→几点关门",
     T("买房交契税", "", "deed_tax"),
     T("第一套100平的税率多少", "followup fact", "deed_tax", c=["1%"]),
     T("在哪交", "followup", "deed_tax", c=["不动产登记中心"]),
     T("几点关门", "followup time", "deed_tax", any=[["17:30"]]))
CONV("无犯罪证明→网办→有效期→柳岸区电话",
     T("开无犯罪记录证明", "", "no_crime"),
     T("网上能开吗", "followup online", "no_crime", c=["gaj/wfzjl"]),
     T("有效期多久", "followup fact", "no_crime", c=["3个月内有效"]),
     T("我在柳岸区，窗口电话多少", "followup region phone", "no_crime@liuan", c=[PH("gongan", "liuan")]))
CONV("医药费零星报销→期限→家属代办→到账",
     T("医药费手工报销怎么办", "", "yb_reimburse"),
     T("多久之内要报", "followup fact", "yb_reimburse", c=["12个月内"]),
     T("家属能代办吗", "followup agent", "yb_reimburse", c=["家属代办"]),
     T("钱打到哪", "followup fact", "yb_reimburse", c=["社保卡银行账户"]))
CONV("生育登记→网办→生完再办",
     T("生育登记怎么办", "", "birth_planning"),
     T("网上能办吗", "followup online", "birth_planning", c=["wj/sydj"]),
     T("孩子生了再办行吗", "followup fact", "birth_planning", c=["子女出生后"]))
CONV("农村建房 梅溪县→面积→搬到桃源镇",
     T("我在梅溪县，农村建房怎么申请", "region", "homestead@meixi", c=["梅溪县政务服务中心"]),
     T("面积最多多少", "followup fact", "homestead", c=["每户不超过150平方米"]),
     T("我家其实在雁山县桃源镇，去哪申请", "followup region", "homestead@taoyuan", c=["桃源镇便民服务中心"]))
CONV("首次申领身份证（未满16）→有效期→家长材料",
     T("孩子13岁办身份证", "", "idcard_first"),
     T("办了能用几年", "followup fact", "idcard_first", c=["有效期为5年"]),
     T("家长要带什么", "followup materials", "idcard_first", c=["监护人居民身份证"]))
CONV("毕业生补贴→博士→期限→社保",
     T("高校毕业生生活补贴怎么申请", "", "grad_subsidy"),
     T("博士一个月多少", "followup fact", "grad_subsidy", c=["博士每人每月3000元"]),
     T("最长发多久", "followup fact", "grad_subsidy", c=["最长发放36个月"]),
     T("社保要交满多久", "followup fact", "grad_subsidy", c=["满3个月"]))
CONV("临时救助→金额→外地人",
     T("临时救助怎么申请", "", "temp_aid"),
     T("能给多少", "followup fact", "temp_aid", c=["低保标准的1至6倍"]),
     T("我是外地来打工的可以申请吗", "followup fact", "temp_aid", c=["非本市户籍人员"]))
CONV("退休一件事→养老金发放→公积金提取",
     T("退休一件事要办哪些", "bundle", "bundle-retire", c=["养老保险待遇"]),
     T("养老金什么时候开始发", "fact", "retire_pension", c=["次月起按月发放"]),
     T("公积金怎么取", "", "gjj_retire", c=["销户"]))
CONV("二手房一件事→契税→过户时间",
     T("二手房买卖要办哪些手续", "bundle", "bundle-house", c=["契税"]),
     T("契税怎么算", "fact", "deed_tax", c=["1%"]),
     T("过户要多久", "time", "bdc_transfer", c=["3"]))
CONV("长问题开场（热线口吻）→追问",
     T("我是梅溪县的，我家老爷子今年九十一了，耳朵不好，腿脚也不方便，一直是我们做子女的照顾。前几天听村里的人说老人过了八十岁每个月都有补贴，我们以前都不知道，想问问老爷子这个年纪每月能领多少，要去哪里办？",
       "long compound fact region", "gaoling@meixi", c=["每人每月300元", "梅溪县政务服务中心"]),
     T("能我替他去办吗", "followup agent", "gaoling@meixi", c=["子女或其他亲属代为申请"]),
     T("钱发到哪", "followup fact", "gaoling@meixi", c=["社会保障卡"]))
CONV("惠民殡葬→外地火化→期限",
     T("老人去世火化能减免吗", "", "funeral"),
     T("在外地火化的呢", "followup fact", "funeral", c=["外地火化"]),
     T("最晚多久要去申请", "followup fact", "funeral", c=["6个月内"]))
CONV("无犯罪证明→共享位置在凤栖区",
     T("开无犯罪证明去哪开", "", "no_crime"),
     L(25.0702, 114.3139, "followup", "no_crime@fengqi", c=["凤栖区政务服务中心"]))
CONV("居住证→签注→共享位置在柳岸区",
     T("办居住证", "", "residence_permit"),
     T("每年都要签注吗", "followup fact", "residence_permit", c=["每年签注1次"]),
     L(25.0281, 114.3361, "followup", "residence_permit@liuan", c=["柳岸区政务服务中心"]))
CONV("无此事项（食品许可变更）→有的注销",
     TN("食品经营许可证要变更经营项目怎么办", "operation", ncodes="food_new food_renew"),
     T("那食品经营许可证注销呢", "", "food_cancel", c=["30个工作日内"], ncodes="food_new"))
CONV("港澳签注→网办→繁体追问",
     T("去澳门旅游要签注", "", "hk_macau"),
     T("網上能辦嗎", "followup online", "hk_macau", c=["gaqz"], tr=True))
CONV("离婚在哪办→共享位置在澄湖区",
     T("离婚去哪里办", "", "divorce"),
     L(25.0402, 114.2840, "followup", "divorce@chenghu", c=["澄湖区政务服务中心"]))
CONV("高龄津贴去哪办→共享位置在桃源镇",
     T("高龄津贴在哪办", "", "gaoling"),
     L(25.3377, 114.0891, "followup", "gaoling@taoyuan", c=["桃源镇便民服务中心"]))
CONV("办护照在哪→共享位置在市区",
     T("办护照去哪里", "", "passport_first"),
     L(25.0473, 114.2951, "followup", "passport_first", c=["出入境接待大厅"]))
CONV("残疾证在哪办→共享位置在雁山县→电话",
     T("残疾证在哪办", "", "disability_card"),
     L(25.2860, 114.1499, "followup", "disability_card@yanshan", c=["雁山县政务服务中心"]),
     T("电话多少", "followup phone", "disability_card@yanshan", c=[PH("canlian", "yanshan")]))
