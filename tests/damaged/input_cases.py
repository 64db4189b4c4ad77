"""Damaged-corpus cases of the loader's side of issues 17 and 24: export shapes and input safety.

Registered into tests/damaged/make_corpus.py (`register(case, namespace)`), which writes them
with the other cases. Shapes: a provincial system's .xls with title rows, a 序号 column, merged
cells, footer lines and several sheets; the 2016 双公示 standard (see tests/exports/SOURCES.md);
a folder's columns.toml; and the entries a kind folder must refuse (a dangling link, a name that is
not UTF-8, a workbook declaring millions of rows). Deterministic: same bytes every run.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.conftest import AUTHORITY, AUTHORITY_CODE, make_ric

PEN_XLS = "penalties/2026年处罚信息.xls"


def _xls(sheets: dict[str, list[list[Any]]], merges: dict[str, list[tuple[int, int, int, int]]]) -> bytes:
    """A BIFF workbook as xlwt writes it; merges are (row0, row1, col0, col1) and hold their top-left value."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    for name, rows in sheets.items():
        sheet = book.add_sheet(name)
        spans = merges.get(name, [])
        inside = {(r, c) for r0, r1, c0, c1 in spans for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)}
        for r0, r1, c0, c1 in spans:
            sheet.write_merge(r0, r1, c0, c1, rows[r0][c0])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if (r, c) not in inside and value not in ("", None):
                    sheet.write(r, c, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def register(case: Callable[[str], Callable[[Any], Any]], ns: dict[str, Any]) -> None:
    """Add this module's cases to make_corpus's CASES, using its writers (`ns` is its globals())."""
    write, csv_text, expect, issue, counts, done, ok, no = (
        ns["write"], ns["csv_text"], ns["expect"], ns["issue"], ns["counts"], ns["done"], ns["ok"], ns["no"])
    pen = ns["PEN"]

    @case("xls-title-rows-merged-footer-sheets")
    def _xls_shapes(data: Path) -> dict[str, Any]:
        rows = [ok(1), ok(2), ok(3)]
        header = ["序号", *rows[0]]
        body = [[str(i + 1), *[r[h] for h in header[1:]]] for i, r in enumerate(rows)]
        authority = header.index("处罚机关")
        for line in body[1:]:
            line[authority] = ""  # one merged cell holds the issuing body for the three rows
        grid = [["张掖市甘州区市场监督管理局行政处罚信息公示表"], ["（2026年第二季度）"], header, *body, ["4"],
                ["制表人：王某", "", "审核人：李某"], ["填报日期：2026年7月1日"]]
        second = [header[1:], [ok(4)[h] for h in header[1:]]]
        workbook = _xls({"处罚": grid, "填表说明": [["请按 2019 年模板填写"], ["联系人：办公室"]], "续表": second},
                        {"处罚": [(3, 5, authority, authority)]})
        write(data / PEN_XLS, workbook)
        where = f"{PEN_XLS}#处罚"
        return expect("A provincial system's .xls: two title rows, a 序号 column, 处罚机关 merged over three rows, "
                      "an empty numbered row and a footer; a notes sheet; a second data sheet. Every record is "
                      "published; the header row, the rows that are not data and the skipped sheet are named.",
                      message=done(0, 5),
                      codes=[issue("file-header-row", where, 3), issue("row-not-data", where, 7),
                             issue("row-not-data", where, 8), issue("row-not-data", where, 9),
                             issue("sheet-skipped", f"{PEN_XLS}#填表说明")],
                      counts={"penalties": counts(4, 4)},
                      published={"penalties": [{"行政处罚决定书文号": no(3), "处罚机关": AUTHORITY},
                                               {"行政处罚决定书文号": no(4)}]})

    @case("layout-2016")
    def _layout_2016(data: Path) -> dict[str, Any]:
        header = ["行政处罚决定书文号", "处罚名称", "处罚类别1", "处罚类别2", "处罚事由", "处罚依据", "行政相对人名称",
                  "行政相对人代码_1(统一社会信用代码)", "行政相对人代码_2(组织机构代码)", "行政相对人代码_3(工商登记码)",
                  "行政相对人代码_4(税务登记号)", "行政相对人代码_5(居民身份证号)", "法定代表人姓名", "处罚结果",
                  "处罚决定日期", "处罚机关", "当前状态", "地方编码", "数据更新时间戳", "备注"]

        def row(n: int, status: str = "0") -> list[str]:
            p = ok(n)
            return [p["行政处罚决定书文号"], "销售过期食品", "1", "", p["违法事实"], p["处罚依据"], p["行政相对人名称"],
                    p["统一社会信用代码"], "", "", "", "", "", "罚款2000元", "2026/06/01", AUTHORITY, status, "620702",
                    "2026/06/02", ""]

        write(data / "penalties" / "2016标准导出.csv", _csv([header, row(1), row(2), row(3, status="1")]),
              encoding="gb18030")
        write(data / "penalties" / "columns.toml",
              "# 本局旧系统按 2016 年标准导出，没有机关代码和相对人类别\n[defaults]\n"
              f'"处罚机关统一社会信用代码" = "{AUTHORITY_CODE}"\n"数据来源单位统一社会信用代码" = "{AUTHORITY_CODE}"\n'
              '"行政相对人类别" = "法人及非法人组织"\n')
        rel = "penalties/2016标准导出.csv"
        return expect("A GB18030 CSV in the 2016 standard's Chinese headers, recognised by its columns; the folder's "
                      "columns.toml supplies what 2016 lacks; 当前状态 1 (撤销) is not published.",
                      message=done(0, 2),
                      codes=[issue("file-layout", rel, 1), issue("row-withdrawn-in-file", rel, 4)],
                      counts={"penalties": counts(2, 2)},
                      published={"penalties": [{"行政处罚决定书文号": no(1), "违法行为类型": "销售过期食品",
                                                "处罚类别": "罚款", "处罚内容": "罚款2000元", "数据来源单位": AUTHORITY}]},
                      absent=[no(3)])

    @case("layout-2016-status-confiscation")
    def _layout_2016_status_confiscation(data: Path) -> dict[str, Any]:
        # 2016 双公示 standard (see tests/exports/SOURCES.md): 当前状态 0 正常, 1 撤销, 2 异议, 3 其他; 处罚类别 code 2 is
        # 《行政处罚法》(1996) 第八条（三） 没收违法所得、没收非法财物, one code for two measures (h20e cases 6, 7).
        header = ["CF_WSH", "CF_CFMC", "CF_CFLB1", "CF_CFLB2", "CF_SY", "CF_YJ", "CF_XDR_MC", "CF_XDR_SHXYM", "CF_JG",
                  "CF_JDRQ", "CF_XZJG", "CF_ZT"]

        def row(n: int, status: str, category: str, content: str) -> list[str]:
            p = ok(n)
            return [p["行政处罚决定书文号"], "销售过期食品", category, "", p["违法事实"], p["处罚依据"], p["行政相对人名称"],
                    p["统一社会信用代码"], content, "2026/06/01", AUTHORITY, status]

        write(data / "penalties" / "2016标准导出.csv", _csv([
            header, row(1, "0", "1,2", "罚款2000元，没收违法所得500元"), row(2, "2", "2", "没收过期食品12箱"),
            row(3, "3", "2", "没收违法所得500元及过期食品12箱")]), encoding="gb18030")
        write(data / "penalties" / "columns.toml",
              f'[defaults]\n"处罚机关统一社会信用代码" = "{AUTHORITY_CODE}"\n'
              f'"数据来源单位统一社会信用代码" = "{AUTHORITY_CODE}"\n"行政相对人类别" = "法人及非法人组织"\n')
        rel = "penalties/2016标准导出.csv"
        return expect("The 2016 standard's 处罚类别 code 2 is made definite by 处罚结果 (没收违法所得500元 is not 没收非法财物); "
                      "当前状态 2 异议 and 3 其他 are published as written, each row named for staff to settle.",
                      message=done(0, 3),
                      codes=[issue("file-layout", rel, 1), issue("row-status-noted", rel, 3),
                             issue("row-status-noted", rel, 4)],
                      counts={"penalties": counts(3, 3)},
                      published={"penalties": [{"行政处罚决定书文号": no(1), "处罚类别": "罚款;没收违法所得"},
                                               {"行政处罚决定书文号": no(2), "处罚类别": "没收非法财物"},
                                               {"行政处罚决定书文号": no(3), "处罚类别": "没收违法所得;没收非法财物"}]})

    @case("mapping-invalid")
    def _mapping_invalid(data: Path) -> dict[str, Any]:
        write(data / pen, csv_text([ok(1)]))
        write(data / "penalties" / "columns.toml", '[columns]\n"决定书编号" = "决定文号"\n')
        return expect("A columns.toml naming a field the kind does not have: the mapping file is refused and the "
                      "build stops like for a damaged file.", exit=1, message="--skip-damaged-files",
                      codes=[issue("mapping-invalid", "penalties/columns.toml")])

    @case("mapping-own-headers-and-identity-column")
    def _mapping_own_headers(data: Path) -> dict[str, Any]:
        row = ok(1)
        row["决定书编号"] = row.pop("行政处罚决定书文号")
        row["负责人身份证号"] = make_ric("19800101", "321")
        write(data / pen, csv_text([row]))
        write(data / "penalties" / "columns.toml",
              '[columns]\n"决定书编号" = "行政处罚决定书文号"\n"负责人身份证号" = "备注"\n"案件编号" = "备注"\n')
        return expect("A system's own header mapped by columns.toml; a mapping of an identity-document column to a "
                      "public field is overridden (never public); a mapped name no file has is listed.",
                      message=done(0, 3),
                      codes=[issue("file-layout", pen, 1), issue("column-identity-never-public", pen, 1, "负责人身份证号"),
                             issue("mapping-unused", "penalties/columns.toml")],
                      counts={"penalties": counts(1, 1)},
                      published={"penalties": [{"行政处罚决定书文号": no(1)}]},
                      absent=[make_ric("19800101", "321")])

    @case("file-too-large-declared-rows")
    def _too_large(data: Path) -> dict[str, Any]:
        write(data / "penalties" / "ok.csv", csv_text([ok(1)]))
        source = ns["xlsx_bytes"](list(ok(2)), [list(ok(2).values())])
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(source)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                content = src.read(info)
                if info.filename == "xl/worksheets/sheet1.xml":
                    content = re.sub(rb'<dimension ref="A1:([A-Z]+)2"/>', rb'<dimension ref="A1:\g<1>5000000"/>',
                                     content)
                    assert b"5000000" in content
                dst.writestr(info, content)
        write(data / "penalties" / "big.xlsx", out.getvalue())
        return expect("An XLSX whose sheet declares 5,000,000 rows is refused before it is opened (a zip bomb "
                      "would end the build with an abort): the build stops, naming the file.", exit=1,
                      message="file-too-large", codes=[issue("file-too-large", "penalties/big.xlsx")])

    @case("file-name-not-utf8")
    def _name_not_utf8(data: Path) -> dict[str, Any]:
        write(data / pen, csv_text([ok(1)]))
        name = "处罚.csv".encode("gbk")
        with open(os.path.join(os.fsencode(data / "penalties"), name), "wb") as handle:
            handle.write(csv_text([ok(2)]).encode("utf-8"))
        shown = "penalties/" + name.decode("utf-8", "backslashreplace")
        return expect("A file whose name is GBK bytes (a Windows zip): a file problem naming it escaped, never a "
                      "crash; the build stops like for a damaged file.", exit=1, message="file-name-undecodable",
                      codes=[issue("file-name-undecodable", shown)])

    @case("withdrawals-dangling-link-aborts")
    def _dangling_link(data: Path) -> dict[str, Any]:
        write(data / pen, csv_text([ok(1)]))
        (data / "withdrawals").mkdir(parents=True)
        os.symlink("../../共享盘/撤销决定.csv", data / "withdrawals" / "撤销决定.csv")
        return expect("A withdrawals file that is a link to a share that is not mounted: never skipped silently "
                      "(the revoked decision would come back); the build stops even with --skip-damaged-files.",
                      exit=1, args=["--skip-damaged-files"], message="修复与撤销文件损坏时不能发布",
                      codes=[issue("file-unreadable", "withdrawals/撤销决定.csv")])
