"""Source data of the fictional 岚溪市 catalog (江澜省; a blind holdout evaluation set).

Everything here is invented: names, codes, agencies, addresses, coordinates, phone
numbers and links (under ``.example``). make_catalog.py turns it into catalog/.

District-level items (level='district') get one guide per district/county with the same
elements (同要素); only agency, halls and phones differ. City-level items get one guide
run by a city agency. ``per_region`` holds the few status changes (suspended / revoked).
"""

from __future__ import annotations

CITY = "591700"
PROVINCE = "590000"
UPDATED = "2026-03-20"
PORTAL = "https://zwfw.lanxi.example"

REGIONS = [
    {"code": PROVINCE, "name": "江澜省", "level": "province"},
    {"code": CITY, "name": "岚溪市", "level": "city", "parent": PROVINCE},
    {"code": "591702", "name": "溪城区", "level": "county", "parent": CITY},
    {"code": "591703", "name": "南湖区", "level": "county", "parent": CITY},
    {"code": "591704", "name": "青岚区", "level": "county", "parent": CITY},
    {"code": "591725", "name": "桐川县", "level": "county", "parent": CITY},
    {"code": "591726", "name": "白沙县", "level": "county", "parent": CITY},
    {"code": "591725102", "name": "云桥镇", "level": "town", "parent": "591725"},
]

# key -> district facts; ``d`` is the digit used in generated phone numbers.
DISTRICTS = {
    "xicheng": {"code": "591702", "name": "溪城区", "short": "溪城", "county": False, "d": 2,
                "police": "岚溪市公安局溪城分局", "hall": "hall-xicheng"},
    "nanhu": {"code": "591703", "name": "南湖区", "short": "南湖", "county": False, "d": 3,
              "police": "岚溪市公安局南湖分局", "hall": "hall-nanhu"},
    "qinglan": {"code": "591704", "name": "青岚区", "short": "青岚", "county": False, "d": 4,
                "police": "岚溪市公安局青岚分局", "hall": "hall-qinglan"},
    "tongchuan": {"code": "591725", "name": "桐川县", "short": "桐川", "county": True, "d": 5,
                  "police": "桐川县公安局", "hall": "hall-tongchuan"},
    "baisha": {"code": "591726", "name": "白沙县", "short": "白沙", "county": True, "d": 6,
               "police": "白沙县公安局", "hall": "hall-baisha"},
}
DISTRICT_ORDER = ["xicheng", "nanhu", "qinglan", "tongchuan", "baisha"]


def _two(days, a, b, c, d):
    return [{"days": days, "open": a, "close": b}, {"days": days, "open": c, "close": d}]


WEEK = [1, 2, 3, 4, 5]

HALLS = [
    {"id": "hall-city-center", "name": "岚溪市民之家（市政务服务中心）", "region": CITY,
     "address": "岚溪市溪城区明湖路1号市民之家1-4楼",
     "location": {"lat": 27.8312, "lon": 118.0468},
     "hours": [{"days": WEEK, "open": "08:30", "close": "17:30"},
               {"days": [6], "open": "09:00", "close": "12:00"}],
     "hours_note": "工作日中午不休息；周六上午只开放社保、医保、公积金综合窗口；法定节假日休息。",
     "phone": "0589-88001234", "appointment_url": f"{PORTAL}/yuyue/shiminzhijia",
     "transit": "公交2路、9路、26路到“市民之家”站下车即到；地下停车场入口在明湖路东侧。"},
    {"id": "hall-exit-entry", "name": "岚溪市出入境接待大厅", "region": CITY,
     "address": "岚溪市溪城区文昌路58号",
     "location": {"lat": 27.8275, "lon": 118.0521},
     "hours": _two(WEEK, "08:30", "12:00", "14:00", "17:30")
     + [{"days": [7], "open": "09:00", "close": "12:00"}],
     "hours_note": "工作日12:00至14:00午休暂停受理；周日上午只受理已预约的护照、港澳通行证业务；法定节假日休息。",
     "phone": "0589-88002110", "appointment_url": f"{PORTAL}/yuyue/churujing",
     "transit": "公交5路、11路到“文昌路口”站，向北步行约200米。"},
    {"id": "hall-vehicle", "name": "岚溪市公安局交警支队车辆管理所", "region": CITY,
     "address": "岚溪市南湖区站前大道299号",
     "location": {"lat": 27.8046, "lon": 118.0712},
     "hours": _two([1, 2, 3, 4, 5, 6], "08:30", "12:00", "13:30", "17:00"),
     "hours_note": "周一至周六办公，周日及法定节假日休息；机动车查验区16:30停止受理。",
     "phone": "0589-88003122", "appointment_url": f"{PORTAL}/yuyue/cheguansuo",
     "transit": "公交15路、K3路到“车管所”站下车。"},
    {"id": "hall-vehicle-tongchuan", "name": "桐川县车管分所", "region": "591725",
     "address": "桐川县桐川镇城东路8号",
     "location": {"lat": 27.6521, "lon": 118.2334},
     "hours": _two(WEEK, "08:00", "11:30", "14:00", "17:00"),
     "hours_note": "法定节假日休息；只办理驾驶证业务和本县新车注册登记。",
     "phone": "0589-55003122", "appointment_url": f"{PORTAL}/yuyue/tongchuan-cheguan",
     "transit": "县城公交1路到“城东路”站下车。"},
    {"id": "hall-hf", "name": "岚溪市住房公积金管理中心服务大厅", "region": CITY,
     "address": "岚溪市溪城区建设路120号",
     "location": {"lat": 27.8358, "lon": 118.0431},
     "hours": _two(WEEK, "09:00", "12:00", "13:30", "17:00"),
     "hours_note": "工作日中午12:00至13:30休息；每月最后一个周六上午加班受理提取业务。",
     "phone": "0589-12329000", "appointment_url": f"{PORTAL}/yuyue/gongjijin",
     "transit": "公交2路、7路到“建设路”站下车。"},
    {"id": "hall-realestate", "name": "岚溪市不动产登记中心", "region": CITY,
     "address": "岚溪市南湖区会展路66号",
     "location": {"lat": 27.8153, "lon": 118.0655},
     "hours": _two(WEEK, "08:30", "12:00", "14:00", "17:30")
     + [{"days": [6], "open": "09:00", "close": "12:00"}],
     "hours_note": "周六上午只受理抵押登记和登记资料查询；法定节假日休息。",
     "phone": "0589-88006600", "appointment_url": f"{PORTAL}/yuyue/budongchan",
     "transit": "公交8路、19路到“会展中心”站下车，步行约300米。"},
    {"id": "hall-xicheng", "name": "溪城区政务服务中心", "region": "591702",
     "address": "岚溪市溪城区人民路200号",
     "location": {"lat": 27.8401, "lon": 118.0389},
     "hours": _two(WEEK, "08:30", "12:00", "14:00", "17:30"),
     "hours_note": "每周三延时服务至19:00（只限户政、社保窗口）；法定节假日休息。",
     "phone": "0589-22001234", "appointment_url": f"{PORTAL}/yuyue/xicheng",
     "transit": "公交1路、6路到“人民路中”站下车。"},
    {"id": "hall-nanhu", "name": "南湖区政务服务中心", "region": "591703",
     "address": "岚溪市南湖区湖滨大道18号",
     "location": {"lat": 27.8002, "lon": 118.0803},
     "hours": [{"days": WEEK, "open": "09:00", "close": "17:00"}],
     "hours_note": "工作日中午不休息；法定节假日休息。",
     "phone": "0589-33001234", "appointment_url": f"{PORTAL}/yuyue/nanhu",
     "transit": "公交12路、15路到“湖滨大道”站下车。"},
    {"id": "hall-nanhu-marriage", "name": "南湖区婚姻登记处", "region": "591703",
     "address": "岚溪市南湖区柳岸路36号",
     "location": {"lat": 27.7968, "lon": 118.0861},
     "hours": _two(WEEK, "08:30", "11:30", "14:00", "17:00"),
     "hours_note": "每周二全天办理离婚登记；“5·20”“七夕”等日子需提前预约；法定节假日休息。",
     "phone": "0589-33005200", "appointment_url": f"{PORTAL}/yuyue/nanhu-hunyin",
     "transit": "公交12路到“柳岸路”站下车。"},
    {"id": "hall-qinglan", "name": "青岚区政务服务中心", "region": "591704",
     "address": "岚溪市青岚区青岚大道555号",
     "location": {"lat": 27.8587, "lon": 118.0162},
     "hours": _two(WEEK, "08:30", "12:00", "13:30", "17:00"),
     "hours_note": "周六上午（09:00-12:00）开放户政、不动产咨询窗口；法定节假日休息。",
     "phone": "0589-44001234", "appointment_url": f"{PORTAL}/yuyue/qinglan",
     "transit": "公交3路、21路到“青岚大道”站下车。"},
    {"id": "hall-tongchuan", "name": "桐川县行政服务中心", "region": "591725",
     "address": "桐川县桐川镇府前街9号",
     "location": {"lat": 27.6588, "lon": 118.2261},
     "hours": _two(WEEK, "08:00", "12:00", "14:30", "17:30"),
     "hours_note": "夏季（7月1日至9月30日）下午15:00开始受理；法定节假日休息。",
     "phone": "0589-55001234", "appointment_url": f"{PORTAL}/yuyue/tongchuan",
     "transit": "县城公交2路到“府前街”站下车。"},
    {"id": "hall-baisha", "name": "白沙县政务服务中心", "region": "591726",
     "address": "白沙县沙溪镇沙溪路100号",
     "location": {"lat": 27.9922, "lon": 117.8519},
     "hours": _two(WEEK, "08:30", "12:00", "14:00", "17:30"),
     "hours_note": "每月第一个周六上午开放综合窗口；法定节假日休息。",
     "phone": "0589-66001234", "appointment_url": f"{PORTAL}/yuyue/baisha",
     "transit": "县城公交1路、3路到“县政府”站下车。"},
    {"id": "hall-yunqiao", "name": "云桥镇便民服务中心", "region": "591725102",
     "address": "桐川县云桥镇云桥街18号",
     "location": {"lat": 27.6013, "lon": 118.3102},
     "hours": _two(WEEK, "08:30", "11:30", "14:30", "17:00"),
     "hours_note": "逢农历三、八赶集日上午提前到08:00开门；法定节假日休息。",
     "phone": "0589-55108800", "appointment_url": f"{PORTAL}/yuyue/yunqiao",
     "transit": "桐川县城至云桥镇班车到“云桥街”站下车。"},
]

# Department number (in base codes and phones), and how a district's agency is named.
DEPTS = {
    "police": 1, "exit": 2, "vehicle": 3, "civil": 4, "health": 5, "disabled": 6,
    "medical": 7, "hrss": 8, "hf": 9, "estate": 10, "market": 11, "tax": 12, "edu": 13,
    "housing": 14, "talent": 15, "agri": 16, "transport": 17, "culture": 18,
}


def district_agency(dept: str, D: dict) -> str:
    n, s, county = D["name"], D["short"], D["county"]
    return {
        "police": D["police"],
        "civil": f"{n}民政局",
        "health": f"{n}卫生健康局",
        "disabled": f"{n}残疾人联合会",
        "medical": f"{n}医疗保障局" if county else f"岚溪市医疗保障局{s}分局",
        "hrss": f"{n}人力资源和社会保障局",
        "edu": f"{n}教育局",
        "housing": f"{n}住房和城乡建设局",
        "agri": f"{n}农业农村局",
        "market": f"{n}市场监督管理局" if county else f"岚溪市市场监督管理局{s}分局",
        "tax": f"国家税务总局岚溪市{n}税务局",
    }[dept]


# --------------------------------------------------------------------------- helpers
def M(name, form="原件", copies=1, required=True, source="申请人自备", note=None,
      situation=None, exempt=None):
    m = {"name": name, "form": form, "copies": copies, "required": required, "source": source}
    if exempt is not None:
        m["exempt"] = exempt
    if situation:
        m["situation"] = situation
    if note:
        m["note"] = note
    return m


def S(name, description):
    return {"name": name, "description": description}


def TL(value, unit="working_day", note=None):
    t = {"value": value, "unit": unit}
    if note:
        t["note"] = note
    return t


def FEE(*items):
    return {"charged": True, "items": [{"name": n, "amount": a, "basis": b} for n, a, b in items]}


FREE = {"charged": False, "items": []}


def ON(depth, path, visits):
    return {"depth": depth, "url": f"{PORTAL}/{path}", "visits": visits}


ITEMS: list[dict] = []


def item(**kw):
    ITEMS.append(kw)


# =========================================================================== 户政（district）
item(key="idcard_first", dept="police", n=1, level="district",
     name="居民身份证首次申领",
     aliases=["第一次办身份证", "孩子办身份证", "初次办理身份证", "头一回办身份证", "满16岁办身份证"],
     item_type="公共服务", life_events=["出生", "入学"],
     conditions=[
         "户籍在本省的中国公民，年满16周岁的应当申领居民身份证",
         "未满16周岁的公民可以自愿申领居民身份证",
         "未满16周岁的，须由父母或者其他监护人陪同到场申请",
         "申领人本人须到场采集人像和指纹信息，不能由他人代为办理",
     ],
     situations=[
         S("年满16周岁首次申领", "本人携带户口簿到场，现场采集人像和指纹，证件有效期按申领时的年龄确定。"),
         S("未满16周岁首次申领", "监护人陪同本人到场；年满6周岁的采集指纹，签发的证件有效期为5年。"),
     ],
     materials=[
         M("居民户口簿", note="本省户籍的可通过人口信息系统核验，忘带的可以先受理"),
         M("《居民身份证申领登记表》", source="政府部门核发", note="受理窗口现场打印，由申领人或监护人核对后签名"),
         M("监护人居民身份证", situation="未满16周岁首次申领"),
         M("身份证相片回执", required=False, source="中介机构",
           note="受理窗口可以免费拍照，也可以提交公安机关认可的照相馆出具的相片回执"),
     ],
     steps=[
         S("预约或取号", "可以通过“岚溪办”App预约办理时段，也可以到户政窗口现场取号。"),
         S("受理", "窗口核对户籍信息，现场采集人像和指纹，申领人确认登记表后缴纳工本费。"),
         S("审核签发", "户籍所在地公安机关审核，县级公安机关签发。"),
         S("领取证件", "凭受理回执到原窗口领取；受理时选择邮寄的，证件由邮政寄递到家，邮费由申领人承担。"),
     ],
     legal=TL(60, "natural_day", "交通不便的地区可以延长，延长时间不超过30日"),
     promised=TL(10, note="本地受理的10个工作日内办结；省内异地受理的为15个工作日"),
     fee=FEE(("居民身份证工本费", "20元", "国家第二代居民身份证收费标准；享受最低生活保障的居民首次申领免收工本费")),
     online=ON("offline_only", "ga/sfz/shouci", 1), window="公安户政窗口 3-8号",
     appointment=True, express=True, cross_region="全省通办",
     legal_basis=["《中华人民共和国居民身份证法》第二条、第八条"], result="居民身份证")

item(key="idcard_renew", dept="police", n=2, level="district",
     name="居民身份证换领",
     aliases=["身份证到期换证", "身份证过期了", "换身份证", "身份证快到期了", "身份证有效期满"],
     item_type="公共服务",
     conditions=[
         "居民身份证有效期满前3个月内可以申请换领",
         "证件严重损坏无法辨认，或者姓名、民族等登记项目变更的，应当申请换领",
         "换领可以在全国任一公安户政窗口办理（跨省通办）",
         "申领人本人须到场，不能委托他人代为办理",
         "换领时年满46周岁的，新证有效期为长期",
     ],
     situations=[
         S("有效期满换领", "有效期满前3个月内或者已过有效期的，交回原证换领新证。"),
         S("证件损坏换领", "交回损坏的原证，现场重新采集人像。"),
         S("登记项目变更换领", "先在户籍所在地派出所办理户口登记项目变更，再申请换领。"),
     ],
     materials=[
         M("原居民身份证", note="证件遗失的请改为申请补领"),
         M("居民户口簿", required=False, note="户籍信息可以在系统中核验的免交"),
         M("户口登记项目变更证明", situation="登记项目变更换领", source="政府部门核发", exempt=True,
           note="由派出所通过系统推送，申领人无需另行提交"),
         M("身份证相片回执", required=False, source="中介机构", note="受理窗口可以免费拍照"),
     ],
     steps=[
         S("预约或取号", "可以通过“岚溪办”App预约办理时段，也可以到户政窗口现场取号。"),
         S("受理", "交回原证，现场采集人像和指纹，核对登记表并缴纳工本费；原证到期前仍可继续使用。"),
         S("审核签发", "公安机关审核后签发新证。"),
         S("领取证件", "凭受理回执到原窗口领取，或者在受理时选择邮寄到家。"),
     ],
     legal=TL(60, "natural_day", "交通不便的地区可以延长，延长时间不超过30日"),
     promised=TL(10, note="本地受理的10个工作日内办结；跨省异地受理的为20个工作日"),
     fee=FEE(("居民身份证工本费", "20元", "国家第二代居民身份证收费标准")),
     online=ON("offline_only", "ga/sfz/huanling", 1), window="公安户政窗口 3-8号",
     appointment=True, express=True, cross_region="跨省通办",
     legal_basis=["《中华人民共和国居民身份证法》第五条、第十一条"], result="居民身份证")

