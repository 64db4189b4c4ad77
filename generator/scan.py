"""Scan stage (the leak gate): prove that nothing private is about to be published.

Entry point: `scan_outputs(site_dir, secrets, allowed)`. Every file of the new site is
read (gzip, XLSX and Parquet decoded; HTML entities and JSON escapes undone) and searched
for (a) every never-public value of every input row and (b) patterns of identity numbers
with a valid check digit, mobile numbers, e-mail addresses and bank-card numbers (Luhn).
A hit names the output file and, for values, the input file/row/column, never the value.
Outputs made by the thousand (entity and list pages) are scanned by the process that makes them,
before they are written (`WrittenScanner`, same scanner and hits), and not read back.

Speed (the gate reads every byte of the site, gigabytes at 10^5 entities): the definition
of a hit is `_patterns` and an Aho-Corasick search of the whole decoded text, but the scanner
gets the same answer from cheap byte-level filters that run at memory speed (`bytes.translate`,
`split`, `find`), and hands only the few places that could hold a hit to the exact code:

- values: a value can only lie inside a run of characters that occur in values, so the text
  is cut into such runs, each distinct run is searched once per file, and runs already found
  clean in an earlier file are not searched again (page labels and names repeat on every page);
- patterns: every pattern hit holds 11 or more digits with at most single separators between
  them, so only the stretches of text where the bytes show that are searched with the regexes,
  from the enclosing run of characters the candidate regex can match (so the matches, and their
  order, are those of a search of the whole text);
- e-mail addresses: only the runs of address characters around an `@`.

Memory: a scanner holds one piece of text at a time. Text files over 64 MB, and gzip, XLSX and
Parquet files over 1 MB (their text is 10-20 times larger), are read in pieces that no hit can
span (`_pieces`), so the gate's memory does not grow with the largest dataset.

tests/test_scan.py compares the fast paths and the pieces with the definitions.
"""

from __future__ import annotations

import gc
import gzip
import hashlib
import html
import io
import itertools
import json
import os
import re
import weakref
import zipfile
import zlib
from collections.abc import Collection, Container, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import ahocorasick
import numpy as np

from generator import tuning
from generator.detect import (
    PERSONAL_IDS,
    TRADITIONAL,
    compact,
    compact_value,
    find,
    inside_public_name,
    mask_cell,
    personal_id_in,
)
from generator.digest_memo import DigestMemo
from generator.workers import Workers, worker_count

if TYPE_CHECKING:  # only the type: pool workers then need not import pandas
    from generator.deidentify import Secret

_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_GZIP, _ZIP, _PARQUET = b"\x1f\x8b", b"PK\x03\x04", b"PAR1"
# How a whole read decodes a file's unpacked bytes: the first of these that fits (Latin-1 fits any).
_ENCODINGS = ("utf-8", "gb18030", "latin-1")
# Files copied verbatim from the installed theme: no data reaches them, so only values are
# searched there (their minified code is full of digit runs and @-rules).
VENDOR_PREFIXES = ("assets/javascripts/", "assets/stylesheets/")


@dataclass(frozen=True)
class Leak:
    """One hit of the leak gate."""

    output: str  # file relative to the site
    what: str  # e.g. "证件号码 from penalties/p.csv row 5" or "pattern: mobile number"
    # The compact hit of a pattern, so the build can name the input cell that carried it; never
    # shown (not in str(), repr() or comparisons).
    token: str = field(default="", compare=False, repr=False)

    def __str__(self) -> str:
        return f"{self.output}: {self.what}"


def luhn_valid(digits: str) -> bool:
    """Whether a digit string passes the Luhn check (bank cards)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def decoded_text(raw: bytes) -> str:
    """The searchable text of an output file: unpacked, decoded and unescaped."""
    return _text_of(_unpacked(raw))


def _unpacked(raw: bytes) -> bytes:
    """gzip, zip (XLSX) and Parquet contents as bytes; anything else unchanged.

    A file that starts like a container but cannot be unpacked raises (the gate then reports
    it as unreadable): its compressed bytes would hide what it holds.
    """
    if raw[:2] == _GZIP:
        raw = gzip.decompress(raw)
    if raw[:4] == _ZIP:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            raw = b"\n".join(z.read(n) for n in sorted(z.namelist()))
    if raw[:4] == _PARQUET:
        raw = _parquet_json(raw)
    return raw


def _parquet_json(raw: bytes) -> bytes:
    """The searchable text of a Parquet file: `_table_json` of its rows."""
    import pyarrow.parquet as pq

    return _table_json(pq.read_table(io.BytesIO(raw)))


def _table_json(table: Any) -> bytes:
    """`json.dumps(table.to_pylist(), ensure_ascii=False, default=str).encode()`, byte for byte.

    Built a column at a time with Arrow string kernels rather than a Python object per cell;
    cells that need JSON escapes, and types whose text Arrow writes differently (floats ...),
    are written by `json.dumps` itself.
    """
    if table.num_rows == 0:
        return json.dumps(table.to_pylist(), ensure_ascii=False, default=str).encode()
    return _joined_records(_records_json(table))


def _joined_records(records: list[str]) -> bytes:
    """The JSON array of records, each given as `_records_json` gives it (the text inside its braces)."""
    return ("[{" + "}, {".join(records) + "}]").encode("utf-8", "surrogatepass")


def _records_json(table: Any) -> list[str]:
    """Each row of a non-empty table as `json.dumps` writes it (ensure_ascii=False, default=str), without
    its braces: `_table_json` joins them."""
    names = table.column_names
    if not names or len(set(names)) < len(names):
        return [json.dumps(row, ensure_ascii=False, default=str)[1:-1] for row in table.to_pylist()]
    import pyarrow.compute as pc

    cells = []
    for name, column in zip(names, table.columns):
        key = json.dumps(name, ensure_ascii=False) + ": "
        cells.append(pc.binary_join_element_wise(key, _json_cells(column.combine_chunks()), ""))
    rows: list[str] = pc.binary_join_element_wise(*cells, ", ").to_pylist()
    return rows


def _json_cells(column: Any) -> Any:
    """Each value of an Arrow array as json.dumps writes it (ensure_ascii=False, default=str)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_date32(kind):
        if pa.types.is_date32(kind):  # str(datetime.date): ISO, as Arrow writes it, within 1..9999
            low, high = pc.min_max(column.cast(pa.int32())).values()
            plain = low.as_py() is None or (-719162 <= low.as_py() and high.as_py() <= 2932896)
            text = column.cast(pa.string())
        else:
            plain = not pc.any(pc.match_substring_regex(column, r'["\\\x00-\x1f]')).as_py()
            text = column
        if plain:
            return pc.fill_null(pc.binary_join_element_wise('"', text, '"', ""), "null")
    elif pa.types.is_boolean(kind):
        return pc.fill_null(pc.if_else(column, "true", "false"), "null")
    elif pa.types.is_integer(kind):
        return pc.fill_null(column.cast(pa.string()), "null")
    return pa.array([json.dumps(v, ensure_ascii=False, default=str) for v in column.to_pylist()], pa.string())


