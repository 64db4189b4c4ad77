"""Nothing stale: repairs and withdrawals written as clerks write them stop their record on their date,
on every surface, in a full build and in an update (ninth session, helper h9s; /work/notes/h9s.md).

Each shape below but the last left its record published on the code before its fix (the last guards
the fix of the one before it: an old 注册号 must not stop a match by number). One data folder holds a record
per shape, each with its own party, and the repair or withdrawal that stops it on STOP_DAY. It is built
the day before (every record is public: a decision dated later has no effect yet), then updated to
STOP_DAY beside a full build of the same data from a copy of the same history (their bytes must be the
same), then updated to the next day with nothing changed. After the stop nothing of a record (its
number, its party's name and code, its facts) is in any output byte, datasets in every format included;
the record of another party decided beside it stays published.
"""

from __future__ import annotations

import gzip
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.helpers import listing, make_uscc, penalty, run_build, write_csv
from tests.test_incremental import same_tree

DAY_BEFORE, STOP_DAY, NEXT_DAY = "2026-09-30", "2026-10-01", "2026-10-02"
ISSUER = "甘州区市场监督管理局"
KEPT_NO = "甘州市监罚〔2026〕900号"  # the public fact beside them: another party's penalty, never repaired


@dataclass(frozen=True)
class Shape:
    """A record and the control row that stops it, written one way clerks write it."""

    name: str
    source: str  # where the shape is taken from
    kind: str  # the record's kind (folder)
    number: str  # the record's own decision number, as the record's export writes it
    control: str  # repairs / withdrawals
    cells: dict[str, str]  # the control row's cells that make the shape
    record_cells: dict[str, str] | None = None

    @property
    def serial(self) -> int:
        return 9100 + SHAPES.index(self)

    @property
    def party_code(self) -> str:
        return make_uscc(self.serial)

    @property
    def party_name(self) -> str:
        return f"甘州区{'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥'[SHAPES.index(self)]}字样商行有限公司"

    @property
    def fact(self) -> str:
        return f"标记{self.serial}号批次"  # a fact only this record holds

    def needles(self) -> list[str]:
        return [self.number, self.party_name, self.party_code, self.fact]


