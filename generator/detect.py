"""The one detector of personal data, used by the scrubber, the leak gate and the staff outputs.

Entry points:

- `find(text, person=False, document="")`: the personal data in text, as `Hit`s whose
  spans are positions in the ORIGINAL text (so the scrubber masks what was written);
- `mask(text, ...)`: text with every hit replaced by MASK (the scrubber and staff outputs);
- `personal_id_in(value)`: whether an identifier cell is or holds an identity-document number;
- `normalise(text)`: the text the rules read, with a map back to the original positions.

What is read as written the same (privacy.md, "the same values written differently"): the
text is normalised first — NFKC (full-width forms, circled numerals, U+3000), invisible and
format characters dropped (zero-width, soft hyphen, bidi marks, BOM), case folded, another
middle dot read as "·", traditional characters read as simplified; inside a run of digits,
Chinese numerals (〇一二…, 零, 壹贰叁…), letter O/o for 0 and l/I for 1 are digits, and any run
of separators (spaces, dots, dashes, slashes, brackets, line breaks) between digits is ignored.

What is personal data: 18- and 15-digit identity numbers (a valid birth date; an all-digit
valid credit code is not one), mobiles (also +86/0086), landlines (area code, or 7-8 digits
after 电话/座机/联系), bank cards and accounts (16-19 digits anywhere, 12 or more after
卡号/账号/银行/开户), e-mail addresses (also ＠, (at), [at], #, 。com, " dot "), documents that
are not mainland IDs (HK/Macau permits H/M + 8-10 digits, 台胞证 8 digits, passports E/G/P…,
军官证 …) after their keyword or wherever 证件类型 names them, WeChat and QQ ids after 微信/QQ,
licence plates, and — in a natural person's record only — home addresses and the names that
follow 消费者/投诉人/… . Public facts stay: standard numbers (GB 2760-2014), dates, valid credit
codes, amounts, case numbers, article numbers, place and organisation names.

Speed: the gate runs this over every output byte. Each rule first looks for its cheap trigger
with a compiled regex over the raw text (a run of seven digit-like characters, an "@", a
keyword ...), and only the few characters around a trigger are normalised and examined.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MASK = "[已隐去]"

# -- normalisation ----------------------------------------------------------------------------

# Characters dropped wherever they are: format characters (category Cf: zero-width space and
# joiners, soft hyphen, bidi marks, BOM, word joiner ...) and a few fillers that render as nothing.
_FILLERS = "\u115f\u1160\u3164\uffa0\u180e\u034f"
_MIDDLE_DOTS = "·・•‧∙⋅･●"
_CN_DIGITS = {
    "〇": "0", "零": "0", "○": "0", "O": "0", "一": "1", "壹": "1", "幺": "1", "二": "2", "贰": "2", "貳": "2",
    "两": "2", "三": "3", "叁": "3", "參": "3", "叄": "3", "四": "4", "肆": "4", "五": "5", "伍": "5", "六": "6",
    "陆": "6", "陸": "6", "七": "7", "柒": "7", "八": "8", "捌": "8", "九": "9", "玖": "9",
}
_DINGBAT_DIGITS = {chr(0x2776 + i): str((i + 1) % 10) for i in range(9)}  # ❶-❾
_DINGBAT_DIGITS.update({chr(0x2780 + i): str(i + 1) for i in range(9)})  # ➀-➈
_DINGBAT_DIGITS.update({chr(0x278A + i): str(i + 1) for i in range(9)})  # ➊-➒
_DINGBAT_DIGITS.update({"⓿": "0", "⓪": "0", "❿": "10", "➉": "10", "➓": "10"})


def _traditional() -> dict[str, str]:
    """Traditional -> simplified, one character each (the table hanziconv ships)."""
    try:
        from hanziconv import charmap
    except ImportError:  # the detector still works; traditional names are then read as written
        return {}
    return {t: s for t, s in zip(charmap.traditional_charmap, charmap.simplified_charmap) if t != s}


TRADITIONAL = _traditional()


@functools.lru_cache(maxsize=1 << 16)
def norm_char(ch: str) -> str:
    """What one character reads as (possibly "" or several characters), outside digit runs."""
    if ch in _DINGBAT_DIGITS:
        return _DINGBAT_DIGITS[ch]
    if ch in _FILLERS or (ch > "\x7f" and unicodedata.category(ch) in ("Cf", "Mn", "Me")):
        return ""  # format characters; combining marks (U+0332 under a digit, keycap U+20E3, U+FE0F)
    if ch in _MIDDLE_DOTS:
        return "·"
    if ch in TRADITIONAL:
        return TRADITIONAL[ch]
    out = unicodedata.normalize("NFKC", ch) if ch > "\x7f" else ch
    if len(out) == 1 and out > "\x7f" and out not in _CN_DIGITS:
        digit = unicodedata.decimal(out, None)  # Arabic-Indic and other scripts' digits
        if digit is not None:
            out = str(digit)
    return out.lower()


@dataclass(frozen=True)
class Normalised:
    """Normalised text and, for each of its characters, the position it came from."""

    text: str
    origin: list[int]  # origin[i]: start in the original of text[i]; origin[len(text)]: the end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of text[start:end]."""
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[start]


