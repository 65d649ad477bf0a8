"""Check questions.yaml against catalog/ (run with /work/main/.venv/bin/python).

Reads the generated catalog files directly (not catalog_data.py), so it checks what was written.
Errors: unknown codes; a `contains` string that is not in the catalog text of the intended entry
(for each string: all guides of at least one item listed in `codes` must hold it; a guide's text
includes its halls, a bundle's text includes its items' guides); `not_contains` not found anywhere
in the catalog or equal to an expected string; codes/not_codes overlap; no_code with codes;
long messages outside 80-200 characters; traditional-tagged text without Traditional characters;
revoked/suspended turns whose codes name no revoked/suspended guide and carry no not_contains;
the file not loading with bot/evaluation/conversation_file.py. Warnings: contains length outside
4-12 characters; Traditional-tagged turns whose contains strings change under s2t conversion.
"""
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CAT = HERE / "catalog"
CONV_PY = HERE.parents[2] / "bot" / "evaluation" / "conversation_file.py"
TAGS = set("fact-in-field negative region follow-up materials compound fee location time online agent "
           "traditional long how-to faq phone revoked/suspended cross-region visits appointment delivery "
           "bundle".split())


def strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for v in x.values():
            yield from strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from strings(v)
    elif isinstance(x, (int, float)) and not isinstance(x, bool):
        yield str(x)


def load_catalog():
    guides = []
    for f in sorted((CAT / "guides").iterdir()):
        data = json.loads(f.read_text("utf-8")) if f.suffix == ".json" else yaml.safe_load(f.read_text("utf-8"))
        guides += data if isinstance(data, list) else [data]
    halls = {h["id"]: h for h in yaml.safe_load((CAT / "halls.yaml").read_text("utf-8"))}
    faq = yaml.safe_load((CAT / "faq.yaml").read_text("utf-8"))
    bundles = yaml.safe_load((CAT / "bundles.yaml").read_text("utf-8"))
    regions = yaml.safe_load((CAT / "regions.yaml").read_text("utf-8"))
    return guides, halls, faq, bundles, regions


def main():
    guides, halls, faq, bundles, regions = load_catalog()
    text, group, status = {}, {}, {}
    by_base = {}
    for g in guides:
        t = "\n".join(strings(g))
        for h in g.get("halls", []):
            t += "\n" + "\n".join(strings(halls[h["hall"] if isinstance(h, dict) else h]))
        text[g["code"]] = t
        group[g["code"]] = g["base_code"]
        status[g["code"]] = g["status"]
        by_base.setdefault(g["base_code"], []).append(g["code"])
    for f in faq:
        text[f["id"]] = "\n".join(strings(f))
        group[f["id"]] = f["id"]
        status[f["id"]] = f["status"]
    for b in bundles:
        t = "\n".join(strings(b))
        for it in b["items"]:
            for c in by_base.get(it, [it]):
                t += "\n" + text[c]
        text[b["id"]] = t
        group[b["id"]] = b["id"]
        status[b["id"]] = "active"
    everything = "\n".join(text.values()) + "\n".join(strings(halls)) + "\n".join(strings(regions))

    try:
        import opencc
        s2t = opencc.OpenCC("s2t").convert
        t2s = opencc.OpenCC("t2s").convert
    except Exception:  # pragma: no cover
        s2t = t2s = None

    raw = yaml.safe_load((HERE / "questions.yaml").read_text("utf-8"))
    errors, warnings = [], []
    tag_count, turn_tag_count = Counter(), Counter()
    singles = multis = followups = 0
    for conv in raw["conversations"]:
        cid, tags, turns = conv["id"], conv["tags"], conv["turns"]
        for tg in tags:
            if tg not in TAGS:
                errors.append(f"{cid}: unknown tag {tg}")
            tag_count[tg] += 1
            turn_tag_count[tg] += len(turns)
        if len(turns) == 1:
            singles += 1
        else:
            multis += 1
            if not 2 <= len(turns) <= 5:
                errors.append(f"{cid}: {len(turns)} turns")
            if "follow-up" in tags:
                followups += sum(1 for t in turns[1:] if "say" in t)
        for i, t in enumerate(turns, 1):
            where = f"{cid} turn {i}"
            if "say" not in t:
                continue
            say = t["say"]
            codes, nc = t.get("codes", []), t.get("not_codes", [])
            for c in codes + nc:
                if c not in text:
                    errors.append(f"{where}: unknown code {c}")
            if set(codes) & set(nc):
                errors.append(f"{where}: codes and not_codes overlap")
            if t.get("no_code") and (codes or t.get("contains")):
                errors.append(f"{where}: no_code with codes/contains")
            if not t.get("no_code") and not codes:
                errors.append(f"{where}: neither codes nor no_code")
            groups = {}
            for c in codes:
                groups.setdefault(group.get(c), []).append(c)
            for s in t.get("contains", []):
                if not any(all(s in text[c] for c in cs) for cs in groups.values() if all(c in text for c in cs)):
                    errors.append(f"{where}: contains {s!r} not in the text of {codes}")
                if not 4 <= len(s) <= 12 and not s.startswith(("0696-", "https://")) and not s.endswith(("元", "%")):
                    warnings.append(f"{where}: contains {s!r} has {len(s)} characters")
            for s in t.get("not_contains", []):
                if s not in everything:
                    errors.append(f"{where}: not_contains {s!r} appears nowhere in the catalog")
                if any(s in x or x in s for x in t.get("contains", [])):
                    errors.append(f"{where}: not_contains {s!r} overlaps an expected string")
            if "long" in tags and i == 1 and not 80 <= len(say.replace(" ", "")) <= 200:
                errors.append(f"{where}: long message has {len(say.replace(' ', ''))} characters")
            if "traditional" in tags and t2s and i == 1 and t2s(say) == say:
                errors.append(f"{where}: tagged traditional but the text has no Traditional characters")
            if "traditional" in tags and s2t and t2s(say) != say:
                for s in t.get("contains", []):
                    if s2t(s) != s:
                        warnings.append(f"{where}: traditional question; contains {s!r} reads {s2t(s)!r} in Traditional")
            if "revoked/suspended" in tags and len(turns) == 1:
                if not any(status.get(c) in ("revoked", "suspended") for c in codes) and not t.get("not_contains") \
                        and not any(c.startswith("faq-") for c in codes):
                    errors.append(f"{where}: revoked/suspended turn names no such entry and has no not_contains")

    # the official loader
    spec = importlib.util.spec_from_file_location("conversation_file", CONV_PY)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["conversation_file"] = mod
    spec.loader.exec_module(mod)
    try:
        loaded = mod.load_conversations(HERE / "questions.yaml")
        print(f"conversation_file.load_conversations: {len(loaded)} conversations loaded")
    except Exception as e:  # noqa: BLE001
        errors.append(f"loader: {e}")

    n_items = len(by_base)
    print(f"catalog: {n_items} items, {len(guides)} guides, {len(faq)} FAQ, {len(bundles)} bundles, "
          f"{len(halls)} halls, revoked/suspended guides "
          f"{sum(1 for s in status.values() if s != 'active' and s)} (incl. FAQ)")
    print(f"conversations: {singles} single-turn, {multis} multi-turn, {followups} follow-up turns")
    print("conversations per tag: " + ", ".join(f"{k} {v}" for k, v in sorted(tag_count.items())))
    print("turns per tag: " + ", ".join(f"{k} {v}" for k, v in sorted(turn_tag_count.items())))
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
