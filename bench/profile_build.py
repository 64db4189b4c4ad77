"""Where a build's memory goes, stage by stage: one full build in this process, sampled.

    .venv/bin/python bench/profile_build.py --data DIR --work DIR [--as-of 2026-11-27] [--frames]

Runs `build_site` here (not in a child) with a progress callback that marks each stage, while a
thread samples every 0.2 s the resident memory of this process and, apart, of its worker
processes (render, export and the gate start one per core). At each stage's start it also
reports, with --frames, the pandas DataFrames alive in this process (found through the garbage
collector, deep sizes, grouped by their column count and length) and the never-public values
held for the gate: what holds the bytes when the next stage starts.

Prints one line per stage: seconds, peak MB of this process, peak MB of the workers (summed),
and with --frames the live frames' MB. `bench/RESULTS-build.md` has the figures at 10^5.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shutil
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.build import BuildOptions, build_site  # noqa: E402
from generator.problems import BuildAborted  # noqa: E402


def _frames_mb() -> tuple[float, int, float]:
    """MB held by live DataFrames (deep), how many, and MB of their object/str columns."""
    import pandas as pd

    seen: set[int] = set()
    total = text = 0.0
    count = 0
    for obj in gc.get_objects():
        if isinstance(obj, pd.DataFrame) and id(obj) not in seen:
            seen.add(id(obj))
            count += 1
            usage = obj.memory_usage(deep=True, index=True)
            total += float(usage.sum())
            for column in obj.columns:
                if obj[column].dtype == object or str(obj[column].dtype) in ("str", "string"):
                    text += float(usage.get(column, 0))
    return total / 1048576, count, text / 1048576


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--as-of", default="2026-11-27")
    parser.add_argument("--frames", action="store_true", help="also size the live DataFrames at each stage")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    me = psutil.Process()
    stage = ["start"]
    peaks: dict[str, list[float]] = {}
    running = [True]

    def sample() -> None:
        while running[0]:
            main_mb = me.memory_info().rss / 1048576
            workers = 0.0
            for child in me.children(recursive=True):
                try:
                    workers += child.memory_info().rss / 1048576
                except psutil.Error:
                    pass
            peak = peaks.setdefault(stage[0], [0.0, 0.0, 0.0])
            peak[0] = max(peak[0], main_mb)
            peak[1] = max(peak[1], workers)
            peak[2] = max(peak[2], main_mb + workers)
            time.sleep(0.2)

    starts: dict[str, float] = {}
    at_start: dict[str, str] = {}

    def progress(label: str) -> None:
        if args.frames:
            mb, count, text = _frames_mb()
            at_start[label] = f"{count} frames {mb:.0f} MB (text columns {text:.0f} MB)"
        stage[0] = label
        starts[label] = time.perf_counter()

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    started = time.perf_counter()
    try:
        build_site(BuildOptions(data_dir=args.data, out_dir=args.work / "site", report_dir=args.work / "report",
                                as_of=dt.date.fromisoformat(args.as_of), state_dir=args.work / "state"), progress)
    except BuildAborted as stop:  # the stages it went through were measured all the same
        print(f"build stopped: {stop}")
    running[0] = False
    thread.join()
    print(f"whole build {time.perf_counter() - started:.1f} s")
    print("stage | peak MB main process | peak MB workers | peak MB tree | live at stage start")
    print("--- | --- | --- | --- | ---")
    for label, (main_mb, workers, tree) in peaks.items():
        print(f"{label or 'end'} | {main_mb:.0f} | {workers:.0f} | {tree:.0f} | {at_start.get(label, '')}")


if __name__ == "__main__":
    main()
