"""Benchmark full, no-change and incremental builds at several sizes; prints a table.

    .venv/bin/python bench/bench_build.py [--sizes 10000,100000] [--mkdocs-pages 1000]
                                          [--verify-up-to 100000] [--keep DIR]

For each N: writes a synthetic data folder of N entities with scripts/make_sample.py (not timed),
then runs `creditsite build` in a child process three times into the same --out and --state:

1. full: a first build (no state);
2. no-change: the same command again (must write nothing);
3. incremental: after a data update touching 1% of the entities (their licence and penalty
   texts and their registry entry change in the data files; not timed).

Each run reports wall time, peak RSS (of the whole process tree, sampled every 0.2 s, and of
the largest single process), files and bytes written, pages per second and each stage's time
(report/timings.json). Up to --verify-up-to entities, the updated data is also built in full
into a second folder from a copy of the state the incremental build started from, and the two
sites are compared byte for byte.

Baselines in the same run: mkdocs-material building the same kind of entity pages (the first
--mkdocs-pages entity pages as Markdown), as pages per second and the ratio to creditsite; and
the file-system floor: plain Python writing as many entity folders, pages and JSON files of the
same mean sizes as the full build wrote, which no generator on this disk can beat.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import functools
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
AS_OF = "2026-11-27"
# Public text columns changed by the 1% update, the first present in each file.
UPDATED_COLUMNS = ("许可内容", "处罚内容", "经营范围", "XK_NR", "CF_NR")
CODE_COLUMNS = ("统一社会信用代码", "XK_XDR_SHXYM", "CF_XDR_SHXYM")


def tree_rss(pid: int) -> dict[int, float]:
    """Resident memory in MB of a process and of each of its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") / 1048576
        except (OSError, IndexError, ValueError):
            continue
    found: dict[int, float] = {}
    todo = [pid]
    while todo:
        current = todo.pop()
        found[current] = rss.get(current, 0.0)
        todo.extend(children.get(current, []))
    return found


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    return sum(tree_rss(pid).values())


MAX_TREE_MB = 20000  # stop a build before it takes the machine's memory (24 GiB here)


