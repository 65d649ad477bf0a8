"""Whether the answers contain what was asked, per kind of question (``bench/answers.py``).

An evaluation set is a catalog and question files in the conversation format
(bot/evaluation/conversation_file.py): single-turn questions are conversations of one turn.
Every turn is played against the running assistant, each judged on its own
(a failed turn does not end its conversation), and the report gives:

- the share of turns whose answer contains every required fact and none of
  the forbidden ones, overall and per tag (compound, long, fact-in-field,
  phone, negative, follow-up, traditional, ...);
- the share of first questions answered with a choice ("您想办的是哪一项");
- the share of questions the catalog cannot answer (``no_code``) that were
  answered with an entry anyway;
- turns about a revoked or suspended entry whose forbidden text was served;
- turn latency (nearest-rank percentiles).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.evaluation.conversation_file import Conversation
from bot.evaluation.conversation_runner import ConversationResult
from bot.evaluation.stats import percentile

#: Tags whose turns are about a withdrawn entry: a failed not_contains there is text served.
#: A tag may join several with "/" ("revoked/suspended", as one blind set writes it).
WITHDRAWN_TAGS = ("revoked", "suspended")


def _withdrawn(tags: Sequence[str]) -> bool:
    return any(part in WITHDRAWN_TAGS for tag in tags for part in tag.split("/"))


@dataclass(frozen=True)
class Share:
    passed: int
    total: int

    @property
    def share(self) -> float:
        return self.passed / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "total": self.total, "share": round(self.share, 3)}


def summarize(conversations: Sequence[Conversation],
              results: Sequence[ConversationResult]) -> dict[str, Any]:
    """The figures of one set: ``results[i]`` is the play of ``conversations[i]``."""
    per_tag: dict[str, list[int]] = {}
    passed = total = 0
    unanswerable = wrong = withdrawn_served = 0
    latencies: list[float] = []
    for conv, result in zip(conversations, results, strict=True):
        for turn, played in zip(conv.turns, result.turns, strict=False):
            total += 1
            passed += played.passed
            tags = set(conv.tags) | ({"follow-up"} if played.number > 1 else set())
            for tag in tags:
                counts = per_tag.setdefault(tag, [0, 0])
                counts[0] += played.passed
                counts[1] += 1
            if played.answer is not None:
                latencies.append(played.seconds)
            if turn.no_code:
                unanswerable += 1
                wrong += any("expected no code" in f for f in played.failures)
            if _withdrawn(conv.tags):
                withdrawn_served += any(f.startswith("must not contain") or "without saying" in f
                                        for f in played.failures)
    firsts = [r.turns[0] for r in results if r.turns]
    return {
        "turns": Share(passed, total).to_dict(),
        "tags": {t: Share(*c).to_dict() for t, c in sorted(per_tag.items())},
        "first_question_choice": Share(sum(t.asked_choice for t in firsts), len(firsts)).to_dict(),
        "unanswerable_answered": Share(wrong, unanswerable).to_dict(),
        "withdrawn_text_served": withdrawn_served,
        "latency_s": {"p50": round(percentile(latencies, 50), 3),
                      "p95": round(percentile(latencies, 95), 3),
                      "max": round(max(latencies, default=0.0), 3)},
    }


def format_summary(name: str, s: dict[str, Any]) -> str:
    t, c, u = s["turns"], s["first_question_choice"], s["unanswerable_answered"]
    lines = [f"== {name}",
             f"facts right: {t['passed']}/{t['total']} turns = {t['share']:.3f}",
             f"first questions answered with a choice: {c['passed']}/{c['total']} = "
             f"{c['share']:.3f}",
             f"unanswerable answered with an entry: {u['passed']}/{u['total']} = "
             f"{u['share']:.3f}",
             f"revoked/suspended text served: {s['withdrawn_text_served']} turn(s)",
             f"turn latency p50 {s['latency_s']['p50']:.3f} s, p95 {s['latency_s']['p95']:.3f} s, "
             f"max {s['latency_s']['max']:.3f} s",
             "per tag (turns with every required fact and no forbidden one):"]
    for tag, share in s["tags"].items():
        lines.append(f"  {tag:<16} {share['passed']:>4}/{share['total']:<4} {share['share']:.3f}")
    return "\n".join(lines)
