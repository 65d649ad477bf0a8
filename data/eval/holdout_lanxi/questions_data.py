"""Questions of the 岚溪市 holdout set, written with item keys instead of codes.

make_questions.py resolves them against the generated catalog and writes questions.yaml.

q(key, say, tags, *has, no=(), any=(), r=None)
  key   item key from catalog_data.py; "faq:<id>" or "bundle:<id>" for a FAQ entry or a
        一件事; None for a question the catalog cannot answer ("not found", no code).
  say   what the citizen types.
  tags  space-separated tags of the turn.
  has   facts the answer must contain (exact catalog substrings). Tokens starting with "@"
        are filled from the target guide: @phone (咨询电话), @hall (first hall's name),
        @addr (its address), @url (online link), @cross (通办), @result, @hallphone,
        @open (first opening time of the first hall).  Where the region is unknown for a
        district-level item, @phone/@hall/@addr become "one of the districts' values".
  no    facts the answer must not contain (another variant's, a withdrawn figure, ...).
  any   extra groups of which at least one must appear.
  r     region key (xicheng, nanhu, qinglan, tongchuan, baisha); found in the text when
        not given; in a conversation it carries over to later turns.
Conversations: conv(id, description, [q(...), ...]); key "=" keeps the previous turn's item.
"""

from __future__ import annotations

SINGLE: list[dict] = []
CONVS: list[dict] = []


def q(key, say, tags, *has, no=(), any=(), r=None, may_ask=False, loose=False, loc=None):
    """loose=True: a FAQ entry may answer as well as the guide; no code is required then.
    loc=(lat, lon): the turn shares a location instead of typing (say is None); give r too."""
    return {"key": key, "say": say, "tags": tags.split(), "has": list(has), "no": list(no),
            "any": [list(g) for g in any], "r": r, "may_ask": may_ask, "loose": loose, "loc": loc}


def S(*qs):
    SINGLE.extend(qs)


def conv(cid, description, turns):
    CONVS.append({"id": cid, "description": description, "turns": turns})


# =========================================================================== 户政
S(
    q("idcard_first", "孩子14岁了能办身份证吗", "everyday fact-in-field conditions",
      "未满16周岁的公民可以自愿申领居民身份证", no=["原居民身份证"]),
    q("idcard_first", "第一次办身份证要带啥", "everyday materials operation",
      "居民户口簿", no=["原居民身份证", "报案回执"]),
    q("idcard_first", "小孩第一次办身份证，大人要陪着去吗，要带什么东西", "compound who materials",
      "须由父母或者其他监护人陪同到场申请", "监护人居民身份证"),
    q("idcard_first", "我在南湖区，儿子满16了头一回办身份证去哪里办 几点上班", "compound where hours",
      "@hall", "09:00"),
    q("idcard_first", "首次申领身份证工本费多少，低保户要交钱吗", "compound fee fact-in-field",
      "20元", "享受最低生活保障的居民首次申领免收工本费"),
    q("idcard_first", "第一次办的身份证能寄到家里吗", "delivery everyday", "邮寄"),
    q("idcard_first", "头一回办身份证要多久才能拿到", "everyday time", "10个工作日"),
    q("idcard_first", "桐川县第一次办身份证咨询电话多少", "phone", "@phone"),
    q("idcard_first", "第一次办身分证要自己带照片吗", "typo materials", "免费拍照"),
    q("idcard_first", "孩子第一次办身份证能按指纹吗？几岁开始按", "fact-in-field",
      "年满6周岁的采集指纹"),
    q("idcard_first", "第一次申领身份证可以在网上申请吗，要跑几趟", "compound online visits", "@url"),

    q("idcard_renew", "身份证快到期了提前多久可以换", "everyday fact-in-field operation",
      "有效期满前3个月内可以申请换领", no=["报案回执"]),
    q("idcard_renew", "身份证过期了换新的要带什么", "materials operation",
      "原居民身份证", no=["报案回执"]),
    q("idcard_renew", "我户口在外省，身份证到期了能在岚溪换吗", "cross-region operation", "跨省通办"),
    q("idcard_renew", "我47岁了换身份证是不是就长期了", "fact-in-field",
      "换领时年满46周岁的，新证有效期为长期"),
    q("idcard_renew", "身份证到期换领可以叫家里人帮我去办吗", "who operation",
      "不能委托他人代为办理"),
    q("idcard_renew", "白沙县换身份证在哪个大厅，电话多少", "compound where phone operation",
      "@hall", "@phone"),
    q("idcard_renew", "换身份证多少钱 多久能好", "compound fee time operation", "20元", "10个工作日"),
    q("idcard_renew", "身份證到期換證要預約嗎", "Traditional appointment operation", "@appt"),
    q("idcard_renew", "身分证到期了咋换", "typo everyday operation", "原居民身份证"),
    q("idcard_renew", "改了名字身份证要重新换吗", "conditions operation",
      "姓名、民族等登记项目变更的，应当申请换领"),
    q("idcard_renew", "我今年七十多了，身份证到期要换，腿脚不方便，能不能叫儿子替我去换", "elderly who",
      "不能委托他人代为办理"),
    q("idcard_renew", "换身份证的时候旧的要交吗？新证没拿到前旧证还能用不", "compound fact-in-field",
      "原证到期前仍可继续使用"),

    q("idcard_lost", "身份证丢了怎么补", "everyday materials operation",
      "居民户口簿", no=["原居民身份证"]),
    q("idcard_lost", "身份证被偷了，补办要带报案的单子吗", "fact-in-field materials", "报案回执"),
    q("idcard_lost", "补办身份证期间要坐高铁咋办", "fact-in-field",
      "补领期间急需用证的，可以同时申请临时居民身份证"),
    q("idcard_lost", "身份证掉了能在手机上先挂失吗", "online steps",
      any=[["身份证挂失", "@url"]]),
    q("idcard_lost", "在青岚区补身份证去哪办，中午休息吗", "compound where hours", "@hall", "13:30"),
    q("idcard_lost", "身份证丢了补一个要几天", "time operation", "10个工作日"),
    q("idcard_lost", "外地人在岚溪丢了身份证能补吗，还是要回老家", "cross-region operation", "跨省通办"),
    q("idcard_lost", "身分証掉了 补办要钱吗", "typo fee", "20元"),
    q("idcard_lost", "身份證丟了補辦要帶什麼", "Traditional materials", "居民户口簿"),
    q("idcard_lost", "我是外地来岚溪打工的，上周在公交车上钱包被偷了，里面有身份证和两张银行卡。"
      "现在新单位要身份证复印件办入职，急得不行。请问在这边能不能补办身份证，要带什么东西，大概多久能拿到？",
      "long compound cross-region materials time", "跨省通办", "居民户口簿", "20个工作日"),
    q("idcard_lost", "身份证丢了能让我老公替我去补吗", "who", "不能委托他人代为办理"),

    q("birth_reg", "小孩出生多久内要上户口", "everyday fact-in-field", "婴儿出生后1个月内"),
    q("birth_reg", "宝宝上户口要带什么", "materials", "出生医学证明", "父母双方居民户口簿"),
    q("birth_reg", "孩子爸在外地上班回不来，我一个人能给娃上户口吗", "who",
      "另一方可以持委托书代为申报", "委托书"),
    q("birth_reg", "溪城区给小孩报户口去哪", "where everyday", "@hall"),
    q("birth_reg", "孩子生了两个多月还没上户口，超过一个月了怎么办", "fact-in-field",
      "须书面说明未及时申报的原因"),
    q("birth_reg", "新生儿上户口可以网上办吗", "online", "@url"),
    q("birth_reg", "新生儿入户当天能办好吗", "time", "当场办结"),
    q("birth_reg", "没领结婚证生的孩子怎么上户口", "fact-in-field materials", "亲子鉴定证明或者书面承诺"),
    q("birth_reg", "娃上户口必须去户口所在的派出所吗，市里别的派出所行不行", "cross-region",
      "全市通办"),

    q("hukou_spouse", "结婚多久才能把老婆户口迁过来", "everyday fact-in-field", "依法登记结婚满1年"),
    q("hukou_spouse", "夫妻投靠落户要带啥", "materials", "结婚证", "被投靠人居民户口簿"),
    q("hukou_spouse", "老公户口在外省，迁过来还要回老家开迁移证吗", "cross-region steps",
      "跨省迁移实行电子迁移"),
    q("hukou_spouse", "夫妻投靠的准迁证有效期多长", "fact-in-field", "有效期为30日"),
    q("hukou_spouse", "投靠配偶落户多久能批下来", "time", "5个工作日"),
    q("hukou_spouse", "我老婆在外地来不了，我一个人能给她办投靠落户吗", "who", "可以委托另一方代为办理"),
    q("hukou_spouse", "南湖区办夫妻投靠户口在哪 电话多少", "compound where phone", "@hall", "@phone"),
    q("hukou_spouse", "夫妻投靠的时候小孩户口能一起迁过来吗", "fact-in-field", "随迁的未成年子女可以一并办理"),
    q("hukou_spouse", "老婆户口迁到我爸妈那个户上可以吗", "conditions", "户主同意落户声明"),

    q("temp_id", "临时身份证多少钱 当天能拿吗", "compound fee time", "10元", "当场签发"),
    q("temp_id", "临时身份证能用多久", "fact-in-field everyday", "有效期为3个月"),
    q("temp_id", "白沙县能办临时身份证吗", "suspended revoked", "暂停受理本事项"),
    q("temp_id", "办临时身份证要带什么", "materials", "居民身份证受理回执"),
    q("temp_id", "临时身份证去哪里办 我在溪城区", "everyday where", "@hall"),
    q("temp_id", "桐川县办临时身份证打哪个电话问", "phone", "@phone"),

    q("hunyu_proof", "流动人口婚育证明去哪开", "revoked where", "不再开具流动人口婚育证明"),
    q("hunyu_proof", "出去打工还要开婚育证明吗，婚育证明管几年", "revoked compound fact-in-field",
      "改为由申请人书面承诺", no=["婚育证明有效期为3年"]),
)


# =========================================================================== 出入境
S(
    q("passport_first", "第一次办护照要带什么", "everyday materials operation",
      "居民身份证", no=["原普通护照", "《护照报失证明》"]),
    q("passport_first", "办护照多少钱", "everyday fee", "120元"),
    q("passport_first", "办个护照多久能拿到", "time", "7个工作日", no=["10个工作日"]),
    q("passport_first", "小孩办护照有效期几年", "fact-in-field", "未满16周岁的为5年"),
    q("passport_first", "新办护照能邮寄到家吗", "delivery", "邮寄"),
    q("passport_first", "办护照能让别人帮我代办吗", "who", "不能委托他人代办"),
    q("passport_first", "办护照要预约不 周日能去办吗", "compound appointment hours",
      "@appt", "周日上午只受理已预约"),
    q("passport_first", "我女儿今年12岁，在溪城读六年级，暑假想带她去日本玩一趟，她从来没办过护照，也还没有身份证，"
      "家里只有户口本。请问小孩第一次办护照要带什么，我当妈的要不要一起去，多久能办好？",
      "long compound materials who time", "监护关系证明", "须由监护人陪同申请", "7个工作日"),
    q("passport_first", "辦護照要多少錢", "Traditional fee", "120元"),
    q("passport_first", "办户照在哪里办", "typo where", "岚溪市出入境接待大厅"),
    q("passport_first", "护照可以在外省办吗 户口不在岚溪", "cross-region", "跨省通办"),
    q("passport_first", "第一次办护照要去几次？网上能申请吗", "compound visits online", "@url"),

    q("passport_renew", "护照还有5个月到期能换吗", "fact-in-field operation", "不足6个月"),
    q("passport_renew", "换发护照要带旧护照吗", "materials operation",
      "原普通护照", no=["《护照报失证明》"]),
    q("passport_renew", "护照签证页用完了怎么办", "everyday conditions", "签证页即将使用完毕的，可以申请换发"),
    q("passport_renew", "换护照要多久 多少钱", "compound time fee operation", "7个工作日", "120元"),
    q("passport_renew", "護照過期了換新的要帶什麼", "Traditional materials operation", "原普通护照"),

    q("passport_lost", "护照丢了怎么补", "everyday materials operation",
      "《护照报失证明》", no=["原普通护照"]),
    q("passport_lost", "在国外旅游护照丢了咋整", "fact-in-field", "向中国驻外使领馆申请旅行证"),
    q("passport_lost", "补办护照要多长时间", "time operation", "10个工作日", no=["7个工作日"]),
    q("passport_lost", "护照被偷了 补办要带什么", "everyday materials operation", "《护照报失证明》"),
    q("passport_lost", "护照掉了补办要交钱吗，多少", "fee operation", "120元"),

    q("hk_macau", "去香港玩要办什么证", "everyday result", "往来港澳通行证"),
    q("hk_macau", "港澳通行证和签注分别多少钱", "compound fee", "60元", "每次签注15元"),
    q("hk_macau", "港澳签注能在机器上自助办吗", "fact-in-field", "自助签注机"),
    q("hk_macau", "港澳通行证有效期几年", "fact-in-field", "通行证有效期"),
    q("hk_macau", "去澳门的通行证在哪里办 几点开门", "compound where hours",
      "岚溪市出入境接待大厅", "08:30"),
    q("hk_macau", "港澳通行證可以寄到家嗎", "Traditional delivery", "邮寄"),
    q("hk_macau", "港澳通行证办下来要几天", "time", "7个工作日"),

    q("hall:hall-exit-entry", "出入境大厅几点关门", "hours everyday", "17:30"),
    q("hall:hall-exit-entry", "出入境接待大厅地址在哪", "where", "文昌路58号"),
)

