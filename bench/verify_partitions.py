"""Byte identity at scale: an update built through the partition cache equals a full build without any cache.

    .venv/bin/python bench/verify_partitions.py --work /tmp/verify --entities 10000

Makes a sample of N entities (scripts/make_sample.py), builds it (partitions made), applies
bench_build.py's 1% update and rebuilds incrementally through the cache (site A); builds the updated
data in full from a copy of the same state, with partitions switched off (whole tables, as before the
cache: site B); then `diff -r` of the two sites and of the two reports (timings.json aside).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 27)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--entities", type=int, default=10000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_build import update_one_percent

    import generator.build as build_module
    from generator.build import BuildOptions, build_site

    work: Path = args.work
    data = work / f"data-{args.entities}"
    if not data.is_dir():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample.py"), "--out", str(data), "--entities",
                        str(args.entities), "--expect", str(work / "expect.json")], check=True, capture_output=True)
    for name in ("A", "B"):
        for path in (work / name, work / f".{name}.builds", work / f"state-{name}", work / f"report-{name}"):
            if path.is_symlink():
                path.unlink()
            shutil.rmtree(path, ignore_errors=True)

    def options(folder: Path, out: str, full: bool = False) -> BuildOptions:
        return BuildOptions(folder, work / out, work / f"report-{out}", AS_OF, state_dir=work / f"state-{out}", full=full)

    def timed(label: str, folder: Path, out: str, full: bool = False) -> None:
        started = time.perf_counter()
        result = build_site(options(folder, out, full))
        print(f"{label}: {time.perf_counter() - started:.1f} s; load {result.timings.get('读取数据文件')} s, validate "
              f"{result.timings.get('校验每一行')} s; entity pages kept {result.kept_pages}", flush=True)

    timed("A: first build (partitions made)", data, "A")
    updated = work / f"data-{args.entities}-update"
    print(f"1% update: {update_one_percent(data, updated):,} entities", flush=True)
    shutil.copytree(work / "state-A", work / "state-B", ignore=shutil.ignore_patterns("partitions"))
    (work / "state-B" / "site.json").write_text(json.dumps({"out_dir": str(work / "B")}))
    timed("A: update through the cache", updated, "A")
    build_module.PartitionOptions = lambda *args, **kwargs: None  # type: ignore[assignment,misc]
    timed("B: the updated data in full, whole tables, no cache", updated, "B", full=True)
    for a, b in (("A", "B"), ("report-A", "report-B")):
        done = subprocess.run(["diff", "-r", "-q", f"{work / a}/", f"{work / b}/"], capture_output=True, text=True)
        differ = [line for line in done.stdout.splitlines() if "timings.json" not in line]
        print(f"diff -r {a} {b}: " + ("identical" if not differ else f"{len(differ)} differences, e.g. {differ[:3]}"))


if __name__ == "__main__":  # the build's worker pools start processes that import this module again
    main()
