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
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from generator.rules import BADGE, CURRENT, ENTITY, RECORD_ID, REPAIR_FROM, STOP, TIER, Decided
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
    PARTY_NAME,
    RECORD_KINDS,
)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC = re.compile(r"^[-+]?\d+(\.\d+)?$")
EXPORT_KINDS = ["entities", *RECORD_KINDS]


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


DERIVED = {
    "penalties": [Column("失信程度（认定）", "tier_applied", "string", "按公示规则认定的失信程度", "无", TIER),
                  Column("可申请修复日期", "repair_from", "date", "自该日起可申请信用修复", "无", REPAIR_FROM),
                  Column("公示截止日期", "publication_ends", "date", "该日起停止公示", "无", STOP)],
    "blacklist": [Column("失信程度（认定）", "tier_applied", "string", "按公示规则认定的失信程度", "无", TIER),
                  Column("可申请修复日期", "repair_from", "date", "自该日起可申请信用修复", "无", REPAIR_FROM),
                  Column("公示截止日期", "publication_ends", "date", "该日起停止公示", "无", STOP)],
    "licenses": [Column("状态标识", "status_badge", "string", "有效或已失效（无效或超过有效期）", "无", BADGE)],
    "evaluations": [Column("是否当前评价", "is_current", "boolean", "该主体该评价类型的最新有效结果", "无", CURRENT)],
    "complaints": [Column("公示截止日期", "publication_ends", "date", "该日起停止公示", "无", STOP)],
    "redlist": [Column("公示截止日期", "publication_ends", "date", "该日起停止公示", "无", STOP)],
}
_DEID_TEXT = {
    PARTY_NAME: "自然人姓名仅保留第一个字，其余以 * 代替",
    OPERATOR: "个体工商户经营者姓名仅保留第一个字；自然人不公开",
    CLERK: "姓名仅保留第一个字，其余以 * 代替",
    ORG_ONLY: "仅公开组织的住所",
}


def columns_for(kind: str) -> list[Column]:
    """The public columns of a kind's dataset, in order."""
    spec = KINDS[kind]
    cols = [Column("记录标识", "record_id", "string", "sha256(类别|文书号|机关代码)，跨版本稳定", "无", RECORD_ID),
            Column("主体页面代码", "entity_code", "string", "主体页面网址中的代码；自然人为空", "无", ENTITY)]
    for f in spec.fields:
        if f.privacy == NEVER:
            continue
        deid = _DEID_TEXT.get(f.privacy) or ("已去除证件号码、电话、邮箱、银行卡号及自然人姓名" if f.type == FREE_TEXT else "无")
        type_ = "date" if f.type == DATE else "number" if f.type == AMOUNT else "string"
        constraints: list[tuple[str, Any]] = []
        if f.required and not (kind == "licenses" and f.name == "行政许可决定文书号"):
            constraints.append(("required", True))
        if f.type == ENUM and f.codes:
            constraints.append(("enum", list(f.codes)))
        # No "minimum" on amounts: frictionless reads a Parquet null as NaN and fails it (amounts are
        # checked to be non-negative by the validate stage).
        cols.append(Column(f.name, f.en, type_, f.description or f.name, deid, f.name, tuple(constraints)))
    return cols + DERIVED.get(kind, [])


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
    {"name": "hash", "type": "string", "description": "sha256(类别|文书号|机关代码)：持有决定文书者可自行计算核对"},
    {"name": "kind", "type": "string", "description": "信息类别"},
    {"name": "reason", "type": "string", "description": "停止公示原因：expired 期满、repaired 信用修复、withdrawn 撤销更正、"
                                                       "minor 未成年人、source-removed 数据源中已删除"},
    {"name": "date", "type": "date", "description": "停止公示的构建基准日"},
    {"name": "build", "type": "string", "description": "停止公示的构建版本"}]}


