#!/usr/bin/env python3
"""Check questions.yaml against catalog/ (both in this directory).

Run with the project's venv:  /work/main/.venv/bin/python check_questions.py

It reads only this directory's files plus the question-file format module
(bot/evaluation/conversation_file.py, loaded by path) and verifies:

* the file parses in the conversation-file format (every problem listed);
* every ``codes`` / ``not_codes`` entry is a guide code of the catalog, codes and
  not_codes are disjoint, and ``codes`` agree with the turn's metadata.target;
* every ``contains`` string occurs verbatim in the text of the turn's target
  (``guide:<code>`` = that guide and its halls; ``item:<key>`` = *every* in-use guide
  of the item, so whichever district's guide answers has it; ``faq:<id>``;
  ``bundle:<id>`` = the bundle and its items' guides; ``hall:<id>``), in at least one
  target when several are given;
* every ``contains_any`` group has at least one member that occurs in the target's text
  or is a rendering of one of the target's structured fields (see RENDERED below),
  and every member is catalog text somewhere or such a rendering;
* every ``not_contains`` string is catalog text somewhere (or a rendering of a field
  value, e.g. "不支持邮寄"), never contradicts a ``contains`` of the same turn, and does
  not occur in an in-use target guide's own text;
* may_ask turns: every option (each target guide) meets every contains / contains_any;
* not-found turns (``no_code``) have no ``contains``; at least 60 negative
  conversations; >= 320 single-turn and >= 45 multi-turn (3-5 turns) conversations;
* tags come from the agreed vocabulary; "long" messages are 80-200 characters;
* traditional turns: the message is Traditional Chinese, and every required string is
  the same in Simplified and Traditional (OpenCC s2t, s2tw, s2hk, s2twp), so it can be
  matched in a Traditional answer.

Exit status 0 when there is no error.
"""
from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CATALOG = HERE / "catalog"
QUESTIONS = HERE / "questions.yaml"
FORMAT_MODULE = HERE.parents[2] / "bot" / "evaluation" / "conversation_file.py"

TAGS = {"compound", "long", "fact-in-field", "phone", "appointment", "delivery", "visits", "agent",
        "cross-region", "how-to", "materials", "time", "fee", "location", "region", "online",
        "negative", "follow-up", "traditional", "revoked/suspended", "faq", "bundle"}

FREE = {"不收费", "免费", "无需缴费", "不收取费用"}
EXPRESS_YES = {"支持邮寄", "可以邮寄", "寄递", "邮寄到家", "EMS"}
EXPRESS_NO = {"不支持邮寄", "不能邮寄", "不提供邮寄", "不支持寄递"}
APPT_YES = {"支持预约", "可以预约"}
APPT_NO = {"不支持预约", "无需预约", "不需要预约", "现场取号"}

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


# ---------------------------------------------------------------------------
# catalog
# ---------------------------------------------------------------------------

def load(path: Path):
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def leaves(x) -> list[str]:
    if isinstance(x, dict):
        return [s for v in x.values() for s in leaves(v)]
    if isinstance(x, list):
        return [s for v in x for s in leaves(v)]
    if x is None or isinstance(x, bool):
        return []
    return [str(x)]


guides: dict[str, dict] = {}
for p in sorted((CATALOG / "guides").glob("*.yaml")):
    for g in load(p):
        guides[str(g["code"])] = g
halls = {h["id"]: h for h in load(CATALOG / "halls.yaml")}
faq = {f["id"]: f for f in load(CATALOG / "faq.yaml")}
bundles = {b["id"]: b for b in load(CATALOG / "bundles.yaml")}
regions = {str(r["code"]): r for r in load(CATALOG / "regions.yaml")}

sys.path.insert(0, str(HERE))
import catalog_data as cd  # noqa: E402
from make_catalog import base_code, guide_code, regions_of  # noqa: E402

item_guides: dict[str, list[str]] = {
    it["key"]: [guide_code(it, r) for r in regions_of(it)] for it in cd.ITEMS}
base_guides: dict[str, list[str]] = {}
for c, g in guides.items():
    base_guides.setdefault(str(g["base_code"]), []).append(c)


def hall_text(h: dict) -> str:
    return "\n".join(leaves(h))


def guide_text(g: dict) -> str:
    parts = leaves(g)
    for e in g.get("halls", []):
        hid = e["hall"] if isinstance(e, dict) else e
        parts.append(hall_text(halls[hid]))
    parts.append(regions[str(g["region"])]["name"])
    return "\n".join(parts)


