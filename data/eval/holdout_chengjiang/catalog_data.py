# -*- coding: utf-8 -*-
"""Source data of the 澄江市 (fictional) holdout catalog.

Everything here is invented for a blind evaluation: the province 南屿省, the city 澄江市,
its districts, agencies, addresses, phone numbers, coordinates and links do not exist.
Links are under the `.example` domain. make_catalog.py turns this into catalog/.
"""

PROVINCE = {"code": "480000", "name": "南屿省"}
CITY = {"code": "481200", "name": "澄江市"}

# key -> (code, name, kind) ; kind: qu (市辖区) or xian (县)
DISTRICTS = [
    ("chenghu", "481202", "澄湖区", "qu"),
    ("fengqi", "481203", "凤栖区", "qu"),
    ("liuan", "481204", "柳岸区", "qu"),
    ("yanshan", "481221", "雁山县", "xian"),
    ("meixi", "481222", "梅溪县", "xian"),
]
TOWN = {"key": "taoyuan", "code": "481221103", "name": "桃源镇", "parent": "481221"}

REGION_CODE = {k: c for k, c, _, _ in DISTRICTS}
REGION_CODE["city"] = CITY["code"]
REGION_CODE["taoyuan"] = TOWN["code"]
REGION_NAME = {k: n for k, _, n, _ in DISTRICTS}
REGION_NAME["city"] = CITY["name"]
REGION_NAME["taoyuan"] = TOWN["name"]
REGION_IDX = {"city": 0, "chenghu": 1, "fengqi": 2, "liuan": 3, "yanshan": 4, "meixi": 5, "taoyuan": 6}
DISTRICT_KEYS = [k for k, _, _, _ in DISTRICTS]

APP = "“澄e办”App"
PORTAL = "https://zwfw.chengjiang.example"

# ---------------------------------------------------------------------------------------------
# Halls
# ---------------------------------------------------------------------------------------------
WEEK = [1, 2, 3, 4, 5]


def _h(days, o, c):
    return {"days": days, "open": o, "close": c}


HALLS = [
    {
        "id": "hall-cj-citizen", "name": "澄江市市民服务中心", "region": "city",
        "address": "澄江市凤栖区锦绣大道1号市民服务中心东楼1-4层",
        "location": (25.0532, 114.3021),
        "hours": [_h(WEEK, "09:00", "17:00"), _h([6], "09:00", "12:00")],
        "hours_note": "工作日中午不休息，连续办公；周六上午只开放社保、医保、公积金综合受理窗口；法定节假日休息。",
        "phone": "0962-83300000",
        "transit": "乘坐公交2路、15路、K3路至“市民服务中心”站；地铁2号线“锦绣大道站”C口出步行约200米。",
    },
    {
        "id": "hall-chenghu", "name": "澄湖区政务服务中心", "region": "chenghu",
        "address": "澄江市澄湖区湖心路28号",
        "location": (25.0415, 114.2856),
        "hours": [_h(WEEK, "08:30", "12:00"), _h(WEEK, "14:00", "17:30")],
        "hours_note": "中午12:00至14:00休息；每周三延时服务至19:00（仅户政、社保窗口）；法定节假日休息。",
        "phone": "0962-85101000",
        "transit": "乘坐公交6路、21路至“湖心路口”站下车，向东步行约100米。",
    },
    {
        "id": "hall-fengqi", "name": "凤栖区政务服务中心", "region": "fengqi",
        "address": "澄江市凤栖区栖霞路156号凤栖大厦1-2层",
        "location": (25.0688, 114.3157),
        "hours": [_h(WEEK, "08:30", "12:00"), _h(WEEK, "14:00", "17:30")],
        "hours_note": "中午12:00至14:00休息；法定节假日休息。",
        "phone": "0962-85202000",
        "transit": "乘坐公交9路、15路至“栖霞路”站下车；地铁2号线“凤栖站”A口出步行约400米。",
    },
    {
        "id": "hall-liuan", "name": "柳岸区政务服务中心", "region": "liuan",
        "address": "澄江市柳岸区滨河东路399号",
        "location": (25.0297, 114.3342),
        "hours": [_h(WEEK, "08:30", "12:00"), _h(WEEK, "14:00", "17:30")],
        "hours_note": "中午12:00至14:00休息；每月最后一个周六上午9:00至12:00预约服务；法定节假日休息。",
        "phone": "0962-85303000",
        "transit": "乘坐公交4路、11路至“滨河东路”站下车即到。",
    },
    {
        "id": "hall-yanshan", "name": "雁山县政务服务中心", "region": "yanshan",
        "address": "雁山县雁城镇迎宾大道88号",
        "location": (25.2843, 114.1520),
        "hours": [_h(WEEK, "08:00", "12:00"), _h(WEEK, "14:30", "17:30")],
        "hours_note": "中午12:00至14:30休息；法定节假日休息。",
        "phone": "0962-86404000",
        "transit": "县城公交1路、3路至“政务中心”站下车。",
    },
    {
        "id": "hall-meixi", "name": "梅溪县政务服务中心", "region": "meixi",
        "address": "梅溪县梅城镇溪畔路6号",
        "location": (24.8120, 114.5076),
        "hours": [_h(WEEK, "08:00", "12:00"), _h(WEEK, "14:30", "17:30")],
        "hours_note": "中午12:00至14:30休息；法定节假日休息。",
        "phone": "0962-86505000",
        "transit": "县城公交2路至“溪畔路”站下车，步行约50米。",
    },
    {
        "id": "hall-taoyuan", "name": "桃源镇便民服务中心", "region": "taoyuan",
        "address": "雁山县桃源镇桃花街12号镇政府一楼",
        "location": (25.3391, 114.0876),
        "hours": [_h(WEEK, "08:30", "12:00"), _h(WEEK, "14:30", "17:00")],
        "hours_note": "中午12:00至14:30休息；逢农历每月初一、十五赶集日上午提前至8:00开门。",
        "phone": "0962-86606000",
        "transit": "乘坐雁山县城至桃源镇班车，在“桃源镇政府”站下车。",
    },
    {
        "id": "hall-crj", "name": "澄江市公安局出入境接待大厅", "region": "city",
        "address": "澄江市澄湖区南门街45号",
        "location": (25.0460, 114.2930),
        "hours": [_h(WEEK, "08:30", "17:00"), _h([6], "09:00", "12:00")],
        "hours_note": "工作日中午不休息；周六上午只受理预约业务和取证；法定节假日休息。",
        "phone": "0962-83310110",
        "transit": "乘坐公交6路、8路至“南门街”站下车，步行约150米。",
    },
    {
        "id": "hall-cgs", "name": "澄江市公安局交通警察支队车辆管理所", "region": "city",
        "address": "澄江市柳岸区车城路2号",
        "location": (25.0120, 114.3550),
        "hours": [_h(WEEK, "08:30", "12:00"), _h(WEEK, "13:30", "17:00")],
        "hours_note": "中午12:00至13:30休息；周六、周日及法定节假日休息。",
        "phone": "0962-83320122",
        "transit": "乘坐公交11路、32路至“车城路”站下车。",
    },
    {
        "id": "hall-cgs-yanshan", "name": "雁山县车管分所", "region": "yanshan",
        "address": "雁山县雁城镇工业大道19号",
        "location": (25.2788, 114.1602),
        "hours": [_h(WEEK, "08:30", "12:00"), _h(WEEK, "13:30", "17:00")],
        "hours_note": "中午12:00至13:30休息；周六、周日及法定节假日休息。",
        "phone": "0962-86420122",
        "transit": "县城公交3路至“工业大道”站下车。",
    },
    {
        "id": "hall-gjj", "name": "澄江市住房公积金管理中心服务大厅", "region": "city",
        "address": "澄江市凤栖区金融街8号",
        "location": (25.0601, 114.3050),
        "hours": [_h(WEEK, "09:00", "12:00"), _h(WEEK, "13:30", "17:00")],
        "hours_note": "中午12:00至13:30休息；法定节假日休息。",
        "phone": "0962-12329000",
        "transit": "乘坐公交2路、9路至“金融街”站下车。",
    },
    {
        "id": "hall-bdc", "name": "澄江市不动产登记中心", "region": "city",
        "address": "澄江市澄湖区建设北路66号",
        "location": (25.0479, 114.3101),
        "hours": [_h(WEEK, "08:30", "17:30")],
        "hours_note": "工作日中午不休息；周六、周日及法定节假日休息。税务窗口、不动产登记窗口集中办公。",
        "phone": "0962-83350066",
        "transit": "乘坐公交5路、21路至“建设北路”站下车。",
    },
    {
        "id": "hall-tax", "name": "国家税务总局澄江市税务局第一办税服务厅", "region": "city",
        "address": "澄江市凤栖区财源路100号",
        "location": (25.0511, 114.3232),
        "hours": [_h(WEEK, "09:00", "12:00"), _h(WEEK, "13:30", "17:30")],
        "hours_note": "中午12:00至13:30休息；每月征期最后3个工作日中午不休息。",
        "phone": "0962-12366001",
        "transit": "乘坐公交15路至“财源路”站下车。",
    },
]
HALL_IDS = {h["id"] for h in HALLS}
DISTRICT_HALL = {"chenghu": "hall-chenghu", "fengqi": "hall-fengqi", "liuan": "hall-liuan",
                 "yanshan": "hall-yanshan", "meixi": "hall-meixi", "taoyuan": "hall-taoyuan",
                 "city": "hall-cj-citizen"}

# ---------------------------------------------------------------------------------------------
# Departments: agency names per region, a 2-digit number used to derive fictional phones.
# ---------------------------------------------------------------------------------------------
DEPTS = {
    "gongan": {"no": 11, "city": "澄江市公安局",
               "district": {"chenghu": "澄江市公安局澄湖分局", "fengqi": "澄江市公安局凤栖分局",
                            "liuan": "澄江市公安局柳岸分局", "yanshan": "雁山县公安局",
                            "meixi": "梅溪县公安局"}},
    "crj": {"no": 12, "city": "澄江市公安局出入境管理支队"},
    "cheguan": {"no": 13, "city": "澄江市公安局交通警察支队"},
    "minzheng": {"no": 21, "city": "澄江市民政局", "suffix": "民政局"},
    "yibao": {"no": 22, "city": "澄江市医疗保障局", "suffix": "医疗保障局"},
    "renshe": {"no": 23, "city": "澄江市人力资源和社会保障局", "suffix": "人力资源和社会保障局"},
    "gjj": {"no": 24, "city": "澄江市住房公积金管理中心"},
    "bdc": {"no": 25, "city": "澄江市自然资源和规划局（澄江市不动产登记中心）"},
    "scjg": {"no": 31, "city": "澄江市市场监督管理局", "suffix": "市场监督管理局"},
    "tax": {"no": 32, "city": "国家税务总局澄江市税务局"},
    "jiaoyu": {"no": 41, "city": "澄江市教育局", "suffix": "教育局"},
    "canlian": {"no": 42, "city": "澄江市残疾人联合会", "suffix": "残疾人联合会"},
    "weijian": {"no": 43, "city": "澄江市卫生健康委员会", "suffix": "卫生健康局"},
    "zhujian": {"no": 44, "city": "澄江市住房和城乡建设局"},
    "rencai": {"no": 45, "city": "澄江市人才发展服务中心"},
    "nongye": {"no": 46, "city": "澄江市农业农村局", "suffix": "农业农村局"},
    "zhenfu": {"no": 51, "city": "澄江市人民政府"},
}

PHONE_PREFIX = {0: "83", 1: "85", 2: "85", 3: "85", 4: "86", 5: "86", 6: "86"}


def agency(dept, region):
    d = DEPTS[dept]
    if region == "city":
        return d["city"]
    if region == "taoyuan":
        return "雁山县桃源镇人民政府"
    if "district" in d:
        return d["district"][region]
    name = REGION_NAME[region]
    kind = dict((k, t) for k, _, _, t in DISTRICTS)[region]
    return ("澄江市" + name if kind == "qu" else name) + d["suffix"]


def consult_phone(dept, region):
    i = REGION_IDX[region]
    no = DEPTS[dept]["no"]
    return "0962-%s%d%02d%d%d%d" % (PHONE_PREFIX[i], i, no, (no * 7 + i) % 10, i, (no + 3 * i) % 10)


def complaint_phone(dept, region):
    i = REGION_IDX[region]
    no = DEPTS[dept]["no"]
    if dept in ("gjj", "bdc", "tax", "crj", "cheguan", "zhujian", "rencai"):
        return "0962-%s%d9%02d%d%d" % (PHONE_PREFIX[i], i, no, 9 - i, no % 10)
    return "0962-%s%d123%d%d" % (PHONE_PREFIX[i], i, i, no % 10)


UPDATED = {"city": "2026-03-02", "chenghu": "2026-02-26", "fengqi": "2026-03-05",
           "liuan": "2026-01-20", "yanshan": "2026-02-12", "meixi": "2026-03-09",
           "taoyuan": "2026-02-12"}

# ---------------------------------------------------------------------------------------------
# Helpers for items
# ---------------------------------------------------------------------------------------------


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


def T(value, unit="working_day", note=None):
    t = {"value": value, "unit": unit}
    if note:
        t["note"] = note
    return t


NOFEE = {"charged": False, "items": []}


def FEE(*items):
    return {"charged": True, "items": [{"name": n, "amount": a, "basis": b} for n, a, b in items]}


def ON(depth, path, visits):
    return {"depth": depth, "url": PORTAL + path, "visits": visits}


# level: "D" = one guide per district (5); "C" = one city guide; or a list of region keys.
ITEMS = []


def item(**kw):
    kw.setdefault("objects", ["natural_person"])
    kw.setdefault("situations", [])
    kw.setdefault("life_events", [])
    ITEMS.append(kw)
    return kw


# =============================================================================================
# 公安户政（区县公安机关）
# =============================================================================================
item(
    key="idcard_first", base="481110010000", name="居民身份证首次申领", level="D", dept="gongan",
    aliases=["第一次办身份证", "初次办理身份证", "孩子办身份证", "满十六岁办身份证", "头一回办身份证"],
    type="公共服务", life_events=["出生", "入学"],
    conditions=[
        "具有本市常住户口的中国公民，年满16周岁的应当申请领取居民身份证",
        "未满16周岁的公民可以申请领取居民身份证，由监护人陪同本人到场代为申请",
        "年满6周岁的申请人须现场采集指纹信息",
        "可在户籍所在地或本省任一户政窗口申请（全省通办）",
    ],
    situations=[
        ("年满16周岁首次申领", "申请人本人到场，现场采集人像和指纹，证件有效期为10年。"),
        ("未满16周岁首次申领", "监护人携带本人居民身份证陪同申请人到场，证件有效期为5年。"),
    ],
    materials=[
        M("居民户口簿", note="户籍信息可在系统核验的，可不提供复印件"),
        M("监护人居民身份证", situation="未满16周岁首次申领"),
        M("居民身份证相片回执", required=False, source="中介机构",
          note="窗口可免费现场拍照；也可持经公安机关认证的照相馆出具的带回执码相片回执"),
    ],
    steps=[
        ("预约取号", "通过" + APP + "“户政预约”选择窗口和时段，也可现场取号。"),
        ("受理采集", "窗口核对户籍信息，现场采集人像和指纹，申请人核对《居民身份证申领登记表》并签名，缴纳工本费。"),
        ("审核制证", "户籍地公安机关审核签发，由省公安厅统一制证后配送至受理点。"),
        ("领取证件", "凭受理回执到原窗口领取，或申请时选择邮政EMS寄递到家，邮费由寄递企业收取。"),
    ],
    legal=T(60, "natural_day", "交通不便地区可延长，延长不超过30日"),
    promised=T(15, note="本省异地受理的为20个工作日"),
    fee=FEE(("居民身份证工本费", 20, "《居民身份证法》第二十条；城乡低保对象首次申领免收")),
    online=ON("offline_only", "/gaj/hz/yuyue", 1),
    window="公安户政综合窗口",
    appointment=True, express=True, cross="全省通办",
    legal_basis=["《中华人民共和国居民身份证法》第二条、第八条、第二十条"],
    result="居民身份证",
)

