"""Values as real exports write them (issue 17): placeholders, dates, codes, amounts, 所属领域,
the party's category and decision numbers, through the public entry points where they matter.

Shapes (values synthetic) and where they come from:
- 2019 双公示 行政处罚 template as an exporter writes it (a provincial platform's JSON export read by
  find_string, CF_* keys): CF_XDR_LB "法人及非法人组织", CF_NR "罚款2000元" with CF_NR_FK 0.2 (万元),
  CF_YXQ / CF_GSJZQ dates; its table DDL has `cf_nr_fk decimal(18,6) COMMENT '罚款金额（万元）'`.
- 2016 standard importer (com.whcis.data.ap.temptobase.LicensingTempToBaseServer): XK_ZT 0/正常,
  1/撤销, 3/异议; XK_SPLB 普通/特许/认可/核准/登记; CF_CFLB1 "没收违法所得、没收非法财物" and
  "暂扣或者吊销许可证、暂扣或者吊销执照" (the older law's categories, several in one cell).
- data-contract.md (Dates, Placeholders, Coded values, Amounts) and 《行政处罚法》第五十一条 (简易程序:
  at most 200 元 for a citizen, 3000 元 for an organisation).
- 国家发展改革委令第58号 第十一条 (特种设备、安全生产、消防: one-year minimum) for 所属领域.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from generator.schema import KINDS, LONG_TERM
from generator.values import (
    ambiguous_date,
    check_fine,
    clean_cells,
    date_words_only,
    derived_category,
    derived_domain,
    month_only_date,
    multi_codes,
    normalize_decision_no,
    normalize_decision_nos,
    parse_date,
    period_end,
    read_amount,
    shown_value,
    simplified_code,
    yuan_figures,
)
from tests.conftest import AUTHORITY_CODE, make_ric, make_uscc, penalty, run_pipeline, write_folder

AS_OF = "2026-06-30"
FINE = "罚款金额（万元）"


# -- one value -----------------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "甘市监罚〔2026〕12号", "甘市监罚[2026]12号", "甘市监罚【2026】12号", "甘市监罚(2026)12号",
    "甘市监罚（2026）12号", "甘市监罚［２０２６］１２号", "甘市监罚 〔2026〕 12 号", "甘市监罚〖2026〗12号",
    # The serial as clerks write it (found by an outside pass: a withdrawal written 0012号 or 第12号
    # matched nothing and the withdrawn penalty stayed public).
    "甘市监罚〔2026〕0012号", "甘市监罚〔2026〕第12号", "甘市监罚[2026]第０１２号",
    # 号 left out after the serial (adversarial round 4, stale-withdrawal-spellings: the withdrawn
    # penalty 〔2026〕903号 stayed published when the withdrawal wrote 〔2026〕903).
    "甘市监罚〔2026〕12", "甘市监罚(2026)12", "甘市监罚〔2026〕0012", "甘市监罚〔2026〕第12", "甘市监罚〔2026〕 12 ",
    # A full stop, a remark in brackets, the year in Chinese numerals (adversarial round 5, stale-withdrawal-*).
    "甘市监罚〔2026〕12号。", "甘市监罚〔2026〕12号（撤销）", "甘市监罚〔二〇二六〕12号", "甘市监罚(2026)12号(已作废)。",
])
def test_decision_numbers_compare_equal(written: str) -> None:
    assert normalize_decision_no(written) == normalize_decision_no("甘市监罚〔2026〕12号")


def test_the_short_path_agrees_with_the_full_normalisation() -> None:
    samples = ["甘市监罚〔2026〕12号", "甘市监罚[2026]12号", "甘市监罚（２０２６）1号", "abc", "ABC-1", "JY1620702000001",
               "甘市监罚 〔2026〕1号", "㈠1", "甘市监罚【2026】1号", "甘市监罚\u30002026", "ｊｙ１", "", "X/1",
               "甘市监罚〔2026〕0012号", "甘市监罚〔2026〕第12号", "甘市监罚〔2026〕1007号", "甘市监罚〔2026〕0号",
               "甘市监罚〔2026〕903", "甘市监罚〔2026〕903-1", "X〔2026〕", "甘市监罚(2026)903", "甘市监罚〔2026〕1号.",
               "甘市监罚〔2026〕1号(撤销)", "甘市监罚〔二〇二六〕1号", "甘市监罚〔2026〕1号（一）"]
    assert normalize_decision_nos(samples) == [normalize_decision_no(s) for s in samples]


def test_different_decision_numbers_stay_different() -> None:
    assert normalize_decision_no("甘市监罚〔2026〕12号") != normalize_decision_no("甘市监罚〔2026〕13号")
    assert normalize_decision_no("甘市监罚〔2026〕12号") != normalize_decision_no("甘市监罚〔2025〕12号")
    assert normalize_decision_no("甘市监罚〔2026〕1007号") != normalize_decision_no("甘市监罚〔2026〕7号")
    assert normalize_decision_no("甘市监罚〔2026〕10号") != normalize_decision_no("甘市监罚〔2026〕1号")
    assert normalize_decision_no("甘市监罚〔2026〕12") != normalize_decision_no("甘市监罚〔2026〕1号")
    assert normalize_decision_no("甘市监罚〔2026〕12-1") != normalize_decision_no("甘市监罚〔2026〕12号")
    assert normalize_decision_no("甘市监罚〔2026〕12号（一）") != normalize_decision_no("甘市监罚〔2026〕12号")
    assert normalize_decision_no("甘市监罚〔二〇二五〕12号") != normalize_decision_no("甘市监罚〔2026〕12号")


@pytest.mark.parametrize(("written", "iso"), [
    ("2021年3月5日", "2021-03-05"), ("2021.3.5", "2021-03-05"), ("2021/3/5", "2021-03-05"),
    ("2021-3-5", "2021-03-05"), ("2027-10-21 00:00:00.0", "2027-10-21"), ("2021-03-05T08:00:00", "2021-03-05"),
    ("2021年3月5日 08:30", "2021-03-05"), ("44260", "2021-03-05"), ("44260.5", "2021-03-05"),
    ("２０２１年３月５日", "2021-03-05"), ("20210305", "2021-03-05"),
    # Second attack (issue 17): a weekday after the date, as calendars and some exporters add it.
    ("2021年3月5日星期五", "2021-03-05"), ("2021/3/5（周五）", "2021-03-05"), ("2021-03-05 星期五", "2021-03-05"),
])
def test_dates(written: str, iso: str) -> None:
    assert parse_date(written) == (iso, None)


@pytest.mark.parametrize("written", ["长期", "永久", "长期有效", "2099-12-31", "2099/12/31"])
def test_no_end(written: str) -> None:
    assert parse_date(written, long_term=True) == (LONG_TERM, None)


def test_no_end_is_no_decision_date() -> None:
    assert parse_date("长期") == (None, "bad-date")


def test_no_end_is_shown_as_long_term() -> None:
    field = KINDS["penalties"].field("处罚有效期")
    assert shown_value(field, LONG_TERM) == "长期"
    assert shown_value(KINDS["penalties"].field("处罚决定日期"), "2026-03-05") == "2026-03-05"


@pytest.mark.parametrize(("written", "wan", "converted"), [
    ("5000元", "0.5", True), ("5,000.00元", "0.5", True), ("伍仟元", "0.5", True), ("0.5万元", "0.5", False),
    ("人民币伍仟元整", "0.5", True), ("￥5000元", "0.5", True), ("5千元", "0.5", True), ("0.5", "0.5", False),
    ("壹万贰仟元", "1.2", True), ("12000元", "1.2", True),
    # A currency sign without a unit is a sum in 元 (¥5,000 is never 5000 万元); 万元 is always written out.
    ("¥5,000", "0.5", True), ("￥5000", "0.5", True), ("人民币5000", "0.5", True), ("人民币0.5万元", "0.5", False),
])
def test_amounts(written: str, wan: str, converted: bool) -> None:
    assert read_amount(written) == (wan, None, converted)


@pytest.mark.parametrize("written", ["若干", "-5元", "五千美元"])
def test_bad_amounts(written: str) -> None:
    assert read_amount(written)[1] == "bad-amount"


def test_figures_stated_in_content() -> None:
    assert yuan_figures("没收违法所得500元，并处罚款人民币5,000元") == (500.0, 5000.0)
    assert yuan_figures("罚款人民币贰仟元整") == (2000.0,)
    assert yuan_figures("罚款0.2万元") == (2000.0,)
    assert yuan_figures("警告") == ()


@pytest.mark.parametrize(("amount", "content", "verdict"), [
    (0.2, "罚款2000元", "ok"), (2000, "罚款2000元", "yuan"), (2000, "罚款人民币贰仟元", "yuan"),
    (5000, "罚款3000元", "too-large"), (5, "罚款3000元", "mismatch"), (3000, "罚款3000元", "yuan"), (30, "罚款3元", "too-large"),
    (3, "警告并罚款", "none"),
])
def test_fine_against_content(amount: float, content: str, verdict: str) -> None:
    assert check_fine(amount, content)[0] == verdict


def test_categories() -> None:
    f = KINDS["penalties"].field("处罚类别")
    assert multi_codes("警告；罚款、没收违法所得,没收非法财物 通报批评", f) == (
        "警告;罚款;没收违法所得;没收非法财物;通报批评", True)
    assert multi_codes("罚款;其他-责令改正", f) == ("罚款;其他-责令改正", True)
    assert multi_codes("其他（责令改正）", f) == ("其他-责令改正", True)
    # The 2016 standard's category names two: both parts are codes of the 2021 law.
    assert multi_codes("没收违法所得、没收非法财物", f) == ("没收违法所得;没收非法财物", True)
    assert multi_codes("罚款;罚没", f)[1] is False


def test_category_from_codes() -> None:
    assert derived_category(make_uscc(5), True, "") == "法人及非法人组织"
    assert derived_category(make_uscc(5, prefix="92"), True, "") == "个体工商户"
    assert derived_category("00000000000000000X", False, "") == "个体工商户"
    assert derived_category("", False, make_ric()) == "自然人"
    assert derived_category("12345", False, "") == ""  # nothing tells: left empty, refused as missing


@pytest.mark.parametrize(("values", "domain"), [
    ({"处罚机关": "张掖市甘州区消防救援大队", "处罚依据": "《中华人民共和国消防法》第六十条"}, "消防"),
    ({"处罚机关": "张掖市甘州区应急管理局", "处罚依据": "《危险化学品安全管理条例》"}, "安全生产"),
    ({"处罚机关": "张掖市甘州区市场监督管理局", "处罚依据": "《中华人民共和国特种设备安全法》第八十四条"}, "特种设备"),
    ({"处罚机关": "张掖市甘州区市场监督管理局", "违法行为类型": "使用未经定期检验的电梯"}, "特种设备"),
    ({"处罚机关": "张掖市甘州区市场监督管理局", "处罚依据": "《中华人民共和国食品安全法》"}, "食品药品"),
    ({"处罚机关": "张掖市甘州区文化广播电视局", "处罚依据": "《娱乐场所管理条例》"}, ""),
])
def test_domain(values: dict[str, str], domain: str) -> None:
    assert derived_domain(values) == domain


# -- through the pipeline ------------------------------------------------------------------

def _codes(run, code: str) -> list:
    return [p for p in run.validated.problems if p.code == code]


def test_category_derived_when_the_column_is_empty(data_dir: Path) -> None:
    business = make_uscc(7, prefix="92")
    rows = [
        penalty("甘市监罚〔2026〕1号", category="", serial=3),
        penalty("甘市监罚〔2026〕2号", category="", code=business),
        penalty("甘市监罚〔2026〕3号", category="", code="", name="张三", 证件类型="身份证", 证件号码=make_ric()),
    ]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows}), AS_OF)
    frame = run.decided.frames["penalties"]
    assert frame.set_index("_key")["行政相对人类别"].to_dict() == {
        "甘市监罚〔2026〕1号": "法人及非法人组织", "甘市监罚〔2026〕2号": "个体工商户", "甘市监罚〔2026〕3号": "自然人"}
    warnings = _codes(run, "party-category-derived")
    assert len(warnings) == 3 and all(p.severity == "warning" for p in warnings)
    assert make_ric() not in " ".join(p.message for p in run.validated.problems)
    assert run.validated.kinds["penalties"].derived["party-category-derived"] == 3
    assert run.status("penalties", "甘市监罚〔2026〕3号") == "published"
    assert run.row("penalties", "甘市监罚〔2026〕3号")["_entity"] == ""  # a person: no entity page


def test_coded_categories_and_statuses(data_dir: Path) -> None:
    from tests.conftest import license_

    rows = [penalty("甘市监罚〔2026〕1号", category="1"), penalty("甘市监罚〔2026〕2号", category="个体户",
                                                                  code=make_uscc(8, prefix="92"))]
    licences = [license_("甘市监许〔2026〕1号", 当前状态="0", 许可类别="普通许可"),
                license_("甘市监许〔2026〕2号", 当前状态="撤销", 许可类别="其他-临时", 备注="",
                         许可编号="JY1620702000002")]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows, "licenses": licences}), AS_OF)
    assert run.summary["kinds"]["penalties"]["rejected"] == 0
    assert run.summary["kinds"]["licenses"]["rejected"] == 0
    assert run.row("penalties", "甘市监罚〔2026〕2号")["行政相对人类别"] == "个体工商户"
    first, second = run.row("licenses", "甘市监许〔2026〕1号"), run.row("licenses", "甘市监许〔2026〕2号")
    assert (first["许可类别"], first["当前状态"], first["_badge"]) == ("普通", "有效", "有效")
    assert (second["许可类别"], second["当前状态"], second["_badge"]) == ("其他", "无效", "已失效")
    assert "其他-临时" in second["备注"]  # the kind 其他 names stays public


def test_fine_in_yuan_is_converted_never_published_as_wan(data_dir: Path) -> None:
    rows = [
        penalty("甘市监罚〔2026〕1号", **{FINE: "2000", "处罚内容": "罚款人民币2000元"}),
        penalty("甘市监罚〔2026〕2号", **{FINE: "5000", "处罚内容": "罚款人民币3000元"}),
        penalty("甘市监罚〔2026〕3号", **{FINE: "5000元", "处罚内容": "罚款5000元"}),
        penalty("甘市监罚〔2026〕4号", **{FINE: "2000", "处罚内容": "罚款", "案件程序": "简易"}),
    ]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows}), AS_OF)
    assert run.row("penalties", "甘市监罚〔2026〕1号")["罚款金额(万元)"] == "0.2"
    assert run.row("penalties", "甘市监罚〔2026〕3号")["罚款金额(万元)"] == "0.5"
    [read] = _codes(run, "amount-read-as-yuan")
    assert (read.row, read.severity) == (2, "warning")
    refused = {p.row for p in _codes(run, "amount-implausible")}
    assert refused == {3, 5}
    published = run.decided.published("penalties")
    assert (published["罚款金额(万元)"].astype(float) < 1).all()


def test_domain_derived_gives_the_one_year_minimum(data_dir: Path) -> None:
    fire = penalty("甘消行罚决字〔2026〕1号", date="2026-06-01", 处罚机关="张掖市甘州区消防救援大队",
                   处罚依据="《中华人民共和国消防法》第六十条", 违法行为类型="消防设施未保持完好有效")
    plain = penalty("甘市监罚〔2026〕9号", date="2026-06-01")
    run = run_pipeline(write_folder(data_dir, {"penalties": [fire, plain]}), AS_OF)
    fire_row = run.row("penalties", "甘消行罚决字〔2026〕1号")
    assert fire_row["所属领域"] == "消防"
    assert fire_row["_repair_from"] == "2027-06-01"  # one year, not the three months of 一般
    assert run.row("penalties", "甘市监罚〔2026〕9号")["_repair_from"] == "2026-09-01"
    assert run.validated.kinds["penalties"].derived["domain:消防"] == 1


@pytest.mark.parametrize("written", ["甘市监罚[2026]5号", "甘市监罚（２０２６）５号", "甘市监罚 【2026】 5号"])
def test_withdrawal_matches_however_the_number_is_written(data_dir: Path, written: str) -> None:
    withdrawal = {"信息类别": "行政处罚", "原决定文书号": written, "原决定机关统一社会信用代码": AUTHORITY_CODE,
                  "撤销类型": "撤销", "撤销日期": "2026-06-10", "作出机关": "张掖市甘州区人民政府"}
    repair = {"信息类别": "行政处罚", "原决定文书号": written.replace("5", "6").replace("５", "６"), "修复方式": "终止公示",
              "修复决定日期": "2026-06-10", "修复决定机关": "张掖市发展和改革委员会"}
    rows = [penalty("甘市监罚〔2026〕5号"), penalty("甘市监罚〔2026〕6号")]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows, "withdrawals": [withdrawal],
                                               "repairs": [repair]}), AS_OF)
    assert run.status("penalties", "甘市监罚〔2026〕5号") == "withdrawn"
    assert run.status("penalties", "甘市监罚〔2026〕6号") == "repaired"
    assert run.summary["kinds"]["withdrawals"]["unmatched"] == 0


def test_unmatched_control_says_what_happens(data_dir: Path) -> None:
    withdrawal = {"信息类别": "行政处罚", "原决定文书号": "甘市监罚〔2026〕77号", "撤销类型": "撤销",
                  "撤销日期": "2026-06-10", "作出机关": "张掖市甘州区人民政府"}
    run = run_pipeline(write_folder(data_dir, {"penalties": [penalty()], "withdrawals": [withdrawal]}), AS_OF)
    [problem] = [p for p in run.decided.problems if p.code == "control-unmatched"]
    assert "已保留" in problem.message and "以后导入时" in problem.message
    assert "不会公开" not in problem.message


def test_duplicates_compare_normalised_numbers(data_dir: Path) -> None:
    rows = [penalty("甘市监罚〔2026〕8号"), penalty("甘市监罚[2026]8号"),
            penalty("甘市监罚（2026）8 号", 违法事实="另一事实")]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows[:2]}), AS_OF)
    assert run.summary["kinds"]["penalties"]["withheld"] == {"duplicate": 1}
    run = run_pipeline(write_folder(data_dir, {"penalties": rows}), AS_OF)
    assert {p.code for p in run.validated.problems} >= {"conflicting-duplicate"}


def test_placeholders_and_long_term_through_the_site_view(data_dir: Path) -> None:
    from generator.render import record_view

    row = penalty("甘市监罚〔2026〕1号", 处罚有效期="长期", 公示截止期="/", 备注="无", 法定代表人="NULL")
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    record = run.row("penalties", "甘市监罚〔2026〕1号")
    assert (record["处罚有效期"], record["公示截止期"], record["备注"], record["法定代表人"]) == (LONG_TERM, "", "", "")
    assert record["_stop_date"] == "2027-06-01"  # decision + 12 months: 长期 sets no stop of its own
    shown = dict(record_view("penalties", record)["fields"])
    assert shown["处罚有效期"] == "长期" and "2099" not in " ".join(map(str, shown.values()))




def test_category_derived_when_the_column_is_absent(data_dir: Path) -> None:
    rows = [penalty("甘市监罚〔2026〕1号"), penalty("甘市监罚〔2026〕2号", code=make_uscc(5, prefix="92"))]
    for row in rows:
        del row["行政相对人类别"]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows}), AS_OF)
    assert run.summary["kinds"]["penalties"] == {"read": 2, "published": 2, "rejected": 0, "withheld": {}}
    assert run.row("penalties", "甘市监罚〔2026〕2号")["行政相对人类别"] == "个体工商户"
    # The report counts what was derived (summary.json "derived", shown on the report page).
    assert run.summary["derived"]["penalties"]["party-category-derived"] == 2
    assert run.summary["derived"]["penalties"]["domain:食品药品"] == 2


@pytest.mark.parametrize(("content", "categories", "tier"), [
    ("吊销食品经营许可证", "吊销许可证件", "严重"),
    ("暂扣食品经营许可证三个月", "暂扣许可证件", "一般"),
    ("责令改正", "其他-暂扣或者吊销许可证;其他-暂扣或者吊销执照", "一般"),
])
def test_the_2016_combined_category_is_made_definite(data_dir: Path, content: str, categories: str,
                                                      tier: str) -> None:
    # 2016 standard (CF_CFLB): 暂扣或者吊销许可证、暂扣或者吊销执照 is one category for two measures.
    row = penalty(处罚类别="暂扣或者吊销许可证、暂扣或者吊销执照", 处罚内容=content, **{FINE: ""})
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    record = run.row("penalties", row["行政处罚决定书文号"])
    assert (record["处罚类别"], record["_tier"]) == (categories, tier)


@pytest.mark.parametrize(("content", "categories"), [
    ("罚款2000元，没收违法所得500元", "没收违法所得"),
    ("没收过期食品12箱", "没收非法财物"),
    ("没收违法所得7920元及药品、器械", "没收违法所得;没收非法财物"),
    ("没收违法所得500元，没收非法财物（假冒产品）20件", "没收违法所得;没收非法财物"),
    ("责令改正", "其他-没收违法所得或者没收非法财物"),
])
def test_the_2016_confiscation_code_is_made_definite(data_dir: Path, content: str, categories: str) -> None:
    # 2016 双公示 standard, CF_CFLB code 2 = 《行政处罚法》(1996) 第八条（三） 没收违法所得、没收非法财物: one code for
    # two measures (generator/standards/sgs2016.toml writes it 没收违法所得或者没收非法财物). h20e case 7: a decision
    # that took only the income was published as having taken property too.
    row = penalty(处罚类别="没收违法所得或者没收非法财物", 处罚内容=content, **{FINE: ""})
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    assert run.row("penalties", row["行政处罚决定书文号"])["处罚类别"] == categories


def test_the_2019_two_confiscation_categories_stay_as_written(data_dir: Path) -> None:
    # The neighbour: the 2019 template lists 没收违法所得 and 没收非法财物 as two categories; a cell naming both is
    # what the office decided, whatever 处罚内容 spells out.
    row = penalty(处罚类别="没收违法所得、没收非法财物", 处罚内容="没收违法所得500元", **{FINE: ""})
    run = run_pipeline(write_folder(data_dir, {"penalties": [row]}), AS_OF)
    assert run.row("penalties", row["行政处罚决定书文号"])["处罚类别"] == "没收违法所得;没收非法财物"


def test_a_line_break_in_a_name_or_code_is_removed_in_free_text_kept(data_dir: Path) -> None:
    """Alt+Enter in a name cell (or a <br> in a web export) is not part of the name: one entity, one page."""
    rows = [penalty("甘市监罚〔2026〕1号", name="张掖市丹霞\n商贸有限公司", 违法事实="当事人销售过期食品，\n共计10箱。"),
            penalty("甘市监罚\r\n〔2026〕2号")]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows}), AS_OF)
    first = run.row("penalties", "甘市监罚〔2026〕1号")
    assert first["行政相对人名称"] == "张掖市丹霞商贸有限公司"
    assert first["违法事实"] == "当事人销售过期食品，\n共计10箱。"
    assert run.status("penalties", "甘市监罚〔2026〕2号") == "published"
    assert {p.column for p in _codes(run, "line-break-removed")} == {"行政相对人名称", "行政处罚决定书文号"}


# -- round 8 (hx8): magnitudes in amounts, timestamps and English dates, ban periods, traditional codes -----


@pytest.mark.parametrize(("written", "wan"), [
    # hx7 left 8: 1万2千元 was read as 1万2 × 千元 = 1200 万元, 5千 as 5000 万元 (both then refused as implausible).
    ("1万2千元", "1.2"), ("5千", "0.5"), ("12.5千元", "1.25"), ("壹万贰仟伍佰元整", "1.25"), ("1万2千", "1.2"),
    ("一万二千五百元", "1.25"), ("1万2千5百元", "1.25"), ("伍仟", "0.5"), ("5千万元", "5000"),
])
def test_an_amount_with_magnitudes_is_a_count_of_yuan(written: str, wan: str) -> None:
    assert read_amount(written) == (wan, None, True)


@pytest.mark.parametrize(("written", "wan"), [("1.2万元", "1.2"), ("1.2万", "1.2"), ("3万", "3"), ("0.5 万元", "0.5")])
def test_a_figure_of_wan_is_read_as_written(written: str, wan: str) -> None:
    assert read_amount(written) == (wan, None, False)


@pytest.mark.parametrize(("written", "iso"), [
    ("20260105000000", "2026-01-05"), ("20260105235959", "2026-01-05"), ("20260105", "2026-01-05"),
    ("2026年1月5日 星期一", "2026-01-05"), ("Jan 5, 2026", "2026-01-05"), ("January 5, 2026", "2026-01-05"),
    ("5 Jan 2026", "2026-01-05"), ("05-JAN-2026", "2026-01-05"), ("Sept 5, 2026", "2026-09-05"),
    ("Jan 5, 2026 10:30:00 AM", "2026-01-05"),
])
def test_timestamps_and_english_month_names_are_dates(written: str, iso: str) -> None:
    assert parse_date(written) == (iso, None)


@pytest.mark.parametrize("written", ["20260105250000", "Foo 5, 2026", "05-01-2026", "01/05/2026"])
def test_a_time_that_is_none_an_unknown_month_or_day_first_figures_are_refused(written: str) -> None:
    assert parse_date(written) == (None, "bad-date")


# A month without a day (round 12, h12x's left case: a platform's summary sheet writes 2026年11月): refused as before,
# the message now says what is missing instead of listing the formats, and never guesses the day.
@pytest.mark.parametrize("written", ["2026年11月", "2026-11", "2026/11", "2026年11月份", "２０２６年１１月"])
def test_a_month_without_a_day_is_refused_saying_the_day_is_missing(tmp_path: Path, written: str) -> None:
    assert month_only_date(written) and parse_date(written) == (None, "bad-date")
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": [penalty("甘州市监罚〔2026〕901号", written)]}), AS_OF)
    [problem] = [p for p in run.validated.problems if p.code == "bad-date"]
    assert "缺少日" in problem.message and "2026年11月3日" in problem.message


def test_a_whole_date_is_not_month_only() -> None:
    assert not any(month_only_date(v) for v in ("2026-11-03", "2026年11月3日", "20261103", "11月", "202611"))


def test_day_and_month_first_is_named_ambiguous() -> None:
    assert ambiguous_date("05-01-2026") and ambiguous_date("01/05/2026 00:00:00")
    assert not ambiguous_date("2026-01-05") and not ambiguous_date("Jan 5, 2026")


@pytest.mark.parametrize(("text", "end", "written"), [
    ("处采购金额千分之五的罚款，列入不良行为记录名单，一年内禁止参加政府采购活动", "2027-01-05", "一年内"),
    ("三年内禁止参加政府采购活动", "2029-01-05", "三年内"),
    ("列入不良行为记录名单，12个月内禁止参加政府采购活动", "2027-01-05", "12个月内"),
    ("在2年内禁止参加政府采购活动", "2028-01-05", "2年内"),
])
def test_a_ban_period_counts_its_end_from_the_decision_date(text: str, end: str, written: str) -> None:
    assert period_end(text, "2026-01-05", "禁止参加政府采购活动") == (end, written)


def test_a_ban_without_one_readable_period_gives_no_end() -> None:
    words = "禁止参加政府采购活动"
    assert period_end("一至三年内禁止参加政府采购活动", "2026-01-05", words)[0] is None
    assert period_end("禁止参加政府采购活动", "2026-01-05", words)[0] is None
    assert period_end("一年内禁止参加政府采购活动", "", words)[0] is None
    assert period_end("罚款5000元", "2026-01-05", words) == (None, "")


def test_a_code_in_traditional_characters_is_the_code_it_spells() -> None:
    codes = KINDS["penalties"].field("行政相对人类别").codes
    assert simplified_code("法人及非法人組織", codes) == "法人及非法人组织"
    assert simplified_code("自然人", codes) == "自然人" and simplified_code("1", codes) == "1"


def test_a_decision_number_in_traditional_characters_is_the_same_number() -> None:
    assert normalize_decision_no("甘州市監罰〔2026〕90號") == normalize_decision_no("甘州市监罚〔2026〕90号")
    assert normalize_decision_nos(["甘州市監罰〔2026〕90號"]) == [normalize_decision_no("甘州市监罚[2026]90号")]


# -- round 9 (h9x) -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "day"), [
    # Java's SimpleDateFormat("yyyy年MM月dd日HH时mm分ss秒") and ("yyyy年MM月dd日HH时mm分"): date-utility constants and
    # @DateTimeFormat annotations in public Java code (found with find_string this session); they were bad-date.
    ("2026年05月08日00时00分00秒", "2026-05-08"), ("2026年05月08日14时30分", "2026-05-08"), ("2026年5月8日10点", "2026-05-08"),
    ("2026年5月8日下午3时", "2026-05-08"), ("2026年5月8日上午", "2026-05-08"),
    # Instants (see test_load: Jackson's UTC form, Date.toString(), epoch milliseconds) on the Beijing calendar.
    ("2026-05-07T16:00:00.000+0000", "2026-05-08"), ("Fri May 08 00:00:00 CST 2026", "2026-05-08"),
    ("Fri May 08 00:00:00 GMT+08:00 2026", "2026-05-08"), ("1778169600000", "2026-05-08"),
])
def test_a_date_with_its_time_as_programs_write_it_is_the_day(written: str, day: str) -> None:
    assert parse_date(written) == (day, None)


@pytest.mark.parametrize("written", ["Fri May 08 00:00:00 PST 2026", "Fri May 08 00:00:00 EST 2026", "May 08 2026 CST"])
def test_a_date_whose_zone_or_day_cannot_be_told_is_refused(written: str) -> None:
    assert parse_date(written) == (None, "bad-date")


@pytest.mark.parametrize(("written", "wan", "converted"), [
    # The unit in brackets after the figure, as a column header writes it (罚款金额（元）: public entity comments and
    # report headers, found with find_string this session): it was bad-amount.
    ("2000.00（元）", "0.2", True), ("2000(元)", "0.2", True), ("0.2（万元）", "0.2", False), ("0.2 (万元)", "0.2", False),
])
def test_an_amount_with_its_unit_in_brackets_is_read_in_that_unit(written: str, wan: str, converted: bool) -> None:
    assert read_amount(written) == (wan, None, converted)


@pytest.mark.parametrize("written", ["企业法人", "事业单位", "社会组织", "社会团体", "机关法人", "个人独资企业", "合伙企业",
                                     "农民专业合作社", "民办非企业单位"])
def test_the_party_kind_as_the_civil_code_names_organisations_is_an_organisation(tmp_path: Path, written: str) -> None:
    """《中华人民共和国民法典》 第三章 (营利法人, 非营利法人: 事业单位、社会团体…, 特别法人: 机关法人…) and 第一百零二条 (非法人
    组织: 个人独资企业, 合伙企业): systems exporting the party's own kind had such rows refused as unknown-code; each
    is 法人及非法人组织, and the record with its company name and decision number is published."""
    from tests.helpers import penalty_row, write_csv

    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(行政相对人类别=written)])
    run = run_pipeline(tmp_path, AS_OF)
    accepted = run.validated.kinds["penalties"].accepted
    assert accepted[["行政相对人类别", "行政相对人名称", "行政处罚决定书文号"]].values.tolist() == [
        ["法人及非法人组织", "甘州区示例商贸有限公司", "甘州市监罚〔2026〕1号"]]


@pytest.mark.parametrize("written", [
    "９１６２０７０２０００００００５１Ｄ",  # typed with the input method in full-width mode (全角)
    "91620702 000000051D", "91620702-000000051-D",  # its parts spaced or hyphenated as printed on a licence
    "91620702000000051D\u200b",  # a zero-width space copied from a web page
])
def test_a_credit_code_typed_full_width_spaced_or_with_invisible_characters_is_its_18_characters(
        tmp_path: Path, written: str) -> None:
    """GB 32100 codes as clerks and web pages deliver them were refused as bad-uscc; read as the 18 characters
    when those pass the check, said once per file (uscc-respelled), the record published with its company name.
    A code that still fails is refused as before."""
    from tests.helpers import penalty_row, write_csv

    assert make_uscc(5) == "91620702000000051D"
    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(统一社会信用代码=written),
                                                 penalty_row(统一社会信用代码=written + "1",
                                                             行政处罚决定书文号="甘州市监罚〔2026〕2号")])
    run = run_pipeline(tmp_path, AS_OF)
    accepted = run.validated.kinds["penalties"].accepted
    assert accepted[["统一社会信用代码", "行政相对人名称"]].values.tolist() == [["91620702000000051D", "甘州区示例商贸有限公司"]]
    codes = [(p.code, p.row) for p in run.validated.problems if p.column == "统一社会信用代码"]
    # (An invisible character is dropped from every cell as it is read, since h21x: the code is then as written.)
    assert (("uscc-respelled", 2) in codes) is ("\u200b" not in written) and ("bad-uscc", 3) in codes


def test_a_header_padded_with_nul_is_read_and_a_nul_in_a_value_refused(tmp_path: Path) -> None:
    """A program that writes its fixed-size text fields whole pads them with NUL (C strings, Delphi, CHAR(n) read as
    bytes): the header 处罚机关\\0 was an unknown column, and 处罚机关 was missing. The header is read; a NUL in a value
    is still refused (control-characters, as tests/test_validate.py "NUL" keeps it), never published; NULs after it
    are padding and dropped (tests/test_load.py, h11x)."""
    from tests.helpers import penalty_row, write_csv

    rows = [penalty_row(), penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕2号", 处罚决定日期="2026-03\x00-05")]
    write_csv(tmp_path / "penalties" / "p.csv", rows)
    text = (tmp_path / "penalties" / "p.csv").read_text(encoding="utf-8")
    (tmp_path / "penalties" / "p.csv").write_text(text.replace(",处罚机关,", ",处罚机关\x00,", 1), encoding="utf-8")
    run = run_pipeline(tmp_path, AS_OF)
    accepted = run.validated.kinds["penalties"].accepted
    assert accepted[["行政处罚决定书文号", "处罚机关"]].values.tolist() == [["甘州市监罚〔2026〕1号", "甘州区市场监督管理局"]]
    assert ("control-characters", 3) in {(p.code, p.row) for p in run.validated.problems}


@pytest.mark.parametrize("written", ["1101960123", "1778169600"])
def test_a_ten_digit_number_in_a_date_column_is_refused_not_read_as_seconds(written: str) -> None:
    """Epoch milliseconds (13 digits, Jackson's default) are a date; ten digits are not read as seconds since 1970:
    a customs code (海关编码, ten digits) shifted into a date column would pass for a day in 2004."""
    assert parse_date(written) == (None, "bad-date")


@pytest.mark.parametrize(("written", "code"), [("普通类", "普通"), ("核准类", "核准"), ("登记类", "登记"), ("认可类", "认可"),
                                               ("特许类", "特许"), ("其他类", "其他")])
def test_a_licence_kind_written_as_a_drop_down_lists_it_is_its_code(tmp_path: Path, written: str, code: str) -> None:
    """许可类别 as systems' drop-downs list the kinds of 行政许可法 第十二条 (普通类, 核准类 …): refused as unknown-code
    before; read as the code, the licence published with its holder's name."""
    from tests.helpers import license_row, write_csv

    write_csv(tmp_path / "licenses" / "l.csv", [license_row(许可类别=written)])
    accepted = run_pipeline(tmp_path, AS_OF).validated.kinds["licenses"].accepted
    assert accepted[["许可类别", "行政相对人名称"]].values.tolist() == [[code, license_row()["行政相对人名称"]]]


# -- values local systems write (h10x) ----------------------------------------------------------


@pytest.mark.parametrize("written", ["无罚款", "不予罚款", "免予罚款"])
def test_a_fine_written_as_none_is_no_amount_and_the_decision_is_published(tmp_path: Path, written: str) -> None:
    """无罚款 in 罚款金额 (the words a clerk types for a decision without a fine; the brief's case from real exports):
    refused as bad-amount before. It is no amount, as the contract's placeholder 无 is (data-contract.md:
    placeholders mean an empty cell): the warning is published with its company name and number, no amount."""
    from tests.helpers import penalty_row, write_csv

    write_csv(tmp_path / "penalties" / "p.csv", [penalty_row(处罚类别="警告", 处罚内容="警告", **{"罚款金额(万元)": written})])
    run = run_pipeline(tmp_path, AS_OF)
    accepted = run.validated.kinds["penalties"].accepted
    assert accepted[["罚款金额(万元)", "行政相对人名称", "行政处罚决定书文号"]].values.tolist() == [
        ["", "甘州区示例商贸有限公司", "甘州市监罚〔2026〕1号"]]
    assert not [p for p in run.validated.problems if p.code == "bad-amount"]


@pytest.mark.parametrize("written", ["2000元/次", "200元／日", "每次2000元"])
def test_a_fine_written_as_a_rate_is_refused_saying_it_is_no_total(tmp_path: Path, written: str) -> None:
    """2000元/次 is a rate (per time), not the amount decided: how many times is not in the cell, so no amount can be
    published from it. Still bad-amount (the record is not published with a made-up total), and the message says it is
    a rate; the same file's other decision is published with its amount."""
    from tests.helpers import penalty_row, write_csv

    write_csv(tmp_path / "penalties" / "p.csv", [
        penalty_row(**{"罚款金额(万元)": written}),
        penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕2号")])
    run = run_pipeline(tmp_path, AS_OF)
    accepted = run.validated.kinds["penalties"].accepted
    assert accepted[["行政处罚决定书文号", "罚款金额(万元)"]].values.tolist() == [["甘州市监罚〔2026〕2号", "0.2"]]
    refused = [p for p in run.validated.problems if p.code == "bad-amount"]
    assert [p.row for p in refused] == [2] and "按次、按日" in refused[0].message


@pytest.mark.parametrize(("written", "status"), [("过期", "无效"), ("已过期", "无效"), ("存续", "有效")])
def test_a_licence_state_written_as_expired_or_continuing_is_its_code(tmp_path: Path, written: str, status: str) -> None:
    """当前状态 过期 / 存续 as local systems write a licence's state (存续 is the registers' word for “still in
    being”): refused as unknown-code before. An expired licence is 无效 and one that 存续 is 有效; both are published
    with their holder's name (publication-rules.md: 无效 licences are shown as such, not hidden)."""
    from tests.helpers import license_row, write_csv

    write_csv(tmp_path / "licenses" / "l.csv", [license_row(当前状态=written)])
    accepted = run_pipeline(tmp_path, AS_OF).validated.kinds["licenses"].accepted
    assert accepted[["当前状态", "行政相对人名称"]].values.tolist() == [[status, license_row()["行政相对人名称"]]]


@pytest.mark.parametrize("written", ["已注销", "已吊销", "撤回", "已撤回", "作废", "已作废"])
def test_a_licence_ended_in_local_words_is_invalid_and_still_published(tmp_path: Path, written: str) -> None:
    """当前状态 as county licence systems write an ended licence (h20e case 15: 已注销, 撤回, 作废 were refused as
    unknown-code while 注销 was read): 《行政许可法》 第八条 撤回 and 第七十条 注销 end it, a 作废 certificate too. Read as
    无效 and published with the holder's name (publication-rules.md: 无效 licences are shown as such)."""
    from tests.helpers import license_row, write_csv

    write_csv(tmp_path / "licenses" / "l.csv", [license_row(当前状态=written)])
    accepted = run_pipeline(tmp_path, AS_OF).validated.kinds["licenses"].accepted
    assert accepted[["当前状态", "行政相对人名称"]].values.tolist() == [["无效", license_row()["行政相对人名称"]]]


def test_a_licence_state_in_other_words_is_still_refused(tmp_path: Path) -> None:
    """The neighbour: a word that says nothing of validity (待审核) is no code and is refused, never guessed."""
    from tests.helpers import license_row, write_csv

    write_csv(tmp_path / "licenses" / "l.csv", [license_row(当前状态="待审核")])
    run = run_pipeline(tmp_path, AS_OF)
    assert run.validated.kinds["licenses"].accepted.empty
    assert [p.code for p in run.validated.problems if p.column == "当前状态"] == ["unknown-code"]


def test_a_filing_among_the_licences_is_of_the_other_kind_and_says_so(tmp_path: Path) -> None:
    """许可类别 备案: a filing is none of the kinds 行政许可法 第十二条 lists, and was refused as unknown-code. It is
    published as 其他 with 备案 kept in 备注, exactly as `其他-备案` is (data-contract.md: `其他-<kind>` for 许可类别),
    with its holder's name and number; an unknown word (行政许可) is still refused."""
    from tests.helpers import license_row, write_csv

    write_csv(tmp_path / "licenses" / "l.csv", [
        license_row(许可类别="备案"),
        license_row(许可类别="其他-备案", 行政许可决定文书号="甘州市监许〔2026〕2号", 许可编号="JY16207020000002"),
        license_row(许可类别="行政许可", 行政许可决定文书号="甘州市监许〔2026〕3号", 许可编号="JY16207020000003")])
    run = run_pipeline(tmp_path, AS_OF)
    accepted = run.validated.kinds["licenses"].accepted
    assert accepted[["行政许可决定文书号", "许可类别", "备注"]].values.tolist() == [
        ["甘州市监许〔2026〕1号", "其他", "许可类别：其他-备案"], ["甘州市监许〔2026〕2号", "其他", "许可类别：其他-备案"]]
    assert [p.row for p in run.validated.problems if p.code == "unknown-code"] == [4]


@pytest.mark.parametrize("written", ["见附件", "详见决定书", "详见处罚决定书", "见行政处罚决定书正文"])
def test_an_amount_pointing_to_the_decision_publishes_the_decision_without_it(data_dir: Path, written: str) -> None:
    """罚款金额 见附件 / 详见决定书 (the h19x brief's placeholders, as clerks fill an optional amount they do not
    copy): the whole penalty was refused as bad-amount. It is published with its party, number and date, the
    amount left out, and the report asks for the figure (amount-not-stated, a warning); 见附件2 or 5千元整款 are
    still bad-amount, and 无 / — stay the empty cells data-contract.md says they are, without a warning."""
    rows = [penalty("甘市监罚〔2026〕1号", **{"罚款金额（万元）": written}),
            penalty("甘市监罚〔2026〕2号", serial=4, **{"罚款金额（万元）": "见附件2"}),
            penalty("甘市监罚〔2026〕3号", serial=5, **{"罚款金额（万元）": "—"})]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows}), AS_OF)
    assert run.status("penalties", "甘市监罚〔2026〕1号") == "published"
    published = run.row("penalties", "甘市监罚〔2026〕1号")
    assert published["罚款金额(万元)"] == "" and published["处罚决定日期"] == "2026-06-01"
    assert published["行政相对人名称"] == penalty("x")["行政相对人名称"]
    [said] = _codes(run, "amount-not-stated")
    assert (said.severity, said.row, said.column) == ("warning", 2, "罚款金额(万元)") and "补填" in said.message
    assert [p.row for p in _codes(run, "bad-amount")] == [3]
    assert run.status("penalties", "甘市监罚〔2026〕3号") == "published"


