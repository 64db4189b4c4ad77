"""generator/detect.py: the long-text pre-filters of issue 19 (eleventh session) find what the regexes they stand for find.

Over a long text `detect.find` no longer runs some whole-text regexes at every character: a per-character code
table (`_codes`, numpy) gives the positions where a match may open, and the regex runs only there — the
digit-word hint, a scientific number's exponent, a MAC address's separators, `_SHAPES` (HK/Taiwan IDs, travel
documents, IBANs, VINs), bare Base64, the WeChat/QQ words; the glued-tail runs are searched only in stretches
before a tail's letter, and ASCII keywords glued to an ASCII letter or digit (the MA of every credit code) are
not looked up. Each is a speed-up only. These tests check each pre-filter against its regex on generated mixes
of what the rules read (so a later change to a regex that the filter no longer covers fails here), the whole
detector both ways (`WINDOWED_FROM`), and the shapes both ways as a dataset holds them: the personal value is
found and the public fact next to it is not.

Shapes and their sources: Excel's scientific notation (learn.microsoft.com/office/troubleshoot/excel/
long-numbers-incorrectly-in-excel), EUI-48 MAC addresses (IEEE 802-2014 §8.1, the hyphen and colon forms),
Base64 (IETF RFC 4648 §4), VINs (ISO 3779:2009, which excludes I, O and Q; check character as in
tests/test_detect_adv8.py), IBANs (ISO 13616, the standard's example GB29 NWBK 6016 1331 9268 19), Hong Kong
identity cards (the Immigration Department's check digit, as tests/test_detect_adv8.py), pinyin digit words
with tone marks (GB/T 16159-2012 tone marks), the site's own XLSX inline strings (ECMA-376 Part 1 §18.3.1.53)
and GB 11643 / GB 32100 numbers from tests/helpers.py.
"""

from __future__ import annotations

import base64

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import detect
from tests.helpers import make_id, make_uscc
from tests.test_detect_windows import FRAGMENTS

ID = make_id("19900101", 5)
CODE = make_uscc(7)
MOBILE = "13993687098"
VIN = "LSVAM4187C2184847"  # a valid check character (ninth) and model year (tenth)
B64_MOBILE = base64.b64encode(MOBILE.encode()).decode()

# What the new pre-filters read, at and around the characters they key on.
SHAPES = [
    "jiu", "JIU", "jIu", "san", "sān", "SAN", "ling", "lǐng", "LīNG", "liu", "liù", "lìu", "yao", "yāo", "nine", "NINE",
    "three", "seven", "Seven", "yi", "er", "wu", "ba", "qi", "si", "dong", "guai", "gou", "zero", "one", "inlineStr",
    "yāo sān jiǔ jiǔ sān liù qī líng yāo", "jiu jiu san liu qi ling yao", "Ｊｉｕ", "İ", "\u212a", "ſ",
    "e", "E", "e+1", "E+10", "e1", "E14", "E17", "e 17", "E\u300017", "6.20702198508156E+17", "1.3993687098E+10",
    "00-1A-2B-3C-4D-5E", "00:1a:2b:3c:4d:5e", ":", "-", "1a", "ff", "MAC", "mac地址", "2MA", "3tel", "9qq", "1wx",
    "A123456(7)", "F223456789", "E12345678", "H12345678", "GB29 NWBK 6016 1331 9268 19", VIN, "I" + VIN[1:],
    "O1234567890123456", "K1234567", "A1000", "F589", "AB100000", B64_MOBILE, "MTM5", "NjIw", "ODk", "M", "N", "O",
    "wechat", "WeChat", "weixin", "微 信", "微\u3000信", "v信", "威信", "QQ", "扣扣", "绿泡泡", "wxid_", "vx", "wx",
    "**", "＊＊", "××", "@@", "＠＠", "(*", "（*", "&amp;", "&#", "%40", "接上", "身份证", "证件", "+1",
    ",lic", "cc1,l", ",0a", "，0a", ";1b", '<c r="E1" t="inlineStr"><is><t>', "</t></is></c>",
]
POOL = FRAGMENTS + SHAPES
DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=19)
PARTS = st.lists(st.one_of(st.sampled_from(POOL), DIGITS, st.text(alphabet="0123456789 -.,:xXoOlIMNODTjzqQwWvVeE信+ ",
                                                                     max_size=6)), min_size=1, max_size=60)


def _long(text: str) -> detect._LongText:
    return detect._LongText(text)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(PARTS)