item(
    key="idcard_renew", base="481110020000", name="居民身份证换领", level="D", dept="gongan",
    aliases=["身份证到期换证", "身份证过期了", "换身份证", "身份证坏了换新的", "身份证消磁"],
    type="公共服务",
    conditions=[
        "居民身份证有效期满前3个月内可以申请换领",
        "证件已过有效期、证件严重损坏不能辨认或登记项目变更的，应当申请换领",
        "申请人本人到场采集人像和指纹，不能由他人代办",
        "换领业务已实行跨省通办，可在全国任一户政窗口申请",
    ],
    situations=[
        ("有效期满换领", "有效期届满或即将届满3个月内申请，交回原证。"),
        ("损坏换领", "证件破损、芯片无法读取的，交回原证后换领。"),
        ("登记项目变更换领", "姓名、出生日期等登记项目变更后，凭变更后的户口簿换领。"),
    ],
    materials=[
        M("原居民身份证", note="证件已过期的也须交回"),
        M("居民户口簿", required=False, note="本省户籍可通过系统核验户籍信息"),
        M("居民身份证相片回执", required=False, source="中介机构", note="窗口可免费现场拍照"),
    ],
    steps=[
        ("预约取号", "通过" + APP + "“户政预约”选择窗口和时段，也可现场取号。"),
        ("受理采集", "交回原证，现场采集人像、指纹，核对信息后签名并缴纳工本费。"),
        ("制证领证", "制证完成后到窗口领取，或选择EMS邮寄到家。"),
    ],
    legal=T(60, "natural_day"),
    promised=T(15, note="跨省异地受理的为30个工作日"),
    fee=FEE(("居民身份证工本费", 20, "《居民身份证法》第二十条")),
    online=ON("offline_only", "/gaj/hz/yuyue", 1),
    window="公安户政综合窗口",
    appointment=True, express=True, cross="跨省通办",
    legal_basis=["《中华人民共和国居民身份证法》第十一条"],
    result="居民身份证",
)

item(
    key="idcard_lost", base="481110030000", name="居民身份证补领", level="D", dept="gongan",
    aliases=["补办身份证", "身份证丢了", "身份证掉了", "身份证被偷了", "身份证遗失补办"],
    type="公共服务",
    conditions=[
        "居民身份证丢失、被盗的，应当申请补领",
        "补领时原证即时作废，系统自动办理挂失",
        "申请人本人到场采集人像和指纹，不能由他人代办",
        "补领业务已实行跨省通办，可在全国任一户政窗口申请",
        "补领期间急需用证的，可同时申请临时居民身份证",
    ],
    materials=[
        M("居民户口簿", required=False, note="本省户籍可通过系统核验户籍信息"),
        M("居民身份证相片回执", required=False, source="中介机构", note="窗口可免费现场拍照"),
    ],
    steps=[
        ("预约取号", "通过" + APP + "“户政预约”选择窗口和时段，也可现场取号。"),
        ("受理采集", "窗口核验身份，现场采集人像、指纹，签名确认并缴纳工本费。"),
        ("制证领证", "制证完成后到窗口领取，或选择EMS邮寄到家。"),
    ],
    legal=T(60, "natural_day"),
    promised=T(15, note="跨省异地受理的为30个工作日"),
    fee=FEE(("居民身份证工本费", 20, "《居民身份证法》第二十条")),
    online=ON("offline_only", "/gaj/hz/yuyue", 1),
    window="公安户政综合窗口",
    appointment=True, express=True, cross="跨省通办",
    legal_basis=["《中华人民共和国居民身份证法》第十一条"],
    result="居民身份证",
)

item(
    key="idcard_temp", base="481110040000", name="临时居民身份证申领", level="D", dept="gongan",
    aliases=["临时身份证", "办个临时身份证", "急用身份证", "临时身份证坐火车"],
    type="公共服务",
    conditions=[
        "正在申领、换领、补领居民身份证期间，急需使用居民身份证的",
        "本市户籍居民可在本市任一户政窗口申请（全市通办）",
        "申请人本人到场，不能由他人代办",
        "临时居民身份证有效期为3个月",
    ],
    materials=[
        M("居民身份证受理回执", required=False, source="政府部门核发"),
        M("居民户口簿", required=False, note="户籍信息可在系统核验的无需提供"),
    ],
    steps=[
        ("受理", "窗口核验身份，现场采集人像并缴纳工本费。"),
        ("制证", "符合条件的当场制发临时居民身份证。"),
    ],
    legal=T(3, "working_day", "交通不便地区不超过10个工作日"),
    promised=T(0, note="符合条件的当场制发"),
    fee=FEE(("临时居民身份证工本费", 10, "《临时居民身份证管理办法》")),
    online=ON("offline_only", "/gaj/hz/yuyue", 1),
    window="公安户政综合窗口",
    appointment=False, express=False, cross="全市通办",
    legal_basis=["《临时居民身份证管理办法》第三条、第五条"],
    result="临时居民身份证",
    suspended={"liuan": "因户政业务系统升级改造，柳岸区自2026年3月1日起暂停受理临时居民身份证申领，恢复时间另行公告；暂停期间请到本市其他区县户政窗口办理"},
)

item(
    key="birth_reg", base="481110050000", name="出生登记", level="D", dept="gongan",
    aliases=["新生儿上户口", "宝宝落户", "小孩上户口", "给娃报户口", "出生入户"],
    type="行政确认", life_events=["出生"],
    conditions=[
        "婴儿出生后，应当自出生之日起1个月内由监护人申报出生登记",
        "婴儿随父或者随母登记常住户口，由父母协商确定",
        "超过1个月未申报的，仍可申报，须说明逾期原因",
        "父母一方可以代另一方申报，无需另一方到场",
    ],
    situations=[
        ("婚内生育", "父母已登记结婚，提交结婚证。"),
        ("非婚生育", "提交亲子鉴定证明或父母双方的书面承诺。"),
    ],
    materials=[
        M("出生医学证明", exempt=True, source="政府部门核发", note="本市助产机构签发的出生医学证明电子证照可共享获取，免交纸质件"),
        M("父母双方居民身份证"),
        M("落户方居民户口簿"),
        M("结婚证", situation="婚内生育", exempt=True, note="本省登记的结婚证可通过共享数据核验"),
        M("亲子鉴定证明或父母双方书面承诺", situation="非婚生育", source="中介机构"),
    ],
    steps=[
        ("网上申报或现场申请", "通过" + APP + "“出生一件事”在线提交，或到户籍所在地户政窗口申请。"),
        ("审核", "户政窗口审核材料，网上申报的在1个工作日内反馈结果。"),
        ("领取户口簿", "审核通过后打印户口簿增页，可到窗口领取或选择邮寄。"),
    ],
    legal=T(20, "working_day"),
    promised=T(1, note="材料齐全的当场办结；网上申报的1个工作日内办结"),
    fee=NOFEE,
    online=ON("online_apply", "/gaj/hz/chusheng", 1),
    window="公安户政综合窗口",
    appointment=True, express=True, cross="none",
    legal_basis=["《中华人民共和国户口登记条例》第七条"],
    result="居民户口簿（增页）",
)

item(
    key="hukou_in", base="481110060000", name="市外迁入落户", level="D", dept="gongan",
    aliases=["户口迁入", "迁户口到澄江", "投靠落户", "人才落户", "户口迁过来", "准迁证"],
    type="行政许可", life_events=["就业", "婚姻"],
    conditions=[
        "具有全日制大专及以上学历或取得技师以上职业资格的人员，可在本市就业地或合法住所地落户",
        "夫妻投靠的，双方结婚满2年",
        "父母投靠子女的，父亲年满60周岁、母亲年满55周岁，且本市无其他子女可投靠的除外",
        "未成年子女可随父母一方投靠落户",
        "可委托他人代为申请，代办人须持授权委托书和本人身份证",
    ],
    situations=[
        ("人才落户", "凭学历学位证书或职业资格证书申请。"),
        ("夫妻投靠", "凭结婚证申请，双方结婚满2年。"),
        ("父母投靠子女", "凭亲属关系证明材料申请。"),
        ("委托代办", "代办人持委托书和本人居民身份证办理。"),
    ],
    materials=[
        M("申请人居民身份证"),
        M("居民户口簿"),
        M("毕业证书或职业资格证书", situation="人才落户", note="学历信息可通过学信网核验"),
        M("结婚证", situation="夫妻投靠"),
        M("出生医学证明或其他亲属关系证明材料", situation="父母投靠子女"),
        M("授权委托书", situation="委托代办"),
        M("代办人居民身份证", situation="委托代办"),
    ],
    steps=[
        ("申请", "到拟落户地户政窗口提交申请，或通过" + APP + "在线申请。"),
        ("审核", "公安机关审核，符合条件的签发《准予迁入证明》。"),
        ("迁移", "已实行“跨省通办”的，迁出地直接办理迁出，无需申请人两地往返。"),
        ("落户", "到窗口办理入户，领取户口簿。"),
    ],
    legal=T(20, "working_day"),
    promised=T(10),
    fee=NOFEE,
    online=ON("online_apply", "/gaj/hz/qianru", 1),
    window="公安户政综合窗口",
    appointment=True, express=True, cross="跨省通办",
    legal_basis=["《中华人民共和国户口登记条例》第十条", "《南屿省户籍管理规定》"],
    result="准予迁入证明、居民户口簿",
)

item(
    key="residence_permit", base="481110070000", name="居住证申领", level="D", dept="gongan",
    aliases=["办居住证", "外地人办居住证", "居住证怎么办", "居住证签注", "居住证续签"],
    type="公共服务", life_events=["就业", "入学"],
    conditions=[
        "离开常住户口所在地，到本市居住满半年，并符合有合法稳定就业、合法稳定住所或连续就读条件之一的",
        "申领前应先办理居住登记",
        "居住证每年签注1次，逾期未签注的居住证功能暂停，签注后恢复",
        "未满16周岁的未成年人和行动不便的老年人、残疾人等，可由其监护人、近亲属代为申领",
    ],
    situations=[
        ("首次申领", "本人或代办人到居住地户政窗口或社区警务室提交申请。"),
        ("年度签注", "可通过" + APP + "在线签注，无需到现场。"),
        ("代为申领", "监护人或近亲属持本人身份证和关系证明代为申请。"),
    ],
    materials=[
        M("居民身份证"),
        M("居住登记凭证", source="政府部门核发", exempt=True, note="已在系统办理居住登记的免交"),
        M("劳动合同、营业执照、房屋产权证明、租赁合同或学籍证明之一"),
        M("代办人居民身份证", situation="代为申领"),
    ],
    steps=[
        ("居住登记", "到居住地派出所或社区警务室办理居住登记。"),
        ("申请", "居住满半年后提交居住证申请，现场拍照。"),
        ("审核制证", "审核通过后制作居住证。"),
        ("领证", "到受理点领取，或选择邮寄。"),
    ],
    legal=T(15, "working_day"),
    promised=T(10),
    fee=FEE(("居住证换领、补领工本费", 20, "首次申领免收工本费；《居住证暂行条例》第十五条")),
    online=ON("online_apply", "/gaj/jzz", 1),
    window="公安户政综合窗口",
    appointment=True, express=True, cross="none",
    legal_basis=["《居住证暂行条例》第二条、第九条、第十条"],
    result="居住证",
)

item(
    key="no_crime", base="481110080000", name="无犯罪记录证明开具", level="D", dept="gongan",
    aliases=["开无犯罪证明", "无犯罪记录", "开个无犯罪", "政审证明", "出国要的无犯罪证明"],
    type="公共服务", life_events=["就业"],
    conditions=[
        "本市户籍人员，或在本市居住的非本市户籍人员，可以申请开具",
        "证明只记载申请人在本市居住期间有无犯罪记录",
        "本人无法到场的，可委托他人代办，代办人须持申请人签名的委托书和双方身份证",
        "证明自开具之日起3个月内有效",
    ],
    situations=[
        ("本人申请", "本人持身份证到窗口或通过" + APP + "在线申请。"),
        ("委托代办", "代办人持委托书、申请人身份证复印件和本人身份证办理。"),
    ],
    materials=[
        M("申请人居民身份证"),
        M("无犯罪记录证明申请表", source="政府部门核发", note="窗口领取或在线填写"),
        M("授权委托书", situation="委托代办"),
        M("代办人居民身份证", situation="委托代办"),
        M("申请人居民身份证复印件", form="复印件", situation="委托代办"),
    ],
    steps=[
        ("申请", "通过" + APP + "在线申请，或到户籍地、居住地派出所及户政窗口申请。"),
        ("查询核实", "公安机关查询违法犯罪记录信息库。"),
        ("出具", "无犯罪记录的出具证明；在线申请的可下载电子证明。"),
    ],
    legal=T(3, "working_day"),
    promised=T(1, note="经查询有犯罪记录或需进一步核实的，不超过15个工作日"),
    fee=NOFEE,
    online=ON("full_online", "/gaj/wfzjl", 0),
    window="公安户政综合窗口",
    appointment=False, express=False, cross="全省通办",
    legal_basis=["《公安机关办理无犯罪记录证明工作规定》"],
    result="无犯罪记录证明",
)

# Revoked: 暂住证 (one district's old guide; no other guide shares its base_code)
item(
    key="temp_residence", base="481110090000", name="暂住证办理", level=["chenghu"], dept="gongan",
    status="revoked",
    aliases=["办暂住证", "暂住证", "外来人员暂住证"],
    type="公共服务",
    conditions=[
        "本事项已撤销：暂住证已由居住证替代，不再办理，请办理“居住证申领”",
        "年满16周岁、拟在暂住地居住1个月以上的外来人员",
    ],
    materials=[M("居民身份证"), M("一寸免冠照片", copies=2)],
    steps=[("申请", "到暂住地派出所申请。")],
    legal=T(10), promised=T(7),
    fee=FEE(("暂住证工本费", 5, "原《南屿省暂住人口管理规定》")),
    online=ON("offline_only", "/gaj/zzz", 1),
    window="公安户政综合窗口", appointment=False, express=False, cross="none",
    updated="2024-06-30",
)

