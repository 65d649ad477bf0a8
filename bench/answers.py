"""Do the answers contain what was asked? Plays evaluation sets against the real assistant.

    .venv/bin/python bench/answers.py [--set demo|haichuan|lingxi ...] [--json] [--failures N]
                                      [--in-process]

Each set is a catalog and question files (single-turn questions and multi-turn
conversations, in the format of bot/evaluation/conversation_file.py). For each set the catalog is
published into a temporary index, a whole assistant is started on it (the app and the
Rasa server on free ports, as the tests do: bot/evaluation/assistant.py), every turn is played
over Rasa's REST channel with a fresh sender per conversation, and the figures of
bot/evaluation/answers.py are printed: facts right per tag, first questions answered
with a choice, unanswerable questions answered anyway, withdrawn text served, latency.

``--in-process`` plays the same turns with the same checks in this process, calling the
dialogue engine as the Rasa action does, with the intents of a Rasa server of its own
(bench/inprocess.py says what differs): minutes for all the development sets, for
comparing changes; the README's figures come from the whole assistant.

Sets (see the README for which are development sets and which is held out):

- ``demo``: the demo catalog, data/eval/conversations.yaml and conversations_asks.yaml
  (development);
- ``haichuan``: data/eval/blind_haichuan (another city, written blind; its failures
  have been read since its first run: development);
- ``lingxi``: data/eval/holdout_lingxi (written blind; part of its question generator
  was seen once, its failures never: see the README);
- ``quanlan``: data/eval/holdout_quanlan (written blind, never looked at; played on the
  code of the moment, figures only: held out; the README counts its runs);
- ``haichuan-hard``: data/eval/blind_haichuan/negatives.yaml, questions the 海川 catalog
  cannot answer that sound close to it, and its 一件事 bundles (written blind 2026-12-06;
  development: its failures are read);
- ``yunqi``: data/eval/holdout_yunqi (a new city's catalog and questions written blind
  2026-12-06 by a helper who read no code; its failures were read in the evening of
  2026-12-06 (as were lingxi's): development since);
- ``songtao``: data/eval/holdout_songtao (松涛市, written blind on the evening of 2026-12-06
  by a helper who read the catalog format, the demo catalog and two README sections, no
  code and no other set: held out).
- ``baihe``: data/eval/holdout_baihe (白鹤市, written blind on the night of 2026-12-06 by a
  helper who read the catalog format, parts of the demo catalog and two README sections
  (“The catalog”, “The dialogue”), no code and no other set; held out for five runs, its
  failures read since 2026-12-07: development).
- ``jinsha``: data/eval/holdout_jinsha (金沙市, written blind on 2026-12-07 by a helper who
  read the catalog format, the demo catalog's layout, two README sections (“The catalog”,
  “The dialogue”) and the question-file format, no code and no other set: held out).
  Its conversations are halved by position (``jinsha-even``, ``jinsha-odd``): on its first
  run, on the code of the morning of 2026-12-07, it scored far below the other sets, so the
  failures of the even half are read from then on (development) and the odd half's figure
  is the held-out one. The whole set is held out too (it contains the odd half).
- ``qinghe``: data/eval/holdout_qinghe (青禾市, written blind on 2026-12-07 afternoon by a
  helper who read the catalog format, the demo catalog's layout, two README sections and
  the question-file format, no code and no other set: held out).
- ``chengjiang``: data/eval/holdout_chengjiang (澄江市, written blind on the evening of
  2026-12-07 by a helper who read the catalog format, the demo catalog's layout, two README
  sections and the question-file format, no code and no other set; held out for its first
  runs, then its failures tagged Traditional were read on the night of 2026-12-07:
  development since).
- ``lanxi``: data/eval/holdout_lanxi (岚溪市, written blind on the night of 2026-12-07 by a
  helper who read the catalog format, the demo catalog's layout, two README sections and
  the question-file format, no code and no other set: held out). Halved by position as
  ``jinsha``: its first run served a withdrawn entry's text once, in the even half, whose
  failures are read since (``lanxi-even``, development); ``lanxi-odd`` and the whole set
  stay held out.
  Do not pass ``--failures`` for a held-out set: a set whose failures were read is a
  development set from then on.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "data" / "eval"
SETS: dict[str, tuple[Path, tuple[Path, ...]]] = {
    "demo": (ROOT / "data" / "catalog",
             (EVAL / "conversations.yaml", EVAL / "conversations_asks.yaml")),
    "haichuan": (EVAL / "blind_haichuan" / "catalog",
                 (EVAL / "blind_haichuan" / "questions.yaml",
                  EVAL / "blind_haichuan" / "conversations.yaml")),
    "lingxi": (EVAL / "holdout_lingxi" / "catalog",
               (EVAL / "holdout_lingxi" / "questions.yaml",
                EVAL / "holdout_lingxi" / "conversations.yaml")),
    "quanlan": (EVAL / "holdout_quanlan" / "catalog",
                (EVAL / "holdout_quanlan" / "questions.yaml",
                 EVAL / "holdout_quanlan" / "conversations.yaml")),
    "haichuan-hard": (EVAL / "blind_haichuan" / "catalog",
                      (EVAL / "blind_haichuan" / "negatives.yaml",)),
    "yunqi": (EVAL / "holdout_yunqi" / "catalog",
              (EVAL / "holdout_yunqi" / "questions.yaml",)),
    "songtao": (EVAL / "holdout_songtao" / "catalog",
                (EVAL / "holdout_songtao" / "questions.yaml",)),
    "baihe": (EVAL / "holdout_baihe" / "catalog",
              (EVAL / "holdout_baihe" / "questions.yaml",)),
    "jinsha": (EVAL / "holdout_jinsha" / "catalog",
               (EVAL / "holdout_jinsha" / "questions.yaml",)),
    "qinghe": (EVAL / "holdout_qinghe" / "catalog",
               (EVAL / "holdout_qinghe" / "questions.yaml",)),
    "chengjiang": (EVAL / "holdout_chengjiang" / "catalog",
                   (EVAL / "holdout_chengjiang" / "questions.yaml",)),
    "lanxi": (EVAL / "holdout_lanxi" / "catalog",
              (EVAL / "holdout_lanxi" / "questions.yaml",)),
}
#: Halves of a set, by the position of each conversation in its files (even or odd): one
#: half's failures may be read (development) while the other's figure stays held out.
HALVES = {"jinsha-even": ("jinsha", 0), "jinsha-odd": ("jinsha", 1),
          "lanxi-even": ("lanxi", 0), "lanxi-odd": ("lanxi", 1)}
#: Sets whose failures have never been printed: their figures are the held-out ones.
HELD_OUT = ("quanlan", "songtao", "jinsha", "jinsha-odd", "qinghe", "lanxi", "lanxi-odd")


def _in_process_send(settings, parse):  # noqa: ANN001, ANN202 - Settings, inprocess.Parser
    """The dialogue engine of ``settings``' index, answering as Rasa's REST channel would."""
    from inprocess import sender

    from bot.answers import closeness
    from bot.dialogue.engine import Dialogue
    from index.embedder import Embedder
    from index.search import Searcher
    from index.served import IndexHolder

    searcher = Searcher(IndexHolder(settings.index_dir), Embedder(settings))
    closeness.install(closeness.Closeness(searcher.embedder, searcher.holder))
    return sender(Dialogue(searcher, settings), parse)


def play_set(name: str, show_failures: int, parse=None) -> dict:  # noqa: ANN001
    """One set's figures; with ``parse`` (bench/inprocess.py) played in this process."""
    from bot.evaluation.answers import format_summary, summarize
    from bot.evaluation.assistant import start_assistant
    from bot.evaluation.conversation_checks import CodeIndex
    from bot.evaluation.conversation_file import load_conversations
    from bot.evaluation.conversation_runner import format_failure, run_conversation
    from bot.settings import Settings
    from index.embedder import Embedder
    from index.version import publish

    whole, half = HALVES.get(name, (name, None))
    catalog, files = SETS[whole]
    conversations = [c for f in files for c in load_conversations(f)]
    if half is not None:
        conversations = conversations[half::2]
    index = CodeIndex.load(catalog)
    with tempfile.TemporaryDirectory(prefix=f"guidebot-eval-{name}-") as workdir:
        work = Path(workdir)
        settings = Settings(index_dir=work / "index", catalog=catalog)
        published = publish(catalog, settings.index_dir, Embedder(settings))
        if not published.version:
            raise SystemExit(f"{name}: the catalog does not publish:\n"
                             f"{published.report.format()}")
        if parse is not None:
            send = _in_process_send(settings, parse)
            results = [run_conversation(c, send, index, keep_going=True) for c in conversations]
        else:
            started = time.monotonic()
            assistant = start_assistant(work, index_dir=settings.index_dir, catalog=catalog)
            print(f"[{name}] assistant started in {time.monotonic() - started:.0f} s; "
                  f"{len(conversations)} conversations", file=sys.stderr)
            try:
                results = [run_conversation(c, assistant.send, index, keep_going=True)
                           for c in conversations]
            finally:
                assistant.stop()
    summary = summarize(conversations, results)
    print(format_summary(name, summary))
    shown = 0
    for conv, result in zip(conversations, results, strict=True):
        for turn in result.turns:
            if not turn.passed and shown < show_failures:
                shown += 1
                print(f"-- {conv.id} [{', '.join(conv.tags)}]")
                print("   " + format_failure(turn, limit=400).replace("\n", "\n   "))
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", choices=sorted([*SETS, *HALVES]),
                        help="a set to play (repeatable; default: demo and haichuan)")
    parser.add_argument("--failures", type=int, default=0,
                        help="print up to N failed turns per set (a set whose failures you "
                             "read is a development set from then on)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--in-process", action="store_true",
                        help="call the dialogue engine here, with a Rasa server's parses, "
                             "instead of the whole assistant (bench/inprocess.py: for comparing "
                             "changes in minutes; its latency is the engine's alone)")
    args = parser.parse_args()
    held_out = sorted(set(args.set or ()) & set(HELD_OUT))
    if args.failures and held_out:
        parser.error(f"--failures would show the failures of the held-out {', '.join(held_out)}"
                     " (a set whose failures are read is a development set from then on)")
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    parse = None
    if args.in_process:
        from inprocess import Parser

        parse = Parser()
    try:
        figures = {name: play_set(name, args.failures, parse)
                   for name in args.set or ["demo", "haichuan"]}
    finally:
        if parse is not None:
            parse.close()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