# =========================================================================== 车管
S(
    q("license_renew", "驾照到期了提前多久可以换", "everyday fact-in-field operation", "有效期满前90日内"),
    q("license_renew", "驾照到期换证要体检吗", "materials operation", "《机动车驾驶人身体条件证明》"),
    q("license_renew", "驾照换证能在手机上办吗", "online operation",
      any=[["交管12123", "@url"]]),
    q("license_renew", "我72岁了驾照还能换吗，是不是每年都要体检", "elderly fact-in-field",
      "年满70周岁的，每年须提交1次身体条件证明"),
    q("license_renew", "驾驶证到期换证多少钱", "fee operation", "10元"),
    q("license_renew", "我在桐川县，驾照到期换证能在县里办吗", "where operation", "桐川县车管分所"),
    q("license_renew", "驾照过期了能让老婆帮我去换吗", "who operation", "不得委托他人代为办理"),
    q("license_renew", "外地的驾照在岚溪能换证吗", "cross-region operation", "跨省通办"),
    q("license_renew", "駕照到期換證要帶什麼", "Traditional materials operation", "居民身份证"),
    q("license_renew", "驾照快到期了，网上换的话新证会寄过来吗，要几天", "compound delivery time",
      "邮寄到家", "3个工作日内寄出"),
    q("license_renew", "驾驶证换证的身体证明多久有效", "fact-in-field", "6个月内有效"),

    q("license_lost", "驾照丢了怎么补", "everyday operation",
      "补领后原驾驶证作废", no=["《机动车驾驶人身体条件证明》"]),
    q("license_lost", "驾照被交警扣了能不能去补一个", "fact-in-field", "不得申请补领"),
    q("license_lost", "补驾照要多久", "time operation", "当日补发"),
    q("license_lost", "驾照掉了能网上补吗，能寄到家吗", "compound online delivery", "@url", "邮寄到家"),
    q("license_lost", "驾照丢了在户口所在地能补吗", "cross-region fact-in-field", "户籍地、居住地车辆管理所"),

    q("car_reg", "新车上牌要带什么", "everyday materials", "购车发票", "机动车整车出厂合格证明"),
    q("car_reg", "上牌照要多少钱", "fee", "小型汽车号牌每副100元"),
    q("car_reg", "买车的4S店能帮我上牌吗", "who", "机动车销售企业（4S店）可以代购车人办理注册登记"),
    q("car_reg", "上牌选号是怎么选的", "fact-in-field", "50个备选号码"),
    q("car_reg", "新车上牌当天能拿到牌照吗", "time", "当日办结"),
    q("car_reg", "新车上牌要预约吗", "everyday appointment", "@appt"),
    q("car_reg", "新车上牌要交购置税的票吗", "materials", "车辆购置税完税证明"),

    q("car_inspect", "车买了11年了，现在一年要验几次", "fact-in-field everyday", "注册登记超过10年的，每年检验1次"),
    q("car_inspect", "有违章没处理能年检吗", "conditions", "须先处理完毕"),
    q("car_inspect", "上线年检收费吗", "fee", "检验费由检验机构按公示标准收取"),
    q("car_inspect", "年審可以在網上辦嗎", "Traditional online", "@url"),
    q("car_inspect", "车开了7年了还能免检吗", "fact-in-field", "注册登记满6年、满10年的各上线检验1次"),

    q("hall:hall-vehicle", "车管所在哪 几点下班", "compound where hours", "南湖区站前大道299号", "17:00"),
    q("hall:hall-vehicle", "车管所周六上班吗", "hours", "周一至周六办公"),
)


# =========================================================================== 民政
S(
    q("marriage", "领结婚证要带什么", "everyday materials", "本人居民身份证", "近期2寸半身免冠双人合影照片",
      no=["《申请补领婚姻登记证声明书》", "离婚协议书"]),
    q("marriage", "男的多大可以领证", "everyday fact-in-field", "男方年满22周岁"),
    q("marriage", "扯证要提前预约吗", "appointment", "@appt"),
    q("marriage", "领结婚证当天能拿到吗", "time", "当场颁证"),
    q("marriage", "我俩户口都不在岚溪，能在这边领证吗", "cross-region fact-in-field", "居住证"),
    q("marriage", "结婚登记能一个人去吗 对象在外地回不来", "who", "男女双方须共同亲自到场办理"),
    q("marriage", "南湖区现在能领结婚证吗", "suspended revoked", "暂停办理结婚登记"),
    q("marriage", "青岚区婚姻登记在哪里 电话多少", "compound where phone", "@hall", "@phone"),
    q("marriage", "領結婚證要帶戶口本嗎", "Traditional materials", "户口簿可以不提供"),
    q("marriage", "领结昏证要照片吗 什么底色", "typo materials", "红色背景"),
    q("marriage", "扯证可以在男方老家领也可以在女方这边领吗", "cross-region",
      any=[["跨省通办", "全国通办"]]),

    q("marriage_copy", "结婚证丢了怎么补", "everyday materials operation",
      "《申请补领婚姻登记证声明书》", no=["《申请结婚登记声明书》", "离婚协议书"]),
    q("marriage_copy", "补结婚证两个人都要去吗", "who operation", "可以由夫妻一方单独申请补领"),
    q("marriage_copy", "结婚证丢了能让我妈帮我去补吗", "who operation", "不能委托他人代为办理"),
    q("marriage_copy", "补个结婚证要多久", "time operation", "当场补发"),
    q("marriage_copy", "在外地领的结婚证丢了，在白沙县能补吗", "cross-region operation",
      "一方户籍所在地婚姻登记机关"),
    q("marriage_copy", "结婚证丢了 补办要带什么", "everyday materials operation", "申请人居民身份证"),
    q("marriage_copy", "补结婚证查不到档案怎么办", "fact-in-field", "婚姻登记记录证明"),

    q("divorce", "离婚冷静期多少天", "everyday fact-in-field", "30日为离婚冷静期"),
    q("divorce", "协议离婚要带什么", "materials", "离婚协议书", "结婚证"),
    q("divorce", "离婚要跑几次", "visits", "共同到场申请发给离婚证"),
    q("divorce", "离婚可以一个人去办吗", "who", "双方须共同到场"),
    q("divorce", "冷静期过了没去领离婚证会怎样", "fact-in-field", "视为撤回离婚登记申请"),
    q("divorce", "我在南湖区 离婚去哪里办", "where", "@hall"),
    q("divorce", "我和老公结婚8年了，这两年一直吵，现在两个人都同意离，孩子跟我，房子和存款也都商量好了，"
      "协议也写好了。想问一下去民政局离婚是不是现在要等一个月才能拿证，要带哪些东西？",
      "long compound fact-in-field materials", "30日为离婚冷静期", "离婚协议书"),
    q("divorce", "離婚協議書要寫什麼內容", "Traditional fact-in-field", "子女抚养、财产及债务处理"),

    q("dibao", "低保一个月多少钱", "everyday fact-in-field", "每人每月850元"),
    q("dibao", "申请低保要什么条件", "conditions", "月人均收入低于本市最低生活保障标准"),
    q("dibao", "外地户口在这边住了两年能申请低保吗", "fact-in-field",
      "持有本区（县）居住证且连续居住满1年"),
    q("dibao", "低保公示几天", "fact-in-field", "公示期为7天"),
    q("dibao", "低保批下来从什么时候开始发钱", "fact-in-field", "自批准次月起按月发放低保金"),
    q("dibao", "我妈年纪大了不会弄，低保能让村委会帮忙申请吗", "elderly who",
      "可以委托村（居）民委员会或者他人代为提出申请"),
    q("dibao", "申请低保要带什么材料", "materials", "家庭经济状况核对授权书"),
    q("dibao", "云桥镇申请低保在哪办", "where", "云桥镇便民服务中心"),
    q("dibao", "低保申请多久能批", "time", "20个工作日"),
    q("dibao", "低保能網上申請嗎", "Traditional online", "@url"),
    q("dibao", "申请低报要什么材料", "typo materials", "《最低生活保障申请书》"),
    q("dibao", "我是白沙县的，今年六十八了，老伴去年走了，儿子在外地打工一个月也就寄几百块钱回来，"
      "我自己有高血压干不了重活。听说可以吃低保，我这种情况能不能申请，要去哪里办，要带些什么？",
      "long elderly compound conditions where materials",
      "月人均收入低于本市最低生活保障标准", "@hall", "家庭经济状况核对授权书"),

    q("gaoling", "高龄津贴多少岁可以领", "everyday fact-in-field", "年满80周岁",
      no=["年满85周岁"]),
    q("gaoling", "90岁的老人高龄补贴一个月多少", "fact-in-field", "每人每月发放300元",
      no=["每人每月50元"]),
    q("gaoling", "高龄津贴打到哪里", "fact-in-field", "打入老人本人的社会保障卡"),
    q("gaoling", "老人走不动，高龄补贴能让子女代办吗", "who elderly",
      "可以由子女或者其他亲属代为申请", "代办人居民身份证"),
    q("gaoling", "我爸下个月满80岁，高龄津贴什么时候开始发", "fact-in-field",
      "自年满80周岁的次月起发放"),
    q("gaoling", "高龄津贴在哪里申请 我家在青岚区", "where", "@hall"),
    q("gaoling", "高龄津贴一个月多少钱", "everyday fact-in-field", "每人每月发放100元",
      no=["每人每月50元"]),
    q("gaoling", "百岁老人补贴一个月多少", "fact-in-field", "每人每月发放800元"),
    q("gaoling", "长寿金要多久批下来", "time", "15个工作日"),
    q("gaoling", "高令津贴要带啥", "typo materials", "社会保障卡"),
)

# =========================================================================== 卫健
S(
    q("shengyu_reg", "准生证怎么办", "everyday online", "@url"),
    q("shengyu_reg", "生三胎还要办生育登记吗", "conditions", "不限孩次"),
    q("shengyu_reg", "孩子都生了还没办生育登记，还能补吗", "fact-in-field", "出生后也可以补办"),
    q("shengyu_reg", "生育登记我老公一个人能办吗", "who", "夫妻一方可以代另一方办理"),
    q("shengyu_reg", "生育登记要带什么", "materials", "夫妻双方居民身份证"),
    q("shengyu_reg", "户口在老家，在岚溪租房住，能在这边办生育登记吗", "cross-region fact-in-field",
      "现居住地"),

    q("only_child_cert", "独生子女证怎么办", "revoked", "本事项已于2025年12月31日取消",
      no=["独生子女父母奖励费每月10元"]),
    q("only_child_cert", "独生子女父母奖励费每个月多少钱", "revoked fact-in-field",
      "不再受理新的申请", no=["每月10元"]),
    q("only_child_cert", "獨生子女證還能辦嗎", "Traditional revoked", "2025年12月31日取消"),
    q("only_child_cert", "办独生子女光荣证要去哪里", "revoked where", "取消",
      no=["卫健综合窗口"]),

    q("birth_cert_reissue", "出生证明丢了怎么补", "everyday materials operation", "遗失声明"),
    q("birth_cert_reissue", "出生医学证明能补几次", "fact-in-field", "出生医学证明只补发一次"),
    q("birth_cert_reissue", "补办出生证要多久", "time operation", "15个工作日"),
    q("birth_cert_reissue", "出生证明丢了可以叫亲戚帮忙补吗", "who operation",
      "委托他人代办的，须提交委托书和受托人身份证"),
    q("birth_cert_reissue", "补出生证明在哪办", "where operation", "岚溪市民之家（市政务服务中心）"),

    q("doctor_reg", "医师执业注册要去现场吗", "online visits",
      any=[["无需到现场", "@url"]]),
    q("doctor_reg", "医生执业注册多久能批", "time", "10个工作日"),
    q("doctor_reg", "医师注册要体检证明吗", "materials", "近6个月内的健康体检证明"),
)

