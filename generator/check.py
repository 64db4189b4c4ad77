"""信用核查: check a whole list of codes or names against what the site publishes.

One set of rules for the 批量核查 page (``site_templates/assets/check.js`` mirrors every
function here line by line; tests run both on one list and compare the rows) and for
``creditsite check LIST --site SITE``.

The build writes a small check index beside the search index (:func:`write_check_index`)::

    check/meta.json     version, as-of date, build version, shard counts, the column titles,
                        the outcome labels and the fact fields (read first)
    check/c/<s>.json    {entity code: [facts...]} for s = crc32(code) % codeShards
    check/n/<s>.json    {normalised exact name: [codes...]} for s = crc32(name) % nameShards; an older
                        code of an entity (工商注册号, 组织机构代码) is there too, keyed by alias_key()

A code costs one shard of about ``ENTRIES_PER_SHARD`` entities (about 2 KB) whatever the size of
the site, so 1,000 codes read at most 1,000 small files; a name costs one name shard (about
``NAMES_PER_SHARD`` names, a few KB) and the code shards of its matches, and only a name without
an exact match asks the search index for candidates, and then what the search page offers under
您是不是要找 when close enough (never taken as a match: they are shown with "请确认").

A list is read as its clerk wrote it (:func:`read_entries`): the header may sit below a title row,
in clerks' words, on the workbook's second sheet, or in columns pasted with tabs; every row that is
not empty gets a result row, numbered with the list's own 序号. A site past its due date (its
public ``assets/due.js``) is not checked at all (:func:`site_overdue`).

The facts are computed from the published records as of the build's date: they hold nothing
an entity page does not show (natural persons have no entity, so no entry; names and
operators are as the pages show them, masked for 个体工商户).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from generator.contract import (
    BLACKLIST,
    COMMITMENTS,
    CURRENT,
    ENTITY,
    EVALUATIONS,
    FULFILMENT,
    GRADE,
    GRADE_SCHEME,
    KEY,
    LIST_NAME,
    ORG_CODE_FIELD,
    PARTY_CATEGORY_FIELD,
    PENALTIES,
    REDLIST,
    REG_NO_FIELD,
    REGISTRY,
    REGISTRY_NAME,
    REGISTRY_STATUS,
    REP_FIELD,
    TIER,
)
from generator.detect import MASK
from generator.digest_memo import DigestMemo
from generator.index import forgive_local, normalise, search_local, term_hash
from generator.records import SAFE_CODE
from generator.rules import add_months
from generator.schema import KINDS, NATURAL_PERSON, RECORD_KINDS, TIERS

if TYPE_CHECKING:
    from generator.sink import OutputSink

CHECK_DIR = "check"
CHECK_VERSION = 1
ENTRIES_PER_SHARD = 16  # aimed entities per code shard: bounds the bytes one lookup reads
NAMES_PER_SHARD = 64  # aimed names per name shard: names are looked up less often; a quarter of the files
CANDIDATES = 5  # search-index candidates shown for a name without an exact match
MAX_SAME_NAME = 10  # entities of one exact name listed as candidates
MAX_INPUT = 200  # characters of an input line kept (a longer line is no code or name)
# In a name shard, an older code of an entity (its 工商注册号, its 组织机构代码) is keyed "#code": a normalised
# name never holds "#".
ALIAS_MARK = "#"
# A name the search index only calls similar is offered when it shares this part of the shorter name's
# character pairs, at least SIMILAR_PAIRS of them (a masked 个体工商户 name is compared around its mask);
# "某某公司" is then no candidate of every 有限公司.
SIMILAR_SHARE = 0.4
SIMILAR_PAIRS = 2
# Not compared: every company's name ends so ("不存在的有限公司" is like no 有限公司 for it).
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "农民专业合作社", "专业合作社", "有限公司", "分公司", "合作社", "公司")

# The facts of one entity, in the order a code shard stores them.
FACTS = ("name", "category", "legal_rep", "status", "black", "black_lists", "pen1", "tier1", "pen3", "tier3",
         "red", "red_lists", "grade", "unfulfilled")

# The columns of a result row (CSV, XLSX and the page's table), in order.
COLUMNS = ("序号", "输入", "核查结果", "统一社会信用代码（注册号）", REGISTRY_NAME, "主体类别", "法定代表人（经营者）",
           REGISTRY_STATUS, "严重失信名单（条）", "严重失信名单名称", "近1年行政处罚（条）", "近1年最重失信程度",
           "近3年行政处罚（条）", "近3年最重失信程度", "守信激励名单（条）", "守信激励名单名称", "当前信用评价",
           "未履约信用承诺（条）", "有无发现", "候选主体（请确认）", "主体页面", "信息截至", "站点版本")

OUTCOMES = {
    "found": "找到",
    "not-found": "未找到",
    "several": "同名主体不止一个，请确认",
    "candidates": "无完全一致的名称，请确认候选",
    "bad-code": "代码有误（位数或校验位不符）",
    "person": "自然人不在核查范围",
    "unreadable": "无法识别",
    "empty": "名称和代码均为空",
}

# A registry status that still trades: anything else (注销, 吊销, 撤销 ...) is a finding.
ACTIVE_STATUS_WORDS = ("存续", "在业", "开业", "在营", "在册", "正常")

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# Removed from a code before it is looked up: white space, invisible characters and separators
# (spelled out rather than \s, so that check.js removes exactly the same characters).
_CODE_NOISE = re.compile(r"[\t\n\v\f\r \u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\-_.·/]")
_CODE_FORM = re.compile(r"^[0-9A-Z]+$")
_FORMULA_START = ("=", "+", "-", "@")
# Where a pasted text or a .txt list breaks lines (str.splitlines, spelled out for check.js).
TRIM = "\t\n\v\f\r \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + "\u2028\u2029\u202f\u205f\u3000\ufeff"
# ^ what String.prototype.trim removes: check.js trims lines with it.
LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")

# Header cells that name the code or the name column of a list file. Words of a department's list, not of
# the exports (some happen to be contract headers): check.js holds the same words in the same order.
CODE_HEADERS = ("统一社会信用代码", "社会信用代码", "信用代码", "代码", "注册号", "工商注册号", "行政相对人代码_1",
                "社会统一信用代码", "纳税人识别号", "组织机构代码", "统一代码")
NAME_HEADERS = ("主体名称", "名称", "企业名称", "单位名称", "公司名称", "市场主体名称", "行政相对人名称", "供应商名称",
                "投标人名称", "投标人", "申请人", "申请单位", "供应商", "单位全称", "企业全称", "全称")
# A header cell not in the lists above still names the column when it holds one of these words (first match wins;
# "社会统一信用代码 （必填）" and "投标单位名称" are headers clerks write).
CODE_HEADER_WORDS = ("信用代码", "识别号", "注册号", "机构代码")
NAME_HEADER_WORDS = ("名称", "全称")
# The list's own row number: carried into the result's 序号, so that a clerk finds every applicant of the list.
NUMBER_HEADERS = ("序号", "编号", "序")
HEADER_ROWS = 10  # rows searched for the header: a title row and a blank row often come first
# A cell is read for the words above only when it is short and does not end as an entity's name does:
# "张掖市名称科技有限公司" in the first rows of a list without a header is a name, not a header.
HEADER_WORDS_MAX = 12
ENTITY_ENDINGS = ("公司", "厂", "店", "社", "部", "行", "中心", "所", "院", "场", "站", "馆", "户", "局", "会")


# --------------------------------------------------------------------------- shared small rules


def shard_count(entries: int, per_shard: int = ENTRIES_PER_SHARD) -> int:
    """Shards for a table of ``entries``: a power of two, about ``per_shard`` entries each."""
    count = 1
    while count * per_shard < entries:
        count *= 2
    return count


def shard_of(key: str, shards: int) -> int:
    """The shard of a code or normalised name: CRC-32 of its UTF-8 bytes (search.js termHash)."""
    return term_hash(key) % shards


def code_form(text: str) -> str:
    """A line as a code: NFKC (full-width to ASCII), upper case, without spaces and separators."""
    return _CODE_NOISE.sub("", unicodedata.normalize("NFKC", text).upper())


def valid_uscc(code: str) -> bool:
    """GB 32100 check character of an 18-character 统一社会信用代码."""
    if len(code) != 18 or any(c not in USCC_ALPHABET for c in code):
        return False
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(code, USCC_WEIGHTS, strict=False))
    return USCC_ALPHABET[(31 - total % 31) % 31] == code[17]


def valid_id_number(code: str) -> bool:
    """GB 11643 check character of an 18-digit 居民身份证号码 (a natural person: never looked up)."""
    if not re.fullmatch(r"\d{17}[0-9X]", code):
        return False
    total = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(code[:17]))
    return "10X98765432"[total % 11] == code[17]


def classify(line: str) -> tuple[str, str]:
    """What a line asks for: ("code", code), ("name", normalised name), or an outcome with "".

    A line is a code when, without spaces and separators, it is ASCII letters and digits, 8 or
    more characters with 4 or more digits (the search index's rule for identifiers). An
    18-character code must carry a valid GB 32100 check character; one that is a valid 身份证
    number instead belongs to a natural person, who is not checkable. Other text holding one valid
    code (a name with its code, two pasted columns) asks for that code. A bare number too short
    for a code is no name: a row number (up to 5 digits) is unreadable, a cut-off code a bad code.
    """
    code = code_form(line)
    if _CODE_FORM.match(code) and len(code) >= 8 and sum(c.isdigit() for c in code) >= 4:
        if len(code) == 18:
            if valid_uscc(code):
                return "code", code
            return ("person", "") if valid_id_number(code) else ("bad-code", "")
        return ("code", code) if SAFE_CODE.match(code) else ("bad-code", "")
    embedded = embedded_code(line)
    if embedded:
        return "code", embedded
    if code.isdigit() and code.isascii():
        # A number too short for any code: a row number (1, 2) or a cut-off code (916207) names nobody.
        return ("bad-code", "") if len(code) >= 6 else ("unreadable", "")
    name = normalise(line)
    return ("name", name) if name else ("unreadable", "")


# A code typed with the name: 张掖市恒通商贸有限公司（9162…）, or two columns pasted from a spreadsheet
# into a text list (a tab between them). Read as a name, the line was 未找到 while the entity was on
# the site: a company with a blacklist entry passed a check.
_EMBEDDED_USCC = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")


def embedded_code(line: str) -> str:
    """The one valid GB 32100 code standing whole in a line of other text ("" when none, or two differ)."""
    found = {c for c in _EMBEDDED_USCC.findall(unicodedata.normalize("NFKC", line).upper()) if valid_uscc(c)}
    return found.pop() if len(found) == 1 else ""


def formula_safe(value: str) -> str:
    """A cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def has_finding(facts: Sequence[Any]) -> bool:
    """Whether a found entity has anything a decision must weigh.

    Serious-dishonesty entries, penalties in the last 3 years, honour-list entries (joint
    rewards), unfulfilled commitments, or a registry status other than trading.
    """
    f = dict(zip(FACTS, facts, strict=True))
    status = f["status"]
    closed = bool(status) and not any(word in status for word in ACTIVE_STATUS_WORDS)
    return bool(f["black"] or f["pen3"] or f["red"] or f["unfulfilled"] or closed)


# --------------------------------------------------------------------------- the index (build side)


def _values(frame: pd.DataFrame, column: str) -> list[Any]:
    """A column as a list ("" for each row when the column is absent)."""
    return frame[column].tolist() if column in frame else [""] * len(frame)


def _text(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def check_facts(decided: Any, entities: Iterable[dict[str, Any]], as_of: str) -> dict[str, list[Any]]:
    """The facts of every entity with a page, from its published records as of ``as_of``.

    ``entities`` are the render stage's summaries (code, name, category): the same entities,
    names and categories as the pages. Penalties count by decision date within the last 12
    and 36 months up to ``as_of``; the severest tier is 严重 > 一般 > 轻微.
    """
    day = dt.date.fromisoformat(as_of)
    one_year, three_years = add_months(day, -12).isoformat(), add_months(day, -36).isoformat()
    facts: dict[str, list[Any]] = {}
    for e in entities:
        facts[e["code"]] = [e["name"], e.get("category", ""), "", "", 0, "", 0, "", 0, "", 0, "", "", 0]
    at = {name: i for i, name in enumerate(FACTS)}

    def rows(kind: str, *columns: str) -> Iterator[tuple[Any, ...]]:
        """(code, *values) of the published rows of entities with a page, never a natural person's.

        Plain loops over column lists: a pandas operation per entity (or isin on Arrow strings)
        costs seconds per 10^4 entities.
        """
        frame = decided.published(kind) if kind in decided.frames else None
        if frame is None or frame.empty or ENTITY not in frame:
            return
        for code, category, *values in zip(_values(frame, ENTITY), _values(frame, PARTY_CATEGORY_FIELD),
                                           *(_values(frame, c) for c in columns), strict=True):
            if code in facts and category != NATURAL_PERSON:
                yield (code, *values)

    for code, rep, status in rows(REGISTRY, REP_FIELD, REGISTRY_STATUS):
        facts[code][at["legal_rep"]] = _text(rep)
        facts[code][at["status"]] = _text(status)
    # The operator named on the page when the registry has none: the latest record's (render.py).
    latest: dict[str, tuple[str, str, str]] = {}
    for kind in RECORD_KINDS:
        for code, date, key, rep in rows(kind, KINDS[kind].decision_date, KEY, REP_FIELD):
            candidate = (_text(date), _text(key), _text(rep))
            if code not in latest or candidate[:2] > latest[code][:2]:
                latest[code] = candidate
    for code, (_, _, rep) in latest.items():
        if not facts[code][at["legal_rep"]]:
            facts[code][at["legal_rep"]] = rep
    for kind, count_at, names_at in ((BLACKLIST, "black", "black_lists"), (REDLIST, "red", "red_lists")):
        lists: dict[str, set[str]] = {}
        for code, name in rows(kind, LIST_NAME):
            facts[code][at[count_at]] += 1
            if _text(name):
                lists.setdefault(code, set()).add(_text(name))
        for code, names in lists.items():
            facts[code][at[names_at]] = "；".join(sorted(names))
    ranks = {t: i for i, t in enumerate(TIERS)}
    for code, date, tier in rows(PENALTIES, KINDS[PENALTIES].decision_date, TIER):
        decided_on, tier = _text(date), _text(tier)
        for window, count_at, tier_at in ((three_years, "pen3", "tier3"), (one_year, "pen1", "tier1")):
            if decided_on > window:
                row = facts[code]
                row[at[count_at]] += 1
                if tier in ranks and (not row[at[tier_at]] or ranks[tier] > ranks[row[at[tier_at]]]):
                    row[at[tier_at]] = tier
    grades: dict[str, list[str]] = {}
    for code, current, scheme, result in rows(EVALUATIONS, CURRENT, GRADE_SCHEME, GRADE):
        if current:  # a boolean column: the latest valid grade of each scheme
            grades.setdefault(code, []).append(f"{_text(scheme)} {_text(result)}".strip())
    for code, shown in grades.items():
        facts[code][at["grade"]] = "；".join(sorted(shown))
    for code, state in rows(COMMITMENTS, FULFILMENT):
        if state == "未履约":
            facts[code][at["unfulfilled"]] += 1
    return facts


class AliasMemo(DigestMemo):
    """Whether the leak detector reads each long digit code, named as the check index names it
    (`alias_key`), as personal data: kept from build to build, so that an update runs the detector on
    the numbers it has not seen only (it ran once per registration number of every build: +7.8 s of
    `check_aliases` at 10^5 entities, bench/bench_check_aliases.py). As `scan.TokenMemo` (`DigestMemo`):
    codes are held as keyed 128-bit digests, never as written (a number that reads as an ID may be a
    person's); one file per code version."""

    prefix = "aliases-"

    def reads_as_personal(self, code: str) -> bool:
        """Whether the leak detector finds personal data in `code` named as the index names it."""
        digest = self.digest(code)
        self.used.add(digest)
        known = self.known.get(digest)
        if known is None:
            known = self.known[digest] = _reads_as_personal(code)
        return bool(known)

    def _entries(self, table: dict[str, list[Any]]) -> dict[bytes, Any]:
        return dict(zip(table["digest"], map(bool, table["personal"]), strict=True))

    def _table(self, digests: list[bytes]) -> Any:
        import pyarrow as pa

        return pa.table({"digest": pa.array(digests, pa.binary(16)),
                         "personal": pa.array([self.known[d] for d in digests], pa.bool_())})


ALIAS_MEMO_PREFIX = AliasMemo.prefix  # AliasMemo's file in the state's scrub folder: aliases-<code version>.parquet


def _reads_as_personal(code: str) -> bool:
    """A long run of digits may read as an ID or a phone number to the leak gate, which sees the index
    without its column: such a number is kept only when, named as a 注册号, it reads as none."""
    from generator.detect import find

    return bool(find(alias_key(code)))


def check_aliases(decided: Any, facts: dict[str, list[Any]], memo: AliasMemo | None = None) -> dict[str, list[str]]:
    """The older codes of the entities with a page: {工商注册号 or 组织机构代码: [entity codes]}.

    A 组织机构代码 is characters 9–17 of a 统一社会信用代码 (GB 32100); a 工商注册号 or 组织机构代码 is
    taken as published beside the entity's code in its records (never a natural person's). `memo`:
    the detector's answers of earlier builds (`AliasMemo`), read and added to.
    """
    owners: dict[str, set[str]] = {}
    for code in facts:
        if valid_uscc(code):
            owners.setdefault(code[8:17], set()).add(code)
    for kind in (REGISTRY, *RECORD_KINDS):
        frame = decided.published(kind) if kind in decided.frames else None
        if frame is None or frame.empty or ENTITY not in frame:
            continue
        for column in (REG_NO_FIELD, ORG_CODE_FIELD):
            if column not in frame:
                continue
            for code, category, value in zip(_values(frame, ENTITY), _values(frame, PARTY_CATEGORY_FIELD),
                                             _values(frame, column), strict=True):
                alias = code_form(_text(value))
                if code in facts and category != NATURAL_PERSON and alias and alias != code and SAFE_CODE.match(alias):
                    owners.setdefault(alias, set()).add(code)
    reads_as_personal = memo.reads_as_personal if memo is not None else _reads_as_personal
    return {alias: sorted(codes) for alias, codes in owners.items() if alias not in facts
            and not (alias.isdigit() and len(alias) >= 10 and reads_as_personal(alias))}


def alias_key(code: str) -> str:
    """The name-shard key of an older code: "#注册号" and a 15-digit 工商注册号 (so named, the leak gate
    reads it as the registration number it is), "#" and any other code."""
    return ALIAS_MARK + ("注册号" if len(code) == 15 and code.isdigit() else "") + code


def write_check_index(facts: dict[str, list[Any]], out_dir: Path, as_of: str, build_id: str,
                      sink: OutputSink | None = None, aliases: dict[str, list[str]] | None = None) -> dict[str, int]:
    """Write check/ (meta, code shards, exact-name shards); returns {"entities", "files", "bytes"}.

    In a build, each file goes through the build's `sink` (`out_dir` inside its root), which
    hashes it as it is written; the leak gate's workers scan them.
    """
    import shutil

    from generator.sink import writer_into  # the leak scan it brings is needed only here, by the writer

    out_dir = Path(out_dir)
    # Only the index's own names are replaced: the 批量核查 page itself lives in the same folder.
    for stale in ("c", "n"):
        shutil.rmtree(out_dir / stale, ignore_errors=True)
    (out_dir / "c").mkdir(parents=True)
    (out_dir / "n").mkdir()
    code_shards = shard_count(len(facts))
    by_name: dict[str, list[str]] = {}
    for code in sorted(facts):
        # A name with a contact masked in it (…商行（收款卡号[已隐去]）) is no name anyone types: it is found
        # by its code only. In the index the word before the mask would stand next to the code
        # (收款卡号已隐去":["9162…), which reads as a card number.
        name = normalise(facts[code][0]) if MASK not in facts[code][0] else ""
        if name:
            by_name.setdefault(name, []).append(code)
    for alias, owners in (aliases or {}).items():
        by_name[alias_key(alias)] = owners
    name_shards = shard_count(len(by_name), NAMES_PER_SHARD)
    files = written = 0
    write = writer_into(out_dir, sink, scan=False)  # many files: scanned by the gate's workers

    def dump(rel: str, obj: Any) -> None:
        nonlocal files, written
        data = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
        write(rel, data)
        files += 1
        written += len(data)

    shards: list[dict[str, Any]] = [{} for _ in range(code_shards)]
    for code, row in facts.items():
        shards[shard_of(code, code_shards)][code] = row
    for s, shard in enumerate(shards):
        dump(f"c/{s}.json", shard)
    names: list[dict[str, list[str]]] = [{} for _ in range(name_shards)]
    for name, codes in by_name.items():
        names[shard_of(name, name_shards)][name] = codes
    for s, names_shard in enumerate(names):
        dump(f"n/{s}.json", names_shard)
    dump("meta.json", {"version": CHECK_VERSION, "asOf": as_of, "build": build_id, "entities": len(facts),
                       "codeShards": code_shards, "nameShards": name_shards, "facts": list(FACTS),
                       "columns": list(COLUMNS), "outcomes": OUTCOMES, "candidates": CANDIDATES,
                       "maxSameName": MAX_SAME_NAME, "maxInput": MAX_INPUT,
                       "activeStatusWords": list(ACTIVE_STATUS_WORDS)})
    return {"entities": len(facts), "files": files, "bytes": written}


# --------------------------------------------------------------------------- the check (read side)


@dataclass
class SiteIndex:
    """The check and search indexes of a built site, read file by file as a browser would."""

    site: Path
    cache: dict[str, Any] = field(default_factory=dict)
    bytes: int = 0  # bytes of the check files read (what a browser would transfer)
    searched: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # candidates by line

    def load(self, rel: str) -> Any:
        if rel not in self.cache:
            data = (self.site / CHECK_DIR / rel).read_bytes()
            self.bytes += len(data)
            self.cache[rel] = json.loads(data)
        return self.cache[rel]

    @property
    def meta(self) -> dict[str, Any]:
        return dict(self.load("meta.json"))

    def facts(self, code: str) -> list[Any] | None:
        row = self.load(f"c/{shard_of(code, self.meta['codeShards'])}.json").get(code)
        return list(row) if row is not None else None

    def same_name(self, name: str) -> list[str]:
        return list(self.load(f"n/{shard_of(name, self.meta['nameShards'])}.json").get(name, []))

    def candidates(self, line: str) -> list[tuple[str, str]]:
        """Entities the search index offers for a name: (name, code), best first."""
        if line not in self.searched:  # search_local reads its files anew for every query
            found = search_local(self.site / "search", line, limit=CANDIDATES)
            pairs = [(r["title"], r["code"]) for r in found["results"] if r["url"].startswith("entity/")]
            if not pairs:
                # What the search page offers under 您是不是要找 (a typo, 有限责任公司 for 有限公司, a masked
                # 个体工商户 name typed in full), when close enough to the line.
                forgiven = forgive_local(self.site / "search", line, limit=CANDIDATES)
                pairs = [(r["title"], r["code"]) for r in forgiven["results"] if r["url"].startswith("entity/")
                         and (forgiven["how"] != "similar" or similar_names(line, r["title"]))]
            self.searched[line] = pairs
        return self.searched[line]


def _pairs(text: str) -> set[str]:
    """The character pairs of a name, normalised, without its legal form; a masked part ("李**") breaks
    it in two ("|" is never in a normalised name)."""
    joined = "|".join(normalise(part) for part in text.split("*"))
    form = next((f for f in LEGAL_FORMS if joined.endswith(f)), "")
    joined = joined[:len(joined) - len(form)]
    return {joined[i:i + 2] for i in range(len(joined) - 1) if "|" not in joined[i:i + 2]}


def similar_names(line: str, title: str) -> bool:
    """Whether a name the search index calls similar is close enough to the line to be a candidate."""
    asked, named = _pairs(line), _pairs(title)
    shared = len(asked & named)
    return shared >= SIMILAR_PAIRS and shared >= SIMILAR_SHARE * min(len(asked), len(named))


def _candidate_text(pairs: Iterable[tuple[str, str]]) -> str:
    return "；".join(f"{name}（{code}）" for name, code in pairs)


def check_line(index: SiteIndex, number: int | str, line: str) -> list[str]:
    """The result row of one input line (COLUMNS, as text)."""
    meta = index.meta
    line = line.strip(TRIM)[:MAX_INPUT]
    what, value = classify(line) if line else ("empty", "")
    code, facts, candidates = "", None, ""
    codes: list[str] = []
    if what == "code":
        facts = index.facts(value)
        if facts is not None:
            code, what = value, "found"
        else:  # an older code (注册号, 组织机构代码) of an entity with a page
            codes = index.same_name(alias_key(value))
            what = "alias" if codes else "bad-code" if value.isdigit() and len(value) not in (9, 15) else "not-found"
    elif what == "name":
        codes = index.same_name(value)
        what = "alias"
    if what == "alias":
        if len(codes) == 1:
            code, facts, what = codes[0], index.facts(codes[0]), "found"
        elif codes:
            what = "several"
            candidates = _candidate_text(((index.facts(c) or [c])[0], c) for c in codes[:MAX_SAME_NAME])
        else:
            pairs = index.candidates(line)
            what = "candidates" if pairs else "not-found"
            candidates = _candidate_text(pairs)
    if facts is None:
        cells = [""] * (len(FACTS) + 2)
    else:
        f = dict(zip(FACTS, facts, strict=True))
        cells = [code, f["name"], f["category"], f["legal_rep"], f["status"], str(f["black"]), f["black_lists"],
                 str(f["pen1"]), f["tier1"], str(f["pen3"]), f["tier3"], str(f["red"]), f["red_lists"], f["grade"],
                 str(f["unfulfilled"]), "有" if has_finding(facts) else "无"]
    row = [str(number), formula_safe(line), meta["outcomes"][what], *cells, candidates,
           f"entity/{code}/" if code else "", meta["asOf"], meta["build"]]
    return [formula_safe(cell) for cell in row]


def check_entries(site: Path, entries: Iterable[Entry], index: SiteIndex | None = None) -> list[list[str]]:
    """Check every entry of a list against a built site; one row per entry, in order, numbered by
    the list's own 序号 where it has one, else by its position."""
    index = index or SiteIndex(Path(site))
    if not (index.site / CHECK_DIR / "meta.json").is_file():
        raise FileNotFoundError(index.site / CHECK_DIR / "meta.json")
    return [check_line(index, number or str(n), line) for n, (number, line) in enumerate(entries, start=1)]


def check_lines(site: Path, lines: Iterable[str], index: SiteIndex | None = None) -> list[list[str]]:
    """Check every non-blank line of a list against a built site; one row per line, in order."""
    return check_entries(site, [("", line) for line in lines if line.strip(TRIM)], index)


def site_overdue(site: Path, today: str) -> str:
    """The sentence refusing a check of a site past its due date ("" when it is not).

    Every build writes its as-of date and due date in the public ``assets/due.js`` (stale.js reads
    it on every page, check.js on the 批量核查 page). On or after the due date some record of the
    site has reached its stop date, or a repair or withdrawal has taken effect, and the site was not
    rebuilt: its counts may include records no longer public, and a filed result cannot carry a
    warning, so nothing is answered.
    """
    from generator.due import read_site_script

    info = read_site_script(site)
    if info is None:
        return ""  # a site built before due.js existed
    due = info.get("due") or ""
    if not due or today < due:
        return ""
    return (f"站点信息截至 {info.get('as_of')}，应于 {due} 重新发布，至今（{today}，北京时间）没有重新发布：其中可能有"
            "已到公示截止日期或已撤销、已信用修复的信息，核查结果会不准确。请先运行 creditsite build 重新发布，"
            "或用 --data 直接核查数据目录。")


# --------------------------------------------------------------------------- list files and results


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


Entry = tuple[str, str]  # (the list's own 序号, or "" for its position; the code or name asked for)


def _header_column(header: list[str], exact: Sequence[str], words: Sequence[str]) -> int | None:
    """The column a header row names by one of `exact` (in order), else by a cell holding one of `words`."""
    for title in map(normalise, exact):
        if title in header:
            return header.index(title)
    for word in map(normalise, words):
        for i, cell in enumerate(header):
            if word in cell and len(cell) <= HEADER_WORDS_MAX and not cell.endswith(ENTITY_ENDINGS):
                return i
    return None


def table_header(rows: Sequence[Sequence[str]]) -> tuple[int, int | None, int | None, int | None] | None:
    """(row, code column, name column, 序号 column) of the first of the first HEADER_ROWS rows that names a
    code or a name column; None when none does."""
    for at, row in enumerate(rows[:HEADER_ROWS]):
        header = [normalise(c) for c in row]
        code_col = _header_column(header, CODE_HEADERS, CODE_HEADER_WORDS)
        name_col = _header_column(header, NAME_HEADERS, NAME_HEADER_WORDS)
        if code_col is not None or name_col is not None:
            number_col = next((header.index(h) for h in map(normalise, NUMBER_HEADERS) if h in header), None)
            return at, code_col, name_col, number_col
    return None


def _is_row_number(cell: str) -> bool:
    return cell.isdigit() and cell.isascii() and len(cell) <= 6


def entries_of_table(rows: Sequence[Sequence[Any]]) -> list[Entry]:
    """The entries of a table (CSV, a sheet, pasted columns): one for every row that is not empty.

    With a header (in the first HEADER_ROWS rows: rows above it are a title), each row gives its
    code, or its name where the code cell is empty, and its 序号; a row with neither gives "" (it is
    answered 名称和代码均为空, never dropped). Without a header, each row gives its first cell that
    is a code, else its first cell that is not a row number (1, 2 …), which is then its 序号.
    """
    table = [[_cell(c).strip(TRIM) for c in row] for row in rows]
    table = [row for row in table if any(row)]
    if not table:
        return []
    found = table_header(table)
    if found is None:
        out = []
        for row in table:
            cells = [c for c in row if c]
            number = cells[0] if len(cells) > 1 and _is_row_number(cells[0]) else ""
            rest = cells[1:] if number else cells
            code = next((c for c in rest if classify(c)[0] == "code"), "")
            out.append((number, code or rest[0]))
        return out
    at, code_col, name_col, number_col = found

    def cell(row: list[str], col: int | None) -> str:
        return row[col] if col is not None and col < len(row) else ""

    return [(cell(row, number_col), cell(row, code_col) or cell(row, name_col)) for row in table[at + 1:]]


def lines_of_table(rows: Sequence[Sequence[Any]]) -> list[str]:
    """The inputs of a table, without their 序号 (:func:`entries_of_table`)."""
    return [text for _, text in entries_of_table(rows)]


def entries_of_text(text: str) -> list[Entry]:
    """A pasted text or a .txt list: one entry a non-blank line; columns pasted from a spreadsheet
    (a tab in some line) are read as a table."""
    lines = LINE_BREAK.split(text)
    if any("\t" in line for line in lines):
        return entries_of_table([line.split("\t") for line in lines])
    return [("", line) for line in lines if line.strip(TRIM)]


def parse_csv(text: str) -> list[list[str]]:
    """RFC 4180 CSV (the page's reader does the same): quoted cells, doubled quotes, any line end."""
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    started = quoted = False  # a quote opens a quoted cell only at the cell's start
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if quoted:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    cell.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                cell.append(c)
        elif c == '"' and not started:
            quoted = started = True
        elif c == ",":
            row.append("".join(cell))
            cell, started = [], False
        elif c in "\r\n":
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            row.append("".join(cell))
            rows.append(row)
            row, cell, started = [], [], False
        else:
            cell.append(c)
            started = True
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return rows


@dataclass
class ListFile:
    """What a list file asks: its entries, and the sheet they were read from ("" for a text or CSV file)."""

    entries: list[Entry]
    sheet: str = ""
    sheets: int = 1


def read_entries(path: Path) -> ListFile:
    """The entries of a list file: .txt (one a line, or tab-separated columns), .csv or .xlsx.

    Of a workbook, the first sheet whose first rows hold a code or name header (a first sheet of
    instructions and the list on the second is a common template); the first sheet when none does.
    """
    from generator.load import decode_bytes

    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        chosen = None
        for i in range(len(names)):
            rows = book.get_sheet_by_index(i).to_python(skip_empty_area=False)
            cells = [[_cell(c).strip(TRIM) for c in row] for row in rows]
            if table_header([row for row in cells if any(row)]) is not None:
                chosen = i, rows
                break
        if chosen is None:
            chosen = 0, book.get_sheet_by_index(0).to_python(skip_empty_area=False)
        return ListFile(entries_of_table(chosen[1]), names[chosen[0]] if names else "", len(names))
    text = decode_bytes(path.read_bytes())
    if suffix == ".csv":
        return ListFile(entries_of_table(parse_csv(text)))
    return ListFile(entries_of_text(text))


def read_list(path: Path) -> list[str]:
    """The codes or names a list file asks for, in order (:func:`read_entries` without the 序号)."""
    return [text for _, text in read_entries(path).entries]


def csv_text(rows: Sequence[Sequence[str]]) -> str:
    """The result as CSV, with the header and a BOM for Excel; the page writes the same bytes."""
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\r\n') else value

    return "\ufeff" + "".join(",".join(cell(v) for v in row) + "\r\n" for row in [list(COLUMNS), *rows])


def xlsx_bytes(rows: Sequence[Sequence[str]], as_of: str, build: str) -> bytes:
    """The result as an XLSX workbook: one sheet, every cell text, the header frozen."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"title": f"信用核查结果（信息截至 {as_of}，版本 {build}）"})
    sheet = book.add_worksheet("核查结果")
    for r, row in enumerate([list(COLUMNS), *rows]):
        for c, value in enumerate(row):
            sheet.write_string(r, c, value)
    sheet.freeze_panes(1, 0)
    book.close()
    return buffer.getvalue()


def build_check_index(decided: Any, entities: Iterable[dict[str, Any]], site_dir: Path, as_of: str,
                      build_id: str, sink: OutputSink | None = None, alias_memo: AliasMemo | None = None) -> dict[str, int]:
    """The build's one call: the facts of every entity with a page, written to ``site_dir/check``
    (through the build's `sink`, whose root is `site_dir`, when given). `alias_memo`: the leak
    detector's answers on the older codes kept in the state (`AliasMemo`), saved after."""
    facts = check_facts(decided, entities, as_of)
    aliases = check_aliases(decided, facts, alias_memo)
    if alias_memo is not None:
        alias_memo.save()
    return write_check_index(facts, Path(site_dir) / CHECK_DIR, as_of, build_id, sink, aliases)
