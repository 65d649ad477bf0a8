"""Write catalog/ (regions, halls, guides per department, bundles, faq) from catalog_data.py.

Run from anywhere: python3 make_catalog.py
District-level items ('D') get one guide per district (同要素: only agency, hall/window,
phones and update date differ); city-level items ('C') get one guide.
"""
import json
import re
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import catalog_data as D  # noqa: E402

OUT = HERE / "catalog"
HEADER = "# 青禾市（虚构的盲测城市，非真实地区）办事指南目录：{what}\n# 电话、地址、网址均为虚构。由 make_catalog.py 生成，请勿手改。\n"
WINDOW_NO = {"ga": "A区 1-6号", "mz": "B区 7-9号", "yb": "C区 10-12号", "rs": "C区 13-15号", "jj": "D区 16号",
             "sc": "D区 17-20号", "jy": "E区 21号", "cl": "E区 22号", "ty": "E区 23号", "wj": "F区 24号",
             "ny": "F区 25号", "crj": "1-8号", "gjj": "1-10号", "bdc": "1-12号", "sw": "G区 30-33号", "wl": "G区 34号"}
BOTH = {"sc", "wl"}
BOTH_KEYS = {"yanglao_jg", "ggcs_new", "yanchu", "lvxingshe"}


def district_agency(dept, dkey):
    code, name, short, _ = D.DISTRICTS[dkey]
    tpl = D.DEPTS[dept][2]
    if tpl == "GA":
        return f"青禾市公安局{short}分局" if name.endswith("区") else f"{name}公安局"
    if tpl == "JJ":
        return f"青禾市公安局交通警察支队{short}大队"
    return tpl.format(name=name)


def phones(dept, dindex, seq):
    no = D.DEPTS[dept][0]
    return f"0696-8{dindex}{no:02d}1{seq:03d}", f"0696-8{dindex}9{no:02d}000"


def guide(item, seq, region, agency, hall, dindex, date, override=None):
    dept = item["dept"]
    consult, complaint = phones(dept, dindex, seq)
    status = item.get("status", "active")
    conditions = list(item["conditions"])
    if override:
        status = override.get("status", status)
        conditions = list(override.get("pre", [])) + conditions
    objects = ["natural_person"]
    if dept in BOTH or item["key"] in BOTH_KEYS:
        objects = ["legal_person"] if item["key"] in BOTH_KEYS and dept != "sc" else ["natural_person", "legal_person"]
    depth, path, visits = item["online"]
    g = {
        "code": f"{item['base']}-{region}",
        "base_code": item["base"],
        "name": item["name"],
        "aliases": item["aliases"],
        "item_type": item["type"],
        "status": status,
        "region": region,
        "agency": agency,
        "service_object": objects,
    }
    if item.get("events"):
        g["life_events"] = item["events"]
    g["conditions"] = conditions
    if item.get("situations"):
        g["situations"] = item["situations"]
    g["materials"] = item["materials"]
    g["steps"] = item["steps"]
    g["legal_time_limit"] = item["legal"]
    g["promised_time_limit"] = item["promised"]
    fee = item["fee"]
    g["fee"] = {"charged": bool(fee), "items": [{"name": n, "amount": f"{a}元" if isinstance(a, int) else a, "basis": b}
                                         for n, a, b in fee]}
    g["online"] = {"depth": depth, "url": D.URL + path, "visits": visits}
    g["halls"] = [{"hall": h, "window": f"{D.DEPTS[dept][3]} {WINDOW_NO[dept]}"} for h in hall]
    g["appointment"] = item["appointment"]
    g["express"] = item["express"]
    g["cross_region"] = item["cross"]
    g["consult_phone"] = consult
    g["complaint_phone"] = complaint
    g["legal_basis"] = item["basis"]
    g["result"] = item["result"]
    g["updated_at"] = date
    return g


def build():
    regions = [dict(code=D.PROVINCE[0], name=D.PROVINCE[1], level="province"),
               dict(code=D.CITY[0], name=D.CITY[1], level="city", parent=D.PROVINCE[0])]
    for code, name, _, _ in D.DISTRICTS.values():
        regions.append(dict(code=code, name=name, level="county", parent=D.CITY[0]))
    regions.append(dict(code=D.TOWN[0], name=D.TOWN[1], level="town", parent=D.TOWN[2]))

    by_dept = {}
    for seq, item in enumerate(D.ITEMS):
        out = by_dept.setdefault(item["dept"], [])
        if item["level"] == "D":
            for dkey in D.DIST_KEYS:
                code, _, _, dindex = D.DISTRICTS[dkey]
                out.append(guide(item, seq, code, district_agency(item["dept"], dkey), [f"hall-{dkey}-center"],
                                 dindex, D.DIST_DATES[dkey], item.get("overrides", {}).get(dkey)))
            if item.get("town"):
                out.append(guide(item, seq, D.TOWN[0], "石门县桐林镇人民政府", ["hall-tonglin"], 6, "2026-03-03"))
        else:
            out.append(guide(item, seq, D.CITY[0], D.DEPTS[item["dept"]][1], item["halls"], 0, D.CITY_DATE))
    return regions, by_dept


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str(dumper, value):
    style = "'" if re.fullmatch(r"[0-9][0-9:-]*", value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump(path, data, what):
    text = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=200)
    path.write_text(HEADER.format(what=what) + text, encoding="utf-8")


def main():
    regions, by_dept = build()
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "guides").mkdir(parents=True)
    dump(OUT / "regions.yaml", regions, "行政区划")
    dump(OUT / "halls.yaml", D.HALLS, "办事大厅")
    dump(OUT / "bundles.yaml", D.BUNDLES, "一件事")
    dump(OUT / "faq.yaml", D.FAQ, "热线知识库")
    n = 0
    for dept, guides in by_dept.items():
        n += len(guides)
        if dept == "sw":  # one department as JSON, as the format allows
            (OUT / "guides" / f"{dept}.json").write_text(json.dumps(guides, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            dump(OUT / "guides" / f"{dept}.yaml", guides, f"{dept} 部门指南")
    print(f"items {len(D.ITEMS)}  guides {n}  halls {len(D.HALLS)}  bundles {len(D.BUNDLES)}  faq {len(D.FAQ)}")


if __name__ == "__main__":
    main()
