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
Chinese numerals (〇一二…, 零, 壹贰叁…), letter O/o for 0 and l/I for 1 (also opening a run),
Roman numerals Ⅰ-Ⅸ and the Cyrillic/Greek look-alikes З б Ч Ι are digits, and any run
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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from stdnum import luhn

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
    # The radio spelling of digits (洞幺两三四五六拐八勾: police, army, drivers; seventh pass, channels-text-encodings:
    # 电话为幺三勾勾三六拐洞幺洞四 in a transcribed call), read as digits inside a run only like the others.
    "洞": "0", "拐": "7", "勾": "9",
}
_DINGBAT_DIGITS = {chr(0x2776 + i): str((i + 1) % 10) for i in range(9)}  # ❶-❾
_DINGBAT_DIGITS.update({chr(0x2780 + i): str(i + 1) for i in range(9)})  # ➀-➈
_DINGBAT_DIGITS.update({chr(0x278A + i): str(i + 1) for i in range(9)})  # ➊-➒
_DINGBAT_DIGITS.update({"⓿": "0", "⓪": "0", "❿": "10", "➉": "10", "➓": "10"})
_DINGBAT_DIGITS.update({chr(0x24F5 + i): str(i + 1) for i in range(9)})  # ⓵-⓽ (double circled)
_DINGBAT_DIGITS.update({chr(0x3021 + i): str(i + 1) for i in range(9)})  # 〡-〩 (Suzhou numerals)
_DINGBAT_DIGITS.update({chr(0x3220 + i): str(i + 1) for i in range(9)})  # ㈠-㈨ (NFKC would give "(一)")
# Digits with a full stop or comma (U+1F100-1F10A, Unicode Enclosed Alphanumeric Supplement: 🄂🄄🄊…, whose NFKC
# "1," would read as a list), read as the digit; tenth pass, h11n.
_DINGBAT_DIGITS.update({"\U0001F100": "0", **{chr(0x1F101 + i): str(i) for i in range(10)}})
# The invisible tag digits (U+E0030-E0039, Unicode Tags block: ASCII smuggled into text, shown as nothing but kept in
# the bytes any reader of the page or dataset gets), read as the digits they encode; tenth pass, h11n.
_DINGBAT_DIGITS.update({chr(0xE0030 + i): str(i) for i in range(10)})
# Look-alikes of digits in other scripts (adversarial round 5, homoglyph-digits-text: 1З99Зб2ООО7, Ι3993620010,
# ⅠⅢⅨⅨⅢⅥⅡ00ⅠⅢ): Roman numerals one to nine (NFKC would spell Ⅷ as "VIII"), Cyrillic З з б Ч ч and
# Greek Ι ι, read as the digit they show.
_OTHER_SCRIPT_DIGITS = {
    **{chr(0x2160 + i): str(i + 1) for i in range(9)},  # Ⅰ-Ⅸ
    **{chr(0x2170 + i): str(i + 1) for i in range(9)},  # ⅰ-ⅸ
    "З": "3", "з": "3", "б": "6", "Ч": "4", "ч": "4", "Ι": "1", "ι": "1", "В": "8", "Β": "8", "Ѕ": "5", "θ": "9", "Θ": "9",
}
_DINGBAT_DIGITS.update(_OTHER_SCRIPT_DIGITS)


def _traditional() -> dict[str, str]:
    """Traditional -> simplified, one character each (the table hanziconv ships)."""
    try:
        from hanziconv import charmap
    except ImportError:  # the detector still works; traditional names are then read as written
        return {}
    return {t: s for t, s in zip(charmap.traditional_charmap, charmap.simplified_charmap) if t != s}


TRADITIONAL = _traditional()

# CJK radicals that look like a unified ideograph (adversarial round 5, names-cjk-radical-lookalikes: ⺩建国 for
# 王建国, ⻩淑珍 for 黄淑珍): the CJK Radicals Supplement (U+2E81-2EF3) has no NFKC mapping, so each is read as
# the ideograph Unicode names as its equivalent (UCD EquivalentUnifiedIdeograph.txt, U+2E81-2EF3; U+2E9A is
# unassigned). The Kangxi Radicals (U+2F00-2FD5) and the compatibility ideographs read right under NFKC.
_RADICAL_IDEOGRAPHS = (
    "厂乛乚乙亻冂𠘨刀刂卜㔾小小兀尣尢𡯂巳幺彑彐忄心扌攵旡日月歺母民氵氺灬爫爫丬牛犭王"
    "𤴔目示礻𥫗糹纟罓罒㓁冗𦉫羊𦍌𦍋耂肀聿肉𦥑艹艹艹虎衤覀西见角𧢲讠贝𧾷车辶辶辶邑钅長"
    "镸长门𨸏阝雨青韦页风飞食𩙿飠饣𩠐马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀龟")
RADICALS = {chr(code): TRADITIONAL.get(ideograph, ideograph) for code, ideograph in
            zip((c for c in range(0x2E81, 0x2EF4) if c != 0x2E9A), _RADICAL_IDEOGRAPHS, strict=True)}


# Pinyin with its tone marks (yāo sān jiǔ …, a number spelled out in pinyin by an IME that adds them: seventh pass,
# channels-text-encodings) reads as the plain syllables the spoken-digit rule knows; one character for one.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ"
_DETONE = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuvvvvAAAAEEEEIIIIOOOOUUUUVVVV")


@functools.lru_cache(maxsize=1 << 16)
def norm_char(ch: str) -> str:
    """What one character reads as (possibly "" or several characters), outside digit runs."""
    if ch in _DINGBAT_DIGITS:
        return _DINGBAT_DIGITS[ch]
    if ch in _TONED:
        return ch.translate(_DETONE).lower()
    if ch in _FILLERS or (ch > "\x7f" and unicodedata.category(ch) in ("Cf", "Mn", "Me")):
        return ""  # format characters; combining marks (U+0332 under a digit, keycap U+20E3, U+FE0F)
    if ch in _MIDDLE_DOTS:
        return "·"
    if ch in TRADITIONAL:
        return TRADITIONAL[ch]
    if ch in RADICALS:
        return RADICALS[ch]
    out = unicodedata.normalize("NFKC", ch) if ch > "\x7f" else ch
    out = TRADITIONAL.get(out, out)  # a Kangxi radical or compatibility ideograph of a traditional form (⾧ 長)
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
    markup = ("<" in part or "&" in part or "\\" in part or "_x000" in part) and _MARKUP_SPACE.search(part) is not None
    escaped = ("%" in part or "\\u00" in part or "\\x" in part) and _PCT_ESCAPE.search(part) is not None
    if part.isascii() and not markup and not escaped:
        return Normalised(part.lower(), list(range(low, high + 1)))
    chars: list[str] = []
    origin: list[int] = []
    i = low
    while i < high:
        if markup and text[i] == "&":
            ref = _CHAR_REF.match(text, i, high)
            if ref:  # 身份证号码&#54;&#50;…: a character reference typed into a cell reads as its character
                code = int(ref.group(1) or ref.group(2), 10 if ref.group(1) else 16)
                for c in norm_char(chr(code)) if 0 < code < 0x110000 else "":
                    chars.append(c)
                    origin.append(i)
                i = ref.end()
                continue
        if escaped and text[i] in "%\\":
            pct = _PCT_ESCAPE.match(text, i, high)
            if pct:  # %36%32%30…: a digit written as a URL escape reads as that digit (page sources show it)
                chars.append(chr(int(pct.group(1), 16)).lower())
                origin.append(i)
                i = pct.end()
                continue
        if markup and text[i] in "<&\\_":
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


# (Also a line break escaped as text, between the groups of a number: &lt;br&gt;, a literal \n, Excel's
# _x000D_ — adversarial round 4, escaped-line-breaks.)
_MARKUP_SPACE = re.compile(r"<br\s*/?>|&lt;br\s*/?&gt;|\\[nrt]|_x000[da]_|&nbsp;|&#160;|&#xa0;|&#(?:\d{2,5}|x[0-9a-f]{2,4});",
                           re.IGNORECASE)
_CHAR_REF = re.compile(r"&#(?!160;|x0*a0;)(?:(\d{2,5})|x([0-9a-fA-F]{2,4}));")
_RAW_REFS = re.compile(r"(?:&#(?:\d{2,5}|[xX][0-9a-fA-F]{2,4});[\s\-.]?){7,}")
# Character references mixed with plain digits (139&#57;&#51;&#54;&#55;01&#48;1: a CMS that escaped some characters;
# seventh pass, channels-text-encodings): a run of seven or more of either, holding a reference.
_RAW_MIXED_REFS = re.compile(r"(?:(?:&#(?:\d{2,5}|[xX][0-9a-fA-F]{2,4});|[0-9])[\s\-.]?){7,}")
# URL escapes of digits, separators and x (%36%32%30%37…, issue 16 adv3 id-url-encoded): decoded by
# `normalise`; the raw trigger is a run of seven or more escaped digits, anchored on "%3" (linear).
# Also JSON's \u0036 (adversarial round 4, id-json-escaped: an export that escaped every character).
# Also (tenth pass, h11n) JavaScript's escape() (%u0031: ECMA-262 Annex B.2.1.1), C's and Python's hex escape (\x31:
# ISO/IEC 9899 6.4.4.4) and a URL escaped twice (%2531: the % itself escaped, RFC 3986 2.4), as page sources and
# logs pasted into a cell show them.
_ESCAPE_LEAD = r"(?:%25|%u00|%|\\u00|\\x)"
_ESCAPE_HINTS = ("%3", "\\u003", "\\x3", "%u003", "%253")  # what a text holding an escaped digit holds


def _escaped_digit_hint(text: str) -> bool:
    """Whether text may hold an escaped digit (`_ESCAPE_HINTS`; most texts hold neither % nor a backslash)."""
    return ("%" in text or "\\" in text) and any(hint in text for hint in _ESCAPE_HINTS)
_PCT_ESCAPE = re.compile(_ESCAPE_LEAD + r"(3[0-9]|2[0dDeE]|[57]8)")
# An identity number glued to a certificate's letters or with a suffix (adversarial round 4,
# id-glued-to-letters-text: 证号T620702…, 工号A620702…, 健康证号码620702…915A, 编号NO.620702…0701, JS620702…):
# one to three letters before it or up to four digits or two letters after it, as a token of its own
# (a digest or a credit code has letters among its digits). Counts only with a valid check digit.
_GLUED_ID = re.compile(r"(?<![0-9A-Za-z])(?:[A-Za-z]{1,3}\.?(\d{17}[\dXx])(?:\d{1,4}|[A-Za-z]{1,2})?"
                       r"|(\d{17}[\dXx])(?:\d{1,4}|[A-Za-z]{1,2}))(?![0-9A-Za-z])")
_RAW_PCT = re.compile(rf"(?:{_ESCAPE_LEAD}3[0-9](?:{_ESCAPE_LEAD}2[0dDeE]|[\s.\-])?){{7,}}(?:{_ESCAPE_LEAD}[57]8)?")


def plain(text: str) -> str:
    """The normalised reading of text (no positions), for comparing values written differently."""
    return normalise(text).text


# -- the digit-run rules ------------------------------------------------------------------------

def _category_class(categories: frozenset[str], low: int = 0x80, high: int = 0x10000,
                    more: tuple[tuple[int, int], ...] = ((0x1F000, 0x1FB00),)) -> str:
    """A regex character class body (ranges, escaped) of the characters from `low` whose Unicode category is one
    of `categories`, in the Basic Multilingual Plane and the emoji blocks `more`: a class by category, not a list."""
    points = [c for lo, hi in ((low, high), *more) for c in range(lo, hi) if unicodedata.category(chr(c)) in categories]
    ranges: list[list[int]] = []
    for c in points:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges)


# Symbols and emoji typed as decoration between the characters of a contact (kuangzy🔸@🔸example.com: fifteenth
# pass, h20o L13): every non-ASCII character of the Unicode categories So (other symbols, emoji), Sk (modifiers) and
# Sm (mathematical), as normalisation leaves them (NFKC has already made ＋ ＝ ｜ ～ ASCII, and dropped the
# variation selectors and the zero-width joiner of an emoji sequence).
_DECOR = _category_class(frozenset(("So", "Sk", "Sm")))

_DL = "0-9〇零○一二三四五六七八九壹贰貳叁參叄肆伍陆陸柒捌玖两幺洞拐勾оο"  # digit-like once normalised (о ο: Cyrillic, Greek O)
# Weak separators: punctuation that also separates numbers in a list (、，；。～丨 杠 * =); a number
# written across one counts only as an identity number or a mobile (never a card or a landline), and
# not as a mobile whose groups after the first have three digits each (1,380,000,000: an amount).
# Also (adversarial round 3, id-colon … id-star-symbol): : ' | + ★ and brackets around groups.
_WEAK = ",;~、。丨杠*=:'|+★【】「」[]点點"  # (点: 一三九点九三六七点…, a number read out with "dot": seventh pass)
_SEP = r"\s.\-/\\_()·\u2010-\u2015\u2212\ufe58\ufe63" + _WEAK.replace("[", r"\[").replace("]", r"\]")

_LET = "oli"  # read as 0, 1, 1 inside a run (only o at its end: codes end in L, never in O)
# In normalised text: a run of digit-likes with separators between them, and an optional final x.
_N_RUN = re.compile(
    rf"(?:(?<![a-z])[li](?=[{_DL}]))?"  # a run opened by l or I for 1 (联系电话l3993620001: round 5), not tel1…
    rf"[{_DL}](?:[{_SEP}]*(?:[{_DL}]|[{_LET}](?=[{_SEP}{_LET}]{{0,6}}[{_DL}]))|o(?![a-z]))*"
    rf"(?:[{_SEP}]*x(?![a-z]))?")
# In raw text (cheap trigger): seven or more digit-like characters, letters or separators that may
# belong to one run (the raw classes are wider: full-width, circled, invisible characters ...).
_RAW_DL = _DL + r"\d０-９①-⑳⑴-⒇⒈-⒛❶-❿➀-➓⓪⓿⁰¹²³⁴-⁹₀-₉ОΟ〡-〩㈠-㈨㊀-㊉⓵-⓾Ⅰ-Ⅸⅰ-ⅸЗзбЧчΙιВΒЅθΘ㉑-㉟㊱-㊿\U0001F100-\U0001F10A\U000E0030-\U000E0039"
# (㉑-㉟ ㊱-㊿: circled numbers 21-50, NFKC two digits each, ⑬⑨⑨㊱⑧⑦⓪⑨⑧; 🄀-🄊 and the tag digits: above. Unicode
# Enclosed CJK Letters and Months, Enclosed Alphanumeric Supplement, Tags; tenth pass, h11n.)
# (ASCII , and ; are not raw separators: JSON number arrays would all trigger; the full-width ones are.)
_RAW_SEP = (_SEP.replace(",;", "") + r"\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u3000．。／－—–＿（）"
            r"，；～＊＝\u0300-\u036f\u20d0-\u20ff\ufe00-\ufe0f…：｜＋＇［］" + _MIDDLE_DOTS)
_RAW_GAP = rf"(?:\\[nrt]|_x000[dDaA]_|&lt;br\s*/?&gt;|[{_RAW_SEP}]|<br\s*/?>|&nbsp;)"  # (the longer ones first)
# Possessive, so that a run glued to a Latin letter after it (91620702MA…, a credit code; a digest) is
# dropped here rather than cut short to fit; a plain ISO date (most runs in the datasets) likewise.
_RAW_RUN = re.compile(
    # The first character first (so the regex engine scans for it), then what must not precede it:
    # a digit; a hexadecimal digest (…5d6729191…); a code's letter and dash (TS-2026-000729); and it
    # is not the start of a plain ISO date.
    rf"[{_RAW_DL}](?<!\d.)(?<![0-9][a-fA-F].)(?<![a-fA-F][a-fA-F].)(?<![A-Za-z]-.)"
    r"(?!(?<=[12])[09]\d\d-[01]\d-[0-3]\d(?![\d.\-/]|\s*\d))"
    rf"(?:{_RAW_GAP}*+[{_RAW_DL}OolIｏＯｌＩ]){{6,}}+(?:{_RAW_GAP}*+[xXｘＸ])?+(?![A-Za-wyzＡ-Ｚａ-ｚ])")
# A run that the possessive _RAW_RUN drops whole because its tail after a separator is glued to a
# Latin letter (620702200001010001，0a): the same run, ending before that separator.
_GLUED_TAIL = rf"(?:{_RAW_GAP}|[,;:])+[{_RAW_DL}xXoOlI]{{1,6}}[A-Za-z]"
_GLUED_TAIL_HINT = re.compile(rf"\d{_GLUED_TAIL}")
_RAW_RUN_BEFORE_SEP = re.compile(rf"[{_RAW_DL}](?<!\d.)(?:{_RAW_GAP}*[{_RAW_DL}]){{6,}}(?={_GLUED_TAIL})")
_TO_DIGIT = str.maketrans({**{k: v for k, v in _CN_DIGITS.items() if len(v) == 1}, "o": "0", "l": "1", "i": "1",
                           "о": "0", "ο": "0"})
_DATE_UNIT = re.compile(r"(?<!\d)(?:19|20)\d\d([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)")

PHONE_WORDS = ("电话", "座机", "联系", "手机", "tel", "phone", "传真", "热线")
# (户名: the account holder's name on a transfer slip, its account number after the name: 户名张翀 104012345600024;
# tenth pass, h11n.)
ACCOUNT_WORDS = ("卡号", "账号", "帐号", "银行", "开户", "账户", "帐户", "银行卡", "account", "户名")

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


@functools.lru_cache(maxsize=1)
def _validators() -> tuple[Callable[[str], bool], Callable[[str], str]]:
    # Imported on first use (validate imports this module), once: an import statement in these
    # functions, called for every run of a list page, was a fifth of the leak gate's time.
    from generator.validate import is_valid_uscc, ric_check_digit

    return is_valid_uscc, ric_check_digit


def _uscc_valid(code: str) -> bool:
    return _validators()[0](code.upper())


def _ric_valid(code: str) -> bool:
    ric_check_digit = _validators()[1]

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


_PROVINCES_CODES = frozenset("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 "
                            "63 64 65 71 81 82".split())


def is_fpr18(d: str) -> bool:
    """The 18-character number of the 2023 外国人永久居留身份证 (国家移民管理局公告 2023年第7号): 9, the
    accepting province (2 digits), the nationality (3), the birth date (8), a serial (3) and a check
    character; not an all-digit credit code that is valid while the ID check digit is not."""
    if len(d) != 18 or d[0] != "9" or not d[:17].isdigit() or not (d[17].isdigit() or d[17] in "xX"):
        return False
    if d[1:3] not in _PROVINCES_CODES or not _birth_ok(int(d[6:10]), int(d[10:12]), int(d[12:14])):
        return False
    return _ric_valid(d) or not _uscc_valid(d)


def is_id15(d: str) -> bool:
    """A first-generation 15-digit identity number: region 1-8 and a birth date (19YYMMDD)."""
    return len(d) == 15 and d.isdigit() and d[0] in "12345678" and _birth_ok(1900 + int(d[6:8]), int(d[8:10]),
                                                                                int(d[10:12]))


def _date8(d: str) -> bool:
    return len(d) == 8 and d[:2] in ("19", "20") and _birth_ok(int(d[:4]), int(d[4:6]), int(d[6:8])) or (
        len(d) == 8 and d[:2] == "20" and 1 <= int(d[4:6]) <= 12 and 1 <= int(d[6:8]) <= 31)


def _area_code(d: str) -> bool:
    """Whether d starts like a mainland area code without its trunk 0 (10 Beijing, 2x, 3xx-9xx)."""
    return d[:2] == "10" or d[:1] in "23456789"


def _is_mobile(d: str) -> bool:
    return len(d) == 11 and d[0] == "1" and d[1] in "3456789" and d.isdigit()


# What may stand right before the serial of a case or decision number (normalised text).
_CASE_NUMBER_BEFORE = re.compile(
    r"(?:案件编号|案卷编号|案号|编号|文号|文书号|决定书号|立案号|[〔\[【(]\s*(?:19|20)\d\d\s*[〕\]】)]\s*第?|字第?)[:：\s]*$")


_BATCH_BEFORE = re.compile(r"(?:批号|批次号|批次|货号|条码)(?:为|是)?[:：\s]*$")


def _dated_batch(d: str) -> bool:
    """Whether a mobile-shaped number after 批号/条码 opens with a production date (181205…: YYMMDD), as
    batch numbers do; any other (条码13912345678: a property test's draw) is read as the mobile it looks like."""
    return 1 <= int(d[2:4]) <= 12 and 1 <= int(d[4:6]) <= 31
# Numbers of goods, equipment and tests, which long digit runs name in decisions (设备代码, 产品批号,
# 检验报告编号): public facts, not cards, unless the number passes a card's check digit (Luhn).
_PRODUCT_CODE_BEFORE = re.compile(
    r"(?:批号|批次号|批次|货号|条码|设备代码|设备编号|产品编号|样品编号|抽样单编号|抽样编号|报告编号|检验编号|"
    r"检测编号|证书编号|发票代码|发票号码|发票号|"
    # (h19o's O5_12315_ticket: 12315工单号：1100202612010012 — the 全国12315平台's work orders, numbered region + date + serial)
    r"工单号|工单编号|受理编号|受理号|投诉编号|举报编号)(?:为|是)?[:：\s]*$")
_DEVICE_WORDS = ("设备", "手机", "终端", "串号", "imei", "device")
_REGNO_BEFORE = re.compile(r"注册号(?:码)?(?:为|是)?[:：\s]*$")


def _classify(d: str, before: str) -> str | None:
    """What a compact digit string (digits, maybe a final x) is, given the normalised text before it."""
    n = len(d)
    if n == 18 and d[0] == "9" and is_fpr18(d):
        return DOCUMENT  # a foreigner's permanent residence card (new format)
    if d.endswith("x"):
        return ID if n == 18 and is_id18(d) else None
    if n == 18 and _CASE_NUMBER_BEFORE.search(before) and not _ric_valid(d):
        # The serial of a case or decision number (案件编号620702202605180012, 张市监罚〔2026〕…号):
        # an 18-digit serial whose ID check digit is wrong is that number, public. One with a valid
        # check digit is read as an ID written into the number (privacy first).
        return None
    if n == 18 and is_id18(d):
        return ID
    if n == 15 and is_id15(d):
        if _REGNO_BEFORE.search(before) and (_registration_number(d) or d[6] in "6789"):
            # 原工商注册号620702600123127: a registration number, named as one, with its check digit; or a
            # 个体工商户's (GS 15-2006: its serial opens with 6-9), whose digits 7-12 may read as a date
            # (注册号620702600123456: adv6 3, overscrub-public-numbers-new)
            return None
        return ID
    if _is_mobile(d) and _BATCH_BEFORE.search(before) and _dated_batch(d):
        return None  # 生产批号为18120501234: a batch number (a date and a serial), not a mobile
    if _is_mobile(d) or (n == 13 and d.startswith("86") and _is_mobile(d[2:])) or (
            n == 15 and d.startswith("0086") and _is_mobile(d[4:])):
        return MOBILE
    if d[0] == "0" and d[1:2] != "0" and 10 <= n <= 12 and (_area_code(d[1:]) or _is_mobile(d[1:])):
        # (not an invoice's 12-digit 发票代码 062001900111, named as one: seventh pass. After the trunk 0 a 1 opens only
        # Beijing's 010 or a mobile dialled with a 0, 013993687098 — no other area code starts 01 in the MIIT numbering
        # plan, 《电信网码号资源管理办法》/《电信网编号计划》 — so 批号20240315-01/20240316-02 is no landline 0120240316:
        # the lead's twelfth-session public-number corpus)
        return None if _PRODUCT_CODE_BEFORE.search(before) and "发票" in before else LANDLINE
    if (d.startswith("0086") and 13 <= n <= 15 and _area_code(d[4:])) or (
            d.startswith("86") and 11 <= n <= 13 and _area_code(d[2:])
            and ("+" in before[-3:] or any(w in before for w in PHONE_WORDS))):
        # (Not a company's 400/800 number so written, +86 400 888 1234: public, as it is without the +86; ninth pass.)
        national = d[4:] if d.startswith("0086") else d[2:]
        return None if len(national) == 10 and national[:3] in ("400", "800") else LANDLINE
        # +86 936 8212316, 0086-936-…: a landline in international form, no trunk 0 (round 4)
    if n == 15 and ((d.startswith("86") and luhn.is_valid(d)) or any(w in before for w in _DEVICE_WORDS)) \
            and not (_PRODUCT_CODE_BEFORE.search(before) and not luhn.is_valid(d)):
        # A phone's IMEI without the word IMEI (设备ID为866123045678901: adv6 1.4): 15 digits after a word for a
        # device, or anywhere with the reporting body 86 (China) and a Luhn check digit (3GPP TS 23.003).
        return DEVICE
    if 16 <= n <= 19 and _PRODUCT_CODE_BEFORE.search(before) and not luhn.is_valid(d):
        return None  # 设备代码2310620720260001: an equipment's code, named as one, with no card's check digit
    if 16 <= n <= 19 and not (n == 18 and _uscc_valid(d)) and not (n == 16 and _date8(d[:8])):
        # (not a date range written 20260105-20270104, nor a date and a digest's digits, the site's
        # version 20261201-07350608: no card number starts with 19 or 20 and a date)
        return CARD
    if n >= 12 and any(w in before for w in ACCOUNT_WORDS):
        return CARD
    if 7 <= n <= 8 and any(w in before for w in PHONE_WORDS) and not (n == 8 and _date8(d)):
        # (not a date, past or future: 联系人）,,2027-10-01 in a CSV row stopped a build, round 4)
        return LANDLINE
    return None


def _groups(run: str, offset: int) -> list[list[tuple[str, int, int]]]:
    """The digit groups of a normalised run, as segments that never join: (digits, start, end).

    A written date (2026-5-18) and a decimal point before a long fraction (0.5639999999999999)
    end a segment: neither is a separator inside one number."""
    dates = [(m.start() + offset, m.end() + offset) for m in _DATE_UNIT.finditer(run)]
    segments: list[list[tuple[str, int, int]]] = [[]]
    previous_end = None
    zero_opens = False  # whether the group before is a 0 opening a number (0.5639…), not a 0 inside one (6.2.0.7…)
    for m in re.finditer(rf"[0-9{_DL}{_LET}x]+", run):
        start, end = m.start() + offset, m.end() + offset
        digits = m.group(0).translate(_TO_DIGIT)
        between = run[previous_end - offset:m.start()] if previous_end is not None else ""
        starts_date = any(lo == start for lo, _ in dates)
        after_date = any(hi == previous_end for _, hi in dates)
        # A 0 then a dot opens a decimal fraction only where the 0 is not itself a digit written between dots: an
        # identity number or a mobile spelled with a dot between every digit (6.2.0.7.0.2.1.9.…) holds zeros, and
        # each cut it in two (eleventh session, the lead's composition fuzz: 37 of 40 such IDs were published).
        # Nor where another dot and a digit follow the fraction (0.9.3.6.8.2.1.2.3.4.5: a decimal has one point).
        decimal = between == "." and (len(digits) >= 9 or (bool(segments[-1]) and segments[-1][-1][0] == "0"
                                                            and zero_opens and not _DOT_DIGIT.match(run, m.end())))
        if segments[-1] and (starts_date or after_date or decimal):
            segments.append([])
        if not decimal:  # the fraction of a decimal number is no number of its own
            segments[-1].append((digits, start, end))
        zero_opens = digits == "0" and (decimal or between != "." or len(segments[-1]) == 1)
        previous_end = m.end() + offset
    return [s for s in segments if s]


_DOT_DIGIT = re.compile(rf"\.[0-9{_DL}]")


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


def _marked_landline(separators: list[str], lengths: list[int]) -> bool:
    """Whether a landline right after its phone's word, written across weak separators, is one all the same: the
    marks are no list's (not 、，；。) and every group has three digits or more, not the thousands of an amount
    (电话0936:8212346, 电话1395~1936~1815 read as 电话1395-1936-1815: fifteenth pass, h20o L1). A time has groups of
    two digits (工作时间9:00:00), a list of numbers its commas."""
    marks = "".join(separators)
    return not any(c in _LIST_WEAK for c in marks) and all(n >= 3 for n in lengths) \
        and not all(n == 3 for n in lengths[1:])


_LIST_WEAK = frozenset(",;、。，；点點")


# Latin words that may be glued to a phone or ID number (Tel13912341234, ID620702…, NO.…).
_GLUE_WORDS = ("tel", "id", "no", "phone", "mobile", "mob", "cell", "sfz", "sfzh", "sfzhm", "qq", "wx", "vx", "fax",
               "ph", "card", "tell")
# Banks' codes glued before a card number (ICBC6222021234567890): the card counts.
_BANK_CODES = ("icbc", "abc", "boc", "ccb", "bocom", "bcm", "cmb", "psbc", "cib", "spdb", "ceb", "cmbc", "citic",
               "hxb", "hxbc", "gdb", "cgb", "pab", "spab", "bob", "bos", "rcc", "nxs", "czb", "hfb", "egb", "bohc")
_RAW_BANK = re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(_BANK_CODES, key=len, reverse=True)) +
                       r")[\s:：\-]?(\d[\d\s\-]{11,36}\d)", re.IGNORECASE)
# The same, searched as plain words in the lower-cased text and then the number after each: as one
# case-folded pattern opening with a lookbehind it was tried at every position of every page (a third
# of the leak gate's time on list pages and datasets).
_BANK_CODE = re.compile("|".join(sorted(_BANK_CODES, key=len, reverse=True)))
_BANK_NUMBER_AFTER = re.compile(r"[\s:：\-]?(\d[\d\s\-]{11,36}\d)")


def _bank_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of the card numbers `_RAW_BANK` finds: glued after a bank's code (ICBC6222…), the code not
    glued to a letter before it."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer (İ): positions would shift
        return [m.span(1) for m in _RAW_BANK.finditer(text)]
    spans = []
    for code in _BANK_CODE.finditer(lowered):
        before = text[code.start() - 1] if code.start() else ""
        if ("A" <= before <= "Z") or ("a" <= before <= "z"):
            continue
        number = _BANK_NUMBER_AFTER.match(text, code.end())
        if number:
            spans.append(number.span(1))
    return spans



def _hotline_end(groups: list[tuple[str, int, int]], i: int) -> int | None:
    """The last group of a company's 400 or 800 number opening at groups[i] (4008-123-123, 400-6060-123:
    ten digits; 工业和信息化部《电信网码号资源管理办法》 assigns them to organisations only), or None."""
    if groups[i][0] in ("86", "0086") and i + 1 < len(groups):
        return _hotline_end(groups, i + 1)  # +86 400 888 1234: the same number in international form (ninth pass)
    if not groups[i][0].startswith(("400", "800")):
        return None
    size = 0
    for j in range(i, len(groups)):
        size += len(groups[j][0])
        if size >= 10:
            return j if size == 10 else None
    return None

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
        if word.group(0) not in _GLUE_WORDS + _BANK_CODES or (
                at > 0 and text[at - 1].isalnum() and text[at - 1].isascii()):
            # The code's own digits end at the first separator; a number after it is read on its own
            # (a0，620702200001010001: found by the property test of de-identification).
            cut = re.search(rf"[{_SEP}]+", run.group(0))
            rest = _N_RUN.match(text, run.start() + cut.end()) if cut else None
            if rest is None or sum(c.isdigit() for c in rest.group(0)) < 7:
                return []
            return _run_hits(norm, rest, "")
    bank = glued and word is not None and word.group(0) in _BANK_CODES
    phone_glued = glued and word is not None and word.group(0) in _PHONE_GLUE_WORDS
    keyword = any(w in before for w in PHONE_WORDS) or any(w in before for w in ACCOUNT_WORDS)
    hits: list[tuple[int, int, str, str]] = []
    for groups in _groups(run.group(0), run.start()):
        found = _segment_hits(text, groups, before, keyword, glued, bank, phone_glued)
        hits += found
        # A number glued to the numeral of the word after or before it (13993687098两个号码, 一三九…零九七一次,
        # 一13993687097: 两 and 一 are digits inside a run) is read again without one or two such characters at
        # either end that no hit covers (ninth pass).
        for tail, head in ((1, 0), (0, 1), (1, 1), (2, 0), (0, 2)):
            trimmed = list(groups)
            last = groups[-1]
            if tail and not any(s <= last[1] < e for s, e, _, _ in found) and len(last[0]) > tail + 6 \
                    and not any(c.isascii() for c in text[last[2] - tail:last[2]]):
                trimmed[-1] = (last[0][:-tail], last[1], last[2] - tail)
            first = trimmed[0]
            if head and not any(s <= first[1] < e for s, e, _, _ in found) and len(first[0]) > head + 6 \
                    and not any(c.isascii() for c in text[first[1]:first[1] + head]):
                trimmed[0] = (first[0][head:], first[1] + head, first[2])
            more = [h for h in _segment_hits(text, trimmed, before, keyword, glued, bank, phone_glued)
                    if h not in found] if trimmed != groups else []
            if more:
                hits += more
                break
    return hits


# The marks between the numbers of a list (电话13993687097、8212345; 0936-8212345/8212346): the number after one is
# read with the list's word too. (Not a comma: a dataset's next cell, an amount, follows a phone so.)
_LIST_MARKS = frozenset(("、", "/"))
# The words of a list right between a masked number and the next (电话号码为8212345和8212346; round 10, h9n's left case):
# only when nothing else stands between them, so 电话[已隐去]，罚款1234567元 still reads the amount on its own.
_LIST_WORDS = frozenset(("和", "及", "或", "与", "以及", "或者"))
# Words glued before a number that make it a phone, a landline too (TEL0936-8212345, FAX0936-8212346: business cards).
# Also (tenth pass, h11n) a contact app's word and a card's number after a contact word, the nonsense glues of a
# hostile or careless entry (QQ0936-8212345, TEL6222021234567890128): no public number is written so.
_PHONE_GLUE_WORDS = frozenset(("tel", "tell", "phone", "fax", "mobile", "mob", "cell", "ph", "qq", "wx", "vx"))


# A decision's number framed as decision numbers are (GB/T 9704-2012 7.2.4: the issuer's code, the year in 〔〕 and the
# serial, then 号): 甘州市监罚〔2026〕09368212345号, 甘州市监罚[2026]620702202601号, and the search index's compact key
# 甘州市监罚2026620702202601号 whose year the brackets no longer part from the serial (h22o S2, O6).
_YEAR_FRAME_BEFORE = re.compile(r"[〔\[【(（]\s*(?:19|20)\d\d\s*[〕\]】)）]\s*第?\s*$")
_ISSUER_BEFORE = re.compile(r"[\u4e00-\u9fff]\s*[〔\[【(（]?\s*$")
_NUMBER_SIGN_AFTER = re.compile(r"\s*号")


