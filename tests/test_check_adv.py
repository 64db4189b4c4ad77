"""`creditsite check` on the lists clerks really send, and on a site left past its due date.

Each shape comes from an outsider's attack on the check (/work/notes/h20s.md, session 14): a title row
above the header, headers in clerks' words, a first sheet of instructions, columns pasted from Excel
with their 序号, rows whose cells are empty, bare row numbers, an old 注册号 or 组织机构代码, a name
typed a little differently, a 个体工商户 by its registered name, `--out` over the list or into the
site, and a site nobody rebuilt on its due date. Every test runs the command line (the page mirrors
it: tests/test_check_browser.py) and checks the right answer next to the one that was already right.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
import xlsxwriter
from click.testing import CliRunner

from generator.check import OUTCOMES
from generator.cli import main
from tests.helpers import build_args
from tests.test_check import AS_OF, DANXIA, HEIHE, HENGTONG, REG_NO, SHOP, write_check_data

OLD_REG_NO = "620702600054321"  # a synthetic 工商注册号 published beside HENGTONG's credit code
BEIJING = dt.timezone(dt.timedelta(hours=8))


def _epoch(day: str) -> str:
    """SOURCE_DATE_EPOCH of 10:00 Beijing time on `day` (generator/dates.py reads it as today)."""
    return str(int(dt.datetime.fromisoformat(day + "T10:00:00").replace(tzinfo=BEIJING).timestamp()))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The check test site, its registry also publishing an old 工商注册号 beside a credit code."""
    root = tmp_path_factory.mktemp("check-adv")
    write_check_data(root / "data")
    registry = next((root / "data").rglob("entities*.csv"))
    rows = list(csv.DictReader(registry.open(encoding="utf-8-sig")))
    for row in rows:
        row["工商注册号"] = OLD_REG_NO if row["统一社会信用代码"] == HENGTONG else ""
    with registry.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    built = CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", state=root / "state",
                                                as_of=AS_OF))
    assert built.exit_code == 0, built.output
    assert OLD_REG_NO in (root / "site" / "data" / "entities.csv").read_text(encoding="utf-8-sig")
    return root / "site"


@pytest.fixture()
def today() -> str:
    """The day the checks run: the site's as-of date (the site is then not overdue)."""
    return _epoch(AS_OF)


def _check(site: Path, listed: Path, today: str, *extra: str) -> tuple[int, list[dict[str, str]], str]:
    out = listed.parent / "结果.csv"
    out.unlink(missing_ok=True)
    result = CliRunner().invoke(main, ["check", str(listed), "--site", str(site), "--out", str(out), *extra],
                                env={"SOURCE_DATE_EPOCH": today})
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))) if out.is_file() else []
    return result.exit_code, rows, result.output


def _outcomes(rows: list[dict[str, str]]) -> list[tuple[str, str, str]]:
    return [(r["序号"], r["核查结果"], r["统一社会信用代码（注册号）"]) for r in rows]


def _xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    for name, rows in sheets.items():
        sheet = book.add_worksheet(name)
        for r, row in enumerate(rows):
            sheet.write_row(r, 0, row)
    book.close()
    return path


FOUND, NOT_FOUND = OUTCOMES["found"], OUTCOMES["not-found"]


def test_a_title_row_above_the_header_and_clerks_header_words(site: Path, tmp_path: Path, today: str) -> None:
    # h20s check-xlsx-title-row-all-not-found: the 序号 column was checked, every bidder 未找到.
    listed = _xlsx(tmp_path / "名单.xlsx", {"Sheet1": [
        ["2026年第三批政府采购供应商信用核查名单"], [],
        ["序号", "单位名称", "统一社会信用代码"],
        [1, "张掖市黑河食品有限公司", HEIHE], [2, "张掖市丹霞商贸有限公司", ""]]})
    code, rows, _ = _check(site, listed, today)
    assert code == 0 and _outcomes(rows) == [("1", FOUND, HEIHE), ("2", FOUND, DANXIA)]
    # h20s check-header-variant-checks-serial-column: 社会统一信用代码, 纳税人识别号, 供应商, 单位全称.
    for header in (["序号", "供应商", "社会统一信用代码"], ["序号", "单位全称", "纳税人识别号"],
                   ["序号", "投标单位名称", "统一社会信用代码（必填）"]):
        text = ",".join(header) + f"\r\n7,张掖市黑河食品有限公司,{HEIHE}\r\n8,张掖市丹霞商贸有限公司,\r\n"
        (tmp_path / "h.csv").write_text(text, encoding="utf-8")
        code, rows, _ = _check(site, tmp_path / "h.csv", today)
        assert code == 0 and _outcomes(rows) == [("7", FOUND, HEIHE), ("8", FOUND, DANXIA)], header
    # Without a header the first column is still read, and a name holding a header word is a name.
    (tmp_path / "plain.csv").write_text("张掖市丹霞商贸有限公司\r\n张掖市名称科技有限公司\r\n", encoding="utf-8")
    code, rows, _ = _check(site, tmp_path / "plain.csv", today)
    assert code == 0 and [r["输入"] for r in rows] == ["张掖市丹霞商贸有限公司", "张掖市名称科技有限公司"]
    assert rows[0]["核查结果"] == FOUND


