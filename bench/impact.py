"""Impact benchmark: what a new province-size catalog changes for 2,000 questions.

    .venv/bin/python bench/impact.py [--guides 100000] [--questions 2000]

Uses the synthetic catalog and index of bench/scale.py (``bench/out/catalog-N``,
``bench/out/index-N``; generated and built first when missing, which takes minutes).
The new catalog is a copy that revokes 内地居民结婚登记 in the province and in 合成1市
(the city, its counties and towns: 67 files), and whose province file (the guides a
question without a region gets) gives 居民身份证补领 a new code and name and adds a close
look-alike of 居民身份证换领. The questions: the development questions
(data/eval/questions.jsonl) and a journal (SQLite, in the work folder) of questions
citizens asked, with Zipf-like counts: the first turns of the development conversation
sets (demo, 海川, 云栖, 灵溪) and the development questions again with a synthetic
region named in them, up to ``--questions`` in all. Prints the dry run's build time, the
impact's time (embedding the questions, replaying them against both versions), the whole,
and the counts; progress goes to stderr while it runs. Target: the impact under 60 s.
The question texts' vectors go through the index's embedding cache: the first run embeds
them all, a later one only the questions that are new (printed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GUIDEBOT = str(Path(sys.executable).with_name("guidebot"))
CONVERSATION_SETS = ("conversations.yaml", "blind_haichuan/questions.yaml",
                     "holdout_yunqi/questions.yaml", "holdout_lingxi/questions.yaml")
REVOKE, RENAME, LOOKALIKE = "内地居民结婚登记", "居民身份证补领（合成省）", "居民身份证换领"


def ensure_index(work: Path, guides: int) -> tuple[Path, Path]:
    """The synthetic catalog and its served index (as bench/scale.py makes them)."""
    catalog, index_dir = work / f"catalog-{guides}", work / f"index-{guides}"
    if not (catalog / ".generated").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen_catalog.py"), "--source",
                        str(ROOT / "data" / "catalog"), "--out", str(catalog),
                        "--guides", str(guides)], check=True)
        (catalog / ".generated").write_text("ok")
    if not (index_dir / "CURRENT").exists():
        subprocess.run([GUIDEBOT, "reindex", "--catalog", str(catalog)], check=True,
                       env={**os.environ, "GUIDEBOT_INDEX_DIR": str(index_dir)})
    return catalog, index_dir


def _block_named(blocks: list[str], name: str) -> tuple[int, str]:
    """The guide block of that name in a guides file split at ``- code:``, and its item."""
    i = next(i for i, b in enumerate(blocks)
             if f"\n  name: {name}\n" in b or f"\n  name: {name}（" in b)  # a local variant
    text = blocks[i] if blocks[i].startswith("- code: ") else "- code: " + blocks[i]
    return i, yaml.safe_load(text)[0]["base_code"]


def changed_catalog(catalog: Path, dest: Path) -> Path:
    """A copy whose province file revokes one item, renames another (a new code) and adds
    a look-alike of a third."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(catalog, dest)
    for path in dest.glob("guides/9001*.yaml"):  # 合成1市 and its counties and towns
        blocks = path.read_text().split("\n- code: ")
        i, _ = _block_named(blocks, REVOKE)
        blocks[i] = blocks[i].replace("\n  status: active\n", "\n  status: revoked\n", 1)
        path.write_text("\n- code: ".join(blocks))
    province = dest / "guides" / "900000.yaml"
    blocks = province.read_text().split("\n- code: ")
    i, _ = _block_named(blocks, REVOKE)
    blocks[i] = blocks[i].replace("\n  status: active\n", "\n  status: revoked\n", 1)
    i, base = _block_named(blocks, RENAME)
    blocks[i] = (blocks[i].replace(base, base + "9").replace(
        f"name: {RENAME}", "name: 居民身份证挂失补办"))
    i, base = _block_named(blocks, LOOKALIKE)
    blocks.append(blocks[i].replace(base, "990000000001").replace(
        f"name: {LOOKALIKE}", "name: 居民身份证到期换领（预约办理）"))
    province.write_text("\n- code: ".join(blocks).rstrip("\n") + "\n")
    return dest


def asked_texts() -> list[str]:
    """First turns of the development conversation sets, as citizens typed them."""
    out: list[str] = []
    for rel in CONVERSATION_SETS:
        data = yaml.safe_load((ROOT / "data" / "eval" / rel).read_text())
        for conv in data.get("conversations", data) if isinstance(data, dict) else data:
            turns = conv.get("turns") or []
            if turns and turns[0].get("say"):
                out.append(str(turns[0]["say"]))
    return out


