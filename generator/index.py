"""Static, sharded, Chinese-aware search index for the credit-information site.

The site is served by any static file server, so search runs entirely in the browser
(``site_templates/assets/search.js``) against JSON files written here.  The index must stay
usable at 10**6 entities while one query transfers at most ~300 KB, so nothing is ever loaded
whole: a query fetches ``meta.json`` plus a handful of small files that it can name in advance.

Layout under ``out_dir`` (all JSON is compact, UTF-8, sorted keys, no timestamps)::

    meta.json         format version, hash name, block sizes, shard counts (read first)
    common.json       the frequent ("big") name terms, for query planning
    docs/<b>.json     result rows for doc ids [b*docBlock, (b+1)*docBlock):
                      [title, code, summary] or [title, code, summary, url]
    terms/<s>.json    name-index shard s: {term: postings}, s = crc32(utf8(term)) % nameShards
    big/<p>.json      one page of a frequent term's postings (a JSON string)
    keys/f.json       directory of the forward key table: {"n": entries, "s": separators}
    keys/f/<b>.json   block b of the sorted (key, doc id) table: [[keys...], [doc ids...]]
    keys/r.json       the same for the reversed-key table (suffix search) ...
    keys/r/<b>.json   ... and its blocks
    t2s.json          traditional -> simplified characters of the names and keys (forgiving search only)

A decision number is also in the forward key table as ``#<serial>|<key>`` (never reached by a
normalised query), so that the forgiving search finds "监罚33号" by its serial number.
:func:`forgive_local` (``Searcher.forgive`` in search.js) runs only when a query found nothing.

Only these names are replaced on a rebuild, so the search page itself may live in ``out_dir``.

Design choices:

* **Doc ids are ranks.**  Documents are sorted by (length of normalised title, title, url) and
  numbered in that order, so "ties by shorter name then by title" is simply ascending doc id:
  every posting list is already in result order and a query can stop after the first page of
  results without reading the rest.  Rows are stored in blocks of ``docBlock`` (32) ids, ~3 KB;
  a result list fetches only the blocks of the rows it shows or has to check.  The url is
  omitted from a row when it equals ``entity/<code>/``.
* **Name index.**  Titles are normalised (NFKC, lowercase, whitespace/punctuation/symbols
  removed by an explicit code-point table shared with the JS).  Each title contributes its
  character bigrams, its characters (for 1-character queries), the anchored terms ``^c`` and
  ``^cc`` (first character / bigram: "name starts with" without fetching titles) and the
  whole-name term ``=title`` (a full name costs one shard however common its words are).
  Terms are spread over ``nameShards`` files by CRC-32 of their UTF-8 bytes (zlib in Python,
  a small table in JS); the shard count follows the encoded size (~16 KB a shard) unless given.
* **Postings** are delta-coded doc ids written as base-32 varints in a 64-letter URL-safe
  alphabet (``[A-Za-z0-9_-]``, a continuation digit has value >= 32), one JSON string per
  term: ~1 byte a posting for frequent terms, and faster to parse than JSON number arrays.
  A term longer than ~6 KB encoded ("有限", "公司", "公") moves to ``big/`` pages of <= 16 KB;
  its shard entry becomes ``[count, first page id, encoded first doc id of each page]`` and
  the term is listed in ``common.json`` (a few KB even at 10**6 entities).
* **Query (names).**  Queries of 3+ characters look up only their *rare* bigrams (those not
  in ``common.json``; at most ``maxTerms``, spread over the query), intersect those posting
  lists and check the candidates' titles (bigrams may match out of order).  If every bigram is
  frequent, a covering set of them is fetched and their pages are walked window by window in
  doc-id order, so "有限公司" reads about one page per term, not megabytes.  The exact-name
  term comes first, then a ``^``-anchored pass (name prefix), then a plain pass (substring).
* **Bounded cost.**  Besides its fixed files (meta, common, shards, key directories and
  blocks, shown rows), one query may read at most ``6 * ceil(limit / 20)`` big pages and
  ``limit + 12`` doc blocks for title checks.  When that runs out the results found so far
  are returned; they are always the head of the true ranking (lower-ranked lists are not
  appended after an unfinished one), ``more`` is set and a larger ``limit`` goes on.  Counts
  are exact for 1–2 character queries and whenever every candidate was decided, otherwise
  reported as approximate (``exact: false``).  At 10**6 synthetic entities a query read
  50–240 KB in tests (median ~100 KB).
* **Codes and keys.**  Normalised credit codes and extra keys (decision numbers, registration
  numbers; brackets such as 〔〕【】() are punctuation and therefore dropped, so all spellings
  meet) go into one table sorted in UTF-16 order (the order of JS string comparison), cut into
  blocks of ``keyBlock`` entries.  Its directory lists, per block, the shortest prefix that
  separates it from the previous block; an exact or prefix lookup reads the directory and one
  block (plus the range's last block, for an exact count).  Codes (and ASCII identifiers
  among the keys) are also stored reversed in a second table, so the last 4+ characters of a
  code are a prefix lookup there.
* **Ranking**: exact code/key > exact name > name prefix > name substring > code/key prefix
  > code suffix.  An exact code/key hit skips the name search, and so does any code/key hit
  for an ASCII query with digits; identifier-like queries (ASCII, 8+ characters, 4+ digits)
  never touch the name index.

:func:`search_local` is a line-by-line Python mirror of the JS algorithm (same files fetched,
same results); the tests check both against each other and against a brute-force scan.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import unicodedata
import zlib
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.sink import OutputSink

__all__ = [
    "INDEX_VERSION",
    "IndexParams",
    "SearchEntry",
    "bigrams",
    "build_search_index",
    "decode_postings",
    "encode_postings",
    "normalise",
    "plan_query",
    "search_local",
    "forgive_local",
    "shard_of",
    "term_hash",
    "write_index",
]

INDEX_VERSION = 1
HASH_NAME = "crc32"
DEFAULT_LIMIT = 20
URL_PATTERN = "entity/{code}/"

# Code-point ranges removed by normalise(); search.js carries the same table (STRIP_RANGES).
STRIP_RANGES: tuple[tuple[int, int], ...] = (
    (0x0000, 0x002F),  # controls, space, ASCII punctuation
    (0x003A, 0x0040),
    (0x005B, 0x0060),
    (0x007B, 0x00BF),  # DEL, C1 controls, NBSP, Latin-1 punctuation and symbols
    (0x00D7, 0x00D7),
    (0x00F7, 0x00F7),
    (0x1680, 0x1680),
    (0x2000, 0x206F),  # general punctuation, spaces, zero-width characters
    (0x20A0, 0x20CF),  # currency symbols
    (0x2190, 0x2BFF),  # arrows, maths, technical, box drawing, shapes, dingbats
    (0x2E00, 0x2E7F),  # supplemental punctuation
    (0x3000, 0x3004),  # CJK punctuation (keeping 々 〆 〇 and the Hangzhou numerals)
    (0x3008, 0x3020),
    (0x3030, 0x3030),
    (0x303D, 0x303F),
    (0x30FB, 0x30FB),  # katakana middle dot
    (0xFE00, 0xFE1F),  # variation selectors, vertical forms
    (0xFE30, 0xFE6F),  # CJK compatibility forms, small form variants
    (0xFEFF, 0xFEFF),
    (0xFFF0, 0xFFFF),
    (0x1F000, 0x1FAFF),  # emoji and pictographs
)
_STRIP_RE = re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in STRIP_RANGES) + "]")
_ASCII_ID_RE = re.compile(r"[0-9a-z]+")

# Varint alphabet: value < 32 ends a number, value >= 32 carries 5 more high bits.
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}


def _varint(value: int) -> str:
    digits = [_ALPHABET[value & 31]]
    value >>= 5
    while value:
        digits.append(_ALPHABET[32 + (value & 31)])
        value >>= 5
    return "".join(reversed(digits))


# Encoding tables: values < 2**15 directly; larger ones as a continued high part + 3 low digits.
_VARINT_TABLE = [_varint(v) for v in range(1 << 15)]
_VARINT_HIGH = [_varint(v)[:-1] + _ALPHABET[32 + (v & 31)] for v in range(1 << 15)]
_VARINT_LOW3 = [
    _ALPHABET[32 + (v >> 10)] + _ALPHABET[32 + ((v >> 5) & 31)] + _ALPHABET[v & 31] for v in range(1 << 15)
]
_VARINT_LEN = [len(t) for t in _VARINT_TABLE]


@dataclass(frozen=True)
class SearchEntry:
    """One searchable document (an entity or a content page)."""

    url: str  # relative to site root, e.g. "entity/91620702MA7XXXXX1X/" or "about/"
    title: str  # entity name or page title
    code: str = ""  # 统一社会信用代码 (or 工商注册号); "" for content pages
    summary: str = ""  # one line, e.g. "2 条行政处罚 · 信用等级 A"
    keys: tuple[str, ...] = ()  # extra exact/prefix-searchable identifiers (decision numbers, ...)
    kind: str = "entity"  # "entity" or "page"


@dataclass(frozen=True)
class IndexParams:
    """Tuning knobs of the index format; every value that the search side needs goes to meta.json."""

    shard_count: int | None = None  # name shards; None = derived from the index size
    doc_block: int = 32  # documents per docs/ file (~3 KB)
    key_block: int = 1024  # entries per keys/ block (~30 KB)
    target_shard_bytes: int = 16_000  # aimed size of one terms/ shard
    big_term_bytes: int = 6_000  # a term with longer encoded postings goes to big/ pages
    big_page_bytes: int = 16_000  # maximum size of one big/ page
    max_terms: int = 6  # bigrams looked up per query (verification covers the rest)
    min_key_prefix: int = 4  # shortest query for a code/key prefix lookup
    min_suffix: int = 4  # shortest query for a code suffix lookup


# --------------------------------------------------------------------------- text helpers


def normalise(text: str) -> str:
    """Return the search form of ``text``: NFKC, lowercase, without spaces/punctuation/symbols."""
    return _STRIP_RE.sub("", unicodedata.normalize("NFKC", text).lower())


def bigrams(text: str) -> list[str]:
    """Return the overlapping character bigrams of an (already normalised) string, in order."""
    return [text[i : i + 2] for i in range(len(text) - 1)]


def term_hash(text: str) -> int:
    """CRC-32 (zlib/IEEE) of the UTF-8 bytes of ``text``; search.js has the same function."""
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def shard_of(term: str, shard_count: int) -> int:
    """Return the name-index shard holding ``term``."""
    return term_hash(term) % shard_count


def _varint_len(value: int) -> int:
    return _VARINT_LEN[value] if value < 32768 else (value.bit_length() + 4) // 5


def encode_postings(ids: Sequence[int]) -> str:
    """Encode strictly increasing doc ids (< 2**30) as delta varints, the first id absolute."""
    if not ids:
        return ""
    table, high, low3 = _VARINT_TABLE, _VARINT_HIGH, _VARINT_LOW3
    first = ids[0]
    head = table[first] if first < 32768 else high[first >> 15] + low3[first & 32767]
    return head + "".join(
        [table[d] if (d := b - a - 1) < 32768 else high[d >> 15] + low3[d & 32767] for a, b in pairwise(ids)]
    )


def decode_postings(data: str) -> list[int]:
    """Inverse of :func:`encode_postings`."""
    out: list[int] = []
    prev, value = -1, 0
    for char in data:
        digit = _DECODE[char]
        if digit >= 32:
            value = value * 32 + digit - 32
        else:
            prev += value * 32 + digit + 1
            out.append(prev)
            value = 0
    return out


def _u16(text: str) -> bytes:
    """Sort key giving JavaScript's string order (UTF-16 code units)."""
    return text.encode("utf-16-be", "surrogatepass")


