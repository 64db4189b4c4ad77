"""The render stage (生成网页) of a 1% update with and without keeping what did not change (issue 19).

    .venv/bin/python bench/bench_render_update.py [--sizes 10000] [--keep DIR] [--modes lists,both]

For each N: a synthetic data folder (scripts/make_sample.py), one full build, then the same 1%
update as bench/bench_build.py (the licence and penalty texts of 1% of the entities) built from
copies of that site and state, one per mode (`CREDITSITE_TUNING`):

- `none`: `render_keep_lists=0 render_keep_entities=0`: every list page rendered, scanned and
  written again, every entity assembled and keyed (as before part R);
- `lists`: `render_keep_entities=0`: list pages whose content key is the last build's keep the
  live file (part R), every entity still assembled, serialised and hashed to learn its key;
- `both` (the default tuning): entities whose row key (views.entity_row_keys) is the last
  build's are not assembled either.

All render in the build's own process (`render_parallel_from` above N), so the CPU seconds of
生成网页 are the stage's whole cost, which the machine's load does not change; the wall seconds
are printed beside them. The updated sites are compared byte for byte with the first mode's.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import differing_files, run_build, sample_folder, update_one_percent  # noqa: E402


def copy_site(source: Path, target: Path) -> None:
    """A copy of a build folder (site link, version folders with their hard links, state) whose state
    names the copy's site, so that an update there keeps what it would keep at the source."""
    subprocess.run(["rm", "-rf", str(target)], check=True)
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)
    for path in (target / "state").glob("*.json"):
        path.write_text(path.read_text(encoding="utf-8").replace(f"{source}/", f"{target}/"), encoding="utf-8")


MODES = {"none": "render_keep_lists=0 render_keep_entities=0", "lists": "render_keep_entities=0", "both": ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--keep", type=Path, default=None, help="keep the data and sites here")
    parser.add_argument("--modes", default="lists,both", help="of none, lists, both (the first is the reference)")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-render-update-"))
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        data = sample_folder(base, n)
        first = base / f"build-{n}"
        if not (first / "state").is_dir():
            full = run_build(data, first)
            print(f"N={n:,}: full build {full['wall']:.1f} s, {full['pages']:,} pages", flush=True)
        updated = base / f"data-{n}-update"
        touched = update_one_percent(data, updated)
        results = {}
        modes = args.modes.split(",")
        for mode in modes:
            work = base / f"build-{n}-{mode}"
            copy_site(first, work)
            tuning = f"render_parallel_from={10 * n} " + MODES[mode]
            result = run_build(updated, work, env={"CREDITSITE_TUNING": tuning})
            results[mode] = result
            lists = len(list((work / "site" / "lists").rglob("index.html")))
            print(f"N={n:,} ({touched:,} entities updated) {mode} ({MODES[mode] or 'default'}): 生成网页 "
                  f"{result['cpu'].get('生成网页', 0.0):.1f} CPU s, {result['timings'].get('生成网页', 0.0):.1f} s wall; "
                  f"whole update {result['wall']:.1f} s; list pages {lists:,}, kept {result['kept_lists']:,}; "
                  f"entity pages kept {result['kept']:,}", flush=True)
        for mode in modes[1:]:
            differ = differing_files(base / f"build-{n}-{modes[0]}" / "site", base / f"build-{n}-{mode}" / "site")
            same = "yes" if not differ else f"NO ({len(differ)} files, e.g. {differ[:3]})"
            rows.append((n, touched, modes[0], mode, results[modes[0]], results[mode], same))
    print("\nentities | updated | reference | mode | 生成网页 CPU s, reference | mode | ratio | wall s reference | "
          "mode | whole update s, reference | mode | sites identical")
    print("--- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---")
    for n, touched, ref_mode, mode, ref, now, same in rows:
        off, on = ref["cpu"].get("生成网页", 0.0), now["cpu"].get("生成网页", 0.0)
        print(f"{n:,} | {touched:,} | {ref_mode} | {mode} | {off:.1f} | {on:.1f} | {on / off if off else 0:.2f}x | "
              f"{ref['timings'].get('生成网页')} | {now['timings'].get('生成网页')} | {ref['wall']:.1f} | "
              f"{now['wall']:.1f} | {same}")


if __name__ == "__main__":
    main()
