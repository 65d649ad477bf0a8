"""Scale benchmark: a 100,000-guide catalog built, searched and changed on this machine.

    .venv/bin/python bench/scale.py [--guides 100000]

Prints: full build time and peak memory (a fresh index, every text embedded),
search latency p50/p95 (in process, the real Searcher, hybrid, with regions),
the serving process's memory, and the time from editing one guide's file to
a running server answering with the change (``guidebot reindex`` in a new
process, the server noticing the new version on its own).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
GUIDEBOT = str(Path(sys.executable).with_name("guidebot"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> object:
    with urllib.request.urlopen(url, timeout=10) as r:  # noqa: S310 - loopback only
        return json.loads(r.read())


def _pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100)[int(p) - 1] if len(values) > 1 else values[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--guides", type=int, default=100_000)
    ap.add_argument("--work", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--queries", type=int, default=300)
    a = ap.parse_args()

    catalog = a.work / f"catalog-{a.guides}"
    index_dir = a.work / f"index-{a.guides}"
    stamp = catalog / ".generated"
    if not stamp.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "gen_catalog.py"), "--source",
                        str(ROOT / "data" / "catalog"), "--out", str(catalog),
                        "--guides", str(a.guides)], check=True)
        stamp.write_text("ok")
    shutil.rmtree(index_dir, ignore_errors=True)
    env = dict(os.environ, GUIDEBOT_INDEX_DIR=str(index_dir), GUIDEBOT_CATALOG=str(catalog))

    # 1. Full build from nothing.
    t = time.perf_counter()
    subprocess.run([GUIDEBOT, "reindex", "--catalog", str(catalog)], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    build_s = time.perf_counter() - t
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    manifest = json.loads((index_dir / "versions" /
                           (index_dir / "CURRENT").read_text().strip() / "manifest.json").read_text())
    counts = manifest["counts"]

    # 2. Search latency, in process.
    os.environ.update(GUIDEBOT_INDEX_DIR=str(index_dir))
    from bot.settings import get_settings
    from index.embedder import Embedder
    from index.evaluate import load_questions
    from index.search import Searcher
    from index.served import IndexHolder

    questions = load_questions(ROOT / "data" / "eval" / "questions.jsonl")
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
        q = questions[i % len(questions)].q
        t = time.perf_counter()
        searcher.search(q, region=rng.choice(regions), top=5)
        lat.append((time.perf_counter() - t) * 1000)

    # 3. One changed guide, from file edit to served answer.
    port = _free_port()
    server = subprocess.Popen([GUIDEBOT, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                _get(f"{base}/healthz")
                break
            except OSError:
                time.sleep(0.2)
        serve_mb = psutil.Process(server.pid).memory_info().rss / 2**20
        changes = []
        for label, marker in (("new alias (one text to embed)", "合成基准测试改名事项"),
                              ("status only (revoked)", None)):
            path = sorted((catalog / "guides").glob("*.yaml"))[len(changes) + 3]
            text = path.read_text(encoding="utf-8")
            import yaml

            guides = yaml.load(text, Loader=yaml.CSafeLoader)
            target = guides[0]
            if marker:
                target["aliases"] = [*target.get("aliases", []), marker]
                query, want = marker, lambda hits, c=target["code"]: hits and hits[0]["code"] == c
            else:
                target["status"] = "revoked"
                query = target["name"]
                want = lambda hits, c=target["code"], r=target["region"]: any(  # noqa: E731
                    h["code"] == c and h["status"] == "revoked" for h in hits)
            t0 = time.perf_counter()
            path.write_text(yaml.dump(guides, Dumper=yaml.CSafeDumper, allow_unicode=True,
                                      sort_keys=False), encoding="utf-8")
            subprocess.run([GUIDEBOT, "reindex", "--catalog", str(catalog)], env=env,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            t_pub = time.perf_counter() - t0
            url = f"{base}/api/search?" + urllib.parse.urlencode(
                {"q": query, "region": target["region"], "top": 5})
            while time.perf_counter() - t0 < 60:
                if want(_get(url)):
                    break
                time.sleep(0.05)
            else:
                raise SystemExit(f"change not served within 60 s: {label}")
            changes.append((label, t_pub, time.perf_counter() - t0))
    finally:
        server.terminate()
        server.wait(10)

    print(f"catalog: {counts['guides']} guides, {counts['halls']} halls, "
          f"{counts['regions']} regions, {counts['profiles']} distinct profiles, "
          f"{counts['vectors']} vectors")
    print(f"full build:        {build_s:8.1f} s   (target <= 900 s)")
    print(f"build peak memory: {peak_mb:8.0f} MB  (target <= 2048 MB)")
    print(f"index load:        {load_s:8.2f} s")
    print(f"search p50:        {statistics.median(lat):8.1f} ms")
    print(f"search p95:        {_pct(lat, 95):8.1f} ms  (target <= 50 ms; {a.queries} queries)")
    print(f"server memory:     {serve_mb:8.0f} MB")
    for label, t_pub, t_served in changes:
        print(f"change served:     {t_served:8.2f} s   (reindex {t_pub:.2f} s; {label}; "
              "target <= 5 s)")


if __name__ == "__main__":
    main()
