"""The detector of this tree against a baseline revision's: the same hits on every text, and the CPU of each.

    .venv/bin/python bench/bench_detect_ab.py --baseline REV [--site DIR [--state DIR]] [--fuzz 2000] [--names]

For a change to `generator/detect.py` that is meant to be only faster (issue 19, eleventh session). Texts:

- with --site (a built site, its state folder next to it or --state): the texts the leak gate hands to
  `detect.find` — entity pages with the theme's shell cut out, entity JSON, list pages (samples of each), and
  every dataset whole or, where the gate reads it in pieces, in the runs of pieces it searches at once
  (`scan._pieces`, `scan_run_bytes`);
- the hostile corpus's values (tests/hostile), the text corpora (tests/corpus/*.jsonl), the string literals of
  the detector's and the hostile tests, the test exports' files — each alone, and laid out as CSV rows, JSON
  records, XLSX inline strings and HTML rows of 4-40 K characters (the long texts take `_LongText`'s way);
- --fuzz N seeded random mixes (2-14 K characters) of what the rules read: the fragments of
  tests/test_detect_windows.py and tests/test_detect_speed_equiv.py, digit runs, keywords, separators,
  invisible characters.

Each tree runs in its own process (the baseline extracted with `git archive`); each text's hits (start, end,
kind, token) are compared exactly. An exception inside `find` counts as that text's result (so a crash that one
tree has and the other not shows as a difference). Prints per group: texts, characters, hits, texts whose hits
differ, CPU seconds of each tree (`time.process_time`, after a warm-up call) and their ratio. Exit status 1 if
any text differs.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
from generator import detect
groups = pickle.loads(open(sys.argv[2], "rb").read())
names = sys.argv[4] == "names"
detect.find("warm-up: tables made once per process 13993687098 " * 200, names=False)

def hits(text):
    try:
        return [(h.start, h.end, h.what, h.token) for h in detect.find(text, names=names)]
    except Exception as exc:  # a crash is this text's result
        return [("raised", type(exc).__name__, str(exc))]

out = {}
for group, texts in groups.items():
    start = time.process_time()
    found = [hits(t) for t in texts]
    out[group] = (found, time.process_time() - start)
open(sys.argv[3], "wb").write(pickle.dumps(out))
"""


def _site_texts(site: Path, state: Path, pages: int, lists: int) -> dict[str, list[str]]:
    import json
    import random

    sys.path.insert(0, str(ROOT))
    from generator import scan, tuning

    shells: dict = {}
    for cached in sorted(state.glob("shells/*/shells.json")):
        shells = json.loads(cached.read_text(encoding="utf-8"))
    parts = sorted({p for s in shells.values() for p in s["parts"] if len(p) > 200}, key=lambda p: (-len(p), p))
    cutter = scan.WrittenScanner(scan.scan_setup([], [], parts))._scanner
    rng = random.Random(7)
    picked = {}
    for name, pattern, count in (("entity pages", "entity/*/index.html", pages), ("entity JSON", "entity/*.json", pages),
                                 ("list pages", "lists/**/index.html", lists)):
        files = sorted(site.glob(pattern))
        rng.shuffle(files)
        picked[name] = files[:count]
    groups = {
        "site: entity pages": [cutter._doc_of(p.name, p.read_bytes()).text for p in picked["entity pages"]],
        "site: entity JSON": [scan._Doc.of_raw(p.read_bytes()).text for p in picked["entity JSON"]],
        "site: list pages": [cutter._doc_of(p.name, p.read_bytes()).text for p in picked["list pages"]],
    }
    run_bytes = tuning.current().scan_run_bytes
    for suffix in ("csv", "json", "jsonl", "xlsx", "parquet"):
        texts = []
        for path in sorted(site.glob(f"data/*.{suffix}")):
            way = scan._way_in_pieces(path, memo=True)
            if way is None:
                texts.append(scan._Doc.of_raw(path.read_bytes()).text)
                continue
            run: list[bytes] = []
            size = 0
            for piece in scan._pieces(path, way):
                run.append(piece)
                size += len(piece)
                if size >= run_bytes:
                    texts.append(scan._Doc.of_piece(b"".join(run), "utf-8").text)
                    run, size = [], 0
            if run:
                texts.append(scan._Doc.of_piece(b"".join(run), "utf-8").text)
        groups[f"site: data {suffix}"] = texts
    return groups