SHAPES = [
    Shape("zero-width space in 原决定文书号",
          "The Unicode Standard 15.1, U+200B ZERO WIDTH SPACE (General_Category Cf): carried along when a number "
          "is copied from a 信用中国 or gov.cn notice page into the export",
          "penalties", "甘州市监罚〔2026〕901号", "repairs", {"原决定文书号": "甘州市监罚〔2026〕\u200b901号"}),
    Shape("byte order mark before 原决定文书号",
          "The Unicode Standard 15.1 §23.8, U+FEFF as a byte order mark: left at the start of a cell when "
          "UTF-8 files saved by Excel or WPS are pasted together",
          "penalties", "甘州市监罚〔2026〕902号", "withdrawals", {"原决定文书号": "\ufeff甘州市监罚〔2026〕902号"}),
    Shape("the document's name before the number",
          "《中华人民共和国行政处罚法》(2021) 第五十九条: the decision is a 行政处罚决定书; notices of its "
          "revocation name it so (关于撤销《行政处罚决定书》… 的决定)",
          "penalties", "甘州市监罚〔2026〕903号", "withdrawals",
          {"原决定文书号": "行政处罚决定书 甘州市监罚〔2026〕903号"}),
    Shape("the document's name after the number",
          "《中华人民共和国行政处罚法》(2021) 第五十九条 (行政处罚决定书), written after its 文号 as 更正 notices do",
          "penalties", "甘州市监罚〔2026〕904号", "withdrawals",
          {"原决定文书号": "甘州市监罚〔2026〕904号行政处罚决定书", "撤销类型": "更正"}),
    Shape("the number in book-title marks",
          "GB/T 15834-2011 标点符号用法 4.15 书名号: clerks mark a document's 文号 with 《》 as they mark its title",
          "penalties", "甘州市监罚〔2026〕905号", "repairs", {"原决定文书号": "《甘州市监罚〔2026〕905号》"}),
    Shape("a list entry repaired under 信息类别 行政处罚",
          "NDRC Order 58 (2023) 《失信行为纠正后的信用信息修复管理办法（试行）》第二条: 失信行为信息 (行政处罚) and "
          "严重失信主体名单 are repaired differently; a listing that followed a penalty is filed under the penalty's",
          "blacklist", "甘州人社失信〔2026〕906号", "repairs", {"原决定文书号": "甘州人社失信〔2026〕906号",
                                                        "信息类别": "行政处罚", "修复方式": "移出名单"}),
    Shape("a list entry removed by the party's old 注册号, without a number",
          "《企业经营异常名录管理暂行办法》(国家工商总局令第68号, 2014) 第九条: 移出决定应当包括企业名称、注册号、"
          "移出日期、移出事由",
          "blacklist", "甘州人社失信〔2026〕907号", "repairs",
          {"原决定文书号": "", "信息类别": "严重失信主体名单", "修复方式": "移出", "统一社会信用代码": "620702000090707"},
          {"工商注册号": "620702000090707"}),
    Shape("a withdrawal listing two decisions in one cell",
          "《中华人民共和国行政复议法》(2023) 第六十四条: one 行政复议决定 may revoke several decisions of a case; "
          "the revocation list names them in one cell, joined with 、",
          "penalties", "甘州市监罚〔2026〕909号", "withdrawals",
          {"原决定文书号": "甘州市监罚〔2026〕899号、甘州市监罚〔2026〕909号", "撤销类型": "撤销"}),
    Shape("a withdrawal listing a second decision by its serial alone",
          "GB/T 9704-2012 党政机关公文格式 7.2.4 发文字号 (机关代字、年份、发文顺序号): a list of one body's decisions "
          "of one year writes the 代字 and year once (〔2026〕76号、77号)",
          "penalties", "甘州市监罚〔2026〕910号", "withdrawals", {"原决定文书号": "甘州市监罚〔2026〕898号、910号"}),
    Shape("a repair naming another body's credit code as the original issuer",
          "GB/T 9704-2012 7.2.4 (the 发文字号 holds the body's 代字): a 信用中国 repair result names the 数据来源单位 "
          "or the platform's body in 原决定机关 where the record names the 处罚机关",
          "penalties", "甘州市监罚〔2026〕911号", "repairs", {"原决定机关统一社会信用代码": make_uscc(9003, prefix="11")}),
    Shape("the year without its brackets",
          "GB/T 9704-2012 7.2.4: 年份应标全称，用六角括号“〔〕”括入; an export typed where 〔〕 is not on the keyboard "
          "writes the year between spaces, or before 第",
          "penalties", "甘州市监罚〔2026〕912号", "withdrawals", {"原决定文书号": "甘州市监罚 2026 912号"}),
    Shape("the year in corner brackets",
          "GB/T 9704-2012 7.2.4 (六角括号〔〕); GB/T 15834-2011 4.1 引号: 「」 and “” typed for the year's brackets",
          "penalties", "甘州市监罚〔2026〕913号", "repairs", {"原决定文书号": "甘州市监罚「2026」913号"}),
    Shape("the serial in Chinese numerals",
          "GB/T 9704-2012 7.2.4 (发文顺序号, Arabic numerals) as written in a 公文-style revocation notice: 第九百一十四号",
          "penalties", "甘州市监罚〔2026〕914号", "withdrawals", {"原决定文书号": "甘州市监罚〔二〇二六〕第九百一十四号"}),
    Shape("keys typed twice and a dash before the serial",
          "GB/T 9704-2012 7.2.4 (顺序号 directly after 〕); a re-keyed revocation list: 〔〔2026〕-915号号",
          "penalties", "甘州市监罚〔2026〕915号", "repairs", {"原决定文书号": "甘州市监罚〔〔2026〕-915号号"}),
    Shape("the document's name and a remark after the number",
          "《中华人民共和国行政处罚法》(2021) 第五十九条 (行政处罚决定书); the remark as a revocation list adds it",
          "penalties", "甘州市监罚〔2026〕916号", "withdrawals",
          {"原决定文书号": "甘州市监罚〔2026〕916号行政处罚决定书（撤销）"}),
    Shape("a repair naming the party by an old 注册号 the record does not carry",
          "《企业经营异常名录管理暂行办法》(2014) 第九条 (the party named by its 注册号); the record's export has "
          "no 工商注册号 column, so the 注册号 cannot narrow the match by number",
          "penalties", "甘州市监罚〔2026〕908号", "repairs", {"统一社会信用代码": "620702000090808"}),
]


