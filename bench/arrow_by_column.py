"""Where the data stages' Arrow memory goes: every frame's columns at the end of each data stage.

    .venv/bin/python bench/arrow_by_column.py --data DIR --work /tmp/abc [--root CHECKOUT] [--top 40]

Runs one build in this process (`build_site`, site, report and state under WORK, removed first) and
stops where the export starts. At the end of the load, validation, de-identification and the rules
(with the plan) — the build's progress labels of the next stage — it finds every pandas DataFrame
alive in this process (named by who holds it, as bench/memory_by_stage.py's --holders does) and
measures each column:

- its type (Arrow's for Arrow-backed columns, numpy's otherwise) and its buffers: data, offsets,
  validity bytes (a buffer shared by two frames — pandas 3's `copy()` shares Arrow buffers — is
  counted once, where it is first seen);
- the share of empty cells (missing or ""), the distinct values;
- what dictionary encoding would hold instead (a pandas `category`: codes of the smallest integer
  width that fits, plus the distinct values once, as `large_string`), and what 32-bit offsets
  (`string` for `large_string`) would save;
- whether the same kind's column is held by another frame in other buffers (a second copy).

Then sums by cause: 8-byte offsets, second copies, columns all empty or one value, low-cardinality
columns (what dictionary encoding saves on columns where it saves at least half). The rows of the
largest columns are printed per stage (--top), the sums for each stage, and Arrow's allocated bytes
for comparison (what the frames' unique buffers do not account for is held elsewhere: the secrets'
arrays, the scrub cache, pieces of the state).

No figure here is asserted anywhere; bench/RESULTS-build.md keeps the runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import memory_by_stage as probe  # noqa: E402  (bench/: sets sys.path to --root's generator)
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from generator.build import BuildOptions, build_site  # noqa: E402

MB = 1048576
# The stage each progress label ends (the label is the next stage's).
ENDS = {"校验每一行": "load", "去除个人信息": "validate", "应用公示规则": "de-identify", "导出开放数据": "rules + plan"}


@dataclass
class Column:
    stage: str
    holder: str
    column: str
    rows: int
    type: str
    data: int  # bytes of buffers not already counted in this stage
    offsets: int
    validity: int
    shared: int  # bytes of buffers counted under another frame
    empty: float
    distinct: int
    as_dictionary: int  # bytes a pandas category would hold instead of data + offsets
    narrow_offsets_saving: int  # bytes `string` would save over `large_string`
    copy_of: str  # another holder with the same kind's column in other buffers ("" = none)

    @property
    def held(self) -> int:
        return self.data + self.offsets + self.validity


def _code_width(distinct: int) -> int:
    """Bytes per row of a pandas category's codes (int8, int16, int32)."""
    return 1 if distinct < 127 else 2 if distinct < 32767 else 4


def _arrow(series: pd.Series) -> pa.ChunkedArray | None:
    values = series.array
    found = getattr(values, "_pa_array", None)
    if isinstance(found, pa.ChunkedArray):
        return found
    return None


