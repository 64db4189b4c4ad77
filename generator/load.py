"""Load stage: read every file of every kind folder into one table per kind.

Entry points: `list_inputs(data_dir)` (what the data folder holds, the one listing the loader and
the input fingerprint share) and `load_sources(data_dir)`. Cells stay text (dates from Excel cells
become ISO text); headers are mapped to the contract's field names through the layout a file is
recognised by (generator/standards/*.toml) and the folder's own `columns.toml`; unknown columns are
dropped here so that they can never reach a public output.

Exports arrive as platforms write them: `.xlsx`, `.xls`, CSV, Parquet; several sheets; title and
note rows above the header; merged cells; serial-number-only rows and footer lines below the data.
Every row the loader does not read as data is named in a problem, never dropped silently.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import itertools
import os
import re
import stat
import struct
import tomllib
import unicodedata
import zipfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pandas as pd
from xlsxwriter.utility import xl_col_to_name  # (0-based: 0 → A, 26 → AA)

from generator import detect, tuning
from generator.contract import (
    CONTROL_TARGET_NO,
    EXTRA_CELLS,
    FILE,
    GRADE_SCHEME,
    ID_NUMBER_FIELD,
    LIST_NAME,
    ORG_CODE_FIELD,
    PARTY_CATEGORY_FIELD,
    PARTY_NAME_FIELD,
    ROW,
    STATUS_COLUMNS,
    TAX_REG_NO_FIELD,
    UNWRITTEN,
    USCC_FIELD,
    StatusColumns,
    must_be_filled,
    unwritten_bits,
)
from generator.problems import ERROR, WARNING, Problem
from generator.schema import (
    AMBIGUOUS_HEADERS,
    AMOUNT,
    COMPOSED_KEYS,
    DATE,
    FREE_TEXT,
    HEADER_SYNONYMS,
    IDENTITY_HEADER,
    KINDS,
    LAYOUTS,
    NEVER,
    PARTY_CODE_HEADERS,
    PERIOD_FIELDS,
    PERIOD_HEADERS,
    PLACEHOLDERS,
    SERIAL_HEADERS,
    USCC,
    WAN_YUAN,
    YUAN,
    Kind,
    KindLayout,
    amount_header,
    header_map,
    normalize_header,
    without_field_code,
)
from generator.values import clean_cells, table_code

# Spreadsheets as office suites save them: Excel (.xlsx, .xlsm with macros, .xlsb binary, .xls), WPS (.et,
# its own name for a workbook) and LibreOffice/WPS "另存为 ODS" (.ods). Before, .ods, .xlsm, .xlsb and .et were
# ignored with a warning and the kind published nothing (hx6 finding 3).
# JSON Lines under its own names (.jsonl: https://jsonlines.org "File extension"; .ndjson: ndjson-spec), a page saved
# from Excel or a browser (网页 *.htm;*.html) and the text exports saved as .dat or .tab are read by what they hold, as
# a .txt is: before, they were ignored with a warning and a kind could publish nothing (h21e findings 10, 11).
SUPPORTED = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xlsb", ".xls", ".et", ".ods", ".parquet", ".zip", ".json", ".xml",
             ".dbf", ".jsonl", ".ndjson", ".htm", ".html", ".dat", ".tab")
JSON_SUFFIXES = (".json", ".jsonl", ".ndjson")
MAPPING_FILE = "columns.toml"

# Per-file limits: a file beyond them is refused whole (`file-too-large`) before it is parsed, so
# that one hostile or mistaken file can neither exhaust memory nor abort the build.
# The limits (bytes on disk, unzipped and of markup, rows, characters of a cell) are generator/tuning.py's
# load_max_*; the functions below read them when they run.
HEADER_SEARCH_ROWS = 50  # the header is looked for in the first rows of a sheet (a 填表说明 block above it: hx7)
MIN_HEADER_FIELDS = 3  # a row naming fewer known fields is not a header
PROBLEMS_LISTED = 20  # per file and code, for the loader's row problems; the rest are counted

# A row whose first filled cell starts with one of these is a footer line, not a record.
FOOTER_WORDS = ("制表人", "制表", "审核人", "审核", "填报人", "填报日期", "填报单位", "填表人", "填表日期", "负责人",
                "联系人", "联系电话", "报送单位", "报送日期", "单位负责人", "分管领导", "统计人", "合计", "总计", "小计",
                "注：", "注:", "说明：", "说明:", "备注：", "备注:", "数据截止", "打印日期", "导出时间",
                # Excel's table Total Row (套用表格格式 → 汇总行) is labelled 汇总 in Chinese Excel, its SUBTOTAL results
                # saved beside it (ECMA-376 Part 1, 18.5.1.2 table totalsRowCount; h21e 18).
                "汇总")
# A count line under a table (共2件, 共 15 条): a footer, like 合计.
_COUNT_LINE = re.compile(r"^共\d+(?:件|条|户|家|个|起|宗|人|项|笔)")


def _footer_row(row: list[object], read: int) -> bool:
    """Whether a row is a footer line as `_not_data` tells one: its first filled cell a footer word, few cells filled."""
    cells = [_text(c) for c in row]
    leading = [c for c in cells[:8] if c][:1]
    return bool(leading) and _footer_word(leading[0]) and sum(1 for c in cells if c) <= max(3, read // 3)


def _footer_word(text: str) -> bool:
    """Whether a cell starts a footer line: a footer word typeset with spaces between its characters (合　　计, with
    full-width spaces as a 公文 table centres it; 合 计) is the word (h21e 19), and so is a count line (共2件)."""
    compact = re.sub(r"\s+", "", text)
    return compact.startswith(FOOTER_WORDS) or _COUNT_LINE.match(compact) is not None


# -- listing the data folder ----------------------------------------------------------------------


@dataclass(frozen=True)
class InputEntry:
    """One entry of a kind folder: a file to read, the folder's mapping file, an ignored file, or a refusal."""

    kind: str
    rel: str  # relative to the data folder, as shown to staff (escaped when the name is not UTF-8)
    path: Path | None  # what to open (the link's target when it is a link); None when refused
    role: str  # "data", "mapping", "ignored" (unknown type) or "refused"
    problem: Problem | None = None


def _refused(kind: str, rel: str, code: str, message: str) -> InputEntry:
    return InputEntry(kind, rel, None, "refused", Problem(kind, rel, None, None, code, ERROR, message))


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def list_inputs(data_dir: Path) -> list[InputEntry]:
    """Every entry of every kind folder, in a stable order: the one listing the loader and the fingerprint share.

    A kind folder's entry that is not a readable regular file (a dangling link, a FIFO, a device, a
    folder, no read permission), a link leading outside the data folder, and a name that is not
    UTF-8 are refused with a file-level problem (`file-unreadable`, `file-name-undecodable`); hidden
    files and editor lock files (`.…`, `~$…`) are not exports and are left out, a hidden export named
    in the report (`file-hidden-skipped`). A file of `repairs/` or `withdrawals/` the loader does not read
    (an unknown type, a hidden export) is refused: a repair not applied is a record published stale
    (data-contract.md). A folder or an export at the data folder's top that is not a kind folder is named
    (`folder-misnamed`, `file-outside-kind-folder`; `_outside_kind_folders`).
    """
    root = os.path.realpath(data_dir)
    entries: list[InputEntry] = _outside_kind_folders(data_dir, root)
    for name in KINDS:
        folder = os.path.join(os.fsencode(data_dir), os.fsencode(name))
        try:
            info = os.lstat(folder)
        except FileNotFoundError:
            continue
        except OSError as exc:
            entries.append(_refused(name, name, "file-unreadable", f"{name}: 文件夹无法读取（{exc.strerror}）"))
            continue
        if stat.S_ISLNK(info.st_mode):
            real = os.path.realpath(folder)
            if not _inside(os.fsdecode(real), root):
                entries.append(_refused(name, name, "file-unreadable",
                                        f"{name}: 文件夹是指向数据文件夹之外的链接（真实路径 {_shown(real)}），已拒绝读取"))
                continue
        if not os.path.isdir(folder):
            entries.append(_refused(name, name, "file-unreadable", f"{name}: 应为文件夹，但不是文件夹或链接已失效"))
            continue
        try:
            names = sorted(os.listdir(folder))
        except OSError as exc:
            entries.append(_refused(name, name, "file-unreadable", f"{name}: 文件夹无法读取（{exc.strerror}）"))
            continue
        for raw in names:
            entry = _entry(name, folder, raw, root)
            if entry is not None:
                entries.append(entry)
    return entries


def _shown(raw: bytes | str) -> str:
    """A path as text for a message: undecodable bytes escaped, never a crash."""
    return raw.decode("utf-8", "backslashreplace") if isinstance(raw, bytes) else raw


def _entry(kind: str, folder: bytes, raw: bytes, root: str) -> InputEntry | None:
    try:
        name = raw.decode("utf-8")
    except UnicodeDecodeError:
        rel = f"{kind}/{_shown(raw)}"
        return _refused(kind, rel, "file-name-undecodable",
                        f"{rel}: 文件名不是 UTF-8 编码（常见于 Windows 压缩包），无法可靠读取；请把文件改名后重新放入")
    rel = f"{kind}/{name}"
    if name.startswith((".", "~$")):
        # Editor lock files and hidden files are not exports, and macOS's ._ files (AppleDouble) are its metadata;
        # a hidden file named like an export may be one, hidden by mistake (h19s's L2a, S2): named, and refused in
        # a control folder.
        if name.startswith(("~$", "._")) or Path(name[1:]).suffix.lower() not in SUPPORTED:
            return None
        if KINDS[kind].control:
            return _refused(kind, rel, "control-file-hidden",
                            f"{rel}: 是隐藏文件（文件名以“.”开头），未读取；修复与撤销决定不能不读。"
                            "请去掉文件名开头的“.”，或把它移出该文件夹")
        return InputEntry(kind, rel, None, "ignored", Problem(
            kind, rel, None, None, "file-hidden-skipped", WARNING,
            f"{rel}: 是隐藏文件（文件名以“.”开头），未读取；如是导出数据，请去掉文件名开头的“.”"))
    full = os.path.join(folder, raw)
    try:
        info = os.lstat(full)
    except OSError as exc:
        return _refused(kind, rel, "file-unreadable", f"{rel}: 文件无法读取（{exc.strerror}）")
    target = full
    if stat.S_ISLNK(info.st_mode):
        real = os.path.realpath(full)
        if not os.path.exists(real):
            return _refused(kind, rel, "file-unreadable",
                            f"{rel}: 是链接，但指向的文件不存在（{_shown(real)}），可能是共享盘未挂载")
        if not _inside(os.fsdecode(real), root):
            return _refused(kind, rel, "file-unreadable",
                            f"{rel}: 是指向数据文件夹之外的链接（真实路径 {_shown(real)}），已拒绝读取")
        target = real
        info = os.stat(real)
    if stat.S_ISDIR(info.st_mode):
        return _refused(kind, rel, "file-unreadable", f"{rel}: 是文件夹，不是导出文件；请把其中的文件直接放入 {kind}/")
    if not stat.S_ISREG(info.st_mode):
        return _refused(kind, rel, "file-unreadable", f"{rel}: 不是普通文件（管道、设备或套接字），已拒绝读取")
    if not os.access(target, os.R_OK):
        return _refused(kind, rel, "file-unreadable", f"{rel}: 没有读取权限")
    path = Path(os.fsdecode(target))
    if name == MAPPING_FILE:
        return InputEntry(kind, rel, path, "mapping")
    if Path(name).suffix.lower() not in SUPPORTED:
        if KINDS[kind].control and name.lower() not in _SYSTEM_FILES:
            # (h19s's S3: a .csv.part still downloading, a .docx of the decision: the repair was not applied.)
            return _refused(kind, rel, "control-file-unknown-type",
                            f"{rel}: 不是可读取的导出文件类型（{Path(name).suffix or '无扩展名'}），修复与撤销决定不能不读。"
                            "请另存为 .csv 或 .xlsx 后放入，或把它移出该文件夹")
        return InputEntry(kind, rel, path, "ignored")
    return InputEntry(kind, rel, path, "data")


# Files at the data folder's top that are notes or settings rather than exports unless named like a kind.
_NOTE_SUFFIXES = frozenset({".txt", ".json", ".xml"})
_PAGE_SUFFIXES = (".htm", ".html")  # read for their tables (h21y); a page without one is a note
# Files the system leaves in any folder (Windows' thumbnails and folder settings): never an export.
_SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini"})
# Words a folder or file named for a kind holds, beside its own name and title (schema.KINDS): the first kind
# whose word a name holds is the one it looks like (信用修复 before 失信, 撤销 before 行政处罚).
_KIND_WORDS = {
    "repairs": ("repair", "修复"), "withdrawals": ("withdraw", "撤销", "撤回", "更正"),
    "penalties": ("penalt", "punish", "处罚"), "licenses": ("licen", "许可"),
    "blacklist": ("blacklist", "失信", "黑名单"), "redlist": ("redlist", "守信", "红名单"),
    "commitments": ("commitment", "承诺"), "evaluations": ("evaluation", "评价"),
    "complaints": ("complaint", "投诉"), "voluntary": ("voluntary", "自愿"),
    "actions": ("action", "行政行为"), "entities": ("entit", "主体"),
}


def _looks_like_kind(name: str) -> str | None:
    """The kind a folder or file name looks like (`Repairs`, `repair`, `信用修复`, `penalties-2026.csv`), if any."""
    compact = re.sub(r"[\s_\-.]+", "", name).lower()
    for kind, words in _KIND_WORDS.items():
        if kind in KINDS and (KINDS[kind].title in compact or any(w in compact for w in words)):
            return kind
    return None


def _files_in(folder: bytes, shown: str, listed: int = 5) -> str:
    """The first files a folder holds, as a message names them (`repair/r.csv、repair/s.xlsx 等 7 个`)."""
    try:
        names = sorted(_shown(n) for n in os.listdir(folder) if not n.startswith((b".", b"~$")))
    except OSError:
        return ""
    if not names:
        return ""
    more = f" 等 {len(names)} 个" if len(names) > listed else ""
    return "（" + "、".join(f"{shown}{n}" for n in names[:listed]) + more + "）"


def _outside_kind_folders(data_dir: Path, root: str) -> list[InputEntry]:
    """What the data folder holds at its top besides the kind folders and settings, named so it is not lost
    without a word (h19s's S2, L1): a folder named like a kind but not exactly (`repair/`, `Repairs/`, `信用修复/`,
    `penalty/`, `行政处罚/`), an export file at the top (`penalties-2026.csv`) and a folder of the staff's own that
    holds exports (`2026年12月报送/`, `_folder_of_exports`). Refused (the build stops) when it
    looks like `repairs/` or `withdrawals/` — a repair not read is a record published stale — and named with a
    warning otherwise (its rows are not published: staff move them into their kind's folder)."""
    try:
        names = sorted(os.listdir(os.fsencode(data_dir)))
    except OSError:
        return []
    found: list[InputEntry] = []
    # The folders a kind folder links to (`withdrawals -> shared/`) are read as that kind's
    linked = {os.path.realpath(os.path.join(os.fsencode(data_dir), os.fsencode(k))) for k in KINDS}
    for raw in names:
        name = _shown(raw)
        if name in KINDS or name.startswith((".", "~$")):
            continue
        full = os.path.join(os.fsencode(data_dir), raw)
        if os.path.realpath(full) in linked:
            continue
        folder = os.path.isdir(full)
        kind = _looks_like_kind(name)
        if not folder and (Path(name).suffix.lower() not in SUPPORTED
                           or (kind is None and Path(name).suffix.lower() in _NOTE_SUFFIXES)):
            continue  # site.toml, a note (导出说明.txt): not an export
        shown = f"{name}/" if folder else name
        if folder and kind is None:
            # A folder of the staff's own (`2026年12月报送/`, `归档/`): left alone unless it holds exports, which are named
            # with the kind their names or headers show (h21s's dated folder: 30 penalties not read without a word).
            entry = _folder_of_exports(full, shown)
            if entry is not None:
                found.append(entry)
            continue
        if folder:
            message = (f"{shown}: 不是数据文件夹（文件夹名须与规定完全一致），其中的文件{_files_in(full, shown)}未读取；"
                       f"看起来是 {kind}/，请改名为 {kind}")
        else:
            message = (f"{shown}: 在数据文件夹的最上层，未读取；导出文件须放在各类数据的文件夹中"
                       + (f"（看起来是 {kind}/）" if kind else ""))
        code = "folder-misnamed" if folder else "file-outside-kind-folder"
        owner = kind or "penalties"
        if kind is not None and KINDS[kind].control:
            found.append(_refused(kind, shown, code, message + "。修复与撤销决定不能不读"))
        else:
            found.append(InputEntry(owner, shown, None, "ignored", Problem(owner, shown, None, None, code, WARNING, message)))
    return found


def _folder_of_exports(full: bytes, shown: str, listed: int = 5, sniffed: int = 10) -> InputEntry | None:
    """A folder at the data folder's top, not named like a kind, that holds exports (at any depth): named, with the
    kind each file's path or header shows. Refused when one looks like a repairs or withdrawals file, as a misnamed
    `repairs/` is (`_outside_kind_folders`); a warning otherwise. None when it holds no export (notes, documents)."""
    exports: list[tuple[str, str | None]] = []
    for top, dirs, files in os.walk(full):
        if _our_own_output(files):
            dirs[:] = []  # a build's report or state kept in the data folder (--data . : README), or a site of ours
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith((b".", b"~$")))
        for raw in sorted(files):
            suffix = Path(_shown(raw)).suffix.lower()
            if raw.startswith((b".", b"~$")) or suffix not in SUPPORTED:
                continue
            rel = _shown(os.path.relpath(os.path.join(top, raw), full))
            kind = _looks_like_kind(rel)
            if kind is None and len(exports) < sniffed:
                kind = _kind_by_header(Path(os.fsdecode(os.path.join(top, raw))))
            if kind is not None or suffix not in _NOTE_SUFFIXES:
                exports.append((shown + rel.replace(os.sep, "/"), kind))
        if len(exports) > 200:
            break
    if not exports:
        return None
    names = "、".join(path + (f"（看起来是 {kind}/）" if kind else "") for path, kind in exports[:listed])
    names += f" 等 {len(exports)} 个" if len(exports) > listed else ""
    kinds = list(dict.fromkeys(kind for _, kind in exports if kind is not None))
    message = f"{shown}: 不是数据文件夹，其中的导出文件未读取，其记录未公示：{names}。"
    if kinds:
        message += "请把每个文件移入括号中所写的文件夹后重新发布" + ("" if len(kinds) == len(exports) else "；其他文件如是存档，请移出数据文件夹")
    else:
        message += "如是本次要发布的数据，请移入对应类别的文件夹（如 penalties/）；如是存档，请移出数据文件夹"
    control = next((k for k in kinds if KINDS[k].control), None)
    if control is not None:
        return _refused(control, shown, "folder-not-read", message + "。修复与撤销决定不能不读")
    owner = kinds[0] if kinds else "penalties"
    return InputEntry(owner, shown, None, "ignored", Problem(owner, shown, None, None, "folder-not-read", WARNING, message))


def _our_own_output(files: list[bytes]) -> bool:
    """Whether a folder's files make it a staff report, a state or a site this program wrote (their marks:
    report.check_report_folder, state.check_state_folder, publish.MARKER): never exports, whatever they hold."""
    from generator.publish import MARKER
    from generator.report import REPORT_FILES
    from generator.state import RECORD_KEY_SECRET

    names = {_shown(f) for f in files}
    return (MARKER in names or RECORD_KEY_SECRET in names or "builds.json" in names
            or len(names & REPORT_FILES) >= 3)


def _kind_by_header(path: Path) -> str | None:
    """The kind whose fields a file's header names most (at least MIN_HEADER_FIELDS of them), if any."""
    try:
        sheets, _ = _read_sheets(path)
    except Exception:  # damaged, too large, encrypted: this file is named without a kind, as any export is
        return None
    best: tuple[int, str | None] = (MIN_HEADER_FIELDS - 1, None)
    for sheet in sheets[:3]:
        for kind in KINDS.values():
            for row in sheet.rows[:HEADER_SEARCH_ROWS]:
                named = max(_score(kind, row, layout, None)[1] for layout in [None, *(lay for _, lay in _layouts_for(kind))])
                if named > best[0]:
                    best = (named, kind.name)
    return best[1]


# -- the loaded tables ------------------------------------------------------------------------------


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


class _BrokenQuote(Exception):
    """A CSV cell opened with a quote that is not closed where the cell ends: the lines after it were read into it."""

    def __init__(self, line: int, swallowed: int) -> None:
        super().__init__(line, swallowed)
        self.line, self.swallowed = line, swallowed


class _BadBytes(Exception):
    """A UTF-8 text with bytes no character is made of inside a cell (message: where); `row` as the sheet shows it."""

    def __init__(self, message: str, row: int) -> None:
        super().__init__(message)
        self.row = row


class _EmptyArchive(Exception):
    """A zip in a kind folder holding no export the loader reads; the message names what it holds."""


class _Encrypted(Exception):
    """A workbook saved with an opening password (Excel 加密文档: an OLE file holding EncryptedPackage)."""


class _OutOfLine(Exception):
    """A fixed-width text whose lines do not keep to its columns (message: where)."""


class _TooLarge(Exception):
    """A file beyond a per-file limit; the message says which."""


@dataclass
class _Sheet:
    name: str | None  # None for CSV and Parquet
    rows: list[list[object]]  # from A1: row i is spreadsheet row i + 1
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (row0, col0, row1, col1), inclusive
    hidden: bool = False  # a workbook sheet hidden in Excel: its rows are seen by nobody who opens the file
    # (row0, col0) of formula cells whose saved result cannot be trusted (none saved, or a program's stand-in)
    uncomputed: frozenset[tuple[int, int]] = frozenset()
    error_cells: frozenset[tuple[int, int]] = frozenset()  # (row0, col0) holding an Excel error (#DIV/0!, #REF!)
    hidden_rows: frozenset[int] = frozenset()  # rows (0-based) hidden by hand or by a filter in Excel (XLSX)
    date1904: bool = False  # the workbook counts its date serials from 1904-01-01 (Excel for Mac's option)
    hidden_columns: frozenset[int] = frozenset()  # columns (0-based) hidden in Excel (XLSX <col hidden="1">)
    cut_cells: frozenset[tuple[int, int]] = frozenset()  # (row0, col0) whose last character was cut in its bytes


@dataclass
class _Mapping:
    """A folder's columns.toml: the staff's own headers and defaults."""

    columns: dict[str, str]  # normalised header -> field ("" = known, not read)
    defaults: dict[str, str]
    used: set[str] = field(default_factory=set)
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> the system's code -> its word
    # layout name -> defaults for files read by that layout only ([defaults.gsxt-serious]): two lists of one
    # folder (the court's and the market regulator's in blacklist/) have different issuers.
    layout_defaults: dict[str, dict[str, str]] = field(default_factory=dict)


FileReader = Callable[[Kind, Path, str, "_Mapping | None"], list[tuple[str, pd.DataFrame | None, list[Problem]]]]


def load_sources(data_dir: Path, reader: FileReader | None = None, entries: list[InputEntry] | None = None) -> Sources:
    """Read the data folder of data-contract.md; problems are collected, not raised.

    `reader` reads one data file as `_read_file` does (the default); the partition cache
    (generator/partitions.py) gives its own, which hands back what an earlier build read, with
    the listing (`list_inputs`) it was made from as `entries`.
    """
    read_file = reader or _read_file
    problems: list[Problem] = []
    damaged: list[Problem] = []
    by_kind: dict[str, list[InputEntry]] = {}
    for entry in list_inputs(data_dir) if entries is None else entries:
        by_kind.setdefault(entry.kind, []).append(entry)
    kinds: dict[str, LoadedKind] = {}
    for name, kind in KINDS.items():
        frames: list[pd.DataFrame] = []
        files: list[str] = []
        entries = by_kind.get(name, [])
        mapping: _Mapping | None = None
        for entry in entries:
            if entry.role == "mapping":
                mapping, mapping_problems = _read_mapping(kind, entry)
                damaged.extend(mapping_problems)
        for entry in entries:
            if entry.role == "refused":
                assert entry.problem is not None
                damaged.append(entry.problem)
            elif entry.role == "ignored":
                suffix = Path(entry.rel).suffix
                problems.append(entry.problem or Problem(name, entry.rel, None, None, "file-unknown-type", WARNING,
                                                         f"{entry.rel}: 不支持的文件类型 {suffix or '(无扩展名)'}，已忽略"))
            elif entry.role == "data":
                assert entry.path is not None
                for sheet_file, frame, file_problems in read_file(kind, entry.path, entry.rel, mapping):
                    for p in file_problems:
                        # A row refused for its status word refuses the row, not the file (nor stops the build).
                        (damaged if p.severity == ERROR and p.code not in ROW_ERRORS else problems).append(p)
                    if frame is not None:
                        frames.append(frame)
                        files.append(sheet_file)
        if mapping is not None:
            unused = sorted(h for h in mapping.columns if h not in mapping.used)
            if unused and files:
                rel = f"{name}/{MAPPING_FILE}"
                problems.append(Problem(name, rel, None, None, "mapping-unused", WARNING,
                                        f"{rel}: 这些列名在本文件夹的文件中都没有出现："
                                        f"{'、'.join(detect.mask_cell(h) for h in unused)}"))
        columns = [*kind.names, FILE, ROW, EXTRA_CELLS, UNWRITTEN]
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)
        frame = frame.reindex(columns=columns, fill_value="")
        frame[ROW] = frame[ROW].astype("int64")
        frame[EXTRA_CELLS] = frame[EXTRA_CELLS].astype(bool)
        frame[UNWRITTEN] = pd.to_numeric(frame[UNWRITTEN], errors="coerce").fillna(0).astype("int64")
        kinds[name] = LoadedKind(kind, frame, files)
    return Sources(data_dir, kinds, problems, damaged)