def test_each_pre_filter_finds_what_its_regex_finds(parts: list[str]) -> None:
    """Soundness of each pre-filter: the same matches (spans, in order), the same yes or no."""
    text = "".join(parts)
    long = _long(text)
    assert long.digit_word_hint() == (detect._DIGIT_WORD_HINT.search(text) is not None)
    assert long.mac_hint() == (detect._MAC_HINT.search(text) is not None)
    assert [m.span() for m in long.exponents()] == [m.span() for m in detect._SCI_EXPONENT.finditer(text)]
    assert [m.span() for m in long.shapes()] == [m.span() for m in detect._SHAPES.finditer(text)]
    assert [m.span() for m in long.bare_base64()] == [m.span() for m in detect._BARE_BASE64.finditer(text)]
    words = []
    for m in detect._SOCIAL_WORD.finditer(text):
        words.append(m.span())
    assert long.social_words() == ([m.start() for m in detect._WXID.finditer(text)], words)
    assert long.keywords() == detect._keywords_in(text)
    hinted = detect._GLUED_TAIL_HINT.search(text) is not None
    assert long.glued_tail_runs() == ([m.span() for m in detect._RAW_RUN_BEFORE_SEP.finditer(text)] if hinted else [])


def _both(text: str) -> tuple[list[detect.Hit], list[detect.Hit]]:
    """find(text) the whole-text way and the windowed way (names off, as the gate reads)."""
    saved = detect.WINDOWED_FROM
    try:
        detect.WINDOWED_FROM = len(text) + 1
        whole = detect.find(text, names=False)
        detect.WINDOWED_FROM = 0
        windowed = detect.find(text, names=False)
    finally:
        detect.WINDOWED_FROM = saved
    return whole, windowed


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(PARTS, st.sampled_from(["{}", '<c r="B{}" t="inlineStr"><is><t>{}</t></is></c>', '"k": "{}", ', "{},"]))
def test_the_detector_finds_the_same_both_ways_in_a_dataset_layout(parts: list[str], cell: str) -> None:
    text = "".join(cell.format(i, p) if cell.count("{}") == 2 else cell.format(p) for i, p in enumerate(parts))
    whole, windowed = _both(text)
    assert windowed == whole


# Each shape inside a dataset as the gate reads it (an XLSX sheet's inline strings, longer than WINDOWED_FROM), with
# the public facts of its row beside it: the shape is found the fast way, the credit code and the date are not.
@pytest.mark.parametrize(("value", "kind"), [
    ("yāo sān jiǔ jiǔ sān liù bā qī líng jiǔ bā", detect.MOBILE),  # pinyin with tone marks, no phone word
    ("6.20702198508156E+17", detect.ID),  # an ID typed as a number, saved by Excel
    ("00-1A-2B-3C-4D-5E", detect.NETWORK),
    (B64_MOBILE, detect.MOBILE),
    ("车架号" + VIN, detect.VEHICLE),
    ("A123456(3)", detect.DOCUMENT),
])
def test_each_shape_is_found_in_a_long_dataset_and_the_public_facts_beside_it_are_not(value: str, kind: str) -> None:
    row = [CODE, "张掖市甘州区华翀商贸有限公司", "2026-05-18", "甘州市监罚〔2026〕12号", value]
    cells = "".join(f'<c r="{col}{n}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for n in range(1, 40) for col, v in zip("ABCDE", row))
    text = f"<sheetData>{cells}</sheetData>"
    assert len(text) > detect.WINDOWED_FROM  # the long way
    hits = detect.find(text, names=False)
    assert {h.what for h in hits} == {kind}
    assert len(hits) == 39  # one a row
    assert all(value in text[h.start - 12:h.end + 12] or text[h.start:h.end] in value for h in hits)
    for public in (CODE, "2026-05-18", "甘州市监罚〔2026〕12号"):
        at = text.find(public)
        assert not any(h.start < at + len(public) and at < h.end for h in hits)
    whole, windowed = _both(text)
    assert windowed == whole


def test_a_vin_shape_opening_with_i_o_or_q_is_no_vin_and_raises_nothing() -> None:
    """ISO 3779 leaves I, O and Q out of VINs; such a shape made `find` raise KeyError (found by this session's fuzz).
    A real VIN beside it is still found."""
    for text in ("I1234567890123456", "O" + VIN[1:], "Q" + VIN[1:] + "，" + VIN):
        hits = detect.find(text, names=False)
        assert [h for h in hits if h.what == detect.VEHICLE] == (
            [detect.Hit(len(text) - len(VIN), len(text), detect.VEHICLE, VIN)] if text.endswith(VIN) else [])