def test_an_id_type_written_as_a_ga_t_517_code_gets_the_id_check(data_dir: Path) -> None:
    """证件类型 as a GA/T 517-2004 《常用证件代码》 code (111 居民身份证, 414 普通护照; the code table systems on the
    public-security tables use: a public enum `CertType` "acording to GA/T 517-2004", NATIONAL_ID("111")): a 111
    whose number fails the GB 11643 check was taken for a passport and withheld as age-unknown (its staff message
    said 护照、通行证); now it is bad-id-number, like 身份证. A valid one publishes with the person's penalty
    number and date, the number itself in no message; 414 stays a passport (age-unknown); a bare 1 is no code any
    list agrees on, and an 18-character number under it is checked as under an empty type."""
    good = make_ric("19800101", "123")
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    def person(no: str, kind: str, number: str) -> dict[str, str]:
        return penalty(no, category="自然人", code="", name="欧阳某某", 证件类型=kind, 证件号码=number)
    rows = [person("甘市监罚〔2026〕1号", "111", good), person("甘市监罚〔2026〕2号", "111", bad),
            person("甘市监罚〔2026〕3号", "414", "E12345678"), person("甘市监罚〔2026〕4号", "1", bad)]
    run = run_pipeline(write_folder(data_dir, {"penalties": rows}), AS_OF)
    assert run.status("penalties", "甘市监罚〔2026〕1号") == "published"
    assert run.row("penalties", "甘市监罚〔2026〕1号")["处罚决定日期"] == "2026-06-01"
    assert [(p.row, p.column) for p in _codes(run, "bad-id-number")] == [(3, "证件号码"), (5, "证件号码")]
    assert run.status("penalties", "甘市监罚〔2026〕3号") == "age-unknown"
    messages = " ".join(p.message for p in run.validated.problems)
    assert good not in messages and bad not in messages