# =============================================================================================
# 出入境（市级）
# =============================================================================================
item(
    key="passport_first", base="481120010000", name="普通护照签发（首次申请）", level="C", dept="crj",
    aliases=["第一次办护照", "办护照", "申请护照", "出国办护照", "孩子办护照"],
    type="行政许可", life_events=["出境"],
    halls=[("hall-crj", "出入境证件受理区 1-12号窗口")],
    conditions=[
        "中国内地居民因私出国的，可以申请普通护照",
        "已实行全国通办，可在全国任一出入境管理部门申请，无需回户籍地",
        "年满16周岁的由本人到场申请；未满16周岁的由监护人陪同到场，监护人代为申请",
        "国家工作人员须提交所在单位出具的意见",
    ],
    situations=[
        ("未满16周岁申请", "监护人携带户口簿或出生医学证明等监护关系证明陪同办理。"),
        ("国家工作人员申请", "提交本人所属工作单位或上级主管单位按照人事管理权限审批后出具的意见。"),
    ],
    materials=[
        M("居民身份证"),
        M("出入境证件相片回执", required=False, source="中介机构", note="大厅设自助照相机，可现场拍照"),
        M("监护关系证明", situation="未满16周岁申请"),
        M("监护人居民身份证", situation="未满16周岁申请"),
        M("单位出具的意见", situation="国家工作人员申请", source="申请人自备"),
    ],
    steps=[
        ("预约", "通过“移民局”App或" + APP + "预约，也可现场取号。"),
        ("受理", "自助填表、采集指纹和相片，窗口受理并缴费。"),
        ("审批制证", "出入境管理部门审批后制作护照。"),
        ("领证", "凭受理回执到大厅自助取证机领取，或选择EMS邮寄。"),
    ],
    legal=T(15, note="偏远地区或交通不便的不超过30日"),
    promised=T(7, note="急事急办的可申请加急，加急一般3个工作日"),
    fee=FEE(("普通护照（本式）证件费", 120, "《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2019〕914号）")),
    online=ON("offline_only", "/crj/yuyue", 1),
    appointment=True, express=True, cross="跨省通办",
    legal_basis=["《中华人民共和国护照法》第五条、第六条"],
    result="中华人民共和国普通护照",
)

item(
    key="passport_renew", base="481120020000", name="普通护照换发", level="C", dept="crj",
    aliases=["护照到期换发", "护照快过期了", "护照换新", "护照签证页用完了"],
    type="行政许可", life_events=["出境"],
    halls=[("hall-crj", "出入境证件受理区 1-12号窗口")],
    conditions=[
        "护照有效期即将届满的，可以申请换发",
        "护照有效期不足6个月、签证页即将使用完毕或登记项目发生变更的，可以申请换发",
        "申请人本人到场，未满16周岁的由监护人陪同",
        "已实行全国通办，可在全国任一出入境管理部门申请",
    ],
    materials=[
        M("居民身份证"),
        M("原普通护照", note="原护照内有有效签证的，可申请将签证保留并加注"),
        M("出入境证件相片回执", required=False, source="中介机构", note="大厅设自助照相机"),
    ],
    steps=[
        ("预约", "通过“移民局”App或" + APP + "预约，也可现场取号。"),
        ("受理", "交验原护照，采集指纹和相片，缴费。"),
        ("审批制证", "审批后制作新护照，原护照作剪角处理后退还。"),
        ("领证", "到自助取证机领取，或选择EMS邮寄。"),
    ],
    legal=T(15), promised=T(7),
    fee=FEE(("普通护照（本式）证件费", 120, "发改价格〔2019〕914号")),
    online=ON("offline_only", "/crj/yuyue", 1),
    appointment=True, express=True, cross="跨省通办",
    legal_basis=["《中华人民共和国护照法》第十一条"],
    result="中华人民共和国普通护照",
)

item(
    key="passport_lost", base="481120030000", name="普通护照补发", level="C", dept="crj",
    aliases=["护照丢了", "补办护照", "护照被偷了", "护照遗失补办"],
    type="行政许可", life_events=["出境"],
    halls=[("hall-crj", "出入境证件受理区 1-12号窗口")],
    conditions=[
        "普通护照遗失或者被盗的，可以申请补发",
        "申请补发时须提交护照遗失或者被盗情况说明，原护照同时宣布作废",
        "在境外遗失的，应向中国驻外使领馆申请旅行证或补发护照",
        "申请人本人到场，未满16周岁的由监护人陪同",
    ],
    materials=[
        M("居民身份证"),
        M("护照遗失或被盗情况说明", note="窗口提供格式文本，本人签名"),
        M("出入境证件相片回执", required=False, source="中介机构"),
    ],
    steps=[
        ("预约", "通过“移民局”App或" + APP + "预约。"),
        ("受理", "提交遗失说明，采集指纹和相片，缴费；原护照即时作废。"),
        ("审批制证", "审批后制作护照。"),
        ("领证", "到自助取证机领取，或选择EMS邮寄。"),
    ],
    legal=T(15), promised=T(7, note="补发护照须核查遗失情况，特殊情况不超过15个工作日"),
    fee=FEE(("普通护照（本式）证件费", 120, "发改价格〔2019〕914号")),
    online=ON("offline_only", "/crj/yuyue", 1),
    appointment=True, express=True, cross="跨省通办",
    legal_basis=["《中华人民共和国护照法》第十一条"],
    result="中华人民共和国普通护照",
)

item(
    key="hk_macau", base="481120040000", name="往来港澳通行证及签注签发", level="C", dept="crj",
    aliases=["港澳通行证", "去香港办什么证", "办港澳通", "港澳签注", "去澳门旅游签注", "港澳通行证续签"],
    type="行政许可", life_events=["出境"],
    halls=[("hall-crj", "出入境证件受理区 13-20号窗口")],
    conditions=[
        "内地居民前往香港、澳门旅游、探亲、商务、学习等，应申请往来港澳通行证及相应签注",
        "往来港澳通行证有效期：未满16周岁的为5年，年满16周岁的为10年",
        "已持有有效通行证的，再次签注可在大厅自助签注机即时办理",
        "已实行全国通办，可在全国任一出入境管理部门申请",
    ],
    situations=[
        ("首次申领通行证并签注", "本人到场，采集指纹和相片。"),
        ("再次签注", "持有效通行证在自助签注机办理，或通过“移民局”App网上签注后到自助机写卡。"),
    ],
    materials=[
        M("居民身份证"),
        M("往来港澳通行证", situation="再次签注"),
        M("出入境证件相片回执", required=False, source="中介机构", situation="首次申领通行证并签注"),
    ],
    steps=[
        ("预约", "通过“移民局”App或" + APP + "预约。"),
        ("受理", "采集指纹、相片，选择签注种类，缴费。"),
        ("制证", "审批后制作通行证并加注签注。"),
        ("领证", "到自助取证机领取，或选择EMS邮寄。"),
    ],
    legal=T(15), promised=T(7, note="自助签注即时办结"),
    fee=FEE(("往来港澳通行证（电子卡式）证件费", 60, "发改价格〔2019〕914号"),
            ("赴港澳签注（一次有效）", 15, "发改价格〔2019〕914号"),
            ("赴港澳签注（二次有效）", 30, "发改价格〔2019〕914号")),
    online=ON("online_apply", "/crj/gaqz", 1),
    appointment=True, express=True, cross="跨省通办",
    legal_basis=["《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》"],
    result="往来港澳通行证及签注",
)

# =============================================================================================
# 车管（市级，车管所和雁山县车管分所）
# =============================================================================================
CGS_HALLS = [("hall-cgs", "机动车业务区"), ("hall-cgs-yanshan", "综合业务窗口")]
CGS_HALLS_DL = [("hall-cgs", "驾驶证业务区"), ("hall-cgs-yanshan", "综合业务窗口")]

item(
    key="vehicle_reg", base="481130010000", name="机动车注册登记", level="C", dept="cheguan",
    aliases=["新车上牌", "买新车上牌照", "新车挂牌", "车子上户", "选车牌号"],
    type="行政许可", life_events=["购车"],
    halls=CGS_HALLS,
    conditions=[
        "初次申领机动车号牌、行驶证的，应当在住所地申请注册登记",
        "应当在购车之日起完成车辆购置税申报，并投保机动车交通事故责任强制保险",
        "非本人办理的，可委托他人代办，代理人须持授权委托书和本人身份证",
        "已开通“交管12123”选号的，可在网上自主选取号牌号码",
    ],
    situations=[
        ("本人办理", "机动车所有人持身份证明和车辆到车管所或登记服务站办理。"),
        ("委托代办", "代理人持委托书、双方身份证明办理。"),
    ],
    materials=[
        M("机动车所有人身份证明"),
        M("购车发票", exempt=True, note="电子发票通过系统核验"),
        M("整车出厂合格证明"),
        M("交强险凭证", exempt=True, note="通过保险信息系统核验"),
        M("车辆购置税完税证明", exempt=True, note="通过税务信息共享核验"),
        M("授权委托书", situation="委托代办"),
        M("代理人身份证明", situation="委托代办"),
    ],
    steps=[
        ("查验", "将车辆开到查验区，查验员核对车辆识别代号并拍照。"),
        ("受理选号", "窗口受理，通过计算机随机选号或“交管12123”互联网选号。"),
        ("缴费领牌", "缴纳号牌、行驶证、登记证书工本费，领取号牌和行驶证。"),
        ("安装号牌", "在查验区安装号牌，粘贴检验合格标志。"),
    ],
    legal=T(2), promised=T(1, note="资料齐全、车辆查验合格的当日办结"),
    fee=FEE(("小型汽车号牌工本费", "每副100元", "《公安交通管理收费标准》"),
            ("行驶证工本费", 10, "《公安交通管理收费标准》"),
            ("机动车登记证书工本费", 10, "《公安交通管理收费标准》")),
    online=ON("offline_only", "/jg/yuyue", 1),
    appointment=True, express=True, cross="全省通办",
    legal_basis=["《中华人民共和国道路交通安全法》第八条", "《机动车登记规定》第十三条"],
    result="机动车号牌、行驶证、机动车登记证书",
)

item(
    key="license_renew", base="481130020000", name="机动车驾驶证期满换证", level="C", dept="cheguan",
    aliases=["驾照到期换证", "驾驶证到期", "换驾照", "驾照过期了", "驾驶证有效期满换证"],
    type="行政许可",
    halls=CGS_HALLS_DL,
    conditions=[
        "机动车驾驶人应当于驾驶证有效期满前90日内申请换证",
        "年满60周岁的，申请换证时须提交身体条件证明",
        "年满70周岁的，每年须提交1次身体条件证明",
        "驾驶证换证已实行全国通办，可在全国任一车管所申请",
    ],
    situations=[("年满60周岁换证", "须提交县级或部队团级以上医疗机构出具的身体条件证明，可在医院体检后通过系统上传。")],
    materials=[
        M("居民身份证"),
        M("原机动车驾驶证"),
        M("机动车驾驶人身体条件证明", source="中介机构", note="医院体检后系统自动上传的免交纸质件", situation="年满60周岁换证"),
    ],
    steps=[
        ("网上申请或现场申请", "通过“交管12123”申请期满换证并选择邮寄，或到车管所窗口申请。"),
        ("审核", "核对驾驶人信息和体检结果。"),
        ("领证", "窗口当场制证，或邮寄到家。"),
    ],
    legal=T(1), promised=T(0, note="窗口当场办结；网上申请的1个工作日内寄出"),
    fee=FEE(("机动车驾驶证工本费", 10, "《公安交通管理收费标准》")),
    online=ON("full_online", "/jg/jszhz", 0),
    appointment=True, express=True, cross="跨省通办",
    legal_basis=["《机动车驾驶证申领和使用规定》第六十四条"],
    result="机动车驾驶证",
)

item(
    key="license_lost", base="481130030000", name="机动车驾驶证补领", level="C", dept="cheguan",
    aliases=["驾照丢了", "补办驾照", "驾驶证遗失补领", "驾驶证掉了怎么办"],
    type="行政许可",
    halls=CGS_HALLS_DL,
    conditions=[
        "机动车驾驶证遗失的，机动车驾驶人应当向驾驶证核发地或者驾驶地车管所申请补领",
        "驾驶证被依法扣押、扣留或者暂扣期间的不予补领",
        "补领期间可在“交管12123”申领电子驾驶证临时使用",
    ],
    materials=[M("居民身份证")],
    steps=[
        ("申请", "通过“交管12123”申请补领并选择邮寄，或到车管所窗口申请。"),
        ("审核制证", "审核后当场制证。"),
        ("领证", "窗口领取或邮寄到家。"),
    ],
    legal=T(1), promised=T(0, note="窗口当场办结"),
    fee=FEE(("机动车驾驶证工本费", 10, "《公安交通管理收费标准》")),
    online=ON("full_online", "/jg/jszbl", 0),
    appointment=True, express=True, cross="跨省通办",
    legal_basis=["《机动车驾驶证申领和使用规定》第六十八条"],
    result="机动车驾驶证",
)

item(
    key="inspection", base="481130040000", name="机动车检验标志核发", level="C", dept="cheguan",
    aliases=["车辆年检", "车子年审", "免检车领标", "年检标志", "私家车年检"],
    type="行政确认",
    halls=CGS_HALLS,
    conditions=[
        "非营运小型微型载客汽车注册登记之日起6年以内的免予上线检验，每2年申领1次检验标志",
        "注册登记第6年、第10年应当上线检验，超过10年的每年检验1次",
        "申领检验标志前应当处理完交通违法行为和交通事故",
        "上线检验由社会机动车检验机构实施，检验费用由检验机构按标准收取",
    ],
    situations=[
        ("免检车辆申领标志", "通过“交管12123”申领电子检验合格标志，无需到现场。"),
        ("上线检验后申领标志", "到检验机构检验合格后，由检验机构代为核发电子检验合格标志。"),
    ],
    materials=[
        M("机动车行驶证"),
        M("交强险凭证", exempt=True, note="通过保险信息系统核验"),
        M("车船税纳税或免税证明", exempt=True, note="通过税务信息共享核验"),
    ],
    steps=[
        ("申请", "免检车辆在“交管12123”申领；其他车辆到检验机构上线检验。"),
        ("审核", "车管所审核违法、事故处理情况。"),
        ("核发", "核发电子检验合格标志，需要纸质标志的可选择邮寄。"),
    ],
    legal=T(1), promised=T(0, note="网上申领的即时核发电子标志"),
    fee=NOFEE,
    online=ON("full_online", "/jg/jybz", 0),
    appointment=False, express=True, cross="跨省通办",
    legal_basis=["《中华人民共和国道路交通安全法》第十三条"],
    result="机动车检验合格标志（电子）",
)