# What must stay published beside them (stopping wrongly is the other failure): records a fix above could
# reach, each with its number and the control row that comes nearest.
OTHER_BODY = make_uscc(9003, prefix="11")
NEAR_MISSES = [
    # The batch 甘州市监罚〔2026〕899号、909号 names neither 1909号 nor 〔2025〕909号.
    ("penalties", penalty("甘州市监罚〔2026〕1909号", "2026-06-01", serial=9201), None),
    ("penalties", penalty("甘州市监罚〔2025〕909号", "2025-12-01", serial=9202), None),
    # A bare 代字 and serial (罚〔2026〕917号) is no body's own: another body's code does not reach it.
    ("penalties", penalty("罚〔2026〕917号", "2026-06-01", serial=9203),
     ("withdrawals", {"信息类别": "行政处罚", "原决定文书号": "罚〔2026〕917号", "原决定机关统一社会信用代码": OTHER_BODY,
                      "撤销类型": "撤销", "撤销日期": STOP_DAY, "撤销原因": "", "作出机关": "甘州区人力资源和社会保障局"})),
    # A penalty repaired under 行政处罚 whose number a list entry shares: the penalty stops, the entry stays.
    ("blacklist", listing("blacklist", "甘州人社罚〔2026〕918号", "2026-06-01", serial=9204), None),
]

_SPACED = make_uscc(9100 + len(SHAPES))  # the party of the shape appended here
SHAPES.append(Shape(
    "a list entry removed by the party's code written in groups",
    "GB 32100-2015 统一社会信用代码 (18 characters, no separator); notices print it in groups for reading "
    "(9162 0702 …) and the removal list is typed from the notice",
    "blacklist", "甘州人社失信〔2026〕919号", "repairs",
    {"原决定文书号": "", "信息类别": "严重失信主体名单", "修复方式": "移出名单",
     "统一社会信用代码": f"{_SPACED[:6]} {_SPACED[6:12]} {_SPACED[12:]}"}))


def _record(shape: Shape) -> dict[str, str]:
    who = {"name": shape.party_name, "code": shape.party_code, **(shape.record_cells or {})}
    if shape.kind == "penalties":
        return penalty(shape.number, "2026-06-01", 违法事实=f"当事人销售了{shape.fact}的食品。", **who)
    return listing(shape.kind, shape.number, "2026-06-01", 列入原因=f"拖欠{shape.fact}工资", **who)


def _control(shape: Shape) -> dict[str, str]:
    if shape.control == "repairs":
        row = {"信息类别": "行政处罚", "原决定文书号": shape.number, "原决定机关统一社会信用代码": "",
               "统一社会信用代码": shape.party_code, "修复方式": "终止公示", "修复决定日期": STOP_DAY, "修复决定机关": ISSUER}
    else:
        row = {"信息类别": "行政处罚", "原决定文书号": shape.number, "原决定机关统一社会信用代码": "", "撤销类型": "撤销",
               "撤销日期": STOP_DAY, "撤销原因": "认定事实不清", "作出机关": ISSUER}
    return {**row, **shape.cells}


def _data(root: Path) -> Path:
    data = root / "data"
    by_kind: dict[str, list[dict[str, str]]] = {"penalties": [penalty(KEPT_NO, "2026-06-01", serial=9099)]}
    for shape in SHAPES:
        by_kind.setdefault(shape.kind, []).append(_record(shape))
        by_kind.setdefault(shape.control, []).append(_control(shape))
    for kind, row, control in NEAR_MISSES:
        by_kind.setdefault(kind, []).append(row)
        if control:
            by_kind.setdefault(control[0], []).append(control[1])
    by_kind["penalties"].append(penalty("甘州人社罚〔2026〕918号", "2026-06-01", serial=9205))
    by_kind["repairs"].append({"信息类别": "行政处罚", "原决定文书号": "甘州人社罚〔2026〕918号", "原决定机关统一社会信用代码": "",
                               "统一社会信用代码": "", "修复方式": "终止公示", "修复决定日期": STOP_DAY, "修复决定机关": ISSUER})
    for kind, rows in by_kind.items():
        # One header per file: the rows of a kind share their columns (a cell missing in one is empty).
        header = list(dict.fromkeys(h for row in rows for h in row))
        write_csv(data / kind / f"{kind}.csv", [{h: row.get(h, "") for h in header} for row in rows])
    return data


