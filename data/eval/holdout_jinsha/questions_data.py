"""The questions of holdout_jinsha, written as citizens type them.  make_questions.py turns
them into questions.yaml.  S = single turn, N = negative (not in the catalog),
M = multi-turn.  Expected strings are short substrings of the catalog's own text."""
# flake8: noqa: E501
from make_questions import FREE, M, N, NOT_APPT, NOT_EXPRESS, S, T, code, hall, hall_by_id, ph

YY = "yuyue.jinsha.example"   # every hall's booking link
APPT = [YY, "APP预约"]

# ---------------------------------------------------------------------------
# 公安户政：身份证
# ---------------------------------------------------------------------------
S(["fact-in-field", "materials", "compound", "agent"], "孩子12岁了可以办身份证不？要带啥", "id_first",
  has=["监护人陪同申领", "居民户口簿"])
S(["fee"], "第一次办身份证多少钱啊", "id_first", has=["每证20元"])
S(["location", "region"], "我家娃刚满十六 在沙湾区办身份证去哪里办", "id_first", r="sw",
  has=["沙湾区政务服务中心", "滨江南路230号"])
S(["agent"], "小孩头一回办身份证 我们上班没空 叫爷爷带去行不行", "id_first",
  anyof=["监护人陪同", "不能由他人代办"])
S(["fee", "traditional"], "第一次辦身份證要多少錢", "id_first", has=["20元"], trad=True)
S(["delivery"], "首次申领身份证办好了能寄到屋里不", "id_first", anyof=["EMS邮寄", "邮寄"])
S(["fact-in-field"], "几岁开始要按指纹啊 我女儿七岁办身份证", "id_first", has=["年满6周岁"])
S(["time"], "第一次办身份证几天能拿到", "id_first", anyof=["10个工作日内制证完成", "10个工作日"])

S(["fact-in-field", "faq"], "身份证下个月就到期了现在能去换吗", "id_renew",
  has=["有效期满前3个月内"], target=["item:id_renew", "faq:faq-js-id-early"], codes=[])
S(["cross-region"], "我在广东打工 身份证过期了 必须回老家换吗", "id_renew", has=["跨省通办"])
S(["materials"], "换身份证要带什么东西啊", "id_renew", has=["原居民身份证"])
S(["phone", "region"], "望江区换身份证的电话多少", "id_renew", r="wj", has=[ph("id_renew", "wj")])
S(["compound", "time", "fee"], "身份证芯片坏了刷不出来 换一个要几天 多少钱", "id_renew",
  has=["每证20元"], anyof=["10个工作日", "20个工作日内制证完成"])
S(["appointment", "traditional"], "換身份證可以預約嗎", "id_renew", anyof=[YY], trad=True)
S(["fact-in-field"], "换身份证的时候老的那张要交回去吗", "id_renew", has=["交回原居民身份证"])

S(["fee"], "身份证丢了补办要多少钱", "id_lost", has=["每证40元"])
S(["agent"], "身份证掉了 能让我老公帮我去补吗", "id_lost", has=["不能委托他人代办"])
S(["cross-region"], "我是外省户口在金沙上班，身份证被偷了能在这边补吗", "id_lost", has=["跨省通办"])
S(["how-to"], "身份证丢了怎么办", "id_lost", has=["挂失", "每证40元"])
S(["location", "region", "compound"], "河西区补身份证在哪个地方 几点下班", "id_lost", r="hx",
  has=["河西区政务服务中心"], anyof=["17:00"])
S(["visits", "region"], "身份证丢了在白鹭县补 要跑几趟", "id_lost", r="bl", anyof=["1次", "一次"])
S(["fact-in-field"], "补了新身份证 旧的又找到了还能用吗", "id_lost", has=["原证自动作废"])
S(["phone", "traditional", "region"], "金城區補身份證電話幾多", "id_lost", r="jc",
  has=[ph("id_lost", "jc")], trad=True)

# ---------------------------------------------------------------------------
# 公安户政：户口、居住证
# ---------------------------------------------------------------------------
S(["fact-in-field"], "小孩出生多久之内要上户口", "birth_reg", has=["出生后1个月内"])
S(["materials"], "宝宝上户口要带哪些材料", "birth_reg", has=["出生医学证明", "随落户一方的居民户口簿"])
S(["agent", "long"], "娃儿报户口的事想问一下 我跟老公都在浙江义乌那边上班 一年到头只有过年才回得来 孩子是上个月在金沙的医院生的 现在跟着奶奶在老家带着 户口还没上 能不能让奶奶去帮忙办 要准备什么东西", "birth_reg",
  has=["委托亲属", "委托书"])
S(["fact-in-field"], "没结婚生的小孩能上户口吗", "birth_reg", has=["无需提供结婚证"])
S(["online"], "新生儿入户网上能办吗", "birth_reg",
  anyof=["zwfw.jinsha.example/gaj/birth", "网上申报"])
S(["phone", "region"], "金城区新生儿落户打哪个电话问", "birth_reg", r="jc", has=[ph("birth_reg", "jc")])
S(["time"], "上户口当天能办好吗", "birth_reg", has=["当场办结"])

S(["fact-in-field"], "结婚一年能把户口迁到老公这边吗", "spouse_hukou", has=["结婚登记满2年"])
S(["cross-region", "fact-in-field"], "老婆户口在外省 投靠我落户 要她回老家开准迁证吗", "spouse_hukou",
  has=["准予迁入证明"])
S(["materials"], "夫妻投靠落户要什么材料", "spouse_hukou", has=["结婚证", "住所证明"])
S(["time", "region"], "夫妻投靠 河西区 多久办好", "spouse_hukou", r="hx", has=["5个工作日内办结"])

S(["fact-in-field"], "老人走了多久要去销户口", "death_hukou", has=["死亡后1个月内"])
S(["materials"], "我爸在家里去世的 销户要什么证明", "death_hukou", has=["社区卫生服务中心"])
S(["location", "region"], "死亡销户 沙湾区 在哪办", "death_hukou", r="sw", has=["沙湾区政务服务中心"])
S(["fee"], "外公过世了户口注销收钱吗", "death_hukou", anyof=FREE)
S(["agent"], "婆婆去世了 我是儿媳妇能去销户吗", "death_hukou", has=["亲属持死亡证明即可代为申报"])

S(["fact-in-field"], "外地人在这住多久才能办居住证", "residence", has=["居住半年以上"])
S(["compound", "fact-in-field"], "居住证有效期多久 到期了怎么办", "residence", has=["有效期为1年", "签注"])
S(["materials"], "办居住证要带啥 我是租房子住的", "residence", has=["房屋租赁合同或房产证明", "居住登记凭证"])
S(["agent"], "居住证能不能帮我妈代办 她腿脚不好", "residence", has=["近亲属代为申领"])
S(["location", "region"], "居住证在望江区哪里办", "residence", r="wj", has=["望江区政务服务中心"])
S(["delivery", "traditional"], "居住證辦好了能寄嗎", "residence", anyof=["EMS"], trad=True)
S(["time"], "居住证多久能拿到", "residence", anyof=["7个工作日", "延长至30日"])
S(["cross-region"], "在金城区住 户口在河西区能办居住证吗 还是跨区就不行", "residence",
  has=["全市通办"], codes=[])

S(["revoked/suspended", "location"], "我要办暂住证 去哪里办", "zanzhu", has=["改为办理居住证"],
  no=["每证5元", "暂住人员登记表"], meta={"status": "revoked"})
S(["revoked/suspended", "fee"], "外来人口暂住证多少钱一个", "zanzhu", has=["暂住证已停止发放"],
  no=["每证5元"], meta={"status": "revoked"})

# ---------------------------------------------------------------------------
# 出入境
# ---------------------------------------------------------------------------
S(["fee"], "办护照要多少钱", "passport", has=["每本120元"])
S(["time"], "办护照要几天", "passport", has=["7个工作日内签发"])
S(["agent"], "护照能不能让家里人帮我去办 我在外地读书", "passport", has=["不能代办"])
S(["location", "compound"], "出入境大厅在哪里 周末上班吗", "passport",
  has=["湘江东路77号"], anyof=["周末上午只办理受理和取证业务", "09:00"],
  target=["hall:hall-js-crj"], codes=[])
S(["region", "location"], "在白鹭县能办护照吗 还是要跑到市里", "passport", r="bl",
  has=["白鹭县政务服务中心"])
S(["delivery"], "护照办好可以邮寄到家不", "passport", has=["EMS"])
S(["fee", "traditional"], "辦護照多少錢", "passport", has=["120元"], trad=True)
S(["fact-in-field"], "护照还有五个月过期 能换新的吗", "passport", has=["有效期不足6个月"])

S(["fee"], "去香港签注多少钱", "hk", has=["一次有效签注每件15元"])
S(["online", "visits"], "港澳通行证还有效，再签一次还要跑窗口吗", "hk", has=["自助签注机"])
S(["materials"], "第一次办港澳通行证带什么", "hk", has=["中国公民出入境证件申请表", "居民身份证"])
S(["time"], "港澳通行证几天能拿", "hk", has=["证件7个工作日内签发"])
S(["online"], "港澳签注在网上能办吗", "hk", anyof=["zwfw.jinsha.example/crj/gatxz", "在线办理"])

S(["revoked/suspended", "region"], "白鹭县能办台湾通行证吗", "tw", r="bl", has=["设备更换"],
  no=["赴台事由证明"], meta={"status": "suspended"})
S(["fee"], "去台湾旅游办通行证多少钱", "tw", has=["赴台签注费"], anyof=["每证60元", "一次有效签注每件15元"])

# ---------------------------------------------------------------------------
# 婚姻登记
# ---------------------------------------------------------------------------
S(["fact-in-field"], "女的多大能领结婚证", "marry", has=["女方年满20周岁"])
S(["materials", "compound"], "领证要带什么 户口本要不要", "marry", has=["双方居民身份证", "不再要求提供户口簿"])
S(["cross-region"], "户口都不在金沙 我们在这边上班住了两年 能在这领证吗", "marry", has=["经常居住地"])
S(["agent"], "领结婚证可以一个人去吗 他在外地出差", "marry", has=["不能委托他人代办"])
S(["location", "region"], "金城区领结婚证在哪", "marry", r="jc", has=["金城区婚姻登记处", "桂花园路3号"])
S(["fee"], "结婚登记收费吗", "marry", anyof=FREE)
S(["appointment", "traditional"], "結婚登記要預約嗎", "marry", anyof=[YY], trad=True)
S(["time"], "领证当天能拿到证吗", "marry", anyof=["当场办结", "当场登记"])
S(["materials", "fact-in-field"], "扯证要几张合照", "marry", has=["双方近期半身免冠合影照片"])

S(["fact-in-field"], "离婚冷静期是多少天", "divorce", has=["离婚冷静期", "30日"])
S(["visits"], "协议离婚要跑几趟", "divorce", anyof=["2次"])
S(["agent"], "离婚可以找律师代办吗", "divorce", has=["不能委托他人代办"])
S(["materials"], "离婚要带什么", "divorce", has=["离婚协议书"])
S(["fact-in-field", "compound"], "冷静期过了多久内要去拿离婚证 过了会怎样", "divorce",
  has=["视为撤回离婚登记申请"])

