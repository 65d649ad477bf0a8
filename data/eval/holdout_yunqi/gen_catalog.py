#!/usr/bin/env python3
"""Generate the held-out 云栖市 catalog (fictional city; all names, phones, URLs invented).

Each item is written once (同要素: materials, conditions, time limits, fee) and
instantiated per region with its own agency, hall, window and phones.
Run: python3 gen_catalog.py  (writes ./catalog/)
"""
import copy
import json
import os

import yaml


class NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "catalog")
HEADER = "# 云栖市（虚构城市，非真实地区）留出评测目录。电话、地址、网址均为虚构。\n"

CITY, WH, SX, HM, QZ = "369900", "369901", "369902", "369903", "369904"
RNAME = {CITY: "云栖市", WH: "望湖区", SX: "松溪区", HM: "鹤鸣区", QZ: "青柘县"}
RP = {CITY: "81", WH: "82", SX: "83", HM: "84", QZ: "86"}


class Q(str):
    pass


def _q(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style="'")


NoAliasDumper.add_representer(Q, _q)


def dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        yaml.dump(obj, f, Dumper=NoAliasDumper, allow_unicode=True, sort_keys=False, width=1000)


def m(name, form="原件", copies=1, required=True, source="申请人自备", **kw):
    d = {"name": name, "form": form, "copies": copies, "required": required, "source": source}
    d.update(kw)
    return d


def s(name, description):
    return {"name": name, "description": description}


def tl(value, unit="working_day", note=None):
    d = {"value": value, "unit": unit}
    if note:
        d["note"] = note
    return d


def free():
    return {"charged": False, "items": []}


# ---------------------------------------------------------------- regions
regions = [
    {"code": Q(CITY), "name": "云栖市", "level": "city"},
    {"code": Q(WH), "name": "望湖区", "level": "county", "parent": Q(CITY)},
    {"code": Q(SX), "name": "松溪区", "level": "county", "parent": Q(CITY)},
    {"code": Q(HM), "name": "鹤鸣区", "level": "county", "parent": Q(CITY)},
    {"code": Q(QZ), "name": "青柘县", "level": "county", "parent": Q(CITY)},
    {"code": Q("369904101"), "name": "松岭镇", "level": "town", "parent": Q(QZ)},
]

WD = [1, 2, 3, 4, 5]


def h(days, o, c):
    return {"days": days, "open": Q(o), "close": Q(c)}


halls = [
    {"id": "hall-yq-shimin", "name": "云栖市市民服务中心", "region": Q(CITY),
     "address": "云栖市望湖区揽月大道99号",
     "location": {"lat": 27.8312, "lon": 116.1045},
     "hours": [h(WD, "08:30", "17:30"), h([6], "09:00", "12:00")],
     "hours_note": "工作日中午不休息；周六上午开放户政、社保、医保、公积金综合窗口；法定节假日休息。",
     "phone": Q("0709-81012345"),
     "appointment_url": "https://zwfw.yunqi.example/yuyue/shimin",
     "transit": "乘坐公交2路、16路至“市民服务中心”站下车；地铁2号线“揽月大道站”C出口步行约200米。"},
    {"id": "hall-yq-crj", "name": "云栖市公安局出入境接待大厅", "region": Q(CITY),
     "address": "云栖市望湖区东湖路18号",
     "location": {"lat": 27.8251, "lon": 116.1172},
     "hours": [h([1, 2, 3, 4, 5, 6], "09:00", "17:00")],
     "hours_note": "周一至周六中午不休息；周日及法定节假日休息；24小时自助签注区全天开放。",
     "phone": Q("0709-81013131"),
     "appointment_url": "https://zwfw.yunqi.example/yuyue/crj",
     "transit": "乘坐公交5路、11路至“东湖路口”站下车，步行约100米。"},
    {"id": "hall-yq-cgs", "name": "云栖市公安局交通警察支队车辆管理所", "region": Q(CITY),
     "address": "云栖市松溪区环城北路288号",
     "location": {"lat": 27.8633, "lon": 116.0871},
     "hours": [h(WD, "08:30", "12:00"), h(WD, "13:30", "17:00"), h([6], "09:00", "12:00")],
     "hours_note": "周六上午仅办理驾驶证业务；机动车查验区16:30停止受理；法定节假日休息。",
     "phone": Q("0709-81012122"),
     "appointment_url": "https://zwfw.yunqi.example/yuyue/cgs",
     "transit": "乘坐公交8路、K6路至“车管所”站下车。"},
    {"id": "hall-yq-gjj", "name": "云栖市住房公积金管理中心服务大厅", "region": Q(CITY),
     "address": "云栖市望湖区湖滨中路66号",
     "location": {"lat": 27.8286, "lon": 116.0993},
     "hours": [h(WD, "08:30", "12:00"), h(WD, "14:00", "17:30")],
     "hours_note": "法定节假日休息；每月最后一个工作日下午15:00后暂停受理贷款业务。",
     "phone": Q("0709-81012329"),
     "appointment_url": "https://zwfw.yunqi.example/yuyue/gjj",
     "transit": "乘坐公交3路、16路至“湖滨中路”站下车。"},
    {"id": "hall-yq-bdc", "name": "云栖市不动产登记中心", "region": Q(CITY),
     "address": "云栖市望湖区揽月大道101号市民服务中心东楼1楼",
     "location": {"lat": 27.8318, "lon": 116.1061},
     "hours": [h(WD, "09:00", "17:00")],
     "hours_note": "工作日中午不休息；法定节假日休息。",
     "phone": Q("0709-81016161"),
     "appointment_url": "https://zwfw.yunqi.example/yuyue/bdc",
     "transit": "与云栖市市民服务中心相邻，乘坐公交2路、16路至“市民服务中心”站。"},
    {"id": "hall-wh-center", "name": "望湖区政务服务中心", "region": Q(WH),
     "address": "云栖市望湖区翠湖路8号",
     "location": {"lat": 27.8204, "lon": 116.1138},
     "hours": [h(WD, "08:30", "12:00"), h(WD, "14:00", "17:30")],
     "hours_note": "每周三延时服务至19:00（仅户政、社保窗口）；法定节假日休息。",
     "phone": Q("0709-82012345"),
     "appointment_url": "https://zwfw.yunqi.example/yuyue/wanghu",
     "transit": "乘坐公交1路、9路至“翠湖路”站下车，步行约150米。"},
    {"id": "hall-wh-marriage", "name": "望湖区婚姻登记处", "region": Q(WH),
     "address": "云栖市望湖区同心路52号",
     "location": {"lat": 27.8167, "lon": 116.1229},
     "hours": [h(WD, "09:00", "12:00"), h(WD, "14:00", "17:00")],
     "hours_note": "5月20日、七夕等特殊日期如逢周末另行安排加班，以公告为准；法定节假日休息。",
     "phone": Q("0709-82015200"),
     "appointment_url": "https://zwfw.yunqi.example/yuyue/wanghu-hunyin",
     "transit": "乘坐公交9路、旅游2线至“同心公园”站下车。"},
    {"id": "hall-sx-center", "name": "松溪区政务服务中心", "region": Q(SX),
     "address": "云栖市松溪区溪园大道200号",
     "location": {"lat": 27.8702, "lon": 116.0725},
     "hours": [h(WD, "08:30", "12:00"), h(WD, "14:30", "17:30"), h([6], "09:00", "12:00")],
     "hours_note": "周六上午开放综合受理窗口（户政、社保、医保）；法定节假日休息。",
     "phone": Q("0709-83012345"),
     "transit": "乘坐公交6路、12路至“溪园大道”站下车。"},
    {"id": "hall-hm-center", "name": "鹤鸣区政务服务中心", "region": Q(HM),
     "address": "云栖市鹤鸣区鸣凤路1号",
     "location": {"lat": 27.7958, "lon": 116.1384},
     "hours": [h(WD, "08:30", "12:00"), h(WD, "14:00", "17:30")],
     "hours_note": "法定节假日休息。",
     "phone": Q("0709-84012345"),
     "appointment_url": "https://zwfw.yunqi.example/yuyue/heming",
     "transit": "乘坐公交4路、15路至“鹤鸣区政府”站下车，步行约200米。"},
    {"id": "hall-hm-marriage", "name": "鹤鸣区婚姻登记处", "region": Q(HM),
     "address": "云栖市鹤鸣区桂园路17号",
     "location": {"lat": 27.7931, "lon": 116.1427},
     "hours": [h(WD, "09:00", "12:00"), h(WD, "14:00", "17:00")],
     "hours_note": "法定节假日休息。",
     "phone": Q("0709-84015200"),
     "transit": "乘坐公交15路至“桂园”站下车。"},
    {"id": "hall-qz-center", "name": "青柘县政务服务中心", "region": Q(QZ),
     "address": "青柘县柘城镇新城大道16号",
     "location": {"lat": 27.6524, "lon": 116.2371},
     "hours": [h(WD, "08:00", "12:00"), h(WD, "14:30", "17:30")],
     "hours_note": "夏季（6月1日至9月30日）下午15:00上班；法定节假日休息。",
     "phone": Q("0709-86012345"),
     "appointment_url": "https://zwfw.yunqi.example/yuyue/qingzhe",
     "transit": "县城乘坐城区公交1路至“政务中心”站；云栖市区乘坐云栖—青柘城际公交至“新城大道”站。"},
    {"id": "hall-qz-cgs", "name": "云栖市公安局交通警察支队车辆管理所青柘分所", "region": Q(QZ),
     "address": "青柘县柘城镇工业大道9号",
     "location": {"lat": 27.6588, "lon": 116.2295},
     "hours": [h(WD, "08:30", "12:00"), h(WD, "14:30", "17:30")],
     "hours_note": "法定节假日休息。",
     "phone": Q("0709-86012122"),
     "transit": "县城乘坐城区公交3路至“工业大道”站。"},
    {"id": "hall-qz-songling", "name": "青柘县松岭镇便民服务中心", "region": Q("369904101"),
     "address": "青柘县松岭镇松岭街21号（镇人民政府一楼）",
     "location": {"lat": 27.6011, "lon": 116.2846},
     "hours": [h(WD, "08:30", "12:00"), h(WD, "14:30", "17:30")],
     "hours_note": "法定节假日休息；每月逢农历初五、初十圩日上午提前至08:00开门。",
     "phone": Q("0709-86618899"),
     "transit": "青柘县城乘坐县内公交5路至“松岭镇政府”站。"},
]

# ---------------------------------------------------------------- helpers for instances
POLICE = {WH: "云栖市公安局望湖分局", SX: "云栖市公安局松溪分局", HM: "云栖市公安局鹤鸣分局", QZ: "青柘县公安局"}
CENTER = {WH: "hall-wh-center", SX: "hall-sx-center", HM: "hall-hm-center", QZ: "hall-qz-center"}


def dist_agency(suffix):
    return {WH: "云栖市望湖区" + suffix, SX: "云栖市松溪区" + suffix, HM: "云栖市鹤鸣区" + suffix, QZ: "青柘县" + suffix}


def center_halls(window, regions_, extra=None):
    out = {}
    for r in regions_:
        out[r] = [{"hall": CENTER[r], "window": window}]
    if extra:
        for r, v in extra.items():
            out[r] = out.get(r, []) + v
    return out


guides = {}  # file -> list


