"""What the build's main process holds, stage by stage: its RSS peak and the largest holders.

    .venv/bin/python bench/memory_by_stage.py --entities 10000 --work /tmp/mem [--holders] [--tracemalloc]
    .venv/bin/python bench/memory_by_stage.py --data DIR --work /tmp/mem ...
    .venv/bin/python bench/memory_by_stage.py --data DIR --work /tmp/mem --data-stages [--root CHECKOUT]

Makes the data folder with `scripts/make_sample.py --entities N` (into WORK/data-N, kept for the
next run) unless --data is given, then runs one full build in this process (`build_site`, site,
report and state under WORK, removed first) while a thread samples every 0.1 s the resident
memory of this process alone (the render, export and gate workers are other processes: their
memory is printed apart, summed).

At each stage's start (the build's progress labels; "end" after the last), with --holders: the
pandas DataFrames alive in this process with their deep size (`memory_usage(deep=True)`), named by
who holds them (`Decided.frames[penalties]`, `ValidKind.accepted`, a local of a function, ...), and
the largest other Python containers the build keeps (lists of dicts, the never-public values).
With --tracemalloc: the Python heap's peak during each stage (tracemalloc's own, reset at each
stage start) and the top allocation sites (file:line) alive at the stage's start. Text columns are
Arrow-backed (pandas 3's `str`): their buffers are outside the Python heap, so tracemalloc does
not see them; the Arrow memory pool's peak is printed apart, sampled with the RSS. tracemalloc slows
the build and adds its own memory to RSS: take RSS figures from a run without it.

With --data-stages the build is stopped where the export starts (`导出开放数据`): the data stages
(load, validate, de-identify, rules and the plan) only, in a fraction of a build's time. With --root,
CHECKOUT's generator builds (a clone of main beside this branch: the same probe on both).

No figure here is asserted anywhere; bench/RESULTS-build.md keeps the runs.
"""

from __future__ import annotations

import argparse
import ctypes
import datetime as dt
import gc
import shutil
import subprocess
import sys
import threading
import time
import tracemalloc
import types
from pathlib import Path
from typing import Any

import psutil
import pyarrow as pa

ROOT = Path(__file__).resolve().parent.parent
if "--root" in sys.argv:  # another checkout's generator (read before it is imported)
    ROOT = Path(sys.argv[sys.argv.index("--root") + 1]).resolve()
sys.path.insert(0, str(ROOT))

from generator.build import BuildOptions, build_site  # noqa: E402
from generator.problems import BuildAborted  # noqa: E402
from generator.state import RECORD_KEY_SECRET  # noqa: E402

MB = 1048576
EXPORT_STAGE = "导出开放数据"  # the first stage after the data stages (build._write_site)
FRAME_FLOOR = 0.25 * MB  # smaller frames are summed, not listed
TOP_SITES = 10


_IGNORED: set[int] = set()  # the probe's own lists (gc.get_objects' answer refers to every object)


def _owner_name(container: Any, seen: set[int], depth: int = 0) -> str:
    """A readable name for what holds `container` (a dict, list or tuple), a few steps up."""
    if depth > 3:
        return "…"
    for ref in gc.get_referrers(container):
        if id(ref) in seen or id(ref) in _IGNORED:
            continue
        if getattr(ref, "__dict__", None) is container:
            return type(ref).__name__
    for ref in gc.get_referrers(container):
        if id(ref) in seen or id(ref) in _IGNORED:
            continue
        if isinstance(ref, types.FrameType):
            if ref.f_code.co_filename == __file__:
                continue
            name = next((k for k, v in ref.f_locals.items() if v is container), "?")
            return f"{ref.f_code.co_name}() local {name}"
        if isinstance(ref, dict):
            key = next((k for k, v in ref.items() if v is container), None)
            if key is not None:
                seen.add(id(ref))
                return f"{_owner_name(ref, seen, depth + 1)}.{key}" if isinstance(key, str) else \
                    f"{_owner_name(ref, seen, depth + 1)}[{key!r}]"
        if isinstance(ref, (list, tuple)):
            seen.add(id(ref))
            return f"{_owner_name(ref, seen, depth + 1)}[]"
    return "(unnamed)"


