"""generator/detect.py: the windowed passes of long texts find what the whole-text passes find.

`detect.find` runs its whole-text passes (the digit runs, bank codes, glued tails and IDs, the
keywords) over a long text only around the characters their matches are made of (`_LongText`).
That is a speed-up only: on any text both ways must give the same hits, in the same order. These
tests force each way (`WINDOWED_FROM`) and compare them on generated mixes of what the rules read
(so a future rule or class change that breaks the equivalence fails here), on the hostile corpus's
values laid out as a page and as a dataset would hold them, and on the edges of the windows.

Shapes of the fragments: the hostile corpus (tests/hostile/corpus.py, whose sources it names), the
site's own outputs (CSV rows, JSON keys, XLSX inline strings, HTML cells) and GB 11643 / GB 32100
numbers from tests/helpers.py.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import detect
from tests.helpers import make_id, make_uscc

ID = make_id("19900101", 5)
CODE = make_uscc(7)

# What the rules read: digits of every kind and separators between them, the escaped gaps, keywords
# and bank codes in either case, glued letters and tails, e-mail signs, plates, markup and the
# characters whose case or width changes (İ, the Kelvin sign, full-width and Arabic-Indic digits).
FRAGMENTS = [
    ID, ID.lower(), ID[:17] + "x", CODE, CODE.lower(), CODE[::-1], "620702900101005", "13912341234", "139 1234 1234",
    "139-1234-1234", "+86 139 1234 1234", "0936-8212316", "8212316", "6222021234567890123", "6222 0212 3456 7890",
    "2026-05-18", "20260518", "1,380,000,000", "1 250 000", "0.5639999999999999", "GB 2760-2014",
    "一三九一二三四一二三四", "壹贰叁肆伍陆柒捌玖零", "１３９１２３４１２３４", "١٣٩١٢٣٤١٢٣٤", "①③⑨", "O", "o", "l", "I", "x", "X",
    "\\n", "\\r", "_x000D_", "_x000a_", "&lt;br/&gt;", "<br>", "<br />", "&nbsp;", "&#54;&#50;&#48;", "%36%32", "\\u0036",
    "电话", "联系电话：", "手机", "座机", "卡号", "账号：", "开户行", "身份证号码", "税务登记号", "护照", "港澳通行证",
    "微信", "微  信", "wx", "WX", "vx", "qq", "QQ", "扣扣", "绿泡泡", "tel", "Tel", "TEL", "passport", "alipay", "☎",
    "后八位", "前10位", "尾号", "加v", "加 V", "wei xin", "weixin", "wxid_", "ICBC", "icbc", "bocom", "cmbc", "Bank",
    "abc", "zz", "A", "NO.", "T", "JS", "K", "\u212a", "\u0130", "ｉｃｂｃ", "@", "＠", "(at)", " at ", "#", "。com", ".com",
    "zhang.san", "163", "甘G·A1234", "甘", "京A", "住址", "家住", "村九社14号", "家中", "的房屋", "消费者", "王翀",
    ", ", ",", ";", "：", ":", "-", "—", ".", "/", "、", "，", " ", "  ", "\u3000", "\n", "\r\n", "\t", "\u200b", "\u00ad",
    '"', "'", "{", "}", "[", "]", "<td>", "</td>", '"统一社会信用代码": "', '", ', "\u6708", "号", "第", "案", "〔2026〕",
    "张市监罚", "91620702MA", "3f9a5d6729191", "abcdef", "a0", "0a", "ab12", "\ud800",
]


def _both(text: str, **how: object) -> tuple[list[detect.Hit], list[detect.Hit]]:
    """find(text) the whole-text way and the windowed way (by default names off, as the gate reads)."""
    how = {"names": False, **how}
    saved = detect.WINDOWED_FROM
    try:
        detect.WINDOWED_FROM = len(text) + 1
        whole = detect.find(text, **how)  # type: ignore[arg-type]
        detect.WINDOWED_FROM = 0
        windowed = detect.find(text, **how)  # type: ignore[arg-type]
    finally:
        detect.WINDOWED_FROM = saved
    return whole, windowed


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet="0123456789 -.,:xXoOlIabcqQwWvVtT微信电话号", max_size=6)),
                min_size=1, max_size=60))
def test_windowed_passes_find_what_the_whole_text_passes_find(parts: list[str]) -> None:
    text = "".join(parts)
    whole, windowed = _both(text)
    assert windowed == whole


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40), st.integers(0, 5000))
def test_windowed_passes_agree_far_into_a_long_text(parts: list[str], at: int) -> None:
    """The same fragments deep inside a page of markup and Chinese text, as the gate reads one."""
    filler = "<tr><td>甘州区华翀商贸有限公司</td><td>行政许可</td></tr>\n"
    page = filler * (at // len(filler) + 1)
    text = page[:at] + "".join(parts) + page
    whole, windowed = _both(text)
    assert windowed == whole


def test_windowed_passes_find_the_hostile_corpus_in_pages_and_datasets() -> None:
    """Every value of the hostile corpus, as a CSV row, a JSON record and an HTML table cell each."""
    from tests.hostile.corpus import cases

    rows = [row for case in cases() for kind_rows in case.rows.values() for row in kind_rows]
    csv_text = "\r\n".join(",".join(str(v) for v in row.values()) for row in rows)
    json_text = json.dumps(rows, ensure_ascii=False, indent=1, default=str)
    html_text = "\n".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for row in rows for k, v in row.items())
    found = 0
    for text in (csv_text, json_text, html_text):
        whole, windowed = _both(text)
        assert windowed == whole
        found += len(whole)
    # As the scrubber reads a natural person's text (addresses, names after role words, a document type).
    whole, windowed = _both(csv_text[:20_000], person=True, document="护照", names=True)
    assert windowed == whole
    assert found > 1000  # the corpus is full of personal data: the comparison is not between two empty lists


@pytest.mark.parametrize("text", [
    ID,  # a match at the very start and end of the text
    "x" * 5000 + ID,
    ID + "x" * 5000,
    "ICBC6222021234567890" + "。" * 5000,
    "。" * 5000 + "卡号:ICBC 6222021234567890123",
    "T" + ID + "AB" + "，" * 5000,  # glued letters on both sides of an ID
    "、" * 5000 + "620702200001010001，0a",  # a run before a glued tail
    "电话" + "\n" * 5000 + "8212316",  # a keyword whose number is beyond its reach
    "\u0130" * 3 + "icbc6222021234567890" + "。" * 5000,  # İ: the bank codes are searched the slow way
])
def test_windowed_passes_at_the_edges_of_a_text(text: str) -> None:
    whole, windowed = _both(text)
    assert windowed == whole


def test_the_escaped_gaps_end_with_what_the_glued_tail_windows_expect() -> None:
    """`_GAP_END` lists the last characters of _RAW_GAP's escaped gaps by hand: each gap the detector
    reads between digit groups must end with one (else a run before a glued tail would be missed)."""
    import re

    gap_end = re.compile(detect._CLASSES[[bit for bit, _ in detect._CLASSES].index(detect._GAP_END)][1])
    for gap in ("\\n", "\\r", "\\t", "_x000D_", "_x000a_", "&lt;br&gt;", "&lt;br /&gt;", "<br>", "<br/>", "&nbsp;",
                " ", "-", ".", "\u3000", "\u200b"):
        assert re.fullmatch(detect._RAW_GAP, gap), gap
        assert gap_end.fullmatch(gap[-1]), gap


def test_long_texts_take_the_windowed_way_and_short_ones_the_whole_text_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """The threshold is what decides (and the windowed way finds the ID)."""
    made = []
    original = detect._LongText

    def spy(text: str) -> detect._LongText:
        made.append(len(text))
        return original(text)

    monkeypatch.setattr(detect, "_LongText", spy)
    long_text = "说明：" * detect.WINDOWED_FROM + ID
    assert [h.token for h in detect.find(long_text, names=False)] == [ID]
    assert [h.token for h in detect.find(ID, names=False)] == [ID]
    assert made == [len(long_text)]