def normalise(text: str, low: int = 0, high: int | None = None) -> Normalised:
    """text[low:high] normalised (see the module docstring); digit runs are read later, by the rules."""
    high = len(text) if high is None else high
    part = text[low:high]
    markup = ("<" in part or "&" in part) and _MARKUP_SPACE.search(part) is not None
    if part.isascii() and not markup:
        return Normalised(part.lower(), list(range(low, high + 1)))
    chars: list[str] = []
    origin: list[int] = []
    i = low
    while i < high:
        if markup and text[i] in "<&":
            tag = _MARKUP_SPACE.match(text, i, high)
            if tag:  # a literal <br>, <br/> or &nbsp; typed into a cell reads as one space
                chars.append(" ")
                origin.append(i)
                i = tag.end()
                continue
        for c in norm_char(text[i]):
            chars.append(c)
            origin.append(i)
        i += 1
    origin.append(high)
    return Normalised("".join(chars), origin)


_MARKUP_SPACE = re.compile(r"<br\s*/?>|&nbsp;|&#160;|&#xa0;", re.IGNORECASE)


def plain(text: str) -> str:
    """The normalised reading of text (no positions), for comparing values written differently."""
    return normalise(text).text


# -- the digit-run rules ------------------------------------------------------------------------

_DL = "0-9〇零○一二三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖两幺"  # digit-like once normalised
# Weak separators: punctuation that also separates numbers in a list (、，；。～丨 杠 * =); a number
# written across one counts only as an identity number or a mobile (never a card or a landline), and
# not as a mobile whose groups after the first have three digits each (1,380,000,000: an amount).
_WEAK = ",;~、。丨杠*="
_SEP = r"\s.\-/\\_()·\u2010-\u2015\u2212\ufe58\ufe63" + _WEAK

_LET = "oli"  # read as 0, 1, 1 inside a run (only o at its end: codes end in L, never in O)
# In normalised text: a run of digit-likes with separators between them, and an optional final x.
_N_RUN = re.compile(
    rf"[{_DL}](?:[{_SEP}]*(?:[{_DL}]|[{_LET}](?=[{_SEP}{_LET}]{{0,6}}[{_DL}]))|o(?![a-z]))*"
    rf"(?:[{_SEP}]*x(?![a-z]))?")
# In raw text (cheap trigger): seven or more digit-like characters, letters or separators that may
# belong to one run (the raw classes are wider: full-width, circled, invisible characters ...).
_RAW_DL = _DL + r"\d０-９①-⑳⑴-⒇⒈-⒛❶-❿➀-➓⓪⓿⁰¹²³⁴-⁹₀-₉"
# (ASCII , and ; are not raw separators: JSON number arrays would all trigger; the full-width ones are.)
_RAW_SEP = (_SEP.replace(",;", "") + r"\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u3000．。／－—–＿（）"
            r"，；～＊＝\u0300-\u036f\u20d0-\u20ff\ufe00-\ufe0f" + _MIDDLE_DOTS)
_RAW_GAP = rf"(?:[{_RAW_SEP}]|<br\s*/?>|&nbsp;)"
# Possessive, so that a run glued to a Latin letter after it (91620702MA…, a credit code; a digest) is
# dropped here rather than cut short to fit; a plain ISO date (most runs in the datasets) likewise.
_RAW_RUN = re.compile(
    # The first character first (so the regex engine scans for it), then what must not precede it:
    # a digit; a hexadecimal digest (…5d6729191…); a code's letter and dash (TS-2026-000729); and it
    # is not the start of a plain ISO date.
    rf"[{_RAW_DL}](?<!\d.)(?<![0-9][a-fA-F].)(?<![a-fA-F][a-fA-F].)(?<![A-Za-z]-.)"
    r"(?!(?<=[12])[09]\d\d-[01]\d-[0-3]\d(?![\d.\-/]|\s*\d))"
    rf"(?:{_RAW_GAP}*+[{_RAW_DL}OolIｏＯｌＩ]){{6,}}+(?:{_RAW_GAP}*+[xXｘＸ])?+(?![A-Za-wyzＡ-Ｚａ-ｚ])")
_TO_DIGIT = str.maketrans({**{k: v for k, v in _CN_DIGITS.items() if len(v) == 1}, "o": "0", "l": "1", "i": "1"})
_DATE_UNIT = re.compile(r"(?<!\d)(?:19|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)")

PHONE_WORDS = ("电话", "座机", "联系", "手机", "tel", "phone", "传真", "热线")
ACCOUNT_WORDS = ("卡号", "账号", "帐号", "银行", "开户", "账户", "帐户", "银行卡", "account")

ID = "身份证号码"
MOBILE = "手机号码"
LANDLINE = "固定电话"
CARD = "银行卡号或账号"
EMAIL = "电子邮箱"
DOCUMENT = "证件号码"
SOCIAL = "微信或QQ号"
PLATE = "机动车号牌"
ADDRESS = "住址"
NAME = "人名"
PERSONAL_IDS = frozenset({ID, DOCUMENT})


@dataclass(frozen=True, slots=True)
class Hit:
    """One piece of personal data: its span in the original text, its class and compact token."""

    start: int
    end: int
    what: str
    token: str