# =============================================================================================
# 民政（区县民政局）
# =============================================================================================
item(
    key="marriage", base="481210010000", name="内地居民结婚登记", level="D", dept="minzheng",
    aliases=["领结婚证", "扯证", "登记结婚", "领证结婚", "办结婚证"],
    type="行政确认", life_events=["婚姻"],
    conditions=[
        "男方年满22周岁、女方年满20周岁",
        "双方均无配偶，且没有直系血亲和三代以内旁系血亲关系",
        "双方必须本人亲自到场，不能委托他人代办",
        "婚姻登记已实行全国通办，双方可在任一婚姻登记机关办理",
    ],
    materials=[
        M("双方居民身份证"),
        M("双方居民户口簿", required=False, note="全国通办后可凭身份证办理，户口簿不再是必交材料"),
        M("双方近期半身免冠合照", copies=3, source="申请人自备", note="2寸红底双人合照，婚姻登记处可现场拍摄"),
    ],
    steps=[
        ("预约", "通过" + APP + "“婚姻登记预约”选择日期和时段，也可现场取号。"),
        ("申请", "双方到场填写《申请结婚登记声明书》，在登记员面前签名并按指纹。"),
        ("审查", "登记员当场审查。"),
        ("颁证", "符合条件的当场颁发结婚证，可选择颁证仪式。"),
    ],
    legal=T(0, note="当场办结"), promised=T(0, note="当场办结"),
    fee=NOFEE,
    online=ON("offline_only", "/mz/hydj/yuyue", 1),
    window="婚姻登记处",
    appointment=True, express=False, cross="跨省通办",
    legal_basis=["《中华人民共和国民法典》第一千零四十七条、第一千零四十九条", "《婚姻登记条例》"],
    result="结婚证",
    suspended={"yanshan": "因县婚姻登记处搬迁装修，雁山县2026年4月1日至6月30日暂停办理结婚登记；暂停期间可到本市其他区县婚姻登记处办理"},
)

item(
    key="divorce", base="481210020000", name="内地居民离婚登记", level="D", dept="minzheng",
    aliases=["协议离婚", "办离婚", "离婚手续", "去民政局离婚", "离婚冷静期"],
    type="行政确认", life_events=["婚姻"],
    conditions=[
        "双方自愿离婚，并已对子女抚养、财产及债务处理等事项协商一致",
        "双方须持内地婚姻登记机关或我国驻外使领馆颁发的结婚证",
        "双方必须本人亲自到场，不能委托他人代办",
        "自婚姻登记机关收到离婚登记申请之日起30日内，任何一方不愿意离婚的，可以撤回申请",
    ],
    materials=[
        M("双方居民身份证"),
        M("双方居民户口簿", required=False, note="跨省通办的可凭身份证办理"),
        M("结婚证"),
        M("离婚协议书", copies=3, note="载明双方自愿离婚的意思表示以及对子女抚养、财产及债务处理等事项协商一致的意见"),
        M("双方近期2寸单人免冠照片", copies=2),
    ],
    steps=[
        ("申请", "双方共同到婚姻登记机关提交申请，登记机关出具《离婚登记申请受理回执单》。"),
        ("冷静期", "自收到申请之日起30日为离婚冷静期。"),
        ("再次到场", "冷静期届满后30日内，双方再次到场申请发给离婚证；期满未申请的视为撤回申请。"),
        ("颁证", "审查符合条件的当场发给离婚证。"),
    ],
    legal=T(30, "natural_day", "不含离婚冷静期后双方再次到场前的时间"), promised=T(0, note="冷静期满双方再次到场当场办结"),
    fee=NOFEE,
    online=ON("offline_only", "/mz/hydj/yuyue", 2),
    window="婚姻登记处",
    appointment=True, express=False, cross="跨省通办",
    legal_basis=["《中华人民共和国民法典》第一千零七十六条、第一千零七十七条"],
    result="离婚证",
)

item(
    key="marriage_reissue", base="481210030000", name="补领婚姻登记证", level="D", dept="minzheng",
    aliases=["结婚证丢了", "补办结婚证", "离婚证丢了补办", "补结婚证", "结婚证损坏补领"],
    type="行政确认", life_events=["婚姻"],
    conditions=[
        "结婚证、离婚证遗失或者损毁的，可以申请补领",
        "可向原办理婚姻登记的机关或者一方常住户口所在地的婚姻登记机关申请",
        "补领结婚证的须双方到场；补领离婚证的由本人到场",
        "本人因特殊原因无法到场的，不能委托他人代办",
    ],
    situations=[
        ("补领结婚证", "夫妻双方共同到场申请。"),
        ("补领离婚证", "离婚一方本人到场申请。"),
    ],
    materials=[
        M("居民身份证"),
        M("近期2寸免冠照片", note="补领结婚证的提交双方合照3张，补领离婚证的提交本人单人照2张"),
    ],
    steps=[
        ("申请", "到婚姻登记机关填写《申请补领婚姻登记证声明书》。"),
        ("核查档案", "登记员查询婚姻登记档案。"),
        ("补发", "档案信息核实无误的当场补发。"),
    ],
    legal=T(0, note="档案齐全的当场办结"), promised=T(0, note="需调取外地档案的20个工作日内办结"),
    fee=NOFEE,
    online=ON("offline_only", "/mz/hydj/yuyue", 1),
    window="婚姻登记处",
    appointment=True, express=False, cross="跨省通办",
    legal_basis=["《婚姻登记条例》第十七条"],
    result="结婚证或离婚证（补发）",
)

item(
    key="dibao", base="481210040000", name="最低生活保障申请", level="D", dept="minzheng",
    aliases=["申请低保", "办低保", "吃低保", "城市低保", "农村低保"],
    type="行政给付", life_events=["社会救助"],
    conditions=[
        "持有本市户籍，共同生活的家庭成员人均月收入低于本市最低生活保障标准，且家庭财产状况符合规定",
        "2026年本市城市低保标准为每人每月820元，农村低保标准为每人每月650元",
        "低保金按家庭人均收入与低保标准的差额发放，按月打入社会保障卡",
        "本人申请有困难的，可以委托村（居）民委员会或他人代为提出申请",
    ],
    situations=[("委托代办", "受托人持委托书和本人身份证代为提出申请。")],
    materials=[
        M("申请人及家庭成员居民身份证、户口簿"),
        M("最低生活保障申请书", source="政府部门核发", note="可在乡镇（街道）社会救助窗口领取"),
        M("家庭经济状况核对授权书", note="全体家庭成员签字授权民政部门核对收入和财产"),
        M("残疾证、病历等证明材料", required=False, note="家庭成员有重病、重残的提供"),
        M("授权委托书", situation="委托代办"),
    ],
    steps=[
        ("申请", "向户籍所在地乡镇人民政府（街道办事处）社会救助窗口提出申请。"),
        ("调查核对", "乡镇（街道）入户调查，民政部门开展家庭经济状况信息核对。"),
        ("公示", "审核意见在申请人所在村（居）公示7天。"),
        ("审批", "县级民政部门审批，批准的自批准之月起发放低保金。"),
    ],
    legal=T(30, note="特殊情况可延长至45个工作日"), promised=T(20),
    fee=NOFEE,
    online=ON("online_apply", "/mz/dibao", 1),
    window="社会救助窗口",
    appointment=False, express=False, cross="none",
    legal_basis=["《社会救助暂行办法》第九条至第十三条"],
    result="最低生活保障金",
)

item(
    key="temp_aid", base="481210050000", name="临时救助申请", level="D", dept="minzheng",
    aliases=["临时救助", "遇到急难申请救助", "家里出事了能申请补助吗", "急难救助"],
    type="行政给付", life_events=["社会救助"],
    conditions=[
        "因火灾、交通事故、突发重大疾病等意外事件，导致基本生活暂时出现严重困难的家庭或个人",
        "临时救助金额一般为本市城市低保标准的1至6倍，情况特别严重的可适当提高",
        "情况紧急的，可先行救助，事后补办手续",
        "非本市户籍人员在本市遭遇急难的，可向急难发生地申请",
    ],
    materials=[
        M("居民身份证"),
        M("临时救助申请书", source="政府部门核发"),
        M("遭遇急难的证明材料", note="医疗费用票据、事故证明等"),
    ],
    steps=[
        ("申请", "向乡镇人民政府（街道办事处）或县级民政部门提出申请。"),
        ("审核", "调查核实困难情形，必要时公示。"),
        ("审批发放", "审批后发放临时救助金。"),
    ],
    legal=T(15), promised=T(10, note="急难型临时救助24小时内先行救助"),
    fee=NOFEE,
    online=ON("online_apply", "/mz/lszj", 1),
    window="社会救助窗口",
    appointment=False, express=False, cross="none",
    legal_basis=["《社会救助暂行办法》第四十七条至第五十条"],
    result="临时救助金",
)

item(
    key="gaoling", base="481210060000", name="高龄津贴申领", level="D", extra_regions=["taoyuan"],
    dept="minzheng",
    aliases=["高龄补贴", "老人补贴", "八十岁补贴", "高龄老人津贴", "长寿金"],
    type="行政给付", life_events=["养老"],
    conditions=[
        "具有本市户籍、年满80周岁的老年人",
        "80至89周岁每人每月100元，90至99周岁每人每月300元，100周岁以上每人每月600元",
        "自年满80周岁的次月起发放，按月打入老人本人社会保障卡",
        "老人行动不便的，可由子女或其他亲属代为申请",
    ],
    situations=[("亲属代办", "代办人持老人身份证和代办人本人身份证到社区（村）或便民服务中心申请。")],
    materials=[
        M("老年人居民身份证"),
        M("老年人社会保障卡", note="用于发放津贴"),
        M("代办人居民身份证", situation="亲属代办"),
    ],
    steps=[
        ("申请", "向户籍所在地社区（村）或乡镇（街道）便民服务中心提出申请，也可通过" + APP + "申请。"),
        ("审核", "乡镇（街道）审核后报县级民政部门审批。"),
        ("发放", "审批通过的按月发放。"),
    ],
    legal=T(20), promised=T(10),
    fee=NOFEE,
    online=ON("online_apply", "/mz/gljt", 1),
    window="老龄服务窗口",
    appointment=False, express=False, cross="none",
    legal_basis=["《中华人民共和国老年人权益保障法》第三十三条", "《澄江市高龄津贴发放办法》"],
    result="高龄津贴",
)

item(
    key="funeral", base="481210070000", name="基本殡葬服务费用减免", level="D", dept="minzheng",
    aliases=["惠民殡葬", "火化费减免", "丧葬费减免", "老人去世火化免费吗"],
    type="行政给付", life_events=["身后事"],
    conditions=[
        "本市户籍居民去世后在本市殡仪馆火化的，免除遗体接运、暂存、火化和骨灰寄存1年的基本殡葬服务费用",
        "减免标准每具遗体最高1500元，直接在殡仪馆结算时减免",
        "在外地火化的，丧属可自火化之日起6个月内向逝者户籍所在地民政部门申请补助",
        "丧属可委托他人代为申请",
    ],
    materials=[
        M("逝者居民身份证或户口簿"),
        M("居民死亡医学证明（推断）书", source="政府部门核发"),
        M("经办丧属居民身份证"),
        M("外地火化证明及费用票据", situation="外地火化申请补助"),
    ],
    situations=[("外地火化申请补助", "丧属持火化证明和票据到逝者户籍地民政部门申请。")],
    steps=[
        ("结算减免", "在本市殡仪馆办理火化时出示材料，结算时直接减免。"),
        ("外地补助申请", "在外地火化的向户籍地民政部门提交申请。"),
        ("发放", "审核通过的将补助金打入经办丧属银行账户。"),
    ],
    legal=T(20), promised=T(10),
    fee=NOFEE,
    online=ON("offline_only", "/mz/bz", 1),
    window="社会事务窗口",
    appointment=False, express=False, cross="none",
    legal_basis=["《殡葬管理条例》", "《澄江市惠民殡葬实施办法》"],
    result="基本殡葬服务费用减免",
)

# =============================================================================================
# 医保
# =============================================================================================
item(
    key="yb_enroll", base="481220010000", name="城乡居民基本医疗保险参保登记", level="D", dept="yibao",
    aliases=["居民医保", "新农合", "交医保", "城乡医保参保", "新生儿医保", "给孩子买医保"],
    type="公共服务", life_events=["出生", "医疗"],
    conditions=[
        "未参加职工基本医疗保险的本市户籍居民，以及持本市居住证的非本市户籍居民",
        "2026年度个人缴费标准为每人每年400元",
        "集中缴费期为每年9月1日至12月31日，次年1月1日起享受待遇",
        "新生儿自出生之日起90天内参保缴费的，自出生之日起享受待遇",
        "低保对象、特困人员个人缴费部分由医疗救助资金全额资助",
        "家属可以代为办理参保登记和缴费",
    ],
    situations=[("新生儿参保", "凭出生医学证明即可参保，无需先落户。"),
                ("非本市户籍参保", "持本市居住证在居住地参保。")],
    materials=[
        M("居民身份证或户口簿"),
        M("出生医学证明", situation="新生儿参保", exempt=True, note="本市签发的可共享获取"),
        M("居住证", situation="非本市户籍参保", required=False),
    ],
    steps=[
        ("参保登记", "通过" + APP + "或医保经办窗口办理参保登记。"),
        ("缴费", "登记后通过" + APP + "、银行或税务渠道缴纳个人缴费部分。"),
        ("享受待遇", "缴费成功后按规定享受医保待遇。"),
    ],
    legal=T(5), promised=T(0, note="即时办结"),
    fee=NOFEE,
    online=ON("full_online", "/yb/jmcb", 0),
    window="医保经办窗口",
    appointment=False, express=False, cross="全市通办",
    legal_basis=["《中华人民共和国社会保险法》第二十五条"],
    result="参保登记",
)

item(
    key="yb_remote", base="481220020000", name="异地就医备案", level="C", dept="yibao",
    aliases=["医保异地备案", "去外地看病备案", "异地就医报销备案", "长住外地医保备案"],
    type="公共服务", life_events=["医疗", "养老"],
    halls=[("hall-cj-citizen", "医保综合窗口 D区")],
    conditions=[
        "本市参保人员异地长期居住、异地安置、常驻异地工作或临时外出就医的，可办理备案",
        "异地长期居住人员备案后6个月内不得变更或取消",
        "临时外出就医人员备案有效期为6个月，有效期内可多次就医",
        "已实行跨省通办，可通过国家医保服务平台App办理",
    ],
    situations=[
        ("异地长期居住", "提交居住证明或个人承诺书。"),
        ("临时外出就医", "急诊抢救的可先就医后补办备案。"),
    ],
    materials=[
        M("医保电子凭证或社会保障卡"),
        M("异地就医备案个人承诺书", note="线上办理的在线签署"),
    ],
    steps=[
        ("申请", "通过国家医保服务平台App、" + APP + "或医保窗口申请备案。"),
        ("备案", "系统即时审核，备案成功后短信通知。"),
    ],
    legal=T(0, note="即时办结"), promised=T(0, note="即时办结"),
    fee=NOFEE,
    online=ON("full_online", "/yb/ydjy", 0),
    appointment=False, express=False, cross="跨省通办",
    legal_basis=["《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》"],
    result="异地就医备案",
)

