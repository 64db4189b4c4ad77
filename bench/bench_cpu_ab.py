"""CPU seconds of two checkouts' builds, side by side on the same data (issue 19): the full build and
bench_build's 1% update, each site compared byte for byte with the other checkout's and with a full
build of the updated data.

    .venv/bin/python bench/bench_cpu_ab.py --base /path/to/clean/main --new . --entities 10000 \
        --keep /tmp/ab [--rounds 1]

On a shared machine wall time says little; CPU seconds of the build's whole process tree do not
depend on what else runs. For each build: wall seconds, CPU seconds of the tree (the build's own,
its reaped worker processes' and its live ones', from /proc at each progress line, so per stage
too). The builds alternate between the checkouts (base full, new full, base update, new update),
so that both see the same load. `python -m generator` runs from each checkout's folder, with this
interpreter.

Checks, printed: the two checkouts' full sites are byte-identical, their updated sites too, and
each updated site is byte-identical to a full build of the updated data (`--verify`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import AS_OF, differing_files, sample_folder, update_one_percent  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str]:
    with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
        return handle.read().rsplit(")", 1)[1].split()


def tree_cpu(pid: int) -> float:
    """CPU seconds of a process, its reaped children and its live descendants, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parents.setdefault(int(_stat(int(entry))[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        try:
            fields = _stat(current)
        except (OSError, IndexError, ValueError):
            continue
        total += sum(int(fields[i]) for i in (11, 12, 13, 14)) / TICK  # utime stime cutime cstime
        todo.extend(parents.get(current, []))
    return total


def build(checkout: Path, data: Path, work: Path, out: str = "site", state: str = "state",
          *extra: str) -> dict[str, Any]:
    """One `python -m generator build` from checkout: wall s, tree CPU s, CPU s per stage."""
    (work / "report").mkdir(parents=True, exist_ok=True)
    before = os.times()
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "generator", "build", "--data", str(data), "--out",
                              str(work / out), "--report", str(work / "report"), "--state", str(work / state),
                              "--as-of", AS_OF, *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             cwd=checkout, env={**os.environ, "COLUMNS": "200"})
    stages: dict[str, float] = {}
    stage, at = "start", 0.0
    lines = []
    assert child.stdout is not None
    for line in child.stdout:
        lines.append(line)
        found = re.match(r"\s*[\d.]+s (\S+)…", line)
        if found:
            now = tree_cpu(child.pid)
            stages[stage] = round(stages.get(stage, 0.0) + now - at, 2)
            stage, at = found.group(1), now
    child.wait()
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    stages[stage] = round(stages.get(stage, 0.0) + cpu - at, 2)
    if child.returncode != 0:
        raise SystemExit(f"build failed ({checkout}): {''.join(lines)[-3000:]}")
    timings = json.loads((work / "report" / "timings.json").read_text(encoding="utf-8"))
    return {"wall": wall, "cpu": cpu, "stages": stages, "timings": timings}


def line(name: str, label: str, r: dict[str, Any]) -> str:
    stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items() if v >= 0.05)
    walls = ", ".join(f"{k} {v:.1f}" for k, v in r["timings"].items())
    return (f"{name} {label}: wall {r['wall']:.1f} s, CPU {r['cpu']:.1f} s (tree); CPU s per stage: {stages}; "
            f"wall s per stage: {walls}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", type=Path, required=True, help="the baseline checkout (a clean clone of main)")
    parser.add_argument("--new", type=Path, required=True, help="the checkout measured against it")
    parser.add_argument("--entities", type=int, default=10000)
    parser.add_argument("--keep", type=Path, required=True, help="data and sites go here")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--verify", action="store_true", help="also build the updated data in full and compare")
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    data = sample_folder(args.keep, args.entities)
    updated = args.keep / f"data-{args.entities}-update"
    touched = update_one_percent(data, updated)
    print(f"data: {data} ({args.entities:,} entities); update: {updated} ({touched:,} entities changed)", flush=True)
    checkouts = {"base": args.base.resolve(), "new": args.new.resolve()}
    results: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for round_ in range(args.rounds):
        works = {name: args.keep / f"{name}-{round_}" for name in checkouts}
        for name, checkout in checkouts.items():
            shutil.rmtree(works[name], ignore_errors=True)
            r = build(checkout, data, works[name])
            results.setdefault((name, "full"), []).append(r)
            print(line(name, f"full (round {round_ + 1})", r), flush=True)
            shutil.copytree(works[name] / "state", works[name] / "state-before-update")
            (works[name] / "state-before-update" / "site.json").write_text(
                json.dumps({"out_dir": str(works[name] / "site-full")}))
        differ = differing_files(works["base"] / "site", works["new"] / "site")
        print(f"full sites of base and new byte-identical: {'yes' if not differ else f'NO {len(differ)}: {differ[:5]}'}",
              flush=True)
        for name, checkout in checkouts.items():
            r = build(checkout, updated, works[name])
            results.setdefault((name, "update"), []).append(r)
            print(line(name, f"1% update (round {round_ + 1})", r), flush=True)
        differ = differing_files(works["base"] / "site", works["new"] / "site")
        print(f"updated sites of base and new byte-identical: {'yes' if not differ else f'NO {len(differ)}: {differ[:5]}'}",
              flush=True)
        if args.verify:
            for name, checkout in checkouts.items():
                build(checkout, updated, works[name], "site-full", "state-before-update", "--full")
                differ = differing_files(works[name] / "site", works[name] / "site-full")
                print(f"{name}: update byte-identical to a full build of the updated data: "
                      f"{'yes' if not differ else f'NO {len(differ)}: {differ[:5]}'}", flush=True)
    print("\nbuild | base CPU s | new CPU s | new/base | base wall s | new wall s")
    print("--- | ---: | ---: | ---: | ---: | ---:")
    for label in ("full", "update"):
        base = [r["cpu"] for r in results[("base", label)]]
        new = [r["cpu"] for r in results[("new", label)]]
        walls = [sum(r["wall"] for r in results[(n, label)]) / len(results[(n, label)]) for n in ("base", "new")]
        print(f"{label} | {sum(base) / len(base):.1f} | {sum(new) / len(new):.1f} | "
              f"{sum(new) / sum(base):.2f}x | {walls[0]:.1f} | {walls[1]:.1f}")
    stage_names = list(dict.fromkeys(k for r in results[("base", "full")] for k in r["stages"]))
    for label in ("full", "update"):
        print(f"\n{label}: stage | base CPU s | new CPU s")
        for stage in stage_names:
            b = sum(r["stages"].get(stage, 0.0) for r in results[("base", label)]) / args.rounds
            n = sum(r["stages"].get(stage, 0.0) for r in results[("new", label)]) / args.rounds
            if b or n:
                print(f"{stage} | {b:.1f} | {n:.1f}")


if __name__ == "__main__":
    main()
