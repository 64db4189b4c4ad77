"""One full build; the peak resident memory of each process of its tree, stage by stage.

    .venv/bin/python bench/peak_by_process.py DATA WORK [--root CHECKOUT]

Runs `python -m generator build` from CHECKOUT (default: this one) on DATA into WORK/site
(report WORK/report, state WORK/state; WORK must not hold an older site), samples /proc every
0.1 s, and prints for each stage (the progress lines the build prints) the whole tree's peak and
each process's peak: `main` is the build's process, the others its workers (and the resource
tracker, ~13 MB). `bench/bench_build.py` gives the tree's peak alone; this shows which process
holds it (issue 18: the render stage's workers carried into the gate).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench_build import tree_rss  # (run as bench/peak_by_process.py: bench/ is on the path)

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout whose generator builds")
    parser.add_argument("--as-of", default="2026-11-27")
    args = parser.parse_args()
    (args.work / "report").mkdir(parents=True, exist_ok=True)
    child = subprocess.Popen([sys.executable, "-m", "generator", "build", "--data", str(args.data), "--out",
                              str(args.work / "site"), "--report", str(args.work / "report"), "--state",
                              str(args.work / "state"), "--as-of", args.as_of],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=args.root,
                             env={**os.environ, "COLUMNS": "200"})
    stage = ["start"]
    tree: dict[str, float] = {}
    peaks: dict[str, dict[str, float]] = {}

    def sample() -> None:
        while child.poll() is None:
            found = tree_rss(child.pid)
            tree[stage[0]] = max(tree.get(stage[0], 0.0), sum(found.values()))
            mine = peaks.setdefault(stage[0], {})
            for pid, mb in found.items():
                role = "main" if pid == child.pid else f"pid {pid}"
                mine[role] = max(mine.get(role, 0.0), mb)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    assert child.stdout is not None
    last = ""
    for line in child.stdout:
        found = re.match(r"\s*[\d.]+s (\S+)…", line)
        if found:
            stage[0] = found.group(1)
        last = line.strip() or last
    child.wait()
    sampler.join()
    print(f"exit {child.returncode}: {last[:200]}")
    for name, mb in tree.items():
        processes = ", ".join(f"{role} {value:.0f}" for role, value in peaks[name].items())
        print(f"{name}: tree {mb:.0f} MB; {processes}")


if __name__ == "__main__":
    main()