item(
    key="yb_reimburse", base="481220030000", name="医疗费用零星报销", level="D", dept="yibao",
    aliases=["医保手工报销", "医药费报销", "看病票据报销", "异地看病回来报销", "住院费报销"],
    type="行政给付", life_events=["医疗"],
    conditions=[
        "参保人员因急诊、异地就医等原因未能直接结算的医疗费用",
        "应自出院或门诊结算之日起12个月内申请报销",
        "本人无法办理的，可由家属代办，代办人须提供本人身份证",
    ],
    situations=[("家属代办", "代办人持参保人社保卡和本人身份证办理。")],
    materials=[
        M("社会保障卡或医保电子凭证"),
        M("医疗费用发票", note="电子票据可在线核验"),
        M("费用明细清单"),
        M("出院小结或门诊病历"),
        M("代办人居民身份证", situation="家属代办"),
    ],
    steps=[
        ("申请", "通过" + APP + "上传票据照片，或到医保经办窗口提交纸质材料。"),
        ("审核", "医保经办机构审核费用并核算。"),
        ("支付", "审核通过的报销款打入参保人社保卡银行账户。"),
    ],
    legal=T(30), promised=T(20),
    fee=NOFEE,
    online=ON("online_apply", "/yb/lxbx", 1),
    window="医保经办窗口",
    appointment=False, express=False, cross="全市通办",
    legal_basis=["《中华人民共和国社会保险法》第二十九条"],
    result="医疗费用报销款",
)

item(
    key="yb_chronic", base="481220040000", name="门诊慢特病待遇认定", level="D", dept="yibao",
    aliases=["慢性病卡", "办慢病", "门诊特殊病种", "高血压糖尿病报销", "慢特病申请"],
    type="行政确认", life_events=["医疗"],
    conditions=[
        "参保人员患有高血压、糖尿病、恶性肿瘤门诊治疗等本市规定门诊慢特病病种的",
        "须提供二级及以上定点医疗机构出具的诊断证明",
        "认定通过后待遇有效期为2年，期满前可申请复审",
    ],
    materials=[
        M("社会保障卡或医保电子凭证"),
        M("门诊慢特病申请表", source="政府部门核发"),
        M("二级及以上医院诊断证明和检查报告"),
    ],
    steps=[
        ("申请", "在定点医疗机构医保办或医保经办窗口提交申请。"),
        ("认定", "由医保经办机构组织专家审核认定。"),
        ("结果告知", "认定通过的通过短信告知，即可在门诊享受慢特病待遇。"),
    ],
    legal=T(20), promised=T(15),
    fee=NOFEE,
    online=ON("online_apply", "/yb/mtb", 1),
    window="医保经办窗口",
    appointment=False, express=False, cross="全市通办",
    result="门诊慢特病待遇资格",
)

# =============================================================================================
# 人社
# =============================================================================================
item(
    key="sscard", base="481230010000", name="社会保障卡申领", level="D", dept="renshe",
    aliases=["办社保卡", "社保卡丢了", "补办社保卡", "社保卡换卡", "第三代社保卡"],
    type="公共服务", life_events=["出生", "就业"],
    conditions=[
        "已参加本市社会保险的人员可以申领社会保障卡",
        "首次申领免收工本费",
        "未满16周岁的由监护人代为申请，其他人员委托他人代办的须提供委托书",
        "在银行即时制卡网点办理的可当场领卡",
    ],
    situations=[
        ("首次申领", "通过" + APP + "或银行网点申请，邮寄或网点领取。"),
        ("遗失补领", "先通过" + APP + "或拨打咨询电话办理挂失，再申请补领。"),
        ("损坏换领", "交回原卡后申请换领。"),
        ("委托代办", "代办人持委托书、申请人身份证和本人身份证办理。"),
    ],
    materials=[
        M("居民身份证或户口簿"),
        M("数码照片", source="中介机构", required=False, note="即时制卡网点可现场拍照"),
        M("授权委托书", situation="委托代办"),
        M("代办人居民身份证", situation="委托代办"),
    ],
    steps=[
        ("申请", "通过" + APP + "、合作银行网点或人社窗口申请。"),
        ("制卡", "即时制卡网点当场制卡，其他渠道集中制卡。"),
        ("领卡激活", "领卡后到银行网点或通过手机银行激活金融功能。"),
    ],
    legal=T(20), promised=T(15, note="即时制卡网点当场领卡"),
    fee=FEE(("社会保障卡补换工本费", 20, "首次申领免费；《南屿省社会保障卡管理办法》")),
    online=ON("online_apply", "/rs/sbk", 1),
    window="社保综合窗口",
    appointment=False, express=True, cross="全省通办",
    result="社会保障卡",
)

item(
    key="resident_pension", base="481230020000", name="城乡居民基本养老保险参保登记", level="D", dept="renshe",
    aliases=["城乡居民养老保险", "农村养老保险", "新农保", "居民养老保险怎么交", "自己交养老保险"],
    type="公共服务", life_events=["养老"],
    conditions=[
        "年满16周岁（不含在校学生），非国家机关和事业单位工作人员，且未参加职工基本养老保险的本市户籍居民",
        "个人缴费标准设每年200元至6000元共14个档次，多缴多得",
        "政府对参保人缴费给予补贴，选择每年500元及以上档次的补贴不低于每人每年60元",
        "可委托村（居）协办员代为办理参保登记",
    ],
    materials=[M("居民身份证或户口簿")],
    steps=[
        ("登记", "通过" + APP + "或村（社区）协办员、人社窗口办理参保登记。"),
        ("缴费", "选择缴费档次后通过税务渠道缴费。"),
    ],
    legal=T(5), promised=T(0, note="即时办结"),
    fee=NOFEE,
    online=ON("full_online", "/rs/cxjm", 0),
    window="社保综合窗口",
    appointment=False, express=False, cross="全市通办",
    legal_basis=["《国务院关于建立统一的城乡居民基本养老保险制度的意见》"],
    result="参保登记",
)

item(
    key="flex_enroll", base="481230030000", name="灵活就业人员参加职工基本养老保险登记", level="D", dept="renshe",
    aliases=["灵活就业社保", "个人交社保", "自由职业交社保", "以个人身份交社保", "个体户交养老保险"],
    type="公共服务", life_events=["就业"],
    conditions=[
        "年满16周岁、未达到法定退休年龄的无雇工个体工商户、未在用人单位参加社会保险的非全日制从业人员以及其他灵活就业人员",
        "外省户籍人员在本市参保不受户籍限制，取消持居住证的要求",
        "缴费基数在本省上年度全口径城镇单位就业人员平均工资的60%至300%之间自主选择",
        "养老保险缴费比例为20%，全部由个人缴纳",
    ],
    materials=[M("居民身份证")],
    steps=[
        ("登记", "通过" + APP + "或人社窗口办理灵活就业人员参保登记。"),
        ("缴费", "登记后按月或按季通过税务渠道缴费。"),
    ],
    legal=T(5), promised=T(0, note="即时办结"),
    fee=NOFEE,
    online=ON("full_online", "/rs/lhjy", 0),
    window="社保综合窗口",
    appointment=False, express=False, cross="全省通办",
    legal_basis=["《中华人民共和国社会保险法》第十条"],
    result="参保登记",
)

item(
    key="employment_card", base="481230040000", name="《就业创业证》申领", level="D", dept="renshe",
    aliases=["就业创业证", "失业证", "就业失业登记证", "办个就业证"],
    type="公共服务", life_events=["就业"],
    conditions=[
        "在法定劳动年龄内、有劳动能力和就业要求的城乡劳动者",
        "可在常住地公共就业服务机构申领，不受户籍限制",
        "《就业创业证》免费发放，不收取任何费用",
    ],
    materials=[M("居民身份证")],
    steps=[
        ("申请", "通过" + APP + "或公共就业服务窗口申请。"),
        ("发放", "当场发放纸质证，或生成电子《就业创业证》。"),
    ],
    legal=T(5), promised=T(0, note="当场办结"),
    fee=NOFEE,
    online=ON("full_online", "/rs/jycyz", 0),
    window="就业服务窗口",
    appointment=False, express=False, cross="全省通办",
    legal_basis=["《就业服务与就业管理规定》"],
    result="就业创业证",
)

item(
    key="retire_pension", base="481230050000", name="企业职工基本养老保险待遇申领", level="C", dept="renshe",
    aliases=["办退休", "退休手续", "领退休金", "养老金申领", "退休金怎么领", "到龄退休"],
    type="行政给付", life_events=["退休", "养老"],
    halls=[("hall-cj-citizen", "社保综合窗口 C区")] + [(DISTRICT_HALL[k], "社保综合窗口") for k in DISTRICT_KEYS],
    conditions=[
        "达到法定退休年龄",
        "累计缴纳基本养老保险费满15年，从2030年1月起最低缴费年限逐步提高至20年",
        "应在达到退休年龄的当月或次月提出申请",
        "待遇自审批通过的次月起按月发放，打入本人社会保障卡",
    ],
    materials=[
        M("居民身份证"),
        M("社会保障卡"),
        M("本人档案", required=False, note="由用人单位或档案保管机构移交，个人存档的自行调取"),
    ],
    steps=[
        ("申请", "用人单位或本人通过" + APP + "或社保窗口申请。"),
        ("审核", "社保经办机构审核缴费年限和退休年龄。"),
        ("核定待遇", "核定养老金并告知本人。"),
        ("发放", "按月发放养老金。"),
    ],
    legal=T(20), promised=T(10),
    fee=NOFEE,
    online=ON("online_apply", "/rs/tx", 1),
    appointment=True, express=False, cross="全省通办",
    legal_basis=["《中华人民共和国社会保险法》第十六条"],
    result="基本养老金",
)

item(
    key="unemployment", base="481230060000", name="失业保险金申领", level="C", dept="renshe",
    aliases=["领失业金", "失业保险金", "失业了领钱", "被辞退领失业金", "失业补助"],
    type="行政给付", life_events=["失业"],
    halls=[("hall-cj-citizen", "就业服务窗口 C区")] + [(DISTRICT_HALL[k], "就业服务窗口") for k in DISTRICT_KEYS],
    conditions=[
        "失业前用人单位和本人已经缴纳失业保险费满1年",
        "非因本人意愿中断就业",
        "已经进行失业登记，并有求职要求",
        "失业保险金按本市最低工资标准的90%按月发放",
        "应在终止或解除劳动合同之日起60日内申领",
    ],
    materials=[M("居民身份证"), M("社会保障卡"), M("终止或解除劳动合同证明", source="申请人自备", exempt=True, note="用人单位已在系统中办理停保的免交")],
    steps=[
        ("失业登记", "通过" + APP + "或就业服务窗口办理失业登记。"),
        ("申领", "在线申领失业保险金。"),
        ("审核发放", "审核通过的按月发放到社会保障卡。"),
    ],
    legal=T(10), promised=T(5),
    fee=NOFEE,
    online=ON("full_online", "/rs/sybx", 0),
    appointment=False, express=False, cross="全省通办",
    legal_basis=["《中华人民共和国社会保险法》第四十五条", "《失业保险条例》"],
    result="失业保险金",
)

# =============================================================================================
# 公积金（市级，市公积金中心及县管理部）
# =============================================================================================
GJJ_HALLS = [("hall-gjj", "公积金综合柜台"), ("hall-yanshan", "公积金雁山管理部窗口"), ("hall-meixi", "公积金梅溪管理部窗口")]

item(
    key="gjj_buy", base="481240010000", name="购买自住住房提取住房公积金", level="C", dept="gjj",
    aliases=["买房提公积金", "公积金买房提取", "购房提取", "买房子取公积金"],
    type="公共服务", life_events=["购房"],
    halls=GJJ_HALLS,
    conditions=[
        "购买本市或户籍地自住住房的缴存职工及其配偶",
        "应自购房合同网签备案或契税完税之日起2年内申请",
        "提取总额不超过实际支付的购房款",
        "配偶可以同时申请提取，也可委托对方代为办理",
    ],
    situations=[("配偶代办", "配偶持结婚证、双方身份证代为办理。")],
    materials=[
        M("居民身份证"),
        M("购房合同或契税完税凭证", exempt=True, note="本市商品房网签和契税信息可共享获取"),
        M("结婚证", situation="配偶代办"),
    ],
    steps=[
        ("申请", "通过" + APP + "、公积金网厅或柜台提交申请。"),
        ("审核", "公积金中心审核购房信息。"),
        ("划转", "审核通过的提取金额转入本人银行账户。"),
    ],
    legal=T(5), promised=T(3),
    fee=NOFEE,
    online=ON("full_online", "/gjj/gftq", 0),
    appointment=True, express=False, cross="全省通办",
    legal_basis=["《住房公积金管理条例》第二十四条"],
    result="住房公积金提取款",
)

item(
    key="gjj_rent", base="481240020000", name="租赁住房提取住房公积金", level="C", dept="gjj",
    aliases=["租房提公积金", "公积金租房提取", "租房取公积金", "公积金付房租"],
    type="公共服务", life_events=["租房"],
    halls=GJJ_HALLS,
    conditions=[
        "缴存职工及其配偶在本市无自有住房且租房自住",
        "连续足额缴存住房公积金满3个月",
        "每月最高可提取1500元，可按月或按季提取",
        "租住公共租赁住房的，按实际支付的租金提取",
    ],
    materials=[M("居民身份证"), M("租赁合同", required=False, note="租住公租房的提供租赁合同，其他情形无需提供")],
    steps=[
        ("申请", "通过" + APP + "或公积金网厅在线申请，签订按月提取协议。"),
        ("核验", "系统核验本市房产信息。"),
        ("划转", "按约定时间划转到本人银行账户。"),
    ],
    legal=T(3), promised=T(1),
    fee=NOFEE,
    online=ON("full_online", "/gjj/zftq", 0),
    appointment=True, express=False, cross="全省通办",
    legal_basis=["《住房公积金管理条例》第二十四条"],
    result="住房公积金提取款",
)

item(
    key="gjj_retire", base="481240030000", name="离休退休提取住房公积金", level="C", dept="gjj",
    aliases=["退休取公积金", "退休提取公积金", "公积金销户", "退休了公积金怎么取"],
    type="公共服务", life_events=["退休"],
    halls=GJJ_HALLS,
    conditions=[
        "缴存职工已办理离休、退休手续",
        "提取后住房公积金账户余额全部提取并销户",
        "本人无法到场的，可委托他人代办，须提供经公证的委托书",
    ],
    situations=[("委托代办", "代办人持公证委托书、双方身份证办理。")],
    materials=[
        M("居民身份证"),
        M("离退休证明", exempt=True, note="本市社保退休信息可共享获取"),
        M("经公证的授权委托书", situation="委托代办"),
        M("代办人居民身份证", situation="委托代办"),
    ],
    steps=[
        ("申请", "通过" + APP + "或柜台申请。"),
        ("审核", "核验离退休信息。"),
        ("销户划转", "余额本息一次性转入本人银行账户并销户。"),
    ],
    legal=T(5), promised=T(1),
    fee=NOFEE,
    online=ON("full_online", "/gjj/txtq", 0),
    appointment=True, express=False, cross="全省通办",
    legal_basis=["《住房公积金管理条例》第二十四条"],
    result="住房公积金提取款",
)

