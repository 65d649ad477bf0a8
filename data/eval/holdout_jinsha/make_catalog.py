#!/usr/bin/env python3
"""Write catalog/ (guides, halls, regions, bundles, faq) from catalog_data.py.

Run: python3 make_catalog.py   (stdlib + pyyaml)
"""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

import catalog_data as cd

HERE = Path(__file__).resolve().parent
OUT = HERE / "catalog"

HEADER = ("# 金沙市（虚构城市，湖南省）政务服务事项办事指南——盲测评估目录（holdout_jinsha）。\n"
          "# 由 make_catalog.py 从 catalog_data.py 生成，请勿手工修改。名称、地址、电话、坐标、网址均为虚构。\n")


def rcode(r: str) -> str:
    return cd.REGIONS[r][0]


def base_code(it: dict) -> str:
    return f"4300{cd.DEPTS[it['dept']][0]}{it['n']:03d}000"


def guide_code(it: dict, r: str) -> str:
    return f"{rcode(r)}-{base_code(it)[4:]}"


def consult_phone(it: dict, r: str) -> str:
    d = cd.REGIONS[r][4]
    return f"0748-{d}{cd.DEPTS[it['dept']][0]}{it['n']:02d}{d}{d}"


def regions_of(it: dict) -> list[str]:
    return it.get("regions", cd.D5)


def status_of(it: dict, r: str) -> tuple[str, list[str]]:
    if "status_all" in it:
        return it["status_all"]
    if r in it.get("status_by", {}):
        return it["status_by"][r]
    return ("active", [])


def halls_of(it: dict, r: str) -> list[dict]:
    dept = it["dept"]
    window = cd.DEPTS[dept][2]
    ids = it.get("halls_override") or cd.SPECIAL_HALLS.get((dept, r)) or [cd.CENTER_HALL[r]]
    out = []
    for h in ids:
        e = {"hall": h, "window": window}
        if h == "hall-js-center" and dept == "gjj":
            e = {"hall": h, "window": "公积金业务窗口 B座2楼", "note": "市政务服务中心公积金窗口周六上午开放"}
        out.append(e)
    return out


def build_guide(it: dict, r: str) -> dict:
    status, status_sentences = status_of(it, r)
    g = {
        "code": guide_code(it, r),
        "base_code": base_code(it),
        "name": it["name"],
        "aliases": it["aliases"],
        "item_type": it["type"],
        "status": status,
        "region": rcode(r),
        "agency": cd.DEPTS[it["dept"]][1](r),
        "service_object": it["obj"],
        "life_events": it["life"],
        "conditions": list(status_sentences) + [c for c in it["cond"] if c not in status_sentences],
    }
    sits = list(it.get("sit", [])) + list(it.get("extra_sit", []))
    if sits:
        g["situations"] = sits
    g["materials"] = it["mats"]
    g["steps"] = it["steps"]
    g["legal_time_limit"] = it["legal"]
    g["promised_time_limit"] = it["promised"]
    if it["fee"]:
        g["fee"] = {"charged": True,
                    "items": [{"name": n, "amount": a, "basis": b} for n, a, b in it["fee"]]}
    else:
        g["fee"] = {"charged": False, "items": []}
    online = {"depth": it["depth"]}
    if it["depth"] != "offline_only":
        online["url"] = it.get("online_url_override") or f"https://zwfw.jinsha.example/{it['slug']}"
    online["visits"] = it["visits"]
    g["online"] = online
    g["halls"] = halls_of(it, r)
    g["appointment"] = it["appt"]
    g["express"] = it["express"]
    g["cross_region"] = it["cross"]
    g["consult_phone"] = consult_phone(it, r)
    g["complaint_phone"] = cd.COMPLAINT[r]
    g["legal_basis"] = it["basis"]
    g["result"] = it["result"]
    g["updated_at"] = it.get("updated") or cd.UPDATED[r]
    return g


def all_guides() -> list[dict]:
    return [build_guide(it, r) for it in cd.ITEMS for r in regions_of(it)]


def item_by_key(key: str) -> dict:
    for it in cd.ITEMS:
        if it["key"] == key:
            return it
    raise KeyError(key)


class _NoAlias(yaml.SafeDumper):
    def ignore_aliases(self, data):  # noqa: D401 - plain YAML without &anchors
        return True


def dump(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(data, Dumper=_NoAlias, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(HEADER + text, encoding="utf-8")


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    regions = [{"code": cd.PROVINCE[0], "name": cd.PROVINCE[1], "level": "province"}]
    for key, (code, name, level, parent, _d) in cd.REGIONS.items():
        regions.append({"code": code, "name": name, "level": level,
                        "parent": cd.PROVINCE[0] if parent is None else rcode(parent)})
    dump(OUT / "regions.yaml", regions)

    halls = []
    for h in cd.HALLS:
        h2 = dict(h)
        h2["region"] = rcode(h["region"])
        halls.append(h2)
    dump(OUT / "halls.yaml", halls)

    by_dept: dict[str, list[dict]] = {}
    codes = set()
    phones = {}
    for it in cd.ITEMS:
        for r in regions_of(it):
            g = build_guide(it, r)
            assert g["code"] not in codes, g["code"]
            codes.add(g["code"])
            assert g["consult_phone"] not in phones, (g["consult_phone"], phones.get(g["consult_phone"]))
            phones[g["consult_phone"]] = g["code"]
            by_dept.setdefault(it["dept"], []).append(g)
    for dept, guides in by_dept.items():
        dump(OUT / "guides" / f"{dept}.yaml", guides)

    bundles = []
    for b in cd.BUNDLES:
        b2 = dict(b)
        b2["items"] = [base_code(item_by_key(k)) for k in b["items"]]
        bundles.append(b2)
    dump(OUT / "bundles.yaml", bundles)

    faq = []
    for f in cd.FAQ:
        f2 = dict(f)
        f2["region"] = rcode(f["region"])
        faq.append(f2)
    dump(OUT / "faq.yaml", faq)

    n_guides = sum(len(v) for v in by_dept.values())
    print(f"items={len(cd.ITEMS)} guides={n_guides} halls={len(halls)} bundles={len(bundles)} faq={len(faq)}")


if __name__ == "__main__":
    main()