def _birth_ok(year: int, month: int, day: int) -> bool:
    try:
        born = dt.date(year, month, day)
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def _uscc_valid(code: str) -> bool:
    from generator.validate import is_valid_uscc

    return is_valid_uscc(code.upper())


def _ric_valid(code: str) -> bool:
    from generator.validate import ric_check_digit

    return ric_check_digit(code[:17]) == code[17].upper()


def is_id18(d: str) -> bool:
    """An 18-character identity number: 17 digits and a digit or x, region 1-8, a birth date that
    exists (the check digit is not required: a mistyped one is still a person's number), and not
    an all-digit credit code that is valid while the ID check digit is not."""
    if len(d) != 18 or not d[:17].isdigit() or not (d[17].isdigit() or d[17] in "xX") or d[0] not in "12345678":
        return False
    if not _birth_ok(int(d[6:10]), int(d[10:12]), int(d[12:14])):
        return False
    return _ric_valid(d) or not _uscc_valid(d)


def is_id15(d: str) -> bool:
    """A first-generation 15-digit identity number: region 1-8 and a birth date (19YYMMDD)."""
    return len(d) == 15 and d.isdigit() and d[0] in "12345678" and _birth_ok(1900 + int(d[6:8]), int(d[8:10]),
                                                                                int(d[10:12]))


def _date8(d: str) -> bool:
    return len(d) == 8 and d[:2] in ("19", "20") and _birth_ok(int(d[:4]), int(d[4:6]), int(d[6:8])) or (
        len(d) == 8 and d[:2] == "20" and 1 <= int(d[4:6]) <= 12 and 1 <= int(d[6:8]) <= 31)


def _is_mobile(d: str) -> bool:
    return len(d) == 11 and d[0] == "1" and d[1] in "3456789" and d.isdigit()


def _classify(d: str, before: str) -> str | None:
    """What a compact digit string (digits, maybe a final x) is, given the normalised text before it."""
    n = len(d)
    if d.endswith("x"):
        return ID if n == 18 and is_id18(d) else None
    if n == 18 and is_id18(d):
        return ID
    if n == 15 and is_id15(d):
        return ID
    if _is_mobile(d) or (n == 13 and d.startswith("86") and _is_mobile(d[2:])) or (
            n == 15 and d.startswith("0086") and _is_mobile(d[4:])):
        return MOBILE
    if d[0] == "0" and d[1:2] != "0" and 10 <= n <= 12:
        return LANDLINE
    if 16 <= n <= 19 and not (n == 18 and _uscc_valid(d)) and not (n == 16 and _date8(d[:8])):
        # (not a date range written 20260105-20270104, nor a date and a digest's digits, the site's
        # version 20261201-07350608: no card number starts with 19 or 20 and a date)
        return CARD
    if n >= 12 and any(w in before for w in ACCOUNT_WORDS):
        return CARD
    if 7 <= n <= 8 and any(w in before for w in PHONE_WORDS) and not (
            n == 8 and _birth_ok(int(d[:4]), int(d[4:6]), int(d[6:8]))):
        return LANDLINE
    return None


def _groups(run: str, offset: int) -> list[list[tuple[str, int, int]]]:
    """The digit groups of a normalised run, as segments that never join: (digits, start, end).

    A written date (2026-5-18) and a decimal point before a long fraction (0.5639999999999999)
    end a segment: neither is a separator inside one number."""
    dates = [(m.start() + offset, m.end() + offset) for m in _DATE_UNIT.finditer(run)]
    segments: list[list[tuple[str, int, int]]] = [[]]
    previous_end = None
    for m in re.finditer(rf"[0-9{_DL}{_LET}x]+", run):
        start, end = m.start() + offset, m.end() + offset
        digits = m.group(0).translate(_TO_DIGIT)
        between = run[previous_end - offset:m.start()] if previous_end is not None else ""
        starts_date = any(lo == start for lo, _ in dates)
        after_date = any(hi == previous_end for _, hi in dates)
        decimal = between == "." and (len(digits) >= 9 or (bool(segments[-1]) and segments[-1][-1][0] == "0"))
        if segments[-1] and (starts_date or after_date or decimal):
            segments.append([])
        if not decimal:  # the fraction of a decimal number is no number of its own
            segments[-1].append((digits, start, end))
        previous_end = m.end() + offset
    return [s for s in segments if s]


def _decimals(separators: list[str], groups: list[tuple[str, int, int]]) -> bool:
    """Whether groups read as several small numbers (SVG path data: 3.54 2.36-2.19, 0 0 1-5 5)
    rather than one number written with separators: a dot between two groups and another kind of
    separator elsewhere, or two kinds of separator between groups of one or two digits. Brackets
    and the separator after a +86 are neutral. separators[k] is the text between groups k and k+1."""
    kinds = set()
    first = 1 if groups[0][0] in ("86", "0086") else 0
    for between in separators[first:len(groups) - 1]:
        if "(" in between or ")" in between:
            continue
        kinds.add(" " if between.isspace() else re.sub(r"\s+", " ", between))
    if len(kinds) < 2:
        return False
    return any("." in k for k in kinds) or any(len(g[0]) < 3 for g in groups[first + 1:])