def export_datasets(decided: Decided, data_dir: Path, meta: ExportMeta, changes: dict[str, Any] | None = None,
                    ledger: list[dict[str, str]] | None = None) -> list[dict[str, Any]]:
    """Write every dataset, the change file and removal ledger, and datapackage.json; return the resources."""
    data_dir.mkdir(parents=True, exist_ok=True)
    resources: list[dict[str, Any]] = []
    tables = [(kind, KINDS[kind].title, columns_for(kind), decided.published(kind)) for kind in EXPORT_KINDS]
    tables.append(("all", "全部公示记录（合并）", COMBINED_COLUMNS, _combined_frame(decided)))
    jobs = [(name, title, cols, frame, data_dir) for name, title, cols, frame in tables]
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or sum(len(frame) for *_, frame in tables) < PARALLEL_FROM:
        parts = [_write_table(job) for job in jobs]
    else:  # one process per core, the largest tables first; the package lists them in the usual order
        order = sorted(range(len(jobs)), key=lambda i: -len(jobs[i][3]))
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            done = dict(zip(order, pool.map(_write_table, [jobs[i] for i in order])))
        parts = [done[i] for i in range(len(jobs))]
    for part in parts:
        resources.extend(part)
    # The ledger and the change file are not tables of records: listed apart, with their checksums.
    auxiliary: list[dict[str, Any]] = []
    if ledger is not None:
        path = data_dir / "removals.jsonl"
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
    (data_dir / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    return resources + auxiliary


PARALLEL_FROM = 20_000  # published rows; below this a process pool costs more than it saves


def _write_table(job: tuple[str, str, list[Column], pd.DataFrame, Path]) -> list[dict[str, Any]]:
    """One table in every format; returns its resources."""
    name, title, cols, frame, data_dir = job
    table = _typed_table(frame, cols)
    schema = _table_schema(cols)
    resources = []
    for fmt, writer in (("csv", _write_csv), ("json", _write_json), ("jsonl", _write_jsonl),
                        ("xlsx", _write_xlsx), ("parquet", _write_parquet)):
        path = data_dir / f"{name}.{fmt}"
        writer(table, cols, path)
        resource = _resource(name, fmt, path, len(table), schema)
        resource["title"] = title
        resources.append(resource)
    return resources


COMBINED_COLUMNS = [
    Column("记录标识", "record_id", "string", "sha256(类别|文书号|机关代码)，与分类文件中的记录标识相同", "无", RECORD_ID),
    Column("信息类别", "kind", "string", "licenses、penalties 等，见各分类文件", "无", "_kind"),
    Column("信息类别名称", "kind_title", "string", "行政许可、行政处罚等", "无", "_kind_title"),
    Column("主体页面代码", "entity_code", "string", "主体页面网址中的代码；自然人为空", "无", ENTITY),
    Column("行政相对人名称", "party_name", "string", "行政相对人名称", "自然人姓名仅保留第一个字，其余以 * 代替", "行政相对人名称"),
    Column("行政相对人类别", "party_category", "string", "法人及非法人组织、自然人或个体工商户", "无", "行政相对人类别"),
    Column("统一社会信用代码", "uscc", "string", "统一社会信用代码", "无", "统一社会信用代码"),
    Column("文书号", "decision_no", "string", "决定文书号、认定文号、编号等", "无", "_key"),
    Column("决定日期", "decision_date", "date", "决定、认定、登记或投诉日期", "无", "_date"),
    Column("机关", "authority", "string", "作出决定、认定或处理的单位", "无", "_authority"),
    Column("事项", "subject", "string", "违法行为类型、许可内容、名单名称等", "已去除证件号码、电话、邮箱、银行卡号及自然人姓名", "_subject"),
    Column("失信程度", "tier", "string", "按公示规则认定的失信程度（失信信息）", "无", TIER),
    Column("公示截止日期", "publication_ends", "date", "该日起停止公示", "无", STOP),
]


def _combined_frame(decided: Decided) -> pd.DataFrame:
    """Every published record of every kind, in the columns they share."""
    from generator.schema import HEADLINE

    parts = []
    for kind in RECORD_KINDS:
        frame = decided.published(kind)
        if frame.empty:
            continue
        spec = KINDS[kind]
        parts.append(pd.DataFrame({
            RECORD_ID: frame[RECORD_ID], "_kind": kind, "_kind_title": spec.title, ENTITY: frame[ENTITY],
            "行政相对人名称": frame["行政相对人名称"], "行政相对人类别": frame["行政相对人类别"],
            "统一社会信用代码": frame["统一社会信用代码"], "_key": frame["_key"], "_date": frame[spec.decision_date],
            "_authority": frame[spec.issuer_name] if spec.issuer_name else "", "_subject": frame[HEADLINE[kind]],
            TIER: frame[TIER] if TIER in frame else "", STOP: frame[STOP] if STOP in frame else "",
        }))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=[c.source for c in COMBINED_COLUMNS])


