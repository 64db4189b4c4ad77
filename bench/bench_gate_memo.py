"""The leak gate of a 1% update with and without its memo of clean pieces, in one run (issue 19).

For each size: a full build (it records the memo), a copy of the site and state as they are then,
bench_build's 1% update built incrementally twice from that same point — once as it is (the memo
in use), once with `CREDITSITE_TUNING=scan_memo=0` (every piece scanned, as before the memo) — and,
up to --verify-up-to, a full build of the updated data compared file by file with the incremental
site. Prints the 检查个人信息泄露 stage (report/timings.json) and the pieces the gate scanned and
skipped (report/gate.json) of each.

    python bench/bench_gate_memo.py --sizes 10000,30000 --keep /tmp/memo
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import ROOT, differing_files, run_build, update_one_percent  # noqa: E402

GATE = "检查个人信息泄露"


def copy_site(work: Path, target: Path) -> None:
    """The site (its link and version folders) and state of work, as another site's own at target."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    os.symlink(os.readlink(work / "site"), target / "site")  # relative, into .site.builds
    for name in (".site.builds", "state"):
        shutil.copytree(work / name, target / name, symlinks=True)
    for name in ("site.json", "live.json"):
        record = json.loads((target / "state" / name).read_text(encoding="utf-8"))
        record["out_dir"] = str(target / "site")
        (target / "state" / name).write_text(json.dumps(record), encoding="utf-8")


def gated(work: Path, result: dict[str, Any]) -> str:
    gate = json.loads((work / "report" / "gate.json").read_text(encoding="utf-8"))
    pieces = "" if gate["memo"] == "off" else f", pieces scanned {gate['pieces_scanned']:,}, skipped {gate['pieces_skipped']:,}"
    return f"{result['wall']:.1f} s wall, {GATE} {result['timings'].get(GATE, 0):.1f} s (memo {gate['memo']}{pieces})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="entity counts, comma-separated")
    parser.add_argument("--verify-up-to", type=int, default=30000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the data and sites here")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-memo-"))
    for n in (int(s) for s in args.sizes.split(",")):
        data = base / f"data-{n}"
        if not data.is_dir():
            subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample.py"), "--out", str(data),
                            "--entities", str(n)], check=True, capture_output=True)
        work, other = base / f"build-{n}", base / f"build-{n}-nomemo"
        shutil.rmtree(work, ignore_errors=True)
        full = run_build(data, work)
        print(f"N={n:,} full: {gated(work, full)}", flush=True)
        copy_site(work, other)
        shutil.copytree(work / "state", work / "state-before-update")
        (work / "state-before-update" / "site.json").write_text(json.dumps({"out_dir": str(work / "site-full")}))
        updated = base / f"data-{n}-update"
        touched = update_one_percent(data, updated)
        with_memo = run_build(updated, work)
        print(f"N={n:,} 1% update ({touched:,} entities), memo: {gated(work, with_memo)}", flush=True)
        os.environ["CREDITSITE_TUNING"] = "scan_memo=0"
        try:
            without = run_build(updated, other)
        finally:
            del os.environ["CREDITSITE_TUNING"]
        print(f"N={n:,} 1% update ({touched:,} entities), no memo: {gated(other, without)}", flush=True)
        if n <= args.verify_up_to:
            run_build(updated, work, "site-full", "state-before-update", "--full")
            differ = differing_files(work / "site", work / "site-full")
            print(f"N={n:,}: incremental site byte-identical to a full build: "
                  f"{'yes' if not differ else f'NO ({len(differ)} files, e.g. {differ[:3]})'}", flush=True)


if __name__ == "__main__":
    main()
