#!/usr/bin/env python3
"""Generate the fictional 岭西市 service-guide catalog (held-out evaluation set).

Run:  python3 make_catalog.py   (writes ./catalog/)
All phone numbers use the fictional area code 0000 and every link is under .example.
District items are 同要素: conditions, materials, time limits and fees are the same in
every district; only code, agency, halls and phones differ.
"""
import os
import copy
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "catalog")

PROVINCE = "450000"
CITY = "451500"
DIST = {
    # key: (code, name, phone base, police agency, centre hall id)
    "qx": ("451502", "青溪区", "2831", "岭西市公安局青溪分局", "qx-zwzx"),
    "sm": ("451503", "石门区", "3672", "岭西市公安局石门分局", "sm-zwzx"),
    "lt": ("451521", "龙塘县", "5518", "龙塘县公安局", "lt-zwzx"),
    "yl": ("451522", "云岭县", "7724", "云岭县公安局", "yl-zwzx"),
}
TOWN = "451521101"

# agency kind -> (name suffix, phone suffix)
AG = {
    "police": (None, "101"),
    "civil": ("民政局", "202"),
    "health": ("卫生健康局", "303"),
    "disabled": ("残疾人联合会", "404"),
    "edu": ("教育局", "505"),
    "medins": ("医疗保障局", "606"),
    "hr": ("人力资源和社会保障局", "707"),
    "market": ("市场监督管理局", "808"),
    "justice": ("司法局", "909"),
    "veteran": ("退役军人事务局", "616"),
}


def yd(o, path):
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(o, f, allow_unicode=True, sort_keys=False, width=1000)


# ---------------------------------------------------------------- regions
REGIONS = [
    {"code": PROVINCE, "name": "广西壮族自治区", "level": "province"},
    {"code": CITY, "name": "岭西市", "level": "city", "parent": PROVINCE},
    {"code": "451502", "name": "青溪区", "level": "county", "parent": CITY},
    {"code": "451503", "name": "石门区", "level": "county", "parent": CITY},
    {"code": "451521", "name": "龙塘县", "level": "county", "parent": CITY},
    {"code": "451522", "name": "云岭县", "level": "county", "parent": CITY},
    {"code": TOWN, "name": "马鞍镇", "level": "town", "parent": "451521"},
]

# ---------------------------------------------------------------- halls
WEEK = [1, 2, 3, 4, 5]


def H(days, o, c):
    return {"days": days, "open": o, "close": c}


HALLS = [
    {"id": "lx-zwzx", "name": "岭西市政务服务中心", "region": CITY,
     "address": "岭西市青溪区凤鸣大道188号市民中心B座",
     "location": {"lat": 23.4502, "lon": 107.8611},
     "hours": [H(WEEK, "09:00", "17:00"), H([6], "09:00", "12:00")],
     "hours_note": "工作日中午不休息；周六上午仅开放社保、医保、公积金综合窗口；法定节假日休息",
     "phone": "0000-2800100", "appointment_url": "https://zwfw.lingxi.example/yuyue",
     "transit": "乘坐12路、35路公交车至市民中心站下车，或地铁1号线凤鸣站C出口步行300米"},
    {"id": "qx-zwzx", "name": "青溪区政务服务中心", "region": "451502",
     "address": "岭西市青溪区滨江路66号",
     "location": {"lat": 23.4561, "lon": 107.8742},
     "hours": [H(WEEK, "08:30", "12:00"), H(WEEK, "14:30", "17:30")],
     "hours_note": "法定节假日休息",
     "phone": "0000-2831000", "appointment_url": "https://zwfw.lingxi.example/qx",
     "transit": "乘坐7路、21路公交车至滨江路口站下车"},
    {"id": "sm-zwzx", "name": "石门区政务服务中心", "region": "451503",
     "address": "岭西市石门区工业大道2号",
     "location": {"lat": 23.4318, "lon": 107.8395},
     "hours": [H(WEEK, "09:00", "17:00"), H([6], "09:00", "16:00")],
     "hours_note": "周六全天开放综合窗口；户政和婚姻登记窗口周六不办公",
     "phone": "0000-3672000",
     "transit": "乘坐5路、35路公交车至石门区政府站下车"},
    {"id": "lt-zwzx", "name": "龙塘县政务服务中心", "region": "451521",
     "address": "岭西市龙塘县城南路9号",
     "location": {"lat": 23.6124, "lon": 108.0153},
     "hours": [H(WEEK, "08:00", "12:00"), H(WEEK, "15:00", "18:00")],
     "hours_note": "10月1日至次年4月30日下午为14:30-17:30",
     "phone": "0000-5518000"},
    {"id": "yl-zwzx", "name": "云岭县政务服务中心", "region": "451522",
     "address": "岭西市云岭县和平街128号",
     "location": {"lat": 23.2871, "lon": 107.6932},
     "hours": [H(WEEK, "08:30", "12:00"), H(WEEK, "14:30", "17:30"), H([6], "09:00", "12:00")],
     "hours_note": "周六上午开放户政、社保窗口",
     "phone": "0000-7724000", "appointment_url": "https://zwfw.lingxi.example/yl",
     "transit": "县城1路公交至县政务中心站"},
    {"id": "qx-hydj", "name": "青溪区婚姻登记处", "region": "451502",
     "address": "岭西市青溪区桃源路17号",
     "location": {"lat": 23.4589, "lon": 107.8801},
     "hours": [H([2, 3, 4, 5, 6], "09:00", "12:00"), H([2, 3, 4, 5, 6], "14:00", "17:00")],
     "hours_note": "周一闭馆，周二至周六办公；5月20日、七夕节照常办理",
     "phone": "0000-2831520", "appointment_url": "https://mzj.lingxi.example/hyyy",
     "transit": "乘坐7路公交车至桃源公园站下车"},
    {"id": "lx-crj", "name": "岭西市公安局出入境管理支队办证大厅", "region": CITY,
     "address": "岭西市石门区长安路25号",
     "location": {"lat": 23.4387, "lon": 107.8476},
     "hours": [H(WEEK, "08:30", "17:30"), H([6, 7], "09:00", "12:00"), H([6, 7], "14:00", "17:00")],
     "hours_note": "周末正常受理，法定节假日另行通知",
     "phone": "0000-2800366", "appointment_url": "https://crj.lingxi.example/yuyue",
     "transit": "乘坐9路、18路公交车至长安路口站下车"},
    {"id": "lx-bdc", "name": "岭西市不动产登记中心", "region": CITY,
     "address": "岭西市青溪区金桂路31号",
     "location": {"lat": 23.4465, "lon": 107.8663},
     "hours": [H(WEEK, "08:30", "12:00"), H(WEEK, "14:00", "17:30"), H([6], "09:00", "12:00")],
     "hours_note": "周六上午仅办理抵押登记和不动产登记资料查询",
     "phone": "0000-2800520", "appointment_url": "https://bdc.lingxi.example/yuyue",
     "transit": "乘坐12路公交车至金桂路站下车"},
    {"id": "lx-gjj", "name": "岭西市住房公积金管理中心服务大厅", "region": CITY,
     "address": "岭西市青溪区民生路8号",
     "location": {"lat": 23.4533, "lon": 107.8590},
     "hours": [H(WEEK, "08:30", "17:00")],
     "hours_note": "中午不休息",
     "phone": "0000-2812329"},
    {"id": "lx-sbzx", "name": "岭西市社会保险服务中心", "region": CITY,
     "address": "岭西市石门区人民路102号",
     "location": {"lat": 23.4352, "lon": 107.8433},
     "hours": [H(WEEK, "08:30", "12:00"), H(WEEK, "14:30", "17:30")],
     "phone": "0000-2812333",
     "transit": "乘坐5路公交车至人民路中段站下车"},
    {"id": "lx-cgs", "name": "岭西市公安局交通警察支队车辆管理所", "region": CITY,
     "address": "岭西市石门区环城北路300号",
     "location": {"lat": 23.4701, "lon": 107.8302},
     "hours": [H(WEEK, "08:30", "17:30"), H([6], "09:00", "17:00")],
     "hours_note": "周六全天办理机动车登记和驾驶证业务",
     "phone": "0000-2800122", "appointment_url": "https://122.lingxi.example/yuyue"},
    {"id": "lt-maan", "name": "龙塘县马鞍镇便民服务中心", "region": TOWN,
     "address": "岭西市龙塘县马鞍镇圩亭街3号",
     "location": {"lat": 23.6552, "lon": 108.1013},
     "hours": [H(WEEK, "08:00", "12:00"), H(WEEK, "14:30", "17:30")],
     "hours_note": "圩日（农历逢三、六、九）中午不休息",
     "phone": "0000-5530101"},
    {"id": "lx-gzc", "name": "岭西市公证处", "region": CITY,
     "address": "岭西市青溪区解放路45号",
     "location": {"lat": 23.4488, "lon": 107.8702},
     "hours": [H(WEEK, "09:00", "12:00"), H(WEEK, "14:00", "17:30")],
     "phone": "0000-2806180", "appointment_url": "https://gzc.lingxi.example/yuyue"},
]


def M(name, form="原件", copies=1, required=True, source="申请人自备", exempt=False, situation=None, note=None):
    m = {"name": name, "form": form, "copies": copies, "required": required, "source": source}
    if exempt:
        m["exempt"] = True
    if situation:
        m["situation"] = situation
    if note:
        m["note"] = note
    return m


def S(name, description):
    return {"name": name, "description": description}


def T(value, unit="working_day", note=None):
    t = {"value": value, "unit": unit}
    if note:
        t["note"] = note
    return t


NOFEE = {"charged": False, "items": []}


def FEE(*items):
    return {"charged": True, "items": [{"name": n, "amount": a, "basis": b} for n, a, b in items]}


def ON(depth, url=None, visits=1):
    o = {"depth": depth}
    if url:
        o["url"] = url
    o["visits"] = visits
    return o


# ---------------------------------------------------------------- district items (同要素)
# each: n (sequence), agency kind, window, town (also in 马鞍镇便民服务中心), and guide fields
DITEMS = []


def D(n, kind, window, town=False, **g):
    DITEMS.append({"n": n, "kind": kind, "window": window, "town": town, "g": g})