def _typed_table(frame: pd.DataFrame, cols: list[Column]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    source = frame.reindex(columns=[c.source for c in cols])
    for values in source.itertuples(index=False, name=None):
        row: dict[str, Any] = {}
        for col, value in zip(cols, values):
            if col.type == "number":
                row[col.title] = round(float(value), 6) if value not in ("", None) and value == value else None
            elif col.type == "boolean":
                row[col.title] = bool(value) if value == value and value is not None else None
            else:
                row[col.title] = "" if value is None or value != value else str(value)
        rows.append(row)
    return rows


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.6f}".rstrip("0").rstrip(".")
    return str(value)


def _write_csv(rows: list[dict[str, Any]], cols: list[Column], path: Path) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.title for c in cols])
    for row in rows:
        writer.writerow([formula_safe(_cell_text(row[c.title])) for c in cols])
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def _write_json(rows: list[dict[str, Any]], cols: list[Column], path: Path) -> None:
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _write_jsonl(rows: list[dict[str, Any]], cols: list[Column], path: Path) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _write_xlsx(rows: list[dict[str, Any]], cols: list[Column], path: Path) -> None:
    import datetime as dt

    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                               "strings_to_urls": False, "strings_to_numbers": False})
    workbook.set_properties({"created": dt.datetime(2000, 1, 1)})  # reproducible bytes
    sheet = workbook.add_worksheet("data")
    for j, col in enumerate(cols):
        sheet.write_string(0, j, col.title)
    for i, row in enumerate(rows, start=1):
        for j, col in enumerate(cols):
            value = row[col.title]
            if col.type == "number" and value is not None:
                sheet.write_number(i, j, value)
            elif col.type == "boolean" and value is not None:
                sheet.write_boolean(i, j, value)
            elif value not in (None, ""):
                sheet.write_string(i, j, formula_safe(str(value)))
    workbook.close()


def _write_parquet(rows: list[dict[str, Any]], cols: list[Column], path: Path) -> None:
    import datetime as dt

    arrays = []
    fields = []
    for col in cols:
        values = [r[col.title] for r in rows]
        if col.type == "date":
            arrays.append(pa.array([dt.date.fromisoformat(v) if v else None for v in values], pa.date32()))
        elif col.type == "number":
            arrays.append(pa.array(values, pa.float64()))
        elif col.type == "boolean":
            arrays.append(pa.array(values, pa.bool_()))
        else:
            arrays.append(pa.array(values, pa.string()))
        fields.append(pa.field(col.title, arrays[-1].type))
    pq.write_table(pa.Table.from_arrays(arrays, schema=pa.schema(fields)), path, compression="zstd")


def _table_schema(cols: list[Column]) -> dict[str, Any]:
    fields = []
    for c in cols:
        field: dict[str, Any] = {"name": c.title, "title": c.title, "type": c.type, "description": c.description,
                                 "english_name": c.name, "deidentification": c.deidentification}
        if c.constraints:
            field["constraints"] = dict(c.constraints)
        fields.append(field)
    return {"fields": fields, "missingValues": [""]}


def _resource(kind: str, fmt: str, path: Path, rows: int, schema: dict[str, Any]) -> dict[str, Any]:
    raw = path.read_bytes()
    media = {"csv": "text/csv", "json": "application/json", "jsonl": "application/x-ndjson",
             "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "parquet": "application/vnd.apache.parquet"}[fmt]
    resource: dict[str, Any] = {
        "name": f"{kind}-{fmt}", "path": path.name, "title": KINDS[kind].title if kind in KINDS else kind, "format": fmt, "mediatype": media,
        "bytes": len(raw), "hash": "sha256:" + hashlib.sha256(raw).hexdigest(), "rows": rows,
    }
    if fmt in ("csv", "jsonl", "json"):
        resource["encoding"] = "utf-8-sig" if fmt == "csv" else "utf-8"
    resource["profile"] = "tabular-data-resource"
    resource["schema"] = schema
    return resource
