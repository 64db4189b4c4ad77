"""The daily rebuild with no new data (issue 22): what it costs, on consecutive days.

    .venv/bin/python bench/bench_next_day.py [--data data/sample] [--as-of 2026-12-06] [--days 3]
                                             [--code DIR ...] [--rounds 2]

For each checkout given with --code (default: this one; give two, e.g. an export of the commit
before a change and the current tree, to compare them in the same run), builds the data as of
--as-of into a fresh --out/--state, then rebuilds the same data as of each of the next --days
days (the daily timer's run) and prints, per rebuild: wall time, CPU time of the child (user +
system, steadier than wall time on a shared machine), and pages, files and entity
pages kept as the build reported them; then the next due date each checkout computed, when it
has `generator/due.py`. Rounds alternate between checkouts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
WRITTEN = re.compile(r"写入 (\d+) 个页面，(\d+) 个文件")
KEPT = re.compile(r"另有 (\d+) 个主体页面内容未变")


def _build(code: Path, data: Path, work: Path, as_of: str) -> dict[str, object]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--data", str(data), "--out", str(work / "site"),
         "--report", str(work / "report"), "--state", str(work / "state"), "--as-of", as_of],
        cwd=code, capture_output=True, text=True, env={**os.environ, "COLUMNS": "400"})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{code}: build as of {as_of} failed:\n{result.stdout}\n{result.stderr}")
    output = result.stdout.replace("\n", "")
    match = WRITTEN.search(output)
    pages, files = match.groups() if match else ("0", "0")
    kept = KEPT.search(output)
    return {"wall": wall, "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "pages": int(pages), "files": int(files), "kept": int(kept.group(1)) if kept else 0,
            "due": next((line.split("：", 1)[1] for line in result.stdout.splitlines()
                         if line.startswith("下次必须重新发布")), "—").rstrip("。")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=PROJECT / "data" / "sample")
    parser.add_argument("--as-of", default="2026-12-06")
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--code", type=Path, action="append", default=None, help="a checkout to run (repeatable)")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    codes = [c.resolve() for c in (args.code or [PROJECT])]
    first = dt.date.fromisoformat(args.as_of)
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="bench-next-day-") as tmp:
        for round_ in range(1, args.rounds + 1):
            for n, code in enumerate(codes):
                work = Path(tmp) / f"{round_}-{n}"
                _build(code, args.data.resolve(), work, args.as_of)
                for day in range(1, args.days + 1):
                    as_of = (first + dt.timedelta(days=day)).isoformat()
                    rows.append({"code": str(code), "round": round_, "as_of": as_of,
                                 **_build(code, args.data.resolve(), work, as_of)})
    print(f"{'checkout':<40} {'round':>5} {'as of':>10} {'wall s':>7} {'CPU s':>6} "
          f"{'pages':>6} {'files':>6} {'kept':>5}  next due")
    for r in rows:
        print(f"{str(r['code'])[-40:]:<40} {r['round']:>5} {r['as_of']:>10} {r['wall']:>7.2f} {r['cpu']:>6.2f} "
              f"{r['pages']:>6} {r['files']:>6} {r['kept']:>5}  {r['due']}")
    for code in codes:
        cpu = sorted(float(str(r["cpu"])) for r in rows if r["code"] == str(code))
        print(f"median CPU of a next-day rebuild, {code}: {cpu[len(cpu) // 2]:.2f} s over {len(cpu)} rebuilds")
    print(json.dumps({"as_of": args.as_of, "days": args.days, "rounds": args.rounds}))


if __name__ == "__main__":
    main()