item(
    key="gjj_loan", base="481240040000", name="住房公积金个人住房贷款", level="C", dept="gjj",
    aliases=["公积金贷款", "用公积金贷款买房", "公积金能贷多少", "公积金贷款额度"],
    type="公共服务", life_events=["购房"],
    halls=GJJ_HALLS,
    conditions=[
        "申请前连续足额缴存住房公积金满6个月",
        "单方缴存的最高贷款额度为50万元，夫妻双方缴存的最高贷款额度为70万元",
        "贷款期限最长30年，且不超过借款人法定退休年龄后5年",
        "购买首套住房的首付款比例不低于20%",
    ],
    materials=[
        M("借款人及配偶居民身份证"),
        M("婚姻状况证明"),
        M("购房合同"),
        M("首付款付款凭证"),
        M("借款人收入证明", note="由工作单位出具"),
    ],
    steps=[
        ("申请", "在受托银行或公积金柜台提交贷款申请。"),
        ("审批", "公积金中心审批贷款额度和期限。"),
        ("签约抵押", "签订借款合同，办理抵押登记。"),
        ("放款", "抵押登记完成后放款。"),
    ],
    legal=T(15), promised=T(10),
    fee=NOFEE,
    online=ON("online_apply", "/gjj/dk", 2),
    appointment=True, express=False, cross="none",
    legal_basis=["《住房公积金管理条例》第二十六条"],
    result="住房公积金贷款",
)

# =============================================================================================
# 不动产（市级）
# =============================================================================================
BDC_HALLS = [("hall-bdc", "不动产登记综合窗口 1-20号")]

item(
    key="bdc_transfer", base="481250010000", name="国有建设用地使用权及房屋所有权转移登记", level="C", dept="bdc",
    aliases=["二手房过户", "房子过户", "买卖过户", "房产证过户", "父母房子过户给子女"],
    type="行政确认", life_events=["购房"],
    halls=BDC_HALLS,
    conditions=[
        "因买卖、赠与、继承、遗赠、互换等导致房屋所有权转移的",
        "买卖双方共同申请，一方不能到场的可委托他人代办，委托书须经公证",
        "涉及的契税、增值税等税费应当先行缴纳",
        "已实行交易、税务、登记“一窗受理”",
    ],
    situations=[
        ("存量房买卖", "买卖双方共同到场申请。"),
        ("继承", "提交继承权公证书或人民法院生效文书。"),
        ("委托代办", "代理人持经公证的委托书和本人身份证办理。"),
    ],
    materials=[
        M("双方居民身份证"),
        M("不动产权证书"),
        M("存量房买卖合同", situation="存量房买卖"),
        M("继承权公证书或生效法律文书", situation="继承"),
        M("经公证的授权委托书", situation="委托代办"),
    ],
    steps=[
        ("申请", "买卖双方到不动产登记综合窗口申请，一窗同时办理交易和缴税。"),
        ("缴税缴费", "缴纳税费和登记费。"),
        ("审核登簿", "登记机构审核后记载于不动产登记簿。"),
        ("领证", "到窗口领取不动产权证书，或选择邮寄。"),
    ],
    legal=T(30), promised=T(3),
    fee=FEE(("不动产登记费（住宅）", "住宅每件80元", "《关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）"),
            ("不动产登记费（非住宅）", "非住宅每件550元", "发改价格规〔2016〕2559号"),
            ("不动产权证书工本费", "每增加一本10元", "发改价格规〔2016〕2559号")),
    online=ON("online_apply", "/bdc/zydj", 1),
    appointment=True, express=True, cross="none",
    legal_basis=["《不动产登记暂行条例》第十四条"],
    result="不动产权证书",
)

item(
    key="bdc_mortgage", base="481250020000", name="不动产抵押登记", level="C", dept="bdc",
    aliases=["房子抵押", "房产抵押登记", "按揭抵押登记", "抵押贷款登记"],
    type="行政确认", life_events=["购房"],
    halls=BDC_HALLS,
    conditions=[
        "以不动产设定抵押担保的，由抵押人和抵押权人共同申请",
        "银行等金融机构可通过“不动产登记+金融服务”在银行网点代为提交申请",
    ],
    materials=[
        M("双方身份证明"),
        M("不动产权证书"),
        M("主债权合同和抵押合同"),
    ],
    steps=[
        ("申请", "在银行网点或登记窗口提交申请。"),
        ("审核登簿", "登记机构审核后登簿。"),
        ("发证", "发放不动产登记证明（电子证明）。"),
    ],
    legal=T(10), promised=T(1),
    fee=FEE(("不动产抵押登记费（住宅）", "住宅每件80元", "发改价格规〔2016〕2559号")),
    online=ON("full_online", "/bdc/dydj", 0),
    appointment=True, express=False, cross="none",
    legal_basis=["《不动产登记暂行条例》", "《中华人民共和国民法典》第四百零二条"],
    result="不动产登记证明",
)

item(
    key="bdc_reissue", base="481250030000", name="不动产权证书补证", level="C", dept="bdc",
    aliases=["房产证丢了", "补办房产证", "不动产证遗失补办", "房本丢了"],
    type="行政确认",
    halls=BDC_HALLS,
    conditions=[
        "不动产权证书遗失、灭失的，权利人可以申请补发",
        "证书损坏的申请换证，无需公告",
    ],
    materials=[M("权利人居民身份证"), M("补证申请书", source="政府部门核发")],
    steps=[
        ("申请", "权利人到登记窗口提交补证申请。"),
        ("公告", "登记机构在门户网站公告遗失声明，公告期15个工作日。"),
        ("补发", "公告期满无异议的补发证书，证书上注明“补发”字样。"),
    ],
    legal=T(30, note="不含公告时间"), promised=T(5, note="不含15个工作日公告期"),
    fee=FEE(("不动产权证书工本费", "每本10元", "发改价格规〔2016〕2559号")),
    online=ON("offline_only", "/bdc/bz", 2),
    appointment=True, express=True, cross="none",
    legal_basis=["《不动产登记暂行条例实施细则》第二十二条"],
    result="不动产权证书（补发）",
)

item(
    key="bdc_query", base="481250040000", name="不动产登记资料查询", level="C", dept="bdc",
    aliases=["查房产", "查名下房产", "无房证明", "房产档案查询", "查询房屋登记信息"],
    type="公共服务", life_events=["购房", "入学"],
    halls=BDC_HALLS,
    conditions=[
        "权利人、利害关系人可以依法查询、复制不动产登记资料",
        "查询本人名下不动产信息的可通过" + APP + "在线查询并下载查询结果",
        "律师、委托代理人查询的须提交委托书",
    ],
    materials=[M("查询人身份证明"), M("委托书", required=False, note="委托查询时提供")],
    steps=[
        ("申请", "在线查询或到窗口填写查询申请表。"),
        ("出具结果", "当场出具查询结果证明。"),
    ],
    legal=T(0, note="当场办结"), promised=T(0, note="当场办结"),
    fee=NOFEE,
    online=ON("online_apply", "/bdc/cx", 1),
    appointment=False, express=False, cross="none",
    legal_basis=["《不动产登记资料查询暂行办法》"],
    result="不动产登记资料查询结果证明",
)

# =============================================================================================
# 市场监管（区县）
# =============================================================================================
item(
    key="geti_new", base="481310010000", name="个体工商户设立登记", level="D", dept="scjg",
    aliases=["办个体营业执照", "开店办执照", "注册个体户", "办营业执照", "摆摊要办执照吗"],
    type="行政许可", life_events=["开办企业"],
    conditions=[
        "有经营能力的自然人，年满18周岁",
        "有固定经营场所，住所不得作为餐饮、娱乐等经营场所",
        "通过" + APP + "全程网办的，电子营业执照即时发放",
        "可以委托他人代为办理，代理人须提交委托书",
    ],
    situations=[("委托代办", "代理人持委托书和本人身份证办理。")],
    materials=[
        M("经营者居民身份证"),
        M("个体工商户登记（备案）申请书", source="政府部门核发", note="在线填写自动生成"),
        M("经营场所使用证明", note="房产证明或租赁合同"),
        M("授权委托书", situation="委托代办"),
    ],
    steps=[
        ("名称自主申报", "在线申报个体工商户名称。"),
        ("提交申请", "通过" + APP + "上传材料，或到市场监管窗口申请。"),
        ("核准发照", "材料齐全的当场核准，发放电子营业执照，纸质执照可邮寄。"),
    ],
    legal=T(15), promised=T(0, note="材料齐全的即时办结"),
    fee=NOFEE,
    online=ON("full_online", "/scjg/gtsl", 0),
    window="市场监管登记窗口",
    appointment=False, express=True, cross="全省通办",
    legal_basis=["《促进个体工商户发展条例》", "《中华人民共和国市场主体登记管理条例》"],
    result="个体工商户营业执照",
)

item(
    key="geti_change", base="481310020000", name="个体工商户变更登记", level="D", dept="scjg",
    aliases=["个体户改经营范围", "营业执照变更", "个体户换地址", "执照改名字", "个体户改名"],
    type="行政许可", life_events=["开办企业"],
    conditions=[
        "个体工商户名称、经营者姓名、经营范围、经营场所等登记事项发生变更的",
        "应自作出变更决定或变更事项发生之日起30日内申请变更登记",
        "经营者变更的，原经营者和新经营者须共同申请",
    ],
    materials=[
        M("经营者居民身份证"),
        M("个体工商户变更登记申请书", source="政府部门核发"),
        M("新经营场所使用证明", situation="经营场所变更"),
    ],
    situations=[("经营场所变更", "提交新场所的产权证明或租赁合同。")],
    steps=[
        ("申请", "通过" + APP + "或窗口提交变更申请。"),
        ("核准", "材料齐全的当场核准。"),
        ("换照", "换发营业执照，电子执照同步更新。"),
    ],
    legal=T(15), promised=T(0, note="材料齐全的即时办结"),
    fee=NOFEE,
    online=ON("full_online", "/scjg/gtbg", 0),
    window="市场监管登记窗口",
    appointment=False, express=True, cross="全省通办",
    legal_basis=["《中华人民共和国市场主体登记管理条例》第二十四条"],
    result="个体工商户营业执照（变更）",
)

item(
    key="geti_cancel", base="481310030000", name="个体工商户注销登记", level="D", dept="scjg",
    aliases=["个体户注销", "营业执照注销", "不干了注销执照", "关店注销个体户"],
    type="行政许可", life_events=["注销"],
    conditions=[
        "个体工商户不再从事经营活动的，应当申请注销登记",
        "存在未结清税款或未办结的行政处罚的，应先处理完毕",
        "未发生债权债务的可适用简易注销，无需公示",
    ],
    materials=[
        M("经营者居民身份证"),
        M("个体工商户注销登记申请书", source="政府部门核发"),
        M("营业执照正副本", note="领取电子营业执照的无需交回纸质执照"),
    ],
    steps=[
        ("清税", "通过电子税务局办理清税。"),
        ("申请", "通过" + APP + "或窗口提交注销申请。"),
        ("核准", "材料齐全的当场核准注销。"),
    ],
    legal=T(15), promised=T(0, note="材料齐全的即时办结"),
    fee=NOFEE,
    online=ON("full_online", "/scjg/gtzx", 0),
    window="市场监管登记窗口",
    appointment=False, express=False, cross="全省通办",
    legal_basis=["《中华人民共和国市场主体登记管理条例》第三十一条"],
    result="准予注销登记通知书",
)

FOOD_COMMON_BASIS = ["《中华人民共和国食品安全法》第三十五条", "《食品经营许可和备案管理办法》"]

item(
    key="food_new", base="481310040000", name="食品经营许可（新办）", level="D", dept="scjg",
    aliases=["办食品经营许可证", "开饭店办许可证", "餐饮许可证", "开小吃店要什么证", "卖熟食许可证"],
    type="行政许可", life_events=["开办企业"],
    objects=["natural_person", "legal_person"],
    conditions=[
        "已取得营业执照的个体工商户、企业等市场主体",
        "具有与经营的食品品种、数量相适应的经营场所，并与有毒、有害场所保持规定距离",
        "仅销售预包装食品的，无需办理许可，办理备案即可",
        "食品经营许可证有效期为5年",
    ],
    materials=[
        M("食品经营许可申请书", source="政府部门核发", note="在线填写自动生成"),
        M("营业执照", exempt=True, note="通过市场主体登记信息共享获取"),
        M("经营场所平面图和设备布局、工艺流程图"),
        M("食品安全管理制度文本"),
    ],
    steps=[
        ("申请", "通过" + APP + "或市场监管窗口提交申请。"),
        ("受理", "材料齐全的当场受理。"),
        ("现场核查", "需要核查的，由监管人员到经营场所现场核查。"),
        ("发证", "核查合格的发放许可证，可选择邮寄。"),
    ],
    legal=T(10), promised=T(5, note="承诺制审批的当场发证，3个月内现场核查"),
    fee=NOFEE,
    online=ON("online_apply", "/scjg/spjy", 1),
    window="市场监管登记窗口",
    appointment=False, express=True, cross="none",
    legal_basis=FOOD_COMMON_BASIS,
    result="食品经营许可证",
)

item(
    key="food_renew", base="481310050000", name="食品经营许可（延续）", level="D", dept="scjg",
    aliases=["食品经营许可证到期", "食品许可证延期", "食品经营许可证续期"],
    type="行政许可", life_events=["开办企业"],
    objects=["natural_person", "legal_person"],
    conditions=[
        "食品经营者需要延续许可有效期的，应当在有效期届满前90个工作日至15个工作日期间提出申请",
        "经营条件未发生变化的，可以适用告知承诺，当场延续",
    ],
    materials=[
        M("食品经营许可延续申请书", source="政府部门核发"),
        M("原食品经营许可证", note="电子证书无需提交"),
    ],
    steps=[
        ("申请", "通过" + APP + "或窗口提交延续申请。"),
        ("审查", "必要时现场核查。"),
        ("发证", "准予延续的换发新证，证书编号不变。"),
    ],
    legal=T(10), promised=T(3),
    fee=NOFEE,
    online=ON("full_online", "/scjg/spjyyx", 0),
    window="市场监管登记窗口",
    appointment=False, express=True, cross="none",
    legal_basis=FOOD_COMMON_BASIS,
    result="食品经营许可证",
)

item(
    key="food_cancel", base="481310060000", name="食品经营许可（注销）", level="D", dept="scjg",
    aliases=["食品经营许可证注销", "不开店了注销食品许可证"],
    type="行政许可",
    objects=["natural_person", "legal_person"],
    conditions=[
        "食品经营者终止食品经营、食品经营许可被撤回撤销或营业执照被注销的，应当在30个工作日内申请注销",
        "营业执照注销时可一并申请注销食品经营许可",
    ],
    materials=[M("食品经营许可注销申请书", source="政府部门核发"), M("原食品经营许可证", note="遗失的提交遗失声明")],
    steps=[("申请", "通过" + APP + "或窗口提交注销申请。"), ("注销", "当场办理注销。")],
    legal=T(10), promised=T(0, note="当场办结"),
    fee=NOFEE,
    online=ON("full_online", "/scjg/spjyzx", 0),
    window="市场监管登记窗口",
    appointment=False, express=False, cross="none",
    legal_basis=FOOD_COMMON_BASIS,
    result="食品经营许可注销",
)