def _decision_serial(text: str, start: int, end: int, digits: str) -> bool:
    """Whether the digits text[start:end] (compact: `digits`) are the serial of a decision number in its frame, the
    issuer's words and the year before and 号 right after: the decision's number, public, not a card nor a landline
    (a card's number typed there keeps its check digit and stays a card)."""
    if not _NUMBER_SIGN_AFTER.match(text, end):
        return False
    near = text[max(0, start - 16):start]
    if any(word in near for word in (*ACCOUNT_WORDS, *PHONE_WORDS)):
        return False  # 银行账号2026…号, 电话〔2026〕…: the number its word names
    if _YEAR_FRAME_BEFORE.search(text, max(0, start - 12), start):
        serial = digits
    elif digits[:2] in ("19", "20") and _ISSUER_BEFORE.search(text, max(0, start - 4), start):
        serial = digits[4:]  # the year glued to the serial (the bracket joined them, or the key was made compact)
    else:
        return False
    return not (16 <= len(serial) <= 19 and luhn.is_valid(serial))


def _segment_hits(text: str, groups: list[tuple[str, int, int]], before: str, keyword: bool, glued: bool,
                  bank: bool, phone_glued: bool) -> list[tuple[int, int, str, str]]:
    """`_run_hits` for one segment of groups."""
    hits: list[tuple[int, int, str, str]] = []
    separators = [text[g[2]:h[1]] for g, h in zip(groups, groups[1:])]
    i, listed = 0, -1
    while i < len(groups):
        hotline = _hotline_end(groups, i)
        if hotline is not None:  # a company's 400/800 number is public (adv6 3: 4008-123-123, 400-6060-123)
            i = hotline + 1
            continue
        found = None
        lengths = [len(g[0]) for g in groups]
        # The longest first, a card last: 139… 6207….1990… is a mobile and an ID, not one card.
        order = [(j, card) for card in (False, True) for j in range(min(len(groups), i + 19) - 1, i - 1, -1)]
        for j, card in order:
            n = sum(lengths[i:j + 1])
            named = i == 0 or i == listed  # the number right after its word, or the next one of its list
            if n < 7 or n > 30 or (n < 10 and not (keyword and named)) or (n > 19 and not keyword):
                continue
            d = "".join(g[0] for g in groups[i:j + 1])
            if n == 18 and _letter_code(text, groups[i:j + 1], d):
                continue
            what = _classify(d, before if named else "")
            if what and not named and n == 18 and j == i and i > 0 \
                    and _CASE_NUMBER_BEFORE.search(text, max(0, groups[i][1] - 12), groups[i][1]):
                # The serial after a year in brackets that the run's own separators joined to it (甘市监罚[2026]
                # 202611010012345678号: `]` and `)` join groups, 〔〕 do not): read with what stands before it.
                what = _classify(d, text[max(0, groups[i][1] - 12):groups[i][1]])
            if what in (CARD, LANDLINE) and _decision_serial(text, groups[i][1], groups[j][2], d):
                what = None  # 甘州市监罚[2026]620702202601号, 〔2026〕09368212345号: the decision's own number (h22o S2, O6)
            if what and (what == CARD) != card:
                continue
            if what and glued and not (what == MOBILE or (what == ID and len(d) == 18 and _ric_valid(d))
                                       or (bank and what == CARD) or (phone_glued and what in (LANDLINE, CARD))):
                what = None
            if what and j > i and _decimals(separators[i:j], groups[i:j + 1]):
                what = None
            if what and j > i and _weakly_joined(what, separators[i:j], lengths[i + 1:j + 1]) \
                    and not (what == LANDLINE and keyword and named and _marked_landline(separators[i:j], lengths[i:j + 1])):
                what = None
            if what:
                found = (groups[i][1], groups[j][2], what, d.upper(), j)
                break
        if found:
            hits.append(found[:4])
            i = found[4] + 1
            if found[2] in (MOBILE, LANDLINE) and i < len(groups) and separators[i - 1].strip() in _LIST_MARKS:
                listed = i
        else:
            i += 1
    return hits


# -- keyword rules ------------------------------------------------------------------------------

_KEYWORD_REACH = 24  # characters after a keyword in which its number is looked for
# Where a dataset's cell ends after a keyword's number (adv6 2b.1, gate-cross-cell-tail-digits: a summary ending in
# 快递单尾号0045 followed by its row's 投诉日期 stopped every build as the "document number" 00452026): an ASCII comma
# before a date, a decimal number or an empty cell. (A number written with commas inside, 卡号6222,0212,…, is
# no cell break.)
_CELL_BREAK = re.compile(r",(?=,|\s*$|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d+\.\d+(?:,|\s*$))")
_NUMBER_IN_ASIDE = re.compile(r"[0-9０-９]{5}")  # (not a date's year: 电话（2026年3月5日更新）8212345)
_DOCUMENT_RULES = frozenset(("passport", "permit", "military", "hk_id", "residence", "foreign_document"))
_NUMBER_NAMED_AGAIN = re.compile(r"[:：\s]{0,2}[，,]\s*(?:证件|证|卡)?(?:号码|编号|号)")
# The mark of a listed number's kind after it (（办）（宅）（手）: forms list a person's lines so; ninth pass).
_LINE_KIND_MARK = re.compile(r"\s*[（(][^（）()]{1,3}[）)]")
# A bracketed aside between a keyword and its number is skipped (it does not count in the reach).
_ASIDE = re.compile(r"(?:号码|号|账号|卡号)?[:：\s]{0,2}[（(【\[][^（(【\[）)】\]]{1,40}[）)】\]]")
# Between a keyword and its number: a few marks or words (号码为：…), never a quote, comma, bracket or
# brace (the keyword would then be a value of its own: "wx","vEuat…" in the search index's data).
_NEAR = (r"^[^0-9a-z\u4e00-\u9fff\"',，{}\[\]<>]{0,3}(?:no\.?\s*|number\s*)?(?:[\u4e00-\u9fff]{0,6}?(?:号码|号|码|为|是|:|：)?)"
         r"[^0-9a-z\"',{}\[\]<>]{0,3}")
# _NEAR that does not cross a sentence's end (。；;!?): an app id is typed right after its word.
_NEAR_IN_CLAUSE = (r"^[^0-9a-z\u4e00-\u9fff\"',，{}\[\]<>。；;！!？?]{0,3}(?:no\.?\s*|number\s*)?"
                   r"(?:[\u4e00-\u9fff]{0,6}?(?:号码|号|码|为|是|:|：)?)[^0-9a-z\"',{}\[\]<>。；;！!？?]{0,3}")
# (Round 13, h17n) A licence's number after a word for an account (平台登录账号为其许可证号JY16207020017140, 账号：许可证编号
# SC10162070200123): the licence's, public (《食品经营许可和备案管理办法》 art. 30: JY and 14 digits; 《食品生产许可管理办法》
# art. 29: SC and 14 digits; the old 食品流通许可证, SP and 16 digits), or a number a licence's or a decision's word names
# between the account word and it; not an account nor a login.
_LOGIN_OR_ACCOUNT = frozenset(("account", "wechat"))
_LICENCE_NUMBER = re.compile(r"(?:jy|sc)\d{14}$|sp\d{16}$")
_LICENCE_WORD = re.compile(r"许可证|证号|证书编号|编号|文号|执照|注册号|决定书")


def _licence_after_account_word(squeezed: str, m: re.Match[str]) -> bool:
    """Whether the number `m` found after an account's or a login's word is a licence's (the rule above)."""
    return _LICENCE_NUMBER.search(squeezed, 0, m.end(1)) is not None or _LICENCE_WORD.search(squeezed, 0, m.start(1)) is not None


_DOC_NUMBER = {
    # Passports of any country after their keyword (545123987, J8369854, M72345618 …: round 3).
    # (Also with a look-alike letter among the digits, E2345S679: adversarial round 5, lookalike-letters-in-text-numbers.)
    # (Also an identity number's opening part, region and birth year or more, 证件号6207021984: adv6 1.8,
    # id-split-across-cells, the rest of it in another cell of the row.)
    # Also (tenth pass, h11n) other countries' numbers of up to nine letters and digits (ICAO Doc 9303 Part 4, 4.2.2:
    # the document number field): a letter, seven digits and a letter (the Philippines since 2016, P1234567A), two
    # digits, two letters and five digits (France, 12AB34567), nine of both (Germany, C01X00T47).
    "passport": re.compile(_NEAR + r"([egpdsk][\s\-]?\d{7,8}|[a-z]{1,2}\d{6,9}[a-z]?|\d{8,9}|[1-8]\d{5}(?:19|20)\d\d\d{0,8}x?"
                           r"|[egpdsk](?=(?:[a-z]*\d){6})\d[0-9sbzgoil]{6,7}|(?=(?:[a-z]*\d){5})[0-9a-z]{8,10})(?![0-9a-z])"),
    # Also (tenth pass, h11n) the old cards: a 回乡证 of H or M, a letter and six or seven digits (HA123456), a 台胞证 of ten
    # digits and a letter (1234567890B): the validators of mozhimen/SwiftKit UtilKVerifyIDCard.kt and
    # doly-dev/util-helpers isTWCard.ts.
    "permit": re.compile(_NEAR + r"([hm][\s\-]?\d{8,10}|\d{8}(?:\d{2})?|[a-z][\s\-]?\d{7,9}|[a-z]{2}\d{7}|[hm][a-z]\d{6,7}"
                         r"|\d{10}\s*[(（]?[a-z][)）]?)(?![0-9a-z])"),
    # Part of an identity number after its keyword (身份证号码前十位6207021985: round 3, id-split-two-columns).
    # Also a whole ID misread or mistyped after its keyword (adversarial round 4, id-yi-dash-and-ocr: 一 typed
    # for a dash reads as a digit, 20 in all; OCR's B/Z/Ø for 8/2/0): 15-20 letters and digits, 12 digits or more.
    "id_part": re.compile(_NEAR + r"(\d{6,20}[x]?|(?=(?:[a-zø]*\d){12})[0-9a-zø]{15,20})(?![0-9a-z])"),
    # Identity cards of Hong Kong (A123456(7)), Macau (7654321(8)) and Taiwan (F223456789).
    # (Twentieth pass, h21q Q1: a dash after the letter or before the check digit, K-731205(9), K731215-6.)
    "hk_id": re.compile(_NEAR + r"([a-z][12]\d{8}(?![0-9])|[a-z]{1,2}[\s\-—–－]?\d{6}\s*(?:[\-—–－]\s*)?[(（]?[0-9a][)）]?"
                        r"|[157]\d{6}\s*(?:[\-—–－]\s*)?[(（]?\d[)）]?)"),
    # (Also four or five letters and digits after 字第, 南字第0123号: Simon-He95/lazy-js-utils isSoldierId.ts; tenth pass.)
    # (The service's character before 字第 may be a numeral the squeezed text reads as a digit: 陆字第0012345号, the
    # army's 陆, read 6字第…, kept the number; fifteenth pass, h20o L17.)
    "military": re.compile(_NEAR + r"((?:[\u4e00-\u9fff\d]{1,2}字第)?[a-z]?\d{6,9}号?|[\u4e00-\u9fff\d]{1,2}字第[0-9a-z]{4,8}号?)"
                           r"(?![0-9a-z])"),
    # (Within the clause: 注册平台账号：[已隐去]。 · CN2026-0074, a feed title joining the masked text to the
    # commitment's number, is no account: the rerun of adv6 other-kinds-fields-persons stopped there.)
    "wechat": re.compile(_NEAR_IN_CLAUSE + r"([a-z][-_a-z0-9]{5,19}|1[3-9]\d{9})(?![-_a-z0-9])"),
    "qq": re.compile(_NEAR + r"(\d{5,11})(?!\d)"),
    # (Twentieth pass, h21q Q4: also nine or ten digits opening as a mobile does, 1[3-9] — a mobile short of a digit or two,
    # 手机号：1391936187, however written (①③⑨…): all but one digit of a person's number; not 12315 and a year glued to it.)
    "phone": re.compile(_NEAR + r"(\d{7,8}|(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]))1[3-9]\d{7,8})(?!\d)(?<!(?:19|20)\d{6})"),
    # A bank's code may be glued before the number (卡号:ICBC6222021234567890).
    # Ten digits or more: a card masked as receipts print it reads so once its stars are dropped as
    # separators (622202******7894: the bank's and the holder's part, round 4).
    "account": re.compile(_NEAR + r"(?:[a-z]{2,6}[\s\-:]?)?(\d{10,30})(?!\d)"),
    # 社会保障卡 / 医保卡 numbers: a letter or two and digits, or digits (S62070219870101).
    "social_card": re.compile(_NEAR + r"([a-z]{0,3}\d{6,20}[a-z]?)(?![0-9a-z])"),
    # 外国人永久居留证: the old card's 15 characters (a country code and 12 digits, USA110079050101), the
    # new one's 18 digits (starting with 9).
    "residence": re.compile(_NEAR + r"([a-z]{3}\d{12}|9\d{17})(?![0-9a-z])"),
}
_KEYWORD_RULE = {
    "护照": "passport", "passport": "passport", "港澳": "permit", "通行证": "permit", "回乡证": "permit",
    "台胞": "permit", "台湾居民": "permit", "军官证": "military", "士兵证": "military", "军人证": "military",
    "警官证": "military", "文职干部证": "military", "微信": "wechat", "wechat": "wechat", "weixin": "wechat",
    "wx": "wechat", "vx": "wechat", "v信": "wechat", "V信": "wechat", "威信": "wechat", "证件号": "passport", "qq": "qq", "扣扣": "qq", "电话": "phone", "座机": "phone", "联系": "phone",
    "手机": "phone", "传真": "phone", "tel": "phone", "卡号": "account", "账号": "account", "帐号": "account",
    "账户": "account", "帐户": "account", "开户": "account", "银行卡": "account",  # (银行卡：6222，0212，…: eleventh session)
    "身份证": "id_part", "证件号码": "id_part", "身份证号": "id_part",
    "香港身份证": "hk_id", "香港居民身份证": "hk_id", "澳门身份证": "hk_id", "澳门居民身份证": "hk_id",
    "台湾身份证": "hk_id", "身份证字号": "hk_id", "台湾居民身份证": "hk_id",
    "社保卡": "social_card", "社会保障卡": "social_card", "医保卡": "social_card", "社保号": "social_card",
    "社会保障号": "social_card", "医保号": "social_card", "社保账号": "social_card", "居留证": "residence",
    "永久居留": "residence", "居留许可": "residence", "绿卡": "residence",
    # Accounts of other apps (issue 16, adversarial round 3, contacts-other-apps): read as WeChat ids.
    "支付宝": "wechat", "抖音": "wechat", "快手": "wechat", "微博": "wechat", "钉钉": "wechat", "淘宝": "wechat",
    "闲鱼": "wechat", "小红书": "wechat", "拼多多": "wechat", "alipay": "wechat", "douyin": "wechat",
    # Spellings that dodge filters (round 3, wechat-spellings, qq-wechat-keywords-2, landline-keywords).
    "加微": "wechat", "微 信": "wechat", "薇信": "wechat", "徽信": "wechat", "微芯": "wechat", "企鹅号": "qq",
    "q号": "qq", "Q号": "qq", "ｑ号": "qq", "固话": "phone", "宅电": "phone", "☎": "phone", "存折": "account",
    # round 4 (contacts-slang): 绿泡泡 (WeChat's green bubble), 加v：…, 加我 …, wei xin
    "绿泡泡": "wechat", "加v": "wechat", "加V": "wechat", "加 v": "wechat", "加 V": "wechat", "加我": "wechat",
    "wei xin": "wechat",
    # A person's login on a platform, named as such (seventh pass, adv6 other-kinds-fields-persons: 本人…承诺：
    # 注册平台账号：qdeshun_2026): read as an app id (a bare 账号 stays a bank account's word).
    "平台账号": "wechat", "登录账号": "wechat", "会员账号": "wechat", "用户名": "wechat", "登录名": "wechat",
    # (h19o's L5_vxin_id: 举报人V信zsy19901; 卫星 is WeChat's nickname in chat slang, 卫星号 its id)
    "卫星号": "wechat", "VX号": "wechat", "vx号": "wechat",
}
# A person's profile on a social site, as a link (adversarial round 5, contacts-profile-urls): the QQ number in
# any QQ link (uin=: the 在线咨询 wpa.qq.com/msgrd?v=3&uin=… and qm.qq.com group links every small shop's page
# carries), weibo.com/u/<uid> and weibo.com/<handle>, t.me/<user>, u.wechat.com/<code>, douyin.com/user/<id>,
# kuaishou.com/profile/<id>, user.qzone.qq.com/<QQ>; wa.me/<number>, WhatsApp's click-to-chat link (ninth pass).
# The host (or the parameter) is the keyword; the id after it is masked (`_PROFILE_ID`).
_PROFILE_HOSTS = ("uin=", "wa.me/", "weibo.com/", "weibo.cn/", "t.me/", "wechat.com/", "douyin.com/", "kuaishou.com/",
                  "qzone.qq.com/")
_KEYWORD_RULE.update({host: "profile" for host in _PROFILE_HOSTS})
# An e-mail box named without its domain (round 5, email-without-domain: 邮箱：daiyf2026，网易163邮箱, 邮箱2399362的
# QQ邮箱 — a QQ mailbox is the QQ number): the local part after the word for a mailbox (`_mailbox_hit`).
# A phone's serial number (手机串号IMEI 861234567890124: round 5, contacts-new-spellings): 15 digits (IMEI), 14 (MEID).
_KEYWORD_RULE.update({"imei": "device", "meid": "device", "串号": "device"})
_DOC_NUMBER["device"] = re.compile(_NEAR + r"(?:imei|meid)?[:：\s]*(\d{14,16})(?!\d)")
# An identity number with look-alike letters for digits after 证件 (员工郑某的证件62070219B50B157029, 证件号
# G20702198G01017039: round 5, lookalike-letters-in-text-numbers): only where the letters read as digits give an ID
# with a valid birth date and check character (a credit code after 证件 keeps its letters).
_KEYWORD_RULE.update({"证件": "id_lookalike", "证件号": "passport"})
_MAILBOX_WORDS = ("邮箱", "信箱", "电邮", "邮件", "email", "e-mail")  # (not "mail": "MA" opens every 91…MA… credit code)
_KEYWORD_RULE.update({word: "mailbox" for word in _MAILBOX_WORDS})
# Part of a number named by its place (后八位05204408, 前10位6207021985, 尾号016083: issue 16, adv3
# id-split-two-columns): whatever number it is part of (an ID, a card, a phone), it is a person's, and the
# other part may stand in another cell or row. Read as the part of an ID (six digits or more).
_PART_COUNTS = ("四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七")
_KEYWORD_RULE.update({f"{end}{count}位": "id_part" for end in "前后末尾"
                      for count in (*_PART_COUNTS, *(str(n) for n in range(4, 18)))})
_KEYWORD_RULE["尾号"] = "id_part"
# Numbers made of an identity number (adversarial round 4, id-derived-document-numbers): the 学籍号 (G and
# the child's ID), the 残疾人证 (the ID and the category and grade), an old 个体户 税务登记号 (the ID and two
# digits), the 驾驶证 and 居住证 (the ID itself). After their keyword the whole number is masked.
_KEYWORD_RULE.update({word: "id_embedded" for word in (
    "学籍号", "学籍", "残疾人证", "残疾证", "税务登记号", "纳税人识别号", "驾驶证", "驾照", "居住证", "从业资格证",
    "老年证", "低保证")})
_DOC_NUMBER["id_embedded"] = re.compile(
    _NEAR + r"([a-z]{0,2}[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dx]\d{0,4})(?![0-9a-z])")
# Sixth test pass (adv6 1.4, 1.10b, contacts-slang-platforms, devices-network-vehicles-dates-homes): QQ as 企鹅 and
# Q：, 加Q; ids on 小红书, 飞书 and Telegram (digits, or letters with a digit or _); IP and MAC addresses; a
# driving licence's 档案编号; an account after a nickname.
_KEYWORD_RULE.update({"企鹅": "qq", "加q": "qq", "加Q": "qq", "Q：": "qq", "q：": "qq", "小红书号": "handle", "小红书id": "handle",
                      "飞书": "handle", "telegram": "handle", "ip": "ip", "mac": "mac", "物理地址": "mac",
                      "档案编号": "licence_file", "档案号": "licence_file", "昵称": "nickname"})
# (Only a mark, 号/账号/id and 为/是 between the word and the id: not 飞书会议2026年, 飞书文档v2.)
# (Fifteenth pass, h20o L10: the ids of 快手, B站/哔哩哔哩, 微博, 闲鱼, 视频号 and 京东 written with their app's name and ID,
# UID, 号 or 账号 — 快手ID：kzy1986ks, B站UID：12345678, 微博UID 5019360527 — as the other apps' are; a bare UID stays.)
_KEYWORD_RULE.update({word: "handle" for word in ("快手id", "快手号", "快手账号", "b站", "哔哩哔哩", "bilibili", "微博uid", "微博id",
                                                  "微博号", "闲鱼id", "闲鱼号", "闲鱼账号", "视频号", "京东账号", "京东id", "京东用户名")})
_DOC_NUMBER["handle"] = re.compile(r"^[^0-9a-z\u4e00-\u9fff\"',，{}\[\]<>]{0,3}(?:号码|账号|帐号|号|uid|id)?(?:为|是)?[:：\s]{0,2}@?(?:live:)?"
                                   r"((?=[-_.a-z0-9]*[0-9_])[a-z_][-_.a-z0-9]{3,31}|\d{5,15})(?![-_a-z0-9])")
# A consumer's other identifiers (adv6 1.10d, consumer-identifiers-medical-school-utility): a hospital's 住院号/门诊号/
# 病历号 beside a diagnosis (health data, PIPL Art. 28), a pupil's 学号 with the school, a household's 燃气/水/电 户号.
# Eighth pass (adv7's left list): ids on Line, Skype and Telegram written with the app's name (Line ID: qjh2026,
# LINE：qjh2026, Skype：live:qjh_2026, 电报：@qjh2026), as chat screenshots and foreign staff's forms give them.
# Sixteenth pass (h20q L13): ids on Instagram, Twitter/推特, 陌陌 and YY after the app's name (Instagram @kzy.1992,
# 推特@kzy1993, 陌陌号：12345679, YY号：1234567891, WeChat ID：kzyline04); a 旺旺号 (Taobao's chat id) is often a shop's
# nickname with ideographs in it (kzy小店1994): read up to the clause's mark, where it has a Latin letter or a digit,
# and only after 号, 账号, ID or a colon (旺旺雪饼20袋 is a snack brand's product).
_KEYWORD_RULE.update({word: "handle" for word in ("instagram", "ins号", "ins账号", "推特", "twitter", "陌陌", "yy号", "yy账号",
                                                  "wechat id", "wechatid", "微信id")})
# Sixteenth pass (h20q L14/L20): a 士官证 and an 义务兵证 (士字第0012345号, 陆字第0012349号) as the other military
# cards; a 退役军人优待证 (the veteran's preferential card, a long digit number), a 出生医学证明 (a letter and nine
# digits, Q620012345) and a pre-2016 房产证 (甘房权证甘州区字第0123457号: its number after 字第) after their words.
_KEYWORD_RULE.update({word: "military" for word in ("士官证", "义务兵证", "士兵证号", "士官证号")})
_KEYWORD_RULE.update({word: "long_document" for word in ("优待证", "退役军人证", "出生医学证明", "出生证明", "出生证编号", "出生证号")})
_DOC_NUMBER["long_document"] = re.compile(_NEAR + r"([a-z]{0,2}\d{8,20})(?![0-9a-z])")
# (Twentieth pass, h21q Q11: the unified 不动产权证书 since 2016, 《不动产登记暂行条例实施细则》, is numbered
# 甘（2020）张掖市不动产权第0012345号 — its number after 不动产权第, read below. Its word is not a keyword here: a
# factory's or a shop's title number in an organisation's record is public (h20p's L12 decision, tests/test_privacy_adv15.py);
# a home's, or any in a person's or 个体户's record, is masked by the home rules in deidentify.py.)
_KEYWORD_RULE.update({word: "title_deed" for word in ("房产证", "房屋所有权证", "房权证", "房地产权证")})
_DOC_NUMBER["title_deed"] = re.compile(r"^(?:[^。；;]{0,24}?(?:字第?|不动产权第|不动产第)|[^0-9a-z。；;]{0,6})(\d{5,12})(?![0-9])")
# (And an English form's label for a document number, ID Number：E12345678, ID No. E12345678: h20q's O2 left it.)
# (A letter or two first, as a passport's or a permit's: a bare number after ID is often an order's or a record's.)
_KEYWORD_RULE.update({word: "latin_document" for word in ("id number", "id no", "document no", "document number")})
_DOC_NUMBER["latin_document"] = re.compile(_NEAR + r"([a-z]{1,2}\d{6,9}[a-z]?)(?![0-9a-z])")
_KEYWORD_RULE.update({word: "shop_handle" for word in ("旺旺", "阿里旺旺")})
_DOC_NUMBER["shop_handle"] = re.compile(r"^[^0-9a-z\u4e00-\u9fff\"',，{}\[\]<>]{0,3}(?:(?:号码|账号|帐号|号|id)(?:为|是)?[:：\s]{0,2}|[:：])@?"
                                        r"((?=[^，。；;,、）)]{0,24}[0-9a-z_])[-_.a-z0-9\u4e00-\u9fff]{2,24}?)(?=[，。；;,、）)\s]|$)")
_KEYWORD_RULE.update({"skype": "handle", "电报": "handle", "电报号": "handle", "tg号": "handle", "line id": "handle",
                      "lineid": "handle", "line:": "handle", "whatsapp": "handle", "signal号": "handle"})
# A vehicle's 车架号 (VIN) and 发动机号 after their words (eighth pass, numbers-vehicles-of-persons).
_KEYWORD_RULE.update({word: "vehicle" for word in ("车架号", "车辆识别代号", "车辆识别号", "车辆识别码", "vin", "底盘号", "发动机号",
                                                   "电动机号", "电机号", "发动机编号")})
_DOC_NUMBER["vehicle"] = re.compile(_NEAR + r"((?=(?:[a-z]*\d){3})[a-z0-9]{6,17})(?![0-9a-z])")
_KEYWORD_RULE.update({"ipv4": "ip", "ipv6": "ip"})
# A plate after its word in the shapes the plate rule does not read (an e-bike's 甘州A12345, a city's own series).
_KEYWORD_RULE.update({word: "plate" for word in ("车牌", "号牌", "牌照号", "牌号为")})
_DOC_NUMBER["plate"] = re.compile(_NEAR + r"([\u4e00-\u9fff]{1,4}[a-z]?[·.\-]?(?=(?:[a-z]*\d){4})[a-z0-9]{5,7})(?![0-9a-z])")
_KEYWORD_RULE["contacts/profile/"] = "profile"  # weixin://contacts/profile/<id>, a personal account's QR code
# A personal collection code's link (WeChat Pay wxp://f2f0…, Alipay qr.alipay.com/fkx…): the payee's account.
_KEYWORD_RULE.update({"wxp://": "profile", "qr.alipay.com/": "profile"})
_KEYWORD_RULE.update({f"{line}{mark}": "handle" for line in ("line", "Line", "LINE") for mark in ("：", "号", "账号", "帐号")})
_KEYWORD_RULE.update({word: "social_card" for word in ("住院号", "门诊号", "病历号", "病案号", "就诊号", "学号", "学生证号",
                                                       "户号")})
# Two-character words typed with a space between their characters (电 话：8212345, 收款账 号：104012345678: the
# justified labels of 询问笔录 and 登记表 templates, ninth pass): read as the word.
_KEYWORD_RULE.update({word[0] + gap + word[1]: _KEYWORD_RULE[word]
                      for word in ("电话", "手机", "座机", "固话", "传真", "账号", "帐号", "卡号", "账户", "帐户", "开户", "邮箱",
                                   "护照", "微信")
                      for gap in (" ", "  ", "\u3000", "\u00a0") if word[0] + gap + word[1] not in _KEYWORD_RULE})
# (Nineteenth pass, h21o L10) Permits China issues to foreigners and other countries' personal numbers, after their words: the
# 外国人居留许可 (《出境入境管理法》第三十条; its number a province's character or letters and digits, 甘0012345), the
# 外国人工作许可证 and the old 外国人就业证 (《外国人在中国就业管理规定》), a 签证号; the US Social Security number (123-45-6789,
# ssa.gov: area, group, serial), Singapore's NRIC (S1234567D: a letter, seven digits, a check letter; ica.gov.sg), Korea's
# 주민등록번호 (YYMMDD-NNNNNNN), Malaysia's MyKad (YYMMDD-PB-NNNN), Japan's 個人番号 (マイナンバー, twelve digits) and India's
# Aadhaar (twelve digits, uidai.gov.in). Read with the separators dropped: letters and six to eighteen digits.
_KEYWORD_RULE.update({word: "foreign_document" for word in (
    "居留许可", "居留证", "居留许可证", "工作许可证", "外国人工作许可", "就业证", "外国人就业证", "签证号", "签证编号", "visa no",
    "visa number", "ssn", "social security", "nric", "新加坡身份证", "韩国身份证", "马来西亚身份证", "mykad", "个人番号",
    "my number", "マイナンバー", "aadhaar", "外国身份证", "外籍身份证")})
_DOC_NUMBER["foreign_document"] = re.compile(_NEAR + r"([\u4e00-\u9fff]?[a-z]{0,3}\s?\d(?:[\s\-]?\d){5,17}[a-z]?)(?![0-9a-z])")
# (Nineteenth pass, h21o L11) A social-insurance number after its word, 养老保险个人编号：620700123456, 医保个人编码: decided, a
# person's number like the 社保卡's (privacy.md: identity and account numbers), masked after its word.
_KEYWORD_RULE.update({word: "social_card" for word in (
    "养老保险个人编号", "养老保险编号", "社保个人编号", "社会保险个人编号", "社保编号", "社会保险编号", "医保个人编码", "医保个人编号",
    "医保编码", "医保编号", "医疗保险个人编号", "医疗保险编号", "参保编号", "个人参保号", "参保人编号", "公积金账号", "公积金个人账号")})
# (Nineteenth pass, h21o L19) Handles on 抖音 written dy号, on Telegram written tg, on Discord (name#1234, the old tag), and a
# 私信账号 (the account a seller's messages came from).
# (tg only with its mark after it: a bare tg may be any code's two letters.)
_KEYWORD_RULE.update({word: "handle" for word in ("dy号", "dy账号", "抖音号", "tg:", "tg：", "tg id", "tg账号", "私信账号", "私信号")})
_KEYWORD_RULE.update({word: "discord" for word in ("discord", "dc号")})
_DOC_NUMBER["discord"] = re.compile(r"^[^0-9a-z\u4e00-\u9fff\"',，{}\[\]<>]{0,3}(?:号码|账号|帐号|号|id)?(?:为|是)?[:：\s]{0,2}@?"
                                    r"((?=[-_.a-z0-9#]*[0-9_])[a-z_][-_.a-z0-9]{1,31}(?:#\d{4})?)(?![-_a-z0-9#])")
# (Twenty-second pass, h22o L3, L9, L10) Numbers that point to one person, masked after their words: a parcel's waybill
# (快递单号：SF1402938475612, 中通快递单号75123456789012, 京东物流JDX012345678901: the carrier's tracking page gives the
# recipient's name, phone and address for it) and a consumer's 会员号 (the shop's account of that person, as the 订单号
# beside it); a worker's 工号 / 员工编号 (the employer's number of a person, as a pupil's 学号); and the number of a
# named person's professional certificate in a licence (执业药师资格证书, 健康证, 导游证, 特种设备作业人员证书, 医师执业
# 证书, 保安员证: the certificate of a person, not of the licensed business, as 律师执业证号 and 从业资格证号 already are).
_KEYWORD_RULE.update({word: "person_number" for word in (
    "快递单号", "快递单", "运单号", "运单编号", "物流单号", "快件单号", "面单号", "邮件号", "京东物流", "顺丰快递", "顺丰速运",
    "中通快递", "圆通快递", "韵达快递", "申通快递", "极兔快递", "邮政快递",
    "会员号", "会员卡号", "会员编号", "会员卡",
    "工号", "员工编号", "员工号", "职工编号", "职工号", "工牌号",
    "执业药师资格证书", "执业药师资格证", "执业药师注册证", "健康证", "健康证明编号", "导游证", "特种设备作业人员证",
    "作业人员证书", "医师执业证书", "医师执业证", "医师资格证书", "医师资格证", "护士执业证书", "护士执业证", "保安员证",
    "教师资格证")})
# (Right after the word, or after 编号/号/码 and a colon: not 会员卡充值50000元, an amount. A province's character and one more
# may open the number, 甘健2026001234.)
_DOC_NUMBER["person_number"] = re.compile(
    r"^[^0-9a-z\u4e00-\u9fff\"',，{}\[\]<>]{0,3}(?:证书编号|证书编码|编号|编码|证号|号码|号|码)?(?:为|是)?[:：\s]{0,2}"
    r"((?:[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][\u4e00-\u9fff]?)?[a-z]{0,4}[\s\-]?\d(?:[\s\-]?\d){4,20}[a-z]?)"
    r"(?![0-9a-z])")
# (WeChat in chat slang, h22o L9: ➕V：kzy_v6, +V kzy_v7, 卫星：kzy_v9 — 卫星 only with its colon, else a satellite.)
# (ASCII +v only with its mark or a space after it: a script's or a formula's a+value is no WeChat.)
_KEYWORD_RULE.update({word: "wechat" for word in ("➕v", "＋v", "+v：", "+v:", "+v ", "卫星：", "卫星:")})
_ITEM_AFTER_ID = re.compile(r"\s*[；;，,、。）)\]】]")
_RULE_WHAT = {"person_number": DOCUMENT, "id_embedded": ID, "foreign_document": DOCUMENT, "discord": SOCIAL, "passport": DOCUMENT, "permit": DOCUMENT, "military": DOCUMENT, "wechat": SOCIAL, "qq": SOCIAL,
              "phone": LANDLINE, "account": CARD, "social_card": DOCUMENT, "residence": DOCUMENT,
              "hk_id": DOCUMENT, "id_part": DOCUMENT, "device": CARD, "handle": SOCIAL, "shop_handle": SOCIAL, "long_document": DOCUMENT, "latin_document": DOCUMENT,
              "title_deed": DOCUMENT, "vehicle": "车辆识别代号或发动机号",
              "plate": PLATE}


@functools.lru_cache(maxsize=1)
def _keyword_automaton() -> Any:
    """The keywords (every case of the Latin ones) in one Aho-Corasick automaton: one pass over the
    text finds them all, much faster than a regex alternation over long pages."""
    import itertools

    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word, rule in _KEYWORD_RULE.items():
        if word.isascii() and sum(c.isalpha() for c in word) > 12:  # (contacts/profile/: not its 2^15 spellings)
            for cased in {word.lower(), word.upper(), word.capitalize()}:
                automaton.add_word(cased, (rule, len(word)))
        elif word.isascii():
            for spelling in itertools.product(*((c.lower(), c.upper()) for c in word)):
                automaton.add_word("".join(spelling), (rule, len(word)))
        elif any(c.isascii() and c.isalpha() for c in word):  # (B站UID, 快手ID: every case of the Latin letters)
            for spelling in itertools.product(*((c.lower(), c.upper()) if c.isascii() else (c,) for c in word)):
                automaton.add_word("".join(spelling), (rule, len(word)))
        else:
            automaton.add_word(word, (rule, len(word)))
    automaton.make_automaton()
    return automaton