# =========================================================================== 残联
S(
    q("disability_new", "办残疾证要带什么", "everyday materials operation",
      "近期2寸免冠彩色照片", "《残疾人证申请表》", no=["《残疾人证补领申请表》"]),
    q("disability_new", "残疾评定去哪里做", "fact-in-field", "区（县）残联指定的医疗机构"),
    q("disability_new", "老人瘫在床上去不了医院，残疾证怎么评", "elderly fact-in-field", "上门评定"),
    q("disability_new", "孩子智力残疾，家长能代办残疾证吗", "who", "由监护人代为申请"),
    q("disability_new", "办残疾证要多久", "time", "20个工作日"),
    q("disability_new", "残疾证办好能寄到家吗", "delivery", "邮寄"),
    q("disability_new", "白沙县残联办残疾证电话多少", "phone", "@phone"),
    q("disability_new", "辦殘疾證要跑幾次", "Traditional visits", "到指定医疗机构进行残疾评定"),

    q("disability_lost", "残疾证丢了要重新评残吗", "everyday fact-in-field operation",
      "补领无需重新评定残疾等级"),
    q("disability_lost", "补办残疾证能网上办吗", "online operation", "@url"),
    q("disability_lost", "残疾证掉了能让家里人去补吗", "who operation", "可以由亲属代为申请"),
    q("disability_lost", "残疾证补办多久能拿到", "time operation", "10个工作日"),
    q("disability_lost", "残疾证丢了补办要带什么", "materials operation", "《残疾人证补领申请表》",
      no=["《残疾人证申请表》"]),

    q("disability_subsidy", "重度残疾护理补贴一个月多少", "everyday fact-in-field", "每人每月发放150元"),
    q("disability_subsidy", "困难残疾人生活补贴发多少钱", "fact-in-field", "每人每月发放120元"),
    q("disability_subsidy", "残疾人两项补贴公示几天", "fact-in-field", "公示5个工作日"),
    q("disability_subsidy", "残疾人两项补贴要什么条件", "conditions", "持有第三代残疾人证"),
    q("disability_subsidy", "我儿子是二级残疾，我当妈的能替他申请护理补贴吗", "who",
      "委托法定监护人或者近亲属代为申请"),
    q("disability_subsidy", "残疾人补贴批了从什么时候开始发", "fact-in-field", "自受理申请的次月起按月发放"),
    q("disability_subsidy", "残疾人护理补贴能网上申请吗", "everyday online", "@url"),
)


# =========================================================================== 医保
S(
    q("resident_medical", "居民医保一年交多少钱", "everyday fact-in-field", "每人每年400元"),
    q("resident_medical", "新生儿医保多久内要办", "fact-in-field", "自出生之日起3个月内参保缴费"),
    q("resident_medical", "居民医保什么时候交费", "fact-in-field", "每年9月1日至12月31日"),
    q("resident_medical", "新农合交了什么时候能用", "fact-in-field", "次年1月1日起享受待遇"),
    q("resident_medical", "给家里老人交医保，我能帮他代办吗", "who", "可以由家庭成员代为办理参保登记和缴费"),
    q("resident_medical", "外地户口能在这边交居民医保吗", "conditions", "持有本市居住证"),
    q("resident_medical", "居民医保可以手机上办吗", "online", "@url"),
    q("resident_medical", "交居民医保要带什么", "materials", "居民身份证或者户口簿"),
    q("resident_medical", "在岚溪读大学的学生医保在哪交", "fact-in-field", "在学校统一参保"),
    q("resident_medical", "新農合一年交多少", "Traditional fact-in-field", "每人每年400元"),
    q("resident_medical", "我今年65了，没有单位，想在南湖区交个居民医保，去哪交，一年多少钱",
      "elderly compound where fact-in-field", "@hall", "每人每年400元"),

    q("medical_transfer", "去外地看病怎么备案", "everyday steps", "国家医保服务平台App"),
    q("medical_transfer", "异地就医备案要带什么", "materials", "《异地就医备案个人承诺书》"),
    q("medical_transfer", "临时去外地看病，备案能管多久", "fact-in-field", "临时外出就医人员备案有效期为6个月"),
    q("medical_transfer", "没备案在外地住院了回来报销会少吗", "fact-in-field",
      "个人先行自付比例提高10个百分点"),
    q("medical_transfer", "我爸在上海养老，我能帮他办异地就医备案吗", "who", "可以由亲属代为办理"),
    q("medical_transfer", "异地就医备案要多久", "time", "即时备案"),
    q("medical_transfer", "去外省大医院看病要转诊证明吗", "materials", "转诊证明"),
    q("medical_transfer", "跨省就醫備案怎麼辦", "Traditional online", "@url"),
    q("medical_transfer", "异地就医备案有没有电话可以问", "phone", "@phone"),
    q("medical_transfer", "异地医疗备按可以网上办吗", "typo online", "@url"),

    q("chronic", "办慢病卡要什么材料", "everyday materials", "近6个月内的病历和检查报告"),
    q("chronic", "门诊慢特病多久评一次", "fact-in-field", "每月集中组织专家评审一次"),
    q("chronic", "慢特病门诊一年最多报多少钱", "fact-in-field", "年度最高支付限额为每人3000元"),
    q("chronic", "糖尿病能办慢特病吗，去哪里申请", "compound conditions where",
      "高血压、糖尿病", "定点医疗机构"),
    q("chronic", "慢病认定多久出结果", "time", "15个工作日"),

    q("maternity_allowance", "生育津贴怎么算", "everyday fact-in-field", "÷30×规定的产假天数"),
    q("maternity_allowance", "生育津贴要交满多久医保才能领", "fact-in-field", "连续缴费满10个月"),
    q("maternity_allowance", "生完孩子多久内要申请生育津贴", "fact-in-field", "生育或者终止妊娠之日起1年内"),
    q("maternity_allowance", "生育津贴是发给单位还是直接发给我", "fact-in-field", "拨付至用人单位账户"),
    q("maternity_allowance", "生育津贴要我自己去医保局办吗", "who visits", "职工个人无需到场"),
    q("maternity_allowance", "产假工资怎么申请", "everyday steps", "用人单位网上申报"),
)

# =========================================================================== 社保
S(
    q("resident_pension", "农村养老保险一年交多少", "everyday fact-in-field", "每年200元至5000元共12个档次"),
    q("resident_pension", "交农保政府补贴多少", "fact-in-field", "每人每年40元至150元的缴费补贴"),
    q("resident_pension", "多大年纪可以参加城乡居民养老保险", "fact-in-field", "年满16周岁"),
    q("resident_pension", "在校大学生能交居民养老保险吗", "conditions", "不含在校学生"),
    q("resident_pension", "新农保能手机上办吗", "online", "@url"),
    q("resident_pension", "居民养老保险参保可以让家里人代办吗", "who", "可以由家庭成员代为办理参保登记"),

    q("resident_pension_claim", "农保交了15年，到60岁了怎么领养老金", "everyday conditions",
      "年满60周岁、累计缴费满15年"),
    q("resident_pension_claim", "城乡居民基础养老金每个月最少多少", "fact-in-field", "每人每月230元"),
    q("resident_pension_claim", "城乡居民养老保险个人账户养老金每月怎么算", "fact-in-field",
      "个人账户全部储存额除以139"),
    q("resident_pension_claim", "我下个月满60，什么时候能申请领居民养老金", "fact-in-field",
      "年满60周岁的当月可以提出申请"),
    q("resident_pension_claim", "我爸腿脚不好，农村养老金能我去帮他申请吗", "elderly who",
      "可以由亲属代为申请"),
    q("resident_pension_claim", "居民养老金领取在桐川县哪里办", "where", "@hall"),
    q("resident_pension_claim", "農保養老金申請多久能批下來", "Traditional time", "10个工作日"),

    q("unemployment", "失业金一个月能领多少", "everyday fact-in-field", "最低工资标准的90%"),
    q("unemployment", "失业金能领几个月", "fact-in-field", "领取期限最长为12个月"),
    q("unemployment", "自己辞职了能领失业金吗", "conditions", "非因本人意愿中断就业"),
    q("unemployment", "被公司辞退多久内要去申请失业金", "fact-in-field", "60日内申领"),
    q("unemployment", "领失业金期间医保谁交", "fact-in-field", "失业保险基金代", loose=True),
    q("unemployment", "失业金网上能申请吗", "online", "@url"),
    q("unemployment", "领失业金要交满几年失业保险", "fact-in-field", "累计缴纳失业保险费满1年"),
    q("unemployment", "失業金要帶什麼材料", "Traditional materials", "居民身份证或者社会保障卡"),
    q("unemployment", "我在岚溪一家工厂干了3年，社保一直是厂里交的，上个月厂子效益不好把我们一批人裁了，"
      "签了解除合同。现在还没找到新工作，听说可以领失业金，想问问能领多少钱、能领多久？",
      "long compound fact-in-field", "最低工资标准的90%", "领取期限最长为12个月"),
    q("unemployment", "失业金多久能批下来", "time", "5个工作日"),

    q("sscard_first", "办社保卡要带什么", "everyday materials operation", "居民身份证或者户口簿",
      no=["社会保障卡补卡工本费"]),
    q("sscard_first", "刚出生的小孩能办社保卡吗", "conditions", "新生儿可以凭出生医学证明或者户口簿申领"),
    q("sscard_first", "新办社保卡多久能拿到", "time operation", "15个工作日"),
    q("sscard_first", "第一次办社保卡要钱吗", "fee operation", no=["社会保障卡补卡工本费"]),
    q("sscard_first", "新办的社保卡能寄到家吗", "delivery", "免费邮寄到家"),
    q("sscard_first", "孩子的社保卡大人能代办吗", "who", "未满16周岁的，由监护人代为申请"),
    q("sscard_first", "办社保卡去哪里办", "everyday where", "合作银行网点"),
    q("sscard_first", "办社保卡当天能拿到吗", "time", "银行网点即时制卡的当场领卡"),

    q("sscard_lost", "社保卡丢了怎么办", "everyday operation", "应当先办理挂失"),
    q("sscard_lost", "补社保卡多少钱", "fee operation", "20元"),
    q("sscard_lost", "社保卡电话挂失能管几天", "fact-in-field", "临时挂失的有效期为5天"),
    q("sscard_lost", "社保卡丢了能让同事帮我补吗", "who operation", "可以委托他人代为补领"),
    q("sscard_lost", "社保卡芯片坏了换卡要钱吗", "fee fact-in-field", "卡片因质量问题损坏的免费换领"),
    q("sscard_lost", "补办社保卡要多久", "time operation", "15个工作日"),
    q("sscard_lost", "社保卡掉了 挂失打什么电话", "phone fact-in-field", "12333"),
    q("sscard_lost", "社保咔丢了咋补", "typo everyday operation", "应当先办理挂失"),

    q("retire", "办退休要什么材料", "everyday materials", "职工人事档案"),
    q("retire", "养老保险交满多少年才能领退休金", "fact-in-field", "累计缴费满15年"),
    q("retire", "听说最低缴费年限要涨到20年，是真的吗", "fact-in-field", "逐步提高到20年"),
    q("retire", "退休金从哪个月开始发", "fact-in-field", "自办理退休手续的次月起按月发放"),
    q("retire", "我是灵活就业的，退休手续自己怎么办", "who", "灵活就业人员由本人申报"),
    q("retire", "退休手续多久能办完", "time", "15个工作日"),
    q("retire", "办退休能预约吗", "appointment", "@appt"),
    q("retire", "单位要提前多久给职工报退休", "fact-in-field", "达到退休年龄前1个月内申报"),

    q("pension_transfer", "外地交的社保能转到岚溪吗，要回原来的地方办吗", "everyday cross-region",
      "无需回转出地办理"),
    q("pension_transfer", "社保转移统筹部分转多少", "fact-in-field", "统筹基金按本人缴费工资的12%转移"),
    q("pension_transfer", "养老保险转移要多久", "time", "45个工作日"),
    q("pension_transfer", "养老保险转移可以网上办吗", "online",
      any=[["国家社会保险公共服务平台", "@url"]]),
    q("pension_transfer", "社保轉過來要什麼資料", "Traditional materials", "《基本养老保险关系转移接续申请表》"),
)


# =========================================================================== 公积金
S(
    q("hf_buy", "买房能提公积金吗 要什么条件", "everyday conditions", "购买自住住房的缴存职工"),
    q("hf_buy", "买房提公积金要带什么", "materials", "购房合同或者不动产权证书"),
    q("hf_buy", "买房后多久内要把公积金提出来", "fact-in-field", "2年内申请"),
    q("hf_buy", "老婆的公积金能一起提出来买房吗", "who", "配偶可以一并提取"),
    q("hf_buy", "买房提公积金能让中介帮我办吗", "who", "经公证的委托书"),
    q("hf_buy", "购房提取多久到账", "time", "3个工作日内转入"),
    q("hf_buy", "買房提取公積金能在網上辦嗎", "Traditional online", "@url"),
    q("hf_buy", "买房提公积金最多能提多少", "fact-in-field", "不超过购房总价款扣除贷款后的个人实际支付部分"),

    q("hall:hall-hf", "公积金中心在哪", "where everyday", "建设路120号"),
    q("hall:hall-hf", "公积金中心中午休息吗 下午几点开门", "hours", "13:30"),

    q("hf_rent", "租房提公积金每个月能提多少", "everyday fact-in-field", "每人每月最高可以提取1200元",
      no=["800元"]),
    q("hf_rent", "租房提取公积金要租房发票吗", "materials", "无需提供租赁合同", no=["租金发票"]),
    q("hf_rent", "租房提公积金多久能提一次", "fact-in-field", "每个季度可以提取一次", no=["每年办理一次"]),
    q("hf_rent", "租房提取要缴存满多久", "fact-in-field", "连续足额缴存住房公积金满3个月"),
    q("hf_rent", "租公租房的可以按实际房租提吗", "fact-in-field", "按实际支付的房租提取"),
    q("hf_rent", "租房提公积金多久到账", "everyday time", "实时到账"),

    q("hf_loan", "公积金贷款最多能贷多少", "everyday fact-in-field", "双方缴存的最高贷款额度为80万元"),
    q("hf_loan", "公积金贷款要交满几个月", "fact-in-field", "连续足额缴存住房公积金满6个月"),
    q("hf_loan", "公积金贷款最长贷多少年", "fact-in-field", "贷款期限最长30年"),
    q("hf_loan", "公积金贷款首付最低几成", "fact-in-field", "首付款比例不低于20%"),
    q("hf_loan", "公积金贷款要跑几次", "visits", "借款人夫妻双方到现场签订借款合同"),
    q("hf_loan", "公积金贷款审批要多久", "time", "10个工作日"),
    q("hf_loan", "公积金贷款能预约吗 电话多少", "compound appointment phone", "@appt", "@phone"),
    q("hf_loan", "我和老婆都在岚溪上班，公积金都交了两年多了，一直没断过，最近看中一套新房总价120万左右，"
      "首付准备了三成，想用公积金贷款。想问下我们两个人都交的最多能贷多少，最长能贷几年？",
      "long compound fact-in-field", "双方缴存的最高贷款额度为80万元", "贷款期限最长30年"),

    q("hf_retire", "退休了公积金怎么取", "everyday conditions", "可以提取本人住房公积金账户全部余额并销户"),
    q("hf_retire", "退休提公积金要带退休证吗", "materials", "无需提交退休证明"),
    q("hf_retire", "我爸住院了，他的退休公积金我能帮他取吗", "who elderly", "可以委托直系亲属代办"),
    q("hf_retire", "退休提取公积金多久到账", "time", "1个工作日内"),
)

