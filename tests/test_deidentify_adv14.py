"""De-identification of the fourteenth pass, through a build (`build_site`), both ways. Values are synthetic.

A value split between the end of one cell and the start of another cell of the same row (an outsider's black-box
case, thirteenth session, /work/notes/h17o.md L9 `split_columns`: a clerk's text cut where the export's column
ended, or typed on purpose across two columns). Each half alone passes every rule; the row published both, and a
reader of the dataset joins them. privacy.md: identity numbers and phones are never public "in full or in part".
"""

from __future__ import annotations

import pytest

from generator.build import BuildOptions, build_site
from generator.deidentify import scrub_text
from generator.scan import decoded_text
from tests.helpers import AS_OF, make_id, penalty_row, write_csv

MOBILE = "13919361824"
WITNESS_ID = make_id("19850101", 456)
FACTS = "当事人销售过期饮料，"
DECISION = "警告，并处罚款人民币5000元。"


def _row(number: int, facts: str, decision: str, **more: str) -> dict[str, str]:
    return penalty_row(行政处罚决定书文号=f"甘州市监罚〔2026〕99{number:04d}号", 违法事实=facts, 处罚内容=decision, **more)


ROWS = [
    _row(1, FACTS + "举报人联系电话" + MOBILE[:3], MOBILE[3:] + "。" + DECISION),
    _row(2, FACTS + "举报人邮箱ouyangmh1985@", "example.com。" + DECISION),
    _row(3, FACTS + "举报人身份证号" + WITNESS_ID[:12], WITNESS_ID[12:] + "。" + DECISION),
    _row(4, FACTS + "举报人欧阳", "明辉。" + DECISION, 违法行为类型="销售超过保质期的食品"),
    _row(5, "2026年8月12日，" + FACTS + "货值金额300", "元。" + DECISION),  # a join that makes nothing private
    _row(6, FACTS + "举报人联系电话" + MOBILE[:7], DECISION, 备注=MOBILE[7:] + "（已回访）"),  # into a third column
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("split")
    write_csv(root / "data" / "penalties" / "p.csv", ROWS)
    build_site(BuildOptions(root / "data", root / "site", root / "report", AS_OF, state_dir=root / "state"))
    return "\n".join(decoded_text(p.read_bytes()) for p in (root / "site").rglob("*") if p.is_file())


def test_each_row_is_published(site: str) -> None:
    for number in range(1, len(ROWS) + 1):
        assert f"甘州市监罚〔2026〕99{number:04d}号" in site


@pytest.mark.parametrize("part", [MOBILE[3:], "ouyangmh1985", WITNESS_ID[12:], WITNESS_ID[:12], "明辉", "欧阳",
                                  MOBILE[7:] + "（"])
def test_no_part_of_a_value_split_across_two_cells_is_published(site: str, part: str) -> None:
    assert part not in site


def test_the_public_words_on_either_side_of_the_split_are_kept(site: str) -> None:
    assert FACTS + "举报人联系电话[已隐去]" in site
    assert "[已隐去]。" + DECISION in site
    assert FACTS + "举报人欧*" in site and "**。" + DECISION in site
    # the next cell's own words are not read as the given name that completes the split one
    assert "销售超过保质期的食品" in site
    # a join that makes nothing private changes neither cell
    assert "2026年8月12日，" + FACTS + "货值金额300" in site and "元。" + DECISION in site


# -- h19o's round-2 cases (fourteenth session, /work/notes/h19o.md): what the join must not take from the next cell


@pytest.fixture(scope="module")
def joined(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("joined")
    facts = "2026年8月12日，执法人员检查发现当事人经营场所内摆放超过保质期的饮料12瓶。"
    rows = [
        # O1: a note ending in a phone's first digits, the next text opening with a year
        _row(11, facts, DECISION, 备注="举报人手机前七位" + MOBILE[:7]),
        # O2: a link with a phone in the note; the other cells of the row are public and stay whole
        _row(12, facts, DECISION, 备注="https://example.gov.cn/doc?tel=" + MOBILE),
        # L12: a separator typed inside the split number
        _row(13, FACTS + "举报人电话139，", MOBILE[3:] + "。" + DECISION),
    ]
    write_csv(root / "data" / "penalties" / "p.csv", rows)
    build_site(BuildOptions(root / "data", root / "site", root / "report", AS_OF, state_dir=root / "state"))
    return "\n".join(decoded_text(p.read_bytes()) for p in (root / "site").rglob("*") if p.is_file())


def test_the_join_takes_only_the_value_cut_at_the_edge(joined: str) -> None:
    assert "2026年8月12日，执法人员检查发现当事人经营场所内摆放超过保质期的饮料12瓶。" in joined
    assert DECISION in joined and "甘州区市场监督管理局" in joined
    assert MOBILE[:7] not in joined and MOBILE[3:] not in joined


# -- The row's own person named half in characters, half in letters, or by one part of a Latin name (an outsider's
# thirteenth-session cases, /work/notes/h17o.md `own_name_forms`: a clerk whose IME lacks a character, a name typed
# from a passport).
@pytest.mark.parametrize(("text", "own", "gone", "kept"), [
    ("经查，欧阳mh当场承认销售过期食品。", "欧阳明辉", "mh", "当场承认销售过期食品。"),  # the given name's initials
    ("经查，欧阳明huī当场承认。", "欧阳明辉", "huī", "当场承认。"),  # its last character in pinyin, with a tone mark
    ("经查，Smith当场承认，John亦在场。", "John SMITH", "Smith", "当场承认，"),  # one part of a Latin name alone
    ("经查，SMITH当场承认。", "John Smith", "SMITH", "当场承认。"),
])
def test_the_rows_own_name_written_half_in_letters_is_masked(text: str, own: str, gone: str, kept: str) -> None:
    out = scrub_text(text, (own,))
    assert gone not in out and gone.lower() not in out.lower() and kept in out


@pytest.mark.parametrize("text", ["经查，当事人购买KTV设备一套。", "依据GB 2760-2014标准。", "经查，王经理当场承认。"])
def test_letters_beside_characters_that_spell_no_own_name_are_kept(text: str) -> None:
    assert scrub_text(text, ("欧阳明辉", "John SMITH")) == text
