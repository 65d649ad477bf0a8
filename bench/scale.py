"""Scale benchmark: a 100,000-guide catalog built, searched and changed on this machine.

    .venv/bin/python bench/scale.py [--guides 100000] [--catalog demo|province]

``--catalog demo`` (the default) spreads the demo catalog's items over synthetic regions
(bench/gen_catalog.py); ``--catalog province`` generates thousands of distinct items
(bench/gen_province.py) into its own folders, times questions made from those items'
aliases and names, and holds the figures to issue 13's province targets.

Prints: full build time and peak memory (a fresh index, every text embedded),
search latency p50/p95 (in process, the real Searcher, hybrid, with regions),
the serving process's memory, and the time from saving one guide's file to
a running server answering with the change (the publisher ``guidebot reindex
--watch`` and the server both running, the server noticing the new version on
its own); and, for comparison, a one-shot ``guidebot reindex`` process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psutil
from tree_memory import run_sampled

from bot.evaluation.stats import percentile

ROOT = Path(__file__).resolve().parents[1]
GUIDEBOT = str(Path(sys.executable).with_name("guidebot"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> object:
    with urllib.request.urlopen(url, timeout=10) as r:  # loopback only
        return json.loads(r.read())



def _marker() -> str:
    """An alias no catalog has, new on every run (an earlier run's edit stays in the file)."""
    return "基准测试别名" + "".join(random.choice("甲乙丙丁戊己庚辛壬癸") for _ in range(8))


def _edit_one(catalog: Path, marker: str | None):  # noqa: ANN202
    """Edit an active guide in a random guides file: add an alias, or revoke it.

    Random, so that repeated runs on the same generated catalog do not find
    the change of an earlier run already there.
    """
    import yaml

    path = random.choice(sorted((catalog / "guides").glob("*.yaml")))
    guides = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    target = next(g for g in guides if g["status"] == "active")
    if marker:
        target["aliases"] = [*target.get("aliases", []), marker]
        query = marker

        def want(hits: list, c: str = target["code"]) -> bool:
            return bool(hits) and hits[0]["code"] == c
    else:
        target["status"] = "revoked"
        query = target["name"]

        def want(hits: list, c: str = target["code"]) -> bool:
            # Served as revoked, or no longer served: another guide of the item serves.
            return any((h["code"] == c and h["status"] == "revoked")
                       or (h["code"] != c and c in h["other_regions"]) for h in hits)
    text = yaml.dump(guides, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)

    def save() -> float:
        saved = time.perf_counter()  # the clock starts as the file is saved
        path.write_text(text, encoding="utf-8")
        return saved

    return save, target, query, want


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--guides", type=int, default=100_000)
    ap.add_argument("--catalog", choices=["demo", "province"], default="demo",
                    help="demo: the demo's items over many regions (bench/gen_catalog.py); "
                         "province: thousands of distinct items (bench/gen_province.py)")
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--reuse-index", action="store_true",
                    help="skip the full build when an index of this size exists")
    a = ap.parse_args()

    province = a.catalog == "province"
    prefix = "province-" if province else ""
    catalog = a.work / f"{prefix}catalog-{a.guides}"
    index_dir = a.work / f"{prefix}index-{a.guides}"
    stamp = catalog / ".generated"
    if not stamp.exists():
        gen = (["gen_province.py"] if province else
               ["gen_catalog.py", "--source", str(ROOT / "data" / "catalog")])
        subprocess.run([sys.executable, str(ROOT / "bench" / gen[0]), *gen[1:], "--out",
                        str(catalog), "--guides", str(a.guides)], check=True)
        stamp.write_text("ok")
    # The demo catalog keeps the targets its README figures were measured against; a
    # province's catalog is held to issue 13's (no build-time target given there).
    goals = ({"build": "", "memory": "<= 1536 MB", "p95": "<= 20 ms", "change": "<= 2 s"}
             if province else
             {"build": "(target <= 900 s)", "memory": "<= 2048 MB", "p95": "<= 50 ms",
              "change": "<= 5 s"})
    # The bench polls the server's search every 50 ms until an edit is served: it is no
    # citizen, so the per-address search limit (60 a minute) must not turn it away.
    env = dict(os.environ, GUIDEBOT_INDEX_DIR=str(index_dir), GUIDEBOT_CATALOG=str(catalog),
               GUIDEBOT_SEARCH_MAX_PER_MINUTE_PER_ADDRESS="1000000")
    build_s = peak_mb = tree_mb = float("nan")
    if not (a.reuse_index and (index_dir / "CURRENT").exists()):
        # 1. Full build from nothing.
        shutil.rmtree(index_dir, ignore_errors=True)
        # The build works in child processes (index/phases.py): the largest one's peak
        # (getrusage) and the sampled peak of all of them alive at once.
        built = run_sampled([GUIDEBOT, "reindex", "--catalog", str(catalog)], env=env,
                            stdout=subprocess.DEVNULL)
        if built.returncode:
            raise SystemExit(f"the build failed ({built.returncode})")
        build_s, tree_mb = built.seconds, built.peak_sum_mb
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    current = (index_dir / "CURRENT").read_text().strip()
    manifest = json.loads((index_dir / "versions" / current / "manifest.json").read_text())
    counts = manifest["counts"]

    # 2. Search latency, in process.
    os.environ.update(GUIDEBOT_INDEX_DIR=str(index_dir))
    from bot.evaluation.search import load_questions
    from bot.settings import get_settings
    from index.embedder import Embedder
    from index.search import Searcher
    from index.served import IndexHolder

    if province:
        from gen_province import questions as province_questions

        asked = province_questions(a.queries)
    else:
        asked = [q.q for q in load_questions(ROOT / "data" / "eval" / "questions.jsonl")]
    holder = IndexHolder(index_dir)
    t = time.perf_counter()
    holder.current()
    load_s = time.perf_counter() - t
    searcher = Searcher(holder, Embedder(get_settings()))
    regions = [r["code"] for r in manifest["regions"]]
    rng = random.Random(1)
    searcher.search("身份证", top=5)  # warm-up: model load
    lat = []
    for i in range(a.queries):
        q = asked[i % len(asked)]
        t = time.perf_counter()
        searcher.search(q, region=rng.choice(regions), top=5)
        lat.append((time.perf_counter() - t) * 1000)

    # 3. One changed guide, from file edit to served answer: the content staff's
    #    publisher (`guidebot reindex --watch`) and the server are both running.
    port = _free_port()
    server = subprocess.Popen([GUIDEBOT, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watcher = subprocess.Popen([GUIDEBOT, "reindex", "--watch", "--interval", "0.2",
                                "--catalog", str(catalog)], env=env, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    changes = []
    try:
        watcher.stdout.readline()  # its first pass: the catalog as built above
        for _ in range(600):
            try:
                _get(f"{base}/healthz")
                break
            except OSError:
                time.sleep(0.2)
        serve_mb = psutil.Process(server.pid).memory_info().rss / 2**20
        for label, marker in (
            ("new alias, one text to embed", _marker()),
            ("status changed to revoked", None),
        ):
            for _ in range(50):  # an edit whose answer is not served already
                save, target, query, want = _edit_one(catalog, marker)
                url = f"{base}/api/search?" + urllib.parse.urlencode(
                    {"q": query, "region": target["region"], "top": 5})
                if not want(_get(url)):
                    break
            before = _get(f"{base}/healthz")["index_version"]
            t0 = save()
            wall0 = time.time()
            switched = float("nan")  # when the server first reported the new version
            while time.perf_counter() - t0 < 120:
                if switched != switched and _get(f"{base}/healthz")["index_version"] != before:
                    switched = time.perf_counter() - t0
                if want(_get(url)):
                    break
                time.sleep(0.05)
            else:
                raise SystemExit(f"change not served within 120 s: {label}")
            served = time.perf_counter() - t0
            published = watcher.stdout.readline().strip()  # says how long publishing took
            # Where the time went: CURRENT replaced (its modification time), the server
            # serving the new version (its /healthz), the answer.
            current_at = (index_dir / "CURRENT").stat().st_mtime - wall0
            changes.append((label, served, published, current_at, switched,
                            os.getloadavg()[0]))
    finally:
        watcher.terminate()
        server.terminate()
        watcher.wait(10)
        server.wait(10)
    # The same kind of change published by a one-shot `guidebot reindex` process.
    _edit_one(catalog, _marker())[0]()
    t = time.perf_counter()
    subprocess.run([GUIDEBOT, "reindex", "--catalog", str(catalog)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    oneshot_s = time.perf_counter() - t

    print(f"catalog: {counts['guides']} guides, {counts['halls']} halls, "
          f"{counts['regions']} regions, {counts['profiles']} distinct profiles, "
          f"{counts['vectors']} vectors"
          + (f", {counts['items']} items, {counts.get('sentences', '?')} distinct sentences"
             if "items" in counts else ""))
    print(f"full build:        {build_s:8.1f} s   {goals['build']}")
    print(f"build peak memory: {tree_mb:8.0f} MB  (target {goals['memory']}; its processes "
          f"together, sampled each 0.5 s; the largest one alone {peak_mb:.0f} MB)")
    print(f"index load:        {load_s:8.2f} s")
    print(f"search p50:        {percentile(lat, 50):8.1f} ms")
    print(f"search p95:        {percentile(lat, 95):8.1f} ms  "
          f"(target {goals['p95']}; {a.queries} queries)")
    print(f"server memory:     {serve_mb:8.0f} MB")
    for label, t_served, published, current_at, switched, load in changes:
        print(f"change served:     {t_served:8.2f} s   (file saved -> answer; {label}; "
              f"target {goals['change']})")
        print(f"    publisher said: {published}")
        reported = "in the answer's own poll" if switched != switched else f"{switched:.2f} s"
        print(f"    file saved -> CURRENT replaced {current_at:.2f} s -> the server reports "
              f"it {reported} -> answered {t_served:.2f} s (load {load:.1f})")
    print(f"one-shot reindex:  {oneshot_s:8.2f} s   (a new `guidebot reindex` process, "
          "warm caches)")


if __name__ == "__main__":
    main()
