"""Write questions.yaml (the project's conversation-file format) from questions_data.py.

Item keys become codes of the generated catalog (make_catalog.build()); "@" facts are filled
from the target guide; Traditional turns get every fact in Simplified and Traditional forms.

    /work/main/.venv/bin/python make_questions.py
"""

from __future__ import annotations

from pathlib import Path

import opencc
import yaml

import make_catalog
import questions_data as Q

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.yaml"

CAT = make_catalog.build()
HALLS = {h["id"]: h for h in CAT["halls"]}
FAQ = {f["id"]: f for f in CAT["faq"]}
BUNDLES = {b["id"]: b for b in CAT["bundles"]}
BY_KEY: dict[str, dict[str, dict]] = {}
for e in CAT["guides"]:
    BY_KEY.setdefault(e["key"], {})[e["rk"]] = e["guide"]

S2T = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
T2S = opencc.OpenCC("t2s")

REGION_WORDS = [("溪城", "xicheng"), ("南湖", "nanhu"), ("青岚", "qinglan"), ("桐川", "tongchuan"),
                ("云桥", "tongchuan"), ("白沙", "baisha")]

# variants of one item: a turn tagged "operation" must not cite another variant's guide
VARIANTS = [["idcard_first", "idcard_renew", "idcard_lost"],
            ["passport_first", "passport_renew", "passport_lost"],
            ["license_renew", "license_lost"], ["marriage", "marriage_copy"],
            ["disability_new", "disability_lost"], ["sscard_first", "sscard_lost"],
            ["indiv_new", "indiv_change", "indiv_cancel"],
            ["food_new", "food_change", "food_renew", "food_cancel"]]


def region_in(text: str | None) -> str | None:
    if not text:
        return None
    t = T2S.convert(text)
    for w, rk in REGION_WORDS:
        if w in t:
            return rk
    return None


def variants_of(text: str) -> list[str]:
    out = [text]
    for c in S2T:
        v = c.convert(text)
        if v not in out:
            out.append(v)
    return out


def target(key: str | None, rk: str | None) -> dict:
    """What answers the turn: kind, the guides (one, or all districts'), codes to require."""
    if key is None:
        return {"kind": "none"}
    if key.startswith("faq:"):
        return {"kind": "faq", "id": key[4:]}
    if key.startswith("bundle:"):
        return {"kind": "bundle", "id": key[7:]}
    if key.startswith("hall:"):
        return {"kind": "hall", "id": key[5:]}
    gs = BY_KEY[key]
    if "city" in gs:                      # a city guide serves every district (revoked ones too)
        return {"kind": "guide", "item": key, "guides": [gs["city"]], "codes": [gs["city"]["code"]]}
    if rk and rk in gs:
        return {"kind": "guide", "item": key, "guides": [gs[rk]], "codes": [gs[rk]["code"]]}
    if len(gs) == 1:
        g = next(iter(gs.values()))
        return {"kind": "guide", "item": key, "guides": [g], "codes": [g["code"]]}
    assert rk is None, (key, rk)
    return {"kind": "guide", "item": key, "guides": list(gs.values()), "codes": []}


def symbol(tok: str, guides: list[dict]) -> list[str]:
    """An @-token's value(s), one per target guide (deduplicated)."""
    vals = []
    for g in guides:
        h = HALLS[g["halls"][0]["hall"]] if g.get("halls") else None
        v = {"@phone": lambda: g["consult_phone"], "@url": lambda: g["online"]["url"],
             "@cross": lambda: g["cross_region"], "@result": lambda: g["result"],
             "@hall": lambda: h["name"], "@addr": lambda: h["address"],
             "@hallphone": lambda: h["phone"], "@appt": lambda: h["appointment_url"], "@open": lambda: h["hours"][0]["open"]}[tok]()
        if v not in vals:
            vals.append(v)
    return vals