item(key="idcard_lost", dept="police", n=3, level="district",
     name="居民身份证补领",
     aliases=["身份证丢了", "补办身份证", "身份证掉了", "身份证被偷了", "补身份证"],
     item_type="公共服务",
     conditions=[
         "居民身份证丢失或者被盗的，应当及时申请补领",
         "补领可以在全国任一公安户政窗口办理（跨省通办）",
         "申领人本人须到场，不能委托他人代为办理",
         "补领期间急需用证的，可以同时申请临时居民身份证",
     ],
     situations=[
         S("证件丢失补领", "先申报挂失，原证自挂失之日起作废。"),
         S("证件被盗补领", "已向公安机关报案的，可以一并提供报案回执。"),
     ],
     materials=[
         M("居民户口簿", note="户籍地受理的可以通过系统核验免交，异地受理的须提供"),
         M("身份证相片回执", required=False, source="中介机构", note="受理窗口可以免费拍照"),
         M("报案回执", required=False, situation="证件被盗补领", source="政府部门核发"),
     ],
     steps=[
         S("申报挂失", "可以先在“岚溪办”App“身份证挂失”栏目申报挂失，也可以到窗口当场挂失。"),
         S("受理", "现场采集人像和指纹，核对登记表并缴纳工本费。"),
         S("审核签发", "公安机关审核后签发新证。"),
         S("领取证件", "凭受理回执到原窗口领取，或者选择邮寄到家。"),
     ],
     legal=TL(60, "natural_day", "交通不便的地区可以延长，延长时间不超过30日"),
     promised=TL(10, note="本地受理的10个工作日内办结；跨省异地受理的为20个工作日"),
     fee=FEE(("居民身份证工本费", "20元", "国家第二代居民身份证收费标准")),
     online=ON("offline_only", "ga/sfz/buling", 1), window="公安户政窗口 3-8号",
     appointment=True, express=True, cross_region="跨省通办",
     legal_basis=["《中华人民共和国居民身份证法》第十一条"], result="居民身份证")

item(key="birth_reg", dept="police", n=4, level="district",
     name="出生登记（新生儿入户）",
     aliases=["新生儿上户口", "小孩上户口", "宝宝落户", "报户口", "给孩子上户口"],
     item_type="行政确认", life_events=["出生"],
     conditions=[
         "婴儿出生后1个月内，由监护人向婴儿常住地户口登记机关申报出生登记",
         "新生儿可以随父亲或者随母亲落户",
         "父母一方不能到场的，另一方可以持委托书代为申报",
         "超过1个月申报的，须书面说明未及时申报的原因",
         "本市范围内可以在任一派出所户籍窗口申报（全市通办）",
     ],
     situations=[
         S("随父落户", "新生儿落入父亲户籍所在的户。"),
         S("随母落户", "新生儿落入母亲户籍所在的户。"),
         S("委托代办", "父母一方不能到场的，另一方携带委托书和双方身份证代为申报。"),
     ],
     materials=[
         M("出生医学证明", source="政府部门核发", exempt=True,
           note="已签发电子证照的，窗口直接调取，免交纸质件"),
         M("父母双方居民身份证"),
         M("父母双方居民户口簿"),
         M("结婚证", required=False, note="非婚生育的，可以提交亲子鉴定证明或者书面承诺"),
         M("委托书", situation="委托代办", note="写明委托事项，由不能到场的一方签名"),
     ],
     steps=[
         S("申请", "到拟落户地派出所户籍窗口申报，也可以在“岚溪办”App“出生一件事”专区网上申请。"),
         S("审核", "民警核对出生医学证明和父母户籍信息。"),
         S("登记", "审核通过后当场打印户口簿户主页和新生儿本人页。"),
     ],
     legal=TL(5, note="法定5个工作日"),
     promised=TL(0, note="材料齐全的当场办结"),
     fee=FREE,
     online=ON("online_apply", "ga/chusheng", 1), window="公安户政窗口 1-2号",
     appointment=True, express=False, cross_region="全市通办",
     legal_basis=["《中华人民共和国户口登记条例》第七条"], result="居民户口簿（新生儿本人页）")

