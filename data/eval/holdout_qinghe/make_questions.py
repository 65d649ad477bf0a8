"""Write questions.yaml (conversation-file format) from questions_data.py.

Code specs and placeholders are resolved against the catalog that make_catalog.py builds
(see questions_data.py's docstring). Run after make_catalog.py: python3 make_questions.py
"""
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import catalog_data as D  # noqa: E402
import make_catalog  # noqa: E402
import questions_data as QD  # noqa: E402

ABBR = {"hc": "hecheng", "lx": "liuxi", "nw": "nanwan", "sm": "shimen", "yl": "yunling"}
ITEM = {it["key"]: it for it in D.ITEMS}
HALLS = {h["id"]: h for h in D.HALLS}
_, BY_DEPT = make_catalog.build()
GUIDES = {g["code"]: g for gs in BY_DEPT.values() for g in gs}
FAQ_IDS = {f["id"] for f in D.FAQ}
BUNDLE_IDS = {b["id"] for b in D.BUNDLES}


def resolve(spec):
    """One spec -> list of codes."""
    if spec is None:
        return []
    if isinstance(spec, list):
        out = []
        for s in spec:
            out += [c for c in resolve(s) if c not in out]
        return out
    if spec.startswith("faq:") or spec.startswith("bundle:"):
        ident = spec.split(":", 1)[1]
        assert ident in FAQ_IDS | BUNDLE_IDS, spec
        return [ident]
    key, _, where = spec.partition("@")
    item = ITEM[key]
    if item["level"] == "C":
        assert not where, spec
        return [f"{item['base']}-{D.CITY[0]}"]
    if where == "tl":
        assert item.get("town"), spec
        return [f"{item['base']}-{D.TOWN[0]}"]
    if where:
        return [f"{item['base']}-{D.DISTRICTS[ABBR[where]][0]}"]
    codes = [f"{item['base']}-{D.DISTRICTS[k][0]}" for k in D.DIST_KEYS]
    if item.get("town"):
        codes.append(f"{item['base']}-{D.TOWN[0]}")
    return codes


def fill(text, codes):
    if not text.startswith("@"):
        return text
    g = GUIDES[codes[0]]
    hall = HALLS[g["halls"][0]["hall"]]
    return {"@phone": g["consult_phone"], "@complaint": g["complaint_phone"], "@url": g["online"]["url"],
            "@addr": hall["address"], "@hallphone": hall["phone"], "@appt": hall["appointment_url"],
            "@agency": g["agency"]}[text]


def turn(q):
    if "location" in q:
        return {"location": q["location"]}
    t = {"say": q["say"]}
    codes = resolve(q["c"])
    if q["none"]:
        assert not codes and not q["has"], q["say"]
        t["no_code"] = True
    if codes:
        t["codes"] = codes
    nc = resolve(q["nc"])
    if nc:
        t["not_codes"] = nc
    if q["has"]:
        t["contains"] = [fill(h, codes) for h in q["has"]]
    if q["no"]:
        t["not_contains"] = q["no"]
    if q["ask"]:
        t["may_ask"] = True
    return t


def main():
    convs = []
    for n, q in enumerate(QD.SINGLE, 1):
        convs.append({"id": f"qh-s{n:03d}", "description": f"单轮（{'、'.join(q['tags'])}）：{q['say'][:24]}",
                      "tags": q["tags"], "turns": [turn(q)]})
    for n, m in enumerate(QD.MULTI, 1):
        convs.append({"id": f"qh-m{n:02d}", "description": f"多轮：{m['desc']}", "tags": m["tags"].split(),
                      "turns": [turn(t) for t in m["turns"]]})
    head = ("# 青禾市盲测会话集（由 make_questions.py 生成，请勿手改）。目录见 catalog/，说明见 README.md。\n")
    text = yaml.safe_dump({"version": 1, "conversations": convs}, allow_unicode=True, sort_keys=False, width=400)
    (HERE / "questions.yaml").write_text(head + text, encoding="utf-8")
    print(f"single {len(QD.SINGLE)}  multi {len(QD.MULTI)}  conversations {len(convs)}")


if __name__ == "__main__":
    main()
