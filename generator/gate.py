"""The leak gate's view of the records: what it allows, what it searches in kept pages, how it speaks.

The scan itself is `generator.scan`; this module gives it the public identifiers of a build's
records (`public_identifiers`, `registration_numbers`), searches the data of the entity pages an
incremental build keeps for never-public values the last gate did not scan for as they are now
(`new_secrets_in_kept_pages`), and turns the gate's findings into one sentence for staff
(`leak_sentence`), naming the input cell, never the value.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from generator.load import FILE, ROW
from generator.scan import Leak, ScanSetup, memo_setup, values_in_text
from generator.schema import IDENT, KINDS, USCC
from generator.state import value_digests


def public_identifiers(decided: Any) -> list[str]:
    """The identifier and credit-code values of every accepted row, withheld ones too: the gate allows them."""
    values: list[str] = []
    for kind, frame in decided.frames.items():
        for f in KINDS[kind].fields:
            if f.type in (IDENT, USCC) and f.name in frame:
                values.extend(v for v in frame[f.name].unique() if v)
    return values


def registration_numbers(decided: Any) -> set[str]:
    """Published 15-digit 工商注册号 values: public whatever shape a number of theirs has (detect.py)."""
    from generator.detect import REGISTRATION_NUMBER_COLUMNS, registration_number_shape

    numbers: set[str] = set()
    for frame in decided.frames.values():
        for column in REGISTRATION_NUMBER_COLUMNS:
            if column in frame:
                numbers.update(v for v in frame[column].unique() if v and registration_number_shape(column, v))
    return numbers  # (allowed_tokens adds them reversed: the search index's suffix keys)


def new_secrets_in_kept_pages(decided: Any, setup: ScanSetup, last_setup: np.ndarray | None,
                              kept: set[str]) -> list[Leak]:
    """Never-public values the last gate did not scan for as they are now, searched in the data of
    the entity pages kept from it.

    A kept page is byte-identical to the one the last build's gate scanned, so only a value whose
    line of `scan.memo_setup` is new can be in it: a value new since then, or one whose whole-name
    rule changed or which is now exempt inside fewer public names (a 个体工商户 that held the
    operator's name is gone, so the name alone is a leak again). They are searched by the gate's
    own rules (`scan.values_in_text`) in the published values of the kept pages' entities: a page
    shows nothing else of its entity's.
    """
    import pandas as pd

    from generator.rules import ENTITY

    lines = value_digests(memo_setup(setup))
    new = setup.only(np.ones(len(lines), bool) if last_setup is None else np.isin(lines, last_setup, invert=True))
    if not new.values or not kept:
        return []
    leaks: list[Leak] = []
    for kind in decided.frames:
        frame = decided.published(kind)
        if ENTITY not in frame:
            continue
        rows = frame[frame[ENTITY].isin(kept)]
        for column in rows.columns:
            if pd.api.types.is_numeric_dtype(rows[column]) or pd.api.types.is_bool_dtype(rows[column]):
                continue
            values = [str(v) for v in rows[column].tolist()]
            if values_in_text(new, "\n".join(values)):  # then each row that holds one, for the report
                leaks.extend(Leak(f"entity/ ({kind}.{column})", label)
                             for value in values for label in values_in_text(new, value))
    return leaks


def leak_sentence(leaks: list[Leak], decided: Any) -> str:
    """The gate's stop as one sentence for staff: the output file, what was found and the input
    cell that carried it (for a value, its source; for a pattern, the published cell holding
    it), never the value, and what to do."""
    first = leaks[0]
    where = ""
    if first.token:
        cell = input_cell(decided, first.token)
        if cell is not None:
            from generator.detect import mask_cell  # a clerk names files after people (祁某13993670901.xlsx)

            where = f"（来自输入文件 {mask_cell(cell[0])} 第 {cell[1]} 行“{mask_cell(cell[2])}”列）"
    more = f"，另有 {len(leaks) - 1} 处见报告" if len(leaks) > 1 else ""
    return (f"隐私检查在将要发布的 {first.output} 中发现{first.what}{where}{more}，已停止发布，原站点未改动："
            "请删去或改正该单元格中的个人信息（或将其移到证件号码等不公开的列）后重新构建。")


def input_cell(decided: Any, token: str) -> tuple[str, int, str] | None:
    """The first published cell (file, row, column) in which the detector finds token."""
    from generator import detect

    for frame in decided.frames.values():
        if frame.empty or FILE not in frame:
            continue
        for column in frame.columns:
            if column.startswith("_") or column in (FILE, ROW):
                continue
            values = frame[column].astype(str)
            for value in values.unique().tolist():
                if value and detect.may_hold(value) and any(h.token == token for h in detect.find(value, names=False)):
                    i = values.eq(value).to_numpy().argmax()
                    return str(frame[FILE].iloc[i]), int(frame[ROW].iloc[i]), str(column)
    return None
