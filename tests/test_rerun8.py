"""The eighth session's rerun of every past attack's case folders on merged main (/work/notes/rerun8.md).

Each test names the case folder (/work/notes/adv6-cases/<name>) whose rebuild showed the problem; both directions:
the personal value is still masked, the public text next to it stays and no longer stops the build at the gate.
Shapes: 信用承诺书 (国家发展改革委 信用承诺 范本: 承诺人/注册账号 lines) joined by the site's feed and latest list
into one title with the commitment's number (CN2026-0074); values synthetic.
"""

from __future__ import annotations

import pytest

from generator import detect
from generator.deidentify import scrub_text
from generator.detect import MASK


# -- adv6 other-kinds-fields-persons: the gate stopped the build on feeds/commitments.xml and index.html ----------
@pytest.mark.parametrize("text", [
    "信用承诺：甘州区诚74有限公司 · 本人祁**郑重承诺：所填信息真实。注册平台账号：[已隐去]。 · CN2026-0074",
    "注册平台账号：[已隐去]。 · CN2026-0074 · 2026-10-01",
    "用户名：[已隐去]。CN2026-0074",
    "会员账号：[已隐去]；编号ZY2026-00571",
])
def test_a_document_number_after_a_masked_account_and_a_sentence_end_is_no_app_id(text: str) -> None:
    assert detect.find(text, names=False) == []
    assert scrub_text(text) == text


@pytest.mark.parametrize(("text", "secret"), [
    ("本人祁德顺郑重承诺：所填信息真实。注册平台账号：qdeshun_2026。", "qdeshun_2026"),
    ("注册平台账号为 qdeshun_2027", "qdeshun_2027"),
    ("登录账号：qdeshun2028，密码见原件。", "qdeshun2028"),
    ("用户名：qdeshun_2029 · CN2026-0074", "qdeshun_2029"),
])
def test_an_app_id_right_after_its_word_is_still_masked(text: str, secret: str) -> None:
    out = scrub_text(text)
    assert secret not in out and MASK in out
