#!/usr/bin/env python3
"""Check questions.yaml / conversations.yaml against the catalog.

- every file parses, ids are unique, tags are from the allowed list;
- every code named exists (guide code, FAQ id or bundle id);
- every `contains` fact is a verbatim piece (after folding) of EVERY cited guide/FAQ/bundle,
  including its halls and the usual renderings of structured values
  (N个工作日 / N个自然日 / 即办, N元, N次, N份);
- every `contains_any` list has an alternative found in every cited entry, unless it is a list of
  natural yes/no or status words;
- not_contains facts do not overlap contains facts;
- prints counts per tag.
Run with /work/main/.venv/bin/python (needs opencc for Traditional→Simplified folding).
"""
import glob
import json
import os
import re
import sys
import unicodedata
from collections import Counter

import yaml

try:
    import opencc
    _cc = opencc.OpenCC("t2s")
    t2s = _cc.convert
except Exception:  # pragma: no cover
    t2s = lambda s: s  # noqa: E731

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = os.path.join(HERE, "catalog")
TAGS = set("compound long fact-in-field phone appointment express visits agent cross-region result amount howto "
           "materials time fee location online process conditions negative revoked suspended faq bundle region "
           "follow-up traditional typo".split())
NATURAL = set("预约 邮寄 快递 寄递 EMS 不收费 免费 即办 当场 当场办结 当日办结 即时 即时生效 已撤销 不再办理 暂停 已取消 已废止 "
              "停止办理 无需预约 不支持预约 不需要预约 不用预约 不提供预约 0次 全程网办 无需到现场 不用跑 零跑动 不需要到现场 "
              "不用到现场 不支持邮寄 不能邮寄 不支持快递 当场颁发 现场领取 不提供邮寄 不支持网上 不能网上 线下办理 现场办理 "
              "窗口办理 仅支持线下 线下 不支持在线 家属 近亲属 岭西通 合作银行 周六 周末 照常办理".split())


def fold(s):
    s = unicodedata.normalize("NFKC", str(s))
    s = t2s(s).lower()
    return re.sub(r"\s+", "", s)


def load(p):
    with open(p, encoding="utf-8") as f:
        return yaml.safe_load(f)


halls = {h["id"]: h for h in load(os.path.join(CAT, "halls.yaml"))}
guides = {}
for p in glob.glob(os.path.join(CAT, "guides", "*.yaml")):
    x = load(p)
    for g in (x if isinstance(x, list) else [x]):
        guides[g["code"]] = g
faq = {e["id"]: e for e in load(os.path.join(CAT, "faq.yaml"))}
bundles = {b["id"]: b for b in load(os.path.join(CAT, "bundles.yaml"))}


def lim(t):
    if t["value"] == 0:
        return "即办"
    return f"{t['value']}个{'工作日' if t['unit'] == 'working_day' else '自然日'}"


def guide_blob(g):
    parts = [json.dumps(g, ensure_ascii=False)]
    parts += [lim(g["legal_time_limit"]), lim(g["promised_time_limit"])]
    for it in g["fee"].get("items", []):
        a = it["amount"]
        parts.append(f"{a}元" if isinstance(a, (int, float)) else str(a))
    parts.append(f"{g['online'].get('visits', 0)}次")
    for m in g["materials"]:
        if m.get("copies"):
            parts.append(f"{m['copies']}份")
    for h in g.get("halls", []):
        hid = h if isinstance(h, str) else h["hall"]
        parts.append(json.dumps(halls[hid], ensure_ascii=False))
    return fold(" ".join(parts))


BLOB = {k: guide_blob(g) for k, g in guides.items()}
for k, e in faq.items():
    BLOB[k] = fold(json.dumps(e, ensure_ascii=False))
for k, b in bundles.items():
    names = []
    for it in b["items"]:
        for g in guides.values():
            if g["base_code"] == it or g["code"] == it:
                names.append(g["name"])
                break
    BLOB[k] = fold(json.dumps(b, ensure_ascii=False) + " ".join(names))
