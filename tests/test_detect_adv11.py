"""Numbers of the eleventh outside pass (h12n), through the public entry points `detect.mask` and `scrub_text`: a mobile
inside a host name (round 10's left case), and a mobile that Excel cut to six significant digits. Values are synthetic.
The same shapes built with the CLI are tests/hostile/corpus_adv11_numbers.py."""

from __future__ import annotations

import pytest

from generator import detect
from generator.deidentify import scrub_text

MASK = "[已隐去]"

# -- A mobile in a host name's label. Source: /work/notes/h11n.md (session 10, left: https://shop13993687098.taobao.com
# published); RFC 1034 3.5 (a label is letters, digits and hyphens, so a shop's word and the phone make one label);
# taobao's own shop ids (shop57303596.taobao.com) are nine digits or fewer.


@pytest.mark.parametrize(("text", "masked"), [
    ("经查，当事人在网店 https://shop13993687098.taobao.com 销售假冒商品，罚款2000元。",
     f"经查，当事人在网店 https://shop{MASK}.taobao.com 销售假冒商品，罚款2000元。"),
    ("消费者在 www.m13993687098.cn/item 下单。", f"消费者在 www.m{MASK}.cn/item 下单。"),
    ("店铺网址：zhang13993687098-shop.weidian.com。", f"店铺网址：zhang{MASK}-shop.weidian.com。"),
    ("网店 https://shop13993687098x.taobao.com 。", f"网店 https://shop{MASK}x.taobao.com 。"),  # letters after it too
])
def test_a_mobile_inside_a_host_name_is_masked_and_the_rest_of_the_link_stays(text: str, masked: str) -> None:
    assert detect.mask(text) == masked
    assert scrub_text(text) == masked


@pytest.mark.parametrize("text", [
    "经查，当事人在网店 https://shop57303596.taobao.com 销售假冒商品。",  # the shop's own id: nine digits or fewer
    "依据GB13993687098.1检验。",  # a label with no dot and letter after it is not a host
    "经查，编号AB12993687098.cn 的商品。",  # 129…: no mobile (no 12 prefix is assigned)
])
def test_a_host_without_a_mobile_in_it_stays(text: str) -> None:
    assert detect.mask(text) == text
    assert scrub_text(text) == text


# -- A mobile cut by Excel to six significant digits (1.39937E+10: a number cell of 11 digits shown in the General
# format's scientific notation, ECMA-376 Part 1 18.8.30 numFmt 0 / 11). The six digits left (139937) are the carrier's
# prefix and the first three digits of the subscriber's block: 100,000 numbers share them, so nothing that singles a
# person out is left and the cell is published as written. Eight or more significant digits read as the mobile and
# are masked (h11n: 1.3993687098E+10).


def test_a_mobile_cut_to_six_significant_digits_stays_and_one_with_all_its_digits_is_masked() -> None:
    cut = "经查，当事人手机1.39937E+10，罚款2000元。"
    assert scrub_text(cut) == cut
    whole = "经查，当事人手机1.3993687098E+10，罚款2000元。"
    out = scrub_text(whole)
    assert "3993687098" not in out and out.endswith("，罚款2000元。")