def _read_mapping(kind: Kind, entry: InputEntry) -> tuple[_Mapping | None, list[Problem]]:
    """A kind folder's columns.toml, checked: a target that is not a field of the kind refuses the file."""
    rel = entry.rel
    assert entry.path is not None
    try:
        data = tomllib.loads(entry.path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return None, [Problem(kind.name, rel, None, None, "mapping-invalid", ERROR,
                              f"{rel}: 列名对照文件无法读取（{type(exc).__name__}），请检查 TOML 格式")]
    names = set(kind.names)
    errors: list[str] = []
    unknown_tables = sorted(set(data) - {"columns", "defaults", "values"})
    if unknown_tables:
        errors.append(f"未知的表 {'、'.join(unknown_tables)}（只能有 [columns]、[defaults] 和 [values]）")
    columns: dict[str, str] = {}
    for header, target in dict(data.get("columns", {})).items():
        if not isinstance(target, str) or (target and target not in names):
            errors.append(f"[columns] “{header}” 指向的“{target}”不是{kind.title}的字段")
            continue
        columns[normalize_header(header)] = target
    defaults: dict[str, str] = {}
    layout_defaults: dict[str, dict[str, str]] = {}
    for target, value in dict(data.get("defaults", {})).items():
        if isinstance(value, dict) and target in LAYOUTS:
            for inner, inner_value in value.items():
                if inner not in names:
                    errors.append(f"[defaults.{target}] “{inner}”不是{kind.title}的字段")
                    continue
                layout_defaults.setdefault(target, {})[inner] = str(inner_value).strip()
            continue
        if isinstance(value, dict) or target not in names:
            known = "、".join(n for n, lay in LAYOUTS.items() if kind.name in lay.kinds)
            errors.append(f"[defaults] “{target}”不是{kind.title}的字段" + (f"，也不是格式名（{known}）"
                                                                         if isinstance(value, dict) else ""))
            continue
        defaults[target] = str(value).strip()
    # [values."处罚类别"] "1" = "警告": what the system's own codes mean (a field with a code list only).
    values: dict[str, dict[str, str]] = {}
    for target, codes in dict(data.get("values", {})).items():
        if target not in names or not kind.field(target).codes or not isinstance(codes, dict):
            errors.append(f"[values.\"{target}\"] 不是{kind.title}中有代码表的字段")
            continue
        values[target] = {str(code).strip(): str(word).strip() for code, word in codes.items()}
    if errors:
        return None, [Problem(kind.name, rel, None, None, "mapping-invalid", ERROR,
                              f"{rel}: " + "；".join(errors[:10]))]
    return _Mapping(columns, defaults, values=values, layout_defaults=layout_defaults), []


# -- one file -------------------------------------------------------------------------------------


def _read_file(kind: Kind, path: Path, rel: str, mapping: _Mapping | None
               ) -> list[tuple[str, pd.DataFrame | None, list[Problem]]]:
    """One file -> one (location, rows with canonical columns, problems) per sheet read."""
    def fail(code: str, message: str) -> list[tuple[str, pd.DataFrame | None, list[Problem]]]:
        return [(rel, None, [Problem(kind.name, rel, None, None, code, ERROR, f"{rel}: {message}")])]

    try:
        sheets, notes = _read_sheets(path)
    except _TooLarge as exc:
        advice = "" if "：" in str(exc) else "；请分成几个较小的文件导出"  # a message saying its own remedy keeps it
        return fail("file-too-large", f"{exc}{advice}")
    except (_EmptyArchive, _OutOfLine) as exc:
        return fail("file-unreadable", str(exc))
    except _Encrypted:
        return fail("file-unreadable", "文件设置了打开密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码"
                                       "（文件—信息—保护工作簿—用密码进行加密，清空密码）后保存，再重新放入")
    except _BrokenQuote as exc:
        return [(rel, None, [Problem(kind.name, rel, exc.line, None, "file-unbalanced-quote", ERROR,
                                     f"{rel}: 第 {exc.line} 行的某个单元格以英文引号（\"）开头却没有结束，其后约 "
                                     f"{exc.swallowed} 行被读进了同一个单元格（这些记录会丢失），整个文件未读取；"
                                     "请在源系统或 Excel 中去掉该引号后重新导出")])]
    except _BadBytes as exc:
        return [(rel, None, [Problem(kind.name, rel, exc.row, None, "file-undecodable", ERROR, f"{rel}: {exc}")])]
    except UnicodeDecodeError:
        return fail("file-undecodable", "无法识别文件编码（不是 UTF-8 或 GB18030）")
    except Exception as exc:  # noqa: BLE001 - any reader failure means the file cannot be trusted
        return fail("file-unreadable", f"文件无法读取（{type(exc).__name__}），可能已损坏或下载不完整")
    notes.extend(_visible_headers(kind, sheets, mapping))
    noted = [Problem(kind.name, rel, None, None, "file-format-read", WARNING, f"{rel}: {note}") for note in notes]
    if path.suffix.lower() in (*JSON_SUFFIXES, ".xml", *_PAGE_SUFFIXES) and not any(sheet.rows for sheet in sheets):
        # JSON without a list of records (a manifest, a settings file) is not an export, as a note beside them is not;
        # nor is a web page without a table (导出说明.html).
        return [(rel, None, [Problem(kind.name, rel, None, None, "file-unknown-type", WARNING,
                                     f"{rel}: 文件中没有记录列表，视为说明文件，已忽略")])]
    if not any(sheet.rows for sheet in sheets):
        return [(rel, None, [Problem(kind.name, rel, None, None, "file-header-only", ERROR, f"{rel}: 文件为空")])]
    # A sheet named as instructions or an example (填报说明, 示例) documents the template: its header and
    # sample rows are not records, even when they look like them.
    # A hidden sheet (adversarial round 5: a staff sheet hidden in the export) is not read either: what
    # staff see when they open the file is what is published.
    # A control file's hidden sheet is read all the same (h19s's S4): hiding a sheet does not undo the decisions on it.
    headers = [None if sheet.name and len(sheets) > 1 and ((sheet.hidden and not kind.control)
                                                           or _NOTES_SHEET.search(sheet.name))
               else _find_header(kind, sheet.rows, mapping) for sheet in sheets]
    helpers = _helper_sheets(kind, sheets, headers, mapping)
    headers = [None if i in helpers else h for i, h in enumerate(headers)]
    for sheet, header_at in zip(sheets, headers):
        noted.extend(_cut_cells(kind, rel, sheet, header_at))
    for sheet, header_at in zip(sheets, headers):
        if header_at is not None and sheet.hidden_columns:
            noted.extend(_hide_columns(kind, f"{rel}#{sheet.name}" if len(sheets) > 1 and sheet.name else rel,
                                       sheet, header_at))
    noted.extend(Problem(kind.name, rel, None, None, "control-hidden-applied", WARNING,
                         f"{rel}: 工作表“{sheet.name}”在 Excel 中被隐藏，仍已读取：隐藏不撤回其中的修复或撤销决定")
                 for sheet, header_at in zip(sheets, headers) if kind.control and sheet.hidden and header_at is not None)
    if path.suffix.lower() == ".xml" and all(h is None for h in headers):
        # An XML without a recognisable header is a schema or a settings file beside the exports, not an export.
        return [(rel, None, [Problem(kind.name, rel, None, None, "file-unknown-type", WARNING,
                                     f"{rel}: XML 文件中没有可识别的字段名，视为说明或配置文件，已忽略；如是导出数据，"
                                     "请在 columns.toml 中写明字段对应")])]
    if path.suffix.lower() in (".txt", *_PAGE_SUFFIXES) and all(h is None for h in headers):
        # A .txt (or a web page) without a recognisable header is a note left beside the exports (说明.txt), not an
        # export.
        return [(rel, None, [Problem(kind.name, rel, None, None, "file-unknown-type", WARNING,
                                     f"{rel}: 文本文件中没有可识别的表头，视为说明文字，已忽略")])]
    # Rows are located as file#sheet when several sheets of the workbook are read.
    several = sum(h is not None for h in headers) > 1
    results: list[tuple[str, pd.DataFrame | None, list[Problem]]] = []
    skipped: list[tuple[str, _Sheet, bool]] = []
    for i, (sheet, header_at) in enumerate(zip(sheets, headers)):
        where = f"{rel}#{sheet.name}" if several and sheet.name is not None else rel
        if header_at is None:
            skipped.append((f"{rel}#{sheet.name}" if len(sheets) > 1 else rel, sheet, i in helpers))
            continue
        results.append(_read_sheet(kind, sheet, header_at, where, rel, mapping))
    if not results:
        # No sheet has a recognisable header: the file is refused, naming what the first rows lack.
        where, sheet, _ = skipped[0]
        where, frame, problems = _read_sheet(kind, sheet, 0, rel, rel, mapping)
        return [(where, frame, noted + problems)]
    if noted:
        results.append((rel, None, noted))
    for where, sheet, helper in skipped:
        if any(any(_text(c) for c in row) for row in sheet.rows):
            why = ("该工作表在 Excel 中被隐藏（如需公示，请取消隐藏后重新导出）" if sheet.hidden
                   else "工作表名表明是填报说明或示例" if sheet.name and _NOTES_SHEET.search(sheet.name)
                   else (f"该工作表的表头没有{kind.title}记录的当事人、文号或日期列（是汇总表、数据字典或代码表，"
                         "不是记录表；如其中有记录，请按记录表的表头填写）") if helper
                   else f"该工作表前 {HEADER_SEARCH_ROWS} 行中没有可识别的表头")
            results.append((where, None, [Problem(kind.name, where, None, None, "sheet-skipped", WARNING,
                                                  f"{where}: {why}，未读取")]))
    return results


# Zero-width characters a header copied from a web page carries (U+200B ZERO WIDTH SPACE, U+200C/U+200D joiners,
# U+2060 WORD JOINER, U+FEFF): invisible in Excel, so 行政处罚决定书文号\u200b was "missing" though the clerk sees it.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def _visible_headers(kind: Kind, sheets: list[_Sheet], mapping: _Mapping | None) -> list[str]:
    """Drop zero-width characters from the cells of the first rows that are a known header without them (in place),
    before the header is looked for (h21e 15); one note per sheet names the columns. Other cells are left as written:
    values are validation's to judge."""
    known = set(header_map(kind)) | set(SERIAL_HEADERS) | _all_headers()
    for _, layout in _layouts_for(kind):
        known |= set(layout.columns) | set(layout.split)
    if mapping is not None:
        known |= set(mapping.columns)
    notes: list[str] = []
    for sheet in sheets:
        cleaned: list[str] = []
        for r, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
            for c, cell in enumerate(row):
                if type(cell) is not str or len(cell) > 80 or not _ZERO_WIDTH.search(cell):
                    continue
                visible = _ZERO_WIDTH.sub("", cell)
                norm = normalize_header(visible)
                if norm in known or norm.upper() in known:
                    row[c] = visible
                    cleaned.append(f"第 {r + 1} 行第 {c + 1} 列“{visible.strip()}”")
        if cleaned:
            where = f"工作表“{sheet.name}”" if sheet.name and len(sheets) > 1 else ""
            notes.append(f"{where}表头中有看不见的零宽字符（常随从网页复制的文字带入）：{'、'.join(cleaned[:10])}"
                         f"{' 等' if len(cleaned) > 10 else ''}，已去掉后按列名读取")
    return notes


_PERIOD = re.compile(r"^\s*自?\s*(.+?)\s*(?:至|到|~|～|—{1,2}|－|-)\s*(\d{4}.*?|长期|永久|长期有效)\s*(?:止|为止)?\s*$")


def _split_period(cell: str) -> tuple[str, str]:
    """A whole validity period (2026-03-01至2031-02-28, 2026年3月1日-2031年2月28日, 2026.03.01—2031.02.28, …至长期) as
    (start, end); a cell holding one date is its end (what a 有效期 column means alone)."""
    found = _PERIOD.match(cell)
    return (found.group(1), found.group(2)) if found else ("", cell.strip())


_LABEL_WORDS = re.compile(r"(?:文号|名称|姓名|事实|案由|依据|决定|机关|日期|代码|内容|类别)$")


def _label_value_layout(rows: list[list[object]], header_at: int) -> bool:
    """Whether a sheet is a form of label | value rows (one record down column A, its values to the right)
    rather than a table: at least four rows whose first cell is a field's label and whose next cell is filled,
    under a "header" of at most three cells."""
    if header_at >= len(rows) or sum(1 for c in rows[header_at] if _text(c)) > 3:
        return False
    labelled = sum(1 for row in rows[:HEADER_SEARCH_ROWS * 2]
                   if len(row) > 1 and _LABEL_WORDS.search(normalize_header(_text(row[0]))) and _text(row[1]))
    return labelled >= 4


def _hide_columns(kind: Kind, where: str, sheet: _Sheet, header_at: int) -> list[Problem]:
    """A sheet's hidden columns are not read, as its hidden rows are not (h20e case 4: a hidden 罚款金额（元）
    holding an old 3000 was published over the visible 罚款金额（万元） 0.2): what staff see is what is published.
    Each hidden column holding anything is named. A repair or withdrawal reads them all the same (h19s's S4)."""
    problems: list[Problem] = []
    width = max((len(row) for row in sheet.rows), default=0)
    for c in sorted(c for c in sheet.hidden_columns if c < width):
        if not any(c < len(row) and _text(row[c]) for row in sheet.rows[header_at:]):
            continue
        label = _column_label(normalize_header(_text(sheet.rows[header_at][c]))
                              if c < len(sheet.rows[header_at]) else "", c)
        if kind.control:
            problems.append(Problem(kind.name, where, header_at + 1, label, "control-hidden-applied", WARNING,
                                    f"{where}: 列“{label}”在 Excel 中被隐藏，仍已读取：隐藏不撤回修复或撤销决定"))
            continue
        for row in sheet.rows:
            if c < len(row):
                row[c] = None
        problems.append(Problem(kind.name, where, header_at + 1, label, "column-hidden", WARNING,
                                f"{where}: 列“{label}”（第 {c + 1} 列）在 Excel 中被隐藏，未读取；如需公示，"
                                "请取消隐藏后重新放入"))
    return problems


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else _cell_text(value).strip()


@dataclass
class _Plan:
    """How one header row is read: field -> column positions, plus what the layout implies."""

    layout_name: str | None
    layout: KindLayout | None
    positions: dict[str, list[int]]
    split: list[int]  # columns holding mixed party codes / ID numbers
    withdrawn: list[tuple[int, tuple[str, ...]]]
    known: set[int]  # columns that are recognised (read or deliberately ignored)
    problems: list[Problem]
    raw_headers: dict[str, int]  # normalised header -> first column (for templates)
    in_yuan: set[int] = field(default_factory=set)  # amount columns whose header says 元, not 万元
    removed: list[int] = field(default_factory=list)  # columns whose filled cell means the entry left the list
    only: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)  # column -> the values the list holds
    titled_by: str = ""  # the words of a title or name the layout was recognised by (no signature column)
    # (fields, what to tell staff) for headers that may name a field (schema.AMBIGUOUS_HEADERS)
    ambiguous: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    noted: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # column -> status value -> its meaning
    # Columns holding a status word that says whether the row stands (contract.STATUS_COLUMNS), whatever the layout.
    statuses: list[tuple[int, StatusColumns]] = field(default_factory=list)
    period_column: int | None = None  # a column holding a whole validity period (有效期限), split into PERIOD_FIELDS


def _layouts_for(kind: Kind) -> list[tuple[str, KindLayout]]:
    return [(name, layout.kinds[kind.name]) for name, layout in LAYOUTS.items() if kind.name in layout.kinds]


def _resolve(kind: Kind, label: str, layout: KindLayout | None, base: dict[str, str],
             mapping: _Mapping | None) -> str | None:
    """The field a header names: the staff's mapping first, then a numbered header's own text, then the layout."""
    norm = normalize_header(label)
    if mapping is not None and norm in mapping.columns:
        return mapping.columns[norm]
    spelled = re.sub(r"\s+", "", without_field_code(label.replace("（", "(").replace("）", ")"))).lstrip("*")
    # Also 行政相对人代码-统一社会信用代码, as a 2019-template exporter labels CF_XDR_SHXYM … (h10x).
    numbered = re.match(r"^行政相对人代码(?:_\d\((.+)\)|_?\d?[-－—–](.+))$", spelled)
    if numbered and kind.has_party:
        inner = numbered.group(1) or numbered.group(2)
        inner = HEADER_SYNONYMS.get(inner, inner)
        if inner in kind.names:
            return inner
        norm = normalize_header(norm)  # the bare number: read by the layout
    if layout is not None:
        for key in (norm, norm.upper()):
            if key in layout.columns:
                return layout.columns[key]
    found = base.get(norm) or base.get(norm.upper())
    if found is None:
        amount = amount_header(kind, norm)
        if amount is not None and amount[1]:  # an amount with its unit stated (罚款金额（单位：元）)
            return amount[0]
    return found


def _score(kind: Kind, row: list[object], layout: KindLayout | None, mapping: _Mapping | None) -> tuple[int, int]:
    """(signature columns present, distinct fields named) for one candidate header row."""
    signature, fields = _named(kind, row, layout, mapping)
    return signature, len(fields)


def _named(kind: Kind, row: list[object], layout: KindLayout | None, mapping: _Mapping | None) -> tuple[int, set[str]]:
    """(signature columns present, the fields named) for one candidate header row."""
    base = header_map(kind)
    fields: set[str] = set()
    signature = 0
    for cell in row:
        label = _text(cell)
        if not label:
            continue
        norm = normalize_header(label)
        if layout is not None and (norm in layout.signature or norm.upper() in layout.signature):
            signature += 1
        if layout is not None and norm in layout.split:
            fields.add(f"split:{norm}")
            continue
        target = _resolve(kind, label, layout, base, mapping)
        if target:
            fields.add(target)
    return signature, fields


def _record_fields(kind: Kind, row: list[object], mapping: _Mapping | None) -> set[str]:
    """The fields a header row names, read by the contract and by each layout of the kind (the most found)."""
    return max((_named(kind, row, layout, mapping)[1] for layout in [None, *(lay for _, lay in _layouts_for(kind))]),
               key=len)


def _cut_cells(kind: Kind, rel: str, sheet: _Sheet, header_at: int | None) -> list[Problem]:
    """One warning per cell whose last character was cut in its bytes (_utf8_with_cut_cells), naming row and column."""
    header = sheet.rows[header_at] if header_at is not None else []
    found: list[Problem] = []
    for r, c in sorted(sheet.cut_cells)[:PROBLEMS_LISTED]:
        label = _column_label(normalize_header(_text(header[c])), c) if c < len(header) and _text(header[c]) else \
            f"第 {c + 1} 列"
        found.append(Problem(kind.name, rel, r + 1, label, "cell-cut-character", WARNING,
                             f"{rel} 第 {r + 1} 行“{label}”：单元格末尾是半个字符（源系统按字节截断了该字段，如 Oracle "
                             "VARCHAR2(n BYTE)），已去掉残缺的字节后读取；该单元格的文字可能不完整，请在源系统核对"))
    return found


def _helper_sheets(kind: Kind, sheets: list[_Sheet], headers: list[int | None], mapping: _Mapping | None) -> set[int]:
    """The sheets of a workbook that are no record table beside one that is: a 汇总 (summary) sheet beside the month
    sheets of a 台账 (序号, 处罚机关, 案件数, 罚款金额 and a 合计 row), a visible 数据字典 or 代码表 whose value lists the
    data sheet's drop-downs read (Excel: "create a drop-down list from a range on another sheet"; h21e 12, 13). Such a
    header names some known fields but none that make a record — the party, the decision number, its date — and
    fewer than half as many fields as the record sheet beside it; the build stopped on it with file-missing-column.
    A sheet that names one of those is a record sheet, and still refused when it lacks a required column."""
    identity = {f for f in (PARTY_NAME_FIELD if kind.has_party else "", kind.key, kind.key_fallback,
                            kind.decision_date) if f}
    if len(sheets) < 2 or not identity:
        return set()
    named = {i: _record_fields(kind, sheets[i].rows[h], mapping) for i, h in enumerate(headers) if h is not None}
    records = [len(fields) for fields in named.values() if fields & identity]
    if not records:
        return set()
    return {i for i, fields in named.items() if not fields & identity and 2 * len(fields) < max(records)}


def _find_header(kind: Kind, rows: list[list[object]], mapping: _Mapping | None) -> int | None:
    """The row (0-based) within the first rows that names the most known fields; None when none names enough."""
    best: tuple[int, int] | None = None
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        # A layout's own signature columns count too: a list format may name few contract fields.
        count = max(sum(_score(kind, row, layout, mapping))
                    for layout in [None, *(lay for _, lay in _layouts_for(kind))])
        if count >= min(MIN_HEADER_FIELDS, len(kind.fields)) and (best is None or count > best[1]):
            best = (i, count)
    return None if best is None else best[0]


def _plan(kind: Kind, header: list[object], where: str, header_row: int, mapping: _Mapping | None,
          context: str = "") -> _Plan:
    """Choose the layout by the columns the header has (signature first, then fields named; then the words of
    `context`, the title rows above the header and the sheet's and file's names) and map each column."""
    candidates = _layouts_for(kind)
    default = next(((n, lay) for n, lay in candidates if LAYOUTS[n].default), (None, None))
    chosen: tuple[str | None, KindLayout | None] = default
    best = (0, -1)
    for name, candidate in candidates:
        signature, count = _score(kind, header, candidate, mapping)
        if signature and (signature, count) > best:
            best, chosen = (signature, count), (name, candidate)
    titled_by = ""
    if best == (0, -1) and context:
        chosen, titled_by = _titled_layout(kind, header, candidates, mapping, context) or (chosen, "")
    layout_name, layout = chosen
    base = header_map(kind)
    problems: list[Problem] = []
    positions: dict[str, list[int]] = {}
    split: list[int] = []
    withdrawn: list[tuple[int, tuple[str, ...]]] = []
    noted: list[tuple[int, dict[str, str]]] = []
    period_column: int | None = None
    removed: list[int] = []
    statuses: list[tuple[int, StatusColumns]] = []
    known: set[int] = set()
    raw_headers: dict[str, int] = {}
    joined = set(layout.join) if layout else set()
    unknown = 0
    ambiguous_columns: list[tuple[tuple[str, ...], str, int]] = []
    unit_above = _unit_stated_above(context[len(where):] if context.startswith(where) else context)
    titled_yuan: set[int] = set()
    for i, raw in enumerate(header):
        label = _text(raw)
        norm = normalize_header(label)
        if not norm:
            continue
        raw_headers.setdefault(norm, i)
        if mapping is not None and norm in mapping.columns:
            mapping.used.add(norm)
        if layout is not None:
            for key in dict.fromkeys((norm, norm.upper())):
                if key in layout.withdrawn:
                    withdrawn.append((i, layout.withdrawn[key]))
                if key in layout.noted:
                    noted.append((i, layout.noted[key]))
            if norm in layout.removed:
                removed.append(i)
        if ((layout is not None and norm in layout.split) or (kind.has_party and norm in PARTY_CODE_HEADERS)) \
                and not (mapping and norm in mapping.columns):
            split.append(i)
            known.add(i)
            continue
        target = _resolve(kind, label, layout, base, mapping)
        if target is None and norm.upper() in SERIAL_HEADERS:
            target = ""
        if not target and _status_column(kind, norm, i, mapping, withdrawn, noted, removed, statuses):
            known.add(i)
            continue
        if target is not None and target and IDENTITY_HEADER.search(norm) and kind.field(target).privacy != NEVER:
            # A column named after an identity document is never public, whatever it is mapped to.
            safe = ID_NUMBER_FIELD if ID_NUMBER_FIELD in kind.names and ID_NUMBER_FIELD not in positions else None
            problems.append(Problem(kind.name, where, header_row, _column_label(norm, i), "column-identity-never-public",
                                    WARNING, f"{where}: 第 {i + 1} 列的列名指向身份证件，按“证件号码”处理，不会公开"
                                    if safe else f"{where}: 第 {i + 1} 列的列名指向身份证件，已忽略，不会公开"))
            target = safe or ""
        unit_missing = amount_header(kind, norm) if target is None else None
        if unit_missing is not None and unit_above:
            # 罚款金额 under a table whose title rows state the unit (金额单位：元): read in that unit, and said.
            field_name, said = unit_missing[0], unit_above[1]
            problems.append(Problem(kind.name, where, header_row, _column_label(norm, i), "column-amount-unit-from-title",
                                    WARNING, f"{where}: 列“{_column_label(norm, i)}”没有写明单位，按表格上方所写的“{said}”"
                                             f"读取{'（换算为万元）' if unit_above[0] == YUAN else ''}：请核对"))
            known.add(i)
            if field_name in positions:
                problems.append(Problem(kind.name, where, header_row, _column_label(norm, i), "file-duplicate-column",
                                        WARNING, f"{where}: 字段“{field_name}”出现多列，使用第一列"))
                continue
            positions[field_name] = [i]
            if unit_above[0] == YUAN:
                titled_yuan.add(i)
            continue
        if unit_missing is not None:
            # 罚款金额 with no unit: not read, and said so (hx6 finding 11, hx7).
            field_name = unit_missing[0]
            problems.append(Problem(kind.name, where, header_row, _column_label(norm, i), "column-amount-unit-unknown",
                                    WARNING, f"{where}: 列“{_column_label(norm, i)}”没有写明单位，未读取（金额不公示）："
                                             f"请把列名改为“{field_name.replace('(', '（').replace(')', '）')}”"
                                             "或写明“（元）”后重新放入"))
            known.add(i)
            continue
        ambiguous = AMBIGUOUS_HEADERS.get(kind.name, {}).get(norm) if target is None else None
        if ambiguous is not None:
            # A local system's header that may name a field (办理机关: 处罚机关?): not guessed; staff say it.
            maybe_fields, why = ambiguous
            lines = "或".join(f"\"{norm}\" = \"{name}\"" for name in maybe_fields)
            said = (f"列“{norm}”{why}，未读取；如就是“{'”或“'.join(maybe_fields)}”，请在本文件夹的 columns.toml 的 "
                    f"[columns] 中写 {lines}")
            ambiguous_columns.append((maybe_fields, said, i))
            continue
        if target is None and norm in PERIOD_HEADERS and set(PERIOD_FIELDS) <= set(kind.names) and period_column is None:
            period_column = i
            known.add(i)
            continue
        if target is None:
            unknown += 1
            if unknown <= PROBLEMS_LISTED:
                problems.append(Problem(kind.name, where, header_row, _column_label(norm, i), "file-unknown-column",
                                        WARNING, f"{where}: 列“{_column_label(norm, i)}”不在数据规范中，已忽略，不会公开"))
            continue
        known.add(i)
        if not target:
            continue
        if (kind.control and target in positions and norm.startswith("原")
                and not normalize_header(_text(header[positions[target][0]])).startswith("原")):
            # A revocation list with both the new decision's 行政处罚决定书文号 and the 原行政处罚决定书文号 it
            # replaces (变更): the original is the record to stop, whatever the column order (hx7).
            problems.append(Problem(kind.name, where, header_row, _column_label(norm, i), "file-duplicate-column",
                                    WARNING, f"{where}: 字段“{target}”出现多列，使用写明“原”的“{_column_label(norm, i)}”"))
            positions[target] = [i]
            continue
        if target in positions and target not in joined:
            problems.append(Problem(kind.name, where, header_row, _column_label(norm, i), "file-duplicate-column",
                                    WARNING, f"{where}: 字段“{target}”出现多列，使用第一列"))
            continue
        positions.setdefault(target, []).append(i)
    for maybe_fields, said, i in ambiguous_columns:
        # Said with the columns.toml line while a field it may be has no column; else an unknown column like any.
        problems.append(Problem(kind.name, where, header_row, _column_label(normalize_header(_text(header[i])), i),
                                "file-unknown-column", WARNING,
                                f"{where}: {said}" if set(maybe_fields) - set(positions) else
                                f"{where}: 列“{_column_label(normalize_header(_text(header[i])), i)}”不在数据规范中，"
                                "已忽略，不会公开"))
    if unknown > PROBLEMS_LISTED:
        problems.append(Problem(kind.name, where, header_row, None, "file-unknown-column", WARNING,
                                f"{where}: 另有 {unknown - PROBLEMS_LISTED} 列不在数据规范中（共 {unknown} 列），已忽略，不会公开"))
    # An amount column headed in 元 (罚款金额（元）): its bare numbers are 元, converted by validation.
    in_yuan = {i for name, cols in positions.items() if kind.field(name).type == AMOUNT for i in cols
               if normalize_header(_text(header[i])).endswith("(元)")
               or (amount_header(kind, normalize_header(_text(header[i]))) or ("", ""))[1] == YUAN} | titled_yuan
    only = [(i, layout.only[normalize_header(_text(raw))]) for i, raw in enumerate(header)
            if layout is not None and normalize_header(_text(raw)) in layout.only]
    return _Plan(layout_name, layout, positions, split, withdrawn, known, problems, raw_headers, in_yuan, removed, only,
                 titled_by, [(maybe_fields, said) for maybe_fields, said, _ in ambiguous_columns], noted, statuses,
                 period_column if not set(PERIOD_FIELDS) & set(positions) else None)


def _status_column(kind: Kind, norm: str, i: int, mapping: _Mapping | None,
                   withdrawn: list[tuple[int, tuple[str, ...]]], noted: list[tuple[int, dict[str, str]]],
                   removed: list[int], statuses: list[tuple[int, StatusColumns]]) -> bool:
    """Whether column `i`, read as no field, is one of the kind's status columns (contract.STATUS_COLUMNS),
    added to the plan's lists if so: a removal column to `removed`, a status word's to `statuses` (and its words
    for staff to settle to `noted`). A column the layout declares, or that the folder's columns.toml names, is
    left as they read it."""
    status = STATUS_COLUMNS.get(kind.name)
    if status is None or (mapping is not None and norm in mapping.columns):
        return False
    if any(c == i for c, _ in withdrawn) or any(c == i for c, _ in noted):
        return False  # the layout's own reading (the 2016 standard's 当前状态)
    keys = {norm, norm.upper()}
    if keys & {normalize_header(h) for h in status.gone_when_filled}:
        if i not in removed:
            removed.append(i)
        return True
    if i in removed:
        return True
    if keys & {normalize_header(h) for h in status.status}:
        statuses.append((i, status))
        if status.noted:
            noted.append((i, status.noted))
        return True
    return False