item(key="hukou_spouse", dept="police", n=5, level="district",
     name="夫妻投靠户口迁入",
     aliases=["投靠配偶落户", "老婆户口迁过来", "夫妻投靠", "结婚后迁户口", "老公户口迁过来"],
     item_type="行政许可", life_events=["婚姻", "户口迁移"],
     conditions=[
         "申请人与本市户籍居民依法登记结婚满1年",
         "被投靠人在本市有合法固定住所，或者经户主同意落入被投靠人所在的户",
         "随迁的未成年子女可以一并办理",
         "夫妻一方不能到场的，可以委托另一方代为办理",
     ],
     situations=[
         S("落户合法固定住所", "迁入夫妻一方名下的住房。"),
         S("落户亲属户", "迁入被投靠人父母等亲属的户，须户主书面同意。"),
         S("委托代办", "被委托的配偶携带委托书和双方身份证办理。"),
     ],
     materials=[
         M("夫妻双方居民身份证"),
         M("结婚证"),
         M("被投靠人居民户口簿"),
         M("不动产权证书", situation="落户合法固定住所", exempt=True, source="政府部门核发",
           note="窗口通过不动产登记信息共享核验，免交纸质件"),
         M("户主同意落户声明", situation="落户亲属户", note="由户主签名"),
         M("委托书", situation="委托代办"),
     ],
     steps=[
         S("申请", "到迁入地派出所户籍窗口或者在“岚溪办”App提交申请。"),
         S("审核", "派出所审核后报区（县）公安机关户政部门审批。"),
         S("开具准迁证", "审批通过的开具《准予迁入证明》，有效期为30日。"),
         S("迁移落户", "省内迁移一站式办理，无需回原籍办理迁出；跨省迁移实行电子迁移，申请人无需往返两地。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(5, note="自受理之日起5个工作日内审批完毕"),
     fee=FREE,
     online=ON("online_apply", "ga/qianru/fuqi", 1), window="公安户政窗口 1-2号",
     appointment=True, express=False, cross_region="跨省通办",
     legal_basis=["《江澜省户口迁移管理规定》（虚构）第九条"], result="居民户口簿")

item(key="temp_id", dept="police", n=6, level="district",
     name="临时居民身份证申领",
     aliases=["临时身份证", "办临时身份证", "身份证急用", "临时身份证坐火车"],
     item_type="公共服务",
     conditions=[
         "正在申领、换领或者补领居民身份证，急需使用证件的，可以申请临时居民身份证",
         "临时居民身份证有效期为3个月",
         "申请人本人须到场",
         "本市户籍居民可以在本市任一户政窗口申请（全市通办）",
     ],
     materials=[
         M("居民身份证受理回执", source="政府部门核发"),
         M("居民户口簿", required=False, note="户籍信息可以在系统中核验的免交"),
         M("身份证相片回执", required=False, source="中介机构", note="受理窗口可以免费拍照"),
     ],
     steps=[
         S("申请", "持受理回执到户政窗口申请。"),
         S("制证", "窗口当场制作临时居民身份证。"),
         S("领取", "当场领取证件。"),
     ],
     legal=TL(3, "natural_day", "法定3日"),
     promised=TL(0, note="符合条件的当场签发"),
     fee=FEE(("临时居民身份证工本费", "10元", "国家临时居民身份证收费标准")),
     online=ON("offline_only", "ga/linshi", 1), window="公安户政窗口 3-8号",
     appointment=False, express=False, cross_region="全市通办",
     legal_basis=["《中华人民共和国临时居民身份证管理办法》"], result="临时居民身份证",
     per_region={"baisha": {"status": "suspended", "updated_at": "2026-03-28", "prepend_conditions": [
         "白沙县公安局户政窗口因制证设备更换，自2026年4月1日起暂停受理本事项，恢复时间另行公告",
     ]}})

# 流动人口婚育证明：只在青岚区有过指南，已撤销
item(key="hunyu_proof", dept="health", n=9, level="district", only=["qinglan"],
     name="流动人口婚育证明办理",
     aliases=["婚育证明", "开婚育证明", "流动人口婚育证明", "外出打工婚育证明"],
     item_type="公共服务", status="revoked", updated_at="2025-11-30",
     conditions=[
         "本事项已取消：不再开具流动人口婚育证明，办理相关事项时改为由申请人书面承诺",
         "育龄流动人员在现居住地办理婚育证明的，须提交户籍地出具的婚姻状况材料",
         "婚育证明有效期为3年",
     ],
     materials=[M("居民身份证"), M("结婚证", required=False)],
     steps=[S("申请", "到户籍所在地乡镇（街道）计生办申请。"), S("出具", "审核后出具婚育证明。")],
     legal=TL(5), promised=TL(3, note="3个工作日内出具"),
     fee=FREE, online=ON("offline_only", "wj/hunyu", 1), window="卫健综合窗口",
     appointment=False, express=False, cross_region="none",
     legal_basis=["《流动人口计划生育工作条例》（已废止）"], result="流动人口婚育证明")


# =========================================================================== 出入境（city）
EXIT_AGENCY = "岚溪市公安局出入境管理支队"
EXIT_HALLS = [{"hall": "hall-exit-entry", "window": "护照、通行证受理窗口 1-10号"},
              {"hall": "hall-city-center", "window": "出入境综合窗口 2楼 C区"}]

item(key="passport_first", dept="exit", n=1, level="city", agency=EXIT_AGENCY,
     name="普通护照签发（首次申请）",
     aliases=["办护照", "第一次办护照", "申请护照", "出国办护照", "新办护照"],
     item_type="行政许可", life_events=["出国（境）"],
     conditions=[
         "中国公民因定居、探亲、学习、就业、旅行等非公务原因出国的，可以申请普通护照",
         "可以在全国任一出入境管理机构申请（跨省通办）",
         "未满16周岁的，须由监护人陪同申请",
         "护照有效期：未满16周岁的为5年，16周岁以上的为10年",
         "申请人须本人到场采集指纹，不能委托他人代办",
     ],
     situations=[
         S("成年人申请", "本人携带身份证到场申请。"),
         S("未满16周岁申请", "监护人陪同到场，提交监护关系证明。"),
     ],
     materials=[
         M("居民身份证", note="未满16周岁未办理身份证的，提交居民户口簿"),
         M("监护人居民身份证", situation="未满16周岁申请"),
         M("监护关系证明", situation="未满16周岁申请", note="出生医学证明或者载明监护关系的户口簿"),
         M("出入境证件相片", required=False, source="中介机构", note="受理窗口免费拍照，无需自带照片"),
     ],
     steps=[
         S("预约", "通过“移民局”App或者“岚溪办”App预约受理时间，也可以现场取号。"),
         S("受理", "窗口核验身份，现场拍照、采集指纹并缴费。"),
         S("审批制证", "出入境管理机构审批后制作护照。"),
         S("领取", "到受理窗口或者自助发证机领取，也可以选择邮寄送证到家。"),
     ],
     legal=TL(15, "natural_day", "偏远地区或者交通不便的，可以延长至30日"),
     promised=TL(7, note="自受理之日起7个工作日内制发"),
     fee=FEE(("普通护照工本费", "120元", "国家发展改革委、财政部出入境证件收费标准")),
     online=ON("offline_only", "crj/huzhao/shouci", 1), halls=EXIT_HALLS,
     appointment=True, express=True, cross_region="跨省通办", phone="0589-80201000",
     legal_basis=["《中华人民共和国护照法》第五条、第六条"], result="中华人民共和国普通护照")

item(key="passport_renew", dept="exit", n=2, level="city", agency=EXIT_AGENCY,
     name="普通护照换发",
     aliases=["换护照", "护照过期", "护照快到期了", "护照页用完了"],
     item_type="行政许可", life_events=["出国（境）"],
     conditions=[
         "护照有效期即将届满（不足6个月）或者已过期的，可以申请换发",
         "护照签证页即将使用完毕的，可以申请换发",
         "护照登记项目发生变更的，应当申请换发",
         "可以在全国任一出入境管理机构申请（跨省通办）",
     ],
     materials=[
         M("原普通护照", note="原护照有效的，新证制发后剪角作废"),
         M("居民身份证"),
         M("出入境证件相片", required=False, source="中介机构", note="受理窗口免费拍照"),
     ],
     steps=[
         S("预约", "通过“移民局”App预约，也可以现场取号。"),
         S("受理", "交验原护照，现场拍照、采集指纹并缴费。"),
         S("审批制证", "审批通过后制作新护照。"),
         S("领取", "到窗口领取或者选择邮寄送证。"),
     ],
     legal=TL(15, "natural_day", "偏远地区或者交通不便的，可以延长至30日"),
     promised=TL(7, note="自受理之日起7个工作日内制发"),
     fee=FEE(("普通护照工本费", "120元", "国家发展改革委、财政部出入境证件收费标准")),
     online=ON("offline_only", "crj/huzhao/huanfa", 1), halls=EXIT_HALLS,
     appointment=True, express=True, cross_region="跨省通办", phone="0589-80201000",
     legal_basis=["《中华人民共和国护照法》第十一条"], result="中华人民共和国普通护照")

item(key="passport_lost", dept="exit", n=3, level="city", agency=EXIT_AGENCY,
     name="普通护照补发",
     aliases=["护照丢了", "补办护照", "护照被偷了", "护照掉了"],
     item_type="行政许可", life_events=["出国（境）"],
     conditions=[
         "护照遗失或者被盗的，应当申请补发",
         "申请补发时须先报失，原护照随即作废",
         "在境外遗失护照的，应当向中国驻外使领馆申请旅行证回国",
         "补发可以在全国任一出入境管理机构申请（跨省通办）",
     ],
     materials=[
         M("居民身份证"),
         M("《护照报失证明》", source="政府部门核发", note="在受理窗口填写报失申请后当场出具"),
         M("出入境证件相片", required=False, source="中介机构", note="受理窗口免费拍照"),
     ],
     steps=[
         S("报失", "在受理窗口申报护照遗失或者被盗，领取《护照报失证明》。"),
         S("受理", "现场拍照、采集指纹并缴费。"),
         S("审批制证", "核查后制作新护照。"),
         S("领取", "到窗口领取或者选择邮寄送证。"),
     ],
     legal=TL(15, "natural_day", "偏远地区或者交通不便的，可以延长至30日"),
     promised=TL(10, note="自受理之日起10个工作日内制发"),
     fee=FEE(("普通护照工本费", "120元", "国家发展改革委、财政部出入境证件收费标准")),
     online=ON("offline_only", "crj/huzhao/bufa", 1), halls=EXIT_HALLS,
     appointment=True, express=True, cross_region="跨省通办", phone="0589-80201000",
     legal_basis=["《中华人民共和国护照法》第十一条"], result="中华人民共和国普通护照")

item(key="hk_macau", dept="exit", n=4, level="city", agency=EXIT_AGENCY,
     name="往来港澳通行证及签注签发",
     aliases=["港澳通行证", "去香港办证", "港澳签注", "办港澳通行证", "去澳门要办什么"],
     item_type="行政许可", life_events=["出国（境）"],
     conditions=[
         "内地居民前往香港、澳门旅游、探亲、商务、学习的，申请往来港澳通行证及相应签注",
         "通行证有效期：未满16周岁的为5年，16周岁以上的为10年",
         "已持有效通行证的，团队旅游签注可以在自助签注机办理，立等可取",
         "可以在全国任一出入境管理机构申请（跨省通办）",
         "未满16周岁的，须由监护人陪同申请",
     ],
     materials=[
         M("居民身份证"),
         M("出入境证件相片", required=False, source="中介机构", note="受理窗口免费拍照"),
         M("监护人居民身份证", situation="未满16周岁申请"),
     ],
     situations=[
         S("首次申请通行证", "同时申请通行证和签注。"),
         S("未满16周岁申请", "监护人陪同到场。"),
         S("只办签注", "持有效通行证到自助签注机办理。"),
     ],
     steps=[
         S("预约", "通过“移民局”App预约，也可以现场取号。"),
         S("受理", "现场拍照、采集指纹并缴费。"),
         S("审批制证", "审批通过后制作通行证。"),
         S("领取", "到窗口领取或者选择邮寄送证。"),
     ],
     legal=TL(15, "natural_day", "偏远地区或者交通不便的，可以延长至30日"),
     promised=TL(7, note="通行证自受理之日起7个工作日内制发；自助签注当场办结"),
     fee=FEE(("往来港澳通行证工本费", "60元", "出入境证件收费标准"),
             ("签注费", "每次签注15元", "出入境证件收费标准")),
     online=ON("offline_only", "crj/gangao", 1), halls=EXIT_HALLS,
     appointment=True, express=True, cross_region="跨省通办", phone="0589-80204000",
     legal_basis=["《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》"],
     result="往来港澳通行证")

# =========================================================================== 车管（city）
VEH_AGENCY = "岚溪市公安局交通警察支队"
VEH_HALLS = [{"hall": "hall-vehicle", "window": "驾驶证业务窗口 1-6号"},
             {"hall": "hall-vehicle-tongchuan", "window": "综合业务窗口"}]

item(key="license_renew", dept="vehicle", n=1, level="city", agency=VEH_AGENCY,
     name="机动车驾驶证有效期满换证",
     aliases=["驾照到期换证", "换驾照", "驾驶证过期", "驾照到期", "驾照6年到期换证"],
     item_type="行政许可", life_events=["交通出行"],
     conditions=[
         "机动车驾驶证有效期满前90日内，应当申请换证",
         "年满70周岁的，每年须提交1次身体条件证明",
         "可以在全国任一车辆管理所申请（跨省通办）",
         "本人可以通过“交管12123”App申请，新证邮寄到家",
         "换证须由驾驶人本人申请，不得委托他人代为办理",
     ],
     materials=[
         M("居民身份证"),
         M("《机动车驾驶人身体条件证明》", source="中介机构",
           note="由县级以上医疗机构或者有资质的体检机构出具，6个月内有效，已联网上传的免交纸质件"),
         M("近期1寸白底彩色照片", required=False, note="网上申请的上传电子照片，窗口申请的可以现场采集"),
     ],
     steps=[
         S("体检", "到有资质的医疗机构体检，出具身体条件证明。"),
         S("申请", "通过“交管12123”App或者到车管所窗口提交申请。"),
         S("审核制证", "车管所审核后制作新驾驶证，窗口申请的当场发证。"),
         S("领证", "网上申请的，新驾驶证通过邮政寄递到家。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="窗口申请的当日发证；网上申请的审核通过后3个工作日内寄出"),
     fee=FEE(("机动车驾驶证工本费", "10元", "公安交通管理证件收费标准")),
     online=ON("full_online", "jg/jiazhao/huanzheng", 0), halls=VEH_HALLS,
     appointment=True, express=True, cross_region="跨省通办", phone="0589-80301000",
     legal_basis=["《机动车驾驶证申领和使用规定》第七十一条"], result="机动车驾驶证")

item(key="license_lost", dept="vehicle", n=2, level="city", agency=VEH_AGENCY,
     name="机动车驾驶证遗失补证",
     aliases=["驾照丢了", "补办驾照", "驾驶证掉了", "驾照找不到了"],
     item_type="行政许可", life_events=["交通出行"],
     conditions=[
         "机动车驾驶证遗失的，可以向驾驶证核发地或者户籍地、居住地车辆管理所申请补领",
         "补领后原驾驶证作废",
         "驾驶证被依法扣押、扣留或者暂扣期间，不得申请补领",
         "可以通过“交管12123”App申请，补发的驾驶证邮寄到家",
     ],
     materials=[
         M("居民身份证"),
         M("近期1寸白底彩色照片", required=False, note="网上申请的上传电子照片，窗口申请的可以现场采集"),
     ],
     steps=[
         S("申请", "通过“交管12123”App或者到车管所窗口申请补证。"),
         S("审核制证", "车管所核查驾驶证状态后制作新证。"),
         S("领证", "窗口申请的当场领取，网上申请的邮寄到家。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="窗口申请的当日补发"),
     fee=FEE(("机动车驾驶证工本费", "10元", "公安交通管理证件收费标准")),
     online=ON("full_online", "jg/jiazhao/buzheng", 0), halls=VEH_HALLS,
     appointment=True, express=True, cross_region="跨省通办", phone="0589-80301000",
     legal_basis=["《机动车驾驶证申领和使用规定》第七十三条"], result="机动车驾驶证")

item(key="car_reg", dept="vehicle", n=3, level="city", agency=VEH_AGENCY,
     name="机动车注册登记（新车上牌）",
     aliases=["新车上牌", "上牌照", "买车上牌", "新车挂牌", "选车牌号"],
     item_type="行政许可", life_events=["交通出行"],
     conditions=[
         "新车应当在临时行驶车号牌有效期内申请注册登记",
         "已投保机动车交通事故责任强制保险并缴纳车辆购置税",
         "号牌号码可以通过互联网选号，自编号码或者从50个备选号码中选取1个",
         "机动车销售企业（4S店）可以代购车人办理注册登记",
     ],
     situations=[
         S("本人办理", "车主本人携带身份证和购车资料到车管所或者登记服务站办理。"),
         S("4S店代办", "由销售企业凭车主授权书代为办理，车主无需到场。"),
     ],
     materials=[
         M("机动车所有人身份证明"),
         M("购车发票"),
         M("机动车整车出厂合格证明"),
         M("车辆购置税完税证明", source="政府部门核发", exempt=True, note="通过税务信息联网核查，免交纸质件"),
         M("交强险凭证", exempt=True, note="通过保险信息联网核查，免交纸质件"),
         M("车主授权书", situation="4S店代办"),
     ],
     steps=[
         S("查验", "免检车型由销售企业代为查验，其他车辆到车管所查验区查验。"),
         S("选号", "通过“交管12123”App或者窗口选取号牌号码。"),
         S("受理", "窗口审核资料并缴纳号牌和行驶证工本费。"),
         S("领牌", "当场领取号牌和行驶证，机动车登记证书可以选择邮寄。"),
     ],
     legal=TL(2, note="法定2个工作日"),
     promised=TL(0, note="资料齐全的当日办结"),
     fee=FEE(("机动车号牌工本费", "小型汽车号牌每副100元", "公安交通管理证件收费标准"),
             ("机动车行驶证工本费", "10元", "公安交通管理证件收费标准")),
     online=ON("online_apply", "jg/shangpai", 1), halls=VEH_HALLS,
     appointment=True, express=True, cross_region="none", phone="0589-80303000",
     legal_basis=["《机动车登记规定》第十二条"], result="机动车号牌、机动车行驶证、机动车登记证书")

item(key="car_inspect", dept="vehicle", n=4, level="city", agency=VEH_AGENCY,
     name="机动车检验标志核发（年检）",
     aliases=["年检", "车子年审", "汽车年检", "验车", "六年免检"],
     item_type="行政确认", life_events=["交通出行"],
     conditions=[
         "非营运小型、微型载客汽车注册登记6年以内的，免予上线检验，每2年申领一次检验标志",
         "注册登记满6年、满10年的各上线检验1次",
         "注册登记超过10年的，每年检验1次",
         "有未处理完毕的交通违法或者交通事故的，须先处理完毕",
         "上线检验的检验费由检验机构按公示标准收取",
     ],
     materials=[
         M("机动车行驶证"),
         M("交强险凭证", exempt=True, note="通过保险信息联网核查"),
         M("机动车安全技术检验报告", situation="上线检验", source="中介机构"),
     ],
     situations=[
         S("免检车申领标志", "6年以内的车辆在“交管12123”App申领电子检验标志，无需到场。"),
         S("上线检验", "到任一机动车检验机构检验合格后申领检验标志。"),
     ],
     steps=[
         S("检验或免检申请", "免检车辆直接网上申请；需要上线检验的，到检验机构检验。"),
         S("核发标志", "审核通过后核发电子检验标志。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="网上申请的即时核发电子检验标志"),
     fee=FREE,
     online=ON("full_online", "jg/nianjian", 0), halls=VEH_HALLS[:1],
     appointment=False, express=False, cross_region="跨省通办", phone="0589-80304000",
     legal_basis=["《中华人民共和国道路交通安全法实施条例》第十六条"], result="机动车检验合格标志（电子）")


# =========================================================================== 民政（district）
item(key="marriage", dept="civil", n=1, level="district",
     name="内地居民结婚登记",
     aliases=["领结婚证", "扯证", "登记结婚", "领证", "打结婚证"],
     item_type="行政确认", life_events=["婚姻"],
     conditions=[
         "男方年满22周岁，女方年满20周岁",
         "双方均无配偶，且没有直系血亲和三代以内旁系血亲关系",
         "男女双方须共同亲自到场办理，不能委托他人代办",
         "实行全国通办，可以在一方户籍所在地或者经常居住地的婚姻登记机关办理",
     ],
     situations=[
         S("在户籍地登记", "一方户籍在本区（县）的，双方持身份证到场办理。"),
         S("在经常居住地登记", "双方户籍均不在本区（县）的，一方须持有本区（县）有效居住证。"),
     ],
     materials=[
         M("本人居民身份证"),
         M("居民户口簿", required=False, note="已实行全国通办，户口簿可以不提供"),
         M("近期2寸半身免冠双人合影照片", copies=3, note="红色背景，也可以在登记处现场拍照"),
         M("居住证", situation="在经常居住地登记"),
         M("《申请结婚登记声明书》", source="政府部门核发", note="在登记处领取，须双方当场签名"),
     ],
     steps=[
         S("预约", "通过“岚溪办”App婚姻登记预约栏目选择登记日期和时段。"),
         S("审查", "登记员核验双方身份和婚姻状况。"),
         S("签字", "双方在登记员面前签署声明书。"),
         S("颁证", "符合条件的当场颁发结婚证，可以选择颁证仪式。"),
     ],
     legal=TL(0, note="符合条件的当场登记"),
     promised=TL(0, note="材料齐全、符合条件的当场颁证"),
     fee=FREE,
     online=ON("online_apply", "mz/hunyin/jiehun", 1), window="婚姻登记窗口",
     appointment=True, express=False, cross_region="跨省通办",
     legal_basis=["《中华人民共和国民法典》第一千零四十七条、第一千零四十九条", "《婚姻登记条例》"],
     result="结婚证",
     per_region={"nanhu": {"status": "suspended", "updated_at": "2026-04-20", "halls": [
         {"hall": "hall-nanhu-marriage", "window": "结婚登记室"}], "prepend_conditions": [
         "南湖区婚姻登记处因搬迁装修，2026年5月1日至6月30日暂停办理结婚登记，恢复时间以公告为准",
     ]}})

item(key="marriage_copy", dept="civil", n=2, level="district",
     name="补领结婚证",
     aliases=["结婚证丢了", "补办结婚证", "结婚证掉了", "结婚证找不到了", "结婚证坏了"],
     item_type="行政确认", life_events=["婚姻"],
     conditions=[
         "结婚证遗失或者损毁的，当事人可以向原登记机关或者一方户籍所在地婚姻登记机关申请补领",
         "可以由夫妻一方单独申请补领",
         "补领须当事人本人到场，不能委托他人代为办理",
     ],
     materials=[
         M("申请人居民身份证"),
         M("居民户口簿", required=False, note="户籍信息可以核验的免交"),
         M("近期2寸半身免冠照片", copies=2, note="双方到场的提交双人合影，一方单独申请的可以提交本人单人照"),
         M("《申请补领婚姻登记证声明书》", source="政府部门核发", note="在登记处领取并当场签名"),
     ],
     steps=[
         S("申请", "到婚姻登记机关提出补领申请。"),
         S("查档", "登记机关查询婚姻登记档案；档案无法查到的，须提交原登记机关出具的婚姻登记记录证明。"),
         S("补发", "核实后补发结婚证。"),
     ],
     legal=TL(30, "natural_day", "需要跨地区调档的，在30日内补发"),
     promised=TL(0, note="档案可以查到的当场补发"),
     fee=FREE,
     online=ON("offline_only", "mz/hunyin/buling", 1), window="婚姻登记窗口",
     appointment=True, express=False, cross_region="跨省通办",
     legal_basis=["《婚姻登记条例》第十七条"], result="结婚证")

item(key="divorce", dept="civil", n=3, level="district",
     name="内地居民离婚登记",
     aliases=["协议离婚", "办离婚", "离婚手续", "去民政局离婚"],
     item_type="行政确认", life_events=["婚姻"],
     conditions=[
         "男女双方自愿离婚，并已对子女抚养、财产以及债务处理等事项协商一致",
         "双方须共同到场，不能委托他人代为办理",
         "在一方当事人常住户口所在地的婚姻登记机关办理",
         "自婚姻登记机关收到离婚登记申请之日起30日内，任何一方不愿意离婚的，可以撤回申请",
     ],
     materials=[
         M("本人居民身份证"),
         M("本人居民户口簿"),
         M("结婚证"),
         M("离婚协议书", copies=3, note="载明双方自愿离婚的意思表示，以及对子女抚养、财产及债务处理等事项协商一致的意见"),
         M("近期2寸单人半身免冠照片", copies=2),
     ],
     steps=[
         S("申请", "双方共同到婚姻登记机关提交离婚登记申请，领取《离婚登记申请受理回执单》。"),
         S("冷静期", "自申请受理之日起30日为离婚冷静期。"),
         S("申请发证", "冷静期届满后30日内，双方应当共同到场申请发给离婚证；未申请的，视为撤回离婚登记申请。"),
         S("登记发证", "审查符合条件的，当场发给离婚证。"),
     ],
     legal=TL(30, "natural_day", "不含30日离婚冷静期"),
     promised=TL(0, note="冷静期届满后双方到场申请的，符合条件的当场发证"),
     fee=FREE,
     online=ON("offline_only", "mz/hunyin/lihun", 2), window="婚姻登记窗口",
     appointment=True, express=False, cross_region="none",
     legal_basis=["《中华人民共和国民法典》第一千零七十六条、第一千零七十七条"], result="离婚证",
     per_region={"nanhu": {"halls": [{"hall": "hall-nanhu", "window": "民政综合窗口（婚姻登记临时受理点）"}]}})

item(key="dibao", dept="civil", n=4, level="district", town_hall=True,
     name="最低生活保障申请",
     aliases=["低保", "申请低保", "吃低保", "低保户", "办低保"],
     item_type="行政给付", life_events=["社会救助"],
     conditions=[
         "申请人具有本区（县）户籍，或者持有本区（县）居住证且连续居住满1年",
         "共同生活的家庭成员月人均收入低于本市最低生活保障标准",
         "本市城乡最低生活保障标准统一为每人每月850元",
         "家庭财产状况符合本市低保家庭财产认定规定",
         "本人申请有困难的，可以委托村（居）民委员会或者他人代为提出申请",
     ],
     situations=[
         S("本人申请", "由家庭成员中的一人作为申请人提出申请。"),
         S("委托代办", "本人申请有困难的，由村（居）委会或者受托人携带委托书和受托人身份证代为申请。"),
     ],
     materials=[
         M("《最低生活保障申请书》", source="政府部门核发"),
         M("家庭成员居民身份证和户口簿"),
         M("家庭经济状况核对授权书", note="由共同生活的家庭成员签字"),
         M("收入情况说明", required=False, note="无法提供收入证明的，可以书面说明"),
         M("委托书", situation="委托代办"),
         M("受托人居民身份证", situation="委托代办"),
     ],
     steps=[
         S("申请", "向户籍所在地乡镇人民政府（街道办事处）提出申请，也可以通过“岚溪办”App网上提交。"),
         S("调查核对", "乡镇（街道）自受理之日起会同村（居）委会入户调查，并开展家庭经济状况信息核对。"),
         S("公示", "审核意见在申请人所在村（居）公示，公示期为7天。"),
         S("审批发放", "区（县）民政局审批，批准的自批准次月起按月发放低保金。"),
     ],
     legal=TL(30, note="特殊情况可以延长至45个工作日"),
     promised=TL(20, note="自受理之日起20个工作日内办结（公示期不计入）"),
     fee=FREE,
     online=ON("online_apply", "mz/dibao", 1), window="社会救助窗口",
     appointment=False, express=False, cross_region="none",
     legal_basis=["《社会救助暂行办法》第九条至第十三条"], result="最低生活保障金")

item(key="gaoling", dept="civil", n=5, level="district", town_hall=True,
     name="高龄津贴申领",
     aliases=["高龄补贴", "老人补贴", "八十岁补贴", "长寿金", "高龄老人津贴"],
     item_type="行政给付", life_events=["养老"],
     conditions=[
         "具有本市户籍、年满80周岁的老年人",
         "80至89周岁的，每人每月发放100元",
         "90至99周岁的，每人每月发放300元",
         "100周岁及以上的，每人每月发放800元",
         "自年满80周岁的次月起发放，按月打入老人本人的社会保障卡",
         "老人行动不便的，可以由子女或者其他亲属代为申请",
     ],
     situations=[
         S("本人申请", "老人本人携带身份证到村（社区）或者便民服务中心申请。"),
         S("亲属代办", "代办人携带本人身份证和老人的身份证、户口簿代为申请。"),
     ],
     materials=[
         M("老年人居民身份证"),
         M("老年人居民户口簿", exempt=True, note="户籍信息可以在系统中核验的免交"),
         M("社会保障卡", note="用于发放津贴，须为老人本人名下"),
         M("代办人居民身份证", situation="亲属代办"),
     ],
     steps=[
         S("申请", "向户籍所在村（社区）或者乡镇（街道）便民服务中心申请，也可以通过“岚溪办”App提交。"),
         S("审核", "乡镇（街道）审核后报区（县）民政局。"),
         S("核定发放", "审核通过后按月发放；首次发放时补发自符合条件次月起的津贴。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(15, note="自受理之日起15个工作日内办结"),
     fee=FREE,
     online=ON("online_apply", "mz/gaoling", 1), window="老龄服务窗口",
     appointment=False, express=False, cross_region="none",
     legal_basis=["《江澜省老年人权益保障条例》（虚构）第二十一条"], result="高龄津贴")

# =========================================================================== 卫健
item(key="shengyu_reg", dept="health", n=1, level="district",
     name="生育登记",
     aliases=["准生证", "生孩子登记", "生育服务登记", "办准生证", "怀孕登记"],
     item_type="公共服务", life_events=["出生"],
     conditions=[
         "夫妻生育子女的，均可以办理生育登记，不限孩次",
         "可以在夫妻一方户籍地或者现居住地办理",
         "夫妻一方可以代另一方办理",
         "生育登记原则上在孩子出生前办理，出生后也可以补办",
     ],
     materials=[
         M("夫妻双方居民身份证"),
         M("结婚证", required=False, note="网上办理的由系统核验婚姻登记信息"),
     ],
     steps=[
         S("申请", "在“岚溪办”App“生育登记”栏目填报，也可以到村（社区）或者乡镇（街道）计生服务窗口办理。"),
         S("确认", "信息核验无误的当场确认登记，生成电子生育登记服务单。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="信息核验无误的即时办结"),
     fee=FREE,
     online=ON("full_online", "wj/shengyu", 0), window="卫健综合窗口",
     appointment=False, express=False, cross_region="全省通办",
     legal_basis=["《江澜省人口与计划生育条例》（虚构）第十八条"], result="生育登记服务单（电子）")

item(key="only_child_cert", dept="health", n=10, level="city", agency="岚溪市卫生健康委员会",
     name="独生子女父母光荣证办理",
     aliases=["独生子女证", "办独生子女证", "独生子女光荣证", "独生证"],
     item_type="公共服务", status="revoked", updated_at="2026-01-05",
     conditions=[
         "本事项已于2025年12月31日取消，不再受理新的申请",
         "已领取的独生子女父母光荣证继续有效，相关奖励扶助按原规定执行",
         "夫妻双方只生育一个子女",
         "独生子女父母奖励费每月10元，发放至子女年满14周岁",
     ],
     materials=[M("夫妻双方居民身份证"), M("结婚证"), M("子女出生医学证明")],
     steps=[S("申请", "向户籍所在地乡镇（街道）提出申请。"), S("发证", "审核后发证。")],
     legal=TL(20), promised=TL(10, note="10个工作日内发证"),
     fee=FREE, online=ON("offline_only", "wj/dushengzinv", 1),
     halls=[{"hall": "hall-city-center", "window": "卫健综合窗口"}],
     appointment=False, express=False, cross_region="none", phone="0589-80510000",
     legal_basis=["《江澜省人口与计划生育条例》（虚构，已修订）"], result="独生子女父母光荣证")

item(key="birth_cert_reissue", dept="health", n=2, level="city", agency="岚溪市卫生健康委员会",
     name="出生医学证明补发",
     aliases=["出生证丢了", "补办出生证", "出生医学证明遗失", "补出生证明"],
     item_type="公共服务", life_events=["出生"],
     conditions=[
         "出生医学证明遗失的，可以向原签发机构所在地卫生健康部门申请补发",
         "出生医学证明只补发一次",
         "申请补发前，应当在“岚溪办”App“遗失声明”栏目声明原证作废",
         "由新生儿父母一方或者双方申请；委托他人代办的，须提交委托书和受托人身份证",
     ],
     situations=[
         S("父母申请", "父母一方或者双方携带身份证申请。"),
         S("委托代办", "受托人携带委托书、受托人身份证和父母身份证复印件代为申请。"),
     ],
     materials=[
         M("父母双方居民身份证", form="原件和复印件"),
         M("新生儿居民户口簿", required=False, note="已落户的提供"),
         M("遗失声明", note="“岚溪办”App声明页面截图或者打印件"),
         M("委托书", situation="委托代办"),
         M("受托人居民身份证", situation="委托代办"),
     ],
     steps=[
         S("申请", "到市民之家卫健综合窗口提交补发申请。"),
         S("核查", "核查原签发存根和分娩记录。"),
         S("补发", "核查无误后补发，可以邮寄到家。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(15, note="自受理之日起15个工作日内补发"),
     fee=FREE,
     online=ON("offline_only", "wj/chushengzheng", 1),
     halls=[{"hall": "hall-city-center", "window": "卫健综合窗口 3楼 E区"}],
     appointment=True, express=True, cross_region="none", phone="0589-80502000",
     legal_basis=["《出生医学证明管理办法》（国家卫生健康委）"], result="出生医学证明")

item(key="doctor_reg", dept="health", n=3, level="city", agency="岚溪市卫生健康委员会",
     name="医师执业注册",
     aliases=["医生执业注册", "医师注册", "执业证注册", "医师执业证"],
     item_type="行政许可", life_events=["职业资格"],
     conditions=[
         "已取得医师资格证书",
         "拟执业的医疗机构同意聘用",
         "申请注册前2年内未脱离医疗、预防、保健业务",
         "通过国家医师电子注册系统全程网上申请，无需到现场",
     ],
     materials=[
         M("医师资格证书", exempt=True, source="政府部门核发", note="系统自动核验"),
         M("近6个月内的健康体检证明"),
         M("拟执业医疗机构聘用证明", note="由医疗机构在系统中确认"),
     ],
     steps=[
         S("网上申请", "登录国家医师电子注册系统填写注册信息。"),
         S("机构确认", "拟执业医疗机构在系统中审核确认。"),
         S("审核发证", "卫生健康部门审核通过后发放电子证照。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(10, note="自受理之日起10个工作日内办结"),
     fee=FREE,
     online=ON("full_online", "wj/yishi", 0),
     halls=[{"hall": "hall-city-center", "window": "卫健综合窗口 3楼 E区"}],
     appointment=False, express=False, cross_region="none", phone="0589-80503000",
     legal_basis=["《中华人民共和国医师法》第十三条"], result="医师执业证书（电子证照）")

# =========================================================================== 残联（district）
item(key="disability_new", dept="disabled", n=1, level="district",
     name="残疾人证新办",
     aliases=["办残疾证", "申请残疾证", "残疾人证办理", "评残", "第一次办残疾证"],
     item_type="行政确认", life_events=["残疾人服务"],
     conditions=[
         "具有本区（县）户籍的视力、听力、言语、肢体、智力、精神以及多重残疾人",
         "申请人须到区（县）残联指定的医疗机构进行残疾评定",
         "申请人为未成年人或者无民事行为能力人的，由监护人代为申请",
         "行动不便无法到评定机构的，可以申请上门评定",
     ],
     situations=[
         S("本人申请", "本人携带身份证、户口簿和照片申请。"),
         S("监护人代办", "监护人携带本人和监护人身份证件代为申请。"),
         S("上门评定", "重度残疾、卧床不起的，由评定医生上门评定。"),
     ],
     materials=[
         M("居民身份证"),
         M("居民户口簿"),
         M("近期2寸免冠彩色照片", copies=3),
         M("《残疾人证申请表》", source="政府部门核发"),
         M("监护人居民身份证", situation="监护人代办"),
     ],
     steps=[
         S("申请", "向户籍所在地乡镇（街道）残联或者通过“岚溪办”App提交申请。"),
         S("评定", "自受理之日起10个工作日内到指定医疗机构进行残疾评定。"),
         S("审核", "区（县）残联审核评定结论。"),
         S("发证", "审核通过的，制发第三代智能化残疾人证，可以邮寄。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(20, note="自评定结论作出之日起20个工作日内发证（不含残疾评定时间）"),
     fee=FREE,
     online=ON("online_apply", "cl/canjizheng/xinban", 2), window="残联服务窗口",
     appointment=True, express=True, cross_region="none",
     legal_basis=["《中华人民共和国残疾人证管理办法》"], result="中华人民共和国残疾人证")

item(key="disability_lost", dept="disabled", n=2, level="district",
     name="残疾人证补领",
     aliases=["残疾证丢了", "补办残疾证", "残疾证掉了"],
     item_type="行政确认", life_events=["残疾人服务"],
     conditions=[
         "残疾人证遗失或者损毁的，可以申请补领",
         "补领无需重新评定残疾等级",
         "可以由亲属代为申请",
         "残疾人证有效期为10年",
     ],
     situations=[
         S("本人申请", "本人在“岚溪办”App提交或者到窗口申请。"),
         S("亲属代办", "亲属携带代办人身份证和残疾人的身份证代为申请。"),
     ],
     materials=[
         M("居民身份证"),
         M("近期2寸免冠彩色照片", copies=2, note="网上申请的上传电子照片"),
         M("《残疾人证补领申请表》", source="政府部门核发"),
         M("代办人居民身份证", situation="亲属代办"),
     ],
     steps=[
         S("申请", "通过“岚溪办”App或者到残联服务窗口申请补领。"),
         S("审核", "区（县）残联核对残疾人信息。"),
         S("补发", "审核通过后补发新证，可以免费邮寄到家。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(10, note="自受理之日起10个工作日内补发"),
     fee=FREE,
     online=ON("full_online", "cl/canjizheng/buling", 0), window="残联服务窗口",
     appointment=True, express=True, cross_region="none",
     legal_basis=["《中华人民共和国残疾人证管理办法》"], result="中华人民共和国残疾人证")

item(key="disability_subsidy", dept="disabled", n=3, level="district", town_hall=True,
     name="困难残疾人生活补贴和重度残疾人护理补贴申领",
     aliases=["残疾人两项补贴", "残疾人补贴", "护理补贴", "残疾人生活补贴", "重残护理补贴"],
     item_type="行政给付", life_events=["残疾人服务"],
     conditions=[
         "持有第三代残疾人证，并具有本区（县）户籍",
         "困难残疾人生活补贴：享受最低生活保障的残疾人，每人每月发放120元",
         "重度残疾人护理补贴：残疾等级为一级、二级的残疾人，每人每月发放150元",
         "残疾人本人申请有困难的，可以委托法定监护人或者近亲属代为申请",
     ],
     situations=[
         S("本人申请", "残疾人本人携带残疾人证申请。"),
         S("委托代办", "监护人或者近亲属携带委托书和本人身份证代为申请。"),
     ],
     materials=[
         M("残疾人证"),
         M("居民身份证"),
         M("社会保障卡", note="补贴发放至本人社会保障卡"),
         M("委托书", situation="委托代办"),
     ],
     steps=[
         S("申请", "向户籍所在地乡镇（街道）提出申请，也可以通过“岚溪办”App申请。"),
         S("初审", "乡镇（街道）初审并入户核实。"),
         S("公示", "初审结果在村（居）公示5个工作日。"),
         S("审批发放", "区（县）残联审核、民政局审批，自受理申请的次月起按月发放。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(20, note="自受理之日起20个工作日内办结（公示期不计入）"),
     fee=FREE,
     online=ON("online_apply", "cl/liangxiangbutie", 1), window="残联服务窗口",
     appointment=False, express=False, cross_region="none",
     legal_basis=["《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》"],
     result="困难残疾人生活补贴、重度残疾人护理补贴")


# =========================================================================== 医保
item(key="resident_medical", dept="medical", n=1, level="district",
     name="城乡居民基本医疗保险参保登记",
     aliases=["新农合", "居民医保", "交医保", "城乡居民医保", "小孩办医保", "新生儿医保"],
     item_type="公共服务", life_events=["出生", "医疗"],
     conditions=[
         "具有本市户籍或者持有本市居住证，且未参加职工基本医疗保险的城乡居民",
         "在本市就读的大中专院校学生可以在学校统一参保",
         "新生儿自出生之日起3个月内参保缴费的，自出生之日起享受医保待遇",
         "2026年度个人缴费标准为每人每年400元",
         "集中缴费期为每年9月1日至12月31日，缴费后次年1月1日起享受待遇",
         "可以由家庭成员代为办理参保登记和缴费",
     ],
     situations=[
         S("本市户籍居民参保", "持身份证或者户口簿登记。"),
         S("新生儿参保", "凭出生医学证明或者户口簿登记，可以在“出生一件事”中一并办理。"),
         S("非本市户籍参保", "持本市居住证登记。"),
     ],
     materials=[
         M("居民身份证或者户口簿"),
         M("出生医学证明", situation="新生儿参保", exempt=True, source="政府部门核发", note="电子证照共享，免交"),
         M("居住证", situation="非本市户籍参保"),
     ],
     steps=[
         S("参保登记", "通过“岚溪办”App、医保服务窗口或者村（社区）便民服务站登记。"),
         S("缴费", "通过税务缴费小程序、银行App或者村（社区）代收点缴纳个人缴费。"),
         S("享受待遇", "缴费成功后按规定享受医保待遇。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="参保登记即时办结"),
     fee=FREE,
     online=ON("full_online", "yb/jumin/canbao", 0), window="医保服务窗口",
     appointment=False, express=False, cross_region="全市通办",
     legal_basis=["《中华人民共和国社会保险法》第二十五条"], result="参保登记信息")

MED_AGENCY = "岚溪市医疗保障局"
MED_HALLS = [{"hall": "hall-city-center", "window": "医保综合窗口 1楼 B区"}]

item(key="medical_transfer", dept="medical", n=2, level="city", agency=MED_AGENCY,
     name="异地就医备案",
     aliases=["异地就医", "外地看病报销", "医保备案", "跨省就医备案", "去外地看病"],
     item_type="公共服务", life_events=["医疗"],
     conditions=[
         "参加本市基本医疗保险、需要到外地就医的参保人员",
         "异地长期居住和常驻异地工作人员备案后，在备案有效期内可以多次就医直接结算",
         "临时外出就医人员备案有效期为6个月",
         "未备案在外地就医的，回参保地手工报销时个人先行自付比例提高10个百分点",
         "可以由亲属代为办理",
     ],
     situations=[
         S("异地长期居住", "退休后异地安置、长期居住的，提交《异地就医备案个人承诺书》。"),
         S("常驻异地工作", "用人单位派驻外地工作的，提交承诺书。"),
         S("异地转诊", "经本市定点医院转诊到外地的，提交转诊证明。"),
         S("临时外出就医", "因急诊、出差等临时在外地就医的，直接网上备案。"),
     ],
     materials=[
         M("社会保障卡或者医保电子凭证"),
         M("《异地就医备案个人承诺书》", note="在线备案的勾选电子承诺即可"),
         M("转诊证明", situation="异地转诊", source="政府部门核发", note="由本市二级及以上定点医院开具"),
     ],
     steps=[
         S("申请", "通过国家医保服务平台App、“岚溪办”App或者医保服务窗口申请。"),
         S("备案", "信息核验后即时备案。"),
         S("就医结算", "在备案地联网定点医疗机构就医时直接结算。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="线上申请的即时备案"),
     fee=FREE,
     online=ON("full_online", "yb/yidi", 0), halls=MED_HALLS,
     appointment=False, express=False, cross_region="跨省通办", phone="0589-80702000",
     legal_basis=["《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》"], result="异地就医备案信息")

item(key="chronic", dept="medical", n=3, level="city", agency=MED_AGENCY,
     name="门诊慢特病待遇认定",
     aliases=["慢性病卡", "办慢病", "门诊慢特病", "特殊病种", "慢病认定"],
     item_type="行政确认", life_events=["医疗"],
     conditions=[
         "参加本市基本医疗保险，确诊患有高血压、糖尿病等规定慢特病病种的参保人员",
         "认定通过后，门诊慢特病费用按规定比例报销",
         "居民医保门诊慢特病年度最高支付限额为每人3000元",
         "可以在本市二级及以上定点医疗机构直接申请，由医院提交",
     ],
     materials=[
         M("社会保障卡或者医保电子凭证"),
         M("近6个月内的病历和检查报告", source="中介机构", note="由二级及以上定点医疗机构出具"),
         M("《门诊慢特病认定申请表》", note="在定点医院医保窗口领取"),
     ],
     steps=[
         S("申请", "到定点医疗机构医保窗口申请，由医院网上提交。"),
         S("专家评审", "医保经办机构每月集中组织专家评审一次。"),
         S("结果告知", "评审结果通过短信和“岚溪办”App告知，认定通过的次日起享受待遇。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(15, note="自受理之日起15个工作日内办结"),
     fee=FREE,
     online=ON("online_apply", "yb/manbing", 1), halls=MED_HALLS,
     appointment=False, express=False, cross_region="none", phone="0589-80703000",
     legal_basis=["《江澜省基本医疗保险门诊慢特病管理办法》（虚构）"], result="门诊慢特病待遇资格")

item(key="maternity_allowance", dept="medical", n=4, level="city", agency=MED_AGENCY,
     name="生育津贴申领",
     aliases=["产假工资", "生育保险报销", "生孩子的钱", "申领生育津贴"],
     item_type="行政给付", life_events=["出生"],
     conditions=[
         "参加本市职工基本医疗保险（含生育保险），生育时已连续缴费满10个月的女职工",
         "生育津贴＝本人生育时用人单位上年度职工月平均缴费工资÷30×规定的产假天数",
         "应当在生育或者终止妊娠之日起1年内申领",
         "由用人单位网上申报，职工个人无需到场",
     ],
     materials=[
         M("职工居民身份证"),
         M("出生医学证明", exempt=True, source="政府部门核发", note="电子证照共享，免交"),
         M("《生育津贴申领表》", note="由用人单位填报并盖章"),
     ],
     steps=[
         S("单位申报", "用人单位通过医保网上服务大厅申报。"),
         S("审核", "医保经办机构审核参保和缴费信息。"),
         S("发放", "审核通过后拨付至用人单位账户，由单位发放给职工。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(10, note="自受理之日起10个工作日内拨付"),
     fee=FREE,
     online=ON("full_online", "yb/shengyujintie", 0), halls=MED_HALLS,
     appointment=False, express=False, cross_region="none", phone="0589-80704000",
     legal_basis=["《中华人民共和国社会保险法》第五十六条"], result="生育津贴")

# =========================================================================== 社保
item(key="resident_pension", dept="hrss", n=1, level="district", town_hall=True,
     name="城乡居民基本养老保险参保登记",
     aliases=["农村养老保险", "居民养老保险参保", "新农保", "交农保", "城乡居民养老"],
     item_type="公共服务", life_events=["养老"],
     conditions=[
         "年满16周岁（不含在校学生），非国家机关和事业单位工作人员，且未参加职工基本养老保险的本区（县）户籍居民",
         "缴费档次分为每年200元至5000元共12个档次，由参保人自主选择",
         "政府按缴费档次给予每人每年40元至150元的缴费补贴",
         "可以由家庭成员代为办理参保登记",
     ],
     materials=[
         M("居民身份证"),
         M("居民户口簿", required=False, note="户籍信息可以核验的免交"),
         M("《城乡居民基本养老保险参保登记表》", source="政府部门核发", note="网上办理的在线填写"),
     ],
     steps=[
         S("参保登记", "通过“岚溪办”App或者到村（社区）、乡镇（街道）社保窗口登记。"),
         S("缴费", "选择缴费档次，通过税务缴费渠道缴纳。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="参保登记即时办结"),
     fee=FREE,
     online=ON("full_online", "rs/jumin/canbao", 0), window="社保服务窗口",
     appointment=False, express=False, cross_region="none",
     legal_basis=["《国务院关于建立统一的城乡居民基本养老保险制度的意见》"], result="参保登记信息")

item(key="resident_pension_claim", dept="hrss", n=2, level="district", town_hall=True,
     name="城乡居民基本养老保险待遇申领",
     aliases=["领农保养老金", "居民养老金领取", "农村养老金", "60岁领养老金", "农保领钱"],
     item_type="行政给付", life_events=["养老"],
     conditions=[
         "年满60周岁、累计缴费满15年，且未领取国家规定的基本养老保障待遇",
         "本市城乡居民基础养老金最低标准为每人每月230元",
         "个人账户养老金月计发标准为个人账户全部储存额除以139",
         "年满60周岁的当月可以提出申请，自次月起按月发放",
         "本人行动不便的，可以由亲属代为申请，须提供代办人身份证",
     ],
     situations=[
         S("本人申请", "本人携带身份证和社会保障卡申请。"),
         S("亲属代办", "亲属携带代办人身份证和本人身份证、社会保障卡代为申请。"),
     ],
     materials=[
         M("居民身份证"),
         M("社会保障卡", note="养老金发放至本人社会保障卡"),
         M("代办人居民身份证", situation="亲属代办"),
     ],
     steps=[
         S("申请", "向户籍所在村（社区）或者乡镇（街道）社保窗口申请，也可以通过“岚溪办”App申请。"),
         S("审核", "区（县）社保经办机构核定待遇。"),
         S("发放", "自核定的次月起按月发放至本人社会保障卡。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(10, note="自受理之日起10个工作日内核定"),
     fee=FREE,
     online=ON("online_apply", "rs/jumin/daiyu", 1), window="社保服务窗口",
     appointment=False, express=False, cross_region="none",
     legal_basis=["《国务院关于建立统一的城乡居民基本养老保险制度的意见》"], result="城乡居民基本养老保险待遇")

HRSS_AGENCY = "岚溪市人力资源和社会保障局"
HRSS_HALLS = [{"hall": "hall-city-center", "window": "人社综合窗口 1楼 A区"}]

item(key="unemployment", dept="hrss", n=3, level="city", agency=HRSS_AGENCY,
     name="失业保险金申领",
     aliases=["失业金", "领失业金", "失业补助", "失业了领钱", "失业保险"],
     item_type="行政给付", life_events=["就业", "失业"],
     conditions=[
         "失业前用人单位和本人已累计缴纳失业保险费满1年",
         "非因本人意愿中断就业",
         "已进行失业登记，并有求职要求",
         "失业保险金按本市最低工资标准的90%按月发放",
         "累计缴费满1年不足5年的，领取期限最长为12个月",
         "应当在终止或者解除劳动合同之日起60日内申领",
         "领取失业保险金期间，由失业保险基金代缴基本医疗保险费",
     ],
     materials=[
         M("居民身份证或者社会保障卡"),
         M("终止或者解除劳动合同的证明", exempt=True, note="用人单位已在系统中办理停保的免交"),
     ],
     steps=[
         S("失业登记", "通过“岚溪办”App或者“电子社保卡”办理失业登记。"),
         S("申领", "在线提交失业保险金申领。"),
         S("审核", "社保经办机构核定领取期限和标准。"),
         S("发放", "按月发放至本人社会保障卡。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(5, note="自受理之日起5个工作日内办结"),
     fee=FREE,
     online=ON("full_online", "rs/shiye", 0), halls=HRSS_HALLS,
     appointment=False, express=False, cross_region="全省通办", phone="0589-80803000",
     legal_basis=["《失业保险条例》第十四条、第十七条"], result="失业保险金")

item(key="sscard_first", dept="hrss", n=4, level="city", agency=HRSS_AGENCY,
     name="社会保障卡申领",
     aliases=["办社保卡", "第一次办社保卡", "新办社保卡", "小孩办社保卡", "申请社保卡"],
     item_type="公共服务", life_events=["出生", "就业"],
     conditions=[
         "在本市参加社会保险的人员均可以申领社会保障卡",
         "新生儿可以凭出生医学证明或者户口簿申领",
         "未满16周岁的，由监护人代为申请",
         "在合作银行网点即时制卡的，当场领卡",
     ],
     situations=[
         S("本人申请", "携带身份证到合作银行网点或者在“岚溪办”App申请。"),
         S("未成年人申领", "由监护人携带监护人身份证和孩子户口簿代为申请。"),
     ],
     materials=[
         M("居民身份证或者户口簿"),
         M("近期免冠彩色照片", form="电子", required=False, note="可以在“岚溪办”App上传电子照片"),
         M("监护人居民身份证", situation="未成年人申领"),
     ],
     steps=[
         S("申请", "在“岚溪办”App或者到合作银行网点提交申请。"),
         S("制卡", "集中制卡，或者在银行网点即时制卡。"),
         S("领卡", "到选定的银行网点领取，也可以选择免费邮寄到家。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(15, note="集中制卡的15个工作日内制发；银行网点即时制卡的当场领卡"),
     fee=FREE,
     online=ON("online_apply", "rs/shebaoka/shenling", 1), halls=HRSS_HALLS,
     appointment=False, express=True, cross_region="none", phone="0589-80804000",
     legal_basis=["《社会保障卡管理办法》"], result="社会保障卡")

item(key="sscard_lost", dept="hrss", n=5, level="city", agency=HRSS_AGENCY,
     name="社会保障卡挂失补领",
     aliases=["社保卡丢了", "补办社保卡", "社保卡掉了", "社保卡坏了", "社保卡挂失"],
     item_type="公共服务",
     conditions=[
         "社会保障卡遗失的，应当先办理挂失，挂失后可以申请补领",
         "电话临时挂失的有效期为5天，逾期未办理正式挂失的自动解挂",
         "可以委托他人代为补领，代办人须携带本人和被代办人的身份证件",
     ],
     situations=[
         S("本人补领", "本人携带身份证到合作银行网点或者在“岚溪办”App申请。"),
         S("委托代办", "代办人携带本人和被代办人身份证件办理。"),
     ],
     materials=[
         M("居民身份证"),
         M("代办人居民身份证", situation="委托代办"),
     ],
     steps=[
         S("挂失", "拨打12333、通过“电子社保卡”或者到合作银行网点挂失。"),
         S("申请补卡", "挂失后提交补卡申请并缴纳工本费。"),
         S("领卡", "到银行网点领取，或者选择邮寄到家。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(15, note="15个工作日内制发；银行网点即时制卡的当场领卡"),
     fee=FEE(("社会保障卡补卡工本费", "20元", "卡片因质量问题损坏的免费换领")),
     online=ON("online_apply", "rs/shebaoka/buling", 1), halls=HRSS_HALLS,
     appointment=False, express=True, cross_region="全省通办", phone="0589-80804000",
     legal_basis=["《社会保障卡管理办法》"], result="社会保障卡")

item(key="retire", dept="hrss", n=6, level="city", agency=HRSS_AGENCY,
     name="企业职工基本养老保险待遇申领（退休）",
     aliases=["办退休", "退休手续", "领退休金", "养老金申领", "退休金"],
     item_type="行政给付", life_events=["退休"],
     conditions=[
         "达到法定退休年龄，且基本养老保险累计缴费满15年",
         "自2030年1月1日起，按月领取基本养老金的最低缴费年限每年提高6个月，逐步提高到20年",
         "由用人单位在职工达到退休年龄前1个月内申报；灵活就业人员由本人申报",
         "基本养老金自办理退休手续的次月起按月发放",
     ],
     situations=[
         S("单位职工退休", "由用人单位通过社保网上服务平台申报。"),
         S("灵活就业人员退休", "本人通过“岚溪办”App或者到人社窗口申报。"),
     ],
     materials=[
         M("居民身份证"),
         M("社会保障卡"),
         M("职工人事档案", source="政府部门核发", note="由用人单位或者档案保管机构提交审核"),
     ],
     steps=[
         S("申报", "单位或者本人提交退休申请。"),
         S("审核", "社保经办机构审核出生日期、缴费年限，核定养老金。"),
         S("发放", "自核定的次月起按月发放至社会保障卡。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(15, note="自受理之日起15个工作日内核定"),
     fee=FREE,
     online=ON("online_apply", "rs/tuixiu", 1), halls=HRSS_HALLS,
     appointment=True, express=False, cross_region="none", phone="0589-80806000",
     legal_basis=["《中华人民共和国社会保险法》第十六条"], result="基本养老金")

item(key="pension_transfer", dept="hrss", n=7, level="city", agency=HRSS_AGENCY,
     name="企业职工基本养老保险关系转移接续",
     aliases=["社保转移", "养老保险转移", "社保转到岚溪", "外地社保转过来", "社保转出"],
     item_type="公共服务", life_events=["就业"],
     conditions=[
         "跨省或者跨统筹地区流动就业的参保人员",
         "向新就业地社保经办机构提出转入申请，无需回转出地办理",
         "个人账户储存额全部转移，统筹基金按本人缴费工资的12%转移",
         "可以通过国家社会保险公共服务平台或者“电子社保卡”全程网上申请",
     ],
     materials=[
         M("居民身份证"),
         M("《基本养老保险关系转移接续申请表》", note="网上申请的无需提交"),
     ],
     steps=[
         S("申请", "向转入地社保经办机构或者网上提交转入申请。"),
         S("发联系函", "转入地在15个工作日内向转出地发出联系函。"),
         S("转出", "转出地在15个工作日内办理转出并转移基金。"),
         S("接续", "转入地在收到基金后15个工作日内办结接续。"),
     ],
     legal=TL(45, note="法定45个工作日"),
     promised=TL(45, note="全流程45个工作日内办结"),
     fee=FREE,
     online=ON("full_online", "rs/zhuanyi", 0), halls=HRSS_HALLS,
     appointment=False, express=False, cross_region="跨省通办", phone="0589-80807000",
     legal_basis=["《城镇企业职工基本养老保险关系转移接续暂行办法》"], result="养老保险关系转移接续")


# =========================================================================== 公积金（city）
HF_AGENCY = "岚溪市住房公积金管理中心"
HF_HALLS = [{"hall": "hall-hf", "window": "提取业务窗口 1-8号"},
            {"hall": "hall-city-center", "window": "公积金综合窗口 2楼 D区"}]

item(key="hf_buy", dept="hf", n=1, level="city", agency=HF_AGENCY,
     name="购买自住住房提取住房公积金",
     aliases=["买房提公积金", "公积金提取买房", "提公积金付首付", "购房提取"],
     item_type="公共服务", life_events=["住房"],
     conditions=[
         "在本市或者户籍所在地购买自住住房的缴存职工",
         "提取金额不超过购房总价款扣除贷款后的个人实际支付部分",
         "应当在购房合同备案或者不动产权证书登记之日起2年内申请",
         "配偶可以一并提取，须提供结婚证",
         "委托他人代办的，须提供经公证的委托书",
     ],
     situations=[
         S("本人提取", "缴存职工本人通过“岚溪办”App或者到窗口申请。"),
         S("配偶一并提取", "夫妻双方同时申请，提供结婚证。"),
         S("委托代办", "受托人携带公证委托书和双方身份证办理。"),
     ],
     materials=[
         M("居民身份证"),
         M("购房合同或者不动产权证书", exempt=True, note="已网签备案或者已登记的，通过信息共享获取"),
         M("购房发票", required=False, note="购买二手房的提供完税凭证"),
         M("结婚证", situation="配偶一并提取"),
         M("经公证的委托书", situation="委托代办", source="中介机构"),
     ],
     steps=[
         S("申请", "通过“岚溪办”App“公积金”栏目或者到公积金服务窗口申请。"),
         S("审核", "公积金中心核验购房和缴存信息。"),
         S("到账", "审核通过后3个工作日内转入本人银行账户。"),
     ],
     legal=TL(3, note="法定3个工作日"),
     promised=TL(3, note="自受理之日起3个工作日内到账"),
     fee=FREE,
     online=ON("full_online", "gjj/tiqu/goufang", 0), halls=HF_HALLS,
     appointment=True, express=False, cross_region="none", phone="0589-80901000",
     legal_basis=["《住房公积金管理条例》第二十四条"], result="提取款项到账")

item(key="hf_rent", dept="hf", n=2, level="city", agency=HF_AGENCY,
     name="租赁住房提取住房公积金",
     aliases=["租房提公积金", "公积金付房租", "提公积金交房租", "租房提取"],
     item_type="公共服务", life_events=["住房"],
     conditions=[
         "本人及配偶在本市无自有住房，且连续足额缴存住房公积金满3个月",
         "租住公共租赁住房的，按实际支付的房租提取",
         "租住商品住房的，每人每月最高可以提取1200元",
         "每个季度可以提取一次，也可以签约按月自动提取",
     ],
     situations=[
         S("租住商品住房", "无需提供租赁合同，按月限额提取。"),
         S("租住公共租赁住房", "提供公共租赁住房租赁合同，按实际房租提取。"),
     ],
     materials=[
         M("居民身份证"),
         M("婚姻状况声明", note="在线勾选声明即可"),
         M("公共租赁住房租赁合同", situation="租住公共租赁住房"),
     ],
     steps=[
         S("申请", "通过“岚溪办”App“公积金”栏目在线申请。"),
         S("核验", "系统自动核验无房和缴存信息。"),
         S("到账", "核验通过后转入本人银行账户。"),
     ],
     legal=TL(3, note="法定3个工作日"),
     promised=TL(0, note="线上申请的实时到账"),
     fee=FREE,
     online=ON("full_online", "gjj/tiqu/zufang", 0), halls=HF_HALLS,
     appointment=False, express=False, cross_region="none", phone="0589-80902000",
     legal_basis=["《住房公积金管理条例》第二十四条"], result="提取款项到账")

item(key="hf_loan", dept="hf", n=3, level="city", agency=HF_AGENCY,
     name="住房公积金个人住房贷款",
     aliases=["公积金贷款", "用公积金贷款买房", "公积金买房贷款", "申请公积金贷款"],
     item_type="公共服务", life_events=["住房"],
     conditions=[
         "申请前连续足额缴存住房公积金满6个月",
         "单方缴存的最高贷款额度为50万元，双方缴存的最高贷款额度为80万元",
         "贷款期限最长30年，且不超过借款人法定退休年龄后5年",
         "购买首套住房的，首付款比例不低于20%",
     ],
     materials=[
         M("借款人及配偶居民身份证"),
         M("婚姻状况证明", exempt=True, note="通过婚姻登记信息共享核验"),
         M("购房合同"),
         M("首付款发票或者收据"),
         M("收入证明", note="由所在单位出具并盖章"),
     ],
     steps=[
         S("申请", "通过“岚溪办”App预审或者到公积金贷款窗口申请。"),
         S("审批", "公积金中心审核借款人资格和贷款额度。"),
         S("面签", "借款人夫妻双方到现场签订借款合同。"),
         S("抵押登记", "办理抵押登记或者预告登记。"),
         S("放款", "抵押登记完成后发放贷款至售房人账户。"),
     ],
     legal=TL(15, note="法定15个工作日"),
     promised=TL(10, note="自受理之日起10个工作日内完成审批"),
     fee=FREE,
     online=ON("online_apply", "gjj/daikuan", 2),
     halls=[{"hall": "hall-hf", "window": "贷款业务窗口 9-12号"}],
     appointment=True, express=False, cross_region="none", phone="0589-80903000",
     legal_basis=["《住房公积金管理条例》第二十六条"], result="住房公积金个人住房贷款")

item(key="hf_retire", dept="hf", n=4, level="city", agency=HF_AGENCY,
     name="离退休提取住房公积金",
     aliases=["退休提公积金", "退休了公积金怎么取", "公积金销户提取", "退休提取"],
     item_type="公共服务", life_events=["退休"],
     conditions=[
         "缴存职工办理离休、退休手续后，可以提取本人住房公积金账户全部余额并销户",
         "退休信息已通过社保部门共享的，无需提交退休证明",
         "本人因身体原因不能到场的，可以委托直系亲属代办",
     ],
     situations=[
         S("本人提取", "通过“岚溪办”App或者到窗口申请。"),
         S("委托代办", "直系亲属携带委托书、代办人身份证和本人身份证办理。"),
     ],
     materials=[
         M("居民身份证"),
         M("退休证或者退休审批表", exempt=True, source="政府部门核发", note="通过社保退休信息共享核验"),
         M("委托书", situation="委托代办"),
         M("代办人居民身份证", situation="委托代办"),
     ],
     steps=[
         S("申请", "在线或者到窗口提交提取申请。"),
         S("审核", "核验退休信息。"),
         S("到账销户", "审核通过后1个工作日内转入本人银行账户并销户。"),
     ],
     legal=TL(3, note="法定3个工作日"),
     promised=TL(1, note="自受理之日起1个工作日内到账"),
     fee=FREE,
     online=ON("full_online", "gjj/tiqu/tuixiu", 0), halls=HF_HALLS,
     appointment=True, express=False, cross_region="none", phone="0589-80904000",
     legal_basis=["《住房公积金管理条例》第二十四条"], result="提取款项到账")

# =========================================================================== 不动产（city）
RE_AGENCY = "岚溪市不动产登记中心"
RE_HALLS = [{"hall": "hall-realestate", "window": "“一窗受理”综合窗口 1-20号"},
            {"hall": "hall-city-center", "window": "不动产综合窗口 4楼"}]

item(key="re_transfer", dept="estate", n=1, level="city", agency=RE_AGENCY,
     name="存量房转移登记（二手房过户）",
     aliases=["二手房过户", "买二手房过户", "房子过户", "二手房办证"],
     item_type="行政确认", life_events=["住房"],
     conditions=[
         "买卖双方已签订存量房买卖合同并完成网签备案",
         "买卖双方须共同到场申请；不能到场的，可以委托他人代办，委托书须经公证",
         "房屋已设立抵押的，须先办理抵押注销登记或者经抵押权人书面同意",
         "交易涉及的税费已缴清",
     ],
     situations=[
         S("双方到场", "买卖双方携带身份证和不动产权证书共同申请。"),
         S("委托代办", "受托人携带经公证的委托书和受托人身份证办理。"),
     ],
     materials=[
         M("买卖双方居民身份证"),
         M("不动产权证书"),
         M("存量房买卖合同", exempt=True, note="已网签的通过系统获取"),
         M("完税凭证", exempt=True, source="政府部门核发", note="通过税务信息共享获取"),
         M("经公证的委托书", situation="委托代办", source="中介机构"),
     ],
     steps=[
         S("一窗受理", "买卖双方在“一窗受理”综合窗口同时办理交易、缴税和登记申请。"),
         S("审核", "登记机构审核申请材料。"),
         S("登簿发证", "登簿后核发不动产权证书，可以选择邮寄送达。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(3, note="材料齐全的自受理之日起3个工作日内办结"),
     fee=FEE(("不动产登记费", "住宅类每件80元", "《关于不动产登记收费有关政策问题的通知》"),
             ("不动产权证书工本费", "第二本起每本10元", "只核发一本证书的免收")),
     online=ON("online_apply", "bdc/zhuanyi/cunliang", 1), halls=RE_HALLS,
     appointment=True, express=True, cross_region="none", phone="0589-81001000",
     legal_basis=["《不动产登记暂行条例》第二十条"], result="不动产权证书")

item(key="re_newhouse", dept="estate", n=2, level="city", agency=RE_AGENCY,
     name="新建商品房转移登记（一手房办证）",
     aliases=["新房办证", "买新房办房产证", "一手房办证", "新房房产证"],
     item_type="行政确认", life_events=["住房"],
     conditions=[
         "开发企业已办理首次登记，房屋已交付",
         "购房人已缴纳契税和专项维修资金",
         "交房之日起90日内，可以由开发企业集中代为申请",
         "购房人自行申请的，可以通过“岚溪办”App网上申请",
     ],
     materials=[
         M("购房人居民身份证"),
         M("商品房买卖合同", exempt=True, note="网签合同通过系统获取"),
         M("契税完税凭证", exempt=True, source="政府部门核发", note="通过税务信息共享获取"),
         M("专项维修资金缴款凭证"),
     ],
     steps=[
         S("申请", "由开发企业集中申请，或者购房人网上申请。"),
         S("审核登簿", "登记机构审核后登簿。"),
         S("发证", "核发不动产权证书，可以邮寄到家或者在开发企业集中领取。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(5, note="自受理之日起5个工作日内办结"),
     fee=FEE(("不动产登记费", "住宅类每件80元", "《关于不动产登记收费有关政策问题的通知》")),
     online=ON("full_online", "bdc/zhuanyi/xinfang", 0), halls=RE_HALLS,
     appointment=True, express=True, cross_region="none", phone="0589-81002000",
     legal_basis=["《不动产登记暂行条例》"], result="不动产权证书")

item(key="re_mortgage", dept="estate", n=3, level="city", agency=RE_AGENCY,
     name="不动产抵押登记",
     aliases=["房子抵押", "抵押登记", "房产抵押贷款登记", "办抵押"],
     item_type="行政确认", life_events=["住房"],
     conditions=[
         "抵押人与抵押权人已签订抵押合同",
         "银行等金融机构可以通过“不动产+金融”服务平台代为申请，群众无需到登记窗口",
         "同一不动产上设立多个抵押权的，按登记的先后顺序办理",
     ],
     materials=[
         M("抵押人居民身份证"),
         M("不动产权证书"),
         M("抵押合同和主债权合同"),
     ],
     steps=[
         S("申请", "在贷款银行签约时由银行代为网上申请。"),
         S("审核登簿", "登记机构审核后登簿。"),
         S("出证", "核发不动产登记证明（电子证照）。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(1, note="自受理之日起1个工作日内办结"),
     fee=FEE(("抵押登记费", "住宅类每件80元", "由抵押权人缴纳，向小微企业和个体工商户申请抵押贷款办理的免收")),
     online=ON("full_online", "bdc/diya", 0), halls=RE_HALLS,
     appointment=True, express=False, cross_region="none", phone="0589-81003000",
     legal_basis=["《不动产登记暂行条例实施细则》第六十五条"], result="不动产登记证明")

item(key="re_query", dept="estate", n=4, level="city", agency=RE_AGENCY,
     name="不动产登记资料查询",
     aliases=["查房产", "查名下房产", "房产证明", "无房证明", "不动产查档", "查房子"],
     item_type="公共服务", life_events=["住房"],
     conditions=[
         "权利人、利害关系人可以依法查询不动产登记资料",
         "查询本人名下不动产的，可以在“岚溪办”App自助查询，并打印《不动产登记信息查询结果证明》",
         "委托他人查询的，须提供委托书和受托人身份证",
     ],
     situations=[
         S("本人查询", "通过“岚溪办”App或者自助查询机查询。"),
         S("委托代办", "受托人携带委托书和双方身份证到窗口查询。"),
     ],
     materials=[
         M("查询人居民身份证"),
         M("委托书", situation="委托代办"),
         M("受托人居民身份证", situation="委托代办"),
     ],
     steps=[
         S("申请", "在线或者到窗口、自助查询机提出查询。"),
         S("出具", "当场出具查询结果证明，证明上附有核验二维码。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="当场出具查询结果"),
     fee=FREE,
     online=ON("full_online", "bdc/chaxun", 0), halls=RE_HALLS,
     appointment=False, express=False, cross_region="全市通办", phone="0589-81004000",
     legal_basis=["《不动产登记资料查询暂行办法》"], result="不动产登记信息查询结果证明",
     revoked_county={"region": "tongchuan", "agency": "桐川县不动产登记中心", "phone": "0589-51004444",
                     "updated_at": "2025-12-28",
                     "conditions": [
                         "桐川县不动产登记中心自2026年1月1日起不再单独受理本事项，改为由岚溪市不动产登记中心统一办理",
                         "权利人可以到桐川县不动产登记中心查询窗口查询",
                         "查询结果自受理之日起2个工作日内出具",
                     ]})

# =========================================================================== 税务
TAX_CITY = "国家税务总局岚溪市税务局"

item(key="deed_tax", dept="tax", n=1, level="city", agency=TAX_CITY,
     name="契税申报",
     aliases=["交契税", "买房契税", "契税怎么交", "房屋契税"],
     item_type="行政征收", life_events=["住房"],
     conditions=[
         "在本省境内承受土地、房屋权属的单位和个人",
         "购买家庭唯一住房，面积为140平方米及以下的，按1%的税率缴纳；面积为140平方米以上的，按1.5%的税率缴纳",
         "购买家庭第二套住房，面积为140平方米及以下的，按1%的税率缴纳；面积为140平方米以上的，按2%的税率缴纳",
         "应当在办理不动产权属登记之前申报缴纳契税",
     ],
     materials=[
         M("纳税人居民身份证"),
         M("房屋买卖合同", exempt=True, note="网签合同通过系统获取"),
         M("家庭住房情况书面查询结果", exempt=True, note="通过不动产登记信息共享获取"),
     ],
     steps=[
         S("申报", "在不动产登记中心“一窗受理”窗口或者江澜省电子税务局申报。"),
         S("缴税", "通过银行卡、微信或者支付宝缴纳税款。"),
         S("开具完税凭证", "缴税后电子完税凭证推送至不动产登记部门。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="申报缴税即时办结"),
     fee=FREE,
     online=ON("online_apply", "sw/qishui", 1),
     halls=[{"hall": "hall-realestate", "window": "税务窗口 21-26号"}],
     appointment=True, express=False, cross_region="none", phone="0589-81201000",
     legal_basis=["《中华人民共和国契税法》第三条、第九条"], result="契税完税凭证")

item(key="tax_invoice", dept="tax", n=2, level="district",
     name="自然人代开增值税普通发票",
     aliases=["个人代开发票", "代开发票", "个人开发票", "房租发票", "个人开票"],
     item_type="公共服务",
     conditions=[
         "自然人取得应税收入，需要开具发票的",
         "月销售额不超过10万元的，免征增值税",
         "可以通过江澜省电子税务局或者“岚溪办”App自助代开，无需到窗口",
         "委托他人代开的，须提供委托人身份证件复印件和受托人身份证",
     ],
     situations=[
         S("本人代开", "本人网上申请或者持身份证到窗口申请。"),
         S("委托代开", "受托人携带委托书、委托人身份证件复印件和受托人身份证办理。"),
     ],
     materials=[
         M("居民身份证"),
         M("合同或者协议", form="复印件"),
         M("委托书", situation="委托代开"),
         M("委托人身份证件复印件", form="复印件", situation="委托代开"),
     ],
     steps=[
         S("申请", "通过电子税务局或者到办税服务厅申请代开。"),
         S("缴税", "按规定缴纳相关税款，符合免税条件的无需缴纳。"),
         S("出票", "即时开具电子发票。"),
     ],
     legal=TL(1, note="法定1个工作日"),
     promised=TL(0, note="即时办结"),
     fee=FREE,
     online=ON("full_online", "sw/daikai", 0), window="办税服务厅 代开发票窗口",
     appointment=True, express=False, cross_region="全省通办",
     legal_basis=["《中华人民共和国发票管理办法》"], result="增值税普通发票（电子）")


# =========================================================================== 市场监管（district）
item(key="indiv_new", dept="market", n=1, level="district",
     name="个体工商户设立登记",
     aliases=["办个体户", "开个体户", "办营业执照", "个体执照", "开店办执照", "注册个体户"],
     item_type="行政许可", service_object=["natural_person"], life_events=["开办企业"],
     conditions=[
         "有经营能力的自然人，向经营场所所在地登记机关申请",
         "经营者本人或者委托代理人可以通过“岚溪办”App或者江澜省企业登记网络服务平台全程网上申请",
         "经营范围涉及许可项目的，领取营业执照后还须办理相应许可",
     ],
     situations=[
         S("本人申请", "经营者本人实名认证后网上申请，或者到窗口申请。"),
         S("委托代理人申请", "代理人提交委托书和代理人身份证办理。"),
     ],
     materials=[
         M("经营者居民身份证"),
         M("《个体工商户登记（备案）申请书》", note="网上申请的在线填写"),
         M("经营场所使用证明", note="自有房屋的提交产权证明，租赁的提交租赁合同；住宅改为经营用房的，还须提交有利害关系的业主同意的证明"),
         M("委托书", situation="委托代理人申请"),
         M("代理人居民身份证", situation="委托代理人申请"),
     ],
     steps=[
         S("申请", "网上填报或者到登记窗口提交申请。"),
         S("审核", "登记机关审核申请材料。"),
         S("发照", "核准后可以选择邮寄营业执照或者到窗口领取，同时可以下载电子营业执照。"),
     ],
     legal=TL(15, note="法定15个工作日"),
     promised=TL(1, note="材料齐全、符合法定形式的1个工作日内办结"),
     fee=FREE,
     online=ON("full_online", "sj/geti/sheli", 0), window="市场主体登记窗口",
     appointment=True, express=True, cross_region="none",
     legal_basis=["《促进个体工商户发展条例》", "《中华人民共和国市场主体登记管理条例》"],
     result="个体工商户营业执照")

item(key="indiv_change", dept="market", n=2, level="district",
     name="个体工商户变更登记",
     aliases=["个体户变更", "改经营范围", "个体户换经营者", "营业执照变更地址", "执照改名字"],
     item_type="行政许可", life_events=["开办企业"],
     conditions=[
         "名称、经营者、经营场所、经营范围等登记事项发生变化的，应当自变化之日起30日内申请变更登记",
         "变更经营者的，可以直接向登记机关申请变更登记，无需先注销再新设",
         "经营场所迁出本区（县）的，向迁入地登记机关申请变更登记",
     ],
     situations=[
         S("变更经营范围", "提交变更后的经营范围。"),
         S("变更经营场所", "提交新经营场所使用证明。"),
         S("变更经营者", "原经营者和新经营者共同签署申请书。"),
     ],
     materials=[
         M("《个体工商户变更登记申请书》", note="网上申请的在线填写"),
         M("营业执照正本和副本", note="领取电子营业执照的无需提交纸质执照"),
         M("新经营场所使用证明", situation="变更经营场所"),
         M("新经营者居民身份证", situation="变更经营者"),
     ],
     steps=[
         S("申请", "网上填报或者到登记窗口提交变更申请。"),
         S("审核", "登记机关审核。"),
         S("换发执照", "核准后换发营业执照，可以邮寄。"),
     ],
     legal=TL(15, note="法定15个工作日"),
     promised=TL(1, note="材料齐全的1个工作日内办结"),
     fee=FREE,
     online=ON("full_online", "sj/geti/biangeng", 0), window="市场主体登记窗口",
     appointment=True, express=True, cross_region="none",
     legal_basis=["《促进个体工商户发展条例》第十二条"], result="个体工商户营业执照")

item(key="indiv_cancel", dept="market", n=3, level="district",
     name="个体工商户注销登记",
     aliases=["注销个体户", "个体户不干了", "营业执照注销", "关店注销执照"],
     item_type="行政许可", life_events=["开办企业"],
     conditions=[
         "个体工商户不再经营的，应当申请注销登记",
         "未发生债权债务或者债权债务已清偿完毕的，可以适用简易注销，公示期为20日",
         "有未结清税款的，须先到税务部门办理清税",
     ],
     materials=[
         M("《个体工商户注销登记申请书》", note="网上申请的在线填写"),
         M("营业执照正本和副本", note="执照遗失的在线声明作废"),
         M("清税证明", exempt=True, source="政府部门核发", note="通过税务信息共享获取"),
     ],
     steps=[
         S("清税", "到税务部门办理清税或者在线确认无欠税。"),
         S("公示", "适用简易注销的，通过国家企业信用信息公示系统公示20日。"),
         S("申请注销", "公示期满无异议的，提交注销申请。"),
         S("核准", "登记机关核准注销。"),
     ],
     legal=TL(15, note="法定15个工作日"),
     promised=TL(1, note="公示期满后1个工作日内办结（公示期不计入）"),
     fee=FREE,
     online=ON("full_online", "sj/geti/zhuxiao", 0), window="市场主体登记窗口",
     appointment=True, express=False, cross_region="none",
     legal_basis=["《促进个体工商户发展条例》"], result="准予注销登记通知书")

FOOD_COMMON_MAT = [M("《食品经营许可申请书》", note="网上申请的在线填写")]

item(key="food_new", dept="market", n=4, level="district",
     name="食品经营许可（新办）",
     aliases=["办食品经营许可证", "开饭店办证", "餐饮许可证", "小吃店办证", "食品许可证"],
     item_type="行政许可", service_object=["natural_person", "legal_person"], life_events=["开办企业"],
     conditions=[
         "已取得营业执照等合法主体资格",
         "具有与经营的食品品种、数量相适应的经营场所，并与有毒、有害场所以及其他污染源保持规定的距离",
         "仅销售预包装食品的，不需要取得许可，向登记机关办理备案即可",
         "食品经营许可证有效期为5年",
         "可以委托代理人办理，须提交委托书和代理人身份证",
     ],
     situations=[
         S("本人申请", "经营者本人网上或者到窗口申请。"),
         S("委托代理人申请", "代理人提交委托书和代理人身份证办理。"),
     ],
     materials=FOOD_COMMON_MAT + [
         M("营业执照", exempt=True, source="政府部门核发", note="通过电子营业执照获取"),
         M("经营场所平面布局图和设备布局、操作流程等文件"),
         M("食品安全管理制度文本"),
         M("委托书", situation="委托代理人申请"),
     ],
     steps=[
         S("申请", "通过“岚溪办”App或者到市场主体登记窗口提交申请。"),
         S("现场核查", "需要现场核查的，由监管人员到经营场所核查。"),
         S("决定", "作出准予许可或者不予许可的决定。"),
         S("发证", "准予许可的发放食品经营许可证，可以邮寄。"),
     ],
     legal=TL(10, note="法定10个工作日，经批准可以延长5个工作日"),
     promised=TL(5, note="自受理之日起5个工作日内作出决定"),
     fee=FREE,
     online=ON("online_apply", "sj/shipin/xinban", 1), window="食品许可窗口",
     appointment=True, express=True, cross_region="none",
     legal_basis=["《中华人民共和国食品安全法》第三十五条", "《食品经营许可和备案管理办法》"],
     result="食品经营许可证")

item(key="food_change", dept="market", n=5, level="district",
     name="食品经营许可（变更）",
     aliases=["食品经营许可证变更", "餐饮许可证变更", "食品许可证改项目"],
     item_type="行政许可", service_object=["natural_person", "legal_person"],
     conditions=[
         "食品经营许可证载明的许可事项发生变化的，应当在变化后10个工作日内申请变更",
         "经营场所地址迁移的，不属于变更，应当重新申请食品经营许可",
         "变更后许可证有效期不变",
     ],
     materials=FOOD_COMMON_MAT + [
         M("食品经营许可证正本和副本"),
         M("与变更事项有关的材料", note="如变更经营项目的，提交新增项目的设备布局和操作流程"),
     ],
     steps=[
         S("申请", "网上或者到食品许可窗口提交变更申请。"),
         S("审查", "需要现场核查的，到经营场所核查。"),
         S("换证", "准予变更的换发许可证。"),
     ],
     legal=TL(10, note="法定10个工作日"),
     promised=TL(3, note="自受理之日起3个工作日内办结"),
     fee=FREE,
     online=ON("online_apply", "sj/shipin/biangeng", 1), window="食品许可窗口",
     appointment=True, express=True, cross_region="none",
     legal_basis=["《食品经营许可和备案管理办法》"], result="食品经营许可证")

item(key="food_renew", dept="market", n=6, level="district",
     name="食品经营许可（延续）",
     aliases=["食品经营许可证到期", "餐饮许可证延期", "食品许可证续期"],
     item_type="行政许可", service_object=["natural_person", "legal_person"],
     conditions=[
         "需要延续许可有效期的，应当在有效期届满前90个工作日至15个工作日期间提出申请",
         "逾期提出的，按新办申请办理",
         "准予延续的，有效期自原许可证有效期届满之日的次日起计算",
     ],
     materials=FOOD_COMMON_MAT + [
         M("食品经营许可证正本和副本"),
         M("经营条件未变化的书面承诺", note="经营条件有变化的，提交变化情况说明"),
     ],
     steps=[
         S("申请", "网上或者到食品许可窗口提交延续申请。"),
         S("审查", "经营条件未变化的可以不进行现场核查。"),
         S("换证", "准予延续的换发许可证。"),
     ],
     legal=TL(10, note="法定10个工作日"),
     promised=TL(3, note="自受理之日起3个工作日内办结"),
     fee=FREE,
     online=ON("full_online", "sj/shipin/yanxu", 0), window="食品许可窗口",
     appointment=True, express=True, cross_region="none",
     legal_basis=["《食品经营许可和备案管理办法》"], result="食品经营许可证")

item(key="food_cancel", dept="market", n=7, level="district",
     name="食品经营许可（注销）",
     aliases=["注销食品经营许可证", "饭店关门注销许可证", "餐饮许可证注销"],
     item_type="行政许可", service_object=["natural_person", "legal_person"],
     conditions=[
         "终止食品经营、许可被撤回或者许可证被吊销的，应当在30个工作日内申请注销",
         "申请注销的，交回食品经营许可证正本和副本",
     ],
     materials=FOOD_COMMON_MAT[:0] + [
         M("《食品经营许可注销申请书》", note="网上申请的在线填写"),
         M("食品经营许可证正本和副本", note="遗失的在线声明作废"),
     ],
     steps=[
         S("申请", "网上或者到食品许可窗口提交注销申请。"),
         S("注销", "审核后办理注销并公告。"),
     ],
     legal=TL(10, note="法定10个工作日"),
     promised=TL(0, note="材料齐全的当场办结"),
     fee=FREE,
     online=ON("full_online", "sj/shipin/zhuxiao", 0), window="食品许可窗口",
     appointment=False, express=False, cross_region="none",
     legal_basis=["《食品经营许可和备案管理办法》"], result="注销通知书")

# =========================================================================== 教育（district）
item(key="school_enroll", dept="edu", n=1, level="district",
     name="小学一年级新生入学报名",
     aliases=["小学报名", "上小学", "一年级报名", "孩子上学报名", "小学入学"],
     item_type="公共服务", life_events=["入学"],
     conditions=[
         "当年8月31日前（含）年满6周岁的适龄儿童",
         "本区（县）户籍儿童按户籍和实际居住地所在学区入学",
         "随迁子女父母一方在本区（县）持有居住证且连续缴纳社会保险满6个月的，可以申请入学",
         "网上报名时间为每年6月10日至6月20日",
         "父母不能自行报名的，可以由祖父母等其他监护人代为报名",
     ],
     situations=[
         S("户籍儿童入学", "提交户口簿和房产证明。"),
         S("随迁子女入学", "提交居住证和社会保险缴费证明。"),
     ],
     materials=[
         M("儿童居民户口簿"),
         M("父母居民身份证"),
         M("房屋产权证明或者住房租赁登记备案证明", exempt=True, note="通过不动产、住建信息共享核验"),
         M("居住证", situation="随迁子女入学"),
         M("社会保险缴费证明", situation="随迁子女入学", exempt=True, source="政府部门核发", note="通过人社信息共享核验"),
     ],
     steps=[
         S("网上报名", "在报名时间内通过“岚溪办”App“义务教育入学”栏目填报。"),
         S("资格审核", "教育局会同公安、住建、人社部门核验报名信息；信息无法核验的，通知家长到学校现场审核。"),
         S("结果公布", "7月15日前公布录取结果，并通过短信告知。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(20, note="报名截止后20个工作日内公布结果"),
     fee=FREE,
     online=ON("full_online", "jy/ruxue", 0), window="教育服务窗口",
     appointment=False, express=False, cross_region="none",
     legal_basis=["《中华人民共和国义务教育法》第十一条、第十二条"], result="入学录取通知")

item(key="teacher_cert", dept="edu", n=2, level="district",
     name="教师资格认定（幼儿园、小学、初级中学）",
     aliases=["教师资格证认定", "认定教资", "教资认定", "申请教师资格证"],
     item_type="行政许可", life_events=["职业资格"],
     conditions=[
         "已取得国家中小学和幼儿园教师资格考试合格证明，或者属于免试认定范围的师范生",
         "在本区（县）有户籍、持有居住证，或者在本区（县）就读的全日制在校生",
         "普通话水平达到二级乙等及以上；申请语文学科的，达到二级甲等及以上",
         "每年春季和秋季各开放一次网上申报",
     ],
     materials=[
         M("居民身份证"),
         M("学历证书", exempt=True, source="政府部门核发", note="通过学信网核验"),
         M("普通话水平测试等级证书", exempt=True, source="政府部门核发", note="通过国家普通话测试系统核验"),
         M("体检合格证明", source="中介机构", note="在指定医院体检，结论6个月内有效"),
         M("个人承诺书", note="网上申报时在线签署"),
     ],
     steps=[
         S("网上申报", "在中国教师资格网填报认定申请。"),
         S("体检", "到指定医院进行体检。"),
         S("审核", "教育局审核申报材料和体检结论。"),
         S("发证", "审核通过后制发教师资格证书，可以邮寄到家。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(20, note="自申报截止之日起20个工作日内完成认定"),
     fee=FREE,
     online=ON("full_online", "jy/jiaozi", 0), window="教育服务窗口",
     appointment=False, express=True, cross_region="none",
     legal_basis=["《教师资格条例》"], result="教师资格证书")


# =========================================================================== 住建
item(key="public_rental", dept="housing", n=1, level="district",
     name="公共租赁住房申请",
     aliases=["公租房", "申请公租房", "廉租房", "租政府的房子", "保障房"],
     item_type="行政给付", life_events=["住房"],
     conditions=[
         "申请人年满18周岁，具有完全民事行为能力",
         "本市户籍家庭，或者在本区（县）稳定就业并连续缴纳社会保险满1年的非本市户籍人员",
         "家庭人均住房建筑面积低于15平方米",
         "家庭人均月收入低于本市上年度城镇居民人均可支配收入的60%",
         "公共租赁住房租金按同地段市场租金的70%确定",
     ],
     materials=[
         M("申请人及家庭成员居民身份证、户口簿"),
         M("《公共租赁住房申请表》", source="政府部门核发"),
         M("家庭收入和住房情况声明", note="由家庭成员签字确认"),
         M("劳动合同", situation="非本市户籍申请"),
     ],
     situations=[
         S("本市户籍申请", "以家庭为单位申请。"),
         S("非本市户籍申请", "提交劳动合同，社保缴费情况由系统核验。"),
     ],
     steps=[
         S("申请", "向户籍地或者工作地所在街道（乡镇）提出申请，也可以通过“岚溪办”App申请。"),
         S("审核", "区（县）住建部门会同民政等部门审核。"),
         S("公示", "审核结果在申请人户籍地或者工作单位所在社区公示10天。"),
         S("轮候配租", "公示无异议的纳入轮候，按轮候顺序摇号配租。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(25, note="自受理之日起25个工作日内完成审核（公示期不计入）"),
     fee=FREE,
     online=ON("online_apply", "zj/gongzufang", 1), window="住房保障窗口",
     appointment=True, express=False, cross_region="none",
     legal_basis=["《公共租赁住房管理办法》"], result="公共租赁住房轮候资格")

item(key="construction_permit", dept="housing", n=2, level="city", agency="岚溪市住房和城乡建设局",
     name="建筑工程施工许可证核发",
     aliases=["施工许可证", "办施工许可", "开工许可", "工地施工许可"],
     item_type="行政许可", service_object=["legal_person"], life_events=["工程建设"],
     conditions=[
         "工程投资额在100万元以上或者建筑面积在500平方米以上的建筑工程，开工前应当申领施工许可证",
         "已取得建设工程规划许可证，施工图设计文件已审查合格",
         "建设资金已经落实，已确定施工企业",
         "自领取施工许可证之日起3个月内应当开工；因故不能按期开工的，可以申请延期，延期以两次为限，每次不超过3个月",
     ],
     materials=[
         M("《建筑工程施工许可申请表》"),
         M("建设工程规划许可证", exempt=True, source="政府部门核发", note="通过工程建设项目审批系统共享"),
         M("施工合同"),
         M("建设资金落实承诺书"),
     ],
     steps=[
         S("网上申报", "通过工程建设项目审批管理系统申报。"),
         S("审查", "住建部门审查申报材料。"),
         S("发证", "核发电子施工许可证，纸质证书可以邮寄。"),
     ],
     legal=TL(7, note="法定7个工作日"),
     promised=TL(3, note="自受理之日起3个工作日内办结"),
     fee=FREE,
     online=ON("full_online", "zj/shigongxuke", 0),
     halls=[{"hall": "hall-city-center", "window": "工程建设项目审批窗口 4楼"}],
     appointment=True, express=True, cross_region="none", phone="0589-81402000",
     legal_basis=["《中华人民共和国建筑法》第七条、第八条", "《建筑工程施工许可管理办法》"],
     result="建筑工程施工许可证")

# =========================================================================== 农业
item(key="rural_house", dept="agri", n=1, level="district", town_hall=True,
     name="农村村民住宅建设审批",
     aliases=["农村建房", "宅基地审批", "盖房子审批", "自建房审批", "农村盖房子"],
     item_type="行政许可", life_events=["住房"],
     conditions=[
         "申请人为本集体经济组织成员，符合“一户一宅”规定",
         "新建住宅宅基地面积每户不超过125平方米",
         "申请建房须经村民小组会议讨论通过，并在本组公示，公示期不少于5个工作日",
         "原有宅基地上的住房须在新房竣工后3个月内拆除，宅基地交还村集体",
     ],
     materials=[
         M("《农村宅基地和建房（规划许可）申请表》"),
         M("户主居民身份证和户口簿"),
         M("村民小组会议记录", note="由村民小组出具"),
         M("住宅设计图或者选用的通用图集"),
     ],
     steps=[
         S("提出申请", "户主向村民小组提出书面申请。"),
         S("村级审查", "村民小组会议讨论通过并公示，村集体经济组织或者村委会审查后报乡镇。"),
         S("乡镇审批", "乡镇人民政府自受理之日起20个工作日内作出批准或者不予批准的决定。"),
         S("开工放样", "乡镇组织人员到现场丈量批放宅基地，确定建房位置。"),
         S("竣工验收", "住宅竣工后申请验收，验收合格的可以申请不动产登记。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(20, note="乡镇自受理之日起20个工作日内作出决定"),
     fee=FREE,
     online=ON("offline_only", "ny/jianfang", 2), window="农业农村窗口",
     appointment=False, express=False, cross_region="none",
     legal_basis=["《中华人民共和国土地管理法》第六十二条"],
     result="农村宅基地批准书、乡村建设规划许可证")

item(key="farm_machine", dept="agri", n=2, level="city", agency="岚溪市农业农村局",
     name="农机购置与应用补贴申领",
     aliases=["买农机补贴", "农机补贴", "拖拉机补贴", "收割机补贴", "农机具补贴"],
     item_type="行政给付", life_events=["农业生产"],
     conditions=[
         "从事农业生产的个人和农业生产经营组织",
         "购买列入本省补贴范围的农机具",
         "补贴按机具类别定额发放，单台补贴额原则上不超过同类机具市场销售均价的30%",
         "购机后应当在当年12月15日前提交补贴申请",
         "补贴资金直接发放至购机者本人的社会保障卡或者银行账户",
     ],
     materials=[
         M("购机者居民身份证或者营业执照"),
         M("购机发票"),
         M("机具铭牌和人机合影照片", form="电子", note="在补贴申请App上拍照上传"),
     ],
     steps=[
         S("购机", "自主选择经销商购买补贴范围内的机具。"),
         S("申请", "通过“江澜农机补贴”App或者到县级农业农村部门提交申请。"),
         S("核验", "农业农村部门核验机具，必要时到现场核查。"),
         S("公示", "补贴申请信息在农业农村部门网站公示7天。"),
         S("兑付", "公示无异议的发放补贴资金。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(20, note="自公示结束之日起20个工作日内兑付"),
     fee=FREE,
     online=ON("online_apply", "ny/nongji", 0),
     halls=[{"hall": "hall-city-center", "window": "农业农村综合窗口 3楼"}],
     appointment=False, express=False, cross_region="none", phone="0589-81602000",
     legal_basis=["《农业机械化促进法》第二十七条"], result="农机购置与应用补贴资金")

# =========================================================================== 人才
item(key="grad_subsidy", dept="talent", n=1, level="city", agency="岚溪市人力资源和社会保障局",
     name="高校毕业生来岚就业生活补贴申领",
     aliases=["大学生补贴", "人才补贴", "毕业生补贴", "来岚补贴", "大学生生活补贴"],
     item_type="行政给付", life_events=["就业"],
     conditions=[
         "毕业5年内的全日制普通高校毕业生，与本市用人单位签订1年以上劳动合同",
         "在本市缴纳职工社会保险满6个月",
         "本科学历的，一次性发放生活补贴1万元",
         "硕士研究生的，一次性发放生活补贴3万元",
         "博士研究生的，一次性发放生活补贴5万元",
         "每人只能享受一次",
     ],
     materials=[
         M("居民身份证"),
         M("毕业证书和学位证书", exempt=True, source="政府部门核发", note="通过学信网核验"),
         M("劳动合同"),
     ],
     steps=[
         S("网上申请", "通过“岚溪办”App“人才服务”栏目提交申请。"),
         S("审核", "人社部门核验学历、劳动合同和社保缴费信息。"),
         S("公示", "拟发放名单在市人社局网站公示5个工作日。"),
         S("发放", "公示无异议的发放至本人社会保障卡。"),
     ],
     legal=TL(30, note="法定30个工作日"),
     promised=TL(30, note="自受理之日起30个工作日内发放（含公示期）"),
     fee=FREE,
     online=ON("full_online", "rc/biyesheng", 0),
     halls=[{"hall": "hall-city-center", "window": "人才服务窗口 2楼 A区"}],
     appointment=False, express=False, cross_region="none", phone="0589-81501000",
     legal_basis=["《岚溪市高校毕业生来岚就业创业若干措施》（虚构）"], result="生活补贴")

# =========================================================================== 交通
item(key="ride_hail_driver", dept="transport", n=1, level="city", agency="岚溪市交通运输局",
     name="网络预约出租汽车驾驶员证申领",
     aliases=["网约车证", "网约车驾驶员证", "跑滴滴办证", "网约车司机证", "人证"],
     item_type="行政许可", life_events=["就业"],
     conditions=[
         "取得相应准驾车型机动车驾驶证并具有3年以上驾驶经历",
         "年龄不超过60周岁",
         "无交通肇事犯罪、危险驾驶犯罪记录，无吸毒记录，无饮酒后驾驶记录",
         "最近连续3个记分周期内没有记满12分记录",
         "通过网约车驾驶员从业资格考试",
     ],
     materials=[
         M("居民身份证"),
         M("机动车驾驶证"),
         M("无犯罪记录证明", exempt=True, source="政府部门核发", note="通过公安信息共享核验"),
         M("考试合格成绩单", exempt=True, note="系统自动获取"),
     ],
     steps=[
         S("报名考试", "通过“岚溪办”App报名网约车驾驶员从业资格考试。"),
         S("参加考试", "参加全国公共科目和区域科目考试。"),
         S("申请发证", "考试合格后网上申请发证。"),
         S("领证", "到窗口领取或者选择邮寄。"),
     ],
     legal=TL(20, note="法定20个工作日"),
     promised=TL(10, note="自受理之日起10个工作日内发证"),
     fee=FREE,
     online=ON("online_apply", "jt/wangyueche", 1),
     halls=[{"hall": "hall-city-center", "window": "交通运输综合窗口 3楼"}],
     appointment=True, express=True, cross_region="none", phone="0589-81701000",
     legal_basis=["《网络预约出租汽车经营服务管理暂行办法》第十四条"], result="网络预约出租汽车驾驶员证")

# =========================================================================== 文旅
item(key="performance", dept="culture", n=1, level="city", agency="岚溪市文化广电旅游局",
     name="营业性演出审批",
     aliases=["演出审批", "办演唱会审批", "商业演出许可", "演出许可"],
     item_type="行政许可", service_object=["legal_person"], life_events=["文化活动"],
     conditions=[
         "举办营业性演出的文艺表演团体、演出经纪机构",
         "应当在演出日期3日前提出申请",
         "演出场所已取得相应资质，并符合安全、消防要求",
         "演出内容不得含有法律法规禁止的内容",
     ],
     materials=[
         M("营业性演出申请表"),
         M("演出节目内容材料", note="包括节目单、演员名单和节目视频"),
         M("演出场地协议"),
     ],
     steps=[
         S("网上申报", "通过全国文化市场技术监管与服务平台申报。"),
         S("审查", "文化广电旅游局审查演出内容。"),
         S("批复", "作出批准决定，出具电子批准文件。"),
     ],
     legal=TL(3, note="法定3个工作日"),
     promised=TL(2, note="自受理之日起2个工作日内作出决定"),
     fee=FREE,
     online=ON("full_online", "wl/yanchu", 0),
     halls=[{"hall": "hall-city-center", "window": "文旅综合窗口 3楼"}],
     appointment=False, express=False, cross_region="none", phone="0589-81801000",
     legal_basis=["《营业性演出管理条例》第十三条"], result="营业性演出批准文件")


# =========================================================================== 12345 热线知识库
# (id, questions or None, answer, agency, region, updated_at, status)
FAQ = [
    ("faq-idcard-validity",
     ["身份证有效期有几种？", "多少岁办的身份证是长期的？", "孩子的身份证管几年？"],
     "居民身份证的有效期按申领时的年龄确定：未满16周岁的为5年；16周岁至25周岁的为10年；"
     "26周岁至45周岁的为20年；46周岁以上的为长期。有效期满前3个月内即可申请换领。",
     "岚溪市公安局", CITY, "2026-02-16", "active"),
    ("faq-sscard-activate",
     ["社保卡的银行功能怎么激活？", "新社保卡能存钱吗？", "社保卡金融账户激活"],
     "社会保障卡领卡后，医保、社保功能即可使用；金融功能须首次到发卡银行网点、"
     "通过该行手机银行或者在银行自助设备上设置密码激活后才能存取款。激活不收取费用。",
     "岚溪市人力资源和社会保障局", CITY, "2026-01-20", "active"),
    ("faq-hf-balance",
     ["公积金余额怎么查？", "怎么看公积金交了多少？", "查公积金账户"],
     "住房公积金余额和缴存明细可以通过“岚溪办”App公积金栏目、岚溪市住房公积金管理中心网站"
     "查询，也可以拨打12329服务热线按语音提示查询，查询需要输入本人身份证号码和查询密码。",
     "岚溪市住房公积金管理中心", CITY, "2026-02-01", "active"),
    ("faq-medical-ratio", None,
     "本市城乡居民医保住院待遇：在一级定点医疗机构住院的，政策范围内费用报销比例为85%，起付标准200元；"
     "在二级定点医疗机构住院的，报销比例为75%，起付标准500元；在三级定点医疗机构住院的，报销比例为60%，"
     "起付标准800元。一个自然年度内统筹基金最高支付30万元。转往市外就医未办理备案的，报销比例相应降低。",
     "岚溪市医疗保障局", CITY, "2026-01-05", "active"),
    ("faq-car-inspect-12123",
     ["6年内的新车年检要去车管所吗？", "免检车怎么领年检标志？", "电子年检标志在哪领"],
     "注册6年以内的非营运小型、微型载客汽车免于上线检验，车主每2年在“交管12123”App上申领一次"
     "电子检验标志即可，无需到车管所或者检验机构；申领前须处理完交通违法和事故。",
     "岚溪市公安局交通警察支队", CITY, "2026-03-02", "active"),
    ("faq-dibao-income", None,
     "认定低保家庭收入时，计算的是共同生活的家庭成员在申请前12个月内的全部可支配收入，"
     "包括工资性收入、经营净收入、财产净收入和转移净收入。优抚对象的抚恤金、高龄津贴、"
     "残疾人两项补贴、独生子女父母奖励扶助金等不计入家庭收入。家庭成员中有重病、重残人员的，"
     "因病因残产生的必要支出可以适当扣减。",
     "岚溪市民政局", CITY, "2025-12-15", "active"),
    ("faq-school-district", None,
     "义务教育学区由各区（县）教育局每年5月31日前向社会公布，家长可以在“岚溪办”App义务教育入学栏目"
     "输入住址查询对应学校。同一套住房6年内只安排一个家庭的适龄儿童入读同一学段；购房时间晚于当年"
     "3月31日的，按学区内学位余额统筹安排。",
     "岚溪市教育局", CITY, "2026-03-10", "active"),
    ("faq-passport-photo",
     ["办护照要自己带照片吗？", "护照照片能自己拍吗？", "出入境照片哪里拍"],
     "在本市出入境窗口申请护照、往来港澳通行证的，由窗口免费拍摄数码照片，无需自带照片；"
     "也可以使用经出入境管理部门认证的照相馆出具的照片回执，回执6个月内有效。",
     "岚溪市公安局出入境管理支队", CITY, "2026-02-20", "active"),
    ("faq-unemp-insurance", None,
     "失业人员在领取失业保险金期间，基本医疗保险费由失业保险基金代为缴纳，个人不需要缴费，"
     "可以正常享受职工医保待遇；失业保险金领取期满后，可以按灵活就业人员身份继续参加职工医保，"
     "也可以参加城乡居民医保。重新就业的，由新单位办理参保，失业保险金停止发放。",
     "岚溪市人力资源和社会保障局", CITY, "2026-01-12", "active"),
    ("faq-individual-tax",
     ["个体户要报税吗？", "开个体户每个月要交多少税？", "个体户没有收入也要申报吗"],
     "个体工商户办理营业执照后，应当按照税务机关核定的期限申报纳税，没有收入的也要进行零申报。"
     "小规模纳税人月销售额不超过10万元的免征增值税；个人所得税按经营所得计算，可以享受减半征收等优惠。",
     "国家税务总局岚溪市税务局", CITY, "2026-02-08", "active"),
    ("faq-pension-calc", None,
     "企业职工基本养老金由基础养老金和个人账户养老金组成。基础养老金以本市上年度职工月平均工资和本人"
     "指数化月平均缴费工资的平均值为基数，缴费每满1年发给1%；个人账户养老金等于个人账户储存额除以计发"
     "月数，60周岁退休的计发月数为139。缴费年限越长、缴费基数越高，养老金越多。",
     "岚溪市人力资源和社会保障局", CITY, "2025-11-28", "active"),
    ("faq-hall-parking",
     ["市民之家停车收费吗？", "去市民之家办事车停哪里？", "市民之家有停车场吗"],
     "岚溪市民之家地下停车场共有车位600个，办事群众停车前2小时免费，超过2小时的每小时收费3元；"
     "周末车位紧张时可以停在明湖路东侧的临时停车场。",
     "岚溪市政务服务管理办公室", CITY, "2026-03-01", "active"),
    ("faq-disability-bus", None,
     "持第三代残疾人证的本市户籍残疾人，可以免费乘坐市内公交车和县城公交车，一级、二级残疾人的一名"
     "陪护人员同样免费；乘车时刷残疾人证或者出示残疾人证电子证照即可。残疾人证可以在“岚溪办”App"
     "申领电子证照。",
     "岚溪市残疾人联合会", CITY, "2026-01-18", "active"),
    ("faq-12345", None,
     "12345政务服务便民热线24小时受理群众的咨询、求助、投诉和建议，对政务服务事项的办理进度也可以"
     "拨打12345查询。热线无法当场答复的，一般在3个工作日内回电；涉及多个部门的，由热线派单并跟踪办理结果。",
     "岚溪市政务服务管理办公室", CITY, "2026-01-30", "active"),
    ("faq-child-hukou",
     ["孩子户口可以随妈妈吗？", "小孩户口跟爸爸还是妈妈？", "宝宝户口上在谁名下"],
     "新生儿出生登记时，可以自愿随父亲或者随母亲落户，父母双方协商确定即可；"
     "父母户口不在同一个区（县）的，到拟落户地派出所申报。",
     "岚溪市公安局", CITY, "2026-02-25", "active"),
    ("faq-marriage-photo",
     ["结婚照要自己拍吗？", "领证照片什么底色？"],
     "办理结婚登记的双人合影照片为红色背景的2寸半身免冠照，婚姻登记处设有拍照点可以现场拍摄，"
     "费用按照相点公示标准收取；自带照片的须为近6个月内拍摄。",
     "岚溪市民政局", CITY, "2026-02-14", "active"),
    # two withdrawn entries, contradicted by the current guides
    ("faq-hf-rent-2023",
     ["租房提取公积金每月能提多少？", "租房提公积金要租房发票吗？"],
     "租房提取住房公积金的，每人每月最多提取800元，每年办理一次，须提供房屋租赁合同和租金发票。",
     "岚溪市住房公积金管理中心", CITY, "2023-04-10", "revoked"),
    ("faq-gaoling-2022",
     ["高龄津贴多大年纪可以领？", "高龄补贴一个月多少钱？"],
     "本市高龄津贴发放对象为年满85周岁的本市户籍老人，每人每月50元，每季度发放一次。",
     "岚溪市民政局", CITY, "2022-06-30", "revoked"),
]

# 一件事（bundles）: items are item keys, turned into base codes by make_catalog.py
BUNDLES = [
    {"id": "bundle-birth", "name": "新生儿出生一件事",
     "aliases": ["宝宝出生要办哪些证", "生孩子后要办什么手续", "新生儿办证一次办", "出生一件事"],
     "description": "孩子出生后，一次申请联办出生登记（入户）、城乡居民医保参保和社会保障卡申领；"
                    "父母参加职工医保的，可以同时申领生育津贴。通过“岚溪办”App出生一件事专区或者区（县）政务服务中心综合窗口办理。",
     "items": ["birth_reg", "resident_medical", "sscard_first", "maternity_allowance"],
     "order_note": "先凭出生医学证明办理出生登记入户，入户后在出生之日起3个月内办理居民医保参保，参保后申领社会保障卡；"
                   "生育津贴由用人单位申报，与其他事项同步进行。"},
    {"id": "bundle-eatery", "name": "开小餐馆一件事",
     "aliases": ["开饭店要办什么证", "开小吃店一件事", "开餐馆办证一次办", "开餐饮店手续"],
     "description": "个人开办小餐馆、小吃店，一次申请联办个体工商户营业执照和食品经营许可证，"
                    "材料一次提交、部门并联审批。",
     "items": ["indiv_new", "food_new"],
     "order_note": "先办理个体工商户设立登记，取得营业执照后系统自动推送办理食品经营许可，营业执照无需重复提交。"},
    {"id": "bundle-retire", "name": "职工退休一件事",
     "aliases": ["退休要办哪些手续", "办退休跑哪些部门", "退休一次办", "退休一件事"],
     "description": "企业职工到龄退休时，一次申请联办养老保险待遇申领、离退休提取住房公积金；"
                    "退休后到外地长期居住的，可以同时办理异地就医备案。",
     "items": ["retire", "hf_retire", "medical_transfer"],
     "order_note": "先核定基本养老金，退休信息共享后即可提取住房公积金并销户；异地安置的可以同步办理异地就医备案。"},
    {"id": "bundle-secondhand", "name": "二手房买卖一件事",
     "aliases": ["买二手房要办哪些手续", "二手房交易流程", "二手房过户一次办", "二手房一件事"],
     "description": "买卖二手房，在不动产登记中心“一窗受理”窗口一次办结缴纳契税、转移登记，"
                    "买方可以同时申请购房提取住房公积金。",
     "items": ["deed_tax", "re_transfer", "hf_buy"],
     "order_note": "先申报缴纳契税，完税信息推送后办理转移登记；登记完成后即可申请购房提取住房公积金。"},
]
