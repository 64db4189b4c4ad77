"""People's names an outsider (h21q, session 15: /work/notes/h21q.md) found published on main after the h21n fixes, and
the 个体工商户 names it found masked, fixed in person_names. Through the public entry points: `find_person_names`,
`scrub_text` (one cell as the site publishes it), the data stages (`run_pipeline`) and a whole build (`build_site`) where
the party cell decides. Each shape both ways: the name masked AND the public fact beside it (the trade, the act, the
decision's words) still published. Values are synthetic; each test names the outsider's case folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.contract import PARTY_NAME_FIELD
from generator.deidentify import scrub_text
from generator.person_names import find_person_names
from generator.scan import decoded_text
from tests.helpers import make_uscc, penalty_row, run_pipeline, write_csv, write_folder

AS_OF = "2026-12-07"
BUILD_DAY = dt.date(2026, 12, 7)


def _published(tmp_path: Path, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The published penalty rows of `rows`, in their order, as the data stages leave them."""
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": rows}), AS_OF)
    frame = run.decided.frames["penalties"]
    assert len(frame) == len(rows), run.validated.problems
    return [{k: str(v) for k, v in r.items()} for r in frame.sort_values("行政处罚决定书文号").to_dict("records")]


def _business(n: int, name: str, operator: str = "", fact: str = "经查，当事人销售过期食品。") -> dict[str, str]:
    return penalty_row(行政相对人名称=name, 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(2000 + n, prefix="92"),
                       法定代表人=operator, 行政处罚决定书文号=f"甘州市监罚〔2026〕{2000 + n}号", 违法事实=fact)


# -- Q9_getihu_no_operator_rare_surname_or_trade: a 个体工商户 with no operator, named after a person with a rare surname,
#    or before a trade's word the tagger glues to the name (五金店, 家电维修部).

_NAMED_AFTER_A_PERSON = [
    ("甘州区隗晓明烧烤店", "", "甘州区隗**烧烤店"),  # rare surname
    ("甘州区佴晓光便利店", "", "甘州区佴**便利店"),
    ("甘州区李建华五金店", "", "甘州区李**五金店"),  # (the tagger reads 五金店 as a product after a name)
    ("甘州区刘伟家电维修部", "", "甘州区刘*家电维修部"),  # (家 after the name opens the trade 家电, not 刘伟家)
    ("甘州区宓晓峰烧烤店", "\u200b", "甘州区宓**烧烤店"),  # an operator cell of a zero-width space says nothing
    # a rare surname before a whole given name of the most chosen ones (公安部《二〇二〇年全国姓名报告》), whose
    # characters alone (子, 墨, 一, 诺) are no name's (session 15's left item)
    ("甘州区佴子墨便利店", "", "甘州区佴**便利店"),
    ("甘州区隗一诺花店", "", "甘州区隗**花店"),
]


@pytest.mark.parametrize(("name", "operator", "masked"), _NAMED_AFTER_A_PERSON)
def test_a_business_with_no_operator_named_after_a_person_is_masked_with_its_trade_kept(
        tmp_path: Path, name: str, operator: str, masked: str) -> None:
    row, = _published(tmp_path, [_business(1, name, operator)])
    assert row[PARTY_NAME_FIELD] == masked


def test_a_business_named_after_a_person_is_masked_on_every_surface_and_its_neighbours_kept(tmp_path: Path) -> None:
    rows = [_business(k, name, operator) for k, (name, operator, _) in enumerate(_NAMED_AFTER_A_PERSON)]
    rows.append(_business(9, "甘州区黄河五金店"))
    write_csv(tmp_path / "data" / "penalties" / "p.csv", rows)
    build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report", BUILD_DAY, state_dir=tmp_path / "state"))
    files = [p for p in (tmp_path / "site").rglob("*") if p.is_file() and "assets" not in p.parts]
    site = "\n".join(decoded_text(p.read_bytes()) for p in files)
    for person in ("隗晓明", "佴晓光", "李建华", "刘伟家电", "宓晓峰", "佴子墨", "隗一诺"):
        assert person not in site
    for _, _, masked in _NAMED_AFTER_A_PERSON:
        assert masked in site
    assert "甘州区黄河五金店" in site
    check = tmp_path / "site" / "check"
    assert any(p.is_relative_to(check / "n") for p in files)  # the check index by name was built (and read above)


# -- O1_getihu_trade_name_read_as_person: a 字号 that is a word (常青树) or a brand before a trade's word (白沙 烟酒店).

@pytest.mark.parametrize("name", ["甘州区常青树花店", "甘州区白沙烟酒店", "甘州区金龙烧烤店", "甘州区明珠宾馆",
                                  "甘州区万家乐超市", "甘州区佴记便利店"])
def test_a_business_named_by_a_word_or_a_brand_stays(tmp_path: Path, name: str) -> None:
    row, = _published(tmp_path, [_business(2, name)])
    assert row[PARTY_NAME_FIELD] == name


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in find_person_names(text)]