S(["how-to"], "结婚证丢了怎么补", "marry_cert", has=["近期2寸免冠照片"])
S(["agent"], "补结婚证老公在外地回不来怎么办", "marry_cert", has=["经公证的委托书"])
S(["cross-region", "region"], "结婚证是在河西区领的 现在住望江区 能在望江补吗", "marry_cert", r="wj", has=["全省通办"])
S(["time", "compound"], "补办结婚证要等多久 当天能拿吗", "marry_cert", anyof=["当场补发"])

# ---------------------------------------------------------------------------
# 民政
# ---------------------------------------------------------------------------
S(["fact-in-field"], "低保一个月多少钱", "dibao", anyof=["每人每月720元", "每人每年5400元"])
S(["fact-in-field"], "申请低保要公示几天", "dibao", has=["公示7天"])
S(["agent"], "我家老头子瘫在床上 低保能让村里帮忙申请吗", "dibao", has=["委托村（居）民委员会"])
S(["time"], "低保审批要多久", "dibao", anyof=["20个工作日内作出审批决定", "20个工作日"])
S(["long", "materials", "location", "region", "compound"],
  "我是河西区的，老伴去年中风瘫了，儿子在外地打工几年没寄钱回来，我自己没退休金，就靠捡点废品过日子，邻居说可以去申请低保，我不识字，想问下要带些什么东西，去哪里办？",
  "dibao", r="hx", has=["低保申请书", "河西区政务服务中心"])
S(["fact-in-field"], "农村低保一年给多少", "dibao", has=["每人每年5400元"])

S(["fact-in-field"], "五保户要什么条件才能申请", "tekun", has=["无劳动能力"])
S(["fact-in-field"], "特困供养的生活费有多少", "tekun", has=["1.3倍"])
S(["fact-in-field"], "特困人员认定 公示多久", "tekun", has=["公示7天"])

S(["fact-in-field", "compound"], "家里着火了能申请临时救助吗 最多给多少", "linshi", has=["6倍"])
S(["time"], "临时救助急用 要等多久", "linshi", has=["24小时内先行救助"])
S(["long", "materials"],
  "我儿子上个月骑电动车下班路上被车撞了，肇事的跑了到现在都没找到，住院花了四万多，家里的积蓄都花光了，还欠了亲戚不少钱，社区的人说可以申请临时救助，请问要准备什么材料？",
  "linshi", has=["困难情况证明材料"])

S(["fact-in-field", "faq", "revoked/suspended"], "我奶奶91岁了高龄补贴每个月多少", "gaoling",
  has=["每人每月300元"], no=["每人每月50元"], meta={"status": "faq revoked: faq-js-gaoling-2019"})
S(["materials"], "八十岁补贴 要带什么", "gaoling", has=["老年人社会保障卡或银行卡"])
S(["agent"], "我爸85了行动不方便 高龄津贴我能帮他去办吗", "gaoling", has=["代为申请"])
S(["location", "region"], "柳溪镇的老人高龄补贴在哪申请", "gaoling", r="lx", has=["柳溪镇便民服务中心"])
S(["fact-in-field"], "高龄津贴晚了几个月申请能补发吗", "gaoling", has=["不追溯补发"])
S(["fact-in-field", "traditional"], "高齡津貼一百歲有多少", "gaoling", has=["800元"], trad=True)
S(["fact-in-field", "faq", "revoked/suspended"], "听说高龄补贴要90岁以上才有 是不是真的", "gaoling",
  has=["年满80周岁"], no=["80周岁至89周岁的暂不发放"], meta={"status": "faq revoked: faq-js-gaoling-2019"})

S(["fact-in-field"], "老年证多大年纪能办", "youdai", has=["年满60周岁"])
S(["online"], "老年证能在手机上办吗", "youdai", anyof=["zwfw.jinsha.example/mz/youdai", "电子优待证"])
S(["fact-in-field"], "外地户口的老人能办老年证吗", "youdai", has=["外地户籍老年人"])
S(["fact-in-field"], "老年卡坐公交免费吗 多大年纪", "youdai", has=["65周岁以上免费乘坐市内公交"])

S(["how-to"], "开养老院要办什么手续", "yljg", has=["养老机构备案书"], no=["设立申请书"])
S(["fact-in-field"], "养老院备案了以后民政会来检查吗 多久", "yljg", has=["20个工作日内到养老机构现场检查"])
S(["revoked/suspended"], "养老机构设立许可证怎么申请", "yljg_old", has=["改为办理养老机构备案"],
  no=["设立申请书", "养老机构章程"], meta={"status": "revoked"})

S(["fact-in-field", "compound"], "老人去世火化费能减免吗 减多少", "binzang", has=["最高不超过1500元"])
S(["fact-in-field"], "树葬有补贴吗", "binzang", has=["生态安葬奖补每人2000元"])
S(["fact-in-field"], "殡葬补贴要在多长时间内申请", "binzang", has=["火化后6个月内"])
S(["materials"], "惠民殡葬补贴带什么", "binzang", has=["火化证明"])

# ---------------------------------------------------------------------------
# 卫生健康
# ---------------------------------------------------------------------------
S(["fact-in-field"], "准生证现在还要办吗", "shengyu", has=["生育登记服务制度"])
S(["revoked/suspended"], "生二胎要审批吗", "zaishengyu", has=["改为办理生育登记"],
  no=["现有子女病残鉴定证明"], meta={"status": "revoked"})
S(["online"], "生育登记能在网上弄吗", "shengyu", anyof=["zwfw.jinsha.example/wj/shengyu", "生育登记专区"])
S(["fact-in-field"], "没领结婚证可以办生育登记吗", "shengyu", has=["未婚生育的无需提供"])
S(["fact-in-field"], "外地户口在金沙生孩子能登记吗", "shengyu", has=["在本市居住的"])

S(["location"], "出生证明在哪里办", "birth_cert", has=["金沙市妇幼保健院出生医学证明办理窗口", "康宁路45号"])
S(["agent"], "宝宝出生证明爸爸一个人能去办吗", "birth_cert", has=["另一方无需到场"])
S(["materials"], "出生证要带什么", "birth_cert", has=["父母双方居民身份证", "出生医学证明首次签发登记表"])

S(["materials", "compound"], "开美容店要办卫生许可证吗 要什么材料", "ggcs", has=["卫生管理制度"])
S(["fact-in-field"], "卫生许可证有效期几年", "ggcs", has=["有效期为4年"])
S(["time"], "理发店卫生许可证 当天能拿到吗", "ggcs", has=["告知承诺制办理的当场发证"])
S(["fact-in-field"], "宾馆卫生许可证到期了 提前多久去延续", "ggcs", has=["有效期届满30日前"])

# ---------------------------------------------------------------------------
# 人社
# ---------------------------------------------------------------------------
S(["fact-in-field"], "办退休要交满多少年社保", "retire", has=["累计缴费满15年"])
S(["fact-in-field"], "退休手续单位什么时候报", "retire", has=["退休年龄前1个月"])
S(["agent"], "我办退休能让儿子去帮我办吗", "retire", has=["委托他人持委托书代为申报"])
S(["fact-in-field"], "退休金什么时候开始发", "retire", has=["达到退休年龄的次月起"])
S(["online", "visits"], "办退休还要跑社保局吗 网上能不能弄", "retire",
  anyof=["zwfw.jinsha.example/rs/tuixiu", "0次"])
S(["phone"], "退休待遇申领电话", "retire", has=[ph("retire")])

S(["fact-in-field"], "新农保一年交多少钱", "jmyl_reg", has=["每年200元至6000元"])
S(["fact-in-field"], "城乡居民养老交多少政府有补贴", "jmyl_reg", has=["补贴60元"])
S(["fact-in-field"], "农村养老金60岁能领多少", "jmyl_pay", has=["每人每月168元"])
S(["fact-in-field"], "居民养老金要交满几年才能领", "jmyl_pay", has=["累计缴费满15年"], nk=["retire"])
S(["agent"], "我妈七十多了走不动 农村养老金我能代她去申领吗", "jmyl_pay", has=["近亲属持双方身份证代为申领"])

S(["fact-in-field"], "失业金能领多久", "shiye", has=["最长领取12个月"])
S(["fact-in-field"], "被公司辞退了 失业金多少钱一个月", "shiye", has=["最低工资标准的90%"])
S(["fact-in-field"], "失业保险金离职多久内要申请", "shiye", has=["60日内申领"])
S(["online", "traditional"], "失業金網上能申請嗎", "shiye", has=["zwfw.jinsha.example/rs/shiye"], trad=True)
S(["cross-region"], "在长沙交的失业保险 回金沙能领吗", "shiye", has=["全省通办"])

S(["fee"], "第一次办社保卡要钱吗", "sbk_new", has=["首次申领免收工本费"])
S(["agent"], "小孩办社保卡 大人怎么弄", "sbk_new", has=["监护人代为申领"])
S(["delivery"], "新办的社保卡能寄到家吗", "sbk_new", has=["邮寄到家"])

S(["fee"], "社保卡丢了补办要多少钱", "sbk_lost", has=["每张15元"])
S(["how-to"], "社保卡掉了第一步要干嘛", "sbk_lost", has=["挂失", "12333"])
S(["agent"], "社保卡坏了能让别人帮我换吗", "sbk_lost", has=["代办人持双方居民身份证"])
S(["phone", "region"], "沙湾区社保卡补办电话", "sbk_lost", r="sw", has=[ph("sbk_lost", "sw")])

S(["compound", "fact-in-field"], "工伤认定单位不给报 我自己能申请吗 有时间限制吗", "gongshang", has=["1年内可以直接申请"])
S(["time"], "工伤认定多长时间出结果", "gongshang", anyof=["60日内作出工伤认定决定", "15日内作出认定决定"])
S(["long", "materials", "location", "compound"],
  "我在河西区一家工厂上班，上个月在车间搬货的时候从梯子上摔下来把腰摔伤了，住了十几天院，老板说这个不算工伤只给了两千块钱就不管了，我想问一下工伤认定要准备哪些材料，去哪里申请？",
  "gongshang", r="hx", has=["工伤认定申请表", "金沙市政务服务中心"])
S(["fact-in-field"], "单位要在出事后几天内申请工伤认定", "gongshang", has=["30日内提出工伤认定申请"])

S(["fact-in-field"], "退休老人去世了丧葬费有多少", "sangzang", has=["每人5000元"])
S(["fact-in-field"], "抚恤金怎么算", "sangzang", has=["月基本养老金的10倍"])
S(["fact-in-field"], "老爸去世大半年了 丧葬补助金还能领吗", "sangzang", has=["死亡后6个月内申领"])

# ---------------------------------------------------------------------------
# 医保
# ---------------------------------------------------------------------------
S(["fact-in-field"], "新生儿医保多久内要交", "jmyb", has=["出生之日起90日内"])
S(["compound", "fact-in-field"], "居民医保一年交多少钱 什么时候交", "jmyb", has=["每人每年400元", "9月1日至12月31日"])
S(["fact-in-field"], "低保户交医保要自己出钱吗", "jmyb", has=["政府全额资助"])
S(["fact-in-field", "traditional"], "新農合一年交幾多錢", "jmyb", has=["400元"], trad=True)

S(["faq", "revoked/suspended", "visits", "online"], "去外地看病备案要回来跑一趟吗", "yidi",
  anyof=["备案即时生效", "国家医保服务平台", "zwfw.jinsha.example/yb/yidi"],
  no=["三级医院出具的转诊证明", "须本人回参保地医保局现场备案"], meta={"status": "faq revoked: faq-js-yidi-2018"})
