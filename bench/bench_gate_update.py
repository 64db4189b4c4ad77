"""CPU seconds of the leak gate over the open datasets: a full build's, then an update's (issue 19, part G).

    PYTHONPATH=<checkout> .venv/bin/python bench/bench_gate_update.py --full SITE --update SITE [--repeat 2]

SITE folders hold `data/` as two builds wrote it: `--full` a full build, `--update` a build of the
same site after an update (bench_build.update_one_percent). In one process, with the code of the
checkout on PYTHONPATH (run it once per checkout to compare two versions of the gate):

1. the gate of the full build over data/ (every file but datapackage.json, which the sink scans as
   it is written), recording the memo of clean pieces;
2. the gate of the update over the files it rewrote (those whose bytes differ: the others are
   kept from the live site and not read), with that memo.

No never-public values are searched (the patterns are most of the detector's cost); the scan runs in
this process (`scan_parallel_from` out of reach), so `time.process_time` counts all of it.
"""

from __future__ import annotations

import argparse
import filecmp
import time
from pathlib import Path

from generator import scan, tuning


def main() -> None:
    """Print the two gates' CPU seconds, pieces and bytes, --repeat times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", type=Path, required=True)
    parser.add_argument("--update", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    full, update = args.full.resolve(), args.update.resolve()
    rels = sorted(f"data/{p.name}" for p in (full / "data").iterdir() if p.is_file() and p.name != "datapackage.json")
    rewritten = [rel for rel in rels if not filecmp.cmp(full / rel, update / rel, shallow=False)]
    size = sum((update / rel).stat().st_size for rel in rewritten) / 1e6
    print(f"{scan.__file__}: {len(rels)} dataset files, {len(rewritten)} rewritten by the update ({size:.1f} MB)")
    for _ in range(args.repeat):
        with tuning.tuned(scan_parallel_from=10**9, scan_parallel_bytes=1 << 50):
            memo = scan.PieceMemo(b"k" * 32)
            started = time.process_time()
            leaks = scan.scan_outputs(full, [], [], files=rels, memo=memo)
            first = time.process_time() - started
            again = scan.PieceMemo(b"k" * 32, previous=dict(memo.found))
            started = time.process_time()
            leaks += scan.scan_outputs(update, [], [], files=rewritten, memo=again)
            second = time.process_time() - started
        print(f"full build's gate {first:.1f} s CPU ({memo.scanned:,} pieces); update's gate {second:.1f} s CPU "
              f"({again.scanned:,} pieces scanned, {again.skipped:,} skipped); {len(leaks)} hits", flush=True)


if __name__ == "__main__":
    main()
