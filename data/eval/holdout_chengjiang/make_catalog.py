# -*- coding: utf-8 -*-
"""Write catalog/ (regions, halls, guides, faq, bundles) from catalog_data.py.

Run:  python3 make_catalog.py      (needs PyYAML)
build() is also imported by make_questions.py / check_questions.py to resolve item keys to codes.
"""
import os
import shutil
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import catalog_data as cd  # noqa: E402

OUT = os.path.join(HERE, "catalog")

WINDOW_ZONE = {"chenghu": "A区", "fengqi": "B区", "liuan": "C区", "yanshan": "1楼", "meixi": "2楼",
               "taoyuan": "便民窗口", "city": "综合区"}

FILE_OF_DEPT = {
    "gongan": "hukou-identity", "crj": "exit-entry", "cheguan": "vehicles",
    "minzheng": "civil-affairs", "yibao": "medical-insurance", "renshe": "human-resources",
    "gjj": "housing-fund", "bdc": "real-estate", "scjg": "market", "tax": "tax",
    "jiaoyu": "education", "canlian": "disability", "weijian": "health",
    "zhujian": "housing", "rencai": "talent", "nongye": "agriculture",
}


def regions_of(it):
    lv = it["level"]
    if lv == "D":
        regs = list(cd.DISTRICT_KEYS)
    elif lv == "C":
        regs = ["city"]
    else:
        regs = list(lv)
    regs += it.get("extra_regions", [])
    return regs


def guide_code(it, region):
    return "%s-%s" % (it["base"], cd.REGION_CODE[region])


def _halls_for(it, region):
    if it["level"] == "C":
        return [{"hall": h, "window": w} for h, w in it["halls"]]
    hall = cd.DISTRICT_HALL[region]
    return [{"hall": hall, "window": "%s %s" % (it["window"], WINDOW_ZONE[region])}]


def make_guide(it, region, status=None, conditions=None, updated=None):
    status = status or it.get("status", "active")
    conds = list(conditions or it["conditions"])
    susp = it.get("suspended", {})
    if region in susp:
        status = "suspended"
        conds = [susp[region]] + conds
    g = {
        "code": guide_code(it, region),
        "base_code": it["base"],
        "name": it["name"],
        "aliases": list(it["aliases"]),
        "item_type": it["type"],
        "status": status,
        "region": cd.REGION_CODE[region],
        "agency": cd.agency(it["dept"], region),
        "service_object": list(it["objects"]),
    }
    if it["life_events"]:
        g["life_events"] = list(it["life_events"])
    g["conditions"] = conds
    if it["situations"]:
        g["situations"] = [{"name": n, "description": d} for n, d in it["situations"]]
    g["materials"] = [dict(m) for m in it["materials"]]
    g["steps"] = [{"name": n, "description": d} for n, d in it["steps"]]
    g["legal_time_limit"] = dict(it["legal"])
    g["promised_time_limit"] = dict(it["promised"])
    g["fee"] = {"charged": it["fee"]["charged"], "items": [dict(x) for x in it["fee"]["items"]]}
    g["online"] = dict(it["online"])
    g["halls"] = _halls_for(it, region)
    if it.get("appointment") is not None:
        g["appointment"] = it["appointment"]
    if it.get("express") is not None:
        g["express"] = it["express"]
    if it.get("cross"):
        g["cross_region"] = it["cross"]
    g["consult_phone"] = cd.consult_phone(it["dept"], region)
    g["complaint_phone"] = cd.complaint_phone(it["dept"], region)
    if it.get("legal_basis"):
        g["legal_basis"] = list(it["legal_basis"])
    if it.get("result"):
        g["result"] = it["result"]
    g["updated_at"] = updated or it.get("updated") or cd.UPDATED[region]
    return g


