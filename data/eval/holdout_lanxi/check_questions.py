"""Check questions.yaml against catalog/ and load it with the project's loader.

  * loads questions.yaml with load_conversations (bot/evaluation/conversation_file.py,
    imported by path: the format's own validation);
  * reads catalog/ on its own (YAML / JSON) and, for every turn, checks that every code
    exists and belongs to the item the turn is about, that every required fact
    (contains, and at least one option of each contains_any group) is an exact substring
    of the catalog text of the right guide (of every district's guide when no region is
    known), FAQ entry, bundle or hall, and that no forbidden fact (not_contains) is in it;
  * checks the unanswerable turns (no_code, no facts), Traditional turns (script and both
    scripts offered), long turns (80-200 characters);
  * prints counts: conversations, turns, turns per tag, unanswerable turns.

    /work/main/.venv/bin/python check_questions.py      # exit status 1 on any problem
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CATALOG = HERE / "catalog"
QUESTIONS = HERE / "questions.yaml"
LOADER = HERE.parents[2] / "bot" / "evaluation" / "conversation_file.py"
STATUS_WORDS = ("撤销", "取消", "暂停", "不再", "改为", "替代")


def load_loader():
    spec = importlib.util.spec_from_file_location("conversation_file_by_path", LOADER)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod          # pydantic resolves the module's annotations by name
    spec.loader.exec_module(mod)
    return mod.load_conversations


def read(path: Path):
    text = path.read_text(encoding="utf-8")
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def strings(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, (int, float)) and not isinstance(obj, bool):
        return [str(obj)]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in strings(v)]
    return []


def load_catalog():
    guides = {}
    for p in sorted((CATALOG / "guides").iterdir()):
        data = read(p)
        for g in (data if isinstance(data, list) else [data]):
            guides[g["code"]] = g
    halls = {h["id"]: h for h in read(CATALOG / "halls.yaml")}
    faq = {f["id"]: f for f in read(CATALOG / "faq.yaml")}
    bundles = {b["id"]: b for b in read(CATALOG / "bundles.yaml")}
    return guides, halls, faq, bundles


def main() -> int:
    problems: list[str] = []
    load_conversations = load_loader()
    convs = load_conversations(QUESTIONS)              # raises with every format problem listed
    raw = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))["conversations"]
    guides, halls, faq, bundles = load_catalog()
    by_base: dict[str, list[dict]] = {}
    for g in guides.values():
        by_base.setdefault(g["base_code"], []).append(g)
    every_text = "\n".join(strings(list(guides.values())) + strings(list(halls.values()))
                           + strings(list(faq.values())) + strings(list(bundles.values())))

    def guide_text(g: dict) -> str:
        parts = strings(g)
        for h in g.get("halls", []):
            parts += strings(halls[h["hall"] if isinstance(h, dict) else h])
        return "\n".join(parts)

    tag_turns: Counter = Counter()
    kinds: Counter = Counter()
    n_turns = 0
    multi_turns = 0
    single = multi = 0
    trad_turns = 0
    unanswerable = 0
    orphan_not = 0
    for conv, rc in zip(convs, raw):
        is_multi = len(conv.turns) > 1
        if is_multi:
            multi += 1
            multi_turns += len(conv.turns)
            if not 2 <= len(conv.turns) <= 5:
                problems.append(f"{conv.id}: {len(conv.turns)} turns (2-5 expected)")
        else:
            single += 1
        for i, (turn, rt) in enumerate(zip(conv.turns, rc["turns"]), 1):
            where = f"{conv.id} turn {i}"
            n_turns += 1
            meta = turn.metadata or {}
            tags = meta.get("tags", [])
            tgt = meta.get("target", {})
            if not tags or not tgt:
                problems.append(f"{where}: metadata.tags / metadata.target missing")
                continue
            tag_turns.update(tags)
            kinds[tgt["kind"]] += 1
            kind = tgt["kind"]
            if kind == "guide":
                targets = [guides.get(c) for c in tgt["guide_codes"]]
                if None in targets:
                    problems.append(f"{where}: unknown guide in target {tgt['guide_codes']}")
                    continue
                bases = {g["base_code"] for g in targets}
                if len(bases) != 1:
                    problems.append(f"{where}: target guides of several items")
                base = bases.pop()
                if not tgt["codes"] and len(targets) != len(by_base[base]):
                    problems.append(f"{where}: no code and not every district's guide checked")
                for c in turn.codes:
                    if c not in guides:
                        problems.append(f"{where}: code {c} not in the catalog")
                    elif guides[c]["base_code"] != base:
                        problems.append(f"{where}: code {c} is not the target item")
                texts = [guide_text(g) for g in targets]
                if all(g["status"] == "suspended" for g in targets):
                    # a suspended guide's answer says where the item can still be handled
                    others = "\n".join(guide_text(g) for g in by_base[base] if g["status"] == "active")
                    texts = [t + "\n" + others for t in texts]
            elif kind == "faq":
                texts = ["\n".join(strings(faq[tgt["id"]]))]
            elif kind == "bundle":
                b = bundles[tgt["id"]]
                parts = strings(b)
                for it in b["items"]:
                    for g in by_base.get(it, []) or [guides[it]]:
                        parts += [g["name"]]
                texts = ["\n".join(parts)]
            elif kind == "hall":
                texts = ["\n".join(strings(halls[tgt["id"]]))]
            else:
                texts = []
                unanswerable += 1
                if not turn.no_code or turn.codes or turn.contains or turn.contains_any:
                    problems.append(f"{where}: unanswerable turn must have no_code and no facts")
            if kind != "none" and kind != "guide" and turn.codes:
                problems.append(f"{where}: codes given for a {kind} answer")
            for nc in turn.not_codes:
                if nc not in guides:
                    problems.append(f"{where}: not_code {nc} not in the catalog")
                if nc in turn.codes:
                    problems.append(f"{where}: {nc} both required and forbidden")
            for f in turn.contains:
                for t in texts:
                    if f not in t:
                        problems.append(f"{where}: required fact {f!r} is not in the target's text")
                        break
            for grp in turn.contains_any:
                for t in texts:
                    if not any(f in t for f in grp):
                        problems.append(f"{where}: no option of {grp} in the target's text")
                        break
            withdrawn = kind == "guide" and all(g["status"] != "active" for g in targets)
            for f in turn.not_contains:
                if withdrawn:
                    # a revoked / suspended guide's other content must not be answered: the
                    # forbidden fact may stand in it, but not in a sentence about the status
                    for g in targets:
                        notice = [s for s in strings(g.get("conditions", [])) + strings(g.get("situations", []))
                                  if any(w in s for w in STATUS_WORDS)]
                        if any(f in s for s in notice):
                            problems.append(f"{where}: forbidden fact {f!r} is in a status sentence")
                else:
                    for t in texts:
                        if f in t:
                            problems.append(f"{where}: forbidden fact {f!r} is in the target's own text")
                            break
                if f not in every_text:
                    orphan_not += 1          # a Traditional form, or a guess of a wrong answer
            if kind == "guide" and not (turn.contains or turn.contains_any or turn.not_contains):
                if not turn.codes:
                    problems.append(f"{where}: nothing to check")
            if "Traditional" in tags:
                trad_turns += 1
                if turn.script != "traditional":
                    problems.append(f"{where}: Traditional turn without script: traditional")
            if "long" in tags and turn.say and not 80 <= len(turn.say) <= 200:
                problems.append(f"{where}: long turn has {len(turn.say)} characters")
            if "unanswerable" in tags and kind != "none":
                problems.append(f"{where}: tagged unanswerable but has a target")
    print(f"conversations: {len(convs)} ({single} single-turn, {multi} multi-turn)")
    print(f"turns: {n_turns} ({single} single, {multi_turns} in multi-turn conversations)")
    print(f"answer kinds: {dict(sorted(kinds.items()))}")
    print(f"unanswerable turns: {unanswerable} ({100 * unanswerable / n_turns:.1f}%)")
    print(f"Traditional turns: {trad_turns} ({100 * trad_turns / n_turns:.1f}%)")
    print("turns per tag:")
    for tag, n in sorted(tag_turns.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {tag:16s}{n}")
    cat_items = {g['base_code'] for g in guides.values()}
    print(f"catalog: {len(cat_items)} items, {len(guides)} guides, {len(halls)} halls, "
          f"{len(faq)} FAQ, {len(bundles)} bundles")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: every required fact is in the catalog text of its target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