# =========================================================================== 不动产、契税
S(
    q("re_transfer", "二手房过户要带什么", "everyday materials", "不动产权证书", "买卖双方居民身份证"),
    q("re_transfer", "二手房过户登记费多少钱", "fee", "住宅类每件80元"),
    q("re_transfer", "二手房过户多久能拿到证", "time", "3个工作日"),
    q("re_transfer", "卖家在外地来不了能过户吗", "who", "委托书须经公证"),
    q("re_transfer", "房子还有贷款没还完能过户吗", "conditions", "须先办理抵押注销登记或者经抵押权人书面同意"),
    q("re_transfer", "二手房过户后证书能邮寄吗", "delivery", "邮寄送达"),
    q("re_transfer", "房子过户要预约吗", "appointment", "@appt"),
    q("re_transfer", "二手房過戶要多久", "Traditional time", "3个工作日"),
    q("re_transfer", "二手房过护要啥材料", "typo materials", "不动产权证书"),

    q("hall:hall-realestate", "不动产登记中心在哪 几点上班", "compound where hours", "会展路66号", "08:30"),
    q("hall:hall-realestate", "不动产登记中心周六上班吗", "hours", "周六上午只受理抵押登记和登记资料查询"),

    q("re_newhouse", "新房办房产证要带什么", "everyday materials", "专项维修资金缴款凭证"),
    q("re_newhouse", "一手房交房后开发商能帮我们统一办证吗", "who",
      "交房之日起90日内，可以由开发企业集中代为申请"),
    q("re_newhouse", "新房办证要多久", "time", "5个工作日"),
    q("re_newhouse", "新房房产证能寄到家吗", "delivery", "邮寄到家"),

    q("re_mortgage", "房子抵押登记要自己去窗口吗", "visits", "群众无需到登记窗口"),
    q("re_mortgage", "抵押登记要多久", "time", "1个工作日内办结"),
    q("re_mortgage", "抵押登记费谁交", "fee", "由抵押权人缴纳"),

    q("re_query", "怎么查自己名下有几套房", "everyday online", "《不动产登记信息查询结果证明》"),
    q("re_query", "开无房证明要多久", "time", "当场出具查询结果"),
    q("re_query", "帮父母查房产要带什么", "who materials", "委托书", "受托人居民身份证"),
    q("re_query", "桐川县在哪里查房产", "where revoked", "岚溪市不动产登记中心",
      no=["0589-51004444", "2个工作日内出具"]),
    q("re_query", "我在桐川县，查房产信息打哪个电话", "phone revoked", "@phone", no=["0589-51004444"]),
    q("re_query", "查房產證明能在手機上開嗎", "Traditional online", "@url"),

    q("deed_tax", "买首套房契税多少", "everyday fact-in-field", "按1%的税率缴纳"),
    q("deed_tax", "买第二套房150平契税几个点", "fact-in-field", "按2%的税率缴纳"),
    q("deed_tax", "首套房140平以上契税交多少", "fact-in-field", "按1.5%的税率缴纳"),
    q("deed_tax", "契税什么时候交", "fact-in-field", "在办理不动产权属登记之前申报缴纳契税"),
    q("deed_tax", "契税在哪交", "where", "岚溪市不动产登记中心"),
    q("deed_tax", "契税可以网上交吗", "everyday online", "@url"),
    q("deed_tax", "交契税要带什么材料", "materials", "纳税人居民身份证"),
)

# =========================================================================== 税务、市场监管
S(
    q("tax_invoice", "个人怎么代开发票", "everyday online", "电子税务局"),
    q("tax_invoice", "个人代开发票要交税吗", "fact-in-field", "月销售额不超过10万元的，免征增值税"),
    q("tax_invoice", "代开发票能让别人帮我开吗", "who", "委托人身份证件复印件"),
    q("tax_invoice", "代开发票要带什么", "materials", "合同或者协议"),
    q("tax_invoice", "青岚区税务局代开发票在哪", "where", "@hall"),
    q("tax_invoice", "代开发票多久能开好", "time", "即时办结"),

    q("indiv_new", "办个体户营业执照要带什么", "everyday materials operation",
      "经营者居民身份证", "经营场所使用证明", no=["清税证明", "《个体工商户变更登记申请书》"]),
    q("indiv_new", "开个体户能网上办吗", "online", "@url"),
    q("indiv_new", "个体户执照多久能下来", "time", "1个工作日内办结"),
    q("indiv_new", "自己住的房子能注册个体户吗", "fact-in-field", "有利害关系的业主同意的证明"),
    q("indiv_new", "营业执照办好了可以寄给我吗", "delivery", "邮寄营业执照"),
    q("indiv_new", "办个体户有咨询电话吗", "phone", "@phone"),
    q("indiv_new", "办了营业执照卖熟食还要办别的证吗", "conditions", "领取营业执照后还须办理相应许可"),
    q("indiv_new", "辦個體戶營業執照要多久", "Traditional time", "1个工作日"),
    q("indiv_new", "我在白沙县想开个小卖部，办营业执照去哪里，能不能叫我弟弟帮我去办", "compound where who",
      "@hall", "委托书"),
    q("indiv_new", "开个体户要准备啥资料", "everyday materials", "《个体工商户登记（备案）申请书》"),

    q("indiv_change", "个体户怎么改经营范围", "everyday operation materials",
      "《个体工商户变更登记申请书》", no=["清税证明", "《个体工商户登记（备案）申请书》"]),
    q("indiv_change", "个体户换经营者要先注销再重新办吗", "fact-in-field operation", "无需先注销再新设"),
    q("indiv_change", "营业执照地址变了多久内要去变更", "fact-in-field operation", "自变化之日起30日内申请变更登记"),
    q("indiv_change", "个体户搬到别的区了执照怎么办", "fact-in-field operation", "向迁入地登记机关申请变更登记"),
    q("indiv_change", "个体户变更要交营业执照原件吗", "materials operation", "营业执照正本和副本"),

    q("indiv_cancel", "个体户不干了怎么注销", "everyday operation", "简易注销"),
    q("indiv_cancel", "个体户简易注销公示多少天", "fact-in-field operation", "公示期为20日"),
    q("indiv_cancel", "个体户还欠着税能注销吗", "conditions operation", "须先到税务部门办理清税"),
    q("indiv_cancel", "注销个体户要多久", "time operation", "公示期不计入"),
    q("indiv_cancel", "個體戶註銷能網上辦嗎", "Traditional online operation", "@url"),

    q("food_new", "开饭店要办什么许可证", "everyday result", "食品经营许可证"),
    q("food_new", "办食品经营许可证要带什么", "materials operation", "食品安全管理制度文本",
      no=["经营条件未变化的书面承诺"]),
    q("food_new", "只卖包装好的零食要办食品经营许可证吗", "conditions", "仅销售预包装食品的，不需要取得许可"),
    q("food_new", "食品经营许可证有效期几年", "fact-in-field", "食品经营许可证有效期为5年"),
    q("food_new", "办餐饮许可证会来店里检查吗", "fact-in-field", "到经营场所核查"),
    q("food_new", "食品经营许可多久能批下来", "time", "5个工作日"),
    q("food_new", "小吃店办证可以叫别人代办吗", "who", "可以委托代理人办理"),

    q("food_change", "食品经营许可证要加个经营项目怎么办", "operation fact-in-field",
      "应当在变化后10个工作日内申请变更"),
    q("food_change", "饭店搬地方了，食品经营许可证能变更地址吗", "operation fact-in-field",
      "经营场所地址迁移的，不属于变更，应当重新申请食品经营许可"),
    q("food_change", "食品经营许可变更要多久", "time operation", "3个工作日"),

    q("food_renew", "食品经营许可证快到期了，提前多久去延续", "operation fact-in-field",
      "有效期届满前90个工作日至15个工作日期间提出申请"),
    q("food_renew", "食品许可证过期了才去续怎么办", "operation fact-in-field", "逾期提出的，按新办申请办理"),
    q("food_renew", "食品经营许可延续要带什么", "materials operation", "经营条件未变化的书面承诺"),

    q("food_cancel", "饭店不开了，食品经营许可证多久内要注销", "operation fact-in-field",
      "应当在30个工作日内申请注销"),
    q("food_cancel", "注销食品经营许可证要带什么", "materials operation", "《食品经营许可注销申请书》"),
    q("food_cancel", "食品许可证注销当天能办好吗", "everyday time operation", "当场办结"),
)