def _holder(frame: Any) -> str:
    """Who holds a DataFrame: an attribute, a dict's key, a function's local."""
    names = []
    seen: set[int] = {id(frame)}
    for ref in gc.get_referrers(frame):
        if id(ref) in _IGNORED:
            continue
        if isinstance(ref, types.FrameType):
            if ref.f_code.co_filename == __file__:
                continue
            local = next((k for k, v in ref.f_locals.items() if v is frame), "?")
            names.append(f"{ref.f_code.co_name}() local {local}")
        elif isinstance(ref, dict):
            key = next((k for k, v in ref.items() if v is frame), None)
            if key is None:
                continue
            seen.add(id(ref))
            owner = _owner_name(ref, seen)
            names.append(f"{owner}.{key}" if owner[:1].isupper() and isinstance(key, str)
                         and not owner.endswith("]") and "." not in owner else f"{owner}[{key}]")
        elif isinstance(ref, (list, tuple)):
            seen.add(id(ref))
            names.append(f"{_owner_name(ref, seen)}[]")
        else:  # an object with __slots__ (a dataclass(slots=True)) holds it in a slot
            names.append(type(ref).__name__)
    return " | ".join(sorted(set(names))[:3]) or "(no referrer found)"


def holders() -> list[str]:
    """The live DataFrames by holder, largest first, and the other large containers."""
    import pandas as pd

    lines: list[tuple[float, str]] = []
    small = total = 0.0
    count = 0
    everything = gc.get_objects()
    _IGNORED.clear()
    _IGNORED.add(id(everything))
    for obj in everything:
        if type(obj) is pd.DataFrame:
            count += 1
            size = float(obj.memory_usage(deep=True, index=True).sum())
            total += size
            if size < FRAME_FLOOR:
                small += size
                continue
            lines.append((size, f"{size / MB:8.1f} MB  frame {len(obj):>9,} x {obj.shape[1]:<3} {_holder(obj)}"))
    lines.sort(reverse=True)
    out = [f"{total / MB:8.1f} MB  {count} DataFrames alive ({small / MB:.1f} MB in frames under "
           f"{FRAME_FLOOR / MB:.2f} MB)"]
    out += [line for _, line in lines]
    # Long lists and dicts of Python objects the build keeps (a dict per entity, the secrets):
    # counted by length; their size is in the tracemalloc sites.
    big = [o for o in everything if type(o) in (list, dict, set) and len(o) >= 20_000 and o is not everything]
    big.sort(key=len, reverse=True)
    del big[6:]
    _IGNORED.add(id(big))
    for obj in big:
        out.append(f"{'':8}     {type(obj).__name__} of {len(obj):,} items  {_owner_name(obj, {id(obj)})}")
    del everything, big
    _IGNORED.clear()
    return out


def top_sites(limit: int = TOP_SITES) -> list[str]:
    """The allocation sites holding the most of the Python heap now."""
    snapshot = tracemalloc.take_snapshot().filter_traces([
        tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, __file__)])
    stats = snapshot.statistics("lineno")
    lines = [f"{sum(s.size for s in stats) / MB:8.1f} MB  traced in all"]
    for stat in stats[:limit]:
        frame = stat.traceback[0]
        where = frame.filename.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        lines.append(f"{stat.size / MB:8.1f} MB  {stat.count:>9,} blocks  {where}:{frame.lineno}")
    return lines


