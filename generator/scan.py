"""Scan stage (the leak gate): prove that nothing private is about to be published.

Entry point: `scan_outputs(site_dir, secrets, allowed)`. Every file of the new site is
read (gzip, XLSX and Parquet decoded; HTML entities and JSON escapes undone) and searched
for (a) every never-public value of every input row and (b) patterns of identity numbers
with a valid check digit, mobile numbers, e-mail addresses and bank-card numbers (Luhn).
A hit names the output file and, for values, the input file/row/column, never the value.
"""

from __future__ import annotations

import gzip
import html
import io
import json
import multiprocessing
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from generator.deidentify import Secret
from generator.validate import ric_check_digit

_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_ID18 = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# Not the fraction of a decimal number: 0.5639999999999999 holds a Luhn-valid run by chance.
_CARD = re.compile(r"(?<![0-9A-Za-z])(?<!\d\.)\d{16,19}(?![0-9A-Za-z])")
# Files copied verbatim from the installed theme: no data reaches them, so only values are
# searched there (their minified code is full of digit runs and @-rules).
VENDOR_PREFIXES = ("assets/javascripts/", "assets/stylesheets/")


@dataclass(frozen=True)
class Leak:
    """One hit of the leak gate."""

    output: str  # file relative to the site
    what: str  # e.g. "证件号码 from penalties/p.csv row 5" or "pattern: mobile number"

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
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except OSError:
            pass
    if raw[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                raw = b"\n".join(z.read(n) for n in sorted(z.namelist()))
        except zipfile.BadZipFile:
            pass
    if raw[:4] == b"PAR1":
        import pyarrow.parquet as pq

        table = pq.read_table(io.BytesIO(raw))
        raw = json.dumps(table.to_pylist(), ensure_ascii=False, default=str).encode()
    text = raw.decode("latin-1")  # decodes anything; replaced by a better fit below
    for encoding in ("utf-8", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    if "&" in text:
        text = html.unescape(text)
    if "\\u" in text:
        text = _JSON_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return text


# Numbers written with spaces, dashes or +86: 139-1939-1234, +86 139 1939 1234, 620702 19900101 0057.
_FORMATTED = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[-\s]?)?\d{3,6}(?:[-\s]\d{2,8}){1,4}[Xx]?(?![0-9A-Za-z])")


# Every pattern needs 11 or more digits (mobile 11, card 16-19, ID 18), so only such runs, with the
# separators they may contain, are looked at closely; a simple scan finds them several times faster.
_CANDIDATE = re.compile(r"[\d+][\d\s+\-]{9,}[\dXx]")


def _patterns(text: str) -> Iterator[tuple[str, str]]:
    """Personal-data patterns in text: (the compacted hit, what it looks like)."""
    for candidate in _CANDIDATE.finditer(text):
        window = text[max(0, candidate.start() - 2): candidate.end() + 1]
        yield from _window_patterns(window)
    if "@" in text:
        for m in _EMAIL.finditer(text):
            yield m.group(0), "pattern: e-mail address"


def _window_patterns(text: str) -> Iterator[tuple[str, str]]:
    for m in _FORMATTED.finditer(text):
        digits = re.sub(r"[-\s+]", "", m.group(0)).upper()
        if len(digits) == 13 and digits.startswith("86"):
            digits = digits[2:]
        if len(digits) == 11 and re.fullmatch(r"1[3-9]\d{9}", digits):
            yield digits, "pattern: mobile number"
        elif len(digits) == 18 and digits[:17].isdigit() and ric_check_digit(digits[:17]) == digits[17]:
            yield digits, "pattern: 18-digit identity number"
    for m in re.finditer(r"(?<![0-9A-Za-z])\+86(1[3-9]\d{9})(?!\d)", text):
        yield m.group(1), "pattern: mobile number"
    for m in _ID18.finditer(text):
        v = m.group(0).upper()
        if ric_check_digit(v[:17]) == v[17] and 1900 <= int(v[6:10]) <= 2100 and 1 <= int(v[10:12]) <= 12:
            yield v, "pattern: 18-digit identity number"
    for m in _MOBILE.finditer(text):
        yield m.group(0), "pattern: mobile number"
    for m in _CARD.finditer(text):
        if luhn_valid(m.group(0)):
            yield m.group(0), "pattern: bank-card number"


def allowed_tokens(values: Iterable[str]) -> set[str]:
    """Pattern hits that are public identifiers (registration numbers, codes, decision numbers)."""
    allowed: set[str] = set()
    for value in values:
        if value:
            allowed.update(hit for hit, _ in _patterns(value))
    return allowed


PARALLEL_FROM = 400  # files; below this a process pool costs more than it saves


def scan_outputs(site_dir: Path, secrets: list[Secret], allowed: set[str], fragments: Iterable[str] = ()) -> list[Leak]:
    """Every leak found under site_dir; an empty list means the site may be published.

    `fragments` are literal texts repeated on many pages (the theme shell around every
    generated page). They are scanned once, then cut out of each page before its scan, so
    the cost follows what differs from page to page. A cut leaves a line break, so no match
    can be made across it; the fragments begin and end inside HTML markup, not in text.
    Large sites are scanned by one process per core; the result does not depend on it.
    """
    shared = sorted({f for f in fragments if f}, key=len, reverse=True)
    inputs: list[tuple[str, Path | str]] = [("(page shell)", fragment) for fragment in shared]
    inputs += [(p.relative_to(site_dir).as_posix(), p) for p in sorted(site_dir.rglob("*")) if p.is_file()]
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(inputs) < PARALLEL_FROM:
        return _Scanner(secrets, allowed, shared).scan(inputs)
    chunks = [inputs[i::workers] for i in range(workers)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        parts = list(pool.map(_scan_chunk, [(secrets, allowed, shared, chunk) for chunk in chunks]))
    order = {rel: i for i, (rel, _) in enumerate(inputs)}
    return sorted((leak for part in parts for leak in part), key=lambda x: order.get(x.output, -1))


def _scan_chunk(job: tuple[list[Secret], set[str], list[str], list[tuple[str, Path | str]]]) -> list[Leak]:
    secrets, allowed, shared, chunk = job
    return _Scanner(secrets, allowed, shared).scan(chunk)


class _Scanner:
    def __init__(self, secrets: list[Secret], allowed: set[str], shared: list[str]) -> None:
        self.allowed = allowed
        self.shared = shared
        self.automaton = ahocorasick.Automaton()
        for secret in secrets:
            value = secret.value.strip()
            if len(value) >= 2 and value not in self.automaton:
                self.automaton.add_word(value, secret)
        self.has_words = len(self.automaton) > 0
        if self.has_words:
            self.automaton.make_automaton()

    def scan(self, inputs: list[tuple[str, Path | str]]) -> list[Leak]:
        leaks: list[Leak] = []
        for rel, source in inputs:
            try:
                text = self._text(source)
            except Exception as exc:  # noqa: BLE001 - an output we cannot read cannot be proven clean
                leaks.append(Leak(rel, f"unreadable output ({type(exc).__name__})"))
                continue
            if self.has_words:
                seen: set[str] = set()
                for _, secret in self.automaton.iter(text):
                    if secret.value not in seen:
                        seen.add(secret.value)
                        leaks.append(Leak(rel, f"value of {secret.column} from {secret.file} row {secret.row}"))
            if not rel.startswith(VENDOR_PREFIXES):
                for hit, what in _patterns(text):
                    if hit not in self.allowed:
                        leaks.append(Leak(rel, what))
        return leaks

    def _text(self, source: Path | str) -> str:
        if isinstance(source, str):
            return decoded_text(source.encode("utf-8"))
        raw = source.read_bytes()
        if self.shared and source.suffix == ".html":
            page = raw.decode("utf-8", "replace")
            for fragment in self.shared:
                page = page.replace(fragment, "\n")
            raw = page.encode("utf-8")
        return decoded_text(raw)