def make(file, base, regs, agencies, halls_by_region, complaint="12345", updated="2026-06-18",
         overrides=None):
    base_code = base["base_code"]
    seq = base_code[4:6] + base_code[7:9]
    for r in regs:
        g = {"code": Q(f"{base_code}-{r}"), "base_code": Q(base_code)}
        for k, v in base.items():
            if k == "base_code":
                continue
            g[k] = copy.deepcopy(v)
        # order: put region/agency after status
        g2 = {}
        for k, v in g.items():
            g2[k] = v
            if k == "status":
                g2["region"] = Q(r)
                g2["agency"] = agencies[r]
        g = g2
        hl = halls_by_region.get(r)
        if hl:
            g["halls"] = hl
        # move halls before appointment
        order = ["code", "base_code", "name", "aliases", "item_type", "status", "region", "agency",
                 "service_object", "life_events", "conditions", "situations", "materials", "steps",
                 "legal_time_limit", "promised_time_limit", "fee", "online", "halls", "hours",
                 "appointment", "express", "cross_region", "consult_phone", "complaint_phone",
                 "legal_basis", "result", "updated_at"]
        g["consult_phone"] = Q(f"0709-{RP[r]}{seq}0{r[-1]}")
        g["complaint_phone"] = Q(complaint if complaint == "12345" else f"0709-{RP[r]}0{complaint}")
        g["updated_at"] = Q(updated)
        if overrides and r in overrides:
            g.update(copy.deepcopy(overrides[r]))
        g = {k: g[k] for k in order if k in g}
        guides.setdefault(file, []).append(g)


# ================================================================ 户籍
birth = {
    "base_code": "369911001000",
    "name": "出生登记",
    "aliases": ["新生儿上户口", "宝宝落户", "小孩报户口", "新生儿入户", "给孩子上户口", "出生入户", "新生兒報戶口"],
    "item_type": "行政确认",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["出生"],
    "conditions": [
        "新生儿父母一方或双方为本市常住户口",
        "应当自婴儿出生之日起1个月内，由父母一方或者监护人向常住户口所在地公安派出所申报出生登记",
        "超过出生之日起1个月申报的仍可办理，但需书面说明未及时申报的原因",
        "父母双方均不能到场的，可委托祖父母、外祖父母等近亲属代为申报",
    ],
    "situations": [
        s("随父或随母申报", "新生儿可随父亲或母亲一方申报常住户口，由父母双方协商确定。"),
        s("委托代办", "父母双方均不能到场的，由受托的近亲属持父母双方签字的委托书和本人居民身份证办理。"),
        s("非婚生育", "非婚生育的，由母亲或父亲持亲子鉴定证明等材料到窗口申报，不能网上申报。"),
    ],
    "materials": [
        m("《出生医学证明》", source="政府部门核发", exempt=True,
          note="本市助产机构签发的，窗口通过电子证照核验，免交纸质原件"),
        m("父母双方居民身份证"),
        m("申报落户方的居民户口簿", note="网上申报的，上传户口簿首页和户主页、本人页照片"),
        m("父母结婚证", required=False, source="政府部门核发", note="婚姻登记信息可通过共享数据核验的免交"),
        m("委托书", situation="委托代办", note="须由父母双方签字"),
        m("代办人居民身份证", situation="委托代办"),
        m("亲子鉴定证明", situation="非婚生育", source="中介机构", note="由具有资质的司法鉴定机构出具"),
    ],
    "steps": [
        s("网上申报或窗口申请", "通过“云栖办”App“出生一件事”专区在线申报，或到户籍所在地派出所、区（县）政务服务中心户政窗口申请。"),
        s("审核", "户籍民警核验出生医学证明和父母户籍信息，材料齐全的当场审核。"),
        s("登记", "审核通过后为新生儿登记常住户口，打印新生儿户口页。"),
        s("领取", "窗口当场领取；网上申报的可选择将户口簿免费邮寄到家。"),
    ],
    "legal_time_limit": tl(5, note="法律法规未规定办结时限，本项为本地规定的办理时限"),
    "promised_time_limit": tl(0, note="材料齐全的即办；网上申报的1个工作日内完成审核"),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://zwfw.yunqi.example/gaj/chusheng", "visits": 0},
    "appointment": True,
    "express": True,
    "cross_region": "全市通办",
    "legal_basis": ["《中华人民共和国户口登记条例》第七条"],
    "result": "居民户口簿（新生儿户口页）",
}
make("huji.yaml", birth, [WH, SX, HM, QZ], POLICE,
     {WH: [{"hall": "hall-wh-center", "window": "公安户政窗口 1楼A区 1–6号"}],
      SX: [{"hall": "hall-sx-center", "window": "户政窗口 2楼 201–205号"}],
      HM: [{"hall": "hall-hm-center", "window": "户政综合窗口 1楼 8–12号"}],
      QZ: [{"hall": "hall-qz-center", "window": "公安户政窗口 1楼 3–6号"}]},
     updated="2026-05-12")

POLICE_HALLS = {WH: [{"hall": "hall-wh-center", "window": "公安户政窗口 1楼A区 1–6号"}],
                SX: [{"hall": "hall-sx-center", "window": "户政窗口 2楼 201–205号"}],
                HM: [{"hall": "hall-hm-center", "window": "户政综合窗口 1楼 8–12号"}],
                QZ: [{"hall": "hall-qz-center", "window": "公安户政窗口 1楼 3–6号"}]}

movein = {
    "base_code": "369911002000",
    "name": "户口迁入（人才落户、投靠亲属）",
    "aliases": ["落户云栖", "把户口迁过来", "迁户口进来", "人才落户", "投靠落户", "夫妻投靠", "老人投靠子女落户"],
    "item_type": "行政许可",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["户籍", "就业", "婚姻"],
    "conditions": [
        "具有全日制大专以上学历或中级以上专业技术职称的人员，可申请人才落户，不受社会保险缴纳年限限制",
        "在本市城区有合法稳定就业且连续缴纳城镇职工基本养老保险满6个月的人员，可申请本人及配偶、未成年子女落户",
        "夫妻投靠的，须结婚满2年；已共同生育子女的不受结婚年限限制",
        "年满60周岁的父母投靠本市户籍子女的，子女须在本市有合法固定住所",
        "迁入地址应为本人或直系亲属的合法房屋，或单位集体户、社区公共集体户",
        "实行户口迁移“一站式”办理，申请人无需回迁出地开具户口迁移证",
    ],
    "situations": [
        s("人才落户", "持毕业证书或专业技术资格证书办理，可落户到本人房屋、单位集体户或社区公共集体户。"),
        s("就业落户", "凭劳动合同和社会保险缴纳记录办理。"),
        s("夫妻投靠", "凭结婚证办理，落户到配偶户内。"),
        s("父母投靠子女", "凭能证明亲属关系的户口簿、出生医学证明等材料办理，落户到子女户内。"),
    ],
    "materials": [
        m("申请人居民身份证"),
        m("申请人居民户口簿", note="迁出地户口簿；跨省迁移的由迁入地窗口通过“跨省通办”系统核验"),
        m("毕业证书或专业技术资格证书", situation="人才落户", source="政府部门核发", note="学历信息可通过学信网在线核验"),
        m("劳动合同", form="原件和复印件", situation="就业落户"),
        m("社会保险缴费证明", form="电子", situation="就业落户", source="政府部门核发", exempt=True,
          note="窗口通过社保数据共享核验缴费是否满6个月，无需提供纸质证明"),
        m("结婚证", situation="夫妻投靠", source="政府部门核发"),
        m("亲属关系证明材料", situation="父母投靠子女", note="户口簿、出生医学证明等能反映亲属关系的材料"),
        m("合法住所证明", note="落户到直系亲属房屋的，需提供房主同意落户的书面意见；落户集体户的提供集体户同意接收证明"),
    ],
    "steps": [
        s("申请", "到拟迁入地派出所或区（县）政务服务中心户政窗口提交申请，也可通过“云栖办”App在线提交。"),
        s("审核", "派出所初审后报区（县）公安机关户政部门审批。"),
        s("迁移", "审批通过后由迁入地公安机关向迁出地发送电子迁移信息，迁出地同步办理迁出，申请人无需往返两地。"),
        s("落户", "申请人凭受理回执到迁入地窗口领取户口簿户口页。"),
    ],
    "legal_time_limit": tl(20),
    "promised_time_limit": tl(5, note="跨省迁移的为10个工作日"),
    "fee": free(),
    "online": {"depth": "online_apply", "url": "https://zwfw.yunqi.example/gaj/qianru", "visits": 1},
    "appointment": True,
    "express": False,
    "cross_region": "跨省通办",
    "legal_basis": ["《中华人民共和国户口登记条例》第十三条"],
    "result": "居民户口簿（户口页）",
}
make("huji.yaml", movein, [WH, SX, HM], POLICE, POLICE_HALLS, updated="2026-04-20")