item(
    key="company_new", base="481310070000", name="有限责任公司设立登记", level="C", dept="scjg",
    aliases=["注册公司", "开公司", "办公司营业执照", "成立有限公司"],
    type="行政许可", life_events=["开办企业"], objects=["legal_person", "natural_person"],
    halls=[("hall-cj-citizen", "企业开办专区 A区")],
    conditions=[
        "股东人数为1人以上50人以下",
        "全体股东认缴的出资额应当自公司成立之日起5年内缴足",
        "通过企业开办“一网通办”平台可同时办理营业执照、公章刻制、发票申领和社保登记",
    ],
    materials=[
        M("公司登记（备案）申请书", source="政府部门核发"),
        M("公司章程"),
        M("股东主体资格证明"),
        M("法定代表人、董事、监事和经理的任职文件"),
        M("住所使用证明"),
    ],
    steps=[
        ("名称申报", "在企业开办平台自主申报名称。"),
        ("提交申请", "在线填报并电子签名。"),
        ("核准发照", "1个工作日内核准，发放电子营业执照。"),
    ],
    legal=T(3), promised=T(1),
    fee=NOFEE,
    online=ON("full_online", "/scjg/qykb", 0),
    appointment=True, express=True, cross="全省通办",
    legal_basis=["《中华人民共和国公司法》", "《中华人民共和国市场主体登记管理条例》"],
    result="营业执照",
)

# =============================================================================================
# 税务（市级）
# =============================================================================================
item(
    key="iit", base="481320010000", name="个人所得税综合所得年度汇算", level="C", dept="tax",
    aliases=["个税汇算", "个税退税", "个人所得税退税", "个税年度汇算清缴", "退个税"],
    type="行政征收",
    halls=[("hall-tax", "个税服务专区")],
    conditions=[
        "纳税人取得综合所得需要办理年度汇算的，应在取得所得的次年3月1日至6月30日内办理",
        "年度综合所得收入不超过12万元且需要补税的，或者年度汇算补税金额不超过400元的，无需办理",
        "纳税人可以委托扣缴义务人或者其他单位和个人代为办理",
    ],
    materials=[M("居民身份证"), M("银行卡", required=False, note="申请退税的须填报本人银行账户")],
    steps=[
        ("填报", "通过个人所得税App或自然人电子税务局填报年度汇算。"),
        ("退补税", "需要补税的在线缴纳，申请退税的提交退税申请。"),
        ("审核退税", "税务机关审核后办理退税。"),
    ],
    legal=T(0, note="申报即时办结"), promised=T(0, note="申报即时办结"),
    fee=NOFEE,
    online=ON("full_online", "/tax/gshs", 0),
    appointment=True, express=False, cross="跨省通办",
    legal_basis=["《中华人民共和国个人所得税法》第十一条"],
    result="年度汇算申报",
)

item(
    key="deed_tax", base="481320020000", name="契税申报（个人购买住房）", level="C", dept="tax",
    aliases=["交契税", "买房契税", "契税怎么算", "契税税率", "买房交税"],
    type="行政征收", life_events=["购房"],
    halls=[("hall-bdc", "税务窗口 21-26号"), ("hall-tax", "综合窗口")],
    conditions=[
        "在本市购买住房的个人，应在办理不动产登记前申报缴纳契税",
        "购买家庭唯一住房，面积为140平方米及以下的按1%税率缴纳，140平方米以上的按1.5%缴纳",
        "购买家庭第二套住房，面积为140平方米及以下的按1%税率缴纳，140平方米以上的按2%缴纳",
    ],
    materials=[M("购房人居民身份证"), M("购房合同", exempt=True, note="网签合同信息共享获取"), M("家庭住房情况查询结果", exempt=True, note="由系统共享查询")],
    steps=[
        ("申报", "在不动产登记中心税务窗口一窗申报，或通过电子税务局申报。"),
        ("缴税", "通过银行卡、扫码等方式缴纳税款。"),
        ("开具完税证明", "缴税后开具完税证明。"),
    ],
    legal=T(0, note="即时办结"), promised=T(0, note="即时办结"),
    fee=NOFEE,
    online=ON("online_apply", "/tax/qs", 1),
    appointment=True, express=False, cross="none",
    legal_basis=["《中华人民共和国契税法》"],
    result="契税完税证明",
)

# =============================================================================================
# 教育
# =============================================================================================
item(
    key="school_enroll", base="481410010000", name="义务教育阶段新生入学报名", level="D", dept="jiaoyu",
    aliases=["小学报名", "一年级报名", "上小学", "初一报名", "孩子上学报名", "随迁子女入学"],
    type="公共服务", life_events=["入学"],
    conditions=[
        "小学一年级招收当年8月31日前年满6周岁的适龄儿童",
        "本市户籍儿童按户籍和住房所在学区入学",
        "随迁子女入学的，父母一方须持本市有效居住证并在本市连续缴纳社会保险满1年",
        "网上报名时间为每年6月10日至6月20日",
    ],
    situations=[
        ("本市户籍入学", "按户籍和房产信息网上报名。"),
        ("随迁子女入学", "提交居住证和社保缴纳证明，由教育部门统筹安排学位。"),
    ],
    materials=[
        M("儿童户口簿或出生医学证明"),
        M("监护人居民身份证"),
        M("房产证明或租赁合同"),
        M("父母一方居住证", situation="随迁子女入学"),
        M("社保缴纳证明", situation="随迁子女入学", exempt=True, note="系统共享核验"),
    ],
    steps=[
        ("网上报名", "在报名时间内通过“澄江入学”平台填报信息。"),
        ("审核", "教育部门会同公安、不动产部门审核信息。"),
        ("公布结果", "7月下旬公布录取结果，发送入学通知。"),
    ],
    legal=T(30), promised=T(20),
    fee=NOFEE,
    online=ON("online_apply", "/jy/rx", 1),
    window="教育服务窗口",
    appointment=False, express=False, cross="none",
    legal_basis=["《中华人民共和国义务教育法》第十二条"],
    result="入学通知书",
)

item(
    key="teacher_cert", base="481410020000", name="教师资格认定", level="C", dept="jiaoyu",
    aliases=["教师资格证认定", "考了教资怎么认定", "教资认定", "认定教师资格证"],
    type="行政许可",
    halls=[("hall-cj-citizen", "教育服务窗口 B区")],
    conditions=[
        "中小学教师资格考试合格，取得合格证明且在有效期内",
        "普通话水平达到二级乙等及以上，申请语文学科的须达到二级甲等及以上",
        "认定机构每年春季、秋季各开展1次认定",
        "须在指定医院体检合格",
    ],
    materials=[
        M("居民身份证"),
        M("学历证书", exempt=True, note="学信网可核验的免交"),
        M("普通话水平测试等级证书", exempt=True, note="电子证书可核验的免交"),
        M("体检表", source="中介机构"),
    ],
    steps=[
        ("网上申报", "在中国教师资格网申报。"),
        ("现场确认", "按通知到认定机构确认材料。"),
        ("审核", "认定机构审核并公布结果。"),
        ("领证", "到窗口领取教师资格证书或邮寄。"),
    ],
    legal=T(30), promised=T(30),
    fee=NOFEE,
    online=ON("online_apply", "/jy/jszg", 1),
    appointment=False, express=True, cross="none",
    legal_basis=["《教师资格条例》", "《〈教师资格条例〉实施办法》"],
    result="教师资格证书",
)

# =============================================================================================
# 残联
# =============================================================================================
item(
    key="disability_card", base="481420010000", name="残疾人证新办", level="D", dept="canlian",
    aliases=["办残疾证", "残疾人证", "评残", "残疾鉴定办证", "第三代残疾人证"],
    type="行政确认",
    conditions=[
        "本市户籍的视力、听力、言语、肢体、智力、精神及多重残疾人",
        "须在残联指定的评定医院进行残疾评定",
        "智力、精神残疾人及未满16周岁的，由监护人代为申请",
        "残疾评定费用由残联承担，申请人无需支付",
    ],
    situations=[("监护人代办", "监护人持本人身份证和监护关系证明代为申请。")],
    materials=[
        M("申请人居民身份证或户口簿"),
        M("近期2寸白底免冠照片", copies=2),
        M("监护人居民身份证", situation="监护人代办"),
    ],
    steps=[
        ("申请", "通过" + APP + "或全国残疾人证网办平台申请，也可到户籍地残联窗口申请。"),
        ("评定", "到指定医院进行残疾评定。"),
        ("审核", "县级残联审核评定结果。"),
        ("发证", "审核通过的制发残疾人证，可选择邮寄。"),
    ],
    legal=T(30), promised=T(20, note="不含残疾评定时间"),
    fee=NOFEE,
    online=ON("online_apply", "/cl/cjrz", 2),
    window="残联服务窗口",
    appointment=False, express=True, cross="跨省通办",
    legal_basis=["《中华人民共和国残疾人保障法》", "《中华人民共和国残疾人证管理办法》"],
    result="中华人民共和国残疾人证",
)

item(
    key="disability_subsidy", base="481420020000", name="困难残疾人生活补贴和重度残疾人护理补贴申请", level="D", dept="canlian",
    aliases=["残疾人两项补贴", "残疾人护理补贴", "残疾人生活补贴", "重度残疾补贴"],
    type="行政给付",
    conditions=[
        "困难残疾人生活补贴对象为持证的低保家庭残疾人，补贴标准为每人每月90元",
        "重度残疾人护理补贴对象为持证的一级、二级残疾人，一级每人每月150元，二级每人每月100元",
        "审核结果在申请人所在村（居）公示5天",
        "可由残疾人的监护人或近亲属代为申请",
    ],
    materials=[M("第三代残疾人证"), M("居民身份证或户口簿"), M("社会保障卡", note="用于发放补贴")],
    steps=[
        ("申请", "向户籍所在地乡镇（街道）或通过" + APP + "提出申请。"),
        ("审核公示", "乡镇（街道）审核后公示。"),
        ("审定发放", "县级残联、民政部门审定，自受理申请之月起发放。"),
    ],
    legal=T(20), promised=T(15),
    fee=NOFEE,
    online=ON("online_apply", "/cl/lxbt", 1),
    window="残联服务窗口",
    appointment=False, express=False, cross="跨省通办",
    legal_basis=["《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》"],
    result="残疾人两项补贴",
)

# =============================================================================================
# 卫健
# =============================================================================================
item(
    key="birth_planning", base="481430010000", name="生育登记", level="D", dept="weijian",
    aliases=["准生证", "生育服务证", "怀孕登记", "生二胎登记", "生育服务登记"],
    type="公共服务", life_events=["出生"],
    conditions=[
        "夫妻生育子女的，实行生育登记服务制度，不再审批",
        "夫妻任何一方户籍或居住地在本市的，可以在本市登记",
        "可在孕前、孕期或子女出生后办理",
    ],
    materials=[M("夫妻双方居民身份证"), M("结婚证", exempt=True, note="本省婚姻登记信息共享获取")],
    steps=[("在线登记", "通过" + APP + "“生育登记”填报信息。"), ("生成凭证", "即时生成电子生育登记凭证。")],
    legal=T(0, note="即时办结"), promised=T(0, note="即时办结"),
    fee=NOFEE,
    online=ON("full_online", "/wj/sydj", 0),
    window="卫生健康服务窗口",
    appointment=False, express=False, cross="全省通办",
    legal_basis=["《中华人民共和国人口与计划生育法》", "《南屿省人口与计划生育条例》"],
    result="生育登记凭证",
)

item(
    key="fp_reward", base="481430020000", name="农村部分计划生育家庭奖励扶助申请", level="D", dept="weijian",
    aliases=["计生奖励扶助", "独生子女奖励", "计划生育奖励金", "农村独生子女父母奖励", "两女户奖励"],
    type="行政给付",
    conditions=[
        "本人及配偶均为农业户口或界定为农村居民，1973年至2021年期间只生育1个子女或2个女孩",
        "本人年满60周岁",
        "奖励扶助金为每人每年1200元，按年发放到本人社会保障卡",
        "申请结果在村务公开栏公示10天",
    ],
    materials=[M("居民身份证"), M("户口簿"), M("结婚证或婚姻状况证明"), M("子女情况证明")],
    steps=[
        ("申请", "每年1月至3月向户籍所在村（居）提出申请。"),
        ("审核公示", "乡镇审核并公示。"),
        ("确认发放", "县级卫生健康部门确认后发放。"),
    ],
    legal=T(60), promised=T(40),
    fee=NOFEE,
    online=ON("offline_only", "/wj/jlfz", 1),
    window="卫生健康服务窗口",
    appointment=False, express=False, cross="none",
    legal_basis=["《农村部分计划生育家庭奖励扶助制度试点方案》"],
    result="奖励扶助金",
)

item(
    key="migrant_marriage", base="481430030000", name="流动人口婚育证明开具", level=["fengqi"], dept="weijian",
    status="revoked",
    aliases=["流动人口婚育证明", "婚育证明", "开婚育证明"],
    type="公共服务",
    conditions=[
        "本事项已取消：流动人口婚育证明不再开具，婚育情况改为通过部门信息共享核查",
        "育龄流动人口离开户籍地前应办理婚育证明",
    ],
    materials=[M("居民身份证"), M("结婚证"), M("一寸照片", copies=2)],
    steps=[("申请", "到户籍地乡镇计生办申请。")],
    legal=T(5), promised=T(3),
    fee=NOFEE,
    online=ON("offline_only", "/wj/hyzm", 1),
    window="卫生健康服务窗口", appointment=False, express=False, cross="none",
    updated="2023-11-15",
)

# =============================================================================================
# 住建、人才、农业（市级）
# =============================================================================================
item(
    key="public_rental", base="481440010000", name="公共租赁住房保障申请", level="C", dept="zhujian",
    aliases=["申请公租房", "廉租房", "公租房排队", "政府租房", "保障房申请"],
    type="行政给付", life_events=["租房"],
    halls=[("hall-cj-citizen", "住房保障窗口 B区")],
    conditions=[
        "本市城区户籍满3年，或持本市居住证并连续缴纳社会保险满2年",
        "家庭人均月收入低于2000元",
        "家庭人均住房建筑面积低于15平方米",
        "审核结果在市住建局门户网站公示15天",
        "公租房租金按同地段市场租金的70%收取",
    ],
    materials=[
        M("家庭成员居民身份证、户口簿"),
        M("公共租赁住房申请表", source="政府部门核发"),
        M("家庭收入证明"),
        M("居住证", situation="非本市户籍申请"),
    ],
    situations=[("非本市户籍申请", "提交居住证和社保缴纳证明。")],
    steps=[
        ("申请", "通过" + APP + "或住房保障窗口提交申请。"),
        ("审核", "街道初审，住建部门复审。"),
        ("公示", "审核结果公示15天。"),
        ("轮候配租", "公示无异议的进入轮候，按顺序配租。"),
    ],
    legal=T(30), promised=T(25),
    fee=NOFEE,
    online=ON("online_apply", "/zj/gzf", 2),
    appointment=True, express=False, cross="none",
    legal_basis=["《公共租赁住房管理办法》"],
    result="公共租赁住房保障资格",
)

