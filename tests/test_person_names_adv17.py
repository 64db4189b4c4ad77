"""`find_person_names` on the over-masks left at the end of session 13 (its closing note, "Left"): a surname alone after a
role word, then the party's act (当事人王经营 read as 王经营 and masked 王**), and a finding's subject followed by an
adverb (经查，王伟已离开 read as 王伟已, masking 已). Each both ways: the act or adverb stays, the name beside it is found.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text
from generator.person_names import find_person_names


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in find_person_names(text)]


@pytest.mark.parametrize(("text", "names"), [
    ("当事人王经营的超市销售过期食品。", []),
    ("当事人李销售过期食品。", []),
    ("消费者李经营反映", []),
    # a given name that is a verb of the dictionary is still a name (王建设, 王建国): only the acts no one is named
    ("当事人王建设经营超市。", ["王建设"]),
    ("当事人王建国销售过期食品。", ["王建国"]),
])
def test_a_surname_alone_then_the_act(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("经查，王伟已离开现场。", ["王伟"]),
    ("经查，张伟曾离开现场。", ["张伟"]),
    ("王伟已离开现场。", ["王伟"]),
    ("经查，李明亮已离开现场。", ["李明亮"]),
])
def test_a_findings_subject_then_an_adverb(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_the_adverb_stays_in_the_scrubbed_text() -> None:
    out = scrub_text("经查，王伟已离开现场，当事人王经营的超市被责令整改。")
    assert "王伟" not in out and "已离开现场" in out and "当事人王经营的超市" in out


# A decision number's authority code before 处字/罚 and a bracketed year (甘市监处字〔2026〕第33号 read 甘市监 as a name
# before the cue verb 处: 甘**处字); the 2021 格式范本 of 市场监管 writes numbers so (X市监处字〔YYYY〕N号).
@pytest.mark.parametrize("text", [
    "根据甘市监处字〔2026〕第33号决定",
    "依据张市监处字[2026]第33号",
    "甘市监处字〔2026〕第33号",
    "兰卫监处（2026）5号",
])
def test_an_authoritys_code_is_no_name(text: str) -> None:
    assert _names(text) == []
    assert scrub_text(text) == text


def test_a_name_before_the_same_verb_is_still_read() -> None:
    assert _names("经查，王伟称其未销售。") == ["王伟"]


# An 18-digit serial after a year in brackets that the digit reader joins to the year (`]` and `)` are separators inside
# a number, 〔〕 are not): a public decision number, as with 〔〕, unless it is a valid identity number.
@pytest.mark.parametrize("number", ["甘市监罚[2026]202611010012345678号", "甘市监罚(2026)202611010012345678号",
                                    "甘市监罚〔2026〕202611010012345678号"])
def test_a_date_coded_serial_after_a_bracketed_year_is_public(number: str) -> None:
    assert scrub_text(f"根据{number}决定书") == f"根据{number}决定书"


def test_an_identity_number_as_the_serial_is_still_masked() -> None:
    from stdnum.cn import ric
    base = "62070219850101001"
    id_number = base + ric.calc_check_digit(base)
    for bracket in ("[2026]", "(2026)", "〔2026〕"):
        out = scrub_text(f"甘市监罚{bracket}{id_number}号")
        assert id_number not in out and out.startswith(f"甘市监罚{bracket}")
    assert "6222021234567890128" not in scrub_text("付款卡号[2026]6222021234567890128")