# ================================================================ 身份证
idcard_lost = {
    "base_code": "369912001000",
    "name": "居民身份证补领",
    "aliases": ["身份证丢了", "补办身份证", "身份证掉了补办", "补身份证", "身份证被偷了", "身份證遺失補辦"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "conditions": [
        "居民身份证丢失、被盗的，应当及时申请补领",
        "申请人本人须到场，现场采集人像和指纹信息，不能委托他人代办",
        "可在户籍所在地或全国任一居民身份证受理点申请（跨省通办）",
        "补领期间急需用证的，可同时申请临时居民身份证",
    ],
    "situations": [
        s("户籍地补领", "在户籍所在区（县）户政窗口申请，由户籍地公安机关直接审核签发。"),
        s("异地补领", "非本市户籍人员在本市窗口申请，由户籍地公安机关审核签发，制证时间相应延长。"),
    ],
    "materials": [
        m("居民户口簿", required=False, note="户籍地补领的可不提供；异地补领的凭本人身份号码核验"),
        m("数码相片回执", required=False, source="中介机构", note="受理窗口可免费现场拍照"),
        m("《居民身份证申领登记表》", source="政府部门核发", note="窗口现场打印，申请人核对信息后签名"),
    ],
    "steps": [
        s("预约或取号", "通过“云栖办”App预约受理时段，或到户政窗口现场取号。"),
        s("受理", "窗口核验身份，采集人像和指纹，原证件在系统中同步作废，缴纳工本费。"),
        s("制证", "审核签发后由省公安厅统一制证并配送到受理点。"),
        s("领证", "凭受理回执到受理窗口领取，或申请时选择邮政EMS寄递到家（邮费由申请人承担）。"),
    ],
    "legal_time_limit": tl(60, "natural_day", note="交通不便地区可适当延长，延长时间不超过30日"),
    "promised_time_limit": tl(15, note="异地补领的为20个工作日"),
    "fee": {"charged": True, "items": [
        {"name": "居民身份证工本费", "amount": 20,
         "basis": "《国家发展改革委 财政部关于第二代居民身份证收费标准的通知》；享受最低生活保障的居民补领的，工本费按规定减免"}]},
    "online": {"depth": "offline_only", "url": "https://zwfw.yunqi.example/gaj/sfz", "visits": 1},
    "appointment": True,
    "express": True,
    "cross_region": "跨省通办",
    "legal_basis": ["《中华人民共和国居民身份证法》第十一条、第二十条"],
    "result": "居民身份证",
}
make("shenfenzheng.yaml", idcard_lost, [WH, SX, HM, QZ], POLICE, POLICE_HALLS, updated="2026-03-30")

idcard_renew = {
    "base_code": "369912002000",
    "name": "居民身份证换领",
    "aliases": ["身份证到期", "身份证过期了", "换身份证", "身份证快到期了", "身份证换新", "身份证坏了换"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "conditions": [
        "居民身份证有效期满前3个月内可以申请换领",
        "证件严重损坏不能辨认，或姓名、民族等登记项目变更的，可随时申请换领",
        "申请人本人须到场采集人像和指纹信息",
        "年满70周岁或因病、因残行动不便的，可预约户籍民警上门受理",
        "可在户籍所在地或全国任一居民身份证受理点申请（跨省通办）",
    ],
    "situations": [
        s("有效期满换领", "有效期满前3个月内或已过有效期的，持原证件办理。"),
        s("证件损坏换领", "交回损坏的原证件办理。"),
        s("登记项目变更换领", "先办理户籍登记项目变更，再换领新证。"),
        s("上门受理", "年满70周岁或行动不便的，由家属通过“云栖办”App或拨打咨询电话预约，户籍民警携带移动采集设备上门受理。"),
    ],
    "materials": [
        m("原居民身份证", note="领取新证时交回；新证领取前原证件在有效期内可继续使用"),
        m("居民户口簿", required=False, note="户籍信息可在系统核验的无需提供"),
        m("数码相片回执", required=False, source="中介机构", note="受理窗口可免费现场拍照"),
    ],
    "steps": [
        s("预约或取号", "通过“云栖办”App预约受理时段，或到户政窗口现场取号。"),
        s("受理", "窗口核验身份，采集人像和指纹，缴纳工本费。"),
        s("制证", "审核签发后由省公安厅统一制证并配送到受理点。"),
        s("领证", "凭受理回执领取新证并交回原证；也可选择邮政EMS寄递到家。"),
    ],
    "legal_time_limit": tl(60, "natural_day", note="交通不便地区可适当延长，延长时间不超过30日"),
    "promised_time_limit": tl(15, note="异地换领的为20个工作日"),
    "fee": {"charged": True, "items": [
        {"name": "居民身份证工本费", "amount": 20,
         "basis": "《国家发展改革委 财政部关于第二代居民身份证收费标准的通知》"}]},
    "online": {"depth": "offline_only", "url": "https://zwfw.yunqi.example/gaj/sfz", "visits": 1},
    "appointment": True,
    "express": True,
    "cross_region": "跨省通办",
    "legal_basis": ["《中华人民共和国居民身份证法》第十一条"],
    "result": "居民身份证",
}
make("shenfenzheng.yaml", idcard_renew, [WH, SX, HM, QZ], POLICE, POLICE_HALLS, updated="2026-03-30")

idcard_temp = {
    "base_code": "369912003000",
    "name": "临时居民身份证申领",
    "aliases": ["临时身份证", "办临时身份证", "急用身份证", "临时身份证坐火车"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "conditions": [
        "正在申领、换领、补领居民身份证期间，急需使用居民身份证的",
        "申请人本人须到场",
        "本市户籍居民可在本市任一公安户政窗口申请（全市通办）",
    ],
    "materials": [
        m("居民身份证申领（换领、补领）受理回执", source="政府部门核发"),
        m("居民户口簿", required=False, note="户籍信息可在系统核验的无需提供"),
    ],
    "steps": [
        s("受理", "窗口核验身份，采集人像，填写《临时居民身份证申领登记表》，缴纳工本费。"),
        s("制证发证", "当场制作并发放临时居民身份证，临时居民身份证有效期为3个月。"),
    ],
    "legal_time_limit": tl(3, "natural_day", note="《中华人民共和国临时居民身份证管理办法》规定的发放时限"),
    "promised_time_limit": tl(0, note="即办，当场发证"),
    "fee": {"charged": True, "items": [
        {"name": "临时居民身份证工本费", "amount": 10, "basis": "《国家发展改革委 财政部关于临时居民身份证收费标准的通知》"}]},
    "online": {"depth": "offline_only", "url": "https://zwfw.yunqi.example/gaj/sfz", "visits": 1},
    "appointment": False,
    "express": False,
    "cross_region": "全市通办",
    "legal_basis": ["《中华人民共和国临时居民身份证管理办法》"],
    "result": "临时居民身份证",
}
make("shenfenzheng.yaml", idcard_temp, [WH, SX, QZ], POLICE, POLICE_HALLS, updated="2026-07-28",
     overrides={QZ: {
         "status": "suspended",
         "halls": [{"hall": "hall-qz-center", "window": "公安户政窗口 1楼 3–6号",
                    "note": "2026年8月1日至10月31日青柘县公安局临时居民身份证制证设备更换，暂停受理；急需办理的请到望湖区、松溪区政务服务中心户政窗口办理（全市通办）"}],
     }})

# ================================================================ 婚姻
marriage = {
    "base_code": "369913001000",
    "name": "内地居民结婚登记",
    "aliases": ["领结婚证", "扯证", "登记结婚", "办结婚证", "领证结婚", "結婚登記"],
    "item_type": "行政确认",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["婚姻"],
    "conditions": [
        "男方年满22周岁，女方年满20周岁",
        "双方均无配偶，且没有直系血亲和三代以内旁系血亲关系",
        "男女双方完全自愿，须双方共同亲自到婚姻登记机关申请，不能委托他人代办",
        "实行全国通办，可在一方常住户口所在地或经常居住地的婚姻登记机关办理",
    ],
    "situations": [
        s("初婚登记", "双方持本人有效居民身份证办理，无需提供户口簿。"),
        s("再婚登记", "离过婚的，另需提供离婚证或人民法院生效的离婚判决书、调解书。"),
    ],
    "materials": [
        m("本人有效居民身份证", note="身份证丢失的可凭临时居民身份证办理"),
        m("双方近期半身免冠2寸合影照片", copies=3, note="红色背景；登记处现场可拍照，费用自理"),
        m("《申请结婚登记声明书》", source="政府部门核发", note="在婚姻登记员面前现场签署，不得提前填写"),
        m("离婚证或离婚判决书、调解书", situation="再婚登记", source="政府部门核发"),
    ],
    "steps": [
        s("预约", "通过“云栖办”App或“云栖民政”公众号预约登记日期和时段，也可现场取号。"),
        s("申请", "双方持证件到婚姻登记处，在登记员面前签署《申请结婚登记声明书》。"),
        s("审查", "婚姻登记员当场审查证件和声明内容。"),
        s("登记颁证", "符合条件的当场登记，发给结婚证；可自愿选择参加颁证仪式。"),
    ],
    "legal_time_limit": tl(0, note="当场办结"),
    "promised_time_limit": tl(0, note="材料齐全、符合条件的当场办结"),
    "fee": free(),
    "online": {"depth": "offline_only", "url": "https://zwfw.yunqi.example/mzj/hunyin/yuyue", "visits": 1},
    "hours": "周一至周五 09:00–12:00、14:00–17:00；5月20日、七夕如逢工作日延长至18:00",
    "appointment": True,
    "express": False,
    "cross_region": "跨省通办",
    "legal_basis": ["《中华人民共和国民法典》第一千零四十七条、第一千零四十九条", "《婚姻登记条例》"],
    "result": "结婚证",
}
make("hunyin.yaml", marriage, [WH, HM, QZ], dist_agency("民政局"),
     {WH: [{"hall": "hall-wh-marriage", "window": "结婚登记室 1楼"}],
      HM: [{"hall": "hall-hm-marriage", "window": "结婚登记大厅"}],
      QZ: [{"hall": "hall-qz-center", "window": "婚姻登记窗口 3楼 301室"}]},
     updated="2026-05-06")

# ================================================================ 医保、社保
cxjm = {
    "base_code": "369914001000",
    "name": "城乡居民基本医疗保险参保登记",
    "aliases": ["居民医保", "新农合", "交医保", "买医保", "小孩医保", "城乡医保", "农村合作医疗"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["出生", "医疗"],
    "conditions": [
        "具有本市户籍且未参加职工基本医疗保险的城乡居民，以及持有本市居住证的非本市户籍居民，可以参保",
        "每年9月1日至12月31日为下一年度集中缴费期，缴费后自次年1月1日起享受待遇",
        "个人缴费标准为每人每年400元，财政按规定给予补助",
        "新生儿自出生之日起3个月内参保缴费的，自出生之日起享受医保待遇",
        "集中缴费期外中途参保的，设置3个月待遇等待期",
        "低保对象、特困人员、重度残疾人的个人缴费部分由政府全额资助",
    ],
    "situations": [
        s("新生儿参保", "凭出生医学证明或户口簿即可办理，监护人代为申请。"),
        s("集中期参保", "在集中缴费期内登记并缴纳下一年度费用。"),
        s("非本市户籍居民参保", "持本市居住证办理。"),
    ],
    "materials": [
        m("居民身份证或居民户口簿", note="新生儿可凭出生医学证明办理"),
        m("居住证", required=False, situation="非本市户籍居民参保", source="政府部门核发"),
    ],
    "steps": [
        s("参保登记", "通过“云栖办”App或“云栖医保”公众号在线登记，或到区（县）政务服务中心医保窗口办理。"),
        s("缴费", "登记后通过税务App、微信、合作银行等渠道缴纳个人缴费。"),
        s("享受待遇", "缴费成功后按规定时间享受待遇，参保信息可在“云栖医保”公众号查询。"),
    ],
    "legal_time_limit": tl(0, note="即办"),
    "promised_time_limit": tl(0, note="即办"),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://zwfw.yunqi.example/ybj/jmcb", "visits": 0},
    "appointment": False,
    "cross_region": "全市通办",
    "legal_basis": ["《中华人民共和国社会保险法》第二十五条"],
    "result": "城乡居民基本医疗保险参保信息",
}
make("yibao.json", cxjm, [WH, SX, HM, QZ], dist_agency("医疗保障局"),
     center_halls("医保窗口", [WH, SX, HM, QZ]), updated="2026-08-15")

ydjy = {
    "base_code": "369914002000",
    "name": "基本医疗保险参保人员异地就医备案",
    "aliases": ["异地就医备案", "外地看病备案", "去外地看病报销", "跨省就医备案", "异地安置备案", "异地医保备案"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["医疗", "退休"],
    "conditions": [
        "本市基本医疗保险参保人员跨省或在省内市外就医的，可以办理异地就医备案",
        "临时外出就医人员备案有效期为6个月，有效期内可在就医地多次就诊",
        "异地长期居住人员备案后6个月内原则上不得变更或取消",
        "未办理备案在异地就医的，医保报销比例降低10个百分点",
        "急诊抢救的，可在出院结算前补办备案",
        "参保人本人不便办理的，可由家属代为办理",
    ],
    "situations": [
        s("异地长期居住", "包括异地安置退休人员、异地长期居住人员和常驻异地工作人员；签署《异地就医备案个人承诺书》即可，无需提供居住证明。"),
        s("临时外出就医", "包括异地转诊就医人员和因出差、探亲、旅游等临时外出就医人员。"),
        s("家属代办", "家属持参保人和本人有效身份证件办理。"),
    ],
    "materials": [
        m("参保人有效身份证件或医保电子凭证"),
        m("《异地就医备案个人承诺书》", form="电子", source="政府部门核发", note="线上办理的在线签署"),
        m("转诊转院证明", required=False, situation="临时外出就医", source="政府部门核发",
          note="异地转诊人员提供本市二级及以上定点医疗机构开具的转诊证明"),
        m("代办人有效身份证件", situation="家属代办"),
    ],
    "steps": [
        s("申请", "通过国家医保服务平台App、“云栖医保”公众号或“云栖办”App在线申请，也可到医保窗口或拨打医保咨询电话申请。"),
        s("审核", "系统自动审核，符合条件的即时备案成功。"),
        s("就医结算", "备案成功后在就医地联网定点医疗机构就医，医疗费用直接结算。"),
    ],
    "legal_time_limit": tl(0, note="即办"),
    "promised_time_limit": tl(0, note="即时办结，线上申请的系统自动审核"),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://zwfw.yunqi.example/ybj/ydjy", "visits": 0},
    "appointment": False,
    "cross_region": "跨省通办",
    "legal_basis": ["《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》"],
    "result": "异地就医备案信息",
}
make("yibao.json", ydjy, [CITY, QZ], {CITY: "云栖市医疗保障局", QZ: "青柘县医疗保障局"},
     {CITY: [{"hall": "hall-yq-shimin", "window": "医保综合窗口 2楼 C区"}],
      QZ: [{"hall": "hall-qz-center", "window": "医保窗口"}]}, updated="2026-08-15")

syjt = {
    "base_code": "369914003000",
    "name": "生育津贴申领",
    "aliases": ["生育津贴", "产假工资", "生孩子的钱", "生育保险待遇", "领生育津贴", "生育金"],
    "item_type": "行政给付",
    "status": "active",
    "service_object": ["natural_person", "legal_person"],
    "life_events": ["出生"],
    "conditions": [
        "参加职工基本医疗保险（生育保险）的女职工，生育时用人单位已为其连续缴纳生育保险满10个月",
        "生育津贴按照女职工所在用人单位上年度职工月平均工资除以30再乘以产假天数计发",
        "顺产的产假天数为158天；难产的增加15天；多胞胎生育的，每多生育1个婴儿增加15天",
        "应当自分娩之日起1年内申领，逾期不予受理",
        "生育津贴拨付至用人单位，用人单位已足额发放产假工资的，由单位留存",
    ],
    "situations": [
        s("单位申报", "由用人单位通过“云栖医保”单位网上服务大厅统一申报。"),
        s("个人申领", "用人单位已注销或未按规定申报的，女职工本人持材料到医保窗口申领，津贴直接拨付到本人社会保障卡。"),
    ],
    "materials": [
        m("女职工有效身份证件"),
        m("新生儿《出生医学证明》", form="电子", source="政府部门核发", exempt=True, note="通过电子证照核验"),
        m("住院病历首页或出院小结", form="复印件", source="政府部门核发", note="在本市定点医疗机构分娩且已联网结算的免交"),
        m("社会保障卡", situation="个人申领", source="政府部门核发", note="须已激活金融功能"),
    ],
    "steps": [
        s("申报", "用人单位通过“云栖医保”单位网上服务大厅在线申报，或个人到医保窗口申请。"),
        s("审核", "医保经办机构审核参保缴费和生育信息。"),
        s("拨付", "审核通过后10个工作日内将生育津贴拨付至用人单位账户或本人社会保障卡。"),
    ],
    "legal_time_limit": tl(20),
    "promised_time_limit": tl(10),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://zwfw.yunqi.example/ybj/syjt", "visits": 0},
    "appointment": False,
    "cross_region": "全市通办",
    "legal_basis": ["《中华人民共和国社会保险法》第五十六条"],
    "result": "生育津贴（拨付到账）",
}
make("yibao.json", syjt, [CITY, QZ], {CITY: "云栖市医疗保障局", QZ: "青柘县医疗保障局"},
     {CITY: [{"hall": "hall-yq-shimin", "window": "医保综合窗口 2楼 C区"}],
      QZ: [{"hall": "hall-qz-center", "window": "医保窗口"}]}, updated="2026-08-15")

syj = {
    "base_code": "369914004000",
    "name": "失业保险金申领",
    "aliases": ["失业金", "领失业金", "失业补助金", "失业了领钱", "失业保险待遇"],
    "item_type": "行政给付",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["就业"],
    "conditions": [
        "失业前用人单位和本人已经累计缴纳失业保险费满1年",
        "非因本人意愿中断就业，如劳动合同期满不续订、被用人单位解除劳动合同",
        "已经进行失业登记，并有求职要求",
        "应当自劳动关系终止之日起60日内申领",
        "失业保险金按本市最低工资标准的90%按月发放，目前为每人每月1593元",
        "累计缴费满1年不足5年的，领取期限最长为12个月；满5年不足10年的，最长为18个月；满10年以上的，最长为24个月",
        "领取失业保险金期间，由失业保险基金代缴基本医疗保险费",
    ],
    "situations": [
        s("线上申领", "通过“云栖人社”App完成失业登记和失业保险金申领，全程无需到现场。"),
        s("窗口申领", "持本人身份证到区（县）政务服务中心人社窗口办理。"),
    ],
    "materials": [
        m("居民身份证或社会保障卡"),
        m("终止或解除劳动合同证明", note="用人单位已在社保系统办理停保减员的，可免交"),
        m("本人银行账户信息", required=False, note="默认发放至本人社会保障卡金融账户"),
    ],
    "steps": [
        s("失业登记", "通过“云栖人社”App或人社窗口办理失业登记。"),
        s("申领", "提交失业保险金申领申请。"),
        s("审核", "区（县）社会保险经办机构审核缴费年限和失业原因。"),
        s("发放", "审核通过后按月发放至本人社会保障卡，每月15日前到账。"),
    ],
    "legal_time_limit": tl(15),
    "promised_time_limit": tl(5),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://zwfw.yunqi.example/rsj/syj", "visits": 0},
    "appointment": False,
    "cross_region": "全市通办",
    "legal_basis": ["《中华人民共和国社会保险法》第四十五条、第四十六条", "《失业保险条例》"],
    "result": "失业保险金（按月发放）",
}
make("shebao.yaml", syj, [WH, SX, HM], dist_agency("人力资源和社会保障局"),
     center_halls("人社窗口", [WH, SX, HM]), updated="2026-07-01")

sbk = {
    "base_code": "369914005000",
    "name": "社会保障卡申领和补换",
    "aliases": ["办社保卡", "社保卡丢了", "补办社保卡", "医保卡丢了", "换社保卡", "小孩办社保卡", "社保卡補辦"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["出生", "就业"],
    "conditions": [
        "本市参加社会保险的人员及新生儿可以申领社会保障卡",
        "首次申领社会保障卡免收工本费",
        "社会保障卡遗失的，应先通过“云栖人社”App、12333电话或服务窗口办理挂失，再申请补领",
        "未满16周岁的未成年人由监护人代为申领",
    ],
    "situations": [
        s("首次申领", "参保后首次申领，可线上申请或到窗口办理。"),
        s("补领换领", "卡片遗失、损坏或需更换的，挂失后申请补领或换领。"),
        s("即时制卡", "到即时制卡窗口办理的，当场制卡领取。"),
        s("未成年人申领", "监护人持本人和孩子的身份证件或户口簿代为申领。"),
    ],
    "materials": [
        m("居民身份证或居民户口簿"),
        m("近期免冠彩色照片", form="电子", required=False, note="可现场拍照，也可调用身份证照片"),
        m("监护人居民身份证", situation="未成年人申领"),
    ],
    "steps": [
        s("申请", "通过“云栖人社”App申请，或到社保卡服务窗口、合作银行网点申请。"),
        s("制卡", "线上申请的由市社保卡制卡中心统一制卡。"),
        s("领卡", "线上申请的可选择免费邮寄到家或到指定网点领取；在即时制卡窗口办理的当场领取。"),
        s("激活", "领卡后到合作银行网点或通过App激活金融功能。"),
    ],
    "legal_time_limit": tl(20),
    "promised_time_limit": tl(10, note="即时制卡窗口办理的当场领取"),
    "fee": {"charged": True, "items": [
        {"name": "社会保障卡补领、换领工本费", "amount": 20, "basis": "省发展改革委、财政厅社会保障卡工本费标准；首次申领免费"}]},
    "online": {"depth": "full_online", "url": "https://zwfw.yunqi.example/rsj/sbk", "visits": 0},
    "appointment": False,
    "express": True,
    "cross_region": "全省通办",
    "legal_basis": ["《社会保障卡管理办法》"],
    "result": "社会保障卡（第三代）",
}
make("shebao.yaml", sbk, [CITY, QZ], {CITY: "云栖市人力资源和社会保障局", QZ: "青柘县人力资源和社会保障局"},
     {CITY: [{"hall": "hall-yq-shimin", "window": "社保卡即时制卡窗口 2楼 D区"}],
      QZ: [{"hall": "hall-qz-center", "window": "人社窗口（社保卡）"}]}, updated="2026-07-01")

sydj = {
    "base_code": "369914006000",
    "name": "生育登记",
    "aliases": ["准生证", "生育服务登记", "办准生证", "怀孕登记", "二胎登记", "三孩登记", "生小孩登记"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["出生"],
    "conditions": [
        "夫妻生育第一个、第二个、第三个子女的，均实行生育登记服务，不再审批",
        "夫妻双方至少一方为本市户籍，或一方在本市居住",
        "可在孕前、孕期或子女出生后办理，最迟应在子女出生之日起6个月内办理",
        "办理生育登记后，可在社区卫生服务中心享受免费孕产期保健服务",
    ],
    "materials": [
        m("夫妻双方居民身份证", note="线上办理的通过实名认证核验"),
        m("结婚证", source="政府部门核发", exempt=True, note="通过婚姻登记信息共享核验"),
    ],
    "steps": [
        s("在线登记", "通过“云栖办”App或“云栖健康”公众号填写登记信息，也可到户籍地或居住地乡镇（街道）卫生健康服务窗口办理。"),
        s("核验", "系统自动核验婚姻和户籍信息。"),
        s("出具凭证", "登记成功后即时生成电子《生育服务登记凭证》，可在线下载打印。"),
    ],
    "legal_time_limit": tl(0, note="即办"),
    "promised_time_limit": tl(0, note="即办"),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://zwfw.yunqi.example/wjw/sydj", "visits": 0},
    "appointment": False,
    "express": False,
    "cross_region": "全省通办",
    "legal_basis": ["《中华人民共和国人口与计划生育法》"],
    "result": "电子《生育服务登记凭证》",
}
make("shebao.yaml", sydj, [WH, SX, HM, QZ], dist_agency("卫生健康委员会"),
     center_halls("卫生健康窗口", [WH, SX, HM, QZ]), updated="2026-02-10")

# revoked single-object guide: the old 生育服务证 (replaced by 生育登记)
revoked = {
    "code": Q("369914090000-369902"),
    "base_code": Q("369914090000"),
    "name": "生育服务证核发",
    "aliases": ["准生证", "二孩生育证", "生育证审批", "计生证"],
    "item_type": "行政许可",
    "status": "revoked",
    "region": Q(SX),
    "agency": "云栖市松溪区卫生健康委员会",
    "service_object": ["natural_person"],
    "life_events": ["出生"],
    "conditions": [
        "本事项已撤销：自2026年1月1日起不再审批发放《生育服务证》，生育第一个、第二个、第三个子女的均办理“生育登记”",
        "原条件：夫妻双方均为本区户籍且已办理结婚登记",
    ],
    "materials": [
        m("夫妻双方居民身份证"),
        m("夫妻双方居民户口簿"),
        m("结婚证", source="政府部门核发"),
        m("婚育情况证明", note="由女方所在单位或村（居）民委员会出具"),
    ],
    "steps": [
        s("申请", "到女方户籍所在地街道计生办提交申请。"),
        s("审核", "街道计生办审核婚育情况。"),
        s("审批发证", "区卫生健康委员会审批后发放《生育服务证》。"),
    ],
    "legal_time_limit": tl(30),
    "promised_time_limit": tl(15),
    "fee": free(),
    "online": {"depth": "offline_only", "url": "https://zwfw.yunqi.example/wjw/syfwz", "visits": 2},
    "halls": [{"hall": "hall-sx-center", "window": "卫生健康窗口"}],
    "appointment": False,
    "express": False,
    "cross_region": "none",
    "consult_phone": Q("0709-83149002"),
    "complaint_phone": Q("12345"),
    "legal_basis": ["《国务院办公厅关于做好证明事项清理工作的通知》"],
    "result": "《生育服务证》",
    "updated_at": Q("2026-01-05"),
}

# ================================================================ 公积金
GJJ_AG = {CITY: "云栖市住房公积金管理中心", QZ: "云栖市住房公积金管理中心青柘县管理部"}
GJJ_HALLS = {CITY: [{"hall": "hall-yq-gjj", "window": "提取业务窗口 1–8号"},
                    {"hall": "hall-yq-shimin", "window": "公积金综合窗口 3楼", "note": "周六上午开放"}],
             QZ: [{"hall": "hall-qz-center", "window": "公积金窗口 2楼"}]}
gjj_rent = {
    "base_code": "369915001000",
    "name": "租房提取住房公积金",
    "aliases": ["租房提公积金", "公积金付房租", "取公积金交房租", "公积金租房提取", "提公积金"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["住房"],
    "conditions": [
        "职工本人及配偶在本市无自有住房且租房自住",
        "住房公积金账户处于正常缴存状态，且已连续足额缴存满3个月",
        "每年可提取1次",
        "每人每年最高可提取15000元",
        "租住公共租赁住房的，可按实际房租支出全额提取",
        "职工本人不便办理的，可委托配偶代为办理",
    ],
    "situations": [
        s("租住商品住房", "无需提供租赁合同，按年度限额提取。"),
        s("租住公共租赁住房", "提供公共租赁住房租赁合同和租金缴纳凭证，按实际房租提取。"),
        s("配偶代办", "配偶持双方身份证和结婚证代为办理，提取资金转入职工本人银行卡。"),
    ],
    "materials": [
        m("居民身份证"),
        m("本人名下银行卡", note="须为本人一类银行账户"),
        m("无房证明", form="电子", source="政府部门核发", exempt=True, note="通过不动产登记信息共享核验，无需自行开具"),
        m("公共租赁住房租赁合同和租金缴纳凭证", situation="租住公共租赁住房"),
        m("结婚证", situation="配偶代办", source="政府部门核发"),
    ],
    "steps": [
        s("申请", "登录“云栖公积金”App或网上服务大厅在线申请，也可到公积金服务大厅窗口申请。"),
        s("审核", "系统核验无房信息和缴存状态。"),
        s("到账", "审核通过后提取资金1个工作日内转入本人银行卡。"),
    ],
    "legal_time_limit": tl(3),
    "promised_time_limit": tl(1, note="线上申请的系统自动审核，即时到账"),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://gjj.yunqi.example/wt/zftq", "visits": 0},
    "appointment": True,
    "cross_region": "全市通办",
    "legal_basis": ["《住房公积金管理条例》第二十四条"],
    "result": "住房公积金提取资金到账",
}
make("gongjijin.yaml", gjj_rent, [CITY, QZ], GJJ_AG, GJJ_HALLS, complaint="12329", updated="2026-06-30")

gjj_loan = {
    "base_code": "369915002000",
    "name": "住房公积金个人住房贷款",
    "aliases": ["公积金贷款", "用公积金买房", "公积金按揭", "公积金房贷", "公积金贷款买房"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["住房"],
    "conditions": [
        "申请前连续足额缴存住房公积金满12个月",
        "购买本市自住住房（新建商品房或二手房）",
        "单缴存职工最高贷款额度为40万元，夫妻双方均缴存的最高贷款额度为60万元",
        "贷款额度不超过借款人住房公积金账户余额的15倍",
        "贷款期限最长为30年，且借款人年龄与贷款期限之和不超过法定退休年龄后5年",
        "首套住房首付款比例不低于20%，第二套住房首付款比例不低于30%",
        "借款人及配偶无未还清的住房公积金贷款",
    ],
    "situations": [
        s("购买新建商品房", "提供网签备案的商品房买卖合同。"),
        s("购买二手房", "先签订存量房买卖合同，贷款审批与转移登记、抵押权登记联动办理。"),
        s("夫妻共同申请", "夫妻双方均缴存住房公积金的，可共同申请，按双方额度合并计算。"),
    ],
    "materials": [
        m("借款人及配偶居民身份证"),
        m("婚姻状况证明", note="已婚的提供结婚证；未婚的现场签署单身声明"),
        m("购房合同", note="新建商品房提供网签备案合同；二手房提供存量房买卖合同"),
        m("首付款凭证", form="原件和复印件"),
        m("借款人收入证明", required=False, note="以住房公积金缴存基数核定收入的免交"),
    ],
    "steps": [
        s("预审", "通过“云栖公积金”App在线测算额度并提交预审。"),
        s("申请", "预审通过后到公积金服务大厅或受托银行提交申请材料。"),
        s("审批", "公积金中心审核缴存、征信和贷款额度。"),
        s("签约", "审批通过后借款人与受托银行签订借款合同。"),
        s("抵押登记", "办理抵押权登记，二手房与转移登记同步办理。"),
        s("放款", "抵押登记完成后3个工作日内放款。"),
    ],
    "legal_time_limit": tl(20),
    "promised_time_limit": tl(10, note="不含抵押登记时间"),
    "fee": free(),
    "online": {"depth": "online_apply", "url": "https://gjj.yunqi.example/wt/dk", "visits": 2},
    "appointment": True,
    "express": False,
    "cross_region": "none",
    "legal_basis": ["《住房公积金管理条例》第二十六条"],
    "result": "住房公积金个人住房借款合同",
}
make("gongjijin.yaml", gjj_loan, [CITY, QZ], GJJ_AG,
     {CITY: [{"hall": "hall-yq-gjj", "window": "贷款业务窗口 9–14号"}],
      QZ: [{"hall": "hall-qz-center", "window": "公积金窗口 2楼"}]}, complaint="12329", updated="2026-06-30")

# ================================================================ 不动产
BDC_AG = {CITY: "云栖市自然资源和规划局", QZ: "青柘县自然资源局"}
bdc_query = {
    "base_code": "369916001000",
    "name": "不动产登记资料查询",
    "aliases": ["查房产", "房产查询", "查名下房子", "打无房证明", "查房子有没有抵押", "开房产证明", "查詢房產"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person", "legal_person"],
    "life_events": ["住房"],
    "conditions": [
        "权利人可以查询本人名下的不动产登记结果和原始登记资料",
        "利害关系人可以查询不动产的自然状况、查封和抵押情况，不能查询权利人的身份信息",
        "利害关系人查询须到窗口办理",
        "委托他人查询的，受托人须持经公证的授权委托书",
        "查询本人名下有无不动产登记记录（无房证明）的，可在线即时打印",
    ],
    "situations": [
        s("权利人查询", "本人持身份证查询，或通过“云栖不动产”网站、“云栖办”App在线查询打印。"),
        s("利害关系人查询", "持利害关系证明材料到窗口查询。"),
        s("委托查询", "受托人持经公证的授权委托书和本人身份证到窗口查询。"),
    ],
    "materials": [
        m("查询人身份证明"),
        m("《不动产登记资料查询申请书》", source="政府部门核发", note="窗口现场填写，线上查询的在线填报"),
        m("利害关系证明材料", situation="利害关系人查询", note="如房屋买卖合同、人民法院受理通知书等"),
        m("经公证的授权委托书", situation="委托查询", source="中介机构"),
        m("受托人身份证", situation="委托查询"),
    ],
    "steps": [
        s("申请", "在线提交查询申请，或到不动产登记窗口填写查询申请书。"),
        s("审核", "登记机构审核查询人身份和查询范围。"),
        s("出具结果", "当场出具《不动产登记信息查询结果证明》，加盖查询专用章；线上查询的生成带电子印章的证明。"),
    ],
    "legal_time_limit": tl(5, note="不能当场提供的，5个工作日内提供"),
    "promised_time_limit": tl(0, note="即办"),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://bdc.yunqi.example/cx", "visits": 0},
    "appointment": False,
    "express": False,
    "cross_region": "全省通办",
    "legal_basis": ["《不动产登记资料查询暂行办法》"],
    "result": "《不动产登记信息查询结果证明》",
}
make("budongchan.yaml", bdc_query, [CITY, QZ], BDC_AG,
     {CITY: [{"hall": "hall-yq-bdc", "window": "查询窗口 20–22号"}],
      QZ: [{"hall": "hall-qz-center", "window": "不动产登记窗口 2楼"}]}, updated="2026-04-08")

bdc_transfer = {
    "base_code": "369916002000",
    "name": "存量房买卖转移登记",
    "aliases": ["二手房过户", "房子过户", "买卖过户", "房产过户", "二手房办证"],
    "item_type": "行政确认",
    "status": "active",
    "service_object": ["natural_person", "legal_person"],
    "life_events": ["住房"],
    "conditions": [
        "买卖双方已签订存量房买卖合同并完成网签备案",
        "房屋不存在查封、异议登记等限制转移的情形",
        "房屋设有抵押的，须先办理抵押权注销登记，或经抵押权人同意后办理“带押过户”",
        "买卖双方应当共同申请；本人不能到场的，可委托代理人办理，授权委托书须经公证",
        "契税、增值税、个人所得税等税费与登记“一窗受理”，现场同步缴纳",
    ],
    "situations": [
        s("双方本人申请", "买卖双方本人持身份证明共同到窗口申请。"),
        s("委托代理", "代理人持经公证的授权委托书和本人身份证办理。"),
        s("公积金贷款购房", "与住房公积金贷款、抵押权首次登记联动办理。"),
    ],
    "materials": [
        m("买卖双方身份证明"),
        m("不动产权证书", source="政府部门核发", note="2016年以前取得的，提供房屋所有权证和国有土地使用证"),
        m("存量房买卖合同", source="政府部门核发", note="网签备案合同，通过系统共享"),
        m("完税凭证", form="电子", source="政府部门核发", exempt=True, note="一窗受理现场缴税后由系统自动推送"),
        m("卖方配偶同意出售的书面意见", required=False, note="卖方已婚且房屋为夫妻共有的，配偶须到场签字"),
        m("经公证的授权委托书", situation="委托代理", source="中介机构"),
    ],
    "steps": [
        s("网签备案", "在房屋交易网签系统完成存量房买卖合同网签备案。"),
        s("一窗受理", "买卖双方到不动产登记窗口，同步申请转移登记并缴纳税费。"),
        s("审核登簿", "登记机构审核后记载于不动产登记簿。"),
        s("缴费发证", "缴纳不动产登记费后领取不动产权证书，也可选择邮寄到家。"),
    ],
    "legal_time_limit": tl(30),
    "promised_time_limit": tl(5),
    "fee": {"charged": True, "items": [
        {"name": "不动产登记费（住宅）", "amount": "住宅每件80元", "basis": "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》"},
        {"name": "不动产登记费（非住宅）", "amount": "非住宅每件550元", "basis": "同上"},
        {"name": "不动产权证书工本费", "amount": "第一本免收，每增加一本10元", "basis": "同上"},
    ]},
    "online": {"depth": "online_apply", "url": "https://bdc.yunqi.example/zydj", "visits": 1},
    "appointment": True,
    "express": True,
    "cross_region": "none",
    "legal_basis": ["《不动产登记暂行条例》", "《不动产登记暂行条例实施细则》"],
    "result": "不动产权证书",
}
make("budongchan.yaml", bdc_transfer, [CITY, QZ], BDC_AG,
     {CITY: [{"hall": "hall-yq-bdc", "window": "交易登记缴税一窗受理区 1–12号"}],
      QZ: [{"hall": "hall-qz-center", "window": "不动产登记窗口 2楼"}]}, updated="2026-04-08")

# ================================================================ 车驾管
CGS_AG = {CITY: "云栖市公安局交通警察支队", QZ: "青柘县公安局交通管理大队"}
CGS_HALLS = {CITY: [{"hall": "hall-yq-cgs", "window": "驾驶证业务窗口 1–10号"}],
             QZ: [{"hall": "hall-qz-cgs", "window": "综合业务窗口"}]}
jsz = {
    "base_code": "369917001000",
    "name": "机动车驾驶证有效期满换证",
    "aliases": ["驾照到期", "换驾照", "驾驶证到期换证", "驾照换证", "驾驶证过期", "駕照到期"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "conditions": [
        "机动车驾驶证有效期满前90日内，应当申请换证",
        "驾驶证有效期满超过1年未换证的，驾驶证将被注销",
        "年满70周岁的驾驶人，每年需提交1次身体条件证明",
        "可在全国任一车辆管理所或通过“交管12123”App申请（跨省通办）",
        "本人不能到场的，可委托他人代为办理",
    ],
    "situations": [
        s("网上换证", "通过“交管12123”App提交申请，新驾驶证邮寄到家，无需交回原证。"),
        s("窗口换证", "到车管所或交警服务站窗口办理，当场领取新证。"),
        s("委托代办", "代办人持委托书、本人身份证和申请人的身体条件证明办理。"),
    ],
    "materials": [
        m("申请人居民身份证"),
        m("机动车驾驶证", note="窗口办理的交回原证"),
        m("《机动车驾驶人身体条件证明》", source="中介机构",
          note="由县级或部队团级以上医疗机构或具有资质的体检机构出具，6个月内有效；已电子上传的免交纸质证明"),
        m("近期1寸白底彩色照片", required=False, note="可使用身份证照片"),
        m("委托书", situation="委托代办"),
        m("代办人居民身份证", situation="委托代办"),
    ],
    "steps": [
        s("体检", "到具备资质的医疗机构进行身体条件检查，体检结果自动上传。"),
        s("申请", "通过“交管12123”App或到车管所窗口提交换证申请。"),
        s("审核", "车辆管理所审核申请信息。"),
        s("领证", "窗口办理的当场领取；网上办理的新驾驶证通过EMS免费寄递到家。"),
    ],
    "legal_time_limit": tl(1),
    "promised_time_limit": tl(0, note="窗口当场办结；网上申请的3个工作日内寄出"),
    "fee": {"charged": True, "items": [
        {"name": "机动车驾驶证工本费", "amount": 10, "basis": "《国家发展改革委 财政部关于公安交警部门有关收费标准的通知》"}]},
    "online": {"depth": "full_online", "url": "https://jg12123.yunqi.example/jsz/hz", "visits": 0},
    "appointment": True,
    "express": True,
    "cross_region": "跨省通办",
    "legal_basis": ["《机动车驾驶证申领和使用规定》第七十条"],
    "result": "机动车驾驶证",
}
make("jiaotong.yaml", jsz, [CITY, QZ], CGS_AG, CGS_HALLS, updated="2026-03-12")

mianjian = {
    "base_code": "369917002000",
    "name": "机动车检验合格标志核发",
    "aliases": ["车辆年检", "车子年审", "免检车领标", "领年检标志", "汽车年检", "6年免检"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person", "legal_person"],
    "conditions": [
        "注册登记6年以内的非营运小型、微型载客汽车（面包车、7座及以上车辆除外），免予上线检验，每2年申领一次检验标志",
        "注册登记超过6年不满10年的，每2年上线检验1次",
        "注册登记超过10年的，每年上线检验1次",
        "机动车涉及的道路交通安全违法行为和交通事故已处理完毕",
        "已投保机动车交通事故责任强制保险且在有效期内",
        "检验有效期满前3个月内可以申请",
    ],
    "situations": [
        s("免检车辆申领", "免予上线检验的车辆，直接在“交管12123”App申领电子检验标志。"),
        s("上线检验车辆", "先到机动车检验机构上线检验，检验合格后由检验机构直接核发电子检验标志；检验费按检验机构公示标准由车主支付。"),
    ],
    "materials": [
        m("机动车行驶证", note="网上申请的无需提交"),
        m("交强险保险单", form="电子", source="中介机构", exempt=True, note="保险信息联网核查"),
        m("车船税纳税或免税证明", form="电子", source="政府部门核发", exempt=True, note="交强险保单已记载完税信息的免交"),
    ],
    "steps": [
        s("申请", "通过“交管12123”App申请，或到车管所窗口、检验机构申请。"),
        s("核查", "系统核查违法、事故处理和保险情况。"),
        s("核发", "符合条件的即时核发电子检验标志，可在App中查看和出示。"),
    ],
    "legal_time_limit": tl(1),
    "promised_time_limit": tl(0, note="网上申请即时核发"),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://jg12123.yunqi.example/jybz", "visits": 0},
    "appointment": False,
    "express": False,
    "cross_region": "跨省通办",
    "legal_basis": ["《中华人民共和国道路交通安全法实施条例》第十六条"],
    "result": "机动车检验合格标志（电子）",
}
make("jiaotong.yaml", mianjian, [CITY, QZ], CGS_AG,
     {CITY: [{"hall": "hall-yq-cgs", "window": "机动车业务窗口 11–16号"}],
      QZ: [{"hall": "hall-qz-cgs", "window": "综合业务窗口"}]}, updated="2026-03-12")

# ================================================================ 出入境
gaxz = {
    "base_code": "369918001000",
    "name": "往来港澳通行证及签注",
    "aliases": ["港澳通行证", "去香港办证", "去澳门办证", "港澳签注", "办港澳证", "港澳通行證"],
    "item_type": "行政许可",
    "status": "active",
    "service_object": ["natural_person"],
    "conditions": [
        "内地居民因私往来香港、澳门的，可以申请往来港澳通行证及签注",
        "可在全国任一出入境管理机构申请，无需回户籍地（跨省通办）",
        "未满16周岁的，须由监护人陪同申请",
        "申请人本人须到场留取指纹和照相，不能委托他人代办",
        "登记备案的国家工作人员申请的，须提交所在单位出具的同意出境意见",
        "往来港澳通行证有效期为10年，未满16周岁的为5年",
    ],
    "situations": [
        s("首次申领", "本人持身份证到出入境窗口申请，现场采集指纹、照相。"),
        s("再次签注", "已持电子往来港澳通行证的，可在24小时自助签注机办理再次签注。"),
        s("未满16周岁申请", "由监护人陪同，提交户口簿和监护关系证明。"),
        s("国家工作人员申请", "提交所在单位出具的同意出境意见。"),
    ],
    "materials": [
        m("居民身份证", note="未满16周岁的可提交居民户口簿"),
        m("《中国公民出入境证件申请表》", source="政府部门核发", note="窗口现场免费照相并打印"),
        m("监护人居民身份证和监护关系证明", situation="未满16周岁申请"),
        m("同意出境意见", situation="国家工作人员申请", source="政府部门核发"),
    ],
    "steps": [
        s("预约", "通过“移民局”App或“云栖出入境”公众号预约受理时间。"),
        s("受理", "现场采集指纹、照相，缴纳证件费。"),
        s("审批制证", "出入境管理机构审批并制作证件。"),
        s("领证", "到窗口领取，或选择邮政EMS寄递到家。"),
    ],
    "legal_time_limit": tl(30, "natural_day"),
    "promised_time_limit": tl(7),
    "fee": {"charged": True, "items": [
        {"name": "往来港澳通行证（电子卡式）", "amount": 60, "basis": "《国家发展改革委 财政部关于降低部分出入境证照收费标准的通知》"},
        {"name": "赴香港或澳门签注（一次有效）", "amount": 15, "basis": "同上"},
        {"name": "赴香港或澳门签注（二次有效）", "amount": 30, "basis": "同上"},
    ]},
    "online": {"depth": "online_apply", "url": "https://crj.yunqi.example/gaxz", "visits": 1},
    "appointment": True,
    "express": True,
    "cross_region": "跨省通办",
    "legal_basis": ["《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》"],
    "result": "往来港澳通行证（电子卡式）及签注",
}
make("churujing.yaml", gaxz, [CITY, QZ],
     {CITY: "云栖市公安局出入境管理支队", QZ: "青柘县公安局出入境管理大队"},
     {CITY: [{"hall": "hall-yq-crj", "window": "证件受理区 1–12号"}],
      QZ: [{"hall": "hall-qz-center", "window": "出入境窗口 1楼 9号"}]}, updated="2026-05-20")

# ================================================================ 民政、残联
dibao = {
    "base_code": "369919001000",
    "name": "最低生活保障审核确认",
    "aliases": ["低保", "申请低保", "吃低保", "办低保", "低保金", "生活困难补助"],
    "item_type": "行政给付",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["社会救助"],
    "conditions": [
        "共同生活的家庭成员中至少有1人具有本区（县）户籍",
        "家庭月人均收入低于当地最低生活保障标准",
        "城市最低生活保障标准为每人每月780元，农村最低生活保障标准为每人每月600元",
        "家庭成员名下除1套自住住房外无其他房产，无机动车（残疾人功能性补偿代步机动车除外）",
        "家庭人均金融资产不超过当地城市低保标准的24倍",
        "本人申请有困难的，可以委托村（居）民委员会或者他人代为提出申请",
        "低保金按月发放至低保对象本人社会保障卡",
    ],
    "situations": [
        s("本人申请", "申请人以家庭为单位向户籍所在地乡镇人民政府（街道办事处）提出申请。"),
        s("委托代办", "由村（居）民委员会或受托人持委托书和本人身份证代为提出申请。"),
    ],
    "materials": [
        m("申请人及共同生活家庭成员的居民身份证、户口簿"),
        m("《最低生活保障申请书》", source="政府部门核发", note="窗口提供，可由工作人员协助填写"),
        m("家庭经济状况核对授权书", note="共同生活的家庭成员均须签字，授权民政部门核对收入、存款、房产、车辆等信息"),
        m("残疾人证或病历材料", required=False, note="家庭成员有残疾或患重病的提供"),
        m("委托书", situation="委托代办"),
    ],
    "steps": [
        s("申请", "向户籍所在地乡镇人民政府（街道办事处）提交申请，也可通过“云栖办”App在线申请。"),
        s("调查核实", "乡镇（街道）组织入户调查，并开展家庭经济状况信息核对。"),
        s("公示", "调查核实结果和审核意见在申请人所在村（居）务公开栏公示7天。"),
        s("确认", "公示无异议的，由区（县）民政局确认，确认结果在村（居）长期公示。"),
        s("发放", "自批准之日的次月起按月发放低保金。"),
    ],
    "legal_time_limit": tl(30, note="特殊情况可延长至45个工作日"),
    "promised_time_limit": tl(20),
    "fee": free(),
    "online": {"depth": "online_apply", "url": "https://zwfw.yunqi.example/mzj/dibao", "visits": 1},
    "appointment": False,
    "express": False,
    "cross_region": "none",
    "legal_basis": ["《社会救助暂行办法》第九条至第十五条"],
    "result": "最低生活保障金（按月发放）",
}
make("minzheng.yaml", dibao, [WH, SX, HM, QZ], dist_agency("民政局"),
     center_halls("社会救助窗口", [WH, SX, HM, QZ],
                  extra={QZ: [{"hall": "hall-qz-songling", "window": "社会事务窗口", "note": "松岭镇户籍居民可就近申请"}]}),
     complaint="12349", updated="2026-01-20")

gaoling = {
    "base_code": "369919002000",
    "name": "高龄津贴申领",
    "aliases": ["高龄补贴", "老人补贴", "80岁补贴", "长寿补贴", "高龄老人津贴", "老年人津贴", "高齡津貼"],
    "item_type": "行政给付",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["养老"],
    "conditions": [
        "具有本市户籍且年满80周岁的老年人",
        "80周岁至89周岁的，每人每月100元",
        "90周岁至99周岁的，每人每月300元",
        "100周岁及以上的，每人每月600元",
        "自年满80周岁的次月起计发，按季度发放，每季度首月20日前发放至老年人本人社会保障卡",
        "老人行动不便的，可由子女或其他亲属代为申请",
        "领取高龄津贴的老人每年需进行1次生存认证，可通过“云栖办”App刷脸认证",
    ],
    "situations": [
        s("本人申请", "老人持本人身份证到社区（村）或街道（乡镇）便民服务中心申请。"),
        s("亲属代办", "子女或其他亲属持老人身份证和本人身份证代为申请，也可在“云栖办”App代为申请。"),
    ],
    "materials": [
        m("老年人居民身份证或户口簿"),
        m("老年人本人社会保障卡", source="政府部门核发", note="用于发放津贴，须已激活金融功能"),
        m("代办人居民身份证", situation="亲属代办"),
    ],
    "steps": [
        s("申请", "到户籍所在地社区（村）或街道（乡镇）便民服务中心申请，也可由子女在“云栖办”App代为申请。"),
        s("审核", "街道（乡镇）审核年龄和户籍信息。"),
        s("公示", "审核结果在老人户籍所在社区（村）公示5天。"),
        s("审批发放", "区民政局审批，自年满80周岁的次月起计发。"),
    ],
    "legal_time_limit": tl(20),
    "promised_time_limit": tl(10),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://zwfw.yunqi.example/mzj/gljt", "visits": 0},
    "appointment": False,
    "express": False,
    "cross_region": "none",
    "legal_basis": ["《云栖市高龄津贴发放管理办法》"],
    "result": "高龄津贴（按季度发放）",
}
make("minzheng.yaml", gaoling, [WH, SX, HM], dist_agency("民政局"),
     center_halls("民政窗口", [WH, SX, HM]), complaint="12349", updated="2026-03-01")

cjrz = {
    "base_code": "369919003000",
    "name": "残疾人证新办",
    "aliases": ["办残疾证", "残疾证", "申请残疾证", "评残", "残疾人证办理", "殘疾證"],
    "item_type": "行政确认",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["残疾人"],
    "conditions": [
        "视力、听力、言语、肢体、智力、精神残疾或多重残疾的本地户籍居民，可申请办理残疾人证",
        "申请人须到残联指定的评残医疗机构进行残疾评定",
        "申请精神残疾评定的，须有连续治疗6个月以上的病历资料",
        "本人行动不便的，可由法定监护人或委托代理人代为申请，并可申请评残医生上门评定",
        "残疾评定费用由残联承担，申请人无需缴费",
    ],
    "situations": [
        s("本人申请", "申请人本人持身份证和照片申请。"),
        s("代理人申请", "法定监护人或委托代理人持本人身份证和申请人材料代为申请。"),
        s("上门评定", "卧床、行动不便的，由评残医生上门评定。"),
    ],
    "materials": [
        m("申请人居民身份证或户口簿"),
        m("近期2寸白底免冠彩色照片", copies=3, note="肢体残疾申请人另需提供能反映残疾部位的全身照片1张"),
        m("《残疾人证申请表》", source="政府部门核发", note="可在“云栖办”App下载或窗口领取"),
        m("相关病历资料", required=False),
        m("监护人或代理人居民身份证", situation="代理人申请"),
    ],
    "steps": [
        s("申请", "向户籍所在地街道（乡镇）或区（县）残联提交申请。"),
        s("评定", "到指定医疗机构进行残疾评定，评定机构在10个工作日内出具评定结论。"),
        s("审核", "区（县）残联审核评定结论。"),
        s("公示", "审核结果在申请人所在社区（村）公示5个工作日。"),
        s("发证", "核发第三代智能化残疾人证，可选择邮寄到家或到街道（乡镇）领取。"),
    ],
    "legal_time_limit": tl(20, note="不含残疾评定时间"),
    "promised_time_limit": tl(15, note="不含残疾评定时间"),
    "fee": free(),
    "online": {"depth": "online_apply", "url": "https://zwfw.yunqi.example/cl/cjrz", "visits": 1},
    "appointment": True,
    "express": True,
    "cross_region": "全省通办",
    "legal_basis": ["《中华人民共和国残疾人证管理办法》"],
    "result": "中华人民共和国残疾人证（第三代智能化）",
}
make("minzheng.yaml", cjrz, [WH, QZ], dist_agency("残疾人联合会"),
     center_halls("残联窗口", [WH, QZ]), updated="2026-02-26")

# ================================================================ 教育
ruxue = {
    "base_code": "369920001000",
    "name": "义务教育小学一年级新生入学",
    "aliases": ["小学报名", "一年级报名", "孩子上小学", "小学入学", "幼升小", "新生入学报名"],
    "item_type": "公共服务",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["入学"],
    "conditions": [
        "当年8月31日前（含）年满6周岁的适龄儿童",
        "本区户籍适龄儿童按照“学区划片、免试就近入学”原则，由父母或其他法定监护人在学区内报名",
        "进城务工人员随迁子女，父母一方持有本区居住证且在本区连续缴纳社会保险满1年的，可以申请入学",
        "网上报名时间为每年6月1日至6月15日，逾期未报名的由区教育局统筹安排学位",
        "义务教育阶段公办学校免收学费、杂费",
    ],
    "situations": [
        s("户籍适龄儿童", "凭户口簿和学区内住房证明报名。"),
        s("随迁子女", "凭居住证和社会保险缴纳记录报名，由区教育局统筹安排学位。"),
    ],
    "materials": [
        m("儿童居民户口簿"),
        m("法定监护人居民身份证"),
        m("房屋产权证明或购房合同", note="须为父母（或祖父母、外祖父母）名下的学区内住房"),
        m("居住证", situation="随迁子女", source="政府部门核发"),
        m("社会保险缴纳证明", form="电子", situation="随迁子女", source="政府部门核发", exempt=True, note="通过社保数据共享核验"),
        m("预防接种证查验证明", source="政府部门核发", note="由社区卫生服务中心出具，报到时提交"),
    ],
    "steps": [
        s("网上报名", "6月1日至6月15日登录云栖市义务教育入学服务平台填报信息、上传材料。"),
        s("资格审核", "区教育局会同公安、住建、人社等部门审核报名资料。"),
        s("公布结果", "7月10日前在入学服务平台公布录取结果和学位安排。"),
        s("报到注册", "8月下旬持录取通知到学校报到注册。"),
    ],
    "legal_time_limit": tl(30, note="自报名截止之日起计算"),
    "promised_time_limit": tl(20, note="自报名截止之日起计算"),
    "fee": free(),
    "online": {"depth": "online_apply", "url": "https://jy.yunqi.example/ruxue", "visits": 1},
    "hours": "报名期间（6月1日至6月15日）现场咨询：周一至周六 08:30–12:00、14:00–17:30",
    "appointment": False,
    "express": False,
    "cross_region": "none",
    "legal_basis": ["《中华人民共和国义务教育法》第十二条"],
    "result": "入学录取通知（学位安排）",
}
make("jiaoyu.yaml", ruxue, [WH, SX, HM], dist_agency("教育局"),
     center_halls("教育窗口", [WH, SX, HM]), updated="2026-04-25")

# ================================================================ 企业
gtgsh = {
    "base_code": "369921001000",
    "name": "个体工商户设立登记",
    "aliases": ["办个体营业执照", "个体户执照", "开店办执照", "注册个体户", "个体工商户注册", "營業執照"],
    "item_type": "行政许可",
    "status": "active",
    "service_object": ["natural_person"],
    "life_events": ["开店", "创业"],
    "conditions": [
        "经营者须年满18周岁；年满16周岁不满18周岁、以自己的劳动收入为主要生活来源的，也可以申请",
        "有固定的经营场所",
        "实行经营场所申报承诺制，无需提交房屋产权证明",
        "经营范围涉及食品经营等许可事项的，取得营业执照后须另行申请相应许可方可经营",
        "经营者本人不便办理的，可委托他人代为办理",
    ],
    "situations": [
        s("本人申请", "经营者本人通过全程电子化平台或窗口申请。"),
        s("委托代理人", "代理人持经营者签署的委托书和本人身份证办理。"),
    ],
    "materials": [
        m("经营者居民身份证", note="网上办理的通过实名认证核验"),
        m("《个体工商户登记（备案）申请书》", form="电子", source="政府部门核发", note="在线填报后自动生成"),
        m("经营场所使用证明", required=False, note="实行申报承诺制的免交"),
        m("委托书及代理人身份证", situation="委托代理人"),
    ],
    "steps": [
        s("名称申报", "在云栖市市场主体登记全程电子化平台自主申报名称。"),
        s("填报申请", "在线填报经营者信息、经营场所和经营范围，电子签名确认。"),
        s("审核", "登记机关审核，材料齐全、符合法定形式的当场或1个工作日内核准。"),
        s("领照", "核准后可下载电子营业执照；纸质营业执照可选择免费邮寄或到窗口领取。"),
    ],
    "legal_time_limit": tl(15),
    "promised_time_limit": tl(1, note="材料齐全的当场办结"),
    "fee": free(),
    "online": {"depth": "full_online", "url": "https://scjg.yunqi.example/qdj", "visits": 0},
    "appointment": True,
    "express": True,
    "cross_region": "全市通办",
    "legal_basis": ["《促进个体工商户发展条例》", "《中华人民共和国市场主体登记管理条例》"],
    "result": "个体工商户营业执照（含电子营业执照）",
}
make("qiye.yaml", gtgsh, [WH, SX, QZ], dist_agency("市场监督管理局"),
     center_halls("市场监管窗口", [WH, SX, QZ]), complaint="12315", updated="2026-05-28")

spjy = {
    "base_code": "369921002000",
    "name": "食品经营许可证核发",
    "aliases": ["食品经营许可证", "餐饮许可证", "开饭店办证", "卖吃的要什么证", "食品证", "开餐馆办证"],
    "item_type": "行政许可",
    "status": "active",
    "service_object": ["legal_person", "natural_person"],
    "life_events": ["开店", "创业"],
    "conditions": [
        "已取得营业执照的市场主体",
        "有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所",
        "有专职或兼职的食品安全管理人员，从业人员持有有效健康证明",
        "仅销售预包装食品的，无需申请食品经营许可，向所在地市场监管部门备案即可",
        "食品经营许可证有效期为5年",
        "需要延续的，应当在有效期届满30个工作日前申请延续",
    ],
    "situations": [
        s("餐饮服务", "开办饭店、小吃店、饮品店等，须提交场所布局图和设备布局图。"),
        s("食品销售", "销售散装食品等，须说明贮存条件。"),
    ],
    "materials": [
        m("《食品经营许可申请书》", form="电子", source="政府部门核发"),
        m("营业执照", source="政府部门核发", exempt=True, note="通过市场主体登记信息共享核验"),
        m("法定代表人（负责人）居民身份证"),
        m("经营场所平面图和设备布局图、操作流程", note="餐饮服务须标明加工制作区域和设备位置"),
        m("食品安全管理制度", note="包括从业人员健康管理、进货查验、食品安全自查等制度"),
        m("从业人员健康证明", form="原件和复印件", source="中介机构"),
    ],
    "steps": [
        s("申请", "通过云栖市市场监管网上服务平台在线申请，或到区政务服务中心市场监管窗口申请。"),
        s("受理审查", "市场监管局审查申请材料。"),
        s("现场核查", "需要现场核查的，由2名以上执法人员在受理后5个工作日内到经营场所核查。"),
        s("决定发证", "符合条件的作出准予许可决定，发放食品经营许可证。"),
    ],
    "legal_time_limit": tl(10, note="不含现场核查整改时间"),
    "promised_time_limit": tl(5),
    "fee": free(),
    "online": {"depth": "online_apply", "url": "https://scjg.yunqi.example/spjy", "visits": 1},
    "appointment": False,
    "express": True,
    "cross_region": "none",
    "legal_basis": ["《中华人民共和国食品安全法》第三十五条", "《食品经营许可和备案管理办法》"],
    "result": "食品经营许可证",
}
make("qiye.yaml", spjy, [WH, HM], dist_agency("市场监督管理局"),
     center_halls("市场监管窗口", [WH, HM]), complaint="12315", updated="2026-05-28")

# ================================================================ faq
faq = [
    {"id": "faq-yq-12345", "questions": ["12345热线几点有人接？", "晚上能打12345吗？"],
     "answer": "云栖市12345政务服务便民热线全年无休、24小时人工接听。可咨询政策、查询办事指南，也可投诉建议。夜间受理的诉求在次日工作时间转交承办部门。",
     "agency": "云栖市政务服务管理局", "region": Q(CITY), "updated_at": Q("2026-01-08"), "status": "active"},
    {"id": "faq-yq-idcard-period", "questions": ["身份证有效期是几年？", "多大岁数身份证是长期的？"],
     "answer": "居民身份证有效期按申领时的年龄确定：未满16周岁的为5年；16周岁至25周岁的为10年；26周岁至45周岁的为20年；46周岁以上的为长期。",
     "agency": "云栖市公安局", "region": Q(CITY), "updated_at": Q("2026-03-30"), "status": "active"},
    {"id": "faq-yq-hukou-book", "questions": ["户口本丢了怎么补？", "户口簿遗失补办"],
     "answer": "居民户口簿遗失的，由户主或户内成年成员持本人居民身份证到户籍所在地派出所户籍窗口申请补发，不收费，当场补发。户口簿补发后原户口簿自动作废。",
     "agency": "云栖市公安局", "region": Q(CITY), "updated_at": Q("2026-03-30"), "status": "active"},
    {"id": "faq-yq-nocrime", "questions": ["无犯罪记录证明在哪开？", "开无犯罪证明要多久？"],
     "answer": "无犯罪记录证明由本人持居民身份证到户籍地或居住地派出所申请，也可通过“云栖办”App在线申请。一般3个工作日内出具，不收费。委托他人代办的，需提供委托书和代办人身份证。",
     "agency": "云栖市公安局", "region": Q(CITY), "updated_at": Q("2026-02-14"), "status": "active"},
    {"id": "faq-yq-medins-break", "questions": ["职工医保断缴了怎么办？", "换工作医保断了会怎样？"],
     "answer": "职工基本医疗保险中断缴费3个月以内补缴的，医保待遇不中断。中断超过3个月的，自重新缴费次月起设置3个月待遇等待期。",
     "agency": "云栖市医疗保障局", "region": Q(CITY), "updated_at": Q("2026-08-15"), "status": "active"},
    {"id": "faq-yq-hpf-rate", "questions": ["公积金缴存比例是多少？", "公积金基数什么时候调？"],
     "answer": "本市住房公积金单位和个人缴存比例均为5%至12%。缴存基数每年7月1日调整一次，以职工本人上一年度月平均工资为准。",
     "agency": "云栖市住房公积金管理中心", "region": Q(CITY), "updated_at": Q("2026-06-30"), "status": "active"},
    {"id": "faq-yq-hpf-query", "questions": ["怎么查公积金余额？", "公积金账户怎么查？"],
     "answer": "可通过“云栖公积金”App、住房公积金网上服务大厅或拨打12329服务热线查询住房公积金账户余额和缴存明细，也可在公积金服务大厅自助终端刷身份证查询。",
     "agency": "云栖市住房公积金管理中心", "region": Q(CITY), "updated_at": Q("2026-06-30"), "status": "active"},
    {"id": "faq-yq-gaoling-2023",
     "answer": "本市高龄津贴标准为：80周岁至89周岁的每人每月50元，90周岁至99周岁的每人每月200元，100周岁以上的每人每月500元。领取津贴的老人每年须到社区现场进行一次资格认证。",
     "agency": "云栖市民政局", "region": Q(CITY), "updated_at": Q("2023-01-10"), "status": "revoked"},
    {"id": "faq-yq-selfsign", "questions": ["港澳签注能自助办吗？", "自助签注机在哪里？"],
     "answer": "已持有电子往来港澳通行证的，可在云栖市公安局出入境接待大厅24小时自助签注区办理再次签注，当场出签。首次申领通行证须到窗口办理。",
     "agency": "云栖市公安局", "region": Q(CITY), "updated_at": Q("2026-05-20"), "status": "active"},
    {"id": "faq-yq-school-zone", "questions": ["学区怎么划分？", "怎么查房子对应哪个小学？"],
     "answer": "各区小学学区划片方案每年5月20日前由区教育局公布，可在云栖市义务教育入学服务平台输入房屋地址查询对应学校。",
     "agency": "云栖市教育局", "region": Q(CITY), "updated_at": Q("2026-04-25"), "status": "active"},
    {"id": "faq-yq-driver-points", "questions": ["驾驶证扣满12分怎么办？", "驾照记分周期怎么算？"],
     "answer": "机动车驾驶证记分周期为12个月，自初次领证之日起计算。一个记分周期内记分满12分的，驾驶证被暂扣，须参加为期7天的道路交通安全法律法规学习并考试合格。",
     "agency": "云栖市公安局交通警察支队", "region": Q(CITY), "updated_at": Q("2026-03-12"), "status": "active"},
    {"id": "faq-yq-cert-lost", "questions": ["房产证丢了怎么办？", "不动产权证书遗失补办"],
     "answer": "不动产权证书遗失的，无需登报，由权利人向不动产登记机构申请补发，登记机构在“云栖不动产”网站公告15个工作日后补发新证书。",
     "agency": "云栖市自然资源和规划局", "region": Q(CITY), "updated_at": Q("2026-04-08"), "status": "active"},
    {"id": "faq-yq-sbk-activate", "questions": ["社保卡怎么激活？", "社保卡金融功能怎么开通？"],
     "answer": "社会保障卡领卡后，持卡和本人身份证到任一合作银行网点激活金融功能，也可在“云栖人社”App刷脸激活。未激活金融功能的，无法领取养老金、失业保险金等待遇。",
     "agency": "云栖市人力资源和社会保障局", "region": Q(CITY), "updated_at": Q("2026-07-01"), "status": "active"},
    {"id": "faq-yq-elder-card", "questions": ["老年人优待证怎么办？", "老人坐公交免费吗？"],
     "answer": "年满60周岁的老年人可通过“云栖办”App申领电子老年人优待证，免费。年满65周岁的凭优待证或本人身份证免费乘坐市内公交。",
     "agency": "云栖市民政局", "region": Q(CITY), "updated_at": Q("2026-03-01"), "status": "active"},
    {"id": "faq-yq-weekend", "questions": ["周末能去办事吗？", "周六政务中心开门吗？"],
     "answer": "云栖市市民服务中心每周六上午9:00至12:00开放户政、社保、医保、公积金综合窗口。松溪区政务服务中心周六上午开放综合受理窗口。其他区县政务服务中心周六、周日休息。",
     "agency": "云栖市政务服务管理局", "region": Q(CITY), "updated_at": Q("2026-01-08"), "status": "active"},
]

bundles = [
    {"id": "bundle-yq-birth", "name": "新生儿出生一件事",
     "aliases": ["宝宝出生要办什么", "生孩子后要办哪些手续", "新生儿办证", "出生一件事"],
     "description": "新生儿出生后，通过“云栖办”App“出生一件事”专区一次申请，联办出生登记（上户口）、城乡居民医保参保、社会保障卡申领和生育津贴申领。",
     "items": [Q("369911001000"), Q("369914001000"), Q("369914005000"), Q("369914003000")],
     "order_note": "先办理出生登记取得户口，再在出生后3个月内办理城乡居民医保参保，参保后申领社会保障卡；生育津贴由母亲所在单位申报，可与上述事项同步办理。"},
    {"id": "bundle-yq-eatery", "name": "开餐饮店一件事",
     "aliases": ["开饭店要办哪些证", "开小吃店手续", "开餐馆一件事"],
     "description": "开办饭店、小吃店等餐饮小店，一次申请联办个体工商户设立登记和食品经营许可。",
     "items": [Q("369921001000"), Q("369921002000")],
     "order_note": "先办理个体工商户设立登记取得营业执照，执照信息共享后申请食品经营许可，经现场核查合格后发证。"},
]


def main():
    os.makedirs(os.path.join(OUT, "guides"), exist_ok=True)
    for fn in os.listdir(os.path.join(OUT, "guides")):
        os.remove(os.path.join(OUT, "guides", fn))
    for fn, lst in guides.items():
        p = os.path.join(OUT, "guides", fn)
        if fn.endswith(".json"):
            with open(p, "w", encoding="utf-8") as f:
                json.dump(lst, f, ensure_ascii=False, indent=2)
        else:
            dump(lst, p)
    dump(revoked, os.path.join(OUT, "guides", "shengyu-revoked.yaml"))
    dump(regions, os.path.join(OUT, "regions.yaml"))
    dump(halls, os.path.join(OUT, "halls.yaml"))
    dump(faq, os.path.join(OUT, "faq.yaml"))
    dump(bundles, os.path.join(OUT, "bundles.yaml"))
    n = sum(len(v) for v in guides.values()) + 1
    print("guides:", n, "items:", len({g['base_code'] for v in guides.values() for g in v}) + 1)


if __name__ == "__main__":
    main()