S(["fact-in-field"], "临时外出就医备案有效期多久", "yidi", has=["有效期为6个月"])
S(["fact-in-field"], "没备案在外地住院了回来报销会少报吗", "yidi", has=["降低10个百分点"])

S(["fact-in-field"], "慢性病卡什么时候评审", "mtb", has=["每年3月、6月、9月、12月集中评审"])
S(["materials"], "办慢病要什么资料", "mtb", has=["近2年的诊断证明"])

S(["compound", "fact-in-field"], "产假多少天 生育津贴怎么算", "sy_jintie", has=["产假158天", "除以30"])
S(["fact-in-field"], "生育津贴生完孩子多久内要申请", "sy_jintie", has=["分娩之日起1年内"])
S(["fact-in-field"], "难产产假能多几天", "sy_jintie", has=["难产的增加15天"])

# ---------------------------------------------------------------------------
# 公积金
# ---------------------------------------------------------------------------
S(["materials"], "买房子取公积金要什么", "gjj_buy", has=["购房发票"])
S(["fact-in-field"], "买房两年多了还能取公积金吗", "gjj_buy", has=["2年内申请"])
S(["location", "compound"], "住房公积金那个大厅在什么位置 下午几点下班", "gjj_buy", has=["凤凰大道9号"], anyof=["17:30"],
  target=["hall:hall-js-gjj"], codes=[])
S(["fact-in-field"], "租房提取公积金一年能取多少", "gjj_rent", has=["每人每年最高提取15000元"])
S(["materials"], "租房取公积金要租房合同吗", "gjj_rent", has=["无需提供租房合同"])
S(["fact-in-field", "faq"], "公积金贷款最多能贷多少", "gjj_loan", anyof=["50万元", "15倍"],
  target=["item:gjj_loan", "faq:faq-js-gjj-quota"], codes=[])
S(["fact-in-field"], "公积金贷款要交满多久", "gjj_loan", has=["满6个月"])
S(["fact-in-field"], "公积金贷款最长能贷几年", "gjj_loan", has=["最长30年"])

# ---------------------------------------------------------------------------
# 不动产
# ---------------------------------------------------------------------------
S(["fee"], "二手房过户要交多少登记费", "house_transfer", has=["住宅每件80元"])
S(["time"], "二手房过户几天能拿证", "house_transfer", has=["3个工作日内办结"])
S(["agent"], "卖方人在国外 过户能委托吗", "house_transfer", has=["经公证的委托书"])
S(["location", "region"], "白鹭县二手房过户在哪办", "house_transfer", r="bl", has=["白鹭县政务服务中心"])
S(["fact-in-field"], "房子还有贷款没还完 能过户吗", "house_transfer", has=["先解除抵押或经抵押权人同意"])

S(["fact-in-field"], "房子抵押登记能在银行办吗", "mortgage", has=["银行网点"])
S(["time"], "抵押登记要几天", "mortgage", has=["1个工作日内办结"])

S(["online"], "查我名下有几套房 在网上能查吗", "bdc_query", anyof=["zwfw.jinsha.example/bdc/chaxun", "自助查询机"])
S(["revoked/suspended", "region"], "白鹭县能查房产吗", "bdc_query", r="bl", has=["系统升级"],
  meta={"status": "suspended"})
S(["agent"], "帮我爸查房产信息要什么手续", "bdc_query", has=["经公证的委托书"])

S(["how-to"], "房产证丢了怎么补", "bdc_lost", has=["遗失声明"])
S(["fact-in-field"], "补房产证遗失声明要登多少天", "bdc_lost", has=["15个工作日"])

# ---------------------------------------------------------------------------
# 车驾管
# ---------------------------------------------------------------------------
S(["fee"], "新车上牌要多少钱", "car_new", has=["小型汽车每副100元"])
S(["agent"], "新车上牌可以让4S店帮我办吗", "car_new", has=["委托他人代为办理"])
S(["location", "compound"], "车管所在哪 周六上班吗", "car_new", has=["车城大道8号"], anyof=["周六正常办公"],
  target=["hall:hall-js-cgs"], codes=[])
S(["time"], "新车上牌当天能拿到牌照吗", "car_new", has=["当场核发号牌和行驶证"])
S(["region", "location"], "白鹭县有车管所吗 上牌能在县里办不", "car_new", r="bl", has=["白鹭县车管分所"])

S(["fact-in-field"], "二手车买了多久内要过户", "car_transfer", has=["30日内申请转移登记"])
S(["cross-region"], "外市的车过户到金沙要回原地吗", "car_transfer", anyof=["跨市通办", "全省通办"])
S(["materials"], "二手车过户要带什么", "car_transfer", has=["机动车登记证书"])

S(["online"], "驾照丢了 手机上能补吗", "dl_lost", anyof=["gab.122.jinsha.example/jzbl", "交管12123"])
S(["fee"], "补驾照多少钱", "dl_lost", has=["每本10元"])
S(["fact-in-field"], "驾照被扣了12分 又掉了能补吗", "dl_lost", has=["记满12分"])

S(["fact-in-field"], "驾照到期前多久要去换", "dl_renew", has=["有效期满前90日内"])
S(["fact-in-field"], "七十多岁了驾照换证要注意啥", "dl_renew", has=["70周岁以上"])
S(["materials"], "驾照换证要体检吗", "dl_renew", has=["身体条件证明"])
S(["online", "traditional"], "駕照到期換證手機上能辦嗎", "dl_renew", anyof=["gab.122.jinsha.example/jzhz", "12123"], trad=True)

S(["fact-in-field"], "新车几年不用年检", "car_check", has=["10年内实行免检"])
S(["online"], "年检标志可以网上领吗", "car_check", anyof=["电子检验合格标志", "gab.122.jinsha.example/nianjian"])

# ---------------------------------------------------------------------------
# 市场监管、税务
# ---------------------------------------------------------------------------
S(["fee"], "开个小卖部办营业执照要钱吗", "geti_new", anyof=FREE)
S(["online", "time", "compound"], "个体户执照网上能办吗 多久", "geti_new",
  has=["1个工作日内发照"], anyof=["zwfw.jinsha.example/sc/gtsl", "湘企通"])
S(["fact-in-field"], "住的房子能拿来注册个体户吗", "geti_new", has=["经营场所可以使用住宅"])
S(["agent"], "办个体执照让我表哥帮我跑一趟可以吗", "geti_new", has=["委托书"])
S(["location", "region"], "金城区办个体营业执照在哪里", "geti_new", r="jc", has=["金城区政务服务中心"])

S(["fact-in-field"], "个体户经营范围想加一项 多少天内要去变更", "geti_change", has=["30日内申请变更登记"])
S(["fact-in-field"], "个体户把店转给我弟弟 要先注销吗", "geti_change", has=["无需先注销再设立"])
S(["fact-in-field"], "个体户注销要公示多少天", "geti_cancel", has=["公示20日"])
S(["how-to"], "个体户不做了怎么注销", "geti_cancel", has=["营业执照正、副本"], anyof=["清税", "简易注销"])

S(["fact-in-field"], "注册公司注册资本要几年缴足", "company", has=["5年内缴足"])
S(["fact-in-field"], "开公司刻章要钱吗", "company", has=["免费发放首套印章"])

S(["time", "compound"], "开奶茶店要办什么证 要多久", "food_new", anyof=["5个工作日内作出决定", "5个工作日"])
S(["fact-in-field"], "只卖包装好的零食要办食品经营许可证吗", "food_new", has=["实行备案管理"])
S(["fact-in-field"], "办食品经营许可证 市场监管的人要到铺面上来看吗", "food_new", has=["现场核查"])
S(["location", "region"], "开小吃店 望江区 食品许可在哪办", "food_new", r="wj", has=["望江区政务服务中心"])
S(["fact-in-field"], "食品经营许可证快到期了 什么时候申请延续", "food_renew", has=["有效期届满前90个工作日至15个工作日"])
S(["fact-in-field"], "食品许可证有效期几年", "food_renew", has=["有效期为5年"])
S(["fact-in-field", "compound"], "饭店不开了 食品经营许可证要注销吗 多长时间内", "food_cancel", has=["30个工作日内申请注销"])
S(["fact-in-field"], "食品许可证找不到了还能注销吗", "food_cancel", has=["书面说明"])

S(["location"], "个人开发票去哪开", "invoice", anyof=["财富路20号", "个人所得税APP"])
S(["fact-in-field"], "自然人代开发票要交增值税吗", "invoice", has=["10万元"])

# ---------------------------------------------------------------------------
# 教育
# ---------------------------------------------------------------------------
S(["fact-in-field"], "孩子九月份满六岁 能上一年级吗", "school", has=["8月31日前年满6周岁"])
S(["fact-in-field"], "外地户口孩子在金沙上小学要什么条件", "school", has=["居住证满1年"])
S(["fact-in-field"], "小学网上报名什么时候", "school", has=["6月10日至6月20日"])
S(["materials"], "一年级报名要准备哪些资料", "school", has=["儿童户口簿"])
S(["phone", "region"], "河西区教育局电话 小孩上学报名的事", "school", r="hx", has=[ph("school", "hx")])
S(["long", "fact-in-field", "region", "compound"],
  "我们一家是去年从外省搬到沙湾区的，我和老公都在这边上班，租的房子，孩子今年8月份满6岁了，我想知道她能不能在这边读一年级，需要我们有居住证多久、社保交满多久，在哪报名？",
  "school", r="sw", has=["居住证满1年", "连续缴纳社保满1年"])
S(["fact-in-field", "faq"], "怎么查房子对应哪个小学", None, has=["输入房产地址"],
  target=["faq:faq-js-school-zone"], desc="知识库：学区查询")

S(["fact-in-field"], "教资认定普通话要几级", "teacher", has=["二级乙等"])
S(["materials"], "教资认定体检在哪做", "teacher", has=["指定医院体检"])

# ---------------------------------------------------------------------------
# 残疾人、退役军人
# ---------------------------------------------------------------------------
S(["materials"], "办残疾证要带几张照片", "canji_card", has=["近期2寸免冠白底彩色照片"])
S(["faq", "fact-in-field"], "老人瘫痪在床去不了医院 评残能上门吗", "canji_card",
  anyof=["上门评残", "上门评定服务"], target=["item:canji_card", "faq:faq-js-canji-home"], codes=[])
S(["agent"], "残疾证能帮家人代办吗", "canji_card", has=["法定监护人或近亲属代为申请"])
S(["appointment"], "评残要预约吗", "canji_card", anyof=[YY, "须提前预约"])

S(["fact-in-field"], "一级残疾护理补贴一个月多少", "canji_subsidy", has=["一级每人每月100元"])
S(["fact-in-field"], "残疾人两项补贴从什么时候开始发", "canji_subsidy", has=["次月起按月发放"])
S(["fact-in-field"], "低保家里的残疾人生活补贴多少钱", "canji_subsidy", has=["每人每月90元"])

S(["fact-in-field"], "退伍军人优待证有什么用", "vet_card", has=["市内公交免费乘坐"])
S(["time"], "退役军人优待证多久能拿到", "vet_card", has=["制证周期约30天"])
S(["fact-in-field"], "儿子去当兵了 家里有优待金吗 多少", "yiwubing", has=["每年12000元"])
S(["fact-in-field"], "义务兵优待金什么时候申请", "yiwubing", has=["12月底前"])

