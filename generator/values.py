"""Reading the values of real exports: dates, amounts, codes, domains and decision numbers.

Pure functions of one value (or one row's few values), used by the validate and rules
stages over the distinct values of a column. The contract's lists (placeholders, long-term
words, coded values) are data in `generator/schema.py`; the shapes handled here come from
the 2016 and 2019 双公示 standards and the exporters that write them (see tests/test_values.py
for the sources).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

import pandas as pd

from generator.contract import END_DATE_FIELDS, PENALTY_AUTHORITY, PENALTY_BASIS, VIOLATION_TYPE
from generator.schema import (
    BOOLEAN_WORDS,
    INDIVIDUAL_BUSINESS,
    LONG_TERM,
    LONG_TERM_LABEL,
    LONG_TERM_WORDS,
    NATURAL_PERSON,
    NEVER,
    ORGANISATION,
    PLACEHOLDER_USCC,
    PLACEHOLDERS,
    SIMPLIFIED,
    Field,
    Kind,
)

# -- cells as read -----------------------------------------------------------------------

# Invisible format characters as pasted from a web page or a Word notice: soft hyphen, zero-width space, non-joiner
# and joiner, left-to-right and right-to-left marks, word joiner and the invisible operators, a BOM inside the text
# (the bidirectional embeddings and overrides are the loader's: they change the order text is shown in).
_INVISIBLE = "[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]"


def clean_cells(frame: pd.DataFrame, kind: Kind) -> None:
    """Read a freshly loaded table's cells as what they hold (in place), before any stage reads them.

    Invisible format characters (`_INVISIBLE`: zero-width space and joiners, word joiner, a BOM inside the text,
    soft hyphen, direction marks) are dropped from every cell: pasted from a web page or a Word notice, they made a
    published 文书号 and name differ from what a reader types, and a date unreadable (h21e zero-width-values).
    Dropping them also puts the digits of a number they split back together for the privacy detector.

    A cell that is only a placeholder (schema.PLACEHOLDERS: `/`, `无`, `null`, `None`, `nan`, `\\N` …, as
    clerks and programs write "no value") becomes empty in every column, and so does a boolean in a never-public
    column (schema.BOOLEAN_WORDS): the leak gate looks for every never-public value in every
    output, and the pages' own scripts hold `null`, `NaN`, `true` (h21e null-private-gate). A cell that merely
    contains such a word (甘市监罚〔2026〕null号, 无证经营) is kept as written.
    """
    never = {f.name for f in kind.fields if f.privacy == NEVER}
    for name in frame.columns:
        column = frame[name]
        if column.str.contains(_INVISIBLE, regex=True).any():  # one pass over the usual column, which has none
            column = frame[name] = column.str.replace(_INVISIBLE, "", regex=True)
        words = PLACEHOLDERS + BOOLEAN_WORDS if name in never else PLACEHOLDERS
        empty = column.str.strip().isin(words)
        if empty.any():
            frame[name] = column.mask(empty, "")

# -- decision numbers --------------------------------------------------------------------

_OPENING = "([【〖［{"
_CLOSING = ")]】〗］}"
_KEY_BRACKETS = str.maketrans({**{c: "〔" for c in _OPENING}, **{c: "〕" for c in _CLOSING}})
# White space and the invisible format characters pasted with a number copied from a web page or a
# Word notice (zero-width space, BOM, soft hyphen, direction marks: a withdrawal of 〔2026〕\u200b77号 left
# the penalty published, h9s).
_SPACE = re.compile(r"[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+")


def normalize_decision_no(text: str) -> str:
    """The form decision numbers are compared in (repairs, withdrawals and duplicates alike).

    Full-width digits, letters and brackets become half-width (NFKC), every bracket pair
    (〔〕 [] 【】 () （） ［］ 〖〗) becomes 〔〕 and white space goes: `甘市监罚［２０２６］ 1号`,
    `甘市监罚(2026)1号`, `甘市监罚〔2026〕第1号`, `甘市监罚〔2026〕0001号`, `甘市监罚〔2026〕1` and
    `甘市监罚〔2026〕1号` are one number, and so is `甘市監罰〔2026〕1號` (traditional). Only for comparing: the number is published as written.
    """
    value = unicodedata.normalize("NFKC", str(text)).translate(_KEY_BRACKETS).translate(SIMPLIFIED)  # 監罰…號 (Big5)
    # The year's brackets as clerks type them when 〔〕 is not at hand (h9s): other brackets or quotes
    # (甘市监罚「2026」12号, 甘市监罚“2026”12号), none (甘市监罚 2026 12号, 甘市监罚2026第12号).
    if "〔" not in value:
        value = _BARE_YEAR.sub(r"〔\1〕\2号", _YEAR_QUOTED.sub(r"〔\1〕", value))
    value = _SPACE.sub("", value)
    # The number as a notice names the document (h9s): in book-title marks or quotes (《甘市监罚〔2026〕12号》),
    # after the document's name (行政处罚决定书甘市监罚〔2026〕12号, 原决定文书号：…) or before it (…12号行政处罚决定书).
    if "〔" in value:
        value = _DOCUMENT_WORDS.sub("", _TRAILING_REMARK.sub("", _QUOTES.sub("", value)))
        # A key typed twice (〔〔2026〕, 12号号) and a dash before the serial (〔2026〕-12号).
        if _RETYPED.search(value):
            value = _DASHED_SERIAL.sub("〕", _DOUBLED.sub(r"\1", value))
            value = _CN_SERIAL.sub(lambda m: f"〕{_cn_serial(m[1])}号", value)  # 〔2026〕第七十七号
    # What clerks add around a number (adversarial round 5, stale-withdrawal-*): a full stop or comma after
    # it, a remark in brackets (（撤销）, （已作废）), the year in Chinese numerals (〔二〇二六〕).
    value = _TRAILING_REMARK.sub("", value)
    # (Round 6, stale-withdrawal-number-variants: 罚字〔2026〕 for 罚〔2026〕, 〔2026年〕, a system's 甘州市监罚-2026-965.)
    value = _HYPHENATED.sub(r"\1〔\2〕\3号", _YEAR_WORD.sub(r"〔\1〕", value.replace("字〔", "〔")))
    if "〔" in value and not value.isascii():
        value = _CN_YEAR.sub(lambda m: "〔" + m[1].translate(_CN_YEAR_DIGITS) + "〕", value)
    if "〕" in value:  # 〔2026〕9S6号: a letter typed for a digit of the serial (adversarial round 5)
        value = _LETTER_SERIAL.sub(lambda m: m[0].translate(_SERIAL_LETTERS), value)
    return _SERIAL.sub(lambda m: f"{m[1] or m[2]}号", value).upper()


_YEAR_QUOTED = re.compile(r"[〘⟨「『〈<“\"'‘]((?:19|20)\d{2})[〙⟩」』〉>”\"'’]")
_BARE_YEAR = re.compile(r"(?<=[^\d\s〔〕])\s*((?:19|20)\d{2})(?:\s+第?\s*|第)(\d+)\s*号")
_RETYPED = re.compile(r"〔〔|〕〕|号号|〕[-—–]|〕第?[〇零一二三四五六七八九十百千]")
_DOUBLED = re.compile(r"(〔|〕|号)\1+")
_DASHED_SERIAL = re.compile(r"〕[-—–]+(?=\d)")
_CN_SERIAL = re.compile(r"〕第?([〇零一二三四五六七八九十百千]+)号")
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def _cn_serial(text: str) -> str:
    """A serial in Chinese numerals as digits: 七十七 77, 一百零五 105, 七七 77 (digit by digit)."""
    if not any(c in _CN_UNITS for c in text):
        return "".join(str(_CN_DIGIT[c]) for c in text)
    total, digit = 0, 0
    for c in text:
        if c in _CN_UNITS:
            total += (digit or 1) * _CN_UNITS[c]
            digit = 0
        else:
            digit = _CN_DIGIT[c]
    return str(total + digit)


_QUOTES = re.compile(r"\A[《“\"'「『〈]+|[》”\"'」』〉]+\Z")
_DOCUMENT_WORDS = re.compile(r"\A(?:原?(?:行政处罚|处罚|行政许可|许可)?决定(?:书|文书)?(?:文?号)?|原?文书?号)[:：]?(?=.*〔)"
                             r"|(?<=号)(?:(?:行政处罚|处罚|行政许可|许可)?决定书|文书)\Z")
_YEAR_WORD = re.compile(r"〔(\d{4})年〕")
_HYPHENATED = re.compile(r"\A(.*?[^\d\-])-((?:19|20)\d{2})-0*(\d+)号?\Z")
_TRAILING_REMARK = re.compile(r"(?:〔[^〔〕\d〇零一二三四五六七八九十]{1,8}〕|[。.,;、])+\Z")
_CN_YEAR = re.compile(r"〔([〇零○一二三四五六七八九]{4})〕")
_CN_YEAR_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
# A serial with look-alike letters among its digits (S for 5, O for 0, I/l for 1, B for 8, Z for 2, G for 6), read
# as digits for comparing (the withdrawal of 〔2026〕956号 typed as 〔2026〕9S6号 left the penalty published).
_LETTER_SERIAL = re.compile(r"(?<=〕)第?(?=[0-9OoIlSsBZzG]*\d)(?=[0-9OoIlSsBZzG]*[OoIlSsBZzG])[0-9OoIlSsBZzG]+(?=号|\Z)")
_SERIAL_LETTERS = str.maketrans("OoIlSsBZzG", "0011558226")


# The serial before 号 as clerks write it: `第63号` and `0007号` are `63号` and `7号`; a serial that
# ends the number right after the year's bracket without 号 (`〔2026〕903`, the commonest way an
# export differs from the decision's own spelling: adversarial round 4, stale-withdrawal-spellings)
# is `903号`.
_SERIAL = re.compile(r"第?0*(\d+)号|(?<=〕)第?0*(\d+)\Z")
# Characters normalize_decision_no changes: a number without any is only upper-cased (most are).
_NEEDS_NORMALISING = re.compile(r"[^\x21-\x7e\u4e00-\u9fff〔〕]|[\[\](){}a-z]|第\d|(?<!\d)0\d*号|〕\d+\Z|[.,;]\Z|〕[0-9A-Z]*[A-Z]"
                                r"|〔[^〔〕\d]*〕\Z|〔[〇零一二三四五六七八九]{4}〕|字〔|年〕|-(?:19|20)\d\d-"
                                # (h9s: the document's name, quotes, keys typed twice, the year unbracketed, a
                                # Chinese-numeral serial: one character set first, it is the cheap test.)
                                r"|[决文'\"<>]|号号|〔〔|〕〕|〕[-—–第〇零一二三四五六七八九十百千]|\d{4}第"
                                "|[" + "".join(sorted(chr(c) for c in SIMPLIFIED)) + "]")


def normalize_decision_nos(values: Iterable[str]) -> list[str]:
    """`normalize_decision_no` of each value (for `_on_distinct`); plain numbers take a short path."""
    return [normalize_decision_no(v) if _NEEDS_NORMALISING.search(v) else v for v in values]


# -- dates -------------------------------------------------------------------------------

_DATE_FORMATS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    # A 14-digit timestamp (YYYYMMDDhhmmss: the 2016 standard's 数据更新时间戳 SJC, and systems that write a
    # decision date the same way); its time must be one (hx7 left 9).
    re.compile(r"^(\d{4})(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})\.?$"),
)
_ISO = re.compile(r"\d{4}-\d\d-\d\d\Z")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_SERIAL = re.compile(r"^(\d{5})(\.\d+)?$")  # 10000-99999: 1927-05-18 to 2173-10-14
_TIME_PART = re.compile(r"(?:\s+|(?<=\d)T).*$"  # `2027-10-21 00:00:00.0`, `2021-03-05T08:00:00`
                        # a time in words right after the day, as Java's yyyy年MM月dd日HH时mm分ss秒 writes it (h9x)
                        r"|(?<=[日号])(?:\d{1,2}\s*[时点:]|上午|下午|中午|晚上).*$")
_WEEKDAY = re.compile(r"\s*[(（]?(?:星期|周|礼拜)[一二三四五六日天][)）]?$")  # `2026年5月8日星期五`


# Spaces typed around a date's separators (`2026年 5月 8日`, `2026 - 05 - 08`), never between a date and its time.
_SPACE_AT_SEPARATOR = re.compile(r"(?<=[年月./\-])\s+(?=\d)|(?<=\d)\s+(?=[年月日号./\-])")
# A date in Chinese numerals, as decisions and 公文 write them (二〇二六年五月八日).
_CN_DATE = re.compile(r"^([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})[日号]?$")
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
# An end date written as the whole period (`2026-05-08至2027-05-07`, `自2026年5月8日至2027年5月7日`) or with
# 止 (`2027年5月7日止`): the end is what the period's field means.
_PERIOD_END = re.compile(r"^(?:自)?.*?(?:至|到|~|～|—{1,2})\s*(.+?)(?:止|为止)?$|^(.+?)(?:止|为止)$")


# English month names (`Jan 5, 2026`, `January 5, 2026`, `5 Jan 2026`, `05-JAN-2026` as Oracle writes it): the
# month is a word, so day and month cannot be confused. Day-first and month-first figures (`05-01-2026`,
# `01/05/2026`) can: they stay refused, with their own message (ambiguous_date).
_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                           "dec"))}
_EN_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_EN_DATES = (
    re.compile(rf"^{_EN_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$"),
    re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[\s\-/]+{_EN_MONTH},?[\s\-/]+(?P<year>\d{{4}})$"),
)
# Oracle's default date format DD-MON-RR in a Chinese session (NLS_LANG SIMPLIFIED CHINESE_CHINA): the month is
# 1月 … 12月, padded to one width (`09-6月 -81`, `17-11月-81`, as SQL*Plus prints scott.emp's HIREDATE and as
# to_date('28-1月 -11','DD-MON-RR') reads it back), a TIMESTAMP with its time (`01-1月 -10 12.00.00.000000 上午`);
# RR reads 00-49 as 20xx and 50-99 as 19xx. The month is a word: day and month cannot be confused.
_ORACLE_CN = re.compile(r"^(\d{1,2})-\s*(\d{1,2})\s*月\s*-\s*(\d{2}|\d{4})"
                        r"(?:\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2}(?:[.,]\d+)?)?(?:\s*(?:上午|下午|[AaPp]\.?[Mm]\.?))?)?$")
# The same format in an English session (NLS_TERRITORY AMERICA, the client default): `17-NOV-81`, `10-NOV-26`, a
# TIMESTAMP `10-NOV-26 12.00.00.000000 AM` (Oracle Database Reference, NLS_DATE_FORMAT "derived from NLS_TERRITORY";
# scott.emp's HIREDATE as SQL*Plus prints it). A four-digit year (DD-MON-RRRR, 19-OCT-2026) is _EN_DATES'.
_ORACLE_EN = re.compile(r"^(?P<day>\d{1,2})-(?P<month>[A-Za-z]{3})-(?P<year>\d{2})"
                        r"(?:\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?)?$")
_LATIN = re.compile(r"[A-Za-z]{3}")
_CLOCK = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?$")
_AMBIGUOUS = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$")


# Instants written by programs rather than clerks (round 9). Every decision is dated in Beijing time, but a Java
# platform serialises its dates as instants: Jackson writes `2026-05-07T16:00:00.000+0000` (or `…Z`) in UTC, the
# default time zone Spring Boot gives it (spring-boot issue 17414), for a decision dated 2026-05-08; `Date.toString()`
# writes `Fri May 08 00:00:00 CST 2026` (dow mon dd hh:mm:ss zzz yyyy, the zone as the server names it); and
# Jackson's default, WRITE_DATES_AS_TIMESTAMPS, writes epoch milliseconds (1778169600000). Read as written, the UTC
# form was a day early; the other two were bad-date. Each is read as the instant it is, on the Beijing calendar.
_BEIJING = dt.timezone(dt.timedelta(hours=8))
_ZONED = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*"
                    r"(Z|UTC|GMT|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?)$")
_JAVA_DATE = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<month>[A-Z][a-z]{2})\s+(?P<day>\d{1,2})\s+"
                        r"(?P<h>\d{2}):(?P<m>\d{2}):(?P<s>\d{2})\s+(?:(?P<zone>[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)\s+)?"
                        r"(?P<year>\d{4})$")
# Zone names a Chinese server's Date.toString() writes (CST is China Standard Time there), and UTC's names.
_ZONE_HOURS = {"CST": 8, "HKT": 8, "UTC": 0, "GMT": 0, "Z": 0}
# 2001-09-09 to 2033-05-18 in milliseconds. (Ten-digit seconds are not read: a ten-digit code shifted into a date
# column, a customs code 1101960123, would pass for a date.)
_EPOCH_MS = re.compile(r"^1\d{12}(?:\.0+)?$")
# Dates as other runtimes serialise them (h21e net-json-date, jackson-localdate, runtime-date-strings):
# - ASP.NET / WCF JSON `"\/Date(1791129600000)\/"`, `"\/Date(1791129600000+0800)\/"` (learn.microsoft.com, WCF
#   "Stand-Alone JSON Serialization", DateTime wire format): milliseconds since 1970 UTC, the offset only naming
#   the writer's zone. The wrapper is what makes the figures a date (ten bare digits are still not read as one).
_NET_DATE = re.compile(r"^\\?/Date\((-?\d{1,15})(?:[+-]\d{4})?\)\\?/$")
# - Jackson with JavaTimeModule and WRITE_DATES_AS_TIMESTAMPS (the default): LocalDate `[2026,10,5]`,
#   LocalDateTime `[2026,10,5,0,0]` (github FasterXML/jackson-modules-java8 #367), local dates as written.
_JACKSON_DATE = re.compile(r"^\[\s*(\d{4})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})(?:\s*,\s*\d{1,9}){0,4}\s*\]$")
# - JavaScript `Date.prototype.toString()` (ECMA-262 §21.4.4.41): `Mon Oct 05 2026 00:00:00 GMT+0800 (中国标准时间)`.
_JS_DATE = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<month>[A-Z][a-z]{2})\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})\s+"
                      r"(?P<h>\d{2}):(?P<m>\d{2}):(?P<s>\d{2})\s+(?P<zone>GMT[+-]\d{4})(?:\s*\([^()]*\))?$")
# - JavaScript `Date.prototype.toUTCString()` (ECMA-262 §21.4.4.43) and HTTP / e-mail dates (RFC 7231 IMF-fixdate,
#   RFC 5322 date-time): `Sun, 04 Oct 2026 16:00:00 GMT`, `Mon, 05 Oct 2026 00:00:00 +0800`.
_UTC_STRING = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]{2})\s+(?P<year>\d{4})\s+"
                         r"(?P<h>\d{2}):(?P<m>\d{2}):(?P<s>\d{2})\s+(?P<zone>GMT|UTC|[+-]\d{4})$")
# - PHP `json_encode(new DateTime(…))` (php.net, DateTime / JSON): `{"date":"2026-10-05 00:00:00.000000",
#   "timezone_type":3,"timezone":"Asia/Shanghai"}`, the wall time in the zone it names (type 1 an offset `+08:00`,
#   type 2 an abbreviation `CST`, type 3 an identifier).
_PHP_DATE = re.compile(r"^\{\s*[\"']date[\"']\s*:\s*[\"'](\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?[\"']"
                       r"(?:\s*,\s*[\"']timezone_type[\"']\s*:\s*\d)?\s*,\s*[\"']timezone[\"']\s*:\s*[\"']([^\"']+)[\"']\s*\}$")


def _zone(name: str) -> dt.tzinfo | None:
    """A zone as PHP names it: an offset or abbreviation `_offset` reads, else an IANA identifier (Asia/Shanghai)."""
    zone = _offset(name)
    if zone is not None:
        return zone
    if name in ("PRC", "Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin"):
        return _BEIJING  # (the tz database's names of Beijing time: read without it)
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except (KeyError, ValueError, OSError, ImportError):  # (ZoneInfoNotFoundError is a KeyError)
        return None


def _runtime_date(value: str) -> tuple[str | None, str | None] | None:
    """`_instant_date` for the shapes of _NET_DATE, _JACKSON_DATE, _JS_DATE, _UTC_STRING and _PHP_DATE (None: none
    of them)."""
    if value[:1] in "\\/":
        net = _NET_DATE.match(value)
        if net:
            return dt.datetime.fromtimestamp(int(net[1]) / 1000, _BEIJING).date().isoformat(), None
    elif value[:1] == "[":
        jackson = _JACKSON_DATE.match(value)
        if jackson:
            return dt.date(int(jackson[1]), int(jackson[2]), int(jackson[3])).isoformat(), None
    elif value[:1] == "{":
        php = _PHP_DATE.match(value)
        if php:
            zone = _zone(php[7])
            if zone is None:
                return None, "bad-date"
            wall = [int(php[i]) for i in range(1, 7)]
            moment = dt.datetime(wall[0], wall[1], wall[2], wall[3], wall[4], wall[5], tzinfo=zone)
            return moment.astimezone(_BEIJING).date().isoformat(), None
    else:
        js = _JS_DATE.match(value) or _UTC_STRING.match(value)
        if js:
            month, zone = _MONTHS.get(js["month"].lower()), _offset(js["zone"])
            if month is None or zone is None:
                return None, "bad-date"
            moment = dt.datetime(int(js["year"]), month, int(js["day"]), int(js["h"]), int(js["m"]), int(js["s"]),
                                 tzinfo=zone)
            return moment.astimezone(_BEIJING).date().isoformat(), None
    return None


# Dashes other than the hyphen between a date's figures (2026–11–10: an en dash typed by a word processor's autocorrect,
# − a minus sign); NFKC leaves them as they are. An em dash is a period's separator (2021-03-05—2022-03-04), not these.
_DATE_DASH = re.compile(r"(?<=\d)\s*[\u2010\u2011\u2012\u2013\u2212]\s*(?=\d)")


def _offset(zone: str) -> dt.timezone | None:
    """A zone as exporters write it (Z, UTC, GMT, +0800, +08:00, GMT+08:00, CST), or None when unknown."""
    named = re.match(r"^([A-Za-z]*)(?:([+-])(\d{1,2}):?(\d{2})?)?$", zone)
    if not named or (named[1] and named[1].upper() not in _ZONE_HOURS):
        return None
    hours = _ZONE_HOURS.get(named[1].upper(), 0) if named[1] else 0
    if named[2]:
        if named[1] and named[1].upper() not in ("UTC", "GMT"):
            return None
        hours = int(named[3]) * (1 if named[2] == "+" else -1)
        return dt.timezone(dt.timedelta(hours=hours, minutes=int(named[4] or 0) * (1 if named[2] == "+" else -1)))
    return dt.timezone(dt.timedelta(hours=hours))


def _instant_date(value: str) -> tuple[str | None, str | None] | None:
    """(ISO date on the Beijing calendar, None), (None, code) for an instant that cannot be read, or None when
    the value is not an instant written by a program (see _ZONED, _JAVA_DATE, _EPOCH_MS)."""
    try:
        runtime = _runtime_date(value)
        if runtime is not None:
            return runtime
        if _EPOCH_MS.match(value):
            return dt.datetime.fromtimestamp(float(value) / 1000, _BEIJING).date().isoformat(), None
        zoned = _ZONED.match(value)
        if zoned:
            zone = _offset(zoned[7])
            if zone is None:
                return None, "bad-date"
            if zoned[4] is None:  # a date with its zone (xs:date 2026-05-08+08:00): the day as written
                return dt.date(int(zoned[1]), int(zoned[2]), int(zoned[3])).isoformat(), None
            moment = dt.datetime(int(zoned[1]), int(zoned[2]), int(zoned[3]), int(zoned[4]), int(zoned[5]),
                                 int(zoned[6] or 0), tzinfo=zone)
            return moment.astimezone(_BEIJING).date().isoformat(), None
        java = _JAVA_DATE.match(value)
        if java:
            month = _MONTHS.get(java["month"].lower())
            zone = _offset(java["zone"]) if java["zone"] else _BEIJING
            if month is None or zone is None:
                return None, "bad-date"
            moment = dt.datetime(int(java["year"]), month, int(java["day"]), int(java["h"]), int(java["m"]),
                                 int(java["s"]), tzinfo=zone)
            return moment.astimezone(_BEIJING).date().isoformat(), None
    except (ValueError, OverflowError):
        return None, "impossible-date"
    return None


def _english_date(value: str) -> tuple[int, int, int] | None:
    for pattern in _EN_DATES:
        m = pattern.match(value)
        if m:
            word = m["month"].lower()
            month = _MONTHS.get(word[:3])
            full = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december")
            if month is None or (len(word) > 3 and word not in (full[month - 1], "sept")):
                return None
            return int(m["year"]), month, int(m["day"])
    return None


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# What programs print for a date or a number they do not have: JavaScript `String(new Date(NaN))` "Invalid Date"
# (ECMA-262 §21.4.4.41.1), NaN, pandas NaT, a boolean.
_PROGRAM_WORDS = ("invalid date", "nan", "nat", "null", "none", "undefined", "true", "false")
_DATE_WORDS = re.compile(r"(?<![A-Za-z])(?:" + "|".join(
    [*_MONTH_NAMES, *(m[:3] for m in _MONTH_NAMES), "sept", *_DAY_NAMES, *(d[:3] for d in _DAY_NAMES), "gmt", "utc",
     "cst", "am", "pm", "t", "z", "date", "invalid", *_PROGRAM_WORDS]) + r")(?![A-Za-z])", re.IGNORECASE)
_PROGRAM_WORD = re.compile(r"(?<![A-Za-z])(?:" + "|".join(_PROGRAM_WORDS) + r")(?![A-Za-z])", re.IGNORECASE)
# Besides those words: ASCII figures and marks, CJK punctuation, the date's own Han words (年 月 日, 星期一, 上午,
# the zone JavaScript names 中国标准时间), nothing else: no Han name can pass for a part of a date.
_DATE_WORD_REST = re.compile(r"(?:[\x20-\x40\x5b-\x60\x7b-\x7e\u3000-\u303f（），：年月日号时分秒点上下午星期周一二三四五六天]"
                             r"|中国标准时间)*")


def date_words_only(text: str) -> bool:
    """A cell whose Latin words are all words of dates and of what programs print for no value (Oct, Monday, GMT,
    Invalid Date, NaN, true), with a figure or such a program word in it: a date or a program's output, with no
    name, address or e-mail in Latin letters (a month's name alone, May or June, may be a person's: not one).
    A refused cell like it may be quoted to staff when the detector finds nothing in it (validate `_public`)."""
    rest = _DATE_WORDS.sub("", text)
    return bool(_DATE_WORD_REST.fullmatch(rest)) and bool(re.search(r"\d", text) or _PROGRAM_WORD.search(text))


# A cell laid out as a date, whatever its figures: the program layouts above (_JS_DATE, _UTC_STRING, _JAVA_DATE,
# _ZONED) and year-month-day with a time. A refused one is no real day (Tue Feb 30 2026 …, 2026-10-05 25:00:00):
# its figures are a date's, not a code or a number a person could be known by.
_DATE_LAYOUT = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?")


def date_layout(text: str) -> bool:
    """Whether a cell is laid out as a date or an instant (a program's or year-month-day, with or without a time),
    whatever its figures say: `Tue Feb 30 2026 00:00:00 GMT+0800 (中国标准时间)` and `2026-10-05 25:00:00` are.
    Staff messages quote such a cell when it is refused (validate `_public`): its nine figures are a date's."""
    value = unicodedata.normalize("NFKC", text).strip()
    return bool(_DATE_LAYOUT.fullmatch(value) or _JS_DATE.match(value) or _UTC_STRING.match(value)
                or _JAVA_DATE.match(value) or _ZONED.match(value))


def ambiguous_date(text: str) -> bool:
    """A date written day and month first in figures (`05-01-2026`, `01/05/2026`): 5 January or 1 May cannot
    be told, so it is refused (bad-date) with a message asking for the year first."""
    value = _TIME_PART.sub("", unicodedata.normalize("NFKC", text).strip())
    return bool(_AMBIGUOUS.match(value))


_MONTH_ONLY = re.compile(r"(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月份?|[-/.]\s*\d{1,2})")


def month_only_date(text: str) -> bool:
    """A date with its year and month but no day (`2026年11月`, `2026-11`, `2026.11`): refused (bad-date) with a
    message saying the day is missing — a publicity period counts from the day, which is never guessed."""
    value = unicodedata.normalize("NFKC", text).strip()
    return bool(_MONTH_ONLY.fullmatch(value))


_YEAR_ONLY_DATE = re.compile(r"(?:19|20)\d{2}\s*(?:年度|年)?")


def year_only_date(text: str) -> bool:
    """A year alone in a date column (`2025`, `2025年度`, as an evaluation list's 评价年度): refused (bad-date) with a
    message saying how to give the day — a publicity period counts from the day, which is never guessed."""
    return bool(_YEAR_ONLY_DATE.fullmatch(unicodedata.normalize("NFKC", text).strip()))


def _cn_number(text: str) -> int:
    """一 … 三十一 as a number (month and day of a date in Chinese numerals)."""
    if "十" not in text:
        return _CN_DIGIT[text] if len(text) == 1 else -1
    tens, _, units = text.partition("十")
    return (_CN_DIGIT.get(tens, -1) if tens else 1) * 10 + (_CN_DIGIT.get(units, -1) if units else 0)


def parse_date(text: str, long_term: bool = False) -> tuple[str | None, str | None]:
    """(ISO date, None) or (None, problem code) for one date cell.

    Accepts `2021-3-5`, `2021/3/5`, `20210305`, `20210305080000`, `2021年3月5日`, `2021.3.5`,
    `Mar 5, 2021` / `5 March 2021` / `05-MAR-2021` / `05-3月 -21` (Oracle's DD-MON-RR in Chinese), each with or
    without a time (`2027-10-21 00:00:00.0`, `2021-03-05T08:00:00`), full-width digits,
    spaces at the separators (`2021年 3月 5日`), Chinese numerals (`二〇二一年三月五日`) and
    Excel serial day numbers (`44260`), and instants and dates as programs serialise them, read on the Beijing
    calendar (`_instant_date`: epoch milliseconds, ISO instants, Java `Date.toString()`, .NET `/Date(ms)/`, Jackson
    `[2021,3,5]`, JavaScript `Date.toString()` and `toUTCString()`, PHP's DateTime JSON). With `long_term` (an
    end date), `长期`, `永久`, `长期有效` and `2099-12-31` give the contract's LONG_TERM, and a period written whole
    (`2021-03-05至2022-03-04`, `2022年3月4日止`) gives its end.
    """
    if _ISO.match(text):  # the usual case, and the loader's form of Excel date cells
        try:
            iso = dt.date(int(text[:4]), int(text[5:7]), int(text[8:10])).isoformat()
        except ValueError:
            return None, "impossible-date"
        # 2099-12-31 is LONG_TERM itself; a later end (9999-12-31, how many systems write "no end") is no end
        # too: kept as it was, it was shown as a date and overflowed the next-due date (hx6).
        return (LONG_TERM if long_term and iso > LONG_TERM else iso), None
    value = unicodedata.normalize("NFKC", text).strip()
    if "\u2010" <= max(value, default=" ") and _DATE_DASH.search(value):
        value = _DATE_DASH.sub("-", value)
    if value in LONG_TERM_WORDS:
        return (LONG_TERM, None) if long_term else (None, "bad-date")
    instant = _instant_date(value)
    if instant is not None:
        read = instant[0]
        return ((LONG_TERM if long_term and read >= LONG_TERM else read), None) if read else instant
    if long_term:
        period = _PERIOD_END.match(value)
        if period and (period[1] or period[2]):
            end = (period[1] or period[2]).strip()
            if end != value:
                return parse_date(end, long_term)
    if _LATIN.search(value):  # English month names, read before the time is cut at the first space
        rr = _ORACLE_EN.match(value)
        if rr and rr["month"].lower() in _MONTHS:  # DD-MON-RR: 00-49 are 20xx, 50-99 19xx
            value = f"{rr['day']}-{rr['month']}-{int(rr['year']) + (2000 if int(rr['year']) < 50 else 1900)}"
        english = _english_date(_CLOCK.sub("", value))
        if english:
            try:
                iso = dt.date(*english).isoformat()
            except ValueError:
                return None, "impossible-date"
            return (LONG_TERM if iso >= LONG_TERM and long_term else iso), None
    oracle = _ORACLE_CN.match(value)
    if oracle:
        year = int(oracle[3]) if len(oracle[3]) == 4 else int(oracle[3]) + (2000 if int(oracle[3]) < 50 else 1900)
        value = f"{year}年{oracle[2]}月{oracle[1]}日"
    value = _SPACE_AT_SEPARATOR.sub("", value)
    value = _TIME_PART.sub("", _WEEKDAY.sub("", value)).strip()
    cn = _CN_DATE.match(value)
    if cn:
        month, day = _cn_number(cn[2]), _cn_number(cn[3])
        if month < 0 or day < 0:
            return None, "bad-date"
        value = f"{''.join(str(_CN_DIGIT[c]) for c in cn[1])}年{month}月{day}日"
    for pattern in _DATE_FORMATS:
        m = pattern.match(value)
        if m:
            try:
                iso = dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                return None, "impossible-date"
            return (LONG_TERM if iso >= LONG_TERM and long_term else iso), None
    m = _EXCEL_SERIAL.match(value)
    if m:  # an Excel date cell exported as its serial day number
        return (_EXCEL_EPOCH + dt.timedelta(days=int(m[1]))).isoformat(), None
    return None, "bad-date"


def shown_value(f: Field, value: str) -> str:
    """A cell as pages show it: the no-end date as 长期, never as 2099-12-31."""
    if value == LONG_TERM and f.name in END_DATE_FIELDS:
        return LONG_TERM_LABEL
    return value


# -- amounts -----------------------------------------------------------------------------

_CHINESE_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億"
_CHINESE_NUMBER = re.compile(f"[{_CHINESE_DIGITS}]")
# The unit is 元 or nothing: 万, 千 and the other magnitudes are part of the number (`1.2万元`, `12.5千元`,
# `1万2千元`, `壹万贰仟伍佰元整`, `5千`), which is then a count of 元 (hx7 left 8: `1万2千元` was read as 1万2 ×
# 千元 = 1200 万元 and `5千` as 5000 万元).
_AMOUNT = re.compile(r"^(?P<currency>人民币|RMB|¥|￥)?\s*(?P<number>.+?)\s*(?P<unit>元)?(?:整)?$", re.IGNORECASE)
_BRACKETED_UNIT = re.compile(r"\s*\(\s*(万元|元)\s*\)$")
_THOUSANDS = re.compile(r"(?<=\d)[,，](?=\d{3})")
# `0.5万`, `3万元`: a figure of 万元 as the standard asks, only its unit written out (not converted).
_PLAIN_WAN = re.compile(r"^(?P<digits>[\d.,，]+)\s*万$")


def _number(text: str) -> float | None:
    text = _THOUSANDS.sub("", text.strip())
    try:
        number = float(text)
    except ValueError:
        if not _CHINESE_NUMBER.search(text) or re.search(r"[^\d.\s" + _CHINESE_DIGITS + "]", text):
            return None
        import cn2an  # only for amounts written in words (伍仟) or with magnitudes (1万2千): most exports have none

        try:
            number = float(cn2an.cn2an(text.replace(" ", ""), "smart"))
        except (ValueError, KeyError, IndexError):
            return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return number


def _format(number: float) -> str:
    # Exports carry float noise (0.30000000000000004); six decimals of 万元 is 0.01 yuan.
    return f"{round(number, 6):.6f}".rstrip("0").rstrip(".")


# An amount followed by the same amount in brackets, as decisions and receipts write money (罚款人民币5000元（大写：伍仟元整）,
# 伍仟元整（¥5000.00）): two readings that must agree (after NFKC the brackets and the colon are ASCII).
_RESTATED = re.compile(r"^(?P<first>[^()]+?)\s*\((?:大写|小写)?:?\s*(?P<second>[^()]+)\)$")


def read_amount(text: str) -> tuple[str | None, str | None, bool]:
    """(万元 as number text, problem code, converted) for one amount cell.

    A bare number is 万元, as the standard asks, and so is a figure with 万 or 万元 after it
    (`0.5万元`, `3万`). A figure with 元, with a currency sign (`¥5,000`: a sum of money in 元;
    万元 is always written out), in words or with other magnitudes is a count of 元 and is
    converted: `5000元`, `5,000.00元`, `伍仟元`, `人民币5000元整`, `12.5千元`, `1万2千元`,
    `壹万贰仟伍佰元整`, `5千` (`converted` tells it was).
    """
    value = unicodedata.normalize("NFKC", text).strip()
    # The unit in brackets after the figure (2000.00（元）, 0.2(万元)), as a column's unit is written: it was bad-amount.
    value = _BRACKETED_UNIT.sub(r"\1", value)
    restated = _RESTATED.match(value)
    if restated:
        # 5000元（大写：伍仟元整）, 伍仟元整（¥5000.00）: the amount as a decision writes it, twice; read when both agree.
        first, second = read_amount(restated["first"]), read_amount(restated["second"])
        if first[0] is None or second[0] is None or float(first[0]) != float(second[0]):
            return None, "bad-amount", False
        return first[0], None, first[2] or second[2]
    m = _AMOUNT.match(value)
    if not m:
        return None, "bad-amount", False
    figure = m["number"].strip()
    wan = _PLAIN_WAN.match(figure)
    if wan:
        number = _number(wan["digits"])
        if number is None or number < 0:
            return None, "bad-amount", False
        return _format(number), None, False
    number = _number(figure)
    if number is None or number < 0:
        return None, "bad-amount", False
    in_yuan = bool(m["unit"] or m["currency"] or _CHINESE_NUMBER.search(figure))
    return _format(number / 10000 if in_yuan else number), None, in_yuan


def parse_amount(text: str) -> tuple[str | None, str | None]:
    """(normalised 万元 text, None) or (None, 'bad-amount')."""
    number, code, _ = read_amount(text)
    return number, code


_MONEY = re.compile(r"(\d+(?:\.\d+)?)\s*(万元|万|元)")
_WORDS_BEFORE_YUAN = re.compile(f"[零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟][{_CHINESE_DIGITS}]*元")


def yuan_figures(content: str) -> tuple[float, ...]:
    """The money figures a 处罚内容 states, in 元 (`罚款2000元`, `罚款人民币贰仟元整`, `罚款0.2万元`)."""
    text = _THOUSANDS.sub("", unicodedata.normalize("NFKC", content))
    if _WORDS_BEFORE_YUAN.search(text):
        import warnings

        import cn2an

        with warnings.catch_warnings():  # cn2an warns about each run of characters it cannot read
            warnings.simplefilter("ignore")
            try:
                text = cn2an.transform(text, "cn2an")
            except (ValueError, KeyError, IndexError):
                pass
    return tuple(float(n) * (10000 if unit.startswith("万") else 1) for n, unit in _MONEY.findall(text))


# From this many 万元 (1000万元) a fine whose 处罚内容 states no figure to compare is not published: a 元
# amount typed into the 万元 column (5000 元 -> 5000 万元) cannot be told from it (hx6 finding 5). Staff
# confirm a real one by stating it in 处罚内容 (罚款5000万元), which check_fine then finds equal.
UNCONFIRMED_FINE = 1000.0
# 行政处罚法 第五十一条: on the spot (简易程序) at most 200 元 for a citizen, 3000 元 for an organisation.
SUMMARY_PROCEDURE_MAX = 0.3


def check_fine(amount: float, content: str) -> tuple[str, float]:
    """How a 罚款金额 (万元) agrees with the 元 figures its 处罚内容 states.

    ("ok", amount), ("yuan", amount / 10000) when it equals a stated 元 figure (written
    in 元 by mistake), ("too-large", amount) when it is a thousand times or more every
    stated figure, ("mismatch", amount) when it differs otherwise, ("none", amount) when
    the content states no figure.
    """
    figures = yuan_figures(content)
    if not figures:
        return "none", amount
    if any(abs(amount * 10000 - y) < 0.5 for y in figures):
        return "ok", amount
    if any(abs(amount - y) < 0.005 for y in figures):
        return "yuan", amount / 10000
    if amount * 10000 >= 1000 * max(figures):
        return "too-large", amount
    return "mismatch", amount


# -- codes -------------------------------------------------------------------------------

_MULTI_SPLIT = re.compile(r"[;；、,，\s]+")
# 其它 is how many clerks and drop-downs write 其他 (a variant form the 《通用规范汉字表》 keeps apart; 许可类别 其它 was
# refused as unknown-code).
_OTHER = re.compile(r"^其[他它]\s*(?:[-－—–:：（(]\s*(?P<named>[^)）]*)[)）]?)?$")


# A code as pandas and Excel write a number column (1.0, 01.0, 2.00: a float's zero fraction). The code is the
# figures before the point (h22e party-class-codes); a real fraction (1.5) is no code and stays as written.
_FLOAT_CODE = re.compile(r"(\d+)\.0+")


def code_forms(value: str) -> tuple[str, ...]:
    """The forms a coded cell is looked up by in a code table, in order: as written, then for a code written as a
    float (`1.0`, `01.0`, `111.00`) its figures (`1`, `01`, `111`) and those without leading zeros (`1`)."""
    written = value.strip()
    m = _FLOAT_CODE.fullmatch(written)
    if m is None:
        return (written,)
    figures = m[1]
    return tuple(dict.fromkeys((written, figures, figures.lstrip("0") or "0")))


def table_code(value: str, table: dict[str, str]) -> str | None:
    """What a coded cell means in a code table (`code_forms`: `1.0` finds the table's `1`), or None."""
    for form in code_forms(value):
        if form in table:
            return table[form]
    return None


def split_other(value: str) -> tuple[str, str] | None:
    """`其他-责令改正` (and 其他：…, 其他（…）) -> ("其他", "责令改正"); None when not 其他."""
    m = _OTHER.match(value.strip())
    if not m:
        return None
    return "其他", (m["named"] or "").strip()


def multi_codes(value: str, f: Field) -> tuple[str, bool]:
    """A 处罚类别 cell as its parts joined by `;` (each mapped through the field's value map),
    and whether every part is a code; `其他-<kind>` stays as written, naming its kind.
    """
    words = dict(f.value_map)
    parts = [table_code(p, words) or p for p in _MULTI_SPLIT.split(value.strip()) if p]
    # `罚款/没收违法所得`: a slash joins codes too, but only where every side is one (其他-责令改正/限期整改
    # keeps its slash).
    parts = [q for p in parts for q in (_slashed(p, f, words) or [p])]
    ok = True
    out = []
    for p in parts:
        other = split_other(p)
        if other is not None:
            out.append(f"其他-{other[1]}" if other[1] else "其他")
        else:
            out.append(p)
            ok = ok and p in f.codes
    return ";".join(out), ok


def _slashed(part: str, f: Field, words: dict[str, str]) -> list[str] | None:
    """The codes a part joins with / or ／, or None when it is not codes joined so."""
    if "/" not in part and "／" not in part:
        return None
    pieces = [words.get(q.strip(), q.strip()) for q in re.split(r"[/／]", part) if q.strip()]
    return pieces if len(pieces) > 1 and all(q in f.codes for q in pieces) else None


# A code as a public web page shows it, its middle characters replaced by asterisks (中国执行信息公开网:
# 6207021980****0011, 91620702MA7H2****): it cannot be checked, and the unmasked list is needed.
MASKED_CODE = re.compile(r"[*＊]{2,}")


# The 2016 standard's one category for two measures (CF_CFLB 暂扣或者吊销许可证、暂扣或者吊销执照):
# which one was taken is read from 处罚内容, because 吊销 makes a penalty 严重 and 暂扣 does not.
_SUSPEND_OR_REVOKE = re.compile(r"暂扣或(?:者)?吊销(?:许可证|执照|营业执照|许可证件)")
# Its code 2, 《行政处罚法》(1996) 第八条（三） 没收违法所得、没收非法财物, is one category for two measures as well
# (generator/standards/sgs2016.toml writes it 没收违法所得或者没收非法财物): published as both, a decision that took
# only the income was said to have taken property too (h20e case 7). Which was taken is read from 处罚内容.
CONFISCATION_EITHER = "没收违法所得或者没收非法财物"
_INCOME_TAKEN = re.compile(r"没收(?:其|当事人)?(?:全部)?违法所得")
_AMOUNT_AFTER = re.compile(r"[0-9０-９.,，万仟佰拾元角分整人民币（）()\s]*")
_GOODS_TAKEN = re.compile(r"非法财物|没收(?!(?:其|当事人)?(?:全部)?违法所得)")


def _confiscation_taken(content: str) -> str:
    """What a 2016 code-2 decision took, from its 处罚内容: 没收违法所得, 没收非法财物, both, or
    其他-<the standard's words> when the content says neither."""
    income = _INCOME_TAKEN.search(content)
    goods = _GOODS_TAKEN.search(content) is not None
    if income and not goods:
        # 没收违法所得7920元及药品、器械: what follows the income's amount is property taken with it.
        after = content[income.end():]
        goods = after[_AMOUNT_AFTER.match(after).end():][:1] in ("及", "和", "与", "、")  # type: ignore[union-attr]
    if income and goods:
        return "没收违法所得;没收非法财物"
    if income or goods:
        return "没收违法所得" if income else "没收非法财物"
    return f"其他-{CONFISCATION_EITHER}"


def resolve_suspend_or_revoke(categories: str, content: str) -> str:
    """A 处罚类别 cell with a 2016 category naming two measures made definite from 处罚内容:
    暂扣或者吊销许可证 as 吊销许可证件 when the content says 吊销, 暂扣许可证件 when it says 暂扣, else
    其他-<the wording>; 没收违法所得或者没收非法财物 as what the content says was confiscated.
    """
    if not _SUSPEND_OR_REVOKE.search(categories) and CONFISCATION_EITHER not in categories:
        return categories
    measure = "吊销许可证件" if "吊销" in content else "暂扣许可证件" if "暂扣" in content else ""
    parts: list[str] = []
    for part in re.split(r"[;；、]", categories):
        part = part.strip()
        if _SUSPEND_OR_REVOKE.fullmatch(part):
            part = measure or f"其他-{part}"
        for taken in (_confiscation_taken(content).split(";") if part == CONFISCATION_EITHER else [part]):
            if taken not in parts:
                parts.append(taken)
    return ";".join(parts)


def simplified_code(value: str, codes: Iterable[str]) -> str:
    """A coded value written in traditional characters (a Big5 export: 法人及非法人組織, 罰款；警告) as the
    simplified code it spells; any other value as written."""
    if value.isascii() or value in codes:
        return value
    simple = value.translate(SIMPLIFIED)
    return simple if simple != value else value


# -- the party's category ----------------------------------------------------------------


def derived_category(uscc: str, uscc_valid: bool, id_no: str) -> str:
    """行政相对人类别 from the party's codes when the export leaves it out.

    A valid credit code tells its type (GB 32100: registration department 9 工商, type 2
    个体工商户); the placeholder code is a 个体工商户's; only an identity document number
    means a natural person. "" when nothing tells.
    """
    if uscc == PLACEHOLDER_USCC:
        return INDIVIDUAL_BUSINESS
    if uscc and uscc_valid:
        return INDIVIDUAL_BUSINESS if uscc.startswith("92") else ORGANISATION
    if not uscc and id_no:
        return NATURAL_PERSON
    return ""


# -- 所属领域 ------------------------------------------------------------------------------

# (domain, where to look, words). First match wins: the law applied says more than the body
# that applied it (a 市场监管 bureau fining under 特种设备安全法 is a 特种设备 case).
# Sources: 国家发展改革委令第58号 第十一条 (特种设备、安全生产、消防 one-year minimum) and the
# bodies that enforce those laws (消防救援机构, 应急管理部门).
DOMAIN_RULES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("特种设备", (PENALTY_BASIS, VIOLATION_TYPE), ("特种设备", "电梯", "锅炉", "压力容器", "压力管道", "气瓶", "起重机械",
                                             "大型游乐设施", "客运索道")),
    ("消防", (PENALTY_AUTHORITY,), ("消防救援", "消防支队", "消防大队", "公安消防")),
    ("消防", (PENALTY_BASIS, VIOLATION_TYPE), ("消防法", "消防安全", "消防设施")),
    ("安全生产", (PENALTY_AUTHORITY,), ("应急管理", "安全生产监督管理", "煤矿安全监察")),
    ("安全生产", (PENALTY_BASIS, VIOLATION_TYPE), ("安全生产法", "安全生产", "危险化学品")),
    ("食品药品", (PENALTY_BASIS,), ("食品安全法", "药品管理法", "医疗器械监督管理条例", "化妆品监督管理条例")),
    ("生态环境", (PENALTY_AUTHORITY,), ("生态环境",)),
    ("生态环境", (PENALTY_BASIS,), ("环境保护法", "大气污染防治法", "水污染防治法", "固体废物污染环境防治法")),
    ("税务", (PENALTY_AUTHORITY,), ("税务",)),
    ("交通运输", (PENALTY_AUTHORITY,), ("交通运输",)),
)
DOMAIN_SOURCES = (PENALTY_AUTHORITY, PENALTY_BASIS, VIOLATION_TYPE)