def rendered(g: dict) -> set[str]:
    out: set[str] = set()
    if not g["fee"]["charged"]:
        out |= FREE
    v = g["online"]["visits"]
    out |= {f"{v}次", f"跑{v}次"}
    out |= {0: {"0次", "不用跑", "无需到现场"}, 1: {"一次"}, 2: {"两次"}}.get(v, set())
    for key in ("legal_time_limit", "promised_time_limit"):
        tl = g[key]
        n = tl["value"]
        out |= {f"{n}个工作日"} if tl["unit"] == "working_day" else {f"{n}天", f"{n}日", f"{n}个自然日"}
        if n == 0:
            out |= {"即办", "当场办结"}
    if "express" in g:
        out |= EXPRESS_YES if g["express"] else EXPRESS_NO
    if "appointment" in g:
        out |= APPT_YES if g["appointment"] else APPT_NO
    out.add(str(g.get("cross_region", "")))
    return out


ALL_TEXT = "\n".join([guide_text(g) for g in guides.values()] + [hall_text(h) for h in halls.values()]
                     + ["\n".join(leaves(f)) for f in faq.values()]
                     + ["\n".join(leaves(b)) for b in bundles.values()])
ALL_RENDERED = set().union(*(rendered(g) for g in guides.values()))


class Target:
    """The text(s) a turn's expected strings come from."""

    def __init__(self, spec: str, where: str):
        self.spec = spec
        self.texts: list[str] = []       # every one must contain a `contains` string
        self.rendered: set[str] = set()
        self.guides: list[dict] = []     # guides answering (for codes / contradiction checks)
        kind, _, ref = spec.partition(":")
        if kind == "guide":
            if ref not in guides:
                err(where, f"target guide {ref} not in catalog")
                return
            g = guides[ref]
            self.texts = [guide_text(g)]
            self.rendered = rendered(g)
            self.guides = [g]
        elif kind == "item":
            codes = item_guides.get(ref)
            if not codes:
                err(where, f"target item {ref} unknown")
                return
            gs = [guides[c] for c in codes]
            active = [g for g in gs if g["status"] == "active"] or gs
            self.texts = [guide_text(g) for g in active]
            self.rendered = set.intersection(*(rendered(g) for g in active))
            self.guides = active
        elif kind == "faq":
            if ref not in faq:
                err(where, f"target faq {ref} unknown")
                return
            self.texts = ["\n".join(leaves(faq[ref]))]
        elif kind == "bundle":
            if ref not in bundles:
                err(where, f"target bundle {ref} unknown")
                return
            b = bundles[ref]
            parts = leaves(b)
            for bc in b["items"]:
                for c in base_guides.get(str(bc), []):
                    parts.append(guide_text(guides[c]))
                    self.guides.append(guides[c])
            self.texts = ["\n".join(parts)]
        elif kind == "hall":
            if ref not in halls:
                err(where, f"target hall {ref} unknown")
                return
            self.texts = [hall_text(halls[ref])]
        elif kind == "none":
            self.texts = []
        else:
            err(where, f"unknown target kind {spec!r}")

    def has(self, s: str) -> bool:
        return bool(self.texts) and all(s in t for t in self.texts)

    def has_or_renders(self, s: str) -> bool:
        return self.has(s) or s in self.rendered


# ---------------------------------------------------------------------------
# script
# ---------------------------------------------------------------------------
try:
    import opencc

    def _cc(name):
        try:
            return opencc.OpenCC(name)
        except Exception:  # noqa: BLE001 - older bindings want the .json name
            return opencc.OpenCC(name + ".json")

    CONVERTERS = [_cc(n) for n in ("s2t", "s2tw", "s2hk", "s2twp")]
    T2S = _cc("t2s")
except ImportError:  # pragma: no cover
    CONVERTERS, T2S = [], None
    print("warning: opencc not installed; script-invariance of traditional turns not checked")


def invariant(s: str) -> bool:
    return all(c.convert(s) == s for c in CONVERTERS) and (T2S is None or T2S.convert(s) == s)


# ---------------------------------------------------------------------------
# questions
# ---------------------------------------------------------------------------