def build_turn(t: dict, rk: str | None) -> tuple[dict, dict]:
    tg = target(t["key"], rk)
    guides = tg.get("guides", [])
    contains: list[str] = []
    groups: list[list[str]] = []
    for f in t["has"]:
        if f == "@appt":          # "can I book": the word, or the hall's booking link
            groups.append(["预约"] + symbol("@appt", guides))
            continue
        vals = symbol(f, guides) if f.startswith("@") else [f]
        if len(vals) == 1:
            contains.append(vals[0])
        else:
            groups.append(vals)
    for g in t["any"]:
        vals = []
        for f in g:
            for v in (symbol(f, guides) if f.startswith("@") else [f]):
                if v not in vals:
                    vals.append(v)
        groups.append(vals)
    trad = "Traditional" in t["tags"]
    if trad:                      # each fact may be shown in either script
        groups = [[v for f in grp for v in variants_of(f)] for grp in groups]
        new_contains = []
        for f in contains:
            vs = variants_of(f)
            if len(vs) == 1:
                new_contains.append(f)
            else:
                groups.append(vs)
        contains = new_contains
    not_contains = []
    for f in t["no"]:
        for v in (variants_of(f) if trad else [f]):
            if v not in not_contains:
                not_contains.append(v)
    tags = list(t["tags"])
    if region_in(t["say"]) and "region" not in tags:
        tags.append("region")
    if t["no"] and "negative" not in tags:
        tags.append("negative")
    turn: dict = {}
    if t.get("loc"):
        turn["location"] = {"lat": t["loc"][0], "lon": t["loc"][1]}
    else:
        turn["say"] = t["say"]
    if tg["kind"] == "none":
        turn["no_code"] = True
    elif tg["kind"] == "guide" and not t.get("loose"):
        if tg["codes"]:
            turn["codes"] = tg["codes"]
        if "operation" in tags:       # the operation asked picks one variant: never another's
            for grp in VARIANTS:
                if t["key"] in grp:
                    turn["not_codes"] = [g["code"] for k in grp if k != t["key"]
                                         for g in BY_KEY[k].values()]
    if contains:
        turn["contains"] = contains
    if groups:
        turn["contains_any"] = groups
    if not_contains:
        turn["not_contains"] = not_contains
    if trad:
        turn["script"] = "traditional"
    if t.get("may_ask"):
        turn["may_ask"] = True
    meta_target = {k: v for k, v in tg.items() if k != "guides"}
    if tg["kind"] == "guide":
        meta_target["guide_codes"] = [g["code"] for g in guides]
        meta_target["region"] = rk
    turn["metadata"] = {"tags": tags, "target": meta_target}
    return turn, tg


def item_name(key: str | None) -> str:
    if key is None:
        return "目录中没有的事项"
    kind, _, ident = key.partition(":")
    if kind == "faq":
        return f"热线知识库 {ident}"
    if kind == "bundle":
        return BUNDLES[ident]["name"]
    if kind == "hall":
        return HALLS[ident]["name"]
    return next(iter(BY_KEY[key].values()))["name"]


def build() -> dict:
    convs = []
    for n, t in enumerate(Q.SINGLE, 1):
        rk = t["r"] or region_in(t["say"])
        turn, _ = build_turn(t, rk)
        tags = turn["metadata"]["tags"]
        convs.append({"id": f"s{n:03d}", "description": f"单轮：{item_name(t['key'])}",
                      "tags": ["single"] + tags, "metadata": {"kind": "single"}, "turns": [turn]})
    for c in Q.CONVS:
        rk = None
        key = None
        turns = []
        tags: list[str] = ["multi"]
        for t in c["turns"]:
            t = dict(t)
            if t["key"] == "=":
                t["key"] = key
            key = t["key"]
            rk = t["r"] or region_in(t["say"]) or rk
            turn, _ = build_turn(t, rk)
            turns.append(turn)
            for tg in turn["metadata"]["tags"]:
                if tg not in tags:
                    tags.append(tg)
        convs.append({"id": c["id"], "description": c["description"], "tags": tags,
                      "metadata": {"kind": "multi"}, "turns": turns})
    return {"version": 1, "conversations": convs}


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True


def _str(dumper, s):
    if s.isdigit() or s[:1].isdigit() and "-" in s and s.replace("-", "").isdigit():
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="'")
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


_Dumper.add_representer(str, _str)

HEADER = """# 岚溪市评测问题集（盲测，holdout_lanxi）：对话文件格式见 bot/evaluation/conversation_file.py。
# 由 make_questions.py 从 questions_data.py 生成，请勿手工修改；目录见 catalog/（make_catalog.py 生成）。
# 每一轮的 metadata.tags 是该轮的标签，metadata.target 记录应答来源（指南、知识库、一件事、大厅或“没有找到”）。
"""

if __name__ == "__main__":
    data = build()
    OUT.write_text(HEADER + yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                                      width=200), encoding="utf-8")
    n_turns = sum(len(c["turns"]) for c in data["conversations"])
    print(f"wrote {OUT.name}: {len(data['conversations'])} conversations, {n_turns} turns")