# ---------------------------------------------------------------------------
# 住建、交通、农业、文旅
# ---------------------------------------------------------------------------
S(["fact-in-field"], "多大的工程要办施工许可证", "construction", has=["100万元以上", "500平方米以上"])
S(["fact-in-field"], "拿到施工许可证多久内要开工", "construction", has=["3个月内开工"])

S(["revoked/suspended", "region"], "沙湾区能申请公租房吗", "gongzu", r="sw", has=["房源已全部配租"],
  meta={"status": "suspended"})
S(["fact-in-field", "region"], "公租房 金城区 收入什么标准", "gongzu", r="jc", has=["60%"])
S(["fact-in-field", "region"], "河西区公租房审核公示几天", "gongzu", r="hx", has=["公示5个工作日"], nk=["zhaijidi"])

S(["fact-in-field"], "4.5吨以下货车跑运输要办道路运输证吗", "freight", has=["无需办理道路运输经营许可"])
S(["fact-in-field"], "开出租车驾照要拿几年", "taxi", has=["1年以上"])
S(["online"], "出租车资格证考试在哪报名", "taxi", has=["区域科目考试"])

S(["fact-in-field"], "农村宅基地一户最多批多大", "zhaijidi", has=["每户不超过130平方米"])
S(["fact-in-field"], "批宅基地村里要公示几天", "zhaijidi", has=["公示5个工作日"], nk=["gongzu"])
S(["location", "region"], "柳溪镇建房审批在哪办", "zhaijidi", r="lx", has=["柳溪街12号"])
S(["revoked/suspended"], "买收割机的补贴现在能申请吗", "nongji", has=["资金已申请完毕"],
  no=["购机发票"], meta={"status": "suspended"})
S(["fact-in-field"], "种粮补贴一亩多少钱", "gengdi", has=["每亩105元"])
S(["fact-in-field"], "地荒着的还有地力补贴吗", "gengdi", has=["长年抛荒"])

S(["fact-in-field"], "办演唱会要提前多少天审批", "yanchu", has=["演出日期3日前"])
S(["fact-in-field"], "5000人的演出还要找公安吗", "yanchu", has=["安全许可"])
S(["fact-in-field"], "开KTV离学校要多远", "yule", has=["不少于200米"])
S(["fact-in-field"], "KTV包厢能做隔断吗", "yule", has=["不得设置隔断"])

# ---------------------------------------------------------------------------
# 电话、投诉、预约、邮寄、跑几次、通办、“怎么办”卡片
# ---------------------------------------------------------------------------
EXPRESS = ["支持邮寄", "可以邮寄", "寄递", "邮寄到家", "EMS"]
S(["phone", "region"], "对金城区办身份证的服务不满意 投诉电话多少", "id_renew", r="jc", has=["0748-2912000"])
S(["phone", "region"], "沙湾区婚姻登记处态度太差了 投诉打哪个电话", "marry", r="sw", has=["0748-3912000"])
S(["how-to", "region", "phone"], "沙湾区办居住证怎么办", "residence", r="sw", has=["居住登记凭证", ph("residence", "sw")])
S(["how-to", "region", "phone"], "河西区结婚登记怎么办理", "marry", r="hx", has=["双方居民身份证", ph("marry", "hx")])
S(["how-to", "region", "phone"], "白鹭县新车上牌怎么办", "car_new", r="bl", has=["机动车整车出厂合格证明", ph("car_new", "bl")])
S(["how-to", "region"], "望江区个体户营业执照怎么办", "geti_new", r="wj", has=["经营者居民身份证", ph("geti_new", "wj")])
S(["how-to"], "护照怎么办理", "passport", has=["居民身份证", "每本120元"])
S(["how-to"], "公积金租房提取怎么办", "gjj_rent", has=["本人银行卡"])
S(["how-to", "online"], "异地就医备案怎么弄", "yidi", anyof=["zwfw.jinsha.example/yb/yidi", "国家医保服务平台"])
S(["how-to"], "残疾证怎么办", "canji_card", has=["残疾人证申请表"])
S(["how-to", "region"], "河西区低保怎么申请", "dibao", r="hx", has=["低保申请书", ph("dibao", "hx")])
S(["visits"], "办护照要跑几次", "passport", anyof=["1次", "一次"])
S(["visits", "online"], "个体户注销要跑几趟", "geti_cancel", anyof=["0次", "不用跑", "zwfw.jinsha.example/sc/gtzx"])
S(["visits"], "二手房过户要去几次", "house_transfer", anyof=["1次", "一次"])
S(["visits"], "公积金贷款要跑几次", "gjj_loan", anyof=["2次"])
S(["delivery"], "驾照补办能寄吗", "dl_lost", has=["邮寄到家"])
S(["delivery"], "房产证补发下来能寄到家吗", "bdc_lost", anyof=EXPRESS, no=NOT_EXPRESS)
S(["delivery"], "离婚证能邮寄吗", "divorce", anyof=NOT_EXPRESS)
S(["delivery"], "销户以后的注销证明能寄给我吗", "death_hukou", anyof=NOT_EXPRESS)
S(["appointment"], "二手房过户能预约吗", "house_transfer", anyof=APPT)
S(["appointment"], "公积金贷款可以预约吗", "gjj_loan", anyof=APPT)
S(["appointment"], "低保要预约吗", "dibao", anyof=NOT_APPT)
S(["appointment", "region"], "沙湾区补身份证要不要先预约", "id_lost", r="sw", anyof=APPT)
S(["cross-region"], "残疾证在外省能办吗", "canji_card", has=["跨省通办"])
S(["cross-region"], "驾照在外地能补吗", "dl_lost", has=["跨省通办"])
S(["cross-region"], "社保卡在长沙能补吗 我是金沙参保的", "sbk_lost", has=["全省通办"])
S(["phone", "location"], "出入境电话多少", "passport",
  anyof=[hall_by_id("hall-js-crj")["phone"], ph("passport", "city"), ph("hk", "city"), ph("tw", "city")],
  target=["hall:hall-js-crj", f"guide:{code('passport', 'city')}", f"guide:{code('hk', 'city')}",
          f"guide:{code('tw', 'city')}"], codes=[])
S(["phone", "location"], "交警车管所咨询电话是好多", "car_new",
  anyof=[hall_by_id("hall-js-cgs")["phone"], ph("car_new", "city"), ph("car_transfer", "city"),
         ph("dl_lost", "city"), ph("dl_renew", "city"), ph("car_check", "city")],
  target=["hall:hall-js-cgs", f"guide:{code('car_new', 'city')}", f"guide:{code('car_transfer', 'city')}",
          f"guide:{code('dl_lost', 'city')}", f"guide:{code('dl_renew', 'city')}", f"guide:{code('car_check', 'city')}"],
  codes=[])
S(["phone"], "公积金提取打哪个电话问", "gjj_buy", anyof=[ph("gjj_buy"), ph("gjj_rent")],
  target=[f"guide:{code('gjj_buy')}", f"guide:{code('gjj_rent')}"], codes=[])
S(["fact-in-field"], "办完出生登记给什么", "birth_reg", has=["新生儿户籍页"])
S(["fact-in-field"], "工伤认定下来给个什么文书", "gongshang", has=["认定工伤决定书"])
S(["fact-in-field"], "宅基地批下来发什么证", "zhaijidi", has=["乡村建设规划许可证"])
S(["phone", "traditional", "region"], "望江區辦居住證電話", "residence", r="wj", has=[ph("residence", "wj")], trad=True)
S(["fee", "traditional"], "二手房過戶登記費幾多", "house_transfer", has=["80元"], trad=True)
S(["fee", "traditional"], "新車上牌幾多錢", "car_new", has=["100元"], trad=True)
S(["fee", "traditional"], "補駕照要幾多錢", "dl_lost", has=["10元"], trad=True)
S(["fact-in-field", "traditional"], "城市低保每個月幾多錢", "dibao", has=["720元"], trad=True)
S(["fee", "traditional"], "港澳通行證簽注幾多錢", "hk", has=["15元"], trad=True)
S(["fact-in-field", "traditional"], "種糧補貼一畝有幾多", "gengdi", has=["105元"], trad=True)
S(["phone", "traditional", "region"], "沙灣區結婚登記電話係幾多", "marry", r="sw", has=[ph("marry", "sw")], trad=True)

# ---------------------------------------------------------------------------
# 长问题（热线式叙述）
# ---------------------------------------------------------------------------
S(["long", "cross-region", "materials", "region", "compound"],
  "我跟我男朋友都是外地人，他是四川的，我是江西的，我们在金沙望江区工作三年了，都办了居住证，今年想结婚，不想跑回老家去领证，请问在望江区能不能领结婚证，要带哪些东西？",
  "marry", r="wj", has=["居住证", "双方居民身份证"])
S(["long", "fact-in-field", "agent", "region", "compound"],
  "我家老爷子今年82岁了，户口在白鹭县柳溪镇，一直跟我住在城里，他腿脚不好走不了远路，听村里人说80岁以上的老人每个月有补贴，我想帮他去申请，每个月能领多少，我代办要带什么？",
  "gaoling", r="lx", has=["每人每月100元", "代办人居民身份证"])
S(["long", "fact-in-field", "cross-region", "compound"],
  "我上个月在二手车市场买了一辆车，卖家是长沙的，车牌也是长沙的，现在车子开回金沙来了，朋友说要尽快过户，不然出了事很麻烦，请问最晚什么时候之前要过户，能不能直接在金沙办？",
  "car_transfer", has=["30日内申请转移登记"], anyof=["跨市通办", "全省通办"])
S(["long", "online", "agent", "compound"],
  "我母亲退休后跟我妹妹住在广州帮忙带孩子，医保是在金沙交的，最近她身体不太好要在广州住院检查，听说要先备案才能直接报销，她年纪大了不会弄手机，我能不能帮她在网上备案，备案以后多久能生效？",
  "yidi", has=["备案即时生效"])
S(["long", "materials", "fee", "region", "compound"],
  "我今年七十三了，身份证前几天刚到期了，儿子在外地打工，我自己腿脚还行，就是不会用手机上那个预约，想问问直接去窗口能不能换，换身份证要带啥，要多少钱？我住在沙湾区。",
  "id_renew", r="sw", has=["原居民身份证", "每证20元"])
S(["long", "time", "materials", "region", "compound"],
  "我和朋友准备在河西区开一家卤味熟食店，营业执照上周已经办下来了，现在不知道食品经营许可证怎么弄，听说还要派人到铺面上查看，请问大概多长时间能办下来，需要准备哪些材料？",
  "food_new", r="hx", has=["食品经营许可申请书"], anyof=["5个工作日内作出决定", "5个工作日"])
S(["long", "fact-in-field", "visits", "compound"],
  "我和我老公结婚八年了，这两年一直感情不和，已经商量好了协议离婚，孩子跟我，房子归他，听说现在离婚有个冷静期，想问下冷静期是多长时间，冷静期过了之后还要再去一趟吗？",
  "divorce", has=["30日"], anyof=["2次", "共同到场申请发给离婚证"])
S(["long", "fact-in-field", "materials"],
  "俺是柳溪镇的，家里三口人种了七八亩田，今年听村干部说有个种粮的补贴，按亩数发钱，去年有块地没种荒了一年，想问问这补贴一亩给多少，荒了的那块地还给不给，要准备什么？",
  "gengdi", r="lx", has=["每亩105元", "长年抛荒"])