def load_format():
    spec = importlib.util.spec_from_file_location("conversation_file_format", FORMAT_MODULE)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def main() -> int:
    fmt = load_format()
    text = QUESTIONS.read_text(encoding="utf-8")
    try:
        fmt.parse_conversations(text, str(QUESTIONS))
    except fmt.ConversationFileError as e:
        err("format", str(e))
    doc = yaml.safe_load(text)
    convs = doc["conversations"]

    tag_turns: Counter = Counter()
    tag_convs: Counter = Counter()
    singles = multis = negatives = 0
    for c in convs:
        cid = c["id"]
        n = len(c["turns"])
        if n == 1:
            singles += 1
        elif 3 <= n <= 5:
            multis += 1
        else:
            err(cid, f"multi-turn conversation has {n} turns (want 3-5)")
        for tag in c["tags"]:
            if tag not in TAGS:
                err(cid, f"unknown tag {tag!r}")
            tag_convs[tag] += 1
            tag_turns[tag] += n
        if "negative" in c["tags"]:
            negatives += 1
            if not any(t.get("no_code") for t in c["turns"]):
                err(cid, "negative conversation without a no_code turn")
        if n > 1 and "follow-up" not in c["tags"]:
            err(cid, "multi-turn conversation not tagged follow-up")
        for i, t in enumerate(c["turns"], 1):
            where = f"{cid} turn {i}"
            check_turn(where, c, t)

    if singles < 320:
        err("counts", f"only {singles} single-turn conversations (want >= 320)")
    if multis < 45:
        err("counts", f"only {multis} multi-turn conversations (want >= 45)")
    if negatives < 60:
        err("counts", f"only {negatives} negative conversations (want >= 60)")

    n_items = len({str(g['base_code']) for g in guides.values()})
    print(f"catalog: {n_items} items, {len(guides)} guides "
          f"({sum(g['status'] == 'suspended' for g in guides.values())} suspended, "
          f"{sum(g['status'] == 'revoked' for g in guides.values())} revoked), "
          f"{len(halls)} halls, {len(faq)} FAQ entries "
          f"({sum(f.get('status') == 'revoked' for f in faq.values())} revoked, "
          f"{sum(not f.get('questions') for f in faq.values())} without questions), "
          f"{len(bundles)} bundles")
    print(f"questions: {len(convs)} conversations, {singles} single-turn, {multis} multi-turn, "
          f"{sum(len(c['turns']) for c in convs)} turns, {negatives} negative")
    print("turns per tag (conversations in brackets):")
    for tag in sorted(TAGS, key=lambda x: -tag_turns[x]):
        print(f"  {tag:18s} {tag_turns[tag]:4d}  ({tag_convs[tag]})")
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("\n0 errors")
    return 0


def check_turn(where: str, conv: dict, t: dict) -> None:
    meta = t.get("metadata") or {}
    specs = meta.get("target") or ["none"]
    targets = [Target(s, where) for s in specs]
    contains = t.get("contains", [])
    groups = t.get("contains_any", [])
    if groups and all(isinstance(x, str) for x in groups):
        groups = [groups]
    not_contains = t.get("not_contains", [])
    codes = t.get("codes", [])
    not_codes = t.get("not_codes", [])
    trad = t.get("script") == "traditional"

    # codes
    for c in codes + not_codes:
        if c not in guides:
            err(where, f"code {c} is not a guide code of the catalog")
    if set(codes) & set(not_codes):
        err(where, f"codes and not_codes overlap: {set(codes) & set(not_codes)}")
    target_codes = {str(g["code"]) for tg in targets for g in tg.guides if tg.spec.startswith("guide:")}
    for c in codes:
        if c not in target_codes:
            err(where, f"code {c} is not the target guide ({specs})")

    # not found
    if t.get("no_code"):
        if contains or groups:
            err(where, "a not-found turn must not require contains/contains_any")
        if specs != ["none"]:
            err(where, "a not-found turn's target must be 'none'")
    elif "say" in t and not (contains or groups):
        err(where, "turn requires nothing (no contains / contains_any)")

    # contains
    for s in contains:
        if t.get("may_ask") and not all(tg.has(s) for tg in targets):
            err(where, f"may_ask turn: contains {s!r} is not in every option {specs}")
        if not any(tg.has(s) for tg in targets):
            err(where, f"contains {s!r} not found in target {specs}")
        if trad and not invariant(s):
            err(where, f"traditional turn requires {s!r}, which differs between scripts")
    for grp in groups:
        if t.get("may_ask") and not all(any(tg.has_or_renders(s) for s in grp) for tg in targets):
            err(where, f"may_ask turn: contains_any group {grp} not met by every option {specs}")
        if not any(tg.has_or_renders(s) for tg in targets for s in grp):
            err(where, f"no member of contains_any group {grp} is in target {specs}")
        for s in grp:
            if s not in ALL_TEXT and s not in ALL_RENDERED:
                err(where, f"contains_any member {s!r} is neither catalog text nor a field rendering")
        if trad and not any(invariant(s) for s in grp):
            err(where, f"traditional turn: no member of {grp} is script-invariant")

    # not_contains
    for s in not_contains:
        if s not in ALL_TEXT and s not in ALL_RENDERED:
            err(where, f"not_contains {s!r} is not catalog text (nothing to guard against)")
        if s in contains:
            err(where, f"{s!r} is both required and forbidden")
        for tg in targets:
            for g in tg.guides:
                if g["status"] == "active" and tg.spec.startswith(("guide:", "item:")) and s in guide_text(g):
                    err(where, f"not_contains {s!r} occurs in the in-use target guide {g['code']}")

    # message
    say = t.get("say")
    if say is not None:
        if "long" in conv["tags"] and len(conv["turns"]) == 1 and not 80 <= len(say) <= 200:
            err(where, f"long message has {len(say)} characters (want 80-200)")
        if trad and T2S is not None and T2S.convert(say) == say:
            err(where, "traditional turn's message is not Traditional Chinese")
        if "traditional" in conv["tags"] and not trad and T2S is not None and T2S.convert(say) != say:
            err(where, "Traditional message without script: traditional")


if __name__ == "__main__":
    sys.exit(main())