@pytest.mark.parametrize(("written", "expected"), [
    ("5000元（大写：伍仟元整）", ("0.5", None, True)), ("300000.00元(大写:叁拾万元整)", ("30", None, True)),
    ("伍仟元整（¥5000.00）", ("0.5", None, True)), ("3万元（30000元）", ("3", None, True)),
    ("5000元（大写：伍万元整）", (None, "bad-amount", False)),  # the two disagree: which is meant cannot be told
    ("5000（伍仟元）", (None, "bad-amount", False)),  # a bare 5000 is 万元: not the 伍仟元 beside it
    ("5000元（含税）", (None, "bad-amount", False)),
])
def test_an_amount_restated_in_brackets_is_read_when_both_agree(written: str, expected: tuple) -> None:
    """Money as decisions, contracts and receipts write it: the figure, then the same sum in words in brackets
    (人民币{amount}元（大写：{amount_cn}）, the contract and receipt templates find_string found this round; a clerk
    copying 罚款人民币5000元（大写：伍仟元整） from the decision into 罚款金额). Each was bad-amount and the penalty
    refused; it is read when both readings agree, and refused when they differ."""
    assert read_amount(written) == expected


@pytest.mark.parametrize(("written", "day"), [
    ("10-NOV-26", "2026-11-10"), ("17-NOV-81", "1981-11-17"), ("10-nov-26 12.00.00.000000 AM", "2026-11-10"),
])
def test_oracle_dates_of_an_english_session_are_the_days_they_name(written: str, day: str) -> None:
    """Oracle's DD-MON-RR in an English session (NLS_DATE_FORMAT is "derived from NLS_TERRITORY", Oracle Database
    Reference; AMERICA gives DD-MON-RR, as SQL*Plus prints scott.emp's HIREDATE 17-NOV-81): each was bad-date, the
    Chinese session's 22-11月-26 being read since round 14. RR: 00-49 are 20xx, 50-99 19xx; a month no calendar has
    stays refused."""
    assert parse_date(written) == (day, None)
    assert parse_date("10-ABC-26") == (None, "bad-date")


