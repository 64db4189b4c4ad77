"""People's names an outsider (h22o, session 16: /work/notes/h22o.md) found published on main, and the phrases it found
masked, fixed in person_names. Names that are also ordinary words (高峰, 文静, 方圆, 夏天, 宁静, 万里, 马力) after a person's
role word; role words the outsider found unlisted (群众, 监理, 中介, 库管, 司机, 摊主 and their kin); the party's own name that
is a word, as its text's subject after a comma; a 个体工商户 whose operator's name is a word and its 字号; and the standard
phrases after 当事人 that were read as names (当事人陈述申辩称, 当事人毛利润为). Through the public entry points:
`find_person_names`, `scrub_text` (one cell as the site publishes it), the data stages (`run_pipeline`) and a whole build
(`build_site`). Each shape both ways: the name masked AND the public fact beside it (the act, the amount, the trade, the
decision's words) still published; and the same word where it is the word, kept. Values are synthetic; each test names
the outsider's case folder (/work/notes/h22o/cases/<folder>).
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
from tests.helpers import make_id, make_uscc, penalty_row, person_penalty_row, run_pipeline, write_csv, write_folder

AS_OF = "2026-12-07"
BUILD_DAY = dt.date(2026, 12, 7)


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in find_person_names(text)]


# -- L5_word_like_names_after_cue, L5b_word_like_names_in_complaints: a name that is a word after a strong cue, decided
#    by what follows it (an act, a bracket, a break, a list's mark), never where the word goes on into a longer one.

@pytest.mark.parametrize(("text", "names", "kept"), [
    ("经查，举报人高峰在当事人店内参与销售过期食品，当场查获。", ["高峰"], "在当事人店内参与销售过期食品，当场查获。"),
    ("经查，举报人文静在当事人店内参与销售过期食品。", ["文静"], "在当事人店内参与销售过期食品。"),
    ("经查，证人方圆在当事人店内参与销售过期食品。", ["方圆"], "在当事人店内参与销售过期食品。"),
    ("经查，当事人雇佣的夏天在当事人店内参与销售过期食品。", ["夏天"], "在当事人店内参与销售过期食品。"),
    ("经查，员工宁静在当事人店内参与销售过期食品。", ["宁静"], "在当事人店内参与销售过期食品。"),
    ("经查，员工万里在当事人店内参与销售过期食品。", ["万里"], "在当事人店内参与销售过期食品。"),
    ("经查，证人马力在当事人店内参与销售过期食品。", ["马力"], "在当事人店内参与销售过期食品。"),
    ("执法人员：高峰（执法证号62070001）、文静（执法证号62070002）到场检查。", ["高峰", "文静"], "（执法证号62070001）"),
    ("甘州区诚信之星评选办法（推荐人：村支书高峰）", ["高峰"], "甘州区诚信之星评选办法（推荐人：村支书"),
    ("消费者夏天、方圆反映健身房关门。", ["夏天", "方圆"], "反映健身房关门。"),
    ("投诉人宁静（女）反映退款难。", ["宁静"], "（女）反映退款难。"),
])
def test_a_name_that_is_a_word_after_a_role_word_is_masked_with_the_act_kept(text: str, names: list[str], kept: str
                                                                            ) -> None:
    assert _found(text) == names
    out = scrub_text(text)
    for name in names:
        assert name not in out
        assert f"{name[0]}*" in out
    assert kept in out


@pytest.mark.parametrize("text", [
    "举报人高峰期间多次到店。",  # (the word goes on: 高峰期间)
    "消费者高峰时段排队，投诉人方圆五公里内未找到同类门店。",
    "消费者周末到店购买月饼。",  # (a time word before an act is a name only after a word of hiring)
    "消费者常年在该店购物，顾客高度关注。",  # (adverbs, not names)
    "员工宿舍在二楼，消费者权益、消费者安全。",
    "消费者强烈要求退款，消费者普遍反映价格高。",
])
def test_the_same_words_as_words_after_a_role_word_stay(text: str) -> None:
    assert find_person_names(text) == []
    assert scrub_text(text) == text


# -- L6_role_words_qunzhong_jianli_zhongjie: role words before a name (and their kin: the workers of a shop, a kitchen, a
#    ride), with a common name (李娜, 王芳) or one that is a word (高峰).

@pytest.mark.parametrize(("text", "names"), [
    ("经查，群众李娜、监理罗刚、中介王芳反映当事人销售过期食品。", ["李娜", "罗刚", "王芳"]),
    ("经查，司机高峰、库管杨帆、摊主高峰反映当事人销售过期食品。", ["高峰", "杨帆", "高峰"]),
    ("保洁王芳、厨工李娜、临时工杨帆、网约车司机高峰、代驾李娜、快递小哥王芳反映。",
     ["王芳", "李娜", "杨帆", "高峰", "李娜", "王芳"]),
])
def test_a_name_after_a_worker_or_a_bystander_is_masked_with_the_report_kept(text: str, names: list[str]) -> None:
    assert _found(text) == names
    out = scrub_text(text)
    assert not any(name in out for name in names)
    assert "反映" in out


@pytest.mark.parametrize("text", [
    "群众多次举报该店噪音扰民。", "中介机构收取中介费用2000元。", "监理单位未到场，监理工程师未到岗。",
    "保洁用品在仓库，代驾服务收费标准已公示。", "司机在驾驶中接打电话，群众安全感提升。",
])
def test_the_role_words_before_no_name_stay(text: str) -> None:
    assert find_person_names(text) == []
    assert scrub_text(text) == text


# -- O5_phrases_read_as_names: the standard phrases after 当事人 (the 2021 格式范本's 陈述申辩; a case's gains).

@pytest.mark.parametrize("text", [
    "经查，当事人陈述申辩称其不知情。", "当事人陈述、申辩的意见不予采纳。", "经查，当事人毛利润为360元，毛利率为20%。",
])
def test_the_phrases_after_the_party_are_no_names(text: str) -> None:
    assert find_person_names(text) == []
    assert scrub_text(text) == text


def test_a_name_after_the_party_word_is_still_masked_beside_the_phrase() -> None:
    text = "经查，当事人陈述申辩称其雇员张建华不知情，当事人毛利润为360元。"
    assert _found(text) == ["张建华"]
    assert scrub_text(text) == "经查，当事人陈述申辩称其雇员张**不知情，当事人毛利润为360元。"


# -- L11_own_name_is_a_word, L12_operator_word_name_in_business_name: the record's own person, whose name is a word, as
#    the subject of a clause after a comma; a 个体工商户 whose operator's name is its 字号 before the trade's words.

def _person(n: int, name: str, fact: str) -> dict[str, str]:
    return person_penalty_row(行政相对人名称=name, 证件号码=make_id("19800101", 230 + n),
                              行政处罚决定书文号=f"甘州市监罚〔2026〕{2200 + n}号", 违法事实=fact)


def _published(tmp_path: Path, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": rows}), AS_OF)
    frame = run.decided.frames["penalties"]
    assert len(frame) == len(rows), run.validated.problems
    return [{k: str(v) for k, v in r.items()} for r in frame.sort_values("行政处罚决定书文号").to_dict("records")]


_OWN = [
    ("高峰", "经查，高峰于2026年8月占道经营，高峰当场承认。", "经查，高*于2026年8月占道经营，高*当场承认。"),
    ("方圆", "经查，方圆在南关市场散发广告。", "经查，方*在南关市场散发广告。"),
    ("马力", "经查，马力驾驶三轮车运输过期食品，马力称不知情。", "经查，马*驾驶三轮车运输过期食品，马*称不知情。"),
    ("宁静", "经查，宁静对上述事实无异议。", "经查，宁*对上述事实无异议。"),
    # the word where it is the word (what follows goes on with it), in the same person's record
    ("高峰", "经查，高峰时段当事人在路口占道经营。", "经查，高峰时段当事人在路口占道经营。"),
    ("方圆", "经查，方圆五公里内无同类门店，当事人无证经营。", "经查，方圆五公里内无同类门店，当事人无证经营。"),
]


def test_the_own_name_that_is_a_word_is_masked_where_it_is_the_subject(tmp_path: Path) -> None:
    rows = _published(tmp_path, [_person(k, name, fact) for k, (name, fact, _) in enumerate(_OWN)])
    for row, (name, _, published) in zip(rows, _OWN):
        assert row[PARTY_NAME_FIELD] == f"{name[0]}*"
        assert row["违法事实"] == published


def test_an_operator_named_by_a_word_is_masked_in_the_business_name_and_the_text_on_every_surface(tmp_path: Path
                                                                                             ) -> None:
    business = penalty_row(行政相对人名称="甘州区文静服装店", 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(2201, prefix="92"),
                           法定代表人="文静", 行政处罚决定书文号="甘州市监罚〔2026〕2296号",
                           违法事实="经查，文静经营的服装店销售假冒商标服装，经营者文静对事实无异议。")
    landmark = penalty_row(行政相对人名称="甘州区祁连山土特产店", 行政相对人类别="个体工商户",
                           统一社会信用代码=make_uscc(2202, prefix="92"), 法定代表人="祁连",
                           行政处罚决定书文号="甘州市监罚〔2026〕2297号", 违法事实="经查，当事人销售过期食品。")
    write_csv(tmp_path / "data" / "penalties" / "p.csv", [business, landmark])
    build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report", BUILD_DAY, state_dir=tmp_path / "state"))
    files = [p for p in (tmp_path / "site").rglob("*") if p.is_file() and "assets" not in p.parts]
    site = "\n".join(decoded_text(p.read_bytes()) for p in files)
    assert "文静服装店" not in site and "文静经营" not in site and "经营者文静" not in site
    assert "甘州区文*服装店" in site
    assert "经查，文*经营的服装店销售假冒商标服装，经营者文*对事实无异议。" in site
    assert "甘州区祁连山土特产店" in site  # (the mountain before its trade: a place's name, not the operator's: adv6)


# -- O2_org_legal_rep_in_text (borderline; decided): privacy.md's "Names of people other than the party (third persons
#    named in free text)" — the party of an organisation's record is the organisation, so the text's 法定代表人 line is
#    masked as another person's name; the 法定代表人 column (a public field of the data contract) still publishes it.

def test_an_organisations_legal_representative_in_the_text_is_masked_and_the_column_keeps_it(tmp_path: Path) -> None:
    row, = _published(tmp_path, [penalty_row(
        行政相对人名称="张掖市腾飞商贸有限公司", 法定代表人="刘占军", 统一社会信用代码=make_uscc(2203),
        违法事实="当事人：张掖市腾飞商贸有限公司\n法定代表人：刘占军\n经查，当事人销售过期食品。")])
    assert row["法定代表人"] == "刘占军"
    assert row["违法事实"] == "当事人：张掖市腾飞商贸有限公司\n法定代表人：刘**\n经查，当事人销售过期食品。"
