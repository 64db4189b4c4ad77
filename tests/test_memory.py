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

from generator.build import compact_strings, release_previous, without_rows
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


def test_allowed_identifiers_held_compactly_keep_each_value_once_in_first_order() -> None:
    # scan.allowed_tokens reads each value once in the order of its first occurrence: the same
    # Allowed (and the gate's digests of it) whether it reads the list or this array.
    values = ["91620702MA00000001", "甘州罚〔2026〕1号", "91620702MA00000001", "", "甘州许〔2026〕2号"]
    held = compact_strings(values)
    assert isinstance(held, pa.Array)
    assert held.to_pylist() == list(dict.fromkeys(values))
    assert compact_strings(["a", "\ud800"]) == ["a", "\ud800"]


def test_never_public_values_made_once_give_every_scan_the_same_setup() -> None:
    # The build turns its Secret objects (one per private cell) into scan.never_public after the
    # rules and drops them: the renderers' and the gate's setup must be the one made from the objects
    # (trimmed values, the first source's message, exempt only inside the names every source allows).
    from generator.deidentify import Secret
    from generator.scan import never_public, scan_setup

    secrets = [Secret("13912345678", "penalties", "penalties/p.csv", 2, "联系电话"),
               Secret(" 13912345678 ", "licenses", "licenses/l.csv", 9, "联系电话", inside=("李建国商店",)),
               Secret("李建国", "licenses", "licenses/l.csv", 9, "经营者", inside=("李建国商店",)),
               Secret("王", "penalties", "penalties/p.csv", 3, "经营者")]
    made = scan_setup(never_public(secrets), ["91620702MA00000001"], ["<header>"])
    assert made == scan_setup(secrets, ["91620702MA00000001"], ["<header>"])
    assert made.values == ["13912345678", "李建国"] and made.inside == [(), ("李建国商店",)]


def _arrow_backend(_: object = None) -> str:
    return pa.default_memory_pool().backend_name


def test_a_builds_arrow_buffers_come_from_malloc_in_every_process_and_the_pool_is_restored_after(
        tune: Callable[..., Any]) -> None:
    # mimalloc (pyarrow's default) kept the pages it freed: memory.py has the figures.
    from generator.memory import arrow_buffers_from_malloc
    from generator.workers import Workers

    before = _arrow_backend()
    with arrow_buffers_from_malloc():
        assert _arrow_backend() == "system"
        with Workers() as workers:
            assert set(workers.map(_arrow_backend, [None, None])) == {"system"}
    assert _arrow_backend() == before
    tune(arrow_system_pool=0)  # pyarrow's own pool, for a measurement
    with arrow_buffers_from_malloc(), Workers() as workers:
        assert _arrow_backend() == before and set(workers.map(_arrow_backend, [None])) == {before}
