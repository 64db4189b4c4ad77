"""Export stage: open datasets of the published, de-identified records.

Entry point: `export_datasets(decided, data_dir, meta)`. Writes per kind CSV (UTF-8 with
BOM, so Excel opens Chinese correctly), XLSX, JSON, JSON Lines and Parquet, and describes
them in a Frictionless Data Package (v1) `datapackage.json` with bytes and sha256 hashes.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from xlsxwriter.utility import xl_col_to_name  # (0-based: 0 → A, 26 → AA)

from generator import tuning
from generator.contract import (
    BADGE,
    BLACKLIST,
    COMPLAINTS,
    CONTROL_CATEGORY,
    CURRENT,
    DEGREE,
    ENTITY,
    EVALUATIONS,
    KEY,
    LICENSES,
    PARTY_CATEGORY_FIELD,
    PARTY_NAME_FIELD,
    PENALTIES,
    PUBLICATION_UNTIL,
    RECORD_ID,
    REDLIST,
    REGISTRY,
    REP_FIELD,
    REPAIR_FROM,
    STOP,
    TIER,
    USCC_FIELD,
    Decided,
    must_be_filled,
)
from generator.schema import (
    AMOUNT,
    CLERK,
    DATE,
    ENUM,
    FREE_TEXT,
    KINDS,
    NEVER,
    OPERATOR,
    ORG_ONLY,
    ORGANISATION,
    PARTY_NAME,
    RECORD_KINDS,
)
from generator.sink import OutputSink, writer_into
from generator.workers import Workers, worker_count

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC = re.compile(r"^[-+]?\d+(\.\d+)?$")
EXPORT_KINDS = [REGISTRY, *RECORD_KINDS]


@dataclass(frozen=True)
class Column:
    """One column of an open dataset."""

    title: str  # Chinese header
    name: str  # stable English name
    type: str  # Table Schema type: string, date, number, boolean
    description: str
    deidentification: str
    source: str  # the frame column it comes from
    constraints: tuple[tuple[str, Any], ...] = ()  # Table Schema constraints (required, enum)


# One column per meaning (issue 20): a derived column replaces the reported one it is computed from
# (REPLACED), so that a reader never meets 失信程度 beside 失信程度（认定） or 公示截止期 beside 公示截止日期.
_TIER_TEXT = "失信程度：报送了失信程度的以报送值为准，未报送的按处罚类别、案件程序和罚款金额依公示规则认定"
_STOP_TEXT = "公示截止日期：该日起停止公示；报送了公示截止期的，取其与按公示规则计算的截止日中较早者"
DERIVED = {
    PENALTIES: [Column(DEGREE, "tier", "string", _TIER_TEXT, "无", TIER, (("enum", ["轻微", "一般", "严重"]),)),
                  Column("可申请修复日期", "repair_from", "date", "自该日起可申请信用修复", "无", REPAIR_FROM),
                  Column("公示截止日期", "publication_ends", "date", _STOP_TEXT, "无", STOP)],
    BLACKLIST: [Column(DEGREE, "tier", "string", _TIER_TEXT.replace("按处罚类别、案件程序和罚款金额依公示规则认定",
                                                                           "为严重"), "无", TIER,
                         (("enum", ["轻微", "一般", "严重"]),)),
                  Column("可申请修复日期", "repair_from", "date", "自该日起可申请信用修复", "无", REPAIR_FROM),
                  Column("公示截止日期", "publication_ends", "date", _STOP_TEXT, "无", STOP)],
    LICENSES: [Column("状态标识", "status_badge", "string", "有效或已失效（无效或超过有效期）", "无", BADGE)],
    EVALUATIONS: [Column("是否当前评价", "is_current", "boolean", "该主体该评价类型的最新有效结果", "无", CURRENT),
                    Column("公示截止日期", "publication_ends", "date", "该日起停止公示", "无", STOP)],
    COMPLAINTS: [Column("公示截止日期", "publication_ends", "date", _STOP_TEXT.replace("按公示规则计算的截止日",
                                                                                        "处理后满一年之日"), "无", STOP)],
    REDLIST: [Column("公示截止日期", "publication_ends", "date", "该日起停止公示", "无", STOP)],
}
REPLACED = {DEGREE, PUBLICATION_UNTIL}  # reported fields a derived column of the same kind stands for


_DEID_TEXT = {
    PARTY_NAME: "自然人姓名仅保留第一个字，其余以 * 代替",
    OPERATOR: "个体工商户经营者姓名仅保留第一个字；自然人不公开",
    CLERK: "姓名仅保留第一个字，其余以 * 代替",
    ORG_ONLY: "仅公开组织的住所",
}


def columns_for(kind: str) -> list[Column]:
    """The public columns of a kind's dataset, in order."""
    spec = KINDS[kind]
    cols = [Column("记录标识", "record_id", "string", "sha256(类别|文书号|机关代码)，一案多个当事人时每人末尾加“|当事人代码”；跨版本稳定", "无", RECORD_ID),
            Column("主体页面代码", "entity_code", "string", "主体页面网址中的代码；自然人为空", "无", ENTITY)]
    derived = DERIVED.get(kind, [])
    replaced = REPLACED if any(c.source == STOP for c in derived) else set()
    for f in spec.fields:
        if f.privacy == NEVER or f.name in replaced:
            continue
        deid = _DEID_TEXT.get(f.privacy) or ("已去除证件号码、电话、邮箱、银行卡号及自然人姓名" if f.type == FREE_TEXT else "无")
        type_ = "date" if f.type == DATE else "number" if f.type == AMOUNT else "string"
        constraints: list[tuple[str, Any]] = []
        if must_be_filled(spec, f):
            constraints.append(("required", True))
        if f.type == ENUM and f.codes:
            constraints.append(("enum", list(f.codes)))
        # No "minimum" on amounts: frictionless reads a Parquet null as NaN and fails it (amounts are
        # checked to be non-negative by the validate stage).
        cols.append(Column(f.name, f.en, type_, f.description or f.name, deid, f.name, tuple(constraints)))
    return cols + derived


