"""Run a command and sample the resident memory of its whole process tree.

    .venv/bin/python bench/tree_memory.py [--every 0.5] [--log FILE] -- COMMAND ...

``/usr/bin/time -v`` and ``getrusage`` give the largest single process's peak; a command
that works in child processes (``guidebot reindex``, index/phases.py) needs the sum of
the processes alive at once too. Prints both peaks (MB) when the command ends; the sum is
sampled, so a peak shorter than the interval can be missed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import dataclass

import psutil


@dataclass
class TreeMemory:
    returncode: int
    seconds: float
    peak_sum_mb: float  # the largest sampled sum of the tree's resident sizes
    peak_one_mb: float  # the largest sampled resident size of one process


def _tree_rss(root: psutil.Process) -> list[int]:
    sizes = []
    for p in [root, *root.children(recursive=True)]:
        try:
            sizes.append(p.memory_info().rss)
        except psutil.Error:  # ended between listing and reading
            pass
    return sizes


def run_sampled(cmd: list[str], every: float = 0.5, log: str | None = None,
                **popen: object) -> TreeMemory:
    """Run ``cmd`` (``subprocess.Popen`` keywords in ``popen``) to its end, sampling its
    process tree every ``every`` seconds; with ``log``, one line a sample (s, sum, each)."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, **popen)  # noqa: S603 - the bench's own commands
    root = psutil.Process(proc.pid)
    peak_sum = peak_one = 0
    out = open(log, "w") if log else None  # noqa: SIM115 - closed below
    try:
        while proc.poll() is None:
            sizes = _tree_rss(root)
            if sizes:
                peak_sum, peak_one = max(peak_sum, sum(sizes)), max(peak_one, max(sizes))
            if out:
                mb = [round(s / 2**20) for s in sizes]
                out.write(f"{time.perf_counter() - started:.1f} {sum(mb)} {mb}\n")
                out.flush()
            time.sleep(every)
    finally:
        if out:
            out.close()
    return TreeMemory(proc.wait(), time.perf_counter() - started, peak_sum / 2**20,
                      peak_one / 2**20)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--every", type=float, default=0.5, help="seconds between samples")
    ap.add_argument("--log", help="write every sample to this file")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
    if not cmd:
        ap.error("no command")
    got = run_sampled(cmd, a.every, a.log)
    print(f"{got.seconds:.1f} s; peak of the process tree (sampled sum) {got.peak_sum_mb:.0f} MB;"
          f" peak of one process (sampled) {got.peak_one_mb:.0f} MB; exit {got.returncode}",
          file=sys.stderr)
    sys.exit(got.returncode)


if __name__ == "__main__":
    main()
