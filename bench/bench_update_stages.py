"""CPU seconds of the data stages of a 1% update (读取, 校验, 去除个人信息, 规则), with and without reuse.

    .venv/bin/python bench/bench_update_stages.py [--sizes 10000,30000] [--keep DIR] [--profile DIR]

For each N: a synthetic data folder of N entities (scripts/make_sample.py) and its 1% update
(bench_build.update_one_percent). In this process, the data stages as `build._gather_and_decide`
runs them (the partition cache, the scrub cache, the stage cache of generator/stage_cache.py, all
in a state folder):

- first build: the data folder into an empty state, reuse off and on (with it on, the rows files are
  written too: what that costs);
- update off / update on: the 1% update from copies of the state the full run left, with
  `CREDITSITE_STAGE_REUSE=off` (the code path before the stage cache) and on, alternately, --rounds times
  each (2); the figures are the smallest of each mode. Their outputs (the decided frames, the
  never-public values, every problem) must be equal: printed as "same".

Each stage's figure is the CPU seconds of this process (`time.process_time`), which the machine's
load changes less than wall time. One run comes first and is not counted (what a process pays once:
rjieba's dictionary, the detector's tables: a build of data/sample). With --profile DIR, the update runs on and off are
also written as cProfile files there (`update-N-on.prof`).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import functools
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_build import AS_OF, sample_folder, update_one_percent  # noqa: E402 (run as bench/…: bench/ is on the path)

from generator.build import _gather  # noqa: E402
from generator.deidentify import deidentify_records, site_chrome  # noqa: E402
from generator.partitions import FOLDER as PARTITIONS  # noqa: E402
from generator.partitions import PartitionOptions  # noqa: E402
from generator.rules import apply_rules  # noqa: E402
from generator.scrub_cache import FOLDER as SCRUBBED  # noqa: E402
from generator.scrub_cache import ScrubCache  # noqa: E402
from generator.settings import load_settings  # noqa: E402
from generator.state import code_fingerprint, record_key_secret  # noqa: E402

REUSE = "CREDITSITE_STAGE_REUSE"
STAGES = ("读取数据文件", "校验每一行", "去除个人信息", "应用公示规则")


def data_stages(data: Path, state: Path, full: bool = False) -> tuple[dict[str, float], Any]:
    """The four data stages of a build of `data` with `state`, as the build runs them; CPU seconds per
    stage and what they hand on (decided frames, secrets, problems)."""
    as_of = dt.date.fromisoformat(AS_OF)
    settings = load_settings(None, data)
    code = code_fingerprint(None)
    times: dict[str, float] = {}
    marks: list[tuple[str, float]] = []

    def progress(label: str) -> None:
        marks.append((label, time.process_time()))

    sources, validated, problems = _gather(data, as_of, settings, False, progress,
                                           PartitionOptions(state / PARTITIONS, code, full))
    progress("去除个人信息")
    key_secret = record_key_secret(state)
    scrubbed = ScrubCache(state / SCRUBBED, code, key_secret, refresh=full)
    deid = deidentify_records(validated, sources, site_chrome(settings.site_title, settings.publisher,
                                                              settings.licence_title),
                              key_secret=key_secret, scrub_cache=scrubbed, public_numbers=[settings.contact.phone])
    scrubbed.save()
    rows = sum(len(v.accepted) for v in validated.kinds.values())
    times["rows"] = rows - scrubbed.rows_reused  # (not a stage: the rows de-identified, printed apart)
    problems.extend(deid.problems)
    del sources
    progress("应用公示规则")
    decided = apply_rules(deid, validated, as_of, settings)
    progress("")
    for (label, start), (_, end) in zip(marks, marks[1:]):
        times[label] = end - start
    times.setdefault("rows", 0.0)
    problems.extend(decided.problems)
    return times, (decided.frames, sorted(deid.secrets, key=repr), [p.as_dict() for p in problems])


def _same(a: Any, b: Any) -> bool:
    frames_a, secrets_a, problems_a = a
    frames_b, secrets_b, problems_b = b
    return (frames_a.keys() == frames_b.keys() and all(frames_a[k].equals(frames_b[k]) for k in frames_a)
            and secrets_a == secrets_b and problems_a == problems_b)


def _run(mode: str, call: Callable[[], tuple[dict[str, float], Any]], profile: Path | None
         ) -> tuple[dict[str, float], Any]:
    os.environ[REUSE] = mode
    if profile is None:
        return call()
    profiler = cProfile.Profile()
    result = profiler.runcall(call)
    profiler.dump_stats(str(profile))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,30000")
    parser.add_argument("--keep", type=Path, default=None, help="keep the data folders here")
    parser.add_argument("--rounds", type=int, default=2, help="update runs per mode (the smallest figure is kept)")
    parser.add_argument("--profile", type=Path, default=None, help="write cProfile files of the update runs here")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-stages-"))
    base.mkdir(parents=True, exist_ok=True)
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    print("entities | run | " + " | ".join(STAGES) + " | total | rows de-identified | same")
    print("--- | --- | " + " | ".join("---" for _ in STAGES) + " | --- | --- | ---")
    warmed = False
    for n in (int(s) for s in args.sizes.split(",")):
        data = sample_folder(base, n)
        updated = base / f"data-{n}-update"
        if not updated.is_dir():
            update_one_percent(data, updated)
        work = base / f"stages-{n}"
        shutil.rmtree(work, ignore_errors=True)
        pristine = work / "state-full"
        if not warmed:  # rjieba's dictionary, the detector's tables: paid once per process
            data_stages(ROOT / "data" / "sample", work / "warm-up", full=True)
            warmed = True
        os.environ[REUSE] = "off"  # what a first build paid before: no rows files written
        times, _ = data_stages(data, work / "state-first-off", full=False)
        print(_line(n, "first build, reuse off", times, ""), flush=True)
        shutil.rmtree(work / "state-first-off")
        os.environ[REUSE] = "on"
        times, _ = data_stages(data, pristine, full=False)
        print(_line(n, "first build, reuse on", times, ""), flush=True)
        best: dict[str, dict[str, float]] = {}
        outputs: dict[str, Any] = {}
        for round_ in range(args.rounds):
            for mode in ("off", "on"):
                state = work / f"state-{mode}-{round_}"
                shutil.copytree(pristine, state)
                profile = args.profile / f"update-{n}-{mode}.prof" if args.profile and round_ == 0 else None
                times, outputs[mode] = _run(mode, functools.partial(data_stages, updated, state), profile)
                kept = best.setdefault(mode, times)
                for label, seconds in times.items():
                    kept[label] = min(kept.get(label, seconds), seconds)
                shutil.rmtree(state)
        same = "yes" if _same(outputs["off"], outputs["on"]) else "NO"
        for mode in ("off", "on"):
            print(_line(n, f"1% update, reuse {mode}", best[mode], same), flush=True)
        ratio = sum(best["on"][s] for s in STAGES) / max(sum(best["off"][s] for s in STAGES), 1e-9)
        print(f"N={n:,}: the four stages of the update, on/off: {ratio:.2f}x", flush=True)
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


def _line(n: int, label: str, times: dict[str, float], same: str) -> str:
    cells = " | ".join(f"{times.get(s, 0.0):.2f}" for s in STAGES)
    return (f"{n:,} | {label} | {cells} | {sum(times.get(s, 0.0) for s in STAGES):.2f} | {int(times.get('rows', 0)):,} "
            f"| {same}")


if __name__ == "__main__":
    main()
