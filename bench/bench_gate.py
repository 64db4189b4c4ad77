"""The leak gate's detector on a built site, per kind of output, against a baseline revision.

    .venv/bin/python bench/bench_gate.py --site DIR [--baseline REV] [--pages 1000] [--lists 60]

The gate runs `generator.detect.find` (without names) over every output: the entity pages with the
theme's shell cut out (as the render workers scan them), list pages, datasets (CSV, JSON and JSON
Lines as read; XLSX and Parquet as the gate decodes them) and search shards. Each process first
calls the detector once on a long text, so that tables it makes once per process are not timed.
This script times that call alone, in CPU seconds of this process (`time.process_time`, so the
figure does not depend much on what else the machine runs), for the current tree and, with
--baseline, for another revision extracted with `git archive` into a temporary folder, both in
the same run over the same texts; it prints both and their ratio, and the number of hits
each found (they must agree when a change was meant to be only faster).

The site must have been built with its state folder next to it (`--state`, default
DIR/../state): the shells cached there are what the render workers cut out of entity pages.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from generator import detect, scan
site, state, pages, lists = Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
shells = {}
for cached in sorted(state.glob("shells/*/shells.json")):
    shells = json.loads(cached.read_text(encoding="utf-8"))
parts = sorted({p for s in shells.values() for p in s["parts"] if len(p) > 200}, key=lambda p: (-len(p), p))
cutter = scan.WrittenScanner(scan.scan_setup([], [], parts))._scanner
groups = {
    "entity pages (shell cut)": [cutter._doc_of(p.name, p.read_bytes()).text
                                 for p in sorted(site.glob("entity/*/index.html"))[:pages]],
    "entity JSON": [scan._Doc.of_raw(p.read_bytes()).text for p in sorted(site.glob("entity/*.json"))[:pages]],
    "list pages": [cutter._doc_of(p.name, p.read_bytes()).text
                   for p in sorted(site.glob("lists/*/*/index.html"))[:lists]],
    "datasets (csv, json, jsonl)": [scan._Doc.of_raw(p.read_bytes()).text
                                    for suffix in ("csv", "json", "jsonl") for p in sorted(site.glob(f"data/*.{suffix}"))
                                    if p.stat().st_size < 64 << 20],
    "datasets (xlsx, parquet)": [scan._Doc.of_raw(p.read_bytes()).text
                                 for suffix in ("xlsx", "parquet") for p in sorted(site.glob(f"data/*.{suffix}"))
                                 if p.stat().st_size < 8 << 20],
    "search shards": [scan._Doc.of_raw(p.read_bytes()).text for p in sorted(site.glob("search/**/*.json"))[:2000]],
}
detect.find("warm-up: tables made once per process " * 200, names=False)
out = {}
for name, texts in groups.items():
    start = time.process_time()
    hits = sum(len(detect.find(t, names=False)) for t in texts)
    out[name] = [len(texts), sum(map(len, texts)), time.process_time() - start, hits]
print(json.dumps(out))
"""


def _measure(tree: Path, site: Path, state: Path, pages: int, lists: int) -> dict[str, list[float]]:
    done = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(site), str(state), str(pages), str(lists)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, required=True)
    parser.add_argument("--state", type=Path, default=None)
    parser.add_argument("--baseline", default=None, help="a git revision to compare with")
    parser.add_argument("--pages", type=int, default=1000, help="entity pages (and entity JSON files) to time")
    parser.add_argument("--lists", type=int, default=60, help="list pages to time")
    args = parser.parse_args()
    state = args.state or args.site.parent / "state"
    current = _measure(ROOT, args.site, state, args.pages, args.lists)
    baseline = None
    if args.baseline:
        with tempfile.TemporaryDirectory() as tmp:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "generator"],
                                     check=True, capture_output=True).stdout
            with tarfile.open(fileobj=BytesIO(archive)) as tar:
                tar.extractall(tmp)
            baseline = _measure(Path(tmp), args.site, state, args.pages, args.lists)
    print(f"detect.find over {args.site} (CPU seconds of one process)")
    head = "output | files | M chars | this tree s | hits"
    print(head + (f" | {args.baseline} s | hits | ratio" if baseline else ""))
    for name, (files, chars, seconds, hits) in current.items():
        line = f"{name} | {files:,.0f} | {chars / 1e6:.1f} | {seconds:.2f} | {hits:,.0f}"
        if baseline:
            _, _, before, before_hits = baseline[name]
            line += f" | {before:.2f} | {before_hits:,.0f} | {seconds / before:.2f}x" if before else " | - | - | -"
        print(line)


if __name__ == "__main__":
    main()