S(["long", "fact-in-field", "agent", "compound"],
  "我爸今年六十一了，在农村老家交了十六年的城乡居民养老保险，现在生病人在医院住着出不来，村里说可以去领养老金了，我想问他一个月能领多少钱，我做儿子的能不能替他去办？",
  "jmyl_pay", has=["每人每月168元", "近亲属持双方身份证代为申领"])
S(["long", "fact-in-field", "compound"],
  "本人在金沙一家物流公司上了三年班，社保一直是公司交的，上个月公司裁员把我辞退了，现在还没找到新工作，房贷每个月还要还，想了解下失业金一个月大概有多少，最长能领几个月？",
  "shiye", has=["最低工资标准的90%"], anyof=["最长领取12个月"])

# ---------------------------------------------------------------------------
# 热线知识库
# ---------------------------------------------------------------------------
def F(tags, say, fid, **kw):
    S(["faq"] + tags, say, None, target=[f"faq:{fid}"], desc=f"知识库 {fid}", **kw)


F([], "自助签注机在哪里", "faq-js-hk-machine", has=["1楼东侧自助区"])
F(["fact-in-field"], "签注机晚上能用吗", "faq-js-hk-machine", has=["24小时开放"])
F(["appointment"], "520那天能去领证吗 要不要约", "faq-js-520", has=["提前7天"])
F(["fact-in-field"], "驾照扣满12分了怎么办", "faq-js-points", has=["为期7天"])
F(["fact-in-field"], "学法减分最多减几分", "faq-js-points", has=["最高减免6分"])
F(["fact-in-field"], "公积金贷款额度怎么算的", "faq-js-gjj-quota", has=["账户余额的15倍"])
F(["fact-in-field"], "个体户年报什么时候报", "faq-js-annual-report", has=["1月1日至6月30日"])
F(["fact-in-field"], "个体户年报没报会怎么样", "faq-js-annual-report", has=["经营异常状态"])
F(["fact-in-field"], "高龄津贴算不算低保家庭收入", "faq-js-dibao-income", has=["不计入家庭收入"])
F(["fact-in-field"], "家里有重残的可以单独申请低保吗", "faq-js-dibao-income", has=["单独申请低保"])
F([], "社保卡领了要激活吗", "faq-js-sbk-activate", has=["金融功能"])
F(["fee"], "市民之家停车要钱吗", "faq-js-parking", has=["免费停放2小时"])
F(["fee", "traditional"], "市民之家泊車超過兩個鐘點收幾多", "faq-js-parking", has=["3元"], trad=True)
F(["fact-in-field"], "二套房公积金贷款最多贷房价的几成", "faq-js-gjj-quota", has=["70%"])
S(["faq", "revoked/suspended"], "没有准生证能给小孩上户口吗", "birth_reg",
  anyof=["出生医学证明", "不再审批"], no=["社会抚养费", "计生办盖章"],
  target=["item:birth_reg", "item:shengyu"], codes=[], meta={"status": "faq revoked: faq-js-zhunsheng-2015"})

# ---------------------------------------------------------------------------
# 一件事
# ---------------------------------------------------------------------------
def B(tags, say, bid, **kw):
    S(["bundle"] + tags, say, None, target=[f"bundle:{bid}"], desc=f"一件事 {bid}", **kw)


B([], "生了孩子要办哪些证", "bundle-js-birth", has=["出生医学证明首次签发", "出生登记", "社会保障卡申领"])
B([], "开个小饭馆要办哪些手续", "bundle-js-shop", has=["个体工商户设立登记", "食品经营许可（新办）"])
B([], "家里老人去世了要办哪些手续", "bundle-js-death", has=["死亡人员户口注销", "惠民殡葬补贴申领"])
B([], "退休一件事都包括啥", "bundle-js-retire", has=["职工基本养老保险退休待遇申领", "老年人优待证办理"])
B(["online", "compound"], "出生一件事在哪里办 网上能办吗", "bundle-js-birth", has=["出生一件事专区"])
B([], "开理发店一次要办哪几样", "bundle-js-shop", has=["公共场所卫生许可", "个体工商户设立登记"])
B(["fact-in-field"], "身后一件事先办哪个后办哪个", "bundle-js-death", has=["先凭居民死亡医学证明注销户口"])
B(["long", "online", "compound"],
  "我老婆上周在妇幼保健院生了个女儿，我是金城区户口，老婆是外地户口，听说现在新生儿的出生证、上户口、医保、社保卡可以一起办，想问问要先办哪个后办哪个，在手机上能不能弄？",
  "bundle-js-birth", has=["出生一件事专区"], anyof=["先由出生医院签发出生医学证明"])

# ---------------------------------------------------------------------------
# 目录里没有的事项（应答“没有找到”）
# ---------------------------------------------------------------------------
N("电动车上牌在哪里办", nk=["car_new"], no=["小型汽车每副100元", "机动车整车出厂合格证明"])
N("电瓶车要上牌照吗 去哪上", nk=["car_new"], no=["小型汽车每副100元"])
N("摩托车驾照增驾怎么报名", nk=["dl_renew", "dl_lost"], no=["身体条件证明"])
N("驾校报名要什么条件", nk=["dl_renew", "taxi"], no=["区域科目考试"])
N("幼儿园报名要带什么", nk=["school"], no=["儿童户口簿", "8月31日前年满6周岁"])
N("中考报名什么时候开始", nk=["school"], no=["6月10日至6月20日"])
N("高考报名在哪里报", nk=["school"], no=["6月10日至6月20日"])
N("成人自考怎么报名", nk=["school", "teacher"], no=["二级乙等"])
N("港澳居民来往内地通行证就是回乡证怎么办", nk=["hk"], no=["一次有效签注每件15元"])
N("外国老婆来中国住 居留许可怎么办", nk=["passport", "residence"], no=["每本120元", "居住登记凭证"])
N("港澳居民居住证怎么申请", nk=["residence"], no=["居住登记凭证"])
N("台湾居民来往大陆通行证台胞证在哪补办", nk=["tw"], no=["赴台签注费", "赴台事由证明"])
N("外国人来华工作许可怎么申请", nk=["passport"], no=["每本120元"])
N("涉外婚姻登记去哪办 老公是越南人", nk=["marry"], no=["不再要求提供户口簿", "双方近期半身免冠合影照片"])
N("收养小孩要办什么手续", nk=["marry", "birth_reg"], no=["出生后1个月内"])
N("户口本丢了怎么补办", nk=["id_lost", "birth_reg"], no=["每证40元"])
N("临时身份证怎么办 坐火车急用", nk=["id_lost", "id_first"], no=["每证40元", "每证20元"])
N("无犯罪记录证明去哪开", nk=["id_first"], no=["每证20元"])
N("单身证明在哪开 就是婚姻状况证明", nk=["marry", "marry_cert"], no=["近期2寸免冠照片"])
N("犬只年审在哪里办", nk=["car_check"], no=["10年内实行免检"])
N("开小卖部卖烟要办烟草专卖零售许可证 怎么办", nk=["food_new", "geti_new"], no=["食品经营许可申请书"])
N("开药店要办什么许可证", nk=["food_new"], no=["食品经营许可申请书"])
N("卖医疗器械要办证吗", nk=["food_new"], no=["食品经营许可申请书"])
N("过年卖烟花爆竹要办什么证", nk=["food_new", "yule"], no=["食品经营许可申请书", "娱乐场所经营许可申请表"])
N("开网吧要什么许可证", nk=["yule"], no=["娱乐场所经营许可申请表", "不少于200米"])
N("旅行社设立许可怎么申请", nk=["yanchu", "yule"], no=["营业性演出申请登记表"])
N("导游证怎么考", nk=["taxi", "teacher"], no=["区域科目考试"])
N("餐饮从业人员健康证在哪办", nk=["food_new", "ggcs"], no=["食品经营许可申请书", "卫生管理制度"])
N("诊所执业许可证怎么办", nk=["ggcs"], no=["卫生管理制度"])
N("放射诊疗许可怎么申请", nk=["ggcs"], no=["卫生管理制度"])
N("社保关系转移到外省怎么办", nk=["retire", "jmyl_reg"], no=["累计缴费满15年"])
N("医保家庭共济怎么绑定家人", nk=["jmyb", "yidi"], no=["每人每年400元"])
N("装修房子能取公积金吗", nk=["gjj_buy", "gjj_rent"], no=["购房发票", "每人每年最高提取15000元"])
N("公积金异地转移接续怎么办", nk=["gjj_buy", "gjj_rent", "gjj_loan"], no=["购房发票"])
N("开发商申请商品房预售许可要什么材料", nk=["house_transfer", "construction"], no=["住宅每件80元"])
N("房屋租赁备案在哪办", nk=["gongzu", "gjj_rent"], no=["公共租赁住房申请表"])
N("水电燃气过户怎么弄", nk=["house_transfer", "car_transfer"], no=["住宅每件80元", "机动车登记证书"])
N("车子报废注销怎么办", nk=["car_transfer", "car_new"], no=["30日内申请转移登记"])
N("临时号牌怎么办 新车还没上牌想先开", nk=["car_new"], no=["小型汽车每副100元"])
N("违章罚款在哪交", nk=["car_check", "dl_lost"], no=["最高减免6分", "每本10元"])
N("ETC在哪办理", nk=["car_new"], no=["小型汽车每副100元"])
N("船员证怎么办", nk=["taxi"], no=["区域科目考试"])
N("渔船捕捞许可证怎么申请", nk=["gengdi", "zhaijidi"], no=["每亩105元"])
N("砍树要办林木采伐许可证吗 去哪办", nk=["zhaijidi"], no=["每户不超过130平方米"])
N("取水许可证怎么办", nk=["construction"], no=["100万元以上"])
N("排污许可证怎么申请", nk=["construction", "ggcs"], no=["100万元以上"])
N("建设工程规划许可证怎么办", nk=["construction"], no=["建筑工程施工许可申请表"])
N("建筑企业资质怎么申请", nk=["construction"], no=["建筑工程施工许可申请表"])
N("电工证怎么考 特种作业操作证", nk=["taxi"], no=["区域科目考试"])
N("法律援助怎么申请", nk=["linshi"], no=["临时救助申请书"])
N("孩子出国读书要办出生公证 去哪办", nk=["birth_cert", "birth_reg"], no=["出生医学证明首次签发登记表"])
N("学历认证在哪做", nk=["teacher"], no=["二级乙等"])
N("民办学校办学许可证怎么办", nk=["teacher", "school"], no=["二级乙等"])
N("残疾人机动轮椅车燃油补贴在哪领", nk=["canji_subsidy"], no=["一级每人每月100元"])
N("烈士褒扬金怎么领", nk=["yiwubing", "vet_card"], no=["每年12000元"])
N("退役军人创业贷款贴息怎么申请", nk=["vet_card", "yiwubing"], no=["每年12000元"])
N("公墓买墓地去哪办", nk=["binzang"], no=["最高不超过1500元"])
N("迁坟有补偿吗 找哪个部门", nk=["binzang"], no=["生态安葬奖补每人2000元"])
N("独生子女父母奖励金怎么领", nk=["shengyu"], no=["生育登记专区"])
N("孕妇产检补贴在哪里领", nk=["sy_jintie"], no=["产假158天"])
N("营业执照丢了怎么补办", nk=["geti_change", "geti_new"], no=["个体工商户变更登记申请书"])
N("个人独资企业注册要什么材料", nk=["company", "geti_new"], no=["公司章程"])
N("农民专业合作社设立登记怎么办", nk=["company"], no=["公司章程"])
N("商标注册怎么申请", nk=["company"], no=["公司章程"])
N("个体户税务定额怎么核定", nk=["invoice"], no=["10万元"])
N("买房的契税在哪交", nk=["house_transfer", "invoice"], no=["住宅每件80元"])
N("学生公交卡在哪办", nk=["youdai"], no=["65周岁以上免费乘坐市内公交"])
N("献血证丢了怎么补", nk=["marry_cert", "id_lost"], no=["每证40元"])
N("出生医学证明丢了怎么补办", nk=["birth_cert"], no=["出生医学证明首次签发登记表"])
N("城市道路挖掘许可怎么办", nk=["construction"], no=["建筑工程施工许可申请表"])
N("店门口招牌设置要审批吗", nk=["ggcs", "yule"], no=["卫生管理制度"])
N("在路边摆摊要办占道经营许可吗", nk=["geti_new"], no=["经营场所可以使用住宅"])
N("劳务派遣经营许可证怎么办", nk=["freight"], no=["道路货物运输经营申请表"])
N("老年人能力评估怎么申请", nk=["youdai", "yljg"], no=["年满60周岁"])
N("高龄老人居家养老上门服务补贴怎么申请", nk=["gaoling"], no=["每人每月300元", "每人每月100元"])
N("孤儿基本生活费怎么申请", nk=["tekun", "dibao"], no=["1.3倍", "每人每月720元"])
N("電動車上牌在哪裡辦", nk=["car_new"], no=["100元"], trad=True)
N("幼兒園報名要帶什麼", nk=["school"], trad=True)
N("戶口本丟了怎麼補辦", nk=["id_lost", "birth_reg"], no=["40元"], trad=True)
N("公积金装修提取要带什么材料 我刚买的二手房要装修", nk=["gjj_buy", "gjj_rent"], no=["购房发票"],
  extra_tags=["materials"])