def _is_ascii_id(text: str) -> bool:
    return _ASCII_ID_RE.fullmatch(text) is not None


def _name_terms(text: str) -> set[str]:
    """All name-index terms of a normalised title."""
    n = len(text)
    if n < 2:
        return {text, "^" + text} if text else set()
    terms = {text[i : i + 2] for i in range(n - 1)}
    terms.update(text)
    terms.add("^" + text[0])
    terms.add("^" + text[:2])
    if n > 2:
        terms.add("=" + text)
    return terms


# --------------------------------------------------------------------------- building


@dataclass
class _Doc:
    url: str
    title: str
    code: str
    summary: str
    norm: str
    keys: list[str] = field(default_factory=list)


def _collect(entries: Iterable[SearchEntry]) -> list[_Doc]:
    """Merge entries by url (first wins, keys are united) and sort them into rank order."""
    by_url: dict[str, _Doc] = {}
    for entry in entries:
        doc = by_url.get(entry.url)
        if doc is None:
            doc = by_url[entry.url] = _Doc(
                entry.url, entry.title, entry.code, entry.summary, normalise(entry.title)
            )
        for key in entry.keys:
            if key not in doc.keys:
                doc.keys.append(key)
    docs = list(by_url.values())
    docs.sort(key=lambda d: (len(d.norm), d.title, d.url))
    return docs