ALL = fold(" ".join(BLOB.values()))

errors = []
warn = []


def check_file(path, single):
    data = load(path)
    assert data["version"] == 1
    convs = data["conversations"]
    ids = Counter(c["id"] for c in convs)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"{path}: duplicate id {i}")
    tagc = Counter()
    region_n = 0
    for cv in convs:
        if not re.fullmatch(r"[a-z0-9_-]+", cv["id"]):
            errors.append(f"{cv['id']}: bad id")
        if not cv.get("tags"):
            errors.append(f"{cv['id']}: no tags")
        for t in cv["tags"]:
            if t not in TAGS:
                errors.append(f"{cv['id']}: unknown tag {t}")
        tagc.update(set(cv["tags"]))
        if "region" in cv["tags"]:
            region_n += 1
        md = cv.get("metadata", {})
        if md.get("region") and "region" not in cv["tags"]:
            warn.append(f"{cv['id']}: region metadata but no region tag")
        nturns = len(cv["turns"])
        if single and nturns != 1:
            errors.append(f"{cv['id']}: single question with {nturns} turns")
        if not single and not 3 <= nturns <= 6:
            errors.append(f"{cv['id']}: {nturns} turns")
        for ti, t in enumerate(cv["turns"]):
            where = f"{cv['id']}#{ti + 1}"
            if "say" in t and "long" in cv["tags"] and single:
                n = len(t["say"])
                if not 80 <= n <= 200:
                    errors.append(f"{where}: long question has {n} chars")
            codes = t.get("codes", [])
            for cd in codes:
                if cd not in BLOB:
                    errors.append(f"{where}: unknown code {cd}")
                elif cd in guides and guides[cd]["status"] != "active":
                    errors.append(f"{where}: cites non-active guide {cd}")
            if not t.get("contains") and not t.get("contains_any"):
                errors.append(f"{where}: no facts")
            if t.get("no_code") and codes:
                errors.append(f"{where}: no_code with codes")
            blobs = [BLOB[cd] for cd in codes if cd in BLOB]
            for fact in t.get("contains", []):
                f = fold(fact)
                if len(f) <= 2:
                    warn.append(f"{where}: very short fact {fact!r}")
                if fact == "12345":
                    continue
                if not blobs:
                    errors.append(f"{where}: fact {fact!r} without codes")
                for cd, b in zip(codes, blobs):
                    if f not in b:
                        errors.append(f"{where}: fact {fact!r} not in {cd}")
            for alts in t.get("contains_any", []):
                if any(a in NATURAL for a in alts):
                    continue
                if not blobs:
                    errors.append(f"{where}: contains_any {alts} without codes")
                for cd, b in zip(codes, blobs):
                    if not any(fold(a) in b for a in alts):
                        errors.append(f"{where}: none of {alts} in {cd}")
            for nf in t.get("not_contains", []):
                if fold(nf) not in ALL:
                    warn.append(f"{where}: not_contains {nf!r} not found anywhere in catalog")
                for fact in t.get("contains", []):
                    if fold(nf) in fold(fact) or fold(fact) in fold(nf):
                        errors.append(f"{where}: not_contains {nf!r} overlaps contains {fact!r}")
    return convs, tagc, region_n


qs, qtags, qreg = check_file(os.path.join(HERE, "questions.yaml"), True)
cs, ctags, creg = check_file(os.path.join(HERE, "conversations.yaml"), False)

for e in errors:
    print("ERROR", e)
for w in warn:
    print("warn ", w)
print(f"\nquestions: {len(qs)}   conversations: {len(cs)} (turns {sum(len(c['turns']) for c in cs)})")
print(f"region named/set: questions {qreg} ({qreg / len(qs):.0%}), conversations {creg}")
print("tag          questions   %    conversations")
for t in sorted(TAGS, key=lambda t: -qtags[t]):
    print(f"{t:14s} {qtags[t]:5d} {qtags[t] / len(qs):5.0%} {ctags[t]:8d}")
sys.exit(1 if errors else 0)
