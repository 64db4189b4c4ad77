"""Build state: what earlier builds published, kept outside the public site.

Entry points: `load_history(state_dir, out_dir, build_id)` and `save_build(...)`.
The state is only used to describe change (release notes, the removal ledger, first
publication dates for timeliness, neutral pages at removed entities' old URLs). What is
public is decided from the data and the as-of date alone, so losing the state folder can
never republish anything.

A build is stored under its build id. A rebuild of the same data as of the same date has
the same id and is compared with the build *before* it, so two such builds write
byte-identical sites.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from generator.contract import public_reason
from generator.publish import FolderRefused, SiteStamp, check_own_folder, kill_point, marker_state, site_paths
from generator.resources import PACKAGE, code_files
from generator.rules import ENTITY, PUBLISHED, RECORD_ID, STATUS, Decided
from generator.schema import DATA_FOLDERS, KINDS

KEEP_BUILDS = 20
STATE_COLUMNS = ["id", "kind", "entity", "content", "first_published"]
GONE = "source-removed"  # the record is no longer in the data folder (or was rejected)


@dataclass
class History:
    """The builds before this one."""

    previous_build: str | None
    previous: pd.DataFrame  # STATE_COLUMNS of the previous build's published records
    previous_pages: set[str]
    ledger: list[dict[str, str]] = field(default_factory=list)  # removal entries of earlier builds


@dataclass
class Changes:
    """What this build changed, by kind; removed records by count and reason only."""

    build_id: str
    as_of: str
    previous_build: str | None
    kinds: dict[str, dict[str, Any]]
    removals: list[dict[str, str]]  # ledger entries added by this build (hash, kind, reason, date)
    current: pd.DataFrame  # STATE_COLUMNS of this build

    def as_json(self) -> dict[str, Any]:
        return {"build_id": self.build_id, "as_of": self.as_of, "previous_build": self.previous_build,
                "kinds": self.kinds}


# What reading a damaged or half-written state raises: it then counts as lost (a full rebuild).
DAMAGED = (OSError, ValueError, KeyError, TypeError, IndexError, pa.ArrowException)


def write_atomic(path: Path, data: bytes | memoryview | list[bytes | memoryview], private: bool = False) -> None:
    """Write a state file whole or not at all: a temporary file beside it, flushed, then renamed.
    `data`: its bytes, or the pieces they are made of, written one after the other (a large payload
    is not copied to be joined with its header and checksum).
    `private`: readable by its owner only from the moment it is made (a secret, cached texts)."""
    spare = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    with os.fdopen(os.open(spare, flags, 0o600) if private else os.open(spare, flags, 0o666), "wb") as handle:
        for piece in data if isinstance(data, list) else [data]:
            handle.write(piece)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(spare, path)


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    write_atomic(path, buffer.getvalue())


def _builds_index(state_dir: Path) -> list[dict[str, str]]:
    """The stored builds, oldest first; [] when there are none or the index cannot be read."""
    path = state_dir / "builds.json"
    try:
        builds = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except DAMAGED:
        return []
    if not isinstance(builds, list) or not all(isinstance(b, dict) and "build_id" in b for b in builds):
        return []
    return builds


def last_published_as_of(state_dir: Path) -> dt.date | None:
    """The as-of date of the newest build the state recorded, if it can be read."""
    builds = _builds_index(state_dir)
    try:
        return dt.date.fromisoformat(builds[-1]["as_of"]) if builds else None
    except DAMAGED:
        return None


def load_history(state_dir: Path, out_dir: Path, build_id: str) -> History:
    """The latest earlier build (not this build id); seeded from the live site when state is lost
    (or cannot be read: a kill while it was written by an older version, a disk error)."""
    builds = [b for b in _builds_index(state_dir) if b["build_id"] != build_id]
    ledger: list[dict[str, str]] = []
    if builds:
        last = builds[-1]
        try:
            previous = pd.read_parquet(state_dir / "builds" / f"{last['build_id']}.parquet")
            pages = set(json.loads((state_dir / "builds" / f"{last['build_id']}.pages.json").read_text()))
            ledger_path = state_dir / "builds" / f"{last['build_id']}.ledger.jsonl"
            if ledger_path.is_file():
                ledger = [json.loads(line) for line in ledger_path.read_text(encoding="utf-8").splitlines() if line]
            return History(last["build_id"], previous, pages, ledger)
        except DAMAGED:
            ledger = []
    # No state: keep what the live site already shows (its ledger, its entity page URLs).
    live_ledger = out_dir / "data" / "removals.jsonl"
    if live_ledger.is_file():
        ledger = [json.loads(line) for line in live_ledger.read_text(encoding="utf-8").splitlines() if line]
    pages = {p.name for p in (out_dir / "entity").iterdir() if p.is_dir()} if (out_dir / "entity").is_dir() else set()
    return History(None, pd.DataFrame(columns=STATE_COLUMNS), pages, ledger)


def published_state(decided: Decided, content_columns: dict[str, list[str]]) -> pd.DataFrame:
    """id, kind, entity and a content hash for every published record, in a stable order."""
    parts = []
    for kind, columns in content_columns.items():
        frame = decided.published(kind)
        if frame.empty:
            continue
        content = content_digests(frame, [c for c in columns if c in frame])
        parts.append(pd.DataFrame({"id": frame[RECORD_ID].to_numpy(), "kind": kind,
                                   "entity": frame[ENTITY].to_numpy(), "content": _hex_digests(content)}))
    current = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=STATE_COLUMNS[:-1])
    return current.sort_values(["kind", "id"]).reset_index(drop=True)


_HASH_ROWS = 65_536  # rows of one column hashed at a time (content_digests)
_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)


def content_digests(frame: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """A 64-bit digest of each row's `columns`: `pd.util.hash_pandas_object(frame[columns].astype(str),
    index=False)`, the digests every state since the first has kept, computed a column and 65,536 rows
    at a time.

    Each column's values are hashed as text (SipHash of the UTF-8 bytes), then the columns' hashes
    are combined as pandas' `combine_hash_arrays` does (CPython's tuple hash). Made for the whole
    frame at once, every content column of every published row was text at the same time (+176 MB
    over the rules at 10^5 entities); a slice of one column is what is text now."""
    digests = np.full(len(frame), 0x345678, dtype=np.uint64)
    mult = np.uint64(1000003)
    for i, column in enumerate(columns):
        values = frame[column]
        for start in range(0, len(frame), _HASH_ROWS):
            text = values.iloc[start:start + _HASH_ROWS].astype(str)
            digests[start:start + _HASH_ROWS] ^= pd.util.hash_pandas_object(text, index=False).to_numpy()
        digests *= mult
        mult += np.uint64(82520 + 2 * (len(columns) - i))
    return digests + np.uint64(97531)


def _hex_digests(digests: np.ndarray) -> pd.arrays.ArrowStringArray:
    """Each digest as 16 lower-case hex digits (`"{:016x}".format`), as one Arrow string array
    (no Python string per record)."""
    octets = digests.astype(">u8").view(np.uint8).reshape(-1, 8)
    chars = np.empty((len(digests), 16), dtype=np.uint8)
    chars[:, 0::2], chars[:, 1::2] = _HEX[octets >> 4], _HEX[octets & 15]
    offsets = np.arange(0, 16 * len(digests) + 1, 16, dtype=np.int32)
    text = pa.StringArray.from_buffers(len(digests), pa.py_buffer(offsets), pa.py_buffer(chars))
    return pd.array(text, dtype=pd.StringDtype("pyarrow", na_value=np.nan))


def state_build_id(state: pd.DataFrame, as_of: str) -> str:
    """A build id that changes whenever the as-of date or any published content changes."""
    digest = hashlib.sha256(as_of.encode())
    for rid, content in zip(state["id"], state["content"]):
        digest.update(f"{rid}:{content}\n".encode())
    return f"{as_of.replace('-', '')}-{digest.hexdigest()[:8]}"


def carry_over(history: History, renamed: dict[str, str]) -> None:
    """The previous build's records under the ids this build gives them where they changed (`renamed`: a party's
    record whose decision gained or lost a party, build._parties_carried_over), so they are compared as one."""
    if renamed:
        history.previous = history.previous.assign(id=[renamed.get(i, i) for i in history.previous["id"].tolist()])


def with_first_published(state: pd.DataFrame, history: History, as_of: str) -> pd.DataFrame:
    """Add the date each record was first published (this build's as-of date for new ones)."""
    first = dict(zip(history.previous["id"], history.previous["first_published"]))
    out = state.copy()
    out["first_published"] = [first.get(i, as_of) for i in out["id"]]
    return out[STATE_COLUMNS]


def unpublished_statuses(decided: Decided) -> pd.DataFrame:
    """The record id and status of every row not published, in the order of the frames (what `compare`
    reads of the rows `Decided.keep_published_only` drops: the plan drops them before it allocates)."""
    parts = [frame.loc[frame[STATUS] != PUBLISHED, [RECORD_ID, STATUS]] for frame in decided.frames.values()
             if STATUS in frame and RECORD_ID in frame]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=[RECORD_ID, STATUS])


def compare(unpublished: pd.DataFrame, current: pd.DataFrame, history: History, build_id: str,
            as_of: str) -> Changes:
    """Added / changed / removed per kind against the previous build; ledger entries for removals.

    `unpublished`: the id and status of this build's rows not published (`unpublished_statuses`): a
    record no longer published is removed for its status's reason (withheld, repaired …), or as gone
    from the data folder when no row of it is left."""
    previous = history.previous
    before = dict(zip(previous["id"], previous["content"]))
    before_kind = dict(zip(previous["id"], previous["kind"]))
    # (a first build has nothing before: no record's content or status is looked up, none is gathered)
    now = dict(zip(current["id"], current["content"])) if before else {}
    gone = set(before) - set(now)
    # The status of the records no longer published only (not a dict of every record of every kind:
    # 500,000 entries at 10^5 entities): the last frame's wins, as before. (A record no longer
    # published has no published row: its rows, if any, are all among the unpublished.)
    status_by_id: dict[str, str] = {}
    rows = unpublished[RECORD_ID].isin(gone) if gone else None
    if rows is not None and rows.any():
        status_by_id.update(zip(unpublished.loc[rows, RECORD_ID].tolist(), unpublished.loc[rows, STATUS].tolist()))
    kinds: dict[str, dict[str, Any]] = {
        k: {"added": 0, "changed": 0, "removed": {}, "published": 0} for k in KINDS if not KINDS[k].control
    }
    for rid, kind in zip(current["id"], current["kind"]):
        entry = kinds[kind]
        entry["published"] += 1
        if rid not in before:
            entry["added"] += 1
        elif before[rid] != now[rid]:
            entry["changed"] += 1
    removals: list[dict[str, str]] = []
    for rid in sorted(gone):
        kind = before_kind[rid]
        status = status_by_id.get(rid, GONE)
        reason = GONE if status == PUBLISHED else public_reason(status)
        removed = kinds[kind]["removed"]
        removed[reason] = removed.get(reason, 0) + 1
        removals.append({"hash": rid, "kind": kind, "reason": reason, "date": as_of, "build": build_id})
    return Changes(build_id, as_of, history.previous_build, kinds, removals, current)


@dataclass
class BuildRecord:
    """What a published build leaves in the state folder for the next one (`save_build`)."""

    changes: Changes  # its build id, as-of date and published records (state.compare)
    pages: set[str]  # codes of every entity page the site shows, neutral ones included
    ledger: list[dict[str, str]]  # the removal ledger
    # Let the next build keep unchanged entity pages: (code, data_key, updated) of each, and the
    # 8-byte digests of the never-public values this build's gate knew.
    entity_keys: pd.DataFrame | None = None
    secret_digests: np.ndarray | None = None
    live: dict[str, str] | None = None  # which site folder now shows this build (out_dir, fingerprint, code)
    # Let it keep unchanged files without scanning them again: the SHA-256 of every file outside
    # entity/ (the sink's manifest) and the public identifiers this build's gate allowed.
    files: dict[str, str] | None = None
    allowed_digests: np.ndarray | None = None
    # Let its gate skip the pieces of large files it found clean (scan.PieceMemo): per site path, the
    # keyed digests of those pieces, and the digests of the scan setup they were clean under.
    pieces: dict[str, np.ndarray] | None = None
    memo_setup: np.ndarray | None = None
    # Let the next build keep unchanged list pages: the content key of each (render.list_page_key).
    list_keys: dict[str, str] | None = None
    # What the site folder held when it was swapped in (publish.site_stamp): the next build trusts
    # the live files only while they are still those.
    stamp: SiteStamp | None = None
    # The key of the rows each list page shows (render.list_row_key): the next build keeps a page
    # whose rows' key is the same without making their record views.
    list_row_keys: dict[str, str] | None = None
    # Let the next build keep the datasets whose rows did not change: each table's key and resources
    # (export.export_datasets' `tables_out`).
    exports: dict[str, Any] | None = None


def save_build(state_dir: Path, record: BuildRecord) -> None:
    """Store this build (called only after it was published): seven files, counted by builds.json last."""
    changes, pages, ledger = record.changes, record.pages, record.ledger
    entity_keys, secret_digests, files = record.entity_keys, record.secret_digests, record.files
    live, allowed_digests = record.live, record.allowed_digests
    builds_dir = state_dir / "builds"
    builds_dir.mkdir(parents=True, exist_ok=True)
    stem = builds_dir / changes.build_id
    # Every file is written whole (temporary file, then rename) and builds.json, which makes them
    # count, last: a build killed while saving leaves the previous state as it was.
    _write_parquet(changes.current, Path(f"{stem}.parquet"))
    if entity_keys is not None:
        _write_parquet(entity_keys, Path(f"{stem}.entities.parquet"))
    if secret_digests is not None:
        write_atomic(Path(f"{stem}.secrets.bin"), np.sort(secret_digests).tobytes())
    if files is not None:
        _write_parquet(pd.DataFrame({"path": list(files), "sha256": list(files.values())}), Path(f"{stem}.files.parquet"))
    if allowed_digests is not None:
        write_atomic(Path(f"{stem}.allowed.bin"), np.sort(allowed_digests).tobytes())
    if record.pieces is not None and record.memo_setup is not None:
        _write_parquet(pd.DataFrame({"path": list(record.pieces), "digests": [d.tobytes() for d in record.pieces.values()]}),
                       Path(f"{stem}.pieces.parquet"))
        write_atomic(Path(f"{stem}.memo.bin"), np.sort(record.memo_setup).tobytes())
    if record.list_keys is not None:
        rows = record.list_row_keys or {}
        _write_parquet(pd.DataFrame({"path": list(record.list_keys), "key": list(record.list_keys.values()),
                                     "rows": [rows.get(rel, "") for rel in record.list_keys]}),
                       Path(f"{stem}.lists.parquet"))
    if record.stamp is not None:
        write_atomic(Path(f"{stem}.stamp.bin"), record.stamp.to_bytes())
    if record.exports is not None:
        write_atomic(Path(f"{stem}.exports.json"), json.dumps(record.exports, ensure_ascii=False).encode("utf-8"))
    write_atomic(Path(f"{stem}.pages.json"), json.dumps(sorted(pages)).encode())
    write_atomic(Path(f"{stem}.ledger.jsonl"),
                 "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in ledger).encode("utf-8"))
    kill_point("state-files")
    builds = [b for b in _builds_index(state_dir) if b["build_id"] != changes.build_id]
    builds.append({"build_id": changes.build_id, "as_of": changes.as_of,
                   "saved": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
    write_atomic(state_dir / "builds.json", json.dumps(builds[-KEEP_BUILDS:], indent=1).encode())
    kill_point("state-index")
    if live is not None:
        write_atomic(state_dir / LIVE, json.dumps({**live, "build_id": changes.build_id}, indent=1).encode())
    for old in builds[:-KEEP_BUILDS]:  # only once the new index no longer names them
        for suffix in (".parquet", ".pages.json", ".ledger.jsonl", ".entities.parquet", ".secrets.bin",
                       ".files.parquet", ".allowed.bin", ".pieces.parquet", ".memo.bin", ".lists.parquet",
                       ".stamp.bin", ".exports.json"):
            (builds_dir / f"{old['build_id']}{suffix}").unlink(missing_ok=True)


# --- incremental and no-change rebuilds -------------------------------------------------------

LIVE = "live.json"
# Everything that shapes the output besides the data: the generator, its templates and pages
# (generator.resources.code_files, the same names installed or in a checkout), and the libraries
# that write the formats.
CODE_PACKAGES = ("mkdocs", "mkdocs-material", "jinja2", "markupsafe", "pandas", "pyarrow", "xlsxwriter")


@dataclass
class LastBuild:
    """The newest build in the state folder, as the next build needs it."""

    build_id: str
    entity_keys: pd.DataFrame  # render.ENTITY_KEYS of its entity pages (empty if unknown)
    secret_digests: np.ndarray  # sorted 8-byte digests of the never-public values its gate knew
    live: dict[str, str]  # out_dir, fingerprint and code of the site it published ({} if unknown)
    files: dict[str, str] = field(default_factory=dict)  # SHA-256 of each file outside entity/
    allowed_digests: np.ndarray | None = None  # the public identifiers its gate allowed
    pieces: dict[str, np.ndarray] = field(default_factory=dict)  # the clean pieces its gate recorded (BuildRecord)
    memo_setup: np.ndarray | None = None  # the scan setup they were clean under
    list_keys: dict[str, str] = field(default_factory=dict)  # content key of each list page (BuildRecord)
    stamp: SiteStamp | None = None  # the files of the site it swapped in (None: a state of an older version)
    list_row_keys: dict[str, str] = field(default_factory=dict)  # key of the rows each shows ({}: an older state)
    exports: dict[str, Any] = field(default_factory=dict)  # each dataset's key and resources (BuildRecord)


def load_last_build(state_dir: Path) -> LastBuild | None:
    """The newest stored build, or None when the state folder is empty or from an older version."""
    try:
        return _load_last_build(state_dir)
    except DAMAGED:  # a damaged state is a lost one: the build rewrites everything
        return None


def _load_last_build(state_dir: Path) -> LastBuild | None:
    builds = _builds_index(state_dir)
    if not builds:
        return None
    build_id = builds[-1]["build_id"]
    keys_path = state_dir / "builds" / f"{build_id}.entities.parquet"
    secrets_path = state_dir / "builds" / f"{build_id}.secrets.bin"
    if not keys_path.is_file() or not secrets_path.is_file():
        return None
    live: dict[str, str] = {}
    live_path = state_dir / LIVE
    if live_path.is_file():
        live = dict(json.loads(live_path.read_text(encoding="utf-8")))
        if live.get("build_id") != build_id:
            live = {}
    files: dict[str, str] = {}
    files_path = state_dir / "builds" / f"{build_id}.files.parquet"
    if files_path.is_file():
        table = pd.read_parquet(files_path)
        files = dict(zip(table["path"].tolist(), table["sha256"].tolist()))
    allowed_path = state_dir / "builds" / f"{build_id}.allowed.bin"
    allowed = np.frombuffer(allowed_path.read_bytes(), dtype=np.uint64) if allowed_path.is_file() else None
    pieces: dict[str, np.ndarray] = {}
    memo_setup = None
    pieces_path, memo_path = state_dir / "builds" / f"{build_id}.pieces.parquet", state_dir / "builds" / f"{build_id}.memo.bin"
    if pieces_path.is_file() and memo_path.is_file():
        table = pd.read_parquet(pieces_path)
        pieces = {path: np.frombuffer(blob, dtype="S16") for path, blob in zip(table["path"], table["digests"])}
        memo_setup = np.frombuffer(memo_path.read_bytes(), dtype=np.uint64)
    lists_path = state_dir / "builds" / f"{build_id}.lists.parquet"
    list_keys: dict[str, str] = {}
    list_row_keys: dict[str, str] = {}
    if lists_path.is_file():
        table = pd.read_parquet(lists_path)
        list_keys = dict(zip(table["path"].tolist(), table["key"].tolist()))
        if "rows" in table:
            list_row_keys = {rel: key for rel, key in zip(table["path"].tolist(), table["rows"].tolist()) if key}
    stamp_path = state_dir / "builds" / f"{build_id}.stamp.bin"
    stamp = SiteStamp.from_bytes(stamp_path.read_bytes()) if stamp_path.is_file() else None
    exports_path = state_dir / "builds" / f"{build_id}.exports.json"
    exports = dict(json.loads(exports_path.read_text(encoding="utf-8"))) if exports_path.is_file() else {}
    return LastBuild(build_id, pd.read_parquet(keys_path),
                     np.frombuffer(secrets_path.read_bytes(), dtype=np.uint64), live, files, allowed, pieces, memo_setup,
                     list_keys, stamp, list_row_keys, exports)


def value_digests(values: Iterable[str]) -> np.ndarray:
    """8-byte digests of values (kept in the private state folder, never published)."""
    return np.array([int.from_bytes(hashlib.blake2b(v.encode("utf-8"), digest_size=8).digest(), "little")
                     for v in values], dtype=np.uint64)


def code_fingerprint(rules_file: Path | None) -> str:
    """A digest of everything besides the data that shapes the output: code, templates, pages, settings."""
    digest = hashlib.sha256()
    files = code_files()
    if rules_file is not None:
        project = PACKAGE.parent
        files.append((rules_file.relative_to(project).as_posix() if project in rules_file.parents else rules_file.name,
                      rules_file))
    for name, path in sorted(files):
        digest.update(f"{name}\n".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for package in CODE_PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)}\n".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=-\n".encode())
    return digest.hexdigest()


def input_fingerprint(data_dir: Path, settings_text: str, code: str) -> str:
    """A digest of what the loader reads (`load.list_inputs`: every entry's path and bytes), the options and the code.

    Equal fingerprints mean a rebuild would write the very same site: nothing to do. The listing is
    the loader's own, so a kind folder that is a link, a file linked in, a refused entry (a dangling
    link, a FIFO) and the folder's columns.toml all count exactly as the loader sees them.
    """
    from generator.load import list_inputs

    digest = hashlib.sha256(f"{code}\n{settings_text}\n".encode())
    for entry in list_inputs(data_dir):
        digest.update(f"{entry.role}\t{entry.rel}\n".encode("utf-8", "backslashreplace"))
        if entry.problem is not None:
            digest.update(f"{entry.problem.code}\t{entry.problem.message}\n".encode("utf-8", "backslashreplace"))
        elif entry.path is not None and entry.role != "ignored":
            with entry.path.open("rb") as handle:
                digest.update(f"{os.fstat(handle.fileno()).st_size}\n".encode())
                digest.update(hashlib.file_digest(handle, "sha256").digest())
    return digest.hexdigest()


# --- one history per site (issue 23) ----------------------------------------------------------

SITE_FILE = "site.json"  # which site (--out) this state describes, and the data folder last read
DEFAULT_STATES = Path("build/states")  # one state per site, under the working folder (never public)
LEGACY_STATE = Path("build/state")  # the one shared default of earlier versions


def state_dir_for(out: Path, given: Path | None) -> Path:
    """The state folder of the site at `out` (absolute): `--state` when given, else its own default.

    The one rule for build, due, schedule and the build summary, so they never read different states.
    Without `--state`, the state the site itself names (publish.marker_state) comes first, so the
    site has one history whichever folder the command runs from."""
    if given is not None:
        return given
    named = marker_state(site_paths(out))
    return named if named is not None and _describes(named, out) else default_state_dir(out)


def _describes(state_dir: Path, out: Path) -> bool:
    """Whether `state_dir` is a state folder recording the history of the site at `out`."""
    return state_dir.is_dir() and _recorded_site(state_dir) == str(out)


def default_state_dir(out: Path) -> Path:
    """The state of the site at `out` when `--state` is not given: `build/states/<name>-<hash>`.

    Keyed by the site's absolute path, so two sites built from one working folder never share a
    history. The state of earlier versions (`build/state`) is taken over by the site it
    describes (its live.json names it) the first time that site is built.
    """
    key = hashlib.sha256(str(out).encode()).hexdigest()[:10]
    folder = DEFAULT_STATES / f"{out.name or 'root'}-{key}"
    if not folder.exists() and LEGACY_STATE.is_dir() and _recorded_site(LEGACY_STATE) == str(out):
        folder.parent.mkdir(parents=True, exist_ok=True)
        os.replace(LEGACY_STATE, folder)
    return folder


def _recorded_site(state_dir: Path) -> str | None:
    """The site a state describes: from site.json, or for older states from live.json."""
    for name, key in ((SITE_FILE, "out_dir"), (LIVE, "out_dir")):
        try:
            value = json.loads((state_dir / name).read_text(encoding="utf-8")).get(key)
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(value, str):
            return value
    return None


def clear_history(state_dir: Path) -> None:
    """Forget every build of a state (on staff's explicit request): the next build starts afresh."""
    for name in ("builds.json", LIVE, SITE_FILE):
        (state_dir / name).unlink(missing_ok=True)
    if (state_dir / "builds").is_dir():
        shutil.rmtree(state_dir / "builds")


def check_state_folder(state_dir: Path, data_dir: Path) -> None:
    """Refuse a `--state` folder typed wrong before anything is written (publish.check_own_folder): a
    state holds the record-key secret and kept rows, and is never put among the data or someone's files."""
    # The lock is the first thing a build writes into a state (publish.site_lock): a first build
    # killed early leaves a state with the lock alone.
    check_own_folder(state_dir, "--state", "状态目录", frozenset({".lock", "builds.json", LIVE, SITE_FILE, RECORD_KEY_SECRET}),
                     others=(("数据目录", data_dir, DATA_FOLDERS),))


def refuse_another_state(state_dir: Path, out: Path, site_state: Path | None, new_history: bool) -> None:
    """Refuse a build of the site at `out` given a state other than the one that holds its history.

    `site_state` is the state the site's marker names (publish.marker_state). A build with another
    one (a scheduled job without `--state`, a typo, a default found from another working folder)
    would start a second history: its guard against republishing repaired or withdrawn records,
    its removal ledger and first-publication dates would all be empty, and a record whose repair
    file has since left the data folder would be published again. The recorded state no longer
    existing (lost or moved) is the documented lost-state case; `new_history` is staff's explicit
    choice.
    """
    if site_state is None or new_history or os.path.realpath(state_dir) == os.path.realpath(site_state):
        return
    if not _describes(site_state, out) or not _builds_index(site_state):
        return
    raise FolderRefused(f"站点 {out} 的发布历史（停止公示台账、已停止公示的记录、首次公示日期）保存在状态目录 {site_state}，"
                        f"本次使用的状态目录 {state_dir} 不是它（用它发布会把已因信用修复或撤销停止公示的记录重新公示）："
                        f"请加 --state {site_state} 重新构建；确需为该站点从头开始新的历史时加 --new-history。")


def bind_state(state_dir: Path, out: Path, data_dir: Path, live_build: str | None, new_history: bool) -> None:
    """Make sure `state_dir` is the history of the site at `out`, and record it there.

    A state that describes another site is refused (or, with `new_history`, emptied): its
    ledger and dates must never be published as this site's. The one exception is a site that
    was moved: the old path is gone and the site at `out` shows the state's last build.
    """
    recorded = _recorded_site(state_dir)
    builds = _builds_index(state_dir)
    if recorded is not None and recorded != str(out) and builds:
        moved = not os.path.lexists(recorded) and live_build is not None and builds[-1]["build_id"] == live_build
        if new_history:
            clear_history(state_dir)
        elif not moved:
            raise FolderRefused(f"状态目录 {state_dir} 记录的是站点 {recorded} 的发布历史，不能用于站点 {out}（否则会把另一个站点的"
                                f"停止公示台账和更新说明发布到这里）：请去掉 --state 使用该站点自己的状态目录，或为它指定另一个状态目录；"
                                f"确需在此开始新的历史时加 --new-history（会清空 {state_dir} 中的记录）。")
    elif new_history:
        clear_history(state_dir)
    site = {"out_dir": str(out), "data_dir": str(Path(os.path.abspath(data_dir)))}
    try:
        same = json.loads((state_dir / SITE_FILE).read_text(encoding="utf-8")) == site
    except (OSError, ValueError):
        same = False
    if not same:
        state_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(state_dir / SITE_FILE, json.dumps(site, ensure_ascii=False, indent=1).encode("utf-8"))


RECORD_KEY_SECRET = "record-key.secret"  # keys the stand-in of a withheld record key (deidentify.withheld_key_tag)


def existing_record_key_secret(state_dir: Path) -> bytes | None:
    """The state's secret for withheld record keys if it has one (`record_key_secret`), else None;
    never makes one (for `check --data`, which reads a site's state and writes none)."""
    try:
        secret = (state_dir / RECORD_KEY_SECRET).read_bytes()
    except OSError:
        return None
    return secret if len(secret) >= 32 else None


def record_key_secret(state_dir: Path) -> bytes:
    """The state's secret for the stand-ins of record keys withheld as personal data, made on first use.

    Kept in the state folder (never in the site or the repository; readable by its owner only) and
    not cleared with the history: the stand-in, hence the record's 记录标识, stays the same from
    build to build. A lost state folder gets a new one: the next build then starts a new history
    anyway, so no false removal is recorded."""
    path = state_dir / RECORD_KEY_SECRET
    try:
        secret = path.read_bytes()
        if len(secret) >= 32:
            return secret
    except OSError:
        pass
    state_dir.mkdir(parents=True, exist_ok=True)
    secret = os.urandom(32)
    write_atomic(path, secret, private=True)
    return secret


# --- records removed as repaired or withdrawn: the guard against publishing them again -----------

# Reasons a record left the site that only a new decision can undo (not the passing of time).
_REVOKED = ("repaired", "withdrawn")
_REVOKED_FILE = "revoked.json"


def revoked_in(decided: Decided) -> dict[str, str]:
    """Record ids this build withholds as repaired or withdrawn (published or not before)."""
    revoked: dict[str, str] = {}
    for frame in decided.frames.values():
        if STATUS in frame and RECORD_ID in frame:
            hit = frame[STATUS].isin(_REVOKED)
            revoked.update(zip(frame.loc[hit, RECORD_ID].tolist(), frame.loc[hit, STATUS].tolist()))
    return revoked


def save_revoked(state_dir: Path, revoked: dict[str, str], out: Path | None = None) -> None:
    """Keep, for the next build's guard, every record id withheld so far as repaired or withdrawn.

    With `out`, a copy goes beside the site too (its versions folder, outside what is published):
    a record withheld as repaired from its first build is in no public ledger, so without the copy a
    lost state would let it be published again once its repair file left the data folder. The ids
    are those of the public record keys, or keyed stand-ins of withheld ones (those a lost state
    cannot match: its secret is new)."""
    kept = {**_saved_revoked(state_dir), **revoked}
    write_atomic(state_dir / _REVOKED_FILE, json.dumps(kept).encode("utf-8"))
    if out is not None and kept:  # most sites have none: nothing beside them then
        beside = site_paths(out).builds
        if beside.is_dir():
            write_atomic(beside / _REVOKED_FILE, json.dumps({**_saved_revoked(beside), **kept}).encode("utf-8"))


def _saved_revoked(state_dir: Path) -> dict[str, str]:
    try:
        saved = json.loads((state_dir / _REVOKED_FILE).read_text(encoding="utf-8"))
        return saved if isinstance(saved, dict) else {}
    except (OSError, ValueError):
        return {}


def revoked_ids(ledger: list[dict[str, str]], state_dir: Path, out: Path) -> dict[str, str]:
    """Record ids once withheld or removed as repaired or withdrawn: the state's record and ledger,
    their copy beside the site and the live site's public ledger (both survive a lost state)."""
    revoked = {**_saved_revoked(site_paths(out).builds), **_saved_revoked(state_dir)}
    revoked.update({e["hash"]: e["reason"] for e in ledger if e.get("reason") in _REVOKED})
    live = out / "data" / "removals.jsonl"
    try:
        with live.open(encoding="utf-8") as lines:
            for line in lines:
                if '"repaired"' in line or '"withdrawn"' in line:
                    entry = json.loads(line)
                    if entry.get("reason") in _REVOKED:
                        revoked.setdefault(entry["hash"], entry["reason"])
    except (OSError, ValueError):
        pass
    return revoked