def _text_of(raw: bytes) -> str:
    for encoding in _ENCODINGS:
        try:
            return _unescaped(raw.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise AssertionError("Latin-1 decodes any bytes")


def _unescaped(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    if "\\u" in text:
        text = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text


def _patterns(text: str) -> Iterator[tuple[str, str]]:
    """Personal-data patterns in text: (the compact hit, what it looks like).

    The personal-data detector (`generator.detect.find`, the one the scrubber masks with) on the
    whole text, without the rules that need a record's context (names after role words, home
    addresses): every identity number, phone, card, e-mail, document number, WeChat/QQ id and
    plate, however it is written (full-width, Chinese numerals, invisible characters, separators).
    """
    for hit in find(text, names=False):
        yield hit.token, f"形似{hit.what}的内容"


class Allowed(dict[str, frozenset[str]]):
    """Pattern hits that are public identifiers: each compact hit (token) with the published cell
    values that hold it. A hit is allowed only where it lies in one of those values standing as a
    cell of its own (`in_a_cell`): the 文书号 that holds it, printed as that 文书号 — not the same
    number written into another record's text, nor inside a longer value."""


class TokenMemo(DigestMemo):
    """The hits `allowed_tokens` found in each identifier value, kept from build to build (an update
    reads them instead of running the detector over every accepted row's identifiers again: 6.5 CPU
    s of 85,126 values at 10^4 entities). Values are held as keyed 128-bit digests, never as written
    (a withheld identifier may hold a person's number); what is kept of a value is whether it holds
    a personal number and the tokens of its hits, substrings of public identifiers. One file per
    code version (the detector's results depend on the code alone)."""

    prefix = "allowed-"

    def _entries(self, table: dict[str, list[Any]]) -> dict[bytes, Any]:
        return {d: (bool(p), tuple(f), tuple(r))
                for d, p, f, r in zip(table["digest"], table["personal"], table["forward"], table["reversed"])}

    def _table(self, digests: list[bytes]) -> Any:
        import pyarrow as pa

        rows = [(d, *self.known[d]) for d in digests]
        return pa.table({"digest": pa.array([r[0] for r in rows], pa.binary(16)),
                         "personal": pa.array([r[1] for r in rows], pa.bool_()),
                         "forward": pa.array([list(r[2]) for r in rows], pa.list_(pa.string())),
                         "reversed": pa.array([list(r[3]) for r in rows], pa.list_(pa.string()))})


def _value_tokens(value: str) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
    """Whether `value` holds a personal number, its hits' tokens, and those of its reversed text."""
    hits = find(value, names=False)
    if any(hit.what in PERSONAL_IDS for hit in hits) and personal_id_in(value):
        return True, (), ()
    reversed_hits = find(value[::-1], names=False)
    return False, tuple(hit.token for hit in hits), tuple(hit.token for hit in reversed_hits if hit.what not in PERSONAL_IDS)


def allowed_tokens(values: Iterable[str], registration_numbers: Iterable[str] = (), anywhere: Iterable[str] = (),
                   memo: TokenMemo | None = None) -> Allowed:
    """The public identifiers' pattern hits (registration numbers, codes, decision numbers), per
    cell value (`Allowed`).

    Never an identity-document number: a value that holds one is never public (the scrubber
    removes it from the record), so it can never excuse the same number anywhere else. The one
    exception is `registration_numbers`: bare 15-digit numbers published as the 工商注册号 they
    are filed as (detect.registration_number_shape), allowed as that cell only. The hits of
    `anywhere` (the office's own public phone, from the settings) are allowed wherever they are.
    """
    allowed: dict[str, set[str]] = {}
    for value in dict.fromkeys(values):
        if not value:
            continue
        if memo is None:
            personal, forward, backward = _value_tokens(value)
        else:
            digest = memo.digest(value)
            entry = memo.known.get(digest)
            if entry is None:
                entry = memo.known[digest] = _value_tokens(value)
            memo.used.add(digest)
            personal, forward, backward = entry
        if personal:
            continue  # never public (the scrubber withholds it), so never an excuse
        # (A date-coded 许可编号 with a wrong ID check digit reads as an ID but is published as
        # its cell: detect._recent_date.)
        for token in forward:
            allowed.setdefault(token, set()).add(value)
        # Reversed too: the search index stores codes reversed for suffix search (keys/r/).
        for token in backward:
            allowed.setdefault(token, set()).add(value[::-1])
    for number in registration_numbers:
        for written in (number, number[::-1]):
            allowed.setdefault(written.upper(), set()).add(written)
    for value in anywhere:
        for hit in find(value or "", names=False) if value else ():
            allowed.setdefault(hit.token, set()).add(ANYWHERE)
    return Allowed({token: frozenset(cells) for token, cells in allowed.items()})


# What may stand right before and after a value printed as a cell of its own: a CSV or TSV
# delimiter, a quote, a tag, a line break, a path separator, a label's colon, a space.
_CELL_BEFORE = frozenset(",\t\n\r\"'<>/|:：= （(【[")
_CELL_AFTER = frozenset(",\t\n\r\"'<>/|; ）)】].")  # ".": a file name, entity/<code>.json


ANYWHERE = ""  # in an Allowed token's cells: the token is allowed wherever it is


def in_a_cell(text: str, start: int, end: int, cells: Iterable[str]) -> bool:
    """Whether text[start:end] lies in an occurrence of one of the cell values (also in lower case)
    that stands as a cell of its own (`_CELL_BEFORE` … `_CELL_AFTER`, or the ends of the text)."""
    if ANYWHERE in cells:
        return True
    for cell in cells:
        for written in {cell, cell.lower()}:
            at = text.find(written, max(0, end - len(written)), start + len(written))
            while 0 <= at <= start:
                stop = at + len(written)
                if stop >= end and (at == 0 or text[at - 1] in _CELL_BEFORE) and (
                        stop == len(text) or text[stop] in _CELL_AFTER):
                    return True
                at = text.find(written, at + 1, start + len(written))
    return False


class _Doc:
    """The searchable text of one output, as UTF-8 bytes; the str only when it is needed."""

    __slots__ = ("data", "_text")

    def __init__(self, data: bytes, text: str | None = None) -> None:
        self.data = data
        self._text = text

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self.data.decode("utf-8", "surrogatepass")
        return self._text

    @classmethod
    def of_piece(cls, raw: bytes, encoding: str) -> _Doc:
        """A piece of a large file's unpacked text, decoded as the whole file is (`_text_of`);
        raises UnicodeDecodeError if the piece is not in that encoding."""
        text = raw.decode(encoding)
        if encoding == "utf-8":
            return cls.of_raw(raw, text, packed=False)
        return cls.of_text(_unescaped(text))

    @classmethod
    def of_text(cls, text: str) -> _Doc:
        return cls(text.encode("utf-8", "surrogatepass"), text)

    @classmethod
    def of_raw(cls, raw: bytes, utf8_text: str | None = None, packed: bool = True) -> _Doc:
        """As `decoded_text(raw)`, without decoding when the bytes are already that text.

        `packed=False`: raw is already unpacked (a piece of a large file), whatever its first bytes.
        """
        unpacked = _unpacked(raw) if packed else raw
        if unpacked is not raw:
            raw, utf8_text = unpacked, None
        if utf8_text is None and not raw.isascii():
            try:
                utf8_text = raw.decode("utf-8")
            except UnicodeDecodeError:
                return cls.of_text(_text_of(raw))
        if b"&" in raw or b"\\u" in raw:
            text = utf8_text if utf8_text is not None else raw.decode("ascii")
            unescaped = _unescaped(text)
            if unescaped != text:
                return cls.of_text(unescaped)
        return cls(raw, utf8_text)


def _patterns_in(doc: _Doc) -> Iterator[tuple[str, str]]:
    """`_patterns(doc.text)`; the detector's own cheap triggers skip text that cannot hold a hit."""
    if doc.data.isascii() and not _ASCII_TRIGGER.search(doc.data):
        return iter(())
    return _patterns(doc.text)


# ASCII text can only hold a hit with seven digits (possibly with separators or O/l between them),
# an e-mail sign, or an ASCII keyword (tel, qq, wechat, passport ...).
_ASCII_TRIGGER = re.compile(rb"\d[\s\-./\\_()OolI:'|+\[\]*=~]*(?:\d[\s\-./\\_()OolI:'|+\[\]*=~]*){6}|@|#|\(at\)|\[at\]| at |tel"
                            rb"|qq|wx|vx|we|passport|alipay|douyin",
                            re.IGNORECASE)


# -- the scan -----------------------------------------------------------------------------------

# Files and bytes from which the gate scans in a pool, and the bytes of a job: generator/tuning.py
# (scan_parallel_from, scan_parallel_bytes, scan_batch_bytes).


@dataclass(frozen=True)
class ScanSetup:
    """What a scanner needs, made once per build and sent to every process that scans.

    `values` are the distinct never-public values to search (each two characters or more),
    `labels` the message of each (its first source), `allowed` the public identifiers that
    the patterns may match, `shared` the page-shell fragments (see `scan_outputs`).
    """

    values: list[str]
    labels: list[str]
    allowed: Collection[str]
    shared: list[str]
    inside: list[tuple[str, ...]] = field(default_factory=list)  # per value: public names holding it

    def with_shells(self, fragments: Iterable[str]) -> ScanSetup:
        """The same setup with these page-shell fragments."""
        return replace(self, shared=_longest_first(fragments))

    def only(self, keep: Iterable[bool]) -> ScanSetup:
        """The same setup with only the never-public values marked in keep (one flag per value)."""
        chosen = [i for i, flag in zip(range(len(self.values)), keep) if flag]
        inside = self.inside or [()] * len(self.values)
        return replace(self, values=[self.values[i] for i in chosen], labels=[self.labels[i] for i in chosen],
                       inside=[inside[i] for i in chosen])


def values_in_text(setup: ScanSetup, text: str) -> list[str]:
    """The labels of setup's never-public values found in text, by the rules the gate scans files with
    (a name only where it stands whole, not inside the public names that hold it, written differently)."""
    if not setup.values:
        return []
    return _Scanner(setup.values, setup.labels, setup.allowed, [], setup.inside)._values_in(_Doc.of_text(text))


@dataclass
class NeverPublic:
    """A build's never-public values as its scans need them (`never_public`): each distinct trimmed
    value of two characters or more once, with its message and the public names it may stand in.

    The Secret objects they come from are one per private cell (115,381 at 3x10^4 entities, 28.8 MB
    of Python objects: about a gigabyte at 10^6) and were held from the rules to the end of the build;
    these lists are the ones every ScanSetup of the build refers to, made once.
    """

    values: list[str]
    labels: list[str]
    inside: list[tuple[str, ...]]


def never_public(secrets: Iterable[Secret]) -> NeverPublic:
    """The distinct never-public values of secrets, in the order `scan_setup` searches them."""
    return NeverPublic(*_distinct_values(secrets))


def scan_setup(secrets: Iterable[Secret] | NeverPublic, allowed: Collection[str],
               fragments: Iterable[str] = ()) -> ScanSetup:
    """The ScanSetup of a build: its never-public values (the Secret objects, or `never_public` of
    them), allowed identifiers and page shells."""
    distinct = secrets if isinstance(secrets, NeverPublic) else never_public(secrets)
    return ScanSetup(distinct.values, distinct.labels, allowed, _longest_first(fragments), distinct.inside)


def _longest_first(fragments: Iterable[str]) -> list[str]:
    # A fixed order (cuts are made in it), the same in every process that scans.
    return sorted({f for f in fragments if f}, key=lambda f: (-len(f), f))


@dataclass
class PieceMemo:
    """The gate's memory of the pieces it found clean, from one build to the next.

    A large file is scanned in pieces whose findings depend only on their bytes, their encoding,
    the file's path and the scan setup (`_pieces`). Each piece found clean is remembered by a
    keyed digest (BLAKE2b keyed with `key`, a secret of the state folder: a digest cannot be
    made, or matched by crafted data, without it); a piece whose digest the last gate recorded
    for the same file is not scanned again. The build gives `previous` only when the scan setup
    is the one the last gate vouched for (build._gate: same code, no never-public value new or
    changed, no allowed identifier gone); `found` then holds this scan's clean pieces, skipped or
    not, per file, and `scanned` / `skipped` count them (staff report, bench).
    """

    key: bytes
    previous: dict[str, np.ndarray] = field(default_factory=dict)  # site path -> sorted digests ("S16")
    found: dict[str, np.ndarray] = field(default_factory=dict)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # site path -> pieces scanned, skipped

    @property
    def scanned(self) -> int:
        """Pieces scanned."""
        return sum(scanned for scanned, _ in self.counts.values())

    @property
    def skipped(self) -> int:
        """Pieces not scanned again: the last gate found them clean."""
        return sum(skipped for _, skipped in self.counts.values())

    def add(self, other: tuple[dict[str, np.ndarray], dict[str, tuple[int, int]]]) -> None:
        """Take in what a scan of some files found (`_Memo.result`)."""
        found, counts = other
        self.found.update(found)
        self.counts.update(counts)


class _Memo:
    """A PieceMemo's part for one batch of files: what a scanning process needs and returns."""

    def __init__(self, key: bytes, previous: dict[str, np.ndarray]) -> None:
        self.key = key
        self.previous = previous
        self.found: dict[str, np.ndarray] = {}
        self.counts: dict[str, tuple[int, int]] = {}
        self._sets: dict[str, set[bytes]] = {}  # the previous digests of a file, as a set when first asked

    def digest(self, encoding: str, piece: bytes) -> bytes:
        # BLAKE2b in its keyed mode is a MAC (RFC 7693 section 2.1); `person` keeps these digests
        # apart from any other use of the same key.
        mac = hashlib.blake2b(encoding.encode("ascii") + b"\0", key=self.key, digest_size=16,
                              person=b"creditsite-piece")
        mac.update(piece)
        return mac.digest()

    def known(self, rel: str, digest: bytes) -> bool:
        """Whether the last gate found this piece of this file clean."""
        known = self._sets.get(rel)
        if known is None:
            data = self.previous[rel].tobytes() if rel in self.previous else b""
            known = self._sets[rel] = {data[i:i + 16] for i in range(0, len(data), 16)}
        return digest in known

    def result(self) -> tuple[dict[str, np.ndarray], dict[str, tuple[int, int]]]:
        return self.found, self.counts


def memo_setup(setup: ScanSetup) -> list[str]:
    """What a piece's findings depend on besides its bytes, one line per never-public value: the
    value, whether it counts only as a whole name, and the public names it may stand inside.

    The last gate's clean pieces are clean now if every line is one it had (a value new, or
    exempt in fewer names, or now searched anywhere, could be in them) and no identifier it
    allowed is gone (build._gate). Kept in the state as digests only (state.value_digests)."""
    return [f"{value}\t{int(name)}\t{chr(31).join(inside)}"
            for value, name, inside in zip(setup.values, _whole_names(setup.values, setup.labels),
                                           setup.inside or [()] * len(setup.values))]


def _whole_names(values: list[str], labels: list[str]) -> list[bool]:
    """For each value, whether it is a hit only where it stands as a whole name (`_Scanner.names`)."""
    return [bool(_IDEOGRAPHS.fullmatch(v)) and _WHOLE_NAME_COLUMNS.search(label) is not None
            for v, label in zip(values, labels)]


def piece_digests(digests: Iterable[bytes]) -> np.ndarray:
    """Piece digests as a PieceMemo keeps them: sorted 16-byte strings, each once."""
    return np.unique(np.array(list(digests), dtype="S16"))


class WrittenScanner:
    """Scans the bytes of an output in the process that writes it, before it is written.

    A process that makes many outputs (the entity pages) scans them as it makes them, so that
    the gate need not read them back from disk (at 10^6 entities, 2 million files and 24 GB that
    no longer fit in the page cache). The hits are those `scan_outputs` finds in the same bytes
    at the same site path; the shell fragments themselves are scanned by `scan_outputs`.
    """

    def __init__(self, setup: ScanSetup) -> None:
        self._scanner = _scanner_of(setup)
        self._shared = frozenset(setup.shared)

    def leaks(self, rel: str, raw: bytes) -> list[Leak]:
        """Every leak in raw, the bytes about to be written at site path rel."""
        return self._scanner.scan_bytes(rel, raw)

    def page_leaks(self, rel: str, pieces: list[str]) -> list[Leak]:
        """Every leak in the HTML page `"".join(pieces)` (UTF-8) about to be written at rel.

        The page is made of a shell's literal parts and the values between them: the parts that
        are shell fragments are cut (scanned once by `scan_outputs`) without searching the page for
        them. What is left is what `leaks` searches, or more if a value holds a fragment's text.
        """
        text = "".join("\n" if piece in self._shared else piece for piece in pieces)
        return self._scanner.leaks_in(rel, _Doc.of_raw(text.encode("utf-8", "surrogatepass"), text, packed=False))


# The scanner of the last setup asked for (`_scanner_of`): (a weak reference to the setup, its scanner).
_LAST_SCANNER: list[tuple[weakref.ref[ScanSetup], _Scanner]] = []


def _scanner_of(setup: ScanSetup) -> _Scanner:
    """The scanner of setup, made once per setup object in this process.

    A build's process makes the same scanner up to three times from the one setup: the sink's and
    the renderers' in an update that renders in this process, and the gate's when it scans here.
    Each is built from every never-public value (their compact forms, three automata): at 3x10^4
    entities about 3 of the 38 CPU s of a 1% update were the second and third copies. A scanner
    holds no state of a scan, so one serves them all. It is dropped with its setup.
    """
    if _LAST_SCANNER and _LAST_SCANNER[0][0]() is setup:
        return _LAST_SCANNER[0][1]
    scanner = _Scanner(setup.values, setup.labels, setup.allowed, setup.shared, setup.inside)
    _LAST_SCANNER[:] = [(weakref.ref(setup, lambda _: _LAST_SCANNER.clear()), scanner)]
    return scanner


def scan_outputs(site_dir: Path, secrets: list[Secret], allowed: Collection[str], fragments: Iterable[str] = (),
                 files: Iterable[str] | None = None, scanned: Container[str] = (),
                 setup: ScanSetup | None = None, workers: Workers | None = None,
                 memo: PieceMemo | None = None) -> list[Leak]:
    """Every leak found under site_dir; an empty list means the site may be published.

    `fragments` are literal texts repeated on many pages (the theme shell around every
    generated page). They are scanned once, then cut out of each page before its scan, so
    the cost follows what differs from page to page. A cut leaves a line break, so no match
    can be made across it; the fragments begin and end inside HTML markup, not in text.
    `files`, if given, are the site-relative POSIX paths to scan (an incremental rebuild);
    by default every file under site_dir is. A listed file that cannot be read is a leak.
    `scanned` are site paths whose bytes a WrittenScanner already scanned (their leaks are the
    writer's to report): they are not read again. `setup`, if given, replaces secrets, allowed
    and fragments (made once by `scan_setup` for the writers and the gate).
    `memo` (a build's gate): text files from `scan_memo_from` bytes are read in pieces too, the
    pieces of `memo.previous` are not scanned again, and `memo.found` gets this scan's clean pieces.
    Large sites are scanned by one process per core (the build's `workers`, or a pool of its own);
    the result does not depend on it.
    Leaks come file by file in path order (page shells first), values before patterns (in a
    large file read in pieces, piece by piece).
    """
    given = setup is not None and allowed is setup.allowed  # (the build's gate: the render stage's setup)
    if setup is None:
        setup = scan_setup(secrets, allowed, fragments)
    values, labels, shared, inside = setup.values, setup.labels, setup.shared, setup.inside
    # Scanned paths (two per entity) are dropped before `_listed` checks and sorts each listed one.
    if files is None:
        rels = [rel for rel in _site_files(site_dir) if rel not in scanned]
    else:
        rels = _listed(rel for rel in files if rel not in scanned)
    jobs: list[tuple[str, int | None]] = [("(page shell)", i) for i in range(len(shared))]
    jobs += [(rel, None) for rel in rels]
    batches = _batches(site_dir, jobs) if worker_count() > 1 else []
    limits = tuning.current()
    if len(jobs) < limits.scan_parallel_from and _work(site_dir, batches, memo) < limits.scan_parallel_bytes:
        batches = []
    if not batches:
        part = _part_of(memo, jobs)
        here = _scanner_of(setup) if given else _Scanner(values, labels, allowed, shared, inside)
        leaks = here.scan(site_dir, jobs, part)
        if memo is not None and part is not None:
            memo.add(part.result())
        return leaks
    results: list[list[Leak]] = [[] for _ in batches]
    with Workers.own(workers) as pool:
        scanner = pool.share((values, labels, allowed, shared, inside), build=_worker_scanner)
        # Largest first, so that no big file is left for the end while the other workers idle.
        order = sorted(range(len(batches)), key=lambda i: -batches[i][0])
        # Each job takes the digests the last gate recorded for its own files, and brings back its clean pieces.
        found = pool.ordered(_scan_batch, scanner, [(str(site_dir), batches[i][1], _part_of(memo, batches[i][1]))
                                                    for i in order], ahead=len(order))
        for i, (leaks, pieces) in zip(order, found):
            results[i] = leaks
            if memo is not None and pieces is not None:
                memo.add(pieces)
    return [leak for part in results for leak in part]


# What a file whose pieces the last gate recorded costs to scan, against a file scanned whole: its
# pieces are cut and digested, and only those the last gate did not find clean are searched. A 1%
# update at 10^4 entities: its 20 changed datasets (113 MB; 1,041 of 90,591 pieces searched) took 1.8
# CPU s in one process, 17 s searched whole (bench/RESULTS-build.md, the eleventh session).
MEMO_SHARE = 8


def _work(site_dir: Path, batches: list[tuple[int, list[tuple[str, int | None]]]], memo: PieceMemo | None) -> int:
    """The bytes of the batches, each file the memo knows pieces of counted at 1/MEMO_SHARE: what
    decides whether a pool's processes (a second of CPU each to start, with the scan's setup) pay."""
    total = sum(size for size, _ in batches)
    if memo is None or not memo.previous:
        return total
    for _, jobs in batches:
        for rel, fragment in jobs:
            if fragment is None and rel in memo.previous:
                try:
                    total -= os.stat(site_dir / rel).st_size * (MEMO_SHARE - 1) // MEMO_SHARE
                except OSError:
                    pass
    return total


def _part_of(memo: PieceMemo | None, jobs: list[tuple[str, int | None]]) -> _Memo | None:
    """The part of memo that a scan of these jobs needs (None: no memo)."""
    if memo is None:
        return None
    return _Memo(memo.key, {rel: memo.previous[rel] for rel, fragment in jobs
                            if fragment is None and rel in memo.previous})


def in_scan_order(leaks: Iterable[Leak]) -> list[Leak]:
    """Leaks in the order `scan_outputs` reports them (page shells first, then file by file in path
    order, a file's own leaks in their order), whichever process found them: the first few that a
    report shows must not depend on which files the writers scanned."""
    return sorted(leaks, key=lambda leak: (leak.output != "(page shell)", leak.output.split("/")))


def _distinct_values(secrets: Iterable[Secret]) -> tuple[list[str], list[str], list[tuple[str, ...]]]:
    """The trimmed values to search (two characters or more), for each its first source, and the
    public names inside which it may appear (`Secret.inside`; empty if any source has none).

    Plain strings rather than Secret objects go to the workers: cheaper to send, and the
    message is all a hit needs.
    """
    labels: dict[str, str] = {}
    inside: dict[str, tuple[str, ...]] = {}
    # A build has tens of thousands of values from a few dozen files and columns: each file name and
    # header is masked once (mask_cell runs the detector: 1.3 CPU s a build at 10^4 entities when it
    # ran twice per value), unless `scan_mask_once=0` (tuning.py, for a measurement).
    masked: dict[str, str] = {}
    once = tuning.current().scan_mask_once

    def quoted(text: str) -> str:
        if not once:
            return mask_cell(text)
        found = masked.get(text)
        if found is None:
            found = masked[text] = mask_cell(text)
        return found

    for secret in secrets:
        value = secret.value.strip()
        if len(value) < 2:
            continue
        if value not in labels:
            # (file and column as staff outputs quote them: a clerk's phone in a file name is masked)
            labels[value] = f"输入文件 {quoted(secret.file)} 第 {secret.row} 行“{quoted(secret.column)}”列的值"
            inside[value] = secret.inside
        elif not secret.inside:
            inside[value] = ()
    return list(labels), list(labels.values()), [inside[v] for v in labels]


def _site_files(site_dir: Path) -> list[str]:
    """Every file under site_dir (as `Path.rglob("*")` with `is_file()`), in path order."""
    found: list[str] = []

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    walk(entry.path, f"{prefix}{entry.name}/")
                elif entry.is_file():
                    found.append(prefix + entry.name)

    walk(str(site_dir), "")
    return sorted(found, key=lambda rel: rel.split("/"))


def _listed(files: Iterable[str]) -> list[str]:
    rels: set[str] = set()
    for name in files:
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts or not path.parts:
            raise ValueError(f"not a path inside the site: {name!r}")
        rels.add(path.as_posix())
    return sorted(rels, key=lambda rel: rel.split("/"))


def _batches(site_dir: Path, jobs: list[tuple[str, int | None]]) -> list[tuple[int, list[tuple[str, int | None]]]]:
    """Consecutive runs of jobs of about `scan_batch_bytes` (tuning.py) each: (bytes, jobs)."""
    batch_bytes = tuning.current().scan_batch_bytes
    batches: list[tuple[int, list[tuple[str, int | None]]]] = []
    current: list[tuple[str, int | None]] = []
    size = 0
    for job in jobs:
        try:
            size += os.stat(site_dir / job[0]).st_size if job[1] is None else 1
        except OSError:
            size += 1
        current.append(job)
        if size >= batch_bytes:
            batches.append((size, current))
            current, size = [], 0
    if current:
        batches.append((size, current))
    return batches


def _worker_scanner(setup: tuple[Any, ...]) -> _Scanner:
    """A worker's scanner, made once per process from the values, labels, allowed, shells and names."""
    return _Scanner(*setup)


def _scan_batch(scanner: _Scanner, job: tuple[str, list[tuple[str, int | None]], _Memo | None]
                ) -> tuple[list[Leak], tuple[dict[str, np.ndarray], dict[str, tuple[int, int]]] | None]:
    site_dir, jobs, memo = job
    leaks = scanner.scan(Path(site_dir), jobs, memo)
    return leaks, memo.result() if memo is not None else None


class _Scanner:
    def __init__(self, values: list[str], labels: list[str], allowed: Collection[str], shared: list[str],
                 inside: list[tuple[str, ...]] | None = None) -> None:
        self.inside = inside or [()] * len(values)
        # Natural persons' and clerks' names (all ideographs): a hit only where the name stands whole,
        # not inside a place or organisation name (a person named 张掖 and the page's 张掖市; privacy.md).
        # Not operators' names: a 个体工商户's name must show its operator's masked (李**烧烤店), so
        # 李建国烧烤店 anywhere is a leak.
        self.names = _whole_names(values, labels)
        self.variants = _VariantSearch(values)
        self.allowed = allowed
        self.shared = shared
        self.labels = labels
        self.values = values
        self.search = _ValueSearch(values)
        # A large file is read in pieces cut at line breaks (and, in XML, before tags), a Parquet
        # file a batch of records at a time: the ways that values could span are not used.
        held = set("".join(v for v in values if any(c in v for c in "\n<{}")))
        self.ways = {"text", "gzip", "zip", "parquet"}
        if "\n" in held:
            self.ways -= {"text", "gzip", "zip"}
        if "<" in held:
            self.ways.discard("zip")
        if "{" in held or "}" in held:
            self.ways.discard("parquet")
        # A fragment holding whole lines can only be in a page that has those lines: one split of
        # the page then tells which few of the many fragments to cut.
        self.cuts = [(f.encode("utf-8", "surrogatepass"), lines) for f, lines in zip(shared, _signature_lines(shared))]

    def scan(self, site_dir: Path, jobs: list[tuple[str, int | None]], memo: _Memo | None = None) -> list[Leak]:
        # The scan makes no reference cycles, but millions of short-lived lists and sets; in the
        # build's process every collection they trigger would walk its large heap (data frames).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._scan(site_dir, jobs, memo)
        finally:
            if collecting:
                gc.enable()

    def _scan(self, site_dir: Path, jobs: list[tuple[str, int | None]], memo: _Memo | None = None) -> list[Leak]:
        leaks: list[Leak] = []
        for rel, fragment in jobs:
            way = _way_in_pieces(site_dir / rel, memo is not None) if fragment is None and self.ways else None
            if way in self.ways:
                assert way is not None
                leaks.extend(self._scan_in_pieces(site_dir / rel, rel, way, memo))
                continue
            try:
                doc = self._doc(site_dir / rel if fragment is None else self.shared[fragment])
            except Exception as exc:  # noqa: BLE001 - an output we cannot read cannot be proven clean
                leaks.append(Leak(rel, f"无法读取的输出（{type(exc).__name__}）"))
                continue
            leaks.extend(self.leaks_in(rel, doc))
        return leaks

    def scan_bytes(self, rel: str, raw: bytes) -> list[Leak]:
        """The leaks `_scan` finds in a file at rel holding raw, read whole (a page, a record)."""
        try:
            doc = self._doc_of(rel, raw)
        except Exception as exc:  # noqa: BLE001 - an output we cannot read cannot be proven clean
            return [Leak(rel, f"无法读取的输出（{type(exc).__name__}）")]
        return self.leaks_in(rel, doc)

    def leaks_in(self, rel: str, doc: _Doc) -> list[Leak]:
        """The leaks in the searchable text of the output at rel: values first, then patterns."""
        return [*(Leak(rel, what) for what in self._values_in(doc, rel)), *self._pattern_leaks(rel, doc)]

    def _pattern_leaks(self, rel: str, doc: _Doc) -> list[Leak]:
        if rel.startswith(VENDOR_PREFIXES):
            return []
        if doc.data.isascii() and not _ASCII_TRIGGER.search(doc.data):
            return []
        leaks = []
        cells = self.allowed if isinstance(self.allowed, dict) else {}
        # The search index's key tables (search/keys/f.json, r.json) hold, as block separators, the
        # shortest prefixes of the keys that start each block; the keys themselves are in the block
        # files (search/keys/f/…), scanned whole: a prefix there (9262070200001501 of a 92… credit
        # code) is no datum of its own.
        separators = _SEPARATORS.search(doc.text) if rel in _KEY_TABLES else None
        for hit in find(doc.text, names=False):
            if separators and separators.start() <= hit.start and hit.end <= separators.end():
                continue
            if hit.token in self.allowed and (hit.token not in cells or
                                              in_a_cell(doc.text, hit.start, hit.end, cells[hit.token])):
                continue  # a public identifier, printed as its own cell
            leaks.append(Leak(rel, f"形似{hit.what}的内容", hit.token))
        return leaks

    def _scan_in_pieces(self, path: Path, rel: str, way: str = "text", memo: _Memo | None = None) -> list[Leak]:
        """A large file (an open dataset) in pieces (`_pieces`: content-defined, about `scan_piece_average`
        bytes of text, tuning.py), so that a scanner's memory does not grow with the largest file;
        each value is reported once per file.

        The text is decoded as a whole read decodes it: UTF-8 if all of it is, else GB 18030, else
        Latin-1 (a piece that is not in the encoding tried starts the file again with the next).
        With a memo, a piece the last gate found clean in this file (same bytes, same encoding) is
        not scanned again; the digests of the clean pieces go to `memo.found`. The pieces left to
        scan are searched in runs of consecutive ones up to `scan_run_bytes`: the pieces are small
        (about 2 KB, a few rows) so that a changed row costs an update little text to search again,
        the runs large so that a full build's gate does not pay the detector's cost per call for each."""
        for encoding in _ENCODINGS:
            leaks: list[Leak] = []
            clean: list[bytes] = []
            counts = [0, 0]  # pieces scanned, skipped
            try:
                self._pieces_as(path, rel, way, memo, encoding, leaks, clean, counts)
            except UnicodeDecodeError:
                continue
            except Exception as exc:  # noqa: BLE001 - an output we cannot read cannot be proven clean
                leaks.append(Leak(rel, f"无法读取的输出（{type(exc).__name__}）"))
            if memo is not None:
                memo.counts[rel] = (counts[0], counts[1])
                if not leaks:  # a file with a leak stops the build: nothing of it is remembered
                    memo.found[rel] = piece_digests(clean)
            return leaks
        raise AssertionError("Latin-1 decodes any bytes")

    def _pieces_as(self, path: Path, rel: str, way: str, memo: _Memo | None, encoding: str, leaks: list[Leak],
                   clean: list[bytes], counts: list[int]) -> None:
        """`_scan_in_pieces` with one encoding (a piece not in it raises UnicodeDecodeError): its leaks,
        the digests of its clean pieces and the pieces scanned and skipped go to the lists given."""
        run_bytes = max(1, tuning.current().scan_run_bytes)
        reported: set[str] = set()
        run: list[bytes] = []  # consecutive pieces to scan, as one text
        digests: list[bytes] = []
        size = 0
        for piece in itertools.chain(_pieces(path, way), [None]):  # None: the end, which scans the last run
            digest = memo.digest(encoding, piece) if memo is not None and piece is not None else b""
            known = memo is not None and piece is not None and memo.known(rel, digest)
            if piece is not None and not known:
                run.append(piece)
                digests.append(digest)
                size += len(piece)
                if size < run_bytes:
                    continue
            if run:
                # Consecutive pieces are cut where no match can span, so their joined text holds the
                # hits of each: one search of the run costs the detector's overhead once, not per piece.
                doc = _Doc.of_piece(b"".join(run), encoding)
                values, patterns = self._values_in(doc, rel), self._pattern_leaks(rel, doc)
                for what in values:
                    if what not in reported:
                        reported.add(what)
                        leaks.append(Leak(rel, what))
                leaks.extend(patterns)
                counts[0] += len(run)
                if not values and not patterns:
                    clean.extend(digests)
                run, digests, size = [], [], 0
            if known:  # its findings depend only on its bytes and the encoding (the same setup, the same path)
                counts[1] += 1
                clean.append(digest)

    def _doc(self, source: Path | str) -> _Doc:
        if isinstance(source, str):
            return _Doc.of_text(decoded_text(source.encode("utf-8")))
        return self._doc_of(source.name, source.read_bytes())

    def _doc_of(self, name: str, raw: bytes) -> _Doc:
        if self.cuts and name.endswith(".html"):
            page = self._cut(raw)
            if page.isascii():
                return _Doc.of_raw(page)
            try:  # the page is valid UTF-8 if and only if it was before the cuts
                return _Doc.of_raw(page, page.decode("utf-8"))
            except UnicodeDecodeError:
                text = raw.decode("utf-8", "replace")
                for fragment in self.shared:
                    text = text.replace(fragment, "\n")
                raw = text.encode("utf-8")
        return _Doc.of_raw(raw)

    def _cut(self, page: bytes) -> bytes:
        """page with every fragment replaced by a line break, as `str.replace` in shell order."""
        lines: set[bytes] | None = None
        for fragment, signature in self.cuts:
            if signature:
                if lines is None:
                    lines = set(page.split(b"\n"))
                if not lines.issuperset(signature):
                    continue
            pieces = page.split(fragment)
            if len(pieces) > 1:
                page = b"\n".join(pieces)
                if lines is not None:  # the partial lines around each cut become whole lines
                    lines.update(p.rpartition(b"\n")[2] for p in pieces[:-1])
                    lines.update(p.partition(b"\n")[0] for p in pieces[1:])
        return page

    def _values_in(self, doc: _Doc, rel: str = "") -> list[str]:
        """Messages of the values in the text, each once, in the order of their first end."""
        if rel.startswith(_TERM_FILES) and _TERM_KEY.search(doc.text):
            # The search index's name terms of one or two characters are bigrams of published titles
            # (甘州区华翀商贸有限公司 gives "华翀"), which are searched in full where they are stored
            # (search/docs/): a person named 华翀 is not a leak there.
            doc = _Doc.of_text(_TERM_KEY.sub('"":', doc.text))
        found = self.search.found(doc)
        text = doc.text
        found = {i for i in found if _counted(text, self.values[i], self.inside[i], self.names[i])}
        found |= self.variants.found(text, self.names, self.inside)
        if not found:
            return []
        # As an Aho-Corasick search of the text reports them: by the end of the first occurrence,
        # the longer of two values ending there first.
        ends = {i: (text.find(self.values[i]) % (len(text) + 1)) + len(self.values[i]) for i in found}
        return [self.labels[i] for i in sorted(found, key=lambda i: (ends[i], -len(self.values[i])))]


# Files larger than scan_pieces_from (plain text) or scan_packed_pieces_from (gzip, XLSX, Parquet: their
# text is 10-20 times larger) are scanned in pieces of scan_piece bytes or scan_records_a_piece Parquet
# rows: generator/tuning.py.
# A number pattern can use a line break as the one separator between two groups of digits
# (139 1939\n1234), never two separators in a row: a piece never ends at a break that follows a
# digit, ASCII or not (any non-ASCII byte is taken as one: full-width digits match \d), or what
# may end a digit written as a character reference or JSON escape (&#57; &#x39; \u0669).
_NUMBERISH = frozenset(b"0123456789;abcdefABCDEF") | frozenset(range(0x80, 0x100))


def _way_in_pieces(path: Path, memo: bool = False) -> str | None:
    """How a file too large to read whole is read in pieces: "text", "gzip", "zip" or "parquet";
    None for a file read whole. With a memo, text files from `scan_memo_from` bytes and packed ones
    from `scan_memo_packed_from` are read in pieces too (pieces are what the memo remembers)."""
    limits = tuning.current()
    text_from = min(limits.scan_pieces_from, limits.scan_memo_from) if memo else limits.scan_pieces_from
    # A small Parquet or XLSX file of a changed kind holds ten to twenty times its size in text:
    # read whole, its text is searched again in every update (at 10^4 entities most of the gate's
    # search), in pieces the memo skips all but the changed ones.
    packed_from = min(limits.scan_packed_pieces_from, limits.scan_memo_packed_from) if memo \
        else limits.scan_packed_pieces_from
    try:
        size = path.stat().st_size
        if size <= min(packed_from, text_from):
            return None
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError:
        return None
    way = _packing(head) or "text"
    if way != "text":
        return way if size > packed_from else None
    return way if size > text_from else None


def _packing(head: bytes) -> str | None:
    """"gzip", "zip" or "parquet" for a file (or zip member) starting with head; None for text."""
    return "gzip" if head[:2] == _GZIP else "zip" if head[:4] == _ZIP else "parquet" if head[:4] == _PARQUET else None


def _safe_cut(data: bytes, markup_from: int | None = None) -> int:
    """The end of the last line break no match can span, or the start of the last tag at or after
    markup_from (XML: a "<" there always opens markup); 0 if neither.

    A pattern can only run over a line break as the separator after a group of digits, so a
    break after anything else (a CR, a quote, a brace) ends every match; none starts with one.
    No value, pattern, character reference or JSON escape holds a "<".
    """
    cut = 0
    end = data.rfind(b"\n")
    while end > 0:
        if data[end - 1] not in _NUMBERISH:
            cut = end + 1
            break
        end = data.rfind(b"\n", 0, end)
    if markup_from is not None:
        cut = max(cut, data.rfind(b"<", markup_from))
    return cut


def _pieces(path: Path, way: str = "text") -> Iterator[bytes]:
    """The text of a large file in pieces that no value or pattern spans.

    Text, gzip and XLSX (zip) files: the bytes, unpacked (the members of a zip in name order with
    a line break between them, as `_unpacked` joins them), cut after line breaks that no match
    spans and, inside XML members, before tags. Values never hold a line break or a "<" (the
    scanner reads whole what they could span), character references and JSON escapes neither, and
    the number patterns only run over a line break after a digit or what may end one written as a
    reference, which `_safe_cut` avoids. Parquet: the JSON text of runs of whole records (`_record_pieces`),
    which a match cannot span unless a value held "{" or "}" (the scanner checks that too).
    """
    if way == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        with pq.ParquetFile(path) as parquet:
            if parquet.metadata.num_rows == 0:
                yield _table_json(parquet.schema_arrow.empty_table())
                return
            batches = parquet.iter_batches(batch_size=tuning.current().scan_records_a_piece)
            yield from _record_pieces(_records_json(pa.Table.from_batches([batch])) for batch in batches)
        return
    if way == "gzip":
        with gzip.open(path, "rb") as unzipped:
            head = unzipped.read(4)
        if _packing(head):  # a container in a container
            yield _unpacked(path.read_bytes())
            return
        with gzip.open(path, "rb") as unzipped:
            yield from _cut_stream(_blocks(unzipped, False))
        return
    if way == "zip":
        with zipfile.ZipFile(path) as members:
            names = sorted(members.namelist())
            if names:
                with members.open(names[0]) as first:
                    head = first.read(4)
                if _packing(head):  # a container in a container
                    yield _unpacked(path.read_bytes())
                    return
            yield from _cut_stream(_member_blocks(members, names))
        return
    with path.open("rb") as handle:
        yield from _cut_stream(_blocks(handle, False))


def _record_pieces(batches: Iterable[list[str]]) -> Iterator[bytes]:
    """The records of a Parquet file (`_records_json`) as JSON arrays cut where the content says (as
    `_cut_stream` cuts text): after a record whose hash falls under a threshold proportional to its
    length, once the piece holds `scan_piece_min` bytes; at most `scan_records_a_piece` records or
    `scan_piece` bytes. A record added or removed then changes the pieces around it only."""
    limits = tuning.current()
    largest = max(1, limits.scan_piece)
    smallest = min(limits.scan_piece_min, largest)
    threshold = float(1 << 32) / max(1, min(limits.scan_piece_average, largest))
    most = max(1, limits.scan_records_a_piece)
    piece: list[str] = []
    size = 0
    for records in batches:
        for record in records:
            data = record.encode("utf-8", "surrogatepass")
            piece.append(record)
            size += len(data) + 4
            if (size >= smallest and zlib.crc32(data) < len(data) * threshold) or size >= largest or len(piece) >= most:
                yield _joined_records(piece)
                piece, size = [], 0
    if piece:
        yield _joined_records(piece)


def _blocks(handle: Any, markup: bool) -> Iterator[tuple[bytes, bool]]:
    """(block, is XML) for each `scan_piece` (tuning.py) bytes, at most _CDC_BLOCK, read from handle."""
    piece = min(tuning.current().scan_piece, _CDC_BLOCK)  # the cuts do not depend on it
    while block := handle.read(piece):
        yield block, markup


def _member_blocks(members: zipfile.ZipFile, names: list[str]) -> Iterator[tuple[bytes, bool]]:
    for number, name in enumerate(names):
        if number:
            yield b"\n", False
        with members.open(name) as member:
            yield from _blocks(member, name.endswith((".xml", ".rels")))


def _cut_stream(blocks: Iterable[tuple[bytes, bool]]) -> Iterator[bytes]:
    """The blocks joined and cut again into content-defined pieces, only where `_safe_cut` allows.

    Content-defined chunking, as rsync, restic and FastCDC (Xia et al., USENIX ATC 2016) cut
    files: whether a place is a cut depends on the bytes just before it, not on where the piece
    began, so a change to one row moves the cuts around it only, and the pieces of the rest of
    the file are the same bytes as before (the gate's memo, `PieceMemo`, then need not scan them
    again). The places considered are the safe line breaks and, inside XML members, the starts
    of `<row` elements (an XLSX sheet is one line); each is a cut when a hash of the
    `_WINDOW` bytes before it falls under a threshold proportional to the bytes since the
    place before it, so that pieces average `scan_piece_average` bytes whatever the line length.
    A piece is at least `scan_piece_min` bytes; one that reaches `scan_piece` bytes without
    such a cut is cut at its last safe place (any `_safe_cut` place), as a fixed-size cut.
    """
    limits = tuning.current()
    largest = max(1, limits.scan_piece)
    smallest = min(limits.scan_piece_min, largest)
    threshold = float(1 << 53) / max(1, min(limits.scan_piece_average, largest))
    pending = bytearray()  # the bytes of the piece being made, from `start`
    start = 0  # position in the stream of pending[0]
    before = b""  # the byte before pending[0] (whether a break at pending[0] may be cut after)
    carry = b""  # the last _WINDOW bytes of the stream so far, and whether they were in XML
    carry_markup = False
    last_place = 0  # the stream position of the last place considered (its distance weighs the next)
    markup: list[tuple[int, int]] = []  # stream ranges inside XML members
    end = 0

    def forced_cuts(until: int) -> Iterator[bytes]:
        """The pieces cut at their last safe place while the piece being made would run past `until`
        by more than `scan_piece` bytes (as a fixed-size cut)."""
        nonlocal before, start
        while until - start > largest:
            cut = _forced_cut(pending, before, start, largest, markup)
            if cut is None:
                break
            yield bytes(pending[:cut])
            before, start = bytes(pending[cut - 1:cut]), start + cut
            del pending[:cut]

    for block, is_markup in blocks:
        if not block:
            continue
        if is_markup:
            if markup and markup[-1][1] == end:
                markup[-1] = (markup[-1][0], end + len(block))
            else:
                markup.append((end, end + len(block)))
        places = _content_cuts(carry, block, end, is_markup and carry_markup, is_markup, last_place, threshold)
        if places[1] is not None:
            last_place = places[1]
        pending += block
        end += len(block)
        carry = (carry + block)[-_WINDOW:]
        carry_markup = is_markup
        for place in places[0]:
            yield from forced_cuts(place)
            if place - start >= smallest:
                cut = place - start
                yield bytes(pending[:cut])
                before, start = bytes(pending[cut - 1:cut]), place
                del pending[:cut]
        yield from forced_cuts(end)
        markup[:] = [(a, b) for a, b in markup if b > start]
    if pending:
        yield bytes(pending)


_WINDOW = 512  # bytes before a place whose hash decides whether it is a cut: most of a CSV row, the end of an XLSX row
_ROW_TAG = re.compile(rb"<row[ >]")
_CDC_BLOCK = 1 << 20  # bytes hashed at a time (the prefix sums take 8 bytes a byte)
# A random 32-bit word per byte value: a window's hash is the sum of its bytes' words (`_content_cuts`).
_GEAR = np.random.default_rng(19).integers(0, 1 << 32, size=256, dtype=np.uint32)
_NUMBERISH_TABLE = np.zeros(256, dtype=bool)
_NUMBERISH_TABLE[list(_NUMBERISH)] = True


def _content_cuts(carry: bytes, block: bytes, at: int, row_carry: bool, is_markup: bool, last_place: int,
                  threshold: float) -> tuple[list[int], int | None]:
    """The content-defined cuts among the places of block (which starts at stream position `at`),
    as stream positions, and the position of its last place (None if it has none).

    carry: the _WINDOW bytes before the block; row_carry: whether a `<row` may begin in it. The
    hash of a place's window is the sum (modulo 2^32) of a random word per byte value over its
    bytes, mixed to 64 bits: one table lookup and one prefix sum per byte, then a subtraction per
    place. It ignores the order of the window's bytes, which a cut does not need (only that it
    depends on the bytes before the place and on nothing else); the position-weighted hash it
    replaces cost five passes of 64-bit words per byte, most of an update's gate (issue 19).
    """
    data = carry + block
    arr = np.frombuffer(data, dtype=np.uint8)
    offset = len(carry)
    breaks = np.flatnonzero(arr[offset:] == 10) + offset
    breaks = breaks[breaks > 0]  # a break at the very start of the stream is no cut (as _safe_cut)
    breaks = breaks[~_NUMBERISH_TABLE[arr[breaks - 1]]] + 1  # cut after the break
    places = breaks
    if is_markup:
        low = 0 if row_carry else offset
        rows = [m.start() for m in _ROW_TAG.finditer(data, low) if m.end() > offset]
        if rows:
            places = np.union1d(breaks, np.array(rows, dtype=np.int64))
    if not len(places):
        return [], None
    places = places.astype(np.int64)
    stream = places - offset + at
    spans = np.diff(stream, prepend=last_place)
    sums = np.zeros(len(arr) + 1, dtype=np.uint32)
    np.cumsum(_GEAR[arr], dtype=np.uint32, out=sums[1:])  # wraps modulo 2^32
    low_end = np.maximum(places - _WINDOW, 0)  # at the stream's start, from its first byte
    with np.errstate(over="ignore"):
        mixed = (sums[places] - sums[low_end]).astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
        mixed ^= mixed >> np.uint64(30)
        mixed *= np.uint64(0xBF58476D1CE4E5B9)
        mixed ^= mixed >> np.uint64(27)
        mixed *= np.uint64(0x94D049BB133111EB)
        mixed ^= mixed >> np.uint64(31)
    chosen = (mixed >> np.uint64(11)).astype(np.float64) < spans.astype(np.float64) * threshold
    return stream[chosen].tolist(), int(stream[-1])


def _forced_cut(pending: bytearray, before: bytes, start: int, largest: int,
                markup: list[tuple[int, int]]) -> int | None:
    """Where a piece that reached `largest` bytes without a content-defined cut is cut: its last
    `_safe_cut` place within them, else the first after them; None if pending has none yet."""
    shift = len(before) - start
    cut = _last_safe(before + bytes(pending[:largest]), [(a + shift, b + shift) for a, b in markup],
                     len(before) + 1) - len(before)
    if cut > 0:
        return cut
    return _first_safe_after(bytes(pending), before, [(a - start, b - start) for a, b in markup], largest)


def _last_safe(data: bytes, ranges: list[tuple[int, int]], low: int) -> int:
    """`_safe_cut(data)`, or the last "<" inside one of the XML ranges (from `low` on) if later."""
    cut = _safe_cut(data)
    for a, b in ranges:
        a, b = max(a, low), min(b, len(data))
        if a < b:
            cut = max(cut, data.rfind(b"<", a, b))
    return cut


def _first_safe_after(data: bytes, before: bytes, ranges: list[tuple[int, int]], after: int) -> int | None:
    """The first place past `after` where `_safe_cut` could cut data (a safe break, or a "<" in XML)."""
    found: list[int] = []
    at = data.find(b"\n", after)
    while at >= 0:
        previous = data[at - 1] if at else (before[-1] if before else None)
        if previous is not None and previous not in _NUMBERISH:
            found.append(at + 1)
            break
        at = data.find(b"\n", at + 1)
    for a, b in ranges:
        tag = data.find(b"<", max(a, after + 1), b) if b > after + 1 else -1
        if tag >= 0:
            found.append(tag)
    return min(found) if found else None


LONG_ASCII = 8  # ASCII values this long are looked for where the text has runs that long
CLEAN_RUNS_KEPT = 400_000  # runs remembered as free of values (memory bound per process)
_WHITE = frozenset(b" \t\n\r\x0b\x0c")  # where bytes.split() splits


class _ValueSearch:
    """Which values occur in a text: the answer of one Aho-Corasick search of the whole text.

    A value can only occur inside a run of the characters it is made of, so each value is
    searched in the runs of its group's characters only:

    - ASCII values of LONG_ASCII characters or more (identity numbers): runs of their characters
      at least as long as the shortest, which are rare in any text;
    - the others (names): runs of non-ASCII characters and their few ASCII ones, split at white
      space. Each distinct run is searched once per file, and a run found clean in any earlier
      file is not searched again: page labels, names and dates repeat on every page and in every
      format of the open data;
    - values holding ASCII white space (never seen so far): the whole text.
    """

    def __init__(self, values: list[str]) -> None:
        encoded = [v.encode("utf-8", "surrogatepass") for v in values]
        long_ascii: list[int] = []
        in_runs: list[int] = []
        in_text: list[int] = []
        for i, data in enumerate(encoded):
            if _WHITE.intersection(data):
                in_text.append(i)
            elif data.isascii() and len(data) >= LONG_ASCII:
                long_ascii.append(i)
            else:
                in_runs.append(i)
        self.long = _automaton(values, long_ascii)
        long_bytes = {b for i in long_ascii for b in encoded[i]}
        self.long_marks = bytes(107 if b in long_bytes else 32 for b in range(256))  # "k" or " "
        self.long_run = b"k" * min((len(encoded[i]) for i in long_ascii), default=1)
        self.runs = _automaton(values, in_runs)
        run_bytes = {b for i in in_runs for b in encoded[i]}
        self.keep = bytes(b if b in run_bytes or b >= 128 else 32 for b in range(256))
        self.text = _automaton(values, in_text)
        self.clean: set[bytes] = set()

    def found(self, doc: _Doc) -> set[int]:
        """Indexes of the values that occur in the document's text."""
        data = doc.data
        found: set[int] = set()
        if self.long is not None:
            marks = data.translate(self.long_marks)
            start = marks.find(self.long_run)
            if start >= 0:
                long_runs = []
                while start >= 0:
                    end = marks.find(b" ", start)
                    end = len(marks) if end < 0 else end
                    long_runs.append(data[start:end])
                    start = marks.find(self.long_run, end)
                found.update(i for _, i in self.long.iter(b"\n".join(long_runs).decode("ascii")))
        if self.runs is not None:
            runs = set(data.translate(self.keep).split())
            runs -= self.clean
            if runs:
                joined = b"\n".join(runs).decode("utf-8", "surrogatepass")
                hits = {i for _, i in self.runs.iter(joined)}
                if hits:
                    found |= hits
                else:
                    if len(self.clean) + len(runs) > CLEAN_RUNS_KEPT:
                        self.clean.clear()
                    self.clean |= runs
        if self.text is not None:
            found.update(i for _, i in self.text.iter(doc.text))
        return found


_IDEOGRAPHS = re.compile("[\u3400-\u9fff]{2,6}")
_WHOLE_NAME_COLUMNS = re.compile("“(?:行政相对人名称|经办人)”")


def _as_a_whole_name(text: str, name: str) -> bool:
    """Whether name occurs in text at least once as a whole name (`detect.inside_public_name`)."""
    at = text.find(name)
    while at >= 0:
        if not inside_public_name(text, at, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


_TERM_FILES = ("search/terms/", "search/common.json", "search/big/")
_KEY_TABLES = ("search/keys/f.json", "search/keys/r.json")
_SEPARATORS = re.compile(r'"s"\s*:\s*\[[^\]]*\]')
_TERM_KEY = re.compile(r'"\^?[^"\\]{1,2}":')


def _counted(text: str, value: str, inside: tuple[str, ...], name: bool) -> bool:
    """Whether value occurs in text once at least where it is a leak: outside the public names and
    site phrases that hold it (`inside`) and, for a person's name, as a whole name there."""
    if inside:
        for public in sorted(inside, key=len, reverse=True):
            text = text.replace(public, "\n")
    if value.isascii() and value.isdigit() and len(value) <= 10:
        # A short number only where it stands as a whole number: an 8-digit 台胞证 number 20702000 is not in
        # the credit code 91620702000… (adversarial round 6, gate-8-digit-document-inside-public-code, where
        # about one such person in a hundred would have stopped every build of a large site). An ID's 15
        # or 18 digits do not occur inside other numbers by chance: those are looked for anywhere.
        return re.search(rf"(?<!\d){value}(?!\d)", text) is not None
    return _as_a_whole_name(text, value) if name else value in text


def _outside(text: str, value: str, names: tuple[str, ...]) -> bool:
    """Whether value occurs in text other than inside one of the public names that hold it."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "\n")
    return value in text


# Where a value may be written differently (privacy.md): invisible and format characters, U+3000,
# another middle dot, full-width forms, traditional characters, CJK and Kangxi radicals and compatibility
# ideographs (⺩翀珂, ⾦明辉), or a break between two ideographs.
_VARIANT_HINT = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u180e\u3000・•‧∙⋅･\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
    "\u2e81-\u2ef3\u2f00-\u2fd5\uf900-\ufad9"
    + "".join(sorted(TRADITIONAL)) + "]"
    + "|[\u4e00-\u9fff][\\s·.\\-_/]+[\u4e00-\u9fff]")
VARIANT_REACH = 24  # characters either side of a hint that are read in normalised form


class _VariantSearch:
    """Never-public values written differently: around each place where the text shows a hint of
    that, a window is read in `detect.compact` form and searched for the values in that form."""

    def __init__(self, values: list[str]) -> None:
        self.compacted = [compact_value(v) for v in values]
        self.automaton = _automaton(self.compacted, [i for i, c in enumerate(self.compacted) if len(c) >= 2])

    def found(self, text: str, names: list[bool], inside: list[tuple[str, ...]]) -> set[int]:
        """Indexes of the values found written differently; a person's name only as a whole name,
        a value with public names holding it only outside them (as for the exact search)."""
        if self.automaton is None or text.isascii():
            return set()
        windows: list[tuple[int, int]] = []
        for m in _VARIANT_HINT.finditer(text):
            low, high = max(0, m.start() - VARIANT_REACH), min(len(text), m.end() + VARIANT_REACH)
            if windows and low <= windows[-1][1]:
                windows[-1] = (windows[-1][0], high)
            else:
                windows.append((low, high))
        found: set[int] = set()
        for low, high in windows:
            flat, _ = compact(text[low:high])
            for end, i in self.automaton.iter(flat):
                value = self.compacted[i]
                if names[i] and inside_public_name(flat, end + 1 - len(value), end + 1):
                    continue
                if inside[i] and not _outside(flat, value, tuple(compact_value(n) for n in inside[i])):
                    continue
                found.add(i)
        return found


def _automaton(values: list[str], indexes: list[int]) -> ahocorasick.Automaton | None:
    if not indexes:
        return None
    automaton = ahocorasick.Automaton()
    for i in indexes:
        automaton.add_word(values[i], i)
    automaton.make_automaton()
    return automaton


def _signature_lines(fragments: list[str]) -> list[tuple[bytes, ...]]:
    """For each fragment, a few lines wholly inside it (between two of its line breaks).

    A page can only contain the fragment if it has all these lines. They are picked, rarest
    first, until no other fragment has them all that does not also have every line of this one,
    so that they tell the shells' fragments apart (most differ in one line: a path, a title).
    """
    inner = [set(f.split("\n")[1:-1]) for f in fragments]
    having: dict[str, set[int]] = {}
    for j, fragment in enumerate(fragments):
        for line in fragment.split("\n"):
            having.setdefault(line, set()).add(j)
    chosen: list[tuple[bytes, ...]] = []
    for lines in inner:
        if not lines:
            chosen.append(())
            continue
        target = set.intersection(*(having[line] for line in lines))
        current = set(range(len(fragments)))
        picked: list[bytes] = []
        for line in sorted(lines, key=lambda x: (len(having[x]), -len(x), x)):
            if current == target:
                break
            narrower = current & having[line]
            if narrower != current:
                picked.append(line.encode("utf-8", "surrogatepass"))
                current = narrower
        chosen.append(tuple(picked))
    return chosen