item(
    key="grad_subsidy", base="481450010000", name="高校毕业生生活补贴申领", level="C", dept="rencai",
    aliases=["大学生补贴", "毕业生生活补贴", "人才补贴", "硕士补贴", "博士生活补贴", "人才生活补贴"],
    type="行政给付", life_events=["就业"],
    halls=[("hall-cj-citizen", "人才服务窗口 B区")],
    conditions=[
        "毕业3年内的全日制普通高校毕业生，首次在本市就业创业",
        "与本市用人单位签订1年以上劳动合同并连续缴纳社会保险满3个月",
        "博士每人每月3000元，硕士每人每月1500元，本科每人每月1000元，专科每人每月500元",
        "补贴按月发放，最长发放36个月",
    ],
    materials=[M("居民身份证"), M("毕业证书", exempt=True, note="学信网可核验的免交"), M("劳动合同")],
    steps=[
        ("申请", "通过" + APP + "“人才服务”专区提交申请。"),
        ("审核", "人才服务中心审核学历和社保缴纳情况。"),
        ("发放", "审核通过的按月发放到本人社会保障卡。"),
    ],
    legal=T(20), promised=T(15),
    fee=NOFEE,
    online=ON("online_apply", "/rc/btsl", 1),
    appointment=False, express=False, cross="none",
    legal_basis=["《澄江市高校毕业生来澄就业创业补贴办法》"],
    result="生活补贴",
)

FARM_COND_BASE = [
    "从事农业生产的个人和农业生产经营组织购买补贴范围内农业机械的",
    "实行先购买后补贴、县级结算、直补到卡（户）",
]
item(
    key="farm_machine", base="481460010000", name="农业机械购置补贴申请", level="C", dept="nongye",
    aliases=["农机补贴", "买拖拉机补贴", "收割机补贴", "买农机有补贴吗", "农机购置补贴"],
    type="行政给付", life_events=["农业生产"],
    halls=[("hall-cj-citizen", "农业服务窗口"), ("hall-yanshan", "农业农村服务窗口"), ("hall-meixi", "农业农村服务窗口")],
    conditions=FARM_COND_BASE + [
        "补贴额按省级公布的补贴额一览表执行，一般机具单机补贴限额不超过5万元",
        "应在购机之日起当年内提出申请",
    ],
    materials=[M("购机人居民身份证"), M("购机发票"), M("农机具铭牌照片", note="在线申请时上传人机合影和铭牌照片")],
    steps=[
        ("购机", "在补贴范围内自主选机购机。"),
        ("申请", "通过南屿农机补贴App或到县级农业农村部门提交申请。"),
        ("核验公示", "县级农业农村部门核验并在网上公示补贴信息。"),
        ("兑付", "补贴资金直接打入购机人银行账户。"),
    ],
    legal=T(30), promised=T(20),
    fee=NOFEE,
    online=ON("online_apply", "/ny/njbt", 1),
    appointment=False, express=False, cross="none",
    legal_basis=["《中华人民共和国农业机械化促进法》第二十七条"],
    result="农机购置补贴资金",
    revoked_variant={
        "region": "meixi",
        "conditions": FARM_COND_BASE + [
            "本县原办法已废止，改为执行市级统一的农机购置补贴办理规定",
            "补贴标准为购机价格的30%，单台最高补贴3万元",
        ],
        "updated": "2024-02-01",
    },
)

item(
    key="homestead", base="481460020000", name="农村村民宅基地和建房（规划许可）申请", level=["yanshan", "meixi", "taoyuan"], dept="nongye",
    aliases=["农村建房审批", "盖房子审批", "宅基地申请", "农村自建房手续", "申请宅基地"],
    type="行政许可",
    conditions=[
        "本集体经济组织成员，一户只能拥有一处宅基地",
        "宅基地面积每户不超过150平方米",
        "出卖、出租、赠与住宅后，再申请宅基地的不予批准",
        "申请经村民小组会议讨论通过后，在本村公示不少于5个工作日",
    ],
    materials=[
        M("农村宅基地和建房（规划许可）申请表", source="政府部门核发"),
        M("户口簿和家庭成员身份证"),
        M("建房设计图或通用图", note="可选用县级免费提供的通用图"),
    ],
    steps=[
        ("申请", "向村民小组提出书面申请。"),
        ("村级审查", "村民小组讨论通过并公示，村级组织审查。"),
        ("乡镇审批", "乡镇人民政府联审后核发批准书和乡村建设规划许可证。"),
        ("验收", "建房完工后申请乡镇验收。"),
    ],
    legal=T(20), promised=T(15),
    fee=NOFEE,
    online=ON("offline_only", "/ny/zjd", 2),
    window="农村建房服务窗口",
    appointment=False, express=False, cross="none",
    legal_basis=["《中华人民共和国土地管理法》第六十二条"],
    result="农村宅基地批准书、乡村建设规划许可证",
)

# =============================================================================================
# FAQ (12345 hotline knowledge base)
# =============================================================================================
FAQ = [
    {"id": "faq-passport-urgent", "questions": ["护照可以加急吗？", "出国急用护照怎么办？", "护照最快几天拿到？"],
     "answer": "因出国奔丧、探望危重病人、紧急商务等急事需要出境的，可在申请时提出加急，并提交相应证明材料。加急的一般在3个工作日内制发证件。无需提交证明的普通申请按7个工作日办结。",
     "dept": "crj", "updated": "2026-01-15"},
    {"id": "faq-gjj-loan-amount", "questions": ["公积金贷款额度怎么算？", "公积金最多能贷多少？"],
     "answer": "公积金贷款额度按账户余额、缴存基数、还款能力和所购住房价格分别计算，取其中最低值。单方缴存的最高贷款额度为50万元，夫妻双方缴存的最高贷款额度为70万元。购买绿色建筑住房的，最高额度可上浮10%。",
     "dept": "gjj", "updated": "2026-02-20"},
    {"id": "faq-dibao-tekun", "questions": None,
     "answer": "低保和特困供养是两项不同的社会救助。低保面向家庭人均收入低于低保标准的家庭，按差额发放低保金。特困供养面向无劳动能力、无生活来源、无法定赡养抚养扶养义务人的老年人、残疾人和未成年人，由政府提供基本生活和照料护理。已纳入特困供养的人员不再重复享受低保。特困人员基本生活标准不低于当地低保标准的1.3倍。",
     "dept": "minzheng", "updated": "2026-01-08"},
    {"id": "faq-yb-fee-2026", "questions": ["居民医保今年交多少钱？", "城乡居民医保缴费标准是多少？", "医保什么时候交？"],
     "answer": "2026年度城乡居民医保个人缴费标准为每人每年400元，集中缴费期为2025年9月1日至12月31日。可通过澄e办App、银行网点或税务渠道缴纳。低保对象、特困人员个人缴费部分由医疗救助资金全额资助。",
     "dept": "yibao", "updated": "2025-09-01"},
    {"id": "faq-yb-fee-2025", "questions": ["居民医保今年交多少钱？", "2025年居民医保缴费标准"],
     "answer": "2025年度城乡居民医保个人缴费标准为每人每年380元，集中缴费期为2024年9月1日至12月31日。",
     "dept": "yibao", "updated": "2024-09-01", "status": "revoked"},
    {"id": "faq-gjj-rent-old", "questions": ["租房提取公积金每月能取多少？", "租房提取额度是多少？"],
     "answer": "无房职工租房提取住房公积金的，每月最高可提取1200元，每年可提取1次。",
     "dept": "gjj", "updated": "2024-03-01", "status": "revoked"},
    {"id": "faq-inspection-exempt", "questions": None,
     "answer": "非营运小型微型载客汽车注册登记之日起6年以内的免予上线检验，第2年、第4年通过交管12123申领电子检验标志即可。第6年、第10年须到检验机构上线检验。超过10年的每年检验1次，超过15年的每半年检验1次。面包车不适用免检政策。检验周期届满前3个月内可以申请检验。",
     "dept": "cheguan", "updated": "2026-02-10"},
    {"id": "faq-newborn-yb", "questions": ["新生儿怎么办医保？", "宝宝刚出生能报销医保吗？", "小孩出生多久内要交医保？"],
     "answer": "新生儿凭出生医学证明即可参加城乡居民医保，无需先落户。出生之日起90天内参保缴费的，出生之日起发生的医疗费用可按规定报销。超过90天参保的，自缴费次月起享受待遇。可通过澄e办App出生一件事专区一并办理。",
     "dept": "yibao", "updated": "2026-01-20"},
    {"id": "faq-license-other-city", "questions": ["外地驾照能在澄江换证吗？", "驾照在外省考的到期了怎么办？"],
     "answer": "驾驶证期满换证、补领已实行全国通办，外省核发的驾驶证可在澄江市车管所或雁山县车管分所直接办理，无需回原发证地。也可以在交管12123上申请，证件邮寄到家。年满60周岁的须先到医院体检。",
     "dept": "cheguan", "updated": "2026-02-10"},
    {"id": "faq-school-points", "questions": None,
     "answer": "随迁子女入学不实行积分排名。父母一方持有本市有效居住证，并在本市连续缴纳社会保险满1年的，可在居住地所属学区报名，由区县教育局统筹安排公办学校或政府购买学位的民办学校就读。居住证签注过期的，请在报名前完成签注。报名时社保缴纳月数计算截至当年5月31日。",
     "dept": "jiaoyu", "updated": "2026-03-01"},
    {"id": "faq-sscard-activate", "questions": ["社保卡怎么激活？", "社保卡金融功能怎么开通？", "新社保卡要激活吗？"],
     "answer": "社保卡领卡后须激活金融功能才能用于领取养老金、补贴等。可持卡和身份证到卡面所示合作银行任一网点激活，也可在该银行手机App中激活。社保功能无需激活，领卡即可使用。激活时设置6位数字交易密码。",
     "dept": "renshe", "updated": "2026-01-05"},
    {"id": "faq-unemployment-period", "questions": None,
     "answer": "失业保险金的领取期限按累计缴费时间确定：累计缴费满1年不满5年的，最长领取12个月；满5年不满10年的，最长领取18个月；10年以上的，最长领取24个月。领取期间由失业保险基金代缴基本医疗保险费，个人不缴费。重新就业、应征服兵役或享受基本养老保险待遇的，停止领取。",
     "dept": "renshe", "updated": "2026-02-01"},
    {"id": "faq-bdc-fee", "questions": ["房产过户要交多少登记费？", "不动产登记费怎么收？"],
     "answer": "住宅类不动产登记费每件80元，含1本不动产权证书，每增加1本收取工本费10元。非住宅每件550元。小微企业申请不动产登记免收登记费。契税、个人所得税等税款另行计算，不属于登记费。",
     "dept": "bdc", "updated": "2026-01-12"},
    {"id": "faq-iit-refund", "questions": ["个税退税多久到账？", "个税汇算退税什么时候到？"],
     "answer": "个人所得税年度汇算提交退税申请后，税务机关审核通过的一般在10个工作日内将退税款退至本人银行账户。可在个人所得税App“服务-申报查询”中查看退税进度。退税被退回的请检查银行卡状态后重新提交。",
     "dept": "tax", "updated": "2026-03-01"},
    {"id": "faq-hotline-scope", "questions": None,
     "answer": "澄江市12345政务服务便民热线24小时受理企业和群众的咨询、求助、投诉、举报和建议。涉及政务服务事项办理的，可转接相关部门咨询电话。紧急警情请拨打110，火警119，急救120。对办事窗口服务态度、办理超时等问题的投诉，热线将在1个工作日内转交责任单位，5个工作日内答复。",
     "dept": "zhenfu", "updated": "2026-01-01"},
    {"id": "faq-marriage-ceremony", "questions": ["结婚登记可以选日子吗？", "520能领证吗？", "领结婚证有颁证仪式吗？"],
     "answer": "结婚登记可在澄e办App提前7天预约日期和时段。5月20日、七夕等特殊日期周末遇到的，婚姻登记处会安排加班办理，具体以当年公告为准。各区县婚姻登记处设有颁证大厅，可免费申请集体或个人颁证仪式。",
     "dept": "minzheng", "updated": "2026-02-14"},
    {"id": "faq-weekend-service", "questions": ["周末能办业务吗？", "周六政务中心开门吗？", "上班没时间怎么办事？"],
     "answer": "澄江市市民服务中心周六上午9:00至12:00开放社保、医保、公积金综合受理窗口。澄湖区政务服务中心每周三延时服务至19:00，仅限户政、社保窗口。柳岸区政务服务中心每月最后一个周六上午提供预约服务。其他事项可通过澄e办App网上办理。",
     "dept": "zhenfu", "updated": "2026-02-01"},
    {"id": "faq-residence-points", "questions": None,
     "answer": "居住证持有人在本市享有劳动就业、参加社会保险、缴存住房公积金、子女义务教育等基本公共服务，以及办理出入境证件、机动车登记、申领驾驶证等便利。居住证持有人可在居住地换领、补领居民身份证。居住证逾期未签注的，暂停享受相关服务，签注后恢复。",
     "dept": "gongan", "updated": "2026-01-18"},
]

# =============================================================================================
# Bundles
# =============================================================================================
BUNDLES = [
    {"id": "bundle-newborn", "name": "新生儿出生一件事",
     "aliases": ["宝宝出生要办哪些证", "生孩子后办什么手续", "新生儿一件事", "出生一件事"],
     "description": "新生儿出生后，通过澄e办App“出生一件事”专区一次提交，联办出生登记（入户）、城乡居民医保参保登记和社会保障卡申领，无需分别跑公安、医保、人社窗口。",
     "items": ["birth_reg", "yb_enroll", "sscard"],
     "order_note": "先办出生登记入户，再凭出生医学证明或户口信息参加城乡居民医保，参保后申领社会保障卡；出生之日起90天内参保缴费的自出生之日起享受医保待遇。"},
    {"id": "bundle-retire", "name": "退休一件事",
     "aliases": ["退休要办哪些手续", "办退休一次办好", "退休一件事"],
     "description": "职工达到法定退休年龄时，一次申请联办企业职工基本养老保险待遇申领和离休退休提取住房公积金；退休后到外地长期居住的，可同时办理异地就医备案。",
     "items": ["retire_pension", "gjj_retire", "yb_remote"],
     "order_note": "先办养老保险待遇申领，退休信息生效后即可提取公积金并销户；异地就医备案可随时办理。"},
    {"id": "bundle-snack", "name": "开办餐饮小店一件事",
     "aliases": ["开饭店要办哪些手续", "开小吃店一件事", "开餐馆办证", "开奶茶店要办什么"],
     "description": "开办餐饮类个体小店，一次提交即可联办个体工商户设立登记和食品经营许可，证照同步发放。",
     "items": ["geti_new", "food_new"],
     "order_note": "先取得营业执照，食品经营许可申请中营业执照信息自动共享；两项可在澄e办App一次提交。"},
    {"id": "bundle-house", "name": "二手房买卖一件事",
     "aliases": ["买二手房要办哪些手续", "二手房交易流程", "卖房子要办什么", "二手房一件事"],
     "description": "买卖二手房时，在不动产登记中心一窗联办契税申报缴纳、房屋所有权转移登记，买方可同时申请购房提取住房公积金。",
     "items": ["deed_tax", "bdc_transfer", "gjj_buy"],
     "order_note": "先申报缴纳契税，再办理转移登记领取不动产权证书；契税完税后即可申请购房提取公积金。"},
]