def formula_safe(value: str) -> str:
    """Neutralise a spreadsheet formula: prefix an apostrophe unless the text is a number."""
    if value and value.startswith(FORMULA_START) and not _NUMERIC.match(value):
        return "'" + value
    return value


@dataclass
class ExportMeta:
    """What the datapackage says about the build."""

    as_of: str
    build_id: str
    title: str
    publisher: str
    licence: str
    licence_title: str


LEDGER_SCHEMA = {"fields": [
    {"name": "hash", "type": "string", "description": "sha256(类别|文书号|机关代码)（一案多个当事人时每人末尾加“|当事人代码”）：持有决定文书者可自行计算核对"},
    {"name": "kind", "type": "string", "description": CONTROL_CATEGORY},
    {"name": "date", "type": "date", "description": "停止公示的构建基准日"},
    {"name": "build", "type": "string", "description": "停止公示的构建版本"}]}


def export_datasets(decided: Decided, data_dir: Path, meta: ExportMeta, changes: dict[str, Any] | None = None,
                    ledger: list[dict[str, str]] | None = None, workers: Workers | None = None,
                    sink: OutputSink | None = None, previous: dict[str, Any] | None = None,
                    live: Path | None = None, tables_out: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Write every dataset, the change file and removal ledger, and datapackage.json; return the resources.

    Large tables are written by the build's worker processes (`workers`; a pool of its own when
    called outside a build), each resource with the SHA-256 of its file. datapackage.json goes
    through the build's `sink` (`data_dir` inside its root), when given, which hashes it.

    An update (`previous`: the last build's `tables_out`; `live`: the live site's data folder) does
    not write a table whose key (`table_key`: its shown rows, columns and sheet size) is the last
    build's while the live folder still holds its files with the bytes the last build wrote: the
    new version gets those files (hard links) and their resources as the last build listed them.
    `tables_out`, if given, gets each table's key and resources, for the next build.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    resources: list[dict[str, Any]] = []
    # Only the columns a dataset shows go to its writer: the published frames also carry the
    # stages' working columns, which a writer process would otherwise receive, copy and hold.
    tables = [(kind, KINDS[kind].title, columns_for(kind), _shown(decided.published(kind), columns_for(kind)))
              for kind in EXPORT_KINDS]
    tables.append(("all", "全部公示记录（合并）", COMBINED_COLUMNS, _combined_parts(decided)))
    keyed = tables_out is not None or (previous is not None and live is not None)
    keys = [table_key(name, cols, frame) if keyed else "" for name, _, cols, frame in tables]
    kept: dict[int, list[dict[str, Any]]] = {}
    if previous is not None and live is not None and tuning.current().export_keep_kinds:
        for i, (name, *_rest) in enumerate(tables):
            before = previous.get(name)
            if before is not None and before.get("key") == keys[i] and _keep_live_files(before["resources"], live,
                                                                                        data_dir):
                kept[i] = [dict(r) for r in before["resources"]]
    todo = [i for i in range(len(tables)) if i not in kept]
    jobs = [(name, title, cols, frame, data_dir) for name, title, cols, frame in (tables[i] for i in todo)]
    if worker_count() < 2 or sum(_rows(job[3]) for job in jobs) < tuning.current().export_parallel_from:
        written = [_write_table(job) for job in jobs]
    else:  # one process per core, the largest tables first; the package lists them in the usual order
        order = sorted(range(len(jobs)), key=lambda i: -_rows(jobs[i][3]))
        with Workers.own(workers) as pool:
            done = dict(zip(order, pool.map(_write_table, [jobs[i] for i in order])))
        written = [done[i] for i in range(len(jobs))]
    parts = {**kept, **dict(zip(todo, written))}
    for i in range(len(tables)):
        resources.extend(parts[i])
        if tables_out is not None:
            tables_out[tables[i][0]] = {"key": keys[i], "resources": parts[i]}
    # The ledger and the change file are not tables of records: listed apart, with their checksums.
    auxiliary: list[dict[str, Any]] = []
    if ledger is not None:
        path = data_dir / "removals.jsonl"
        # Which record came down, never why: publication-rules.md lets release notes say "N records removed as
        # repaired", never which, and anyone can compute a record's hash from its decision (an outsider's case, h19s
        # S7: trying numbers 1..300 named the repaired one). The reasons stay in the state and, counted, in
        # changes.json.
        ledger = [{k: v for k, v in e.items() if k != "reason"} for e in ledger]
        path.write_text("".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in ledger),
                        encoding="utf-8")
        resource = _resource("removals", "jsonl", path, len(ledger), LEDGER_SCHEMA)
        resource["title"] = "停止公示记录台账（仅哈希）"
        auxiliary.append(resource)
    if changes is not None:
        path = data_dir / "changes.json"
        path.write_text(json.dumps(changes, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        resource = _resource("changes", "json", path, len(changes.get("kinds", {})), {})
        resource.update({"title": "本次更新说明（与上一版本相比）", "profile": "data-resource"})
        del resource["schema"]
        auxiliary.append(resource)
    package = {
        "profile": "data-package",
        "name": "creditsite-public-credit-information",
        "title": f"{meta.title} 公共信用信息开放数据",
        "description": "依法公示期内的公共信用信息，已去除个人信息（见各字段 deidentification）。",
        "version": meta.build_id,
        "created": f"{meta.as_of}T00:00:00Z",
        "as_of": meta.as_of,
        "build_id": meta.build_id,
        "licenses": [{"name": meta.licence, "title": meta.licence_title,
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "contributors": [{"title": meta.publisher, "role": "publisher"}],
        "resources": resources,
        "auxiliary": auxiliary,
    }
    writer_into(data_dir, sink)("datapackage.json", (json.dumps(package, ensure_ascii=False, indent=1) + "\n")
                                .encode("utf-8"))
    return resources + auxiliary


# Published rows from which the tables are written in parallel, rows turned into text at a time, rows of
# an Excel sheet: generator/tuning.py. Starting a worker (spawn, imports) and shipping its frames costs a
# few seconds while the columnar writers do ~10,000 rows in a second: at 52,000 rows the pool was 3 s
# slower than one process (export_parallel_from).

FORMATS = ("csv", "json", "jsonl", "xlsx", "parquet")
PARQUET_GROUP_ROWS = 128 * 1024  # rows: readers (and the leak gate) decode a row group at a time


def _write_table(job: tuple[str, str, list[Column], pd.DataFrame | list[pd.DataFrame], Path]) -> list[dict[str, Any]]:
    """One table in every format; returns its resources. The table comes as one frame, or as the
    frames of its parts one after the other (`all`: each kind's rows)."""
    name, title, cols, frame, data_dir = job
    table = _typed_table(frame, cols) if isinstance(frame, pd.DataFrame) else _typed_parts(frame, cols)
    paths = {fmt: data_dir / f"{name}.{fmt}" for fmt in FORMATS}
    sheets = _write_text_formats(table, cols, paths)
    _write_parquet(table, cols, paths["parquet"])
    schema = _table_schema(cols)
    resources = []
    for fmt in FORMATS:
        resource = _resource(name, fmt, paths[fmt], table.num_rows, schema)
        resource["title"] = title
        if fmt == "xlsx" and len(sheets) > 1:
            # Excel holds 1,048,576 rows a sheet: the rows continue on further sheets, each with the header.
            resource["sheets"] = sheets
            resource["description"] = (f"行数超过 Excel 单个工作表上限，依次存于工作表 {'、'.join(sheets)}（每个工作表均有表头）。")
        resources.append(resource)
    return resources


COMBINED_COLUMNS = [
    Column("记录标识", "record_id", "string", "sha256(类别|文书号|机关代码)（一案多个当事人时每人末尾加“|当事人代码”），与分类文件中的记录标识相同", "无", RECORD_ID),
    Column(CONTROL_CATEGORY, "kind", "string", "licenses、penalties 等，见各分类文件", "无", "_kind"),
    Column("信息类别名称", "kind_title", "string", "行政许可、行政处罚等", "无", "_kind_title"),
    Column("主体页面代码", "entity_code", "string", "主体页面网址中的代码；自然人为空", "无", ENTITY),
    Column(PARTY_NAME_FIELD, "party_name", "string", PARTY_NAME_FIELD, _DEID_TEXT[PARTY_NAME], PARTY_NAME_FIELD),
    Column(PARTY_CATEGORY_FIELD, "party_category", "string", "法人及非法人组织、自然人或个体工商户", "无",
           PARTY_CATEGORY_FIELD),
    Column(USCC_FIELD, "uscc", "string", USCC_FIELD, "无", USCC_FIELD),
    Column("文书号", "decision_no", "string", "决定文书号、认定文号、编号等", "无", KEY),
    Column("决定日期", "decision_date", "date", "决定、认定、登记或投诉日期", "无", "_date"),
    Column("机关", "authority", "string", "作出决定、认定或处理的单位", "无", "_authority"),
    Column("事项", "subject", "string", "违法行为类型、许可内容、名单名称等", "已去除证件号码、电话、邮箱、银行卡号及自然人姓名", "_subject"),
    Column(DEGREE, "tier", "string", "按公示规则认定的失信程度（失信信息）", "无", TIER),
    Column("公示截止日期", "publication_ends", "date", "该日起停止公示", "无", STOP),
]


# Stands for how a table's key is made (`table_key`): changing it changes every key.
TABLE_KEY_VERSION = "export-table-key/1"


def table_key(name: str, cols: list[Column], table: pd.DataFrame | list[pd.DataFrame]) -> str:
    """A key of what a dataset's files are made of: its name, its columns, the rows of an Excel
    sheet (tuning.xlsx_max_rows) and, for each of its frames in order (`all`: one per kind), the
    column names and types and a 64-bit hash of each row over them (pandas `hash_pandas_object`,
    an empty cell and a missing one apart). Two builds of the same code giving a table the same
    key write the same bytes (but for a 64-bit collision)."""
    digest = hashlib.blake2b(json.dumps([TABLE_KEY_VERSION, name, [list(c.__dict__.values()) for c in cols],
                                         tuning.current().xlsx_max_rows], ensure_ascii=False, default=str
                                        ).encode("utf-8"), digest_size=16)
    for frame in [table] if isinstance(table, pd.DataFrame) else table:
        digest.update(json.dumps([[str(c), str(t)] for c, t in frame.dtypes.items()], ensure_ascii=False).encode())
        digest.update(len(frame).to_bytes(8, "little"))
        if len(frame.columns) and len(frame):
            digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy(dtype="<u8").tobytes())
            digest.update(pd.util.hash_pandas_object(frame.isna(), index=False).to_numpy(dtype="<u8").tobytes())
    return digest.hexdigest()


def _keep_live_files(resources: list[dict[str, Any]], live: Path, data_dir: Path) -> bool:
    """Give data_dir the live files of a table's resources if each still has the bytes its resource
    names (its SHA-256): hard links (or copies). False, with nothing given, if one has not."""
    from generator.sink import sha256_of

    paths = [str(r["path"]) for r in resources]
    if not paths or any("/" in p or p.startswith(".") for p in paths):
        return False
    try:
        if any(sha256_of(live / p) != str(r["hash"]).split(":", 1)[-1] for p, r in zip(paths, resources)):
            return False
    except OSError:
        return False
    for p in paths:
        target = data_dir / p
        target.unlink(missing_ok=True)
        try:
            os.link(live / p, target)
        except OSError:  # another file system, or links not allowed
            shutil.copy2(live / p, target)
    return True


def _shown(frame: pd.DataFrame, cols: list[Column]) -> pd.DataFrame:
    """The frame's columns that `cols` are made from, each once (no copy of the data: copy on write)."""
    return frame[list(dict.fromkeys(c.source for c in cols if c.source in frame.columns))]


def _rows(table: pd.DataFrame | list[pd.DataFrame]) -> int:
    return len(table) if isinstance(table, pd.DataFrame) else sum(len(part) for part in table)


def _combined_parts(decided: Decided) -> list[pd.DataFrame]:
    """Every published record of every kind, in the columns they share: one frame per kind, in
    order, never concatenated. The parts refer to the published frames' columns (copy on write);
    one frame of every record was a copy of 13 columns of the whole data, held through the export."""
    from generator.schema import HEADLINE

    parts = []
    for kind in RECORD_KINDS:
        frame = decided.published(kind)
        if frame.empty:
            continue
        spec = KINDS[kind]
        parts.append(pd.DataFrame({
            RECORD_ID: frame[RECORD_ID], "_kind": kind, "_kind_title": spec.title, ENTITY: frame[ENTITY],
            PARTY_NAME_FIELD: frame[PARTY_NAME_FIELD], PARTY_CATEGORY_FIELD: frame[PARTY_CATEGORY_FIELD],
            USCC_FIELD: frame[USCC_FIELD], KEY: frame[KEY], "_date": frame[spec.decision_date],
            "_authority": frame[spec.issuer_name] if spec.issuer_name else "", "_subject": frame[HEADLINE[kind]],
            TIER: frame[TIER] if TIER in frame else "", STOP: frame[STOP] if STOP in frame else "",
        }))
    return parts


def _typed_parts(parts: list[pd.DataFrame], cols: list[Column]) -> pa.Table:
    """`_typed_table` of the parts' concatenation, made part by part and joined without a copy.

    The values are those of the concatenated frame: each column is converted per value as it is
    on its own (text, "" for missing); a text column that came out as `string` in one part and
    `large_string` in another (an object column beside an Arrow-backed one) is cast to the wider
    type, which changes no value.
    """
    if not parts:
        return _typed_table(pd.DataFrame(columns=[c.source for c in COMBINED_COLUMNS]), cols)
    typed = [_typed_table(part, cols) for part in parts]
    columns = []
    for j in range(len(cols)):
        pieces = [t.column(j) for t in typed]
        kinds = {piece.type for piece in pieces}
        if len(kinds) > 1:
            wide = pa.large_string() if pa.large_string() in kinds else pa.string()
            pieces = [piece.cast(wide) for piece in pieces]
        columns.append(pa.chunked_array([c for piece in pieces for c in piece.chunks], type=pieces[0].type))
    return pa.Table.from_arrays(columns, names=[c.title for c in cols])


def _typed_table(frame: pd.DataFrame, cols: list[Column]) -> pa.Table:
    """Each public column once, typed: text never null (missing is ""), amounts float64 rounded to
    6 places, booleans; converted per distinct value, not per row."""
    arrays = []
    for col in cols:
        values = _arrow(frame[col.source]) if col.source in frame.columns else pa.nulls(len(frame), pa.string())
        if col.type == "number":
            arrays.append(_per_value(values, pa.float64(), _number))
        elif col.type == "boolean":
            arrays.append(_per_value(values, pa.bool_(), _boolean))
        else:
            if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
                values = pa.array([_text(v) for v in values.to_pylist()], pa.string())
            arrays.append(pc.fill_null(values, "") if values.null_count else values)
    return pa.Table.from_arrays(arrays, names=[c.title for c in cols])


def _arrow(series: pd.Series) -> pa.Array | pa.ChunkedArray:
    try:  # Arrow-backed text columns come through without a copy
        return pa.array(series, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed Python objects: text, as str() makes it
        return pa.array([None if v is None or v != v else str(v) for v in series], pa.string())


def _text(value: Any) -> str | None:
    return None if value is None or value != value else str(value)


def _number(value: Any) -> float | None:
    return round(float(value), 6) if value not in ("", None) and value == value else None


def _boolean(value: Any) -> bool | None:
    return bool(value) if value is not None and value == value else None


def _per_value(values: pa.Array | pa.ChunkedArray, type_: pa.DataType, convert: Any) -> pa.Array:
    """`convert` applied to each distinct value once, then spread over the rows."""
    distinct = pc.unique(values)
    converted = pa.array([convert(v) for v in distinct.to_pylist()], type_)
    return pc.take(converted, pc.index_in(values, value_set=distinct))


def _patch(target: pa.Array, source: pa.Array, mask: pa.Array, convert: Any) -> pa.Array:
    """Replace the few masked cells of `target` by `convert` of the same cells of `source`, in Python."""
    if not pc.any(mask).as_py():
        return target
    fixed = pa.array([convert(v) for v in pc.filter(source, mask).to_pylist()], pa.string())
    return pc.replace_with_mask(target, mask, fixed)


def _join(*parts: Any) -> pa.Array:
    return pc.binary_join_element_wise(*parts, "")


def _buffer(strings: pa.Array) -> memoryview:
    """The UTF-8 bytes of all the cells one after another, straight from Arrow's data buffer."""
    if len(strings) == 0 or strings.buffers()[2] is None:
        return memoryview(b"")
    offsets = np.frombuffer(strings.buffers()[1], dtype=np.int32, count=len(strings) + 1, offset=strings.offset * 4)
    return memoryview(strings.buffers()[2])[offsets[0]:offsets[-1]]


_FORMULA_CANDIDATE = r"^[=+\-@\t\r]"  # formula_safe decides, in Python, for these few
_CSV_QUOTE = '[,"\r\n]'  # what makes the csv module quote a field (QUOTE_MINIMAL, \r\n line ends)
_JSON_ESCAPE = r'[\x00-\x1f"\\]'  # what json.dumps escapes when ensure_ascii=False
# Cells xlsxwriter treated specially: leading/trailing whitespace (Unicode, as Python's \s), control
# characters (written _xHHHH_), a literal _xHHHH_, text over Excel's 32,767 characters. A superset in RE2.
_XLSX_SPECIAL = r"^[\s\pZ\x0b\x1c-\x1f\x85]|[\s\pZ\x0b\x1c-\x1f\x85]$|[\x00-\x08\x0b-\x1f]|_x[0-9a-fA-F]{4}_"
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_CONTROL_LITERAL = re.compile("(_x[0-9a-fA-F]{4}_)")
_EDGE_SPACE = re.compile(r"^\s|\s$")
_XLSX_STRMAX = 32767


def _csv_number(value: float | None) -> str:
    return "" if value is None else formula_safe(f"{value:.6f}".rstrip("0").rstrip("."))


def _json_number(value: float | None) -> str:
    return json.dumps(value)


def _xlsx_number(value: float | None) -> str:
    return "" if value is None else f"<v>{value:.16G}</v>"


def _xlsx_string(value: str) -> str:
    """One text cell's <t> element as xlsxwriter wrote it (without its rich-string shortcut)."""
    if len(value) > _XLSX_STRMAX // 2 and len(value.encode("utf-16-le", "surrogatepass")) // 2 > _XLSX_STRMAX:
        value = value.encode("utf-16-le", "surrogatepass")[:_XLSX_STRMAX * 2].decode("utf-16-le", "ignore")
    value = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", _CONTROL_LITERAL.sub(r"_x005F\1", value))
    tag = '<t xml:space="preserve">' if _EDGE_SPACE.search(value) else "<t>"
    return tag + value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cells(column: pa.Array, col: Column, ref: list[Any]) -> tuple[pa.Array, pa.Array, pa.Array]:
    """One column of a chunk as CSV fields, JSON values and XLSX <c> elements."""
    if col.type == "number":
        xlsx = _per_value(column, pa.string(), _xlsx_number)
        cell = _join(*ref, '">', xlsx, "</c>")
        return (_per_value(column, pa.string(), _csv_number), _per_value(column, pa.string(), _json_number),
                pc.if_else(pc.is_null(column), "", cell))
    if col.type == "boolean":
        csv_text = pc.if_else(column, "true", "false")
        cell = _join(*ref, '" t="b"><v>', pc.if_else(column, "1", "0"), "</v></c>")
        return (pc.fill_null(csv_text, ""), pc.fill_null(csv_text, "null"), pc.fill_null(cell, ""))
    text = pc.cast(column, pa.string())
    safe = _patch(text, text, pc.match_substring_regex(text, _FORMULA_CANDIDATE), formula_safe)
    quoted = _join('"', pc.replace_substring(safe, '"', '""'), '"')
    csv_text = pc.if_else(pc.match_substring_regex(safe, _CSV_QUOTE), quoted, safe)
    json_text = _patch(_join('"', text, '"'), text, pc.match_substring_regex(text, _JSON_ESCAPE),
                       lambda v: json.dumps(v, ensure_ascii=False))
    if col.type == "date":
        # An empty date is missing (the schema's missingValues [""]): null in JSON, as in Parquet and XLSX and as an
        # empty amount is; a Table Schema date cannot hold "" (h21s json-empty-date-string-vs-null).
        json_text = pc.if_else(pc.equal(text, ""), "null", json_text)
    escaped = pc.replace_substring(pc.replace_substring(pc.replace_substring(safe, "&", "&amp;"), "<", "&lt;"), ">", "&gt;")
    special = pc.or_(pc.match_substring_regex(safe, _XLSX_SPECIAL), pc.greater(pc.utf8_length(safe), _XLSX_STRMAX // 2))
    element = _patch(_join("<t>", escaped), safe, special, _xlsx_string)
    cell = _join(*ref, '" t="inlineStr"><is>', element, "</t></is></c>")
    return csv_text, json_text, pc.if_else(pc.equal(safe, ""), "", cell)


def _write_text_formats(table: pa.Table, cols: list[Column], paths: dict[str, Path]) -> list[str]:
    """CSV, JSON, JSON Lines and XLSX in one pass over chunks of rows; returns the XLSX sheet names.

    Each chunk's columns are converted once (formula protection, quoting, escaping) with Arrow's
    vectorised string kernels and the few unusual cells in Python, then whole rows are joined and
    their bytes written at once.
    """
    keys = [json.dumps(c.title, ensure_ascii=False) for c in cols]
    letters = [xl_col_to_name(j) for j in range(len(cols))]
    per_sheet = tuning.current().xlsx_max_rows - 1
    chunk_rows = tuning.current().export_chunk_rows
    sheets = [f"data_{i + 1}" if i else "data" for i in range(max(1, -(-table.num_rows // per_sheet)))]
    header = io.StringIO(newline="")
    csv.writer(header, lineterminator="\r\n").writerow([c.title for c in cols])
    xlsx_header = '<row r="1">' + "".join(f'<c r="{letters[j]}1" t="inlineStr"><is>{_xlsx_string(c.title)}</t></is></c>'
                                          for j, c in enumerate(cols)) + "</row>"
    first = True
    with (open(paths["csv"], "wb") as csv_out, open(paths["json"], "wb") as json_out,
          open(paths["jsonl"], "wb") as jsonl_out, _Workbook(paths["xlsx"], sheets) as workbook):
        csv_out.write(b"\xef\xbb\xbf" + header.getvalue().encode("utf-8"))
        json_out.write(b"[")
        for number, _ in enumerate(sheets):
            start = number * per_sheet
            rows = min(per_sheet, table.num_rows - start)
            sheet = workbook.sheet(number, rows, f"A1:{letters[-1]}{rows + 1}")
            sheet.write(xlsx_header.encode("utf-8"))
            for offset in range(0, rows, chunk_rows):
                chunk = table.slice(start + offset, min(chunk_rows, rows - offset))
                row_no = pc.cast(pa.array(np.arange(offset + 2, offset + 2 + chunk.num_rows)), pa.string())
                csv_parts: list[Any] = []
                json_parts: list[Any] = []
                jsonl_parts: list[Any] = ["{"]
                xlsx_parts: list[Any] = ['<row r="', row_no, '">']
                for j, col in enumerate(cols):
                    csv_text, json_text, cell = _cells(chunk.column(j).combine_chunks(), col,
                                                       [f'<c r="{letters[j]}', row_no])
                    csv_parts += [",", csv_text] if j else [csv_text]
                    json_parts += [(",\n  " if j else ",\n {\n  ") + keys[j] + ": ", json_text]
                    jsonl_parts += [(", " if j else "") + keys[j] + ": ", json_text]
                    xlsx_parts.append(cell)
                csv_out.write(_buffer(_join(*csv_parts, "\r\n")))
                json_rows = _buffer(_join(*json_parts, "\n }"))
                json_out.write(json_rows[1:] if first else json_rows)  # no comma before the first row
                first = False
                jsonl_out.write(_buffer(_join(*jsonl_parts, "}\n")))
                sheet.write(_buffer(_join(*xlsx_parts, "</row>")))
            workbook.end_sheet()
        json_out.write(b"]\n" if first else b"\n]\n")
    return sheets


class _Workbook:
    """A minimal SpreadsheetML package (ECMA-376) written as a stream: sheets of inline strings,
    numbers and booleans, no shared-string table, fixed timestamps so the bytes are reproducible."""

    _NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    _REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    _HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

    def __init__(self, path: Path, sheets: list[str]) -> None:
        self.zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED)
        self.sheets = sheets
        self.stream: Any = None
        n = len(sheets)
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(n))
        self._part("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                   '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   f"{overrides}</Types>")
        self._part("_rels/.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{self._REL}/officeDocument" Target="xl/workbook.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                   f'<Relationship Id="rId3" Type="{self._REL}/extended-properties" Target="docProps/app.xml"/>'
                   "</Relationships>")
        names = "".join(f"<vt:lpstr>{s}</vt:lpstr>" for s in sheets)
        self._part("docProps/app.xml",
                   '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                   'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                   "<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
                   '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr>'
                   f"</vt:variant><vt:variant><vt:i4>{n}</vt:i4></vt:variant></vt:vector></HeadingPairs>"
                   f'<TitlesOfParts><vt:vector size="{n}" baseType="lpstr">{names}</vt:vector></TitlesOfParts>'
                   "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
                   "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>12.0000</AppVersion></Properties>")
        self._part("docProps/core.xml",
                   '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                   'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                   '<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>'
                   '<dcterms:modified xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:modified>'
                   "</cp:coreProperties>")
        entries = "".join(f'<sheet name="{s}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, s in enumerate(sheets))
        self._part("xl/workbook.xml",
                   f'<workbook {self._NS}><bookViews><workbookView/></bookViews><sheets>{entries}</sheets>'
                   '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>')
        rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{self._REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                       for i in range(n))
        self._part("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'{rels}<Relationship Id="rId{n + 1}" Type="{self._REL}/styles" Target="styles.xml"/></Relationships>')
        self._part("xl/styles.xml",
                   '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
                   '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
                   '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
                   '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                   '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
                   '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')

    @staticmethod
    def _info(name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        return info

    def _part(self, name: str, xml: str) -> None:
        self.zip.writestr(self._info(name), self._HEAD + xml)

    def sheet(self, number: int, rows: int, dimension: str) -> Any:
        """Open sheet `number` for its rows (as bytes of <row> elements) after the header."""
        # ZIP64 when the sheet's XML may pass 2 GiB; small files keep the plainest zip format.
        self.stream = self.zip.open(self._info(f"xl/worksheets/sheet{number + 1}.xml"), "w",
                                    force_zip64=rows > 200_000)
        selected = ' tabSelected="1"' if number == 0 else ""
        self.stream.write((f'{self._HEAD}<worksheet {self._NS}><dimension ref="{dimension}"/><sheetViews>'
                           f'<sheetView{selected} workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                           "<sheetData>").encode())
        return self.stream

    def end_sheet(self) -> None:
        """Close the open sheet."""
        self.stream.write(b'</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
                          b'header="0.3" footer="0.3"/></worksheet>')
        self.stream.close()

    def __enter__(self) -> _Workbook:
        return self

    def __exit__(self, error: type[BaseException] | None, *rest: object) -> None:
        if error is None:
            self.zip.close()
            return
        # The error in flight (a full disk ...) is the one to report, not the zip's complaint about
        # a sheet left open; the half-written file goes with the staging folder.
        for close in (getattr(self, "stream", None), self.zip, self.zip.fp):
            try:
                if close is not None:
                    close.close()
            except (OSError, ValueError):
                pass


def _write_parquet(table: pa.Table, cols: list[Column], path: Path) -> None:
    """Parquet from the typed columns: dates as date32, text as string; one row group per PARQUET_GROUP_ROWS rows."""
    schema = pa.schema([pa.field(c.title, pa.date32() if c.type == "date" else pa.string() if c.type == "string"
                                 else table.schema.field(j).type) for j, c in enumerate(cols)])
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for start in range(0, max(table.num_rows, 1), PARQUET_GROUP_ROWS):
            part = table.slice(start, PARQUET_GROUP_ROWS).combine_chunks()  # one page run per column, as before
            arrays = [_dates(part.column(j)) if c.type == "date" else part.column(j).cast(schema.field(j).type)
                      for j, c in enumerate(cols)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema), row_group_size=PARQUET_GROUP_ROWS)


def _dates(text: pa.ChunkedArray) -> pa.ChunkedArray:
    text = pc.if_else(pc.equal(text, ""), pa.scalar(None, text.type), text)
    try:
        return text.cast(pa.date32())
    except pa.ArrowInvalid:  # not plain YYYY-MM-DD: as Python's date.fromisoformat reads it
        import datetime as dt

        return pa.chunked_array([pa.array([dt.date.fromisoformat(v) if v else None for v in text.to_pylist()],
                                          pa.date32())])


def _table_schema(cols: list[Column]) -> dict[str, Any]:
    fields = []
    for c in cols:
        field: dict[str, Any] = {"name": c.title, "title": c.title, "type": c.type, "description": c.description,
                                 "english_name": c.name, "deidentification": c.deidentification}
        if c.constraints:
            field["constraints"] = dict(c.constraints)
        fields.append(field)
    return {"fields": fields, "missingValues": [""]}


# Formats described as file resources in datapackage.json (see `_resource`).
FILE_RESOURCE_FORMATS = ("json", "parquet")


def _resource(kind: str, fmt: str, path: Path, rows: int, schema: dict[str, Any]) -> dict[str, Any]:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:  # in blocks: a file of millions of rows is never held whole
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    media = {"csv": "text/csv", "json": "application/json", "jsonl": "application/x-ndjson",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "parquet": "application/vnd.apache.parquet"}[fmt]
    resource: dict[str, Any] = {
        "name": f"{kind}-{fmt}", "path": path.name, "title": KINDS[kind].title if kind in KINDS else kind, "format": fmt, "mediatype": media,
        "bytes": path.stat().st_size, "hash": "sha256:" + digest.hexdigest(), "rows": rows,
    }
    if fmt in ("csv", "jsonl", "json"):
        resource["encoding"] = "utf-8-sig" if fmt == "csv" else "utf-8"
    resource["profile"] = "tabular-data-resource"
    resource["schema"] = schema
    if fmt in FILE_RESOURCE_FORMATS:
        # frictionless 5 reads JSON through ijson and Parquet through pyarrow, around its byte
        # counter (system/loader.py counts only what passes read1), so as tables their `bytes` fail
        # with "actual None". As file resources it reads their bytes itself and checks `bytes` and
        # `hash` (and would check `rows` against a count it cannot make: the dataset's row count is
        # on its CSV, JSON Lines and XLSX resources). The Table Schema stays: it describes the columns.
        resource.update({"type": "file", "profile": "data-resource"})
        del resource["rows"]
    return resource


def download_list(resources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The 数据下载 page's rows: each file's path, title, format, rows, readable size and SHA-256."""
    def size(n: int) -> str:
        return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"

    return [{"path": r["path"], "title": r["title"], "format": r["format"].upper(), "rows": r.get("rows"),
             "size": size(r["bytes"]), "sha256": r["hash"].split(":", 1)[1]} for r in resources]


def data_dictionary(decided: Decided) -> list[dict[str, Any]]:
    """The data dictionary: every field of every dataset (the combined `all` and the removals ledger too, h21s),
    with an example from the published data."""
    tables = [_dictionary_table(kind, KINDS[kind].title, columns_for(kind), [decided.published(kind)],
                                KINDS[kind].has_party) for kind in EXPORT_KINDS]
    tables.append(_dictionary_table("all", "全部公示记录（合并）", COMBINED_COLUMNS, _combined_parts(decided), True))
    tables.append({"kind": "removals", "title": "停止公示记录台账（仅哈希）", "fields": [
        {"title": f["name"], "name": f["name"], "type": f["type"], "description": f["description"],
         "deidentification": "无", "example": ""} for f in LEDGER_SCHEMA["fields"]]})
    return tables


def _dictionary_table(name: str, title: str, cols: list[Column], frames: list[pd.DataFrame],
                      has_party: bool) -> dict[str, Any]:
    """One dataset's fields for the data dictionary; the example is the first published value."""
    fields = []
    for c in cols:
        example = next((str(v) for f in frames if c.source in f for v in f[c.source]
                        if str(v) not in ("", "nan", "None")), "")
        if c.title in (PARTY_NAME_FIELD, REP_FIELD) and has_party:
            # An organisation's name as the example, never a (masked) person's.
            example = next((str(v) for f in frames if c.source in f
                            for v in f[f[PARTY_CATEGORY_FIELD] == ORGANISATION][c.source] if v), "")
        fields.append({"title": c.title, "name": c.name, "type": c.type, "description": c.description,
                       "deidentification": c.deidentification, "example": example[:60]})
    return {"kind": name, "title": title, "fields": fields}