def derived_domain(values: dict[str, str]) -> str:
    """所属领域 from the issuing body, the legal basis and the violation; "" when none fits."""
    for domain, columns, words in DOMAIN_RULES:
        for column in columns:
            text = values.get(column, "")
            if text and any(w in text for w in words):
                return domain
    return ""


# -- a period written in words -----------------------------------------------------------

_PERIOD = re.compile(r"(?P<n>[0-9]+|[一二两三四五六七八九十]{1,3})\s*(?P<unit>年|个月|月)(?:以内|之内|内)?")


def period_end(text: str, start: str, words: str) -> tuple[str | None, str]:
    """(end date, the period as written) for a period stated before `words` in `text`, counted from the ISO
    date `start`: `一年内禁止参加政府采购活动` with start 2026-01-05 gives ("2027-01-05", "一年内"), the day
    the ban is over (publication stops on it, as a tier's stop date does). (None, "") when `text` does not
    name `words`; (None, what is written) when it names them without one period that can be read
    (`一至三年内`, no period, an unreadable start date).
    """
    at = text.find(words) if words else -1
    if at < 0:
        return None, ""
    before = text[max(0, at - 16):at]
    found = list(_PERIOD.finditer(before))
    if not found or not start or not _ISO.match(start) or re.search(r"[至到~～-]\s*\Z", before[:found[-1].start()]):
        return None, before.strip("，,；; ") or words
    m = found[-1]
    n = int(m["n"]) if m["n"].isdigit() else _cn_number(m["n"])
    if n <= 0:
        return None, m[0]
    from generator.rules import add_months  # the rules' month arithmetic (rules imports nothing from here)

    months = n * 12 if m["unit"] == "年" else n
    return add_months(dt.date.fromisoformat(start), months).isoformat(), m[0]