def build():
    """Return (guides_by_file, guides list, key->list of guide dicts)."""
    by_file = {}
    allg = []
    by_key = {}
    for it in cd.ITEMS:
        gs = [make_guide(it, r) for r in regions_of(it)]
        rv = it.get("revoked_variant")
        if rv:
            gs.append(make_guide(it, rv["region"], status="revoked", conditions=rv["conditions"],
                                 updated=rv["updated"]))
        by_key[it["key"]] = gs
        fname = FILE_OF_DEPT[it["dept"]]
        if it.get("status") == "revoked":
            fname += "-revoked"
        by_file.setdefault(fname, []).extend(gs)
        allg.extend(gs)
    return by_file, allg, by_key


def item_by_key(key):
    for it in cd.ITEMS:
        if it["key"] == key:
            return it
    raise KeyError(key)


def regions_yaml():
    out = [{"code": cd.PROVINCE["code"], "name": cd.PROVINCE["name"], "level": "province"},
           {"code": cd.CITY["code"], "name": cd.CITY["name"], "level": "city", "parent": cd.PROVINCE["code"]}]
    for _, code, name, _ in cd.DISTRICTS:
        out.append({"code": code, "name": name, "level": "county", "parent": cd.CITY["code"]})
    t = cd.TOWN
    out.append({"code": t["code"], "name": t["name"], "level": "town", "parent": t["parent"]})
    return out


def halls_yaml():
    out = []
    for h in cd.HALLS:
        out.append({
            "id": h["id"], "name": h["name"], "region": cd.REGION_CODE[h["region"]],
            "address": h["address"],
            "location": {"lat": h["location"][0], "lon": h["location"][1]},
            "hours": h["hours"], "hours_note": h["hours_note"], "phone": h["phone"],
            "appointment_url": "%s/yuyue/%s" % (cd.PORTAL, h["id"]),
            "transit": h["transit"],
        })
    return out


def faq_yaml():
    out = []
    for f in cd.FAQ:
        e = {"id": f["id"]}
        if f.get("questions"):
            e["questions"] = list(f["questions"])
        e["answer"] = f["answer"]
        e["agency"] = cd.DEPTS[f["dept"]]["city"]
        e["region"] = cd.CITY["code"]
        e["updated_at"] = f["updated"]
        e["status"] = f.get("status", "active")
        out.append(e)
    return out


def bundles_yaml():
    out = []
    for b in cd.BUNDLES:
        out.append({"id": b["id"], "name": b["name"], "aliases": list(b["aliases"]),
                    "description": b["description"],
                    "items": [item_by_key(k)["base"] for k in b["items"]],
                    "order_note": b["order_note"]})
    return out


HEADER = "# 澄江市（虚构城市，南屿省亦为虚构）政务服务事项办事指南：%s\n# 盲测评估用目录，由 make_catalog.py 生成。电话、地址、网址、坐标均为虚构。\n"


def dump(path, data, title):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER % title)
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=1000)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(os.path.join(OUT, "guides"))
    dump(os.path.join(OUT, "regions.yaml"), regions_yaml(), "行政区划")
    dump(os.path.join(OUT, "halls.yaml"), halls_yaml(), "办事大厅")
    dump(os.path.join(OUT, "faq.yaml"), faq_yaml(), "12345热线知识库")
    dump(os.path.join(OUT, "bundles.yaml"), bundles_yaml(), "“一件事”套餐")
    by_file, allg, by_key = build()
    for fname, gs in by_file.items():
        dump(os.path.join(OUT, "guides", fname + ".yaml"), gs, fname)
    codes = [g["code"] for g in allg]
    assert len(codes) == len(set(codes)), "duplicate codes"
    st = {}
    for g in allg:
        st[g["status"]] = st.get(g["status"], 0) + 1
    print("items %d  guides %d  halls %d  faq %d  bundles %d  status %s" % (
        len({g["base_code"] for g in allg}), len(allg), len(cd.HALLS), len(cd.FAQ), len(cd.BUNDLES), st))


if __name__ == "__main__":
    main()
