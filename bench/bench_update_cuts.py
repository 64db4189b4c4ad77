"""A 1% update with each of the eighth session's cuts turned off and on, in one run (issue 19).

    .venv/bin/python bench/bench_update_cuts.py --build DIR --update DATA [--modes off,rows,mask,on]

`--build DIR`: a build folder a full build left (`DIR/site`, `DIR/state`, `DIR/report`, as
bench_build.run_build and bench_render_update.py `--keep` make them: `<keep>/build-<n>`), made by
this checkout (an update keeps pages only under the same code). `--update DATA`: the data folder of
the update (bench_build.update_one_percent of the build's data: `<keep>/data-<n>-update`).

For each mode, a copy of the build folder is updated with `DATA` in a child process
(`creditsite build`), with `CREDITSITE_TUNING` set to the mode's knobs (generator/tuning.py):

- `off`: `render_list_row_keys=0 scan_mask_once=0 export_keep_kinds=0` (the code before the cuts);
- `rows`: only the list pages' row keys on;
- `mask`: only the gate's labels masked once per file and column;
- `export`: only the tables whose rows did not change kept from the live site;
- `on`: the defaults (all three).

Every mode renders, exports and scans in the build's own process (`render_parallel_from`,
`export_parallel_from`, `scan_parallel_from`, `scan_parallel_bytes` above the site's size), so
the CPU seconds of the build's process per stage (from /proc, bench_build.run_build) are the
stage's whole cost, which the machine's load does not change. The updated sites are compared byte
for byte with the first mode's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import differing_files, run_build  # noqa: E402
from bench_render_update import copy_site  # noqa: E402

IN_PROCESS = ("render_parallel_from=100000000 export_parallel_from=100000000 scan_parallel_from=100000000 "
              "scan_parallel_bytes=100000000000000")
MODES = {"off": "render_list_row_keys=0 scan_mask_once=0 export_keep_kinds=0",
         "rows": "scan_mask_once=0 export_keep_kinds=0", "mask": "render_list_row_keys=0 export_keep_kinds=0",
         "export": "render_list_row_keys=0 scan_mask_once=0", "on": ""}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=Path, required=True, help="a full build's folder (site, state, report)")
    parser.add_argument("--update", type=Path, required=True, help="the updated data folder")
    parser.add_argument("--modes", default="off,on", help=f"of {', '.join(MODES)} (the first is the reference)")
    args = parser.parse_args()
    modes = args.modes.split(",")
    results = {}
    for mode in modes:
        work = args.build.with_name(f"{args.build.name}-{mode}")
        copy_site(args.build, work)
        result = run_build(args.update, work, env={"CREDITSITE_TUNING": f"{IN_PROCESS} {MODES[mode]}"})
        results[mode] = result
        print(f"{mode} ({MODES[mode] or 'defaults'}): {sum(result['cpu'].values()):.1f} CPU s, "
              f"{result['wall']:.1f} s wall; list pages kept {result['kept_lists']:,}, "
              f"entity pages kept {result['kept']:,}", flush=True)
    stages = list(dict.fromkeys(s for r in results.values() for s in r["cpu"]))
    print("\nstage (CPU s of the build's process) | " + " | ".join(modes))
    print("--- | " + " | ".join("---:" for _ in modes))
    for stage in [*stages, "total"]:
        cells = [sum(r["cpu"].values()) if stage == "total" else r["cpu"].get(stage, 0.0) for r in results.values()]
        print(f"{stage} | " + " | ".join(f"{c:.2f}" for c in cells))
    reference = args.build.with_name(f"{args.build.name}-{modes[0]}") / "site"
    for mode in modes[1:]:
        differ = differing_files(reference, args.build.with_name(f"{args.build.name}-{mode}") / "site")
        print(f"{mode} against {modes[0]}: " + ("byte-identical" if not differ else
                                                f"{len(differ)} files differ, e.g. {differ[:3]}"))


if __name__ == "__main__":
    main()