def _letter_code(text: str, groups: list[tuple[str, int, int]], digits: str) -> bool:
    """Whether 18 characters read as digits are, as written, a valid credit code (or one reversed).

    The search index keeps credit codes in lower case and reversed (91620702l000000008 is
    91620702L000000008): reading its l as 1 would make a public code look like a card number."""
    written = "".join(text[start:end] for _, start, end in groups).upper()
    return written != digits.upper() and (_uscc_valid(written) or _uscc_valid(written[::-1]))


def _arabic_core_hits(norm: Normalised, run: re.Match[str]) -> list[tuple[int, int, str, str]]:
    """Hits in the Arabic-digit core of a run that Chinese numerals of the text around it joined
    (王五13800002233: 五 is a name's character, not a digit of the mobile)."""
    digits = [k for k, c in enumerate(run.group(0)) if "0" <= c <= "9"]
    if not digits or (digits[0] == 0 and digits[-1] == len(run.group(0)) - 1):
        return []
    low, high = run.start() + digits[0], run.start() + digits[-1] + 1
    core = _N_RUN.match(norm.text[:high], low)
    if core is None or sum(c.isdigit() for c in core.group(0)) < 7:
        return []
    return _run_hits(norm, core, norm.text[max(0, low - 10):low])


def _weakly_joined(what: str, separators: list[str], later: list[int]) -> bool:
    """Whether a number joined across a weak separator (、，；…) is not to be read as `what`: only
    an identity number or a mobile is, and no mobile written like an amount (1,380,000,000)."""
    if not any(c in _WEAK for between in separators for c in between):
        return False
    return what not in (ID, MOBILE) or (what == MOBILE and all(n == 3 for n in later))


# Latin words that may be glued to a phone or ID number (Tel13912341234, ID620702…, NO.…).
_GLUE_WORDS = ("tel", "id", "no", "phone", "mobile", "mob", "cell", "sfz", "sfzh", "sfzhm", "qq", "wx", "vx", "fax",
               "ph", "card", "tell")


def _run_hits(norm: Normalised, run: re.Match[str], before: str) -> list[tuple[int, int, str, str]]:
    """Hits in one normalised run: (start, end, what, token) in normalised positions.

    A run glued to Latin letters is part of a code or a hash (11620702000090018W, a credit code;
    …f9a15944846661b3…, a digest): no hit, unless a word such as Tel or ID alone is glued before it
    and nothing after (then an identity number with a valid check digit or a mobile counts)."""
    text = norm.text
    if run.end() < len(text) and "a" <= text[run.end()] <= "z":
        return []
    word = re.search(r"[a-z]+$", text[max(0, run.start() - 8):run.start()])
    glued = word is not None
    if glued:
        assert word is not None
        at = run.start() - len(word.group(0))
        if word.group(0) not in _GLUE_WORDS or (at > 0 and text[at - 1].isalnum() and text[at - 1].isascii()):
            return []
    keyword = any(w in before for w in PHONE_WORDS) or any(w in before for w in ACCOUNT_WORDS)
    hits = []
    for groups in _groups(run.group(0), run.start()):
        separators = [text[g[2]:h[1]] for g, h in zip(groups, groups[1:])]
        i = 0
        while i < len(groups):
            found = None
            lengths = [len(g[0]) for g in groups]
            # The longest first, a card last: 139… 6207….1990… is a mobile and an ID, not one card.
            order = [(j, card) for card in (False, True) for j in range(min(len(groups), i + 16) - 1, i - 1, -1)]
            for j, card in order:
                n = sum(lengths[i:j + 1])
                if n < 7 or n > 30 or (n < 10 and not (keyword and i == 0)) or (n > 19 and not keyword):
                    continue
                d = "".join(g[0] for g in groups[i:j + 1])
                if n == 18 and _letter_code(text, groups[i:j + 1], d):
                    continue
                what = _classify(d, before if i == 0 else "")
                if what and (what == CARD) != card:
                    continue
                if what and glued and not (what == MOBILE or (what == ID and len(d) == 18 and _ric_valid(d))):
                    what = None
                if what and j > i and _decimals(separators[i:j], groups[i:j + 1]):
                    what = None
                if what and j > i and _weakly_joined(what, separators[i:j], lengths[i + 1:j + 1]):
                    what = None
                if what:
                    found = (groups[i][1], groups[j][2], what, d.upper(), j)
                    break
            if found:
                hits.append(found[:4])
                i = found[4] + 1
            else:
                i += 1
    return hits


# -- keyword rules ------------------------------------------------------------------------------

_KEYWORD_REACH = 24  # characters after a keyword in which its number is looked for
# Between a keyword and its number: a few marks or words (号码为：…), never a quote, comma, bracket or
# brace (the keyword would then be a value of its own: "wx","vEuat…" in the search index's data).
_NEAR = (r"^[^0-9a-z\u4e00-\u9fff\"',，{}\[\]<>]{0,3}(?:[\u4e00-\u9fff]{0,6}?(?:号码|号|码|为|是|:|：)?)"
         r"[^0-9a-z\"',{}\[\]<>]{0,3}")