class _DataStagesDone(Exception):
    """Raised from the progress callback where the export starts (--data-stages)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--entities", type=int, help="make (or reuse) WORK/data-N with scripts/make_sample.py")
    source.add_argument("--data", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--as-of", default="2026-11-27")
    parser.add_argument("--secret-from", type=Path, help="another run's WORK: its state's record-key secret, so "
                        "that both sites have the same bytes (diff -r)")
    parser.add_argument("--again", action="store_true", help="keep WORK's site and state from the last run and "
                        "build again with --full: an update whose history holds every record")
    parser.add_argument("--trim", action="store_true", help="at each stage's start, hand freed heap back to the "
                        "system (glibc malloc_trim, the Arrow pool's release_unused) and print RSS before and after: "
                        "what the process holds live, against what it keeps of what it freed (changes the run)")
    parser.add_argument("--holders", action="store_true", help="name the live frames and containers at each stage")
    parser.add_argument("--data-stages", action="store_true", help="stop the build where the export starts")
    parser.add_argument("--root", type=Path, help="the checkout whose generator builds (default: this one)")
    parser.add_argument("--tracemalloc", action="store_true", help="heap peak and top allocation sites per stage")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    data = args.data
    if data is None:
        data = args.work / f"data-{args.entities}"
        if not (data / "entities").is_dir():
            subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample.py"), "--entities",
                            str(args.entities), "--out", str(data), "--as-of", args.as_of], check=True)
    for name in () if args.again else ("site", "report", "state"):
        shutil.rmtree(args.work / name, ignore_errors=True)
    if args.secret_from is not None:
        (args.work / "state").mkdir(exist_ok=True)
        secret = args.secret_from / "state" / RECORD_KEY_SECRET
        for _ in range(1200):  # the other run may be starting beside this one: its build makes the secret
            if secret.is_file() and secret.stat().st_size >= 32:
                break
            time.sleep(0.5)
        shutil.copy2(secret, args.work / "state" / RECORD_KEY_SECRET)
    if args.tracemalloc:
        tracemalloc.start()
    me = psutil.Process()
    stage = ["start"]
    order: list[str] = ["start"]
    peaks: dict[str, list[float]] = {}
    heap: dict[str, float] = {}
    notes: dict[str, list[str]] = {}
    running = [True]

    def sample() -> None:
        while running[0]:
            main_mb = me.memory_info().rss / MB
            workers = 0.0
            for child in me.children(recursive=True):
                try:
                    workers += child.memory_info().rss / MB
                except psutil.Error:
                    pass
            peak = peaks.setdefault(stage[0], [0.0, 0.0, 0.0])
            peak[0] = max(peak[0], main_mb)
            peak[1] = max(peak[1], workers)
            peak[2] = max(peak[2], pa.total_allocated_bytes() / MB)
            time.sleep(0.1)

    starts: dict[str, float] = {"start": time.perf_counter()}

    def progress(label: str) -> None:
        label = label or "end"
        if args.data_stages and label == EXPORT_STAGE:
            label = "end"
        if args.tracemalloc:
            heap[stage[0]] = tracemalloc.get_traced_memory()[1] / MB
        found: list[str] = []
        if args.holders:
            found += holders()
        if args.tracemalloc:
            found += top_sites()
            tracemalloc.reset_peak()
        if args.trim:
            before = me.memory_info().rss / MB
            pa.default_memory_pool().release_unused()
            ctypes.CDLL("libc.so.6").malloc_trim(0)
            found.append(f"RSS {before:.0f} MB, after malloc_trim and the Arrow pool's release_unused "
                         f"{me.memory_info().rss / MB:.0f} MB (Arrow buffers {pa.total_allocated_bytes() / MB:.0f} MB)")
        notes[label] = found
        if order:  # each stage's figures as soon as it ends (a long run stopped midway keeps what it measured)
            main_mb, workers, arrow = peaks.get(stage[0], [0.0, 0.0, 0.0])
            print(f"# {stage[0]} ended: {time.perf_counter() - starts[stage[0]]:.1f} s, peak MB main {main_mb:.0f}, "
                  f"workers {workers:.0f}, Arrow {arrow:.0f}", flush=True)
        stage[0] = label
        order.append(label)
        starts[label] = time.perf_counter()
        if label == "end" and args.data_stages:
            raise _DataStagesDone

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    started = time.perf_counter()
    try:
        build_site(BuildOptions(data_dir=data, out_dir=args.work / "site", report_dir=args.work / "report",
                                as_of=dt.date.fromisoformat(args.as_of), state_dir=args.work / "state", full=args.again),
                   progress)
    except _DataStagesDone:
        pass
    except BuildAborted as stop:  # the stages it went through were measured all the same
        print(f"build stopped: {stop}")
    running[0] = False
    thread.join()
    if stage[0] != "end":
        progress("")
    print(f"checkout {ROOT}; data {data}; whole build {time.perf_counter() - started:.1f} s (with the probes)")
    print(f"Arrow memory pool: {pa.default_memory_pool().backend_name}")
    print("stage | s | peak MB main process | peak MB workers (summed) | peak MB Arrow buffers (main)"
          + (" | Python heap peak MB (tracemalloc)" if heap else ""))
    print("--- | --- | --- | --- | ---" + (" | ---" if heap else ""))
    for before, label in zip(order, order[1:]):
        main_mb, workers, arrow = peaks.get(before, [0.0, 0.0, 0.0])
        seconds = starts[label] - starts[before]
        extra = f" | {heap.get(before, 0):.0f}" if heap else ""
        print(f"{before} | {seconds:.1f} | {main_mb:.0f} | {workers:.0f} | {arrow:.0f}{extra}")
    for label in order[1:]:
        if notes.get(label):
            print(f"\n## held at the start of {label}")
            print("\n".join(notes[label]))


if __name__ == "__main__":
    main()
