"""Write catalog/ (regions, halls, faq, bundles, guides/*.yaml by department) from catalog_data.py.

    /work/main/.venv/bin/python make_catalog.py        # rewrites catalog/
    /work/main/.venv/bin/guidebot validate --catalog catalog

``build()`` is also used by make_questions.py and check_questions.py to map item keys to codes.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import yaml

import catalog_data as D

HERE = Path(__file__).resolve().parent
OUT = HERE / "catalog"
HEADER = ("# 岚溪市（虚构城市，江澜省，非真实地区）政务服务事项办事指南评测目录：{what}\n"
          "# 由 make_catalog.py 从 catalog_data.py 生成，请勿手工修改。电话、地址、网址均为虚构。\n")

FILES = {
    "police": ("identity.yaml", "身份证件与户籍"),
    "exit": ("exit-entry.yaml", "出入境证件"),
    "vehicle": ("vehicles.yaml", "车驾管"),
    "civil": ("civil-affairs.yaml", "民政"),
    "health": ("health.yaml", "卫生健康"),
    "disabled": ("disability.yaml", "残疾人服务"),
    "medical": ("medical-insurance.yaml", "医疗保障"),
    "hrss": ("social-insurance.yaml", "社会保险"),
    "hf": ("housing-fund.yaml", "住房公积金"),
    "estate": ("real-estate.yaml", "不动产登记"),
    "market": ("market.yaml", "市场监管"),
    "tax": ("tax.json", "税务"),
    "edu": ("education.yaml", "教育"),
    "housing": ("housing.yaml", "住房和城乡建设"),
    "talent": ("talent.yaml", "人才服务"),
    "agri": ("agriculture.yaml", "农业农村"),
    "transport": ("transport.yaml", "交通运输"),
    "culture": ("culture-tourism.yaml", "文化和旅游"),
}
SINGLE_FILE = {"hunyu_proof": ("health-revoked-hunyu.yaml", "已取消的证明事项（单个指南对象）")}

FIELD_ORDER = ["code", "base_code", "name", "aliases", "item_type", "status", "region", "agency",
               "service_object", "life_events", "conditions", "situations", "materials", "steps",
               "legal_time_limit", "promised_time_limit", "fee", "online", "halls", "appointment",
               "express", "cross_region", "consult_phone", "complaint_phone", "legal_basis", "result",
               "updated_at"]


def base_code(it: dict) -> str:
    return f"5917{D.DEPTS[it['dept']]:02d}{it['n']:03d}000"


def district_phone(it: dict, dk: str) -> str:
    d = D.DISTRICTS[dk]["d"]
    return f"0589-{d}{D.DEPTS[it['dept']]:02d}{it['n']:02d}{d}{d}{d}"


def _guide(it: dict, region: str, agency: str, halls: list, phone: str) -> dict:
    g = {
        "code": f"{base_code(it)}-{region}",
        "base_code": base_code(it),
        "name": it["name"],
        "aliases": list(it.get("aliases", [])),
        "item_type": it["item_type"],
        "status": it.get("status", "active"),
        "region": region,
        "agency": agency,
        "service_object": list(it.get("service_object", ["natural_person"])),
        "life_events": list(it.get("life_events", [])),
        "conditions": list(it["conditions"]),
        "situations": copy.deepcopy(it.get("situations", [])),
        "materials": copy.deepcopy(it["materials"]),
        "steps": copy.deepcopy(it["steps"]),
        "legal_time_limit": dict(it["legal"]),
        "promised_time_limit": dict(it["promised"]),
        "fee": copy.deepcopy(it["fee"]),
        "online": dict(it["online"]),
        "halls": copy.deepcopy(halls),
        "appointment": it.get("appointment"),
        "express": it.get("express"),
        "cross_region": it.get("cross_region"),
        "consult_phone": phone,
        "complaint_phone": "12345",
        "legal_basis": list(it.get("legal_basis", [])),
        "result": it.get("result"),
        "updated_at": it.get("updated_at", D.UPDATED),
    }
    for k in ("aliases", "life_events", "situations", "legal_basis"):
        if not g[k]:
            del g[k]
    for k in ("appointment", "express", "cross_region", "result"):
        if g[k] is None:
            del g[k]
    return g


def build() -> dict:
    """Every guide (with the item key and region key it came from) and the code tables."""
    guides: list[dict] = []          # each: {"key", "rk" (district key or "city"), "file", "guide"}
    for it in D.ITEMS:
        fname = SINGLE_FILE.get(it["key"], FILES[it["dept"]])[0]
        if it["level"] == "district":
            for dk in it.get("only", D.DISTRICT_ORDER):
                Dd = D.DISTRICTS[dk]
                halls = [{"hall": Dd["hall"], "window": it["window"]}]
                if it.get("town_hall") and dk == "tongchuan":
                    halls.append({"hall": "hall-yunqiao", "window": "便民服务窗口"})
                g = _guide(it, Dd["code"], D.district_agency(it["dept"], Dd), halls,
                           district_phone(it, dk))
                over = it.get("per_region", {}).get(dk, {})
                if "halls" in over:
                    g["halls"] = copy.deepcopy(over["halls"])
                if "status" in over:
                    g["status"] = over["status"]
                if "updated_at" in over:
                    g["updated_at"] = over["updated_at"]
                if "prepend_conditions" in over:
                    g["conditions"] = over["prepend_conditions"] + g["conditions"]
                guides.append({"key": it["key"], "rk": dk, "file": fname, "guide": g})
        else:
            g = _guide(it, D.CITY, it["agency"], it["halls"], it["phone"])
            guides.append({"key": it["key"], "rk": "city", "file": fname, "guide": g})
            rc = it.get("revoked_county")
            if rc:
                Dd = D.DISTRICTS[rc["region"]]
                g2 = _guide(it, Dd["code"], rc["agency"],
                            [{"hall": Dd["hall"], "window": "不动产查询窗口"}], rc["phone"])
                g2["status"] = "revoked"
                g2["updated_at"] = rc["updated_at"]
                g2["conditions"] = list(rc["conditions"])
                guides.append({"key": it["key"], "rk": rc["region"], "file": fname, "guide": g2})
    for e in guides:
        e["guide"] = {k: e["guide"][k] for k in FIELD_ORDER if k in e["guide"]}
    base = {it["key"]: base_code(it) for it in D.ITEMS}
    faq = [{"id": i, **({"questions": q} if q else {}), "answer": a, "agency": ag, "region": r,
            "updated_at": u, "status": s} for i, q, a, ag, r, u, s in D.FAQ]
    bundles = []
    for b in D.BUNDLES:
        b2 = dict(b)
        b2["items"] = [base[k] for k in b["items"]]
        bundles.append(b2)
    return {"guides": guides, "base": base, "faq": faq, "bundles": bundles,
            "halls": D.HALLS, "regions": D.REGIONS}


# ---------------------------------------------------------------------------- writing
class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str(dumper, s):
    # quote codes, phones, dates and times so that every reader keeps them as text
    if re.fullmatch(r"[0-9][0-9:\-.]*", s):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="'")
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


_Dumper.add_representer(str, _str)


def dump(obj) -> str:
    return yaml.dump(obj, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=200)


def write() -> dict:
    cat = build()
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "guides").mkdir(parents=True)
    (OUT / "regions.yaml").write_text(HEADER.format(what="行政区划") + dump(cat["regions"]), encoding="utf-8")
    (OUT / "halls.yaml").write_text(HEADER.format(what="办事大厅") + dump(cat["halls"]), encoding="utf-8")
    (OUT / "faq.yaml").write_text(HEADER.format(what="12345热线知识库条目") + dump(cat["faq"]), encoding="utf-8")
    (OUT / "bundles.yaml").write_text(HEADER.format(what="“一件事”主题套餐") + dump(cat["bundles"]),
                                      encoding="utf-8")
    by_file: dict[str, list] = {}
    for e in cat["guides"]:
        by_file.setdefault(e["file"], []).append(e["guide"])
    titles = {f: t for f, t in list(FILES.values()) + list(SINGLE_FILE.values())}
    for fname, gs in by_file.items():
        p = OUT / "guides" / fname
        if fname.endswith(".json"):
            p.write_text(json.dumps(gs, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        elif fname in {v[0] for v in SINGLE_FILE.values()}:
            assert len(gs) == 1
            p.write_text(HEADER.format(what=titles[fname]) + dump(gs[0]), encoding="utf-8")
        else:
            p.write_text(HEADER.format(what=titles[fname]) + dump(gs), encoding="utf-8")
    return cat


if __name__ == "__main__":
    cat = write()
    items = {e["key"] for e in cat["guides"]}
    status = {}
    for e in cat["guides"]:
        status[e["guide"]["status"]] = status.get(e["guide"]["status"], 0) + 1
    print(f"items {len(items)}, guides {len(cat['guides'])} {status}, halls {len(cat['halls'])}, "
          f"faq {len(cat['faq'])}, bundles {len(cat['bundles'])}, regions {len(cat['regions'])}")