_DOC_NUMBER = {
    "passport": re.compile(_NEAR + r"([egpdsk][\s\-]?\d{7,8}|[a-z]{2}\d{7})(?![0-9a-z])"),
    "permit": re.compile(_NEAR + r"([hm][\s\-]?\d{8,10}|\d{8}(?:\d{2})?|[a-z][\s\-]?\d{7,9})(?![0-9a-z])"),
    "military": re.compile(_NEAR + r"((?:[\u4e00-\u9fff]{1,2}字第)?[a-z]?\d{6,9}号?)(?![0-9a-z])"),
    "wechat": re.compile(_NEAR + r"([a-z][-_a-z0-9]{5,19}|1[3-9]\d{9})(?![-_a-z0-9])"),
    "qq": re.compile(_NEAR + r"(\d{5,11})(?!\d)"),
    "phone": re.compile(_NEAR + r"(\d{7,8})(?!\d)(?<!(?:19|20)\d{6})"),
    "account": re.compile(_NEAR + r"(\d{12,30})(?!\d)"),
}
_KEYWORD_RULE = {
    "护照": "passport", "passport": "passport", "港澳": "permit", "通行证": "permit", "回乡证": "permit",
    "台胞": "permit", "台湾居民": "permit", "军官证": "military", "士兵证": "military", "军人证": "military",
    "警官证": "military", "文职干部证": "military", "微信": "wechat", "wechat": "wechat", "weixin": "wechat",
    "wx": "wechat", "vx": "wechat", "v信": "wechat", "V信": "wechat", "威信": "wechat", "证件号": "passport", "qq": "qq", "扣扣": "qq", "电话": "phone", "座机": "phone", "联系": "phone",
    "手机": "phone", "传真": "phone", "tel": "phone", "卡号": "account", "账号": "account", "帐号": "account",
    "账户": "account", "帐户": "account", "开户": "account",
}
_RULE_WHAT = {"passport": DOCUMENT, "permit": DOCUMENT, "military": DOCUMENT, "wechat": SOCIAL, "qq": SOCIAL,
              "phone": LANDLINE, "account": CARD}
_KEYWORD_HINT = re.compile(r"[护港通回台军士警文微扣电座联手传卡账帐开威证]|[wWvVqQtTpP]")


@functools.lru_cache(maxsize=1)
def _keyword_automaton() -> Any:
    """The keywords (every case of the Latin ones) in one Aho-Corasick automaton: one pass over the
    text finds them all, much faster than a regex alternation over long pages."""
    import itertools

    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word, rule in _KEYWORD_RULE.items():
        if word.isascii():
            for spelling in itertools.product(*((c.lower(), c.upper()) for c in word)):
                automaton.add_word("".join(spelling), (rule, len(word)))
        else:
            automaton.add_word(word, (rule, len(word)))
    automaton.make_automaton()
    return automaton


def _keywords_in(text: str) -> list[tuple[int, str]]:
    """(end, rule) of each keyword in text; a Latin one only as a word of its own (not the wx of
    a digest or the tel of hotel)."""
    if not _KEYWORD_HINT.search(text):
        return []
    found = []
    for end, (rule, size) in _keyword_automaton().iter(text):
        start = end - size + 1
        if text[start].isascii() and ((start > 0 and text[start - 1].isascii() and text[start - 1].isalpha())
                                      or (end + 1 < len(text) and text[end + 1].isascii() and text[end + 1].isalpha())):
            continue
        found.append((end + 1, rule))
    return found


# 证件类型 values naming a document whose number holds no birth date.
DOCUMENT_TYPES = {"护照": "passport", "港澳": "permit", "通行证": "permit", "回乡证": "permit", "台胞": "permit",
                  "台湾": "permit", "居留": "permit", "军官": "military", "士兵": "military", "警官": "military",
                  "军人": "military", "文职": "military"}


def document_rule(document: str) -> str | None:
    """The keyword rule a 证件类型 value names (护照 -> passport ...), None for a mainland ID or nothing."""
    for word, rule in DOCUMENT_TYPES.items():
        if word in document:
            return rule
    return None


