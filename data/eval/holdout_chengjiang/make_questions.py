# -*- coding: utf-8 -*-
"""Write questions.yaml (the project's conversation-file format) from questions_data.py.

Single-turn questions are written as one-turn conversations (id sNNN-...), multi-turn ones as
cNN-...; each turn carries its kinds in metadata.tags, each conversation the union as tags.
Run:  python3 make_questions.py   (needs PyYAML; run make_catalog.py first or not: it only imports it)
"""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import catalog_data as cd  # noqa: E402
import make_catalog as mc  # noqa: E402
import questions_data as qd  # noqa: E402

OUT = os.path.join(HERE, "questions.yaml")

_, ALL_GUIDES, BY_KEY = mc.build()
FAQ_IDS = {f["id"] for f in cd.FAQ}
BUNDLE_IDS = {b["id"] for b in cd.BUNDLES}


def resolve(spec):
    """Code spec (see questions_data docstring) -> list of catalog codes."""
    if isinstance(spec, str):
        spec = spec.split()
    out = []
    for s in spec:
        if s.startswith("faq-"):
            if s not in FAQ_IDS:
                raise KeyError("unknown faq %s" % s)
            out.append(s)
        elif s.startswith("bundle-"):
            if s not in BUNDLE_IDS:
                raise KeyError("unknown bundle %s" % s)
            out.append(s)
        elif "@" in s:
            key, reg = s.split("@")
            code = "%s-%s" % (mc.item_by_key(key)["base"], cd.REGION_CODE[reg])
            if not any(g["code"] == code for g in BY_KEY[key]):
                raise KeyError("no guide %s" % s)
            out.append(code)
        else:
            gs = [g for g in BY_KEY[s] if g["status"] == "active"]
            if not gs:
                raise KeyError("item %s has no active guide" % s)
            out.extend(g["code"] for g in gs)
    seen = []
    for c in out:
        if c not in seen:
            seen.append(c)
    return seen


def turn_yaml(t):
    d = {}
    if t["location"] is not None:
        d["location"] = {"lat": t["location"][0], "lon": t["location"][1]}
    else:
        d["say"] = t["say"]
    codes = resolve(t["codes"]) if t["codes"] else []
    ncodes = resolve(t["not_codes"]) if t["not_codes"] else []
    if codes:
        d["codes"] = codes
    if ncodes:
        d["not_codes"] = ncodes
    if t["no_code"]:
        d["no_code"] = True
    if t["contains"]:
        d["contains"] = list(t["contains"])
    if t["contains_any"]:
        d["contains_any"] = [list(g) for g in t["contains_any"]]
    if t["not_contains"]:
        d["not_contains"] = list(t["not_contains"])
    if t["traditional"]:
        d["script"] = "traditional"
    if t["may_ask"]:
        d["may_ask"] = True
    d["metadata"] = {"tags": sorted(set(t["tags"])) or ["item"]}
    return d


def build_conversations():
    convs = []
    for i, t in enumerate(qd.SINGLES, 1):
        tags = sorted(set(t["tags"])) or ["item"]
        convs.append({
            "id": "s%03d-%s" % (i, tags[0].replace("_", "-")),
            "description": "单轮：" + (t["say"] or "共享位置"),
            "tags": ["single"] + tags,
            "turns": [turn_yaml(t)],
        })
    for i, c in enumerate(qd.CONVS, 1):
        turns = [turn_yaml(t) for t in c["turns"]]
        tags = sorted({x for t in turns for x in t["metadata"]["tags"]})
        convs.append({
            "id": "c%02d-multi" % i,
            "description": "多轮：" + c["description"],
            "tags": ["multi"] + tags,
            "turns": turns,
        })
    return convs


HEADER = """# 澄江市（虚构）盲测问题集：单轮问题写成只有一轮的会话（sNNN），多轮会话为 cNN。
# 每轮的 metadata.tags 是该轮考查的类型；会话 tags 为各轮类型之并集加 single/multi。
# 由 make_questions.py 从 questions_data.py 生成，check_questions.py 校验。
"""


def main():
    convs = build_conversations()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
        yaml.safe_dump({"version": 1, "conversations": convs}, f, allow_unicode=True,
                       sort_keys=False, width=1000)
    singles = sum(1 for c in convs if c["id"].startswith("s"))
    multi = len(convs) - singles
    turns = sum(len(c["turns"]) for c in convs)
    print("wrote %s: %d single-turn, %d multi-turn conversations, %d turns" % (OUT, singles, multi, turns))


if __name__ == "__main__":
    main()