_KEYWORD_HINT = re.compile(r"[护港通回台军士警文微扣电座联手传卡账帐开威证社医居绿支抖快钉淘闲小拼加薇徽企固宅卫☎存身前后末尾学残税纳驾老低从绿香澳永ｑ邮信飞物档昵住门病就户出生年&视京哔推陌旺阿"
                           r"工签新韩马个外养参私公マ]"
                           r"|[wWvVqQtTpPaAdDuUkKeEmMiIbBcCyYsSnNgGＷｗＶｖＱｑＴｔＰｐ]")




# (Twentieth pass, h21q Q5) The keywords are read in traditional characters as in simplified (居留許可證號, 簽證號碼, 工作許可證號:
# Hong Kong's, Macau's and Taiwan's forms print them so): the automaton runs over the text with each traditional character
# read as its simplified one (`TRADITIONAL`, one character for one, so the positions stay the text's).
_TO_SIMPLIFIED = str.maketrans(TRADITIONAL)


def _simplified(text: str) -> str:
    """`text` with each traditional character read as its simplified one (same length)."""
    return text if text.isascii() else text.translate(_TO_SIMPLIFIED)


def _keywords_in(text: str) -> list[tuple[int, str]]:
    """(end, rule) of each keyword in text; a Latin one only as a word of its own (not the wx of
    a digest or the tel of hotel). Traditional characters read as simplified (`_simplified`)."""
    read = _simplified(text)
    if not _KEYWORD_HINT.search(read):
        return []
    found = [_keyword_hit(text, end, rule, size) for end, (rule, size) in _keyword_automaton().iter(read)]
    return [f for f in found if f is not None]


def _keyword_hit(text: str, end: int, rule: str, size: int) -> tuple[int, str] | None:
    """(end, rule) of the keyword text[end - size + 1:end + 1], or None where it is part of a longer token."""
    start = end - size + 1
    # Glued to a letter or digit before it, it is part of a longer token: the QQ of a credit code
    # (91620702MA3LD1QQ3L stopped a 10^4 sample build: "3L,91620702" read as a QQ number).
    # (A keyword ending in a mark, t.me/ or uin=, is followed by its id.)
    # (A keyword ending in a Han character, V信, is not glued to the id after it: h19o's L5_vxin_id, V信zsy19901.)
    if text[start].isascii() and ((start > 0 and text[start - 1].isascii() and text[start - 1].isalnum())
                                  or (end + 1 < len(text) and text[end].isascii() and text[end].isalnum()
                                      and text[end + 1].isascii()
                                      and text[end + 1].isalpha())):
        return None
    return end + 1, rule


# A WeChat or QQ id written before its keyword (zhyy_8823fx（微信）, wxid_… 是我微信), and a wxid_
# anywhere (WeChat's own prefix of account ids). A Latin id counts only with a digit or "_" in it.
# Each spelling a regex fragment that opens with one literal character (matched case-folded).
_SOCIAL_SPELLINGS = (r"微\s*信", "wechat", "weixin", "vx", "wx", "v信", "威信", "qq", "扣扣", "绿泡泡")
_SOCIAL_WORDS = "(?:" + "|".join(_SOCIAL_SPELLINGS) + ")"
_SOCIAL_BEFORE = re.compile(
    r"(?<![A-Za-z0-9_\-])(wxid_[A-Za-z0-9_\-]{4,30}"
    r"|(?:[A-Za-z][A-Za-z0-9_\-]{5,19}|\d{5,11})(?=\s*(?:[（(【\[]\s*" + _SOCIAL_WORDS + r"\s*(?:号|账号|id)?\s*[）)】\]]"
    r"|[，,]?\s*(?:是|为)(?:我|其|本人|他|她|当事人)?的?" + _SOCIAL_WORDS + r")))(?![A-Za-z0-9_\-])",
    re.IGNORECASE)




def _first_character_pattern(spellings: Iterable[str]) -> re.Pattern[str]:
    """The alternation of spellings (regex fragments, each opening with one literal character, matched
    case-folded), written as one class of first characters, not case-folded, then each first
    character's rests behind a lookbehind: the regex engine then skips to those characters (an
    alternation under IGNORECASE is tried at every position of a page)."""
    rests: dict[str, list[str]] = {}
    for spelling in spellings:
        rests.setdefault(spelling[0].lower(), []).append(spelling[1:])
    firsts = "".join(first + first.upper() if first.isascii() else first for first in rests)
    branches = "|".join(f"(?<=[{first}{first.upper()}])(?i:{'|'.join(sorted(ends, key=len, reverse=True))})"
                        for first, ends in rests.items())
    return re.compile(f"[{firsts}](?:{branches})")


_SOCIAL_WORD = _first_character_pattern(_SOCIAL_SPELLINGS)  # where _SOCIAL_WORDS may stand
_WXID = re.compile(r"[wW](?i:xid_)")
_SOCIAL_LINK = frozenset("（(【[，,是为我其本人他她当事的")  # what may stand between an id and its word


def _social_ids(text: str, anchors: tuple[list[int], list[tuple[int, int]]] | None = None) -> list[tuple[int, int]]:
    """Spans of the ids `_SOCIAL_BEFORE` finds in text, searched only just before each WeChat/QQ word
    and at each wxid_ (over a whole dataset, a pattern opening with a lookbehind was a third of the
    leak gate's time there). Each id is a whole token, so windows that hold it find it. `anchors`: the
    starts of `_WXID`'s matches and the spans of `_SOCIAL_WORD`'s, if known."""
    if anchors is None:
        anchors = [m.start() for m in _WXID.finditer(text)], [m.span() for m in _SOCIAL_WORD.finditer(text)]
    windows = [(start, min(len(text), start + 40)) for start in anchors[0]]
    for word_start, word_end in anchors[1]:
        # Back over the spaces and linking words between an id and its word (zhyy_8823fx （微信）,
        # … 是我的微信), then over the longest id; on past the word's 号 and closing bracket.
        at, links = word_start, 0
        while at:
            if text[at - 1].isspace():
                at -= 1
            elif links < 12 and text[at - 1] in _SOCIAL_LINK:
                at, links = at - 1, links + 1
            else:
                break
        end = word_end
        for _ in range(2):
            while end < len(text) and text[end].isspace():
                end += 1
            end = min(len(text), end + 3)
        windows.append((max(0, at - 21), end))
    spans = {(m.start(1), m.end(1)) for low, high in windows for m in _SOCIAL_BEFORE.finditer(text, low, high)}
    return sorted(spans)


# 证件类型 values naming a document whose number holds no birth date.
DOCUMENT_TYPES = {"护照": "passport", "港澳": "permit", "通行证": "permit", "回乡证": "permit", "台胞": "permit",
                  "台湾": "permit", "居留证": "residence", "居留身份证": "residence", "居留": "permit", "军官": "military", "士兵": "military", "警官": "military",
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

# One class of first characters, then what follows each (the regex engine then skips to those
# characters; as an alternation it tried every position of every page).
# " at " is looked for apart (str.find): a space in the class would try every space of a page.
# (Also the anti-spam spellings lihua2026(a)163.com, zhangwei88{at}qq{dot}com, liuyang66圈163.com: round 4.)
# (Inside the brackets and between 艾 and 特, invisible characters and full-width letters too: (\u200bat), （ａｔ）, [At];
# eleventh session, the lead's composition fuzz — the address is then read in the normalised text.)
_INVISIBLE = "\u00ad\u200b-\u200f\u2060-\u2064\ufeff"
_RAW_EMAIL = re.compile(rf"[@＠﹫#(\[（【{{艾圈](?:(?<=[@＠﹫#])|(?<=[(\[（【{{])[\s{_INVISIBLE}]*[aAａＡ][{_INVISIBLE}]*(?:[tTｔＴ])?"
                        rf"[\s{_INVISIBLE}]*[)\]）】}}]|(?<=艾)[{_INVISIBLE}]*特|(?<=圈)[a-zA-Z0-9])")
# " at " written in full-width letters, in mixed case or with invisible characters in it (ＬＩＵＳＩ２２７０ ＡＴ ＧＭＡＩＬ):
# searched only where such a character is in the text.
_ODD_AT_HINT = re.compile(rf"[ａＡ{_INVISIBLE}]|\s(?:At|aT)\s")
_ODD_AT_WORD = re.compile(rf"[\s\u3000][{_INVISIBLE}]*[aAａＡ][{_INVISIBLE}]*[tTｔＴ][{_INVISIBLE}]*[\s\u3000]")


def _email_signs(text: str, signs: list[int] | None = None) -> list[int]:
    """Where text may hold an e-mail address's at-sign (@, (at), #, " at ", 艾特 …), in order (`signs`:
    the starts of `_RAW_EMAIL`'s matches, if known)."""
    signs = [m.start() for m in _RAW_EMAIL.finditer(text)] if signs is None else list(signs)
    for word in (" at ", " AT "):
        at = text.find(word)
        while at >= 0:
            signs.append(at)
            at = text.find(word, at + 1)
    if _ODD_AT_HINT.search(text):
        signs = sorted({*signs, *(m.start() for m in _ODD_AT_WORD.finditer(text))})
    return sorted(signs)
_NOT_LOCAL_PART_END = frozenset("\"'=<>")
_TLD = r"(?:com|cn|net|org|edu|gov|info|biz|top|io|cc|me|hk|tw|mo)"
_DOT = r"(?:\s*(?:\.|。|\(dot\)|\[dot\]|（dot）|\{dot\}|点|\[\.\]|\(\.\)|（\.）|【\.】|\{\.\})\s*| dot )"
# Mail providers people name without the TLD (lihua_88@163, 网易163邮箱, 在163).
_MAIL_PROVIDERS = ("163", "126", "qq", "sina", "sohu", "gmail", "hotmail", "yahoo", "outlook", "foxmail", "139", "189",
                   "aliyun", "yeah", "21cn", "tom", "icloud", "网易", "新浪", "腾讯", "搜狐")
_MAIL_PROVIDER = "(?:" + "|".join(p for p in _MAIL_PROVIDERS if p.isascii()) + ")"
_EMAIL = re.compile(
    rf"[a-z0-9][a-z0-9._%+-]*(?:{_DOT}[a-z0-9_%+-]+)*[\s{_DECOR}]*(?:@@?|\[@\]|\(@\)|（@）|\(at\)|\[at\]|（at）|【at】|\{{at\}}|\(a\)|艾特|圈a|圈)[\s{_DECOR}]*[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}[a-z]{{2,}}"
    rf"|[a-z0-9][a-z0-9._%+-]*(?:{_DOT}[a-z0-9_%+-]+)*(?:#| at )[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}{_TLD}(?![a-z])"
    # A mail provider's name without its TLD (lihua_88@163, as people say it).
    rf"|[a-z0-9][a-z0-9._%+-]*\s*(?:@@?|\[@\]|\(@\)|（@）|艾特|圈a|圈)\s*{_MAIL_PROVIDER}(?![a-z0-9])")
# An address whose local part is a name in ideographs (柯建华@163.com: RFC 6531 allows them, and the
# big mail providers accept them; adversarial round 5, bidi-override-reversed). The local part is the
# run of ideographs before the at-sign, its last three when the run is longer than four (发送至柯建华@).
_IDEOGRAPH_LOCAL_PART = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,}\s*$")
_ADDRESS_DOMAIN = re.compile(rf"\s*(?:[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*{_DOT}[a-z]{{2,}}|{_MAIL_PROVIDER}(?![a-z0-9]))")


# Sixteenth pass (h20q L3/L19): an address whose domain's dot is a symbol, an emoji or a comma (kzy🔹@🔹example🔹com,
# kzy4@example，com), read only before a common top-level domain; and an address typed with a space after every
# character (k z y 1 4 @ 1 6 3 . c o m), which the rules above read from its last character only.
_ODD_DOT_EMAIL = re.compile(rf"[a-z0-9][a-z0-9._%+-]*[\s{_DECOR}]*[@＠﹫][\s{_DECOR}]*[a-z0-9-]+"
                            rf"(?:(?:{_DOT}|\s*[{_DECOR}，,、]\s*)[a-z0-9-]+)*?\s*[{_DECOR}，,、]\s*{_TLD}(?![a-z])", re.I)
_SPACED_EMAIL = re.compile(r"(?<![a-z0-9])[a-z0-9](?: [a-z0-9._-])+ ?[@＠﹫] ?[a-z0-9-](?: ?[a-z0-9-])*"
                           r"(?: ?[.。] ?[a-z](?: [a-z])*)+(?![a-z0-9])", re.I)


def _odd_dot_address(text: str, sign: int) -> Hit | None:
    """The address around the at-sign at `sign` with a symbol or a comma for its domain's dot, or spaced out."""
    low, high = max(0, sign - 64), min(len(text), sign + 88)
    for pattern in (_ODD_DOT_EMAIL, _SPACED_EMAIL):
        for m in pattern.finditer(text, low, high):
            if m.start() <= sign < m.end():
                return Hit(m.start(), m.end(), EMAIL, re.sub(r"\s", "", m.group(0)).lower())
    return None


def _ideographic_address(text: str, sign: int) -> Hit | None:
    """The e-mail address with a local part in ideographs whose at-sign is at `sign`, if any."""
    local = _IDEOGRAPH_LOCAL_PART.search(text, max(0, sign - 12), sign)
    if local is None:
        return None
    norm = normalise(text, sign + 1, min(len(text), sign + 64))
    domain = _ADDRESS_DOMAIN.match(norm.text)
    if domain is None or not domain.group(0).strip():
        return None
    name = local.group(0).rstrip()
    start = local.start() + (len(name) - 3 if len(name) > 4 else 0)
    end = norm.span(domain.start(), domain.end())[1]
    return Hit(start, end, EMAIL, text[start:local.start() + len(name)] + "@" + "".join(domain.group(0).split()))


_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_RAW_PLATE = re.compile(rf"[{_PROVINCES}](?<![0-9A-Za-z].)\s?[A-Za-zＡ-Ｚａ-ｚ]")  # not 梯11甘G00123 (an elevator's code)
# Also a trailer's or a learner's plate (甘G1234挂, 甘G5678学) and a temporary one (甘G临9012), GA 36-2018 (round 4).
# (Also written apart, 甘 G A 4322, 甘G 4324 5, 甘G。A4323: adversarial round 5, contacts-new-spellings.)
# (Also a new-energy plate with the dot after its D or F, 沪AD·12345: adv6 1.4.)
# (Also with an IME's dash between the letter and the serial, 甘G一A1234, 甘Gー…, 甘G〜…: seventh pass.)
# (The issuing office's letter is never I, GA 36-2018 5.5, as I reads as 1: 翻新iPhone 15 is a phone, h22o O4.)
_PLATE = re.compile(rf"(?<![0-9a-z])[{_PROVINCES}]\s?[a-hj-z]\s*[·.\-。一ー〜~_*×—–]?\s*(?:(?=[a-z0-9 ]*\d)[a-z0-9](?: ?[a-z0-9]){{4,5}}(?![a-z0-9])"
                    r"|[a-z0-9]\s*[·.\-。一ー〜~_*×—–]\s*[0-9][a-z0-9]{3,4}(?![a-z0-9])"
                    r"|[a-z0-9]{4}[挂学警领试超]|临\s*\d{4,6}(?!\d))")
# Greek and Cyrillic capitals that look like the Latin letters of a plate (甘G·Α4321 with a Greek Alpha, 甘G·А8765 with
# a Cyrillic A: round 5), as the normalised text holds them (lower case), read as those letters.
_PLATE_LOOKALIKES = str.maketrans("αβεζηικμνορτυχавекмнорстух", "abezhikmnoptyxabekmhopctyx")
# A plate read with Chinese numerals for its digits too (甘G一二三四五: the lead's eleventh-session probe); only for
# plates: in an identifier cell 王五13707127100 must keep its 五 a character (the mobile after it is found whole).
# (一 stays: a plate's dash is also typed 一, 甘G一2026 is a code that is no plate.)
_PLATE_READ = {**_PLATE_LOOKALIKES, **str.maketrans("〇零二三四五六七八九", "0023456789")}
_PLATE_READ_ONE = {**_PLATE_READ, ord("一"): ord("1")}
_NUMERAL_PLATE = re.compile(r".\s?[a-z]\s?[〇零一二三四五六七八九]{5}")
_ADDRESS_LEADS = ("位于", "至", "在", "于", "到", "住", "往")
_HOME_HINT = re.compile(r"住址|家住|户籍|户口|居住|现住|住在|住宅|家中|住处|房屋|居所|家里|家庭地址|家[:：]")
# Words before a home address in any record (a third person's: 员工王某家住…), and, in a natural
# person's record only, the words an organisation's business address also follows (地址, 住所).
# (Fifteenth pass, h20o L4) A home given as its coordinates or a map's link to it, after a word for a home (家住（坐标
# 38.932411,100.455312）, 家庭住址定位：N38.932412 E100.455312, 住址经纬度100.455313,38.932413, 现住：https://uri.amap.com/
# marker?position=…, 家住…（高德定位 38.9324151,…）): a latitude and a longitude with four decimals or more (about ten
# metres: the door) are the address itself. Within the home word's clause only (no comma between), not an amount (元,
# 万元); a shop's location stays public.
# (Sixteenth pass, h20q L9: also the longitude first, E100.455312，N38.932411; degrees, minutes and seconds,
# 38°55′56.7″N 100°27′19.1″E; an Open Location Code, 8Q7X+2CV (plus codes: github.com/google/open-location-code,
# docs/specification.md — digits 23456789CFGHJMPQRVWX, a + after the eighth or fewer); a geohash after its word,
# geohash wwvnq8x2 (base 32 without a i l o); and 住在 or 家： before the map link.)
_COORDINATE = r"[NSEWnsew]?\s*-?\d{1,3}\.\d{4,}\s*°?\s*[NSEWnsew]?"
_DMS = r"[NSEWnsew]?\s*\d{1,3}\s*°\s*\d{1,2}\s*[′'’]\s*\d{1,2}(?:\.\d+)?\s*(?:[″\"”]|['’]{2})\s*[NSEWnsew]?"
_COORDINATES = (rf"{_COORDINATE}\s*[,，、/;；\s]\s*[NSEWnsew]?\s*-?\d{{1,3}}\.\d{{4,}}\s*°?\s*[NSEWnsew]?"
                rf"|{_DMS}\s*[,，、/;；\s]?\s*{_DMS}"
                r"|(?<![0-9A-Za-z])[2-9CFGHJMPQRVWX]{4,8}\+[2-9CFGHJMPQRVWX]{2,3}(?![0-9A-Za-z])"
                r"|(?:(?<=geohash)|(?<=geohash )|(?<=geohash:)|(?<=geohash：)|(?<=geohash=))[0-9b-hjkmnp-z]{5,12}(?![0-9A-Za-z])"
                r"|https?://[^\s，。；;）)\]】]*(?:amap|gaode|autonavi|map\.baidu|api\.map|map\.qq|apis\.map|google\.[a-z.]+/maps"
                r"|maps\.google|maps\.apple)[^\s，。；;）)\]】]*")
_HOME_COORDINATES = re.compile(r"(?:家庭住址|家庭地址|家住|住址|现住|住在|住处|住宅|居住地|居所|家中|家里|家[:：])[^。；;！!？?，,\n]{0,30}?"
                               rf"({_COORDINATES})(?!\s*(?:万元|元|万|%|％))")
_HOME_BEFORE = re.compile(r"家庭住址|家庭地址|身份证住址|户口所在地|户籍所在地|户籍地|户籍|住址|家住|居住于|居住在|现居住|现住|住在")
_ADDRESS_BEFORE = re.compile(r"住址|家住|户籍|户口所在地|居住于|居住在|现住|住所地|住所|住在|住|地址")  # 地址: 家庭地址, 送达地址
_ADDRESS_CHARS = r"[\u4e00-\u9fff0-9０-９A-Za-zＡ-Ｚａ-ｚ\-－]"
# An address ends in a village's group (村/组/社), a number (号/室/户), or a flat (栋/幢/单元/楼 and a
# door number: 欣荣小区3栋2单元501, 万达广场A座1201室).
_ADDRESS = re.compile(
    # (a form's sub-label first, 家庭住址门牌号：新乐路16-4-2-504: the label is no address; nineteenth pass, h21o L12)
    rf"[:：为在是于地址|｜]{{0,2}}\s*(?:(?:门牌号码?|门牌|详细地址|具体地址|详址)[:：为是]?\s*)?+({_ADDRESS_CHARS}{{2,40}}(?:村|组|社|号|室|户|栋|幢|单元|楼|层|(?<=[A-Za-z0-9０-９])座(?=[0-9０-９])"
    r"|(?<![0-9])[0-9]{1,3}[\-－][0-9]{1,2}[\-－][0-9]{1,2}[\-－][0-9]{3,4}(?![0-9]))"
    r"(?:[0-9０-９A-Za-z\-－]{1,8}(?:号|室|户)?)?)")
_ADDRESS_AFTER = re.compile(
    rf"({_ADDRESS_CHARS}{{2,30}}?(?:村|组|社|号|室|户|单元)[0-9０-９\-]{{0,6}}(?:号|室|组|社|户)?)的?$")
_HOME_WORD = re.compile(r"住宅|家中|住处|房屋|居所|家里")  # and a 的 before it: see find
# Persons named in a decision's evidence and staff of clinics, kitchens and shops (adversarial round 4,
# names-evidence-and-staff-roles; 《市场监督管理行政处罚文书格式范本（2021年修订版）》: 询问笔录 names 被询问人,
# 现场笔录 被检查人 and 见证人, 鉴定意见 鉴定人). Shared with the recogniser (person_names.ROLE_WORDS).
EVIDENCE_ROLES = ("被询问人", "询问对象", "被检查人", "检查对象", "鉴定人", "见证人", "记录人", "陪同人", "订货人", "送货人",
                  "送检人", "受检人", "介绍人", "合伙人", "承包人", "委托的", "厨师长", "主厨", "厨工", "保安员", "安全员",
                  "管理员", "技术员", "检验员", "化验员", "采购员", "仓管员", "库管员", "医师", "执业医师", "护士", "药师",
                  "执业药师", "医生", "护工", "护理员", "保育员", "保洁员", "清洁工", "售货员", "导购员", "推销员", "收费员",
                  "理发师", "美容师", "按摩师", "驾驶人", "操作工", "维修工", "值班人员", "值班员", "来电人", "反映人",
                  "信访人", "咨询人", "病人", "就诊人", "童工", "诉求人", "求助人", "来访人",
                  # (adv6 1.10b, contacts-slang-platforms: the holder of a payment account, 支付宝实名认证X)
                  "实名认证", "实名认证人", "认证姓名", "实名",
                  # (names-common-after-unlisted-roles: persons of complaints and work, relatives)
                  "被调查人", "调查对象", "外卖员", "送餐员", "导购", "财务", "财务人员", "会计", "出纳", "养殖户", "种植户",
                  "农户", "游客", "受害者", "岳父", "岳母", "公公", "婆婆", "申报人", "收件人", "寄件人", "美容师", "老师",
                  "教练", "装卸工", "临时工", "搬运工", "电焊工", "代购", "董事长", "总经理", "经理", "主任", "店长", "厂长",
                  "掌柜", "客户", "老人", "学员", "租客", "房客", "买家", "卖家", "车主", "船主", "摊主", "户主", "网友",
                  "粉丝", "代理商", "经销商", "加盟商", "供应商")
ROLES = ("消费者", "投诉人", "举报人", "当事人", "经营者", "负责人", "员工", "店员", "雇员", "家属", "顾客", "患者",
         "驾驶员", "司机", "业主", "户主", "监护人", "证人", "受害人", "被害人", "工作人员", "职工", "厨师", "店主",
         "租户", "房东", "申请人", "委托人", "代理人", "联系人", "收货人", "购买人", "服务员",
         # Issue 16 (adversarial round): 失信被执行人（被执行人韩…）, 承办人：卢…, 从业人员卫…处.
         "被执行人", "执行人", "承办人", "经办人", "办案人员", "执法人员", "从业人员", "营业员", "销售员", "收银员",
         "被投诉人", "被申请人", "债务人", "担保人", "保安", "学徒", "雇工",
         # adversarial round 3 (names-other-roles, names-children-titles)
         "老板娘", "老板", "承租人", "出租人", "患儿", "患者家属", "其孙", "其孙女", "法人", "主播", "网红", "幼儿", "孩子",
         "儿童", "学生", "小朋友", "未成年人", "会员", "技师", "骑手", "快递员", "配送员", "经办人员", "外籍员工",
         # round 3 (names-approver-roles, names-dual-penalty-persons, names-family-neighbours)
         "审批人", "填报人", "审核人", "经手人", "收款人", "付款人", "主管人员", "责任人", "管理人员", "作业人员",
         "家长", "儿媳", "女婿", "同学", "商户", "小哥", "邻居", "亲戚", "朋友", "同事", "母亲", "父亲", "妻子",
         "丈夫", "儿子", "女儿",
         # adversarial round 4 (names-evidence-and-staff-roles): the persons of a decision's evidence
         # (询问笔录, 现场检查笔录, 鉴定意见) and a clinic's, kitchen's or shop's staff
         *EVIDENCE_ROLES)
_ROLE = re.compile("(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")[:：\s]{0,2}")
# The 《百家姓》's sixty compound surnames, declared once: the detector's role-word names, the file-name names and
# generator.person_names read this one list (the detector kept its own 13 of them until round 15).
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 宇文 长孙 夏侯 端木 南宫 独孤 西门 司徒 申屠 "
    "轩辕 呼延 万俟 闻人 澹台 公冶 太史 仲孙 钟离 宗政 濮阳 淳于 单于 赫连 拓跋 百里 东郭 第五 "
    # (h19o's L3_name_lists: 从业人员名单：谷梁秀英, 由段干木生担保; the 《百家姓》's compound surnames that are no word)
    "谷梁 段干 左丘 梁丘 漆雕 壤驷 巫马 颛孙 亓官 鲜于 闾丘 羊舌 太叔 "
    # (h20o's L2_compound_surnames: 雇佣司空浩然, 子车雨轩, 公西梓萱 → 公**萱) The rest of the 《百家姓》's sixty compound
    # surnames (its lines 万俟司马 … 第五言福, as zh.wikipedia's 百家姓 splits them: 仉督, 晋楚, 归海, 商牟 … are two single
    # surnames each), so that the list above is the book's whole list. Several are words too (微生物, 南门市场, 公羊肉,
    # 司空见惯): the dictionary's word and the filters keep them (tests/test_person_names_adv18.py).
    "公羊 司空 司寇 子车 公西 乐正 公良 夹谷 宰父 南门 微生 东门".split()
)
# Common surnames (the first character of a name after a role word); two-character ones first.
_SURNAMES2 = COMPOUND_SURNAMES
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆"
    "乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    # rarer 百家姓 (round 3, names-rare-surnames)
    "仉钮郦逄督鄞汲邴糜宓蓬郗仰钭蓟怀鄂咸籍赖鬱能苍莘贡扶堵宰卻璩濮寿通郏别充习宦鱼庾终暨殳沃蔚夔厍訾乜须巢"
    "蒯后益桓")


# The prefectures, cities and counties of 甘肃 (民政部 行政区划, 2024; the site's own province), short
# forms: a person named like one (金昌, 高台, 白银) is masked in their own record, not looked for as the
# place in others' (销往金昌、高台等地: adversarial round 4); the tagger calls several of them names.
GANSU_PLACES = frozenset(
    "兰州 城关 七里河 西固 安宁 红古 永登 皋兰 榆中 嘉峪关 金昌 金川 永昌 白银 平川 靖远 会宁 景泰 天水 秦州 麦积 清水 "
    "秦安 甘谷 武山 张家川 武威 凉州 民勤 古浪 天祝 张掖 甘州 肃南 民乐 临泽 高台 山丹 平凉 崆峒 泾川 灵台 崇信 华亭 庄浪 "
    "静宁 酒泉 肃州 金塔 瓜州 肃北 阿克塞 玉门 敦煌 庆阳 西峰 庆城 环县 华池 合水 正宁 宁县 镇原 定西 安定 通渭 陇西 渭源 "
    "临洮 漳县 岷县 陇南 武都 成县 文县 宕昌 康县 西和 礼县 徽县 两当 临夏 康乐 永靖 广河 和政 东乡 积石山 甘南 合作 临潭 "
    "卓尼 舟曲 迭部 玛曲 碌曲 夏河".split())


@functools.lru_cache(maxsize=1 << 12)
def common_word(name: str) -> bool:
    """Whether a person's name is also an ordinary word of the dictionary, not tagged as a name (信用,
    国庆, 高新, 甘泉, 国美): such a name is masked in the person's own record and after role words, but
    is not looked for as a word in other records' texts nor by the leak gate (it would stop every
    build on 统一社会信用代码, and destroy 国庆节 and 高新技术企业). A place of the province
    (GANSU_PLACES) counts as such a word too."""
    if name in GANSU_PLACES:
        return True
    try:
        from generator.person_names import NOT_NAMES, _load_tagger
    except ImportError:
        return False
    if name in NOT_NAMES:
        return True  # 文明, 陈列, 高峰: words the dictionary tags as names (adversarial round 5)
    words = _load_tagger().tag(name)
    return len(words) == 1 and words[0][1] not in ("nr", "nrfg", "nrt") and _load_tagger().has_word(name)


def starts_with_surname(text: str) -> bool:
    """Whether text starts with a common surname (one or two characters)."""
    return text[:2] in _SURNAMES2 or text[:1] in _SURNAMES


# Words that, right after a role word, are not a name (消费者投诉, 当事人未按规定 ...).
_NOT_NAME_NEXT = set("未已不在于因对向从被将把的系为是及和与等均称所应须有无拒自反投举说购买到来去家处现曾")
_PLACE_END = set("市区县镇乡村省州路街")


# Uyghur (and other transliterated) names: given names that open them, written with or without the
# middle dot (买买提·艾力, 买买提艾力). After a role word such a name is a person's; anywhere, one
# written with its dot is.
UYGHUR_NAME_PARTS = (
    "买买提", "麦麦提", "阿不都", "阿卜杜", "阿布都", "阿布力", "阿卜力", "艾尔肯", "艾买提", "艾合买提", "艾力", "艾克拜尔",
    "艾尼瓦尔", "古丽", "阿依古丽", "努尔古丽", "阿孜古丽", "热依拉", "热孜", "热娜", "热合曼", "努尔", "吐尔逊",
    "吐尔洪", "吐逊", "玉素甫", "库尔班", "阿里木", "阿力木", "吾买尔", "伊力", "依力", "依明", "克里木", "帕提",
    "迪丽", "阿依", "亚森", "塔依尔", "肉孜", "阿迪力", "乃比", "米娜", "哈力克", "买尔旦", "托合提", "卡德尔",
    "萨迪克", "木拉提", "阿力甫", "排尔哈提", "穆罕默德", "沙吾提", "再努尔", "祖丽", "布合", "米热", "其曼",
    "图尔荪", "阿曼", "巴图", "哈斯", "阿地力", "艾则孜", "艾山", "吐送", "买合木提", "阿合买提", "牙生",
    # Tibetan names (甘南, 张掖's neighbours; round 3, names-minority-no-surname)
    "扎西", "次仁", "卓玛", "央宗", "顿珠", "多吉", "才让", "索南", "拉姆", "格桑", "平措", "旺堆", "达瓦", "尼玛",
    "德吉", "措姆", "丹增", "洛桑", "桑吉", "仁青", "贡布", "益西", "旦增", "拉毛", "才旦", "完玛", "更登",
    # Mongolian names (肃南, 阿克塞 and 内蒙古 neighbours; adversarial round 5, names-foreign-and-minority)
    "其木格", "其其格", "斯琴", "巴特尔", "额尔敦", "娜仁", "萨仁", "图雅", "苏日娜", "格日勒", "宝音", "朝鲁", "那日苏",
    "敖日格勒", "孟和", "毕力格", "特木尔", "吉日嘎拉", "额尔德尼", "乌云", "阿拉坦", "呼和", "达来")
_UYGHUR_START = re.compile("(?:" + "|".join(sorted(UYGHUR_NAME_PARTS, key=len, reverse=True)) + ")")
_NAME_DOTS = "·.．・•‧"
_DOTTED_NAME = re.compile(
    "(?:" + "|".join(sorted(UYGHUR_NAME_PARTS, key=len, reverse=True)) + f")[\u4e00-\u9fff]{{0,4}}[{_NAME_DOTS}]"
    "[\u4e00-\u9fff]{2,8}")


def _uyghur_name_end(text: str, at: int) -> int:
    """The end of a transliterated name starting at `at` (with or without its dots), or `at`."""
    start = _UYGHUR_START.match(text, at)
    if not start and not re.match(f"[\u4e00-\u9fff]{{2,6}}[{_NAME_DOTS}][\u4e00-\u9fff]", text[at:at + 9]):
        return at
    end = start.end() if start else at  # the opening given name whole (买买提: 买 ends other names)
    while end < len(text) and end - at < 14 and (("\u4e00" <= text[end] <= "\u9fff" and text[end] not in
                                                  _NOT_NAME_NEXT) or (text[end] in _NAME_DOTS and end > at)):
        if end > at + 1 and _VERB_AFTER_NAME.match(text, end):
            break  # 约翰·史密斯负责进货: the verb after the name is no part of it (adversarial round 5)
        end += 1
    while end > at and text[end - 1] in _NAME_DOTS:
        end -= 1
    if _ORG_TAIL.search(text, at, end) or text[end - 1] in _PLACE_SUFFIX:
        return at  # 经营者努尔兰商店: a business's name, public
    return end if end - at >= 3 else at


_ORG_TAIL = re.compile(r"(?:公司|集团|商行|商店|商贸|贸易|超市|店|厂|合作社|中心|医院|诊所|药房|学校|馆|部|社|场)$")
# Verbs that follow a person's name in decisions and complaints: a transliterated name ends before them.
_VERB_AFTER_NAME = re.compile("负责|收银|进货|表示|承认|经营|销售|从事|无证|拒绝|供述|介绍|反映|投诉|举报|证实|签字|陈述|"
                              "称|系|在店|在场|到场|上岗|辩称|同意|提供|要求|参与|参加")  # (斯琴高娃参与销售: h22o's L15)


# A name right before an age (诚信少年（王小翀，12岁）, 幼儿尚小翀（3岁）): a person's, often a child's.
_NAME_BEFORE_AGE = re.compile(r"([\u4e00-\u9fff]{2,3})(?=[，,（(]\s*(?:男|女)?[，,、]?\s*\d{1,3}(?:周)?岁)")
_OPEN_QUOTES = "“「‘《『\"'"
# Latin names (round 3, names-latin): after a role word (外籍员工John Smith, 消费者Li Xiaoming（李小明）),
# and in brackets right after a masked name (邵**（SHAO CHONGCHEN）; not after a word: 标准（Food Safety）).
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){1,2}(?![A-Za-z])|[A-Z]{2,}(?:[ \u00a0][A-Z]{2,}){1,2}(?![A-Za-z])")
# The English words of a form's field labels (Passport No., ID Number, Date Of Birth): no part of a person's name.
_LATIN_LABEL_WORDS = frozenset(("passport", "no", "id", "card", "number", "name", "tel", "phone", "mobile", "email", "date",
                                "birth", "address", "visa", "permit", "licence", "license", "code", "type", "sex",
                                "nationality", "of", "wechat", "whatsapp", "account"))
