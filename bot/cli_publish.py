"""``guidebot reindex``: validate a catalog and publish it (in phases), build it without
publishing (``--dry-run``, with ``--impact`` what it changes for the people asking), or
keep watching the catalog and publish whenever its files change (``--watch``).

Wired into the command by ``bot.cli``; same exit codes: 0 success, 1 the catalog or input
has problems (reported), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.settings import Settings, get_settings

if TYPE_CHECKING:
    from index.embedder import Embedder
    from index.phases import Published


def cmd_reindex(args: argparse.Namespace) -> int:
    from index.embedder import Embedder, ModelMissingError
    from index.phases import publish_in_phases

    settings = get_settings()
    try:
        embedder = Embedder(settings)
    except ModelMissingError as e:
        print(f"错误: {e}", file=sys.stderr)
        return 1
    if args.impact and not args.dry_run:
        print("--impact needs --dry-run", file=sys.stderr)
        return 2
    if args.watch:
        return _reindex_watch(args.catalog, settings.index_dir, embedder, args.interval)
    if args.dry_run:
        return _reindex_dry_run(args, settings, embedder)
    # In phases, each in its own process: the catalog and the model never in memory at
    # once (index/phases.py).
    return _report_publish(publish_in_phases(args.catalog, settings.index_dir, settings,
                                             force=args.force))


def _report_publish(result: Published) -> int:
    if result.problems:
        print(result.report)
    if result.version is None:
        print("校验未通过, 未发布; 正在服务的索引保持不变。", file=sys.stderr)
        return 1
    state = "unchanged, still serving" if result.unchanged else "published and serving"
    stages = "".join(f"; {k} {v:.2f}" for k, v in result.phases.items())
    print(f"{state} version {result.version} ({result.embedded} texts embedded, "
          f"{result.seconds:.1f} s{stages})")
    return 0


def _reindex_dry_run(args: argparse.Namespace, settings: Settings,
                     embedder: Embedder) -> int:
    """Validate and build without serving; with --impact, what it changes for the people
    asking, and exit 1 when answers would be lost (unless --allow-loss)."""
    from bot.staff.admin.dryrun import dry_run_impact, impact_lines
    from bot.store.journal import Journal, database_url

    journal = None
    if args.impact and (settings.database_url or settings.database_sqlite.is_file()):
        journal = Journal(database_url(settings.database_url, settings.database_sqlite))

    def show(stage: str, done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\r{stage}: {done}/{total}" if total else stage, end=end, file=sys.stderr,
              flush=True)

    out = dry_run_impact(args.catalog, settings, embedder, journal, progress=show,
                         impact=args.impact)
    report, impact = out["report"], out["impact"]
    if report.problems:
        print(report.format())
    if not out["ok"]:
        print("校验未通过; 未建立索引, 正在服务的索引保持不变。", file=sys.stderr)
        return 1
    print(f"dry run: built version {out['version']} ({out['embedded']} texts embedded, "
          f"{out['build_seconds']:.1f} s); nothing published")
    if impact is None:
        return 0
    if args.json:
        print(json.dumps(impact, ensure_ascii=False))
    else:
        print("\n".join(impact_lines(impact)))
    if impact["lost"] and not args.allow_loss:
        print(f"{impact['lost']} 个问题将失去答案 (answers lost); --allow-loss 接受",
              file=sys.stderr)
        return 1
    return 0


def _catalog_fingerprint(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of every file under ``root``: cheap to poll."""
    out = []
    for p in sorted(root.rglob("*")):
        try:
            st = p.stat()
        except FileNotFoundError:  # removed while we looked: the next poll sees it
            continue
        if p.is_file():
            out.append((str(p), st.st_size, st.st_mtime_ns))
    return tuple(out)


#: While idle, the watching publisher runs its model this often: a first changed name
#: waited 1.5-1.9 s in torch after an idle minute (measured), against 0.05 s warm. The
#: likelier cause was two torch threads on two busy cores (fixed in index/embedder.py);
#: pages reclaimed by the kernel while idle (this machine's DAMON page-out) is inferred,
#: not measured (no page faults were seen): kept as cheap insurance.
KEEP_WARM_SECONDS = 20.0


def _reindex_watch(catalog: Path, index_dir: Path, embedder: Embedder,
                   interval: float) -> int:
    """Publish whenever the catalog's files change, keeping parsed files in memory."""
    import time

    from index.filecache import FileCache
    from index.phases import published
    from index.version import publish, warm

    # Each guides file's items remembered: an edited file is checked item by item.
    cache = FileCache(index_dir / "cache" / "files", items=True)
    # Loaded and run once up front: a changed name must not wait for the model (the
    # passages' torch model, not the question's graph), nor for its first inference.
    embedder.warm_passages()
    warmed = time.monotonic()
    seen: tuple[tuple[str, int, int], ...] | None = None
    print(f"watching {catalog} every {interval} s (Ctrl-C stops)", file=sys.stderr, flush=True)
    try:
        while True:
            now = _catalog_fingerprint(catalog)
            if now != seen:
                seen = now
                result = publish(catalog, index_dir, embedder, cache=cache)
                if result.unchanged:  # nothing was built: derive it now, not at the first change
                    warm(result, index_dir, embedder)
                _report_publish(published(result))
                sys.stdout.flush()
                warmed = 0.0  # a publish can take minutes: warm the model again at once
            if time.monotonic() - warmed >= KEEP_WARM_SECONDS:
                embedder.warm_passages()
                warmed = time.monotonic()
            time.sleep(interval)
    except KeyboardInterrupt:
        return 0