# A unit stated for the whole table in a title row above it (金额单位：元, （单位：万元）, 单位:人民币元), as report
# templates print it. The unit must end the word: 填报单位：元谋县市场监督管理局 names a county, not a unit.
_UNIT_ABOVE = re.compile(r"(?:金额)?单位\s*[:：]?\s*(?:人民币)?(万元|元)(?![\u4e00-\u9fff])")


def _unit_stated_above(titles: str) -> tuple[str, str] | None:
    """(YUAN or WAN_YUAN, the words as written) when the title rows above a table state one amount unit;
    None when they state none, or both (which column is in which cannot be told)."""
    found = [(m.group(1), m.group(0)) for m in _UNIT_ABOVE.finditer(titles)]
    units = {unit for unit, _ in found}
    if len(units) != 1:
        return None
    unit, said = found[0]
    return (YUAN if unit == "元" else WAN_YUAN), said.strip()


def _titled_layout(kind: Kind, header: list[object], candidates: list[tuple[str, KindLayout]],
                   mapping: _Mapping | None, context: str) -> tuple[tuple[str | None, KindLayout | None], str] | None:
    """The list a title or name announces (KindLayout.titled), when the header has none of its signature columns
    and lacks a field the list's layout supplies: a wage-arrears list published without its arrears columns was
    refused whole for lacking 名单名称, 列入文号 and 列入依据 (hx8 left it). A header that names those fields itself
    is read by its own columns, whatever its title says."""
    base = header_map(kind)
    named = {_resolve(kind, _text(cell), None, base, mapping) for cell in header if _text(cell)}
    words = re.sub(r"\s+", "", context)
    for name, candidate in candidates:
        said = next((w for w in candidate.titled if w in words), None)
        supplied = set(candidate.fill) | set(candidate.compose)
        if said and supplied - named:
            return (name, candidate), said
    return None


def _column_label(norm: str, index: int) -> str:
    """A header as it may be quoted to staff: the words when they look like a header, else its position.

    A file linked in by mistake (a password file, a letter) must not have its first line echoed into
    the report, so anything that does not look like a column name is named by its position only.
    """
    looks_like_header = (len(norm) <= 30 and not re.search(r"\d{4,}|[@:;=<>{}\\]|https?", norm)
                         and re.search(r"[\u4e00-\u9fffA-Za-z]", norm) is not None)
    # (a header naming a person's contact is quoted masked: 欧阳丽娟电话 -> 欧***电话)
    return detect.mask_cell(norm) if looks_like_header else f"第{index + 1}列"


def _names_field(kind: Kind, label: str, mapping: _Mapping | None) -> bool:
    """Whether a header names a field of the kind in the contract, the folder's mapping or any layout."""
    if not label:
        return False
    if kind.has_party and normalize_header(label) in PARTY_CODE_HEADERS:
        return True
    base = header_map(kind)
    return any(_resolve(kind, label, layout, base, mapping)
               for layout in [None, *(lay for _, lay in _layouts_for(kind))])


def _two_row_header(kind: Kind, rows: list[list[object]], header_at: int, merged: list[tuple[int, int, int, int]],
                    mapping: _Mapping | None) -> tuple[int, int, list[object]]:
    """(first header row, last header row, column labels): a header on two rows read as one.

    Real exports group columns under a label merged across them (行政相对人代码 over 统一社会信用代码 …
    社会组织登记证号, 法定代表人证件 over 类型 and 号码), with the other labels merged down both rows.
    Each column then takes the lower label, or the group's label joined with it when only that
    names a field. Used when it names at least two fields the header row alone does not.
    """
    for top_at in (header_at, header_at - 1):
        sub_at = top_at + 1
        if top_at < 0 or sub_at >= len(rows):
            continue
        top = [_text(c) for c in rows[top_at]]
        sub = [_text(c) for c in rows[sub_at]]
        width = max(len(top), len(sub))
        top += [""] * (width - len(top))
        sub += [""] * (width - len(sub))
        group = list(top)
        for r0, c0, r1, c1 in merged:
            if r0 <= top_at <= r1 and r1 < sub_at:  # merged across, within the upper row
                for c in range(c0 + 1, min(c1 + 1, width)):
                    group[c] = top[c0]
        if not merged:  # CSV and Parquet: a group label stands over the empty cells to its right
            for c in range(1, width):
                if not top[c] and sub[c]:
                    group[c] = group[c - 1]
        labels: list[object] = []
        gained = 0
        original = [_text(c) for c in rows[header_at]] + [""] * width
        for c in range(width):
            if sub[c] and not _names_field(kind, top[c], mapping):
                label = next((x for x in (sub[c], group[c] + sub[c]) if _names_field(kind, x, mapping)), sub[c])
                gained += _names_field(kind, label, mapping) and not _names_field(kind, original[c], mapping)
                labels.append(label)
            else:
                labels.append(top[c])
        if gained >= 2:
            return top_at, sub_at, labels
    return header_at, header_at, rows[header_at]


def _layout_notes(kind: Kind, where: str, plan: _Plan, mapping: _Mapping | None, defaults: dict[str, str],
                  first_at: int, header_at: int) -> list[Problem]:
    """What staff are told about how a sheet was read: title rows above the header, the layout or the
    folder's columns.toml used with its defaults, columns copied from another."""
    problems: list[Problem] = []
    header_row = header_at + 1
    layout = plan.layout
    if first_at < header_at:
        problems.append(Problem(kind.name, where, first_at + 1, None, "file-header-row", WARNING,
                                f"{where}: 表头占第 {first_at + 1}–{header_row} 行（分组列名与其下的列名已合并读取）"
                                + (f"，其上 {first_at} 行（标题、说明）不是数据，未读取" if first_at else "")))
    elif header_at > 0:
        problems.append(Problem(kind.name, where, header_row, None, "file-header-row", WARNING,
                                f"{where}: 表头在第 {header_row} 行，其上 {header_at} 行（标题、说明）不是数据，未读取"))
    national = plan.layout_name is not None and not LAYOUTS[plan.layout_name].default
    # Quoted (“…”), so that the message is read as a person's record: a default may name a contact
    # (数据来源单位 = …（联系人冼某某，电话…）, adversarial round 5).
    filled = [f"{k}＝“{v}”" for k, v in defaults.items() if k not in plan.positions and "证件" not in k]
    mapped_here = mapping is not None and (bool(mapping.used & set(plan.raw_headers))
                                           or any(k not in plan.positions for k in mapping.defaults)
                                           or plan.layout_name in mapping.layout_defaults)
    # The fields a layout takes from another of the same row (公示系统 licences: 许可决定日期 from 有效期自).
    copies = [f"“{name}”按“{source}”" for name, source in (layout.copy.items() if layout else [])
              if name not in plan.positions and name not in defaults and source in plan.positions]
    if national or mapped_here:
        used = [LAYOUTS[plan.layout_name].title] if national and plan.layout_name else []
        if mapped_here:
            used.append(f"{kind.name}/{MAPPING_FILE}")
        problems.append(Problem(kind.name, where, header_row, None, "file-layout", WARNING,
                                f"{where}: 按{'、'.join(used)}读取"
                                + (f"（表头没有该名单特有的列，按标题或文件名中的“{plan.titled_by}”识别，请核实）"
                                   if plan.titled_by else "") + (f"；文件中没有的字段取默认值：{'；'.join(filled)}"
                                                                      if filled else "")
                                + (f"；文件中没有的字段按同一行填写：{'、'.join(copies)}，请核实" if national and copies else "")))
    # (A national standard's copies are what it means, said by file-layout; the template's are a stand-in.)
    copied = [] if national else [f"“{name}”按同一行的“{source}”填写" for name, source in (layout.copy.items() if layout else [])
                                  if name not in plan.positions and name not in defaults and source in plan.positions]
    if copied:
        problems.append(Problem(kind.name, where, header_row, None, "column-copied", WARNING,
                                f"{where}: 文件没有这些列，{'；'.join(copied)}，请核实"))
    return problems


_TEXT_TYPE = {str}


def _data_rows(kind: Kind, rows: list[list[object]], header_at: int, header: list[object], plan: _Plan,
               mapping: _Mapping | None, joined: list[tuple[int, list[int]]] | None = None,
               held: list[tuple[int, int, str, bool]] | None = None
               ) -> tuple[list[list[str]], list[int], list[int], list[int], list[int], list[int], list[int]]:
    """The data rows under the header, as text cells cut or padded to the header's width, with their
    spreadsheet row numbers; and the rows with cells beyond the header, not data, withdrawn in the file.
    A continuation row (only long-text cells continuing the row above's) is joined to it, listed in `joined`
    as (row number, its filled columns). A row whose status column (plan.statuses) says it does not stand, or
    holds an unknown word, is not read: listed in `held` as (row number, column, the word, whether known)."""
    width = len(header)
    mapped = sorted({i for cols in plan.positions.values() for i in cols} | set(plan.split))
    header_cells = [_text(c) for c in header]
    # The columns of the row's number (a record's key, a control row's 原决定文书号): a row filling one of them alone
    # is a record missing its other values, not a note (`_not_data`).
    keys = frozenset(i for name in (kind.key, CONTROL_TARGET_NO) if name for i in plan.positions.get(name, ()))
    # The long-text columns a table converted from a PDF or Word 公示 (WPS "PDF转Excel") wraps onto the next row.
    prose = frozenset(i for name, cols in plan.positions.items()
                      if name in kind.names and kind.field(name).type == FREE_TEXT for i in cols)
    kept: list[list[str]] = []
    row_numbers: list[int] = []
    extra_rows: list[int] = []
    not_data: list[int] = []
    withdrawn_rows: list[int] = []
    removed_rows: list[int] = []
    other_rows: list[int] = []  # another list's entries in the same export (a customs list's 失信企业)
    # A sheet of text cells (a CSV, a program's all-text export) needs no conversion; a sheet whose first rows are
    # text may still hold a number further down (a fine typed as a number in row 60 crashed the build: h13x).
    text_only = all(type(c) is str for row in rows[header_at + 1:header_at + 50] for c in row)
    # Rows right under the header that are part of it: the field codes under the Chinese names (or
    # the other way round), or the template's 必填/选填 hints.
    continuation = {i for i in range(header_at + 1, min(header_at + 4, len(rows)))
                    if _header_like(kind, rows[i], plan, mapping)}
    for index in range(header_at + 1, len(rows)):
        row = rows[index]
        cells: list[str] = (row if text_only and set(map(type, row)) <= _TEXT_TYPE  # type: ignore[assignment]
                            else [_cell_text(c) for c in row])
        # `map` keeps the blank-row test in C: this loop runs once per input row.
        if not any(map(str.strip, cells)):
            continue  # a blank line: nothing to account for
        number = index + 1
        if index in continuation or _not_data(cells, mapped, header_cells, keys):
            not_data.append(number)
            continue
        if plan.withdrawn and any(_status_word(_cell(cells, i)) in values for i, values in plan.withdrawn):
            withdrawn_rows.append(number)
            continue
        if plan.removed and any(_filled(_cell(cells, i)) for i in plan.removed):
            removed_rows.append(number)
            continue
        if plan.statuses and held is not None:
            standing = _row_standing(cells, plan.statuses)
            if standing is not None:
                held.append((number, *standing))
                continue
        if plan.only and any(_filled(_cell(cells, i)) and _cell(cells, i).strip() not in values
                             for i, values in plan.only):
            other_rows.append(number)
            continue
        if len(cells) != width:
            if len(cells) > width:
                if any(map(str.strip, cells[width:])):
                    extra_rows.append(number)
                cells = cells[:width]
            else:  # a short row: its missing cells are empty
                cells = [*cells, *[""] * (width - len(cells))]
        if joined is not None and row_numbers and row_numbers[-1] == number - 1:
            filled = [i for i, c in enumerate(cells) if c.strip()]
            if filled and all(i in prose and kept[-1][i].strip() and not kept[-1][i].rstrip().endswith(_SENTENCE_END)
                              for i in filled):
                # (A cell above that ends its sentence is whole: a row of text under it is a half-filled record of
                # its own, rejected as before, never joined to another entity's facts.)
                # No number, no party, no date: not a record of its own, but the rest of the cells above (h20e
                # case 5: 处罚依据 "…第一百二" published cut, its "十四条" refused on the next row).
                above = kept[-1] = list(kept[-1])
                for i in filled:
                    above[i] = above[i].rstrip() + cells[i].strip()
                joined.append((number, filled))
                continue
        row_numbers.append(number)
        kept.append(cells)
    return kept, row_numbers, extra_rows, not_data, withdrawn_rows, removed_rows, other_rows


_SENTENCE_END = ("。", "！", "？", "!", "?", "；")


def _read_sheet(kind: Kind, sheet: _Sheet, header_at: int, where: str, rel: str, mapping: _Mapping | None,
                second_table: bool = False) -> tuple[str, pd.DataFrame | None, list[Problem]]:
    rows = sheet.rows
    _strip_nul_padding(rows)
    first_at, header_at, header = _two_row_header(kind, rows, header_at, sheet.merged, mapping)
    header_row = header_at + 1
    context = " ".join([where, *(_text(c) for row in rows[:first_at] for c in row)])
    plan = _plan(kind, header, where, header_row, mapping, context)
    second = _second_header(kind, rows, header_at, header, plan, mapping)
    if second is not None:
        return _read_tables(kind, sheet, header_at, second, where, rel, mapping)
    problems = list(plan.problems)
    layout = plan.layout
    defaults = dict(layout.fill) if layout else {}
    if mapping is not None:
        defaults.update(mapping.defaults)
        defaults.update(mapping.layout_defaults.get(plan.layout_name or "", {}))
    derived = set(defaults) | (set(layout.copy) | set(layout.compose) | set(layout.if_present) if layout else set())
    # No number column (信用承诺, 评价, 12315 exports): the number is composed (schema.COMPOSED_KEYS).
    composed_key = COMPOSED_KEYS.get(kind.name) if kind.key not in plan.positions and kind.key not in derived else None
    if composed_key:
        derived.add(kind.key)
    if plan.split:
        derived |= {USCC_FIELD, ID_NUMBER_FIELD}
    if plan.period_column is not None:
        derived |= set(PERIOD_FIELDS)
    missing = [f.name for f in kind.fields if must_be_filled(kind, f) and f.name not in plan.positions
               and f.name not in derived]
    # Party codes may be absent as columns when the file holds one party category only; the party's
    # category may be absent too: validation derives it from the party's codes (issue 17).
    missing = [m for m in missing if m not in (USCC_FIELD, PARTY_CATEGORY_FIELD)]
    if layout and layout.copy:
        missing = [m for m in missing if not (m in layout.copy and layout.copy[m] in plan.positions)]
    if kind.control and CONTROL_TARGET_NO not in missing and missing:
        # A repair or revocation list that names the original decision by its number stops that record
        # whatever else it lacks (validate.py: the missing cells are reported, the row kept): refusing
        # the file would stop the build over a platform's own column set (hx7 findings).
        problems.append(Problem(kind.name, where, header_row, ",".join(missing), "control-missing-column", WARNING,
                                f"{where}: 第 {header_row} 行表头没有 {'、'.join(missing)} 列；各行按所写的原决定文书号"
                                "处理，原记录不再公示"))
        missing = []
    if missing:
        hint = _missing_hint(kind, plan, missing)
        if _label_value_layout(rows, header_at):
            # A 公开表 laid out label | value, one decision per sheet (银保监 行政处罚信息公开表, h20e case 10): its "header"
            # is the first record's first line, so naming columns in columns.toml cannot read it.
            hint = ("。该表是竖排的公开表（每行一项：A 列为项目名，右边为内容，如银保监 行政处罚信息公开表，一张工作表一个决定），"
                    "不是一行一条记录的列表，无法按列读取：请从业务系统导出一行一条记录的列表（如 2019 年双公示模板），"
                    "或把各决定整理为一行一条、以项目名为表头后重新放入")
        # A header that may be the missing field (办理机关 for 处罚机关): the refused file's unknown columns are not
        # listed, so the line that reads it is said here.
        hint += "".join(f"；{said}" for maybe_fields, said in plan.ambiguous if set(maybe_fields) & set(missing))
        other = _other_kind(kind, header)
        if other is not None:
            # A workbook with a sheet per kind (行政许可 | 行政处罚), or a file dropped in the wrong folder (h12x).
            hint = (f"。该表的表头是{other[0].title}的列（{'、'.join(other[1][:4])}等），不是{kind.title}：请放入 "
                    f"{other[0].name} 文件夹；一个工作簿中各类数据各占一张工作表的，请把该工作表另存为单独的文件后放入")
            if second_table:
                # Two kinds in two blocks of one sheet (行政处罚 above, 行政许可 below a blank row): a sheet cannot
                # be saved apart, its rows from this header down can (h16x).
                hint = (f"。第 {header_row} 行起的表是{other[0].title}的列（{'、'.join(other[1][:4])}等），不是"
                        f"{kind.title}：请把第 {header_row} 行起的各行剪切到新工作簿，另存后放入 {other[0].name} "
                        "文件夹，本文件只留上面的表")
        problems.append(Problem(kind.name, where, header_row, ",".join(missing), "file-missing-column", ERROR,
                                f"{where}: 第 {header_row} 行表头缺少必填列 {'、'.join(missing)}{hint}"))
        return where, None, _masked_unknown(problems)
    problems.extend(_layout_notes(kind, where, plan, mapping, defaults, first_at, header_at))
    untrusted = _uncomputed_in_columns(kind, sheet, header_at, header, plan, where)
    if untrusted:
        return where, None, [*problems, *untrusted]
    _fill_merged(rows, sheet.merged, header_at)
    hidden_rows = sorted(r for r in sheet.hidden_rows if header_at < r < len(rows) and any(_text(c) for c in rows[r]))
    if kind.control:  # a hidden repair or withdrawal is still a decision (h19s's S4): read, and said
        problems.extend(_row_list(kind, where, [r + 1 for r in hidden_rows], "control-hidden-applied",
                                  "在 Excel 中被隐藏（手动隐藏或被筛选掉），仍已读取：隐藏不撤回修复或撤销决定"))
        hidden_rows = []
    for r in hidden_rows:
        rows[r] = []  # not read: what staff see when they open the file is what is published
    problems.extend(_row_list(kind, where, [r + 1 for r in hidden_rows], "row-hidden",
                              "在 Excel 中被隐藏（手动隐藏或被筛选掉），未读取；如需公示，请取消隐藏后重新放入"))
    joined: list[tuple[int, list[int]]] = []
    held: list[tuple[int, int, str, bool]] = []
    kept, row_numbers, extra_rows, not_data, withdrawn_rows, removed_rows, other_rows = _data_rows(
        kind, rows, header_at, header, plan, mapping, joined, held)
    problems.extend(Problem(kind.name, where, number, ",".join(_column_label(normalize_header(_text(header[i])), i)
                                                               for i in columns),
                            "row-continuation-joined", WARNING,
                            f"{where}: 第 {number} 行只有"
                            f"{'、'.join(_column_label(normalize_header(_text(header[i])), i) for i in columns)}"
                            f"（没有文书号、当事人和日期），是第 {number - 1} 行这些单元格的续行（由 PDF 或 Word 转换的表格"
                            f"常见），已接在第 {number - 1} 行的文字之后读取：请核对第 {number - 1} 行，或在源文件中合并两行")
                    for number, columns in joined)
    # The header written again below (two exports joined by `copy /b a.csv+b.csv` or a script appending each day's file,
    # a page break's repeated header): said as what it is, not as a generic note line (h21e bom-middle, left in 15).
    header_cells = [_text(c) for c in header]
    repeated_headers = [n for n in not_data if _repeats_header([_cell_text(c) for c in rows[n - 1]], header_cells)]
    problems.extend(_row_list(kind, where, repeated_headers, "row-repeated-header",
                              f"与第 {header_row} 行的表头相同，是重复的表头行（两份导出文件拼接在一起，或分页时重复的表头），"
                              f"未读取；其下各行仍按第 {header_row} 行的表头读取，请核对是否有重复导出的记录"))
    if repeated_headers:
        not_data = sorted(set(not_data) - set(repeated_headers))
    problems.extend(_row_list(kind, where, not_data, "row-not-data",
                              "不是数据行（只有序号、格式，为模板的示例行，或为制表人、审核人、填报日期等表尾说明），未读取"))
    problems.extend(_row_list(kind, where, withdrawn_rows, "row-withdrawn-in-file",
                              "当前状态为“撤销”，该决定已撤销，不公开"))
    removed_what = "、".join(f"“{_text(header[i])}”" for i in plan.removed)
    problems.extend(_row_list(kind, where, removed_rows, "row-removed-in-file",
                              f"已移出名单（{removed_what}已填写），不公开"))
    problems.extend(_held_rows(kind, where, header, plan, held))
    only_what = "；".join(f"“{_text(header[i])}”只收“{'、'.join(values)}”" for i, values in plan.only)
    problems.extend(_row_list(kind, where, other_rows, "row-other-list",
                              f"不是本名单（或不在可向社会公开的范围内）的记录（{only_what}），未读取、不公开"))
    for i, meanings in plan.noted:
        # A status the contract has no field for, kept and published, but never without a word (h20e case 6:
        # 2016 当前状态 2 异议 was published as an ordinary penalty, no report line said so).
        label = _column_label(normalize_header(_text(header[i])), i)
        for value, meaning in meanings.items():
            problems.extend(_row_list(kind, where, [n for n, cells in zip(row_numbers, kept)
                                                    if _status_word(_cell(cells, i)) == value], "row-status-noted",
                                      f"“{label}”为 {value}（{meaning}），该记录的状态待核实，仍按所写公示；如决定已变更"
                                      "或撤销，请在 withdrawals/ 中写明，或改正状态后重新导出"))
    if not row_numbers:
        if not_data or withdrawn_rows or removed_rows or other_rows or held:
            return where, None, problems
        problems.append(Problem(kind.name, where, None, None, "file-header-only", ERROR, f"{where}: 只有表头，没有数据行"))
        return where, None, _masked_unknown(problems)
    # One transposition instead of a Python step per cell.
    columns = list(zip(*kept))
    del kept
    data = _fields(kind, columns, len(row_numbers), plan, defaults, mapping.values if mapping else {})
    if plan.period_column is not None:
        start, end = PERIOD_FIELDS
        data[start], data[end] = (list(side) for side in zip(*map(_split_period, columns[plan.period_column])))
        label = _column_label(normalize_header(_text(header[plan.period_column])), plan.period_column)
        problems.append(Problem(kind.name, where, header_row, label, "column-period-split", WARNING,
                                f"{where}: 列“{label}”写的是整个有效期（起始日期至截止日期），已拆分为{start}、{end}读取；"
                                f"只写一个日期的行按{end}读取：请核对"))
    del columns
    if layout is not None and layout.period:
        problems.extend(_periods(kind, layout, data, row_numbers, where, header, plan))
    if sheet.date1904:
        problems.extend(_dates_1904(kind, data, where))
    if composed_key:
        data[kind.key] = [_compose_fields(composed_key, r, data) for r in range(len(row_numbers))]
        example = next((v for v in data[kind.key] if v), "")
        problems.append(Problem(kind.name, where, header_row, kind.key, "key-composed", WARNING,
                                f"{where}: 没有“{kind.key}”列，已按统一社会信用代码、日期和事项生成{kind.key}"
                                f"（{_template_words(composed_key)}，如“{example}”）；没有统一社会信用代码的行（如自然人）无法生成，"
                                f"需填写{kind.key}；要撤销其中一条，请在原决定文书号中填写该{kind.key}"))
    # Arrow-backed text: a fraction of the memory of one Python object per cell.
    frame = pd.DataFrame(data, dtype="str")
    del data
    _drop_direction_overrides(frame)
    _drop_text_marks(frame)
    clean_cells(frame, kind)  # invisible characters dropped, placeholders (null, nan, \N …) empty (values.py)
    shown_errors = _error_texts(kind, frame, row_numbers, where)
    if shown_errors is not None:  # an Excel error saved as its text (a CSV saved by Excel): nothing to read
        return where, None, [*problems, shown_errors]
    frame[FILE] = where
    frame[ROW] = row_numbers
    frame[EXTRA_CELLS] = frame[ROW].isin(extra_rows)
    # The fields this sheet did not write (no column: empty or a default): never in conflict with another copy's.
    split = {USCC_FIELD, ORG_CODE_FIELD, TAX_REG_NO_FIELD, ID_NUMBER_FIELD} if plan.split else set()  # `_split_code`
    frame[UNWRITTEN] = unwritten_bits(kind, set(plan.positions) | split)
    return where, frame, problems


def _other_kind(kind: Kind, header: list[object]) -> tuple[Kind, list[str]] | None:
    """The record kind whose own fields a refused header names, when it names at least MIN_HEADER_FIELDS of them and
    more than of `kind`'s own (fields the two kinds share, the party's, count for neither); with those fields."""
    labels = [_text(c) for c in header if _text(c)]
    best: tuple[Kind, list[str]] | None = None
    for other in KINDS.values():
        if other.name == kind.name or other.control:
            continue
        theirs = list(dict.fromkeys(f for label in labels
                                    if (f := _resolve(other, label, None, header_map(other), None)) and f not in kind.names))
        ours = {f for label in labels if (f := _resolve(kind, label, None, header_map(kind), None)) and f not in other.names}
        if len(theirs) >= MIN_HEADER_FIELDS and len(theirs) > len(ours) and (best is None or len(theirs) > len(best[1])):
            best = (other, theirs)
    return best


def _missing_hint(kind: Kind, plan: _Plan, missing: list[str]) -> str:
    """What staff do about required columns a file lacks, with the columns.toml lines as examples: a column of
    their own named otherwise ([columns]); a body's credit code, the same on every row ([defaults], or the
    layout's own table); where a layout's export leaves a field out, where it is found (KindLayout.missing).
    Only what the contract lets a file leave out is filled by the program; the rest is staff's to supply."""
    rel = f"{kind.name}/{MAPPING_FILE}"
    national = plan.layout_name is not None and not LAYOUTS[plan.layout_name].default
    table = f"[defaults.{plan.layout_name}]" if national else "[defaults]"
    # The issuing body, its (or the reporting unit's) credit code, the list's or the grading scheme's name: one value
    # for a whole file of one body and one list.
    constant = [m for m in missing if (kind.field(m).type == USCC and m != USCC_FIELD)
                or m in (kind.issuer_name, LIST_NAME, GRADE_SCHEME)]
    other = [m for m in missing if m not in constant]
    notes = plan.layout.missing if plan.layout is not None else {}
    parts = list(dict.fromkeys(notes[m] for m in other if m in notes))  # one note said once for the fields it names
    if other:
        parts.append(f"{'、'.join(other)}：请从源系统导出含这些列的数据，或从决定书补充；已有这些内容、只是列名不同的，"
                     f"在 {rel} 的 [columns] 中写明，如 \"本系统的列名\" = \"{other[0]}\"")
    if constant:
        example = ("本机关的18位统一社会信用代码" if kind.field(constant[0]).type == USCC else
                   "本机关的名称" if constant[0] == kind.issuer_name else "整个文件相同的名称")
        parts.append(f"{'、'.join(constant)}：在 {rel} 的 {table} 中写明（整个文件相同），如 \"{constant[0]}\" = "
                     f"\"{example}\"")
    return "。" + "。".join(parts) if parts else ""


