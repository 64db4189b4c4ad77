"""Benchmark full builds at several sizes, with mkdocs-material as the baseline; prints a table.

    .venv/bin/python bench/bench_build.py [--sizes 10000,100000] [--mkdocs-pages 1000] [--keep DIR]

For each N: writes a synthetic data folder of N entities with scripts/make_sample.py (not timed
in the build figure), runs `creditsite build` in a child process and reports wall time, peak
RSS, output files and bytes, pages per second and the time of each stage (report/timings.json).
Then, as the baseline in the same run, hands the same kind of entity pages (the first
--mkdocs-pages entity pages as Markdown) to `mkdocs build` with mkdocs-material and reports its
pages per second and the ratio.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _child_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def build(data: Path, work: Path) -> dict[str, object]:
    started = time.perf_counter()
    done = subprocess.run([str(BIN / "creditsite"), "build", "--data", str(data), "--out", str(work / "site"),
                           "--report", str(work / "report"), "--state", str(work / "state"), "--as-of", "2026-11-27"],
                          capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build failed: {done.stdout[-2000:]}{done.stderr[-2000:]}")
    files = [p for p in (work / "site").rglob("*") if p.is_file()]
    pages = sum(1 for p in files if p.suffix == ".html")
    timings = json.loads((work / "report" / "timings.json").read_text())
    return {"wall": wall, "files": len(files), "gb": sum(p.stat().st_size for p in files) / 1e9, "pages": pages,
            "timings": timings}


def mkdocs_baseline(site: Path, count: int, work: Path) -> float:
    """Pages per second of mkdocs-material on `count` entity pages turned into Markdown."""
    docs = work / "docs"
    (docs / "entity").mkdir(parents=True)
    for page in sorted((site / "entity").glob("*/index.html"))[:count]:
        html = page.read_text(encoding="utf-8")
        body = html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]
        text = re.sub(r"<[^>]+>", " ", body)
        (docs / "entity" / f"{page.parent.name}.md").write_text(f"# {page.parent.name}\n\n{text}\n", encoding="utf-8")
    (docs / "index.md").write_text("# 首页\n", encoding="utf-8")
    (work / "mkdocs.yml").write_text("site_name: baseline\ntheme:\n  name: material\n  language: zh\n",
                                     encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([str(BIN / "mkdocs"), "build", "-q", "-f", str(work / "mkdocs.yml"), "-d", str(work / "out")],
                   check=True, capture_output=True)
    return count / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--mkdocs-pages", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the data and sites here")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-build-"))
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        data = base / f"data-{n}"
        if not data.is_dir():
            subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample.py"), "--out", str(data),
                            "--entities", str(n)], check=True, capture_output=True)
        work = base / f"build-{n}"
        shutil.rmtree(work, ignore_errors=True)
        result = build(data, work)
        result["n"] = n
        result["peak_mb"] = _child_peak_mb()  # the largest child so far (builds grow with N)
        rows.append(result)
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in result["timings"].items())  # type: ignore[union-attr]
        print(f"N={n:,}: {result['wall']:.1f} s, peak RSS {result['peak_mb']:.0f} MB, {result['pages']:,} pages, "
              f"{result['files']:,} files, {result['gb']:.2f} GB, {result['pages'] / result['wall']:.0f} pages/s; "
              f"{stages}", flush=True)
    smallest = rows[0]
    with tempfile.TemporaryDirectory(prefix="bench-mkdocs-") as tmp:
        rate = mkdocs_baseline(base / f"build-{smallest['n']}" / "site", args.mkdocs_pages, Path(tmp))
    ours = smallest["pages"] / smallest["wall"]  # type: ignore[operator]
    print(f"\nbaseline: mkdocs-material builds {rate:.0f} entity pages/s ({args.mkdocs_pages} pages); "
          f"creditsite's whole build {ours:.0f} pages/s at N={smallest['n']:,}: ratio {ours / rate:.1f}x")
    print("\nentities | wall s | peak RSS MB | pages | files | GB | pages/s")
    print("--- | --- | --- | --- | --- | --- | ---")
    for r in rows:
        print(f"{r['n']:,} | {r['wall']:.1f} | {r['peak_mb']:.0f} | {r['pages']:,} | {r['files']:,} | "
              f"{r['gb']:.2f} | {r['pages'] / r['wall']:.0f}")  # type: ignore[operator]
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