N("我家老房子要拆迁了 拆迁补偿怎么申请 找哪个部门办", nk=["house_transfer", "zhaijidi"], no=["住宅每件80元"])

# ---------------------------------------------------------------------------
# 多轮对话
# ---------------------------------------------------------------------------
M("idlost-hx", ["how-to", "fee", "region", "location", "phone"], "补身份证：怎么办→费用→河西区在哪→电话", [
    T("身份证丢了咋办", k="id_lost", has=["挂失"]),
    T("要多少钱", k="id_lost", has=["每证40元"]),
    T("我在河西区 去哪里办", k="id_lost", r="hx", has=["河西区政务服务中心"]),
    T("电话多少", k="id_lost", r="hx", has=[ph("id_lost", "hx")]),
])
M("marry-jc", ["materials", "fee", "location", "region"], "结婚登记：材料→收费→金城区地点→周六", [
    T("领结婚证要带什么", k="marry", has=["双方居民身份证"]),
    T("要钱不", k="marry", anyof=FREE),
    T("我们住金城区 在哪领", k="marry", r="jc", has=["金城区婚姻登记处"]),
    T("周六能去吗", k="marry", r="jc", has=["周六上午只办理结婚登记"]),
])
M("divorce", ["how-to", "fact-in-field", "visits", "agent"], "离婚：怎么办→冷静期→跑几次→代办", [
    T("离婚手续怎么办", k="divorce", has=["离婚协议书"]),
    T("冷静期多久", k="divorce", has=["30日"]),
    T("要跑几次", k="divorce", anyof=["2次"]),
    T("一方在外地 能找人代办吗", k="divorce", has=["不能委托他人代办"]),
])
M("birth-sw", ["materials", "fact-in-field", "online", "region", "location"], "出生登记：材料→期限→网办→沙湾区", [
    T("小孩上户口要带什么", k="birth_reg", has=["出生医学证明"]),
    T("多久之内要办", k="birth_reg", has=["出生后1个月内"]),
    T("能在网上办吗", k="birth_reg", anyof=["zwfw.jinsha.example/gaj/birth", "网上申报"]),
    T("我们是沙湾区的 去哪办", k="birth_reg", r="sw", has=["沙湾区政务服务中心"]),
])
M("residence", ["how-to", "fact-in-field", "time", "delivery"], "居住证：怎么办→住多久→多久拿→邮寄", [
    T("外地人居住证怎么办", k="residence", has=["居住登记凭证"]),
    T("要住多久才行", k="residence", has=["居住半年以上"]),
    T("办好要多久", k="residence", anyof=["7个工作日", "延长至30日"]),
    T("能寄吗", k="residence", has=["EMS"]),
])
M("passport", ["how-to", "fee", "time", "location"], "护照：怎么办→费用→时限→地点→周末", [
    T("我想办护照", k="passport", has=["居民身份证"]),
    T("多少钱", k="passport", has=["每本120元"]),
    T("多久能拿到", k="passport", has=["7个工作日内签发"]),
    T("在哪办", k="passport", anyof=["金沙市公安局出入境接待大厅", "湘江东路77号"],
      target=[f"guide:{code('passport', 'city')}"], codes=[]),
    T("周末开门吗", k="passport", anyof=["周末上午只办理受理和取证业务", "09:00"],
      target=[f"guide:{code('passport', 'city')}"], codes=[]),
])
M("hk", ["how-to", "fee", "online"], "港澳通行证：怎么办→签注费→网上签注", [
    T("港澳通行证怎么办", k="hk", has=["中国公民出入境证件申请表"]),
    T("签注多少钱", k="hk", has=["一次有效签注每件15元"]),
    T("以后再签可以网上弄吗", k="hk", anyof=["自助签注机", "在线办理", "zwfw.jinsha.example/crj/gatxz"]),
])
M("dibao-bl", ["how-to", "fact-in-field", "region", "phone"], "低保：怎么申请→标准→公示→白鹭县电话", [
    T("怎么申请低保", k="dibao", has=["低保申请书"]),
    T("标准是多少", k="dibao", anyof=["每人每月720元", "每人每年5400元"]),
    T("公示几天", k="dibao", has=["公示7天"]),
    T("我是白鹭县的 电话多少", k="dibao", r="bl", has=[ph("dibao", "bl")]),
])
M("gaoling-lx", ["fact-in-field", "region", "location"], "高龄津贴：年龄→90岁标准→柳溪镇地点", [
    T("高龄津贴", k="gaoling", anyof=["年满80周岁", "老年人居民身份证"]),
    T("多大岁数能领", k="gaoling", has=["年满80周岁"]),
    T("90岁多少钱", k="gaoling", has=["每人每月300元"], no=["每人每月50元"]),
    T("我在柳溪镇 到哪办", k="gaoling", r="lx", has=["柳溪镇便民服务中心"]),
])
M("youdai", ["how-to", "materials", "fact-in-field"], "老年证：怎么办→照片→外地老人", [
    T("老年证怎么办", k="youdai", anyof=["zwfw.jinsha.example/mz/youdai", "居民身份证"]),
    T("要带照片吗", k="youdai", has=["窗口可免费拍照"]),
    T("外地老人行吗", k="youdai", has=["外地户籍老年人"]),
])
M("binzang", ["fact-in-field", "materials"], "惠民殡葬：能否减免→材料→期限", [
    T("家里老人走了火化费能减免吗", k="binzang", has=["最高不超过1500元"]),
    T("要带啥", k="binzang", has=["火化证明"]),
    T("多长时间内要申请", k="binzang", has=["火化后6个月内"]),
])
M("shengyu", ["how-to", "fact-in-field"], "生育登记：怎么弄→结婚证→外地户口", [
    T("生育登记怎么弄", k="shengyu", anyof=["zwfw.jinsha.example/wj/shengyu", "生育登记专区"]),
    T("要结婚证吗", k="shengyu", has=["未婚生育的无需提供"]),
    T("外地户口可以吗", k="shengyu", has=["在本市居住的"]),
])
M("retire", ["fact-in-field", "materials", "agent"], "退休：条件→材料→代办→发放时间", [
    T("办退休要什么条件", k="retire", has=["累计缴费满15年"]),
    T("要带什么", k="retire", has=["社会保障卡"]),
    T("能让孩子去办吗", k="retire", has=["委托他人持委托书代为申报"]),
    T("退休金啥时候开始发", k="retire", has=["达到退休年龄的次月起"]),
])
M("shiye", ["how-to", "fact-in-field", "online"], "失业金：怎么领→多久→多少", [
    T("失业金怎么领", k="shiye", anyof=["zwfw.jinsha.example/rs/shiye", "失业保险专区"]),
    T("能领多久", k="shiye", has=["最长领取12个月"]),
    T("一个月多少", k="shiye", has=["最低工资标准的90%"]),
])
M("sbklost", ["fee", "time", "delivery"], "社保卡补领：费用→时限→邮寄", [
    T("社保卡丢了", k="sbk_lost", has=["挂失"]),
    T("要多少钱", k="sbk_lost", has=["每张15元"]),
    T("多久能拿", k="sbk_lost", has=["即时制卡"]),
    T("能寄到家吗", k="sbk_lost", anyof=EXPRESS, no=NOT_EXPRESS),
])
M("jmyb", ["fact-in-field"], "居民医保：新生儿→金额→缴费期", [
    T("小孩交医保", k="jmyb", anyof=["出生之日起90日内", "居民身份证或户口簿"]),
    T("一年多少钱", k="jmyb", has=["每人每年400元"]),
    T("什么时候交", k="jmyb", has=["9月1日至12月31日"]),
])
M("yidi", ["online", "fact-in-field"], "异地就医备案：网办→有效期→未备案", [
    T("异地就医备案", k="yidi", anyof=["zwfw.jinsha.example/yb/yidi", "国家医保服务平台"]),
    T("临时出去看病的备案有效期多久", k="yidi", has=["有效期为6个月"]),
    T("要是没备案呢", k="yidi", has=["降低10个百分点"]),
])
M("gjjbuy", ["materials", "time", "location"], "购房提取公积金：材料→到账→地点", [
    T("买房提取公积金", k="gjj_buy", has=["购房发票"]),
    T("要带什么", k="gjj_buy", has=["购房发票"]),
    T("多久到账", k="gjj_buy", anyof=["即时到账", "1个工作日"]),
    T("公积金中心在哪", k="gjj_buy", has=["凤凰大道9号"]),
])
M("gjjloan", ["fact-in-field", "faq"], "公积金贷款：额度→年限→缴存", [
    T("公积金贷款", k="gjj_loan", anyof=["借款人及配偶居民身份证", "满6个月"]),
    T("最多贷多少", k="gjj_loan", anyof=["50万元", "15倍"], target=["item:gjj_loan", "faq:faq-js-gjj-quota"], codes=[]),
    T("能贷几年", k="gjj_loan", has=["最长30年"]),
])
M("house-bl", ["fee", "time", "region", "location"], "二手房过户：费用→时限→白鹭县地点", [
    T("二手房过户", k="house_transfer", has=["不动产登记申请书"]),
    T("多少钱", k="house_transfer", has=["住宅每件80元"]),
    T("几天能拿证", k="house_transfer", has=["3个工作日内办结"]),
    T("白鹭县在哪办", k="house_transfer", r="bl", has=["白鹭县政务服务中心"]),
])
M("bdclost", ["fact-in-field", "fee"], "房产证补发：怎么办→声明期→费用", [
    T("房产证丢了", k="bdc_lost", has=["遗失声明"]),
    T("要登报吗 声明多久", k="bdc_lost", has=["15个工作日"]),
    T("收费吗", k="bdc_lost", has=["住宅每件80元"]),
])
M("carnew", ["fee", "time", "location"], "新车上牌：费用→当天→车管所地点", [
    T("新车上牌", k="car_new", has=["机动车整车出厂合格证明"]),
    T("多少钱", k="car_new", has=["小型汽车每副100元"]),
    T("当天能拿吗", k="car_new", has=["当场核发号牌和行驶证"]),
    T("车管所在哪", k="car_new", has=["车城大道8号"], target=["hall:hall-js-cgs"], codes=[]),
])
M("cartransfer", ["materials", "fact-in-field"], "二手车过户：材料→期限", [
    T("二手车过户", k="car_transfer", has=["机动车登记证书"]),
    T("要带什么", k="car_transfer", has=["机动车登记证书"]),
    T("多久内要办", k="car_transfer", has=["30日内申请转移登记"]),
])
M("dlrenew", ["fact-in-field", "online", "fee"], "驾照期满换证：提前多久→网办→费用", [
    T("驾照到期换证", k="dl_renew", has=["身体条件证明"]),
    T("提前多久能换", k="dl_renew", has=["有效期满前90日内"]),
    T("网上能办吗", k="dl_renew", anyof=["gab.122.jinsha.example/jzhz", "交管12123"]),
    T("要多少钱", k="dl_renew", has=["每本10元"]),
])
M("geti", ["materials", "fee", "time"], "个体户设立：材料→收费→时限", [
    T("办个体执照", k="geti_new", has=["经营者居民身份证"]),
    T("要什么材料", k="geti_new", has=["经营者居民身份证"]),
    T("要钱吗", k="geti_new", anyof=FREE),
    T("多久", k="geti_new", has=["1个工作日内发照"]),
])
M("food-hx", ["time", "fact-in-field", "region", "location"], "食品经营许可新办：时限→核查→河西区", [
    T("开饭店办食品经营许可证", k="food_new", has=["食品经营许可申请书"]),
    T("多久", k="food_new", anyof=["5个工作日内作出决定", "5个工作日"]),
    T("会来现场看吗", k="food_new", has=["现场核查"]),
    T("河西区在哪办", k="food_new", r="hx", has=["河西区政务服务中心"]),
])
M("foodrenew", ["fact-in-field", "online"], "食品经营许可延续：申请时间→网办", [
    T("食品经营许可证快到期了", k="food_renew", has=["有效期届满前90个工作日至15个工作日"]),
    T("什么时候申请", k="food_renew", has=["有效期届满前90个工作日至15个工作日"]),
    T("能网上办吗", k="food_renew", anyof=["zwfw.jinsha.example/sc/spyx", "在线"]),
])
M("school", ["fact-in-field"], "小学报名：年龄→时间→随迁条件", [
    T("小孩上一年级报名", k="school", has=["儿童户口簿"]),
    T("要满几岁", k="school", has=["8月31日前年满6周岁"]),
    T("什么时候报名", k="school", has=["6月10日至6月20日"]),
    T("外地户口要什么条件", k="school", has=["居住证满1年"]),
])
M("canji", ["materials", "agent", "delivery"], "残疾人证：照片→代办→邮寄", [
    T("办残疾证", k="canji_card", has=["残疾人证申请表"]),
    T("要几张照片", k="canji_card", has=["近期2寸免冠白底彩色照片"]),
    T("能代办吗", k="canji_card", has=["法定监护人或近亲属代为申请"]),
    T("能寄吗", k="canji_card", anyof=EXPRESS, no=NOT_EXPRESS),
])
M("canjisub", ["fact-in-field"], "残疾人两项补贴：二级标准→发放时间", [
    T("残疾人补贴", k="canji_subsidy", has=["残疾人证"]),
    T("二级一个月多少", k="canji_subsidy", has=["二级每人每月80元"]),
    T("从什么时候开始发", k="canji_subsidy", has=["次月起按月发放"]),
])
M("vetcard", ["time", "delivery"], "退役军人优待证：时限→邮寄", [
    T("退役军人优待证怎么办", k="vet_card", has=["退役证件"]),
    T("多久能拿", k="vet_card", has=["制证周期约30天"]),
    T("能寄到家吗", k="vet_card", has=["邮寄到家"]),
])
M("gongzu-sw", ["fact-in-field", "region", "revoked/suspended"], "公租房：条件→公示→换到沙湾区（暂停）", [
    T("公租房申请条件", k="gongzu", anyof=["无自有住房", "居住证满1年"]),
    T("公示几天", k="gongzu", has=["公示5个工作日"]),
    T("我在沙湾区", k="gongzu", r="sw", has=["房源已全部配租"]),
], meta={"status": "suspended in 沙湾区"})
M("tw-bl", ["how-to", "fee", "region", "revoked/suspended"], "台湾通行证：怎么办→费用→白鹭县（暂停）", [
    T("台湾通行证怎么办", k="tw", has=["居民身份证"]),
    T("多少钱", k="tw", has=["每证60元"]),
    T("我在白鹭县 能在县里办吗", k="tw", r="bl", has=["设备更换"], no=["赴台事由证明"]),
], meta={"status": "suspended in 白鹭县"})
M("zaishengyu", ["revoked/suspended", "how-to", "fee"], "再生育审批（撤销）→生育登记", [
    T("生二胎要审批吗", k="zaishengyu", has=["改为办理生育登记"], no=["现有子女病残鉴定证明"]),
    T("那生育登记怎么弄", k="shengyu", anyof=["zwfw.jinsha.example/wj/shengyu", "生育登记专区"]),
    T("要钱吗", k="shengyu", anyof=FREE),
], meta={"status": "revoked"})
M("zhaijidi-lx", ["fact-in-field", "region", "location"], "宅基地：面积→公示→柳溪镇地点", [
    T("农村建房批宅基地", k="zhaijidi", has=["农村宅基地和建房（规划许可）申请表"]),
    T("一户能批多大", k="zhaijidi", has=["每户不超过130平方米"]),
    T("公示几天", k="zhaijidi", has=["公示5个工作日"]),
    T("柳溪镇在哪办", k="zhaijidi", r="lx", has=["柳溪镇便民服务中心"]),
])
M("gengdi", ["fact-in-field"], "耕地地力补贴：标准→发放", [
    T("种粮补贴", k="gengdi", anyof=["每亩105元", "居民身份证"]),
    T("一亩多少", k="gengdi", has=["每亩105元"]),
    T("钱怎么发下来", k="gengdi", has=["一卡通"]),
])
M("construction", ["fact-in-field", "time", "online"], "施工许可：范围→时限→网办", [
    T("施工许可证", k="construction", has=["建筑工程施工许可申请表"]),
    T("多大工程要办", k="construction", has=["100万元以上"]),
    T("多久能办好", k="construction", anyof=["3个工作日"]),
])
M("taxi", ["fact-in-field", "online"], "出租车从业资格：条件→报名", [
    T("开出租要什么证", k="taxi", has=["出租汽车驾驶员从业资格证"]),
    T("什么条件", k="taxi", has=["1年以上"]),
    T("在哪报名考试", k="taxi", has=["区域科目考试"]),
])
M("idfirst-loc", ["materials", "location", "region"], "首次申领身份证：材料→共享位置（望江区附近）→开门时间", [
    T("孩子第一次办身份证", k="id_first", has=["居民户口簿"]),
    T("要带什么", k="id_first", has=["居民户口簿"]),
    T(location=(27.7811, 112.0549), k="id_first", r="wj", has=["望江区政务服务中心"]),
    T("几点开门", k="id_first", r="wj", has=["08:30"]),
])
M("trad-idlost", ["traditional", "fee", "phone", "region"], "繁体：补身份证→费用→沙湾区电话", [
    T("身份證丟了怎麼補", k="id_lost", trad=True, anyof=["40元", "0748"]),
    T("要多少錢", k="id_lost", trad=True, has=["40元"]),
    T("我在沙灣區 電話多少", k="id_lost", r="sw", trad=True, has=[ph("id_lost", "sw")]),
])
M("neg-then-car", ["negative", "fee"], "先问目录没有的电动车上牌，再问汽车上牌", [
    T("电动车上牌去哪", nk=["car_new"], no=["小型汽车每副100元"], no_code=True),
    T("那汽车新车上牌呢", k="car_new", has=["机动车整车出厂合格证明"]),
    T("多少钱", k="car_new", has=["小型汽车每副100元"]),
])
M("bundle-birthcert", ["bundle", "location", "materials"], "出生一件事→出生医学证明在哪办→材料", [
    T("生了孩子要办哪些手续", target="bundle:bundle-js-birth", codes=[], has=["出生登记", "社会保障卡申领"]),
    T("出生证明在哪办", k="birth_cert", has=["金沙市妇幼保健院出生医学证明办理窗口"]),
    T("要带什么", k="birth_cert", has=["出生医学证明首次签发登记表"]),
])
M("faq-dlrenew", ["faq", "fact-in-field"], "知识库（记分）→驾照期满换证→提前多久", [
    T("驾照扣满12分怎么办", target="faq:faq-js-points", codes=[], has=["为期7天"]),
    T("那驾照到期怎么换", k="dl_renew", has=["身体条件证明"]),
    T("提前多久", k="dl_renew", has=["有效期满前90日内"]),
])
M("marrycert-sw", ["agent", "region", "phone"], "补领结婚证：一方到场→沙湾区→电话", [
    T("结婚证丢了", k="marry_cert", has=["近期2寸免冠照片"]),
    T("一个人能去补吗", k="marry_cert", has=["经公证的委托书"]),
    T("在沙湾区能补吗", k="marry_cert", r="sw", has=["沙湾区政务服务中心"]),
    T("电话呢", k="marry_cert", r="sw", has=[ph("marry_cert", "sw")]),
])
M("spouse", ["fact-in-field", "materials", "time"], "夫妻投靠：年限→材料→时限", [
    T("老婆户口想迁到我这", k="spouse_hukou", has=["结婚证"]),
    T("结婚多久才行", k="spouse_hukou", has=["结婚登记满2年"]),
    T("要什么材料", k="spouse_hukou", has=["住所证明"]),
    T("多久能办好", k="spouse_hukou", has=["5个工作日内办结"]),
])
M("linshi", ["fact-in-field", "time"], "临时救助：能否→上限→时限", [
    T("家里出车祸了 能申请救助吗", k="linshi", has=["临时救助申请书"]),
    T("最多给多少", k="linshi", has=["6倍"]),
    T("急用要等多久", k="linshi", has=["24小时内先行救助"]),
])
M("jmylpay", ["fact-in-field", "agent"], "城乡居民养老待遇：怎么领→标准→代领", [
    T("农村养老金怎么领", k="jmyl_pay", has=["社会保障卡"]),
    T("每月多少", k="jmyl_pay", has=["每人每月168元"]),
    T("我妈走不动 我能代领吗", k="jmyl_pay", has=["近亲属持双方身份证代为申领"]),
])
M("mtb", ["fact-in-field", "materials"], "门诊慢特病：评审时间→材料", [
    T("办慢性病卡", k="mtb", has=["门诊慢特病认定申请表"]),
    T("什么时候评审", k="mtb", has=["每年3月、6月、9月、12月集中评审"]),
    T("要什么资料", k="mtb", has=["近2年的诊断证明"]),
])
M("death-switch", ["location", "region", "phone"], "死亡销户：金城区→改口望江区→电话", [
    T("死亡销户在哪办 我是金城区的", k="death_hukou", r="jc", has=["金城区政务服务中心"]),
    T("不对不对 我搞错了 户口是在望江区", k="death_hukou", r="wj", has=["望江区政务服务中心"]),
    T("电话多少", k="death_hukou", r="wj", has=[ph("death_hukou", "wj")]),
])
M("sangzang", ["fact-in-field", "bundle"], "身后一件事→丧葬补助金标准→期限", [
    T("家里老人去世了要办哪些手续", target="bundle:bundle-js-death", codes=[], has=["死亡人员户口注销"]),
    T("退休老人的丧葬补助金有多少", k="sangzang", has=["每人5000元"]),
    T("要在多久之内领", k="sangzang", has=["死亡后6个月内申领"]),
])
M("yanchu", ["fact-in-field", "online"], "营业性演出审批：提前量→网办", [
    T("办演出审批", k="yanchu", has=["营业性演出申请登记表"]),
    T("要提前几天", k="yanchu", has=["演出日期3日前"]),
    T("网上能报吗", k="yanchu", anyof=["zwfw.jinsha.example/wl/yanchu", "全国文化市场技术监管与服务平台"]),
])

