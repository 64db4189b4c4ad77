"""Size thresholds of a build: when a stage works in parallel, how large its pieces are, and how
large an input file may be. One value (`Tuning`), read by the stages when they run.

The defaults are the ones the stages were measured with (bench/RESULTS-*.md); a normal build never
changes them. Tests and benchmarks set them to reach, on a small sample, the code paths a large
site takes (a process pool, a dataset cut into sheets, a file scanned in pieces, a file over a
limit), in one of three ways:

- a build: `BuildOptions(..., tuning=Tuning(render_parallel_from=2))`;
- a stage called on its own: `with tuned(scan_piece=700): scan_outputs(...)`;
- the command line (and every process it starts): the environment variable
  `CREDITSITE_TUNING="render_parallel_from=2 scan_piece=700"` (names of the fields below, separated
  by spaces or commas). `CREDITSITE_LOCK_WAIT=<seconds>` sets `lock_wait_seconds` alone.

The worker processes of a build get the value of the process that starts them (`workers.py`).
Only `xlsx_max_rows` changes what is published (the sheets a dataset's XLSX is cut into); the rest
change only how fast and in how many pieces the same bytes are made and checked.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from generator.problems import BuildAborted

ENVIRONMENT = "CREDITSITE_TUNING"
LOCK_WAIT_ENVIRONMENT = "CREDITSITE_LOCK_WAIT"


@dataclass(frozen=True)
class Tuning:
    """The thresholds, each with the default the stages were measured with."""

    # export.py: the datasets
    export_parallel_from: int = 200_000  # rows of all tables; below this a process pool costs more than it saves
    export_chunk_rows: int = 32_768  # rows turned into text at a time: memory stays flat whatever the table's size
    xlsx_max_rows: int = 1_048_576  # rows of one Excel sheet, its header row included
    export_keep_kinds: int = 1  # 0: an update exports every table again, even one whose rows did not change
    # render.py: entity and list pages
    render_parallel_from: int = 2000  # entity pages; below this a process pool costs more than it saves
    render_entity_batch: int = 2000  # entities per job handed to a renderer process
    render_list_batch: int = 100  # list pages per job
    render_keep_lists: int = 1  # 0: an update renders every list page again, keeping none (for a measurement)
    # 0: an update assembles, keys and compares every entity again, as before its rows had keys (a measurement)
    render_keep_entities: int = 1
    # 0: an update's list page keys need the record view of every list row, as before the rows had keys
    render_list_row_keys: int = 1
    # scan.py: the leak gate
    scan_parallel_from: int = 400  # files; below this (and scan_parallel_bytes) the gate scans in this process
    scan_parallel_bytes: int = 32 << 20  # a few large files (the datasets) are worth a pool
    scan_batch_bytes: int = 4 << 20  # work handed to a pool worker at a time
    scan_pieces_from: int = 64 << 20  # bytes: plain text files larger than this are scanned in pieces
    scan_packed_pieces_from: int = 1 << 20  # bytes: gzip, XLSX and Parquet files (their text is 10-20 times larger)
    scan_piece: int = 16 << 20  # bytes read at a time from a file scanned in pieces, and the most a piece holds
    # Pieces are cut where the content says (scan._cut_stream), so that a change to a few rows leaves
    # the other pieces as they were and the gate's memo skips them: their average and least size.
    # Small, a few rows (a CSV row is 300-700 bytes), because a changed row costs an update about one
    # piece searched again; the detector's cost per call is paid per run of pieces (scan_run_bytes).
    scan_piece_average: int = 2 << 10
    scan_piece_min: int = 512
    scan_run_bytes: int = 64 << 10  # pieces left to scan are searched in runs of consecutive ones this long
    scan_memo_from: int = 1 << 20  # bytes: with a memo (a build's gate), text files from this size are read in pieces
    scan_memo_packed_from: int = 64 << 10  # bytes: with a memo, gzip, XLSX and Parquet files from this size too
    scan_memo: int = 1  # 0: the gate scans every piece again, remembering none (for a measurement)
    scan_records_a_piece: int = 50_000  # Parquet rows turned into text at a time
    scan_mask_once: int = 1  # 0: each never-public value's label masks its file and column again (a measurement)
    # load.py: what one input file may hold (a larger one is refused with one sentence)
    load_max_file_bytes: int = 256 * 1024 * 1024  # on disk
    load_max_inflated_bytes: int = 256 * 1024 * 1024  # an XLSX's sheets and shared strings, unzipped
    load_max_rows: int = 1_000_000  # rows of one file (all its sheets)
    load_max_markup_bytes: int = 64 * 1024 * 1024  # an HTML table or Excel 2003 XML saved as .xls: parsed whole
    load_max_cell_chars: int = 1_000_000  # one cell; longer ones are reported by validation as cell-too-long
    # memory.py: 1: Arrow's buffers come from the C library's malloc, which gives freed pages back; 0: pyarrow's
    # default pool (mimalloc), which kept about 160 MB it had freed at 3x10^4 entities (for a measurement)
    arrow_system_pool: int = 1
    memory_give_back: int = 1  # 0: the freed pages are not handed back between stages (memory.give_back; a measurement)
    # publish.py: the site's folders
    lock_wait_seconds: float = 10.0  # a second build for the same site or state waits this long, then stops
    background_delete_from: int = 2000  # entries of entity/ from which an old version is deleted in the background


_FIELDS = {f.name: f for f in dataclasses.fields(Tuning)}
_installed: Tuning | None = None  # set by `tuned` (a build's BuildOptions.tuning) or `install` (a worker)
_from_environment: tuple[tuple[str, str], Tuning] | None = None  # the variables' text and what it gave


def from_environment(environ: Mapping[str, str] = os.environ) -> Tuning:
    """The defaults, changed by `CREDITSITE_TUNING` and `CREDITSITE_LOCK_WAIT` when they are set.

    A name that is no field, or a value that is no number, stops the build with one sentence
    (BuildAborted) naming the variable and the item.
    """
    changes: dict[str, int | float] = {}
    items = [(LOCK_WAIT_ENVIRONMENT, "lock_wait_seconds", environ.get(LOCK_WAIT_ENVIRONMENT, ""))] if environ.get(
        LOCK_WAIT_ENVIRONMENT) else []
    for item in environ.get(ENVIRONMENT, "").replace(",", " ").split():
        name, _, value = item.partition("=")
        items.append((ENVIRONMENT, name, value))
    for variable, name, value in items:
        try:
            if name not in _FIELDS:
                raise ValueError(name)
            changes[name] = float(value) if _FIELDS[name].type == "float" else int(value.replace("_", ""))
        except ValueError:
            raise BuildAborted(f"环境变量 {variable} 中的“{name}={value}”无法识别：应为“名称=数值”，"
                               f"名称见 generator/tuning.py（{', '.join(_FIELDS)}）；不需要时请删去该环境变量。"
                               ) from None
    return dataclasses.replace(Tuning(), **changes)  # type: ignore[arg-type]


def current() -> Tuning:
    """The thresholds in force in this process: those of the enclosing `tuned` block (or of the
    process that started this worker), else the environment's, else the defaults."""
    global _from_environment
    if _installed is not None:
        return _installed
    text = (os.environ.get(ENVIRONMENT, ""), os.environ.get(LOCK_WAIT_ENVIRONMENT, ""))
    if _from_environment is None or _from_environment[0] != text:
        _from_environment = (text, from_environment())
    return _from_environment[1]


def install(tuning: Tuning | None) -> None:
    """Put tuning in force in this process (None: the environment's again); a worker's initializer."""
    global _installed
    _installed = tuning


@contextmanager
def tuned(tuning: Tuning | None = None, **changes: int | float) -> Iterator[Tuning]:
    """The given thresholds (default: the ones in force) with `changes`, in force inside the block."""
    before = _installed
    install(dataclasses.replace(tuning or current(), **changes))  # type: ignore[arg-type]
    try:
        yield current()
    finally:
        install(before)