# -- session 14 (the thirteenth session's left export shapes) -------------------------------------------------------


@pytest.mark.parametrize(("written", "day"), [
    # An en dash or a minus sign between the figures (a word processor's autocorrect), spaces around it.
    ("2026–05–08", "2026-05-08"), ("2026 – 5 – 8", "2026-05-08"), ("2026−05−08", "2026-05-08"),
])
def test_typographic_dashes_are_the_day(written: str, day: str) -> None:
    assert parse_date(written) == (day, None)


def test_two_figure_years_are_refused() -> None:
    assert parse_date("26-11-10 下午12:00")[0] is None  # year, month and day cannot be told apart


def test_a_period_with_en_dashes_gives_its_end() -> None:
    assert parse_date("2021–03–05至2022–03–04", long_term=True) == ("2022-03-04", None)


# -- session 15 (h21x: cells as programs write them; the build-level cases are in tests/test_export_values.py) -------


def test_clean_cells_empties_whole_placeholders_and_drops_invisible_characters() -> None:
    """A freshly read table as `clean_cells` leaves it: a program's no-value word (pandas nan, MySQL \\N, JSON
    null; sources in tests/test_export_values.py) is empty only when it is the whole cell (spaces around it
    allowed), a boolean only in a never-public column, and the zero-width characters go from every cell."""
    kind = KINDS["penalties"]
    frame = pd.DataFrame({"备注": [" nan ", "\\N", "nan记", "true", "甘州\u200b市\u2060监"],
                          "法定代表人证件号码": ["null", "true", "NaN", "620702\u200b19800101", "None"]}, dtype="str")
    clean_cells(frame, kind)
    assert frame["备注"].tolist() == ["", "", "nan记", "true", "甘州市监"]
    assert frame["法定代表人证件号码"].tolist() == ["", "", "", "62070219800101", ""]


@pytest.mark.parametrize(("text", "only"), [
    ("Invalid Date", True), ("NaN-NaN-NaN", True), ("Oct 35 2026", True), ("2026-10-05T25:00Z", True),
    ("May", False), ("Wang Fang", False), ("Oct 5 王秀英", False), ("ｍａｙ 5 2026", False), ("Οct 5 2026", False),
])
def test_date_words_only(text: str, only: bool) -> None:
    """Which refused cells are only date words and program text (quoted to staff when the detector finds nothing):
    a month's name alone, a pinyin name, a Han name, full-width letters and a Greek Ο for O are not."""
    assert date_words_only(text) is only