def _laid_out(values: list[str], size: int, count: int, seed: int) -> list[str]:
    """count texts of about size characters, each one layout of randomly drawn values."""
    import json
    import random

    rng = random.Random(seed)
    out = []
    for n in range(count):
        drawn: list[str] = []
        total = 0
        while total < size:
            drawn.append(rng.choice(values))
            total += len(drawn[-1]) + 8
        rows = [drawn[i:i + 6] for i in range(0, len(drawn), 6)]
        layout = n % 4
        if layout == 0:
            out.append("\r\n".join(",".join(row) for row in rows))
        elif layout == 1:
            out.append(json.dumps([{f"k{j}": v for j, v in enumerate(row)} for row in rows], ensure_ascii=False, indent=1))
        elif layout == 2:
            out.append("".join(f'<c r="E1{i}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(drawn)))
        else:
            out.append("\n".join(f"<tr><td>{v}</td></tr>" for v in drawn))
    return out


def _hostile_texts() -> dict[str, list[str]]:
    import ast
    import json

    sys.path.insert(0, str(ROOT))
    from generator import scan
    from tests.hostile.corpus import cases

    cells = sorted({str(v) for case in cases() for rows in case.rows.values() for row in rows for v in row.values()
                    if v not in (None, "")})
    corpus = [v for f in sorted((ROOT / "tests/corpus").glob("*.jsonl"))
              for line in f.read_text(encoding="utf-8").splitlines() if line.strip()
              for v in json.loads(line).values() if isinstance(v, str) and v]
    literals: set[str] = set()
    for pattern in ("test_*adv*.py", "test_detect*.py", "test_hostile*.py"):
        for f in sorted((ROOT / "tests").glob(pattern)):
            for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and 4 <= len(node.value) <= 5000:
                    literals.add(node.value)
    strings = sorted(literals)
    exports = [scan._Doc.of_raw(f.read_bytes()).text for f in sorted((ROOT / "tests/exports/data").rglob("*"))
               if f.is_file() and f.stat().st_size < 8 << 20]
    return {
        "hostile cells": cells, "corpus texts": corpus, "test strings": strings, "test export files": exports,
        "hostile laid out 4K": _laid_out(cells, 4000, 600, 1), "hostile laid out 40K": _laid_out(cells, 40000, 60, 2),
        "corpus laid out 20K": _laid_out(corpus, 20000, 100, 3), "test strings laid out 8K": _laid_out(strings, 8000, 400, 4),
        "all mixed 16K": _laid_out(cells + corpus + strings, 16000, 200, 5),
    }


def _fuzz_texts(count: int) -> list[str]:
    import random

    sys.path.insert(0, str(ROOT))
    from tests.test_detect_speed_equiv import SHAPES
    from tests.test_detect_windows import FRAGMENTS

    pool = FRAGMENTS + SHAPES + ["税务登记号", '": "', "存续", "(续)", "续：", "一", "九", "〇", "\u200b", "\u200d", "\ufeff",
                                 "\u202e", "\u202c", "电话", "身份证", "住", "号", "室"]
    rng = random.Random(1119)
    texts = []
    for _ in range(count):
        size = rng.choice((2100, 3000, 5000, 9000, 14000))
        local = [rng.choice(pool) for _ in range(rng.randint(3, 40))]  # a few fragments, often repeated: dense
        parts: list[str] = []
        total = 0
        while total < size:
            part = rng.choice(local) if rng.random() < 0.8 else rng.choice(pool)
            if rng.random() < 0.3:
                part = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 19)))
            parts.append(part)
            total += len(part)
        texts.append("".join(parts))
    return texts


def _run(tree: Path, texts: Path, names: bool) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".pkl") as out:
        subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(texts), out.name, "names" if names else "-"],
                       check=True)
        return pickle.loads(Path(out.name).read_bytes())  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", required=True, help="a git revision to compare with")
    parser.add_argument("--site", type=Path, default=None)
    parser.add_argument("--state", type=Path, default=None)
    parser.add_argument("--pages", type=int, default=1000, help="entity pages (and entity JSON files) of the site")
    parser.add_argument("--lists", type=int, default=150, help="list pages of the site")
    parser.add_argument("--fuzz", type=int, default=2000, help="seeded random mixes")
    parser.add_argument("--names", action="store_true", help="find with names (the scrubber's way), not the gate's")
    args = parser.parse_args()
    groups: dict[str, list[str]] = {}
    if args.site:
        groups.update(_site_texts(args.site, args.state or args.site.parent / "state", args.pages, args.lists))
    groups.update(_hostile_texts())
    if args.fuzz:
        groups["fuzz"] = _fuzz_texts(args.fuzz)
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.pkl"
        texts.write_bytes(pickle.dumps(groups))
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "generator"],
                                 check=True, capture_output=True).stdout
        base_tree = Path(tmp) / "base"
        base_tree.mkdir()
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(base_tree)
        base = _run(base_tree, texts, args.names)
        this = _run(ROOT, texts, args.names)
    print(f"detect.find, this tree against {args.baseline} (names {'on' if args.names else 'off'}; CPU s of one process)")
    print("texts | count | M chars | hits | differing | of them one tree raised | baseline s | this tree s | ratio")
    totals = [0, 0, 0, 0, 0, 0.0, 0.0]
    for name, texts_of in groups.items():
        (found_base, s_base), (found_this, s_this) = base[name], this[name]
        differing = [i for i, (a, b) in enumerate(zip(found_base, found_this)) if a != b]
        raised = [i for i in differing if _raised(found_base[i]) != _raised(found_this[i])]
        hits = sum(len(h) for h in found_base if not _raised(h))
        chars = sum(map(len, texts_of))
        print(f"{name} | {len(texts_of):,} | {chars / 1e6:.1f} | {hits:,} | {len(differing)} | {len(raised)} | {s_base:.2f}"
              f" | {s_this:.2f} | {s_this / s_base if s_base else 0:.2f}x")
        for i in [i for i in differing if i not in raised][:3] + raised[:1]:
            print(f"    text {i}: baseline {found_base[i][:4]} / this tree {found_this[i][:4]}")
        for k, v in enumerate((len(texts_of), chars, hits, len(differing), len(raised), s_base, s_this)):
            totals[k] += v
    print(f"all | {totals[0]:,} | {totals[1] / 1e6:.1f} | {totals[2]:,} | {totals[3]} | {totals[4]} | {totals[5]:.2f}"
          f" | {totals[6]:.2f} | {totals[6] / totals[5]:.2f}x")
    print("(CPU of a group where one tree raised is not comparable: the raising one stopped early.)")
    sys.exit(1 if totals[3] else 0)


def _raised(found: list) -> bool:
    return bool(found) and found[0][0] == "raised"


if __name__ == "__main__":
    main()