# =========================================================================== 教育、住建、农业、人才、交通、文旅
S(
    q("school_enroll", "孩子几岁能上小学", "everyday fact-in-field", "当年8月31日前（含）年满6周岁"),
    q("school_enroll", "小学一年级什么时候报名", "fact-in-field", "每年6月10日至6月20日"),
    q("school_enroll", "外地户口孩子在岚溪上小学要什么条件", "conditions", "连续缴纳社会保险满6个月"),
    q("school_enroll", "小学报名要带什么", "materials", "儿童居民户口簿"),
    q("school_enroll", "小学录取结果什么时候出来", "fact-in-field", "7月15日前公布录取结果"),
    q("school_enroll", "爸妈在外地，爷爷奶奶能给孩子报名上小学吗", "who elderly",
      "可以由祖父母等其他监护人代为报名"),
    q("school_enroll", "小学报名能在网上报吗", "online", "@url"),
    q("school_enroll", "孩子9月2号才满6岁，今年能上一年级吗", "fact-in-field", "8月31日前（含）年满6周岁"),
    q("school_enroll", "小學報名要帶什麼", "Traditional materials", "儿童居民户口簿"),
    q("school_enroll", "我孙子明年九月就要上小学了，他爸妈都在外地打工，一年回来一次，孩子一直跟着我们老两口过，"
      "户口在南湖区，房子也是我们自己的。现在要我这个当爷爷的去给他报名，我能不能替他报，什么时候开始报名？", "long elderly compound who fact-in-field",
      "可以由祖父母等其他监护人代为报名", "每年6月10日至6月20日"),

    q("teacher_cert", "教资认定普通话要几级", "everyday fact-in-field", "二级乙等及以上"),
    q("teacher_cert", "语文老师认定教资普通话要求高一点吗", "fact-in-field", "申请语文学科的，达到二级甲等及以上"),
    q("teacher_cert", "教资认定的体检多久有效", "fact-in-field", "结论6个月内有效"),
    q("teacher_cert", "教师资格证认定一年有几次", "fact-in-field", "每年春季和秋季各开放一次网上申报"),
    q("teacher_cert", "教资证书能寄到家吗", "delivery", "邮寄到家"),
    q("teacher_cert", "在岚溪读书的外地学生能在这边认定教资吗", "conditions", "在本区（县）就读的全日制在校生"),

    q("public_rental", "公租房申请要什么条件", "everyday conditions", "家庭人均住房建筑面积低于15平方米"),
    q("public_rental", "外地人能申请公租房吗", "conditions", "连续缴纳社会保险满1年的非本市户籍人员"),
    q("public_rental", "公租房公示几天", "fact-in-field", "公示10天"),
    q("public_rental", "公租房租金多少", "fact-in-field", "同地段市场租金的70%"),
    q("public_rental", "公租房多大岁数能申请", "fact-in-field", "申请人年满18周岁"),
    q("public_rental", "公租房审核要多久", "time", "25个工作日"),
    q("public_rental", "青岚区申请公租房去哪", "where", "@hall"),
    q("public_rental", "申请公租房家里收入要低于多少", "fact-in-field", "上年度城镇居民人均可支配收入的60%"),

    q("rural_house", "农村盖房子宅基地最多多大", "everyday fact-in-field", "每户不超过125平方米"),
    q("rural_house", "农村建房审批公示几天", "fact-in-field", "公示期不少于5个工作日"),
    q("rural_house", "农村自建房审批要多久", "time", "20个工作日"),
    q("rural_house", "盖了新房老房子要拆吗", "fact-in-field", "新房竣工后3个月内拆除"),
    q("rural_house", "农村建房审批要跑几趟", "visits", "到现场丈量批放宅基地"),
    q("rural_house", "农村盖房子审批要带什么材料", "materials", "村民小组会议记录"),
    q("rural_house", "云桥镇农村建房在哪里审批", "where", "云桥镇便民服务中心"),

    q("farm_machine", "买农机补贴多少", "everyday fact-in-field", "不超过同类机具市场销售均价的30%"),
    q("farm_machine", "农机补贴最晚什么时候申请", "fact-in-field", "当年12月15日前"),
    q("farm_machine", "农机补贴公示几天", "fact-in-field", "公示7天"),
    q("farm_machine", "农机补贴钱打到哪", "fact-in-field", "社会保障卡或者银行账户"),
    q("farm_machine", "拖拉機補貼怎麼申請", "Traditional steps", "江澜农机补贴"),

    q("grad_subsidy", "本科毕业来岚溪工作有多少补贴", "everyday fact-in-field", "一次性发放生活补贴1万元"),
    q("grad_subsidy", "硕士人才补贴多少", "fact-in-field", "3万元"),
    q("grad_subsidy", "毕业几年内能申请大学生补贴", "fact-in-field", "毕业5年内"),
    q("grad_subsidy", "大学生补贴社保要交满多久", "fact-in-field", "满6个月"),
    q("grad_subsidy", "大学生补贴公示几天", "fact-in-field", "公示5个工作日"),
    q("grad_subsidy", "人才补贴能领几次", "fact-in-field", "每人只能享受一次"),
    q("grad_subsidy", "我是去年从外省一所大学硕士毕业的，今年3月到岚溪一家科技公司上班，签了3年合同，"
      "社保从3月开始交。听说岚溪对来这边工作的毕业生有生活补贴，请问我能拿多少，社保要交满多久才可以申请？",
      "long compound fact-in-field", "3万元", "满6个月"),
    q("grad_subsidy", "博士生活补贴多少钱", "everyday fact-in-field", "5万元"),

    q("ride_hail_driver", "跑网约车要办什么证", "everyday result", "网络预约出租汽车驾驶员证"),
    q("ride_hail_driver", "网约车驾驶员证年龄有要求吗", "fact-in-field", "年龄不超过60周岁"),
    q("ride_hail_driver", "驾龄几年能办网约车证", "fact-in-field", "3年以上驾驶经历"),
    q("ride_hail_driver", "以前酒驾过能办网约车证吗", "conditions", "无饮酒后驾驶记录"),
    q("ride_hail_driver", "网约车证要考试吗", "conditions", "网约车驾驶员从业资格考试"),
    q("ride_hail_driver", "网约车证多久能下来", "time", "10个工作日"),

    q("performance", "营业性演出要提前多久申请", "everyday fact-in-field", "演出日期3日前"),
    q("performance", "演出审批要多久", "time", "2个工作日"),
    q("performance", "办演唱会审批要什么材料", "materials", "演出节目内容材料"),

    q("construction_permit", "多大的工程要办施工许可证", "fact-in-field",
      "100万元以上或者建筑面积在500平方米以上"),
    q("construction_permit", "施工许可证领了多久要开工", "fact-in-field", "3个月内应当开工"),
    q("construction_permit", "施工许可证延期能延几次", "fact-in-field", "延期以两次为限"),
    q("construction_permit", "施工许可多久能办好", "time", "3个工作日"),
)

# =========================================================================== 热线知识库
S(
    q("faq:faq-idcard-validity", "身份证26岁办的管几年", "faq fact-in-field", "26周岁至45周岁的为20年"),
    q("faq:faq-idcard-validity", "小孩身份证有效期是几年", "faq fact-in-field", "未满16周岁的为5年"),
    q("faq:faq-sscard-activate", "社保卡银行那个功能怎么激活", "faq everyday", "设置密码激活"),
    q("faq:faq-hf-balance", "公积金余额在哪查", "faq everyday", "12329"),
    q("faq:faq-medical-ratio", "居民医保在三级医院住院能报多少", "faq fact-in-field",
      "报销比例为60%", "起付标准800元"),
    q("faq:faq-medical-ratio", "居民医保一年最多能报多少钱", "faq fact-in-field", "最高支付30万元"),
    q("faq:faq-medical-ratio", "在乡镇卫生院住院报销比例多少", "faq fact-in-field", "报销比例为85%"),
    q("faq:faq-car-inspect-12123", "免检的车年检标志还要去车管所领吗", "faq", "交管12123"),
    q("faq:faq-dibao-income", "高龄津贴算不算低保家庭收入", "faq fact-in-field", "不计入家庭收入"),
    q("faq:faq-dibao-income", "申请低保家庭收入是按多长时间算的", "faq fact-in-field", "申请前12个月内的全部可支配收入"),
    q("faq:faq-school-district", "学区划分什么时候公布", "faq fact-in-field", "每年5月31日前"),
    q("faq:faq-school-district", "同一套房子几年内只能一家孩子用来上学", "faq fact-in-field", "6年内只安排一个家庭"),
    q("faq:faq-passport-photo", "照相馆拍的出入境照片回执多久有效", "faq fact-in-field", "回执6个月内有效"),
    q("faq:faq-unemp-insurance", "失业金领完了医保怎么办", "faq", "按灵活就业人员身份继续参加职工医保"),
    q("faq:faq-individual-tax", "个体户没收入也要报税吗", "faq everyday", "零申报"),
    q("faq:faq-pension-calc", "企业退休的养老金是怎么算出来的", "faq", "基础养老金和个人账户养老金"),
    q("faq:faq-pension-calc", "缴费一年基础养老金多发多少", "faq fact-in-field", "缴费每满1年发给1%"),
    q("faq:faq-hall-parking", "去市民之家办事停车要钱吗", "faq everyday", "前2小时免费"),
    q("faq:faq-disability-bus", "残疾人坐公交车免费吗", "faq everyday", "免费乘坐市内公交车"),
    q("faq:faq-disability-bus", "一级残疾人的陪护坐公交要买票吗", "faq fact-in-field", "一名陪护人员同样免费"),
    q("faq:faq-12345", "12345晚上打有人接吗", "faq hours", "24小时"),
    q("faq:faq-12345", "打了12345多久会回电话", "faq fact-in-field", "3个工作日内回电"),
    q("faq:faq-child-hukou", "孩子户口能随妈妈吗", "faq everyday", "随父亲或者随母亲落户"),
    q("faq:faq-marriage-photo", "领证的照片自己带的有什么要求", "faq fact-in-field", "近6个月内拍摄"),
    q("faq:faq-sscard-activate", "社保卡激活要收钱吗", "faq fee", "激活不收取费用"),
)

# =========================================================================== 一件事
S(
    q("bundle:bundle-birth", "宝宝出生了要办哪些手续", "bundle everyday",
      "出生登记（新生儿入户）", "城乡居民基本医疗保险参保登记", "社会保障卡申领"),
    q("bundle:bundle-birth", "出生一件事包括哪些事", "bundle", "出生登记（新生儿入户）", "社会保障卡申领"),
    q("bundle:bundle-birth", "我老婆上周在市妇幼生了个女儿，医院说出生证明已经开好了。我们俩户口都在溪城区，"
      "我自己在单位上班交的职工医保。想问一下现在孩子要办哪些手续，先办哪个后办哪个，能不能一次办完？",
      "bundle long compound", "出生登记（新生儿入户）", "先凭出生医学证明办理出生登记入户"),
    q("bundle:bundle-eatery", "开饭店要办哪些证，能一起办吗", "bundle compound",
      "个体工商户设立登记", "食品经营许可（新办）"),
    q("bundle:bundle-eatery", "开小吃店一件事先办哪个", "bundle steps", "先办理个体工商户设立登记"),
    q("bundle:bundle-retire", "退休要办哪些手续，跑哪些部门", "bundle everyday",
      "企业职工基本养老保险待遇申领（退休）", "离退休提取住房公积金"),
    q("bundle:bundle-retire", "退休一件事要辦哪些", "bundle Traditional", "离退休提取住房公积金"),
    q("bundle:bundle-secondhand", "买二手房要办哪些手续", "bundle everyday", "契税申报", "存量房转移登记（二手房过户）"),
    q("bundle:bundle-secondhand", "二手房一件事先交税还是先过户", "bundle steps", "先申报缴纳契税"),
    q("bundle:bundle-birth", "生孩子后要办什么手续 医保和社保卡能一起办吗", "bundle compound",
      "城乡居民基本医疗保险参保登记", "社会保障卡申领"),
    q("bundle:bundle-retire", "我在岚溪一家企业上了三十多年班，下个月就到龄退休了，退休以后打算去海南跟女儿一起住，"
      "帮她带带外孙，以后看病也在那边。听说现在有个退休一件事，一次能办好几样，能不能把异地就医也一起办了？",
      "bundle long", "异地就医备案"),
    q("bundle:bundle-secondhand", "买二手房的一件事能把公积金也一起提了吗", "bundle", "购买自住住房提取住房公积金"),
)


# =========================================================================== 目录里没有的（应答“没有找到”）
U = "unanswerable"
S(
    q(None, "狗证在哪里办", f"{U} everyday"),
    q(None, "电动车上牌去哪", f"{U} everyday", no=["购车发票", "小型汽车号牌每副100元"]),
    q(None, "法律援助怎么申请", U),
    q(None, "公证处电话多少", f"{U} phone"),
    q(None, "学车报名去哪里报", U, no=["《机动车驾驶人身体条件证明》"]),
    q(None, "高考报名时间是什么时候", U),
    q(None, "公务员考试什么时候报名", U),
    q(None, "婚假有几天", f"{U} everyday", no=["男方年满22周岁"]),
    q(None, "燃气开户要带什么", f"{U} materials"),
    q(None, "自来水过户怎么办", U),
    q(None, "家里宽带怎么办理", U),
    q(None, "违章停车罚款在哪交", U),
    q(None, "献血证丢了怎么补", f"{U} operation", no=["居民户口簿", "《护照报失证明》"]),
    q(None, "护士执业注册怎么办", U, no=["医师资格证书"]),
    q(None, "外国人来岚溪工作要办什么许可", U),
    q(None, "商标注册要多少钱", f"{U} fee"),
    q(None, "申请专利去哪里办", f"{U} where"),
    q(None, "健康证在哪里办", f"{U} where", no=["食品安全管理制度文本"]),
    q(None, "渔船登记怎么办", U),
    q(None, "台湾通行证怎么办", U, no=["每次签注15元"]),
    q(None, "杭州的人才补贴有多少", f"{U} fact-in-field", no=["一次性发放生活补贴1万元"]),
    q(None, "上海的公积金贷款最多能贷多少", f"{U} fact-in-field", no=["80万元"]),
    q(None, "北京的低保标准是多少", f"{U} fact-in-field", no=["850元"]),
    q(None, "深圳的高龄津贴一个月多少", f"{U} fact-in-field", no=["每人每月发放100元"]),
    q(None, "長沙的契稅是多少", f"{U} Traditional", no=["按1%的税率缴纳"]),
    q(None, "养老院入住怎么申请", U),
    q(None, "退役军人优待证怎么办", U),
    q(None, "老年人优待证怎么办", f"{U} elderly", no=["每人每月发放100元"]),
    q(None, "房产税怎么交", U, no=["按1%的税率缴纳"]),
    q(None, "个人所得税年度汇算怎么弄", U, no=["月销售额不超过10万元的，免征增值税"]),
    q(None, "狂犬疫苗在哪打", U),
    q(None, "孩子打疫苗要预约吗", f"{U} appointment"),
    q(None, "去美国的签证要什么材料", U, no=["120元"]),
    q(None, "离婚后孩子抚养费怎么要", U, no=["30日为离婚冷静期"]),
    q(None, "工伤认定怎么申请", U),
    q(None, "二手车过户要什么手续", f"{U} operation", no=["住宅类每件80元", "购车发票"]),
    q(None, "摩托车驾照增驾怎么办", U, no=["有效期满前90日内"]),
    q(None, "残疾人创业补贴有多少", f"{U} fact-in-field", no=["每人每月发放120元", "每人每月发放150元"]),
    q(None, "特困人员供养怎么申请", U, no=["每人每月850元"]),
    q(None, "殯葬補貼怎麼領", f"{U} Traditional"),
    q(None, "图书馆借书证怎么办", U),
    q(None, "游泳馆几点开门", f"{U} hours"),
    q(None, "小区装充电桩要什么手续", U),
    q(None, "人才公寓怎么申请", U, no=["同地段市场租金的70%"]),
    q(None, "孩子初中转学怎么办", U, no=["每年6月10日至6月20日"]),
    q(None, "駕照考科目一怎麼預約", f"{U} Traditional appointment"),
    q(None, "渔业捕捞许可证怎么办", U),
    q(None, "出租屋消防检查找谁", U),
    q(None, "老家土地承包经营权证丢了咋补", f"{U} operation", no=["居民户口簿"]),
    q(None, "退休人员每年的资格认证在哪做", U),
    q(None, "城管占道经营怎么申请", U),
    q(None, "种子生产经营许可证怎么办", U, no=["食品安全管理制度文本"]),
    q(None, "广州的身份证可以在广州补吗", f"{U} operation", no=["跨省通办"]),
    q(None, "我想问下成都的公租房怎么申请，要什么条件", f"{U} compound", no=["家庭人均住房建筑面积低于15平方米"]),
    q(None, "打疫苗的接种证丢了怎么补", f"{U} operation", no=["居民户口簿"]),
)


