"""The data stages (load + validate) with and without the per-file partition cache (issue 19).

    .venv/bin/python bench/bench_partitions.py --data /tmp/bench/data-100000 --work /tmp/parts [--dask]

`--data` is a folder made by scripts/make_sample.py (bench_build.py --keep leaves one). Each line
runs in its own child process (its own peak RSS) from this checkout:

1. whole tables, as without the cache (`load_sources` + `validate_records`);
2. the cache, cold: every file's partition made (`partitions.gather_partitions` + finish);
3. the cache, no change: every partition read back;
4. bench_build.py's 1% update (the public texts of 1% of the entities, in every UTF-8 CSV that
   holds them), whole tables, then through the cache;
5. one new export file in the folder (every hundredth row of the first penalties file, with a
   new decision number), whole tables, then through the cache;
6. with --dask: a cold cache on a two-worker LocalCluster (`--scheduler local`).

Prints wall and CPU seconds of each stage: on a shared machine the CPU time is the figure to compare.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 27)


def measure(mode: str, data: Path, cache: Path | None) -> dict[str, object]:
    """One run of the data stages in this process."""
    sys.path.insert(0, str(ROOT))
    from generator.settings import load_settings

    settings = load_settings(None, data)
    wall, cpu = time.perf_counter(), time.process_time()
    made = "-"
    if mode == "whole":
        from generator.load import load_sources
        from generator.validate import validate_records

        sources = load_sources(data)
        loaded = (time.perf_counter() - wall, time.process_time() - cpu)
        validated = validate_records(sources, AS_OF, settings)
    else:
        from generator.cluster import runner
        from generator.partitions import PartitionOptions, gather_partitions

        assert cache is not None
        gathered = gather_partitions(data, AS_OF, settings, PartitionOptions(cache, "bench"),
                                     runner("local") if mode == "dask" else None)
        loaded = (time.perf_counter() - wall, time.process_time() - cpu)
        validated = gathered.finish()
        made = f"{gathered.made}/{gathered.files}"
    total = (time.perf_counter() - wall, time.process_time() - cpu)
    return {"mode": mode, "data": data.name, "made": made, "load": loaded, "validate": (total[0] - loaded[0],
            total[1] - loaded[1]), "total": total, "rows": sum(k.read for k in validated.kinds.values()),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child(mode: str, data: Path, cache: Path | None) -> dict[str, object]:
    command = [sys.executable, __file__, "--child", mode, "--data", str(data)] + (["--cache", str(cache)] if cache else [])
    done = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def new_file(source: Path, target: Path) -> int:
    """A copy of the folder with one new penalties export: every hundredth row of the first, renumbered."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    first = sorted((source / "penalties").glob("*.csv"))[0]
    with first.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    at = next(i for i, c in enumerate(rows[0]) if c.startswith("行政处罚决定书文号"))
    picked = [r[:at] + [r[at] + "补"] + r[at + 1:] for r in rows[1:][::100] if len(r) > at]
    with (target / "penalties" / "penalties-new.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([rows[0], *picked])
    return len(picked)


def line(r: dict[str, object]) -> str:
    load, validate, total = r["load"], r["validate"], r["total"]  # (wall, cpu)
    return (f"{r['data']} | {r['mode']} | {r['made']} | {load[0]:.1f} ({load[1]:.1f}) | "  # type: ignore[index]
            f"{validate[0]:.1f} ({validate[1]:.1f}) | {total[0]:.1f} ({total[1]:.1f}) | {r['rows']:,} | "  # type: ignore[index]
            f"{r['peak_mb']:,.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--dask", action="store_true")
    parser.add_argument("--child", default=None)
    args = parser.parse_args()
    if args.child:
        result = measure(args.child, args.data, args.cache)
        print(json.dumps(result))
        return
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_build import update_one_percent

    work = args.work or args.data.parent / "partitions-bench"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    cache = work / "cache"
    print("data | path | partitions made | load s (CPU) | validate s (CPU) | data stages s (CPU) | rows | peak RSS MB")
    print("--- | --- | --- | --- | --- | --- | --- | ---", flush=True)
    for mode, data in (("whole", args.data), ("cache", args.data), ("cache", args.data)):
        print(line(child(mode, data, cache if mode == "cache" else None)), flush=True)
    updated = work / f"{args.data.name}-update"
    touched = update_one_percent(args.data, updated)
    print(line(child("whole", updated, None)) + f" | (1% update: {touched:,} entities)", flush=True)
    print(line(child("cache", updated, cache)), flush=True)
    print(line(child("cache", args.data, cache)) + " | (back to the original)", flush=True)
    added = work / f"{args.data.name}-newfile"
    rows = new_file(args.data, added)
    print(line(child("whole", added, None)) + f" | (one new file of {rows:,} penalties)", flush=True)
    print(line(child("cache", added, cache)), flush=True)
    if args.dask:
        print(line(child("dask", args.data, work / "cache-dask")) + " | (cold, LocalCluster of 2 workers)", flush=True)
    print(f"partitions: {sum(p.stat().st_size for p in cache.iterdir()) / 1e6:.0f} MB in {cache}")


if __name__ == "__main__":
    main()