D(1, "police", "户政窗口",
  name="居民身份证首次申领",
  aliases=["第一次办身份证", "小孩办身份证", "新办身份证", "初次办理身份证"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["出生", "入学"],
  conditions=["具有本市常住户口的中国公民",
              "年满16周岁的公民应当申领居民身份证",
              "未满16周岁的公民可以自愿申领居民身份证，由监护人代为申请"],
  situations=[S("未满16周岁", "须由监护人陪同本人到场，监护人携带本人居民身份证和户口簿"),
              S("年满16周岁", "本人到场采集人像和指纹信息")],
  materials=[M("居民户口簿"),
             M("监护人居民身份证", situation="未满16周岁", note="监护人须与申领人在同一户口簿上，不在同一户口簿的须提供出生医学证明"),
             M("人像照片", form="电子", source="政府部门核发", note="窗口现场免费采集人像，无需自带照片")],
  steps=[S("受理", "到户籍所在地户政窗口申请，现场采集人像和指纹"),
         S("审核", "公安机关审核申领信息"),
         S("制证", "由省公安厅统一制作居民身份证"),
         S("领证", "凭领证回执到窗口领取，或选择邮寄到家")],
  legal_time_limit=T(60, "natural_day"), promised_time_limit=T(20),
  fee=FEE(("居民身份证工本费", 20, "《关于居民身份证收费标准及有关问题的通知》")),
  online=ON("online_apply", "https://gaj.lingxi.example/sfz", 1),
  appointment=True, express=True, cross_region="全省通办",
  legal_basis=["《中华人民共和国居民身份证法》"], result="居民身份证")

D(2, "police", "户政窗口",
  name="居民身份证换领",
  aliases=["身份证到期换证", "身份证过期了", "换身份证", "身份证快到期了"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["证件办理"],
  conditions=["居民身份证有效期满前3个月内可申请换领",
              "证件严重损坏不能辨认，或姓名、出生日期等登记项目变更的",
              "有效期：16至25周岁发10年有效期，26至45周岁发20年有效期，46周岁以上发长期有效"],
  situations=[S("有效期满换领", "携带原证申请，换领时交回原证"),
              S("证件损坏换领", "交回损坏的原证"),
              S("登记项目变更换领", "须先在户籍窗口完成户口簿登记项目变更")],
  materials=[M("原居民身份证", note="换领时交回"),
             M("居民户口簿", required=False, note="在户籍所在地以外办理跨省换领的可不提供")],
  steps=[S("受理", "到任一户政窗口申请，现场采集人像和指纹"),
         S("审核", "公安机关审核"),
         S("制证", "省公安厅统一制证"),
         S("领证", "到窗口领取或邮寄到家")],
  legal_time_limit=T(60, "natural_day"), promised_time_limit=T(15),
  fee=FEE(("居民身份证工本费", 20, "《关于居民身份证收费标准及有关问题的通知》")),
  online=ON("online_apply", "https://gaj.lingxi.example/sfz", 1),
  appointment=True, express=True, cross_region="跨省通办",
  legal_basis=["《中华人民共和国居民身份证法》"], result="居民身份证")

D(3, "police", "户政窗口",
  name="居民身份证补领",
  aliases=["身份证丢了", "身份证掉了怎么补", "补办身份证", "身份证遗失补办"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["证件办理"],
  conditions=["居民身份证丢失、被盗的",
              "申请人须本人到场采集人像和指纹，不得由他人代办",
              "补领期间可同时申请临时居民身份证"],
  situations=[S("本人到窗口补领", "到任一户政窗口办理"),
              S("行动不便上门办理", "年满70周岁或重度残疾等行动不便的申请人，可由家属电话预约民警上门采集人像指纹")],
  materials=[M("居民户口簿", required=False, note="在户籍所在地办理的须提供；无需登报挂失"),
             M("近亲属居民身份证", situation="行动不便上门办理", note="预约上门服务的家属提供")],
  steps=[S("受理", "本人到场，现场采集人像和指纹，原证件信息自动作废"),
         S("审核", "公安机关审核"),
         S("制证", "省公安厅统一制证"),
         S("领证", "到窗口领取或邮寄到家")],
  legal_time_limit=T(60, "natural_day"), promised_time_limit=T(10),
  fee=FEE(("居民身份证补领工本费", 40, "《关于居民身份证收费标准及有关问题的通知》"),
          ("临时居民身份证工本费（需要时）", 10, "《关于居民身份证收费标准及有关问题的通知》")),
  online=ON("online_apply", "https://gaj.lingxi.example/sfz", 1),
  appointment=True, express=True, cross_region="跨省通办",
  legal_basis=["《中华人民共和国居民身份证法》"], result="居民身份证")

D(4, "police", "户政窗口",
  name="出生登记",
  aliases=["新生儿上户口", "小孩上户口", "宝宝落户", "报户口", "新生儿落户"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["出生"],
  conditions=["新生儿父亲或母亲一方为本市常住户口",
              "应当自婴儿出生之日起1个月内申报出生登记",
              "超过1个月申报的，须由监护人书面说明逾期原因"],
  situations=[S("婚内生育", "随父或随母落户"),
              S("非婚生育", "随母落户；随父落户的须提供亲子鉴定证明")],
  materials=[M("出生医学证明", note="通过出生一件事联办的，由助产医院推送电子证照，免提交纸质件"),
             M("父母双方居民身份证"),
             M("落户方居民户口簿"),
             M("父母结婚证", situation="婚内生育", exempt=True, note="民政部门共享核验，可免提交"),
             M("亲子鉴定证明", situation="非婚生育", source="中介机构", note="仅随父落户时提供，须由具有资质的司法鉴定机构出具")],
  steps=[S("申请", "监护人到落户地户政窗口申请，或在岭西通APP出生一件事栏目提交"),
         S("审核", "核验出生医学证明与父母户籍信息"),
         S("登记", "当场在户口簿上登记新生儿户口页")],
  legal_time_limit=T(10), promised_time_limit=T(0, note="材料齐全的当场办结"),
  fee=NOFEE,
  online=ON("online_apply", "https://gaj.lingxi.example/csdj", 1),
  appointment=False, express=False, cross_region="全市通办",
  legal_basis=["《中华人民共和国户口登记条例》"], result="居民户口簿（新生儿户口页）")

D(5, "police", "户政窗口",
  name="户口迁入（投靠亲属）",
  aliases=["投靠落户", "老人投靠子女迁户口", "户口迁过来", "夫妻投靠", "把户口迁到这边"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["户籍", "婚姻"],
  conditions=["夫妻投靠：双方结婚满2年的",
              "父母投靠子女：男方年满60周岁、女方年满55周岁，且在本市无其他子女可投靠",
              "未成年子女投靠父母",
              "被投靠人在本市有合法稳定住所并实际居住满1年"],
  situations=[S("夫妻投靠", "申请人投靠在本市落户的配偶"),
              S("父母投靠子女", "老年父母投靠在本市落户的子女"),
              S("子女投靠父母", "未成年子女投靠父母")],
  materials=[M("申请人居民身份证和户口簿"),
             M("被投靠人居民户口簿"),
             M("结婚证", situation="夫妻投靠", exempt=True, note="民政部门共享核验，可免提交"),
             M("亲属关系证明", situation="父母投靠子女", note="可提供子女的出生医学证明或亲属关系公证书"),
             M("房屋产权证明或租赁备案证明", note="租住房屋的，租赁合同须在住建部门备案满1年")],
  steps=[S("申请", "到迁入地户政窗口提交申请"),
         S("审核", "迁入地公安机关审核，必要时入户调查"),
         S("准迁", "审核通过后出具准予迁入证明，跨省迁移的由迁入地直接办理迁移手续（一站式）"),
         S("落户", "在迁入地户口簿上登记")],
  legal_time_limit=T(20), promised_time_limit=T(10),
  fee=NOFEE,
  online=ON("online_apply", "https://gaj.lingxi.example/qr", 1),
  appointment=True, express=False, cross_region="跨省通办",
  legal_basis=["《中华人民共和国户口登记条例》"], result="准予迁入证明")

D(6, "police", "户政窗口",
  name="死亡注销户口",
  aliases=["人去世了销户", "老人过世注销户口", "死亡销户", "人走了户口怎么办"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["身后"],
  conditions=["公民死亡后，由其家属或者户主在1个月以内申报注销户口",
              "可由死者的任一近亲属持本人居民身份证代为申报"],
  materials=[M("死亡医学证明书或火化证明", note="在医院死亡的提供《居民死亡医学证明（推断）书》；非正常死亡的提供公安机关出具的死亡证明"),
             M("死者居民户口簿和居民身份证", note="居民身份证遗失的可不提供"),
             M("申报人居民身份证")],
  steps=[S("申报", "家属到户籍所在地户政窗口申报"),
         S("注销", "当场注销户口并收回居民身份证")],
  legal_time_limit=T(5), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("offline_only", None, 1),
  appointment=False, express=False, cross_region="none",
  legal_basis=["《中华人民共和国户口登记条例》"], result="注销户口证明")

D(7, "police", "户政窗口",
  name="居住证申领",
  aliases=["办居住证", "暂住证", "外地人办居住证", "居住证怎么办"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["户籍", "就业"],
  conditions=["离开常住户口所在地到本市居住半年以上",
              "符合有合法稳定就业、合法稳定住所、连续就读条件之一",
              "居住证有效期1年，期满前30日内办理签注延期"],
  situations=[S("合法稳定住所", "自有住房或租住房屋"),
              S("合法稳定就业", "在本市单位就业或经营个体工商户"),
              S("连续就读", "在本市全日制学校就读")],
  materials=[M("居民身份证"),
             M("住所证明", situation="合法稳定住所", note="自有住房提供不动产权证书，租房提供租赁合同；社区出具的居住证明也可"),
             M("劳动合同或营业执照", situation="合法稳定就业"),
             M("学校出具的在读证明", situation="连续就读", source="中介机构"),
             M("人像照片", form="电子", note="窗口现场免费采集")],
  steps=[S("申请", "到居住地户政窗口或通过岭西通APP提交"),
         S("审核", "核查居住登记信息"),
         S("制证", "制作居住证"),
         S("领证", "窗口领取或邮寄")],
  legal_time_limit=T(15, "natural_day"), promised_time_limit=T(10),
  fee=NOFEE,
  online=ON("online_apply", "https://gaj.lingxi.example/jzz", 1),
  appointment=True, express=True, cross_region="none",
  legal_basis=["《居住证暂行条例》"], result="居住证")

D(8, "civil", "婚姻登记窗口",
  name="内地居民结婚登记",
  aliases=["领结婚证", "登记结婚", "扯证", "领证", "打结婚证"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["婚姻"],
  conditions=["男方年满22周岁，女方年满20周岁",
              "双方均无配偶",
              "双方自愿结婚，不属于直系血亲和三代以内旁系血亲",
              "双方须共同亲自到场办理，不得委托他人代办"],
  materials=[M("双方居民身份证"),
             M("双方居民户口簿", required=False, note="办理跨省通办或全省通办的可不提供户口簿"),
             M("3张2寸近期半身免冠合影照片", note="红色背景双人合影，也可现场拍照")],
  steps=[S("预约", "可通过岭西通APP或婚姻登记处预约网址预约登记时段"),
         S("申请", "双方共同到场填写《申请结婚登记声明书》"),
         S("审查", "登记员审查证件和声明"),
         S("颁证", "当场颁发结婚证，可选择举行颁证仪式")],
  legal_time_limit=T(30, "natural_day", "当事人不符合结婚条件的当场告知"), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("online_apply", "https://mzj.lingxi.example/hydj", 1),
  hours="法定工作日办理；5月20日、七夕节如遇周末照常办理",
  appointment=True, express=False, cross_region="跨省通办",
  legal_basis=["《中华人民共和国民法典》", "《婚姻登记条例》"], result="结婚证")

D(9, "civil", "婚姻登记窗口",
  name="补领结婚证",
  aliases=["结婚证丢了", "结婚证掉了", "补办结婚证", "结婚证遗失补办"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["婚姻"],
  conditions=["结婚证遗失或损毁的",
              "可向原办理婚姻登记的机关或一方当事人常住户口所在地的婚姻登记机关申请",
              "可由一方当事人单独申请补领"],
  materials=[M("申请人居民身份证"),
             M("申请人居民户口簿"),
             M("2张2寸近期半身免冠单人照片", note="补领双方结婚证的须提供双方照片"),
             M("婚姻登记档案证明", required=False, source="政府部门核发", exempt=True, note="婚姻登记机关可调取档案的免交")],
  steps=[S("申请", "到婚姻登记窗口填写《申请补领婚姻登记证声明书》"),
         S("查档", "婚姻登记机关调取婚姻登记档案"),
         S("补发", "核实无误后当场补发")],
  legal_time_limit=T(30, "natural_day"), promised_time_limit=T(0, note="需跨区调取档案的，自档案调取之日起即办"),
  fee=NOFEE,
  online=ON("offline_only", None, 1),
  appointment=True, express=False, cross_region="全省通办",
  legal_basis=["《婚姻登记条例》"], result="结婚证（补发）")

D(10, "civil", "婚姻登记窗口",
  name="内地居民离婚登记",
  aliases=["协议离婚", "办离婚", "去民政局离婚", "离婚手续"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["婚姻"],
  conditions=["双方自愿离婚，并已对子女抚养、财产及债务处理等事项协商一致",
              "双方须共同亲自到场，不得委托他人代办"],
  materials=[M("双方居民身份证"),
             M("双方居民户口簿"),
             M("结婚证"),
             M("离婚协议书", copies=3, note="载明双方自愿离婚的意思表示及对子女抚养、财产及债务处理等事项协商一致的意见"),
             M("2张2寸近期半身免冠单人照片", copies=2)],
  steps=[S("申请", "双方共同到场提交申请，领取《离婚登记申请受理回执单》"),
         S("冷静期", "自婚姻登记机关收到离婚登记申请之日起30日内，任何一方不愿意离婚的，可以撤回申请"),
         S("审查", "冷静期届满后30日内，双方共同到场申请发给离婚证，未申请的视为撤回"),
         S("登记", "审查通过后当场发给离婚证")],
  legal_time_limit=T(30, "natural_day", "离婚冷静期不计入"), promised_time_limit=T(0, note="冷静期届满后双方到场申请发证的当场办结"),
  fee=NOFEE,
  online=ON("offline_only", None, 2),
  appointment=True, express=False, cross_region="none",
  legal_basis=["《中华人民共和国民法典》", "《婚姻登记条例》"], result="离婚证")

D(11, "health", "卫生健康窗口",
  name="生育登记",
  aliases=["准生证", "生育服务证", "生二胎登记", "办准生证", "生小孩登记"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["生育"],
  conditions=["夫妻一方户籍在本市或在本市居住", "生育子女数量不限，均可登记"],
  materials=[M("夫妻双方居民身份证", form="电子", exempt=True, note="通过数据共享核验，可免提交"),
             M("结婚证", form="电子", exempt=True, note="通过数据共享核验，可免提交")],
  steps=[S("申请", "在岭西通APP生育登记栏目在线填报"),
         S("登记", "系统核验后即时登记，生成电子生育登记服务单")],
  legal_time_limit=T(5), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("full_online", "https://wjw.lingxi.example/sydj", 0),
  appointment=False, express=False, cross_region="全省通办",
  legal_basis=["《广西壮族自治区人口和计划生育条例》"], result="生育登记服务单（电子）")

D(12, "civil", "社会救助窗口", town=True,
  name="最低生活保障审核确认",
  aliases=["吃低保", "申请低保", "低保怎么申请", "城乡低保", "困难户补助"],
  item_type="行政给付", status="active", service_object=["natural_person"], life_events=["困难救助"],
  conditions=["申请人持有本地户籍，或持有本地居住证且在本地连续居住满2年",
              "家庭月人均收入低于当地最低生活保障标准：城市每人每月820元，农村每人每月560元",
              "家庭财产状况符合本市低保家庭财产认定规定",
              "申请人行动不便的，可委托村（居）民委员会代为提出申请"],
  situations=[S("城市低保", "按城市低保标准审核"), S("农村低保", "按农村低保标准审核")],
  materials=[M("低保申请书", source="政府部门核发", note="由乡镇（街道）提供格式文本"),
             M("家庭成员居民身份证和户口簿"),
             M("家庭经济状况核对授权书", note="共同生活的家庭成员均须签字"),
             M("残疾人证或疾病诊断证明", required=False, note="家庭成员有残疾或重病的提供")],
  steps=[S("申请", "向户籍所在地或居住地乡镇人民政府（街道办事处）提出申请"),
         S("调查核实", "乡镇（街道）入户调查并开展家庭经济状况信息核对"),
         S("公示", "审核意见在申请人所在村（社区）公示7天"),
         S("审批", "县级民政部门审批确认"),
         S("发放", "低保金按家庭月人均收入与低保标准的差额计发，每月10日前打入低保家庭账户")],
  legal_time_limit=T(30), promised_time_limit=T(25),
  fee=NOFEE,
  online=ON("online_apply", "https://mzj.lingxi.example/dibao", 1),
  appointment=False, express=False, cross_region="none",
  legal_basis=["《社会救助暂行办法》"], result="最低生活保障金领取证")

D(13, "civil", "社会救助窗口", town=True,
  name="临时救助",
  aliases=["急难救助", "突发困难补助", "家里出事了能申请补助吗", "临时困难救助"],
  item_type="行政给付", status="active", service_object=["natural_person"], life_events=["困难救助"],
  conditions=["因火灾、交通事故等意外事件，或家庭成员突发重大疾病，导致基本生活暂时出现严重困难的家庭或个人",
              "急难型临时救助可先行救助，事后补齐手续",
              "救助金额一次性发放，单次最高不超过4920元"],
  materials=[M("临时救助申请书"),
             M("申请人居民身份证"),
             M("遭遇困难的证明材料", note="如医疗费用票据、火灾事故认定书、交通事故认定书等")],
  steps=[S("申请", "向乡镇（街道）提出申请，或由村（社区）代为申请"),
         S("审核", "乡镇（街道）调查核实，公示3天"),
         S("审批", "县级民政部门审批，急难型可由乡镇直接先行救助"),
         S("发放", "救助金一次性打入申请人账户")],
  legal_time_limit=T(15), promised_time_limit=T(10),
  fee=NOFEE,
  online=ON("offline_only", None, 1),
  appointment=False, express=False, cross_region="none",
  legal_basis=["《社会救助暂行办法》"], result="临时救助金")

D(14, "civil", "养老服务窗口", town=True,
  name="高龄津贴发放",
  aliases=["80岁老人补贴", "长寿补贴", "高龄补贴", "老年人津贴", "老人长寿金"],
  item_type="行政给付", status="active", service_object=["natural_person"], life_events=["养老"],
  conditions=["具有本市户籍且年满80周岁的老年人",
              "津贴标准：80至89周岁每人每月100元，90至99周岁每人每月300元，100周岁及以上每人每月800元",
              "本人行动不便的，可由家属或村（社区）工作人员代为申请"],
  materials=[M("老年人居民身份证", exempt=True, note="通过电子证照核验，可免提交"),
             M("老年人居民户口簿"),
             M("本人社会保障卡或银行卡", note="用于按月发放津贴，须为老人本人名下账户"),
             M("代办人居民身份证", required=False, note="由家属代为申请时提供")],
  steps=[S("申请", "在岭西通APP刷脸申请，或到村（社区）、乡镇（街道）窗口申请"),
         S("审核", "乡镇（街道）审核户籍和年龄信息"),
         S("审批", "县级民政部门审批"),
         S("发放", "自审批通过的次月起按月发放至本人社会保障卡")],
  legal_time_limit=T(20), promised_time_limit=T(15),
  fee=NOFEE,
  online=ON("full_online", "https://mzj.lingxi.example/gaoling", 0),
  appointment=False, express=False, cross_region="none",
  result="高龄津贴按月发放")

D(15, "civil", "养老服务窗口", town=True,
  name="经济困难老年人养老服务补贴",
  aliases=["养老服务补贴", "居家养老补贴", "困难老人养老补贴", "失能老人补贴"],
  item_type="行政给付", status="active", service_object=["natural_person"], life_events=["养老"],
  conditions=["具有本市户籍且年满60周岁",
              "属于低保、特困供养或低保边缘家庭的老年人",
              "经老年人能力评估为失能或半失能",
              "补贴标准：失能老年人每人每月200元，半失能老年人每人每月120元，以居家养老服务券形式发放"],
  materials=[M("养老服务补贴申请表"),
             M("老年人居民身份证和户口簿"),
             M("低保证或特困供养证", exempt=True, note="民政系统内可查询的免提交"),
             M("老年人能力评估报告", source="中介机构", note="由县级民政部门委托的评估机构上门评估后出具，评估免费")],
  steps=[S("申请", "向乡镇（街道）提出申请"),
         S("评估", "委托评估机构上门开展老年人能力评估"),
         S("公示", "评估和审核结果在村（社区）公示5个工作日"),
         S("审批", "县级民政部门审批"),
         S("发放", "按月发放居家养老服务券，可在定点服务机构使用")],
  legal_time_limit=T(30), promised_time_limit=T(20),
  fee=NOFEE,
  online=ON("online_apply", "https://mzj.lingxi.example/ylbt", 1),
  appointment=False, express=False, cross_region="none",
  result="居家养老服务券")

D(16, "civil", "社会救助窗口",
  name="困难残疾人生活补贴和重度残疾人护理补贴",
  aliases=["残疾人两项补贴", "残疾人补贴", "重度残疾护理补贴", "残疾补助", "残疾人生活补贴"],
  item_type="行政给付", status="active", service_object=["natural_person"], life_events=["残疾人"],
  conditions=["持有第二代中华人民共和国残疾人证",
              "困难残疾人生活补贴：低保家庭中的残疾人，每人每月95元",
              "重度残疾人护理补贴：残疾等级为一级、二级且需长期照护的残疾人，一级每人每月130元，二级每人每月85元",
              "可委托近亲属或监护人代为申请"],
  situations=[S("困难残疾人生活补贴", "低保家庭中的残疾人申请"),
              S("重度残疾人护理补贴", "一级、二级残疾人申请")],
  materials=[M("两项补贴申请审批表"),
             M("残疾人证", form="电子", exempt=True, note="通过残疾人证电子证照核验，可免提交"),
             M("居民户口簿"),
             M("本人银行卡或社会保障卡"),
             M("委托书和代办人居民身份证", required=False, note="委托代办时提供")],
  steps=[S("申请", "向户籍所在地乡镇（街道）提出申请，也可全省通办"),
         S("审核", "乡镇（街道）审核"),
         S("审定", "县级残联和民政部门审定"),
         S("发放", "自审定次月起按月发放")],
  legal_time_limit=T(20), promised_time_limit=T(15),
  fee=NOFEE,
  online=ON("online_apply", "https://mzj.lingxi.example/cjbt", 1),
  appointment=False, express=False, cross_region="全省通办",
  result="残疾人两项补贴按月发放")

D(17, "disabled", "残联窗口",
  name="残疾人证新办",
  aliases=["办残疾证", "申请残疾证", "残疾证怎么办", "办残疾人证"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["残疾人"],
  conditions=["本市户籍的视力、听力、言语、肢体、智力、精神及多重残疾人",
              "须到县级残联指定的医疗机构进行残疾评定",
              "低保家庭残疾人免收评定费"],
  materials=[M("居民户口簿"),
             M("居民身份证"),
             M("近期2寸白底免冠彩色照片", copies=3),
             M("残疾评定表", source="中介机构", note="由指定评定医院的评定医生填写")],
  steps=[S("申请", "到县级残联窗口或在线提交申请，领取评定表"),
         S("评定", "到指定评定医院进行残疾评定，自评定之日起10个工作日内出具评定结论"),
         S("审核", "县级残联审核评定结论"),
         S("发证", "核发第二代残疾人证，可选择邮寄")],
  legal_time_limit=T(30, "natural_day"), promised_time_limit=T(20),
  fee=FEE(("残疾评定费", "肢体、视力残疾评定每人次100元，智力、精神残疾评定每人次200元", "自治区价格主管部门核定标准")),
  online=ON("online_apply", "https://dpf.lingxi.example/cjz", 2),
  appointment=False, express=True, cross_region="跨省通办",
  legal_basis=["《中华人民共和国残疾人保障法》"], result="中华人民共和国残疾人证")

D(18, "edu", "教育服务窗口",
  name="义务教育小学一年级新生入学登记",
  aliases=["小孩上小学报名", "一年级报名", "入学报名", "小学学位申请", "上小学"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["入学"],
  conditions=["适龄儿童须于当年8月31日前年满6周岁",
              "本市户籍儿童按户籍和住房划片入学",
              "随迁子女：父母一方持有本市居住证满1年且在本市连续缴纳社会保险满1年"],
  situations=[S("本市户籍", "按户籍和房产所在片区报名"),
              S("随迁子女", "向居住地所在片区报名，由教育局统筹安排学位")],
  materials=[M("居民户口簿"),
             M("房产证明或租赁合同"),
             M("父母居住证", situation="随迁子女"),
             M("社会保险缴费证明", situation="随迁子女", form="电子", exempt=True, note="系统自动核验，无需提交"),
             M("儿童预防接种证", required=False, note="入学后查验，不影响报名")],
  steps=[S("网上报名", "每年6月1日至6月20日登录岭西市义务教育招生平台报名"),
         S("资料审核", "学校和教育局审核报名材料，材料不全的现场补交"),
         S("派位公示", "录取结果在招生平台公示5天"),
         S("录取", "发放入学通知书")],
  legal_time_limit=T(30), promised_time_limit=T(20),
  fee=NOFEE,
  online=ON("online_apply", "https://jyj.lingxi.example/zs", 1),
  hours="每年6月1日至6月20日网上报名",
  appointment=False, express=False, cross_region="none",
  legal_basis=["《中华人民共和国义务教育法》"], result="入学通知书")

D(19, "medins", "医保窗口", town=True,
  name="城乡居民基本医疗保险参保登记",
  aliases=["交医保", "居民医保", "新农合", "城乡医保怎么交", "农村合作医疗"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["出生", "医疗"],
  conditions=["未参加职工基本医疗保险的本市户籍居民及持本市居住证的常住人员",
              "集中缴费期为每年9月1日至12月31日",
              "新生儿自出生之日起90日内参保缴费的，自出生之日起享受待遇"],
  materials=[M("居民身份证或户口簿", note="新生儿可凭出生医学证明参保")],
  steps=[S("登记", "在岭西通APP或医保窗口登记参保"),
         S("缴费", "通过税务缴费渠道缴纳个人缴费部分")],
  legal_time_limit=T(1), promised_time_limit=T(0),
  fee=FEE(("城乡居民医保个人缴费", "2026年度每人每年400元", "岭西市城乡居民基本医疗保险筹资标准")),
  online=ON("full_online", "https://ybj.lingxi.example/jmcb", 0),
  appointment=False, express=False, cross_region="全省通办",
  result="参保登记（次年1月1日起享受待遇）")

D(20, "hr", "社保窗口", town=True,
  name="城乡居民基本养老保险参保登记",
  aliases=["交农保", "新农保", "居民养老保险", "城乡养老保险", "农村养老保险"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["养老"],
  conditions=["年满16周岁（不含在校学生）",
              "未参加职工基本养老保险的城乡居民",
              "缴费档次为每年200元至5000元共12个档次，自愿选择"],
  materials=[M("居民身份证或户口簿")],
  steps=[S("登记", "在岭西通APP或社保窗口登记"),
         S("缴费", "按选择的档次缴费，政府给予缴费补贴")],
  legal_time_limit=T(1), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("full_online", "https://rsj.lingxi.example/jmyl", 0),
  appointment=False, express=False, cross_region="全省通办",
  result="参保登记")

D(21, "market", "市场监管窗口",
  name="个体工商户设立登记",
  aliases=["办个体执照", "开店办营业执照", "个体户营业执照", "注册个体户", "办个体户"],
  item_type="行政许可", status="active", service_object=["natural_person"], life_events=["经营"],
  conditions=["有经营能力的公民",
              "经营场所符合要求",
              "名称中不得含有“企业”“公司”字样"],
  situations=[S("本人办理", "经营者本人申请"),
              S("委托代理人办理", "由委托代理人代为申请")],
  materials=[M("个体工商户登记（备案）申请书"),
             M("经营者居民身份证"),
             M("经营场所使用证明", note="自有房产提供产权证明，租赁的提供租赁合同；住宅改为经营性用房的须提交《住所（经营场所）登记表》并经有利害关系的业主同意"),
             M("委托书及委托代理人居民身份证", situation="委托代理人办理")],
  steps=[S("申请", "通过岭西市企业开办一网通平台或窗口提交"),
         S("审核", "登记机关审核"),
         S("发照", "核发营业执照，可邮寄到家")],
  legal_time_limit=T(15), promised_time_limit=T(0, note="材料齐全、符合法定形式的当场办结"),
  fee=NOFEE,
  online=ON("full_online", "https://scjg.lingxi.example/gth", 0),
  appointment=False, express=True, cross_region="全市通办",
  legal_basis=["《促进个体工商户发展条例》"], result="营业执照")

D(22, "market", "市场监管窗口",
  name="个体工商户变更登记",
  aliases=["个体户改名字", "个体执照变更地址", "个体户换经营者", "营业执照变更"],
  item_type="行政许可", status="active", service_object=["natural_person"], life_events=["经营"],
  conditions=["个体工商户名称、经营者姓名、经营范围、经营场所等登记事项发生变化的",
              "应当自登记事项变更之日起30日内申请变更登记",
              "变更经营者的可以直接申请办理变更登记"],
  situations=[S("变更经营场所", "迁移经营场所"), S("变更经营者", "将个体户转给他人经营")],
  materials=[M("个体工商户变更登记申请书"),
             M("营业执照正副本"),
             M("新经营场所使用证明", situation="变更经营场所"),
             M("新经营者居民身份证", situation="变更经营者")],
  steps=[S("申请", "网上或窗口提交"), S("审核", "登记机关审核"), S("换照", "换发营业执照")],
  legal_time_limit=T(15), promised_time_limit=T(1),
  fee=NOFEE,
  online=ON("full_online", "https://scjg.lingxi.example/gth", 0),
  appointment=False, express=True, cross_region="全市通办",
  result="营业执照（变更后）")

D(23, "market", "市场监管窗口",
  name="个体工商户注销登记",
  aliases=["个体户注销", "不做了注销执照", "关店注销营业执照", "个体执照注销"],
  item_type="行政许可", status="active", service_object=["natural_person"], life_events=["注销"],
  conditions=["个体工商户不再从事经营活动的",
              "未发生债权债务或已清偿完结的，可以申请简易注销"],
  situations=[S("一般注销", "提交注销申请书和营业执照"),
              S("简易注销", "承诺无债权债务，经公示无异议后注销")],
  materials=[M("个体工商户注销登记申请书"),
             M("营业执照正副本", note="营业执照遗失的，可在国家企业信用信息公示系统发布作废声明"),
             M("全体投资人承诺书", situation="简易注销")],
  steps=[S("公示", "简易注销的，通过国家企业信用信息公示系统公示20日"),
         S("申请", "公示期满无异议的提交注销申请"),
         S("注销", "登记机关作出准予注销决定")],
  legal_time_limit=T(10), promised_time_limit=T(1),
  fee=NOFEE,
  online=ON("full_online", "https://scjg.lingxi.example/gth", 0),
  appointment=False, express=False, cross_region="全市通办",
  result="准予注销登记通知书")

D(24, "market", "市场监管窗口",
  name="食品经营许可证核发（新办）",
  aliases=["办食品经营许可证", "开饭店要办什么证", "餐饮许可证", "卖食品要办证", "开小吃店办证"],
  item_type="行政许可", status="active", service_object=["natural_person", "legal_person"], life_events=["经营", "企业开办"],
  conditions=["已取得营业执照等合法主体资格",
              "具有与经营的食品品种、数量相适应的经营场所和设备设施",
              "仅销售预包装食品的，实行备案管理，无需申请许可"],
  situations=[S("餐饮服务", "开办饭店、小吃店、奶茶店等"),
              S("食品销售", "销售散装食品等"),
              S("单位食堂", "机关、学校、企业食堂")],
  materials=[M("食品经营许可申请书"),
             M("营业执照", form="电子", exempt=True, note="通过电子营业执照核验，可免提交"),
             M("法定代表人（负责人）居民身份证"),
             M("主要设备设施布局和操作流程文件", note="餐饮服务须提交加工制作场所平面布局图"),
             M("食品安全管理制度文本", note="包括从业人员健康管理、进货查验记录等制度")],
  steps=[S("申请", "网上或窗口提交"),
         S("受理", "材料齐全的当场受理"),
         S("现场核查", "需要现场核查的，在受理后5个工作日内完成"),
         S("审批发证", "作出许可决定并发证，可邮寄")],
  legal_time_limit=T(10), promised_time_limit=T(5),
  fee=NOFEE,
  online=ON("online_apply", "https://scjg.lingxi.example/spjy", 1),
  appointment=False, express=True, cross_region="none",
  legal_basis=["《中华人民共和国食品安全法》", "《食品经营许可和备案管理办法》"], result="食品经营许可证")

D(25, "market", "市场监管窗口",
  name="食品经营许可证变更",
  aliases=["食品经营许可证变更", "食品证改名字", "食品许可证增加经营项目"],
  item_type="行政许可", status="active", service_object=["natural_person", "legal_person"], life_events=["经营"],
  conditions=["食品经营许可证载明的许可事项发生变化的，应当向原发证部门申请变更",
              "经营场所迁址的，应当重新申请食品经营许可，不适用变更"],
  materials=[M("食品经营许可变更申请书"),
             M("食品经营许可证正副本"),
             M("与变更事项有关的材料", note="如增加经营项目的，提交相应设备布局图")],
  steps=[S("申请", "网上提交"), S("审核", "原发证部门审核，必要时现场核查"), S("发证", "换发许可证")],
  legal_time_limit=T(10), promised_time_limit=T(3),
  fee=NOFEE,
  online=ON("full_online", "https://scjg.lingxi.example/spjy", 0),
  appointment=False, express=True, cross_region="none",
  result="食品经营许可证（变更）")

D(26, "market", "市场监管窗口",
  name="食品经营许可证注销",
  aliases=["食品经营许可证注销", "饭店关门注销食品证", "不开店了食品证怎么办"],
  item_type="行政许可", status="active", service_object=["natural_person", "legal_person"], life_events=["注销"],
  conditions=["食品经营者终止食品经营，或食品经营许可被撤回、撤销的",
              "应当在30个工作日内申请办理注销手续"],
  materials=[M("食品经营许可注销申请书"),
             M("食品经营许可证正副本", note="遗失的须提交遗失情况说明")],
  steps=[S("申请", "网上提交注销申请"), S("注销", "原发证部门办理注销")],
  legal_time_limit=T(10), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("full_online", "https://scjg.lingxi.example/spjy", 0),
  appointment=False, express=False, cross_region="none",
  result="准予注销通知书")

D(27, "justice", "法律援助窗口",
  name="法律援助申请",
  aliases=["请免费律师", "法律援助", "打官司没钱请律师", "讨薪找律师", "免费律师"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["法律服务"],
  conditions=["因经济困难没有委托代理人的，可以申请法律援助",
              "经济困难标准：家庭人均月收入低于本市最低工资标准（每月1810元）",
              "农民工请求支付劳动报酬、请求工伤事故人身损害赔偿的，免予核查经济困难状况",
              "无民事行为能力人或限制民事行为能力人，由其法定代理人代为提出申请"],
  materials=[M("法律援助申请表"),
             M("申请人居民身份证"),
             M("经济困难状况说明表", note="由申请人如实填写并签名承诺，无需单位或村（居）委会盖章"),
             M("与所申请法律援助事项有关的案件材料", note="如劳动合同、工资条、起诉状、判决书等")],
  steps=[S("申请", "到法律援助窗口申请或在线提交"),
         S("审查", "自收到申请之日起7日内作出是否给予法律援助的决定"),
         S("指派", "决定给予法律援助的，3日内指派律师"),
         S("办理", "律师承办案件")],
  legal_time_limit=T(7, "natural_day"), promised_time_limit=T(5),
  fee=NOFEE,
  online=ON("online_apply", "https://sfj.lingxi.example/fy", 1),
  hours="工作日9:00-17:00有值班律师现场解答",
  appointment=True, express=False, cross_region="none",
  legal_basis=["《中华人民共和国法律援助法》"], result="给予法律援助决定书")

D(28, "veteran", "退役军人服务窗口",
  name="退役军人优待证申领",
  aliases=["退伍军人优待证", "老兵优待证", "退役军人卡", "退伍兵优待证"],
  item_type="行政确认", status="active", service_object=["natural_person"], life_events=["退役"],
  conditions=["已退出现役并在本市安置或户籍在本市的退役军人",
              "烈士遗属、因公牺牲军人遗属、病故军人遗属也可申领"],
  materials=[M("居民身份证"),
             M("退役证件", note="退伍证、转业证、复员证或退休证等"),
             M("近期2寸白底免冠彩色照片", note="也可现场免费拍照")],
  steps=[S("申请", "到退役军人服务站或通过退役军人服务小程序申请"),
         S("审核", "县级退役军人事务局审核"),
         S("制证", "由自治区统一制证"),
         S("发放", "制好后邮寄到家或到服务站领取")],
  legal_time_limit=T(60), promised_time_limit=T(45),
  fee=NOFEE,
  online=ON("online_apply", "https://vac.lingxi.example/yydz", 1),
  appointment=False, express=True, cross_region="全省通办",
  result="中华人民共和国退役军人优待证")

D(29, "civil", "养老服务窗口", town=True,
  name="老年人优待证办理",
  aliases=["老人证", "老年证", "敬老证", "60岁老人证", "老年人证"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["养老"],
  conditions=["年满60周岁的本市户籍老年人",
              "在本市居住的外地户籍老年人持本市居住证也可办理",
              "可由亲属代办，代办人须携带本人居民身份证"],
  situations=[S("本人办理", "老年人本人到窗口"), S("亲属代办", "由子女等亲属代为办理")],
  materials=[M("老年人居民身份证"),
             M("1寸近期免冠照片", note="窗口现场免费拍照"),
             M("代办人居民身份证", situation="亲属代办")],
  steps=[S("申请", "到窗口提交"), S("制证", "当场制证发放")],
  legal_time_limit=T(5), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("offline_only", None, 1),
  appointment=False, express=False, cross_region="全市通办",
  result="岭西市老年人优待证")

D(30, "health", "卫生健康窗口",
  name="流动人口婚育证明办理",
  aliases=["婚育证明", "流动人口婚育证", "计生证明"],
  item_type="行政确认", status="revoked", service_object=["natural_person"], life_events=["生育"],
  conditions=["已婚育龄流动人口外出前办理"],
  materials=[M("婚育证明表（村居委会盖章）"), M("居民身份证")],
  steps=[S("申请", "到户籍所在地乡镇（街道）计生办申请"), S("发证", "审核后发放婚育证明")],
  legal_time_limit=T(10), promised_time_limit=T(5),
  fee=NOFEE,
  online=ON("offline_only", None, 1),
  appointment=False, express=False, cross_region="none",
  result="流动人口婚育证明")

# ---------------------------------------------------------------- city items
CITEMS = []


def C(n, agency, halls, consult, complaint=None, **g):
    CITEMS.append({"n": n, "agency": agency, "halls": halls, "consult": consult, "complaint": complaint, "g": g})


CRJ = "岭西市公安局出入境管理支队"
C(1, CRJ, [{"hall": "lx-crj", "window": "护照窗口"}], "0000-2800366", "0000-2800110",
  name="普通护照签发",
  aliases=["办护照", "出国护照", "申请护照", "护照怎么办"],
  item_type="行政许可", status="active", service_object=["natural_person"], life_events=["出行"],
  conditions=["中国公民因前往外国定居、探亲、学习、就业、旅行、从事商务活动等非公务原因出国的",
              "可在全国任一出入境管理机构申请，无需回户籍地",
              "未满16周岁的须由监护人陪同"],
  situations=[S("成年人", "本人到场办理"), S("未成年人", "监护人陪同办理")],
  materials=[M("居民身份证"),
             M("出入境证件申请表", source="政府部门核发", note="可在窗口现场填写或网上预填"),
             M("出入境证件照片", form="电子", note="窗口免费采集，或使用照相馆出具的数字相片回执"),
             M("监护关系证明和监护人居民身份证", situation="未成年人", note="出生医学证明或户口簿等")],
  steps=[S("预约", "通过移民局政务服务平台或岭西市出入境预约网址预约"),
         S("受理", "现场采集指纹和照片"), S("审批", "审批制证"), S("领证", "窗口领取或EMS邮寄")],
  legal_time_limit=T(15), promised_time_limit=T(7),
  fee=FEE(("普通护照工本费", 120, "国家发展改革委、财政部收费标准")),
  online=ON("online_apply", "https://crj.lingxi.example/yuyue", 1),
  appointment=True, express=True, cross_region="跨省通办",
  legal_basis=["《中华人民共和国护照法》"], result="中华人民共和国普通护照")

C(2, CRJ, [{"hall": "lx-crj", "window": "港澳台窗口"}], "0000-2800366", "0000-2800110",
  name="往来港澳通行证及签注签发",
  aliases=["港澳通行证", "去香港办证", "港澳签注", "去澳门旅游办证", "港澳通行证续签"],
  item_type="行政许可", status="active", service_object=["natural_person"], life_events=["出行"],
  conditions=["内地居民因私前往香港、澳门特别行政区的",
              "可在全国任一出入境管理机构申请"],
  situations=[S("首次申领", "到窗口申请往来港澳通行证和签注"),
              S("再次签注", "持有效电子往来港澳通行证的，可在自助签注机即时办理签注")],
  materials=[M("居民身份证"),
             M("出入境证件申请表", source="政府部门核发"),
             M("出入境证件照片", form="电子", note="窗口免费采集"),
             M("有效往来港澳通行证", situation="再次签注")],
  steps=[S("受理", "窗口或自助机申请"), S("审批", "审批制证"), S("领证", "窗口领取或邮寄")],
  legal_time_limit=T(15), promised_time_limit=T(7, note="再次签注在自助签注机即时办结"),
  fee=FEE(("往来港澳通行证（电子）工本费", 60, "国家发展改革委、财政部收费标准"),
          ("个人旅游签注（一次有效）", 15, "同上"),
          ("个人旅游签注（二次有效）", 30, "同上")),
  online=ON("online_apply", "https://crj.lingxi.example/yuyue", 1),
  appointment=True, express=True, cross_region="跨省通办",
  result="往来港澳通行证")

C(3, CRJ, [{"hall": "lx-crj", "window": "港澳台窗口"}], "0000-2800366", "0000-2800110",
  name="往来台湾通行证及签注签发",
  aliases=["台湾通行证", "去台湾办证", "赴台证", "大通证"],
  item_type="行政许可", status="active", service_object=["natural_person"], life_events=["出行"],
  conditions=["内地居民因私前往台湾地区的"],
  materials=[M("居民身份证"), M("出入境证件申请表", source="政府部门核发"),
             M("出入境证件照片", form="电子", note="窗口免费采集")],
  steps=[S("受理", "窗口申请"), S("审批", "审批制证"), S("领证", "窗口领取或邮寄")],
  legal_time_limit=T(20), promised_time_limit=T(10),
  fee=FEE(("往来台湾通行证（电子）工本费", 60, "国家发展改革委、财政部收费标准"),
          ("赴台签注（一次有效）", 15, "同上")),
  online=ON("online_apply", "https://crj.lingxi.example/yuyue", 1),
  appointment=True, express=True, cross_region="跨省通办",
  result="往来台湾通行证")

BDC = "岭西市不动产登记中心"
BDC_H = [{"hall": "lx-bdc", "window": "综合受理窗口"}]
C(4, BDC, BDC_H, "0000-2800520", "0000-2800521",
  name="新建商品房转移登记",
  aliases=["新房办房产证", "买新房办证", "新房办不动产证", "房产证怎么办下来", "交房办证"],
  item_type="行政确认", status="active", service_object=["natural_person", "legal_person"], life_events=["住房"],
  conditions=["开发企业已办理项目不动产首次登记", "购房人已缴清契税等税费"],
  materials=[M("不动产登记申请书"),
             M("购房人居民身份证"),
             M("商品房买卖合同（网签备案）"),
             M("购房发票"),
             M("契税完税凭证", form="电子", exempt=True, note="税务部门数据共享，免提交"),
             M("婚姻状况证明", required=False, note="已婚的提供结婚证，夫妻共有的须双方到场或提供委托书")],
  steps=[S("申请", "开发企业代为申请或购房人到窗口申请"),
         S("受理", "登记中心受理"),
         S("审核", "审核登记"),
         S("登簿发证", "缴纳登记费后发证，可邮寄")],
  legal_time_limit=T(30), promised_time_limit=T(5),
  fee=FEE(("不动产登记费（住宅）", "住宅每件80元", "《关于不动产登记收费标准等有关问题的通知》"),
          ("不动产权证书工本费", "第一本免收，每增加一本加收10元", "同上")),
  online=ON("online_apply", "https://bdc.lingxi.example/wsbs", 1),
  appointment=True, express=True, cross_region="全市通办",
  legal_basis=["《不动产登记暂行条例》"], result="不动产权证书")

C(5, BDC, BDC_H, "0000-2800520", "0000-2800521",
  name="存量房转移登记",
  aliases=["二手房过户", "买二手房办证", "房子过户", "房产过户给子女", "房子继承过户"],
  item_type="行政确认", status="active", service_object=["natural_person", "legal_person"], life_events=["住房", "身后"],
  conditions=["不动产已办理登记且未被查封", "已设立抵押的须经抵押权人同意"],
  situations=[S("买卖", "二手房买卖"), S("赠与", "直系亲属间赠与等"), S("继承", "因继承取得房屋")],
  materials=[M("不动产登记申请书"),
             M("买卖双方或当事人居民身份证"),
             M("不动产权证书"),
             M("存量房买卖合同", situation="买卖"),
             M("赠与合同", situation="赠与"),
             M("继承权证明材料", situation="继承", note="可提供继承权公证书，也可由全部继承人到登记机构现场查验"),
             M("完税凭证", form="电子", exempt=True, note="交易、缴税、登记一窗办理，免提交")],
  steps=[S("网签", "买卖双方网签存量房买卖合同"),
         S("缴税", "一窗申报缴纳税费"),
         S("受理登记", "登记中心受理审核"),
         S("缴费发证", "缴纳登记费后发证")],
  legal_time_limit=T(30), promised_time_limit=T(3),
  fee=FEE(("不动产登记费（住宅）", "住宅每件80元", "《关于不动产登记收费标准等有关问题的通知》"),
          ("不动产登记费（非住宅）", "非住宅每件550元", "同上")),
  online=ON("online_apply", "https://bdc.lingxi.example/wsbs", 1),
  appointment=True, express=True, cross_region="全市通办",
  legal_basis=["《不动产登记暂行条例》"], result="不动产权证书")

C(6, BDC, BDC_H, "0000-2800520", "0000-2800521",
  name="不动产抵押登记",
  aliases=["房子抵押", "办抵押贷款登记", "房贷抵押登记", "抵押注销"],
  item_type="行政确认", status="active", service_object=["natural_person", "legal_person"], life_events=["住房"],
  conditions=["以不动产设定抵押的", "小微企业、个体工商户申请贷款办理抵押登记的免收登记费"],
  materials=[M("不动产登记申请书"), M("抵押合同和主债权合同"), M("不动产权证书"), M("双方身份证明")],
  steps=[S("申请", "在合作银行网点通过登记+金融服务直接提交"), S("审核", "登记中心审核"), S("登簿", "生成电子不动产登记证明")],
  legal_time_limit=T(30), promised_time_limit=T(1),
  fee=FEE(("抵押登记费（住宅）", "住宅每件80元", "《关于不动产登记收费标准等有关问题的通知》"),
          ("抵押登记费（非住宅）", "非住宅每件550元", "同上")),
  online=ON("full_online", "https://bdc.lingxi.example/dy", 0),
  appointment=True, express=False, cross_region="全市通办",
  result="不动产登记证明（电子）")

C(7, BDC, BDC_H, "0000-2800520", "0000-2800521",
  name="不动产权证书补发",
  aliases=["房产证丢了", "房本遗失补办", "补办房产证", "不动产证掉了"],
  item_type="行政确认", status="active", service_object=["natural_person", "legal_person"], life_events=["住房"],
  conditions=["不动产权证书遗失、灭失的，由权利人申请补发", "证书损坏的申请换发，不适用补发"],
  materials=[M("不动产登记申请书"), M("权利人居民身份证"),
             M("遗失声明", note="无需登报，由登记机构在门户网站统一公告")],
  steps=[S("申请", "权利人到窗口申请"),
         S("公告", "在岭西市自然资源局门户网站公告15个工作日，公告期满无异议的予以补发"),
         S("补发", "补发的证书注明“补发”字样")],
  legal_time_limit=T(30), promised_time_limit=T(3, note="自公告期满之日起计算"),
  fee=FEE(("不动产权证书工本费", 10, "《关于不动产登记收费标准等有关问题的通知》")),
  online=ON("online_apply", "https://bdc.lingxi.example/wsbs", 2),
  appointment=True, express=True, cross_region="none",
  result="不动产权证书（补发）")

GJJ = "岭西市住房公积金管理中心"
GJJ_H = [{"hall": "lx-gjj", "window": "提取业务窗口"}, {"hall": "lx-zwzx", "window": "公积金综合窗口"}]
C(8, GJJ, GJJ_H, "0000-2812329", "0000-2812300",
  name="住房公积金租房提取",
  aliases=["租房提取公积金", "租房取公积金", "公积金付房租", "公积金租房"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["住房"],
  conditions=["职工本人及配偶在本市无自有住房且租房自住的",
              "连续足额缴存住房公积金满3个月",
              "每年可提取一次，单身职工每年最高提取12000元，已婚职工家庭每年最高提取18000元"],
  materials=[M("居民身份证"),
             M("婚姻状况证明", required=False, note="已婚的提供结婚证，未婚的签署单身承诺"),
             M("本人名下银行卡")],
  steps=[S("申请", "在岭西公积金APP或网上服务大厅申请"), S("审核", "系统自动核验住房信息"), S("到账", "提取资金划入本人银行卡")],
  legal_time_limit=T(3), promised_time_limit=T(1, note="网上申请一般1个工作日内到账"),
  fee=NOFEE,
  online=ON("full_online", "https://gjj.lingxi.example/tq", 0),
  appointment=False, express=False, cross_region="全市通办",
  result="提取资金划入本人银行账户")

C(9, GJJ, GJJ_H, "0000-2812329", "0000-2812300",
  name="住房公积金购房提取",
  aliases=["买房提公积金", "公积金买房提取", "首付取公积金", "买房取公积金"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["住房"],
  conditions=["购买本市或户籍所在地自住住房的",
              "自购房合同签订之日起2年内申请",
              "提取总额不超过购房总价"],
  situations=[S("购买新建商品房", "提供网签商品房买卖合同"), S("购买二手房", "提供不动产权证书")],
  materials=[M("居民身份证"),
             M("购房合同"),
             M("购房发票或契税完税凭证", exempt=True, note="数据共享可查询的免提交"),
             M("不动产权证书", situation="购买二手房"),
             M("本人名下银行卡")],
  steps=[S("申请", "网上或窗口申请"), S("审核", "审核购房信息"), S("到账", "资金划入本人银行卡")],
  legal_time_limit=T(5), promised_time_limit=T(3),
  fee=NOFEE,
  online=ON("online_apply", "https://gjj.lingxi.example/tq", 1),
  appointment=True, express=False, cross_region="全省通办",
  result="提取资金划入本人银行账户")

C(10, GJJ, GJJ_H, "0000-2812329", "0000-2812300",
  name="住房公积金退休提取",
  aliases=["退休取公积金", "退休了公积金怎么取", "公积金销户提取", "公积金全部取出来"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["退休"],
  conditions=["职工达到法定退休年龄并办理退休手续的", "可一次性提取全部余额并销户"],
  materials=[M("居民身份证"),
             M("退休证明", exempt=True, note="与社保数据共享，已办理退休的免提交"),
             M("本人名下银行卡")],
  steps=[S("申请", "网上申请"), S("到账", "全部余额划入本人银行卡并销户")],
  legal_time_limit=T(3), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("full_online", "https://gjj.lingxi.example/tq", 0),
  appointment=False, express=False, cross_region="全市通办",
  result="提取资金划入本人银行账户")

SB = "岭西市社会保险事业服务中心"
SB_H = [{"hall": "lx-sbzx", "window": "养老保险窗口"}, {"hall": "lx-zwzx", "window": "社保综合窗口"}]
C(11, SB, SB_H, "0000-2812333", "0000-2812300",
  name="基本养老金申领",
  aliases=["办退休", "退休手续", "领养老金", "办理退休领退休金", "退休金怎么领"],
  item_type="行政给付", status="active", service_object=["natural_person", "legal_person"], life_events=["退休"],
  conditions=["达到法定退休年龄",
              "累计缴纳基本养老保险费满15年",
              "企业职工由所在单位统一申报，灵活就业人员本人申报"],
  situations=[S("企业职工", "由单位申报"), S("灵活就业人员", "本人申报")],
  materials=[M("居民身份证"),
             M("社会保障卡"),
             M("职工人事档案", note="企业职工由单位提交，灵活就业人员档案存放在人才中心的由人才中心调档")],
  steps=[S("申报", "单位或本人在岭西人社网上服务大厅申报"),
         S("审核", "审核缴费年限并核定待遇"),
         S("公示", "待遇核定结果在单位或社区公示5个工作日"),
         S("发放", "自符合条件的次月起按月发放基本养老金")],
  legal_time_limit=T(20), promised_time_limit=T(15),
  fee=NOFEE,
  online=ON("online_apply", "https://rsj.lingxi.example/tx", 1),
  appointment=True, express=False, cross_region="全省通办",
  result="基本养老金核定表")

C(12, SB, [{"hall": "lx-sbzx", "window": "社保卡窗口"}, {"hall": "lx-zwzx", "window": "社保综合窗口"}], "0000-2812333", "0000-2812300",
  name="社会保障卡补换",
  aliases=["社保卡丢了", "社保卡补办", "换社保卡", "社保卡坏了", "换第三代社保卡"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["出生", "医疗"],
  conditions=["社会保障卡遗失、损坏或需要换领第三代社会保障卡的", "遗失补卡前须先办理挂失"],
  situations=[S("即时制卡", "在即时制卡网点当场领卡"), S("非即时制卡", "20个工作日后领卡或邮寄")],
  materials=[M("居民身份证"), M("原社会保障卡", required=False, note="损坏换卡的交回原卡")],
  steps=[S("挂失", "通过岭西人社APP或电话挂失"), S("申请", "到窗口申请补换"), S("领卡", "即时制卡网点当场领卡")],
  legal_time_limit=T(20), promised_time_limit=T(0, note="在即时制卡网点办理的当场领卡；其他网点20个工作日"),
  fee=FEE(("社会保障卡补换卡工本费", "遗失补办每张20元；损坏换卡、首次申领免费", "自治区人社厅、财政厅规定")),
  online=ON("online_apply", "https://rsj.lingxi.example/sbk", 1),
  appointment=False, express=True, cross_region="全市通办",
  result="社会保障卡")

C(13, SB, [{"hall": "lx-sbzx", "window": "失业保险窗口"}], "0000-2812333", "0000-2812300",
  name="失业保险金申领",
  aliases=["领失业金", "失业补助金", "丢了工作能领钱吗", "失业了领什么", "失业救济金"],
  item_type="行政给付", status="active", service_object=["natural_person"], life_events=["就业"],
  conditions=["失业前用人单位和本人已缴纳失业保险费满1年",
              "非因本人意愿中断就业",
              "已办理失业登记并有求职要求",
              "应当自终止或解除劳动合同之日起60日内申领",
              "失业保险金标准为本市最低工资标准的90%，即每人每月1629元；累计缴费满1年不足5年的，最长领取12个月"],
  materials=[M("居民身份证"),
             M("社会保障卡", note="失业保险金发放至社会保障卡金融账户"),
             M("解除或终止劳动合同证明", exempt=True, note="用人单位已通过系统办理减员的免提交")],
  steps=[S("申请", "在岭西人社APP失业保险金申领栏目申请"), S("审核", "核验参保和失业登记信息"), S("发放", "按月发放")],
  legal_time_limit=T(10), promised_time_limit=T(3),
  fee=NOFEE,
  online=ON("full_online", "https://rsj.lingxi.example/sybx", 0),
  appointment=False, express=False, cross_region="全省通办",
  result="失业保险金按月发放")

YB = "岭西市医疗保障局"
C(14, YB, [{"hall": "lx-zwzx", "window": "医保综合窗口"}], "0000-2812393", "0000-2812390",
  name="异地就医备案",
  aliases=["医保异地备案", "外地看病备案", "去外省住院医保怎么报", "异地安置备案", "在外地看病报销"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["医疗"],
  conditions=["参加本市基本医疗保险的参保人员",
              "临时外出就医人员备案有效期6个月",
              "异地长期居住人员备案后，在备案有效期内可在备案地就医直接结算"],
  situations=[S("异地长期居住", "异地安置退休、异地长期居住、常驻异地工作"),
              S("临时外出就医", "异地转诊、急诊抢救及其他临时外出就医")],
  materials=[M("医保电子凭证或社会保障卡"),
             M("异地居住承诺书", situation="异地长期居住", note="实行个人承诺制，无需提供居住证明")],
  steps=[S("申请", "通过国家医保服务平台APP或岭西通APP申请"), S("备案", "备案即时生效")],
  legal_time_limit=T(1), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("full_online", "https://ybj.lingxi.example/ydba", 0),
  appointment=False, express=False, cross_region="跨省通办",
  result="异地就医备案（即时生效）")

CGS = "岭西市公安局交通警察支队车辆管理所"
CGS_H = [{"hall": "lx-cgs", "window": "驾驶证业务窗口"}, {"hall": "lx-zwzx", "window": "交管业务窗口"}]
C(15, CGS, CGS_H, "0000-2800122", "0000-2800123",
  name="机动车驾驶证期满换证",
  aliases=["驾照到期换证", "驾驶证到期了", "换驾照", "驾照过期了怎么换"],
  item_type="行政许可", status="active", service_object=["natural_person"], life_events=["出行"],
  conditions=["机动车驾驶证有效期满前90日内申请换证",
              "年龄在70周岁以上的，须提交身体条件证明"],
  materials=[M("居民身份证"),
             M("机动车驾驶证"),
             M("身体条件证明", form="电子", source="中介机构", note="由交管部门认可的医疗机构出具，可由医院网上推送")],
  steps=[S("申请", "通过交管12123APP或车管所窗口申请"), S("审核", "审核身体条件证明"), S("制证", "制证后邮寄或窗口领取")],
  legal_time_limit=T(1), promised_time_limit=T(0),
  fee=FEE(("机动车驾驶证工本费", 10, "公安部门收费标准")),
  online=ON("full_online", "https://122.lingxi.example/hz", 0),
  appointment=True, express=True, cross_region="跨省通办",
  result="机动车驾驶证")

C(16, CGS, CGS_H, "0000-2800122", "0000-2800123",
  name="机动车驾驶证补领",
  aliases=["驾照丢了", "驾驶证掉了补办", "补驾照", "驾驶证遗失"],
  item_type="行政许可", status="active", service_object=["natural_person"], life_events=["出行"],
  conditions=["机动车驾驶证遗失的", "驾驶证被扣押、扣留或暂扣期间不得申请补领"],
  materials=[M("居民身份证")],
  steps=[S("申请", "通过交管12123APP或车管所窗口申请"), S("制证", "补发驾驶证，原证作废")],
  legal_time_limit=T(1), promised_time_limit=T(0),
  fee=FEE(("机动车驾驶证工本费", 10, "公安部门收费标准")),
  online=ON("full_online", "https://122.lingxi.example/bl", 0),
  appointment=True, express=True, cross_region="跨省通办",
  result="机动车驾驶证")

C(17, CGS, [{"hall": "lx-cgs", "window": "机动车登记窗口"}], "0000-2800122", "0000-2800123",
  name="机动车注册登记",
  aliases=["新车上牌", "买车上牌照", "新车挂牌", "上车牌", "新车上户"],
  item_type="行政许可", status="active", service_object=["natural_person", "legal_person"], life_events=["出行"],
  conditions=["新购机动车尚未登记的", "机动车所有人住所在本市"],
  materials=[M("机动车所有人身份证明"),
             M("购车发票"),
             M("机动车整车出厂合格证明"),
             M("交强险凭证", form="电子", exempt=True, note="与保险行业联网核查，免提交"),
             M("车辆购置税完税证明", form="电子", exempt=True, note="与税务部门联网核查，免提交")],
  steps=[S("查验", "机动车查验"), S("选号", "网上或现场选取号牌号码"), S("登记", "受理登记"), S("发牌", "领取号牌、行驶证和登记证书")],
  legal_time_limit=T(2), promised_time_limit=T(0, note="当日办结"),
  fee=FEE(("机动车号牌工本费（汽车）", 100, "公安部门收费标准"),
          ("机动车行驶证工本费", 10, "同上"),
          ("机动车登记证书工本费", 10, "同上")),
  online=ON("online_apply", "https://122.lingxi.example/zc", 1),
  appointment=True, express=True, cross_region="全省通办",
  result="机动车号牌、行驶证、机动车登记证书")

C(18, "岭西市市场监督管理局", [{"hall": "lx-zwzx", "window": "企业开办专区"}], "0000-2800315", "0000-2800316",
  name="企业设立登记",
  aliases=["开公司", "注册公司", "办公司营业执照", "公司注册流程", "成立公司"],
  item_type="行政许可", status="active", service_object=["legal_person", "natural_person"], life_events=["企业开办"],
  conditions=["股东、法定代表人等具有完全民事行为能力",
              "有符合规定的名称和住所",
              "有限责任公司注册资本实行认缴制，股东应当自公司成立之日起5年内缴足"],
  materials=[M("公司登记（备案）申请书"),
             M("公司章程"),
             M("股东主体资格文件"),
             M("法定代表人、董事、监事和经理的任职文件"),
             M("住所使用证明", required=False, note="实行住所申报承诺制，无需提交产权证明")],
  steps=[S("申请", "登录岭西市企业开办一网通平台一次填报"),
         S("审核", "登记机关审核"),
         S("发照", "核发营业执照，同步免费刻制公章、申领发票、办理社保登记"),
         S("寄递", "营业执照和免费印章寄递到家")],
  legal_time_limit=T(15), promised_time_limit=T(1, note="企业开办全流程（执照、刻章、发票、社保登记）1个工作日内办结"),
  fee=NOFEE,
  online=ON("full_online", "https://qykb.lingxi.example", 0),
  appointment=True, express=True, cross_region="全市通办",
  legal_basis=["《中华人民共和国公司法》", "《中华人民共和国市场主体登记管理条例》"], result="营业执照")

C(19, "岭西市住房和城乡建设局", [{"hall": "lx-zwzx", "window": "工程建设项目审批专区"}], "0000-2800766", "0000-2800767",
  name="建筑工程施工许可证核发",
  aliases=["施工许可证", "办施工证", "开工许可", "工地开工证"],
  item_type="行政许可", status="active", service_object=["legal_person"], life_events=["建设"],
  conditions=["工程投资额在100万元以上或者建筑面积在500平方米以上的房屋建筑工程",
              "已办理用地批准手续并取得建设工程规划许可证",
              "已经确定施工企业，建设资金已经落实"],
  materials=[M("建筑工程施工许可申请表"),
             M("建设工程规划许可证", form="电子", exempt=True, note="通过工程建设项目审批管理系统共享"),
             M("中标通知书及施工合同"),
             M("施工图设计文件审查合格书"),
             M("建设资金已落实承诺书")],
  steps=[S("申请", "通过岭西市工程建设项目审批管理系统申报"), S("审查", "住建部门审查"), S("发证", "核发电子施工许可证")],
  legal_time_limit=T(7), promised_time_limit=T(3),
  fee=NOFEE,
  online=ON("full_online", "https://zjj.lingxi.example/sgxk", 0),
  appointment=False, express=True, cross_region="none",
  legal_basis=["《中华人民共和国建筑法》", "《建筑工程施工许可管理办法》"], result="建筑工程施工许可证")

C(20, "国家税务总局岭西市税务局", [{"hall": "lx-zwzx", "window": "税务综合窗口"}], "0000-2812366", "0000-2812367",
  name="自然人代开增值税普通发票",
  aliases=["个人代开发票", "代开发票", "自然人开发票", "个人开票", "个人怎么开发票"],
  item_type="其他行政权力", status="active", service_object=["natural_person"], life_events=["经营"],
  conditions=["自然人发生应税行为需要开具发票的", "月销售额10万元以下的免征增值税"],
  materials=[M("居民身份证"), M("合同或协议", note="提供证明交易真实性的材料")],
  steps=[S("申请", "登录电子税务局自然人代开模块或个人所得税APP申请"), S("开票", "系统审核后开具电子发票")],
  legal_time_limit=T(1), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("full_online", "https://etax.lingxi.example/dk", 0),
  appointment=False, express=False, cross_region="全省通办",
  result="增值税普通发票（电子）")

C(21, "岭西市公证处", [{"hall": "lx-gzc", "window": "涉外公证窗口"}], "0000-2806180", "0000-2806181",
  name="学历公证",
  aliases=["毕业证公证", "学位证公证", "留学公证", "出国学历公证"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["出行", "就业"],
  conditions=["申请人户籍地、经常居住地或学历证书颁发地在本市",
              "可委托他人代为申请，受托人须持本人签名的授权委托书"],
  situations=[S("本人申请", "本人到场"), S("委托代办", "委托他人代为申请")],
  materials=[M("居民身份证"),
             M("毕业证书或学位证书"),
             M("学信网学历认证报告", form="电子", required=False),
             M("授权委托书和受托人居民身份证", situation="委托代办")],
  steps=[S("申请", "网上预约或到窗口申请"), S("审查", "公证员审查核实"), S("出证", "出具公证书，可邮寄")],
  legal_time_limit=T(15), promised_time_limit=T(5, note="加急件2个工作日"),
  fee=FEE(("学历公证费", "每件80元", "自治区公证服务收费标准"),
          ("翻译费", "英文每件100元，其他语种另行核定", "同上"),
          ("公证书副本费", "每份10元", "同上")),
  online=ON("online_apply", "https://gzc.lingxi.example/xl", 1),
  appointment=True, express=True, cross_region="跨省通办",
  result="公证书")

C(22, "岭西市卫生健康委员会", [{"hall": "lx-zwzx", "window": "卫生健康窗口"}], "0000-2800303", None,
  name="独生子女父母光荣证发放",
  aliases=["独生子女证", "独生子女光荣证", "独生证"],
  item_type="行政确认", status="revoked", service_object=["natural_person"], life_events=["生育"],
  conditions=["终身只生育一个子女的夫妻"],
  materials=[M("独生子女父母光荣证申请表（街道计生办盖章）"), M("夫妻双方居民身份证")],
  steps=[S("申请", "向街道计生办申请"), S("发证", "审核后发证")],
  legal_time_limit=T(20), promised_time_limit=T(10),
  fee=NOFEE,
  online=ON("offline_only", None, 1),
  appointment=False, express=False, cross_region="none",
  result="独生子女父母光荣证")

C(23, "岭西市民政局", [{"hall": "lx-zwzx", "window": "民政综合窗口"}], "0000-2800202", None,
  name="老年人公交乘车卡（敬老卡）年审",
  aliases=["敬老卡年审", "老人公交卡年审", "老年卡审核", "老人乘车卡年审"],
  item_type="公共服务", status="suspended", service_object=["natural_person"], life_events=["养老"],
  conditions=["持有岭西市敬老卡的老年人"],
  materials=[M("敬老卡"), M("本人居民身份证", note="每年一次到指定网点刷脸年审")],
  steps=[S("年审", "到公交集团指定网点刷脸年审")],
  legal_time_limit=T(1), promised_time_limit=T(0),
  fee=NOFEE,
  online=ON("offline_only", None, 1),
  appointment=False, express=False, cross_region="none",
  result="敬老卡年审通过")

C(24, "岭西市残疾人联合会", [{"hall": "lx-zwzx", "window": "残联窗口"}], "0000-2800404", None,
  name="残疾人机动轮椅车燃油补贴",
  aliases=["残疾人摩托车油补", "轮椅车燃油补贴", "残疾人车油费补贴"],
  item_type="行政给付", status="suspended", service_object=["natural_person"], life_events=["残疾人"],
  conditions=["持有残疾人证的下肢残疾人", "本人拥有机动轮椅车且已取得机动轮椅车行驶证"],
  materials=[M("残疾人证"), M("机动轮椅车行驶证"), M("本人银行卡")],
  steps=[S("申请", "向残联申请"), S("发放", "每年发放一次燃油补贴")],
  legal_time_limit=T(20), promised_time_limit=T(15),
  fee=NOFEE,
  online=ON("offline_only", None, 1),
  appointment=False, express=False, cross_region="none",
  result="燃油补贴")

C(25, "岭西市卫生健康委员会", [{"hall": "lx-zwzx", "window": "卫生健康窗口"}], "0000-2800303", "0000-2800300",
  name="农村部分计划生育家庭奖励扶助金发放",
  aliases=["计生奖励扶助", "独生子女奖励金", "农村计生老人补助", "计划生育奖励"],
  item_type="行政给付", status="active", service_object=["natural_person"], life_events=["养老", "生育"],
  conditions=["本人及配偶为农村居民户口，1973年至2001年期间没有违反计划生育法规生育",
              "现存一个子女或两个女孩，或子女死亡现无子女",
              "年满60周岁",
              "奖励扶助金标准为每人每月80元，按年度一次性发放"],
  materials=[M("奖励扶助对象申报表"), M("夫妻双方居民身份证和户口簿"), M("婚育情况证明", note="由村（居）委会出具")],
  steps=[S("申报", "本人向村（居）委会申报"),
         S("审核", "乡镇（街道）审核，在村（社区）公示7天"),
         S("确认", "县级卫生健康部门确认，市卫健委备案"),
         S("发放", "每年6月底前一次性发放至本人银行卡")],
  legal_time_limit=T(60), promised_time_limit=T(40),
  fee=NOFEE,
  online=ON("offline_only", None, 1),
  appointment=False, express=False, cross_region="none",
  result="奖励扶助金")

C(26, YB, [{"hall": "lx-zwzx", "window": "医保综合窗口"}], "0000-2812393", "0000-2812390",
  name="生育津贴支付",
  aliases=["生育津贴", "产假工资", "生孩子报销", "生育保险报销", "产假补贴"],
  item_type="行政给付", status="active", service_object=["natural_person", "legal_person"], life_events=["生育"],
  conditions=["参加职工基本医疗保险（生育保险），分娩前连续缴费满10个月",
              "自分娩之日起1年内申请",
              "生育津贴按用人单位上年度职工月平均工资除以30再乘以产假天数计发；产假天数：顺产158天，难产增加15天"],
  materials=[M("生育津贴申请表"), M("出生医学证明", exempt=True, note="通过出生一件事数据共享的免提交"), M("分娩医院出院小结")],
  steps=[S("申报", "由用人单位通过医保网上服务大厅申报"), S("审核", "医保经办机构审核"), S("拨付", "津贴拨付至用人单位账户，由单位发给职工")],
  legal_time_limit=T(20), promised_time_limit=T(10),
  fee=NOFEE,
  online=ON("full_online", "https://ybj.lingxi.example/syjt", 0),
  appointment=False, express=False, cross_region="全省通办",
  result="生育津贴拨付至用人单位")

C(27, "岭西市住房和城乡建设局", [{"hall": "lx-zwzx", "window": "住房保障窗口"}], "0000-2800768", "0000-2800767",
  name="公共租赁住房保障资格申请",
  aliases=["申请公租房", "廉租房", "保障房怎么申请", "政府的房子怎么租", "公租房"],
  item_type="公共服务", status="active", service_object=["natural_person"], life_events=["住房"],
  conditions=["申请人具有本市城区户籍，或持本市居住证且在本市连续缴纳社会保险满1年",
              "家庭人均月收入低于2500元",
              "申请人及家庭成员在本市城区无自有住房"],
  materials=[M("公共租赁住房申请表"), M("家庭成员居民身份证和户口簿"),
             M("收入证明", note="由工作单位出具，无工作单位的签署收入承诺书"),
             M("家庭经济状况核对授权书")],
  steps=[S("申请", "向居住地街道办事处提出申请"),
         S("初审", "街道审核，社区公示"),
         S("复审", "住房保障部门复审，初审、复审合格名单在岭西市住建局网站公示7日"),
         S("轮候", "公示无异议的纳入轮候，按轮候顺序配租")],
  legal_time_limit=T(40), promised_time_limit=T(30),
  fee=NOFEE,
  online=ON("online_apply", "https://zjj.lingxi.example/gzf", 1),
  appointment=False, express=False, cross_region="none",
  result="公共租赁住房资格确认通知书")

# ---------------------------------------------------------------- FAQ
FAQ = [
    {"id": "faq-sfz-jindu", "questions": ["身份证办好了没有怎么查", "身份证制证进度查询", "怎么知道身份证能领了"],
     "answer": "居民身份证制证进度可在岭西通APP“证件进度”栏目输入受理回执号查询。制证完成后系统会发送短信通知，凭短信和受理回执到原受理窗口领取；选择邮寄的，可凭短信中的快递单号查询物流。",
     "agency": "岭西市公安局", "updated_at": "2025-06-10"},
    {"id": "faq-hukouben-buban", "questions": ["户口本丢了怎么补", "户口簿遗失补领", "户口本找不到了"],
     "answer": "户口簿遗失的，由户主或户内成年成员携带本人居民身份证到户籍所在地派出所户籍窗口申请补领，不收取工本费，一般当场补发。户口簿补领不能跨省办理。",
     "agency": "岭西市公安局", "updated_at": "2025-04-02"},
    {"id": "faq-sbk-ybpz",
     "answer": "社会保障卡与医保电子凭证的关系：医保电子凭证是参保人在医保领域的全国统一身份凭证，在国家医保服务平台APP、微信或支付宝激活后即可使用，与社会保障卡具有同等的就医购药结算功能。参保人就医时可任选其一。社会保障卡遗失的，在补卡期间可先使用医保电子凭证就医结算，医保个人账户余额不受影响。",
     "agency": "岭西市医疗保障局", "updated_at": "2025-05-20"},
    {"id": "faq-gjj-jiaocun",
     "answer": "岭西市住房公积金缴存比例为单位和职工各5%至12%，由单位在此范围内自主确定。月缴存基数为职工本人上一年度月平均工资，上限为本市上年度职工月平均工资的3倍，下限为本市最低工资标准。每年7月1日调整一次缴存基数。灵活就业人员可按月缴存，缴存比例为10%至24%。",
     "agency": "岭西市住房公积金管理中心", "updated_at": "2025-07-01"},
    {"id": "faq-hunyin-lengjingqi", "questions": ["离婚冷静期是多久", "离婚冷静期怎么算", "冷静期内能反悔吗"],
     "answer": "离婚冷静期为30日，自婚姻登记机关收到离婚登记申请之日起算。冷静期内任何一方不愿离婚的，可持本人身份证和《离婚登记申请受理回执单》到受理机关撤回申请。冷静期届满后30日内，双方应当共同到场申请发给离婚证，逾期未申请的视为撤回离婚登记申请。",
     "agency": "岭西市民政局", "updated_at": "2025-03-15"},
    {"id": "faq-bdc-zhouliu",
     "answer": "岭西市不动产登记中心周六上午9:00至12:00开放，仅办理不动产抵押登记和不动产登记资料查询，其他登记业务请在工作日办理。个人查询本人名下房产信息，也可在岭西通APP“不动产查询”栏目在线查询并下载带电子签章的查询结果。",
     "agency": "岭西市不动产登记中心", "updated_at": "2025-02-28"},
    {"id": "faq-xinshenger-yibao",
     "answer": "新生儿医保参保说明：新生儿自出生之日起90日内办理城乡居民医保参保缴费的，自出生之日起享受医保待遇，出生时的住院费用也可报销；超过90日参保的，自缴费次月起享受待遇。新生儿可凭出生医学证明先参保，落户后再变更身份信息。通过出生一件事办理的，参保登记随落户一并完成。",
     "agency": "岭西市医疗保障局", "updated_at": "2025-01-10"},
    {"id": "faq-jzz-jifen", "questions": ["居住证积分有什么用", "居住证积分怎么查", "积分入学怎么算"],
     "answer": "岭西市居住证积分主要用于随迁子女申请公办学校学位和申请公共租赁住房排序。积分由居住年限、社保缴纳年限、学历技能等部分组成，每年4月在岭西通APP“居住证积分”栏目开放申报和查询，每年只核定一次。",
     "agency": "岭西市公安局", "updated_at": "2025-03-01"},
    {"id": "faq-gaoling-renzheng",
     "answer": "高龄津贴领取资格认证：领取高龄津贴的老年人每年须进行一次生存认证，可在岭西通APP“社保认证”栏目刷脸认证，也可由村（社区）工作人员上门认证。认证期为每年3月1日至5月31日，逾期未认证的暂停发放津贴，补认证后次月恢复发放并补发暂停期间的津贴。",
     "agency": "岭西市民政局", "updated_at": "2025-02-20"},
    {"id": "faq-laonian-gongjiao", "questions": ["老人坐公交免费吗", "老年人坐公交车要钱吗", "多少岁坐公交免费"],
     "answer": "年满65周岁的老年人凭岭西市老年人优待证或敬老卡免费乘坐市内公交车；60至64周岁的老年人享受半价优惠。外地老年人凭本人居民身份证可享受同等待遇。",
     "agency": "岭西市交通运输局", "updated_at": "2025-04-18"},
    {"id": "faq-dianzi-zhizhao",
     "answer": "电子营业执照与纸质营业执照具有同等法律效力。企业和个体工商户在取得营业执照后，可通过微信或支付宝搜索“电子营业执照”小程序下载，由法定代表人或经营者本人实名认证后领取。办理食品经营许可、银行开户、税务登记等业务时，出示电子营业执照即可，无需再提交纸质执照复印件。",
     "agency": "岭西市市场监督管理局", "updated_at": "2025-05-06"},
    {"id": "faq-zwzx-tingche",
     "answer": "岭西市政务服务中心地下停车场设有200个免费停车位，办事群众可免费停车2小时，超过2小时按每小时3元收费。中心一楼设有母婴室、爱心座椅和老年人绿色通道，行动不便的群众可在一楼咨询台申请陪同代办服务。",
     "agency": "岭西市政务服务管理局", "updated_at": "2025-06-01"},
    {"id": "faq-ydjy-jiesuan", "questions": ["异地就医备案了怎么结算", "在外地住院能直接报吗", "异地就医报销比例"],
     "answer": "已办理异地就医备案的参保人，在备案地的联网定点医疗机构就医时可直接结算，无需先垫付再回岭西报销。临时外出就医人员的住院报销比例比本市降低10个百分点，异地长期居住人员执行本市报销比例。",
     "agency": "岭西市医疗保障局", "updated_at": "2025-04-25"},
    {"id": "faq-gzs-shijian", "questions": ["公证书多久能拿到", "公证要几天", "办公证加急"],
     "answer": "一般公证事项自受理之日起15个工作日内出具公证书；学历、学位、无犯罪记录等常用涉外公证5个工作日出证，可申请加急2个工作日出证。需要外交部领事认证和使馆认证的，另需约20个工作日。",
     "agency": "岭西市公证处", "updated_at": "2025-03-22"},
    {"id": "faq-122-zhanghao", "questions": ["交管12123怎么注册", "12123注册不了", "驾驶证电子版怎么弄"],
     "answer": "在手机应用商店下载交管12123APP，选择岭西所在的广西壮族自治区，用本人居民身份证号码注册并刷脸认证。注册后可在线办理驾驶证期满换证、补领、电子驾驶证申领等业务。注册时提示手机号被占用的，可携带身份证到车管所窗口解绑。",
     "agency": "岭西市公安局交通警察支队", "updated_at": "2025-05-12"},
    {"id": "faq-shebao-jianmian-2020", "questions": ["社保费减免政策", "企业社保能减免吗", "疫情社保减免"],
     "answer": "2020年2月至12月，阶段性免征中小微企业基本养老保险、失业保险、工伤保险单位缴费部分，大型企业减半征收。",
     "agency": "岭西市人力资源和社会保障局", "updated_at": "2020-03-05", "status": "revoked"},
    {"id": "faq-goufang-luohu-2018", "questions": ["买房可以落户吗", "购房落户政策", "买房子能不能迁户口"],
     "answer": "在岭西市城区购买建筑面积90平方米以上商品住房并取得不动产权证书的，本人及配偶、未成年子女可申请在购房地落户。",
     "agency": "岭西市公安局", "updated_at": "2018-09-01", "status": "revoked"},
    {"id": "faq-dibao-biaozhun", "questions": ["低保标准是多少", "岭西低保每个月多少钱", "农村低保标准"],
     "answer": "自2025年1月1日起，岭西市城市最低生活保障标准为每人每月820元，农村最低生活保障标准为每人每月560元。低保金按家庭月人均收入低于当地低保标准的差额发放，特困人员基本生活标准按城市低保标准的1.3倍确定。",
     "agency": "岭西市民政局", "updated_at": "2025-01-05"},
]

# ---------------------------------------------------------------- bundles
def dbase(n):
    return f"45150010{n:04d}"


def cbase(n):
    return f"45150020{n:04d}"


BUNDLES = [
    {"id": "bundle-chusheng", "name": "出生一件事", "aliases": ["新生儿一件事", "宝宝出生要办的证", "生孩子后要办哪些手续"],
     "description": "新生儿出生后，一次申请即可联办生育登记、出生登记（落户）、城乡居民医保参保登记和社会保障卡申领，助产医院推送出生医学证明，无需重复提交材料。",
     "items": [dbase(11), dbase(4), dbase(19), cbase(12)],
     "order_note": "先由助产医院签发出生医学证明，再通过岭西通APP出生一件事栏目一次提交，落户完成后自动办理医保参保和社保卡"},
    {"id": "bundle-tuixiu", "name": "退休一件事", "aliases": ["退休要办哪些手续", "退休一次办"],
     "description": "职工退休时，一次申请联办基本养老金申领和住房公积金退休提取。",
     "items": [cbase(11), cbase(10)],
     "order_note": "先办理基本养老金申领，退休审批通过后公积金退休提取自动推送，无需再交退休证明"},
    {"id": "bundle-canguan", "name": "开办餐馆一件事", "aliases": ["开饭店一件事", "开餐馆要办哪些证", "开小吃店一次办"],
     "description": "开办餐馆、小吃店，一次申请联办个体工商户设立登记（或企业设立登记）和食品经营许可证核发。",
     "items": [dbase(21), cbase(18), dbase(24)],
     "order_note": "先取得营业执照，再申请食品经营许可；在岭西市企业开办一网通平台一次填报，5个工作日内办结"},
    {"id": "bundle-shenhou", "name": "身后一件事", "aliases": ["老人去世后要办什么手续", "家人去世办什么"],
     "description": "家人去世后，一次申请联办死亡注销户口、停发高龄津贴和因继承办理的存量房转移登记。",
     "items": [dbase(6), dbase(14), cbase(5)],
     "order_note": "先凭死亡医学证明或火化证明办理户口注销，高龄津贴自动停发，房产继承过户可稍后单独申请"},
]


def build():
    guides = []
    for it in DITEMS:
        for key, (rcode, rname, base, police, hall) in DIST.items():
            g = copy.deepcopy(it["g"])
            kind = it["kind"]
            suffix, ph = AG[kind]
            agency = police if kind == "police" else rname + suffix
            halls = [{"hall": hall, "window": it["window"]}]
            if kind == "civil" and it["window"] == "婚姻登记窗口" and key == "qx":
                halls = [{"hall": "qx-hydj", "window": "婚姻登记大厅"}]
            if it["town"] and key == "lt":
                halls.append({"hall": "lt-maan", "window": "综合窗口", "note": "马鞍镇居民可就近办理"})
            out = {"code": f"{dbase(it['n'])}-{rcode}", "base_code": dbase(it["n"])}
            out["name"] = g.pop("name")
            out["aliases"] = g.pop("aliases")
            out["item_type"] = g.pop("item_type")
            out["status"] = g.pop("status")
            out["region"] = rcode
            out["agency"] = agency
            out.update(g)
            out["halls"] = halls
            out["consult_phone"] = f"0000-{base}{ph}"
            out["complaint_phone"] = f"0000-{base}345"
            out["updated_at"] = "2016-03-01" if out["status"] == "revoked" else "2025-06-18"
            guides.append(out)
    for it in CITEMS:
        g = copy.deepcopy(it["g"])
        out = {"code": f"{cbase(it['n'])}-{CITY}", "base_code": cbase(it["n"])}
        out["name"] = g.pop("name")
        out["aliases"] = g.pop("aliases")
        out["item_type"] = g.pop("item_type")
        out["status"] = g.pop("status")
        out["region"] = CITY
        out["agency"] = it["agency"]
        out.update(g)
        out["halls"] = it["halls"]
        out["consult_phone"] = it["consult"]
        if it["complaint"]:
            out["complaint_phone"] = it["complaint"]
        out["updated_at"] = {"revoked": "2021-01-01", "suspended": "2025-03-01"}.get(out["status"], "2025-07-08")
        guides.append(out)
    return guides


# reorder keys so each guide reads in schema order
ORDER = ["code", "base_code", "name", "aliases", "item_type", "status", "region", "agency", "service_object",
         "life_events", "conditions", "situations", "materials", "steps", "legal_time_limit", "promised_time_limit",
         "fee", "online", "halls", "hours", "appointment", "express", "cross_region", "consult_phone",
         "complaint_phone", "legal_basis", "result", "updated_at"]


def main():
    os.makedirs(os.path.join(OUT, "guides"), exist_ok=True)
    for f in os.listdir(os.path.join(OUT, "guides")):
        os.remove(os.path.join(OUT, "guides", f))
    yd(REGIONS, os.path.join(OUT, "regions.yaml"))
    yd(HALLS, os.path.join(OUT, "halls.yaml"))
    yd(FAQ, os.path.join(OUT, "faq.yaml"))
    yd(BUNDLES, os.path.join(OUT, "bundles.yaml"))
    guides = build()
    by_base = {}
    for g in guides:
        g2 = {k: g[k] for k in ORDER if k in g}
        assert len(g2) == len(g), set(g) - set(ORDER)
        by_base.setdefault(g["base_code"], []).append(g2)
    for base, gs in by_base.items():
        yd(gs, os.path.join(OUT, "guides", f"{base}.yaml"))
    print(f"items={len(by_base)} guides={len(guides)} halls={len(HALLS)} faq={len(FAQ)} bundles={len(BUNDLES)}")


if __name__ == "__main__":
    main()
