# -*- coding: utf-8 -*-
"""Verify questions.yaml against catalog/ (reads the written YAML files, not the source data).

Checks:
  1. the file loads with the project's own loader (bot/evaluation/conversation_file.py, by path);
  2. every code in codes / not_codes exists (guide code, FAQ id or bundle id);
  3. every `contains` string occurs in the catalog text of EVERY listed code
     (a guide's text = all its field values + the texts of its halls; an FAQ's = questions + answer
     + agency; a bundle's = its own fields + the text of every guide of its items);
     every `contains_any` group has a member occurring in every listed code's text;
  4. every `not_contains` string is real catalog text of an inactive entry (revoked / suspended
     guide or revoked FAQ) or of a not_codes entry, and occurs in no active listed code's text;
  5. no_code turns list no codes; traditional turns expect only script-neutral (ASCII) strings;
     turns tagged long are 80-200 characters; multi-turn conversations have 2-5 turns;
  6. prints the counts.
Run with a Python that has PyYAML and pydantic, e.g. /work/main/.venv/bin/python check_questions.py
"""
import collections
import glob
import importlib.util
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CAT = os.path.join(HERE, "catalog")
QFILE = os.path.join(HERE, "questions.yaml")
LOADER = os.path.abspath(os.path.join(HERE, "..", "..", "..", "bot", "evaluation", "conversation_file.py"))


def flat(v):
    if isinstance(v, dict):
        return " ".join(flat(x) for x in v.values())
    if isinstance(v, list):
        return " ".join(flat(x) for x in v)
    if v is None:
        return ""
    return str(v)


def load_catalog():
    halls = {h["id"]: h for h in yaml.safe_load(open(os.path.join(CAT, "halls.yaml"), encoding="utf-8"))}
    guides = {}
    for f in sorted(glob.glob(os.path.join(CAT, "guides", "*.yaml"))):
        for g in yaml.safe_load(open(f, encoding="utf-8")):
            guides[g["code"]] = g
    faq = {e["id"]: e for e in yaml.safe_load(open(os.path.join(CAT, "faq.yaml"), encoding="utf-8"))}
    bundles = {b["id"]: b for b in yaml.safe_load(open(os.path.join(CAT, "bundles.yaml"), encoding="utf-8"))}
    text, status = {}, {}
    for c, g in guides.items():
        hs = [halls[(h["hall"] if isinstance(h, dict) else h)] for h in g.get("halls", [])]
        text[c] = flat(g) + " " + " ".join(flat(h) for h in hs)
        status[c] = g["status"]
    for i, e in faq.items():
        text[i] = flat({k: e.get(k) for k in ("questions", "answer", "agency")})
        status[i] = e.get("status", "active")
    for i, b in bundles.items():
        parts = [flat({k: b.get(k) for k in ("name", "aliases", "description", "order_note")})]
        for item in b["items"]:
            for c, g in guides.items():
                if c == item or g.get("base_code") == item:
                    if g["status"] == "active":
                        parts.append(text[c])
        text[i] = " ".join(parts)
        status[i] = "active"
    return text, status, guides, faq, bundles


def main():
    problems = []
    # 1. the project's loader
    spec = importlib.util.spec_from_file_location("conversation_file", LOADER)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["conversation_file"] = mod  # pydantic resolves the models' annotations through it
    try:
        spec.loader.exec_module(mod)
        convs_model = mod.load_conversations(__import__("pathlib").Path(QFILE))
        print("loader: OK, %d conversations parsed by %s" % (len(convs_model), os.path.relpath(LOADER, HERE)))
    except Exception as e:  # noqa: BLE001
        problems.append("loader: %s" % e)
        print("loader: FAILED")
    text, status, guides, faq, bundles = load_catalog()
    inactive_text = " ".join(text[c] for c, s in status.items() if s != "active")
    data = yaml.safe_load(open(QFILE, encoding="utf-8"))
    convs = data["conversations"]
    tag_turns = collections.Counter()
    tag_singles = collections.Counter()
    n_single = n_multi = n_turns = 0
    for conv in convs:
        cid = conv["id"]
        turns = conv["turns"]
        if cid.startswith("c"):
            n_multi += 1
            if not 2 <= len(turns) <= 5:
                problems.append("%s: %d turns" % (cid, len(turns)))
        else:
            n_single += 1
            if len(turns) != 1:
                problems.append("%s: single with %d turns" % (cid, len(turns)))
        for k, t in enumerate(turns, 1):
            n_turns += 1
            where = "%s turn %d" % (cid, k)
            tags = t.get("metadata", {}).get("tags", [])
            for x in tags:
                tag_turns[x] += 1
                if cid.startswith("s"):
                    tag_singles[x] += 1
            codes = t.get("codes", []) or []
            ncodes = t.get("not_codes", []) or []
            for c in codes + ncodes:
                if c not in text:
                    problems.append("%s: unknown code %s" % (where, c))
            if set(codes) & set(ncodes):
                problems.append("%s: code both expected and forbidden" % where)
            if t.get("no_code"):
                if codes:
                    problems.append("%s: no_code with codes" % where)
                if "negative" not in tags:
                    problems.append("%s: no_code without negative tag" % where)
            elif "say" in t and not codes:
                problems.append("%s: a said turn with neither codes nor no_code" % where)
            known = [c for c in codes if c in text]
            for s in t.get("contains", []) or []:
                for c in known:
                    if s not in text[c]:
                        problems.append("%s: contains %r not in %s" % (where, s, c))
            for grp in t.get("contains_any", []) or []:
                for c in known:
                    if not any(s in text[c] for s in grp):
                        problems.append("%s: no member of %r in %s" % (where, grp, c))
            for s in t.get("not_contains", []) or []:
                wrong = inactive_text + " ".join(text[c] for c in ncodes if c in text)
                if s not in wrong:
                    problems.append("%s: not_contains %r is not text of an inactive or wrong entry" % (where, s))
                for c in known:
                    if status[c] == "active" and s in text[c]:
                        problems.append("%s: not_contains %r occurs in active expected %s" % (where, s, c))
            if t.get("script") == "traditional":
                for s in (t.get("contains", []) or []) + [x for g in t.get("contains_any", []) or [] for x in g]:
                    if any(ord(ch) > 127 for ch in s):
                        problems.append("%s: traditional turn expects non-ASCII %r" % (where, s))
            if "long" in tags:
                n = len(t.get("say", ""))
                if not 80 <= n <= 200:
                    problems.append("%s: long turn has %d characters" % (where, n))
    items = {g.get("base_code") for g in guides.values()}
    st = collections.Counter(g["status"] for g in guides.values())
    print("catalog: %d items, %d guides (%s), %d FAQ (%d revoked, %d without questions), %d bundles" % (
        len(items), len(guides), dict(st), len(faq),
        sum(1 for e in faq.values() if e.get("status") == "revoked"),
        sum(1 for e in faq.values() if not e.get("questions")), len(bundles)))
    print("questions: %d single-turn, %d multi-turn conversations, %d turns in all" % (n_single, n_multi, n_turns))
    print("turns per tag (all turns / single-turn questions):")
    for tag, n in sorted(tag_turns.items(), key=lambda x: (-x[1], x[0])):
        print("  %-14s %4d / %4d" % (tag, n, tag_singles[tag]))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("\nOK: no problems")


if __name__ == "__main__":
    main()
