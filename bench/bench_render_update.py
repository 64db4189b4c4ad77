"""The render stage (生成网页) of a 1% update with and without keeping unchanged list pages (issue 19, part R).

    .venv/bin/python bench/bench_render_update.py [--sizes 10000,30000] [--keep DIR]

For each N: a synthetic data folder (scripts/make_sample.py), one full build, then the same 1%
update as bench/bench_build.py (the licence and penalty texts of 1% of the entities) built from
two copies of that site and state: `CREDITSITE_TUNING=render_keep_lists=0` (every list page
rendered, scanned and written again, as before) and the default (list pages whose content key is
the last build's keep the live file). Both render in the build's own process
(`render_parallel_from` above N), so the CPU seconds of 生成网页 are the stage's whole cost, which
the machine's load does not change; the wall seconds are printed beside them. The two updated
sites are compared byte for byte.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import ROOT, differing_files, run_build, update_one_percent  # noqa: E402


def copy_site(source: Path, target: Path) -> None:
    """A copy of a build folder (site link, version folders with their hard links, state) whose state
    names the copy's site, so that an update there keeps what it would keep at the source."""
    subprocess.run(["rm", "-rf", str(target)], check=True)
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)
    for path in (target / "state").glob("*.json"):
        path.write_text(path.read_text(encoding="utf-8").replace(f"{source}/", f"{target}/"), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,30000")
    parser.add_argument("--keep", type=Path, default=None, help="keep the data and sites here")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-render-update-"))
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        data = base / f"data-{n}"
        if not data.is_dir():
            subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample.py"), "--out", str(data),
                            "--entities", str(n), "--expect", str(base / f"data-{n}.expect.json")],
                           check=True, capture_output=True)
        first = base / f"build-{n}"
        if not (first / "state").is_dir():
            full = run_build(data, first)
            print(f"N={n:,}: full build {full['wall']:.1f} s, {full['pages']:,} pages", flush=True)
        updated = base / f"data-{n}-update"
        touched = update_one_percent(data, updated)
        results = {}
        for mode, keep in (("off", 0), ("on", 1)):
            work = base / f"build-{n}-{mode}"
            copy_site(first, work)
            tuning = f"render_parallel_from={10 * n} render_keep_lists={keep}"
            result = run_build(updated, work, env={"CREDITSITE_TUNING": tuning})
            results[mode] = result
            lists = len(list((work / "site" / "lists").rglob("index.html")))
            print(f"N={n:,} ({touched:,} entities updated) render_keep_lists={keep}: 生成网页 "
                  f"{result['cpu'].get('生成网页', 0.0):.1f} CPU s, {result['timings'].get('生成网页', 0.0):.1f} s wall; "
                  f"whole update {result['wall']:.1f} s; list pages {lists:,}, kept {result['kept_lists']:,} "
                  f"entity pages kept {result['kept']:,}", flush=True)
        differ = differing_files(base / f"build-{n}-off" / "site", base / f"build-{n}-on" / "site")
        same = "yes" if not differ else f"NO ({len(differ)} files, e.g. {differ[:3]})"
        off, on = results["off"]["cpu"].get("生成网页", 0.0), results["on"]["cpu"].get("生成网页", 0.0)
        rows.append((n, touched, off, on, results["off"]["timings"].get("生成网页"), results["on"]["timings"].get("生成网页"),
                     results["on"]["kept_lists"], same))
    print("\nentities | updated | 生成网页 CPU s, all lists rendered | kept | ratio | wall s off | wall s on | "
          "list pages kept | sites identical")
    print("--- | --- | --- | --- | --- | --- | --- | --- | ---")
    for n, touched, off, on, wall_off, wall_on, kept, same in rows:
        print(f"{n:,} | {touched:,} | {off:.1f} | {on:.1f} | {on / off if off else 0:.2f}x | {wall_off} | {wall_on} | "
              f"{kept:,} | {same}")


if __name__ == "__main__":
    main()