def test_every_row_of_the_list_is_answered_with_its_own_number(site: Path, tmp_path: Path, today: str) -> None:
    # h20s check-row-with-empty-cells-dropped: rows 2, 4 and 5 vanished and the result was renumbered.
    listed = tmp_path / "名单.csv"
    listed.write_text(f'序号,单位名称,统一社会信用代码\n11,张掖市黑河食品有限公司,{HEIHE}\n12,,\n13,张掖市丹霞商贸有限公司,\n'
                      '14, ,\u3000\n15,"",""\n\n', encoding="utf-8")
    code, rows, output = _check(site, listed, today)
    assert code == 0 and "已核查 5 行" in output
    assert _outcomes(rows) == [("11", FOUND, HEIHE), ("12", OUTCOMES["empty"], ""), ("13", FOUND, DANXIA),
                               ("14", OUTCOMES["empty"], ""), ("15", OUTCOMES["empty"], "")]
    # A text list still skips its blank lines and numbers the rest in order.
    (tmp_path / "l.txt").write_text(f"{HEIHE}\n\n  \nnonsense-###\n", encoding="utf-8")
    code, rows, _ = _check(site, tmp_path / "l.txt", today)
    assert [r["序号"] for r in rows] == ["1", "2"] and rows[0]["核查结果"] == FOUND


def test_the_sheet_that_holds_the_list_is_read(site: Path, tmp_path: Path, today: str) -> None:
    # h20s check-list-on-second-sheet-lost: sheet 1 was instructions, both bidders were lost, exit 0.
    listed = _xlsx(tmp_path / "模板.xlsx", {
        "填表说明": [["请在“名单”工作表中填写供应商名称和统一社会信用代码"]],
        "名单": [["单位名称", "统一社会信用代码"], ["张掖市黑河食品有限公司", HEIHE], ["张掖市丹霞商贸有限公司", DANXIA]]})
    code, rows, output = _check(site, listed, today)
    assert code == 0 and _outcomes(rows) == [("1", FOUND, HEIHE), ("2", FOUND, DANXIA)]
    assert "核查的是“名单”" in output
    # A first sheet that holds the list is still the one read.
    listed = _xlsx(tmp_path / "两表.xlsx", {"名单": [["统一社会信用代码"], [DANXIA]], "另一表": [["统一社会信用代码"], [HEIHE]]})
    code, rows, _ = _check(site, listed, today)
    assert _outcomes(rows) == [("1", FOUND, DANXIA)]


def test_columns_pasted_from_a_spreadsheet(site: Path, tmp_path: Path, today: str) -> None:
    # h20s check-pasted-columns-serial-and-name: "1<TAB>name<TAB>" was read as a name with a 1 in it.
    listed = tmp_path / "粘贴.txt"
    listed.write_text(f"序号\t单位名称\t统一社会信用代码\r\n1\t张掖市丹霞商贸有限公司\t\r\n2\t张掖市黑河食品有限公司\t{HEIHE}\r\n",
                      encoding="utf-8")
    code, rows, _ = _check(site, listed, today)
    assert _outcomes(rows) == [("1", FOUND, DANXIA), ("2", FOUND, HEIHE)]  # the header line is not a row
    listed.write_text(f"3\t张掖市丹霞商贸有限公司\n张掖市恒通餐饮服务有限公司\t{HEIHE}\n", encoding="utf-8")  # no header
    code, rows, _ = _check(site, listed, today)
    assert _outcomes(rows) == [("3", FOUND, DANXIA), ("2", FOUND, HEIHE)]


def test_bare_numbers_are_no_entity(site: Path, tmp_path: Path, today: str) -> None:
    # h20s check-bare-number-answered-not-found: 未找到 is filed as "no record"; a row number names nobody.
    listed = tmp_path / "l.txt"
    listed.write_text(f"1\n2\n91620702\n916207\n{HENGTONG}\n{REG_NO}\n", encoding="utf-8")
    code, rows, _ = _check(site, listed, today)
    assert [r["核查结果"] for r in rows] == [OUTCOMES["unreadable"], OUTCOMES["unreadable"], OUTCOMES["bad-code"],
                                         OUTCOMES["bad-code"], FOUND, FOUND]