# What a fixed-width field of a C or Delphi exporter is padded with (char buf[n] written whole, a Delphi
# string[n] or array of Char): NUL characters after (or before) the value, often with spaces.
_NUL_PADDING = "\x00 \t\u3000"


def _strip_nul_padding(rows: list[list[object]]) -> None:
    """Drop the NUL padding around the cells of a sheet (in place), before anything reads them.

    A C or Delphi exporter writes each text field at its full width, the value then NUL characters: every
    cell then held control characters and every row was rejected (`control-characters`), a status 1 (撤销)
    followed by NULs was no 撤销 at all. Only padding is dropped: a NUL inside a value (销售\x00超过…) is not
    padding, and validation still refuses the row for it."""
    for r, row in enumerate(rows):
        try:
            padded = "\x00" in "".join(row)  # type: ignore[arg-type]  # one C-level test for a row of text
        except TypeError:  # a workbook's numbers and dates beside its text
            padded = any(type(c) is str and "\x00" in c for c in row)
        if padded:
            rows[r] = [c.strip(_NUL_PADDING) if type(c) is str and "\x00" in c else c for c in row]


def _compose_fields(template: str, r: int, data: dict[str, list[str]]) -> str:
    """Fill a template from row r's fields (dates as YYYY-MM-DD) and `{party_code}`; "" when one is empty."""
    from generator.values import parse_date

    out = template
    for name in re.findall(r"\{([^}]+)\}", template):
        if name == "party_code":
            value = next((data[f][r].strip().upper() for f in (USCC_FIELD, TAX_REG_NO_FIELD, ORG_CODE_FIELD)
                          if f in data and _filled(data[f][r])), "")
        else:
            value = data[name][r].strip()
            value = (parse_date(value)[0] or value) if value else value
        if not _filled(value):
            return ""  # left empty: validation asks staff for it (missing-value)
        out = out.replace("{" + name + "}", value)
    return out


def _template_words(template: str) -> str:
    """A composed number's form as staff read it: 信用承诺（统一社会信用代码，做出承诺日期，承诺事项）."""
    return template.replace("{party_code}", "统一社会信用代码").replace("{", "").replace("}", "")


def _periods(kind: Kind, layout: KindLayout, data: dict[str, list[str]], row_numbers: list[int], where: str,
             header: list[object], plan: _Plan) -> list[Problem]:
    """An end date the file leaves empty, counted from its start date by the period its text states
    (the layout's `period`: 政府采购 一年内禁止参加政府采购活动 from 处罚日期), said in the report by file."""
    from generator.values import parse_date, period_end

    problems: list[Problem] = []
    for name, (text_field, start_field, words) in layout.period.items():
        counted: list[int] = []
        unread: list[int] = []
        cols = plan.positions.get(text_field)
        label = _text(header[cols[0]]) if cols else text_field  # the file's own header (处罚结果)
        for r, (end, text, start) in enumerate(zip(data[name], data[text_field], data[start_field])):
            if end.strip() or words not in text:
                continue
            day, written = period_end(text, parse_date(start.strip())[0] or "", words)
            if day is None:
                unread.append(row_numbers[r])
            else:
                data[name][r] = day
                counted.append(row_numbers[r])
        if counted:
            problems.append(Problem(kind.name, where, None, name, "period-counted", WARNING,
                                    f"{where}: {len(counted)} 行的{name}为空，已按“{label}”所写期限（如“一年内{words}”）"
                                    f"从{start_field}起算，期满之日起不再公示，请核实"))
        problems.extend(_row_list(kind, where, unread, "period-unread",
                                  f"“{label}”写有“{words}”，但期限或{start_field}无法识别，{name}留空："
                                  "该记录按最长公示期限公示，期满前如已解除请报送修复或移出"))
    return problems


# Excel's error values as a CSV saved by Excel writes them: the cell shows a failed formula, not a value.
EXCEL_ERRORS = ("#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!", "#GETTING_DATA")


def _error_texts(kind: Kind, frame: pd.DataFrame, row_numbers: list[int], where: str) -> Problem | None:
    """file-cell-error when a read column holds an Excel error value as text (a decision number #REF!
    would have been published as one)."""
    rows: set[int] = set()
    columns: list[str] = []
    for name in kind.names:
        hits = frame[name].isin(EXCEL_ERRORS)  # as Excel writes them (a cell padded with spaces is not one)
        if hits.any():
            columns.append(name)
            rows |= {row_numbers[i] for i in hits[hits].index}
    if not rows:
        return None
    ordered = sorted(rows)
    shown = "、".join(map(str, ordered[:10])) + (f" 等 {len(ordered)} 行" if len(ordered) > 10 else " 行")
    return Problem(kind.name, where, ordered[0], columns[0], "file-cell-error", ERROR,
                   f"{where}: 第 {shown}的“{'”“'.join(columns[:5])}”列是 Excel 错误值（如 #DIV/0!、#REF!、#N/A，"
                   "公式出错），无法读取；请在 Excel 或 WPS 中改正后重新放入")


def _second_header(kind: Kind, rows: list[list[object]], header_at: int, header: list[object], plan: _Plan,
                   mapping: _Mapping | None) -> int | None:
    """The row (0-based) where a second table of the sheet starts under its own header, or None.

    Exports put two periods or two departments on one sheet, each under its title and header, the
    columns not always in the same order; read through the first header, the second table's values
    landed in the wrong fields (hx6 finding 2). The header repeated as it is (a page break) is not
    a new table, nor are the rows right under the header that belong to it (codes, 必填 hints).
    Only rows whose first filled cells are known header words are looked at closely.
    """
    known = set(header_map(kind)) | {normalize_header(_text(c)) for c in header} | set(SERIAL_HEADERS)
    for _, layout in _layouts_for(kind):
        known |= set(layout.columns) | set(layout.split)
    if mapping is not None:
        known |= set(mapping.columns)
    known.discard("")
    header_cells = [_text(c) for c in header]
    index = header_at + 1
    while index < len(rows) and index <= header_at + 3 and _header_like(kind, rows[index], plan, mapping):
        index += 1  # the header's own continuation rows
    for i in range(index, len(rows)):
        row = rows[i]
        # A table's header starts at its first or second column (序号 first): the rest of a row is not looked at.
        if not ((row and type(row[0]) is str and _known_label(row[0], known))
                or (len(row) > 1 and type(row[1]) is str and _known_label(row[1], known))):
            continue
        cells = [_text(c) for c in row]
        if cells[:len(header_cells)] == header_cells:
            continue  # the header repeated at a page break: not data, same columns
        if _header_like(kind, row, plan, mapping) and sum(_score(kind, row, plan.layout, mapping)) >= MIN_HEADER_FIELDS:
            return i
        if _other_kind(kind, row) is not None:
            return i  # another kind's table below (行政许可 under 行政处罚): its rows were read as records (h16x)
    return None


def _known_label(cell: str, known: set[str]) -> bool:
    """Whether a cell is one of the known header labels (normalised only when normalising can change it:
    this runs once per data row, and most cells are names and numbers)."""
    if cell in known:
        return True
    text = cell.strip()
    if not text or len(text) > 40:
        return False
    if text in known or (text.isascii() and text.upper() in known):
        return True
    if not ("(" in text or "（" in text or " " in text or "*" in text or "【" in text or "\u3000" in text
            or "\t" in text or "\n" in text):
        return False
    norm = normalize_header(text)
    return norm in known or norm.upper() in known


def _read_tables(kind: Kind, sheet: _Sheet, header_at: int, second: int, where: str, rel: str,
                 mapping: _Mapping | None) -> tuple[str, pd.DataFrame | None, list[Problem]]:
    """A sheet holding two tables: the rows above the second header read under the first, the rest
    under their own header (which may name the columns in another order); row numbers stay the sheet's."""
    rows = sheet.rows
    first = _Sheet(sheet.name, rows[:second], [m for m in sheet.merged if m[2] < second], sheet.hidden,
                   sheet.uncomputed, sheet.error_cells, sheet.hidden_rows, sheet.date1904, sheet.hidden_columns)
    rest = _Sheet(sheet.name, [[] for _ in range(second)] + rows[second:],
                  [m for m in sheet.merged if m[0] >= second], sheet.hidden, sheet.uncomputed, sheet.error_cells,
                  sheet.hidden_rows, sheet.date1904, sheet.hidden_columns)
    _, frame_a, problems_a = _read_sheet(kind, first, header_at, where, rel, mapping)
    _, frame_b, problems_b = _read_sheet(kind, rest, second, where, rel, mapping, second_table=True)
    note = Problem(kind.name, where, second + 1, None, "file-second-header", WARNING,
                   f"{where}: 第 {second + 1} 行是同一工作表中另一张表的表头，其下各行按该表头的列读取")
    problems = [*problems_a, note, *(p for p in problems_b if p.code != "file-header-row")]
    frames = [f for f in (frame_a, frame_b) if f is not None]
    if not frames:
        return where, None, problems
    return where, (pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]), problems


def _uncomputed_in_columns(kind: Kind, sheet: _Sheet, header_at: int, header: list[object], plan: _Plan,
                           where: str) -> list[Problem]:
    """File-level errors when read columns of the data rows hold formulas without a trusted result, or
    Excel error values (#DIV/0!, #REF!, #N/A).

    Their values cannot be read (a fine would be published empty, or as the stand-in 0); staff open
    the file in Excel or WPS and save it, which computes and saves every result, or correct the formula.
    """
    if not sheet.uncomputed and not sheet.error_cells:
        return []
    read = {i for cols in plan.positions.values() for i in cols} | set(plan.split)
    # A footer row's formulas (a 合计 row's SUM, an Excel table's 汇总 row's SUBTOTAL, as POI/EasyExcel and xlsxwriter
    # exports write them) are in no record: the row is not read (row-not-data), so their results do not matter.
    footers = {r for r, _ in sheet.uncomputed | sheet.error_cells
               if r > header_at and r < len(sheet.rows) and _footer_row(sheet.rows[r], len(read))}
    found: list[Problem] = []
    for cells_of, code, why in (
            (sheet.uncomputed, "file-formula-uncomputed", "是公式，但文件中没有保存计算结果（文件由程序生成，未在 Excel 或 WPS "
                                                        "中保存过），无法可靠读取；请用 Excel 或 WPS 打开该文件并保存后重新放入"),
            (sheet.error_cells, "file-cell-error", "是 Excel 错误值（如 #DIV/0!、#REF!、#N/A，公式出错），无法读取；"
                                                  "请在 Excel 或 WPS 中改正后重新放入")):
        cells = sorted((r, c) for r, c in cells_of if r > header_at and c in read and r not in footers)
        if not cells:
            continue
        rows = sorted({r + 1 for r, _ in cells})
        columns = list(dict.fromkeys(_column_label(normalize_header(_text(header[c])), c) for _, c in cells))
        shown = "、".join(map(str, rows[:10])) + (f" 等 {len(rows)} 行" if len(rows) > 10 else " 行")
        found.append(Problem(kind.name, where, rows[0], columns[0], code, ERROR,
                             f"{where}: 第 {shown}的“{'”“'.join(columns[:5])}”列{why}"))
    return found


# Bidirectional embedding, override and isolate controls (U+202A-202E, U+2066-2069): a cell that holds
# `\u202e87654321931` is shown by every browser, feed reader and spreadsheet as 13912345678, while the
# detector reads the stored order (adversarial round 5, bidi-override-reversed). No credit record needs
# them; they are dropped from every cell as it is read. What a right-to-left override (U+202E) covers,
# up to its pop (U+202C) or the end of the cell, is shown reversed (UAX #9: every character of an
# override is strong right-to-left): it is stored as it is shown, the mobile the reader sees, which the
# detector then reads. The other controls do not reorder Chinese, digits or Latin letters.
_DIRECTION_CONTROLS = "[\u202a-\u202e\u2066-\u2069]"
_RIGHT_TO_LEFT_OVERRIDE = re.compile("\u202e([^\u202c]*)(?:\u202c|$)")


def _drop_direction_overrides(frame: pd.DataFrame) -> None:
    """Drop the bidirectional controls from every cell of a freshly read table (in place), with the
    text a right-to-left override covers in the order it is shown."""
    for name in frame.columns:
        column = frame[name]
        if column.str.contains(_DIRECTION_CONTROLS, regex=True).any():
            shown = column.str.replace(_RIGHT_TO_LEFT_OVERRIDE, lambda m: m.group(1)[::-1], regex=True)
            frame[name] = shown.str.replace(_DIRECTION_CONTROLS, "", regex=True)


# Excel's "stored as text" mark typed or exported before a number, a code or a date ('91620702…,
# '2026-05-08, '0.5): systems write it to keep Excel from turning codes into numbers. It is not part of
# the value (hx6 finding 6: such rows were rejected as bad codes, dates and amounts).
_TEXT_MARK = re.compile(r"^'(?=[0-9A-Za-z\u4e00-\u9fff〔（(\[【])")
# The same for CSV: systems write a code as the formula ="91620702…" so that Excel shows it as text (leading
# zeros and 18 digits kept); Excel and WPS show the text, the file holds the formula.
_TEXT_FORMULA = re.compile(r'^="([^"]*)"$')


def _drop_text_marks(frame: pd.DataFrame) -> None:
    """Drop Excel's text marks from every cell of a freshly read table (in place): a leading apostrophe,
    and the ="…" wrapper a CSV export puts around codes."""
    for name in frame.columns:
        column = frame[name]
        if not column.str.startswith(("'", '="')).any():  # one pass over the usual column, which has neither
            continue
        column = frame[name] = column.str.replace(_TEXT_MARK, "", regex=True)
        frame[name] = column.str.replace(_TEXT_FORMULA, r"\1", regex=True)


def _fields(kind: Kind, columns: list[tuple[str, ...]], count: int, plan: _Plan, defaults: dict[str, str],
            own_codes: dict[str, dict[str, str]] | None = None) -> dict[str, list[str]]:
    """The contract's columns, with what the file's layout and the folder's mapping imply, column by column."""
    layout = plan.layout
    data: dict[str, list[str]] = {}
    for name in kind.names:
        cols = plan.positions.get(name)
        if not cols:
            data[name] = [""] * count
        elif len(cols) == 1 and cols[0] in plan.in_yuan:
            data[name] = [f"{v.strip()}元" if _BARE_NUMBER.match(v) else v for v in columns[cols[0]]]
        elif len(cols) == 1:
            data[name] = list(columns[cols[0]])
        else:  # several columns of one field (2016 处罚类别1/2): joined
            data[name] = ["；".join(v.strip() for v in values if _filled(v))
                          for values in zip(*(columns[c] for c in cols))]
    for i in plan.split:
        for r, value in enumerate(columns[i]):
            value = value.strip()
            if _filled(value):
                target = _split_code(value)
                if target in data and not data[target][r].strip():
                    data[target][r] = value
    if layout is not None:
        for name, codes in layout.values.items():
            data[name] = [_coded(v, codes) if v.strip() else v for v in data[name]]
        for name, (other, value) in layout.if_present.items():
            data[name] = [v if v.strip() or not o.strip() else value for v, o in zip(data[name], data[other])]
    for name, codes in (own_codes or {}).items():  # the folder's columns.toml [values]: the system's own codes
        if name in plan.positions:
            data[name] = [_coded(v, codes) if v.strip() else v for v in data[name]]
    for name, value in defaults.items():
        if name not in plan.positions:  # a default stands in for a column the file lacks, never for an empty cell
            data[name] = [v if v.strip() else value for v in data[name]]
    if layout is not None:
        for name, source in layout.copy.items():
            data[name] = [v if v.strip() else s for v, s in zip(data[name], data[source])]
        for name, template in layout.compose.items():
            data[name] = [v if v.strip() else _compose(template, r, columns, data, plan)
                          for r, v in enumerate(data[name])]
    return data


_BARE_NUMBER = re.compile(r"^\s*\d[\d,，]*(?:\.\d+)?\s*$")


def _filled(value: str) -> bool:
    """A cell that holds a value: not blank and not a placeholder (/, 无, null …)."""
    value = value.strip()
    return bool(value) and value not in PLACEHOLDERS


def _coded(value: str, codes: dict[str, str]) -> str:
    # (a code written as a float, 1.0, is the table's 1: values.table_code)
    return "；".join(table_code(v, codes) or v.strip() for v in re.split(r"[;；、,，]", value) if v.strip())


def _masked_unknown(problems: list[Problem]) -> list[Problem]:
    """A refused file's unknown columns are not listed: its header cells may not be headers at all."""
    return [p for p in problems if p.code != "file-unknown-column"]


def _cell(cells: list[str], i: int) -> str:
    return cells[i] if i < len(cells) else ""


def _not_data(cells: list[str], mapped: list[int], header: list[str], keys: frozenset[int] = frozenset()) -> bool:
    """A serial-number-only or formatting row, a note or footer line, or the header repeated at a page break.

    A row filling a single column that is read, under a header naming four or more, is a note line
    (注：…, a date, a stray value) rather than a record: no record of the contract has fewer than three
    required fields. It is named as not data, once, instead of a dozen missing-value errors — which for
    200,000 such rows made a 600 MB report in 14 minutes. Except a number with digits alone in a column of
    `keys` (the record's key, a control row's 原决定文书号: h19s's S5, L2b): a repair naming only the decision
    it repairs is applied (`control-value-missing`), a record with only its key is rejected (`missing-value`),
    each counted as read.
    """
    filled, where = 0, -1
    for i in mapped:
        if _cell(cells, i).strip():
            filled += 1
            where = i
            if filled > 1:
                break
    if filled == 1 and where in keys and _KEY_ALONE.search(value := _cell(cells, where).strip()) \
            and not value.startswith(FOOTER_WORDS + EXAMPLE_WORDS):
        return False
    if filled == 0 or (filled == 1 and len(mapped) >= 4):
        return True  # a 序号 alone, a note in an unread column, a one-cell note line
    if all(_RULE_CELL.match(c) for c in cells if c.strip()):
        return True  # a rule under the header (SQL*Plus with COLSEP '|': -----|-----; a console table's +----+)
    leading = [c.strip() for c in cells[:8] if c.strip()][:2]  # a 序号 may come before the sample's name
    first = leading[0] if leading else next(c for c in cells if c.strip()).strip()
    if any(c.startswith(EXAMPLE_WORDS) for c in leading):
        return True  # the template's sample row (示例：张掖市XX有限公司 …)
    if _footer_word(first) and sum(1 for c in cells if c.strip()) <= max(3, len(mapped) // 3):
        return True
    return _repeats_header(cells, header)


def _repeats_header(cells: list[str], header: list[str]) -> bool:
    """Whether a row is the header again (a page break, two exports joined): compared cell by cell only when its
    first cell matches."""
    return (len(cells) >= len(header) and cells[0].strip() == header[0]
            and [c.strip() for c in cells[:len(header)]] == header)


_RULE_CELL = re.compile(r"^\s*[-=+─━]{2,}\s*$")
# A key cell written as a decision's number (…〔2026〕33号, …(2026)33号) or a code (JY16207020001076): not a date, a count
# (共35条) or a note.
_KEY_ALONE = re.compile(r"\d\s*号\s*$|[〔\[【(（]\s*(?:19|20)\d{2}|^(?!\d{4}[-/.]\d)[A-Za-z]*\d[A-Za-z0-9\-]{5,}$")
# A row whose first filled cell starts so is a template's sample row; a sheet so named documents the template.
EXAMPLE_WORDS = ("示例", "样例", "范例", "例：", "例:", "例如", "填写示例", "填报示例", "(示例)", "（示例）", "【示例】")
_NOTES_SHEET = re.compile(r"说明|示例|样例|范例|填报要求|填写要求|字段解释|数据项释义")

HINT_WORDS = ("必填", "选填", "非必填", "条件必填", "可选", "必填项", "选填项", "是", "否")
# A data type with its length, in the words of the 双公示 standards' data-item tables (字符型, 日期型, 数值型 …) or a
# database's (varchar(200), number(18,6), date): a template's row under its header, not a record (h9x: it was read
# as a record and rejected with a dozen errors).
_TYPE_HINT = re.compile(r"^(?:(?:字符|字符串|文本|数值|数字|整数|整型|日期|日期时间|时间|金额|浮点|小数|长整)型?|"
                        r"(?:n?varchar2?|n?char|number|numeric|decimal|date|datetime|timestamp|int|integer|bigint|"
                        r"text|string|clob|float|double))\s*(?:\(\s*\d+(?:\s*,\s*\d+)?\s*\))?$", re.IGNORECASE)


def _header_like(kind: Kind, row: list[object], plan: _Plan, mapping: _Mapping | None) -> bool:
    """A second header row: most of its filled cells name fields (codes under names), or are 必填/选填 hints."""
    labels = [_text(c) for c in row]
    filled = [label for label in labels if label]
    if not filled:
        return False
    if all(label.startswith(HINT_WORDS[:5]) or label in HINT_WORDS for label in filled):
        return True
    if all(_TYPE_HINT.match(unicodedata.normalize("NFKC", label)) for label in filled):
        return True  # the field's type and length, as the standards' data-item tables give them (字符型(200), 日期型)
    numbers = [unicodedata.normalize("NFKC", label).removesuffix(".0") for label in filled
               if label not in ("甲", "乙", "丙", "丁")]
    if len(numbers) >= 4 and all(n.isdigit() for n in numbers) and \
            [int(n) for n in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers))):
        return True  # the columns numbered 1, 2, 3 … (栏次, as statistical report forms print under the names)
    base = header_map(kind)
    named = sum(1 for label in filled if _resolve(kind, label, plan.layout, base, mapping))
    return named >= max(2, len(filled) // 2 + 1)


def _split_code(value: str) -> str:
    """Where a party-code cell of a mixed column goes: a public code's field, or 证件号码 (never public)."""
    from stdnum.cn import uscc

    from generator.validate import ric_birth_date  # imported here: validate imports this module
    from generator.values import MASKED_CODE

    code = re.sub(r"\s", "", value).upper()
    if ric_birth_date(code) is not None:
        return ID_NUMBER_FIELD  # first: some ID numbers also pass the GB 32100 check
    if MASKED_CODE.search(code):
        # A list as the public site shows it (中国执行信息公开网: 91620702MA7H2****, 6207021980****0011, h20e case 13): a
        # company's masked credit code is no person's ID. An ID shows its birth year after the region; else it is a code.
        return ID_NUMBER_FIELD if re.match(r"\d{6}(?:19|20)\d\d", code) else USCC_FIELD
    if len(code) == 18 and uscc.is_valid(code):
        return USCC_FIELD
    if re.fullmatch(r"[0-9A-Z]{8}-?[0-9X]", code):
        return ORG_CODE_FIELD
    if re.fullmatch(r"[0-9A-Z]{15}|[0-9A-Z]{20}", code):
        return TAX_REG_NO_FIELD
    return ID_NUMBER_FIELD


_YEAR_ONLY = re.compile(r"^((?:19|20)\d{2})\s*(?:年度|年)$")


def _compose(template: str, r: int, columns: list[tuple[str, ...]], data: dict[str, list[str]], plan: _Plan) -> str:
    """Fill a template from row r's raw columns and `{party_code}` (a public code, never an ID number)."""
    out = template
    for name in re.findall(r"\{([^}]+)\}", template):
        if name == "party_code":
            value = next((data[f][r].strip() for f in (USCC_FIELD, TAX_REG_NO_FIELD, ORG_CODE_FIELD)
                          if f in data and data[f][r].strip()), "")
        elif normalize_header(name) in plan.raw_headers:
            value = columns[plan.raw_headers[normalize_header(name)]][r].strip()
            # A year written 2025年度 or 2025年 is the year 2025: the number stays the same from one export to the
            # next (the tax list wrote 2025年度年度纳税信用A级 where the template adds 年度 itself, hx8).
            value = _YEAR_ONLY.sub(r"\1", value)
        elif name in data:  # a field, whichever header the file gives it: dates as YYYY-MM-DD (a stable number)
            value = _compose_fields("{" + name + "}", r, data)
        else:
            value = ""
        if not _filled(value):
            return ""  # left empty: validation asks staff for it (missing-value)
        out = out.replace("{" + name + "}", value)
    return out


# The errors the reader gives for one row (each with its row): the row is not read, the file is.
ROW_ERRORS = frozenset({"row-status-unknown"})


def _held_rows(kind: Kind, where: str, header: list[object], plan: _Plan,
               held: list[tuple[int, int, str, bool]]) -> list[Problem]:
    """The rows a status column held back (`_row_standing`), by column and word: a known word with the kind's
    code (contract.STATUS_COLUMNS), an unknown one refused (row-status-unknown, an error naming the column)."""
    status_of = dict(plan.statuses)
    problems: list[Problem] = []
    for (i, word, known), numbers in itertools.groupby(sorted(held, key=lambda h: (h[1], h[2], h[3], h[0])),
                                                       key=lambda h: (h[1], h[2], h[3])):
        status = status_of[i]
        label = _column_label(normalize_header(_text(header[i])), i)
        said = f"“{label}”为“{word[:20]}”" if word else f"“{label}”为空"
        if known:
            problems.extend(_row_list(kind, where, [h[0] for h in numbers], status.code, f"{said}，{status.said}",
                                      column=label))
            continue
        problems.extend(_row_list(kind, where, [h[0] for h in numbers], "row-status-unknown",
                                  f"{said}，不是可识别的状态（表示有效的：{'、'.join(status.stands[:6])}等；表示不成立的："
                                  f"{'、'.join(status.gone[:6])}等），该行未读取：请改正该状态后重新导出", ERROR, label))
    return problems


def _row_list(kind: Kind, where: str, rows: list[int], code: str, text: str, severity: str = WARNING,
              column: str | None = None) -> list[Problem]:
    """One problem per row, the first PROBLEMS_LISTED listed and the rest counted in one more."""
    problems = [Problem(kind.name, where, n, column, code, severity, f"{where} 第 {n} 行：{text}")
                for n in rows[:PROBLEMS_LISTED]]
    if len(rows) > PROBLEMS_LISTED:
        problems.append(Problem(kind.name, where, None, column, code, severity,
                                f"{where}: 另有 {len(rows) - PROBLEMS_LISTED} 行同样{text.split('，')[0]}（共 {len(rows)} 行）"))
    return problems


def _fill_merged(rows: list[list[object]], merged: list[tuple[int, int, int, int]], header_at: int) -> None:
    """Vertically merged cells below the header: every row of the range gets the range's value."""
    for r0, c0, r1, c1 in merged:
        if r1 <= r0 or r0 <= header_at:
            continue
        while len(rows) <= r1:
            rows.append([])
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, r1 + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if not _text(row[c]):
                    row[c] = value


# -- readers --------------------------------------------------------------------------------------


# What a file's first bytes say it is, whatever its name says: web systems save HTML tables and
# tab-separated text as `.xls`, Excel saves "Unicode text" as UTF-16 `.txt`, and a renamed XLSX
# is still a zip (issue 17, second attack).
_ZIP, _OLE, _PARQUET = b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"PAR1"
_HTML = re.compile(rb"<\s*(?:html|table|!doctype\s+html)\b", re.IGNORECASE)
_SPREADSHEET_ML = re.compile(rb"urn:schemas-microsoft-com:office:spreadsheet|progid=\"Excel\.Sheet\"\?>")
FORMAT_NAMES = {"xlsx": "XLSX 工作簿", "xls": "XLS 工作簿", "ods": "ODS 表格", "xlsb": "XLSB 二进制工作簿",
                "parquet": "Parquet", "html": "网页表格（HTML）",
                "xml2003": "Excel 2003 XML 表格", "text": "分隔符文本", "zip": "ZIP 压缩包",
                "json": "JSON 数据", "xml": "XML 数据", "dbf": "dBase/FoxPro 数据表（DBF）"}
_SUFFIX_FORMAT = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xlsb": "xlsb", ".xls": "xls", ".et": "xls", ".ods": "ods",
                  ".parquet": "parquet", ".csv": "text", ".tsv": "text", ".txt": "text", ".zip": "zip",
                  ".json": "json", ".xml": "xml", ".dbf": "dbf", ".jsonl": "json", ".ndjson": "json",
                  ".htm": "html", ".html": "html", ".dat": "text", ".tab": "text"}