# ---------------------------------------------------------------------------
# 补充：预约、通办、跑几次、长问题、复合、繁体、状态
# ---------------------------------------------------------------------------
S(["appointment", "online"], "办护照能网上预约吗", "passport", anyof=APPT)
S(["appointment"], "结婚登记能不能提前约个时间", "marry", anyof=APPT)
S(["appointment"], "换驾照要预约吗", "dl_renew", anyof=APPT)
S(["appointment"], "公积金购房提取能预约吗", "gjj_buy", anyof=APPT)
S(["appointment"], "出租车资格考试能预约吗", "taxi", anyof=APPT)
S(["appointment"], "死亡销户要预约吗", "death_hukou", anyof=NOT_APPT)
S(["appointment"], "食品经营许可要预约吗", "food_new", anyof=NOT_APPT)
S(["cross-region"], "港澳通行证在外地能办吗 我户口在金沙人在深圳", "hk", has=["跨省通办"])
S(["cross-region"], "护照可以在工作的城市办吗 不想回金沙", "passport", has=["跨省通办"])
S(["cross-region"], "两口子在外省打工 生育登记能在那边登记吗", "shengyu", has=["跨省通办"])
S(["cross-region"], "残疾人补贴 人在外省住 能办吗", "canji_subsidy", has=["跨省通办"])
S(["cross-region"], "人在外地能查金沙的房子登记信息吗", "bdc_query", has=["全省通办"])
S(["cross-region"], "老年证在别的区能办吗", "youdai", has=["全市通办"])
S(["visits"], "办结婚证要跑几趟", "marry", anyof=["1次", "一次"])
S(["visits"], "新车上牌要跑几次", "car_new", anyof=["1次", "一次"])
S(["visits", "online"], "老年证要跑几趟", "youdai", anyof=["0次", "不用跑", "zwfw.jinsha.example/mz/youdai"])
S(["visits"], "公租房申请要跑几次", "gongzu", anyof=["2次"])
S(["visits"], "宅基地审批要跑几次", "zhaijidi", anyof=["2次"])
S(["visits", "online"], "食品经营许可延续要去现场吗", "food_renew", anyof=["0次", "不用跑", "zwfw.jinsha.example/sc/spyx"])
S(["long", "materials", "fee", "time", "compound"],
  "我今年六十五了，女儿在澳大利亚生了外孙，想过去看看住几个月，这辈子还没出过国，听说先要办护照，我不会上网，也不知道去哪里办，想问问办护照要带什么，多少钱，要等多长时间？",
  "passport", has=["每本120元", "居民身份证"], anyof=["7个工作日内签发"])
