"""Issue 16, the gaps the third pass left (closing2.md, "Noticed but left"), through the detector's
public entry points: digits written as URL escapes, a part of a number named by its place (后八位,
前十位, 尾号), and the Chinese spelling of any length after a Latin name.

Sources of the shapes: the third adversarial pass's folders /work/notes/adv3-cases/id-url-encoded
(违法事实 …身份证号码%36%32%30%37…) and id-split-two-columns (前十位 in 违法事实, 后八位 in 备注).
"""

from __future__ import annotations

import pytest

from generator import detect
from generator.detect import MASK, compact_value, find, mask
from tests.helpers import make_id

ID = make_id("19880722", 418)
MOBILE = "13800002233"


def _escaped(value: str, separator: str = "") -> str:
    return separator.join(f"%{ord(c):02X}" for c in value)


@pytest.mark.parametrize("written", [
    _escaped(ID), _escaped(ID).lower(), "%20".join((_escaped(ID[:6]), _escaped(ID[6:14]), _escaped(ID[14:]))), _escaped(ID[:6]) + "%2D" + _escaped(ID[6:]),
    _escaped(ID[:-1]) + "%58" if ID[-1] == "X" else _escaped(ID[:-1]) + f"%3{ID[-1]}",
])
def test_an_id_written_as_url_escapes_is_an_id(written: str) -> None:
    # A person's ID URL-escaped in a text is still that ID to anyone who reads the page source.
    text = f"经查，当事人员工身份证号码{written}。"
    assert [h.what for h in find(text)] == [detect.ID]
    assert mask(text) == f"经查，当事人员工身份证号码{MASK}。"
    assert detect.personal_id_in(written) and detect.may_hold_number(written)


def test_a_mobile_written_as_url_escapes_is_a_mobile_and_urls_stay() -> None:
    assert mask(f"联系人手机{_escaped(MOBILE)}，已回访。") == f"联系人手机{MASK}，已回访。"
    for url in ("https://example.cn/search/?q=%E5%BC%A0%E6%8E%96%3A1", "a%3A%2F%2Fb", "100%25", "%3C%3E%3D%3F"):
        assert find(url) == [] and mask(url) == url


@pytest.mark.parametrize("text, part", [
    ("后八位05204408。", "05204408"), ("员工身份证号码前十位6207021985，", "6207021985"),
    ("前10位6207021985", "6207021985"), ("尾号016083", "016083"), ("末六位 016083", "016083"),
    ("前六位620702，后十二位198501010012", "198501010012"),
])
def test_a_part_of_a_number_named_by_its_place_is_found(text: str, part: str) -> None:
    # id-split-two-columns: the first ten digits in one cell, the last eight in another; the second
    # cell names no document, only which part it is.
    out = mask(text)
    assert part not in compact_value(out) and MASK in out


@pytest.mark.parametrize("text", ["销售额排名前十位的企业", "排名后四位的企业3家", "前三位数字", "位于前街8号"])
def test_words_of_place_without_a_long_number_stay(text: str) -> None:
    assert mask(text) == text


@pytest.mark.parametrize("text, gone", [
    ("消费者John Smith（约翰·史密斯）反映。", "约翰·史密斯"),
    ("外籍员工Alexander Petrov（亚历山大彼得罗夫）未办理工作许可。", "亚历山大彼得罗夫"),
    ("消费者Li Xiaoming (李小明) 反映", "李小明"),
])
def test_the_chinese_spelling_of_any_length_after_a_latin_name_is_masked(text: str, gone: str) -> None:
    out = mask(text)
    assert gone not in out and gone[0] in out  # masked as a name: its first character kept


def test_a_nationality_in_brackets_after_a_latin_name_stays() -> None:
    assert "（美国籍）" in mask("外籍员工John Smith（美国籍）未办理工作许可。")


def test_a_date_after_a_contact_word_is_no_phone() -> None:
    # adv4 stop-phone-word-before-date: a CSV row of data/all.csv, …联系人）,,2027-10-01\r\n55b3…, stopped
    # a build (a future date is no birth date, so it was read as an 8-digit landline).
    assert find("检查结果已告知联系人）,,2027-10-01\r\n55b3e0") == []
    assert [h.what for h in find("联系电话82123156")] == [detect.LANDLINE]


@pytest.mark.parametrize("text", ["联系电话+86-936-8212316。", "私人电话+86 936 8212317，", "座机0086-936-8212318。",
                                  "电话+86 10 12345678"])
def test_landlines_in_international_form(text: str) -> None:
    # adv4 phone-intl-landline: the trunk 0 is dropped after +86 / 0086.
    out = mask(text)
    assert MASK in out and not any(c.isdigit() for c in out.replace("+", "")), out


def test_a_card_printed_with_its_middle_masked_is_masked() -> None:
    # adv4 card-pci-masked: the first six and last four digits still point at the holder's card.
    assert mask("当事人通过其本人银行卡（卡号622202******7894）收取货款。") == f"当事人通过其本人银行卡（卡号{MASK}）收取货款。"


@pytest.mark.parametrize("written", ["620702一19870707一7080", "62070219B707077099", "62Ø7Ø21987Ø7Ø771Ø1", "6Z070Z1987070771Z8"])
def test_an_id_mistyped_or_misread_after_its_keyword_is_masked(written: str) -> None:
    # adv4 id-yi-dash-and-ocr: 一 typed for a dash, OCR's B/Z/Ø for 8/2/0.
    assert mask(f"经查，雇员身份证号码{written}，未办理健康证。") == f"经查，雇员身份证号码{MASK}，未办理健康证。"
