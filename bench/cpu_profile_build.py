"""Where a build's CPU goes, stage by stage: one full build in this process, under cProfile.

    .venv/bin/python bench/cpu_profile_build.py --data DIR --work DIR [--top 25] [--stages 生成网页,检查个人信息泄露]
                                                [--dump DIR] [--update DATA2 [--base DIR]] [--timers]

Runs `build_site` here with every stage forced into this one process (the tuning thresholds of
the export, the render stage and the gate set out of reach), so that cProfile sees the work the
worker processes would otherwise do. A fresh profiler is started at each stage's start (the
build's progress callback), so each stage's figures are its own. With --update, a second build
over DATA2 (an updated copy of the data) follows into the same site and state, and it is the one
profiled: the 1% update's stages. With --base DIR as well, the first build is not made here: a
copy of DIR (a full build's `site`, `state` and `report` of DATA by this same code, e.g. the work
folder of an earlier run, or `creditsite build --out DIR/site --state DIR/state --report DIR/report`)
is the work folder, so that several profiles of one update share one base build.

Prints, for each stage asked for: its wall and CPU seconds, then the functions by own time
(tottime) and by cumulative time, `--top` lines each. With --dump, each stage's pstats file is
written there too (`python -m pstats FILE`). The figures are for one process; a real build
spreads the render stage and the gate over one process per core.

With --timers, no cProfile (its overhead is large on Python-heavy code such as templates): the
functions in TIMED are wrapped to add up their own CPU seconds (time.process_time, nested calls of
the same function counted once), printed per stage; a realistic split of where the CPU goes.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.build import BuildOptions, build_site  # noqa: E402
from generator.tuning import Tuning  # noqa: E402

# (module, attribute): the work the render stage and the gate are made of.
TIMED = (
    ("generator.detect", "find"),
    ("generator.scan", "_Scanner._values_in"),
    ("generator.scan", "_Scanner._pattern_leaks"),
    ("generator.scan", "WrittenScanner.page_leaks"),
    ("generator.scan", "WrittenScanner.leaks"),
    ("generator.scan", "_Scanner._scan_in_pieces"),
    ("generator.scan", "_pieces"),
    ("generator.scan", "allowed_tokens"),
    ("generator.render", "_render_entity_batch"),
    ("generator.render", "_render_list_batch"),
    ("generator.render", "_write_entity"),
    ("generator.render", "_write_new"),
    ("generator.views", "batch_entities"),
    ("generator.views", "entity_json"),
    ("generator.views", "record_view"),
    ("generator.records", "records_of"),
    ("jinja2.environment", "Template.render"),
    # What an update's export, render, index and gate stages pay whatever changed (issue 19, h19u):
    ("generator.export", "_write_table"),
    ("generator.export", "table_key"),
    ("generator.export", "data_dictionary"),
    ("generator.export", "_keep_live_files"),
    ("generator.render", "_keep_live"),
    ("generator.render", "_list_batches"),
    ("generator.views", "entity_row_keys"),
    ("generator.views", "row_hashes"),
    ("generator.scan", "TokenMemo.save"),
    ("generator.scan", "_Scanner.__init__"),
    ("generator.scan", "scan_outputs"),
    ("generator.sink", "OutputSink.write"),
    ("generator.sink", "OutputSink.manifest"),
    ("generator.sink", "OutputSink.unchanged"),
    ("generator.sink", "OutputSink.keep_live"),
    ("generator.sink", "link_kept_entities"),
    ("generator.index", "write_index"),
    ("generator.check", "build_check_index"),
    ("generator.outputs", "write_sitemap"),
    ("generator.feeds", "write_feeds"),
    ("generator.policy", "policy_pages"),
    ("generator.publish", "site_stamp"),
    ("generator.publish", "site_edits"),
    ("generator.report", "write_report"),
    ("generator.gate", "new_secrets_in_kept_pages"),
)


def install_timers(totals: dict[str, float]) -> None:
    """Wrap each TIMED function so that its CPU seconds add up in totals[name] (outermost call only)."""
    import functools
    import importlib

    for module_name, attribute in TIMED:
        module = importlib.import_module(module_name)
        owner: object = module
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        function = getattr(owner, name, None)
        if function is None:  # not in this checkout's code (a revision compared with another)
            continue
        depth = [0]

        def wrapped(*args: object, __function: object = function, __name: str = attribute,
                    __depth: list[int] = depth, **kwargs: object) -> object:
            if __depth[0]:
                return __function(*args, **kwargs)  # type: ignore[operator]
            __depth[0] += 1
            started = time.process_time()
            try:
                result = __function(*args, **kwargs)  # type: ignore[operator]
                if hasattr(result, "__next__"):  # a generator: its work is done when iterated
                    result = list(result)
                return result
            finally:
                totals[__name] = totals.get(__name, 0.0) + time.process_time() - started
                __depth[0] -= 1

        setattr(owner, name, functools.wraps(function)(wrapped))  # type: ignore[arg-type]
        for other in list(sys.modules.values()):  # names imported with `from module import name`
            if other is not None and getattr(other, "__name__", "").startswith("generator.") and not path \
                    and getattr(other, name, None) is function:
                setattr(other, name, getattr(owner, name))


ONE_PROCESS = Tuning(export_parallel_from=1 << 62, render_parallel_from=1 << 62, scan_parallel_from=1 << 62,
                     scan_parallel_bytes=1 << 62)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--update", type=Path, default=None, help="profile a second build over this data instead")
    parser.add_argument("--base", type=Path, default=None,
                        help="with --update: copy this full build's folder (site, state, report) instead of building")
    parser.add_argument("--as-of", default="2026-11-27")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--stages", default="生成网页,检查个人信息泄露", help="stages to print; 'all' for every one")
    parser.add_argument("--dump", type=Path, default=None, help="write each stage's pstats file here")
    parser.add_argument("--timers", action="store_true", help="CPU seconds of the TIMED functions, no cProfile")
    args = parser.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)

    def options(data: Path) -> BuildOptions:
        return BuildOptions(data_dir=data, out_dir=args.work / "site", report_dir=args.work / "report",
                            as_of=dt.date.fromisoformat(args.as_of), state_dir=args.work / "state",
                            tuning=ONE_PROCESS)

    if args.update is not None and args.base is not None:
        sys.path.insert(0, str(ROOT / "bench"))
        from bench_render_update import copy_site

        started = time.perf_counter()
        copy_site(args.base, args.work)
        print(f"base build copied from {args.base}: {time.perf_counter() - started:.1f} s")
    elif args.update is not None:
        started = time.perf_counter()
        build_site(options(args.data))
        print(f"first build (not profiled): {time.perf_counter() - started:.1f} s")
    totals: dict[str, float] = {}
    per_stage: dict[str, dict[str, float]] = {}
    if args.timers:
        install_timers(totals)
    profiles: dict[str, tuple[cProfile.Profile, float, float]] = {}
    current: list[tuple[str, cProfile.Profile, float, float] | None] = [None]

    def close() -> None:
        if current[0] is not None:
            label, profile, wall, cpu = current[0]
            profile.disable()
            per_stage[label] = dict(totals)
            totals.clear()
            profiles[label] = (profile, time.perf_counter() - wall, time.process_time() - cpu)
            current[0] = None

    def progress(label: str) -> None:
        close()
        profile = cProfile.Profile()
        current[0] = (label, profile, time.perf_counter(), time.process_time())
        if not args.timers:
            profile.enable()

    started, cpu_started = time.perf_counter(), time.process_time()
    build_site(options(args.update or args.data), progress)
    close()
    print(f"whole build under cProfile: {time.perf_counter() - started:.1f} s wall, "
          f"{time.process_time() - cpu_started:.1f} s CPU")
    print("stages (wall s / CPU s):", ", ".join(f"{k} {w:.1f}/{c:.1f}" for k, (_, w, c) in profiles.items()))
    wanted = set(profiles) if args.stages == "all" else set(args.stages.split(","))
    if args.timers:
        for label, (_, wall, cpu) in profiles.items():
            if label in wanted and per_stage.get(label):
                print(f"\n## {label}: {wall:.1f} s wall, {cpu:.1f} s CPU; CPU s of the timed functions (nested "
                      "ones counted in each):")
                for name, seconds in sorted(per_stage[label].items(), key=lambda item: -item[1]):
                    print(f"  {name:40s} {seconds:7.2f}")
        return
    if args.dump is not None:
        args.dump.mkdir(parents=True, exist_ok=True)
    for label, (profile, wall, cpu) in profiles.items():
        if args.dump is not None:
            profile.dump_stats(str(args.dump / f"{label}.pstats"))
        if label not in wanted:
            continue
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profile, stream=out).strip_dirs().sort_stats(order).print_stats(args.top)
            body = out.getvalue()
            body = body[body.find("   ncalls"):]
            print(f"\n## {label}: {wall:.1f} s wall, {cpu:.1f} s CPU; by {order}\n{body}")


if __name__ == "__main__":
    main()