S(["long", "materials", "fact-in-field", "online", "compound"],
  "我在金沙工作两年了，一直租房子住，单位每个月给我交公积金，我看同事说租房也能把公积金取出来，我不知道要不要租房合同，我的房东不给开发票，一年能取多少钱，在手机上能弄吗？",
  "gjj_rent", has=["无需提供租房合同", "每人每年最高提取15000元"])
S(["long", "agent", "faq", "compound"],
  "我妈今年七十多了，前年中风以后右边身子不能动，一直卧床，医生说可以去办个残疾证，以后能享受一些补贴，可是她根本下不了床，去不了医院评定，请问这种情况怎么办，我可以替她申请吗？",
  "canji_card", anyof=["上门评残", "上门评定服务"], target=["item:canji_card", "faq:faq-js-canji-home"], codes=[])
S(["long", "fact-in-field", "fee", "compound"],
  "我驾照是2016年考的，算了算今年要到期了，平时上班太忙根本没时间去车管所，听说现在可以在手机上换证，想问问最早什么时候可以申请换，体检要去哪里做，换证要花多少钱？",
  "dl_renew", has=["有效期满前90日内", "每本10元"], anyof=["定点医院"])
S(["long", "fact-in-field", "fee", "time", "compound"],
  "去年搬家的时候不小心把房产证弄丢了，翻遍了都没找到，现在想把房子挂出去卖掉，中介说要先补办房产证，我想问问补办需要登报声明吗，大概要多长时间才能拿到新证，要不要钱？",
  "bdc_lost", has=["遗失声明", "住宅每件80元"], anyof=["15个工作日", "5个工作日"])
S(["long", "fact-in-field", "materials", "region", "compound"],
  "我父亲上个月在医院走了，在金沙殡仪馆火化的，户口一直在望江区，听亲戚说现在本地户口火化可以减免一部分费用，我们当时已经把钱交了，不知道还能不能申请，最多能减多少，要带些什么材料？",
  "binzang", r="wj", has=["最高不超过1500元", "火化证明"])
S(["long", "online", "fee", "compound"],
  "我在金沙一家外贸公司上班，经常要去香港出差，港澳通行证是前年办的电子证，现在签注用完了，每次都要请假跑出入境大厅排队很麻烦，请问能不能不去窗口直接续签，费用是多少？",
  "hk", has=["自助签注机", "一次有效签注每件15元"])
S(["long", "fact-in-field", "materials", "region", "compound"],
  "我在沙湾区开了一家水果店，个体户执照上的经营范围只有水果零售，现在想顺便卖点饮料和零食，听说经营范围要去变更，我想问问要在多少天内去改，手续要带什么，能不能在网上办？",
  "geti_change", r="sw", has=["30日内申请变更登记", "营业执照正、副本"])
S(["long", "fact-in-field", "agent", "compound"],
  "俺村里有个老光棍，今年七十好几了，没儿没女，也干不动活了，一个人住在破房子里，村里人都很担心他，想帮他申请那个五保，不晓得要啥条件，他自己不识字，能不能由村里帮他去报？",
  "tekun", has=["无劳动能力"], anyof=["委托村（居）民委员会"])
S(["long", "fact-in-field", "region", "compound"],
  "我们家在白鹭县柳溪镇，兄弟分家后我家四口人还挤在老屋里，想在自家承包的旱地上批块宅基地盖新房，听说现在管得严，想问问一户最多能批多大，要经过哪些程序，村里要公示多久？",
  "zhaijidi", r="lx", has=["每户不超过130平方米", "公示5个工作日"], nk=["gongzu"])
S(["compound", "materials", "time"], "居住证要带什么 多久拿到", "residence", has=["居住登记凭证"], anyof=["7个工作日", "延长至30日"])
S(["compound", "fee", "delivery"], "补社保卡多少钱 能寄吗", "sbk_lost", has=["每张15元"], anyof=EXPRESS, no=NOT_EXPRESS)
S(["compound", "materials", "appointment"], "新车上牌要带啥 能预约不", "car_new", has=["机动车整车出厂合格证明"], anyof=APPT)
S(["compound", "location", "phone", "region"], "结婚登记在哪 电话多少 我在白鹭县", "marry", r="bl",
  has=["白鹭县政务服务中心", ph("marry", "bl")])
S(["compound", "fee", "time", "traditional"], "護照幾多錢 幾耐拎到", "passport", has=["120元"], trad=True)
S(["online", "traditional"], "駕照丟咗點補", "dl_lost", anyof=["gab.122.jinsha.example/jzbl", "12123", "10元"], trad=True)
S(["fact-in-field", "traditional"], "高齡津貼八十歲有幾多錢", "gaoling", has=["100元"], trad=True)
S(["fact-in-field", "traditional"], "退休金喺幾時開始發", "retire", has=["次月起"], trad=True)
S(["phone", "traditional", "region"], "沙灣區社保卡補辦電話", "sbk_lost", r="sw", has=[ph("sbk_lost", "sw")], trad=True)
S(["revoked/suspended", "region", "location"], "白鹭县不动产登记资料查询暂停了吗 那去哪查", "bdc_query", r="bl",
  has=["系统升级"], anyof=["金沙市不动产登记中心"], meta={"status": "suspended"})
S(["revoked/suspended", "region"], "河西区公租房现在还能申请吗", "gongzu", r="hx", has=["无自有住房"],
  no=["房源已全部配租"], meta={"status": "active in 河西区 (suspended only in 沙湾区)"})
S(["revoked/suspended"], "暂住证过期了要去续吗", "zanzhu", has=["改为办理居住证"], no=["暂住人员登记表"],
  meta={"status": "revoked"})
S(["revoked/suspended"], "农机补贴什么时候恢复受理", "nongji", has=["另行公告"], no=["购机发票"],
  meta={"status": "suspended"})
S(["revoked/suspended"], "开养老院还要办设立许可吗", "yljg_old", has=["改为办理养老机构备案"],
  no=["养老机构章程"], meta={"status": "revoked"}, nk=[])
S(["revoked/suspended"], "再生育证怎么办", "zaishengyu", has=["改为办理生育登记"], no=["再生育申请审批表"],
  meta={"status": "revoked"})

# ---------------------------------------------------------------------------
# 真正需要反问是哪一项的问题（may_ask：任一按钮都须满足本轮全部期望）
# ---------------------------------------------------------------------------
def _ask(tags, say, keys, r, **kw):
    cs = [code(k, r) for k in keys]
    S(tags, say, None, desc=f"可反问：{'/'.join(keys)}", target=[f"guide:{c}" for c in cs], codes=cs,
      may_ask=True, **kw)


_ask(["location", "region"], "金城区身份证的事在哪办", ["id_first", "id_renew", "id_lost"], "jc",
     has=["金城区政务服务中心"])
_ask(["location", "region"], "社保卡 河西区 在哪办", ["sbk_new", "sbk_lost"], "hx", has=["河西区政务服务中心"])
_ask(["materials", "region"], "望江区食品经营许可证要带什么", ["food_new", "food_renew", "food_cancel"], "wj",
     has=["申请书"])
_ask(["phone"], "驾驶证的事打哪个电话", ["dl_lost", "dl_renew"], "city",
     anyof=[ph("dl_lost", "city"), ph("dl_renew", "city"), hall_by_id("hall-js-cgs")["phone"]])
