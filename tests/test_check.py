"""信用核查: the check index the build writes and `creditsite check LIST --site SITE`.

The browser page gives the same rows (tests/test_check_browser.py). Values are synthetic; the
shapes of the rows follow the national 双公示 template (tests/conftest.py) and data-contract.md.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.check import (
    COLUMNS,
    ENTRIES_PER_SHARD,
    FACTS,
    OUTCOMES,
    SiteIndex,
    check_entries,
    check_lines,
    classify,
    code_form,
    entries_of_text,
    read_list,
    shard_count,
    valid_uscc,
    write_check_index,
)
from generator.cli import main
from tests.conftest import (
    AUTHORITY,
    AUTHORITY_CODE,
    listing,
    make_ric,
    make_uscc,
    party,
    penalty,
    write_csv,
    write_folder,
)
from tests.helpers import build_args

AS_OF = "2026-11-27"
HENGTONG = make_uscc(301)  # penalties (one recent 一般, one 2 years old 严重), grade, broken commitment
HEIHE = make_uscc(302)  # serious-dishonesty list, registry 吊销
DANXIA = make_uscc(303)  # honour list only
CLEAN = make_uscc(304)  # a licence only: nothing to find
TWIN_A, TWIN_B = make_uscc(305), make_uscc(306)  # two entities of one name
SHOP = make_uscc(307, prefix="92")  # a 个体工商户 named after its operator
REG_NO = "620702600012345"  # a 个体工商户 without a credit code (placeholder)
PERSON_ID = make_ric("19800101", "456")
COL = {title: i for i, title in enumerate(COLUMNS)}


def _commitment(no: str, state: str, **who: str) -> dict[str, str]:
    row = party(**who)
    row.update({"承诺类型": "审批替代型", "承诺事项": "食品经营许可告知承诺", "承诺编号": no, "做出承诺日期": "2026-03-01",
                "承诺受理单位": AUTHORITY, "承诺受理单位统一社会信用代码": AUTHORITY_CODE, "履约状态": state})
    return row


def _grade(no: str, result: str, **who: str) -> dict[str, str]:
    row = party(**who)
    row.update({"评价类型": "纳税信用", "评价结果": result, "评价编号": no, "评价日期": "2026-04-01",
                "有效期至": "2027-03-31", "评价单位": AUTHORITY, "评价单位统一社会信用代码": AUTHORITY_CODE})
    return row


def write_check_data(root: Path) -> Path:
    """A data folder with every fact a check reports, and the traps (twins, a person, a shop)."""
    return write_folder(root, {
        "penalties": [
            penalty("甘州市监罚〔2026〕11号", "2026-06-01", name="张掖市恒通餐饮服务有限公司", code=HENGTONG),
            penalty("甘州市监罚〔2024〕12号", "2024-12-01", name="张掖市恒通餐饮服务有限公司", code=HENGTONG,
                    处罚类别="责令停产停业", 处罚内容="责令停产停业"),
            penalty("甘州市监罚〔2026〕13号", "2026-05-01", name="张三丰", category="自然人", code="",
                    证件类型="身份证", 证件号码=PERSON_ID),
            penalty("甘州市监罚〔2026〕14号", "2026-05-02", name="甘州区李建国烧烤店", category="个体工商户", code=SHOP,
                    法定代表人="李建国"),
            penalty("甘州市监罚〔2026〕15号", "2026-05-03", name="甘州区顺达汽车修理部", category="个体工商户",
                    code="00000000000000000X", 工商注册号=REG_NO, 法定代表人="叶永平"),
        ],
        "blacklist": [listing("blacklist", "甘人社失信〔2026〕1号", "2026-02-01", name="张掖市黑河食品有限公司",
                              code=HEIHE)],
        "redlist": [listing("redlist", "甘税红〔2026〕1号", "2026-04-01", name="张掖市丹霞商贸有限公司", code=DANXIA)],
        "commitments": [_commitment("CN-2026-1", "未履约", name="张掖市恒通餐饮服务有限公司", code=HENGTONG),
                        _commitment("CN-2026-2", "已履约", name="张掖市丹霞商贸有限公司", code=DANXIA)],
        "evaluations": [_grade("PJ-2026-1", "D", name="张掖市恒通餐饮服务有限公司", code=HENGTONG)],
        "licenses": [
            {**party(name="甘州区清泉商贸有限公司", code=CLEAN), "行政许可决定文书名称": "食品经营许可决定书",
             "行政许可决定文书号": "甘州市监许〔2026〕1号", "许可类别": "普通", "许可内容": "预包装食品销售",
             "许可决定日期": "2026-06-01", "有效期自": "2026-06-01", "有效期至": "2031-05-31", "许可机关": AUTHORITY,
             "许可机关统一社会信用代码": AUTHORITY_CODE, "数据来源单位": AUTHORITY,
             "数据来源单位统一社会信用代码": AUTHORITY_CODE},
        ],
        "entities": [
            {"统一社会信用代码": HEIHE, "主体名称": "张掖市黑河食品有限公司", "主体类型": "有限责任公司",
             "法定代表人": "赖志勇", "登记状态": "吊销"},
            {"统一社会信用代码": HENGTONG, "主体名称": "张掖市恒通餐饮服务有限公司", "主体类型": "有限责任公司",
             "法定代表人": "王海娟", "登记状态": "存续（在营、开业、在册）"},
            {"统一社会信用代码": TWIN_A, "主体名称": "甘州区同名商贸有限公司", "法定代表人": "赵一", "登记状态": "存续"},
            {"统一社会信用代码": TWIN_B, "主体名称": "甘州区同名商贸有限公司", "法定代表人": "钱二", "登记状态": "注销"},
        ],
    })


def build_check_site(root: Path) -> Path:
    """Build the site of write_check_data into root/site."""
    write_check_data(root / "data")
    result = CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", state=root / "state",
                                                 as_of=AS_OF))
    assert result.exit_code == 0, result.output
    return root / "site"


# A list with hits, misses, ambiguous names and bad lines (the browser test checks the same one).
MIXED_LIST = [
    HENGTONG,
    " " + HENGTONG.lower()[:9] + " " + HENGTONG.lower()[9:],  # lower case, spaces
    "".join(chr(ord(c) + 0xFEE0) for c in HEIHE),  # full-width
    "张掖市丹霞商贸有限公司",  # exact name
    "丹霞商贸",  # part of a name: candidates, never a match
    "甘州区同名商贸有限公司",  # two entities of this name
    "",
    "甘州区清泉商贸有限公司",
    HENGTONG[:-1] + ("0" if HENGTONG[-1] != "0" else "1"),  # wrong check character
    PERSON_ID,  # a natural person's ID number
    "张三丰",  # a natural person's name
    REG_NO,
    SHOP,
    "不存在的有限公司",
    "###",
    "=1+1",
    f"张掖市恒通商贸有限公司（{HENGTONG}）",  # the name with its code
    f"{HEIHE.lower()}\t张掖市黑河商贸有限公司",  # two columns pasted from a spreadsheet into a text list
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_check_site(tmp_path_factory.mktemp("check"))


def _rows(site: Path, lines: list[str]) -> list[dict[str, str]]:
    return [dict(zip(COLUMNS, row, strict=True)) for row in check_lines(site, lines)]


def test_codes_match_with_spaces_in_lower_case_and_full_width(site: Path) -> None:
    rows = _rows(site, MIXED_LIST[:3])
    assert [r["核查结果"] for r in rows] == [OUTCOMES["found"]] * 3
    assert [r["统一社会信用代码（注册号）"] for r in rows] == [HENGTONG, HENGTONG, HEIHE]
    assert rows[1]["输入"] == MIXED_LIST[1].strip()  # what was asked stays visible
    assert rows[0]["主体页面"] == f"entity/{HENGTONG}/" and (site / rows[0]["主体页面"] / "index.html").is_file()


def test_facts_of_a_found_entity(site: Path) -> None:
    hengtong, heihe, danxia, clean = _rows(site, [HENGTONG, HEIHE, DANXIA, CLEAN])
    assert (hengtong["近1年行政处罚（条）"], hengtong["近1年最重失信程度"]) == ("1", "一般")
    assert (hengtong["近3年行政处罚（条）"], hengtong["近3年最重失信程度"]) == ("2", "严重")
    assert hengtong["当前信用评价"] == "纳税信用 D" and hengtong["未履约信用承诺（条）"] == "1"
    assert hengtong["法定代表人（经营者）"] == "王海娟" and hengtong["登记状态"] == "存续（在营、开业、在册）"
    assert (heihe["严重失信名单（条）"], heihe["登记状态"]) == ("1", "吊销")
    assert heihe["严重失信名单名称"] == "拖欠农民工工资失信联合惩戒对象名单"
    assert (danxia["守信激励名单（条）"], danxia["守信激励名单名称"]) == ("1", "A级纳税人")
    assert danxia["未履约信用承诺（条）"] == "0"  # its commitment was fulfilled
    assert [r["有无发现"] for r in (hengtong, heihe, danxia, clean)] == ["有", "有", "有", "无"]
    assert clean["近3年行政处罚（条）"] == "0" and clean["主体名称"] == "甘州区清泉商贸有限公司"
    assert {r["信息截至"] for r in (hengtong, clean)} == {AS_OF}
    assert hengtong["站点版本"] == json.loads((site / "check" / "meta.json").read_text(encoding="utf-8"))["build"]


def test_names_exact_first_otherwise_candidates_to_confirm(site: Path) -> None:
    exact, part, twins = _rows(site, ["张掖市丹霞商贸有限公司", "丹霞商贸", "甘州区同名商贸有限公司"])
    assert exact["核查结果"] == OUTCOMES["found"] and exact["统一社会信用代码（注册号）"] == DANXIA
    # A part of a name is never taken for the entity: no code, no facts, the candidate to confirm.
    assert part["核查结果"] == OUTCOMES["candidates"] and "请确认" in part["核查结果"]
    assert part["统一社会信用代码（注册号）"] == "" and part["守信激励名单（条）"] == ""
    assert part["候选主体（请确认）"] == f"张掖市丹霞商贸有限公司（{DANXIA}）"
    assert twins["核查结果"] == OUTCOMES["several"] and twins["统一社会信用代码（注册号）"] == ""
    assert twins["候选主体（请确认）"] == f"甘州区同名商贸有限公司（{TWIN_A}）；甘州区同名商贸有限公司（{TWIN_B}）"


def test_bad_lines_and_natural_persons(site: Path) -> None:
    rows = _rows(site, MIXED_LIST)
    assert len(rows) == len(MIXED_LIST) - 1  # the blank line is skipped
    outcome = {r["输入"]: r["核查结果"] for r in rows}
    assert outcome[MIXED_LIST[8]] == OUTCOMES["bad-code"]
    assert outcome[PERSON_ID] == OUTCOMES["person"]
    assert outcome["张三丰"] == OUTCOMES["not-found"]  # a person has no entry, even by name
    assert outcome["不存在的有限公司"] == OUTCOMES["not-found"]
    assert outcome["###"] == OUTCOMES["unreadable"]
    assert "'=1+1" in outcome  # a spreadsheet would run it: neutralised
    assert [r["序号"] for r in rows] == [str(n) for n in range(1, len(rows) + 1)]
    # A code written with the name or beside it (a tab) is the code asked for; two different codes are not.
    assert [(r["核查结果"], r["统一社会信用代码（注册号）"]) for r in rows[-2:]] == [
        (OUTCOMES["found"], HENGTONG), (OUTCOMES["found"], HEIHE)]
    assert classify(f"{HENGTONG}，{HEIHE}")[0] == "name"


def test_individual_businesses_show_the_masked_operator_only(site: Path) -> None:
    shop, placeholder = _rows(site, [SHOP, REG_NO])
    assert shop["核查结果"] == OUTCOMES["found"] and shop["法定代表人（经营者）"] == "李**"
    # The business name is shown as its entity page shows it (the pipeline's masking, not the check's).
    page = json.loads((site / "entity" / f"{SHOP}.json").read_text(encoding="utf-8"))
    assert shop["主体名称"] == page["name"]
    assert placeholder["统一社会信用代码（注册号）"] == REG_NO and placeholder["法定代表人（经营者）"] == "叶**"


def test_the_check_index_holds_nothing_the_entity_pages_do_not_publish(site: Path) -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((site / "check").rglob("*.json")))
    for private in ("张三丰", PERSON_ID, "叶永平"):
        assert private not in text
    for shard in (site / "check" / "c").glob("*.json"):
        for code, facts in json.loads(shard.read_text(encoding="utf-8")).items():
            page = json.loads((site / "entity" / f"{code}.json").read_text(encoding="utf-8"))
            f = dict(zip(FACTS, facts, strict=True))
            assert (f["name"], f["category"], f["legal_rep"]) == (page["name"], page["category"],
                                                                 page["legal_representative"])
            assert f["status"] == page["profile"].get("登记状态", "")
            assert f["black"] == len(page["records"].get("blacklist", []))
            assert f["red"] == len(page["records"].get("redlist", []))


def test_classify_and_code_checks() -> None:
    assert valid_uscc(HENGTONG) and not valid_uscc(HENGTONG[:-1] + "I")
    assert code_form(" ９１６２ 0702-ma4j\u200bu7mf7f ") == "91620702MA4JU7MF7F"
    assert classify("9162 0702 MA4J U7MF 7F")[0] in ("code", "bad-code")
    assert classify(HENGTONG.lower()) == ("code", HENGTONG)
    assert classify(PERSON_ID) == ("person", "")
    assert classify("张掖市 丹霞商贸（有限公司）") == ("name", "张掖市丹霞商贸有限公司")
    assert classify("—— ！") == ("unreadable", "")
    assert classify("ABC12") == ("name", "abc12")  # too short for a code: a name


def test_shards_stay_small_at_any_size(tmp_path: Path) -> None:
    assert shard_count(10**6) == 65536 and shard_count(10**4) == 1024 and shard_count(3) == 1
    facts = {make_uscc(n): [f"甘州区测试{n}有限公司", "法人及非法人组织", "", "", 0, "", 0, "", 0, "", 0, "", "", 0]
             for n in range(5000)}
    stats = write_check_index(facts, tmp_path / "check", AS_OF, "test")
    sizes = [len(json.loads(p.read_text(encoding="utf-8"))) for p in (tmp_path / "check" / "c").glob("*.json")]
    assert sum(sizes) == 5000 and max(sizes) <= 4 * ENTRIES_PER_SHARD
    assert stats["entities"] == 5000
    index = SiteIndex(tmp_path)
    rows = check_lines(tmp_path, [make_uscc(n) for n in range(0, 5000, 50)], index)
    assert all(r[COL["核查结果"]] == OUTCOMES["found"] for r in rows)
    assert index.bytes < 100 * 2 * ENTRIES_PER_SHARD * 120  # about one small shard a code


def test_cli_writes_csv_to_stdout(site: Path, tmp_path: Path) -> None:
    listed = tmp_path / "名单.txt"
    listed.write_text("\n".join(MIXED_LIST), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(listed), "--site", str(site)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == list(COLUMNS)
    # A text list with a tab in some line is read as pasted spreadsheet columns (entries_of_text).
    assert rows[1:] == check_entries(site, entries_of_text("\n".join(MIXED_LIST)))


def test_cli_reads_csv_and_xlsx_lists_and_writes_xlsx(site: Path, tmp_path: Path) -> None:
    table = [{"序号": "1", "投标人名称": "张掖市丹霞商贸有限公司", "统一社会信用代码": ""},
             {"序号": "2", "投标人名称": "随便写的名称", "统一社会信用代码": HEIHE.lower()}]
    csv_list = write_csv(tmp_path / "bidders.csv", table, encoding="gb18030")
    assert read_list(csv_list) == ["张掖市丹霞商贸有限公司", HEIHE.lower()]
    import xlsxwriter

    book = xlsxwriter.Workbook(str(tmp_path / "bidders.xlsx"))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["单位名称", "注册号"])
    sheet.write_row(1, 0, ["甘州区清泉商贸有限公司", ""])
    sheet.write_row(2, 0, ["", int(REG_NO)])  # a number cell, as Excel keeps a 15-digit code typed in
    book.close()
    assert read_list(tmp_path / "bidders.xlsx") == ["甘州区清泉商贸有限公司", REG_NO]
    out = tmp_path / "结果.xlsx"
    result = CliRunner().invoke(main, ["check", str(tmp_path / "bidders.xlsx"), "--site", str(site), "--out", str(out)])
    assert result.exit_code == 0, result.output
    from python_calamine import CalamineWorkbook

    cells = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert [list(map(str, r)) for r in cells] == [list(COLUMNS), *check_lines(site, read_list(tmp_path / "bidders.xlsx"))]
    csv_out = tmp_path / "结果.csv"
    assert CliRunner().invoke(main, ["check", str(csv_list), "--site", str(site), "--out", str(csv_out)]).exit_code == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel opens UTF-8 with a BOM


def test_cli_refuses_what_it_cannot_check(site: Path, tmp_path: Path) -> None:
    listed = tmp_path / "名单.txt"
    listed.write_text(HENGTONG, encoding="utf-8")
    runner = CliRunner()
    no_site = runner.invoke(main, ["check", str(listed), "--site", str(tmp_path)])
    assert no_site.exit_code == 2 and "check/meta.json" in no_site.output
    assert runner.invoke(main, ["check", str(tmp_path / "无.txt"), "--site", str(site)]).exit_code == 2
    assert runner.invoke(main, ["check", str(listed), "--site", str(site), "--out", "x.pdf"]).exit_code == 2


def test_a_repaired_penalty_leaves_the_check_in_the_same_build(tmp_path: Path) -> None:
    site = build_check_site(tmp_path)
    assert _rows(site, [HENGTONG])[0]["近1年行政处罚（条）"] == "1"
    write_csv(tmp_path / "data" / "repairs" / "repairs.csv", [
        {"信息类别": "行政处罚", "原决定文书号": "甘州市监罚〔2026〕11号", "修复方式": "终止公示",
         "修复决定日期": "2026-11-20", "修复决定机关": "甘州区发展和改革局"}])
    rebuilt = CliRunner().invoke(main, build_args(tmp_path / "data", site, tmp_path / "report",
                                                  state=tmp_path / "state", as_of=AS_OF))  # the same state: incremental
    assert rebuilt.exit_code == 0, rebuilt.output
    row = _rows(site, [HENGTONG])[0]
    assert (row["近1年行政处罚（条）"], row["近3年行政处罚（条）"], row["近3年最重失信程度"]) == ("0", "1", "严重")
    assert row["站点版本"] != "" and row["站点版本"] == json.loads(
        (site / "check" / "meta.json").read_text(encoding="utf-8"))["build"]


def test_check_against_the_data_folder_gives_the_sites_rows(site: Path, tmp_path: Path) -> None:
    """`--data` reads the folder the site was built from: the same table, version included, no site needed."""
    listed = tmp_path / "名单.txt"
    listed.write_text("\n".join([*MIXED_LIST, "张掖市恒通餐饮服务有限公司", "恒通餐饮"]), encoding="utf-8")
    runner = CliRunner()
    from_site = runner.invoke(main, ["check", str(listed), "--site", str(site)])
    from_data = runner.invoke(main, ["check", str(listed), "--data", str(site.parent / "data"), "--as-of", AS_OF])
    assert from_site.exit_code == 0 and from_data.exit_code == 0, from_data.output
    rows = list(csv.reader(io.StringIO(from_data.stdout)))
    assert rows == list(csv.reader(io.StringIO(from_site.stdout)))
    outcomes = {r[COL["输入"]]: r[COL["核查结果"]] for r in rows[1:]}
    assert outcomes["恒通餐饮"] == OUTCOMES["candidates"] and outcomes[HENGTONG] == OUTCOMES["found"]
    assert {r[COL["站点版本"]] for r in rows[1:]} == {json.loads((site / "check" / "meta.json").read_bytes())["build"]}
    # XLSX too, and a later date applies the rules as of that date (the 2024 penalty leaves "近1年").
    out = tmp_path / "结果.xlsx"
    later = runner.invoke(main, ["check", str(listed), "--data", str(site.parent / "data"), "--as-of", "2027-07-01",
                                 "--out", str(out)])
    assert later.exit_code == 0, later.output
    from python_calamine import CalamineWorkbook

    cells = [[str(c) for c in r] for r in CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()]
    hengtong = next(r for r in cells if r[COL["输入"]] == HENGTONG)
    assert (hengtong[COL["近1年行政处罚（条）"]], hengtong[COL["信息截至"]]) == ("0", "2027-07-01")


def test_cli_data_option_refusals(site: Path, tmp_path: Path) -> None:
    listed = tmp_path / "名单.txt"
    listed.write_text(HENGTONG, encoding="utf-8")
    runner = CliRunner()
    both = runner.invoke(main, ["check", str(listed), "--site", str(site), "--data", str(site.parent / "data")])
    assert both.exit_code == 2 and "只能选一个" in both.output
    assert runner.invoke(main, ["check", str(listed), "--site", str(site), "--as-of", AS_OF]).exit_code == 2
    missing = runner.invoke(main, ["check", str(listed), "--data", str(tmp_path / "无此目录")])
    assert missing.exit_code == 2 and "找不到数据目录" in missing.output


def test_contacts_typed_into_party_cells_are_masked_in_the_site_and_in_a_check(tmp_path: Path) -> None:
    """A WeChat id, a card or a plate typed after an organisation's name or its representative's (the eighth
    attack's channels-party-cells-other-contacts): the build publishes them masked (it stopped at the gate,
    leaving the office without a site for the day) and `creditsite check --data`, which runs no gate and whose
    output goes to other departments, printed them whole. The business name stays public."""
    shop, haulier, company = make_uscc(7101), make_uscc(7102), make_uscc(7103)
    write_folder(tmp_path / "data", {"penalties": [
        penalty("甘州市监罚〔2026〕71号", "2026-06-01", name="甘州区琰恒商行（店主微信qjh2026p）", code=shop),
        penalty("甘州市监罚〔2026〕72号", "2026-06-01", name="甘州区琰通运输部（车牌甘G·A7321）", code=haulier),
        # In the check index's name shards the word before the mask stood next to the code: read as a card.
        penalty("甘州市监罚〔2026〕74号", "2026-06-01", name="甘州区琰祥商行（收款卡号6222021234567897）",
                code=make_uscc(7104)),
        penalty("甘州市监罚〔2026〕73号", "2026-06-01", name="甘州区恒达商贸有限公司", code=company,
                法定代表人="赵六 卡号6222021234567898"),
    ]})
    planted = ("qjh2026p", "A7321", "6222021234567898", "6222021234567897")
    result = CliRunner().invoke(main, build_args(tmp_path / "data", tmp_path / "site", tmp_path / "report",
                                                 state=tmp_path / "state", as_of=AS_OF))
    assert result.exit_code == 0, result.output
    published = "".join(p.read_text(encoding="utf-8", errors="replace") for p in (tmp_path / "site").rglob("*")
                        if p.is_file() and p.suffix in (".html", ".json", ".csv", ".xml", ".txt"))
    assert not [value for value in planted if value in published]
    page = json.loads((tmp_path / "site" / "entity" / f"{shop}.json").read_text(encoding="utf-8"))
    assert page["name"].startswith("甘州区琰恒商行（店主微信") and "qjh" not in page["name"]
    listed = tmp_path / "list.txt"
    listed.write_text(f"{shop}\n{haulier}\n{company}\n甘州区琰恒商行\n", encoding="utf-8")
    checked = CliRunner().invoke(main, ["check", str(listed), "--data", str(tmp_path / "data"), "--as-of", AS_OF])
    assert checked.exit_code == 0, checked.output
    assert not [value for value in planted if value in checked.output]
    assert "甘州区琰恒商行" in checked.output and "甘州区恒达商贸有限公司" in checked.output