def test_an_old_registration_number_or_organisation_code_finds_its_entity(site: Path, tmp_path: Path,
                                                                           today: str) -> None:
    # h20s check-registration-number-not-found / check-organisation-code-not-found. GB 32100-2015 clause 4:
    # characters 9-17 of a 统一社会信用代码 are the entity's 组织机构代码 (GB 11714).
    org_code = HENGTONG[8:17]
    listed = tmp_path / "l.csv"
    listed.write_text(f"工商注册号\n{OLD_REG_NO}\n{org_code}\n{org_code[:8]}-{org_code[8]}\n620702600099999\n",
                      encoding="utf-8")
    code, rows, _ = _check(site, listed, today)
    assert _outcomes(rows) == [("1", FOUND, HENGTONG), ("2", FOUND, HENGTONG), ("3", FOUND, HENGTONG),
                               ("4", NOT_FOUND, "")]
    assert rows[0]["输入"] == OLD_REG_NO and rows[0]["主体名称"] == "张掖市恒通餐饮服务有限公司"


def test_a_name_not_quite_right_gets_candidates_never_a_match(site: Path, tmp_path: Path, today: str) -> None:
    # h20s check-name-variant-no-candidates / check-masked-business-name-not-found: README "For departments":
    # anything but the exact name is offered as candidates marked 请确认.
    listed = tmp_path / "l.txt"
    listed.write_text("张掖市丹霞商贸有限责任公司\n张掖市丹霞商茂有限公司\n甘州区李建国烧烤店\n不存在的有限公司\n张掖市丹霞商贸有限公司\n",
                      encoding="utf-8")
    code, rows, _ = _check(site, listed, today)
    candidates = OUTCOMES["candidates"]
    assert [r["核查结果"] for r in rows] == [candidates, candidates, candidates, NOT_FOUND, FOUND]
    assert DANXIA in rows[0]["候选主体（请确认）"] and DANXIA in rows[1]["候选主体（请确认）"]
    assert rows[0]["统一社会信用代码（注册号）"] == "" and rows[0]["有无发现"] == ""  # never taken as a match
    # The shop is offered under the name the site shows; its operator's given name is never written.
    assert f"甘州区李**烧烤店（{SHOP}）" in rows[2]["候选主体（请确认）"]
    assert "建国" not in "".join(v for k, v in rows[2].items() if k != "输入")


def test_out_never_overwrites_the_list_nor_lands_in_the_site(site: Path, tmp_path: Path, today: str) -> None:
    # h20s check-out-overwrites-list / check-out-inside-public-site (interfaces.md: --out is uploaded as is).
    listed = _xlsx(tmp_path / "名单.xlsx", {"Sheet1": [["单位名称", "统一社会信用代码", "联系人"],
                                                   ["张掖市黑河食品有限公司", HEIHE, "（合成）联系人甲"]]})
    before = listed.read_bytes()
    for out in (listed, site / "核查结果.csv", site / "check" / "结果.xlsx"):
        result = CliRunner().invoke(main, ["check", str(listed), "--site", str(site), "--out", str(out)],
                                    env={"SOURCE_DATE_EPOCH": today})
        assert result.exit_code == 2 and "无法核查" in result.output, out
    assert listed.read_bytes() == before
    assert not (site / "核查结果.csv").exists() and not (site / "check" / "结果.xlsx").exists()
    result = CliRunner().invoke(main, ["check", str(listed), "--site", str(site), "--out", str(tmp_path / "结果.xlsx")],
                                env={"SOURCE_DATE_EPOCH": today})
    assert result.exit_code == 0 and (tmp_path / "结果.xlsx").is_file()


def test_a_site_past_its_due_date_is_not_checked(site: Path, tmp_path: Path) -> None:
    # h20s check-site-past-due-no-warning: `creditsite due` said 已到期 while check answered from the site.
    script = (site / "assets" / "due.js").read_text(encoding="utf-8")
    due = json.loads(script[script.index("{"):script.rindex("}") + 1])["due"]
    assert due and due > AS_OF
    listed = tmp_path / "l.txt"
    listed.write_text(HENGTONG + "\n", encoding="utf-8")
    day_before = (dt.date.fromisoformat(due) - dt.timedelta(days=1)).isoformat()
    code, rows, _ = _check(site, listed, _epoch(day_before))
    assert code == 0 and rows[0]["核查结果"] == FOUND
    code, rows, output = _check(site, listed, _epoch(due))
    assert code == 1 and rows == [] and f"应于 {due} 重新发布" in output and "--data" in output
    assert CliRunner().invoke(main, ["due", "--out", str(site), "--state", str(site.parent / "state")],
                              env={"SOURCE_DATE_EPOCH": _epoch(due)}).exit_code == 1  # the same day as `due`
    # The data folder is checked as of the day asked, whatever the site.
    result = CliRunner().invoke(main, ["check", str(listed), "--data", str(site.parent / "data"), "--as-of", due,
                                       "--state", str(site.parent / "state")], env={"SOURCE_DATE_EPOCH": _epoch(due)})
    assert result.exit_code == 0, result.output
    assert list(csv.DictReader(io.StringIO(result.stdout)))[0]["核查结果"] == FOUND