_BRACKETED_AFTER_NAME = re.compile(r"(?<=\*)[（(]\s*([A-Z][A-Za-z]+(?:[ \u00a0][A-Z][A-Za-z]+){1,2})\s*[）)]")
# The Chinese spelling in brackets after a Latin name: a Chinese name, or a transliterated one of any
# length, with or without its dots (Alexander Smith（亚历山大·史密斯）, Mohammed Ali（穆罕默德阿里）).
_NOT_ALIAS_END = ("籍", "国", "人", "族", "公民", "国籍")
_BRACKETED_NAME = re.compile(r"[（(]\s*([\u4e00-\u9fff](?:[\u4e00-\u9fff·.．・•‧]){1,15})\s*[）)]")


def _names_after_roles(text: str) -> list[tuple[int, int]]:
    spans = [(m.start(), _uyghur_name_end(text, m.start())) for m in _DOTTED_NAME.finditer(text)]
    spans = [(s, e) for s, e in spans if e > s and not inside_public_name(text, s, e)]
    for m in _NAME_BEFORE_AGE.finditer(text):
        name = m.group(1)
        for k in range(len(name) - 1):  # 幼儿尚小翀: the name is the surname-led tail
            if starts_with_surname(name[k:]) and len(name) - k >= 2:
                spans.append((m.start(1) + k, m.end(1)))
                break
    for m in _BRACKETED_AFTER_NAME.finditer(text):
        spans.append(m.span(1))
    for m in _ROLE.finditer(text):
        at = m.end()
        if at < len(text) and text[at] in _OPEN_QUOTES:
            at += 1  # 消费者“李翀婧”反映: a name in quotes after a role word is still a name
        latin = _LATIN_NAME.match(text, at)
        if latin and _LATIN_LABEL_WORDS.intersection(latin.group(0).lower().split()):
            continue  # 员工Passport No.E1234567: a form's field label, its number the document rules' (h20q O2)
        if latin:
            spans.append(latin.span())
            chinese = _BRACKETED_NAME.match(text, latin.end())
            if chinese and not chinese.group(1).endswith(_NOT_ALIAS_END):  # （美国籍）: a nationality
                spans.append(chinese.span(1))
            continue
        uyghur = _uyghur_name_end(text, at)
        if uyghur > at:
            spans.append((at, uyghur))
            continue
        size = 3 if text[at:at + 2] in _SURNAMES2 else 0
        if not size and (at >= len(text) or text[at] not in _SURNAMES):
            continue
        first = 2 if size else 1
        if text.startswith(_TITLES_AFTER_SURNAME, at + first):
            continue  # 消费者张先生反映, 厨师张师傅: a surname with a title is no whole name (privacy.md), kept (round 12, h14p)
        end = at + first
        while end < len(text) and end - at < first + 2 and "\u4e00" <= text[end] <= "\u9fff" and \
                text[end] not in _NOT_NAME_NEXT:
            end += 1
        # A whole name: followed by punctuation, the end or a word that cannot continue it (not by
        # more characters of a place or organisation name: 当事人张掖华强商贸有限公司); "某" is no name.
        delimited = end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff" or text[end] in _NOT_NAME_NEXT
        # A full-length name (a surname and two characters) may run on into the verb after it
        # (老板娘韦翀婧当场承认: round 3) unless it is part of a place or organisation name.
        full = end - at == first + 2 and end < len(text) and text[end] in _RUN_ON and \
            not inside_public_name(text, at, end) and not _BUSINESS_MARK.intersection(text[at + first:end])
        if end - at >= first + 1 and (delimited or full) and "某" not in text[at:end] and \
                text[end - 1] not in _PLACE_END and not _common_word(text[at:end]):
            spans.append((at, end))
        elif end - at == first and end < len(text) and text[end] in " \u3000":
            spaced = _SPACED_NAME.match(text, at)  # 消费者 李 翮 婧 反映, 员工黄　翀　琰无证上岗
            if spaced:
                spans.append(spaced.span())
    return spans


# Titles after a surname (张先生, 刘女士, 王师傅, 欧阳经理: as generator.person_names.TITLES and its title-then-given rule).
_TITLES_AFTER_SURNAME = ("先生", "女士", "小姐", "师傅", "老师", "阿姨", "大爷", "大姐", "大哥", "老板", "经理", "同志", "医生",
                         "大夫", "律师", "老人", "同学", "夫妇", "夫妻", "小朋友")


_SPACED_NAME = re.compile("[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){1,2}"
                          f"(?=[ \u3000]?(?:[^\u4e00-\u9fff]|[{''.join(sorted(_NOT_NAME_NEXT))}]|$))")
# What may follow a full-length name directly (韦翀婧当场承认, 逄翀琛承认, 李**表示 …), and the characters
# of a business's name (冯记饭馆, 王氏): no name runs on into those.
_RUN_ON = frozenset("当承表讲答供交签拒回要告声坦辩解陈证指确给送")
_BUSINESS_MARK = frozenset("记氏号店")


# After 当事人 a surname character often opens an ordinary word (当事人公司, 单位, 门店, 车间, 申辩称,
# 曾因 …: adversarial round 3, overscrub-role-word-phrases).
_FUNCTION_STARTS = ("曾因", "曾经", "曾于", "曾在", "曾被", "曾多", "曾向", "曾与", "曾以", "曾用",
                    # 于 + a time word: the date of a decision's fact (当事人于当日…, adversarial round 4)
                    *("于" + word for word in (
                        "当日 次日 同日 同年 当年 本月 今年 上午 下午 近日 节前 节后 当天 同月 前日 当晚 凌晨 早上 傍晚 中午 "
                        "晚上 同时 此前 事后 此后 日前 月初 年初 年底 月底 周末 夜间 昨日 今日 当月 次月 上月 本年 去年 "
                        "明日 案发 检查 当时 期间 即日 翌日 前一 后一 事发 农历 阴历 公历 旧历").split()))
_NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "x", "g"})


def _common_word(candidate: str) -> bool:
    """Whether a candidate name after a role word opens with an ordinary word of the dictionary (a
    noun or verb the tagger does not call a name), so it is no name."""
    if candidate.startswith(_FUNCTION_STARTS):
        return True
    try:
        from generator.person_names import NOT_NAMES, _load_tagger
    except ImportError:
        return False
    if candidate in NOT_NAMES or candidate[:2] in NOT_NAMES:
        return True  # 陈述 (the tagger calls it a name)
    if candidate in _KEYWORD_RULE:
        return True  # 员工士兵证：…: a document's or a contact's own word (士兵证 read as 士**; fifteenth pass, h20o O4)
    words = _load_tagger().tag(candidate)
    return bool(words) and len(words[0][0]) >= 2 and words[0][1] not in _NAME_TAGS


# -- numbers and ids read after their keyword (adversarial round 5) ----------------------------------

# The id of a profile link after its host (`_PROFILE_HOSTS`): digits after uin=, a path of letters, digits,
# _ and - after the others (u/ and user/ and profile/ are the path's fixed words, the id follows them).
# (Not a path word itself: douyin.com/user/[已隐去], as the scrubber leaves it, holds no id.)
_PROFILE_ID = re.compile(r"(?:(?:u|user|profile)/)?([0-9A-Za-z_\-]{4,100})(?![/0-9A-Za-z_\-])")


def _profile_hit(text: str, at: int) -> Hit | None:
    """The id of a social profile link whose host (or uin=) ends at `at`."""
    m = _PROFILE_ID.match(text, at)
    if m is None or (text[at - 4:at].lower() == "uin=" and not m.group(1).isdigit()):
        return None
    return Hit(m.start(1), m.end(1), SOCIAL, m.group(1).lower())


# After a word for a mailbox: a few linking words, then the local part, as letters and digits (words of
# them with single spaces between: dai qiu yue 88 @ 163.com) — with a digit in it, or followed by the
# mail provider's name (网易163邮箱, QQ邮箱, 在163) or an at-sign. A provider's own name is no local part.
_MAILBOX_LINK = re.compile(r"(?:地址|账号|帐号|号码|号)?\s*(?:[:：]|为|是|到|\s)*\s*")
_MAILBOX_LOCAL = re.compile(r"[0-9a-z][0-9a-z._\-]*(?: [0-9a-z][0-9a-z._\-]*){0,5}")
_PROVIDER_AFTER = re.compile(r"\s*(?:[(（]|在|的|，|,)?\s*(?:网易|新浪|腾讯|搜狐)?" + _MAIL_PROVIDER + r"(?![0-9a-z])")


def _mailbox_hit(text: str, at: int) -> Hit | None:
    """The local part of an e-mail address written after a word for a mailbox, without its domain or
    with the domain spelled apart (the at-sign and domain are the e-mail rule's: only the words before
    the last one are taken then)."""
    if at < len(text) and text[at].isascii() and text[at].isalnum() and text[at - 1].isascii():
        return None  # email13912345678: a Latin word glued to what follows is part of a code
    norm = normalise(text, at, min(len(text), at + 64))
    link = _MAILBOX_LINK.match(norm.text)
    local = _MAILBOX_LOCAL.match(norm.text, link.end() if link else 0)
    if local is None:
        return None
    token = local.group(0).rstrip(" .-_")
    if token in _MAIL_PROVIDERS or token.startswith(("http", "www")) or len(token.replace(" ", "")) < 4:
        return None
    if not any("a" <= c <= "z" for c in token) and not (token.isdigit() and 5 <= len(token) <= 11):
        return None  # digits only: a QQ mailbox's number, never a date or an amount (以邮件2026-05-18发送)
    after = norm.text[local.start() + len(token):]
    at_sign = re.match(r"\s*(?:@|\(at\)|\[at\]|（at）|at\s)", after) is not None
    if not (any(c.isdigit() for c in token) or at_sign or _PROVIDER_AFTER.match(after)):
        return None
    start, end = local.start(), local.start() + len(token)
    if at_sign:  # the e-mail rule masks the last word and the domain; the words before it are ours
        if " " not in token:
            return None
        end = local.start() + token.rfind(" ")
    s, e = norm.span(start, end)
    return Hit(s, e, EMAIL, norm.text[start:end].replace(" ", ""))


_LOOKALIKE_TOKEN = re.compile(r"(?:号码|号)?[:：\s]{0,2}(?:为|是)?([0-9A-Za-z]{17,18})(?![0-9A-Za-z])")


def _lookalike_id_hit(text: str, at: int) -> Hit | None:
    """An identity number written with look-alike letters for digits right after 证件 (see `_KEYWORD_RULE`)."""
    m = _LOOKALIKE_TOKEN.match(text, at)
    if m is None or m.group(1).isdigit():
        return None  # (all digits: the number rules read it)
    read = lookalike_id_reading(m.group(1))
    return Hit(m.start(1), m.end(1), ID, read) if read else None


# A handle after @ right after the word for an app (微博@甘州老邝, 抖音@…: round 5, contacts-new-spellings).
_AT_HANDLE = re.compile(r"[:：\s]{0,2}(?:号|账号|id|ID)?[:：\s]{0,2}[@＠]([\w\u4e00-\u9fff\-]{2,30})")


def _wechat_hit(text: str, at: int) -> Hit | None:
    m = _AT_HANDLE.match(text, at)
    return Hit(m.start(1), m.end(1), SOCIAL, m.group(1).lower()) if m else None


_OWN_READING: dict[str, Callable[[str, int], Hit | None]] = {"profile": _profile_hit, "mailbox": _mailbox_hit,
                                                              "id_lookalike": _lookalike_id_hit}
# (Filled in below with the sixth pass's readings: IP, MAC, a licence's 档案编号, an account after a nickname.)
# Rules read both ways: their own reading and the _DOC_NUMBER pattern.
_ALSO_READING: dict[str, Callable[[str, int], Hit | None]] = {"wechat": _wechat_hit}

# A phone or an identity number written in pieces after its keyword (adversarial round 5,
# digits-in-words-and-separators, digits-split-by-quotes-symbols-formula): digits spoken as English or
# pinyin words (one three nine…, yao san jiu…: 幺 for 1 as read aloud on the phone), groups split by
# 转/加/接, quotes, ^ # → & = and ASCII , ; (“139”“9362”“0099”, ="139"&"9362"&"0103" as an Excel string
# formula shows it), told in parts (前三位139，中间9362，最后0038), B for 8 and l for 1 opening and closing it
# (l399362005l); an ID split by its date's 年 and 号 (620702年19900303号6082). Read only after a phone or
# identity keyword; a hit only where the pieces make exactly a mobile (11 digits) or an identity number
# (18 characters, a valid birth date).
_SPOKEN_DIGITS = {"zero": "0", "oh": "0", "ling": "0", "dong": "0", "one": "1", "yao": "1", "yi": "1", "two": "2",
                  "er": "2", "liang": "2", "three": "3", "san": "3", "four": "4", "si": "4", "five": "5", "wu": "5",
                  "six": "6", "liu": "6", "seven": "7", "qi": "7", "guai": "7", "eight": "8", "ba": "8", "nine": "9",
                  "jiu": "9", "gou": "9"}
_SPOKEN_WORD = "(?P<word>" + "|".join(sorted(_SPOKEN_DIGITS, key=len, reverse=True)) + ")(?![a-z])"
_SPOKEN_PIECE = r"(?P<digits>[0-9][0-9olib]*|[liob](?=[0-9])[0-9olib]*)"
_SPOKEN_SEPARATORS = (r"[\s,;，；、:：\"“”'‘’^#→&=+*~\-_./()（）]|转|加|接|然后|再|中间(?:四位|4位)?|最后(?:四位|4位)?"
                      r"|后(?:四位|4位)")
_SPOKEN = {
    "phone": re.compile(rf"(?P<sep>(?:{_SPOKEN_SEPARATORS})+)|{_SPOKEN_PIECE}|{_SPOKEN_WORD}"),
    "id": re.compile(rf"(?P<sep>(?:{_SPOKEN_SEPARATORS}|[年月日号])+)|(?P<digits>[0-9]+x?)"),
}
_SPOKEN_MODE = {"phone": "phone", "id_part": "id"}
_SPOKEN_PREFIX = re.compile(r"(?:号码|号|码)?(?:前[三四六3468]位)?(?:是|为)?")
_SPOKEN_START = re.compile(r"(?:号码|号|码)?(?:前[三四六3468]位)?(?:是|为)?[\s:：=“\"'‘(（]*(?:[0-9０-９]|[lIiＩｌOoＯBＢ][0-9]"
                           r"|(?i:" + "|".join(sorted(_SPOKEN_DIGITS, key=len, reverse=True)) + r")(?![a-zA-Z]))")
_SPOKEN_REACH = 100
_SPOKEN_LETTERS = str.maketrans("olib", "0118")


