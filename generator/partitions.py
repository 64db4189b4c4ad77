"""The data stages per input file, cached in the state folder by the file's hash (issue 19).

Entry point: `gather_partitions(data_dir, as_of, settings, options)`, which returns what
`load.load_sources` and `validate.validate_records` return for the same folder, byte for byte
in every output, but reads again only the files that changed since the last build.

Loading a file and the row checks of validation (every check but the duplicates) depend on that
file alone: its bytes, its name (shown in every problem), its kind folder's `columns.toml`, the
code, and for the checks the settings and the as-of date. Each file's result is one *partition*
in `<state>/partitions/`:

- `<key>.raw.arrow`: the loaded rows (what `Sources` holds: the de-identification needs the
  input's own values);
- `<key>.checked.arrow`: the same rows after the row checks (`validate.check_rows`);
- `<key>.json`: the loader's problems per sheet, the mapping headers the file used, and the row
  checks' problems, error codes by row and counts of derived values, with the as-of date and
  settings they were made with. Written last: a partition without it does not exist.

`key` digests the code fingerprint, the kind, the file's name and SHA-256, and its folder's
`columns.toml`. The row checks depend on the as-of date only through `date-in-future` (whose
message names the date): a partition checked as of another date is reused when no decision date
in the file is later than either date; otherwise, or when the settings changed, its rows are
checked again from the cached load. The checks across files — duplicates within a kind, the
de-identification (people named in other records), the publication rules — run on all rows
after, as before.

Misses run in this process, or on a Dask cluster (`generator.cluster`) where the state folder
and the data folder are on storage every worker sees at the same path. The partitions hold the
input's never-public values, as the data folder does: the folder is made readable by its owner
only and, like the rest of the state, is never published.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import os
import platform
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.ipc as ipc

from generator.contract import EXTRA_CELLS, FILE, ROW, UNWRITTEN
from generator.load import InputEntry, Sources, _Mapping, _read_file, _read_mapping, list_inputs, load_sources
from generator.problems import BuildAborted, Problem
from generator.schema import KINDS, Kind
from generator.settings import Settings
from generator.validate import DATE_ASSUMED, CheckedRows, Validated, check_rows, finish_kind

FORMAT = 1  # bump when the layout of a partition changes: older ones are then made again
FOLDER = "partitions"
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")


@dataclass(frozen=True)
class PartitionOptions:
    """Where a build keeps its partitions and how it makes the missing ones."""

    folder: Path  # <state>/partitions
    code: str  # state.code_fingerprint: the code, templates and rules the result depends on
    refresh: bool = False  # --full: make every partition again (and keep the new ones)
    scheduler: str | None = None  # None: in this process; "local" or "tcp://host:8786": generator.cluster


@dataclass(frozen=True)
class Task:
    """One input file to load and check: everything a worker needs, and nothing it must share."""

    kind: str
    path: str
    rel: str
    mapping: _Mapping | None
    digest: str  # the file's SHA-256 when the build listed it
    key: str
    folder: str
    as_of: str
    settings: Settings
    settings_digest: str
    reuse_load: bool = False  # the loaded rows are cached: only the row checks are made again
    program: str = ""  # on a cluster: the build's own program digest, which the worker's must equal


@dataclass
class _Partition:
    meta: dict[str, Any]
    raw: pd.DataFrame | None
    checked: pd.DataFrame | None


Runner = Callable[[Sequence[Task]], list[dict[str, Any]]]


def settings_digest(settings: Settings) -> str:
    """A digest of every setting (sets in sorted order, so the same settings give the same digest)."""
    def plain(value: Any) -> Any:
        if isinstance(value, (set, frozenset)):
            return sorted(value)
        return str(value)

    return hashlib.sha256(json.dumps(dataclasses.asdict(settings), sort_keys=True, ensure_ascii=False,
                                     default=plain).encode("utf-8")).hexdigest()


def file_digest(path: Path | str) -> str:
    """The SHA-256 of a file's bytes."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def partition_key(code: str, kind: str, rel: str, digest: str, mapping_digest: str) -> str:
    """What a file's load and row checks depend on besides the as-of date and the settings."""
    text = "\n".join((f"format {FORMAT}", code, kind, rel, digest, mapping_digest))
    return hashlib.sha256(text.encode("utf-8", "backslashreplace")).hexdigest()


@dataclass
class Gathered:
    """The loaded sources, and the validation still to finish (the checks across files)."""

    sources: Sources
    finish: Callable[[], Validated]  # validate_records of the sources, from the partitions' row checks
    files: int  # data files read
    made: int  # partitions made by this build (the others were reused)