class _Writer:
    """Writes compact, deterministic JSON files (through the build's sink, if any) and keeps the stats."""

    def __init__(self, root: Path, sink: OutputSink | None = None) -> None:
        from generator.sink import writer_into  # the leak scan it brings is needed only by the writers

        self._write = writer_into(root, sink, scan=False)  # many files: scanned by the gate's workers
        self.files = 0
        self.bytes = 0

    def write(self, rel: str, obj: object) -> None:
        data = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()
        self._write(rel, data)
        self.files += 1
        self.bytes += len(data)


def _separators(keys: list[str], block: int) -> list[str]:
    """For each block, the shortest prefix of its first key that sorts after the previous key."""
    seps = [""]
    for start in range(block, len(keys), block):
        prev, cur = keys[start - 1], keys[start]
        shared = 0
        while shared < min(len(prev), len(cur)) and prev[shared] == cur[shared]:
            shared += 1
        sep = cur[: shared + 1]
        seps.append(sep if _u16(sep) > _u16(prev) else cur)
    return seps


def _write_key_table(w: _Writer, name: str, pairs: list[tuple[str, int]], block: int) -> int:
    if max("".join(k for k, _ in pairs), default="\0") < "\U00010000":
        pairs.sort()  # BMP only: code-point order is UTF-16 order
    else:
        pairs.sort(key=lambda p: (_u16(p[0]), p[1]))
    keys = [k for k, _ in pairs]
    w.write(f"keys/{name}.json", {"n": len(pairs), "s": _separators(keys, block) if pairs else []})
    count = 0
    for b, start in enumerate(range(0, len(pairs), block)):
        chunk = pairs[start : start + block]
        w.write(f"keys/{name}/{b}.json", [[k for k, _ in chunk], [d for _, d in chunk]])
        count += 1
    return count


