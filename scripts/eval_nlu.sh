#!/usr/bin/env bash
# Evaluates the current Rasa NLU model on the held-out set tests/nlu/nlu_test.yml
# (never trained on) and prints intent accuracy, macro F1, the worst intents,
# the errors, entity figures and a sweep of FallbackClassifier thresholds.
#
#   scripts/eval_nlu.sh [--test FILE] [--model FILE.tar.gz] [--min-f1 0.95]
#
# Without --model it evaluates the current model, set up or retrained first
# when needed (scripts/setup_rasa.sh is idempotent).
# Exits 1 when macro F1 (with the configured fallback) is below --min-f1.
# The full report is written to var/nlu-eval/report.json.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2 PYTHONWARNINGS=ignore
TEST=tests/nlu/nlu_test.yml
MIN_F1=0.95
MODEL=
while [ $# -gt 0 ]; do
  case "$1" in
    --test) TEST="$2"; shift 2 ;;
    --model) MODEL="$2"; shift 2 ;;
    --min-f1) MIN_F1="$2"; shift 2 ;;
    *) echo "usage: $0 [--test FILE] [--model FILE.tar.gz] [--min-f1 X]" >&2; exit 2 ;;
  esac
done

[ -n "$MODEL" ] || MODEL="$(scripts/setup_rasa.sh)"
mkdir -p var/nlu-eval
# TensorFlow and Rasa's dependencies print pages of deprecation warnings on
# stderr; they go to a file, shown only if the evaluation itself breaks.
rc=0
.venv-rasa/bin/python - "$MODEL" "$TEST" "$MIN_F1" var/nlu-eval/report.json \
  2>var/nlu-eval/stderr.log <<'EOF' || rc=$?
"""Parse every test example with the trained model and score the predictions."""
import asyncio
import json
import logging
import sys
import warnings
from collections import Counter

import yaml

warnings.filterwarnings("ignore")
from rasa.utils.log_utils import configure_structlog  # noqa: E402

configure_structlog(logging.ERROR)
logging.disable(logging.WARNING)
from rasa.core.agent import Agent  # noqa: E402
from rasa.shared.nlu.training_data.loading import load_data  # noqa: E402
from sklearn.metrics import f1_score, precision_recall_fscore_support  # noqa: E402

model_path, test_path, min_f1, report_path = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
FALLBACK = "nlu_fallback"


def fallback_config():
    for component in yaml.safe_load(open("config.yml", encoding="utf-8"))["pipeline"]:
        if component["name"] == "FallbackClassifier":
            return component.get("threshold", 0.3), component.get("ambiguity_threshold", 0.1)
    return 0.0, 0.0


def decide(ranking, threshold, ambiguity):
    """The intent the FallbackClassifier would let through at these thresholds."""
    ranking = [r for r in ranking if r["name"] != FALLBACK]
    top = ranking[0]
    second = ranking[1]["confidence"] if len(ranking) > 1 else 0.0
    if top["confidence"] < threshold or top["confidence"] - second < ambiguity:
        return FALLBACK
    return top["name"]


def scores(gold, pred, labels):
    accuracy = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    macro = f1_score(gold, pred, labels=labels, average="macro", zero_division=0)
    return accuracy, macro


async def main():
    agent = Agent.load(model_path)
    examples = load_data(test_path).intent_examples
    rows = []
    for ex in examples:
        parsed = await agent.parse_message(ex.get("text"))
        rows.append((ex, parsed))
    return rows


rows = asyncio.run(main())
threshold, ambiguity = fallback_config()
gold = [ex.get("intent") for ex, _ in rows]
labels = sorted(set(gold))
pred = [p["intent"]["name"] for _, p in rows]
raw = [decide(p["intent_ranking"], 0.0, 0.0) for _, p in rows]
accuracy, macro = scores(gold, pred, labels)
raw_accuracy, raw_macro = scores(gold, raw, labels)
precision, recall, f1, support = precision_recall_fscore_support(
    gold, pred, labels=labels, zero_division=0
)
per_intent = sorted(
    (
        {"intent": lab, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
         "support": int(s)}
        for lab, p, r, f, s in zip(labels, precision, recall, f1, support)
    ),
    key=lambda d: (d["f1"], d["intent"]),
)

print(f"model      {model_path}")
print(f"test set   {test_path}: {len(rows)} examples, {len(labels)} intents")
print(f"fallback   threshold {threshold}, ambiguity {ambiguity}: "
      f"{sum(p == FALLBACK for p in pred)} examples fell back to {FALLBACK}")