def gather_partitions(data_dir: Path, as_of: dt.date, settings: Settings, options: PartitionOptions,
                      run: Runner | None = None) -> Gathered:
    """`load_sources` of the data folder through the partition cache, and `validate_records` to finish.

    `run` makes the missing partitions (default: one after the other in this process;
    `generator.cluster.runner` gives a Dask one).
    """
    folder = options.folder
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)  # the input's never-public values: the state's owner only
    iso = as_of.isoformat()
    settings_hash = settings_digest(settings)
    entries = list_inputs(data_dir)
    mappings = _mapping_digests(entries)
    tasks: list[Task] = []
    found: dict[str, _Partition] = {}
    plan: list[tuple[InputEntry, str]] = []
    base: dict[str, Task] = {}
    for entry in entries:
        if entry.role != "data" or entry.path is None:
            continue
        try:
            digest = file_digest(entry.path)
        except OSError as exc:  # gone or unreadable since it was listed: the loader says so, nothing is kept
            digest = f"unreadable {exc.errno} {os.getpid()}"
        key = partition_key(options.code, entry.kind, entry.rel, digest, mappings.get(entry.kind, ""))
        plan.append((entry, key))
        base[key] = Task(entry.kind, str(entry.path), entry.rel, None, digest, key, str(folder), iso, settings,
                         settings_hash)
        meta = None if options.refresh else _read_meta(folder, key)
        if meta is not None and _checks_reusable(meta, iso, settings_hash):
            found[key] = _Partition(meta, None, None)
        else:
            tasks.append(dataclasses.replace(base[key], reuse_load=meta is not None))
    mapping_of = _mappings(entries) if tasks else {}
    if tasks:
        program = own_program() if run is not None else ""
        tasks = [dataclasses.replace(t, mapping=mapping_of.get(t.kind), program=program) for t in tasks]
        for meta in (run or run_here)(tasks):
            found[meta["key"]] = _Partition(meta, None, None)
    def remade(entry: InputEntry, key: str) -> dict[str, Any]:
        nonlocal mapping_of
        if not mapping_of:
            mapping_of = _mappings(entries)
        return make_partition(dataclasses.replace(base[key], mapping=mapping_of.get(entry.kind)))

    # Every file's loaded rows are read back now; its checked rows only when its kind is validated
    # (`finish`): one copy of the input's rows at a time rather than both (issue 19). A partition
    # that cannot be read is made again here, or there.
    def read_part(entry: InputEntry, key: str, which: str) -> pd.DataFrame | None:
        """A partition's `which` rows ("raw" or "checked"); a partition that cannot be read is made again."""
        part = found[key]
        try:
            return _read_rows(folder, key, part.meta, which)
        except (OSError, pa.ArrowException, ValueError, KeyError):
            part.meta = remade(entry, key)
            return _read_rows(folder, key, part.meta, which)

    for entry, key in plan:
        found[key].raw = read_part(entry, key, "raw")
    by_rel = {entry.rel: found[key] for entry, key in plan}
    sources = load_sources(data_dir, reader=_cached_reader(by_rel), entries=entries)
    for part in found.values():
        part.raw = None  # the sources hold these rows now
    keep = {key for _, key in plan}
    # (a file replaced while it was read has its rows only under a name of this build, read in `finish`)
    _forget_others(folder, keep, spare=tuple(f"{key}{p.meta['suffix']}." for key, p in found.items()
                                             if p.meta.get("suffix") and p.meta["rows"]))

    def read_checked(entry: InputEntry, key: str) -> None:
        found[key].checked = read_part(entry, key, "checked")

    def finish() -> Validated:
        validated = _validated(sources, plan, found, as_of, settings, read_checked)
        found.clear()  # the partitions' frames are in `validated` now
        _forget_others(folder, keep)  # (a build stopped before this leaves the spared ones to the next)
        return validated

    return Gathered(sources, finish, len(plan), len(tasks))


def run_here(tasks: Sequence[Task]) -> list[dict[str, Any]]:
    """Make the partitions one after the other in this process."""
    return [make_partition(task) for task in tasks]