def _spoken_hit(text: str, at: int, mode: str) -> Hit | None:
    """A mobile ("phone") or an identity number ("id") written in pieces after a keyword ending at `at`."""
    if _SPOKEN_START.match(text, at) is None and (  # (cheap: most keywords are not followed by a number at all)
            not any(c in _TONED for c in text[at:at + 12]) or _SPOKEN_START.match(text[at:at + 12].translate(_DETONE)) is None):
        return None
    norm = normalise(text, at, min(len(text), at + _SPOKEN_REACH))
    tokens = _SPOKEN[mode]
    prefix = _SPOKEN_PREFIX.match(norm.text)  # (it matches everywhere: all its parts are optional)
    pos = prefix.end() if prefix else 0
    digits, first, pieces, last, lettered = "", -1, 0, 0, False
    while pos < len(norm.text):
        m = tokens.match(norm.text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        if m.group("sep"):
            continue
        piece = m.group("digits") or ""
        digits += piece.translate(_SPOKEN_LETTERS) if piece else _SPOKEN_DIGITS[m.group("word")]
        first = m.start() if first < 0 else first
        pieces += 1
        if mode == "phone" and len(digits) >= 11:
            if len(digits) == 11 and _is_mobile(digits) and (pieces > 1 or not piece.isdigit()):
                s, e = norm.span(first, m.end())
                return Hit(s, e, MOBILE, digits)
            if digits[0] != "0" or len(digits) > 12:  # (a landline's area code and number: up to 12)
                return None
        if mode == "id" and len(digits) >= 18:
            if len(digits) == 18 and pieces > 1 and is_id18(digits):
                s, e = norm.span(first, m.end())
                return Hit(s, e, ID, digits.upper())
            return None
        last, lettered = m.end(), lettered or (bool(piece) and not piece.isdigit())
    # A landline with a look-alike letter (联系电话O936-8212399, 电话0936-B212398: round 5, lookalike-letters-in-
    # text-numbers); one written in plain digits is the number rules'.
    if mode == "phone" and lettered and 10 <= len(digits) <= 12 and digits[0] == "0" and digits[1] != "0":
        s, e = norm.span(first, last)
        return Hit(s, e, LANDLINE, digits)
    return None


# A mobile formatted as a number with thousands separators (adversarial round 5, phone-thousands-separators:
# a phone typed into an Excel cell as a number and formatted #,##0 exports as 13,993,620,109; Excel's
# number format codes: ron314159.blogspot.com/2013/11/excel.html, #,##0 → 123,456,789). Not an amount
# (元 万 亿 after it, ¥ $ before it), nor a list of numbers (a comma, a bracket, a letter or a digit on
# either side: JSON arrays [13,993,620,109], SVG path data).
_THOUSANDS_MOBILE = re.compile(r"1(?<![0-9A-Za-z,，.\[]1)[3-9][,，][0-9]{3}[,，][0-9]{3}[,，][0-9]{3}(?![0-9A-Za-z,，\]])")
_AMOUNT_AFTER = re.compile(r"\s*(?:\.\d|元|万|亿|千|百|美元|港元|欧元|日元|吨|千克|公斤|克|件|个|次|人|户|家|条|%)")


def _thousands_hit(text: str, m: re.Match[str]) -> Hit | None:
    if _AMOUNT_AFTER.match(text, m.end()) or text[max(0, m.start() - 2):m.start()].strip()[-1:] in ("¥", "￥", "$"):
        return None
    return Hit(m.start(), m.end(), MOBILE, re.sub(r"[,，]", "", m.group(0)))


# -- the detector -------------------------------------------------------------------------------


def may_hold_number(text: str) -> bool:
    """A cheap pre-check: False only if text holds no number the detector could read as personal
    (also a whole cell shaped like a passport or permit number: EA1234567)."""
    return _RAW_RUN.search(text) is not None or (len(text) <= 12 and _DOCUMENT_CELL.fullmatch(text.lower()) is not None) \
        or (_escaped_digit_hint(text) and _RAW_PCT.search(text) is not None) \
        or (17 <= len(text) <= 30 and _letters_for_digits_id(text)) \
        or _SPLIT_HINTS.search(text) is not None or (("e" in text or "E" in text) and _SCI_NUMBER.search(text) is not None) \
        or (len(text) >= 18 and _GLUED_ID.search(text) is not None) or _MOBILE_IN_KEY.search(text) is not None \
        or (("&" in text or "CONCAT" in text.upper() or "TEXTJOIN" in text.upper())
            and (_RAW_MIXED_REFS.search(text) is not None or bool(_formula_hits(text)))) or _adv8_may_hold(text) \
        or "@" in text or "＠" in text or _adv9_may_hold(text) or _adv10_may_hold(text) \
        or (_LETTER_SPLIT_HINT.search(text) is not None and bool(_letter_split_hits(text)))  # 139x1936x1828: h20q L4
    # (62070219B50B156317: letters for digits; 139😀9363😀0005, 6.20702198508156E+17, GZ620702198501017584A: adv6;
    # a formula's text, ="139"&"9367"&"0808", or references mixed with digits in an identifier cell: seventh pass;
    # an e-mail typed into 组织机构代码, qjh7203@qq.com, was published as the organisation's code: ninth pass)


def may_hold(text: str) -> bool:
    """A cheap pre-check: False only if `find(text)` (without person/document rules) is empty."""
    return bool(_RAW_RUN.search(text) or _RAW_EMAIL.search(text) or " at " in text or " AT " in text or _keywords_in(text)
                or _RAW_PLATE.search(text) or (_escaped_digit_hint(text) and _RAW_PCT.search(text))
                or _SPLIT_HINTS.search(text) or (("e" in text or "E" in text) and _SCI_NUMBER.search(text))
                or ("历" in text and _LUNAR_DATE.search(text)) or (("续" in text or "接上" in text) and _CONTINUED.search(text))
                or _adv8_may_hold(text) or _adv9_may_hold(text) or _adv10_may_hold(text)
                or (_LETTER_SPLIT_HINT.search(text) and _letter_split_hits(text)))


@functools.lru_cache(maxsize=8192)
def _window_hits(window: str, raw_start: int, raw_end: int) -> tuple[tuple[int, int, str, str], ...]:
    """The number hits of one raw run, in positions of `window` (the run and the 12 characters before
    it, which the keyword and glue checks read). Cached: every page of the site repeats the same runs
    (the theme's SVG path data), which cost the gate most of its time at 10^5."""
    norm = normalise(window)
    # Only the run this raw match found, read from its first character (the context before it is
    # for the keyword and glue checks: a digest's digits before a space must not join it).
    first = bisect.bisect_left(norm.origin, raw_start, 0, len(norm.text))
    if first and norm.text[first - 1] in "li" and (first == 1 or not "a" <= norm.text[first - 2] <= "z"):
        first -= 1  # l3993620001: the l before the raw run is its first digit (_N_RUN reads it so)
    out: list[tuple[int, int, str, str]] = []
    for run in _N_RUN.finditer(norm.text, first):
        if norm.origin[run.start()] >= raw_end:
            break
        if sum(c.isdigit() or c in _DL for c in run.group(0)) < 7:
            continue
        before = norm.text[max(0, run.start() - 10):run.start()]
        masked = before.rfind(MASK[-2:])
        if masked >= 0 and before[masked + 2:] in _LIST_WORDS:
            # (the list's word is read as far before the masked number as before any number: 电话号码为[已隐去]和…)
            at = run.start() - len(before) + masked + 2 - len(MASK)
            before = norm.text[max(0, at - 10):run.start()]
        elif masked >= 0 and before[masked + 2:masked + 3] not in ("、", "/"):
            # 联系电话[已隐去]，1234567元: the word's number is the one masked, not this (ninth pass; the gate stopped
            # builds on the amount). After a list mark (电话[已隐去]、8212346) or a list's word right before the number
            # (电话号码为[已隐去]和8212346: round 10) the word still counts.
            before = before[masked + 2:]
        found = _run_hits(norm, run, before) or _arabic_core_hits(norm, run)
        for start, end, what, token in found:
            s, e = norm.span(start, end)
            out.append((s, e, what, token))
    return tuple(out)


# -- windows: the whole-text passes of a long text, run only where they can match ----------------
#
# Over a page or a dataset each pass below is a regex (or the keyword automaton) tried at every
# position: 15-60 ns a character each, most of the leak gate's time. A gather of a few tables gives
# every character's classes (numpy, a few ns a character); each pass then runs, with the same regex,
# only over the stretches of characters its matches are made of, with the characters on either side
# that its lookarounds read. A match holds such characters only, so it lies within one stretch, and a
# scan started at a stretch finds what a scan of the whole text finds there: the same matches in the
# same order. `tests/test_detect_windows.py` compares the two on generated texts; `bench/bench_gate.py`
# times them and counts the hits of both on a built site.

WINDOWED_FROM = 2048  # characters: shorter texts are searched whole (numpy costs more than it saves there)
WINDOWED_UP_TO = 1 << 24  # characters: longer ones too (the class arrays take up to 8 bytes a character)
_BLOCK = 1 << 20  # characters turned into code points at a time
_NEAR_WINDOWS = 48  # characters: windows closer than this are searched as one (one call costs ~1 us)

# Character classes (bits of the table).
_DEC = 1  # \d: a decimal digit of any script (what \d matches in a str pattern)
_NUMBER = 2  # [\d\s\-]: what a bank card number after its code is made of
_RUN = 4  # what a _RAW_RUN match is made of: digit-likes, separators, O/l/I, x and the escaped gaps' characters
_COUNTED = 8  # digit-likes and O/l/I: a _RAW_RUN match holds seven or more
_TAIL = 16  # _RUN and the "," ";" a glued tail (_GLUED_TAIL) may also hold
_LETTER = 32  # [A-Za-z]
_TAIL_DIGIT = 64  # [{_RAW_DL}xXoOlI]: the digits of a glued tail, before its letter
_GAP_END = 128  # what a gap or a weak separator of a glued tail ends with
_PROVINCE = 256  # the provinces' characters that open a plate (_RAW_PLATE)
_PLATE_LETTER = 512  # [A-Za-zＡ-Ｚａ-ｚ]
_SPACE = 1024  # \s
_EMAIL_SIGN = 2048  # what an e-mail's at-sign opens with (_RAW_EMAIL)
_SOCIAL_FIRST = 4096  # what a WeChat or QQ word opens with (_SOCIAL_WORD)
_W = 8192  # [wW]
_X = 16384  # [xX]
_ODD = 32768  # _ODD_SEP: what splits a number in the sixth pass's rule (added to _CLASSES below, where it is defined)
# Every character written in _RAW_GAP's source stands for the escaped gaps' characters (\n, _x000d_,
# &lt;br&gt;, <br>, &nbsp;): more than they hold, so a gap added there is covered without a change here.
_GAP_SOURCE = "[" + re.escape("".join(sorted(set(_RAW_GAP)))) + "]"
_RUN_CHARS = f"[{_RAW_DL}{_RAW_SEP}OolIｏＯｌＩxXｘＸ]|{_GAP_SOURCE}|\\s"
_GAP_ENDS = "[nrt_;>]"  # the last characters of _RAW_GAP's escaped gaps (test_detect_windows checks each)
_CLASSES: tuple[tuple[int, str], ...] = ((_DEC, r"\d"), (_NUMBER, r"[\d\s\-]"), (_RUN, _RUN_CHARS), (_COUNTED, f"[{_RAW_DL}OolIｏＯｌＩ]"),
            (_TAIL, _RUN_CHARS + "|[,;:]"), (_LETTER, "[A-Za-z]"), (_TAIL_DIGIT, f"[{_RAW_DL}xXoOlI]"),
            # What _RAW_GAP's alternatives end with (a separator, \n, _x000d_, &gt;, <br>, &nbsp;) and ,;:
            (_GAP_END, f"[{_RAW_SEP}]|{_GAP_ENDS}|[,;:]"), (_PROVINCE, f"[{_PROVINCES}]"), (_PLATE_LETTER, "[A-Za-zＡ-Ｚａ-ｚ]"),
            (_SPACE, r"\s"), (_EMAIL_SIGN, _RAW_EMAIL.pattern[:_RAW_EMAIL.pattern.index("]") + 1]),
            (_SOCIAL_FIRST, _SOCIAL_WORD.pattern[:_SOCIAL_WORD.pattern.index("]") + 1]), (_W, "[wW]"), (_X, "[xX]"))
_LONGER_LOWER = "\u0130"  # the one character whose lower case is two characters long (İ)
_LONGEST_CODE = max(map(len, _BANK_CODES))


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[Any, Any, Any, Any, int]:
    """Per code point: the bits of its classes; the number of the keywords' first characters and of
    their second ones (Latin letters in either case alike); which (first, second) pairs begin a
    keyword; the longest keyword. Made once per process (~0.3 s)."""
    import numpy as np

    every = "".join(map(chr, range(0x110000)))  # lone surrogates too: a str may hold them
    classes = np.zeros(0x110000, dtype=np.uint16)
    for bit, pattern in _CLASSES:
        classes[[ord(c) for c in re.findall(pattern, every)]] |= bit
    words = [w.lower() for w in _KEYWORD_RULE]
    firsts = sorted({w[0] for w in words})
    seconds = sorted({w[1] for w in words if len(w) > 1})
    first = np.zeros(0x110000, dtype=np.uint16)
    second = np.zeros(0x110000, dtype=np.uint16)
    for table, chars in ((first, firsts), (second, seconds)):
        for number, c in enumerate(chars, 1):
            table[ord(c)] = number
            if c.isalpha() and len(c.upper()) == 1:  # (full-width letters too: Ｖ信, ＱＱ; ninth pass)
                table[ord(c.upper())] = number
    for traditional, simplified in TRADITIONAL.items():  # (a keyword may start in traditional characters: 簽證號碼)
        for table in (first, second):
            if table[ord(simplified)] and not table[ord(traditional)]:
                table[ord(traditional)] = table[ord(simplified)]
    pairs = np.zeros((len(firsts) + 1, len(seconds) + 1), dtype=bool)
    for w in words:
        if len(w) == 1:
            pairs[first[ord(w)], :] = True  # (also before the end of a text, whose "second" is 0)
        else:
            pairs[first[ord(w[0])], second[ord(w[1])]] = True
    return classes, first, second, pairs, max(map(len, words))


# A second table per code point (uint8, `_codes`): which letter of the digit words it is (`_LETTER_CODES`, the
# low five bits), whether it is ASCII (_ASCII) and an ASCII letter or digit (_ASCII_ALNUM). The digit-word hint,
# the exponent of a scientific number, a MAC address's separators and the keyword starts read it (issue 19,
# eleventh session: those whole-text regexes cost a third of the gate on the datasets).
_ASCII = 32
_ASCII_ALNUM = 64
_UPPER = 128  # [A-Z]
_LETTER_BITS = 31
# Each code stands for exactly the characters of one class of `_DIGIT_WORD_HINT`, `_SCI_EXPONENT` or `_MAC_HINT`.
_LETTER_CODES = {
    "j": "jJ", "i": "iI", "ī": "īíǐì", "u": "uūúǔùU", "s": "sS", "a": "aāáǎàA", "n": "nN", "l": "lL", "g": "gG",
    "y": "yY", "o": "oO", "e": "eE", "t": "tT", "h": "hH", "r": "rR", "v": "vV", ":": ":-", "+": "+", "1": "1",
    # (Second characters of `_SOCIAL_WORD`'s spellings; the first two of `_BARE_BASE64`'s: wider classes, a superset.
    # No other character matches these letters case-folded.)
    "x": "xX", "q": "qQ", "信": "信", "扣": "扣", "泡": "泡", "m": "mM", "d": "dD", "z": "zZ",
}
_CODE = {name: number for number, name in enumerate(_LETTER_CODES, 1)}
# The spellings of `_DIGIT_WORD_HINT`, one set of codes per character (li opens ling and liu with any i).
_HINT_WORDS = (("j", "i", "u"), ("s", "a", "n"), ("l", "iī", "n", "g"), ("l", "iī", "u"), ("y", "a", "o"),
               ("n", "i", "n", "e"), ("t", "h", "r", "e", "e"), ("s", "e", "v", "e", "n"))


@functools.lru_cache(maxsize=1)
def _hint_tables() -> tuple[Any, Any]:
    """For `_LongText.digit_word_hint`: which codes open a spelling of `_HINT_WORDS`, and which four codes in a
    row (a 20-bit key, five bits each; 0 past the text's end) are the opening of one."""
    import itertools

    import numpy as np

    firsts = np.zeros(_LETTER_BITS + 1, dtype=bool)
    fours = np.zeros(1 << 20, dtype=bool)
    for word in _HINT_WORDS:
        firsts[_CODE[word[0]]] = True
        head = [[_CODE[name] for name in names] for names in word[:4]]
        head += [list(range(_LETTER_BITS + 1))] * (4 - len(head))  # (a three-letter word: any fourth)
        for a, b, c, d in itertools.product(*head):
            fours[a << 15 | b << 10 | c << 5 | d] = True
    return firsts, fours


@functools.lru_cache(maxsize=1)
def _codes() -> Any:
    """Per code point: its `_LETTER_CODES` number, | _ASCII, | _ASCII_ALNUM (uint8; made once per process)."""
    import numpy as np

    codes = np.zeros(0x110000, dtype=np.uint8)
    for name, chars in _LETTER_CODES.items():
        for c in chars:
            codes[ord(c)] = _CODE[name]
    codes[:128] |= _ASCII
    for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        codes[ord(c)] |= _ASCII_ALNUM
    for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        codes[ord(c)] |= _UPPER
    assert len(_LETTER_CODES) <= _LETTER_BITS
    return codes


def _merged_windows(starts: Any, ends: Any, near: int) -> list[tuple[int, int]]:
    """Windows (numpy arrays of starts and ends, both ascending) joined where they overlap or lie
    closer than `near`."""
    import numpy as np

    if not len(starts):
        return []
    apart = starts[1:] > ends[:-1] + near
    lows = starts[np.concatenate(([True], apart))]
    highs = ends[np.concatenate((apart, [True]))]
    return list(zip(lows.tolist(), highs.tolist()))


class _LongText:
    """A long text's whole-text passes, each run over the stretches its matches can lie in."""

    def __init__(self, text: str) -> None:
        import numpy as np

        self.np = np
        self.text = text
        classes_of, first_of, second_of, pairs, self.longest_word = _tables()
        n = len(text)
        codes_of = _codes()
        self.classes = np.empty(n, dtype=np.uint16)
        self.codes = np.empty(n, dtype=np.uint8)
        starts = np.zeros(n, dtype=bool)  # where a keyword may start
        for low in range(0, n, _BLOCK):
            points = np.frombuffer(text[low:low + _BLOCK].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            self.classes[low:low + len(points)] = classes_of[points]
            self.codes[low:low + len(points)] = codes_of[points]
            firsts = first_of[points]
            seconds = np.empty(len(points), dtype=np.uint16)
            seconds[:-1] = second_of[points[1:]]
            seconds[-1] = second_of[ord(text[low + len(points)])] if low + len(points) < n else 0
            starts[low:low + len(points)] = pairs[firsts, seconds]
        # An ASCII keyword glued to an ASCII letter or digit before it is part of a longer token, which
        # `_keyword_hit` drops (the MA of every 91620702MA… credit code): the automaton is not run there.
        glued = ((self.codes[1:] & _ASCII) != 0) & ((self.codes[:-1] & _ASCII_ALNUM) != 0)
        starts[1:] &= ~glued
        self.keyword_starts = np.flatnonzero(starts)
        self._letters: Any = None
        self._tails: Any = None

    def _stretches(self, member: int, counted: int, least: int) -> tuple[Any, Any]:
        """The maximal stretches of characters of class `member` holding `least` or more of class `counted`."""
        np = self.np
        inside = (self.classes & member) != 0
        edges = np.flatnonzero(inside[1:] != inside[:-1]) + 1
        if len(inside) and inside[0]:
            edges = np.concatenate(([0], edges))
        if len(inside) and inside[-1]:
            edges = np.concatenate((edges, [len(inside)]))
        starts, ends = edges[0::2], edges[1::2]
        if counted == member:
            counts = ends - starts
        elif len(starts):
            seen = np.zeros(len(inside) + 1, dtype=np.int32)
            np.cumsum((self.classes & counted) != 0, dtype=np.int32, out=seen[1:])
            counts = seen[ends] - seen[starts]
        else:
            counts = starts
        keep = counts >= least
        return starts[keep], ends[keep]

    def _searched(self, pattern: re.Pattern[str], member: int, counted: int, least: int) -> Iterable[re.Match[str]]:
        """pattern.finditer(text), for a pattern whose matches hold only `member` characters, `least` of
        them `counted`, and whose lookaheads read at most one character after a match."""
        starts, ends = self._stretches(member, counted, least)
        n = len(self.text)
        for lo, hi in _merged_windows(starts, ends + 1, _NEAR_WINDOWS):
            yield from pattern.finditer(self.text, lo, min(n, hi))

    def raw_runs(self) -> list[tuple[int, int]]:
        """The spans of `_RAW_RUN.finditer(text)`: its matches hold _RUN characters, seven of them
        _COUNTED; its lookbehinds read before a stretch, its lookaheads at most the character after."""
        return [m.span() for m in self._searched(_RAW_RUN, _RUN, _COUNTED, 7)]

    def glued_tail_runs(self) -> list[tuple[int, int]]:
        """The spans `find` adds for runs before a glued tail: those of `_RAW_RUN_BEFORE_SEP.finditer(text)`
        if `_GLUED_TAIL_HINT.search(text)`, else none. Both hold _TAIL characters, then a letter."""
        if not self._glued_tail_hint():
            return []
        # A match is followed by its tail: gaps, one to six digits and a letter (a candidate of `_tail_letters`),
        # all _TAIL characters but maybe the letter: its stretch holds or ends just before such a letter.
        np = self.np
        starts, ends = self._stretches(_TAIL, _COUNTED, 7)
        letters = self._tail_letters()
        if not len(starts) or not len(letters):
            return []
        first = np.searchsorted(letters, starts, side="right")  # the first letter after each stretch's start
        held = first < len(letters)
        held[held] = letters[first[held]] <= ends[held]
        n = len(self.text)
        return [m.span() for lo, hi in _merged_windows(starts[held], ends[held] + 1, _NEAR_WINDOWS)
                for m in _RAW_RUN_BEFORE_SEP.finditer(self.text, lo, min(n, hi))]

    def _glued_tail_hint(self) -> bool:
        """Whether `_GLUED_TAIL_HINT.search(text)`: a digit, gaps, one to six digits and a letter. Searched
        only from the _TAIL stretch before each letter that follows one to six _TAIL_DIGIT characters and
        the end of a gap (_GAP_END)."""
        np = self.np
        classes = self.classes
        letters = self._tail_letters()
        if not len(letters):
            return False
        # A hint holds _TAIL characters only, up to its letter, and opens with a digit: searched from the
        # start of the _TAIL stretch before the letter, where that stretch has a digit before the letter.
        starts, _ = self._stretches(_TAIL, _TAIL, 1)
        lows = starts[np.searchsorted(starts, letters - 1, side="right") - 1]
        digits_at = np.flatnonzero(classes & _DEC)
        last = np.searchsorted(digits_at, letters - 1) - 1
        ok = ((last >= 0) & (digits_at[np.maximum(last, 0)] >= lows) if len(digits_at)
              else np.zeros(len(letters), dtype=bool))
        for lo, letter in zip(lows[ok].tolist(), letters[ok].tolist()):
            if _GLUED_TAIL_HINT.search(self.text, lo, letter + 1):
                return True
        return False

    def _tail_letters(self) -> Any:
        """Where a glued tail may end (ascending): a letter after one to six tail digits after a gap's end."""
        if self._tails is None:
            np = self.np
            classes = self.classes
            n = len(classes)
            # candidate[i]: a letter at i, after k = 1..6 tail digits (i-k .. i-1) and a gap's end at i-k-1.
            digits = np.ones(n, dtype=bool)
            candidate = np.zeros(n, dtype=bool)
            tail_digit = (classes & _TAIL_DIGIT) != 0
            gap_end = (classes & _GAP_END) != 0
            for k in range(1, min(7, n - 1)):
                digits[k:] &= tail_digit[:n - k]
                digits[:k] = False
                candidate[k + 1:] |= digits[k + 1:] & gap_end[:n - k - 1]
            candidate &= (classes & _LETTER) != 0
            self._tails = np.flatnonzero(candidate)
        return self._tails

    def glued_ids(self) -> list[re.Match[str]]:
        """The matches of `_GLUED_ID.finditer(text)`: each holds 17 digits in a row, at most four
        characters before them and six after (an x, four digits), and its lookahead reads one more."""
        starts, ends = self._stretches(_DEC, _DEC, 17)
        n = len(self.text)
        windows = _merged_windows(self.np.maximum(starts - 4, 0), ends + 8, 0)
        return [m for lo, hi in windows for m in _GLUED_ID.finditer(self.text, lo, min(n, hi))]

    def bank_numbers(self) -> list[tuple[int, int]]:
        """The spans of `_bank_numbers(text)`. A number it finds is 13 or more _NUMBER characters
        starting with a digit at a stretch's start (or one after); the bank's code (no letter before
        it) ends at the stretch or at a colon just before it."""
        text = self.text
        if _LONGER_LOWER in text:
            return _bank_numbers(text)
        classes = self.classes
        spans = []
        starts, _ = self._stretches(_NUMBER, _NUMBER, 13)
        for lo in starts.tolist():
            if not (classes[lo] & _DEC or classes[lo + 1] & _DEC):
                continue
            low = max(0, lo - 2 - _LONGEST_CODE)
            for code in _BANK_CODE.finditer(text[low:lo].lower()):
                start = low + code.start()
                before = text[start - 1] if start else ""
                if ("A" <= before <= "Z") or ("a" <= before <= "z"):
                    continue
                number = _BANK_NUMBER_AFTER.match(text, low + code.end())
                if number:
                    spans.append(number.span(1))
        return spans

    def _at(self, bits: int, then: int = 0) -> list[int]:
        """Positions of characters of class `bits` (followed by one of class `then`, if given)."""
        np = self.np
        marks = (self.classes & bits) != 0
        if then:
            marks[:-1] &= (self.classes[1:] & then) != 0
            if len(marks):
                marks[-1] = False
        return np.flatnonzero(marks).tolist()  # type: ignore[no-any-return]

    def split_hints(self) -> list[int]:
        """The starts of `_SPLIT_HINTS.finditer(text)`: each opens with an _ODD character that has a digit (_DEC)
        one or two characters before it; no match holds the start of another."""
        np = self.np
        classes = self.classes
        at = np.flatnonzero(classes & _ODD)
        if not len(at):
            return []
        digit = (classes & _DEC) != 0
        near = (at >= 1) & digit[np.maximum(at - 1, 0)] | (at >= 2) & digit[np.maximum(at - 2, 0)]
        return [i for i in at[near].tolist() if _SPLIT_HINTS.match(self.text, i)]

    def plates(self) -> list[re.Match[str]]:
        """The matches of `_RAW_PLATE.finditer(text)`: a province's character, maybe a space, and a
        letter. No match holds the start of another, so each is matched where it starts."""
        np = self.np
        classes = self.classes
        at = np.flatnonzero(classes & _PROVINCE)
        if not len(at):
            return []
        following = np.append(classes, np.zeros(2, dtype=classes.dtype))
        near = ((following[at + 1] & _PLATE_LETTER) != 0) | (((following[at + 1] & _SPACE) != 0)
                                                             & ((following[at + 2] & _PLATE_LETTER) != 0))
        found = (_RAW_PLATE.match(self.text, i) for i in at[near].tolist())
        return [m for m in found if m]

    def email_signs(self) -> list[int]:
        """`_email_signs(text)`: no `_RAW_EMAIL` match holds the start of another."""
        signs = [i for i in self._at(_EMAIL_SIGN) if _RAW_EMAIL.match(self.text, i)]
        return _email_signs(self.text, signs)

    def social_words(self) -> tuple[list[int], list[tuple[int, int]]]:
        """The starts of `_WXID.finditer(text)` (no match holds the start of another) and the spans of
        `_SOCIAL_WORD.finditer(text)` (one may: qqq; the next is looked for after the last's end)."""
        text = self.text
        wxids = [i for i in self._at(_W, _X) if _WXID.match(text, i)]
        words: list[tuple[int, int]] = []
        # Each spelling's second character is white space (微 信), 信, e, x, q, 扣 or 泡 in either case.
        np = self.np
        letters = self._letter_codes()
        second = np.zeros(len(letters) + 1, dtype=bool)
        second[:-1] = (self.classes & _SPACE) != 0
        for name in ("e", "x", "信", "q", "扣", "泡"):
            second[:-1] |= letters == _CODE[name]
        opening = np.flatnonzero(self.classes & _SOCIAL_FIRST)
        for i in opening[second[opening + 1]].tolist():
            if words and i < words[-1][1]:
                continue
            m = _SOCIAL_WORD.match(text, i)
            if m:
                words.append(m.span())
        return wxids, words

    def keywords(self) -> list[tuple[int, str]]:
        """`_keywords_in(text)`: the automaton run only from where a keyword may start (its first two
        characters, Latin ones in either case), as far as the longest keyword reaches."""
        text = self.text
        automaton = _keyword_automaton()
        n = len(text)
        found = []
        for lo, hi in _merged_windows(self.keyword_starts, self.keyword_starts + self.longest_word, 0):
            # (A slice: given the whole text and bounds, the automaton copies the whole text each call.)
            for end, (rule, size) in automaton.iter(_simplified(text[lo:min(n, hi)])):
                found.append(_keyword_hit(text, lo + end, rule, size))
        return [f for f in found if f is not None]

    def _letter_codes(self) -> Any:
        """The `_LETTER_CODES` number of each character (0 for the others)."""
        if self._letters is None:
            self._letters = self.codes & _LETTER_BITS
        return self._letters

    def digit_word_hint(self) -> bool:
        """Whether `_DIGIT_WORD_HINT.search(text)`: one of its spellings (`_HINT_WORDS`) is in the text. Its
        first four characters' codes are looked up at each character that may open one (`_hint_tables`);
        where they spell the opening of one, the regex itself decides."""
        np = self.np
        firsts, fours = _hint_tables()
        letters = self._letter_codes()
        opening = np.flatnonzero(firsts[letters])
        if not len(opening):
            return False
        padded = np.concatenate((letters, np.zeros(3, dtype=letters.dtype))).astype(np.uint32)
        key = padded[opening] << 15 | padded[opening + 1] << 10 | padded[opening + 2] << 5 | padded[opening + 3]
        return any(_DIGIT_WORD_HINT.match(self.text, i) for i in opening[fours[key]].tolist())

    def mac_hint(self) -> bool:
        """Whether `_MAC_HINT.search(text)`: its four separators ([:\\-]) stand three characters apart."""
        np = self.np
        sep = self._letter_codes() == _CODE[":"]
        n = len(sep)
        if n < 10:
            return any(_MAC_HINT.match(self.text, i) for i in np.flatnonzero(sep).tolist())
        at = sep[:n - 9] & sep[3:n - 6] & sep[6:n - 3] & sep[9:]
        return any(_MAC_HINT.match(self.text, i) for i in np.flatnonzero(at).tolist())

    def _matches_from(self, pattern: re.Pattern[str], candidates: Any) -> list[re.Match[str]]:
        """`pattern.finditer(text)` for a pattern whose every match starts at one of the candidates (ascending)."""
        found = []
        end = 0
        for i in candidates.tolist():
            if i >= end:
                m = pattern.match(self.text, i)
                if m:
                    found.append(m)
                    end = m.end() if m.end() > i else i + 1
        return found

    def _ahead(self, positions: Any, k: int) -> Any:
        """The codes of the characters k after positions (0 past the end)."""
        np = self.np
        codes = self.codes
        at = positions + k
        out = np.zeros(len(positions), dtype=codes.dtype)
        inside = at < len(codes)
        out[inside] = codes[at[inside]]
        return out

    def shapes(self) -> list[re.Match[str]]:
        """`_SHAPES.finditer(text)`: each match opens with an upper-case letter with no ASCII letter or digit
        before it, then six characters that are each an upper-case letter or a digit (the fifth may be a
        space or a dash, an IBAN's group separator; the sixth and seventh a digit of [0-9])."""
        np = self.np
        codes = self.codes
        at = np.flatnonzero(codes & _UPPER)
        if len(at):
            at = at[(at == 0) | ((codes[np.maximum(at - 1, 0)] & _ASCII_ALNUM) == 0)]
        for k in (1, 2, 3, 4, 5, 6):
            if not len(at):
                break
            ahead = self._ahead(at, k)
            dec = np.zeros(len(at), dtype=bool)
            inside = at + k < len(codes)
            dec[inside] = (self.classes[(at + k)[inside]] & _DEC) != 0
            ok = ((ahead & _UPPER) != 0) | dec
            if k == 4:
                ok |= (ahead & _LETTER_BITS) == _CODE[":"]  # (a dash; a colon too: a superset)
                ok[inside] |= (self.classes[(at + k)[inside]] & _SPACE) != 0
            at = at[ok]
        return self._matches_from(_SHAPES, at)

    def bare_base64(self) -> list[re.Match[str]]:
        """`_BARE_BASE64.finditer(text)`: each match opens with M, N or O with no ASCII letter or digit before
        it, then one of D T j z."""
        np = self.np
        letters = self._letter_codes()
        opening = np.flatnonzero((letters == _CODE["m"]) | (letters == _CODE["n"]) | (letters == _CODE["o"]))
        if len(opening):
            opening = opening[(opening == 0) | ((self.codes[np.maximum(opening - 1, 0)] & _ASCII_ALNUM) == 0)]
        second = self._ahead(opening, 1) & _LETTER_BITS
        opening = opening[(second == _CODE["d"]) | (second == _CODE["t"]) | (second == _CODE["j"]) | (second == _CODE["z"])]
        return self._matches_from(_BARE_BASE64, opening)

    def exponents(self) -> list[re.Match[str]]:
        """The matches of `_SCI_EXPONENT.finditer(text)`: each opens with an e or E followed by white space,
        "+" or "1", and holds no other e or E (so no match holds the start of another)."""
        np = self.np
        letters = self._letter_codes()
        e = np.flatnonzero(letters[:-1] == _CODE["e"])
        after = letters[e + 1]
        e = e[((self.classes[e + 1] & _SPACE) != 0) | (after == _CODE["+"]) | (after == _CODE["1"])]
        found = (_SCI_EXPONENT.match(self.text, i) for i in e.tolist())
        return [m for m in found if m]


# -- sixth test pass (issue 16, adv6: /work/notes/adv6-report.md 1.2-1.4, 1.8, 1.10b, 3) -------------------

# Digits split by what a Chinese or Japanese IME types for a dash or a tilde in full-width mode (一 ー 〜,
# Hangul ㅡ), a long dash (⸺ ⁃), ×, symbols and emoji (139一9363一0045, 139😀9363😀0045, 620702〜19880808〜7085:
# adv6 1.2, digits-split-by-ime-dashes-symbols; 1.2c, identifier-columns-ime-dashes-symbols). The digit-run
# rules read 一 as a digit and stop at a symbol; here the groups between such separators are read as one
# number, a hit only where they make exactly a mobile or an identity number (18 digits, or 15) and at least
# one separator is such a character (the plain ones are the digit-run rules' to judge).
# The dashes of typography (‐ ‑ ‒ – — ― − ﹘ ﹣ －) are the digit-run rules' to judge, as the ASCII one is: a standard's
# number is written with one (GB 1886.174—2016, GB/T 1.1-2020 clause 6.2.2; a food additive's, masked as a mobile).
_ODD_SEP = (r"(?:[一ーㅡᅳꞏ]|[^\w\s.\-/\\()·,;:'\"，；：、。（）【】\[\]{}<>《》“”‘’「」『』〔〕［］｛｝〈〉﹝﹞+=|~$&@#ⅹ"
            "\u2010-\u2015\u2212\ufe58\ufe63\uff0d])")
_PLAIN_SEP = r"[\s.\-_/·]"
_D = "[0-9０-９]++"
_ANY_SEP = rf"(?:{_ODD_SEP}|{_PLAIN_SEP})"
# Groups of digits, at least one separator between two of them not a plain one. Up to eighteen groups after the
# first odd separator: a symbol or an emoji after every digit (1❤3❤9❤1❤9❤3❤6❤1❤8❤2❤4, an identity number likewise:
# fifteenth pass, h20o L1/L13) makes one group of each digit; it was five groups at most, and such a number was read
# as two runs of five, neither a number.
_SPLIT_RUN = re.compile(rf"[0-9０-９](?<![0-9０-９][0-9０-９])[0-9０-９]*+(?:{_PLAIN_SEP}{{1,2}}{_D}){{0,3}}"
                        rf"{_PLAIN_SEP}?{_ODD_SEP}{_ANY_SEP}?{_D}(?:{_ANY_SEP}{{1,3}}{_D}){{0,17}}+(?:[xXｘＸ](?![A-Za-z0-9]))?")
_QQ_WORD_BEFORE = re.compile(r"(?:qq|扣扣|企鹅|q号)[号码:：\s]{0,3}$")
_SPLIT_GROUP = re.compile(r"[0-9０-９]+(?:[xXｘＸ](?![A-Za-z0-9]))?")
_ODD_ONE = re.compile(_ODD_SEP)


def _split_runs(text: str, hints: list[int] | None = None) -> Iterator[re.Match[str]]:
    """The matches of `_SPLIT_RUN.finditer(text)`, searched only around the odd separators after a digit
    (`_SPLIT_HINTS`): a page or dataset has few, so the runs are not looked for at each of its digits."""
    n = len(text)
    windows: list[list[int]] = []
    for start in hints if hints is not None else (m.start() for m in _SPLIT_HINTS.finditer(text)):
        lo, hi = max(0, start - 48), min(n, start + 68)
        while lo and "0" <= text[lo - 1] <= "9" or lo and "０" <= text[lo - 1] <= "９":
            lo -= 1  # (a run starts after a non-digit: not inside the digits before the window)
        while hi < n and ("0" <= text[hi] <= "9" or "０" <= text[hi] <= "９"):
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    last = 0
    for lo, hi in windows:
        for run in _SPLIT_RUN.finditer(text, max(lo, last), hi):
            last = run.end()
            yield run


def _split_hits(text: str, hints: list[int] | None = None) -> list[Hit]:
    """Mobiles and identity numbers split by IME dashes, symbols or emoji (`_SPLIT_RUN`); `hints`: the starts
    of `_SPLIT_HINTS` in text, if known (`_LongText.split_hints`)."""
    hits = []
    for run in _split_runs(text, hints):
        if not _ODD_ONE.search(run.group(0)) or run.end() < len(text) and text[run.end()].isascii() \
                and text[run.end()].isalpha():
            continue
        groups = [(unicodedata.normalize("NFKC", g.group(0)).lower(), g.start() + run.start(), g.end() + run.start())
                  for g in _SPLIT_GROUP.finditer(run.group(0))]
        before = plain(text[max(0, run.start() - 10):run.start()])
        account = any(w in before for w in ACCOUNT_WORDS)
        # (Fifteenth pass, h20o L1/L13: the number right after a phone's or a QQ's word is read as the digit-run
        # and keyword rules read it with a dash between its groups — 电话1390❤1936❤1800 as 电话1390-1936-1800, the
        # landline 13901936; 座机0936❤821❤2346 a landline; QQ：1391❤9361❤82 a QQ number.)
        phone = any(w in before for w in PHONE_WORDS)
        qq = _QQ_WORD_BEFORE.search(before) is not None
        i = 0
        while i < len(groups):
            for j in range(len(groups) - 1, i, -1):  # the longest first; one group alone is no split number
                d = "".join(g[0] for g in groups[i:j + 1])
                if "x" in d[:-1] or not _ODD_ONE.search(text, groups[i][2], groups[j][1]):
                    continue
                what = MOBILE if _is_mobile(d) else ID if (len(d) == 18 and is_id18(d)) or (
                    len(d) == 15 and is_id15(d) and not _registration_number(d)) else None
                if what is None and i == 0 and phone and 7 <= len(d) <= 12 and d.isdigit():
                    what = _classify(d, before)
                if what is None and i == 0 and qq and 5 <= len(d) <= 11 and d.isdigit():
                    what = SOCIAL
                if what is None and d.isdigit() and (12 <= len(d) <= 30 and account or 16 <= len(d) <= 19 and luhn.is_valid(d)):
                    what = CARD  # 对公账户2707〜0101〜0400〜0012〜3, 银行卡号6217ー0001ー2345ー6789ー012 (adv6 bank-numbers-ime-dashes)
                if (what == MOBILE and _dated_batch(d)
                        and _BATCH_BEFORE.search(plain(text[max(0, groups[i][1] - 10):groups[i][1]]))):
                    what = None  # 货号139×9363×0004: a batch or article number, as the digit-run rules read it
                if what:
                    hits.append(Hit(groups[i][1], groups[j][2], what, d.upper()))
                    i = j
                    break
            i += 1
    return hits


# Sixteenth pass (h20q L1/L2/L4): a single Latin letter between the digit groups, or after every digit, of a mobile
# or an identity number (举报人电话139a1936b1824, 139x1936x1825, 身份证号6a2a0a7a0a2a1…a7), as an informant types it to
# slip past a filter. A hit only where the digits alone make exactly a mobile (1[3-9] and 11 digits) or an identity
# number with its birth date and GB 11643-1999 check character: a model number or a size (GB2760, A4, 3x4,
# 1920x1080) makes neither.
_LETTER_SPLIT_HINT = re.compile(r"[0-9][A-Za-z][0-9]")
# (A whole token only: inside a hex digest, 0c139a1936b18249e…, the digits between letters are no number.)
_LETTER_SPLIT = re.compile(r"(?<![0-9A-Za-z])[0-9]{1,8}(?:[A-Za-z][0-9]{1,8}){1,17}(?:[A-Za-z]?[xX])?(?![0-9A-Za-z])")


def _letter_split_hits(text: str) -> list[Hit]:
    """Mobiles and identity numbers written with single Latin letters between their digit groups."""
    hits = []
    for run in _LETTER_SPLIT.finditer(text):
        raw = run.group(0)
        digits = "".join(c for c in raw if c.isdigit())
        what = None
        if raw[-1] in "xX" and len(digits) == 17:
            what = ID if is_id18(digits + "x") and _ric_valid(digits + "x") else None
            digits += "x"
        elif _is_mobile(digits):
            what = MOBILE
        elif len(digits) == 18 and is_id18(digits) and _ric_valid(digits) \
                or len(digits) == 15 and is_id15(digits) and not _registration_number(digits):
            what = ID
        if what:
            hits.append(Hit(run.start(), run.end(), what, digits.upper()))
    return hits


# An identity number typed as a number into a spreadsheet and saved as CSV: Excel's General format writes
# it as shown, in scientific notation with 15 significant digits (6.20702198508156E+17: region, birth date
# and serial; adv6 1.3, csv-ids-in-scientific-notation; Microsoft: "Excel … stores only 15 significant
# digits", learn.microsoft.com/office/troubleshoot/excel/long-numbers-incorrectly-in-excel). Read as an ID
# where the digits, padded with zeros to 18 (or 15), open with a province's code and a birth date.
# Also (tenth pass, h11n) a mobile so written, 1.3993687098E+10 (a 联系电话 column formatted as a number: ECMA-376
# Part 1 §18.8.30, numFmt 11 "0.00E+00"), with eight significant digits or more.
_SCI_NUMBER = re.compile(r"[1-8](?<![0-9A-Za-z.][1-8])(?<![0-9A-Za-z.]\s[1-8])[.．](?:([0-9]{11,16})\s?[eE]\s?\+?\s?(17|14)"
                         r"|(?<=1[.．])([3-9][0-9]{6,9})\s?[eE]\s?\+?\s?(10))(?![0-9])")


_SCI_EXPONENT = re.compile(r"[eE]\s?\+?\s?1[047](?![0-9])")  # (searched first: a page has few; digits, many)


def _scientific_numbers(text: str, exponents: Iterable[re.Match[str]] | None = None) -> Iterator[re.Match[str]]:
    """The matches of `_SCI_NUMBER.finditer(text)`, looked for before each exponent (`_SCI_EXPONENT`; `exponents`:
    its matches, if known: `_LongText.exponents`)."""
    last = 0
    for exponent in _SCI_EXPONENT.finditer(text) if exponents is None else exponents:
        for m in _SCI_NUMBER.finditer(text, max(last, exponent.start() - 20), exponent.end()):
            last = m.end()
            yield m


def _scientific_hits(text: str, long: _LongText | None = None) -> list[Hit]:
    """Identity numbers and mobiles written in Excel's scientific notation (`_SCI_NUMBER`)."""
    hits = []
    for m in _scientific_numbers(text, long.exponents() if long else None):
        if m.group(3):
            hits.append(Hit(m.start(), m.end(), MOBILE, ("1" + m.group(3)).ljust(11, "0")))
            continue
        digits = text[m.start()] + m.group(1)
        size = int(m.group(2)) + 1
        if len(digits) > size:
            continue
        d = digits.ljust(size, "0")
        born = (d[6:10], d[10:12], d[12:14]) if size == 18 else ("19" + d[6:8], d[8:10], d[10:12])
        if d[:2] in _PROVINCES_CODES and _birth_ok(int(born[0]), int(born[1]), int(born[2])):
            hits.append(Hit(m.start(), m.end(), ID, d))
    return hits


# The last digits of an identity number named as such (身份证号后四位6317, 证件号码末4位为0823: adv6 1.4): a part
# of an ID is never public (privacy.md), however short.
_ID_TAIL = re.compile(r"(?:身份证|证件)(?:号码|号)?的?(?:(?:后|末|尾)(?:[三四五六3-6])位(?:数字|数)?|尾号|尾数)"
                      r"(?:是|为)?[:：\s]*([0-9０-９]{3,6}[xXｘＸ]?)(?![0-9０-９])")
# The digits a cell opens with when it continues a number cut off at the end of another cell of the row
# (处罚内容 …经办人证件号6207021984 and 备注 （续）08087078: adv6 1.8, id-split-across-cells; platform fields of
# 200/500 characters cut a clerk's note). Each cell is scrubbed alone, so the tail of a cut ID, phone or card
# is masked where a continuation mark says it is one (a date is not).
_CONTINUED = re.compile(r"(?:[（(]续[）)]|续[:：]|接上[:：]?)\s*([0-9０-９]{6,14}[xXｘＸ]?)(?![0-9０-９])")
# A birth date in the lunar calendar (农历1985年八月初六出生, 农历乙丑年腊月初八生: adv6 1.4, as rural clerks write the
# 格式范本's 出生日期): masked where it is named as a birth date (出生, 生, 生日 after it, or 出生于/生于/生日 before).
_CN_D = "〇零一二三四五六七八九"
_LUNAR = (rf"(?:农历|阴历|旧历)\s*(?:(?:19|20)\d{{2}}|[一二][{_CN_D}]{{3}}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])?\s*年?\s*"
          r"闰?(?:正|腊|冬|十[一二]|[一二三四五六七八九十]|1[0-2]|0?[1-9])月\s*"
          r"(?:初[一二三四五六七八九十]|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[0-3]?\d(?:日|号)?)?")
_LUNAR_DATE = re.compile(_LUNAR)  # (opens with its literal words: the regex engine skips to them)
_LUNAR_BIRTH_AFTER = re.compile(r"\s*(?:出生|生人|生日|生(?=[，,。；;）)\s、]|$))")
_LUNAR_BIRTH_BEFORE = re.compile(r"(?:出生日期|出生年月|出生于|生于|生日)\s*[:：为是]?\s*(?:(?:19|20)\d{2}\s*年\s*)?$")
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年\s*$")
_LUNAR_YEAR = re.compile(rf"(?:农历|阴历|旧历)\s*(?:(?:19|20)\d{{2}}|[一二][{_CN_D}]{{3}}|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥])")


# Solar birth dates in the spellings the scrubber's 格式范本 rules (deidentify._BIRTH) do not read (seventh pass,
# birthdates-more-spellings): `DOB 1985-08-15`, `Date of birth: 15 Aug 1986` (foreign staff's records, passports'
# MRZ-page labels), a day-first or month-first date after a Chinese birth word (`出生日期：15/08/1986`, as passports
# print it), a two-digit year in Chinese numerals (`八五年八月十五日出生`, spoken dates taken down by hand), the year
# in brackets after the month and day (`出生日期为八月十五日（1987年）`). Masked as birth dates: a date of birth is
# part of the identity number and says a child's age (privacy.md).
_MONTHS = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-zA-Z]*\.?"
_LATIN_DATE = (r"(?:(?:19|20)\d{2}\s?[-/.]\s?(?:0?[1-9]|1[0-2])\s?[-/.]\s?(?:0?[1-9]|[12]\d|3[01])"
               r"|(?:0?[1-9]|[12]\d|3[01])\s?[-/. ]\s?(?:0?[1-9]|[12]\d|3[01])\s?[-/. ]\s?(?:19|20)\d{2}"
               rf"|(?:0?[1-9]|[12]\d|3[01])\s?[-/ ]?\s?{_MONTHS}\s?[-/ ,]?\s?(?:19|20)\d{{2}}"
               rf"|{_MONTHS}\s?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s?(?:19|20)\d{{2}}"
               r"|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)(?![0-9])")
_CN_MD = r"(?:初?[〇零一二三四五六七八九十廿卅]{1,3}|\d{1,2})"  # (廿五, 初六: days as spoken)
# Each is read from its keyword (`_KEYWORD_RULE`, found by the one automaton pass over a page): a date right after
# a birth word or a DOB word, or (after 出生, 生人, 年生) a date that ends right before the word.
_BIRTH_AT = re.compile(
    # a day-first or month-first date (or a month's name) after a birth word
    rf"\s*[:：为是]?\s*(?:({_LATIN_DATE})"
    # month and day, the year in brackets after them: 出生日期为八月十五日（1987年）
    rf"|({_CN_MD}\s*月\s*{_CN_MD}\s*[日号]\s*[（(]\s*(?:(?:19|20)\d{{2}}|[一二][〇零一二三四五六七八九]{{3}})\s*年?\s*[）)]))")
_BIRTH_BEFORE_WORD = re.compile(
    # month and day with the year in brackets: 八月十五日（1987年）出生
    rf"(?:({_CN_MD}\s*月\s*{_CN_MD}\s*[日号]\s*[（(]\s*(?:19|20)\d{{2}}\s*年?\s*[）)])"
    # a two-digit year in Chinese numerals: 八五年八月十五日出生, 八五年生人
    rf"|(?<![〇零一二三四五六七八九十\d])([〇零一二三四五六七八九]{{2}}\s*年(?:\s*(?:{_CN_MD}|[正腊冬])\s*月(?:\s*{_CN_MD}\s*[日号]?)?)?))"
    r"\s*$")
_DOB_AT = re.compile(rf"(?i:\.?\s?(?:date)?(?:\s+on)?)\s*[:：=]?\s*({_LATIN_DATE})")
_BORN_AFTER = re.compile(r"[，,。；;）)\s、]|$")
_NOT_BORN_BEFORE = frozenset("先学医发产诞卫师考衍派寄滋丛招")  # (see _birth_hit)


def _birth_hit(text: str, at: int) -> Hit | None:
    """A birth date after the birth word ending at `at` (`_BIRTH_AT`), or ending right before it (`_BIRTH_BEFORE_WORD`:
    出生, 生人, and 年生 before a mark). 生于 at the end of 先生, 学生, 医生, 发生, 产生, 诞生 … is no birth word
    (消费者沈先生于2026年3月5日在…消费, 该事故发生于2026年3月5日: round 13, h15p)."""
    if text[at - 2:at] == "生于" and text[at - 3:at - 2] in _NOT_BORN_BEFORE:
        return None
    m = _BIRTH_AT.match(text, at)
    if m:
        k = 1 if m.group(1) else 2
        return Hit(m.start(k), m.end(k), BIRTH, m.group(k))
    word = text[at - 2:at]
    if word == "年生":
        if not _BORN_AFTER.match(text, at):
            return None
        end = at - 1  # (the year's 年 is the date's)
    elif word in ("出生", "生人"):
        end = at - 2
    else:
        return None
    low = max(0, end - 24)
    b = _BIRTH_BEFORE_WORD.search(text, low, end)
    if b is None:
        return None
    k = 1 if b.group(1) else 2
    return Hit(b.start(k), b.end(k), BIRTH, b.group(k))


def _dob_hit(text: str, at: int) -> Hit | None:
    """A date after DOB, D.O.B, (date of) birth, birthday, born (on) (`_DOB_AT`)."""
    m = _DOB_AT.match(text, at)
    return Hit(m.start(1), m.end(1), BIRTH, m.group(1)) if m else None


# A number built by a spreadsheet formula whose text was pasted into a cell (seventh pass, channels-text-encodings:
# =CONCAT("139","9367","0102"), ="139"&"9367"&"0103"; Excel's CONCAT/CONCATENATE/TEXTJOIN and the & operator,
# support.microsoft.com "CONCAT function"): the digits of its string literals are read joined, as the cell shows them.
_FORMULA = re.compile(r"(?i:concatenate|concat|textjoin)\s*\(([^()]{0,240})\)"
                      r'|"\s*\d{1,18}\s*"(?:\s*&\s*(?:"\s*\d{1,18}\s*"|\d{1,18}))+|\d{1,18}(?:\s*&\s*"\s*\d{1,18}\s*")+')
_FORMULA_LITERAL = re.compile(r'"\s*(\d{1,18})\s*"|(?<![\w"])(\d{1,18})(?![\w"])')
# A number in base64 (a data: URI a complainant's screenshot link carries, data:text/plain;base64,MTM5…; or after
# the word base64): decoded, and the payload masked whole when the decoded text holds personal data.
# (A payload of 8-160 characters: a number's is 16-32; an image or a font in a page's own markup is far longer.)
_BASE64 = re.compile(r"(?i:base64)\s*[,，:：为是]?\s*([A-Za-z0-9+/]{8,160}={0,2})(?![A-Za-z0-9+/=])")


def _formula_hits(text: str) -> list[Hit]:
    """Formula texts (`_FORMULA`) whose joined digits the detector reads as personal data: the whole formula."""
    hits = []
    for m in _FORMULA.finditer(text):
        body = m.group(1) if m.group(1) is not None else m.group(0)
        digits = "".join(a or b for a, b in _FORMULA_LITERAL.findall(body))
        if len(digits) < 7:
            continue
        before = text[max(0, m.start() - 12):m.start()]
        found = [h for h in find(before + digits, names=False) if h.end > len(before)]
        if found:
            hits.append(Hit(m.start(), m.end(), found[0].what, found[0].token))
    return hits


def _base64_hits(text: str) -> list[Hit]:
    """base64 payloads (`_BASE64`) whose decoded text holds personal data."""
    import base64
    import binascii

    hits = []
    for m in _BASE64.finditer(text):
        payload = m.group(1)
        try:
            decoded = base64.b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        found = find(decoded, names=False)
        if found:
            hits.append(Hit(m.start(1), m.end(1), found[0].what, found[0].token))
    return hits


def _formula_hit(text: str, at: int) -> Hit | None:
    """The formula (`_formula_hits`) around the keyword (CONCAT(, TEXTJOIN(, &") ending at `at`."""
    low = max(0, at - 120)
    found = [h for h in _formula_hits(text[low:at + 260]) if h.start <= at - 1 - low < h.end]
    return Hit(found[0].start + low, found[0].end + low, found[0].what, found[0].token) if found else None


def _base64_hit(text: str, at: int) -> Hit | None:
    """The base64 payload (`_base64_hits`) after the word base64 ending at `at`."""
    found = _base64_hits(text[at - 6:at + 180])
    return Hit(found[0].start + at - 6, found[0].end + at - 6, found[0].what, found[0].token) if found else None


# The seventh pass's keyword rules (seventh pass: birthdates-more-spellings, channels-text-encodings).
_KEYWORD_RULE.update({word: "birth" for word in ("出生日期", "出生年月日", "出生年月", "出生时间", "出生于", "生于", "生日", "出生",
                                                 "生人", "年生")})
_KEYWORD_RULE.update({word: "dob" for word in ("dob", "d.o.b", "birth", "birthday", "born")})
_KEYWORD_RULE.update({word: "formula" for word in ("concat", "concatenate", "textjoin", '&"')})
_KEYWORD_RULE["base64"] = "base64"
# The short Latin words of contacts typed in full-width letters (Ｖ信：qjh7098, ＱＱ：…, ＴＥＬ: an IME left in full-width
# mode; ninth pass): the automaton reads the text as written, NFKC comes later.
_FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"})
_KEYWORD_RULE.update({spelling.translate(_FULL_WIDTH): rule for word, rule in list(_KEYWORD_RULE.items())
                      if rule in ("wechat", "qq", "phone", "handle") and 1 <= sum(c.isascii() and c.isalpha() for c in word) <= 4
                      and all(c.isalpha() or not c.isascii() for c in word)
                      for spelling in {word.lower(), word.upper()}})
_OWN_READING.update({"birth": _birth_hit, "dob": _dob_hit, "formula": _formula_hit, "base64": _base64_hit})


def _lunar_birth_hits(text: str, person: bool = False) -> list[Hit]:
    """Lunar birth dates (`_LUNAR`) named as birth dates, the solar year written before 农历 with them.

    `person` (a natural person's own text, or a cell a staff message quotes): a lunar date that names its year
    is masked however it stands — a person's record has no other use for one, and a lunar date typed into a
    date or enum column (处罚决定日期 `农历1985年八月初七`) is a birth date in the wrong cell (seventh pass,
    staff-outputs-new-classes)."""
    hits = []
    for m in _LUNAR_DATE.finditer(text):
        before = text[max(0, m.start() - 16):m.start()]
        if _LUNAR_BIRTH_AFTER.match(text, m.end()) or _LUNAR_BIRTH_BEFORE.search(before) or (
                person and (_LUNAR_YEAR.match(m.group(0)) or _YEAR_BEFORE.search(before))):
            year = _YEAR_BEFORE.search(before)
            start = m.start() - (len(year.group(0)) if year else 0)
            hits.append(Hit(start, m.end(), BIRTH, text[start:m.end()]))
    return hits


# Network and device identifiers (adv6 1.4, devices-network-vehicles-dates-homes: 12315 summaries of stolen
# accounts): an IPv4 or IPv6 address after IP, a MAC address after MAC or 物理地址.
_IP_AFTER = re.compile(r"[\s:：]*(?:地址|address)?\s*(?:为|是)?[\s:：]*"
                       r"((?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)[.。．]){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![0-9.])"
                       r"|(?=[0-9a-fA-F:]*:[0-9a-fA-F:]*:)[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![0-9a-zA-Z:]))")
_MAC_AFTER = re.compile(r"[\s:：]*(?:地址)?\s*(?:为|是)?[\s:：]*"
                        r"([0-9a-fA-F]{2}([:\-])[0-9a-fA-F]{2}(?:\2[0-9a-fA-F]{2}){4}|[0-9a-fA-F]{4}(?:\.[0-9a-fA-F]{4}){2}"
                        r"|[0-9a-fA-F]{12})(?![0-9a-zA-Z])")
NETWORK = "IP或MAC地址"
BIRTH = "出生日期"
DEVICE = "设备识别码"


def _ip_hit(text: str, at: int) -> Hit | None:
    m = _IP_AFTER.match(text, at)
    if m is None or (":" in m.group(1) and "::" not in m.group(1) and m.group(1).count(":") < 4):
        return None  # (not a time after IP: 10:30:00)
    return Hit(m.start(1), m.end(1), NETWORK, m.group(1).lower())


def _mac_hit(text: str, at: int) -> Hit | None:
    m = _MAC_AFTER.match(text, at)
    if m is None or (len(m.group(1)) == 12 and not any(c.isdigit() for c in m.group(1))):
        return None
    return Hit(m.start(1), m.end(1), NETWORK, re.sub(r"[:\-.]", "", m.group(1)).lower())


# A driving licence's 档案编号 (驾驶证档案编号620700123456: 12 digits, GA/T 947 车驾管 records; adv6 1.4).
_LICENCE_FILE = re.compile(r"(?:号码|号)?\s*(?:为|是)?[:：\s]*([0-9]{12})(?![0-9])")


def _licence_file_hit(text: str, at: int) -> Hit | None:
    if not re.search(r"驾驶证|驾照|驾驶员|驾驶人", text[max(0, at - 14):at]):
        return None
    m = _LICENCE_FILE.match(text, at)
    return Hit(m.start(1), m.end(1), DOCUMENT, m.group(1)) if m else None


# An account after a nickname (微信昵称“翀琦”，账号qjh_2137: adv6 1.10b): the id after 账号/ID within the clause.
_NICKNAME_ACCOUNT = re.compile(r"[^。；;\n]{0,24}?(?:账号|帐号|id|ID|微信号|抖音号|快手号|小红书号)[:：\s]*"
                               r"([A-Za-z0-9][-_.A-Za-z0-9]{3,29})(?![-_A-Za-z0-9])")


def _nickname_hit(text: str, at: int) -> Hit | None:
    m = _NICKNAME_ACCOUNT.match(text, at)
    if m is None or not any(c.isdigit() or c == "_" for c in m.group(1)):
        return None
    return Hit(m.start(1), m.end(1), SOCIAL, m.group(1).lower())


def _adv6_hits(text: str, long: _LongText | None = None, person: bool = False) -> list[Hit]:
    """The sixth pass's whole-text rules: split numbers, scientific notation, ID tails, lunar birth dates."""
    hits = _split_hits(text, long.split_hints() if long else None)
    if _LETTER_SPLIT_HINT.search(text):
        hits += _letter_split_hits(text)
    # (A word's first character is looked for first, here and in the eighth to tenth passes: in a text with non-ASCII
    # characters `in` finds one character several times faster than two or more; issue 19, eleventh session.)
    if ("+" in text and "+1" in text) or ("E" in text and "E1" in text) or ("e" in text and "e1" in text):
        hits += _scientific_hits(text, long)
    if ("身" in text and "身份证" in text) or ("证" in text and "证件" in text):
        hits += [Hit(m.start(1), m.end(1), DOCUMENT, m.group(1).upper()) for m in _ID_TAIL.finditer(text)]
    if "历" in text:
        hits += _lunar_birth_hits(text, person)
    if "续" in text or ("接" in text and "接上" in text):
        hits += [Hit(m.start(1), m.end(1), DOCUMENT, m.group(1).upper()) for m in _CONTINUED.finditer(text)
                 if not _date8(unicodedata.normalize("NFKC", m.group(1)))]
    return hits


# -- eighth test pass (numbers and output channels, adv8) ----------------------------------------------------------
# The last digits of any number named by their place (尾号6317, 银行卡末四位6317, 付款账户后四位为6317, 手机尾号0045):
# a 尾号 is always part of a personal number (a card, an account, a phone, an ID), and the rest of it may stand in
# another cell or another record; three digits or more are masked. A traffic rule's 限行尾号 (尾号为1和6的机动车限行)
# is no person's: single digits, or 限行/单双号 just before the word, stay.
_TAIL_DIGITS = re.compile(r"[尾后末最](?:(?<=尾)号|(?<=最)后(?:[三四五六]|[3-6])位|(?<=[后末尾])(?:[三四五六]|[3-6])位)"
                          r"(?:(?<=位)(?:数字|数|号码|号))?(?:是|为)?[:：\s]{0,3}"
                          r"([0-9０-９]{3,6}[xXｘＸ]?)(?![0-9０-９.．年月日元万%])")  # (not 后四位2026年, an amount's 尾数)
_TAIL_RULE_BEFORE = re.compile(r"(?:限行|限号|单双号|摇号)[^，。；,;]{0,6}$")
# Part of a number with its middle starred, as receipts and other sites print it (6207021980****1234, 620702********1234,
# 139****0009, 6222********1234): an identity number is never public in part (privacy.md), nor a phone's or a card's
# digits. Read where the stars and digits make the length of an ID (15, 18), a mobile (11, opening 1[3-9]) or a card
# (16-19, opening 62, 4 or 5), with an ID's region code or a mobile's prefix before the stars.
_STARRED = re.compile(r"(?<![0-9A-Za-z０-９＊*])([0-9０-９]{3,14})\s?([*＊×]{2,12})\s?([0-9０-９]{1,4}[xXｘＸ]?)(?![0-9A-Za-z０-９＊*])")
# Character references escaped once more (&amp;#49;&amp;#51;…: a CMS that escapes the & of a reference it wrote
# itself, then exported as text): read as the references they were.
_AMP_REF = re.compile(r"&(?:amp;)+(?=#(?:\d{2,5}|[xX][0-9a-fA-F]{2,4});)")
# Digits spoken as pinyin or English words with no phone word before them (赵六（yāo sān jiǔ jiǔ sān liù qī líng yāo
# líng yāo） in a 法定代表人 cell): seven digit words in a row are a number read out, whatever its words; no public
# fact is written so.
_PINYIN_DIGIT_WORDS = ("ling", "dong", "yao", "yi", "er", "liang", "san", "si", "wu", "liu", "qi", "guai", "ba", "jiu", "gou",
                       "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DIGIT_WORD = "(?:" + "|".join(sorted(_PINYIN_DIGIT_WORDS, key=len, reverse=True)) + ")"
_DIGIT_WORDS = re.compile(rf"(?<![a-z]){_DIGIT_WORD}(?:[\s,，、\-]{{0,2}}{_DIGIT_WORD}){{6,}}(?![a-z])", re.IGNORECASE)
# (Opening with one class of first letters, which the regex engine skips to: an alternation under IGNORECASE is
# tried at every position of a page.)
_DIGIT_WORD_HINT = re.compile(r"[jJsSlLyYnNtT](?:(?<=[jJ])[iI][uūúǔùU]|(?<=[sS])[aāáǎàA][nN]|(?<=[lL])[iīíǐìI](?:[nN][gG]|[uūúǔùU])"
                              r"|(?<=[yY])[aāáǎàA][oO]|(?<=[nN])[iI][nN][eE]|(?<=[tT])[hH][rR][eE][eE]|(?<=[sS])[eE][vV][eE][nN])")


def _tail_hits(text: str) -> list[Hit]:
    """The digits after 尾号 and 后四位 (`_TAIL_DIGITS`), unless a traffic rule's (`_TAIL_RULE_BEFORE`)."""
    return [Hit(m.start(1), m.end(1), DOCUMENT, unicodedata.normalize("NFKC", m.group(1)).upper())
            for m in _TAIL_DIGITS.finditer(text) if not _TAIL_RULE_BEFORE.search(text, max(0, m.start() - 12), m.start())]


def _star_runs(text: str) -> Iterator[int]:
    """Where two stars or more follow a digit (found with str.find: a page's masked names hold many stars)."""
    for star in ("**", "＊＊", "××"):
        at = text.find(star)
        while at >= 0:
            if at and text[at - 1] != star[0] and (text[at - 1].isdigit()):
                yield at
            at = text.find(star, at + 2)


def _starred_hits(text: str) -> list[Hit]:
    """Numbers with their middle starred (`_STARRED`)."""
    hits = []
    for at in _star_runs(text):
        m = _STARRED.search(text, max(0, at - 15), min(len(text), at + 18))
        if m is None or m.start(2) != at:
            continue
        head, tail = unicodedata.normalize("NFKC", m.group(1)), unicodedata.normalize("NFKC", m.group(3))
        size = len(head) + len(m.group(2)) + len(tail)
        if size in (15, 18) and len(head) >= 6 and head[:2] in _PROVINCES_CODES:
            what = ID
        elif size == 11 and re.match(r"1[3-9]", head) and not tail.lower().endswith("x"):
            what = MOBILE
        elif 16 <= size <= 19 and head[0] in "456" and len(head) >= 4 and not tail.lower().endswith("x"):
            what = CARD
        else:
            continue
        hits.append(Hit(m.start(), m.end(), what, (head + "*" + tail).upper()))
    return hits


def _digit_word_hits(text: str) -> list[Hit]:
    """Seven digit words or more in a row (`_DIGIT_WORDS`), tone marks read off (one character for one)."""
    view = text.translate(_DETONE) if any(c in _TONED for c in text) else text
    hits = []
    for m in _DIGIT_WORDS.finditer(view):
        words = re.findall(_DIGIT_WORD, m.group(0), re.IGNORECASE)
        digits = "".join(_SPOKEN_DIGITS[w.lower()] for w in words)
        hits.append(Hit(m.start(), m.end(), MOBILE if _is_mobile(digits) else DOCUMENT, digits))
    return hits


def _amp_ref_hits(text: str, person: bool, document: str) -> list[Hit]:
    """What `find` sees once references escaped twice (`_AMP_REF`) read as references, as spans of text."""
    where: list[int] = []
    parts: list[str] = []
    last = 0
    for m in _AMP_REF.finditer(text):
        parts.append(text[last:m.start()] + "&")
        where += list(range(last, m.start())) + [m.start()]
        last = m.end()
    parts.append(text[last:])
    where += list(range(last, len(text) + 1))
    view = "".join(parts)
    return [Hit(where[h.start], where[h.end - 1] + 1, h.what, h.token) for h in find(view, person, document, False)]


# Identity documents written without their keyword where their shape is checked (eighth pass, numbers-documents-
# without-words): a Hong Kong identity card (A123456(7), its check character in brackets: mod 11 over the letters
# and digits, Immigration Department's published scheme) and a Taiwan identity card (F223456789: a letter for the
# place, 1 or 2 for the sex, mod 10) are masked wherever they stand; a passport (E12345678, EA1234567, G12345678)
# or a 回乡证 (H12345678, M1234567890) where a word of travel or residence stands within the sentence around it
# (护照, 通行证, 香港, 澳门, 台湾, 外籍, 入境, 国籍 …): 员工郝某（H12345678）系香港居民, 持E12345678号护照.
_HK_ID = re.compile(r"(?<![0-9A-Za-z])([A-Z]{1,2})(\d{6})\s?[(（]([0-9A])[)）]")
_TW_ID = re.compile(r"(?<![0-9A-Za-z])([A-Z])([12]\d{8})(?![0-9A-Za-z])")
_TRAVEL_DOCUMENT = re.compile(r"(?<![0-9A-Za-z])(?:[EGDSPK][A-Z]?\d{7,8}|[HM]\d{8}(?:\d{2})?)(?![0-9A-Za-z])")
_TRAVEL_WORDS = re.compile(r"护照|通行证|回乡证|台胞证|居民|外籍|签证|国籍|华侨|侨胞|入境人员|passport|visa", re.IGNORECASE)
# (Not a product's code: 香港产品批号H12345678, 台湾地区生产的E12345678型号电饭煲.)
_GOODS_CODE_BEFORE = re.compile(r"(?:批号|批次|货号|条码|型号|编号|代码|规格|产品|商品|样品|报告|证书|型)(?:为|是)?[:：\s]*$")
# (Narrower, for the identity cards of Hong Kong and Taiwan: not 编号 or 代码, which a document's number follows too.)
_GOODS_NUMBER_BEFORE = re.compile(r"(?:批号|批次号|批次|货号|条码|型号|规格|产品编号|商品编号|样品编号)(?:为|是)?[:：\s]*$")
_GOODS_CODE_AFTER = re.compile(r"\s*(?:型|款|号?产品|号?商品|批次|系列)")
_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def _hk_id_valid(letters: str, digits: str, check: str) -> bool:
    """The Hong Kong identity card's check character (weights 9..2 over a space-padded two-letter prefix)."""
    values = [36 if c == " " else ord(c) - 55 for c in letters.rjust(2)] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1)))
    return (11 - total % 11) % 11 == (10 if check == "A" else int(check))