def _squeezed(norm: str) -> tuple[str, list[int]]:
    """norm with separators between digits dropped and digit-likes inside runs read as digits."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for run in _N_RUN.finditer(norm):
        for k in range(last, run.start()):
            out.append(norm[k])
            where.append(k)
        for k in range(run.start(), run.end()):
            c = norm[k]
            if c.isdigit() or c in _DL or c in _LET or c == "x":
                out.append(c.translate(_TO_DIGIT))
                where.append(k)
        last = run.end()
    for k in range(last, len(norm)):
        out.append(norm[k])
        where.append(k)
    where.append(len(norm))
    return "".join(out), where


# -- e-mail, plates, addresses, names -----------------------------------------------------------

_RAW_EMAIL = re.compile(r"[@＠﹫]|[(\[（【]\s*(?:at|AT)\s*[)\]）】]|#| at | AT ")
_TLD = r"(?:com|cn|net|org|edu|gov|info|biz|top|io|cc|me|hk|tw|mo)"
_DOT = r"(?:\s*(?:\.|。|\(dot\)|\[dot\]|（dot）)\s*| dot )"
_EMAIL = re.compile(
    rf"[a-z0-9][a-z0-9._%+-]*(?:{_DOT}[a-z0-9_%+-]+)*\s*(?:@|\(at\)|\[at\]|（at）|【at】)\s*[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}[a-z]{{2,}}"
    rf"|[a-z0-9][a-z0-9._%+-]*(?:{_DOT}[a-z0-9_%+-]+)*(?:#| at )[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}{_TLD}(?![a-z])")
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_RAW_PLATE = re.compile(rf"[{_PROVINCES}][A-Za-zＡ-Ｚａ-ｚ]")
_PLATE = re.compile(rf"[{_PROVINCES}][a-z]\s*[·.\-]?\s*(?=[a-z0-9]*\d)[a-z0-9]{{5,6}}(?![a-z0-9])")
_ADDRESS_BEFORE = re.compile(r"住址|家住|户籍|居住于|居住在|现住|住所地|住所|住在|住|地址")  # 地址: 家庭地址, 送达地址
_ADDRESS = re.compile(
    r"[:：为在是于地址]{0,2}\s*([\u4e00-\u9fff0-9\-]{2,40}(?:村|组|社|号|室))")
_ADDRESS_AFTER = re.compile(r"([\u4e00-\u9fff0-9\-]{2,30}?(?:村|组|社|号|室)[0-9\-]{0,6}(?:号|室|组|社)?)(?=的?(?:住宅|家中|住处))")
ROLES = ("消费者", "投诉人", "举报人", "当事人", "经营者", "负责人", "员工", "店员", "雇员", "家属", "顾客", "患者",
         "驾驶员", "司机", "业主", "户主", "监护人", "证人", "受害人", "被害人", "工作人员", "职工", "厨师", "店主",
         "租户", "房东", "申请人", "委托人", "代理人", "联系人", "收货人", "购买人", "服务员",
         # Issue 16 (adversarial round): 失信被执行人（被执行人韩…）, 承办人：卢…, 从业人员卫…处.
         "被执行人", "执行人", "承办人", "经办人", "办案人员", "执法人员", "从业人员", "营业员", "销售员", "收银员",
         "被投诉人", "被申请人", "债务人", "担保人", "保安", "学徒", "雇工")
_ROLE = re.compile("(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")[:：\s]{0,2}")
# Common surnames (the first character of a name after a role word); two-character ones first.
_SURNAMES2 = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯")
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")
# Words that, right after a role word, are not a name (消费者投诉, 当事人未按规定 ...).
_NOT_NAME_NEXT = set("未已不在于因对向从被将把的系为是及和与等均称所应须有无拒自反投举说购买到来去家处现曾")
_PLACE_END = set("市区县镇乡村省州路街")


def _names_after_roles(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _ROLE.finditer(text):
        at = m.end()
        size = 3 if text[at:at + 2] in _SURNAMES2 else 0
        if not size and (at >= len(text) or text[at] not in _SURNAMES):
            continue
        first = 2 if size else 1
        end = at + first
        while end < len(text) and end - at < first + 2 and "\u4e00" <= text[end] <= "\u9fff" and \
                text[end] not in _NOT_NAME_NEXT:
            end += 1
        # A whole name: followed by punctuation, the end or a word that cannot continue it (not by
        # more characters of a place or organisation name: 当事人张掖华强商贸有限公司); "某" is no name.
        delimited = end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff" or text[end] in _NOT_NAME_NEXT
        if end - at >= first + 1 and delimited and "某" not in text[at:end] and text[end - 1] not in _PLACE_END:
            spans.append((at, end))
    return spans


# -- the detector -------------------------------------------------------------------------------


def may_hold_number(text: str) -> bool:
    """A cheap pre-check: False only if text holds no number the detector could read as personal."""
    return _RAW_RUN.search(text) is not None


def may_hold(text: str) -> bool:
    """A cheap pre-check: False only if `find(text)` (without person/document rules) is empty."""
    return bool(_RAW_RUN.search(text) or _RAW_EMAIL.search(text) or _keywords_in(text) or _RAW_PLATE.search(text))


def find(text: str, person: bool = False, document: str = "", names: bool | None = None) -> list[Hit]:
    """Every piece of personal data in text, in order, as spans of the original text.

    `person`: the text belongs to a natural person's (or a 个体工商户's) record — home addresses and
    names after role words count too. `document`: the record's 证件类型, whose numbers are then
    personal wherever they are written. `names`: look for names after role words (default: person
    or not, as the scrubber does for every free text; the gate passes False)."""
    if not text:
        return []
    hits: list[Hit] = []
    for raw in _RAW_RUN.finditer(text):
        low = max(0, raw.start() - 12)
        norm = normalise(text, low, min(len(text), raw.end() + 1))
        # Only the run this raw match found, read from its first character (the context before it is
        # for the keyword and glue checks: a digest's digits before a space must not join it).
        first = bisect.bisect_left(norm.origin, raw.start(), 0, len(norm.text))
        for run in _N_RUN.finditer(norm.text, first):
            if norm.origin[run.start()] >= raw.end():
                break
            if sum(c.isdigit() or c in _DL for c in run.group(0)) < 7:
                continue
            before = norm.text[max(0, run.start() - 10):run.start()]
            found = _run_hits(norm, run, before)
            if not found:
                found = _arabic_core_hits(norm, run)
            for start, end, what, token in found:
                s, e = norm.span(start, end)
                while e < len(text) and text[e] > "\x7f" and unicodedata.category(text[e]) in ("Mn", "Me"):
                    e += 1  # the keycap or combining mark on the last digit goes with it
                hits.append(Hit(s, e, what, token))
    rules = _keywords_in(text)
    rule = document_rule(document) if document else None
    if rule:
        rules += [(0, rule)] + [(m.end(), rule) for m in re.finditer(r"[:：\s]", text)]
    for at, name in rules:
        if not name:
            continue
        norm = normalise(text, at, min(len(text), at + _KEYWORD_REACH))
        squeezed, where = _squeezed(norm.text)
        m = _DOC_NUMBER[name].search(squeezed)
        if m:
            start, end = where[m.start(1)], where[m.end(1) - 1] + 1
            s, e = norm.span(start, end)
            hits.append(Hit(s, e, _RULE_WHAT[name], re.sub(r"[\s\-]", "", m.group(1)).upper()))
    for m in _RAW_EMAIL.finditer(text):
        low, high = max(0, m.start() - 64), min(len(text), m.end() + 80)
        norm = normalise(text, low, high)
        for address in _EMAIL.finditer(norm.text):
            s, end = norm.span(address.start(), address.end())
            if s <= m.start() < end:
                hits.append(Hit(s, end, EMAIL, re.sub(r"\s", "", address.group(0))))
    for m in _RAW_PLATE.finditer(text):
        norm = normalise(text, m.start(), min(len(text), m.start() + 14))
        p = _PLATE.match(norm.text)
        if p:
            s, e = norm.span(p.start(), p.end())
            hits.append(Hit(s, e, PLATE, re.sub(r"[\s·.\-]", "", p.group(0)).upper()))
    if person:
        for m in _ADDRESS_BEFORE.finditer(text):
            a = _ADDRESS.match(text, m.end())
            if a and re.search(r"[村组社号室]", a.group(1)):
                hits.append(Hit(a.start(1), a.end(1), ADDRESS, a.group(1)))
        for a in _ADDRESS_AFTER.finditer(text):
            hits.append(Hit(a.start(1), a.end(1), ADDRESS, a.group(1)))
    if names if names is not None else True:
        for s, e in person_name_spans(text):
            hits.append(Hit(s, e, NAME, text[s:e]))
    return _merged(hits)


def _merged(hits: list[Hit]) -> list[Hit]:
    """Hits in order; overlapping ones merged into the first (the wider span kept)."""
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and hit.start < out[-1].end:
            if hit.end > out[-1].end:
                last = out[-1]
                out[-1] = Hit(last.start, hit.end, last.what, last.token)
            continue
        out.append(hit)
    return out


def mask_spans(text: str, spans: Iterable[tuple[int, int]], mask_with: str = MASK) -> str:
    """text with each span (sorted, not overlapping) replaced by mask_with."""
    out, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        out.append(text[last:start])
        out.append(mask_with)
        last = end
    out.append(text[last:])
    return "".join(out)


def mask(text: str, person: bool = False, document: str = "", names: bool | None = None) -> str:
    """text with every personal datum `find` sees replaced by MASK (a name by its masked form)."""
    if not text:
        return text
    hits = find(text, person, document, names)
    if not hits:
        return text
    out, last = [], 0
    for hit in hits:
        out.append(text[last:hit.start])
        out.append(_masked_name(text[hit.start:hit.end]) if hit.what == NAME else MASK)
        last = hit.end
    out.append(text[last:])
    return "".join(out)


def _masked_name(name: str) -> str:
    return name[:1] + "*" * (len(name) - 1)


def mask_cell(value: object) -> str:
    """A cell value as staff outputs may quote it: every personal datum masked (one choke point)."""
    return mask(str(value), person=True, names=True)


# The column of the old 15-digit registration number (工商注册号). 15-digit identity cards were
# replaced by 18-digit ones from 1999 and expired by 2013, while exports still carry the 15-digit
# 工商注册号 of 个体工商户, often without a valid check digit: there a bare 15-digit number is read as
# the registration number it is filed as (an 18-digit ID in the same column is still withheld).
REGISTRATION_NUMBER_COLUMNS = ("工商注册号",)


def registration_number_shape(column: str, value: str) -> bool:
    """Whether `value` in `column` is a bare 15-digit registration number (public), see above."""
    return column in REGISTRATION_NUMBER_COLUMNS and len(value) == 15 and value.isascii() and value.isdigit()


def personal_id_in(value: str) -> bool:
    """Whether an identifier cell (工商注册号, 税务登记号, 许可编号, 文书号 …) is or holds a personal ID.

    The whole compact value is read as the detector reads numbers; inside a longer value, an
    18-digit stretch with a valid check digit and birth date (a 税务登记号 made of an ID and a
    suffix); a 15-digit registration number with a valid ISO 7064 check digit is not an ID.
    """
    if not value:
        return False
    if value.isascii() and value.isalnum():  # the usual cell (codes, numbers): no normalising needed
        return _plain_personal_id(value.lower())
    for hit in find(value, names=False):
        if hit.what in PERSONAL_IDS or hit.what in (MOBILE, EMAIL):
            if hit.what == ID and len(hit.token) == 15 and _registration_number(hit.token):
                continue
            return True
    squeezed, _ = _squeezed(normalise(value).text)
    for i in range(len(squeezed) - 17):
        d = squeezed[i:i + 18]
        if d[:17].isdigit() and (d[17].isdigit() or d[17] == "x") and is_id18(d) and _ric_valid(d):
            return True
    return False


@functools.lru_cache(maxsize=1 << 16)
def _plain_personal_id(v: str) -> bool:
    """`personal_id_in` of a value of ASCII letters and digits (lower case)."""
    for run in re.findall(r"\d{11,}x?", v):
        n = len(run)
        whole = run == v
        if n == 18 and is_id18(run) and (whole or _ric_valid(run)):
            return True
        if n == 15 and whole and is_id15(run) and not _registration_number(run):
            return True
        if n == 11 and whole and _is_mobile(run):
            return True
        if n > 18 and any(is_id18(run[i:i + 18]) and _ric_valid(run[i:i + 18]) for i in range(n - 17)):
            return True
    return False


def _registration_number(d: str) -> bool:
    """A 15-digit 工商注册号 (GB 12406 ISO 7064 MOD 11,10 check digit)."""
    from stdnum.iso7064 import mod_11_10

    return mod_11_10.is_valid(d)


# -- whole names ------------------------------------------------------------------------------

_PLACE_SUFFIX = set("市县区镇乡村省州路街巷道里湾沟河山桥寨堡屯营庄")
_ORG_END = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|商行|商店|商贸|贸易|超市|专营店|专卖店|"
    r"烧烤店|饭店|酒店|宾馆|餐厅|饭馆|面馆|店|厂|合作社|中心|医院|诊所|药房|药店|学校|幼儿园|委员会|协会|银行|研究所|事务所)")
_VERBISH = set("反投举称说购买在于因对向被将把的了是为和与及等未已不")


def inside_public_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a person's name found in text) is part of a place or organisation
    name rather than a whole name: 张掖 in 张掖市, 华强 in 张掖华强商贸有限公司, 李建国 in 李建国烧烤店.

    It is when glued to a place suffix (市县区镇乡村路…), or when the characters after it run,
    with no punctuation and no verb-like character, into an organisation ending (…有限公司, …店)."""
    if end < len(text) and text[end] in _PLACE_SUFFIX:
        return True
    m = _ORG_END.match(text, end)
    if m is not None and not _VERBISH.intersection(text[end:m.end()]):
        return True
    from generator.person_names import inside_public_word  # a word of a place, a brand (国庆节, 国美电器)

    return inside_public_word(text, start, end)


