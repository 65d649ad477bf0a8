"""End-to-end conversations against the running assistant (Rasa REST channel + action webhook).

A conversation file (``data/eval/conversations.yaml``) holds multi-turn dialogues
written by an outside examiner: what a citizen types, and what every answer
must and must not contain. This module loads and validates that file, plays
each conversation over HTTP with a fresh sender id, checks every turn and
reports pass/fail, the first failing turn and turn latencies.

What is checked comes from the assistant's promises, not its wording:

- ``codes``: one of these guide codes (or FAQ ids) is cited in the answer text,
  with the guide's agency and update date (the source line); no code of a
  *different* item (another ``base_code``) is cited in the text, unless listed in
  ``allow_codes``;
- ``contains`` / ``contains_any`` / ``not_contains`` / ``first``: facts, compared
  after folding the answer (Traditional to Simplified, full-width to half-width,
  lower case, whitespace removed);
- ``no_code``: no guide code or FAQ id in the text (buttons may carry them);
- ``buttons``: a minimum count, or titles that must appear;
- ``button_item``: the answer is about the item of button N of the previous answer;
- ``script``: the answer is written in Traditional (or Simplified) characters;
- ``may_ask``: for a question that is ambiguous in itself, the assistant may
  ask which item is meant instead; the expected item must then be one of at
  most four buttons, and the answer to pressing it must meet the turn.

On every turn, whatever its expectations: the answer is not empty, every code it
cites exists in the catalog, and a revoked or suspended guide is only cited
together with a statement that it is not in use.

Usage::

    guidebot conversations [--file F] [--rasa URL] [--json] [--only TAG]
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.answers.replies import NO_MATCH_LEAD
from bot.channels.rasa_rest import RasaRest
from bot.evaluation.conversation_checks import (
    Answer,
    CodeIndex,
    button_group,
    check_answer,
    squash,
)
from bot.evaluation.conversation_file import (
    Conversation,
    ConversationFileError,
    Turn,
    load_conversations,
)
from bot.evaluation.stats import percentile

#: send(sender, message, metadata) -> the list of bot messages.
Send = Callable[[str, str, "dict[str, Any] | None"], list[dict[str, Any]]]





@dataclass
class TurnResult:
    number: int
    sent: str
    metadata: dict[str, Any] | None
    answer: Answer | None
    seconds: float
    failures: list[str]
    #: The assistant's first reply asked which item was meant (before any may_ask press).
    asked_choice: bool = False

    @property
    def passed(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        return {"turn": self.number, "sent": self.sent, "metadata": self.metadata,
                "text": self.answer.text if self.answer else None,
                "buttons": self.answer.buttons if self.answer else None,
                "seconds": round(self.seconds, 3), "failures": self.failures}


@dataclass
class ConversationResult:
    id: str
    tags: list[str]
    sender: str
    turns: list[TurnResult]
    total_turns: int

    @property
    def passed(self) -> bool:
        return len(self.turns) == self.total_turns and all(t.passed for t in self.turns)

    @property
    def first_failure(self) -> TurnResult | None:
        return next((t for t in self.turns if not t.passed), None)

    def to_dict(self) -> dict[str, Any]:
        bad = self.first_failure
        return {"id": self.id, "tags": self.tags, "sender": self.sender, "passed": self.passed,
                "turns_run": len(self.turns), "turns": self.total_turns,
                "first_failure": bad.to_dict() if bad else None,
                "transcript": [t.to_dict() for t in self.turns]}


def run_conversation(conv: Conversation, send: Send, index: CodeIndex,
                     sender: str | None = None, keep_going: bool = False) -> ConversationResult:
    """Play one conversation with a fresh sender id; stop at the first failing turn
    unless ``keep_going`` (then every turn is played and judged on its own)."""
    sender = sender or f"conv-{conv.id}-{uuid.uuid4().hex[:10]}"
    result = ConversationResult(conv.id, conv.tags, sender, [], len(conv.turns))
    previous: Answer | None = None
    for n, turn in enumerate(conv.turns, 1):
        metadata = {**(conv.metadata or {}), **(turn.metadata or {})} or None
        if turn.press is not None:
            want = squash(turn.press)
            buttons = previous.buttons if previous else []
            chosen = next((b for b in buttons if want in squash(b["title"])), None)
            if chosen is None:
                titles = [b["title"] for b in buttons]
                result.turns.append(TurnResult(
                    n, turn.describe(), metadata, None, 0.0,
                    [f"no button of the previous answer is titled like '{turn.press}' "
                     f"(buttons: {titles})"]))
                if not keep_going:
                    break
                continue
            message = chosen["payload"] or chosen["title"]
        else:
            message = turn.message()
        started = time.perf_counter()
        try:
            answer = Answer.from_messages(send(sender, message, metadata))
        except Exception as e:  # noqa: BLE001 - any transport or format error fails the turn
            seconds = time.perf_counter() - started
            result.turns.append(TurnResult(n, _shown(turn, message), metadata, None, seconds,
                                           [f"request failed: {type(e).__name__}: {e}"]))
            if not keep_going:
                break
            continue
        seconds = time.perf_counter() - started
        fails = check_answer(turn, answer, index, previous)
        choice = is_choice(answer, index)
        if fails and turn.may_ask:
            chosen = _option_for(turn, answer, index)
            if chosen is not None:
                message = f"{message} -> press [{chosen['title']}]"
                started = time.perf_counter()
                answer = Answer.from_messages(send(sender, chosen["payload"], metadata))
                seconds += time.perf_counter() - started
                fails = check_answer(turn, answer, index, previous)
        result.turns.append(TurnResult(n, _shown(turn, message), metadata, answer, seconds,
                                       fails, choice))
        if fails and not keep_going:
            break
        previous = answer
    return result


#: A choice offered instead of an answer may list at most this many options.
MAX_OPTIONS = 4


def is_choice(answer: Answer, index: CodeIndex) -> bool:
    """Whether a reply asks which item is meant: options as buttons, no entry cited, and
    not the answer that found nothing (its buttons are suggestions, not a question; they
    were counted as a choice before 2026-12-07)."""
    return bool(answer.buttons) and not index.cited(answer.text) and all(
        b["payload"].startswith("/choose") for b in answer.buttons) \
        and not answer.text.startswith(NO_MATCH_LEAD)


def _option_for(turn: Turn, answer: Answer, index: CodeIndex) -> dict[str, str] | None:
    """The button of a short choice question that leads to an expected item, if any."""
    if not answer.buttons or len(answer.buttons) > MAX_OPTIONS or index.cited(answer.text):
        return None
    wanted = {index.group_of(c) for c in turn.codes}
    return next((b for b in answer.buttons if button_group(b, index) & wanted), None)


def _shown(turn: Turn, message: str) -> str:
    if turn.press is not None:
        return f"press [{turn.press}] -> {message}"
    return turn.describe()



# --------------------------------------------------------------------------- reporting



@dataclass
class RunReport:
    results: list[ConversationResult]

    @property
    def failed(self) -> list[ConversationResult]:
        return [r for r in self.results if not r.passed]

    @property
    def latencies(self) -> list[float]:
        return [t.seconds for r in self.results for t in r.turns if t.answer is not None]

    def summary(self) -> dict[str, Any]:
        lat = self.latencies
        return {
            "conversations": len(self.results),
            "passed": len(self.results) - len(self.failed),
            "failed": len(self.failed),
            "turns_run": sum(len(r.turns) for r in self.results),
            "turns_passed": sum(t.passed for r in self.results for t in r.turns),
            "latency_s": {"p50": round(percentile(lat, 50), 3),
                          "p95": round(percentile(lat, 95), 3),
                          "max": round(max(lat, default=0.0), 3)},
        }

    def to_dict(self) -> dict[str, Any]:
        return {"summary": self.summary(), "conversations": [r.to_dict() for r in self.results]}

    def format(self) -> str:
        lines: list[str] = []
        for r in self.results:
            mark = "PASS" if r.passed else "FAIL"
            lines.append(f"{mark} {r.id} [{', '.join(r.tags)}] "
                         f"({len(r.turns)}/{r.total_turns} turns)")
            bad = r.first_failure
            if bad is not None:
                lines.extend("    " + line for line in format_failure(bad).splitlines())
        s = self.summary()
        lat = s["latency_s"]
        lines.append(f"{s['passed']}/{s['conversations']} conversations passed, "
                     f"{s['turns_passed']}/{s['turns_run']} turns run passed; "
                     f"turn latency p50 {lat['p50']:.2f} s, p95 {lat['p95']:.2f} s, "
                     f"max {lat['max']:.2f} s")
        return "\n".join(lines)


def format_failure(t: TurnResult, limit: int = 600) -> str:
    lines = [f"turn {t.number}: sent {t.sent!r}"
             + (f" metadata={json.dumps(t.metadata, ensure_ascii=False)}" if t.metadata else "")]
    if t.answer is not None:
        text = t.answer.text if len(t.answer.text) <= limit else t.answer.text[:limit] + " ..."
        lines.append("got: " + text.replace("\n", "\n     "))
        if t.answer.buttons:
            lines.append("buttons: " + ", ".join(f"{b['title']} -> {b['payload']}"
                                                 for b in t.answer.buttons))
    lines.extend(f"check failed: {f}" for f in t.failures)
    return "\n".join(lines)


def select(conversations: Iterable[Conversation], only: str | None) -> list[Conversation]:
    """Conversations with the tag (or id) ``only``; all when None."""
    convs = list(conversations)
    if not only:
        return convs
    return [c for c in convs if only in c.tags or c.id == only]


def check_codes_exist(conversations: Iterable[Conversation], index: CodeIndex) -> list[str]:
    """Expectation codes the catalog does not know (typos in the conversation file)."""
    problems: list[str] = []
    for c in conversations:
        for n, t in enumerate(c.turns, 1):
            for code in (*t.codes, *t.not_codes, *t.allow_codes):
                if not index.known(code):
                    problems.append(f"conversation '{c.id}' turn {n}: unknown code {code}")
    return problems


def run_all(conversations: Sequence[Conversation], send: Send, index: CodeIndex,
            progress: Callable[[ConversationResult], None] | None = None) -> RunReport:
    results = []
    for conv in conversations:
        result = run_conversation(conv, send, index)
        results.append(result)
        if progress is not None:
            progress(result)
    return RunReport(results)


def main(file: Path, rasa_url: str, catalog: Path, as_json: bool = False,
         only: str | None = None) -> int:
    """The ``guidebot conversations`` command: 0 all passed, 1 any failed or bad input."""
    import sys

    try:
        conversations = select(load_conversations(file), only)
        index = CodeIndex.load(catalog)
    except ConversationFileError as e:
        print(f"错误: {e}", file=sys.stderr)
        return 1
    problems = check_codes_exist(conversations, index)
    if problems:
        print("错误: conversation file names codes the catalog does not have:\n  "
              + "\n  ".join(problems), file=sys.stderr)
        return 1
    if not conversations:
        print(f"no conversation has tag or id {only!r}", file=sys.stderr)
        return 1
    client = RasaRest(rasa_url)

    def progress(r: ConversationResult) -> None:
        if not as_json:
            print(f"{'.' if r.passed else 'F'}", end="", file=sys.stderr, flush=True)

    try:
        # As typed: the runner measures the assistant, not the channels' masking.
        report = run_all(conversations,
                         lambda sender, text, meta: client.send(sender, text, meta, mask=False),
                         index, progress)
    finally:
        client.close()
    if not as_json:
        print(file=sys.stderr)
        print(report.format())
    else:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    return 1 if report.failed else 0
