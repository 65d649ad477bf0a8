"""Every reply of the assistant to the development questions and conversations, kept to
compare: a change meant to make turns cheaper must not change one word of them.

    .venv/bin/python bench/replies.py --out before.json          # start an assistant, record
    .venv/bin/python bench/replies.py --out after.json --compare before.json

It starts its own assistant on free ports (the demo index, its own empty databases), then
plays, one after another under fixed sender ids: every question of
``data/eval/questions.jsonl`` and ``no_answer.jsonl`` as a first turn, and every
conversation of ``conversations.yaml``, ``conversations_asks.yaml`` and
``conversations_holdout.yaml`` whole (buttons pressed and choices made as the
conversation runner does, every turn played). It writes Rasa's REST reply to each turn as
JSON; with ``--compare`` it prints each turn whose reply differs and exits 1 if any does.
Turns are matched by conversation and message (a conversation added to a file since adds
turns, said apart), and the journal ids in the replies (``custom.answer.id``, which count
the answers before) are left out of the comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bot.evaluation.assistant import start_assistant
from bot.evaluation.conversation_checks import CodeIndex
from bot.evaluation.conversation_file import load_conversations
from bot.evaluation.conversation_runner import run_conversation
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "eval"
QUESTIONS = [EVAL / "questions.jsonl", EVAL / "no_answer.jsonl"]
CONVERSATIONS = [EVAL / "conversations.yaml", EVAL / "conversations_asks.yaml",
                 EVAL / "conversations_holdout.yaml"]

#: (sender, message, metadata) -> Rasa's reply
Turns = list[dict[str, Any]]


class Recorder:
    """Sends turns to the assistant and keeps each with its reply."""

    def __init__(self, send: Any) -> None:
        self._send = send
        self.turns: Turns = []

    def __call__(self, sender: str, message: str, metadata: dict | None) -> list[dict]:
        reply = self._send(sender, message, metadata)
        self.turns.append({"sender": sender, "message": message, "metadata": metadata,
                           "reply": reply})
        return reply


def play(record: Recorder, settings: Settings) -> None:
    """The questions as first turns, then the conversations, under fixed sender ids."""
    for path in QUESTIONS:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                q = json.loads(line)
                meta = {"region": q["region"]} if q.get("region") else None
                record(f"q-{path.stem}-{n}", q["q"], meta)
    index = CodeIndex.load(settings.catalog)
    for path in CONVERSATIONS:
        for conv in load_conversations(path):
            run_conversation(conv, record, index, sender=f"c-{path.stem}-{conv.id}",
                             keep_going=True)


def differences(before: Turns, after: Turns) -> list[str]:
    """The turns whose reply differs, or that only one recording has, a line each."""
    old, new = _keyed(before), _keyed(after)
    out = [f"only before: {k[0]} {k[1]!r}" for k in old if k not in new]
    out += [f"only after: {k[0]} {k[1]!r}" for k in new if k not in old]
    for key, reply in old.items():
        if key in new and _comparable(reply) != _comparable(new[key]):
            out.append(f"{key[0]} {key[1]!r}: {json.dumps(reply, ensure_ascii=False)[:300]}\n"
                       f"    now {json.dumps(new[key], ensure_ascii=False)[:300]}")
    return out


def _keyed(turns: Turns) -> dict[tuple[str, str, int], list[dict]]:
    """Each turn's reply under (sender, message, how many times the sender said it)."""
    seen: dict[tuple[str, str], int] = {}
    out = {}
    for t in turns:
        said = (t["sender"], t["message"])
        seen[said] = seen.get(said, 0) + 1
        out[(*said, seen[said])] = t["reply"]
    return out


def _comparable(reply: list[dict]) -> list[dict]:
    """The reply without the journal ids of its answers."""
    out = []
    for message in reply:
        answer = (message.get("custom") or {}).get("answer")
        if isinstance(answer, dict) and "id" in answer:
            answer = {k: v for k, v in answer.items() if k != "id"}
            message = {**message, "custom": {**message["custom"], "answer": answer}}
        out.append(message)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="where the replies go (JSON)")
    parser.add_argument("--compare", type=Path, default=None, help="replies recorded before")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="guidebot-replies-") as workdir:
        assistant = start_assistant(Path(workdir))
        try:
            record = Recorder(assistant.send)
            play(record, assistant.settings)
        finally:
            assistant.stop()
    args.out.write_text(json.dumps(record.turns, ensure_ascii=False, indent=1),
                        encoding="utf-8")
    print(f"{len(record.turns)} turns recorded in {args.out}")
    if args.compare is None:
        return 0
    diff = differences(json.loads(args.compare.read_text(encoding="utf-8")), record.turns)
    print("\n".join(diff) or "every reply is the same", file=sys.stderr if diff else sys.stdout)
    return 1 if diff else 0


if __name__ == "__main__":
    raise SystemExit(main())