def person_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of third persons' names in prose: the project's recogniser (generator.person_names)
    when it is installed, else the role-word rule of this module."""
    try:
        from generator.person_names import common_word_at, find_person_names
    except ImportError:  # the detector works without it
        return _names_after_roles(text)
    # The role rule here reads any surname-led word as a name; with the recogniser, not one that starts an
    # ordinary word (当事人申辩称, 当事人应当自收到, 当事人车间内: the standard sentences of every decision).
    roles = [(s, e) for s, e in _names_after_roles(text) if not common_word_at(text, s)]
    return sorted(set(find_person_names(text)) | set(roles))


# -- a row's own values, however written ---------------------------------------------------------

_COMPACT_DROP = re.compile(r"[\s·.\-_/()]")


def compact(text: str) -> tuple[str, list[int]]:
    """text normalised, digit-likes inside runs read as digits, and every separator (white space,
    middle dot, dot, dash, slash, bracket) dropped; with the original position of each character."""
    norm = normalise(text)
    squeezed, where = _squeezed(norm.text)
    chars: list[str] = []
    origin: list[int] = []
    for k, c in enumerate(squeezed):
        if not _COMPACT_DROP.match(c):
            chars.append(c)
            origin.append(norm.origin[where[k]])
    origin.append(len(text))
    return "".join(chars), origin


@functools.lru_cache(maxsize=1 << 16)
def compact_value(value: str) -> str:
    """A never-public value as `compact` reads it (the form the scrubber and the gate compare)."""
    return compact(value.strip())[0]


_VARIANTS: dict[str, set[str]] = {}
for _t, _s in TRADITIONAL.items():
    _VARIANTS.setdefault(_s, {_s}).add(_t)


def may_contain(text: str, value: str) -> bool:
    """A cheap pre-check: False only if `find_values(text, [value])` is empty."""
    if value in text:
        return True
    first = value.strip()[:1]
    if not first:
        return False
    if first.isascii():
        # A number of seven characters or more shows as a raw digit run however it is written.
        return len(compact_value(value)) < 7 or _RAW_RUN.search(text) is not None
    return any(v in text for v in _VARIANTS.get(first, {first})) or first not in _VARIANTS and not text.isascii()


def find_values(text: str, values: Iterable[str], whole_names: bool = False) -> list[tuple[int, int]]:
    """Original spans where any of the values occurs in text after normalisation (`compact`),
    sorted and merged; `whole_names`: not where the value is part of a place or organisation name."""
    wanted = {compact_value(v) for v in values if len(v.strip()) >= 2}
    wanted = {w for w in wanted if len(w) >= 2}
    if not text or not wanted:
        return []
    flat, origin = compact(text)
    spans: list[tuple[int, int]] = []
    for value in sorted(wanted, key=len, reverse=True):
        at = flat.find(value)
        while at >= 0:
            end = at + len(value)
            if not (whole_names and inside_public_name(flat, at, end)):
                spans.append((origin[at], origin[end - 1] + 1))
            at = flat.find(value, end)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