def measure_frame(stage: str, holder: str, frame: pd.DataFrame, seen: set[int]) -> list[Column]:
    """Each column of `frame`; buffers whose address is in `seen` are counted as shared."""
    out: list[Column] = []
    for name in frame.columns:
        series = frame[name]
        arrow = _arrow(series)
        rows = len(series)
        data = offsets = validity = shared = 0
        if arrow is None:  # numpy or object: pandas' own count
            nbytes = int(series.memory_usage(deep=True, index=False))
            address = 0
            if isinstance(series.array, pd.arrays.NumpyExtensionArray) or series.dtype.kind in "biufcmM":
                try:
                    address = series.to_numpy(copy=False).__array_interface__["data"][0]
                except Exception:  # noqa: BLE001 - a probe: anything unreadable counts as its own
                    address = 0
            if address and address in seen:
                shared = nbytes
            else:
                if address:
                    seen.add(address)
                data = nbytes
            kind = str(series.dtype)
            empty = float(series.isna().mean()) if rows else 0.0
            try:
                distinct = int(series.nunique(dropna=False))
            except TypeError:
                distinct = -1
            dictionary = rows * _code_width(distinct) if distinct >= 0 else nbytes
            out.append(Column(stage, holder, str(name), rows, kind, data, 0, 0, shared, empty, distinct,
                              dictionary, 0, ""))
            continue
        kind = str(arrow.type)
        is_text = pa.types.is_large_string(arrow.type) or pa.types.is_string(arrow.type)
        for chunk in arrow.chunks:
            buffers = chunk.buffers()
            for position, buffer in enumerate(buffers):
                if buffer is None:
                    continue
                if buffer.address in seen:
                    shared += buffer.size
                    continue
                seen.add(buffer.address)
                if position == 0:
                    validity += buffer.size
                elif position == 1 and is_text:
                    offsets += buffer.size
                else:
                    data += buffer.size
        if is_text:
            empty_count = arrow.null_count + int(pc.sum(pc.equal(arrow, "")).as_py() or 0)
        else:
            empty_count = arrow.null_count
        empty = empty_count / rows if rows else 0.0
        distinct = int(pc.count_distinct(arrow, mode="all").as_py()) if rows else 0
        if is_text:
            uniques = pc.unique(arrow)
            values = sum(b.size for b in uniques.buffers()[1:] if b is not None)
            dictionary = rows * _code_width(distinct) + values
            narrow = (rows + len(arrow.chunks)) * 4 if pa.types.is_large_string(arrow.type) else 0
        else:
            dictionary = rows * _code_width(distinct) + distinct * max(arrow.type.bit_width // 8, 1) \
                if hasattr(arrow.type, "bit_width") else data
            narrow = 0
        out.append(Column(stage, holder, str(name), rows, kind, data, offsets, validity, shared, empty, distinct,
                          dictionary, narrow, ""))
    return out


def _kind_of(holder: str) -> str:
    """The kind a holder's name carries (`Decided.frames[penalties]` → penalties), else the holder."""
    if "[" in holder and holder.endswith("]"):
        return holder[holder.rindex("[") + 1:-1]
    return holder


def _name(frame: pd.DataFrame) -> str:
    """Who holds a frame: an object with a `kind` (LoadedKind, ValidKind) by its kind's name, else as
    memory_by_stage names it (`Decided.frames[penalties]`)."""
    for ref in gc.get_referrers(frame):
        kind = getattr(ref, "kind", None)
        if kind is not None and not isinstance(ref, type):
            label = getattr(kind, "name", kind)
            slot = next((k for k in ("frame", "accepted", "rejected_rows") if getattr(ref, k, None) is frame), "?")
            return f"{type(ref).__name__}.{slot}[{label}]"
    return probe._holder(frame)


def measure_stage(stage: str) -> list[Column]:
    """Every live frame's columns, largest frames first (so a shared buffer counts under the larger)."""
    gc.collect()
    frames = [obj for obj in gc.get_objects() if type(obj) is pd.DataFrame]
    frames.sort(key=lambda f: -f.shape[0] * max(f.shape[1], 1))
    seen: set[int] = set()
    columns: list[Column] = []
    for frame in frames:
        if frame.shape[0] == 0:
            continue
        holder = _name(frame)
        columns += measure_frame(stage, holder, frame, seen)
    del frames
    # A second copy: the same kind's column under another holder with its own buffers (both held).
    by_key: dict[tuple[str, str, int], list[Column]] = {}
    for column in columns:
        by_key.setdefault((_kind_of(column.holder), column.column, column.rows), []).append(column)
    for group in by_key.values():
        owners = [c for c in group if c.held]
        for later in owners[1:]:
            later.copy_of = owners[0].holder
    return columns


def summarise(stage: str, columns: list[Column], top: int, allocated: float) -> list[str]:
    held = sum(c.held for c in columns)
    out = [f"\n## end of {stage}: {len({c.holder for c in columns})} holders, {len(columns)} columns; "
           f"frames' unique buffers {held / MB:.1f} MB; Arrow allocated {allocated / MB:.1f} MB"]
    out.append("holder | column | rows | type | data MB | offsets MB | validity MB | shared MB | empty | distinct "
               "| as category MB | 32-bit offsets save MB | second copy of")
    out.append("--- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---")
    for c in sorted(columns, key=lambda c: -c.held)[:top]:
        out.append(f"{c.holder} | {c.column} | {c.rows:,} | {c.type} | {c.data / MB:.2f} | {c.offsets / MB:.2f} | "
                   f"{c.validity / MB:.2f} | {c.shared / MB:.2f} | {c.empty:.0%} | {c.distinct:,} | "
                   f"{c.as_dictionary / MB:.2f} | {c.narrow_offsets_saving / MB:.2f} | {c.copy_of}")
    text = [c for c in columns if c.type in ("large_string", "string") and c.held]
    by_type: dict[str, int] = {}
    for c in columns:
        by_type[c.type] = by_type.get(c.type, 0) + c.held
    offsets = sum(c.offsets for c in text)
    narrow = sum(c.narrow_offsets_saving for c in text)
    copies = [c for c in columns if c.copy_of]
    constant = [c for c in text if c.distinct <= 1]
    empty_heavy = [c for c in text if c.empty >= 0.9]
    dictionary_saving = [(c, c.data + c.offsets - c.as_dictionary) for c in text]
    worth = [(c, s) for c, s in dictionary_saving if s >= (c.data + c.offsets) / 2]
    numbers = [c for c in columns if c.type not in ("large_string", "string")]
    out.append(f"\nsums at the end of {stage} (MB):")
    out.append("cause | columns | MB held | MB a cut would save")
    out.append("--- | ---: | ---: | ---:")
    out.append(f"all frames' unique buffers | {len(columns)} | {held / MB:.1f} |")
    for kind, size in sorted(by_type.items(), key=lambda kv: -kv[1])[:6]:
        out.append(f"  of type {kind} | {sum(1 for c in columns if c.type == kind)} | {size / MB:.1f} |")
    out.append(f"text: offsets (8 bytes a cell in large_string) | {len(text)} | {offsets / MB:.1f} | "
               f"{narrow / MB:.1f} (32-bit offsets)")
    out.append(f"text: characters | {len(text)} | {sum(c.data for c in text) / MB:.1f} |")
    out.append(f"text: validity bitmaps | {len(text)} | {sum(c.validity for c in text) / MB:.1f} |")
    out.append(f"second copies (the same kind's column under another holder) | {len(copies)} | "
               f"{sum(c.held for c in copies) / MB:.1f} | {sum(c.held for c in copies) / MB:.1f} (not held)")
    out.append(f"text columns all empty or one value | {len(constant)} | {sum(c.held for c in constant) / MB:.1f} | "
               f"{sum(c.data + c.offsets - c.as_dictionary for c in constant) / MB:.1f} (as category)")
    out.append(f"text columns ≥ 90% empty | {len(empty_heavy)} | {sum(c.held for c in empty_heavy) / MB:.1f} | "
               f"{sum(max(c.data + c.offsets - c.as_dictionary, 0) for c in empty_heavy) / MB:.1f} (as category)")
    out.append(f"text columns where a category saves ≥ half | {len(worth)} | "
               f"{sum(c.held for c, _ in worth) / MB:.1f} | {sum(s for _, s in worth) / MB:.1f} (as category)")
    out.append(f"every text column as category where it saves | {len(text)} | {sum(c.held for c in text) / MB:.1f} | "
               f"{sum(max(s, 0) for _, s in dictionary_saving) / MB:.1f}")
    out.append(f"numbers, dates, objects | {len(numbers)} | {sum(c.held for c in numbers) / MB:.1f} |")
    by_column: dict[str, list[int]] = {}
    for c, s in dictionary_saving:
        entry = by_column.setdefault(c.column, [0, 0, 0])
        entry[0] += c.held
        entry[1] += max(s, 0)
        entry[2] += c.narrow_offsets_saving
    out.append(f"\ntext columns by name at the end of {stage}, largest first (every kind summed; MB):")
    out.append("column | held | as category saves | 32-bit offsets save")
    out.append("--- | ---: | ---: | ---:")
    for name, (size, saving, narrowing) in sorted(by_column.items(), key=lambda kv: -kv[1][0])[:top]:
        out.append(f"{name} | {size / MB:.1f} | {saving / MB:.1f} | {narrowing / MB:.1f}")
    by_holder: dict[str, int] = {}
    for c in columns:
        by_holder[c.holder] = by_holder.get(c.holder, 0) + c.held
    out.append(f"\nholders at the end of {stage} (MB of their own buffers):")
    for name, size in sorted(by_holder.items(), key=lambda kv: -kv[1])[:top]:
        out.append(f"{size / MB:8.1f}  {name}")
    return out


class _Done(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--as-of", default="2026-11-27")
    parser.add_argument("--root", type=Path, help="the checkout whose generator builds (read by memory_by_stage)")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--csv", type=Path, help="every column's row of every stage, as CSV")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for name in ("site", "report", "state"):
        shutil.rmtree(args.work / name, ignore_errors=True)
    everything: list[Column] = []
    started = time.perf_counter()

    def progress(label: str) -> None:
        stage = ENDS.get(label)
        if stage is None:
            return
        columns = measure_stage(stage)
        everything.extend(columns)
        print("\n".join(summarise(stage, columns, args.top, pa.total_allocated_bytes())), flush=True)
        if label == "导出开放数据":
            raise _Done

    try:
        build_site(BuildOptions(data_dir=args.data, out_dir=args.work / "site", report_dir=args.work / "report",
                                as_of=dt.date.fromisoformat(args.as_of), state_dir=args.work / "state"), progress)
    except _Done:
        pass
    print(f"\ncheckout {probe.ROOT}; data {args.data}; {time.perf_counter() - started:.1f} s with the probe")
    if args.csv is not None:
        frame = pd.DataFrame([vars(c) for c in everything])
        frame.to_csv(args.csv, index=False)


if __name__ == "__main__":
    main()