def _output_bytes(site: Path) -> dict[str, bytes]:
    """Every public file's bytes, workbooks and Parquet files read as what they hold."""
    out = {}
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                payload = b"".join(book.read(n) for n in book.namelist())
        elif path.suffix == ".parquet":
            payload = pq.read_table(path).to_pandas().to_csv().encode("utf-8")
        elif path.suffix == ".gz":
            payload = gzip.decompress(path.read_bytes())
        else:
            payload = path.read_bytes()
        out[path.relative_to(site).as_posix()] = payload
    return out


def _holding(outputs: dict[str, bytes], needle: str) -> list[str]:
    return sorted(rel for rel, payload in outputs.items() if needle.encode("utf-8") in payload)


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    """The site's bytes the day before, on the stop day (update and full twin) and the day after."""
    root = tmp_path_factory.mktemp("stale9")
    data, site, state = _data(root), root / "site", root / "state"
    seen = {}
    code, output = run_build(data, site, root / "report", state=state, as_of=DAY_BEFORE)
    assert code == 0, output
    seen["before"] = _output_bytes(site)
    shutil.copytree(state, root / "state-twin")
    # A state belongs to one site: the copy is given to the twin as its own history (test_incremental).
    (root / "state-twin" / "site.json").write_text(json.dumps({"out_dir": str(root / "twin")}))
    code, output = run_build(data, site, root / "report", state=state, as_of=STOP_DAY)
    assert code == 0, output
    seen["update"] = _output_bytes(site)
    code, output = run_build(data, root / "twin", root / "report-twin", "--full", state=root / "state-twin",
                             as_of=STOP_DAY)
    assert code == 0, output
    seen["full"] = _output_bytes(root / "twin")
    seen["differ"] = {rel: b"" for rel in same_tree(site.resolve(), (root / "twin").resolve())}
    code, output = run_build(data, site, root / "report", state=state, as_of=NEXT_DAY)
    assert code == 0, output
    seen["next day"] = _output_bytes(site)
    return seen


@pytest.mark.parametrize("shape", SHAPES, ids=["zero-width-space", "bom", "name-before", "name-after", "book-marks",
                                                "list-as-penalty", "list-by-reg-no", "two-in-a-cell", "serial-alone", "other-issuer",
                                                "bare-year", "corner-brackets", "chinese-serial", "typed-twice",
                                                "name-and-remark", "reg-no-not-narrowing", "code-in-groups"])
def test_published_until_the_stop_day_then_gone_from_every_byte(builds: dict[str, dict[str, bytes]],
                                                                  shape: Shape) -> None:
    # Before its date the repair or withdrawal has no effect: the record is on the site, dataset included.
    for needle in shape.needles():
        assert _holding(builds["before"], needle), (shape.name, "not published before the stop", needle)
    assert _holding(builds["before"], shape.fact) and any(
        rel.startswith("data/") for rel in _holding(builds["before"], shape.fact))
    for build in ("update", "full", "next day"):
        left = {needle: _holding(builds[build], needle) for needle in shape.needles()}
        assert {n: files for n, files in left.items() if files} == {}, (shape.name, build)
        # The public fact beside it is still published: another party's penalty of the same body.
        assert "data/penalties.csv" in _holding(builds[build], KEPT_NO)


def test_the_update_on_the_stop_day_equals_a_full_build(builds: dict[str, dict[str, bytes]]) -> None:
    assert sorted(builds["differ"]) == []


@pytest.mark.parametrize("near", NEAR_MISSES, ids=["other-serial", "other-year", "bare-number-other-body", "list-entry"])
def test_what_no_repair_or_withdrawal_names_stays_published(builds: dict[str, dict[str, bytes]],
                                                           near: tuple[str, dict[str, str], object]) -> None:
    kind, row, _ = near
    number = row.get("行政处罚决定书文号") or row["列入文号"]
    for build in ("before", "update", "full", "next day"):
        assert f"data/{kind}.csv" in _holding(builds[build], number), (number, build)
        assert _holding(builds[build], row["统一社会信用代码"]), (number, build)


def test_the_penalty_sharing_a_list_entrys_number_is_the_one_repaired(builds: dict[str, dict[str, bytes]]) -> None:
    repaired_party = make_uscc(9205)
    assert _holding(builds["before"], repaired_party)
    for build in ("update", "full", "next day"):
        assert _holding(builds[build], repaired_party) == [], build
