"""Peak memory and time of a build fed hostile or oversized input files (issue 24, "Resources").

Usage (from the repository root):

    .venv/bin/python bench/bench_inputs.py [WORK_DIR]

Writes each case's data folder under WORK_DIR (default /tmp/creditsite-bench-inputs), runs
`python -m generator build` on it under `/usr/bin/time -v`, and prints, per case: exit status, wall
time, peak resident memory, the size of the report's issues.jsonl and the codes it holds.

Cases (the reproductions of issue 24):
- zip-bomb: an XLSX of about 3 MB whose one sheet inflates to about 1 GB;
- csv-2m-one-cell: a 4 MB CSV of 2,000,000 one-cell rows below a valid header;
- csv-200k-one-cell: the same with 200,000 rows;
- cell-160k: a CSV whose 违法事实 cell holds 160,000 characters.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import penalty  # noqa: E402


def _header_and_row() -> tuple[str, str]:
    row = penalty()
    return ",".join(row), ",".join(row.values())


def zip_bomb(data: Path) -> None:
    """A workbook whose sheet1.xml is ~1 GB of repeated rows, deflated to a few MB."""
    folder = data / "penalties"
    folder.mkdir(parents=True)
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.'
            'org/spreadsheetml/2006/main"><sheetData>')
    row = '<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></is></c></row>'
    with zipfile.ZipFile(folder / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"/>')
        archive.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook/>')
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(head.encode())
            chunk = (row * 10_000).encode()
            for _ in range(1_000_000_000 // len(chunk)):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")


def one_cell_rows(count: int) -> Callable[[Path], None]:
    def make(data: Path) -> None:
        header, _ = _header_and_row()
        folder = data / "penalties"
        folder.mkdir(parents=True)
        with (folder / "rows.csv").open("w", encoding="utf-8", newline="") as out:
            out.write(header + "\r\n")
            out.write("x\r\n" * count)

    return make


def long_cell(data: Path) -> None:
    row = penalty(违法事实="超" * 160_000)
    folder = data / "penalties"
    folder.mkdir(parents=True)
    (folder / "p.csv").write_text(",".join(row) + "\r\n" + ",".join(row.values()) + "\r\n", encoding="utf-8")


CASES = {"zip-bomb": zip_bomb, "csv-2m-one-cell": one_cell_rows(2_000_000),
         "csv-200k-one-cell": one_cell_rows(200_000), "cell-160k": long_cell}


def run(work: Path, name: str) -> dict[str, object]:
    case = work / name
    data = case / "data"
    if not data.exists():
        CASES[name](data)
    size = sum(p.stat().st_size for p in data.rglob("*") if p.is_file())
    command = ["/usr/bin/time", "-v", sys.executable, "-m", "generator", "build", "--data", str(data), "--out",
               str(case / "site"), "--report", str(case / "report"), "--state", str(case / "state"), "--as-of",
               "2026-11-27"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", done.stderr)
    issues = case / "report" / "issues.jsonl"
    codes = Counter(json.loads(line)["code"] for line in issues.read_text(encoding="utf-8").splitlines()) \
        if issues.is_file() else Counter()
    return {"case": name, "input_mb": round(size / 1e6, 1), "exit": done.returncode,
            "wall": wall.group(1) if wall else "?", "peak_mb": round(int(rss.group(1)) / 1024) if rss else "?",
            "issues_mb": round(issues.stat().st_size / 1e6, 2) if issues.is_file() else 0,
            "codes": dict(codes.most_common(4)), "traceback": "Traceback" in done.stdout + done.stderr}


def main() -> None:
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/creditsite-bench-inputs")
    work.mkdir(parents=True, exist_ok=True)
    print("| case | input | exit | wall | peak RSS | issues.jsonl | codes | traceback |")
    print("|---|---|---|---|---|---|---|---|")
    for name in CASES:
        r = run(work, name)
        print(f"| {r['case']} | {r['input_mb']} MB | {r['exit']} | {r['wall']} | {r['peak_mb']} MB | "
              f"{r['issues_mb']} MB | {r['codes']} | {r['traceback']} |", flush=True)


if __name__ == "__main__":
    main()