_ODS_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"  # the first member of every ODS zip


def sniff_format(path: Path) -> str:
    """xlsx, xlsb, ods, xls, parquet, html, xml2003, xml, json or text: what the file holds, read from its first bytes."""
    with path.open("rb") as raw:
        head = raw.read(4096)
    if head.startswith(_ZIP):
        if _ODS_MIMETYPE in head[:128]:
            return "ods"
        if path.suffix.lower() == ".zip" and not _is_workbook_zip(path):
            return "zip"
        if path.suffix.lower() == ".xlsb" and _xlsb(path):
            return "xlsb"
        return "xlsx"
    if head.startswith(_OLE):
        return "xls"
    if head.startswith(_PARQUET):
        return "parquet"
    if _dbf_header(head, path.stat().st_size) is not None:
        return "dbf"
    text = head.lstrip(b"\xef\xbb\xbf\xff\xfe").replace(b"\x00", b"")
    if _SPREADSHEET_ML.search(text) and text.lstrip().startswith(b"<?xml"):
        return "xml2003"
    if _HTML.search(text[:2048]):
        return "html"
    if text.lstrip().startswith(b"<?xml"):
        return "xml"
    if text.lstrip()[:1] in (b"{", b"[") and (path.suffix.lower() in JSON_SUFFIXES or b'":' in text):
        return "json"
    return "text"


def _encrypted(path: Path) -> bool:
    """Whether an OLE file is an encrypted OOXML workbook (EncryptionInfo / EncryptedPackage streams: what
    Excel and WPS save when the workbook has an opening password), not a BIFF workbook."""
    try:
        from xlrd import compdoc

        names = {entry.name for entry in compdoc.CompDoc(path.read_bytes()).dirlist}
    except Exception:  # not an OLE file xlrd can list: calamine reads it or says it cannot
        return False
    return bool(names & {"EncryptedPackage", "EncryptionInfo"})


def _is_workbook_zip(path: Path) -> bool:
    """Whether a zip is a workbook (XLSX, XLSB, ODS) rather than an archive of exports."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return True  # damaged: read as a workbook, and refused as such
    return bool(names & {"[Content_Types].xml", "xl/workbook.xml", "xl/workbook.bin", "content.xml", "mimetype"})


def _member_name(info: zipfile.ZipInfo) -> str:
    """A zip member's name as Windows wrote it: GBK without the UTF-8 flag (Python reads it as cp437)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _read_zip(path: Path, notes: list[str]) -> list[_Sheet]:
    """The exports inside a zip (staff forward what a platform sent as 导出.zip): each member of a supported type
    is read like a file of the folder, its sheets named 成员名 or 成员名#工作表; other members are named in a
    note, never dropped without a word. Nested archives are not opened."""
    import tempfile

    sheets: list[_Sheet] = []
    with zipfile.ZipFile(path) as archive:
        members = [i for i in archive.infolist() if not i.is_dir()]
        inflated = sum(i.file_size for i in members)
        if inflated > _limits().load_max_inflated_bytes:
            raise _TooLarge(f"压缩包解压后有 {inflated / 1e6:.0f} MB，超过 {_limits().load_max_inflated_bytes / 1e6:.0f} MB 的上限")
        skipped: list[str] = []
        with tempfile.TemporaryDirectory(prefix="creditsite-zip-") as folder:
            for k, info in enumerate(members):
                name = _member_name(info)
                base = name.rsplit("/", 1)[-1]
                suffix = Path(base).suffix.lower()
                if base.startswith((".", "~$")) or name.startswith("__MACOSX/"):
                    continue
                if suffix not in SUPPORTED or suffix == ".zip":
                    skipped.append(name)
                    continue
                target = Path(folder) / f"{k}{suffix}"
                with archive.open(info) as source, target.open("wb") as out:
                    out.write(source.read())
                inner, inner_notes = _read_sheets(target)
                notes.extend(f"{name}：{n}" for n in inner_notes)
                for sheet in inner:
                    sheet.name = name if sheet.name is None or len(inner) == 1 else f"{name}#{sheet.name}"
                    sheets.append(sheet)
    if not sheets:
        listed = "、".join(skipped[:5]) + (" 等" if len(skipped) > 5 else "")
        raise _EmptyArchive(f"压缩包中没有可读取的导出文件（{listed or '压缩包为空'}）；请解压后把导出文件直接放入")
    notes.append(f"是 ZIP 压缩包，已读取其中的 {len(sheets)} 个表" + (
        f"；其中 {'、'.join(skipped[:5])}{' 等' if len(skipped) > 5 else ''} 不是支持的导出文件，未读取" if skipped else ""))
    return sheets


def _xlsb(path: Path) -> bool:
    """Whether a zip holds an Excel binary workbook (xl/workbook.bin) rather than an XLSX."""
    try:
        with zipfile.ZipFile(path) as archive:
            return "xl/workbook.bin" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def _looks_tabular(path: Path) -> bool:
    """Text with lines and delimiters (what a web system saves as .xls), not binary debris."""
    with path.open("rb") as raw:
        head = raw.read(4096)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    text = next((t for t in (_sample(head, e) for e in ("utf-8-sig", "gb18030")) if t is not None), None)
    return text is not None and "\n" in text and any(d in text for d in _DELIMITERS)


def _limits() -> tuning.Tuning:
    """The size limits in force (generator/tuning.py)."""
    return tuning.current()


def _read_sheets(path: Path) -> tuple[list[_Sheet], list[str]]:
    """The sheets of one file, read by what it holds; and notes for staff (a name that misleads, an encoding)."""
    size = path.stat().st_size
    if size > _limits().load_max_file_bytes:
        raise _TooLarge(f"文件有 {size / 1e6:.0f} MB，超过每个文件 {_limits().load_max_file_bytes / 1e6:.0f} MB 的上限")
    notes: list[str] = []
    actual = sniff_format(path)
    claimed = _SUFFIX_FORMAT.get(path.suffix.lower())
    if claimed in ("xlsx", "xlsb", "ods", "xls", "parquet") and actual == "text" and (
            claimed == "parquet" or not _looks_tabular(path)):
        actual = claimed  # not a table in disguise: damaged, and reported so by its own reader
    if claimed == "dbf" and actual == "text":
        raise _OutOfLine("扩展名为 .dbf，但文件头不是 dBase/FoxPro 数据表（可能已损坏）；请在 WPS 或 Excel 中打开后另存为 .xlsx")
    if claimed in ("json", "xml") and actual == "text":
        actual = claimed  # not JSON or XML after all: refused by its own reader, not read as a table
    if claimed is not None and claimed != actual and {claimed, actual} != {"xlsx", "xlsb"}:
        notes.append(f"扩展名为 {path.suffix}，内容实际是{FORMAT_NAMES[actual]}，已按实际格式读取")
    if actual in ("html", "xml2003", "json", "xml") and size > _limits().load_max_markup_bytes:
        # Parsed whole (a tree of every cell): the bound that keeps memory in hand, as the XLSX one does.
        raise _TooLarge(f"{FORMAT_NAMES[actual]}有 {size / 1e6:.0f} MB，超过该格式 {_limits().load_max_markup_bytes / 1e6:.0f} MB 的上限；"
                        "请在 Excel 中另存为 XLSX 或 CSV")
    if actual == "text":
        cut: list[tuple[int, int]] = []
        return [_Sheet(None, _read_csv(path, notes, cut), cut_cells=frozenset(cut))], notes
    if actual == "zip":
        return _read_zip(path, notes), notes
    if actual == "html":
        return _read_html(path, notes), notes
    if actual == "xml2003":
        return _read_spreadsheet_ml(path), notes
    if actual == "dbf":
        rows, count = _read_dbf(path, notes)
        notes.append(f"是{FORMAT_NAMES[actual]}，共 {count} 条记录，按记录读取：第 1 行为字段名，第 N 行即第 N−1 条记录")
        return [_Sheet(None, rows)], notes
    if actual in ("json", "xml"):
        rows, count = _read_json(path) if actual == "json" else _read_xml_records(path)
        notes.append(f"是{FORMAT_NAMES[actual]}，共 {count} 条记录，按记录读取：第 1 行为字段名，第 N 行即第 N−1 条记录")
        return [_Sheet(None, rows)], notes
    if actual in ("xlsx", "xlsb", "ods", "xls"):
        if actual in ("xlsx", "xlsb", "ods"):
            _check_xlsx(path)
        elif _encrypted(path):
            raise _Encrypted()
        else:
            by_xlrd = _read_xls_by_xlrd(path, notes)
            if by_xlrd is not None:
                return by_xlrd, notes
        trimmed = (_trimmed_used_range(path, notes) if actual == "xlsx" else
                   _trimmed_ods_rows(path, notes) if actual == "ods" else
                   _trimmed_xlsb_rows(path, notes) if actual == "xlsb" else None)
        return _read_workbook(path, trimmed), notes
    return [_Sheet(None, cast("list[list[object]]", _read_parquet(path)))], notes


def _check_xlsx(path: Path) -> None:
    """Refuse an XLSX whose sheets would inflate beyond the limit, before any parser sees it (a zip bomb)."""
    with zipfile.ZipFile(path) as archive:
        inflated = 0
        for info in archive.infolist():
            # XLSX and XLSB sheets and strings; an ODS keeps every sheet in content.xml.
            if info.filename.startswith("xl/worksheets/") or info.filename in ("xl/sharedStrings.xml", "content.xml"):
                inflated += info.file_size
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    with archive.open(info) as member:
                        head = member.read(4096).decode("utf-8", "replace")
                    declared = re.search(r'<(?:\w+:)?dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', head)
                    # Within Excel's grid a large used range is common (a format applied far down, a stray space):
                    # _trimmed_used_range finds the rows that hold values. Beyond it no office suite wrote the file.
                    if declared and int(declared.group(1)) > max(EXCEL_MAX_ROWS, _limits().load_max_rows + HEADER_SEARCH_ROWS):
                        raise _TooLarge(f"工作表声明有 {int(declared.group(1)):,} 行，超过每个文件 {_limits().load_max_rows:,} 行的上限")
        if inflated > _limits().load_max_inflated_bytes:
            raise _TooLarge(f"工作表解压后有 {inflated / 1e6:.0f} MB，超过 {_limits().load_max_inflated_bytes / 1e6:.0f} MB 的上限")


# A worksheet's used range (its <dimension>, and the rows Excel keeps) can reach far below its data: a format or a
# border applied down to row 1,048,576, a space typed in a far cell, rows emptied but not deleted. calamine ignores
# the declared range and cells without a value, but a space in the last row makes it build a grid of a million rows
# (1.3 GB for 30 columns, then the file was refused as too large: h12x). A sheet declaring more rows than this is
# scanned from its end for the last row holding a value; the blank rows after it are dropped before calamine reads.
EXCEL_MAX_ROWS = 1_048_576  # the rows of an Excel 2007+ sheet (ECMA-376: row r is at most 1048576)
USED_RANGE_SCAN_ROWS = 100_000
# A filled cell this many blank rows below the data, and past USED_RANGE_SCAN_ROWS, is a stray (a value typed far
# down): the file is refused naming the cell and what to do, rather than a grid of that many rows built to read it
# (up to 1.3 GB); nearer, it is read as any row (a lone value: row-not-data).
STRAY_CELL_GAP = 10_000
# Rows × columns: a space typed far right and down within USED_RANGE_SCAN_ROWS rows (an .ods at AMJ50000: calamine
# built 50,000 × 1,024 cells, 4.0 GB; an .xlsx at XFD50000: h14x) is found by the cells the declared grid holds. A
# sheet declaring more is scanned for its last row and its last column holding a value (64 columns: wider than any
# export of the contract, so an ordinary sheet under USED_RANGE_SCAN_ROWS rows is not scanned).
USED_RANGE_SCAN_CELLS = USED_RANGE_SCAN_ROWS * 64
# A value this many blank columns right of the data, in a grid past USED_RANGE_SCAN_CELLS, is a stray typed far right:
# the file is refused naming its cell (256: the width of an .xls sheet, beyond any export's fields).
STRAY_COLUMN_GAP = 256
_ROW_START = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"")
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_CELL_REF = re.compile(rb'\br="([A-Z]+)\d+"')
_CELL_TEXT = re.compile(rb"<(?:\w+:)?(?:v|t)\b[^>]*>([^<]*)</", re.S)
_DIMENSION = re.compile(rb'(<(?:\w+:)?dimension\b[^>]*?\bref=")([A-Z]+\d+)(?::([A-Z]+)(\d+))?"')
_SHEET_DATA_END = re.compile(rb"</(?:\w+:)?sheetData>")


def _row_filled(inner: bytes, blank_strings: dict[str, set[int]], archive: zipfile.ZipFile) -> bytes | None:
    """The column letters of the first cell of a row's markup holding a value (not blank), or None.
    `blank_strings` caches the blank shared strings' indexes (read when a shared string is first met)."""
    cells = _CELL.findall(inner)
    # Three different shared strings in one row are not all blank (blank strings differ only in their spaces): such
    # a row is settled without reading the workbook's strings (the usual last row of a large export).
    shared = {body for attrs, body in cells if body and b't="s"' in attrs}
    column = 0  # a cell without its r is the one after the cell before (ECMA-376 Part 1, 18.3.1.4)
    for attrs, body in cells:
        ref = _CELL_REF.search(attrs)
        column = _column_number(ref.group(1)) if ref else column + 1
        if not body:
            continue
        texts = b"".join(_CELL_TEXT.findall(body))
        if not html.unescape(texts.decode("utf-8", "replace")).strip():
            continue
        if b't="s"' in attrs and len(shared) < 3:
            if "blank" not in blank_strings:
                blank_strings["blank"] = _blank_shared_strings(archive)
            if int(texts.strip() or b"-1") in blank_strings["blank"]:
                continue
        return xl_col_to_name(column - 1).encode()
    return None


_BLANK_SHARED = re.compile(rb"<(?:\w+:)?si\b[^>]*>\s*(?:<(?:\w+:)?t\b[^>]*>\s*</(?:\w+:)?t>\s*)?</(?:\w+:)?si>|"
                           rb"<(?:\w+:)?si\s*/>")


def _blank_shared_strings(archive: zipfile.ZipFile) -> set[int]:
    """The indexes of the shared strings that are blank (spaces only): found by their markup, then counted, as a
    workbook holds few of them (a string of rich-text runs counts as filled)."""
    try:
        xml = archive.read("xl/sharedStrings.xml")
    except KeyError:
        return set()
    opening = re.compile(rb"<(?:\w+:)?si\b")
    return {len(opening.findall(xml, 0, m.start())) for m in _BLANK_SHARED.finditer(xml)}


def _sheet_tail(archive: zipfile.ZipFile, member: str, keep: int = 4 << 20) -> tuple[bytes, bool]:
    """The last `keep` bytes of a sheet's markup, decompressed as a stream; and whether that is all of it."""
    tail = b""
    whole = True
    with archive.open(member) as handle:
        while chunk := handle.read(1 << 20):
            tail += chunk
            if len(tail) > keep:
                tail, whole = tail[-keep:], False
    return tail, whole


# A row's r (its number) and a cell's r (its reference) are optional in SpreadsheetML (ECMA-376 Part 1, 18.3.1.73 and
# 18.3.1.4): the OpenXML SDK writes neither when a program leaves RowIndex and CellReference unset, and readers then
# count rows and cells in order. The used-range scan, the hidden-row, formula and error-cell readings below name rows
# and cells by their r: a sheet without them was not scanned (4 records behind a space in the last row were refused
# as over 1,000,000 rows: lead11's norref case) and its hidden rows were read. The scan counts the rows it needs; a
# sheet with hidden rows, formulas or error cells is numbered before those are read (calamine counts as Excel does).
_ROW_ELEMENT = re.compile(rb"<((?:\w+:)?)row\b([^>]*?)(/>|>(.*?)</(?:\w+:)?row>)", re.S)
_CELL_OPEN = re.compile(rb"<((?:\w+:)?)c\b([^>]*?)(/?>)")
_FIRST_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_FIRST_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*>")
_ROW_R = re.compile(rb'\sr="\d+"')
_CELL_R = re.compile(rb'\sr="[A-Z]{1,3}\d+"')
_ANY_R = re.compile(rb'\sr="[^"]*"')  # (an empty or partial one, r="" or r="A", as some writers leave it, is none)


def _unnumbered(head: bytes) -> bool:
    """Whether a sheet's first row or first cell (in its first bytes) goes without its r attribute."""
    row = _FIRST_ROW.search(head)
    cell = _FIRST_CELL.search(head, row.end()) if row else None
    return (row is not None and _ROW_R.search(row.group(0)) is None) or \
        (cell is not None and _CELL_R.search(cell.group(0)) is None)


def _numbered_sheet(xml: bytes) -> bytes:
    """A sheet's markup with every row and cell carrying its r: a row without one follows the row before it, a cell
    without one the cell before it in its row (as Excel reads them)."""
    number = 0

    def row(match: re.Match[bytes]) -> bytes:
        nonlocal number
        prefix, attrs, rest, inner = match.groups()
        given = _ROW_R.search(attrs)
        number = int(given.group(0)[4:-1]) if given else number + 1
        if not given:
            attrs = b' r="%d"' % number + _ANY_R.sub(b"", attrs)
        if inner is None:
            return b"<" + prefix + b"row" + attrs + rest
        column = 0

        def cell(found: re.Match[bytes]) -> bytes:
            nonlocal column
            cell_prefix, cell_attrs, close = found.groups()
            reference = _CELL_R.search(cell_attrs)
            if reference:
                column = _column_number(reference.group(0)[4:-1].rstrip(b"0123456789"))
                return found.group(0)
            column += 1
            return b"<" + cell_prefix + b'c r="' + xl_col_to_name(column - 1).encode() + b"%d\"" % number + \
                _ANY_R.sub(b"", cell_attrs) + close

        return b"<" + prefix + b"row" + attrs + b">" + _CELL_OPEN.sub(cell, inner) + b"</" + prefix + b"row>"

    return _ROW_ELEMENT.sub(row, xml)


def _trimmed_used_range(path: Path, notes: list[str]) -> bytes | None:
    """The workbook with the blank rows below each sheet's data dropped, when a sheet declares a used range of more
    than USED_RANGE_SCAN_ROWS rows and has rows past its last value; None when nothing needs dropping. A value
    STRAY_CELL_GAP blank rows below the data refuses the file, naming the sheet, row and column."""
    replaced: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = _xlsx_sheet_parts(archive)
            if workbook is None:
                return None
            blank_strings: dict[str, set[int]] = {}
            for raw_name, member in workbook[1]:
                with archive.open(member) as handle:
                    declared = _DIMENSION.search(handle.read(4096))
                if declared is None or not declared.group(4):
                    continue
                width = _column_number(declared.group(3))
                # (An export of the contract's fields, however long, is not read whole for its columns.)
                wide = width > USED_RANGE_SCAN_CELLS // USED_RANGE_SCAN_ROWS and \
                    int(declared.group(4)) * width > USED_RANGE_SCAN_CELLS
                if int(declared.group(4)) <= USED_RANGE_SCAN_ROWS and not wide:
                    continue
                # A sheet filled to its last row (the usual large export) is settled by its tail, without holding it;
                # a wide one is read whole, its columns being looked into.
                xml, whole = (archive.read(member), True) if wide else _sheet_tail(archive, member)
                end = _SHEET_DATA_END.search(xml)
                if end is None:
                    continue
                cut, last, column, row_start = _last_filled_row(xml, end.start(), blank_strings, archive, whole)
                before = _last_filled_row(xml, row_start, blank_strings, archive, whole)[1] if cut >= 0 else 0
                if not whole and not (cut == end.start() and before > 0 and last > 0 and last - before <= STRAY_CELL_GAP):
                    xml = archive.read(member)
                    end = _SHEET_DATA_END.search(xml)
                    if end is None:
                        continue
                    cut, last, column, row_start = _last_filled_row(xml, end.start(), blank_strings, archive)
                    before = _last_filled_row(xml, row_start, blank_strings, archive)[1] if cut >= 0 else 0
                if cut < 0:
                    continue  # no value at all: the loader says the sheet has no header
                sheet = html.unescape(raw_name.decode("utf-8", "replace"))
                if last - before > STRAY_CELL_GAP and last > USED_RANGE_SCAN_ROWS:
                    raise _TooLarge(f"工作表“{sheet}”第 {last:,} 行 {column.decode()} 列有内容，上面的数据止于第 {before:,} 行，"
                                    f"中间隔着 {last - before - 1:,} 个空行：如是误输入，请删除该单元格"
                                    "（或只把数据复制到新工作簿）后重新导出")
                columns = declared.group(3)
                if wide:
                    kept, columns = _trimmed_columns(xml, cut, last, declared.group(3), sheet, blank_strings, archive,
                                                     notes)
                    if kept is not None:
                        xml = kept + xml[cut:]
                        end = _SHEET_DATA_END.search(xml, len(kept))
                        cut = len(kept)
                        if end is None:
                            continue
                if cut == end.start() and columns == declared.group(3):
                    continue
                kept = xml[:cut] + xml[end.start():]
                ref = declared.group(2) + b":" + columns + str(max(last, 1)).encode()
                kept = kept.replace(declared.group(0), declared.group(1) + ref + b'"', 1)
                replaced[member] = kept
                if cut != end.start():
                    notes.append(f"工作表“{sheet}”的使用范围到第 {int(declared.group(4)):,} 行，数据止于第 {last:,} 行；"
                                 "其下只有空白单元格或格式，未读取")
            if not replaced:
                return None
            return _rezipped(archive, replaced)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None  # calamine reads the file as it is, or says why it cannot


def _column_number(letters: bytes) -> int:
    """The 1-based column of spreadsheet letters (A → 1, XFD → 16,384)."""
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


_CELL_COLUMN = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]+)\d+"')


def _trimmed_columns(xml: bytes, stop: int, rows: int, declared: bytes, sheet: str,
                     blank_strings: dict[str, set[int]], archive: zipfile.ZipFile, notes: list[str]
                     ) -> tuple[bytes | None, bytes]:
    """(a sheet's markup up to `stop` with the cells right of its last column holding a value dropped, or None when
    none are; the letters of that column), for a sheet whose declared grid is past USED_RANGE_SCAN_CELLS: a space
    typed far right made calamine build every cell to it. A value STRAY_COLUMN_GAP blank columns right of the data
    refuses the file naming sheet, row and column (never the value)."""
    present = sorted(set(_CELL_COLUMN.findall(xml, 0, stop)), key=_column_number, reverse=True)
    filled: list[tuple[bytes, int]] = []  # (letters, first row holding a value) of the last two filled columns
    for letters in present:
        cells = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="' + letters + rb'(\d+)"[^>]*?(?:/>|>.*?</(?:\w+:)?c>)', re.S)
        for cell in cells.finditer(xml, 0, stop):
            if _row_filled(cell.group(0), blank_strings, archive) is not None:
                filled.append((letters, int(cell.group(1))))
                break
        if len(filled) == 2:
            break
    if not filled:
        return None, declared  # no value at all: the loader says the sheet has no header
    last, row = filled[0]
    before = _column_number(filled[1][0]) if len(filled) > 1 else 0
    if _column_number(last) - before > STRAY_COLUMN_GAP and rows * _column_number(last) > USED_RANGE_SCAN_CELLS:
        raise _TooLarge(f"工作表“{sheet}”第 {row:,} 行 {last.decode()} 列有内容，左边的数据止于 "
                        f"{xl_col_to_name(before - 1) if before else '（无）'} 列，中间隔着 "
                        f"{_column_number(last) - before - 1:,} 个空列：如是误输入，请删除该单元格"
                        "（或只把数据复制到新工作簿）后重新导出")
    dropped = present[:present.index(last)]
    if not dropped:
        return None, last
    beyond = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="(?:' + b"|".join(dropped) + rb')\d+"[^>]*?(?:/>|>.*?</(?:\w+:)?c>)',
                        re.S)
    notes.append(f"工作表“{sheet}”的使用范围到 {declared.decode()} 列，数据止于 {last.decode()} 列；"
                 "其右只有空白单元格或格式，未读取")
    return beyond.sub(b"", xml[:stop]), last


def _row_before(xml: bytes, end: int) -> int:
    """The offset of the last row element starting before `end` (<row …> or <x:row …>), or -1."""
    pos = end
    while True:
        pos = xml.rfind(b"row", 0, pos)
        if pos <= 0:
            return -1
        after = xml[pos + 3:pos + 4]
        if after in (b" ", b">", b"\t", b"\n", b"\r"):
            if xml[pos - 1:pos] == b"<":
                return pos - 1
            if xml[pos - 1:pos] == b":":
                opening = xml.rfind(b"<", 0, pos)
                if opening >= 0 and re.fullmatch(rb"<\w+:", xml[opening:pos]):
                    return opening


def _last_filled_row(xml: bytes, stop: int, blank_strings: dict[str, set[int]], archive: zipfile.ZipFile,
                     whole: bool = True) -> tuple[int, int, bytes, int]:
    """(the offset just after the last row before `stop` holding a value, that row's number, its first filled
    column, the offset where that row starts), scanning rows back from `stop`; (-1, 0, b"", -1) when none does.
    A row without its r is counted on from the numbered row before it; in a part of the sheet (`whole` false)
    that may not be seen, and the number is -1."""
    end = stop
    while True:
        start = _row_before(xml, end)
        if start < 0:
            return -1, 0, b"", -1
        column = _row_filled(xml[start:end], blank_strings, archive)
        if column is not None:
            row = _ROW_START.match(xml, start)
            number = int(row.group(1)) if row is not None else _row_number_at(xml, start, whole)
            return end, number, column, start
        end = start


_ROW_OPEN = re.compile(rb"<(?:\w+:)?row[\s/>]")


def _row_number_at(xml: bytes, start: int, whole: bool) -> int:
    """The number of the row element at `start`, which carries no r: the row after the last numbered row before it
    (ECMA-376 Part 1, 18.3.1.73), the rows between counted; -1 when that row is not in `xml` (a part of the sheet)."""
    # (A sheet numbering none of its cells has no r=" before the row: the usual program's sheet, not searched.)
    last = deque(_ROW_START.finditer(xml, 0, start), maxlen=1) if xml.find(b'r="', 0, start) >= 0 else ()
    numbered = last[0] if last else None
    if numbered is None and not whole:
        return -1
    base, origin = (int(numbered.group(1)), numbered.end()) if numbered is not None else (0, 0)
    return base + len(_ROW_OPEN.findall(xml, origin, start)) + 1


# An .ods keeps its rows in content.xml without numbers: LibreOffice and WPS write the empty tail of a sheet as one
# row repeated (table:number-rows-repeated, OASIS OpenDocument v1.2 Part 1, 9.1.3), which calamine skips; but a
# space typed in a far cell ends that repetition with a row calamine reads as a value, and it then builds the whole
# grid (1,048,576 rows: 2.1 GB, then the file was refused as too large: h12x, h13x). The same rule as the XLSX one:
# rows below the last value are dropped (said), a real value far below refuses the file naming its cell.
_ODS_TABLE_START = re.compile(rb"<table:table [^>]*>")  # (a sheet has its table:name: never a bare <table:table>)
_ODS_ROW_START = re.compile(rb"<table:table-row[\s/>]")
_ODS_EMPTY_GROUP = re.compile(rb"<table:table-row-group\b[^>]*>\s*</table:table-row-group>")
_ODS_ROW_ELEMENT = re.compile(rb"<table:table-row(?=[\s/>])[^>]*?/>|<table:table-row(?=[\s/>])[^>]*>.*?</table:table-row>", re.S)
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(?:/>|>(.*?)</table:(?:covered-)?table-cell>)", re.S)
_ODS_ANNOTATION = re.compile(rb"<office:annotation\b.*?</office:annotation>", re.S)
_ODS_TAG = re.compile(rb"<[^>]*>")
_ODS_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="(\d+)"')  # a literal start: searched fast
_ODS_COLUMNS_REPEATED = re.compile(rb'\btable:number-columns-repeated="(\d+)"')
_ODS_VALUE_TYPE = re.compile(rb'\boffice:value-type="([a-z]+)"')
_ODS_TABLE_NAME = re.compile(rb'\btable:name="([^"]*)"')