print(f"intent accuracy {accuracy:.3f}   macro F1 {macro:.3f}   (with the fallback)")
print(f"intent accuracy {raw_accuracy:.3f}   macro F1 {raw_macro:.3f}   (top intent, no fallback)")
print("worst intents (F1, precision, recall, n):")
for d in per_intent[:5]:
    print(f"  {d['intent']:<15} {d['f1']:.3f}  {d['precision']:.3f}  {d['recall']:.3f}  {d['support']}")

errors = []
for (ex, parsed), g, p in zip(rows, gold, pred):
    if g != p:
        top = [r for r in parsed["intent_ranking"] if r["name"] != FALLBACK][0]
        errors.append({"text": ex.get("text"), "gold": g, "predicted": p,
                       "top": top["name"], "confidence": round(top["confidence"], 3)})
print(f"errors ({len(errors)}):")
for e in errors:
    print(f"  {e['text']!r}: {e['gold']} -> {e['predicted']} "
          f"(top {e['top']} {e['confidence']})")

# Entities: exact (type, value) matches; gold values as annotated (synonyms
# applied), predictions after the EntitySynonymMapper. A region's value is
# compared in Simplified, the form the model returns.
from nlu.textnorm import fold  # noqa: E402

def entity_set(entities):
    return Counter((e["entity"], fold(str(e["value"]))) for e in entities)

tp, fp, fn = Counter(), Counter(), Counter()
entity_errors = []
for ex, parsed in rows:
    g = entity_set(ex.get("entities") or [])
    p = entity_set(parsed.get("entities") or [])
    for (kind, value), n in (g | p).items():
        tp[kind] += min(g[(kind, value)], p[(kind, value)])
        fp[kind] += max(0, p[(kind, value)] - g[(kind, value)])
        fn[kind] += max(0, g[(kind, value)] - p[(kind, value)])
    if g != p:
        entity_errors.append({"text": ex.get("text"), "gold": sorted(g), "predicted": sorted(p)})
print("entities (exact type and value): precision recall n")
entity_report = {}
for kind in sorted(set(tp) | set(fp) | set(fn)):
    prec = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 0.0
    rec = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 0.0
    entity_report[kind] = {"precision": round(prec, 3), "recall": round(rec, 3),
                           "support": tp[kind] + fn[kind]}
    print(f"  {kind:<8} {prec:.3f}  {rec:.3f}  {tp[kind] + fn[kind]}")
for e in entity_errors:
    print(f"  {e['text']!r}: gold {e['gold']} predicted {e['predicted']}")

print(f"fallback threshold sweep (ambiguity {ambiguity}): threshold accuracy macroF1 fallbacks")
sweep = []
for t in [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8]:
    swept = [decide(p["intent_ranking"], t, ambiguity) for _, p in rows]
    acc, mac = scores(gold, swept, labels)
    sweep.append({"threshold": t, "accuracy": round(acc, 3), "macro_f1": round(mac, 3),
                  "fallbacks": swept.count(FALLBACK)})
    print(f"  {t:.2f}  {acc:.3f}  {mac:.3f}  {swept.count(FALLBACK)}")
# The out_of_scope examples show how confident the model is on what it should
# not answer: the lower, the better a fallback threshold separates them.
oos = sorted(
    round([r for r in p["intent_ranking"] if r["name"] != FALLBACK][0]["confidence"], 3)
    for ex, p in rows if ex.get("intent") == "out_of_scope"
)
print(f"top confidence on out_of_scope examples: {oos}")

json.dump(
    {"model": model_path, "test": test_path, "examples": len(rows),
     "accuracy": round(accuracy, 4), "macro_f1": round(macro, 4),
     "accuracy_no_fallback": round(raw_accuracy, 4), "macro_f1_no_fallback": round(raw_macro, 4),
     "fallback": {"threshold": threshold, "ambiguity_threshold": ambiguity},
     "per_intent": per_intent, "errors": errors, "entities": entity_report,
     "entity_errors": entity_errors, "threshold_sweep": sweep},
    open(report_path, "w", encoding="utf-8"), ensure_ascii=False, indent=1,
)
print(f"report     {report_path}")
if macro < min_f1:
    print(f"macro F1 {macro:.3f} is below the target {min_f1}")
    sys.exit(1)
print(f"macro F1 {macro:.3f} meets the target {min_f1}")
EOF
if [ "$rc" -gt 1 ]; then
  tail -n 30 var/nlu-eval/stderr.log >&2
  echo "the evaluation failed (exit $rc); its stderr is in var/nlu-eval/stderr.log" >&2
fi
exit "$rc"