def make_partition(task: Task) -> dict[str, Any]:
    """Load one input file and check its rows; write its partition; return the partition's metadata.

    Runs in a worker process of a cluster as well as in the build's own: it reads the file and the
    partition folder by path and writes nothing else.
    """
    if task.program and task.program != own_program():
        # A worker of another version would cache its own reading of the file under this build's key.
        raise BuildAborted(f"Dask 工作节点（{platform.node()}）运行的 creditsite 版本与本次构建不同，"
                           "请在所有工作节点上安装相同版本后重新构建，或去掉 --scheduler 在本机构建。")
    kind = KINDS[task.kind]
    folder = Path(task.folder)
    if task.reuse_load:
        meta = _read_meta(folder, task.key)
        assert meta is not None
        sheets = meta["sheets"]
        raw = _read_table(folder / f"{task.key}.raw.arrow") if meta["rows"] else None
        stable = True
    else:
        mapping = dataclasses.replace(task.mapping, used=set()) if task.mapping is not None else None
        results = _read_file(kind, Path(task.path), task.rel, mapping)
        frames = [frame for _, frame, _ in results if frame is not None]
        raw = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0] if frames else None
        sheets = [{"file": where, "rows": None if frame is None else len(frame),
                   "problems": [p.as_dict() for p in problems]} for where, frame, problems in results]
        meta = {"format": FORMAT, "key": task.key, "kind": task.kind, "rel": task.rel, "digest": task.digest,
                "sheets": sheets, "used": sorted(mapping.used) if mapping is not None else [],
                "rows": 0 if raw is None else len(raw)}
        # A file replaced while it was read: its rows are this build's, but not cached under the old hash.
        try:
            stable = file_digest(task.path) == task.digest
        except OSError:
            stable = False
    checked: CheckedRows | None = None
    if raw is not None:
        columns = [*kind.names, FILE, ROW, EXTRA_CELLS, UNWRITTEN]
        loaded = raw.reindex(columns=columns, fill_value="")  # as load_sources makes a kind's table
        loaded[ROW] = loaded[ROW].astype("int64")
        loaded[EXTRA_CELLS] = loaded[EXTRA_CELLS].astype(bool)
        loaded[UNWRITTEN] = pd.to_numeric(loaded[UNWRITTEN], errors="coerce").fillna(0).astype("int64")
        checked = check_rows(kind, loaded, dt.date.fromisoformat(task.as_of), task.settings)
    meta.update({
        "as_of": task.as_of, "settings": task.settings_digest,
        "latest_date": _latest_checked_date(kind, checked.frame) if checked is not None else "",
        "errors": [[i, codes] for i, codes in sorted(checked.errors.items())] if checked is not None else [],
        "problems": [p.as_dict() for p in checked.problems] if checked is not None else [],
        "derived": checked.derived if checked is not None else {},
        # The rows hold the as-of date itself (a control date that could not be read): for this date only.
        "dated_rows": checked is not None and any(p.code == DATE_ASSUMED for p in checked.problems),
    })
    suffix = "" if stable else f".unstable-{os.getpid()}"
    if task.reuse_load:
        # The note goes before the rows it describes are replaced: a build stopped in between (kill -9)
        # leaves no note, so the next build checks the file again, never the rows of another date
        # under the note of this one.
        try:
            os.unlink(folder / f"{task.key}.json")
        except FileNotFoundError:
            pass
    if raw is not None and not task.reuse_load:
        _write_table(raw, folder / f"{task.key}{suffix}.raw.arrow")
    if checked is not None:
        _write_table(checked.frame, folder / f"{task.key}{suffix}.checked.arrow")
    meta["suffix"] = suffix
    _write_atomic(folder / f"{task.key}{suffix}.json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))
    return meta


@functools.lru_cache(maxsize=1)
def own_program() -> str:
    """This process's program digest (code, templates, standards, package versions; not the rules file,
    which reaches a worker as settings)."""
    from generator.state import code_fingerprint

    return code_fingerprint(None)


# -- reading partitions back ------------------------------------------------------------------------


def _checks_reusable(meta: dict[str, Any], as_of: str, settings_hash: str) -> bool:
    """Whether a partition's row checks hold for this build: same settings, and the same as-of date or
    no decision date after either date (then no row is in the future either way, and no message names it)."""
    if meta.get("settings") != settings_hash:
        return False
    latest = meta.get("latest_date", "")
    if meta.get("dated_rows", True):  # rows holding the as-of date (older notes: maybe) hold for that date only
        return meta.get("as_of") == as_of
    return meta.get("as_of") == as_of or (latest <= as_of and latest <= meta.get("as_of", ""))


def _latest_checked_date(kind: Kind, frame: pd.DataFrame) -> str:
    """The latest date in the columns `date-in-future` compares with the as-of date ("" if none)."""
    latest = ""
    for name in (kind.decision_date,):  # validate compares only it (a complaint's is its 投诉日期)
        if name and name in frame:
            dates = frame[name][frame[name].str.match(_ISO_DATE).fillna(False).astype(bool)]
            if len(dates):
                latest = max(latest, str(dates.max()))
    return latest


def _read_meta(folder: Path, key: str) -> dict[str, Any] | None:
    try:
        meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT or meta.get("key") != key or meta.get("suffix"):
        return None
    return meta


def _read_rows(folder: Path, key: str, meta: dict[str, Any], table: str) -> pd.DataFrame | None:
    """A partition's loaded rows (`table` "raw") or checked rows ("checked"); None when the file had none."""
    if not meta["rows"]:
        return None
    return _read_table(folder / f"{key}{meta.get('suffix', '')}.{table}.arrow")


def _read_table(path: Path) -> pd.DataFrame:
    with pa.memory_map(str(path), "r") as source:
        table = ipc.open_file(source).read_all()
    return table.to_pandas()


def _write_table(frame: pd.DataFrame, path: Path) -> None:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    spare = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with pa.OSFile(str(spare), "wb") as sink:
        with ipc.new_file(sink, table.schema, options=ipc.IpcWriteOptions(compression="zstd")) as writer:
            writer.write_table(table)
    os.replace(spare, path)


def _write_atomic(path: Path, data: bytes) -> None:
    spare = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    spare.write_bytes(data)
    os.replace(spare, path)


def _problem(fields: dict[str, Any]) -> Problem:
    """A cached problem as it was made (its message already masked: not masked a second time)."""
    problem = object.__new__(Problem)
    for name, value in fields.items():
        object.__setattr__(problem, name, value)
    return problem


def _cached_reader(by_rel: dict[str, _Partition]) -> Callable[..., list[tuple[str, pd.DataFrame | None, list[Problem]]]]:
    """A `load_sources` file reader that hands back each file's cached sheets."""
    def read(kind: Kind, path: Path, rel: str, mapping: _Mapping | None) -> list[tuple[str, pd.DataFrame | None,
                                                                                       list[Problem]]]:
        part = by_rel[rel]
        if mapping is not None:
            mapping.used.update(part.meta["used"])
        out: list[tuple[str, pd.DataFrame | None, list[Problem]]] = []
        at = 0
        for sheet in part.meta["sheets"]:
            frame = None
            if sheet["rows"] is not None:
                assert part.raw is not None
                frame = part.raw.iloc[at:at + sheet["rows"]]
                at += sheet["rows"]
            out.append((sheet["file"], frame, [_problem(p) for p in sheet["problems"]]))
        return out

    return read


def _validated(sources: Sources, plan: list[tuple[InputEntry, str]], found: dict[str, _Partition], as_of: dt.date,
               settings: Settings, read_checked: Callable[[InputEntry, str], None] | None = None) -> Validated:
    """`validate_records` from the partitions' row checks: the files of each kind in folder order, then
    the checks across them. `read_checked` reads a partition's checked rows (`_Partition.checked`), when
    its kind comes: one kind's parts at a time."""
    by_kind: dict[str, list[_Partition]] = {}
    entries: dict[str, list[tuple[InputEntry, str]]] = {}
    for entry, key in plan:
        entries.setdefault(entry.kind, []).append((entry, key))
    kinds = {}
    problems: list[Problem] = []
    for name, loaded in sources.kinds.items():
        for entry, key in entries.get(name, []):
            if read_checked is not None:
                read_checked(entry, key)
            if found[key].checked is not None:
                by_kind.setdefault(name, []).append(found[key])
        parts = [CheckedRows(part.checked, {int(i): list(codes) for i, codes in part.meta["errors"]},
                             [_problem(p) for p in part.meta["problems"]], dict(part.meta["derived"]))
                 for part in by_kind.get(name, []) if part.checked is not None]
        for part in by_kind.get(name, []):
            part.checked = None  # one copy of a kind's rows at a time: the parts, then their concatenation
        kinds[name], found_problems = finish_kind(loaded.kind, parts, loaded.frame.iloc[:0], as_of, settings)
        del parts
        problems.extend(found_problems)
    return Validated(kinds, problems)


def _mapping_digests(entries: list[InputEntry]) -> dict[str, str]:
    """Each kind folder's columns.toml by its bytes ("" when it has none)."""
    return {e.kind: file_digest(e.path) for e in entries if e.role == "mapping" and e.path is not None}


def _mappings(entries: list[InputEntry]) -> dict[str, _Mapping | None]:
    return {e.kind: _read_mapping(KINDS[e.kind], e)[0] for e in entries if e.role == "mapping"}


def _forget_others(folder: Path, keep: set[str], spare: tuple[str, ...] = ()) -> None:
    """Remove the partitions of files no longer in the data folder (or changed), and unfinished writes;
    not the files whose names start with one of `spare` (rows still to be read)."""
    for entry in os.scandir(folder):
        name = entry.name
        key = name.split(".", 1)[0]
        if (name.startswith(".") or key not in keep or ".unstable-" in name) and not name.startswith(spare):
            try:
                os.unlink(entry.path)
            except OSError:
                pass
