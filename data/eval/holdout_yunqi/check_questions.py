#!/usr/bin/env python3
"""Check questions.yaml against ./catalog: parses, ids unique, tags known, every code exists,
every `contains` string is catalog text of the cited guide(s)/FAQ(s), `not_contains` only in
withdrawn entries, tag heuristics (long length, region names, traditional characters).
Run: python3 check_questions.py
"""
import collections
import glob
import json
import os
import re
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = os.path.join(HERE, "catalog")
TAGS = {"howto", "materials", "time", "fee", "location", "online", "process", "conditions", "phone",
        "appointment", "express", "visits", "agent", "cross-region", "result", "amount", "fact-in-field",
        "region", "faq", "bundle", "revoked", "suspended", "negative", "typo", "long", "compound",
        "traditional"}
DISTRICTS = ["望湖", "松溪", "鹤鸣", "鶴鳴", "青柘", "松岭"]
TRAD = set("們這個說與為會來時後麼書長開門問間關車馬陽陰電話東題鳥龍錢銀證續辦戶報單號頭實網擇遺補帶過還訊資醫請幾離準經結養權邊對點學區劃歲齡貼兒寶簽婦樣縣換駕裡臨暫詢產辦記錄費禮識聽鄰幫歡與見業執鶴鳴檢劃")


def fold(s):
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return re.sub(r"\s+", "", s)


def flat(o):
    if isinstance(o, dict):
        return " ".join(flat(v) for v in o.values())
    if isinstance(o, list):
        return " ".join(flat(v) for v in o)
    return str(o)


def load():
    guides = []
    for f in sorted(glob.glob(os.path.join(CAT, "guides", "*"))):
        with open(f, encoding="utf-8") as fh:
            d = json.load(fh) if f.endswith(".json") else yaml.safe_load(fh)
        guides += d if isinstance(d, list) else [d]
    halls = {h["id"]: h for h in yaml.safe_load(open(os.path.join(CAT, "halls.yaml"), encoding="utf-8"))}
    faq = yaml.safe_load(open(os.path.join(CAT, "faq.yaml"), encoding="utf-8"))
    bundles = yaml.safe_load(open(os.path.join(CAT, "bundles.yaml"), encoding="utf-8"))
    regions = yaml.safe_load(open(os.path.join(CAT, "regions.yaml"), encoding="utf-8"))
    return guides, halls, faq, bundles, regions


def guide_text(g, halls, rnames):
    parts = [flat(g)]
    for k in ("legal_time_limit", "promised_time_limit"):
        t = g[k]
        if t["value"] == 0:
            parts.append("即办")
        else:
            parts.append(f"{t['value']}{'个工作日' if t['unit'] == 'working_day' else '日'}")
    for it in g["fee"].get("items", []):
        if isinstance(it["amount"], (int, float)):
            parts.append(f"{it['amount']}元")
    parts.append(rnames.get(g["region"], ""))
    for hl in g.get("halls", []):
        hid = hl if isinstance(hl, str) else hl["hall"]
        parts.append(flat(halls[hid]))
    return fold(" ".join(parts))


def main():
    guides, halls, faq, bundles, regions = load()
    rnames = {r["code"]: r["name"] for r in regions}
    rec = {}
    status = {}
    for g in guides:
        rec[g["code"]] = guide_text(g, halls, rnames)
        status[g["code"]] = g["status"]
    for f in faq:
        rec[f["id"]] = fold(flat(f))
        status[f["id"]] = f.get("status", "active")
    bundle_text = fold(flat(bundles))
    withdrawn_text = " ".join(rec[c] for c, s in status.items() if s != "active")

    d = yaml.safe_load(open(os.path.join(HERE, "questions.yaml"), encoding="utf-8"))
    assert d["version"] == 1
    convs = d["conversations"]
    errors, warns = [], []
    ids = collections.Counter(c["id"] for c in convs)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    says = collections.Counter(t["say"] for c in convs for t in c["turns"])
    for s_, n in says.items():
        if n > 1:
            warns.append(f"duplicate say {s_}")
    for c in convs:
        cid, tags = c["id"], c["tags"]
        for t in tags:
            if t not in TAGS:
                errors.append(f"{cid}: unknown tag {t}")
        if len(tags) != len(set(tags)):
            errors.append(f"{cid}: repeated tag")
        first = c["turns"][0]["say"]
        L = len(first)
        if ("long" in tags) != (L >= 80):
            (errors if "long" in tags and not 80 <= L <= 200 else warns).append(f"{cid}: long tag vs length {L}")
        if "long" in tags and L > 200:
            errors.append(f"{cid}: long > 200 ({L})")
        alls = "".join(t["say"] for t in c["turns"])
        has_trad = any(ch in TRAD for ch in alls)
        if ("traditional" in tags) != has_trad:
            warns.append(f"{cid}: traditional tag={('traditional' in tags)} but trad chars={has_trad}")
        names_district = any(n in alls for n in DISTRICTS)
        if ("region" in tags) != names_district:
            warns.append(f"{cid}: region tag={('region' in tags)} but names district={names_district}")
        if "negative" in tags:
            for t in c["turns"]:
                if not t.get("no_code"):
                    errors.append(f"{cid}: negative without no_code")
            continue
        for k, t in enumerate(c["turns"]):
            if t.get("no_code"):
                continue
            cs = t.get("codes") or []
            if not cs:
                errors.append(f"{cid}/{k}: no codes")
            for code in cs:
                if code not in rec:
                    errors.append(f"{cid}/{k}: unknown code {code}")
            texts = [rec[x] for x in cs if x in rec]
            pool = texts + ([bundle_text] if "bundle" in tags else [])
            for s_ in t.get("contains", []):
                fs = fold(s_)
                hit = [fs in x for x in pool]
                if not any(hit):
                    errors.append(f"{cid}/{k}: contains {s_!r} not in cited records")
                elif "bundle" not in tags and not all(fs in x for x in texts) and \
                        not any(status.get(x) != "active" for x in cs):
                    warns.append(f"{cid}/{k}: contains {s_!r} only in some cited records")
            for grp in t.get("contains_any", []):
                if not any(fold(s_) in x for s_ in grp for x in pool):
                    warns.append(f"{cid}/{k}: contains_any group has no catalog hit (generic wording): {grp[:3]}…")
            for s_ in t.get("not_contains", []):
                fs = fold(s_)
                if any(fs in rec[x] for x in cs if status.get(x) == "active"):
                    errors.append(f"{cid}/{k}: not_contains {s_!r} appears in an active cited record")
                if fs not in withdrawn_text:
                    warns.append(f"{cid}/{k}: not_contains {s_!r} not found in any withdrawn entry")
    tagc = collections.Counter(t for c in convs for t in c["tags"])
    print("conversations:", len(convs), "multi-turn:", sum(len(c["turns"]) > 1 for c in convs))
    print("tags:", dict(sorted(tagc.items(), key=lambda x: -x[1])))
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warns)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