def fill_journal(url: str, texts: list[str], regions: list[tuple[str, str]],
                 dev: list[str], want: int) -> int:
    """A journal of ``want`` distinct questions with Zipf-like counts; returns the rows."""
    from bot.staff.admin.insights import normalize
    from bot.store.journal import Journal, clean_text
    from bot.store.models import AnswerLog

    rng = random.Random(16)
    seen = {normalize(q) for q in dev}
    chosen: list[tuple[str, str]] = []
    for text in texts:
        if normalize(text) not in seen:
            seen.add(normalize(text))
            chosen.append((text, ""))
    while len(chosen) < want:  # the development questions asked with a region named
        code, name = rng.choice(regions)
        text = f"我在{name}，{rng.choice(dev)}"
        if normalize(text) not in seen:
            seen.add(normalize(text))
            chosen.append((text, code))
    chosen = chosen[:want]
    rng.shuffle(chosen)
    journal = Journal(url)
    now = dt.datetime.now(dt.UTC)
    rows = []
    for rank, (text, region) in enumerate(chosen, 1):
        for _ in range(max(1, int(200 / rank ** 0.8))):
            rows.append(AnswerLog(question=clean_text(text), code="", name="", aspect="",
                                  source="", region=region, channel="web", index_version="",
                                  created_at=now - dt.timedelta(days=rng.randint(0, 80))))
    with journal.session() as s, s.begin():
        s.add_all(rows)
    journal.engine.dispose()
    return len(rows)


def forget_questions(settings, journal) -> None:  # noqa: ANN001
    """Drop the vectors of every question text the impact would embed from the index's
    embedding cache, so that it embeds them all again (a first run)."""
    from bot.staff.admin.impact import question_texts
    from bot.staff.admin.questions import replay_set
    from index.embedder import Embedder, EmbeddingCache
    from index.served import LoadedVersion
    from index.version import current_id, version_path

    served = LoadedVersion.load(version_path(settings.index_dir, current_id(settings.index_dir)))
    asked = replay_set(settings.impact_files(), [], journal, days=settings.impact_days,
                       limit=settings.impact_journal_questions)
    store = EmbeddingCache(settings.index_dir / "cache" / "embeddings.sqlite",
                           Embedder(settings))
    prefix = store.embedder.prefix("query")
    with store.db:
        store.db.executemany("DELETE FROM vec WHERE k = ?", [
            (store._key(prefix + t),) for t in question_texts([served], asked)])
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--guides", type=int, default=100_000)
    ap.add_argument("--questions", type=int, default=2000)
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--cold", action="store_true",
                    help="drop the questions' vectors from the embedding cache first")
    a = ap.parse_args()
    catalog, index_dir = ensure_index(a.work, a.guides)
    new = changed_catalog(catalog, a.work / f"catalog-{a.guides}-impact")

    from bot.settings import Settings
    from bot.staff.admin.dryrun import dry_run_impact, impact_lines
    from bot.staff.admin.questions import question_file
    from bot.store.journal import Journal, database_url
    from index.embedder import Embedder

    db = a.work / "impact-journal.db"
    db.unlink(missing_ok=True)
    dev = [q.text for q in question_file(ROOT / "data" / "eval" / "questions.jsonl")]
    regions = [(r["code"], r["name"]) for r in yaml.safe_load((catalog / "regions.yaml")
                                                                .read_text())]
    want = a.questions - len(dev)
    rows = fill_journal(database_url("", db), asked_texts(), regions, dev, want)
    settings = Settings(index_dir=index_dir, database_sqlite=db,
                        impact_journal_questions=want)
    journal = Journal(database_url("", db))
    last = [0.0]

    def show(stage: str, done: int, total: int) -> None:
        if time.monotonic() - last[0] > 1 or done == total:
            last[0] = time.monotonic()
            print(f"  {stage}: {done}/{total}" if total else f"  {stage}", file=sys.stderr,
                  flush=True)

    if a.cold:
        forget_questions(settings, journal)
    started = time.perf_counter()
    out = dry_run_impact(new, settings, Embedder(settings), journal, progress=show)
    total = time.perf_counter() - started
    impact = out["impact"]
    assert out["ok"] and impact is not None, out["report"].format()
    print("\n".join(impact_lines(impact, limit=5)))
    print(f"journal: {rows} rows, {want} distinct questions asked")
    print(f"questions replayed:      {impact['questions']:8d}")
    print(f"dry run (validate, build, nothing served): {out['build_seconds']:8.1f} s")
    print(f"impact (embed the questions, replay against both versions): "
          f"{impact['seconds']:8.1f} s   (target < 60 s)")
    print(f"  of which the question texts' vectors: {impact['embed_seconds']:8.1f} s "
          f"({impact['texts']} texts, {impact['texts_embedded']} not in the cache)")
    print(f"whole command (dry run, both versions loaded, questions read, impact): "
          f"{total:8.1f} s")


if __name__ == "__main__":
    main()