# =========================================================================== 热线式长留言
S(
    q("idcard_renew", "我是桐川县的，户口也在桐川，身份证是2006年办的，今年到期了。我平时在县城开个小店，走不开，"
      "白天只有中午前后有点空。想问一下换身份证在县里哪个地方办，中午休不休息，要不要提前预约？",
      "long compound where hours appointment operation", "@hall", "14:30", "@appt"),
    q("birth_reg", "我家宝宝是上个月20号在市人民医院出生的，出生证明已经拿到了。孩子爸爸户口在溪城区，"
      "我的户口在外省老家，我们想让孩子跟爸爸落户。请问上户口要带哪些东西，能不能在网上办？",
      "long compound materials online", "父母双方居民身份证", "@url"),
    q("dibao", "我家住青岚区，老伴前年中风瘫在床上，我自己也七十多了，两个人就靠一点点养老金过日子，"
      "看病花了不少钱。社区的人说我们可以申请低保，但我不识字也跑不动，想问能不能让社区帮我们申请，批下来一个月能有多少？",
      "long elderly compound who fact-in-field",
      "可以委托村（居）民委员会或者他人代为提出申请", "每人每月850元"),
    q("gaoling", "我爸今年刚好八十岁，户口在白沙县老家，身份证和社保卡都有。他耳朵不好，自己去办不了，我在县城上班。"
      "听说满八十岁有高龄津贴，请问我能不能替他去申请，每个月能领多少，钱打到哪里？",
      "long elderly compound who fact-in-field",
      "可以由子女或者其他亲属代为申请", "每人每月发放100元", "打入老人本人的社会保障卡",
      no=["每人每月50元"]),
    q("license_renew", "我的驾照是2016年考的，下个月就满10年到期了。我现在在外省工地上干活，过年才回岚溪，"
      "怕到时候来不及。想问问驾照换证是不是一定要回岚溪办，能不能在手机上申请，新证能寄到我这边吗？",
      "long compound cross-region online delivery operation", "跨省通办", "邮寄到家",
      any=[["交管12123", "@url"]]),
    q("marriage_copy", "我们是2010年在溪城区民政局登记结婚的，前几年搬家把两本结婚证都弄丢了，现在孩子上学要用。"
      "我老公常年在外地跑车回不来，请问我一个人能不能去补，要带什么，当天能不能拿到？",
      "long compound who materials time operation",
      "可以由夫妻一方单独申请补领", "《申请补领婚姻登记证声明书》", "当场补发"),
    q("hukou_spouse", "我是外省人，2024年和岚溪本地的老公结的婚，现在和他一起住在南湖区，房子是他的名字。"
      "孩子马上要上学了，想把我的户口迁过来。我们结婚快两年了，请问现在能办吗，要不要回老家开迁出证明？",
      "long compound conditions cross-region", "依法登记结婚满1年", "跨省迁移实行电子迁移"),
    q("resident_medical", "孩子是12月初出生的，现在快两个月了，户口刚上好。我和孩子妈都是在单位交职工医保，"
      "孩子没有单位，只能交居民医保。想问孩子医保现在办还来得及吗，一年交多少钱，能不能在手机上办？",
      "long compound fact-in-field online", "自出生之日起3个月内参保缴费", "每人每年400元", "@url"),
    q("medical_transfer", "我父亲今年75岁，医保在岚溪，去年开始跟我弟弟在外省住，最近查出肺上有个结节，"
      "可能要在那边做手术。我们想问在外地住院医保能不能直接报，要先办什么手续，我在岚溪能不能帮他办？",
      "long elderly compound steps who", "国家医保服务平台App", "可以由亲属代为办理"),
    q("hf_rent", "我在岚溪上班三年了，一直租房住，每个月房租1800块，单位给我交公积金，我和老婆在岚溪都没有买房。"
      "听朋友说公积金可以拿来付房租，请问每个月最多能提多少，要不要去公积金中心现场办？",
      "long compound fact-in-field online", "每人每月最高可以提取1200元", "@url", no=["800元"]),
    q("re_transfer", "我去年在南湖区买了套二手房，钱都付清了，网签也做了，但卖家现在人在国外回不来，一直没有过户，我心里很不踏实。"
      "请问卖家不回来能不能办过户，需要他提供什么，过户的登记费要多少钱？",
      "long compound who fee", "委托书须经公证", "住宅类每件80元"),
    q("indiv_cancel", "我在青岚区开了五年的小超市，去年生意不好已经关门了，营业执照还在。没有欠别人钱，税也都报了。"
      "现在想把个体户注销掉，请问能不能简单点办，要公示多久，能不能在网上弄？",
      "long compound fact-in-field online operation", "公示期为20日", "@url"),
    q("school_enroll", "我们一家是从外省来岚溪打工的，在溪城区租房住了三年，我在厂里上班社保交了两年多，"
      "孩子今年8月满6岁。想让孩子在这边上小学，请问外地户口要什么条件，要带哪些证明？",
      "long compound conditions materials", "连续缴纳社会保险满6个月", "居住证"),
    q("disability_new", "我母亲今年82岁，前年脑梗以后左边身子动不了，一直卧床，户口在桐川县云桥镇。"
      "村里人说可以办残疾证，以后还有补贴。她根本去不了医院，家里也没有车，我们做子女的都很着急。请问残疾评定能不能上门来做？",
      "long elderly fact-in-field", "上门评定"),
    q("public_rental", "我是外地户口，在白沙县一家工厂上班两年了，社保一直在交，一家三口租了个单间，"
      "人均不到10个平方，孩子写作业都没地方。听说可以申请公租房，请问我这种外地人能不能申请，审核要多久？",
      "long compound conditions time", "连续缴纳社会保险满1年的非本市户籍人员", "25个工作日"),
    q("rural_house", "我家在桐川县云桥镇农村，现在住的老房子是我爷爷那辈盖的，漏雨很严重，"
      "想在自家宅基地上拆了重新盖。村里说要先审批才能动工，不然算违建。请问审批要多长时间，要在村里公示几天？",
      "long compound time fact-in-field", "20个工作日", "公示期不少于5个工作日"),
    q("passport_lost", "我下个月要去泰国出差，昨天收拾行李发现护照找不到了，家里翻遍了也没有，可能是上次搬家弄丢的，机票酒店都订好了，退不了。"
      "请问现在补办护照要多久，要带什么，来不来得及？",
      "long compound time materials operation", "10个工作日", "《护照报失证明》"),
    q("sscard_lost", "我老伴的社保卡上个星期买菜的时候丢了，里面有养老金。她今年76岁了，耳朵背，不会用手机，卡里的钱怕被别人取走，急得睡不着觉。"
      "请问先怎么挂失，补办能不能我替她去，要花多少钱？",
      "long elderly compound who fee operation", "12333", "可以委托他人代为补领", "20元"),
    q("car_reg", "我刚在4S店订了一台新车，下周提车，销售说可以帮我上牌，也可以自己去车管所办。"
      "我想自己选个好点的号，顺便自己跑一趟熟悉一下流程。请问自己去上牌要带什么，当天能不能把牌照拿回来？",
      "long compound materials time", "购车发票", "当日办结"),
    q("temp_id", "我是白沙县人，身份证前几天丢了，已经在县政务中心申请补办了，可下周要坐火车去外地看病，"
      "等不及新证。听说可以办临时身份证，请问在白沙县能办吗，办不了的话去哪里办？",
      "long suspended revoked where", "暂停受理本事项",
      any=[["溪城区政务服务中心", "南湖区政务服务中心", "青岚区政务服务中心", "桐川县行政服务中心"]]),
    q("maternity_allowance", "我在岚溪一家公司上班，医保是公司交的，已经交了两年多。今年4月生了宝宝，休了产假，"
      "听同事说可以领生育津贴，但公司人事说不清楚。请问生育津贴是怎么算的，要我自己去医保局申请吗？",
      "long compound fact-in-field who", "÷30×规定的产假天数", "由用人单位网上申报"),
    q("teacher_cert", "我是岚溪师范学院的大四学生，户口还在外省老家，教师资格考试笔试面试都过了，"
      "想在学校所在的青岚区认定小学教资，明年毕业好找工作。请问在校生可以在这里认定吗，普通话要达到几级？",
      "long compound conditions fact-in-field", "在本区（县）就读的全日制在校生", "二级乙等及以上"),
    q("hk_macau", "我们公司组织下个月去香港澳门团建，我的港澳通行证是五年前办的，还在有效期内，"
      "但是上次的签注已经用过了，最近工作忙请不出假。请问只办签注要不要去出入境大厅排队，多少钱一次？",
      "long compound fact-in-field fee", "自助签注机", "每次签注15元"),
    q("retire", "我是灵活就业人员，一直自己在交养老保险，到今年11月满60岁，算下来交了18年，中间断过一年多。"
      "想问问退休手续要我自己去办吗，能不能提前预约，养老金从哪个月开始发？",
      "long compound who appointment fact-in-field",
      "灵活就业人员由本人申报", "@appt", "自办理退休手续的次月起按月发放"),
    q("chronic", "我今年69岁，有高血压和糖尿病好多年了，每个月都要去医院开药，花钱不少。"
      "邻居说可以办个慢病卡，门诊开药能报销，可以省一些钱，我想去试试。请问要准备什么材料，去哪里申请？",
      "long elderly compound materials where", "近6个月内的病历和检查报告", "定点医疗机构"),
    q("food_new", "我准备在溪城区一个小区门口开家早餐店，卖包子豆浆，营业执照已经办下来了。"
      "听说还要办食品经营许可证，我想赶在下个月开张，请问要准备什么，会不会有人来店里检查，多久能办好？",
      "long compound materials fact-in-field time operation",
      "食品安全管理制度文本", "到经营场所核查", "5个工作日"),
    q("unemployment", "我在岚溪一家外贸公司做了两年，上个月公司说业务缩减，跟我解除了劳动合同，给了补偿。"
      "我想先领失业金再慢慢找工作，请问解除合同以后最晚多久内要去申请，领失业金的时候医保还交不交？",
      "long compound fact-in-field", "60日内申领", "由失业保险基金代缴基本医疗保险费"),
    q(None, "我家楼下的邻居在小区里养了一条大狗，经常不拴绳，前几天还吓到我家孩子了，孩子晚上做噩梦，跟物业说了好几次也没用。"
      "请问养狗要不要办证，这种事情应该找哪个部门来管？", "long unanswerable"),
    q(None, "我今年刚从部队退役回到岚溪，户口已经迁回来了，工作还在找。听说退役军人可以办优待证，"
      "坐车、去景区都有优惠，我父母也想跟着沾点光。请问这个优待证在哪里办，需要带什么材料？", "long unanswerable",
      no=["每人每月发放100元"]),
    q(None, "我妈上个月在老家去世了，后事已经办完，她是岚溪户口，生前在社区领过补助。"
      "听别人说家属可以领一笔丧葬补助金，我们也不知道该找哪个部门。请问丧葬补助金有多少，去哪里领？", "long unanswerable",
      no=["每人每月850元"]),
)

