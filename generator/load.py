"""Load stage: read every file of every kind folder into one table per kind.

Entry point: `load_sources(data_dir)`. Cells stay text (dates from Excel cells become
ISO text); headers are mapped to the contract's field names; unknown columns are
dropped here so that they can never reach a public output.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

import pandas as pd

from generator.problems import ERROR, WARNING, Problem
from generator.schema import KINDS, Kind, header_map, normalize_header

SUPPORTED = (".csv", ".xlsx", ".parquet")
ROW = "_row"
FILE = "_file"
EXTRA_CELLS = "_extra_cells"


@dataclass
class LoadedKind:
    """All rows of one kind: canonical columns (text) plus `_file` and `_row`."""

    kind: Kind
    frame: pd.DataFrame
    files: list[str] = field(default_factory=list)


@dataclass
class Sources:
    """What the load stage hands on."""

    data_dir: Path
    kinds: dict[str, LoadedKind]
    problems: list[Problem]
    damaged_files: list[Problem]  # file-level errors: the file could not be trusted


def load_sources(data_dir: Path) -> Sources:
    """Read the data folder of data-contract.md; problems are collected, not raised."""
    problems: list[Problem] = []
    damaged: list[Problem] = []
    kinds: dict[str, LoadedKind] = {}
    for name, kind in KINDS.items():
        folder = data_dir / name
        frames: list[pd.DataFrame] = []
        files: list[str] = []
        paths = sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
        for path in paths:
            rel = path.relative_to(data_dir).as_posix()
            if path.name.startswith((".", "~$")):
                continue  # editor lock files and hidden files are not exports
            if path.suffix.lower() not in SUPPORTED:
                problems.append(Problem(name, rel, None, None, "file-unknown-type", WARNING,
                                        f"{rel}: 不支持的文件类型 {path.suffix or '(无扩展名)'}，已忽略"))
                continue
            frame, file_problems = _read_file(kind, path, rel)
            for p in file_problems:
                (damaged if p.severity == ERROR else problems).append(p)
            if frame is not None:
                frames.append(frame)
                files.append(rel)
        columns = [*kind.names, FILE, ROW, EXTRA_CELLS]
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
        frame = frame.reindex(columns=columns, fill_value="")
        frame[ROW] = frame[ROW].astype("int64")
        frame[EXTRA_CELLS] = frame[EXTRA_CELLS].astype(bool)
        kinds[name] = LoadedKind(kind, frame, files)
    return Sources(data_dir, kinds, problems, damaged)


def _read_file(kind: Kind, path: Path, rel: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """One file -> (rows with canonical columns, file problems). None when unusable."""
    try:
        rows = _read_rows(path)
    except UnicodeDecodeError:
        return None, [Problem(kind.name, rel, None, None, "file-undecodable", ERROR,
                              f"{rel}: 无法识别文件编码（不是 UTF-8 或 GB18030）")]
    except Exception as exc:  # noqa: BLE001 - any reader failure means the file cannot be trusted
        return None, [Problem(kind.name, rel, None, None, "file-unreadable", ERROR,
                              f"{rel}: 文件无法读取（{type(exc).__name__}），可能已损坏或下载不完整")]
    if not rows:
        return None, [Problem(kind.name, rel, None, None, "file-header-only", ERROR, f"{rel}: 文件为空")]
    header, body = rows[0], rows[1:]
    mapping = header_map(kind)
    problems: list[Problem] = []
    positions: dict[str, int] = {}
    for i, raw in enumerate(header):
        label = str(raw)
        norm = normalize_header(label)
        target = mapping.get(norm) or mapping.get(norm.upper())
        if target is None:
            if norm:
                problems.append(Problem(kind.name, rel, 1, norm, "file-unknown-column", WARNING,
                                        f"{rel}: 列“{norm}”不在数据规范中，已忽略，不会公开"))
            continue
        if target in positions:
            problems.append(Problem(kind.name, rel, 1, norm, "file-duplicate-column", WARNING,
                                    f"{rel}: 字段“{target}”出现多列，使用第一列"))
            continue
        positions[target] = i
    missing = [f.name for f in kind.fields if f.required and f.name not in positions
               and not (kind.name == "licenses" and f.name == "行政许可决定文书号")]
    # Party codes may be absent as columns when the file holds one party category only.
    missing = [m for m in missing if m not in ("统一社会信用代码",)]
    if missing:
        problems.append(Problem(kind.name, rel, 1, ",".join(missing), "file-missing-column", ERROR,
                                f"{rel}: 缺少必填列 {'、'.join(missing)}"))
        return None, problems
    if not any(any(str(c).strip() for c in r) for r in body):
        problems.append(Problem(kind.name, rel, None, None, "file-header-only", ERROR,
                                f"{rel}: 只有表头，没有数据行"))
        return None, problems
    width = len(header)
    text_only = path.suffix.lower() == ".csv"  # the csv module yields text only: no cell to convert
    kept: list[list[object]] = []
    row_numbers: list[int] = []
    extra_rows: list[int] = []
    for number, row in enumerate(body, start=2):
        # `map` keeps the blank-row test in C: this loop runs once per input row.
        if not any(map(str.strip, map(str, row))):
            continue
        row_numbers.append(number)
        if len(row) != width:
            if len(row) > width:
                if any(map(str.strip, map(str, row[width:]))):
                    extra_rows.append(number)
                row = row[:width]
            else:  # a short row: its missing cells are empty
                row = [*row, *[""] * (width - len(row))]
        kept.append(row)
    # One transposition instead of a Python step per cell; `kept` is never empty here.
    columns = list(zip(*kept))
    del kept
    data: dict[str, list[str]] = {}
    for name in kind.names:
        pos = positions.get(name)
        data[name] = [""] * len(row_numbers) if pos is None else _column_text(columns[pos], text_only)
    del columns
    # Arrow-backed text: a fraction of the memory of one Python object per cell.
    frame = pd.DataFrame(data, dtype="str")
    del data
    frame[FILE] = rel
    frame[ROW] = row_numbers
    frame[EXTRA_CELLS] = frame[ROW].isin(extra_rows)
    return frame, problems


def _column_text(values: tuple[object, ...], text_only: bool = False) -> list[str]:
    """A column's cells as text; columns of text only (all of a CSV file's) are passed through as they are."""
    if text_only or set(map(type, values)) <= {str}:
        return list(values)  # type: ignore[arg-type]
    return [v if type(v) is str else _cell_text(v) for v in values]


def _read_rows(path: Path) -> list[list[object]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = decode_bytes(path.read_bytes())
        return cast("list[list[object]]", list(csv.reader(io.StringIO(text, newline=""))))
    if suffix == ".xlsx":
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        return [list(r) for r in sheet.to_python(skip_empty_area=False)]
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    columns = table.column_names
    values = [table.column(c).to_pylist() for c in columns]
    return [list(columns), *map(list, zip(*values))]


def decode_bytes(raw: bytes) -> str:
    """Decode a CSV export: UTF-8 (with or without BOM), else GB18030, else a detected codec."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.encoding in ("utf_8", "gb18030"):
        raise UnicodeDecodeError("unknown", raw[:1], 0, 1, "no encoding fits")
    return str(best)


def _cell_text(value: object) -> str:
    """A cell as text; Excel dates become ISO dates, integral floats lose `.0`."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)