def _tw_id_valid(letter: str, digits: str) -> bool:
    """The Taiwan identity card's check digit."""
    code = _TW_LETTERS[letter]
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(digits[:8], range(8, 0, -1))) + int(digits[8])
    return total % 10 == 0


def _document_shape_hit(text: str, at: int, shape: str) -> Hit | None:
    """The identity or travel document at text[at:] of the given shape (`_SHAPES`), if it is one."""
    if shape in ("hk", "tw") and _GOODS_NUMBER_BEFORE.search(text, max(0, at - 8), at):
        return None  # 货号A123456789: an article number passing a Taiwan ID's check by chance (ninth pass)
    if shape == "hk":
        m = _HK_ID.match(text, at)
        return Hit(m.start(), m.end(), DOCUMENT, m.group(0).upper()) if m and _hk_id_valid(*m.groups()) else None
    if shape == "tw":
        m = _TW_ID.match(text, at)
        return Hit(m.start(), m.end(), DOCUMENT, m.group(0)) if m and _tw_id_valid(m.group(1), m.group(2)) else None
    m = _TRAVEL_DOCUMENT.match(text, at)
    if m is None or _GOODS_CODE_BEFORE.search(text, max(0, at - 8), at) or _GOODS_CODE_AFTER.match(text, m.end()):
        return None
    low = max(text.rfind(c, 0, at) for c in "。；;\n") + 1
    ends = [i for i in (text.find(c, m.end(), m.end() + 40) for c in "。；;\n") if i >= 0]
    high = min(ends, default=min(len(text), m.end() + 40))
    if re.search(r"[0-9A-Z]{8}" + m.group(0), text[max(low, at - 60):high]):
        return None  # the organisation code inside a credit code of the same row (91620702MA7431811X, MA7431811)
    if _TRAVEL_WORDS.search(text, max(low, at - 30), min(high, m.end() + 30)):
        return Hit(m.start(), m.end(), DOCUMENT, m.group(0))
    return None


# A vehicle's identification number (VIN, 车架号: 17 characters, ISO 3779, GB 16735-2019 with the check character
# at the ninth place) and its engine number (发动机号) are the owner's once a plate is (the plate rule masks plates
# everywhere): masked after their words, and a VIN with a valid check character wherever it stands.
VEHICLE = "车辆识别代号或发动机号"
_VIN_VALUES = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
               "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


# The model-year code at a VIN's tenth place (ISO 3779 / GB 16735-2019: 1-9 and the letters but I O Q U Z, never 0):
# a sampling or report number that passes the check character by chance (抽样单编号NCP20266207020012, its tenth a
# 0) is no VIN (ninth pass, over-masking).
_VIN_YEARS = frozenset("123456789ABCDEFGHJKLMNPRSTVWXY")


def _vin_valid(vin: str) -> bool:
    """ISO 3779's check character (the ninth: 0-9 or X) of a VIN with letters and digits both, and a model year."""
    if vin.isdigit() or vin.isalpha() or sum(c.isdigit() for c in vin) < 5 or vin[9] not in _VIN_YEARS:
        return False
    if not all(c in _VIN_VALUES for c in vin):
        return False  # I, O or Q opening the shape (I1234567890123456): no VIN holds them (ISO 3779); it raised KeyError
    rest = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS)) % 11
    return vin[8] == ("X" if rest == 10 else str(rest))


# An IBAN (GB29 NWBK 6016 1331 9268 19: ISO 13616, mod 97), a foreign account in a cross-border complaint.
_IBAN = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]{4}){2,7}(?:[ \-]?[A-Z0-9]{1,3})?(?![0-9A-Za-z])")


def _iban_hits(text: str, at: int) -> list[Hit]:
    """The IBAN at text[at:], if its check digits hold (`stdnum.iban`)."""
    from stdnum import iban

    m = _IBAN.match(text, at)
    return [Hit(m.start(), m.end(), CARD, re.sub(r"[ \-]", "", m.group(0)))] if m and iban.is_valid(m.group(0)) else []


def _adv8_shape_hits(text: str, long: _LongText | None = None) -> list[Hit]:
    """Checked shapes of the eighth pass: HK and Taiwan IDs, travel documents near travel words, VINs, IBANs."""
    hits: list[Hit] = []
    for m in long.shapes() if long else _SHAPES.finditer(text):
        shape = m.lastgroup or ""
        if shape == "vin":
            vin = text[m.start():m.end()]
            if _vin_valid(vin):
                hits.append(Hit(m.start(), m.end(), VEHICLE, vin))
        elif shape == "iban":
            hits += _iban_hits(text[:m.start() + 60], m.start())
        else:
            hit = _document_shape_hit(text, m.start(), shape)
            if hit:
                hits.append(hit)
    return hits


# Where any of them may stand, in one pass over a page (opening with one class of characters: the regex engine skips
# to them): an upper-case letter, then what each shape has after it.
_SHAPES = re.compile(r"[A-Z](?<![0-9A-Za-z].)(?:(?P<hk>[A-Z]?\d{6}\s?[(（])|(?P<tw>[12]\d{8}(?![0-9A-Za-z]))"
                     r"|(?P<travel>[A-Z]?\d{7,10}(?![0-9A-Za-z]))|(?P<iban>[A-Z]\d{2}(?:[ \-]?[A-Z0-9]{4}){2})"
                     r"|(?P<vin>[A-HJ-NPR-Z0-9]{16}(?![0-9A-Za-z])))")


# An e-mail with its at-sign doubled (wangmou2026@@163.com), and a card's tail printed in brackets after stars, as a
# payment code shows the payee's card ((**6317)).
_DOUBLE_AT = re.compile(r"[0-9A-Za-z][0-9A-Za-z._\-]{1,63}[@＠]{2,3}[0-9A-Za-z\-]+(?:[.。．][0-9A-Za-z\-]+)+")
_STARRED_TAIL = re.compile(r"(?<=[(（])[*＊]{2,}\s?[0-9０-９]{3,4}(?=[)）])")


def _adv8_may_hold(text: str) -> bool:
    """Whether `_adv8_hits` may find something the other pre-checks do not see (references escaped twice, digit words)."""
    return ("&amp;" in text and _AMP_REF.search(text) is not None) or (
        _DIGIT_WORD_HINT.search(text) is not None and bool(_digit_word_hits(text)))


def _adv8_hits(text: str, person: bool, document: str, long: _LongText | None = None) -> list[Hit]:
    """The eighth pass's whole-text rules: tails after 尾号, starred numbers, references escaped twice, digit words."""
    hits: list[Hit] = []
    if "尾" in text or "位" in text:
        hits += _tail_hits(text)
    if ("*" in text and "**" in text) or ("＊" in text and "＊＊" in text) or ("×" in text and "××" in text):
        hits += _starred_hits(text)
    if ("@" in text and "@@" in text) or ("＠" in text and "＠＠" in text):
        hits += [Hit(m.start(), m.end(), EMAIL, m.group(0).lower()) for m in _DOUBLE_AT.finditer(text)]
    if ("(" in text and ("(*" in text or "(＊" in text)) or ("（" in text and ("（*" in text or "（＊" in text)):
        hits += [Hit(m.start(), m.end(), CARD, m.group(0)) for m in _STARRED_TAIL.finditer(text)]
    if "&" in text and "&amp;" in text and _AMP_REF.search(text):
        hits += _amp_ref_hits(text, person, document)
    if long.digit_word_hint() if long else _DIGIT_WORD_HINT.search(text):
        hits += _digit_word_hits(text)
    return hits + _adv8_shape_hits(text, long)


# -- ninth pass (h9n: numbers, contacts and output channels; /work/notes/h9n.md) ---------------------------------------
# A bare IPv4 address with no word before it (a 12315 summary of a stolen account: 对方登录地址192.168.31.105): four
# dotted numbers of 0-255 with seven digits or more, not a section, clause or version number (GB/T 31201-2014 第5.1.2.3条,
# 附录A.1.2.3, V2.3.10.1234: fewer digits, or a word for a section or a version around them). The leading "." of
# the hint is a literal the regex engine skips to, so a page without a dotted triple costs one scan.
_IP_HINT = re.compile(r"\.\d{1,3}\.\d{1,3}\.\d")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_BARE_IPV4 = re.compile(rf"(?<![0-9A-Za-z.\-]){_OCTET}(?:\.{_OCTET}){{3}}(?![0-9]|\.[0-9]|[\-/])")
_SECTION_BEFORE = re.compile(r"(?:第|条|款|项|章|节|附录|附件|表|图|标准|规范|gb|gb/t|db|jjg|jjf|iso|iec|版本|版|ver|v)[\s.:：]*$",
                             re.IGNORECASE)
_SECTION_AFTER = re.compile(r"\s*(?:条|款|项|章|节|部分|版|表|图|级|中)")
# (Not one of a list of numbers: an SVG path's "1.55.44 2.41.44.82 0 1.63-.1" in the page shell's icons.)
_IN_NUMBER_LIST = re.compile(r"[0-9.\-]\s?$")
_IN_NUMBER_LIST_AFTER = re.compile(r"\s?[0-9.\-]")
# A bare MAC address (00-1A-2B-3C-4D-5E, 00:1a:2b:3c:4d:5e): six pairs of hex digits, one separator throughout.
_MAC_HINT = re.compile(r"[:\-][0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}[:\-]")  # (opening with a rare class)
_BARE_MAC = re.compile(r"(?<![0-9A-Za-z:\-])[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Za-z]|[:\-][0-9A-Fa-f])")
# A bare IPv6 address (2408:8456:3a10:1c2e::1f, a mobile network's address in the same summaries): five groups of hex
# digits or more (RFC 5952 §4 text form), three with a digit, one of three or four characters (not a time, 10:30:00,
# nor the page shell's CSS, a::before).
_IPV6_HINT = re.compile(r":[0-9a-fA-F]{0,4}:[0-9a-fA-F]{0,4}:[0-9a-fA-F]{0,4}:")
_BARE_IPV6 = re.compile(r"(?<![0-9A-Za-z:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){4,7}(?![0-9A-Za-z:])")


def _ipv6_like(address: str) -> bool:
    groups = [g for g in address.split(":") if g]
    return (len(groups) >= 5 or ("::" in address and len(groups) >= 4)) and sum(any(c.isdigit() for c in g) for g in groups) >= 3 \
        and any(len(g) >= 3 for g in groups)


# A link's query parameter named for a person's contact or document (?phone=…, &sfzh=…, mailto:…?email=…): its
# value is theirs however it is written (Base64 MTM5OTM2ODcwOTc=, hex, a hash of a phone is reversible by trying
# all 10^10): the value is masked whole. (Not id=, uid= or name=: a site's article and page ids. Not a value the
# scrubber masked already, ?phone=[已隐去], which the leak gate reads again.)
_PERSONAL_PARAMETERS = {
    **{p: MOBILE for p in ("phone", "mobile", "mob", "tel", "telephone", "cellphone", "phonenumber", "phone_number",
                           "phoneno", "phone_no", "mobileno", "mobile_no", "shouji", "sjh")},
    **{p: ID for p in ("idcard", "id_card", "idno", "id_no", "idnumber", "id_number", "sfz", "sfzh", "sfzhm", "certno",
                       "cert_no", "certnum", "zjhm")},
    **{p: CARD for p in ("cardno", "card_no", "bankcard", "bank_card", "account_no", "accountno")},
    **{p: EMAIL for p in ("email", "mail", "e_mail")},
    **{p: SOCIAL for p in ("wx", "wechat", "weixin", "qq", "openid")},
}
_PERSONAL_PARAMETER = re.compile(
    r"[?&](?:amp;)?(" + "|".join(sorted(_PERSONAL_PARAMETERS, key=len, reverse=True)) + r")=([^&#\s\"'<>\[\]*][^&#\s\"'<>]{2,})",
    re.IGNORECASE)