def _blank_tail_note(sheet: str, rows: int, last: int) -> str:
    """What staff are told of the blank rows dropped below a sheet's data (a sheet holding no value at all says so)."""
    data = f"数据止于第 {last:,} 行" if last else "没有任何数据"
    return f"工作表“{sheet}”的使用范围到第 {rows:,} 行，{data}；其下只有空白单元格或格式，未读取"

def _rezipped(archive: zipfile.ZipFile, replaced: dict[str, bytes]) -> bytes:
    """The archive's bytes with the members in `replaced` written anew (a sheet with its blank tail dropped)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as copy:
        for info in archive.infolist():
            copy.writestr(info, replaced.get(info.filename) or archive.read(info))
    return out.getvalue()


def _ods_row_cells(row: bytes) -> tuple[int | None, bool]:
    """(the 0-based column of the first cell of an .ods row holding a value, or None; whether the row holds any cell
    calamine reads as a value, blank text included). A formula counts as a value (its result may not be saved),
    a comment (office:annotation) does not: calamine reads neither the one nor the other as text."""
    column = 0
    seen = False
    for attrs, body in _ODS_CELL.findall(row):
        kind = _ODS_VALUE_TYPE.search(attrs)
        body = _ODS_ANNOTATION.sub(b"", body or b"")
        seen = seen or kind is not None or b"<text:p" in body
        text = html.unescape(_ODS_TAG.sub(b"", body).decode("utf-8", "replace"))
        if b"table:formula=" in attrs or (kind is not None and kind.group(1) != b"string") or text.strip():
            return column, True
        repeated = _ODS_COLUMNS_REPEATED.search(attrs)
        column += int(repeated.group(1)) if repeated else 1
    return None, seen


def _ods_rows_in(xml: bytes, start: int, end: int) -> int:
    """The rows of an .ods sheet written between two offsets of content.xml, repeated rows counted."""
    return (len(_ODS_ROW_START.findall(xml, start, end))
            + sum(int(n) - 1 for n in _ODS_ROWS_REPEATED.findall(xml, start, end)))


def _ods_row_before(xml: bytes, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the last row element of content.xml starting in [start, end), or None."""
    at = end
    while (at := xml.rfind(b"<table:table-row", start, at)) >= 0:
        if xml[at + 16:at + 17] in (b" ", b">", b"/", b"\t", b"\n", b"\r"):  # not table-row-group, table-rows
            opening = xml.index(b">", at)
            if xml[opening - 1:opening] == b"/":
                return at, opening + 1
            return at, xml.index(b"</table:table-row>", opening) + len(b"</table:table-row>")
    return None


_ODS_COLUMNS_REPEATED_FAST = re.compile(rb'table:number-columns-repeated="(\d+)"')  # a literal start: searched fast


def _ods_widest(xml: bytes, start: int, end: int) -> int:
    """A bound on the columns a cell of content.xml between two offsets can reach without each being written: the
    longest run of repeated cells, plus one (a cell typed far right comes after such a run; a sheet of that many
    columns written cell by cell is not a stray's shape)."""
    return max((int(n) for n in _ODS_COLUMNS_REPEATED_FAST.findall(xml, start, end)), default=0) + 1


def _ods_repeat(row: bytes) -> int:
    """How many times an .ods row element stands (table:number-rows-repeated on its opening tag)."""
    repeated = _ODS_ROWS_REPEATED.search(row, 0, row.index(b">") + 1)
    return int(repeated.group(1)) if repeated else 1


def _trimmed_ods_rows(path: Path, notes: list[str]) -> bytes | None:
    """The .ods with the rows below each sheet's last value dropped, when a sheet runs past USED_RANGE_SCAN_ROWS
    rows and its tail holds a cell calamine would read (a space); None when nothing needs dropping. A value
    STRAY_CELL_GAP blank rows below the data, past USED_RANGE_SCAN_ROWS, refuses the file naming sheet, row and
    column (never the value). Each sheet is read back from its end: only its tail's rows are looked into."""
    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open("content.xml") as member:
                xml = member.read()  # bounded by _check_xlsx (load_max_inflated_bytes)
            rows = xml.count(b"<table:table-row") + sum(int(n) - 1 for n in _ODS_ROWS_REPEATED.findall(xml))
            if rows <= USED_RANGE_SCAN_ROWS and rows * _ods_widest(xml, 0, len(xml)) <= USED_RANGE_SCAN_CELLS:
                return None  # every grid calamine could build is small
            cuts: list[tuple[int, int]] = []
            for table in _ODS_TABLE_START.finditer(xml):
                begin, finish = table.end(), xml.find(b"</table:table>", table.end())
                if finish < 0:
                    continue
                found: list[tuple[int, int, int]] = []  # (start, end, first filled column) of the last two filled rows
                tail_read, at = False, finish
                while len(found) < 2 and (row := _ods_row_before(xml, begin, at)) is not None:
                    column, read = _ods_row_cells(xml[row[0]:row[1]])
                    if column is not None:
                        found.append((*row, column))
                    elif not found:
                        tail_read = tail_read or read
                    at = row[0]
                # The blank rows between the last two values, counted over that stretch only (a large sheet's rows
                # are numbered only when something is to be said or dropped).
                start, cut, column = found[0] if found else (begin, begin, 0)
                repeat = _ods_repeat(xml[start:cut]) if found else 0
                gap = 0 if repeat > 1 else _ods_rows_in(xml, found[1][1] if len(found) > 1 else begin, start)
                if gap < STRAY_CELL_GAP and not tail_read:
                    continue
                last = _ods_rows_in(xml, begin, start) + repeat
                sheet_rows = _ods_rows_in(xml, begin, finish)
                if sheet_rows <= USED_RANGE_SCAN_ROWS and sheet_rows * _ods_widest(xml, begin, finish) <= USED_RANGE_SCAN_CELLS:
                    continue  # calamine builds at most this many cells: read as on main
                name = _ODS_TABLE_NAME.search(table.group(0))
                sheet = html.unescape(name.group(1).decode("utf-8", "replace")) if name else ""
                before = last - gap - 1 if found else 0
                if gap >= STRAY_CELL_GAP and last > USED_RANGE_SCAN_ROWS:
                    raise _TooLarge(f"工作表“{sheet}”第 {last:,} 行 {xl_col_to_name(column)} 列有内容，上面的数据止于第 "
                                    f"{before:,} 行，中间隔着 {gap:,} 个空行：如是误输入，请删除该单元格"
                                    "（或只把数据复制到新工作簿）后重新导出")
                if tail_read:
                    cuts.append((cut, finish))
                    notes.append(_blank_tail_note(sheet, sheet_rows, last))
            if not cuts:
                return None
            kept: list[bytes] = []
            start = 0
            for cut, end in cuts:
                # Only the row elements go, and the row groups they leave empty (calamine refuses an empty
                # table:table-row-group); a group's closing tag for rows kept above stays.
                dropped = _ODS_ROW_ELEMENT.sub(b"", xml[cut:end])
                while (emptied := _ODS_EMPTY_GROUP.sub(b"", dropped)) != dropped:
                    dropped = emptied
                kept += [xml[start:cut], dropped]
                start = end
            kept.append(xml[start:])
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as copy:
                for info in archive.infolist():  # in order, each as stored: the mimetype stays first, uncompressed
                    copy.writestr(info, b"".join(kept) if info.filename == "content.xml" else archive.read(info))
            return out.getvalue()
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None  # calamine reads the file as it is, or says why it cannot



def _xlsx_sheet_parts(archive: zipfile.ZipFile) -> tuple[bytes, list[tuple[bytes, str]]] | None:
    """An .xlsx's workbook.xml and (raw sheet name, zip member) of each sheet whose part is in the archive, in
    workbook order; None when the archive has no xl/workbook.xml."""
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names:
        return None
    book = archive.read("xl/workbook.xml")
    rels = archive.read("xl/_rels/workbook.xml.rels") if "xl/_rels/workbook.xml.rels" in names else b""
    targets = {i: t for i, t in _RELATION.findall(rels)}
    targets.update({i: t for t, i in _RELATION_TARGET_FIRST.findall(rels)})
    sheets = []
    for raw_name, rid in _SHEET_ENTRY.findall(book):
        target = targets.get(rid, b"").decode("utf-8", "replace")
        member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if member in names:
            sheets.append((raw_name, member))
    return book, sheets