def _cpu_seconds(pid: int) -> float:
    """User and system CPU seconds of one process so far (its own, not its children's), from /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def run_build(data: Path, work: Path, out: str = "site", state: str = "state", *extra: str,
              env: dict[str, str] | None = None) -> dict[str, Any]:
    """One `creditsite build` in a child process: wall time, peak memory, stage times, output.

    `cpu`: CPU seconds of the build's own process in each stage (read from /proc when the build prints
    the next stage's line; a stage's worker processes are not counted), for the stages it runs itself
    (去除个人信息: issue 19, part C). `env`: variables added to the build's environment.

    A build whose process tree grows past MAX_TREE_MB is stopped; the benchmark then prints
    how far it got (the stage lines the build printed, with their times) and exits.
    """
    (work / "report").mkdir(parents=True, exist_ok=True)
    timings_file = work / "report" / "timings.json"
    timings_file.unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    # `python -m generator` from this checkout: the benchmark measures the code beside it.
    child = subprocess.Popen([sys.executable, "-m", "generator", "build", "--data", str(data), "--out",
                              str(work / out), "--report", str(work / "report"), "--state", str(work / state),
                              "--as-of", AS_OF, *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             cwd=ROOT, env={**os.environ, "COLUMNS": "200", **(env or {})})
    peak = [0.0]
    stopped = [False]
    stage = ["start"]
    stage_peaks: dict[str, float] = {}
    cpu: dict[str, float] = {}
    cpu_at = [0.0]

    def sample() -> None:
        while child.poll() is None:
            now = _tree_rss_mb(child.pid)
            peak[0] = max(peak[0], now)
            stage_peaks[stage[0]] = max(stage_peaks.get(stage[0], 0.0), now)
            if peak[0] > MAX_TREE_MB and not stopped[0]:
                stopped[0] = True
                subprocess.run(["pkill", "-KILL", "-P", str(child.pid)], check=False)
                child.kill()
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    lines = []
    assert child.stdout is not None
    for line in child.stdout:  # progress lines ("  12.3s 生成网页…") tell the stage being measured
        lines.append(line)
        found = re.match(r"\s*[\d.]+s (\S+)…", line)
        if found:
            now = _cpu_seconds(child.pid)
            cpu[stage[0]] = round(cpu.get(stage[0], 0.0) + now - cpu_at[0], 2)
            cpu_at[0] = now
            stage[0] = found.group(1)
    child.wait()
    output = "".join(lines)
    wall = time.perf_counter() - started
    sampler.join()
    if stopped[0]:
        raise SystemExit(f"build stopped after {wall:.0f} s: its processes held {peak[0]:.0f} MB "
                         f"(> {MAX_TREE_MB} MB). Peak MB per stage: {stage_peaks}. Stages reached:\n"
                         f"{output[-3000:]}")
    if child.returncode != 0:
        raise SystemExit(f"build failed: {output[-3000:]}")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    flat = " ".join(output.split())
    written = re.search(r"写入 ([\d,]+) 个页面，([\d,]+) 个文件，([\d.]+) MB", flat)
    kept = re.search(r"另有 (\d+) 个主体页面内容未变", flat)
    kept_lists = re.search(r"(\d+) 个列表页内容未变", flat)  # issue 19, part R (bench_render_update.py)
    return {
        "wall": wall, "tree_mb": peak[0], "largest_mb": max(largest, before) / 1024 if largest > before else None,
        "pages": int(written.group(1)) if written else 0, "files": int(written.group(2)) if written else 0,
        "mb": float(written.group(3)) if written else 0.0, "kept": int(kept.group(1)) if kept else 0,
        "kept_lists": int(kept_lists.group(1)) if kept_lists else 0,
        "unchanged": "没有写入任何文件" in flat, "stage_peaks": stage_peaks,
        "timings": json.loads(timings_file.read_text()) if timings_file.is_file() else {}, "cpu": cpu,
    }


def sample_folder(base: Path, n: int) -> Path:
    """`base/data-<n>`: the synthetic data folder of n entities (scripts/make_sample.py, with its ground
    truth beside it), written unless it is there already (not timed)."""
    data = base / f"data-{n}"
    if not data.is_dir():
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample.py"), "--out", str(data),
                        "--entities", str(n), "--expect", str(base / f"data-{n}.expect.json")],
                       check=True, capture_output=True)
    return data


def update_one_percent(source: Path, target: Path, seed: int = 8) -> int:
    """Copy a data folder and change the public texts of 1% of its entities; return how many."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    with (target / "entities" / "entities.csv").open(encoding="utf-8-sig", newline="") as handle:
        codes = sorted({row.get("统一社会信用代码", "") for row in csv.DictReader(handle)} - {""})
    chosen = set(random.Random(seed).sample(codes, max(1, len(codes) // 100)))
    for path in sorted(target.rglob("*.csv")):
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                rows = list(csv.reader(handle))
        except UnicodeDecodeError:
            continue  # the GB18030 files stay as they were
        header = rows[0] if rows else []
        code_at = next((i for i, h in enumerate(header) if any(c in h for c in CODE_COLUMNS)), None)
        text_at = next((i for i, h in enumerate(header) if h.strip().startswith(UPDATED_COLUMNS)), None)
        if code_at is None or text_at is None:
            continue
        for row in rows[1:]:
            if len(row) > max(code_at, text_at) and row[code_at] in chosen:
                row[text_at] += "（更新）"
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
    return len(chosen)


def differing_files(a: Path, b: Path) -> list[str]:
    """Files missing on either side or with different bytes."""
    left = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    right = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    return sorted(left ^ right) + [r for r in sorted(left & right) if not filecmp.cmp(a / r, b / r, shallow=False)]


def file_system_floor(site: Path, work: Path) -> tuple[float, int]:
    """Seconds plain Python takes to write as many entity folders, pages and JSON files (same mean sizes)."""
    pages = list((site / "entity").glob("*/index.html"))
    jsons = list((site / "entity").glob("*.json"))
    page_size = sum(p.stat().st_size for p in pages[:2000]) // max(1, len(pages[:2000]))
    json_size = sum(p.stat().st_size for p in jsons[:2000]) // max(1, len(jsons[:2000]))
    page, data = b"x" * page_size, b"y" * json_size
    target = work / "floor"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    started = time.perf_counter()
    for n in range(len(pages)):
        folder = target / f"E{n:017d}"
        folder.mkdir()
        (folder / "index.html").write_bytes(page)
    for n in range(len(jsons)):
        (target / f"E{n:017d}.json").write_bytes(data)
    seconds = time.perf_counter() - started
    shutil.rmtree(target, ignore_errors=True)
    return seconds, len(pages) + len(jsons)


def mkdocs_baseline(site: Path, count: int, work: Path) -> float:
    """Pages per second of mkdocs-material on `count` entity pages turned into Markdown."""
    docs = work / "docs"
    (docs / "entity").mkdir(parents=True)
    for page in sorted((site / "entity").glob("*/index.html"))[:count]:
        html = page.read_text(encoding="utf-8")
        if '<article class="md-content__inner md-typeset">' not in html:
            continue
        body = html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
        text = re.sub(r"<[^>]+>", " ", body)
        (docs / "entity" / f"{page.parent.name}.md").write_text(f"# {page.parent.name}\n\n{text}\n", encoding="utf-8")
    (docs / "index.md").write_text("# 首页\n", encoding="utf-8")
    (work / "mkdocs.yml").write_text("site_name: baseline\ntheme:\n  name: material\n  language: zh\n",
                                     encoding="utf-8")
    pages = len(list((docs / "entity").glob("*.md")))
    started = time.perf_counter()
    subprocess.run([str(BIN / "mkdocs"), "build", "-q", "-f", str(work / "mkdocs.yml"), "-d", str(work / "out")],
                   check=True, capture_output=True)
    return pages / (time.perf_counter() - started)


def _seconds(result: dict[str, Any] | None) -> str:
    return f"{result['wall']:.1f}" if result else "-"


def _line(n: int, label: str, r: dict[str, Any]) -> str:
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in r["timings"].items())
    largest = f"{r['largest_mb']:.0f}" if r["largest_mb"] else "-"
    return (f"N={n:,} {label}: {r['wall']:.1f} s, peak RSS {r['tree_mb']:.0f} MB (tree) / {largest} MB (largest "
            f"process), wrote {r['pages']:,} pages, {r['files']:,} files, {r['mb']:.0f} MB, kept {r['kept']:,} "
            f"entity pages{'; unchanged, nothing written' if r['unchanged'] else ''}; {stages}; peak MB per "
            f"stage: " + ", ".join(f"{k} {v:.0f}" for k, v in r["stage_peaks"].items())
            + f"; CPU s of the build's process: 去除个人信息 {r['cpu'].get('去除个人信息', 0.0):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--mkdocs-pages", type=int, default=1000, help="entity pages for the mkdocs-material baseline; 0: none")
    parser.add_argument("--verify-up-to", type=int, default=100000,
                        help="compare the incremental site with a full build up to this many entities")
    parser.add_argument("--runs", default="full,no-change,incremental",
                        help="which builds to time at each size (a 10^6 incremental build takes most of an hour)")
    parser.add_argument("--floor-up-to", type=int, default=100000,
                        help="measure the file-system floor up to this many entities")
    parser.add_argument("--max-tree-mb", type=int, default=MAX_TREE_MB,
                        help="stop a build whose processes hold more memory than this")
    parser.add_argument("--keep", type=Path, default=None, help="keep the data and sites here")
    parser.add_argument("--scrub-cache", default="on",
                        help="CREDITSITE_SCRUB_CACHE of the builds (generator/scrub_cache.py): on, memo or off; "
                             "several separated by commas are each timed at every size, in this order")
    args = parser.parse_args()
    globals()["MAX_TREE_MB"] = args.max_tree_mb
    runs = set(args.runs.split(","))
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-build-"))
    table = []
    modes = args.scrub_cache.split(",")
    for n, mode in ((int(s), m) for s in args.sizes.split(",") for m in modes):
        data = sample_folder(base, n)
        work = base / (f"build-{n}" if len(modes) == 1 else f"build-{n}-{mode}")
        shutil.rmtree(work, ignore_errors=True)
        env = {"CREDITSITE_SCRUB_CACHE": mode}
        if len(modes) > 1:
            print(f"N={n:,}: CREDITSITE_SCRUB_CACHE={mode}", flush=True)
        build = functools.partial(run_build, env=env)
        full = build(data, work)
        print(_line(n, "full", full), flush=True)
        same = build(data, work) if "no-change" in runs else None
        if same:
            print(_line(n, "no-change", same), flush=True)
        identical = "not checked"
        incremental = None
        if "incremental" in runs:
            updated = base / f"data-{n}-update"
            touched = update_one_percent(data, updated)
            shutil.copytree(work / "state", work / "state-before-update")
            # A state belongs to one site (issue 23): the copy becomes site-full's own history.
            (work / "state-before-update" / "site.json").write_text(json.dumps({"out_dir": str(work / "site-full")}))
            incremental = build(updated, work)
            print(_line(n, f"incremental ({touched:,} entities updated)", incremental), flush=True)
        if incremental and n <= args.verify_up_to:
            build(updated, work, "site-full", "state-before-update", "--full")
            differ = differing_files(work / "site", work / "site-full")
            identical = "yes" if not differ else f"NO ({len(differ)} files, e.g. {differ[:3]})"
            (work / "site-full").unlink()  # a link to its version folder, kept beside it
            shutil.rmtree(work / ".site-full.builds")
        print(f"N={n:,}: incremental site byte-identical to a full build of the same data: {identical}", flush=True)
        floor = None
        if n <= args.floor_up_to:
            floor, floor_files = file_system_floor(work / "site", work)
            print(f"N={n:,}: file-system floor: plain Python writes {floor_files:,} entity files (+ folders) in "
                  f"{floor:.1f} s", flush=True)
        table.append((n, full, same, incremental, identical, floor))
    smallest = table[0]
    if args.mkdocs_pages > 0:  # 0: no mkdocs baseline (it needs the smallest size's site kept)
        with tempfile.TemporaryDirectory(prefix="bench-mkdocs-") as tmp:
            rate = mkdocs_baseline(base / (f"build-{smallest[0]}" if len(modes) == 1 else
                                           f"build-{smallest[0]}-{modes[0]}") / "site", args.mkdocs_pages, Path(tmp))
        ours = smallest[1]["pages"] / smallest[1]["wall"]  # (with several --scrub-cache modes: the first one's)
        print(f"\nbaseline: mkdocs-material builds {rate:.0f} entity pages/s ({args.mkdocs_pages} pages); "
              f"creditsite's whole full build {ours:.0f} pages/s at N={smallest[0]:,}: ratio {ours / rate:.1f}x")
    print("\nentities | full s | peak RSS MB (tree) | pages | GB | pages/s | no-change s | incremental s | "
          "pages rewritten | identical to full | FS floor s")
    print("--- | --- | --- | --- | --- | --- | --- | --- | --- | --- | ---")
    for n, full, same, inc, identical, floor in table:
        print(f"{n:,} | {full['wall']:.1f} | {full['tree_mb']:.0f} | {full['pages']:,} | {full['mb'] / 1024:.2f} | "
              f"{full['pages'] / full['wall']:.0f} | "
              f"{_seconds(same)} | {_seconds(inc)} | "
              f"{inc['pages'] if inc else '-'} | {identical} | {f'{floor:.1f}' if floor is not None else '-'}")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
