"""What the build stops holding (issue 19, part M), and that holding less changes no published byte.

The figures are measured by bench/memory_by_stage.py, never asserted here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

from generator.build import release_previous, without_rows
from generator.contract import ENTITY, KEY, PARTY_CATEGORY_FIELD, PARTY_NAME_FIELD, RECORD_ID, STOP, TIER, USCC_FIELD
from generator.export import COMBINED_COLUMNS, FORMATS, _write_table
from generator.state import STATE_COLUMNS, History


def _part(kind: str, n: int, start: int, dtype: str | None, tier: object = "一般") -> pd.DataFrame:
    """One kind's rows of the combined table, in the columns `_combined_parts` makes."""
    rows = range(start, start + n)
    frame = pd.DataFrame({
        RECORD_ID: [f"{i:064x}" for i in rows], "_kind": kind, "_kind_title": f"标题{kind}",
        ENTITY: [f"e{i}" if i % 3 else "" for i in rows], PARTY_NAME_FIELD: [f"甘州区某某{i}号店" for i in rows],
        PARTY_CATEGORY_FIELD: "法人及非法人组织", USCC_FIELD: [f"91620702MA{i:08d}" for i in rows],
        KEY: [f"=甘州罚〔2026〕{i}号" if i % 7 == 0 else f"甘州罚〔2026〕{i}号" for i in rows],
        "_date": [f"2026-0{1 + i % 9}-1{i % 10}" for i in rows],
        "_authority": [None if i % 5 == 0 else "甘州区市场监督管理局" for i in rows],
        "_subject": [f'含"引号",逗号\n与换行 {i}' for i in rows], TIER: tier,
        STOP: [f"2029-01-{10 + i % 10}" if i % 4 else "" for i in rows],
    })
    return frame.astype(dtype) if dtype else frame


@pytest.mark.parametrize("dtypes", [("str", "str", "str"), ("str", "object", "str"), ("object", "object", "str")])
def test_combined_table_written_from_its_parts_has_the_bytes_of_the_concatenated_frame(
        tmp_path: Path, dtypes: tuple[str, ...], tune: Callable[..., Any]) -> None:
    # Parts across chunk and row-group edges (the text formats turn 7 rows at a time into text
    # here, Parquet groups are as usual), Arrow-backed and Python-object columns side by side,
    # a kind without a tier (""), missing authorities (None) and formula-like keys.
    parts = [_part("licenses", 10, 0, dtypes[0], tier=""), _part("penalties", 9, 10, dtypes[1]),
             _part("redlist", 5, 19, dtypes[2], tier=None)]
    tune(export_chunk_rows=7)
    whole = pd.concat(parts, ignore_index=True)
    (tmp_path / "whole").mkdir()
    (tmp_path / "parts").mkdir()
    one = _write_table(("all", "全部", COMBINED_COLUMNS, whole, tmp_path / "whole"))
    split = _write_table(("all", "全部", COMBINED_COLUMNS, parts, tmp_path / "parts"))
    for fmt in FORMATS:
        assert (tmp_path / "parts" / f"all.{fmt}").read_bytes() == (tmp_path / "whole" / f"all.{fmt}").read_bytes(), fmt
    assert split == one


def test_combined_table_of_no_parts_is_the_empty_table(tmp_path: Path) -> None:
    (tmp_path / "whole").mkdir()
    (tmp_path / "parts").mkdir()
    empty = pd.DataFrame(columns=[c.source for c in COMBINED_COLUMNS])
    assert (_write_table(("all", "全部", COMBINED_COLUMNS, [], tmp_path / "parts"))
            == _write_table(("all", "全部", COMBINED_COLUMNS, empty, tmp_path / "whole")))
    for fmt in FORMATS:
        assert (tmp_path / "parts" / f"all.{fmt}").read_bytes() == (tmp_path / "whole" / f"all.{fmt}").read_bytes()


def _arrow_bytes(frame: pd.DataFrame) -> int:
    """The bytes of every Arrow buffer the frame's columns refer to (a slice counts its whole buffers)."""
    return pa.Table.from_pandas(frame, preserve_index=False).get_total_buffer_size()


def test_the_previous_builds_records_are_released_and_its_pages_kept() -> None:
    previous = pd.DataFrame({c: [f"{c}{i}" for i in range(1000)] for c in STATE_COLUMNS}, dtype="str")
    history = History("20261126-abcd", previous, {"p1", "p2"}, [{"hash": "h", "reason": "expired"}])
    release_previous(history)
    assert len(history.previous) == 0 and list(history.previous.columns) == STATE_COLUMNS
    assert _arrow_bytes(history.previous) < 100 < _arrow_bytes(previous)  # its buffers are not held
    assert history.previous_pages == {"p1", "p2"} and history.ledger == [{"hash": "h", "reason": "expired"}]
    assert history.previous_build == "20261126-abcd"


def test_a_frame_without_rows_keeps_its_columns_and_types_but_none_of_its_memory() -> None:
    # The build empties the accepted rows of each kind after the rules (build._gather_and_decide):
    # `iloc[0:0]` kept every Arrow buffer of the whole frame alive to the end of the build.
    frame = pd.DataFrame({"文书号": pd.array([f"甘州罚〔2026〕{i}号" for i in range(5000)], dtype="str"),
                          "_row": range(5000), "备注": [None, "x"] * 2500})
    text = ["文书号", "备注"]
    assert _arrow_bytes(frame.iloc[0:0][text]) == _arrow_bytes(frame[text])  # the slice holds all its text
    empty = without_rows(frame)
    assert len(empty) == 0 and list(empty.columns) == list(frame.columns)
    assert empty.dtypes.tolist() == frame.dtypes.tolist()
    assert _arrow_bytes(empty) < 100 < _arrow_bytes(frame)


class _CountingPool:
    """Stands for the process pool: runs each job in a thread and counts the jobs handed over at once."""

    def __init__(self) -> None:
        self.threads = ThreadPoolExecutor(4)
        self.outstanding = self.most = 0
        self.lock = threading.Lock()

    def submit(self, function: Callable[[Any], Any], job: Any) -> Future[Any]:
        with self.lock:
            self.outstanding += 1
            self.most = max(self.most, self.outstanding)

        def run() -> Any:
            try:
                return function(job)
            finally:
                with self.lock:
                    self.outstanding -= 1
        return self.threads.submit(run)

    def shutdown(self, **_: Any) -> None:
        self.threads.shutdown()


def _slow_square(n: int) -> int:
    threading.Event().wait(0.002 * (n % 3))
    return n * n


def test_workers_map_gives_results_in_job_order_handing_over_one_job_per_process() -> None:
    # The export's tables, largest first: a job submitted beyond the free processes waited pickled
    # in the build's process (workers.Workers.map).
    from generator.workers import Workers

    with Workers() as workers:
        workers.size = 2
        pool = _CountingPool()
        workers._pool = pool  # type: ignore[assignment]
        assert workers.map(_slow_square, list(range(12))) == [n * n for n in range(12)]
    assert pool.most == 2