# An e-mail address percent-encoded in a link (mailto:qjh%40qq.com): %40 for the @.
_PCT_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._+\-]{1,64}%40[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# A phone in international form with a country code other than China's (+852 9123 4567, +886 912 345 678,
# +1 (415) 555-0123, +44 20 7946 0958: cross-border complaints, E.164 / ITU-T E.123 "+" notation): nine digits or
# more after the "+", no unit after them (+12345678元 is a change of an amount). China's +86 is read by the number
# rules (its 400/800 hotlines are public).
_INTERNATIONAL = re.compile(r"[+＋](?<![0-9A-Za-z].)\s?(?!86(?![0-9]))[1-9]\d{0,2}(?:[\s\-]?\(\d{1,4}\))?"
                            r"(?:[\s\-]?\d){7,13}(?![0-9])(?!\s?(?:元|万|亿|%|％|人|户|家|条|件|次|个|台|吨|千克|公斤|米|平方))")

# (Nineteenth pass, h21o L9) The same with the international prefix 00 for the + (00852 6123 4571, 0085261234573, 00886-9-
# 12345682: ITU-T E.164's international call prefix, which E.123 writes as +), and Hong Kong's, Macau's and Taiwan's
# numbers with their country code and no prefix at all (852-61234568, 852 6123 4574: HK and Macau numbers are eight digits
# opening with 2-9, OFCA's and CTT's numbering plans; Taiwan's eight or nine after 886, NCC's). A bare code is read only
# as one of these three; any other code only after 00 and with a separator after it (编号00123456789 is a serial); never
# inside a run of letters and digits (a digest, sha256:85381309191b…, whose digits open with 853: the leak gate stopped).
_INTERNATIONAL_00 = re.compile(r"(?<![0-9A-Za-z.,])(?:00[\s\-]?(?!86(?![0-9]))[1-9]\d{0,2}(?:[\s\-]?\(\d{1,4}\))?[\s\-](?:[\s\-]?\d){7,13}"
                               r"|00[\s\-]?(?=85[23]|886)(?:85[23]|886)\d{8,9}|85[23][\s\-—–－]?[2-9](?:[\s\-—–－]?\d){7}"
                               r"|886[\s\-—–－]?(?:\(0\))?[2-9](?:[\s\-—–－]?\d){7,8}"
                               # (Twentieth pass, h21q Q3) the code in brackets, with or without its 00 ((00852)61234582,
                               # (852)-6123-4590, （00886）912345683: E.123 brackets what may be left out), and the long
                               # dashes (852—61234583, 852–61234593) a word processor puts for a hyphen.
                               r"|[(（]\s*(?:00)?85[23]\s*[)）]\s*[\s\-—–－]?\s*[2-9](?:[\s\-—–－]?\d){7}"
                               r"|[(（]\s*(?:00)?886\s*[)）]\s*[\s\-—–－]?\s*(?:\(0\))?[2-9](?:[\s\-—–－]?\d){7,8}"
                               r"|[(（]\s*00(?!86(?![0-9]))[1-9]\d{0,2}\s*[)）]\s*[\s\-—–－]?\s*\d(?:[\s\-—–－]?\d){6,12})(?![0-9A-Za-z])"
                               r"(?!\s?(?:元|万|亿|%|％|人|户|家|条|件|次|个|台|吨|千克|公斤|米|平方|号|批|箱|盒|瓶|袋|kg|g\b))")


def _adv9_may_hold(text: str) -> bool:
    """Whether `_adv9_hits` may find something the other pre-checks do not see (a Base64 parameter, %40, a MAC)."""
    return "%40" in text or ("=" in text and _PERSONAL_PARAMETER.search(text) is not None) or _IPV6_HINT.search(text) is not None \
        or _MAC_HINT.search(text) is not None or (("+" in text or "＋" in text) and _INTERNATIONAL.search(text) is not None) \
        or (("00" in text or "85" in text or "886" in text) and _INTERNATIONAL_00.search(text) is not None)


def _adv9_hits(text: str, long: _LongText | None = None) -> list[Hit]:
    """The ninth pass's whole-text rules: bare IPv4 and MAC addresses, a link's personal parameters,
    percent-encoded e-mails, phones in international form outside China."""
    hits: list[Hit] = []
    ips: list[re.Match[str]] = []
    for hint in _IP_HINT.finditer(text):  # (the whole pattern only where a dotted triple is: SVG icons are full of them)
        ip = _BARE_IPV4.search(text, max(0, hint.start() - 3), hint.end() + 8)
        if ip and (not ips or ip.start() >= ips[-1].end()):
            ips.append(ip)
    if ips:
        for m in ips:
            if sum(c.isdigit() for c in m.group(0)) < 7 or _SECTION_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                    or _SECTION_AFTER.match(text, m.end()) or _IN_NUMBER_LIST.search(text, max(0, m.start() - 2), m.start()) \
                    or _IN_NUMBER_LIST_AFTER.match(text, m.end()):
                continue
            hits.append(Hit(m.start(), m.end(), NETWORK, m.group(0)))
    if _IPV6_HINT.search(text):
        hits += [Hit(m.start(), m.end(), NETWORK, m.group(0).lower()) for m in _BARE_IPV6.finditer(text) if _ipv6_like(m.group(0))]
    if long.mac_hint() if long else _MAC_HINT.search(text):
        hits += [Hit(m.start(), m.end(), NETWORK, re.sub(r"[:\-]", "", m.group(0)).lower()) for m in _BARE_MAC.finditer(text)]
    if "=" in text:
        hits += [Hit(m.start(2), m.end(2), _PERSONAL_PARAMETERS[m.group(1).lower()], m.group(2))
                 for m in _PERSONAL_PARAMETER.finditer(text)]
    if "%" in text and "%40" in text:
        hits += [Hit(m.start(), m.end(), EMAIL, m.group(0).lower()) for m in _PCT_EMAIL.finditer(text)]
    if "+" in text or "＋" in text:
        hits += [Hit(m.start(), m.end(), MOBILE, re.sub(r"\D", "", m.group(0))) for m in _INTERNATIONAL.finditer(text)]
    if "00" in text or "85" in text or "886" in text:
        hits += [Hit(m.start(), m.end(), MOBILE, re.sub(r"\D", "", m.group(0))) for m in _INTERNATIONAL_00.finditer(text)]
    return hits


_OWN_READING.update({"ip": _ip_hit, "mac": _mac_hit, "licence_file": _licence_file_hit, "nickname": _nickname_hit})


# -- the tenth pass's whole-text rules (h11n) ----------------------------------------------------------------------------

# A number written out with its units (一百三十九亿九千三百六十八万七千零九十八, as a cheque or a 大写 amount is written;
# or each digit given a unit so that the phone reads as an amount, 十三亿九千九百三十六万八千七百零九十八: h9n's left case).
# A mobile is eleven digits, so its units reach 亿, the trigger. Read two ways: as the number it spells (GB/T 15835
# writes such numbers; 《支付结算办法》附一 the 大写 of amounts) and as its digits with the units dropped (a 十 opening
# the number or following a unit is 1). Either a mobile or an identity number is masked, unless an amount's or a
# count's unit follows (罚款十三亿…元 stays).
_CN_NUMBER_DIGITS = {**{k: v for k, v in _CN_DIGITS.items() if len(v) == 1 and k not in "O洞拐勾幺"}, "萬": "", "億": ""}
_CN_NUMBER_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_NUMBER_RUN = re.compile("[" + "".join(k for k, v in _CN_NUMBER_DIGITS.items() if v) + "十拾百佰千仟万萬亿億]{7,}")


def _cn_number_readings(run: str) -> tuple[str, str]:
    """The number a run of Chinese numerals with units spells, and its digits with the units dropped."""
    total = section = number = 0
    digits: list[str] = []
    previous_digit = False
    for ch in run:
        if _CN_NUMBER_DIGITS.get(ch):
            number = int(_CN_NUMBER_DIGITS[ch])
            digits.append(_CN_NUMBER_DIGITS[ch])
            previous_digit = True
            continue
        if ch in _CN_NUMBER_UNITS:
            section += (number or (1 if ch in "十拾" else 0)) * _CN_NUMBER_UNITS[ch]
            if ch in "十拾" and not previous_digit:
                digits.append("1")
        elif ch in "万萬":
            total += (section + number) * 10**4
            section = 0
        else:  # 亿 億
            total = (total + section + number) * 10**8
            section = 0
        number = 0
        previous_digit = False
    return str(total + section + number), "".join(digits)


def _cn_number_hits(text: str) -> list[Hit]:
    """Mobiles and identity numbers written with units (`_CN_NUMBER_RUN`), around each 亿."""
    hits: list[Hit] = []
    at = 0
    while True:
        at = min((i for i in (text.find("亿", at), text.find("億", at)) if i >= 0), default=-1)
        if at < 0:
            return hits
        m = _CN_NUMBER_RUN.search(text, max(0, at - 24), at + 40)
        while m is not None and m.end() <= at:
            m = _CN_NUMBER_RUN.search(text, m.end(), at + 40)
        if m is None or m.start() > at:
            at += 1
            continue
        if not _AMOUNT_AFTER.match(text, m.end()):
            for reading in _cn_number_readings(m.group(0)):
                what = _classify(reading, "") if 11 <= len(reading) <= 18 else None
                if what in (MOBILE, ID):
                    hits.append(Hit(m.start(), m.end(), what, reading))
                    break
        at = m.end()


# A bare Base64 value of a number (MTM5OTM2ODcwOTg=: a QR code's or a link's payload pasted without its parameter's
# name; RFC 4648 section 4): every three ASCII digits encode as one of [MNO], one of [DTjz], one of [AEIMQUYcgk] and
# one of [w-z0-5] (Y: an X check character), so only such groups are tried (and a last one or two digits, [MNO][AQgw]==
# or [MNO][DTjz][AEIMQUYcgk]=). Masked when the digits are a mobile, an
# identity number or a card (`_classify`, no keyword): no public value is written so.
# (The first character first, then what must not precede it: opening with a lookbehind, the pattern was tried at
# every position of a page, four times as long.)
_BARE_BASE64 = re.compile(r"[MNO](?<![A-Za-z0-9+/][MNO])[DTjz][AEIMQUYcgk][w-z0-5Y](?:[MNO][DTjz][AEIMQUYcgk][w-z0-5Y]){1,5}"
                          r"(?:[MNO](?:[DTjz][AEIMQUYcgk]=?|[AQgw](?:==)?))?(?![A-Za-z0-9+/=])")


_SHORTEST_BASE64 = 15  # characters: eleven digits (a mobile) encode as fifteen or sixteen


def _bare_base64_hits(text: str, long: _LongText | None = None) -> list[Hit]:
    """Bare Base64 values (`_BARE_BASE64`) that decode to a person's number."""
    import base64
    import binascii

    hits = []
    for m in long.bare_base64() if long else _BARE_BASE64.finditer(text):
        payload = m.group(0).rstrip("=")
        try:
            decoded = base64.b64decode(payload + "=" * (-len(payload) % 4)).decode("ascii").lower()
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if 11 <= len(decoded) <= 19 and decoded[:-1].isdigit() and (decoded[-1].isdigit() or decoded[-1] == "x") \
                and _classify(decoded, "") in (MOBILE, ID, CARD):
            hits.append(Hit(m.start(), m.end(), _classify(decoded, "") or CARD, decoded.upper()))
    return hits


# The account after its holder's name on a transfer slip or a 收款 notice (户名：甘州区某某商贸有限公司 104012345600024,
# 户名张翀 6222…: the 账号 word left out; tenth pass, h11n): a person's or an organisation's account, never public
# (privacy.md). The name runs to 30 characters, beyond the keywords' reach.
_PAYEE_ACCOUNT = re.compile(r"[:：\s]{0,2}[^\d，。；;,、\n]{1,30}?[\s:：，,]{0,3}(?:(?:账号|帐号|卡号|账户|帐户)(?:为|是)?[:：\s]{0,2})?"
                            r"(?<![0-9A-Za-z])(\d[\d \-]{10,34}\d)(?![0-9A-Za-z])")


def _payee_hit(text: str, at: int) -> Hit | None:
    """The account number (twelve digits or more) after the holder's name that follows 户名 ending at `at`."""
    m = _PAYEE_ACCOUNT.match(text, at)
    if m is None:
        return None
    digits = re.sub(r"\D", "", m.group(1))
    if not 12 <= len(digits) <= 30 or (len(digits) == 18 and _uscc_valid(digits)) or \
            _PAYEE_CODE_WORD.search(text, m.start(), m.start(1)):
        return None  # (the payee's credit code or registration number named as such, 户名…（注册号6207…）, is public)
    return Hit(m.start(1), m.end(1), CARD, digits)


_PAYEE_CODE_WORD = re.compile(r"注册号|代码|许可证|编号|文号")


_KEYWORD_RULE["户名"] = "payee"
_OWN_READING["payee"] = _payee_hit

# A mobile inside a host name (https://shop13993687098.taobao.com, m13993687098.example.cn: a seller's page named after
# the phone; round 11, h11n's left case; RFC 1034 3.5, a label of letters, digits and hyphens): a run glued to letters
# is read as a code, so the label is read on its own. Only eleven digits that are a mobile (`_classify`), the label
# then running on to a dot and a letter: a shop's own id (taobao's shop57303596, nine digits or fewer) is no mobile.
_HOST_MOBILE = re.compile(r"1[3-9][0-9]{9}(?<=[A-Za-z][0-9]{11})(?![0-9])(?=[A-Za-z0-9-]{0,30}\.[A-Za-z])")
_LABEL_BEFORE = re.compile(r"(?:^|[^0-9A-Za-z-])[A-Za-z][A-Za-z0-9-]{0,30}$")


def _host_mobile_hits(text: str) -> list[Hit]:
    """Mobiles inside a host name's label (`_HOST_MOBILE`, the label opening with a letter)."""
    hits = []
    for m in _HOST_MOBILE.finditer(text):
        if _LABEL_BEFORE.search(text[max(0, m.start() - 32):m.start()]) and _classify(m.group(0), "") == MOBILE:
            hits.append(Hit(m.start(), m.end(), MOBILE, m.group(0)))
    return hits


# (Fifteenth pass, h20o L18) A passport's machine-readable zone (ICAO Doc 9303 Part 4, TD3: the MRZ at the foot of the
# data page) copied into a text: line 1, P, the type's letter or <, the issuing state and the holder's name, surname
# and given names split by << (P<CHNKUANG<<ZHIYUAN<<<<); line 2, the passport number and its check digit, the
# nationality, the birth date YYMMDD and its check digit, the sex, the expiry and its check digit
# (E123456784CHN8604121M3101015). Line 2 counts where its birth and expiry dates are days of the calendar's months
# (YYMMDD) or the check digits of the number and the birth date hold (Doc 9303 Part 3, 4.9: weights 7 3 1, A-Z as
# 10-35, < as 0): a copy typed by hand gets a check digit wrong, and is the holder's all the same.
_MRZ_NAME = re.compile(r"(?<![A-Z0-9<])P[A-Z<][A-Z<]{3}[A-Z]{1,39}<<[A-Z][A-Z<]{0,39}")
_MRZ_LINE2_HINT = re.compile(r"[MFX<](?<=[A-Z<]{3}\d{7}[MFX<])\d{7}")
_MRZ_LINE2 = re.compile(r"([A-Z0-9<]{9})(\d)([A-Z<]{3})(\d{6})(\d)[MFX<](\d{6})(\d)[A-Z0-9<]{0,16}")


# (Sixteenth pass, h20q L14) An identity card's MRZ, TD1 (ICAO Doc 9303 Part 5, 4.2.2: line 1 is the document code,
# I, A or C and a letter or <, the issuing state, the document number, its check digit and 15 optional characters):
# I<CHN6207021986<<<<<<<<<<<<<<<. Read where the document number has five digits or more and the line is padded
# with << or the number's check digit holds.
_MRZ_TD1 = re.compile(r"(?<![A-Z0-9<])[IAC][A-Z<][A-Z<]{3}([A-Z0-9<]{9})([0-9<])[A-Z0-9<]{0,15}")


# (Sixteenth pass, h20q L20) A soldier's or officer's card number written bare, with no word for the card: its
# service's or region's character before 字第 (陆 海 空 火 for the army, navy, air and rocket forces, 政 后 装 勤 for
# the departments, 南 北 沈 兰 济 广 成 for the old military regions, 士 for a 士官证; Simon-He95/lazy-js-utils
# isSoldierId.ts reads the same shape), standing alone (not the last character of an office's decision word,
# 甘工商海字第0012号) and six to eight digits (an office's serials are shorter).
_BARE_MILITARY = re.compile(r"(?<![\u4e00-\u9fff])[南北沈兰济广成海空火政后装陆士勤战]字第(\d{6,8})号")


def _mrz_check(field: str) -> int:
    """The check digit of an MRZ field (ICAO Doc 9303 Part 3, 4.9)."""
    values = [int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55 for c in field]
    return sum(v * (7, 3, 1)[k % 3] for k, v in enumerate(values)) % 10


def _yymmdd(digits: str) -> bool:
    """Whether six digits are a day as YYMMDD (any century)."""
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _mrz_hits(text: str) -> list[Hit]:
    """A passport's MRZ lines in text (the rule above)."""
    hits = [Hit(m.start(), m.end(), NAME, m.group(0)) for m in _MRZ_NAME.finditer(text)] if "<<" in text else []
    if "<" in text:
        hits += [Hit(m.start(), m.end(), DOCUMENT, m.group(0)) for m in _MRZ_TD1.finditer(text)
                 if sum(map(str.isdigit, m.group(1))) >= 5
                 and ("<<" in m.group(0) or m.group(2) != "<" and _mrz_check(m.group(1)) == int(m.group(2)))]
    for hint in _MRZ_LINE2_HINT.finditer(text):
        start = hint.start() - 20
        m = _MRZ_LINE2.match(text, start) if start >= 0 and (start == 0 or not text[start - 1].isalnum()
                                                             or not text[start - 1].isascii()) else None
        if m and ((_mrz_check(m.group(1)) == int(m.group(2)) and _mrz_check(m.group(4)) == int(m.group(5)))
                  or (_yymmdd(m.group(4)) and _yymmdd(m.group(6)))):
            hits.append(Hit(m.start(), m.end(), DOCUMENT, m.group(0)))
    return hits


def _adv10_may_hold(text: str) -> bool:
    """Whether `_adv10_hits` may find something the other pre-checks do not see."""
    return "亿" in text or "億" in text or (len(text) >= _SHORTEST_BASE64 and _BARE_BASE64.search(text) is not None) \
        or ("." in text and _HOST_MOBILE.search(text) is not None) or "<<" in text or _MRZ_LINE2_HINT.search(text) is not None \
        or ("<" in text and _MRZ_TD1.search(text) is not None) or ("字第" in text and _BARE_MILITARY.search(text) is not None)


def _adv10_hits(text: str, long: _LongText | None = None) -> list[Hit]:
    """The tenth pass's whole-text rules: numbers written with units, bare Base64 values of numbers; mobiles in host
    names (round 11); a passport's machine-readable zone (fifteenth pass)."""
    hits = _cn_number_hits(text) if "亿" in text or "億" in text else []
    hits += _host_mobile_hits(text) if "." in text else []
    hits += _mrz_hits(text)
    if "字第" in text:
        hits += [Hit(m.start(1), m.end(1), DOCUMENT, m.group(1)) for m in _BARE_MILITARY.finditer(text)]
    return hits + _bare_base64_hits(text, long) if len(text) >= _SHORTEST_BASE64 else hits

# Cheap trigger for `_split_hits`: a digit, then a separator that is not a plain one, then a digit.
_SPLIT_HINT = re.compile(rf"[0-9０-９](?:{_PLAIN_SEP})?{_ODD_SEP}(?:{_ODD_SEP}|{_PLAIN_SEP})?[0-9０-９]")
# The same, opening with the odd separator (one character class each, which the regex engine skips to) and
# looking back for the digit: searched over a whole page, it tries only those characters.
_ODD_NEGATED = _ODD_SEP[len("(?:[一ーㅡᅳꞏ]|"):-1]
_SPLIT_HINTS = re.compile(rf"(?:{_ODD_NEGATED}|[一ーㅡᅳꞏ])(?:(?<=[0-9０-９].)|(?<=[0-9０-９]{_PLAIN_SEP}.))"
                          rf"(?:{_ODD_SEP}|{_PLAIN_SEP})?[0-9０-９]")
_CLASSES += ((_ODD, _ODD_SEP),)  # (read by `_tables` on first use, after the module is loaded)


def find(text: str, person: bool = False, document: str = "", names: bool | None = None) -> list[Hit]:
    """Every piece of personal data in text, in order, as spans of the original text.

    `person`: the text belongs to a natural person's (or a 个体工商户's) record — home addresses and
    names after role words count too. `document`: the record's 证件类型, whose numbers are then
    personal wherever they are written. `names`: look for names after role words (default: person
    or not, as the scrubber does for every free text; the gate passes False)."""
    if not text:
        return []
    hits: list[Hit] = []
    long = _LongText(text) if WINDOWED_FROM <= len(text) <= WINDOWED_UP_TO else None
    raws = long.raw_runs() if long else [(m.start(), m.end()) for m in _RAW_RUN.finditer(text)]
    banked = long.bank_numbers() if long else _bank_numbers(text)
    if banked:  # ICBC6222…: the digest rule of _RAW_RUN skips digits after hex letters
        raws = sorted({*raws, *banked})
    # 620702200001010001，0a: the run up to the separator still counts
    if long:
        tails = long.glued_tail_runs()
        if tails:
            raws = sorted({*raws, *tails})
    elif _GLUED_TAIL_HINT.search(text):
        raws = sorted({*raws, *((m.start(), m.end()) for m in _RAW_RUN_BEFORE_SEP.finditer(text))})
    if "&" in text and "&#" in text:  # digits written as character references (&#54;&#50;…)
        raws = sorted({*raws, *((m.start(), m.end()) for m in _RAW_REFS.finditer(text)),
                       *((m.start(), m.end()) for m in _RAW_MIXED_REFS.finditer(text) if "&#" in m.group(0))})
    if _escaped_digit_hint(text):  # digits written as URL or JSON escapes (%36%32…, \u0036…)
        raws = sorted({*raws, *((m.start(), m.end()) for m in _RAW_PCT.finditer(text))})
    for raw_start, raw_end in raws:
        low, high = max(0, raw_start - 12), min(len(text), raw_end + 1)
        for s, e, what, token in _window_hits(text[low:high], raw_start - low, raw_end - low):
            s, e = s + low, e + low
            while e < len(text) and text[e] > "\x7f" and unicodedata.category(text[e]) in ("Mn", "Me"):
                e += 1  # the keycap or combining mark on the last digit goes with it
            if text[e - 1] == "&":
                ref = _CHAR_REF.match(text, e - 1)
                e = ref.end() if ref else e  # the whole last character reference
            elif text[e - 1] in "%\\":
                pct = _PCT_ESCAPE.match(text, e - 1)
                e = pct.end() if pct else e  # the whole last URL or JSON escape
            hits.append(Hit(s, e, what, token))
    for glued in long.glued_ids() if long else _GLUED_ID.finditer(text):  # T620702…, 620702…915A, NO.620702…0701: a valid ID inside a code
        core = (glued.group(1) or glued.group(2)).lower()
        if is_id18(core) and _ric_valid(core):
            hits.append(Hit(glued.start(), glued.end(), ID, core.upper()))
    rules = long.keywords() if long else _keywords_in(text)
    rule = document_rule(document) if document else None
    if rule:
        rules += [(0, rule)] + [(m.end(), rule) for m in re.finditer(r"[:：\s]", text)]
    for at, name in rules:
        if not name:
            continue
        if name in _OWN_READING:
            hit = _OWN_READING[name](text, at)
            if hit:
                hits.append(hit)
            continue
        if name in _SPOKEN_MODE or name in _ALSO_READING:
            hit = _spoken_hit(text, at, _SPOKEN_MODE[name]) if name in _SPOKEN_MODE else _ALSO_READING[name](text, at)
            if hit:
                hits.append(hit)
        aside = _ASIDE.match(text, at)  # QQ号码（请勿外传，仅供办案人员核实身份时使用）2784513692
        if aside and MASK not in aside.group(0) and _NUMBER_IN_ASIDE.search(aside.group(0)) is None:
            # (Not an aside that is the number, 台湾居民来往大陆通行证（号码：10234014）, nor the number already masked,
            # 联系电话[已隐去]和罚款1234567元, whose amount was read as the phone: tenth pass, h11n.)
            at = aside.end()
        if name in _DOCUMENT_RULES:
            # 证件类型：台湾居民来往大陆通行证，号码：12345678; 持士兵证，编号1023456 (a form's fields in one sentence): the
            # number is named again after a comma (tenth pass, h11n).
            named = _NUMBER_NAMED_AGAIN.match(text, at)
            at = named.end() if named else at
        high = min(len(text), at + _KEYWORD_REACH)
        masked = text.find(MASK, at, high)
        if masked >= 0 and _DIGIT_BEFORE_MASK.search(text, at, masked) is None:
            # (A mask after the keyword's own number is another value's: QQ 1391936182；[已隐去] of an address masked
            # before, h19o's L4_qq_after_phone, kept the QQ number.)
            # The keyword's number is masked already (联系电话[已隐去]，1234567元: the amount after it is not its
            # number); only the next number of a list after the mask is (身份证[已隐去]、8212346; ninth pass).
            after = masked + len(MASK)
            mark = _LINE_KIND_MARK.match(text, after)  # [已隐去]（办）、8212346（宅）: the kind mark of the masked one
            after = mark.end() if mark else after
            if after < len(text) and text[after] in "、/":
                at, high = after + 1, min(len(text), after + 1 + _KEYWORD_REACH)
            else:
                continue
        if "," in text[at:high]:  # a CSV row: the number ends at its cell (尾号0045,2026-10-10 is no 00452026)
            cell_end = _CELL_BREAK.search(text, at, high)
            high = cell_end.start() if cell_end else high
        norm = normalise(text, at, high)
        squeezed, where = _squeezed(norm.text)
        m = _DOC_NUMBER[name].search(squeezed)
        if m and name in _LOGIN_OR_ACCOUNT and _licence_after_account_word(squeezed, m):
            continue
        if m:
            start, end = where[m.start(1)], where[m.end(1) - 1] + 1
            s, e = norm.span(start, end)
            token = re.sub(r"[\s\-]", "", m.group(1)).upper()
            whole = m.group(1)[:18]
            if name == "id_part" and len(m.group(1)) > 18 and whole.isdigit() and is_id18(whole) and _ric_valid(whole):
                s_id, e_id = norm.span(start, where[m.start(1) + 17] + 1)
                if _ITEM_AFTER_ID.match(text, e_id):
                    # 身份证复印件<ID>；2.现场照片: the ID ends at its separator; the next item's number is no part of it (h22o O3)
                    s, e, token = s_id, e_id, whole.upper()
            hits.append(Hit(s, e, _RULE_WHAT[name], token))
    # Whole text, not windowed: the pattern opens with a literal "1", which the regex engine skips to (1.6 ns a
    # character on a 6 M-character dataset; windowed around [0-9,，] it took five times as long).
    for m in _THOUSANDS_MOBILE.finditer(text):
        hit = _thousands_hit(text, m)
        if hit:
            hits.append(hit)
    hits += _adv6_hits(text, long, person)
    hits += _adv8_hits(text, person, document, long)
    hits += _adv9_hits(text, long)
    hits += _adv10_hits(text, long)
    # Not gated on the keyword table: _social_ids looks only around the words of _SOCIAL_WORDS, which
    # the table does not spell alike (微  信 with two spaces, a Latin word glued to the next letter).
    for start, end in _social_ids(text, long.social_words() if long else None):
        token = text[start:end]
        if token.isdigit() or any(c.isdigit() or c == "_" for c in token):
            hits.append(Hit(start, end, SOCIAL, token.lower()))
    for sign in long.email_signs() if long else _email_signs(text):
        if text[sign] == "#" and sign and text[sign - 1] in _NOT_LOCAL_PART_END:
            continue  # href="#k-penalties": a # stands for @ only right after an address's local part
        low, high = max(0, sign - 64), min(len(text), sign + 88)
        norm = normalise(text, low, high)
        found = False
        for address in _EMAIL.finditer(norm.text):
            s, end = norm.span(address.start(), address.end())
            if s <= sign < end:
                found = True
                hits.append(Hit(s, end, EMAIL, re.sub(r"\s", "", address.group(0))))
        if not found and text[sign] in "@＠﹫":
            hit = _ideographic_address(text, sign) or _odd_dot_address(text, sign)
            if hit is not None:
                hits.append(hit)
    for m in long.plates() if long else _RAW_PLATE.finditer(text):
        norm = normalise(text, m.start(), min(len(text), m.start() + 14))
        p = _PLATE.match(norm.text.translate(_PLATE_READ))  # (one character for one: the spans hold)
        if p is None and _NUMERAL_PLATE.match(norm.text):  # every digit a numeral: 一 is a 1 (甘G一二三四五)
            p = _PLATE.match(norm.text.translate(_PLATE_READ_ONE))
        if p:
            s, e = norm.span(p.start(), p.end())
            hits.append(Hit(s, e, PLATE, re.sub(r"[\s·.\-。]", "", p.group(0)).upper()))
    if person or _HOME_HINT.search(text):
        for m in (_ADDRESS_BEFORE if person else _HOME_BEFORE).finditer(text):
            a = _ADDRESS.match(text, m.end())
            if a and re.search(r"[村组社号室栋幢户]|单元|座[0-9０-９]|\d[\-－]\d{1,2}[\-－]\d{3}", a.group(1)):  # (座: 华府B座1203, h20q L12)
                hits.append(Hit(a.start(1), a.end(1), ADDRESS, a.group(1)))
        # Only just before a word for a home: run over a whole page, the lazy pattern tried every
        # position of it (the gate of a 10^5 build spent minutes here).
        for word in _HOME_WORD.finditer(text):
            start = word.start()
            if start and text[start - 1] == "的":  # …的房屋: the address ends before 的 (not after 的的)
                if start > 1 and text[start - 2] == "的":
                    continue
                start -= 1
            a = _ADDRESS_AFTER.search(text, max(0, start - 40), start)
            if a is None:
                continue
            # From the last word that leads to the place (送货至…, 位于…), not the sentence before it.
            lead = max((a.group(1).rfind(w) + len(w) for w in _ADDRESS_LEADS if w in a.group(1)), default=0)
            if a.end(1) - a.start(1) - lead >= 4:
                hits.append(Hit(a.start(1) + lead, a.end(1), ADDRESS, a.group(1)[lead:]))
        hits += [Hit(m.start(1), m.end(1), ADDRESS, m.group(1)) for m in _HOME_COORDINATES.finditer(text)]
    if names if names is not None else True:
        for s, e in person_name_spans(text):
            hits.append(Hit(s, e, NAME, text[s:e]))
    if any(hit.what == LANDLINE for hit in hits):
        hits = [hit for hit in hits if hit.what != LANDLINE or not _office_line(text, hit.start, hit.end)]
    if _RLO in text:
        hits += _overridden_hits(text, person, document)
    if "×" in text or "✕" in text:  # 62070219800101871×: a multiplication sign typed for the check character X goes with it
        hits = [Hit(hit.start, hit.end + 1, hit.what, hit.token) if hit.what in (ID, DOCUMENT) and text[hit.end:hit.end + 1]
                in ("×", "✕") else hit for hit in hits]
    return _merged(hits)


# Digits shown in the reverse of their stored order (tenth pass, h11n): after a RIGHT-TO-LEFT OVERRIDE (U+202E) every
# character is laid out right to left until a POP DIRECTIONAL FORMATTING (U+202C), a POP DIRECTIONAL ISOLATE or the
# paragraph's end (Unicode UAX #9, X6 and X9; the "Trojan Source" spoofing, CVE-2021-42574), so 经查，当事人‮89078639931‬
# shows 13993687098 in the browser. The overridden stretch is read again reversed; its hits mask the stretch they lie in.
_RLO = "\u202e"
_OVERRIDE_END = re.compile("[\u202c\u2069\n\r\u2029]")


def _overridden_hits(text: str, person: bool, document: str) -> list[Hit]:
    """Personal data in the stretches after U+202E, read in the order they are shown."""
    hits: list[Hit] = []
    at = text.find(_RLO)
    while at >= 0:
        end_mark = _OVERRIDE_END.search(text, at + 1)
        end = end_mark.start() if end_mark else len(text)
        shown = text[at + 1:end][::-1]
        for hit in find(shown, person, document, names=False):
            hits.append(Hit(end - hit.end, end - hit.start, hit.what, hit.token))
        at = text.find(_RLO, end)
    return hits

# An office's or a company's published landline, named as theirs (adv6 3, overscrub-office-landlines: 可拨打…管理局
# 法规科电话0936-8211234咨询, 或0936-8219999（消协）): the office word right before the phone word, or the office in
# brackets right after the number. A person's landline is never named so (消费者电话…, 其家中座机…).
_OFFICE = (r"(?:局|科|股|处|办|办公室|中心|所|站|队|委员会|管委会|消委会|协会|商会|消协|法院|检察院|政府|窗口|大厅|公司|集团|"
           r"总机|值班室|服务台|12315|12345)")
_OFFICE_BEFORE = re.compile(_OFFICE + r"的?(?:咨询|投诉|举报|监督|联系|值班|办公|服务|客服|受理|维权)?(?:电话|座机|热线|专线)"
                            r"(?:号码)?(?:为|是)?[:：\s]*$")
_OFFICE_AFTER = re.compile(r"\s*[（(][^（）()，。,；;]{0,16}?" + _OFFICE + r"[）)]")


def _office_line(text: str, start: int, end: int) -> bool:
    """Whether the landline at text[start:end] is named as an office's or a company's (`_OFFICE_BEFORE`,
    `_OFFICE_AFTER`)."""
    return _OFFICE_BEFORE.search(text, max(0, start - 24), start) is not None or (
        _OFFICE_AFTER.match(text, end) is not None and _OWN_LINE_MARK.match(text, end) is None)


# A person's numbers marked by kind, as forms list them (0936-8212345（办）、8212346（宅）、139…（手）: 办 for the
# person's 办公电话, beside 宅 and 手; ninth pass): a bare 办 in brackets names no office.
_OWN_LINE_MARK = re.compile(r"\s*[（(]\s*办\s*[）)]")


def _merged(hits: list[Hit]) -> list[Hit]:
    """Hits in order; overlapping ones merged into the first (the wider span kept). A name merged with a
    number is masked as the number (户名张三 104012345678901, whose 三 opens the account: as a name its stars
    showed the account's length; tenth pass, h11n)."""
    out: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and hit.start < out[-1].end:
            last = out[-1]
            if last.what == NAME and hit.what != NAME:
                out[-1] = Hit(last.start, max(hit.end, last.end), hit.what, hit.token)
            elif hit.end > last.end:
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


def mask(text: str, person: bool = False, document: str = "", names: bool | None = None,
         keep: frozenset[str] = frozenset()) -> str:
    """text with every personal datum `find` sees replaced by MASK (a name by its masked form).

    `keep`: tokens (`Hit.token`) of public numbers left as written (the office's own phone from the
    settings, which the leak gate allows anywhere: `public_tokens`)."""
    out = _mask_once(text, person, document, names, keep)
    # What masking brings next to a keyword is read again, as the leak gate reads the masked text (ninth pass:
    # 身份证6222021234567897、8212346 -> 身份证[已隐去]、8212346, whose 8212346 is then the keyword's number; the gate
    # stopped the build on a value the scrubber had left). Only a text that changed, twice at most.
    for _ in range(2):
        if out == text:
            break
        text, out = out, _mask_once(out, person, document, False, keep)
    return out


_DIGIT_BEFORE_MASK = re.compile(r"[0-9０-９]{4}")
_CJK_IN_VALUE = re.compile(r"[\u4e00-\u9fff]")  # (a decision number's words: 罚字 …号; not Excel's 6.20702201204177E+17)


def _mask_once(text: str, person: bool, document: str, names: bool | None, keep: frozenset[str]) -> str:
    """`mask`, one reading of the text."""
    if not text:
        return text
    # Markup typed into a cell (620702<span>19791021</span>4090, 李<b>翀</b>婧) is read as blank space of
    # the same length, so the hits' spans are still those of the text. (Only here, in cells: the gate
    # reads whole pages, whose markup between numbers in tables is no separator.)
    view = _CELL_TAG.sub(lambda m: " " * len(m.group(0)), text) if "<" in text else text
    hits = find(view, person, document, names)
    # A number spelled out with marks the detector reads as a list's or as several numbers' (only ever an ID's or a
    # mobile's eleven digits or more: see _spelled_out_hits).
    if sum(map(str.isdigit, view.translate(_ONE_DIGIT))) >= 11:
        hits = _merged(hits + _spelled_out_hits(view, person, document, hits))
    if view is not text:
        hits += [Hit(s, e, NAME, text[s:e]) for s, e in _names_across_tags(text, view)]
        # What the tags themselves hold is read too (<a href="tel:13993670901">拨打</a>: seventh pass,
        # channels-markup-attributes): the site shows a cell's markup as text.
        hits += find(text, person, document, False)
        hits = _merged(hits)
    if keep:
        hits = [hit for hit in hits if hit.token not in keep]
    if not hits:
        return text
    out, last = [], 0
    for hit in hits:
        out.append(text[last:hit.start])
        out.append(_masked_name(text[hit.start:hit.end]) if hit.what == NAME else MASK)
        last = hit.end
    out.append(text[last:])
    return "".join(out)


# The marks a number is spelled out with in a cell (_spelled_out_hits and its readings).
# What the readings take for a digit, one character for one: full-width, Chinese (〇一二…, 零, 壹贰叁…), circled and
# dingbat digits — a number spelled with numerals *and* marks (⑥、②②、②、⑨⑨③…, 六2二**二九0零…: the lead's
# twelfth-session composition fuzz) is read as one spelled with digits. (Not the radio spelling, 两, or the letter O:
# words in text.)
_ONE_DIGIT = str.maketrans(
    {c: d for c, d in _CN_DIGITS.items() if c not in "O两幺洞拐勾"}
    | {c: d for c, d in _DINGBAT_DIGITS.items() if len(d) == 1}
    | {chr(0x2460 + i): str(i + 1) for i in range(9)}  # ①-⑨
    | {chr(0xFF10 + i): str(i) for i in range(10)})  # ０-９
_PLAIN_MARKS = r" .\-_/·\u3000\u00a0\n\u200b-\u200f\u2060\ufeff"  # (a character class's body: spaces, dots, dashes, invisibles)
_LIST_MARKS_SPELLED = ",;~、，；。丨|*+:：=～"  # (the marks between a list's numbers, and a half-masked number's *)


def _spelled_out_hits(text: str, person: bool, document: str, found: list[Hit]) -> list[Hit]:
    """Identity numbers and mobiles in a cell written with marks between their digits that `find` reads as a list's or
    as several numbers' (eleventh session, the lead's composition fuzz; only here, in cells: in a dataset a comma ends
    a cell, and the gate reads the masked cell).

    - An ASCII comma or semicolon between digits (6,2,0,7,0,2,…) is read as its full-width form, a weak separator
      across which only an identity number or a mobile joins (never an amount: 1,380,000,000): 18 of 40 IDs so
      written were published.
    - Digits spaced within the blocks of a number and another mark between the blocks (1 3 9-9 3 6 8-7 0 9 8): one
      mark for both, when the blocks are a mobile's or an ID's (_marks_unified).
    - Any other mix of marks (1 5· 9· 3·5· 903…): one mark for all, an ID counting with a right check digit, a mobile or a
      landline after a phone's, ID's or app's word (_marks_unified).
    - A bank card with a list's marks between its digits: a card a bank issues, with a right Luhn digit
      (_listed_cards, _issued_card).

    - A number spelled with numerals (⑥、②②、②、⑨⑨③…, 六.二零七零二一九六六.零八…): each read as its digit (_ONE_DIGIT), then
      as above; from the numerals alone, an ID with a right check digit, a card a bank issues, or a mobile or a landline
      after a phone's word or with marks piled between its digits.

    A run already inside one of the `found` hits is left as it is (read once: +86 134-0039-5950)."""
    hits: list[Hit] = []
    masked = [(hit.start, hit.end) for hit in found]
    listed = _ascii_lists_widened(text, masked) if ("," in text or ";" in text) else text
    if listed != text:
        hits += [hit for hit in find(listed, person, document, False) if hit.what in (ID, MOBILE)]
    blocked, marked = _marks_unified(text, masked)
    if blocked != text:
        hits += [hit for hit in find(blocked, person, document, False) if hit.what in (ID, MOBILE)]
    readings = [marked] if marked != text else []
    # With numerals read as digits (same length), only the strict readings: a numeral beside digits may be a name's
    # (王五1 3 9-9 3 6 8-…, whose 五 is no digit of the mobile).
    view = (_DIGIT_REF.sub(_digit_read, text) if "&#" in text else text).translate(_ONE_DIGIT)
    if view != text:
        readings += [view, _marks_unified(view, masked)[1]]
    for reading in dict.fromkeys(readings):
        hits += [hit for hit in find(reading, person, document, False)
                 if (hit.what == ID and len(hit.token) == 18 and _ric_valid(hit.token))
                 or (hit.what == CARD and _issued_card(hit.token)
                     and (_odd_layout(view, hit) or _word_before(_CARD_WORD_BEFORE, view, hit.start)
                          or _word_before(_PHONE_WORD_BEFORE, view, hit.start)))
                 or (hit.what in (MOBILE, LANDLINE)
                     and (_word_before(_PHONE_WORD_BEFORE, view, hit.start)
                          or (hit.what == MOBILE and _odd_layout(view, hit))))]
    hits += _listed_cards(view, masked)
    # A standard's number is no reading's (GB 1886.174-2016 is eleven digits from 1 8 in two blocks: a food additive's
    # standard, cited in food-safety decisions, was masked as a mobile by the blocked reading), nor a list of decimals
    # (1.31 37.78 89.41 made a mobile's 3-4-4 blocks; 4.4、17.4、19.5、… a Visa number with a right Luhn digit: the lead's
    # twelfth-session public-number corpus, 30,000 measurement, standard, date and amount texts).
    hits = [hit for hit in hits if not _word_before(_STANDARD_CODE_BEFORE, text, hit.start) and not _decimal_list(view, hit)]
    if "&#" in text:  # (a hit ends inside a reference read as its digit: the whole reference is masked)
        refs = [m.span() for m in _DIGIT_REF.finditer(text)]
        hits = [Hit(min([hit.start] + [s for s, e in refs if s < hit.start < e]),
                    max([hit.end] + [e for s, e in refs if s < hit.end < e]), hit.what, hit.token) for hit in hits]
    return hits


_DECIMAL = re.compile(r"[0-9０-９]+[.．·][0-9０-９]+")
_FRACTION_AFTER = re.compile(r"[.．·][0-9０-９]+")
_NUMBER_BEFORE = re.compile(r"[0-9０-９]+[.．·]?$")


def _decimal_list(text: str, hit: Hit) -> bool:
    """Whether a reading's hit is (part of) a list of two decimals or more, each written with one point, between single
    marks (13.2、15.6, 1.31 37.78 89.41, 1.45-83.85-26.93) — not a number spelled out."""
    start, end = hit.start, hit.end
    before = _NUMBER_BEFORE.search(text, max(0, start - 12), start)
    start = before.start() if before else start
    after = _FRACTION_AFTER.match(text, end)
    end = after.end() if after else end
    run = text[start:end]
    if _marks_piled(run):
        return False
    blocks = _blocks(run)
    return len(blocks) >= 2 and all(_DECIMAL.fullmatch(block) for block in blocks)


# The code of a standard before its number (GB, GB/T, DB62/T, YY/T, QB/T, JJF, SN/T, T/CNFIA …: GB/T 1.1-2020 clause 6.2)
# — not the letters of a phone's or an ID's word (TEL, ID, QQ, NO).
_STANDARD_CODE_BEFORE = re.compile(r"(?<![A-Za-z])(?!(?:TEL|ID|QQ|WX|NO|PHONE|MOB|FAX)\b)[A-Z]{1,5}\d{0,2}(?:\s?/\s?[A-Z]{1,6})?"
                                   r"\s?$")
_CARD_WORD_BEFORE = re.compile(r"(?i:卡|账号|账户|帐号|帐户|card|acct|a/c)[^0-9]{0,6}$")


def _word_before(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Whether `pattern` (anchored at its end, $) matches the twelve characters before `start`: a phone's, a card's or a
    standard's word before a number."""
    return pattern.search(text, max(0, start - 12), start) is not None


def _blocks(run: str) -> list[str]:
    """A run's blocks of digits and points, between its other marks."""
    return [block for block in re.split(r"[^0-9０-９.．·]+", run) if block]


# A bank card spelled with a list's marks between its digits (6、2、2、2、0、2、…, 6222，0212，…): the digits of a run of
# 16-19 joined across 、，,;|。~*+:= read as a card when they are one a bank issues — UnionPay 62, Visa 4, Mastercard
# 51-55 and 2221-2720 (ISO/IEC 7812 issuer numbers) — with a right Luhn digit; a list of article or batch numbers is
# that by chance once in ten thousands. (Eleventh session, the lead's separator matrix: 251 of 840 cards so written
# were published.)
_CARD_LIST_RUN = re.compile(rf"(?<![0-9０-９])[0-9０-９]++(?:\s?[{_LIST_MARKS_SPELLED}.\-_/·]\s?[0-9０-９]++)+")
# (And with any marks between the digits, when they are piled: 6·2·、22·、9·15·9·、·0…, 6/2/2/*/*/2/407…)
_CARD_PILED_RUN = re.compile(rf"(?<![0-9０-９])[0-9０-９]++(?:[\s{_LIST_MARKS_SPELLED}{_PLAIN_MARKS}]{{1,6}}[0-9０-９]++)+")


def _listed_cards(text: str, masked: list[tuple[int, int]]) -> list[Hit]:
    """The runs of 16 to 19 digits with marks between them (not already `masked`) that are a card a bank issues."""
    hits = []
    for run in [*_CARD_LIST_RUN.finditer(text), *_CARD_PILED_RUN.finditer(text)]:
        digits = "".join(c for c in run.group(0) if c.isdigit())
        if 16 <= len(digits) <= 19 and not _covered(run.start(), run.end(), masked) and not _word_before(_STANDARD_CODE_BEFORE, text, run.start()) \
                and (run.re is _CARD_LIST_RUN or _marks_piled(run.group(0))):
            digits = unicodedata.normalize("NFKC", digits)
            if _issued_card(digits):
                hits.append(Hit(run.start(), run.end(), CARD, digits))
    return hits


def _issued_card(digits: str) -> bool:
    """Whether 16-19 digits are a card number a bank issues (UnionPay, Visa, Mastercard) with a right Luhn digit."""
    if not (16 <= len(digits) <= 19 and digits.isdigit()) or not luhn.is_valid(digits):
        return False
    return digits.startswith(("62", "4")) or "51" <= digits[:2] <= "55" or "2221" <= digits[:4] <= "2720"


# Marks piled between two digits (1-.39-.01, 199，_6_8，_2, 1-\xa0-7, 19\xa0/932, 1.\u200b.3): what one writer's
# transformations leave on another's, never a list's, a decimal's or a standard's punctuation (13.2、15.6,
# GB 1886.174-2016, 2024.1.1-2024.12.31, 13.2, 15.6 have one mark, alone or with plain spaces, between two digits).
_GAP = re.compile(r"(?<=[0-9０-９])[^0-9０-９]+(?=[0-9０-９])")
_GAP_PILED = re.compile(rf"[^\s{_INVISIBLE}][\s{_INVISIBLE}]*[^\s{_INVISIBLE}]|[{_INVISIBLE}]"
                        r"|[^\s][^\S ]|[^\S ][^\s]")


# How a list of numbers, decimals or dotted clauses is written: blocks of digits, each with one point at most, between
# single marks (13.2、15.6, 62.78 28.64, 1886.174-2016). A run written otherwise (6.2.22 64.7.413 .7.9, 1.3 .86. 7.00)
# is a number spelled out, not a list, unless it is a list of clauses or dates (第13.2.1、13.2.5、14.1条).
_LIST_BLOCK = re.compile(r"[0-9０-９]+(?:[.．·][0-9０-９]+)?")
_CLAUSE_BEFORE = re.compile(r"(?:[第条款项章节表图]|附录|标准|规范|版本|版|[vV])[0-9０-９\s.．·、，,;；/\-]*$")
_CLAUSE_AFTER = re.compile(r"[条款项章节]")


# A digit written as a character reference (&#54;, &#x36;, &#６５;) in a cell whose other digits are written otherwise
# (the composition fuzz: references mixed with marks, numerals or full-width digits): read as the digit, padded with
# invisible characters to the reference's length (so that a reading's spans are the text's; the padding reads as
# marks piled between digits, which no public number has).
_DIGIT_REF = re.compile(r"&#(?:([0-9０-９]{2,5})|[xX]([0-9a-fA-F]{2,4}));")


def _digit_read(ref: re.Match[str]) -> str:
    code = int(unicodedata.normalize("NFKC", ref.group(1)), 10) if ref.group(1) else int(ref.group(2), 16)
    digit = norm_char(chr(code)) if 0 < code < 0x110000 else ""
    return digit + "\u200b" * (len(ref.group(0)) - 1) if len(digit) == 1 and digit.isdigit() else ref.group(0)


def _odd_layout(text: str, hit: Hit) -> bool:
    """Whether the digits of a reading's `hit` are written as no list of numbers is: marks piled between two digits, or
    a block with two points or opening or closing with one — and no clause's or version's word beside them."""
    run = text[hit.start:hit.end]
    if _marks_piled(run):
        return True
    if _CLAUSE_BEFORE.search(text, max(0, hit.start - 40), hit.start) or _CLAUSE_AFTER.match(text, hit.end):
        return False
    return any(not _LIST_BLOCK.fullmatch(block) for block in _blocks(run))


def _marks_piled(run: str) -> bool:
    """Whether a run of digits has two marks, an invisible character, or a mark beside a space other than the plain
    one (a no-break or ideographic space, a line break) between two of its digits."""
    return any(_GAP_PILED.search(gap.group(0)) for gap in _GAP.finditer(run))


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _ascii_lists_widened(text: str, masked: list[tuple[int, int]]) -> str:
    """text with the ASCII commas and semicolons inside each run of eleven digits or more (not already `masked`)
    written full-width."""
    out = text
    for run in _ASCII_LIST_RUN.finditer(text):
        if sum(map(str.isdigit, run.group(0))) >= 11 and not _covered(run.start(), run.end(), masked) \
                and not (_THOUSANDS.fullmatch(run.group(0)) and sum(map(str.isdigit, run.group(0))) < 18):
            # (an amount: 12,345,678,901; no amount has the 18 digits of an ID: 620,702,199,001,020,079)
            out = out[:run.start()] + run.group(0).replace(",", "，").replace(";", "；") + out[run.end():]
    return out


def public_tokens(values: Iterable[str]) -> frozenset[str]:
    """The tokens `find` gives public numbers (the office's own phone, 0936-8212345 -> 09368212345),
    for `mask(keep=...)`: the same number however it is written in a record's text."""
    return frozenset(hit.token for value in values if value for hit in find(value, names=False))


_CELL_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,120})?\s*/?>")
# Digits spaced one by one inside the blocks of a number and another mark between the blocks (1 3 9-9 3 6 8-7 0 9 8,
# 6.2.0.7.0.2-1.9.9.0.…: an entry spelling a number out to slip past the detector, whose rules read a run with two
# kinds of mark between one-digit groups as several small numbers, SVG path data 3.54 2.36-2.19). In a cell, when one
# of the two marks cuts the run into the blocks of a mobile (3-4-4) or an identity number (6-8-4, 6-4-4-4), the other
# is read as that mark too, and only an identity number or a mobile found so counts. (Eleventh session, the lead's
# composition fuzz.)
_SPACED_BLOCKS = re.compile(rf"(?<![0-9０-９])[0-9０-９]++(?:[{_PLAIN_MARKS}]{{1,4}}[0-9０-９]++)+")
_BLOCK_SIZES = frozenset(((3, 4, 4), (3, 8), (7, 4), (6, 8, 4), (6, 4, 4, 4), (6, 12), (14, 4), (6, 8, 3, 1)))
_BLOCK_MARK = re.compile(rf"[{_PLAIN_MARKS}]+")
_ANY_MARKS_RUN = re.compile(rf"(?<![0-9０-９])[0-9０-９]++(?:[{_PLAIN_MARKS}{_LIST_MARKS_SPELLED}]{{1,4}}[0-9０-９]++)+"
                            rf"(?:[{_PLAIN_MARKS}{_LIST_MARKS_SPELLED}]{{1,4}}[xXｘＸ×](?![a-zA-Z]))?")  # (an ID's check X)


