"""The scrubber's results, kept from build to build in the state folder (issue 19, part C).

Entry point: `ScrubCache`, handed to `deidentify.deidentify_records`, which asks it for
`scrub_text(text, prose=…, keep=…)` of every distinct text of every column (`ScrubCache.scrub`);
the build then calls `save()`.

- Within a build the results are one memo shared by every column and kind: authorities, legal
  bases and stock phrases repeat across kinds, and are scrubbed once.
- Across builds they are kept in `<state>/scrub/cache.bin`, so an update that changes 1% of the
  texts scrubs 1% of them. The file holds, for each distinct text of the last build, a keyed digest
  of the text (BLAKE2b keyed with a secret derived from the state's own `record-key.secret`, never a
  plain hash: a text holding a phone number could otherwise be found by trying every number) and its
  result only where the result differs from the text (a text left as it was is its digest alone).
  The results are what `scrub_text` returned, before the names of the people of the whole input and a
  row's own values are masked (`NameMasker` and the row's own step run on every build, uncached): they
  can still hold such a name, like the state's partitions hold the input, so the folder and file are
  readable by their owner only and are never published.
- The file is used only by a build of the same code (`state.code_fingerprint`: code, templates,
  rules), the same public numbers left in texts (`keep`: the settings' contact phone), the same
  Python and the same versions of the libraries the scrubber reads, and the same year. The detector
  compares the birth dates it reads with today's date (`detect._birth_ok`, `detect._recent_date`): a
  result of an earlier day of the year is used only for a text none of whose digits spell a day after
  that one up to today (`_spells_one_of`); the others are scrubbed again.
- It is written whole (a temporary file, then renamed) with a keyed checksum: a killed build leaves
  the old file or none, and a damaged, truncated or foreign file is not read (the texts are scrubbed
  again). It is pruned to this build's texts. `--full` does not read it (and writes a new one).

The same folder keeps, for the data stages of an update (issue 19, part D; `CREDITSITE_STAGE_REUSE=off`
turns this part off):

- `rows-<kind>.bin`: each kind's de-identified rows with a keyed 64-bit hash of each row's input
  cells (`known_rows`, `keep_rows`), under the same context, day rules, checksum and whole writing;
- `people.bin`: keyed digests of the people, words and businesses the build's `NameMasker` masked
  (`start_rows`): a row is reused only when nobody of the last build is gone and no person added is
  named in it, so the masking of the whole input holds for rows taken from the last build;
- in `cache.bin`, under keyed digests, the operators read from 个体工商户 names (`get`, `put`).

`CREDITSITE_SCRUB_CACHE=off` turns both off (every column scrubs its own distinct texts, as before
this cache); `=memo` keeps the memo of one build and neither reads nor writes the file (the benchmark
measures the three against each other). Deleting `<state>/scrub/` is always safe.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.ipc as ipc

from generator.contract import FILE as FILE_COLUMN
from generator.contract import ROW as ROW_COLUMN

FOLDER = "scrub"
FILE = "cache.bin"
FORMAT = 1  # bump when the layout of the file changes
ENVIRONMENT = "CREDITSITE_SCRUB_CACHE"  # "off": no memo, no file; "memo": the memo of one build only
REUSE_ENVIRONMENT = "CREDITSITE_STAGE_REUSE"  # "off": the data stages' reuse of part D is off (`stage_reuse`)
_MAGIC = b"CSSCRUB1"
_ROWS_MAGIC = b"CSROWS01"  # a kind's de-identified rows (`ScrubCache.known_rows`)
ROWS = "rows-{kind}.bin"
PEOPLE = "people.bin"  # keyed digests of what the last build's `NameMasker` masked, and the build's token
_PEOPLE_MAGIC = b"CSPEOPL1"
_HASH = "_hash"  # the column of a stored row's keyed hash
_DIGEST = 16  # bytes of a text's keyed digest
_CHECK = 32  # bytes of the file's keyed checksum
_MAX_DAYS = 62  # a file older than this (or of another year) is not read: the days to look for stay few
# Libraries whose behaviour the scrubber's result depends on (besides the code fingerprint's own list).
_LIBRARIES = ("rjieba", "hanziconv", "pyahocorasick", "numpy", "python-stdnum", "cn2an", "pandas", "pyarrow")


def stage_reuse(environ: dict[str, str] | None = None) -> bool:
    """Whether the data stages reuse what they computed for the same inputs (issue 19, part D: the
    businesses' names here, the rows of unchanged files, the rules of unchanged kinds); False with
    `CREDITSITE_STAGE_REUSE=off`, the code path before, which the benchmark measures against."""
    value = (environ if environ is not None else os.environ).get(REUSE_ENVIRONMENT, "").strip().lower()
    return value != "off"


def mode(environ: dict[str, str] | None = None) -> str:
    """"on" (default), "memo" or "off", from `CREDITSITE_SCRUB_CACHE`."""
    value = (environ if environ is not None else os.environ).get(ENVIRONMENT, "").strip().lower()
    return value if value in ("off", "memo") else "on"


class ScrubCache:
    """`scrub_text` results of one build, read from and saved to the state folder (module docstring).

    `folder=None` (validate, check, or `CREDITSITE_SCRUB_CACHE=memo`): the memo of this build only."""

    def __init__(self, folder: Path | None = None, code: str = "", secret: bytes = b"", refresh: bool = False,
                 today: dt.date | None = None) -> None:
        self.folder = folder if mode() == "on" else None
        self.code = code
        self.key = hmac.new(secret, b"creditsite scrub cache", hashlib.sha256).digest()[:32] if secret else b""
        self.refresh = refresh
        self.today = today or dt.date.today()
        # This build's results by the text's digest (`_digest`), None where the text was left as it was: the
        # build's own (`folder`) are its `used` entries, this memo is for a cache without a file. (Keyed by the
        # text itself it held every distinct text of the build as a Python string to the end of de-identification:
        # 80 MB at 10^5 entities.)
        self.memo = _Entries()
        self.kept = _Kept()  # the file's entries, a sorted index of digests (None: the text was left as it was)
        self.since: dt.date | None = None  # the day the file's results were made on, if not today
        self.used = _Entries()  # this build's entries, for `save`
        self.context = ""
        self.hits = self.misses = 0
        self.started = False
        # The rows kept from the last build (`known_rows`): usable when its people are all still this
        # build's; `added` finds the people this build adds (None: none added); `token` ties the rows
        # files to the people file of the same build.
        self.rows_usable = False
        self.added: Any = None
        self.token = os.urandom(16).hex()
        self.people: bytes = b""  # this build's people file, written by `save`
        self.rows_reused = 0
        self.previous_token = ""
        self.read_whole = False  # `cache.bin` was read and sound: the rows files of its build may be too

    def start(self, keep: frozenset[str]) -> None:
        """Bind the public numbers of this build (`keep`) and read the file made with the same ones."""
        self.context = _context(self.code, keep)
        self.memo = _Entries()
        self.kept, self.since = _Kept(), None
        if self.folder is not None and self.key and not self.refresh:
            self.kept, self.since = self._read()
        self.started = True

    def scrub(self, texts: list[str], prose: bool, keep: frozenset[str]) -> list[str]:
        """`scrub_text(text, prose=prose, keep=keep)` of each text, from the memo or the file where known."""
        from generator.deidentify import scrub_text

        if not self.started:
            self.start(keep)
        kept = self.kept
        remember = self.folder is not None and bool(self.key)
        memo = self.used if remember else self.memo  # (a result kept once: `used` is what `save` writes)
        out: list[str] = []
        for text in texts:
            if not text:
                out.append(text)
                continue
            digest = self._digest(text, prose)
            known = memo.find(digest)
            if known >= 0:
                found = memo.result(known)
                out.append(text if found is None else found)
                continue
            at = kept.find(digest) if remember else -1
            if at >= 0 and (self.since is None or not _spells_one_of(text, self.since, self.today)):
                stored = kept.value(at)
                result = text if stored is None else stored
                self.hits += 1
            else:
                result = scrub_text(text, prose=prose, keep=keep)
                self.misses += 1
            memo.add(digest, None if result == text else result, lookup=True)
            out.append(result)
        return out

    def result(self, parts: tuple[object, ...], text: str, compute: Callable[[], str]) -> str:
        """`compute()`, a pure function of `parts` (strings, tuples of strings, flags) and this build's
        `keep`, that changes `text` only by masking: from the file where it holds it (a row's own step,
        keyed by its text, names and values: `deidentify._scrub_column`). Not remembered within the build
        (a row's own values rarely repeat)."""
        if self.folder is None or not self.key:
            return compute()
        digest = hashlib.blake2b(json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                                 key=self.key, digest_size=_DIGEST).digest()
        at = self.kept.find(digest)
        if at >= 0 and (self.since is None or not _spells_one_of(text, self.since, self.today)):
            stored = self.kept.value(at)
            found = text if stored is None else stored
            self.hits += 1
        else:
            found = compute()
            self.misses += 1
        self.used.add(digest, None if found == text else found)
        return found

    def get(self, parts: tuple[object, ...]) -> str | None:
        """What `put` kept under `parts` (strings: a pure function's arguments, of no date) in the file,
        or None. Keyed like `result`: the arguments are never kept, only their keyed digest."""
        if self.folder is None or not self.key:
            return None
        digest = self._parts_digest(parts)
        at = self.kept.find(digest)
        stored = self.kept.value(at) if at >= 0 else None
        if stored is not None:
            self.used.add(digest, stored)
            self.hits += 1
        else:
            self.misses += 1
        return stored

    def put(self, parts: tuple[object, ...], value: str) -> None:
        """Keep `value` (never a private value in plain: `deidentify._BusinessNames` keeps positions) under
        a keyed digest of `parts`, for `get` in this build and the next."""
        if self.folder is not None and self.key:
            self.used.add(self._parts_digest(parts), value)

    def _parts_digest(self, parts: tuple[object, ...]) -> bytes:
        return hashlib.blake2b(json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                               key=self.key, digest_size=_DIGEST).digest()

    # -- a kind's de-identified rows, kept from build to build (issue 19, part D) ---------------------

    def keeps_rows(self) -> bool:
        """Whether this cache reads and writes de-identified rows (a build's cache, `CREDITSITE_STAGE_REUSE`
        not off)."""
        return self.folder is not None and bool(self.key) and stage_reuse()

    def start_rows(self, entries: list[str]) -> None:
        """Bind the people this build's `NameMasker` masks (`NameMasker.entries`: names, words, businesses)
        and compare them with the last build's (kept as keyed digests, never as names).

        A row kept from the last build is reused only if no person it masked is gone (then no row is) and
        no person this build adds is named in its cells (`known_rows`): otherwise the row's texts could be
        masked differently now (a person added in a changed file is masked in every file's texts)."""
        if not self.keeps_rows():
            return
        digests = [hashlib.blake2b(e.encode("utf-8", "surrogatepass"), key=self.key, digest_size=_DIGEST,
                                   person=b"people").digest() for e in entries]
        self.people = b"".join(digests)
        # (Only beside a sound `cache.bin`: a scrub folder damaged in part is not trusted in part.)
        previous = None if self.refresh or not self.read_whole else self._read_people()
        if previous is None:
            return
        before, token = previous
        now = set(digests)
        if not before <= now:
            return  # someone is gone: a row that masked them would be masked differently now
        added = [json.loads(e)[1] for e, d in zip(entries, digests) if d not in before]
        added = [a for a in added if len(a) >= 2]
        if added:
            import ahocorasick

            self.added = ahocorasick.Automaton()
            for name in set(added):
                self.added.add_word(name, name)
            self.added.make_automaton()
        self.rows_usable, self.previous_token = True, token

    def _read_people(self) -> tuple[set[bytes], str] | None:
        assert self.folder is not None
        try:
            data = (self.folder / PEOPLE).read_bytes()
        except OSError:
            return None
        body = data[len(_PEOPLE_MAGIC):-_CHECK]
        if (len(data) < len(_PEOPLE_MAGIC) + _CHECK + 32 or not data.startswith(_PEOPLE_MAGIC)
                or not hmac.compare_digest(hmac.new(self.key, body, hashlib.sha256).digest(), data[-_CHECK:])):
            return None
        token, digests = body[:32].decode("ascii", "replace"), body[32:]
        if len(digests) % _DIGEST:
            return None
        return {digests[i:i + _DIGEST] for i in range(0, len(digests), _DIGEST)}, token

    def row_hashes(self, frame: pd.DataFrame) -> np.ndarray:
        """A keyed 64-bit hash (SipHash, pandas' `hash_pandas_object`) of each row's cells, its file and row
        number left out (a row moved within its file, or to another file, is the same row)."""
        hash_key = hashlib.blake2b(self.key, digest_size=8, person=b"rows").hexdigest()  # 16 characters
        return _row_hashes(frame, _hashed_columns(frame), hash_key)

    def known_rows(self, kind: str, frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, pd.DataFrame] | None:
        """The rows of `frame` (a kind's accepted rows) whose de-identified row the last build kept: the
        hashes of every row, the positions of the rows found, and their de-identified rows (indexed by
        those positions). None when there is no file for the kind, or it is damaged, foreign, of another
        build than the people file, context, columns or year, or too old, or a person of the last build
        is gone (`start_rows`). A row naming a person this build adds is not found, nor a row kept on an
        earlier day whose cells' digits may spell a day since (`_spells_one_of`)."""
        if not self.keeps_rows() or not self.rows_usable or frame.empty:
            return None
        assert self.folder is not None
        hashes = self.row_hashes(frame)
        table = self._read_rows(kind, frame)
        if table is None:
            return None
        day = dt.date.fromisoformat((table.schema.metadata or {})[b"day"].decode())
        stored = table.column(_HASH).to_numpy()
        order = np.argsort(stored, kind="stable")
        ranked = stored[order]
        at = np.minimum(np.searchsorted(ranked, hashes), max(len(ranked) - 1, 0))
        found = (ranked[at] == hashes) if len(ranked) else np.zeros(len(hashes), dtype=bool)
        if day != self.today:  # results of an earlier day: not for a row that may spell a day since
            found &= ~_rows_spelling_days(frame, day, self.today)
        positions = np.flatnonzero(found)
        rows = table.drop_columns([_HASH]).take(pa.array(order[at[positions]])).to_pandas()
        rows.index = pd.Index(positions)
        if self.added is not None and len(positions):  # a person this build adds, named in a row's cells
            named = _rows_naming(frame.iloc[positions], self.added) | _rows_naming(rows, self.added)
            positions, rows = positions[~named], rows.iloc[~named]
        self.rows_reused += len(positions)
        return hashes, positions, rows

    def keep_rows(self, kind: str, frame: pd.DataFrame, out: pd.DataFrame, hashes: np.ndarray,
                  left_out: Iterable[int] = ()) -> None:
        """Write a kind's de-identified rows `out` (in the order of `frame`, its input, whose rows' hashes
        are `hashes`), but those at the positions `left_out`, whole and owner-only, for the next build."""
        if not self.keeps_rows():
            return
        assert self.folder is not None
        keep = np.ones(len(out), dtype=bool)
        keep[list(left_out)] = False
        table = pa.Table.from_pandas(out.iloc[keep] if not keep.all() else out, preserve_index=False)
        table = table.append_column(_HASH, pa.array(hashes[keep], pa.uint64()))
        table = table.replace_schema_metadata({
            "format": str(FORMAT), "context": self.context, "day": self.today.isoformat(), "token": self.token,
            "columns": json.dumps([_hashed_columns(frame), list(out.columns)], ensure_ascii=False)})
        sink = pa.BufferOutputStream()
        with ipc.new_stream(sink, table.schema, options=ipc.IpcWriteOptions(compression="zstd")) as writer:
            writer.write_table(table)
        payload = memoryview(sink.getvalue())  # (written as it is: no copy of the rows' compressed bytes)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            os.chmod(self.folder, 0o700)
            from generator.state import write_atomic

            write_atomic(self.folder / ROWS.format(kind=kind),
                         [_ROWS_MAGIC, payload, hmac.new(self.key, payload, hashlib.sha256).digest()], private=True)
        except OSError:
            pass

    def _read_rows(self, kind: str, frame: pd.DataFrame) -> pa.Table | None:
        assert self.folder is not None
        try:
            data = (self.folder / ROWS.format(kind=kind)).read_bytes()
        except OSError:
            return None
        body = memoryview(data)[len(_ROWS_MAGIC):-_CHECK]  # (read where it is: no copy of the file)
        if (len(data) < len(_ROWS_MAGIC) + _CHECK or not data.startswith(_ROWS_MAGIC)
                or not hmac.compare_digest(hmac.new(self.key, body, hashlib.sha256).digest(), data[-_CHECK:])):
            return None
        try:
            table = ipc.open_stream(pa.BufferReader(pa.py_buffer(body))).read_all()
            meta = table.schema.metadata or {}
            day = dt.date.fromisoformat(meta[b"day"].decode())
            columns = json.loads(meta[b"columns"].decode())
            if (meta.get(b"context", b"").decode() != self.context
                    or meta.get(b"token", b"").decode() != self.previous_token
                    or columns[0] != _hashed_columns(frame) or table.schema.field(_HASH).type != pa.uint64()):
                return None
        except (pa.ArrowException, KeyError, ValueError, UnicodeDecodeError, IndexError, TypeError):
            return None
        if day > self.today or day.year != self.today.year or (self.today - day).days > _MAX_DAYS:
            return None
        return table

    def save(self) -> None:
        """Write this build's entries (pruned to its texts) whole, owner-only; nothing when they are the
        file's already. A failure to write is no failure of the build: the next one scrubs again."""
        if self.folder is None or not self.key or not self.started:
            return
        if self.keeps_rows() and self.people:
            body = self.token.encode("ascii") + self.people
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                os.chmod(self.folder, 0o700)
                from generator.state import write_atomic

                write_atomic(self.folder / PEOPLE, _PEOPLE_MAGIC + body + hmac.new(self.key, body, hashlib.sha256).digest(),
                             private=True)
            except OSError:
                pass
        # The texts of the rows taken whole were not asked for: their entries stay, for a later build that
        # computes those rows again (a person gone). Pruned when a build reuses no row.
        carried = self.kept if self.rows_reused else _Kept()
        # Every entry asked for came from the file (no miss) and the file is kept whole or all of it was asked
        # for: the file is this build's already.
        digests, results = self.used.distinct()
        if not self.misses and self.since is None and not self.refresh and (carried or len(digests) == len(self.kept)):
            self.used = _Entries()
            _remove_strays(self.folder)
            return  # every text was found in the file and none of it is left unused: it is this build's already
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            os.chmod(self.folder, 0o700)
            payload = _payload(digests, results, self.context, self.today, carried)
            check = hmac.new(self.key, payload, hashlib.sha256).digest()
            from generator.state import write_atomic  # (state imports deidentify, which imports this module)

            write_atomic(self.folder / FILE, [_MAGIC, payload, check], private=True)
            _remove_strays(self.folder)
        except OSError:
            pass
        finally:
            self.used = _Entries()

    def _digest(self, text: str, prose: bool) -> bytes:
        return hashlib.blake2b(("1" if prose else "0").encode() + text.encode("utf-8", "surrogatepass"),
                               key=self.key, digest_size=_DIGEST).digest()

    def _read(self) -> tuple[_Kept, dt.date | None]:
        """The file's entries and the day they were made on (None: today), or nothing when the file is
        missing, damaged, of another context or too old."""
        assert self.folder is not None
        try:
            data = (self.folder / FILE).read_bytes()
        except OSError:
            return _Kept(), None
        body = memoryview(data)[len(_MAGIC):-_CHECK]
        if (len(data) < len(_MAGIC) + _CHECK or not data.startswith(_MAGIC)
                or not hmac.compare_digest(hmac.new(self.key, body, hashlib.sha256).digest(), data[-_CHECK:])):
            return _Kept(), None
        try:
            table = ipc.open_stream(pa.BufferReader(pa.py_buffer(body))).read_all()
            meta = table.schema.metadata or {}
            day = dt.date.fromisoformat(meta[b"day"].decode())
            if meta.get(b"context", b"").decode() != self.context:
                return _Kept(), None
            kept = _Kept.of(table.column("digest"), table.column("result"))
        except (pa.ArrowException, KeyError, ValueError, UnicodeDecodeError):
            return _Kept(), None
        if day > self.today or day.year != self.today.year or (self.today - day).days > _MAX_DAYS:
            return _Kept(), None
        self.read_whole = True
        return kept, None if day == self.today else day


class _Entries:
    """A build's results by their keyed digest (16 bytes), None where a text was left as it was, in the order
    they were added: the digests in one byte string, the results in Arrow arrays of `_CHUNK` entries, and for
    the entries `add`ed with `lookup` (the distinct texts: `ScrubCache.scrub` looks each up before it scrubs) a
    sorted index. A dict of them held two Python objects an entry (the digest and the result) to the end of
    de-identification, made between the rows' own short-lived objects: 22 MB at 3x10^4 entities, and the
    arenas they kept from being given back."""

    _CHUNK = 4_096
    _RECENT = 16_384  # looked-up entries kept in a dict until they are merged into the sorted index

    def __init__(self) -> None:
        self._digests = bytearray()
        self._chunks: list[pa.Array | list[str | None]] = []  # the results of each `_CHUNK` entries
        self._pending: list[str | None] = []  # the results of the entries after the last whole chunk
        self._index = np.empty(0, dtype=f"S{_DIGEST}")  # the looked-up entries' digests, sorted
        self._index_at = np.empty(0, dtype=np.int64)  # and each one's entry
        self._recent: dict[bytes, int] = {}

    def __len__(self) -> int:
        return len(self._digests) // _DIGEST

    def add(self, digest: bytes, result: str | None, lookup: bool = False) -> None:
        """Add an entry (found by `find` if `lookup`)."""
        at = len(self)
        self._digests += digest
        self._pending.append(result)
        if len(self._pending) == self._CHUNK:
            self._chunks.append(_as_arrow(self._pending))
            self._pending = []
        if lookup:
            self._recent[digest] = at
            if len(self._recent) >= self._RECENT:
                self._merge()

    def _merge(self) -> None:
        digests = np.array(list(self._recent), dtype=f"S{_DIGEST}")
        entries = np.fromiter(self._recent.values(), dtype=np.int64, count=len(self._recent))
        order = np.argsort(digests, kind="stable")
        where = np.searchsorted(self._index, digests[order])
        self._index = np.insert(self._index, where, digests[order])
        self._index_at = np.insert(self._index_at, where, entries[order])
        self._recent = {}

    def find(self, digest: bytes) -> int:
        """The entry of a looked-up digest, or -1."""
        at = self._recent.get(digest)
        if at is not None:
            return at
        if not len(self._index):
            return -1
        i = int(np.searchsorted(self._index, np.bytes_(digest)))
        # (compared as bytes: numpy drops the trailing zero bytes of an element it hands out)
        return int(self._index_at[i]) if i < len(self._index) and self._index[i:i + 1].tobytes() == digest else -1

    def result(self, at: int) -> str | None:
        """The result of entry `at`."""
        chunk, i = divmod(at, self._CHUNK)
        if chunk == len(self._chunks):
            return self._pending[i]
        results = self._chunks[chunk]
        value = results[i].as_py() if isinstance(results, pa.Array) else results[i]
        return None if value is None else str(value)

    def distinct(self) -> tuple[np.ndarray, pa.Array]:
        """Each digest once (its first entry), in the order added, and its result (null: the text as it was)."""
        digests = np.frombuffer(bytes(self._digests), dtype=f"S{_DIGEST}") if len(self) else \
            np.empty(0, dtype=f"S{_DIGEST}")
        first = np.sort(np.unique(digests, return_index=True)[1]) if len(digests) else np.empty(0, dtype=np.int64)
        parts = [c if isinstance(c, pa.Array) else pa.array(c, pa.large_string()) for c in self._chunks]
        results = pa.concat_arrays([*parts, pa.array(self._pending, pa.large_string())])
        return digests[first], results.take(pa.array(first))


def _as_arrow(results: list[str | None]) -> pa.Array | list[str | None]:
    """Results as one Arrow array, or the list where Arrow cannot encode one (a lone surrogate)."""
    try:
        return pa.array(results, pa.large_string())
    except (pa.ArrowException, UnicodeError):
        return list(results)


_HASH_ROWS = 65_536  # rows of one column hashed at a time (`_row_hashes`)


def _row_hashes(frame: pd.DataFrame, columns: list[str], hash_key: str, slice_rows: int = _HASH_ROWS) -> np.ndarray:
    """`pd.util.hash_pandas_object(frame[columns], index=False, hash_key=hash_key)`, the hashes every rows file
    holds, computed a column and `slice_rows` rows at a time: each value's hash is its own (SipHash of its
    bytes), and the columns' hashes are combined as pandas' `combine_hash_arrays` does. Made for the whole frame
    at once, a text column of every row was a Python string per cell together with the frame's other columns'
    hashes (+28 MB for the penalties at 3x10^4 entities); a slice of one column is what is made now."""
    if not columns:
        return pd.util.hash_pandas_object(frame[columns], index=False, hash_key=hash_key).to_numpy(dtype=np.uint64)
    hashes = np.full(len(frame), 0x345678, dtype=np.uint64)
    mult = np.uint64(1000003)
    for i, column in enumerate(columns):
        values = frame[column]
        for start in range(0, len(frame), slice_rows):
            part = values.iloc[start:start + slice_rows]
            hashes[start:start + slice_rows] ^= pd.util.hash_pandas_object(part, index=False,
                                                                            hash_key=hash_key).to_numpy(dtype=np.uint64)
        hashes *= mult
        mult += np.uint64(82520 + 2 * (len(columns) - i))
    return hashes + np.uint64(97531)


def _hashed_columns(frame: pd.DataFrame) -> list[str]:
    return [str(c) for c in frame.columns if c not in (FILE_COLUMN, ROW_COLUMN)]


def _rows_naming(frame: pd.DataFrame, automaton: Any) -> np.ndarray:
    """Rows one of whose text cells holds one of the automaton's names, read as `NameMasker` reads."""
    from generator.person_names import reading_table

    table = reading_table()
    hit = np.zeros(len(frame), dtype=bool)
    for column in frame.columns:
        values = frame[column]
        if values.dtype.kind in "biuf":
            continue
        codes, uniques = pd.factorize(values.astype(str), use_na_sentinel=False)
        named = np.array([next(automaton.iter(v.translate(table)), None) is not None for v in uniques.tolist()],
                         dtype=bool)
        if named.any():
            hit |= named[codes]
    return hit


def _rows_spelling_days(frame: pd.DataFrame, since: dt.date, today: dt.date) -> np.ndarray:
    """Rows one of whose text cells may spell a day after `since` up to today (`_spells_one_of`)."""
    hit = np.zeros(len(frame), dtype=bool)
    for column in _hashed_columns(frame):
        values = frame[column]
        if values.dtype.kind in "biuf":
            continue
        codes, uniques = pd.factorize(values.astype(str), use_na_sentinel=False)
        spelled = np.array([_spells_one_of(v, since, today) for v in uniques.tolist()], dtype=bool)
        if spelled.any():
            hit |= spelled[codes]
    return hit


def _remove_strays(folder: Path) -> None:
    """Remove the unfinished writes of killed builds (never read: only `FILE` and the rows files are)."""
    for stray in folder.glob(".*.tmp"):
        try:
            stray.unlink()
        except OSError:
            pass


class _Kept:
    """The file's entries as a sorted index: the digests in one numpy array (`S16`, sorted) and the results
    in an Arrow array of the same order. A dict of them held about 170 bytes an entry (two Python objects
    and a slot): 33 MB at 3x10^4 entities, a gigabyte at 10^6; this holds the file's own bytes."""

    def __init__(self, digests: np.ndarray | None = None, results: pa.Array | None = None) -> None:
        self.digests = digests if digests is not None else np.empty(0, dtype=f"S{_DIGEST}")
        self.results = results if results is not None else pa.array([], pa.large_string())

    @classmethod
    def of(cls, digests: pa.ChunkedArray, results: pa.ChunkedArray) -> _Kept:
        flat = digests.combine_chunks() if isinstance(digests, pa.ChunkedArray) else digests
        raw = np.frombuffer(flat.buffers()[1], dtype=f"S{_DIGEST}", count=len(flat), offset=flat.offset * _DIGEST) \
            if len(flat) else np.empty(0, dtype=f"S{_DIGEST}")
        order = np.argsort(raw, kind="stable")
        values = results.combine_chunks() if isinstance(results, pa.ChunkedArray) else results
        return cls(raw[order], values.take(pa.array(order)))

    def __len__(self) -> int:
        return len(self.digests)

    def __bool__(self) -> bool:
        return len(self.digests) > 0

    def find(self, digest: bytes) -> int:
        """The entry's position, or -1."""
        if not len(self.digests):
            return -1
        at = int(np.searchsorted(self.digests, np.bytes_(digest)))
        # (compared as bytes: numpy drops the trailing zero bytes of an element it hands out)
        return at if at < len(self.digests) and self.digests[at:at + 1].tobytes() == digest else -1

    def value(self, at: int) -> str | None:
        value = self.results[at].as_py()
        return None if value is None else str(value)

    def without(self, taken: np.ndarray) -> tuple[np.ndarray, pa.Array]:
        """The digests and results of the entries whose digest is not one of `taken` ("S16")."""
        if not len(self.digests):
            return self.digests, self.results
        keep = ~np.isin(self.digests, taken)
        return self.digests[keep], self.results.filter(pa.array(keep))


def _payload(taken: np.ndarray, results: pa.Array, context: str, today: dt.date, carried: _Kept | None = None
             ) -> memoryview:
    digests = pa.FixedSizeBinaryArray.from_buffers(pa.binary(_DIGEST), len(taken), [None, pa.py_buffer(taken.tobytes())])
    if carried:
        more, values = carried.without(taken)
        digests = pa.concat_arrays([digests, pa.FixedSizeBinaryArray.from_buffers(
            pa.binary(_DIGEST), len(more), [None, pa.py_buffer(more.tobytes())])])
        results = pa.concat_arrays([results, values])
    table = pa.table({"digest": digests, "result": results})
    table = table.replace_schema_metadata({"format": str(FORMAT), "context": context, "day": today.isoformat()})
    sink = pa.BufferOutputStream()
    with ipc.new_stream(sink, table.schema, options=ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(table)
    return memoryview(sink.getvalue())


def _context(code: str, keep: Iterable[str]) -> str:
    """What a result depends on besides its text and the day: the code, the public numbers, Python
    (its Unicode tables normalise the text) and the libraries."""
    versions = []
    for name in _LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    return hashlib.sha256(json.dumps([FORMAT, code, sorted(keep), sys.version, unicodedata.unidata_version,
                                      versions]).encode()).hexdigest()


# -- results of an earlier day ----------------------------------------------------------------


def _spells_one_of(text: str, since: dt.date, today: dt.date) -> bool:
    """Whether the text's digits may spell one of the days after `since` up to today (YYYYMMDD), the
    only dates whose comparison with today's date (a birth date "not in the future", a number "dated
    in the last 16 years") can have changed since then within the year.

    Generous on purpose: every character the detector may read as a digit (Chinese numerals, full-width
    and other scripts' digits, O/l/I, escaped digits) counts as one and every other character is
    skipped, so the digits of a number the detector reads, with its separators, are consecutive here."""
    days = [(since + dt.timedelta(days=n)).strftime("%Y%m%d") for n in range(1, (today - since).days + 1)]
    if not days:
        return False
    pattern, table = _digit_reading()
    views = [text]
    if "&" in text or "%" in text or "\\" in text or "_x" in text:
        from generator.detect import normalise

        views.append(normalise(text).text)  # character references, URL and JSON escapes read as digits
    for view in views:
        digits = "".join(pattern.findall(view)).translate(table)
        if any(day in digits for day in days):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _digit_reading() -> tuple[re.Pattern[str], dict[int, str]]:
    """A pattern of every character the detector may read as a digit, and the table to the digit."""
    from generator.detect import _CN_DIGITS, _DINGBAT_DIGITS

    table: dict[int, str] = {}
    for code in range(0x110000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        value = unicodedata.decimal(ch, None)
        if value is not None:
            table[code] = str(value)
        elif code > 0x7F:
            digits = "".join(c for c in unicodedata.normalize("NFKC", ch) if c.isascii() and c.isdigit())
            if digits:
                table[code] = digits
    for ch, digit in {**_CN_DIGITS, **_DINGBAT_DIGITS}.items():
        table[ord(ch)] = digit
    for ch, digit in {"o": "0", "O": "0", "ｏ": "0", "Ｏ": "0", "о": "0", "ο": "0", "l": "1", "I": "1", "i": "1",
                      "ｌ": "1", "Ｉ": "1"}.items():
        table[ord(ch)] = digit
    chars = "".join(re.escape(chr(c)) for c in sorted(table))
    return re.compile(f"[{chars}]"), table