# =========================================================================== 多问一句、点名区县、老人、错别字
S(
    q("idcard_lost", "白沙县补身份证在哪 下午几点上班", "compound where hours", "@hall", "14:00"),
    q("marriage", "青岚区领结婚证能预约吗 要带啥", "compound appointment materials", "@appt", "本人居民身份证"),
    q("dibao", "南湖区低保咨询电话和投诉电话各是多少", "compound phone", "@phone", "12345"),
    q("indiv_new", "溪城区办营业执照在哪 电话多少 能不能寄", "compound where phone delivery",
      "@hall", "@phone", "邮寄营业执照"),
    q("disability_subsidy", "桐川县残疾人护理补贴去哪申请 要跑几趟", "compound where visits", "@hall", "@url"),
    q("resident_pension_claim", "白沙县领农村养老金要带什么 多久能批", "compound materials time",
      "社会保障卡", "10个工作日"),
    q("hf_buy", "公积金买房提取电话多少 能不能预约", "compound phone appointment", "@phone", "@appt"),
    q("passport_first", "护照能在市民之家办吗 几点关门", "compound where hours",
      "岚溪市民之家（市政务服务中心）", "17:30"),
    q("re_query", "无房证明能在网上开吗 要跑几趟", "compound online visits", "@url"),
    q("license_lost", "驾照丢了补办要多少钱 要跑几趟", "compound fee visits operation", "10元", "@url"),
    q("tax_invoice", "南湖区代开发票能预约吗 电话多少", "compound appointment phone", "@appt", "@phone"),
    q("shengyu_reg", "生育登记网上能办吗 要多久", "compound online time", "@url", "即时办结"),
    q("birth_cert_reissue", "出生证明补办能寄到家吗 电话多少", "compound delivery phone operation",
      "邮寄到家", "@phone"),
    q("public_rental", "溪城区公租房在哪里申请，要带什么", "compound where materials",
      "@hall", "《公共租赁住房申请表》"),
    q("school_enroll", "青岚区小学报名咨询电话", "phone", "@phone"),
    q("food_renew", "白沙县食品许可证延续能网上办吗 要多久", "compound online time operation",
      "@url", "3个工作日"),
    q("idcard_first", "溪城区政务服务中心周三晚上能办身份证吗", "hours", "每周三延时服务至19:00"),
    q("hukou_spouse", "桐川县夫妻投靠户口要跑几次 能网上申请吗", "compound visits online", "@url"),
    q("ride_hail_driver", "网约车驾驶员证能寄吗 要跑几次", "compound delivery visits", "选择邮寄", "@url"),
    q("divorce", "白沙县离婚登记要预约吗 几点上班", "compound appointment hours", "@appt", "08:30"),
    q("gaoling", "桐川县云桥镇高龄津贴去哪办 电话多少", "compound where phone",
      "云桥镇便民服务中心", "@phone"),

    q("idcard_renew", "我是个老头子不会用手机，身份证到期了去哪里换", "elderly where operation", "@hall"),
    q("gaoling", "我今年八十五了，高龄补贴每个月给多少钱啊", "elderly fact-in-field", "每人每月发放100元",
      no=["每人每月50元"]),
    q("sscard_lost", "老人家七十多了 社保卡丢了 不会弄手机 能到银行去补吗", "elderly operation", "合作银行网点"),
    q("license_renew", "我眼睛不太好使了，驾驶证快到期还能换吗，要做啥体检", "elderly materials operation",
      "《机动车驾驶人身体条件证明》"),
    q("medical_transfer", "老人在外地跟儿子住，在那边看病医保要办什么", "elderly everyday", "异地长期居住"),
    q("resident_pension_claim", "我六十岁了农保可以领钱了吗，要去哪里弄", "elderly conditions",
      "年满60周岁、累计缴费满15年"),

    q("dibao", "低宝怎么申请", "typo everyday", "《最低生活保障申请书》"),
    q("hf_rent", "公基金租房提取每月多少", "typo fact-in-field", "1200元", no=["800元"]),
    q("hukou_spouse", "户口迁移夫妻头靠要多久", "typo time", "5个工作日"),
    q("disability_lost", "残疾正补办要多久", "typo time operation", "10个工作日"),
    q("indiv_cancel", "营业执照注消怎么办", "typo operation", "简易注销"),
    q("marriage_copy", "结婚证补领要代什么", "typo materials operation", "申请人居民身份证"),
    q("resident_medical", "居明医保一年多少钱", "typo fact-in-field", "每人每年400元"),
    q("license_renew", "驾照到期换正要体检吗", "typo materials operation", "《机动车驾驶人身体条件证明》"),
    q("deed_tax", "契说首套房交多少", "typo fact-in-field", "按1%的税率缴纳"),
    q("unemployment", "失业金要交满几年社报才能领", "typo fact-in-field", "累计缴纳失业保险费满1年"),

    q("marriage", "南湖区结婚登记什么时候恢复", "suspended revoked fact-in-field", "恢复时间以公告为准"),
    q("marriage", "南湖区结婚登记暂停了，现在去哪里领证", "suspended revoked where", "暂停办理结婚登记",
      any=[["溪城区政务服务中心", "青岚区政务服务中心", "桐川县行政服务中心", "白沙县政务服务中心"]]),
    q("temp_id", "白沙县临时身份证什么时候能恢复办理", "suspended revoked", "恢复时间另行公告"),
    q("only_child_cert", "独生子女证现在还办吗", "revoked everyday", "取消", no=["独生子女父母奖励费每月10元"]),
    q("re_query", "桐川县不动产登记中心还能查房产吗", "revoked where", "岚溪市不动产登记中心",
      no=["0589-51004444", "2个工作日内出具"]),
    q("hunyu_proof", "婚育证明现在还要开吗", "revoked everyday", "不再开具流动人口婚育证明"),
)


# =========================================================================== 多轮对话
F = "follow-up"
BAISHA_NEAR = (27.9930, 117.8525)
TONGCHUAN_NEAR = (27.6590, 118.2270)
NANHU_NEAR = (27.8005, 118.0800)
OTHER_MARRIAGE_HALLS = ["溪城区政务服务中心", "青岚区政务服务中心", "桐川县行政服务中心", "白沙县政务服务中心"]