def _mark_kind(mark: str) -> str:
    """A mark between digits as one kind: its printing characters, or " " for blank space alone."""
    return mark.strip(" \u3000\u00a0") or " "


_PHONE_WORD_BEFORE = re.compile(r"(?i:电话|手机|联系|座机|拨打|致电|号码|身份证|证件|微信|tel|phone|mobile|id|qq|wx)[^0-9]{0,6}$")


def _marks_unified(text: str, masked: list[tuple[int, int]]) -> tuple[str, str]:
    """Two readings of text (same length), for the runs of eleven digits or more with two kinds of mark or more between
    them (not already `masked`): the runs whose marks cut them into a mobile's or an ID's blocks (1 3 9-9 3 6 8-7 0 9 8:
    one mark inside the blocks, another between them) written with one mark; and every such run written with one
    mark."""
    blocked = marked = text
    # (The mixed reading takes a list's marks and the asterisks of a half-masked number too: 6、\u300020、7、…,
    # 620**7 0 **21986…; only an ID with a right check digit or a number after a phone's word counts from it.)
    for run in _ANY_MARKS_RUN.finditer(text):
        digits = run.group(0)
        if sum(map(str.isdigit, digits)) >= 11 and not _covered(run.start(), run.end(), masked) and (len(
                {c for c in digits if not c.isdigit() and not c.isspace()} | {" " for c in digits if c.isspace()}) >= 2
                or _marks_piled(digits)):
            marked = marked[:run.start()] + "".join(c if c.isdigit() or c in "xXｘＸ×" else " " for c in digits) \
                + marked[run.end():]
    for run in _SPACED_BLOCKS.finditer(text):
        digits = run.group(0)
        if sum(map(str.isdigit, digits)) < 11 or _covered(run.start(), run.end(), masked):
            continue
        unified = "".join(c if c.isdigit() else " " for c in digits)
        marks = [m.group(0) for m in _BLOCK_MARK.finditer(digits)]
        kinds = {_mark_kind(mark) for mark in marks}
        if len(kinds) != 2 or any(len(set(_mark_kind(mark))) > 1 for mark in marks):
            continue
        for outer in kinds:
            cut = re.split("|".join(re.escape(m) for m in {m for m in marks if _mark_kind(m) == outer}), digits)
            if tuple(sum(map(str.isdigit, block)) for block in cut) in _BLOCK_SIZES:
                blocked = blocked[:run.start()] + unified + blocked[run.end():]
                break
    return blocked, marked


_ASCII_LIST_RUN = re.compile(r"(?<![0-9０-９])[0-9０-９]++(?:[,;]\s?[0-9０-９]++)+")
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


def _names_across_tags(text: str, view: str) -> list[tuple[int, int]]:
    """Names split by markup (消费者李<b>翀</b>婧反映): found in the text with the tags removed, mapped back."""
    kept: list[int] = []
    for m in re.finditer(r"[^ ]|(?<! ) ", view):
        if not (view[m.start()] == " " and text[m.start()] != " "):
            kept.append(m.start())
    plain_text = "".join(text[i] for i in kept)
    kept.append(len(text))
    return [(kept[s], kept[e - 1] + 1) for s, e in person_name_spans(plain_text)]


def _masked_name(name: str) -> str:
    return name[:1] + "*" * (len(name) - 1)


def mask_cell(value: object) -> str:
    """A cell value, file name or column header as staff outputs may quote it: every personal datum
    masked (one choke point), and the names a clerk puts into a file name (殷翀琛报送_….csv)."""
    text = mask(str(value), person=True, names=True)
    spans = _file_name_names(text)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(_masked_name(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


# In a file name: a name before the verb of whoever sent or made the file (殷翀琛报送, 张三提供), or a
# name that is a whole part of the name between separators (处罚_张三_10月.csv).
_FILE_VERBS = ("报送", "提供", "填报", "上报", "整理", "制表", "导出", "核对", "录入", "汇总", "报", "交", "发", "的")
_FILE_NAME_BEFORE = re.compile("([\u4e00-\u9fff]{2,4}?)(?:" + "|".join(_FILE_VERBS) + ")")
# A sheet is quoted after its file as file#sheet: "#" opens a part too, and a part may end where a
# number typed after the name was masked (#冼某某13993629962 -> #冼某某[已隐去], adversarial round 5).
_FILE_NAME_PART = re.compile(r"(?<=[_\-\s（()）【】#])([\u4e00-\u9fff]{2,4})(?=[_\-\s（()）【】.#\[0-9]|$)")
# Characters of the words that name a file's contents, never of a person's name in one.
_FILE_WORDS = set("表单年月日期份版批件息据录细汇总新旧第号区县市镇乡村局所处罚许可公示信用名单承诺投诉评价行政数据导出"
                  "报送全部量附修改正稿终初定")


# A column header naming whose contact it holds (欧阳丽娟电话, 欧阳玉兰的住址: an outsider's thirteenth-session case, quoted
# by the staff report as the unknown column's name): the name before the word for a contact.
_HEADER_NAME = re.compile(r"([\u4e00-\u9fff]{2,4}?)的?(?:联系电话|电话号码|电话|手机号码|手机号|手机|家庭住址|住址|地址|"
                          r"身份证号码|身份证号|身份证|微信号|微信|邮箱|QQ号|QQ)")


def _named_like_a_person(name: str) -> bool:
    """Whether a word in a file name or a column header may be a person's name: it opens with a surname, and is neither a
    word (a sheet named 张掖) nor holds a file's word after its first character."""
    return ((name[0] in _SURNAMES or name[:2] in _SURNAMES2) and not _FILE_WORDS.intersection(name[1:])
            and not common_word(name))


def _file_name_names(text: str) -> list[tuple[int, int]]:
    if "/" not in text and "." not in text:  # not a file name (a column header): the detector did it, but for a
        header = _HEADER_NAME.fullmatch(text.strip())  # person whose contact the column holds
        if header and _named_like_a_person(header.group(1)) \
                and header.group(1)[-1] not in "人者员方户主":  # (申请人地址, 管理员邮箱: a role's column)
            start = text.index(header.group(1))
            return [(start, start + len(header.group(1)))]
        return []
    spans = []
    for pattern in (_FILE_NAME_BEFORE, _FILE_NAME_PART):
        for m in pattern.finditer(text):
            name = m.group(1)
            # (信用平台接口导出: two words, 平台 and 接口, are the file's subject, not 平台接)
            if _named_like_a_person(name) and not (len(name) == 4 and common_word(name[:2]) and common_word(name[2:])):
                spans.append((m.start(1), m.end(1)))
    kept: list[tuple[int, int]] = []  # the first found of overlapping spans: 张三 before 提供, not 张三提供
    for start, end in spans:
        if all(end <= s or start >= e for s, e in kept):
            kept.append((start, end))
    return sorted(kept)


# The column of the old 15-digit registration number (工商注册号). 15-digit identity cards were
# replaced by 18-digit ones from 1999 and expired by 2013, while exports still carry the 15-digit
# 工商注册号 of 个体工商户, often without a valid check digit: there a bare 15-digit number is read as
# the registration number it is filed as (an 18-digit ID in the same column is still withheld).
REGISTRATION_NUMBER_COLUMNS = ("工商注册号",)


def registration_number_shape(column: str, value: str) -> bool:
    """Whether `value` in `column` is a bare 15-digit registration number (public), see above.

    Decided (round 15, h21o L15, reverted): a 15-digit number in 工商注册号 is the registration number it is filed as,
    even when it also reads as a first-generation 身份证 and fails the 注册号's check digit (GS15-2006, ISO 7064
    MOD 11,10). Registration numbers issued before GS15, and those platforms retype, do not all carry a valid
    check digit, and a 个体工商户 without a credit code is known (its page address) by this number; withholding
    every such number would hide those businesses. An ID written anywhere else, or named as an ID, is masked.
    """
    return column in REGISTRATION_NUMBER_COLUMNS and len(value) == 15 and value.isascii() and value.isdigit()


def old_id_shape(value: str) -> bool:
    """Whether a cell is a bare 15-digit number that reads as a first-generation ID (a valid 工商注册号
    may: 620702850310001). Public only as the 工商注册号 it is filed as (`registration_number_shape`);
    in any other identifier column it is withheld (issue 16: identifiers are public per field)."""
    return len(value) == 15 and value.isascii() and value.isdigit() and is_id15(value)


# A mobile as a whole digit run of an identifier, with letters or a dash and a short serial around it.
_MOBILE_IN_KEY = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")


def personal_id_in(value: str) -> bool:
    """Whether an identifier cell (工商注册号, 税务登记号, 许可编号, 文书号 …) is or holds a personal ID.

    The whole compact value is read as the detector reads numbers; inside a longer value, an
    18-digit stretch with a valid check digit and birth date (a 税务登记号 made of an ID and a
    suffix); a 15-digit registration number with a valid ISO 7064 check digit is not an ID.
    """
    if not value:
        return False
    if not value.isdigit() and _letters_for_digits_id(value):
        return True
    if not value.isascii():  # (adversarial round 4: Ｅ98765432 full-width, 62070219880808903× with × for X)
        # (and round 5: a Greek or Cyrillic capital for a Latin letter, Е23456782 with a Cyrillic Е)
        value = unicodedata.normalize("NFKC", value).strip().lower().translate(_PLATE_LOOKALIKES)
        if value.endswith(("×", "✕", "ⅹ")):
            value = value[:-1] + "x"
    short = re.sub(r"[\s\-]", "", value)
    if len(short) <= 14 and short != value and short.isascii() and short.isalnum() and _DOCUMENT_CELL.fullmatch(short.lower()):
        return True  # a passport written with a space or a dash (EA 7654321)
    if _MOBILE_IN_KEY.search(value):
        return True  # a work order numbered by the complainant's mobile (TS13993680001, 12315-13993680002-01: adv6 1.2d)
    if _LETTER_SPLIT_HINT.search(value) and any(h.what in (ID, MOBILE) for h in _letter_split_hits(value)):
        return True  # 6a2a0a7a…a7: an ID with a letter after every digit (sixteenth pass, h20q L2)
    if value.isascii() and value.isalnum():  # the usual cell (codes, numbers): no normalising needed
        tw = _TW_ID.fullmatch(value.upper())  # (a Taiwan identity number by its check digit: eighth pass)
        # (Or a bare Base64 value of a person's number, NjIwNzAyMTk4…: typed into 工商注册号 it was published as the
        # registration number, its hits allowed as that cell's; tenth pass, h11n.)
        return _plain_personal_id(value.lower()) or (tw is not None and _tw_id_valid(tw.group(1), tw.group(2))) \
            or (len(value) >= 8 and value[0] in "MNO" and bool(_bare_base64_hits(value)))
    for hit in find(value, names=False):
        if hit.what in PERSONAL_IDS or hit.what in (MOBILE, EMAIL):
            if hit.what == ID and len(hit.token) == 15 and _registration_number(hit.token):
                continue
            if hit.what == ID and len(hit.token) == 18 and hit.token[:17].isdigit() and hit.token in value \
                    and _CJK_IN_VALUE.search(value) and not _ric_valid(hit.token.lower()) and _recent_date(hit.token[6:14]):
                continue  # a date-coded serial inside a decision number (甘州市监罚字[2026]620702202609010001号: h19o's
                # O4_decision_no_18_digits), as `_plain_personal_id` reads a whole one: a wrong check digit, a recent date
            return True
    squeezed, _ = _squeezed(normalise(value).text)
    for i in range(len(squeezed) - 17):
        d = squeezed[i:i + 18]
        if d[:17].isdigit() and (d[17].isdigit() or d[17] == "x") and is_id18(d) and _ric_valid(d):
            return True
    # An ID or a mobile spelled out with marks a cell's reading joins (王五1 3 9-9 3 6 8-7 0 9 8 in 法定代表人: the lead's
    # eleventh-session probe; see _spelled_out_hits).
    return sum(map(str.isdigit, value.translate(_ONE_DIGIT))) >= 11 and any(
        hit.what in (ID, MOBILE) for hit in _spelled_out_hits(value, False, "", []))


# Letters an OCR or a keyboard puts for digits (I l | for 1, B for 8, S for 5, Z for 2, G b for 6, T for 7,
# q g for 9, O o D Q for 0), and the Latin look-alikes of other scripts once NFKC has run (Cyrillic З б,
# Greek Ζ Β Ι …; adversarial round 5, identifier-letter-for-digit-ids: 620702I98508I56309 became a page
# address). Read only in an identifier cell, and only where the result is an identity number with a
# valid check character and birth date: a credit code keeps its letters.
_LOOKALIKE_DIGITS = str.maketrans({
    "I": "1", "l": "1", "i": "1", "|": "1", "!": "1", "B": "8", "S": "5", "s": "5", "Z": "2", "z": "2",
    "G": "6", "b": "6", "T": "7", "q": "9", "g": "9", "O": "0", "o": "0", "D": "0", "Q": "0",
    "О": "0", "о": "0", "Ο": "0", "ο": "0", "Ζ": "2", **_OTHER_SCRIPT_DIGITS,  # (the text's table, one for both)
})
_ID_SEPARATORS = re.compile(r"[\s\-_.·/年]")


def lookalike_id_reading(value: str) -> str:
    """The 18-digit identity number an ID cell shows with look-alike letters for some digits
    (620702I98508I56309, Roman numerals, 年 typed inside), or "" if it shows none."""
    read = "" if value.isdigit() else _lookalike_reading(value)
    return read if len(read) == 18 and _id_reading_valid(read) else ""


def _letters_for_digits_id(value: str) -> bool:
    """Whether an identifier cell is an identity number with look-alike letters for some digits."""
    read = _lookalike_reading(value)
    return bool(read) and _id_reading_valid(read)


def _lookalike_reading(value: str) -> str:
    """The cell read with its look-alike letters as digits and its separators dropped, if that changed
    it and left 17 or 18 characters (a final x as X); else ""."""
    read = _ID_SEPARATORS.sub("", value).translate(_LOOKALIKE_DIGITS)  # (Roman numerals before NFKC spells them)
    if not read.isascii():
        read = unicodedata.normalize("NFKC", read).translate(_LOOKALIKE_DIGITS)
    if not 17 <= len(read) <= 18 or read == value:
        return ""
    return read[:-1] + "X" if read[-1] in "xX×" else read


def _id_reading_valid(read: str) -> bool:
    """Whether a look-alike reading is an identity number: 18 characters with a valid birth date and
    check character, or 17 digits without it (the X or the check digit dropped, as round 4's
    digits-only systems write it). (No exemption for a value that is also a valid credit code,
    620T021985081563T6 is one by chance: the birth date and ID check character are rarely both
    given by a code's organisation digits; privacy first.)"""
    if len(read) == 18:
        return read[:17].isdigit() and (read[17].isdigit() or read[17] == "X") and is_id18(read) and _ric_valid(read)
    return read.isdigit() and read[:2] in _PROVINCES_CODES and \
        _birth_ok(int(read[6:10]), int(read[10:12]), int(read[12:14])) and not _recent_date(read[6:14])


@functools.lru_cache(maxsize=1 << 16)
def _plain_personal_id(v: str) -> bool:
    """`personal_id_in` of a value of ASCII letters and digits (lower case)."""
    if _DOCUMENT_CELL.fullmatch(v):
        return True  # a passport or permit number as the whole cell (工商注册号 EA1234567: round 3)
    for run in re.findall(r"\d{11,}x?", v):
        n = len(run)
        whole = run == v
        if n == 18 and (is_id18(run) or is_fpr18(run)) and (whole or _ric_valid(run)):
            if whole and not _ric_valid(run) and _recent_date(run[6:14]):
                continue  # a date-coded number (施工许可证 620702202605180101, 文书号 …), see below
            return True
        if n == 15 and whole and is_id15(run) and not _registration_number(run):
            return True
        if n == 11 and whole and _is_mobile(run):
            return True
        # (A longer run holding an ID with a suffix is an adult operator's 税务登记号. A window whose "birth date" is within
        # the last 16 years is the date of a date-coded number instead: the 信用承诺 template numbers a commitment
        # region(6) + date(8) + serial(6), and one in four such numbers was withheld as an ID — tenth session, h11x's case.)
        if n > 18 and any(is_id18(run[i:i + 18]) and _ric_valid(run[i:i + 18]) and not _recent_date(run[i + 6:i + 14])
                          for i in range(n - 17)):
            return True
        if n == 17 and whole and is_id15(run[:15]):
            return True  # an old 个体户 税务登记号: the operator's 15-digit ID and a two-digit suffix
        if n == 17 and whole and run[0] in "12345678" and _birth_ok(int(run[6:10]), int(run[10:12]), int(run[12:14])) \
                and not _recent_date(run[6:14]):
            return True  # an ID without its check character (digits-only systems drop the X: round 4)
    return False


# A whole identifier cell shaped like a document number: a passport (E12345678, EA1234567, G12345678),
# a HK/Macau permit (H60123456, M12345678), an electronic exit permit (CJ3456789).
# Also (adversarial round 5) the old 往来港澳通行证 C + 8 digits, 往来台湾通行证 L + 8 digits, and the 2004
# 外国人永久居留证: a country's three letters and 12 digits (USA620712345678), and the 2004-2014 往来港澳通行证
# W + 8 digits and a T + 8 digits permit.
_NATIONALITIES = ("usa gbr can aus nzl deu fra ita esp nld bel che aut swe nor dnk fin irl prt pol rus ukr jpn kor prk "
                  "ind pak bgd npl lka mmr tha vnm lao khm mys sgp idn phl mng kaz kgz tjk uzb tkm afg irn irq syr "
                  "tur isr sau are egy nga eth ken zaf bra arg mex chl col per").split()
_DOCUMENT_CELL = re.compile(r"[egpdskhmcltw]\d{8}|e[a-z]\d{7}|[hm]\d{10}|c[a-z]\d{7}|(?:" + "|".join(_NATIONALITIES)
                            + r")\d{12}")


def _recent_date(d: str) -> bool:
    """Whether an 8-digit date is within the last 16 years. An 18-digit identifier cell whose ID check
    digit is wrong and whose "birth date" is that recent is a date-coded number (the national
    numbering of 施工许可证, all-digit decision numbers), not a mistyped ID: no party is that young
    (adversarial round 3: withholding such keys let withdrawals and repairs match nothing, so revoked
    records stayed published). With a valid check digit it is still withheld as an ID."""
    try:
        day = dt.date(int(d[:4]), int(d[4:6]), int(d[6:8]))
    except ValueError:
        return False
    today = dt.date.today()
    return dt.date(today.year - 16, 1, 1) <= day <= today


def _registration_number(d: str) -> bool:
    """A 15-digit 工商注册号 (GB 12406 ISO 7064 MOD 11,10 check digit)."""
    from stdnum.iso7064 import mod_11_10

    return mod_11_10.is_valid(d)


# -- whole names ------------------------------------------------------------------------------

_PLACE_SUFFIX = set("市县区镇乡村省州路街巷道里湾沟河山桥寨堡屯营庄")
_ORG_END = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:有限责任公司|股份有限公司|有限公司|公司|集团|商行|商店|商贸|贸易|超市|专营店|专卖店|百货|商场|"
    r"商厦|商城|大厦|市场|广场|公园|景区|珠宝|首饰|电器|眼镜|"
    r"烧烤店|饭店|酒店|宾馆|餐厅|饭馆|面馆|店|厂|合作社|中心|医院|诊所|药房|药店|学校|幼儿园|委员会|协会|银行|研究所|事务所)")
_VERBISH = set("反投举称说购买在于因对向被将把的了是为和与及等未已不到去回进出来住从")
_PLACE_WORDS = ("社区", "小区", "大道", "大街", "花园", "家园", "新村", "开发区", "园区")
# A place name may run on a character or two past a person's name before its suffix (梁家墩镇).
_PLACE_SHORT = re.compile("[\u4e00-\u9fff]{1,2}?(?:市|县|镇|乡|村|街道)|[\u4e00-\u9fff]{1,3}族(?:乡|镇|自治县|自治州)")
# After a name, these make it a brand (李宁牌运动鞋, 王守义牌十三香): a brand is a public fact.
_BRAND_NEXT = ("牌", "品牌", "商标", "牌子", "®", "™")
# (Chinese quotes only: ASCII quotes delimit every value of a JSON or CSV output.)
_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", "‘": "’"}


def inside_public_name(text: str, start: int, end: int, words: bool = True) -> bool:
    """Whether text[start:end] (a person's name found in text) is part of a place or organisation
    name rather than a whole name: 张掖 in 张掖市, 华强 in 张掖华强商贸有限公司, 李建国 in 李建国烧烤店.

    It is when glued to a place suffix (市县区镇乡村路…) or one or two characters before one (梁家墩镇),
    when the characters after it run, with no punctuation and no verb-like character, into an
    organisation ending (…有限公司, …店, 王府井百货), and when it is a brand: followed by 牌/商标
    (李宁牌运动鞋) or quoted alone (“王守义”十三香, 《…》)."""
    if end < len(text) and text[end] in _PLACE_SUFFIX:
        return True
    if text.startswith(_PLACE_WORDS, end):
        return True  # 常青社区, 金花小区 (adversarial round 5, overscrub-own-record-name-like-word)
    if text.startswith("局", end) and not text.startswith("局长", end):
        return True  # 卫健局, 甘州区文旅局: a government office
    if text.startswith(_BRAND_NEXT, end) and not text.startswith(("牌照", "牌匾", "牌坊", "牌位"), end):
        return True
    if start > 0 and _QUOTES.get(text[start - 1]) is not None and text.startswith(_QUOTES[text[start - 1]], end):
        return True
    place = _PLACE_SHORT.match(text, end)
    if place is not None and not _VERBISH.intersection(text[end:place.end()]):
        return True
    m = _ORG_END.match(text, end)
    if m is not None and not _VERBISH.intersection(text[end:m.end()]):
        return True
    if not words:  # the party's own name in its own record: privacy first, the person (当事人甘州销售)
        return False
    from generator.person_names import inside_public_word  # a word of a place, a brand (国庆节, 国美电器)

    return inside_public_word(text, start, end)


_ROLE_BEFORE = re.compile("(?:" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")[:：\s“「‘\"'为是]{0,3}$")
_ROLE_HINT = re.compile("|".join(sorted(ROLES, key=len, reverse=True)))


# A person in brackets after a word for a person (…有限公司（推荐人韦璟瑜）, 韦翮瑜（实际经营人韦珩瑜）).
_BRACKETED_PERSON = re.compile(r"[（(][^（）()]{0,8}?(?:人|员|长|师|者|主)[:：\s]{0,2}([\u4e00-\u9fff·]{2,8})[）)]")


def mask_names_after_roles(text: str) -> str:
    """text with the names that follow a role word masked (李**), nothing else: for cells that are a
    name themselves, an organisation's (…有限公司（联系人王翀婧）, …（店长韦琰瑜）), where the recogniser
    alone would read too much into the organisation's own words."""
    spans = [m.span(1) for m in _BRACKETED_PERSON.finditer(text)
             if starts_with_surname(m.group(1)) or "·" in m.group(1) or _UYGHUR_START.match(m.group(1))]
    if not spans and not _ROLE_HINT.search(text):
        return text
    spans += [(s, e) for s, e in person_name_spans(text) if _ROLE_BEFORE.search(text, max(0, s - 12), s)]
    if not spans:
        return text
    out, last = [], 0
    for start, end in merge_spans(spans):
        out.append(text[last:start])
        out.append(_masked_name(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


def person_name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of third persons' names in prose: the project's recogniser (generator.person_names)
    when it is installed, else the role-word rule of this module."""
    try:
        from generator.person_names import (
            common_word_at,
            find_person_names,
            role_opens_longer_word,
            verb_for_given_name,
        )
    except ImportError:  # the detector works without it
        return _names_after_roles(text)
    # The role rule here reads any surname-led word as a name; with the recogniser, not one that starts an
    # ordinary word (当事人申辩称, 当事人应当自收到, 当事人车间内: the standard sentences of every decision), nor
    # one whose given part is a verb (门店主管介绍: 店主 then 管|介绍, adversarial round 5).
    # Nor one inside a longer word the role word opens (会计|师 of 会计师事务所出具).
    roles = [(s, e) for s, e in _names_after_roles(text)
             if "·" in text[s:e] or not (common_word_at(text, s) or verb_for_given_name(text[s:e])
                                          or role_opens_longer_word(text, s))]
    # (Nor a document's or a contact app's own word, 员工士兵证 read as 员工士**: fifteenth pass, h20o O4.)
    return sorted(span for span in set(find_person_names(text)) | set(roles) if text[span[0]:span[1]] not in _KEYWORD_RULE)


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


def find_values(text: str, values: Iterable[str], whole_names: bool = False, words: bool = True
                ) -> list[tuple[int, int]]:
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
            if not (whole_names and inside_public_name(flat, at, end, words)):
                spans.append((origin[at], origin[end - 1] + 1))
            at = flat.find(value, end)
    return merge_spans(spans)


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, overlapping ones joined into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