def _split_pages(ids: list[int], limit: int) -> list[list[int]]:
    """Cut a long posting list into pages whose encoding stays within ``limit`` characters."""
    # cum[i] = encoded length of ids[1..i] as deltas; a page starting at s costs
    # len(abs ids[s]) + cum[e] - cum[s] for ids[s..e].
    lengths = _VARINT_LEN
    cum = list(
        accumulate(
            [lengths[d] if (d := b - a - 1) < 32768 else (d.bit_length() + 4) // 5 for a, b in pairwise(ids)],
            initial=0,
        )
    )
    pages: list[list[int]] = []
    start = 0
    while start < len(ids):
        room = limit - _varint_len(ids[start]) + cum[start]
        end = bisect_left(cum, room + 1, lo=start + 1) - 1  # last index whose cum fits
        end = max(end, start)
        pages.append(ids[start : end + 1])
        start = end + 1
    return pages


def write_index(entries: Iterable[SearchEntry], out_dir: Path, params: IndexParams,
                sink: OutputSink | None = None) -> dict[str, int]:
    """Build the index with explicit :class:`IndexParams` (see :func:`build_search_index`)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("docs", "terms", "big", "keys"):
        shutil.rmtree(out_dir / stale, ignore_errors=True)
    for stale in ("meta.json", "common.json", "t2s.json"):
        (out_dir / stale).unlink(missing_ok=True)
    w = _Writer(out_dir, sink)
    docs = _collect(entries)

    # Documents.
    for b in range(0, len(docs), params.doc_block):
        rows: list[list[str]] = []
        for d in docs[b : b + params.doc_block]:
            row = [d.title, d.code, d.summary]
            if d.url != URL_PATTERN.format(code=d.code):
                row.append(d.url)
            rows.append(row)
        w.write(f"docs/{b // params.doc_block}.json", rows)

    # Codes and keys.
    forward: list[tuple[str, int]] = []
    reverse: list[tuple[str, int]] = []
    for doc_id, d in enumerate(docs):
        seen: set[str] = set()
        for i, raw in enumerate([d.code, *d.keys]):
            key = normalise(raw)
            if not key or key in seen:
                continue
            seen.add(key)
            forward.append((key, doc_id))
            serial = _serial_key(raw, key) if i else ""
            if serial and serial not in seen:  # "监罚33号": a decision number found by its serial number
                seen.add(serial)
                forward.append((serial, doc_id))
            if (i == 0 or _is_ascii_id(key)) and len(key) >= params.min_suffix:
                reverse.append((key[::-1], doc_id))
    # The characters of the decision numbers and other keys (决, 号, 罚 …), read from traditional by forgive() as
    # the names' are: a number typed 甘州消行罰決字〔2026〕0013號 finds the entity (h21s's traditional decision number).
    key_chars = {c for key, _ in forward for c in key if ord(c) > 0x2E7F}
    fwd_blocks = _write_key_table(w, "f", forward, params.key_block)
    rev_blocks = _write_key_table(w, "r", reverse, params.key_block)
    del forward, reverse

    # Name postings (doc ids are appended in increasing order, so lists are sorted).
    postings: dict[str, list[int]] = {}
    get = postings.get
    name_terms = _name_terms
    for doc_id, d in enumerate(docs):
        for term in name_terms(d.norm):
            lst = get(term)
            if lst is None:
                postings[term] = [doc_id]
            else:
                lst.append(doc_id)
    # Traditional characters a reader may type, for the simplified ones the names and keys use (forgive()).
    w.write("t2s.json", {t: c for t, c in _t2s_table().items() if c in postings or c in key_chars})
    encoded: dict[str, Any] = {}
    common: list[str] = []
    page_id = 0
    total = 0
    for term in sorted(postings):
        ids = postings.pop(term)
        enc = encode_postings(ids) if len(ids) <= params.big_term_bytes or term[0] == "=" else ""
        if (not enc or len(enc) > params.big_term_bytes) and term[0] != "=":
            pages = _split_pages(ids, params.big_page_bytes)
            for k, page in enumerate(pages):
                w.write(f"big/{page_id + k}.json", encode_postings(page))
            value: Any = [len(ids), page_id, encode_postings([p[0] for p in pages])]
            common.append(term)
            page_id += len(pages)
            total += len(term.encode()) + 24
        else:
            value = enc
            total += len(term.encode()) + len(enc) + 6
        encoded[term] = value
    shard_count = params.shard_count or max(1, math.ceil(total / params.target_shard_bytes))
    shards: list[dict[str, Any]] = [{} for _ in range(shard_count)]
    for term, value in encoded.items():
        shards[shard_of(term, shard_count)][term] = value
    del encoded
    for s, shard in enumerate(shards):
        w.write(f"terms/{s}.json", shard)
    w.write("common.json", sorted(common, key=_u16))

    w.write(
        "meta.json",
        {
            "version": INDEX_VERSION,
            "hash": HASH_NAME,
            "docs": len(docs),
            "docBlock": params.doc_block,
            "nameShards": shard_count,
            "bigPages": page_id,
            "keyBlock": params.key_block,
            "keyBlocks": {"f": fwd_blocks, "r": rev_blocks},
            "maxTerms": params.max_terms,
            "minKeyPrefix": params.min_key_prefix,
            "minSuffix": params.min_suffix,
            "urlPattern": URL_PATTERN,
        },
    )
    return {"entries": len(docs), "shards": shard_count, "bytes": w.bytes, "files": w.files}


def build_search_index(
    entries: Iterable[SearchEntry], out_dir: Path, *, shard_count: int | None = None, sink: OutputSink | None = None
) -> dict[str, int]:
    """Write the index under out_dir (e.g. site/search/) and return stats {"entries": n, "shards": k, "bytes": total}.

    ``shard_count`` fixes the number of name-index shards; by default it follows the index
    size (~16 KB per shard).  Only ``meta.json``, ``common.json`` and the ``docs/ terms/ big/
    keys/`` folders inside ``out_dir`` are replaced, so a search page may live in the same
    folder.  Entries with the same url are merged (the first one's fields win, keys are
    united).  The same entries give byte-identical files in any order (merged duplicates
    aside).  The stats also include ``files``, the number of files written.  In a build, every
    file goes through the build's ``sink`` (``out_dir`` inside its root), which hashes it as it
    is written; the leak gate's workers scan them (:mod:`generator.sink`).
    """
    return write_index(entries, out_dir, IndexParams(shard_count=shard_count), sink)


# --------------------------------------------------------------------------- querying


def plan_query(query: str, meta: dict[str, Any], common: Collection[str] | None = None) -> dict[str, Any]:
    """Decide which lookups a query needs (mirrors ``planQuery`` in search.js).

    Returns ``{"q", "fwd", "rev", "name", "ident", "verify", "whole", "prefix", "substring"}``:
    the normalised query; whether to look it up in the forward key table, the reversed (suffix)
    table and the name index; whether it looks like an identifier (ASCII with digits: then a
    code/key hit makes the name lookup pointless); whether name candidates must be checked
    against their titles; the whole-name term ("" if unused) and the name terms of the prefix
    and substring passes.  ``common`` (the frequent terms, ``common.json``) lets a long query
    look up only its rare bigrams; without it the bigrams are spread over the query.
    """
    q = normalise(query)
    chars = len(q)
    digits = sum(c.isascii() and c.isdigit() for c in q)
    ascii_id = _is_ascii_id(q)
    plan: dict[str, Any] = {
        "q": q,
        "fwd": chars >= meta["minKeyPrefix"] and digits > 0,
        "rev": ascii_id and chars >= meta["minSuffix"],
        "name": chars > 0 and not (ascii_id and chars >= 8 and digits >= 4),
        "ident": ascii_id and digits > 0,
        "verify": chars > 2,
        "whole": "",
        "prefix": [],
        "substring": [],
    }
    if not plan["name"]:
        return plan
    if chars <= 2:
        plan["prefix"], plan["substring"] = ["^" + q], [q]
        return plan
    plan["whole"] = "=" + q
    max_terms = max(2, int(meta["maxTerms"]))
    last = chars - 2
    rare = [pos for pos in range(last + 1) if common is not None and q[pos : pos + 2] not in common]
    if rare:  # frequent terms would only be skipped by the search: do not fetch them
        picks = rare
    else:
        picks = list(range(0, last + 1, 2))
        if picks[-1] != last:
            picks.append(last)
        if len(picks) <= max_terms:  # room left: add the bigrams across the covering ones
            picks = sorted(picks + list(range(1, last, 2))[: max_terms - len(picks)])
    if len(picks) > max_terms:
        picks = [picks[(i * (len(picks) - 1)) // (max_terms - 1)] for i in range(max_terms)]
    terms: list[str] = []
    for pos in picks:
        if q[pos : pos + 2] not in terms:
            terms.append(q[pos : pos + 2])
    head = "^" + q[:2]
    plan["substring"] = terms
    if rare and common is not None and head in common:  # then q[:2] is frequent too, so not in terms
        plan["prefix"] = list(terms)
    else:
        plan["prefix"] = [head] + [t for t in terms if t != q[:2]]
    return plan


def _intersect(lists: list[list[int]]) -> list[int]:
    lists = sorted(lists, key=len)
    result = lists[0]
    for other in lists[1:]:
        members = set(other)
        result = [d for d in result if d in members]
    return result


def _lower_bound(items: list[str], key: str) -> int:
    return bisect_left(items, _u16(key), key=_u16)


class _Local:
    """File loader for :func:`search_local`; remembers what one query read."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cache: dict[str, Any] = {}
        self.used: set[str] = set()
        self.bytes = 0

    def load(self, rel: str) -> Any:
        if rel not in self.used:
            self.used.add(rel)
            data = (self.root / rel).read_bytes()
            self.bytes += len(data)
            self.cache[rel] = json.loads(data)
        return self.cache[rel]


class _Budget:
    """What one query may read beyond its fixed files: big/ pages and doc blocks for verification.

    Both grow with the number of results asked for, so "show more" (a larger limit) goes on.
    """

    def __init__(self, limit: int) -> None:
        self.max_pages = 6 * ((limit + 19) // 20)
        self.max_blocks = limit + 12
        self.pages: set[str] = set()
        self.blocks: set[int] = set()

    def take_block(self, block: int) -> bool:
        if block in self.blocks:
            return True
        if len(self.blocks) >= self.max_blocks:
            return False
        self.blocks.add(block)
        return True

    def take_pages(self, paths: list[str]) -> bool:
        new = [p for p in paths if p not in self.pages]
        if len(self.pages) + len(new) > self.max_pages:
            return False
        self.pages.update(new)
        return True


@dataclass
class _Found:
    ids: list[int]  # matches in rank order (at most the number asked for)
    labels: list[str]  # match kind of each id
    count: int  # all matches (estimate unless exact)
    exact: bool  # whether count is exact
    cut: bool = False  # the budget ran out before enough matches were found


def _key_range(
    ld: _Local, meta: dict[str, Any], table: str, p: str, limit: int
) -> tuple[list[int], list[str], int]:
    """Entries of a key table starting with ``p``: (first ``limit`` doc ids, their keys, entry count)."""
    directory = ld.load(f"keys/{table}.json")
    seps: list[str] = directory["s"]
    if not directory["n"]:
        return [], [], 0
    size = meta["keyBlock"]
    lb = _lower_bound(seps, p)
    first = max(0, lb - 1)
    j = lb
    while j < len(seps) and seps[j].startswith(p):
        j += 1
    last = j - 1
    keys, ids = ld.load(f"keys/{table}/{first}.json")
    i = _lower_bound(keys, p)
    start = first * size + i
    out_ids: list[int] = []
    out_keys: list[str] = []
    b = first
    while len(out_ids) < limit:
        if i >= len(keys):
            b += 1
            if b > last:
                break
            keys, ids = ld.load(f"keys/{table}/{b}.json")
            i = 0
        if not keys[i].startswith(p):
            break
        out_ids.append(ids[i])
        out_keys.append(keys[i])
        i += 1
    keys = ld.load(f"keys/{table}/{last}.json")[0]
    e = _lower_bound(keys, p)
    while e < len(keys) and keys[e].startswith(p):
        e += 1
    return out_ids, out_keys, last * size + e - start


def _name_pass(
    ld: _Local,
    meta: dict[str, Any],
    plan: dict[str, Any],
    terms: list[str],
    check: Callable[[str], bool],
    need: int,
    exclude: set[int],
    budget: _Budget,
) -> _Found:
    """One name pass (prefix or substring): matches not in ``exclude``, in rank (= doc id) order."""
    entries = []
    for t in terms:
        entry = ld.load(f"terms/{shard_of(t, meta['nameShards'])}.json").get(t)
        if entry is None:
            return _Found([], [], 0, True)
        entries.append(entry)
    found: list[int] = []
    false = 0
    verify = plan["verify"]
    block = meta["docBlock"]

    def process(cands: list[int]) -> bool:
        """Take candidates in order (checking titles if needed); True when all were decided."""
        nonlocal false
        i = 0
        while True:
            batch: list[int] = []
            while i < len(cands):
                d = cands[i]
                if d in exclude:
                    i += 1
                    continue
                if len(found) + len(batch) >= need or (verify and not budget.take_block(d // block)):
                    break
                batch.append(d)
                i += 1
            if not batch:
                break
            if not verify:
                found.extend(batch)
                continue
            for d in batch:
                if check(normalise(ld.load(f"docs/{d // block}.json")[d % block][0])):
                    if len(found) < need:
                        found.append(d)
                else:
                    false += 1
        return i >= len(cands)

    small = [decode_postings(e) for e in entries if isinstance(e, str)]
    if small:
        # Frequent terms are left out here: the title check removes what they would.
        cands = _intersect(small)
        done = process(cands)
        cut = len(found) < need and not done
        return _Found(found, [], len(cands) - false, done or not verify, cut)
    big = [(e[0], e[1], decode_postings(e[2])) for e in entries]
    n_docs = meta["docs"]
    if not verify:  # one exact term (1-2 character query): its count is the answer
        count, first_page, starts = big[0]
        cut = False
        for k in range(len(starts)):
            if len(found) >= need:
                break
            path = f"big/{first_page + k}.json"
            if not budget.take_pages([path]):
                cut = True
                break
            process(decode_postings(ld.load(path)))
        return _Found(found, [], count, True, cut)
    # Only frequent terms: walk their pages window by window in doc-id (= rank) order.
    w = max(starts[0] for _, _, starts in big)
    seen = 0
    complete = True
    while w < n_docs and len(found) < need:
        end = n_docs
        paths = []
        for _, first_page, starts in big:
            k = bisect_left(starts, w + 1) - 1
            if k + 1 < len(starts):
                end = min(end, starts[k + 1])
            paths.append(f"big/{first_page + k}.json")
        if not budget.take_pages(paths):
            complete = False
            break
        pages = [decode_postings(ld.load(path)) for path in paths]
        cands = _intersect([[d for d in page if w <= d < end] for page in pages])
        seen += len(cands)
        complete = process(cands)
        w = end
        if not complete:
            break
    if w >= n_docs and complete:
        return _Found(found, [], seen - false, True)
    estimate = max(min(c for c, _, _ in big) - false, len(found))
    return _Found(found, [], estimate, False, len(found) < need)


def _name_search(ld: _Local, meta: dict[str, Any], query: str, limit: int, budget: _Budget) -> _Found:
    """Name matches: exact title, then name prefix, then substring, each in rank order."""
    plan = plan_query(query, meta)
    if plan["verify"]:
        plan = plan_query(query, meta, set(ld.load("common.json")))
    q = plan["q"]
    for t in [plan["whole"], *plan["prefix"], *plan["substring"]]:
        if t:
            ld.load(f"terms/{shard_of(t, meta['nameShards'])}.json")
    whole: list[int] = []
    if plan["whole"]:
        entry = ld.load(f"terms/{shard_of(plan['whole'], meta['nameShards'])}.json").get(plan["whole"])
        whole = decode_postings(entry)[:limit] if entry is not None else []
    pre = _name_pass(
        ld, meta, plan, plan["prefix"], lambda t: t.startswith(q), limit - len(whole), set(whole), budget
    )
    ids = whole + pre.ids
    if pre.cut:  # more prefix matches may exist: substring matches cannot be placed yet
        return _Found(ids, ["prefix"] * len(ids), max(pre.count, len(ids)), False, True)
    sub = _name_pass(ld, meta, plan, plan["substring"], lambda t: q in t, limit - len(ids), set(ids), budget)
    labels = ["prefix"] * len(ids) + ["name"] * len(sub.ids)
    return _Found(ids + sub.ids, labels, max(sub.count, len(ids) + len(sub.ids)), sub.exact, sub.cut)


def search_local(index_dir: Path, query: str, limit: int = DEFAULT_LIMIT) -> dict[str, Any]:
    """Run a query against an index on disk exactly as search.js does in the browser.

    Returns ``{"query", "q", "results", "total", "exact", "more", "fetched", "bytes"}`` where
    ``results`` is a list of ``{"url", "title", "code", "summary", "match"}`` in rank order
    (``match``: ``key``, ``prefix``, ``name``, ``keyprefix`` or ``suffix``), ``total`` counts
    all matches (exactly when ``exact``), ``more`` says a larger ``limit`` would show more, and
    ``fetched``/``bytes`` are the index files (relative to ``index_dir``) the query read and
    their size: what a browser would download with an empty cache.
    """
    return _search(_Local(Path(index_dir)), query, limit)


def _search(ld: _Local, query: str, limit: int) -> dict[str, Any]:
    """search_local over a given loader (forgive() runs several searches and counts their bytes together)."""
    meta = ld.load("meta.json")
    plan = plan_query(query, meta)
    q = plan["q"]
    budget = _Budget(limit)
    cats: list[_Found] = []
    exact_hit = False
    if plan["fwd"]:
        ids, keys, count = _key_range(ld, meta, "f", q, limit)
        labels = ["key" if k == q else "keyprefix" for k in keys]
        exact_hit = "key" in labels
        cats.append(_Found(ids, labels, count, count == len(ids)))  # an entity may hold several keys
    if plan["rev"]:
        ids, _keys, count = _key_range(ld, meta, "r", q[::-1], limit)
        cats.append(_Found(ids, ["suffix"] * len(ids), count, count == len(ids)))
    if plan["name"] and not exact_hit and not (plan["ident"] and any(c.count for c in cats)):
        cats.insert(0, _name_search(ld, meta, query, limit, budget))
    order: list[tuple[int, str]] = []
    seen: set[int] = set()
    rest = 0
    exact = all(c.exact for c in cats)
    cut = False
    for cat in cats:
        shown = 0
        if not cut:
            for d, label in zip(cat.ids, cat.labels, strict=True):
                shown += 1
                if d not in seen:
                    seen.add(d)
                    order.append((d, label))
        rest += cat.count - shown
        cut = cut or cat.cut  # lower-ranked lists cannot be placed after an unfinished one
    if rest and (cut or sum(1 for c in cats if c.count) > 1):
        exact = False  # unloaded matches of one list may repeat matches of another
    total = len(seen) + rest
    block = meta["docBlock"]
    results = []
    for d, match in order[:limit]:
        row = ld.load(f"docs/{d // block}.json")[d % block]
        url = row[3] if len(row) > 3 else meta["urlPattern"].replace("{code}", row[1])
        results.append({"url": url, "title": row[0], "code": row[1], "summary": row[2], "match": match})
    return {
        "query": query,
        "q": q,
        "results": results,
        "total": total,
        "exact": exact,
        "more": cut or total > len(results),
        "fetched": sorted(ld.used),
        "bytes": ld.bytes,
    }


# --------------------------------------------------------------------------- forgiving search

SERIAL_MARK = "#"  # key-table entries "#<serial>|<key>": not reachable by a normalised query
# The serial: the last run of at most 10 digits, not glued to a Latin letter. A longer run, or one
# glued to a letter, is a code (a tax list's 认定文号 ends in the 纳税人识别号 92620702000091029W): as
# "#92620702000091029|…" it read as a card number and stopped the build. search.js has the same rule.
_SERIAL_RE = re.compile(r"(?<!\d)(\d{1,10})(?![0-9A-Za-z])\D*$")
# Characters of a decision-number query that the key need not contain (a reader's own wording).
_NUMBER_WORDS = set("号第年")
# What forgive() looks at: the closest names are checked among this many candidates.
FORGIVE_CANDIDATES = 24
FORGIVE_TERMS = 8  # name-index terms (so at most 8 shards) one forgiving query looks up


def _serial_key(raw: str, key: str) -> str:
    """The serial-number entry of a decision number: "#33|甘州市监罚202633号" for 甘州市监罚〔2026〕33号.

    The serial is the last run of digits of the number as written (brackets would glue the year to it).
    """
    found = _SERIAL_RE.search(unicodedata.normalize("NFKC", raw))
    if not found or not key or _is_ascii_id(key):
        return ""
    return f"{SERIAL_MARK}{found.group(1).lstrip('0') or '0'}|{key}"


_T2S: dict[str, str] = {}


def _t2s_table() -> dict[str, str]:
    """Traditional -> simplified characters, from the tables hanziconv ships (CUHK character lists)."""
    if not _T2S:
        from hanziconv import charmap

        _T2S.update({t: c for t, c in zip(charmap.traditional_charmap, charmap.simplified_charmap, strict=True)
                     if t != c})
    return _T2S


def _subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(c in it for c in needle)


def forgive_local(index_dir: Path, query: str, limit: int = 5) -> dict[str, Any]:
    """What the search page offers when a query finds nothing (mirrors ``Searcher.forgive`` in search.js).

    In order, the first that finds something: the query with traditional characters read as
    simplified (``how: "t2s"``, ``as``: the simplified query); a decision number by its serial
    number and the other characters typed, in order ("监罚33号" finds 甘州市监罚〔2026〕33号:
    ``how: "number"``); the names sharing most characters with the query ("鑫元商贸", "鑫源公司":
    ``how: "similar"``). Reads only the rare terms of the query (never the big/ pages) and at most
    FORGIVE_CANDIDATES title blocks. Returns ``{"query", "q", "how", "as", "results", "fetched", "bytes"}``.
    """
    ld = _Local(Path(index_dir))
    meta = ld.load("meta.json")
    q = normalise(query)
    out: dict[str, Any] = {"query": query, "q": q, "how": "", "as": "", "results": []}

    def done(how: str, results: list[dict[str, Any]], as_: str = "") -> dict[str, Any]:
        out.update(how=how, results=results[:limit], fetched=sorted(ld.used), bytes=ld.bytes, **{"as": as_})
        return out

    if not q:
        return done("", [])
    t2s = ld.load("t2s.json")
    simple = "".join(t2s.get(c, c) for c in q)
    raw = "".join(t2s.get(c, c) for c in unicodedata.normalize("NFKC", query))
    if simple != q:
        found = _search(ld, simple, limit)
        if found["results"]:
            return done("t2s", found["results"], simple)
        q = simple
    block = meta["docBlock"]

    def row_of(d: int, match: str) -> dict[str, Any]:
        row = ld.load(f"docs/{d // block}.json")[d % block]
        url = row[3] if len(row) > 3 else meta["urlPattern"].replace("{code}", row[1])
        return {"url": url, "title": row[0], "code": row[1], "summary": row[2], "match": match}

    serial = _SERIAL_RE.search(raw)
    if serial and not _is_ascii_id(q):
        # The serial as typed (brackets would glue a year to it once normalised), the rest in order.
        prefix = f"{SERIAL_MARK}{serial.group(1).lstrip('0') or '0'}|"
        words = "".join(c for c in normalise(raw[: serial.start()]) if c not in _NUMBER_WORDS)
        ids, keys, _count = _key_range(ld, meta, "f", prefix, 4 * limit)
        hits: list[int] = []
        for d, key in zip(ids, keys, strict=True):
            if _subsequence(words, key[len(prefix):]) and d not in hits:
                hits.append(d)
        if hits:
            return done("number", [row_of(d, "number") for d in hits[:limit]])
    chars = list(dict.fromkeys(q))
    pairs = list(dict.fromkeys(bigrams(q)))
    common = set(ld.load("common.json"))
    scores: dict[int, int] = {}
    # Bigrams first (they pick out a name), then characters; frequent terms are never fetched.
    for term in [t for t in pairs + chars if t not in common][:FORGIVE_TERMS]:
        entry = ld.load(f"terms/{shard_of(term, meta['nameShards'])}.json").get(term)
        if isinstance(entry, str):
            for d in decode_postings(entry):
                scores[d] = scores.get(d, 0) + len(term)
    candidates = sorted(scores, key=lambda d: (-scores[d], d))[:FORGIVE_CANDIDATES]
    wanted = set(chars)
    need = max(2, math.ceil(len(wanted) / 2))
    ranked: list[tuple[int, int, int]] = []
    for d in candidates:
        title = normalise(ld.load(f"docs/{d // block}.json")[d % block][0])
        shared = len(wanted & set(title))
        if shared >= need:
            ranked.append((-(shared + sum(p in title for p in pairs)), d, shared))
    ranked.sort()
    return done("similar" if ranked else "", [row_of(d, "similar") for _, d, _ in ranked])