# -- Q12_name_before_bracketed_phone: a person's phone or identity number in brackets right after their name marks it
#    (mobile numbers: 1[3-9] + 9 digits, the national numbering plan; identity numbers: GB 11643-1999).

@pytest.mark.parametrize(("text", "name", "shown"), [
    ("警告，并处罚款人民币5000元，罚款由隗子涵（手机13919361831）代为缴纳。", "隗子涵",
     "警告，并处罚款人民币5000元，罚款由隗**（手机[已隐去]）代为缴纳。"),
    ("向隗梓轩（13919361833）销售过期食品", "隗梓轩", "向隗**（[已隐去]）销售过期食品"),
    ("当事人将过期食品交由佴梓涵（电话13919361836）保管。", "佴梓涵", "当事人将过期食品交由佴**（电话[已隐去]）保管。"),
    ("查封隗浩林（13919361835）存放于仓库的食品", "隗浩林", "查封隗**（[已隐去]）存放于仓库的食品"),
    ("当事人向佴浩林（身份证号码620702199001011234）出租摊位", "佴浩林", "当事人向佴**（身份证号码[已隐去]）出租摊位"),
])
def test_a_name_before_a_bracketed_phone_is_masked_with_the_act_kept(text: str, name: str, shown: str) -> None:
    assert _names(text) == [name]
    assert scrub_text(text) == shown


@pytest.mark.parametrize("text", [
    "当事人从张掖市康泰商贸有限公司（电话0936-8212345）购进食品。",
    "当事人从甘州区隗记面馆（电话13919361835）购进面条。",
    "消费者联系客服（电话0936-8212345）未果。",
])
def test_a_business_before_a_bracketed_phone_stays(text: str) -> None:
    assert _names(text) == []
    shown = scrub_text(text)
    assert text[:text.index("（")] in shown and "[已隐去]" in shown  # the business kept, its phone masked all the same


# -- Q8_complaint_result_names_more_verbs: whom the office told or notified, who signed for or received the refund, in a
#    complaint's 处理结果; Q7_name_before_qin_dangmian_duzi: a rare-surname name before what a person does in their own hand.

@pytest.mark.parametrize(("text", "name", "shown"), [
    ("经调解，商家同意退款200元，已短信告知隗红霞本人。", "隗红霞", "经调解，商家同意退款200元，已短信告知隗**本人。"),
    ("经调解退款200元。回复：隗雨萱已签收。", "隗雨萱", "经调解退款200元。回复：隗**已签收。"),
    ("经调解双方达成一致，已通知隗子墨。", "隗子墨", "经调解双方达成一致，已通知隗**。"),
    ("经调解，隗思远已领取退款300元。", "隗思远", "经调解，隗**已领取退款300元。"),
    ("经调解，佴子墨已收到退款300元。", "佴子墨", "经调解，佴**已收到退款300元。"),
    ("罚款5000元由佴浩宇亲手交付。", "佴浩宇", "罚款5000元由佴**亲手交付。"),
    ("询问笔录由佴浩轩亲笔签名。", "佴浩轩", "询问笔录由佴**亲笔签名。"),
    ("佴浩然亲口承认销售过期食品。", "佴浩然", "佴**亲口承认销售过期食品。"),
    ("佴浩杰当面确认违法事实。", "佴浩杰", "佴**当面确认违法事实。"),
    ("佴浩博独自经营该店。", "佴浩博", "佴**独自经营该店。"),
    ("处罚决定书由隗子轩已签收。", "隗子轩", "处罚决定书由隗**已签收。"),
])
def test_a_name_before_what_a_person_does_or_receives_is_masked_with_the_act_kept(text: str, name: str, shown: str) -> None:
    assert _names(text) == [name]
    assert scrub_text(text) == shown


@pytest.mark.parametrize("text", [
    "已通知当事人本人到场。",
    "双方当面确认了退款金额。",
    "该店独自经营，无分店。",
    "货物已收到，商家同意退款。",
    "处罚决定书已签收。",
])
def test_the_same_words_without_a_name_stay(text: str) -> None:
    assert _names(text) == []
    assert scrub_text(text) == text


# -- found beside Q8: a complaint's result that the business has refunded (商家已退款) read as a person 商家已 and published
#    as 商**退款 on main (已 is no given name's character), while a person who has refunded (张建国已退款) was published.

@pytest.mark.parametrize(("text", "shown"), [
    ("经调解，商家已退款200元。", "经调解，商家已退款200元。"),
    ("经调解，张建国已退款200元。", "经调解，张**已退款200元。"),
    ("经调解，京东已退款200元。", "经调解，京东已退款200元。"),
    ("经调解，佴浩宇已退还货款。", "经调解，佴**已退还货款。"),
])
def test_who_has_refunded_is_masked_only_when_a_person(text: str, shown: str) -> None:
    assert scrub_text(text) == shown
