"""Shared fixtures: tiny data folders written from Python rows, and a pipeline runner."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.deidentify import deidentify_records
from generator.load import load_sources
from generator.report import summarize
from generator.rules import Decided, apply_rules
from generator.settings import load_settings
from generator.validate import Validated, ric_check_digit, uscc_check_digit, validate_records

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
AUTHORITY = "张掖市甘州区市场监督管理局"


def make_uscc(serial: int, prefix: str = "91620702") -> str:
    """A valid 18-character credit code (GB 32100) for a synthetic serial number."""
    body = prefix
    n = serial
    for _ in range(17 - len(prefix)):
        body += USCC_ALPHABET[n % 31]
        n //= 31
    return body + uscc_check_digit(body)


def make_ric(birth: str = "19800101", serial: str = "123", region: str = "620702") -> str:
    """A valid 18-digit 身份证 number (GB 11643) for a birth date YYYYMMDD."""
    first = region + birth + serial
    return first + ric_check_digit(first)


AUTHORITY_CODE = make_uscc(1, "11620702")


def party(name: str = "张掖市丹霞商贸有限公司", category: str = "法人及非法人组织", code: str | None = None,
          serial: int = 100, **extra: str) -> dict[str, str]:
    """The party block of a record."""
    row = {"行政相对人名称": name, "行政相对人类别": category,
           "统一社会信用代码": code if code is not None else (make_uscc(serial) if category != "自然人" else "")}
    row.update(extra)
    return row


def penalty(no: str = "甘州市监罚〔2026〕1号", date: str = "2026-06-01", **extra: str) -> dict[str, str]:
    row = party(**{k: v for k, v in extra.items() if k in ("name", "category", "code", "serial")})
    row.update({"行政处罚决定书文号": no, "违法行为类型": "销售过期食品", "违法事实": "当事人销售超过保质期的食品。",
                "处罚依据": "《中华人民共和国食品安全法》第一百二十四条", "处罚类别": "罚款", "处罚内容": "罚款2000元",
                "罚款金额（万元）": "0.2", "处罚决定日期": date, "处罚有效期": "2099-12-31", "处罚机关": AUTHORITY,
                "处罚机关统一社会信用代码": AUTHORITY_CODE, "数据来源单位": AUTHORITY,
                "数据来源单位统一社会信用代码": AUTHORITY_CODE})
    row.update({k: v for k, v in extra.items() if k not in ("name", "category", "code", "serial")})
    return row


def license_(no: str = "甘州市监许〔2026〕1号", date: str = "2026-06-01", **extra: str) -> dict[str, str]:
    row = party(**{k: v for k, v in extra.items() if k in ("name", "category", "code", "serial")})
    row.update({"行政许可决定文书名称": "食品经营许可决定书", "行政许可决定文书号": no, "许可类别": "普通",
                "许可编号": "JY1620702000001", "许可内容": "预包装食品销售", "许可决定日期": date, "有效期自": date,
                "有效期至": "2031-05-31", "许可机关": AUTHORITY, "许可机关统一社会信用代码": AUTHORITY_CODE,
                "当前状态": "有效", "数据来源单位": AUTHORITY, "数据来源单位统一社会信用代码": AUTHORITY_CODE})
    row.update({k: v for k, v in extra.items() if k not in ("name", "category", "code", "serial")})
    return row


def listing(kind: str, no: str, date: str, **extra: str) -> dict[str, str]:
    """A redlist or blacklist row."""
    row = party(**{k: v for k, v in extra.items() if k in ("name", "category", "code", "serial")})
    prefix = "认定" if kind == "redlist" else "列入"
    row.update({"名单名称": "A级纳税人" if kind == "redlist" else "拖欠农民工工资失信联合惩戒对象名单",
                f"{prefix}文号": no, f"{prefix}日期": date, f"{prefix}单位": AUTHORITY,
                f"{prefix}单位统一社会信用代码": AUTHORITY_CODE})
    if kind == "blacklist":
        row.update({"列入原因": "拖欠工资", "列入依据": "《保障农民工工资支付条例》"})
    row.update({k: v for k, v in extra.items() if k not in ("name", "category", "code", "serial")})
    return row


def write_csv(path: Path, rows: list[dict[str, str]], encoding: str = "utf-8") -> Path:
    """Write rows (dicts) as a CSV with the union of their keys as header."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header: list[str] = []
    for row in rows:
        header += [k for k in row if k not in header]
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.DictWriter(out, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_folder(root: Path, kinds: dict[str, list[dict[str, str]]]) -> Path:
    """A data folder with one CSV per kind."""
    for kind, rows in kinds.items():
        write_csv(root / kind / f"{kind}.csv", rows)
    return root


@dataclass
class Run:
    validated: Validated
    decided: Decided
    summary: dict[str, Any]

    def status(self, kind: str, key: str) -> str:
        frame = self.decided.frames[kind]
        hits = frame[frame["_key"] == key]
        assert len(hits) == 1, f"{key} found {len(hits)} times"
        return str(hits.iloc[0]["_status"])

    def row(self, kind: str, key: str) -> dict[str, Any]:
        frame = self.decided.frames[kind]
        return frame[frame["_key"] == key].iloc[0].to_dict()


def run_pipeline(data_dir: Path, as_of: str | dt.date) -> Run:
    """load -> validate -> deidentify -> rules, as of a date."""
    day = dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    settings = load_settings()
    sources = load_sources(data_dir)
    validated = validate_records(sources, day, settings)
    decided = apply_rules(deidentify_records(validated, sources), validated, day, settings)
    return Run(validated, decided, summarize(validated, decided, day.isoformat()))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"