def _xlsb_sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, zip member) of each sheet of an .xlsb, in workbook order (BrtBundleSh: hsState, iTabID,
    strRelID, strName: [MS-XLSB])."""
    book = archive.read("xl/workbook.bin")
    rels = archive.read("xl/_rels/workbook.bin.rels")
    targets = {rid.decode(): target.decode() for rid, target in _RELATION.findall(rels)}
    targets |= {rid.decode(): target.decode() for target, rid in _RELATION_TARGET_FIRST.findall(rels)}
    parts: list[tuple[str, str]] = []
    for kind, at, size in _biff12_records(book):
        if kind != 0x9C or size < 16:
            continue
        rel_len = int.from_bytes(book[at + 8:at + 12], "little")
        rid = book[at + 12:at + 12 + 2 * rel_len].decode("utf-16-le", "replace")
        name_at = at + 12 + 2 * rel_len
        name_len = int.from_bytes(book[name_at:name_at + 4], "little")
        name = book[name_at + 4:name_at + 4 + 2 * name_len].decode("utf-16-le", "replace")
        target = targets.get(rid, "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if part in archive.namelist():
            parts.append((name, part))
    return parts


def _xlsb_wide_string(data: bytes, at: int) -> str:
    """An XLWideString ([MS-XLSB]: a 4-byte count of UTF-16 code units, then the units) at `at`."""
    count = int.from_bytes(data[at:at + 4], "little")
    return data[at + 4:at + 4 + 2 * count].decode("utf-16-le", "replace")


def _xlsb_blank_strings(archive: zipfile.ZipFile) -> set[int]:
    """The indexes of the blank (spaces only) shared strings of an .xlsb (BrtSSTItem: a RichStr whose
    first byte holds its flags, then the XLWideString)."""
    try:
        strings = archive.read("xl/sharedStrings.bin")
    except KeyError:
        return set()
    blank: set[int] = set()
    index = 0
    for kind, at, _size in _biff12_records(strings):
        if kind == 0x13:
            if not _xlsb_wide_string(strings, at + 1).strip():
                blank.add(index)
            index += 1
    return blank


def _trimmed_xlsb_rows(path: Path, notes: list[str]) -> bytes | None:
    """The .xlsb with the rows below each sheet's last value dropped, when a sheet declares more than
    USED_RANGE_SCAN_ROWS rows (BrtWsDim) and rows past its last value hold a cell; None when nothing needs dropping.
    The XLSX rule (_trimmed_used_range): a space in the last row made calamine build 1,048,576 rows (1.1 GB, then
    the file was refused); a value STRAY_CELL_GAP blank rows below the data refuses the file naming its cell.
    Columns too, as in an XLSX (_trimmed_columns), when the declared grid is past USED_RANGE_SCAN_CELLS and wider
    than 64 columns: a space at XFD2 of 20,000 records made calamine build 20,001 × 16,384 cells (15 GB, 58 s)."""
    replaced: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            blank_strings: set[int] | None = None
            for sheet, part in _xlsb_sheet_parts(archive):
                data = archive.read(part)  # bounded by _check_xlsx (load_max_inflated_bytes)
                declared, width, dimension = 0, 0, -1
                for kind, at, _size in _biff12_records(data):
                    if kind == 0x94:  # BrtWsDim (2.4.812): rwFirst, rwLast (0-based), colFirst, colLast
                        declared = int.from_bytes(data[at + 4:at + 8], "little") + 1
                        width, dimension = int.from_bytes(data[at + 12:at + 16], "little") + 1, at
                        break
                wide = width > USED_RANGE_SCAN_CELLS // USED_RANGE_SCAN_ROWS and declared * width > USED_RANGE_SCAN_CELLS
                if declared <= USED_RANGE_SCAN_ROWS and not wide:
                    continue
                row, last, before, column, record_start, data_end = 0, 0, 0, 0, 0, -1
                after_last: int | None = None  # where the first row after the last value starts
                row_filled, tail = False, False
                cells: list[tuple[int, int, int]] = []  # (record start, record end, column) of every cell (wide)
                filled_columns: dict[int, int] = {}  # column (0-based) -> the first row holding a value there
                for kind, at, size in _biff12_records(data):
                    if kind == 0x00:  # BrtRowHdr: the row (0-based) whose cells follow
                        row, row_filled = int.from_bytes(data[at:at + 4], "little") + 1, False
                        if after_last is None:
                            after_last = record_start
                    elif 0x01 <= kind <= 0x0B and (wide or not row_filled):  # BrtCellBlank … BrtFmlaError (1–11)
                        filled = kind != 0x01
                        if kind == 0x06:  # BrtCellSt: an inline string (a Cell of 8 bytes, then the text)
                            filled = bool(_xlsb_wide_string(data, at + 8).strip())
                        elif kind == 0x07:  # BrtCellIsst: a shared string's index
                            if blank_strings is None:
                                blank_strings = _xlsb_blank_strings(archive)
                            filled = int.from_bytes(data[at + 8:at + 12], "little") not in blank_strings
                        cell_column = int.from_bytes(data[at:at + 4], "little")
                        if wide:
                            cells.append((record_start, at + size, cell_column))
                            if filled:
                                filled_columns.setdefault(cell_column, row)
                        if filled and not row_filled:
                            before, last, column = last, row, cell_column
                            row_filled, tail, after_last = True, False, None
                        elif not filled and not row_filled:
                            tail = True
                    elif kind == 0x92:  # BrtEndSheetData
                        data_end = record_start
                        break
                    record_start = at + size
                if last - before > STRAY_CELL_GAP and last > USED_RANGE_SCAN_ROWS:
                    raise _TooLarge(f"工作表“{sheet}”第 {last:,} 行 {xl_col_to_name(column)} 列有内容，上面的数据止于第 "
                                    f"{before:,} 行，中间隔着 {last - before - 1:,} 个空行：如是误输入，请删除该单元格"
                                    "（或只把数据复制到新工作簿）后重新导出")
                if data_end < 0:
                    continue
                cut = after_last if tail and after_last is not None else data_end
                kept_columns = width
                if wide and filled_columns:
                    last_column = max(filled_columns)
                    left = max((c for c in filled_columns if c < last_column), default=-1)
                    if last_column - left > STRAY_COLUMN_GAP and last * (last_column + 1) > USED_RANGE_SCAN_CELLS:
                        raise _TooLarge(f"工作表“{sheet}”第 {filled_columns[last_column]:,} 行 {xl_col_to_name(last_column)} "
                                        f"列有内容，左边的数据止于 {xl_col_to_name(left) if left >= 0 else '（无）'} 列，"
                                        f"中间隔着 {last_column - left - 1:,} 个空列：如是误输入，请删除该单元格"
                                        "（或只把数据复制到新工作簿）后重新导出")
                    kept_columns = last_column + 1
                if cut == data_end and kept_columns == width:
                    continue
                pieces, at = [], 0
                for start, end, cell_column in cells:
                    if cell_column >= kept_columns and end <= cut:
                        pieces.append(data[at:start])
                        at = end
                trimmed = bytearray(b"".join([*pieces, data[at:cut], data[data_end:]]))
                trimmed[dimension + 4:dimension + 8] = max(last - 1, 0).to_bytes(4, "little")
                trimmed[dimension + 12:dimension + 16] = (kept_columns - 1).to_bytes(4, "little")
                replaced[part] = bytes(trimmed)
                if cut != data_end:
                    notes.append(_blank_tail_note(sheet, declared, last))
                if kept_columns != width:
                    notes.append(f"工作表“{sheet}”的使用范围到 {xl_col_to_name(width - 1)} 列，数据止于 "
                                 f"{xl_col_to_name(kept_columns - 1)} 列；其右只有空白单元格或格式，未读取")
            if not replaced:
                return None
            return _rezipped(archive, replaced)
    except (zipfile.BadZipFile, OSError, KeyError, IndexError, ValueError):
        return None  # calamine reads the file as it is, or says why it cannot


def _read_workbook(path: Path, trimmed: bytes | None = None) -> list[_Sheet]:
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    with (io.BytesIO(trimmed) if trimmed is not None else path.open("rb")) as raw:
        # by content, not by name: an XLSX saved as .xls is read as XLSX
        workbook = CalamineWorkbook.from_filelike(raw)
    shape = sniff_format(path)
    facts, hidden_columns = _xlsx_sheet_facts(path) if shape == "xlsx" else ({}, {})
    # Rows hidden in an .xls or .ods are not read either, as in an XLSX (hx8): calamine reads them like any row.
    if shape == "ods":
        facts = _ods_sheet_facts(path)
    for name, rows_hidden in (_xls_hidden_rows(path) if shape == "xls" else {}).items():
        facts[name] = (set(), rows_hidden, set())
    for name, rows_hidden in (_xlsb_hidden_rows(path) if shape == "xlsb" else {}).items():
        facts[name] = (set(), rows_hidden, set())
    for name, cells in (_xls_uncomputed(path) if shape == "xls" else {}).items():
        facts[name] = (cells, *facts.get(name, (set(), set(), set()))[1:])
    date1904 = _date1904(path, shape)
    sheets: list[_Sheet] = []
    total = 0
    hidden = {m.name for m in workbook.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
    for name in workbook.sheet_names:
        sheet = workbook.get_sheet_by_name(name)
        total += sheet.height
        if total > _limits().load_max_rows + HEADER_SEARCH_ROWS:
            raise _TooLarge(f"超过每个文件 {_limits().load_max_rows:,} 行的上限")
        rows: list[list[object]] = [list(r) for r in sheet.to_python(skip_empty_area=False)]
        merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
        uncomputed, hidden_rows, error_cells = facts.get(name, (set(), set(), set()))
        sheets.append(_Sheet(name, rows, merged, hidden=name in hidden, uncomputed=frozenset(uncomputed),
                             error_cells=frozenset(error_cells),
                             hidden_rows=frozenset(hidden_rows), date1904=date1904,
                             hidden_columns=frozenset(hidden_columns.get(name, ()))))
    return sheets


# An .xls of Excel 5.0/95 (BIFF5: a "Book" stream, BOF version 0x0500; MS-XLS 2.4.21, OpenOffice.org's "Microsoft Excel
# File Format" 5.8) keeps its text as bytes of the workbook's code page (CODEPAGE record: 936 for GBK), where BIFF8
# keeps UTF-16: old systems' exporters still write it (Spreadsheet::WriteExcel and PEAR Spreadsheet_Excel_Writer by
# default, 1C). calamine reads those bytes as if they were BIFF8's (tafia/calamine issue 374): every header came out
# as mojibake and the file was refused as missing every column. xlrd reads BIFF5 by its code page.
_BIFF8_BOF = b"\x09\x08\x10\x00\x00\x06"  # BOF record (0x0809), 16 bytes, version 0x0600
_BIFF5_BOF = b"\x09\x08\x08\x00\x00\x05"  # BOF record (0x0809), 8 bytes, version 0x0500


_CJK = re.compile("[\u4e00-\u9fff]")


def _biff5_book(contents: bytes, codepage: int | None) -> Any:
    """An xlrd book of a BIFF5 file, decoded by its code page; a file declaring none, or Windows' Western 1252
    (Spreadsheet::WriteExcel's and its PHP port PEAR Spreadsheet_Excel_Writer's, whatever bytes the program gave
    them), is decoded as GB18030 or Big5 (a Taiwan or Hong Kong system's), whichever names more of the contract's
    headers in its first rows, else as GB18030 when that reads as Chinese text: such a file opens in WPS, and read
    as 1252 its every header was mojibake (Big5 bytes read as GB18030 too: they decode without an error)."""
    import xlrd

    if codepage in (None, 1252):
        chosen: tuple[int, Any] | None = None
        for encoding in ("gb18030", "cp950"):
            try:
                book = xlrd.open_workbook(file_contents=contents, formatting_info=True, ragged_rows=True,
                                          encoding_override=encoding)
            except Exception:  # not in this encoding: the next, or as declared
                continue
            texts = [value for sheet in book.sheets() for r in range(min(sheet.nrows, HEADER_SEARCH_ROWS))
                     for value in sheet.row_values(r) if isinstance(value, str)]
            known = _known_headers(texts)
            if known > (chosen[0] if chosen else 0) or encoding == "gb18030" and (
                    any(_CJK.search(name) for name in book.sheet_names()) or any(map(_CJK.search, texts))):
                chosen = (known, book)
        if chosen is not None:
            return chosen[1]
    return xlrd.open_workbook(file_contents=contents, formatting_info=True, ragged_rows=True)


def _xls_declared_cells(contents: bytes) -> int:
    """The largest grid (rows × columns) a sheet of a BIFF8 workbook declares in its DIMENSIONS record ([MS-XLS]
    2.4.90: the first row, the row after the last, the first column and the column after the last), found from the
    BOUNDSHEET8 offsets (2.4.28) without reading the cells; 0 when the stream cannot be walked."""
    try:
        from xlrd import compdoc

        # (The stream in place where its sectors follow each other, as writers lay it out: not copied.)
        stream, base, size = compdoc.CompDoc(contents, logfile=io.StringIO()).locate_named_stream("Workbook")
    except Exception:  # not BIFF8 as xlrd reads it: calamine reads the cells as they are
        return 0
    if stream is None:
        return 0

    def record(at: int) -> tuple[int, int]:
        return int.from_bytes(stream[at:at + 2], "little"), int.from_bytes(stream[at + 2:at + 4], "little")

    end = base + size
    starts: list[int] = []
    at = base
    while at + 4 <= end:  # the workbook globals: up to their EOF
        kind, length = record(at)
        if kind == 0x0085 and length >= 4:
            starts.append(base + int.from_bytes(stream[at + 4:at + 8], "little"))
        elif kind == 0x000A:
            break
        at += 4 + length
    largest = 0
    for at in starts:
        for _ in range(64):  # DIMENSIONS comes after the sheet's first few records (BOF, INDEX, CALCMODE …)
            if at + 4 > end:
                break
            kind, length = record(at)
            if kind == 0x0200 and length >= 12:
                first, after = (int.from_bytes(stream[at + i:at + i + 4], "little") for i in (4, 8))
                left, right = (int.from_bytes(stream[at + i:at + i + 2], "little") for i in (12, 14))
                largest = max(largest, max(after - first, 0) * max(right - left, 0))
                break
            if kind == 0x000A:
                break
            at += 4 + length
    return largest


def _read_xls_by_xlrd(path: Path, notes: list[str]) -> list[_Sheet] | None:
    """The sheets of an .xls that calamine should not read, read by xlrd; None for the others (calamine reads them).

    - An .xls written before Excel 97 (BIFF5/7), told by its first workbook record (read only when the first 64 KB
      do not settle it): its text is in the workbook's code page.
    - A BIFF8 sheet declaring more than USED_RANGE_SCAN_CELLS cells (a space typed at IV65536, the last cell of an .xls
      sheet: calamine built all 65,536 × 256 cells, 1.4 GB to read three records): xlrd keeps each row only as long
      as its cells, and the blank rows and columns past the data are dropped, said in `notes`."""
    with path.open("rb") as raw:
        head = raw.read(1 << 16)
    import xlrd

    contents = path.read_bytes()
    uncomputed: dict[str, set[tuple[int, int]]] = {}
    if _BIFF8_BOF in head and _BIFF5_BOF not in head.split(_BIFF8_BOF, 1)[0]:
        if _xls_declared_cells(contents) <= USED_RANGE_SCAN_CELLS:
            return None
        try:
            book = xlrd.open_workbook(file_contents=contents, formatting_info=True, ragged_rows=True)
        except Exception:  # not for xlrd: calamine reads it, or says why it cannot
            return None
        uncomputed = _xls_uncomputed(path)
    else:
        try:
            book = xlrd.open_workbook(file_contents=contents, on_demand=True)
            if book.biff_version >= 80:
                return None
            book = _biff5_book(contents, book.codepage)
        except Exception:  # not for xlrd either: calamine reads it, or says why it cannot
            return None
    return [_xlrd_sheet(book, sheet, notes, frozenset(uncomputed.get(sheet.name, ()))) for sheet in book.sheets()]


def _xlrd_sheet(book: Any, sheet: Any, notes: list[str], uncomputed: frozenset[tuple[int, int]]) -> _Sheet:
    """One sheet xlrd read, as the loader reads sheets: up to its last row and column holding a value (blank cells
    and formats past them dropped, said in `notes` when the sheet declared more than USED_RANGE_SCAN_CELLS cells).
    Rows are padded to one width only while the grid stays within USED_RANGE_SCAN_CELLS: a value typed far right
    or far down (x at IV65536) keeps its row as long as its cells, read as any stray cell, without a grid to it."""
    import xlrd

    empty = (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK)
    ends: list[int] = []  # per row, the column after its last cell holding a value (0: none)
    for r in range(sheet.nrows):
        types, values = sheet.row_types(r), sheet.row_values(r)
        end = 0
        for c in range(len(types) - 1, -1, -1):
            if types[c] not in empty and (types[c] != xlrd.XL_CELL_TEXT or str(values[c]).strip()):
                end = c + 1
                break
        ends.append(end)
    while ends and not ends[-1]:
        ends.pop()
    name = sheet.name
    last_column = max(ends, default=0)
    if sheet.nrows * sheet.ncols > USED_RANGE_SCAN_CELLS:
        if sheet.nrows > len(ends):
            notes.append(_blank_tail_note(name, sheet.nrows, len(ends)))
        if sheet.ncols > last_column > 0:
            notes.append(f"工作表“{name}”的使用范围到 {xl_col_to_name(sheet.ncols - 1)} 列，数据止于 "
                         f"{xl_col_to_name(last_column - 1)} 列；其右只有空白单元格或格式，未读取")
    width = min(last_column, max(USED_RANGE_SCAN_CELLS // max(len(ends), 1), 1))
    rows: list[list[object]] = []
    errors: set[tuple[int, int]] = set()
    for r, end in enumerate(ends):
        row: list[object] = [""] * max(width, end)
        for c, (ctype, value) in enumerate(zip(sheet.row_types(r)[:end], sheet.row_values(r)[:end])):
            if ctype == xlrd.XL_CELL_DATE:
                row[c] = xlrd.xldate_as_datetime(value, book.datemode)
            elif ctype == xlrd.XL_CELL_BOOLEAN:
                row[c] = bool(value)
            elif ctype == xlrd.XL_CELL_ERROR:
                errors.add((r, c))
            elif ctype == xlrd.XL_CELL_NUMBER:
                row[c] = float(value)
            elif isinstance(value, str):
                row[c] = value
        rows.append(row)
    merged = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sheet.merged_cells if r0 < len(ends) and c0 < last_column]
    hidden_rows = frozenset(r for r, info in sheet.rowinfo_map.items() if info.hidden and r < len(ends))
    return _Sheet(name, rows, merged, hidden=sheet.visibility != 0, uncomputed=uncomputed,
                  error_cells=frozenset(errors), hidden_rows=hidden_rows, date1904=bool(book.datemode))


_WORKBOOK_1904 = re.compile(rb"<(?:\w+:)?workbookPr\b[^>]*\bdate1904=\"(?:1|true)\"")
_ODS_NULL_1904 = re.compile(rb"<table:null-date\b[^>]*\btable:date-value=\"1904-01-01\"")


def _date1904(path: Path, shape: str) -> bool:
    """Whether a workbook counts dates from 1904 (Excel's "使用 1904 日期系统", the default of old Excel for
    Mac): calamine converts its date cells, but a serial kept as a number (a date column formatted as 常规)
    is the number of days since 1904-01-01, 1462 days later than the same number in the 1900 system."""
    try:
        if shape == "xlsx":
            with zipfile.ZipFile(path) as archive:
                return bool(_WORKBOOK_1904.search(archive.read("xl/workbook.xml")))
        if shape == "ods":
            # OpenDocument names its serials' day zero in table:null-date (OASIS OpenDocument v1.2 Part 1, 9.4.2;
            # default 1899-12-30, the 1900 system): LibreOffice's "日期 1904" option, or a file converted from an
            # Excel for Mac workbook, writes 1904-01-01 there (hx8 left it).
            with zipfile.ZipFile(path) as archive, archive.open("content.xml") as member:
                return bool(_ODS_NULL_1904.search(member.read(1 << 16)))
        if shape == "xls":
            import xlrd

            # The DATEMODE record of the workbook globals (xlrd reads only them with on_demand).
            return bool(xlrd.open_workbook(file_contents=path.read_bytes(), on_demand=True).datemode)
    except Exception:  # unreadable here: calamine reads the file (or says it cannot)
        return False
    return False


_SERIAL_1904 = re.compile(r"\d{5}(?:\.\d+)?")


def _dates_1904(kind: Kind, data: dict[str, list[str]], where: str) -> list[Problem]:
    """The date serials of a 1904-system workbook as the dates they are (read as 1900 serials they were four
    years early: a 2026 decision was withheld as long expired, without a word)."""
    epoch = dt.date(1904, 1, 1)
    changed = 0
    for f in kind.fields:
        if f.type != DATE:
            continue
        values = data[f.name]
        for r, v in enumerate(values):
            if _SERIAL_1904.fullmatch(v.strip()):
                values[r] = (epoch + dt.timedelta(days=int(float(v)))).isoformat()
                changed += 1
    if not changed:
        return []
    return [Problem(kind.name, where, None, None, "file-date-1904", WARNING,
                    f"{where}: 工作簿使用 1904 日期系统，{changed} 个以数字保存的日期已按 1904 年起算换算，请核对")]


_BIFF_ROW = re.compile(rb"\x08\x02\x10\x00", re.DOTALL)  # a BIFF8 ROW record's header (0x0208, 16 bytes)


def _xls_hidden_rows(path: Path) -> dict[str, set[int]]:
    """Per sheet name, the rows (0-based) hidden in an .xls (BIFF8 ROW record, fZeroHeight): by hand or filtered.

    The workbook stream is scanned for ROW records with the flag first (most files have none: nothing more
    is read); where there are some, xlrd reads the rows' formatting to say which sheet's rows they are."""
    try:
        from xlrd import compdoc

        stream = compdoc.CompDoc(path.read_bytes()).get_named_stream("Workbook")
    except Exception:  # not readable as BIFF8 by xlrd (BIFF5, odd containers): calamine still reads the cells
        return {}
    if stream is None or not any(int.from_bytes(stream[m.end() + 12:m.end() + 14], "little") & 0x20
                                 for m in _BIFF_ROW.finditer(stream)):
        return {}
    try:
        import xlrd

        book = xlrd.open_workbook(file_contents=path.read_bytes(), formatting_info=True, on_demand=True)
        found: dict[str, set[int]] = {}
        for name in book.sheet_names():
            rows = {r for r, info in book.sheet_by_name(name).rowinfo_map.items() if info.hidden}
            if rows:
                found[name] = rows
        return found
    except Exception:  # xlrd cannot read the formatting: the rows are read (as before)
        return {}


def _biff12_records(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(record type, offset of its data, its size) of each record of an XLSB part ([MS-XLSB] 2.1.4: the type in one
    or two bytes and the size in up to four, seven bits a byte, the high bit saying another byte follows)."""
    at, end = 0, len(data)
    while at < end:
        kind = data[at]
        at += 1
        if kind & 0x80 and at < end:
            kind = (kind & 0x7F) | ((data[at] & 0x7F) << 7)
            at += 1
        size, shift = 0, 0
        for _ in range(4):
            if at >= end:
                return
            byte = data[at]
            at += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        yield kind, at, size
        at += size


def _xlsb_hidden_rows(path: Path) -> dict[str, set[int]]:
    """Per sheet name, the rows (0-based) hidden in an .xlsb: a BrtRowHdr record ([MS-XLSB] 2.4.726) with fDyZero
    set, by hand or by a filter. calamine reads them like any row: they were published (hx8 left it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            found: dict[str, set[int]] = {}
            for name, part in _xlsb_sheet_parts(archive):
                sheet = archive.read(part)
                for record, data_at, data_size in _biff12_records(sheet):
                    if record == 0x0000 and data_size >= 12 and sheet[data_at + 11] & 0x10:
                        found.setdefault(name, set()).add(int.from_bytes(sheet[data_at:data_at + 4], "little"))
            return found
    except (zipfile.BadZipFile, OSError, KeyError, IndexError):
        return {}


_BLANK_RESULT = b"\x03\x00\x00\x00\x00\x00\xff\xff"  # FormulaValue: a blank string (byte1 0x03, fExprO 0xFFFF)


def _xls_uncomputed(path: Path) -> dict[str, set[tuple[int, int]]]:
    """Per sheet name, the formula cells of a program-written .xls that hold no result (0-based row, column).

    A BIFF8 FORMULA record ([MS-XLS] 2.4.127) carries the formula's last result (FormulaValue, 2.5.133); xlwt, the
    writer of many Python systems' .xls exports, stores none: every result is the blank-string value (fExprO 0xFFFF,
    byte1 0x03), and calamine reads the cell as empty: a fine =2000/10000 was published without its amount, a date
    formula made the row "missing" its decision date, without a word about the formula (hx8 left it). Excel and WPS
    save every result when they save; a workbook with any formula holding a real result was computed, and its blank
    results are formulas that computed to "" (read as empty). Only a workbook whose formulas all hold the blank value
    is taken as never computed."""
    try:
        from xlrd import compdoc

        stream = compdoc.CompDoc(path.read_bytes()).get_named_stream("Workbook")
    except Exception:  # not BIFF8 as xlrd reads it: calamine reads the cells as they are
        return {}
    if stream is None or _BLANK_RESULT not in stream:
        return {}  # no formula holds the blank value (the usual case): nothing to walk
    names: dict[int, str] = {}  # stream offset of a sheet's BOF -> its name (BOUNDSHEET8, 2.4.28)
    blank: dict[str, set[tuple[int, int]]] = {}
    sheet, depth, at = "", 0, 0
    while at + 4 <= len(stream):
        record, size = int.from_bytes(stream[at:at + 2], "little"), int.from_bytes(stream[at + 2:at + 4], "little")
        data = stream[at + 4:at + 4 + size]
        if record == 0x0085 and len(data) >= 8:
            count, wide = data[6], data[7] & 1
            names[int.from_bytes(data[:4], "little")] = data[8:8 + count * (2 if wide else 1)].decode(
                "utf-16-le" if wide else "latin-1", "replace")
        elif record == 0x0809:  # BOF: a substream begins (a chart's nests inside a sheet's)
            if depth == 0:
                sheet = names.get(at, "")
            depth += 1
        elif record == 0x000A:  # EOF
            depth = max(depth - 1, 0)
        elif record == 0x0006 and depth == 1 and sheet and len(data) >= 14:
            row, col = int.from_bytes(data[:2], "little"), int.from_bytes(data[2:4], "little")
            if data[6] == 0x03 and data[12:14] == b"\xff\xff":
                blank.setdefault(sheet, set()).add((row, col))
            else:
                return {}  # a result was saved: the workbook was computed
        at += 4 + size
    return blank


_ODS_TABLE = re.compile(r"\{urn:oasis:names:tc:opendocument:xmlns:table:1\.0\}(table|table-row|table-cell|covered-table-cell)$")
_ODS_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODS_VALUES = tuple(_ODS_OFFICE + a for a in ("value", "date-value", "time-value", "boolean-value", "string-value"))


def _ods_sheet_facts(path: Path) -> dict[str, tuple[set[tuple[int, int]], set[int], set[tuple[int, int]]]]:
    """Per sheet name, what calamine does not say about an .ods: the formula cells saved without their result
    (a program's ODS: calamine reads them as empty, and a fine =5000/10000 was published empty, hx8), and the
    rows hidden (table:visibility collapse or filter: by hand or by a filter in LibreOffice or WPS), counting
    repeated rows and columns. A cell whose formula has its result (office:value …) is what the clerk saw."""
    import xml.etree.ElementTree as ET

    try:
        with zipfile.ZipFile(path) as archive:
            with archive.open("content.xml") as member:
                head = member.read()
            if b"table:visibility" not in head and b"table:formula" not in head:
                return {}
            found: dict[str, tuple[set[tuple[int, int]], set[int], set[tuple[int, int]]]] = {}
            name, row, col = "", 0, 0
            with archive.open("content.xml") as member:
                for event, element in ET.iterparse(member, events=("start", "end")):
                    m = _ODS_TABLE.search(element.tag)
                    if not m:
                        continue
                    what = m[1]
                    if what == "table" and event == "start":
                        name, row = element.get(_ODS_NS + "name", ""), 0
                    elif what == "table-row" and event == "start":
                        col = 0
                        repeat = int(element.get(_ODS_NS + "number-rows-repeated", "1") or 1)
                        # (A block of thousands of repeated rows is the sheet's empty tail: nothing to hide.)
                        if element.get(_ODS_NS + "visibility", "visible") != "visible" and repeat <= 10_000:
                            found.setdefault(name, (set(), set(), set()))[1].update(range(row, row + repeat))
                    elif what == "table-row" and event == "end":
                        row += int(element.get(_ODS_NS + "number-rows-repeated", "1") or 1)
                        element.clear()
                    elif what in ("table-cell", "covered-table-cell") and event == "start":
                        repeat = int(element.get(_ODS_NS + "number-columns-repeated", "1") or 1)
                        if element.get(_ODS_NS + "formula") and not any(element.get(a) for a in _ODS_VALUES):
                            found.setdefault(name, (set(), set(), set()))[0].update((row, c) for c in range(col, col + min(repeat, 1000)))
                        col += repeat
            return found
    except (zipfile.BadZipFile, OSError, KeyError, ET.ParseError, ValueError):
        return {}


_CALC_ON_LOAD = re.compile(rb"<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad=\"(?:1|true)\"")
_SHEET_ENTRY = re.compile(rb"<(?:\w+:)?sheet\b[^>]*?\bname=\"([^\"]*)\"[^>]*?\br:id=\"([^\"]*)\"")
_RELATION = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*?\bId=\"([^\"]*)\"[^>]*?\bTarget=\"([^\"]*)\"")
_RELATION_TARGET_FIRST = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*?\bTarget=\"([^\"]*)\"[^>]*?\bId=\"([^\"]*)\"")
_FORMULA_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br=\"([A-Z]{1,3})(\d+)\"[^>]*?(?<!/)>((?:(?!</(?:\w+:)?c>).)*?<(?:\w+:)?f\b"
                           rb"(?:(?!</(?:\w+:)?c>).)*)</(?:\w+:)?c>", re.DOTALL)
_CACHED_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]+</(?:\w+:)?v>")
_ERROR_CELL = re.compile(rb"<(?:\w+:)?c\b(?=[^>]*\bt=\"e\")[^>]*?\br=\"([A-Z]{1,3})(\d+)\"")


def _cell_at(letters: bytes, number: bytes) -> tuple[int, int]:
    """(row0, col0) of a cell reference such as AB12."""
    col = 0
    for ch in letters.decode():
        col = col * 26 + ord(ch) - 64
    return int(number) - 1, col - 1


_COLUMN_SPEC = re.compile(rb"<(?:\w+:)?col\b[^>]*>")
_COLUMN_SPEC_ATTRIBUTE = re.compile(rb"\b(min|max|hidden)=\"([^\"]*)\"")


def _hidden_columns(head: bytes) -> set[int]:
    """The columns (0-based) a sheet part hides (ECMA-376 Part 1, 18.3.1.13 col: hidden="1" over min..max,
    1-based), within the first 16,384 columns Excel has. The <cols> list comes before the sheet's data, so
    only the part's head is read."""
    columns: set[int] = set()
    for spec in _COLUMN_SPEC.findall(head[:1 << 16].split(b"sheetData", 1)[0]):
        attributes = dict(_COLUMN_SPEC_ATTRIBUTE.findall(spec))
        if attributes.get(b"hidden") in (b"1", b"true") and attributes.get(b"min", b"").isdigit():
            low = int(attributes[b"min"])
            high = int(attributes[b"max"]) if attributes.get(b"max", b"").isdigit() else low
            columns.update(range(low - 1, min(high, 16384)))
    return columns


_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b(?=[^>]*\bhidden=\"(?:1|true)\")[^>]*?\br=\"(\d+)\"")


def _xlsx_sheet_facts(path: Path) -> tuple[dict[str, tuple[set[tuple[int, int]], set[int], set[tuple[int, int]]]],
                                            dict[str, set[int]]]:
    """Per sheet name, what calamine does not say about an XLSX: the formula cells whose saved result
    cannot be trusted, the rows hidden in Excel, and the cells holding an error value.

    Excel and WPS save each formula's result with it, and calamine reads that result. A workbook
    written by a program (report engines, openpyxl, xlsxwriter, POI) saves none, or a stand-in 0,
    and asks the next program to compute everything on opening (`fullCalcOnLoad`): read as it is, a
    fine `=5000/10000` was published empty (hx6 finding 1). Rows hidden by hand or filtered out
    (自动筛选) are seen by nobody who opens the file, like a hidden sheet (hx6 finding 4). An error
    value (#DIV/0!, #REF!, #N/A: a formula that failed) is read as an empty cell, so a fine was
    published without a word. Only sheets holding formulas, hidden rows or error cells are scanned.
    Second, per sheet name, the columns hidden in Excel (`_hidden_columns`), read from the same part.
    """

    found: dict[str, tuple[set[tuple[int, int]], set[int], set[tuple[int, int]]]] = {}
    hidden_columns: dict[str, set[int]] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            workbook = _xlsx_sheet_parts(archive)
            if workbook is None:
                return found, hidden_columns
            on_load = _CALC_ON_LOAD.search(workbook[0]) is not None
            for raw_name, member in workbook[1]:
                xml = archive.read(member)
                columns = _hidden_columns(xml) if b"hidden" in xml[:1 << 16] else set()
                if columns:
                    hidden_columns[html.unescape(raw_name.decode("utf-8", "replace"))] = columns
                if (b'hidden="' in xml or b"<f" in xml or b":f" in xml or b't="e"' in xml) and _unnumbered(xml[:1 << 16]):
                    xml = _numbered_sheet(xml)
                cells: set[tuple[int, int]] = set()
                if b"<f" in xml or b":f" in xml:
                    for letters, number, inner in _FORMULA_CELL.findall(xml):
                        if on_load or not _CACHED_VALUE.search(inner):
                            cells.add(_cell_at(letters, number))
                hidden = {int(n) - 1 for n in _HIDDEN_ROW.findall(xml)} if b'hidden="' in xml else set()
                errors = {_cell_at(letters, number) for letters, number in _ERROR_CELL.findall(xml)} \
                    if b't="e"' in xml else set()
                if cells or hidden or errors:
                    found[html.unescape(raw_name.decode("utf-8", "replace"))] = (cells, hidden, errors)
    except (zipfile.BadZipFile, OSError, KeyError):
        return {}, {}
    return found, hidden_columns


def _read_csv(path: Path, notes: list[str] | None = None, cut: list[tuple[int, int]] | None = None
              ) -> list[list[object]]:
    """Delimited text read as a stream (UTF-8, else GB18030, else a detected codec), its rows and cells bounded.

    The delimiter is the one that splits the first lines into the most columns (a comma, a tab, a
    semicolon or a bar: `.tsv` files and tab-separated text saved as `.csv` or `.xls`). A UTF-16
    file (Excel's "Unicode text") and a UTF-8 byte-order mark before GB18030 text (an editor that
    added the mark without converting) are read as what they are, with a note.
    """
    csv.field_size_limit(_limits().load_max_cell_chars)
    with path.open("rb") as raw:
        head = raw.read(65536)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        if path.stat().st_size > 64 * 1024 * 1024:
            raise _TooLarge("UTF-16 文本超过 64 MB 的上限")
        text = path.read_bytes().decode("utf-16")
        if notes is not None:
            notes.append("文件是 UTF-16 编码（Excel“Unicode 文本”），已按此读取")
        delimiter = _delimiter(text[:65536])
        return _quotes_closed(_bounded(csv.reader(_unmarked(io.StringIO(text, newline="")), delimiter=delimiter)), delimiter)
    bom = head.startswith(b"\xef\xbb\xbf")
    # With a UTF-8 mark the text is UTF-8, or GB18030 after a mark an editor added without converting.
    for encoding, skip in (("utf-8-sig", 0), ("gb18030", 3 if bom else 0)):
        if encoding == "gb18030":  # not UTF-8 throughout: UTF-8 but for a character cut in its bytes?
            rows = _utf8_with_cut_cells(path, cut if cut is not None else [])
            if rows is not None:
                return rows
        sample = _sample(head[skip:], encoding)
        if sample is None:
            rows = _gb18030_with_cut_cells(path, skip, cut if cut is not None else []) if encoding == "gb18030" else None
            if rows is not None:
                return rows
            continue
        if encoding == "gb18030" and not skip and _is_big5(head, sample):
            encoding, sample = "cp950", _sample(head, "cp950") or sample
            if notes is not None:
                notes.append("文件是 Big5（繁体中文）编码，已按 Big5 读取；繁体表头按简体对应")
        if _FIXED_RULE.search(sample):
            try:
                text = path.read_bytes()[skip:].decode(encoding)
            except UnicodeDecodeError:
                continue
            fixed = _fixed_width_rows(text)
            if fixed is not None:
                if notes is not None:
                    notes.append("是定宽文本（如 Oracle SQL*Plus 的 spool 导出），按表头下的“----”划线分列读取")
                return fixed
        delimiter = _delimiter(sample)
        try:
            rows = _quotes_closed(_csv_rows(path, encoding, delimiter, skip), delimiter)
        except UnicodeDecodeError:
            # GB18030 but for a character cut in its bytes beyond the first 64 KB?
            rows = _gb18030_with_cut_cells(path, skip, cut if cut is not None else []) if encoding == "gb18030" else None
            if rows is not None:
                return rows
            continue
        if skip and notes is not None:
            notes.append("文件开头有 UTF-8 标记，但内容是 GBK/GB18030 编码，已按 GB18030 读取")
        if encoding == "gb18030" and delimiter == "|":
            _bar_swallowed(rows, cut if cut is not None else [])
        return rows
    if path.stat().st_size > 16 * 1024 * 1024:
        raise UnicodeDecodeError("unknown", b"", 0, 1, "no encoding fits")
    text = decode_bytes(path.read_bytes())
    delimiter = _delimiter(text[:65536])
    return _quotes_closed(_bounded(csv.reader(_unmarked(io.StringIO(text, newline="")), delimiter=delimiter)), delimiter)


# The rule SQL*Plus prints under the column names of a query's output (`spool` to a .txt: the export of many
# Oracle-based systems), one run of dashes per column, each as wide as the column, one space apart.
_FIXED_RULE = re.compile(r"^(?:-{2,} ){2,}-{2,}[ \t]*\r?$", re.MULTILINE)


def _display_widths(line: str) -> list[int]:
    """How wide each character of a line is as a terminal shows it: a CJK character two columns (and two bytes
    in GBK, the width SQL*Plus pads by), others one."""
    return [2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line]


def _fixed_width_rows(text: str) -> list[list[object]] | None:
    """Fixed-width text cut at the columns its dash rule gives (`_FIXED_RULE`); lines above the header kept whole
    (titles), the rule itself as a blank line (formatting). A character over a gap between two columns of the rule
    means the line is out of line (a wrapped row, widths counted otherwise): the file is refused (file-unreadable)
    rather than cut in the wrong places, where a figure could lose a digit to its neighbour."""
    lines = text.splitlines()
    if len(lines) > _limits().load_max_rows + HEADER_SEARCH_ROWS:
        raise _TooLarge(f"超过每个文件 {_limits().load_max_rows:,} 行的上限")
    rule_at = next((i for i, line in enumerate(lines[:HEADER_SEARCH_ROWS + 5]) if _FIXED_RULE.match(line)), None)
    if not rule_at or any(d in lines[rule_at - 1] for d in _DELIMITERS):
        return None  # no rule under a line of names; or a delimited file with a line of dashes in it
    runs = list(re.finditer(r"-+", lines[rule_at]))
    starts = [m.start() for m in runs]
    gaps = {m.end() for m in runs[:-1]}  # the space between two columns
    rows: list[list[object]] = []
    for index, line in enumerate(lines):
        if index < rule_at - 1 or index == rule_at or not line.strip():
            rows.append([line.strip()] if index < rule_at - 1 and line.strip() else [])
            continue
        cells = [""] * len(starts)
        at, k = 0, 0
        for ch, width in zip(line, _display_widths(line)):
            if not ch.isspace() and any(at <= gap < at + width for gap in gaps):
                raise _OutOfLine(f"定宽文本第 {index + 1} 行的内容跨过了列的分隔位置（第 {at + 1} 列），列位置不齐，"
                                 "无法可靠分列，整个文件未读取；请导出为 CSV（逗号分隔）后重新放入")
            while k + 1 < len(starts) and at >= starts[k + 1]:
                k += 1
            cells[k] += ch
            at += width
        rows.append([c.strip() for c in cells])
    return rows


def _quotes_closed(rows: list[list[object]], delimiter: str) -> list[list[object]]:
    """The rows, unless a quote opened in a cell and never closed swallowed the lines after it into that cell
    (hx7: the records below such a cell were lost, the report naming only one row with empty fields).

    A line inside a cell holding as many delimiters as half a row is a record, not prose (a line break in
    违法事实 is written with Chinese punctuation)."""
    width = max((len(r) for r in rows[:HEADER_SEARCH_ROWS]), default=0)
    least = max(3, width // 2)
    line = 1
    for row in rows:
        breaks = 0
        for cell in row:
            if isinstance(cell, str) and "\n" in cell:  # rare: one pass over the cells, as they are
                inner = cell.split("\n")[1:]
                swallowed = sum(part.count(delimiter) >= least for part in inner)
                if swallowed:
                    raise _BrokenQuote(line, swallowed)
                breaks += len(inner)
        line += 1 + breaks
    return rows


_DELIMITERS = (",", "\t", ";", "|")


def _delimiter(sample: str) -> str:
    """The delimiter giving the widest rows among the first lines (a comma when none does better)."""
    lines = sample.splitlines()[:HEADER_SEARCH_ROWS + 5]
    best, width = ",", 0
    for delimiter in _DELIMITERS:
        try:
            rows = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            continue
        widest = max((len(r) for r in rows), default=0)
        if widest > width + (2 if delimiter != "," else 0):  # a stray ; or | in a comma file does not win
            best, width = delimiter, widest
    return best


def _is_big5(head: bytes, gb_text: str) -> bool:
    """Big5 bytes (a Taiwan or Hong Kong system's CSV) decode as GB18030 without an error, into other
    characters (行政相對人名稱 reads as ︽現癸嘿): the file is Big5 when its first bytes are Big5 and, read so,
    name more of the contract's headers than read as GB18030 — or, where neither names one,
    charset-normalizer judges them Big5."""
    big5 = _sample(head, "cp950")
    if big5 is None or big5 == gb_text:
        return False
    lines_big5, lines_gb = big5.splitlines()[:HEADER_SEARCH_ROWS], gb_text.splitlines()[:HEADER_SEARCH_ROWS]
    known_big5, known_gb = _known_headers(lines_big5), _known_headers(lines_gb)
    if known_big5 or known_gb:
        return known_big5 > known_gb
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=["gb18030", "cp950"]).best()
    return best is not None and best.encoding in ("big5", "cp950")


def _known_headers(lines: list[str]) -> int:
    """How many cells of these lines are a header the contract or a national layout knows."""
    known = _all_headers()
    return sum(1 for line in lines for cell in re.split(r"[,\t;|]", line) if normalize_header(cell.strip('"')) in known)


_ALL_HEADERS: set[str] = set()


def _all_headers() -> set[str]:
    if not _ALL_HEADERS:
        for kind in KINDS.values():
            _ALL_HEADERS.update(h for h in header_map(kind) if len(h) >= 4)
        for layout in LAYOUTS.values():
            for kind_layout in layout.kinds.values():
                _ALL_HEADERS.update(h for h in kind_layout.columns if len(h) >= 4)
    return _ALL_HEADERS


def _sample(head: bytes, encoding: str) -> str | None:
    """The first bytes as text, or None when they are not in this encoding (a character cut at the end is fine)."""
    if encoding == "utf-8-sig" and head.startswith(b"\xef\xbb\xbf"):
        # The codec counts error positions after the mark: without it, a character cut at the very
        # end of a marked file's first bytes looked like a bad byte earlier on, and the file was refused.
        head, encoding = head[3:], "utf-8"
    try:
        return head.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            return None
        return head[:exc.start].decode(encoding)


def _csv_rows(path: Path, encoding: str, delimiter: str = ",", skip: int = 0) -> list[list[object]]:
    with path.open("rb") as raw:
        raw.read(skip)
        stream = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
        try:
            return _bounded(csv.reader(_unmarked(stream), delimiter=delimiter))
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise _TooLarge(f"有单元格超过 {_limits().load_max_cell_chars:,} 个字符") from exc
            raise


def _read_html(path: Path, notes: list[str]) -> list[_Sheet]:
    """The tables of an HTML page (a web system's "导出 Excel"), one sheet each, spans kept as merges."""
    from html.parser import HTMLParser

    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        declared = re.search(rb"charset\s*=\s*[\"']?\s*([\w-]+)", raw[:4096], re.IGNORECASE)
        text = ""
        for encoding in ([declared.group(1).decode("ascii")] if declared else []) + ["utf-8-sig", "gb18030"]:
            try:
                text = raw.decode(encoding)
                break
            except (UnicodeDecodeError, LookupError):
                continue
        else:
            text = decode_bytes(raw)

    class Tables(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.tables: list[tuple[list[list[object]], list[tuple[int, int, int, int]]]] = []
            self.depth = 0
            self.cell: list[str] | None = None
            self.spans = (1, 1)
            self.taken: set[tuple[int, int]] = set()

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag == "table":
                self.depth += 1
                if self.depth == 1:
                    self.tables.append(([], []))
                    self.taken = set()
            elif self.depth != 1:
                return
            elif tag == "tr":
                self.tables[-1][0].append([])
            elif tag in ("td", "th"):
                if not self.tables[-1][0]:
                    self.tables[-1][0].append([])
                values = dict(attrs)
                self.spans = (_span(values.get("rowspan")), _span(values.get("colspan")))
                self.cell = []
            elif tag == "br" and self.cell is not None:
                self.cell.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag == "table":
                self.depth -= 1
            elif self.depth == 1 and tag in ("td", "th") and self.cell is not None:
                rows, merges = self.tables[-1]
                r = len(rows) - 1
                row = rows[r]
                c = len(row)
                while (r, c) in self.taken:  # a cell of a row span above
                    row.append("")
                    c += 1
                height, width = self.spans
                row.extend([" ".join("".join(self.cell).split(" ")).strip()] + [""] * (width - 1))
                if height > 1 or width > 1:
                    merges.append((r, c, r + height - 1, c + width - 1))
                    self.taken |= {(rr, cc) for rr in range(r, r + height) for cc in range(c, c + width)}
                self.cell = None

        def handle_data(self, data: str) -> None:
            if self.cell is not None:
                self.cell.append(data.replace("\xa0", " "))

    parser = Tables()
    parser.feed(text)
    parser.close()
    sheets = [_Sheet(f"表{i + 1}", rows, merges) for i, (rows, merges) in enumerate(parser.tables) if rows]
    total = sum(len(sheet.rows) for sheet in sheets)
    if total > _limits().load_max_rows + HEADER_SEARCH_ROWS:
        raise _TooLarge(f"超过每个文件 {_limits().load_max_rows:,} 行的上限")
    return sheets or [_Sheet(None, [])]


def _read_spreadsheet_ml(path: Path) -> list[_Sheet]:
    """An Excel 2003 XML workbook (SpreadsheetML, what Java systems write from a template as .xls):
    one sheet per Worksheet, ss:Index gaps and ss:MergeAcross/ss:MergeDown spans kept as merges."""
    import xml.etree.ElementTree as ET

    raw = path.read_bytes()
    if re.search(rb"<!(?:DOCTYPE|ENTITY)", raw[:65536]):  # a real workbook declares none: refuse entity tricks
        raise ValueError("SpreadsheetML with a DOCTYPE")
    ns = "{urn:schemas-microsoft-com:office:spreadsheet}"
    root = ET.fromstring(_xml_utf8(raw))
    sheets: list[_Sheet] = []
    total = 0
    for sheet in root.iter(f"{ns}Worksheet"):
        rows: list[list[object]] = []
        merges: list[tuple[int, int, int, int]] = []
        covered: set[tuple[int, int]] = set()  # cells under a merge from a row above: not written again
        for table in sheet.iter(f"{ns}Table"):
            for row in table.iter(f"{ns}Row"):
                at = row.get(f"{ns}Index")
                while at and len(rows) < int(at) - 1:
                    rows.append([])
                cells: list[object] = []
                r = len(rows)
                for cell in row.iter(f"{ns}Cell"):
                    index = cell.get(f"{ns}Index")
                    while (index and len(cells) < int(index) - 1) or (not index and (r, len(cells)) in covered):
                        cells.append("")
                    data = cell.find(f"{ns}Data")
                    value = "".join(data.itertext()) if data is not None else ""
                    if data is not None and data.get(f"{ns}Type") == "DateTime" and value.endswith("T00:00:00.000"):
                        value = value[:10]
                    c = len(cells)
                    across, down = int(cell.get(f"{ns}MergeAcross", 0)), int(cell.get(f"{ns}MergeDown", 0))
                    cells.extend([value] + [""] * across)
                    if across or down:
                        merges.append((r, c, r + down, c + across))
                        covered |= {(rr, cc) for rr in range(r + 1, r + down + 1) for cc in range(c, c + across + 1)}
                rows.append(cells)
                total += 1
                if total > _limits().load_max_rows + HEADER_SEARCH_ROWS:
                    raise _TooLarge(f"超过每个文件 {_limits().load_max_rows:,} 行的上限")
        sheets.append(_Sheet(sheet.get(f"{ns}Name"), rows, merges))
    return sheets or [_Sheet(None, [])]


def _records_table(records: list[dict[str, object]]) -> list[list[object]]:
    """Records (one mapping of field name to value each) as a sheet: the names in the order they first appear, then one
    row per record. A nested value is kept as its JSON text (read as any unknown text), never spread into columns."""
    import json

    names: dict[str, None] = {}
    for record in records:
        names.update(dict.fromkeys(str(k) for k in record))
    header = list(names)

    def cell(value: object) -> object:
        # MongoDB Extended JSON (mongoexport): a value wrapped as {"$date": …}, {"$numberLong": "…"},
        # {"$numberDecimal": "…"}, {"$oid": "…"} is the value it wraps ($date in relaxed or canonical form).
        while isinstance(value, dict) and len(value) == 1 and next(iter(value)).startswith("$"):
            value = next(iter(value.values()))
        if isinstance(value, (dict, list)):
            return json.dumps(value, ensure_ascii=False)
        if isinstance(value, bool):
            return "true" if value else "false"  # as written, not 是/否: no field of the contract is a JSON boolean
        return value

    return [cast("list[object]", header), *([cell(record.get(n)) for n in header] for record in records)]


def _record_lists(value: object, depth: int = 0) -> Iterator[list[dict[str, object]]]:
    """Every list of objects in a JSON document, outermost first (depth at most 4)."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        yield cast("list[dict[str, object]]", value)
    elif isinstance(value, dict) and depth < 4:
        for inner in value.values():
            yield from _record_lists(inner, depth + 1)


def _row_table(document: object) -> list[list[object]] | None:
    """A table written as rows of values: pandas' to_json(orient="split") ({"columns": […], "data": [[…], …]}) or an
    array of arrays whose first holds the names (DataTables, a spreadsheet's JSON save)."""
    if isinstance(document, dict) and isinstance(document.get("columns"), list) and isinstance(document.get("data"), list):
        rows = [document["columns"], *document["data"]]
    elif isinstance(document, list) and document and all(isinstance(r, list) for r in document):
        rows = list(document)
    else:
        return None
    if not rows[0] or not all(isinstance(c, str) for c in rows[0]) or not all(isinstance(r, list) for r in rows):
        return None
    import json

    return [[json.dumps(c, ensure_ascii=False) if isinstance(c, (dict, list)) else c for c in r] for r in rows]


def _names_headers(keys: list[str]) -> bool:
    """Whether these keys are a table's column names: enough of them are headers the contract or a layout knows."""
    known = _all_headers()
    return sum(normalize_header(k) in known for k in keys) >= MIN_HEADER_FIELDS


def _pandas_table(document: object) -> list[list[object]] | None:
    """A table as pandas' DataFrame.to_json writes it without a list of records (pandas docs, DataFrame.to_json
    "orient"): "columns", the default ({column: {index: value}}), and "index" ({index: {column: value}}), read
    as the records they are; one record alone (a one-line JSON Lines file) too. "values" ([[value, …], …]) holds no
    column names: refused, naming the format (before, all three were ignored as notes and their rows lost: h21e 9)."""
    scalar = (str, int, float, bool, type(None))
    if isinstance(document, dict) and document and all(isinstance(v, scalar) for v in document.values()):
        return _records_table([document]) if _names_headers(list(document)) else None
    if isinstance(document, dict) and document and all(isinstance(v, dict) and v for v in document.values()):
        inner = cast("list[dict[str, object]]", list(document.values()))
        if not all(isinstance(v, scalar) for part in inner for v in part.values()):
            return None
        if _names_headers(list(inner[0])):  # orient="index": each value is one record
            return _records_table(inner)
        if _names_headers([str(k) for k in document]):  # orient="columns": each value is one column
            index: dict[str, None] = {}
            for column in inner:
                index.update(dict.fromkeys(column))
            return _records_table([{name: column.get(i) for name, column in zip(document, inner)} for i in index])
        return None
    if (isinstance(document, list) and document and all(isinstance(r, list) for r in document)
            and all(isinstance(v, scalar) for r in document for v in r)):
        raise _OutOfLine("是只有值、没有列名的 JSON 表（如 pandas DataFrame.to_json(orient=\"values\") 所写：[[值, …], …]），"
                         "无法知道每个值属于哪一列，未读取；请用 orient=\"records\" 或 \"split\" 重新导出，或另存为 CSV")
    return None


def _read_json(path: Path) -> tuple[list[list[object]], int]:
    """A platform's JSON export: an array of records (Jackson, fastjson), the array under a wrapper key as APIs and
    tools return it ({"code":0,"data":{"list":[…]}}, Navicat's {"RECORDS":[…]}), JSON Lines (one record a line,
    mongoexport), or rows of values (_row_table). Of several arrays of objects the table is the one whose records have
    the most fields (a code list beside the records has two or three), then the longest; (rows, number of records)."""
    import json

    text = decode_bytes(path.read_bytes())
    try:
        document: object = json.loads(text)
    except json.JSONDecodeError:
        lines = [line for line in text.splitlines() if line.strip()]
        document = [json.loads(line) for line in lines]  # JSON Lines, or a damaged file: the error refuses it
    table = _row_table(document)
    if table is None:
        table = _pandas_table(document)
    if table is not None:
        if len(table) - 1 > _limits().load_max_rows:
            raise _TooLarge(f"有 {len(table) - 1:,} 条记录，超过每个文件 {_limits().load_max_rows:,} 行的上限")
        return table, len(table) - 1
    found = max(_record_lists(document), default=[],
                key=lambda records: (len({k for r in records[:50] for k in r}), len(records)))
    if len(found) > _limits().load_max_rows:
        raise _TooLarge(f"有 {len(found):,} 条记录，超过每个文件 {_limits().load_max_rows:,} 行的上限")
    return (_records_table(found) if found else []), len(found)


_XML_DECLARED = re.compile(rb"^(\s*<\?xml[^>]*?\bencoding=[\"'])([A-Za-z0-9_.:-]+)([\"'])")


def _xml_utf8(raw: bytes) -> bytes:
    """XML bytes the parser can read: one declared in GBK, GB2312 or GB18030 (as Chinese systems write them; expat
    reads no multi-byte encoding but UTF-8 and UTF-16) decoded by Python and declared UTF-8."""
    declared = _XML_DECLARED.match(raw)
    if declared is None or declared[2].lower().replace(b"_", b"-") in (b"utf-8", b"utf8", b"utf-16", b"us-ascii", b"iso-8859-1"):
        return raw
    codec = declared[2].decode("ascii").lower()
    codec = "gb18030" if codec in ("gbk", "gb2312", "gb18030", "cp936", "x-gbk", "euc-cn") else codec
    return declared.expand(rb"\1UTF-8\3") + raw[declared.end():].decode(codec).encode("utf-8")


# ADO's persisted recordset (https://learn.microsoft.com/en-us/office/client-developer/access/desktop-database-reference/
# persisting-records-in-xml-format): rows in the #RowsetSchema namespace, column names in the rowset namespace.
_ADO_ROW = "#RowsetSchema"
_ADO_ROWSET = "urn:schemas-microsoft-com:rowset"


def _read_xml_records(path: Path) -> tuple[list[list[object]], int]:
    """A database tool's or platform's XML export: records as repeated elements whose children are the fields
    (Navicat: <RECORDS><RECORD><CF_WSH>…</CF_WSH>…</RECORD></RECORDS>; a web service's <data><row>…</row></data>).
    The element name repeated most often among the parents of leaf elements is the record; (rows, records)."""
    import xml.etree.ElementTree as ET
    from collections import Counter

    raw = path.read_bytes()
    if re.search(rb"<!(?:DOCTYPE|ENTITY)", raw[:65536]):  # an export declares none: refuse entity tricks
        raise ValueError("XML with a DOCTYPE")
    root = ET.fromstring(_xml_utf8(raw))

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    ado_rows = list(root.iter(f"{{{_ADO_ROW}}}row"))
    if ado_rows:
        # ADO's Recordset.Save adPersistXML (VB6, ASP and Access systems, h20e case 8): each record a <z:row> whose
        # attributes are its fields, named in <s:Schema> (the column's own name in rs:name when it is no XML name).
        names = {a.get("name", ""): str(a.get(f"{{{_ADO_ROWSET}}}name") or a.get("name", ""))
                 for a in root.iter() if local(a.tag) == "AttributeType" and a.get("name")}
        schema_order = dict.fromkeys(names.values())
        ado_records = [schema_order | {names.get(k, local(k)): v for k, v in e.attrib.items()} for e in ado_rows]
        if len(ado_records) > _limits().load_max_rows:
            raise _TooLarge(f"有 {len(ado_records):,} 条记录，超过每个文件 {_limits().load_max_rows:,} 行的上限")
        return cast("list[list[object]]", _records_table(cast("list[dict[str, object]]", ado_records))), len(ado_rows)
    parents = Counter(local(e.tag) for e in root.iter() if len(e) and all(len(c) == 0 for c in e))
    if not parents:
        return [], 0
    name = parents.most_common(1)[0][0]
    records = [{local(c.tag): "".join(c.itertext()) for c in e} | {local(k): v for k, v in e.attrib.items()}
               for e in root.iter() if local(e.tag) == name and len(e)]
    if len(records) > _limits().load_max_rows:
        raise _TooLarge(f"有 {len(records):,} 条记录，超过每个文件 {_limits().load_max_rows:,} 行的上限")
    return cast("list[list[object]]", _records_table(cast("list[dict[str, object]]", records))), len(records)


# dBase III / FoxPro tables (.dbf), as old county systems export them: a 32-byte header (version, last update,
# record count, header and record length, the language driver at byte 29), 32-byte field descriptors ended by 0x0D,
# then fixed-width records, each after a deletion flag (dBase III file format; Microsoft Visual FoxPro "Table File
# Structure (.dbc, .dbf, .frx, .lbx, .mnx, .pjx, .scx, .vcx)"). Read with the standard library: the types an export
# writes (C text, N/F numbers, D dates, L logicals, I integers); a memo's text lives in a .fpt/.dbt beside it.
_DBF_VERSIONS = frozenset({0x02, 0x03, 0x30, 0x31, 0x32, 0x43, 0x63, 0x83, 0x8B, 0xCB, 0xF5, 0xFB})
_DBF_CODEPAGES = {0x4D: "gb18030", 0x7A: "gb18030", 0x4F: "big5", 0x78: "big5", 0x01: "cp437", 0x03: "cp1252",
                  0x57: "cp1252"}
_DBF_READ_TYPES = frozenset(b"CNFDLI")


def _dbf_header(head: bytes, size: int) -> tuple[int, int, int] | None:
    """(records, header length, record length) when `head` starts a dBase/FoxPro table of `size` bytes, else None."""
    if len(head) < 33 or head[0] not in _DBF_VERSIONS or not (1 <= head[2] <= 12 and 1 <= head[3] <= 31):
        return None
    records, header_length, record_length = struct.unpack_from("<IHH", head, 4)
    if header_length < 65 or record_length < 2 or (header_length - 33) % 32 not in (0, 263 % 32):
        return None
    body = size - header_length
    if not records * record_length <= body <= records * record_length + 1:
        return None
    return records, header_length, record_length


def _read_dbf(path: Path, notes: list[str]) -> tuple[list[list[object]], int]:
    """A dBase/FoxPro table's records (deleted ones left out, and said) under its field names; (rows, records).

    Field names are at most 10 characters, so systems write the field codes, cut (CF_XDR_SHXYM as CF_XDR_SHX): a
    name that begins exactly one known code is read as that code. A memo, picture or other field the table does not
    hold itself refuses the file, naming how to save it as .xlsx."""
    raw = path.read_bytes()
    shape = _dbf_header(raw[:4096], len(raw))
    if shape is None:
        raise _OutOfLine("不是有效的 dBase/FoxPro 数据表（文件头与文件大小不符，可能已损坏）；请在 WPS 或 Excel 中打开后另存为 .xlsx")
    count, header_length, record_length = shape
    if count > _limits().load_max_rows:
        raise _TooLarge(f"有 {count:,} 条记录，超过每个文件 {_limits().load_max_rows:,} 行的上限")
    encoding = _DBF_CODEPAGES.get(raw[29], "gb18030")
    fields: list[tuple[str, int, int, int]] = []  # name, type, offset in the record, length
    offset = 1
    for at in range(32, header_length - 31, 32):
        if raw[at] == 0x0D:
            break
        name = raw[at:at + 11].split(b"\x00", 1)[0].decode(encoding).strip()
        kind, length = raw[at + 11], raw[at + 16]
        if kind == ord("C"):
            length += raw[at + 17] << 8  # FoxPro: a character field's length over 255 goes on in the decimal count
        fields.append((name, kind, offset, length))
        offset += length
    unread = sorted({chr(kind) for _, kind, _, _ in fields if kind not in _DBF_READ_TYPES})
    if unread:
        raise _OutOfLine(f"dBase/FoxPro 数据表中有本系统不读取的字段类型（{'、'.join(unread)}：如备注型 M 的内容在另一个 .fpt/.dbt "
                         "文件中），未读取；请在 WPS 或 Excel 中打开该 .dbf 文件，另存为 .xlsx 后重新放入")
    known = _all_headers()

    def header(name: str) -> str:
        if len(name) == 10 and name.isascii():
            whole = {h for h in known if h.isascii() and h.upper().startswith(name.upper())}
            if len(whole) == 1:
                return whole.pop()
        return name

    def value(kind: int, cell: bytes) -> object:
        if kind == ord("I"):
            return str(int.from_bytes(cell, "little", signed=True))
        text = cell.decode(encoding).strip()
        if kind == ord("D") and re.fullmatch(r"\d{8}", text):
            return f"{text[:4]}-{text[4:6]}-{text[6:]}"
        return text

    rows: list[list[object]] = [[header(name) for name, _, _, _ in fields]]
    deleted = 0
    for r in range(count):
        record = raw[header_length + r * record_length:header_length + (r + 1) * record_length]
        if record[:1] == b"*":
            deleted += 1
            continue
        rows.append([value(kind, record[at:at + length]) for _, kind, at, length in fields])
    if deleted:
        notes.append(f"有 {deleted} 条记录在 dBase/FoxPro 中标记为已删除（DELETE），未读取")
    return rows, count - deleted


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


# Bytes Python's UTF-8 decoder could not read, kept as lone surrogates (errors="surrogateescape", PEP 383).
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
_ESCAPED_END = re.compile("[\udc80-\udcff]+$")
_CUT_CELLS_READ = 20  # more broken places than this: not a UTF-8 export with a few cut cells


def _utf8_with_cut_cells(path: Path, cut: list[tuple[int, int]]) -> list[list[object]] | None:
    """The rows of a UTF-8 text whose only flaw is a few cells ending in part of a character, or None when the text is
    not that (GB18030, or damaged throughout). A database column limited in bytes (Oracle VARCHAR2(n BYTE), SUBSTRB;
    MySQL's LEFT on a binary string) cuts a 3-byte character after its first one or two bytes: the file was refused
    whole, "不是 UTF-8 或 GB18030", naming no row (h21e 16). The incomplete bytes at a cell's end are dropped and the
    cell named (`cut`: (row0, col0), reported as cell-cut-character); bytes that are no character inside a cell
    refuse the file naming the row and column (_BadBytes): what they held cannot be known."""
    with path.open("rb") as handle:
        head = handle.read(65536).decode("utf-8", "surrogateescape")
    # The first bytes decide cheaply (GB18030 text breaks UTF-8 at almost every character): few broken places, and
    # many characters beyond ASCII read as UTF-8, or it is no UTF-8 export.
    broken_head = sum(1 for _ in itertools.islice(_ESCAPED_BYTES.finditer(head), _CUT_CELLS_READ + 2))
    readable = len(head) - len(head.encode("ascii", "ignore")) - sum(1 for ch in head if "\udc80" <= ch <= "\udcff")
    if broken_head > _CUT_CELLS_READ + 1 or readable < 10 * max(1, broken_head) or _FIXED_RULE.search(head):
        return None  # (a fixed-width spool is cut by its columns, not by delimiters: left to be refused as before)
    text = path.read_bytes().decode("utf-8", "surrogateescape")
    broken = sum(1 for _ in itertools.islice(_ESCAPED_BYTES.finditer(text), _CUT_CELLS_READ + 1))
    if not broken or broken > _CUT_CELLS_READ:
        return None
    text = text.removeprefix("\ufeff")
    rows, _ = _rows_with_cut_cells(text, cut, "UTF-8", _utf8_cut_end)
    return rows


def _utf8_cut_end(cell: str) -> int | None:
    """Where a UTF-8 cell's cut character starts (its last bytes, the lead of a character without its end), or None."""
    end = _ESCAPED_END.search(cell)
    if end is not None and _utf8_prefix(end.group().encode("utf-8", "surrogateescape")):
        return end.start()
    return None


# The part of a GB18030 character a byte-length cut leaves (GB 18030-2022, 6.2 and 6.3: a two-byte character is a lead
# byte 81-FE and a trail byte; a four-byte one a lead byte, a figure 30-39, a lead byte and a figure): one lead byte, or
# two or three bytes of a four-byte character. Python's decoder (surrogateescape) escapes each lead byte it cannot
# complete and reads a figure after it as a figure.
_GB18030_CUT_END = re.compile("[\udc81-\udcfe](?:[0-9][\udc81-\udcfe]?)?$")


def _gb18030_cut_end(cell: str) -> int | None:
    """Where a GB18030 cell's cut character starts, or None."""
    end = _GB18030_CUT_END.search(cell)
    return end.start() if end is not None else None


def _rows_with_cut_cells(text: str, cut: list[tuple[int, int]], codec: str, cut_end: Callable[[str], int | None],
                         need_header: bool = False) -> tuple[list[list[object]], bool]:
    """The rows of a text decoded with surrogateescape, each cell that ends in part of a character (`cut_end`: where
    it starts) kept without it and named in `cut` ((row0, col0): cell-cut-character); (rows, whether a header row of
    the contract's columns is among the first rows: with `need_header`, none is looked at without one). Bytes that
    are no character anywhere else in a cell refuse the file naming its row and column (_BadBytes): what the cell
    held cannot be known."""
    delimiter = _delimiter(text[:65536])
    rows = _quotes_closed(_bounded(csv.reader(_unmarked(io.StringIO(text, newline="")), delimiter=delimiter)), delimiter)
    header = next((row for row in rows[:HEADER_SEARCH_ROWS]
                   if sum(1 for c in row if normalize_header(c) in _all_headers()) >= MIN_HEADER_FIELDS), None)
    if need_header and header is None:
        return rows, False
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if type(cell) is not str or not _ESCAPED_BYTES.search(cell):
                continue
            kept = cell.rstrip()
            start = cut_end(kept)
            if start is not None and not _ESCAPED_BYTES.search(kept, 0, start):
                row[c] = kept[:start]
                cut.append((r, c))
                continue
            label = f"第 {c + 1} 列" + (f"（{_text(header[c])}）" if header is not None and c < len(header) else "")
            raise _BadBytes(f"第 {r + 1} 行{label}中有不是 {codec} 字符的字节（文件在该处损坏或混有其他编码的文字），"
                            "无法知道该单元格原来写的是什么，整个文件未读取；请在源系统中核对该单元格后重新导出", r + 1)
    return rows, header is not None


def _gb18030_with_cut_cells(path: Path, skip: int, cut: list[tuple[int, int]]) -> list[list[object]] | None:
    """The rows of a GB18030 text whose only flaw is a few cells ending in part of a character, or None when the text
    is not that. As `_utf8_with_cut_cells` for UTF-8: a GBK database column limited in bytes (Oracle VARCHAR2(n BYTE)
    in ZHS16GBK, SUBSTRB) cuts a two-byte character after its lead byte, and the whole file was refused as
    file-undecodable naming no row (h21e 16, left in session 15). It is GB18030 when, so decoded, it breaks in a few
    places only and its header row names the contract's columns (UTF-8 or other text read so names none)."""
    text = path.read_bytes()[skip:].decode("gb18030", "surrogateescape")
    broken = sum(1 for _ in itertools.islice(_ESCAPED_BYTES.finditer(text), _CUT_CELLS_READ + 1))
    if not broken or broken > _CUT_CELLS_READ:
        return None
    found: list[tuple[int, int]] = []
    rows, has_header = _rows_with_cut_cells(text, found, "GB18030", _gb18030_cut_end, need_header=True)
    if not has_header:
        return None
    if _delimiter(text[:65536]) == "|":
        _bar_swallowed(rows, found)
    cut.extend(found)
    return rows


def _bar_swallowed(rows: list[list[object]], cut: list[tuple[int, int]]) -> None:
    """Cells of a `|`-separated GB18030 text cut after a character's lead byte, put back apart (in place). The bar
    (7C) is a trail byte (GB 18030-2022 6.2: 40-7E, 80-FE), so the cut lead byte and the bar after it decode as one
    character (食 cut to C6, then |: 苵): the two cells ran together, every later cell one column to the left, and
    nothing was reported. A row one cell short of the file's usual width, holding one character that ends in the bar
    byte, is split there, the cut cell named (`cut`: cell-cut-character)."""
    widths = Counter(len(row) for row in rows if len(row) >= 3)
    if not widths:
        return
    width = widths.most_common(1)[0][0]
    for r, row in enumerate(rows):
        if len(row) != width - 1:
            continue
        joints = [(c, k) for c, cell in enumerate(row) if type(cell) is str and not cell.isascii()
                  for k, ch in enumerate(cell) if ch > "\x7f" and ch.encode("gb18030", "replace")[-1:] == b"|"]
        if len(joints) != 1:
            continue
        c, k = joints[0]
        cell = cast(str, row[c])
        row[c:c + 1] = [cell[:k], cell[k + 1:]]
        cut.append((r, c))


def _utf8_prefix(data: bytes) -> bool:
    """Whether bytes are the start of one UTF-8 character without its end: a lead byte and fewer continuation bytes
    than it announces (RFC 3629, section 4: C2-DF take one, E0-EF two, F0-F4 three)."""
    if not data or not 0xC2 <= data[0] <= 0xF4 or any(not 0x80 <= b <= 0xBF for b in data[1:]):
        return False
    return len(data) < (2 if data[0] <= 0xDF else 3 if data[0] <= 0xEF else 4)


def _unmarked(lines: Iterable[str]) -> Iterator[str]:
    """Lines without the byte-order mark a line starts with: two exports joined (`copy /b a.csv+b.csv`, or a script
    appending each day's file) keep the second file's UTF-8 mark at the start of its header, which then named no
    column ("缺少必填列 行政相对人名称" for a column that is there) and refused the whole file (h21e 14). The mark is
    the file's encoding signature, not text (The Unicode Standard, 23.8 Specials: U+FEFF as a byte order mark is a
    signature; as a zero width no-break space it is deprecated in favour of U+2060)."""
    for line in lines:
        yield line[1:] if line[:1] == "\ufeff" else line


def _bounded(reader: Iterator[list[str]]) -> list[list[object]]:
    rows: list[list[object]] = []
    for row in reader:
        rows.append(row)  # type: ignore[arg-type]
        if len(rows) > _limits().load_max_rows + HEADER_SEARCH_ROWS:
            raise _TooLarge(f"超过每个文件 {_limits().load_max_rows:,} 行的上限")
    return rows


def _read_parquet(path: Path) -> list[list[object]]:
    import pyarrow.parquet as pq

    metadata = pq.ParquetFile(path).metadata
    if metadata.num_rows > _limits().load_max_rows:
        raise _TooLarge(f"有 {metadata.num_rows:,} 行，超过每个文件 {_limits().load_max_rows:,} 行的上限")
    inflated = sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
    if inflated > _limits().load_max_inflated_bytes:
        raise _TooLarge(f"解压后有 {inflated / 1e6:.0f} MB，超过 {_limits().load_max_inflated_bytes / 1e6:.0f} MB 的上限")
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
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        if value.is_integer():
            # A long number Excel kept as a double (an ID typed into a number cell): written out in
            # full from its shortest decimal form (6.207021988011825e17 -> 620702198801182500), as
            # Excel shows it, never in scientific notation, so the detector reads it as a number.
            import decimal

            return format(decimal.Decimal(repr(value)), "f")
        return repr(value)
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def _row_standing(cells: list[str], statuses: list[tuple[int, StatusColumns]]) -> tuple[int, str, bool] | None:
    """None when every status column of the row says it stands (or names it for staff, `noted`); else (the first
    column that does not, its word, whether the word is a known one)."""
    for i, status in statuses:
        word = _status_word(_cell(cells, i))
        if word in status.stands or word in status.noted or (not word and status.blank_stands):
            continue
        return i, word, not word or word in status.gone
    return None


def _status_word(cell: str) -> str:
    """A status cell as the layout's withdrawn values are written: full-width digits and spaces
    read as ASCII (１ is 1), and a numeric cell's trailing .0 dropped (1.0 is 1)."""
    word = unicodedata.normalize("NFKC", cell).strip()
    return word[:-2] if word.endswith(".0") and word[:-2].isdigit() else word