conv("m01-idcard-lost-baisha", "补领身份证，说出所在县后追问时限和费用", [
    q("idcard_lost", "身份证丢了咋补", "everyday materials operation", "居民户口簿", no=["原居民身份证"]),
    q("=", "我在白沙县", f"{F} region where", "@hall"),
    q("=", "那要几天能拿到", f"{F} time", "10个工作日"),
    q("=", "要钱吗", f"{F} fee", "20元"),
])
conv("m02-idcard-renew-to-lost", "换领身份证后改问丢失补领，再问青岚区的大厅", [
    q("idcard_renew", "身份证到期了要换，带什么", "materials operation", "原居民身份证", no=["报案回执"]),
    q("idcard_lost", "要是丢了呢", f"{F} operation", "居民身份证丢失或者被盗的，应当及时申请补领",
      no=["原居民身份证"]),
    q("=", "在哪补 我在青岚区", f"{F} where", "@hall"),
])
conv("m03-marriage-nanhu-suspended", "结婚登记：南湖区暂停，改到溪城区办理", [
    q("marriage", "领结婚证要带什么", "materials", "近期2寸半身免冠双人合影照片"),
    q("=", "我们在南湖区", f"{F} suspended revoked", "暂停办理结婚登记"),
    q("=", "那溪城区呢", f"{F} where", "@hall", r="xicheng"),
    q("=", "几点开门", f"{F} hours", "08:30"),
])
conv("m04-dibao-yunqiao", "老人替母亲问低保：公示、金额、云桥镇的办理地点", [
    q("dibao", "我想给我妈申请低保，要准备啥", "elderly materials", "《最低生活保障申请书》"),
    q("=", "要公示多少天", f"{F} fact-in-field", "公示期为7天"),
    q("=", "批了一个月给多少", f"{F} fact-in-field", "每人每月850元"),
    q("=", "我们在桐川县云桥镇，去哪办", f"{F} where", "云桥镇便民服务中心"),
])
conv("m05-hf-rent", "租房提取公积金：限额、发票、大厅（撤销的旧知识库条目不得引用）", [
    q("hf_rent", "租房能提公积金吗", "everyday conditions", "本人及配偶在本市无自有住房"),
    q("=", "一个月最多提多少", f"{F} fact-in-field", "1200元", no=["800元"]),
    q("=", "要租房发票不", f"{F} materials", "无需提供租赁合同", no=["租金发票"]),
    q("=", "公积金中心在哪", f"{F} where", "@hall"),
])
conv("m06-gaoling-old-faq", "高龄津贴：年龄、金额、发放方式（旧条目已撤销）", [
    q("gaoling", "高龄津贴多大可以领", "fact-in-field", "年满80周岁", no=["年满85周岁"]),
    q("=", "一个月多少钱", f"{F} fact-in-field", "每人每月发放100元", no=["每人每月50元"]),
    q("=", "是按季度发还是按月发", f"{F} fact-in-field", "按月打入老人本人的社会保障卡",
      no=["每季度发放一次"]),
])
conv("m07-passport-to-hk", "护照的时限、费用、邮寄，再换问港澳通行证费用", [
    q("passport_first", "办护照要多久", "time", "7个工作日"),
    q("=", "多少钱", f"{F} fee", "120元"),
    q("=", "能寄到家吗", f"{F} delivery", "邮寄"),
    q("hk_macau", "那港澳通行证多少钱", f"{F} fee", "60元"),
])
conv("m08-license-renew-tongchuan", "驾驶证到期换证：体检、网办、县里的车管分所", [
    q("license_renew", "驾照快到期了，提前多久换", "fact-in-field operation", "有效期满前90日内"),
    q("=", "要体检吗", f"{F} materials", "《机动车驾驶人身体条件证明》"),
    q("=", "能在手机上弄吗", f"{F} online", any=[["交管12123", "@url"]]),
    q("=", "我在桐川县，能在县里办吗", f"{F} where", "桐川县车管分所"),
])
conv("m09-indiv-variants", "个体户设立、变更、注销三个办理项之间切换", [
    q("indiv_new", "开个体户要什么材料", "materials operation", "经营者居民身份证", no=["清税证明"]),
    q("indiv_change", "办好以后要改经营范围呢", f"{F} operation", "《个体工商户变更登记申请书》"),
    q("indiv_cancel", "那不干了怎么注销", f"{F} operation", "简易注销"),
])
conv("m10-food-new-to-renew", "食品经营许可新办后追问有效期和延续", [
    q("food_new", "食品经营许可证怎么办，要准备啥", "materials operation", "食品安全管理制度文本"),
    q("=", "有效期几年", f"{F} fact-in-field", "食品经营许可证有效期为5年"),
    q("food_renew", "到期了怎么续", f"{F} operation fact-in-field",
      "有效期届满前90个工作日至15个工作日期间提出申请"),
])
conv("m11-disability-location", "残疾人证新办，分享位置后按最近大厅答复", [
    q("disability_new", "残疾证怎么办", "everyday materials", "《残疾人证申请表》"),
    q("=", None, f"{F} location region where", "@hall", loc=BAISHA_NEAR, r="baisha"),
    q("=", "电话多少", f"{F} phone", "@phone"),
])
conv("m12-birth-bundle", "出生一件事，再分别问入户和居民医保", [
    q("bundle:bundle-birth", "生孩子以后要办哪些手续", "bundle", "出生登记（新生儿入户）", "社会保障卡申领"),
    q("birth_reg", "上户口要带什么", f"{F} materials", "出生医学证明"),
    q("=", "我们户口在南湖区，去哪上", f"{F} where", "@hall"),
    q("resident_medical", "孩子医保呢 一年交多少", f"{F} fact-in-field", "每人每年400元"),
])
conv("m13-dog-then-idcard", "先问目录里没有的狗证，再问身份证补领", [
    q(None, "狗证在哪办", "unanswerable"),
    q("idcard_lost", "那身份证丢了在哪补", f"{F} where operation", "@hall"),
])
conv("m14-re-query-tongchuan", "不动产查询：桐川县的旧指南已撤销，由市中心答复", [
    q("re_query", "查名下房产去哪里", "where", "岚溪市不动产登记中心"),
    q("=", "我是桐川县的", f"{F} revoked region", "岚溪市不动产登记中心", no=["0589-51004444"]),
    q("=", "电话多少", f"{F} phone", "@phone", no=["0589-51004444"]),
])
conv("m15-temp-id-baisha", "临时身份证：白沙县暂停，改到桐川县", [
    q("temp_id", "临时身份证要带什么", "materials", "居民身份证受理回执"),
    q("=", "我在白沙县", f"{F} suspended revoked", "暂停受理本事项"),
    q("=", "那我去桐川县办行不行", f"{F} where", "@hall", r="tongchuan"),
])
conv("m16-unemployment", "失业保险金：条件、金额、期限、医保", [
    q("unemployment", "失业了能领钱吗", "everyday conditions", "非因本人意愿中断就业"),
    q("=", "能领多少", f"{F} fact-in-field", "最低工资标准的90%"),
    q("=", "领几个月", f"{F} fact-in-field", "领取期限最长为12个月"),
    q("=", "这期间医保呢", f"{F} fact-in-field", "失业保险基金代", loose=True),
])
conv("m17-hf-loan", "公积金贷款：条件、额度、面签、电话", [
    q("hf_loan", "公积金贷款要什么条件", "conditions", "连续足额缴存住房公积金满6个月"),
    q("=", "最多贷多少", f"{F} fact-in-field", "80万元"),
    q("=", "要跑几次", f"{F} visits", "借款人夫妻双方到现场签订借款合同"),
    q("=", "电话呢", f"{F} phone", "@phone"),
])
conv("m18-traditional-idcard", "繁体提问：补领身份证材料和时限", [
    q("idcard_lost", "身份證丟了怎麼補辦", "Traditional materials operation", "居民户口簿"),
    q("=", "要幾天", f"{F} Traditional time", "10个工作日"),
])
conv("m19-secondhand-bundle", "二手房一件事，再问契税税率和缴纳地点", [
    q("bundle:bundle-secondhand", "买二手房要办哪些手续", "bundle", "契税申报", "存量房转移登记（二手房过户）"),
    q("deed_tax", "契税多少", f"{F} fact-in-field", "按1%的税率缴纳"),
    q("=", "在哪交", f"{F} where", "岚溪市不动产登记中心"),
])
conv("m20-school-xicheng", "小学报名：网上报名、时间、随迁子女、溪城区电话", [
    q("school_enroll", "孩子明年上小学怎么报名", "online", "@url"),
    q("=", "几号开始报", f"{F} fact-in-field", "每年6月10日至6月20日"),
    q("=", "外地户口行不行", f"{F} conditions", "连续缴纳社会保险满6个月"),
    q("=", "我在溪城区 电话多少", f"{F} phone", "@phone"),
])
conv("m21-divorce", "离婚登记：材料、冷静期、能否一方办理", [
    q("divorce", "离婚要带什么", "materials", "离婚协议书"),
    q("=", "多久能拿到离婚证", f"{F} time", "冷静期"),
    q("=", "可以一个人去吗", f"{F} who", "双方须共同到场"),
])
conv("m22-medical-transfer", "异地就医备案：怎么办、有效期、未备案的后果", [
    q("medical_transfer", "去外地看病要备案吗，怎么备", "steps", "国家医保服务平台App"),
    q("=", "备案能管多久", f"{F} fact-in-field", "临时外出就医人员备案有效期为6个月"),
    q("=", "没备案会怎样", f"{F} fact-in-field", "个人先行自付比例提高10个百分点"),
])
conv("m23-car-reg", "新车上牌：材料、费用、预约、车管所下班时间", [
    q("car_reg", "新车上牌要什么", "materials", "购车发票"),
    q("=", "多少钱", f"{F} fee", "小型汽车号牌每副100元"),
    q("=", "能预约吗", f"{F} appointment", "@appt"),
    q("=", "车管所几点下班", f"{F} hours", "17:00"),
])
conv("m24-gaoling-location", "高龄津贴，分享桐川县的位置，再问代办", [
    q("gaoling", "高龄补贴怎么申请", "materials", "老年人居民身份证"),
    q("=", None, f"{F} location region where", "@hall", loc=TONGCHUAN_NEAR, r="tongchuan"),
    q("=", "可以让儿子代办吗", f"{F} who", "可以由子女或者其他亲属代为申请"),
])
conv("m25-hf-balance-then-pension", "先问公积金余额（知识库），再问目录里没有的养老账户余额", [
    q("faq:faq-hf-balance", "公积金余额怎么查", "faq", "12329"),
    q(None, "那养老保险个人账户余额怎么查", f"{F} unanswerable", no=["12329"]),
])
conv("m26-sscard-lost-first", "社保卡补领：费用、邮寄，再问首次申领是否收费", [
    q("sscard_lost", "社保卡丢了", "everyday operation", "应当先办理挂失"),
    q("=", "补要多少钱", f"{F} fee", "20元"),
    q("=", "能寄到家吗", f"{F} delivery", "邮寄到家"),
    q("sscard_first", "那第一次办社保卡要钱吗", f"{F} fee operation", no=["社会保障卡补卡工本费"]),
])
conv("m27-hukou-qinglan", "夫妻投靠：条件、时限、委托、青岚区地点", [
    q("hukou_spouse", "老婆户口想迁过来", "conditions", "依法登记结婚满1年"),
    q("=", "要多久", f"{F} time", "5个工作日"),
    q("=", "能不能我一个人去办", f"{F} who", "可以委托另一方代为办理"),
    q("=", "我在青岚区，在哪办", f"{F} where", "@hall"),
])
conv("m28-resident-pension", "城乡居民养老：缴费档次、补贴，再问领取标准", [
    q("resident_pension", "农保怎么交 有几个档次", "fact-in-field", "每年200元至5000元共12个档次"),
    q("=", "政府补多少", f"{F} fact-in-field", "每人每年40元至150元的缴费补贴"),
    q("resident_pension_claim", "到60岁领养老金每个月最少多少", f"{F} fact-in-field", "每人每月230元"),
])
conv("m29-ride-hail-taxi", "网约车驾驶员证：考试、年龄，再问目录里没有的出租车从业资格证", [
    q("ride_hail_driver", "网约车证怎么办", "conditions", "网约车驾驶员从业资格考试"),
    q("=", "我61岁了还能办吗", f"{F} fact-in-field", "年龄不超过60周岁"),
    q(None, "那巡游出租车的从业资格证呢", f"{F} unanswerable", no=["网约车驾驶员从业资格考试"]),
])
conv("m30-traditional-marriage-copy", "繁体提问：补领结婚证", [
    q("marriage_copy", "結婚證丟了怎麼辦", "Traditional materials operation", "申请人居民身份证"),
    q("=", "要幾天", f"{F} Traditional time", "当场补发"),
])
conv("m31-public-rental-baisha", "公租房：网上申请、公示、租金、白沙县地点", [
    q("public_rental", "公租房怎么申请", "online", "@url"),
    q("=", "公示几天", f"{F} fact-in-field", "公示10天"),
    q("=", "租金多少", f"{F} fact-in-field", "同地段市场租金的70%"),
    q("=", "我在白沙县 在哪交材料", f"{F} where", "@hall"),
])
conv("m32-grad-subsidy", "高校毕业生生活补贴：条件、金额、时限", [
    q("grad_subsidy", "大学生来岚溪工作有补贴吗", "conditions", "毕业5年内"),
    q("=", "硕士多少", f"{F} fact-in-field", "3万元"),
    q("=", "多久能到账", f"{F} time", "30个工作日"),
])
conv("m33-re-transfer", "二手房过户：材料、时限、周六是否办理", [
    q("re_transfer", "二手房过户要带什么", "materials", "不动产权证书"),
    q("=", "多久能拿证", f"{F} time", "3个工作日"),
    q("=", "周六能办吗", f"{F} hours", "周六上午只受理抵押登记和登记资料查询"),
])
conv("m34-only-child-to-shengyu", "独生子女证已取消，再问生育登记", [
    q("only_child_cert", "独生子女证怎么办", "revoked", "取消", no=["独生子女父母奖励费每月10元"]),
    q("shengyu_reg", "那生二胎要办什么登记", f"{F} materials", "夫妻双方居民身份证"),
])
conv("m35-idcard-first-nanhu-location", "首次申领身份证，分享南湖区位置后问午休", [
    q("idcard_first", "孩子满16岁了要办身份证", "conditions", "年满16周岁的应当申领居民身份证"),
    q("=", None, f"{F} location region where", "@hall", loc=NANHU_NEAR, r="nanhu"),
    q("=", "中午休息吗", f"{F} hours", "工作日中午不休息"),
])
conv("m36-nurse-then-doctor", "护士执业注册不在目录中，再问医师执业注册", [
    q(None, "护士执业注册怎么办", "unanswerable", no=["医师资格证书"]),
    q("doctor_reg", "医生的执业注册呢，要什么", f"{F} materials", "医师资格证书"),
])
conv("m37-chronic", "门诊慢特病：材料、评审频率、年度限额", [
    q("chronic", "慢病卡怎么办", "materials", "近6个月内的病历和检查报告"),
    q("=", "多久评一次", f"{F} fact-in-field", "每月集中组织专家评审一次"),
    q("=", "一年最多报多少", f"{F} fact-in-field", "年度最高支付限额为每人3000元"),
])
conv("m38-rural-house-tongchuan", "农村建房审批：第一步、面积、桐川县地点", [
    q("rural_house", "农村建房要审批吗，先干啥", "steps", "户主向村民小组提出书面申请"),
    q("=", "宅基地最大多少", f"{F} fact-in-field", "每户不超过125平方米"),
    q("=", "我在桐川县 去哪里审批", f"{F} where",
      any=[["桐川县行政服务中心", "云桥镇便民服务中心"]]),
])
conv("m39-maternity-bundle", "生育津贴的申领和计算，再问出生一件事", [
    q("maternity_allowance", "生育津贴怎么领", "who", "由用人单位网上申报"),
    q("=", "怎么算", f"{F} fact-in-field", "÷30×规定的产假天数"),
    q("bundle:bundle-birth", "生孩子还要办哪些事，能一起办吗", f"{F} bundle",
      "出生登记（新生儿入户）", "城乡居民基本医疗保险参保登记"),
])
conv("m40-passport-lost", "护照补发：材料、时限（不是签发的7个工作日）、境外遗失", [
    q("passport_lost", "护照丢了", "everyday operation", "《护照报失证明》"),
    q("=", "要多久", f"{F} time", "10个工作日", no=["7个工作日"]),
    q("=", "在国外丢的呢", f"{F} fact-in-field", "向中国驻外使领馆申请旅行证"),
])
conv("m41-tax-invoice", "自然人代开发票：怎么开、是否交税、委托", [
    q("tax_invoice", "个人怎么开发票", "online", "电子税务局"),
    q("=", "要交税吗", f"{F} fact-in-field", "月销售额不超过10万元的，免征增值税"),
    q("=", "能让朋友帮我开吗", f"{F} who", "委托人身份证件复印件"),
])
conv("m42-hunyu-then-unmarried", "婚育证明已取消，再问目录里没有的未婚证明", [
    q("hunyu_proof", "婚育证明在哪开", "revoked", "不再开具流动人口婚育证明"),
    q(None, "那单身证明去哪开", f"{F} unanswerable", no=["不再开具流动人口婚育证明"]),
])
conv("m43-disability-subsidy-xicheng", "残疾人两项补贴：申请、金额、公示、溪城区电话", [
    q("disability_subsidy", "残疾人两项补贴怎么申请", "steps", "向户籍所在地乡镇（街道）提出申请"),
    q("=", "一级残疾能领多少", f"{F} fact-in-field", "每人每月发放150元"),
    q("=", "公示几天", f"{F} fact-in-field", "公示5个工作日"),
    q("=", "我在溪城区 电话多少", f"{F} phone", "@phone"),
])
conv("m44-region-correction", "补领身份证，先说南湖区再更正为桐川县", [
    q("idcard_lost", "我在南湖区，补身份证去哪", "where operation", "@hall"),
    q("=", "说错了，我户口其实在桐川县", f"{F} region where", "@hall"),
    q("=", "要带什么", f"{F} materials", "居民户口簿"),
])
conv("m45-hf-retire-bundle", "退休提取公积金，再问退休一件事", [
    q("hf_retire", "退休了公积金能取出来吗", "conditions", "可以提取本人住房公积金账户全部余额并销户"),
    q("=", "多久到账", f"{F} time", "1个工作日内"),
    q("bundle:bundle-retire", "退休还要办哪些手续，能一次办吗", f"{F} bundle", "企业职工基本养老保险待遇申领（退休）"),
])
conv("m46-ebike-then-car", "电动车上牌不在目录中，再问汽车上牌", [
    q(None, "电动车上牌在哪", "unanswerable", no=["购车发票"]),
    q("car_reg", "那汽车上牌呢，要带什么", f"{F} materials", "购车发票"),
])
conv("m47-transfer-school-then-enroll", "初中转学不在目录中，再问小学报名时间", [
    q(None, "初中转学怎么办", "unanswerable", no=["每年6月10日至6月20日"]),
    q("school_enroll", "小学一年级报名呢，什么时候报", f"{F} fact-in-field", "每年6月10日至6月20日"),
])
conv("m48-other-city-then-lanxi", "先问外地的公积金政策（没有），再问岚溪的租房提取", [
    q(None, "深圳的公积金租房能提多少", "unanswerable", no=["1200元"]),
    q("hf_rent", "那岚溪的呢，每月最多提多少", f"{F} fact-in-field", "1200元", no=["800元"]),
])
conv("m49-residence-permit-then-marriage", "居住证办理不在目录中，再问外地人领结婚证", [
    q(None, "办居住证要什么材料", "unanswerable"),
    q("marriage", "那外地人在这边领结婚证要居住证吗", f"{F} materials", "居住证"),
])
conv("m50-idcard-then-hk-residence", "补领身份证后问目录里没有的港澳居民居住证", [
    q("idcard_lost", "身份证怎么补", "operation", "居民户口簿"),
    q(None, "那港澳居民居住证怎么办", f"{F} unanswerable", no=["居民户口簿"]),
])


# =========================================================================== 更多目录里没有的（与某个事项很像）
S(
    q(None, "无偿献血有什么补贴", f"{U} fact-in-field"),
    q(None, "出生证明上孩子名字写错了怎么改", f"{U} operation", no=["出生医学证明只补发一次"]),
    q(None, "行驶证丢了怎么补", f"{U} operation", no=["购车发票", "补领后原驾驶证作废"]),
    q(None, "结婚证上名字写错了怎么更正", f"{U} operation", no=["《申请补领婚姻登记证声明书》"]),
    q(None, "公积金从外地转到岚溪怎么转", f"{U} operation", no=["统筹基金按本人缴费工资的12%转移"]),
    q(None, "医保个人账户的钱能给家里人用吗", U),
    q(None, "老年大学怎么报名", f"{U} elderly"),
    q(None, "殡仪馆电话多少", f"{U} phone"),
    q(None, "无犯罪记录证明怎么开", U, no=["网约车驾驶员从业资格考试"]),
    q(None, "个体户营业执照年报怎么弄", U, no=["简易注销"]),
    q(None, "食品小作坊登记证怎么办", U, no=["食品安全管理制度文本"]),
)
