"""Status and outcome columns real exports keep beside the contract's fields (h22e cases 1-5, group A).

A list's 移出日期 / 移出原因 / 名单状态, an honour list's 撤销日期 / 状态, a 2019-template decision's 2016 当前状态, a
repair's 修复结果 and a withdrawal's 审核状态 say whether a row still stands. Each was dropped as file-unknown-column
and the row took effect: a removed entity stayed on the blacklist, a refused repair ended a penalty's publication,
a pending withdrawal withdrew it. Read whatever the layout (contract.STATUS_COLUMNS); each test checks both ways:
the row that does not stand is not published (or does not act), and its neighbours are.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from tests.conftest import AUTHORITY, AUTHORITY_CODE
from tests.helpers import listing, penalty, run_build, write_csv


def _build(tmp_path: Path, files: dict[str, list[dict[str, str]]]) -> tuple[dict[str, list[dict[str, str]]],
                                                                          list[dict[str, object]]]:
    """Build a data folder of one CSV per kind with the CLI: (published rows by kind, the report's issues)."""
    data = tmp_path / "data"
    for kind, rows in files.items():
        write_csv(data / kind / f"{kind}.csv", rows)
    status, printed = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state")
    assert status == 0, printed
    published: dict[str, list[dict[str, str]]] = {}
    for kind in files:
        path = tmp_path / "site" / "data" / f"{kind}.csv"
        published[kind] = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines())) if path.exists() else []
    issues = [json.loads(line) for line in (tmp_path / "report" / "issues.jsonl").read_text().splitlines()]
    return published, issues


def _said(issues: list[dict[str, object]], code: str) -> list[tuple[object, object, str]]:
    return sorted((i["row"], i["column"], str(i["severity"])) for i in issues if i["code"] == code)


def test_blacklist_removal_columns_and_status_withhold_the_entry_and_keep_its_neighbours(tmp_path: Path) -> None:
    # 严重失信主体名单 in the contract's headers plus the 移出 columns every list keeps (国家企业信用信息公示系统
    # 严重违法失信名单: 移出日期 / 移出原因; 国家发展改革委令第58号《失信行为纠正后的信用信息修复管理办法（试行）》第三条
    # 移出严重失信主体名单) and a 名单状态 word (h22e case blacklist-removed-columns).
    def entry(n: int, removed_on: str = "", reason: str = "", state: str = "") -> dict[str, str]:
        return {**listing("blacklist", f"甘州市监列〔2026〕{n}号", "2026-03-01", serial=n),
                "移出日期": removed_on, "移出原因": reason, "名单状态": state}

    published, issues = _build(tmp_path, {"blacklist": [
        entry(1, state="列入"), entry(2, "2026-09-01", "信用修复，提前移出", "已移出"), entry(3, state="已移出"),
        entry(4), entry(5, state="暂停")]})
    assert sorted(r["列入文号"] for r in published["blacklist"]) == ["甘州市监列〔2026〕1号", "甘州市监列〔2026〕4号"]
    assert _said(issues, "row-removed-in-file") == [(3, None, "warning"), (4, "名单状态", "warning")]
    # A status word that is none of the known ones: the entry is refused, the column named, never published on a guess.
    assert _said(issues, "row-status-unknown") == [(6, "名单状态", "error")]
    assert not [i for i in issues if i["code"] == "file-unknown-column"]


def test_redlist_revocation_columns_withhold_the_revoked_honour(tmp_path: Path) -> None:
    # 守合同重信用企业 honour list keeping withdrawn honours: 撤销日期 / 撤销原因 / 状态 已撤销 (the honour bean's
    # revocation time, github s9797456/projectCooperation RedBlackList.java; h22e case redlist-revoked-columns).
    def honour(n: int, revoked_on: str, reason: str, state: str) -> dict[str, str]:
        return {**listing("redlist", f"张市监发〔2026〕{n}号", "2026-03-01", serial=n, 名单名称="守合同重信用企业"),
                "撤销日期": revoked_on, "撤销原因": reason, "状态": state}

    published, issues = _build(tmp_path, {"redlist": [
        honour(1, "", "", "有效"), honour(2, "2026-08-15", "因严重违法被撤销公示资格", "已撤销"), honour(3, "", "", "已失效")]})
    assert [r["认定文号"] for r in published["redlist"]] == ["张市监发〔2026〕1号"]
    assert _said(issues, "row-removed-in-file") == [(3, None, "warning"), (4, "状态", "warning")]


def test_2019_penalty_reads_the_2016_current_state_as_words_and_codes(tmp_path: Path) -> None:
    # 《行政许可和行政处罚等信用信息数据标准（试行）》2016 当前状态 CF_ZT: 0 正常, 1 撤销, 2 异议, 3 其他 (read for 2016 files by
    # generator/standards/sgs2016.toml), kept by a 2019-template export (h22e case penalty-state-column).
    states = ["正常", "撤销", "0", "1", "异议", "", "已结案"]
    rows = [penalty(f"甘州市监罚〔2026〕{n}号", serial=n, 当前状态=state) for n, state in enumerate(states, start=101)]
    published, issues = _build(tmp_path, {"penalties": rows})
    assert sorted(r["行政处罚决定书文号"] for r in published["penalties"]) == [
        "甘州市监罚〔2026〕101号", "甘州市监罚〔2026〕103号", "甘州市监罚〔2026〕105号", "甘州市监罚〔2026〕106号"]
    assert _said(issues, "row-withdrawn-in-file") == [(3, "当前状态", "warning"), (5, "当前状态", "warning")]
    assert [row for row, _, _ in _said(issues, "row-status-noted")] == [6]  # 异议: published, named for staff
    assert _said(issues, "row-status-unknown") == [(8, "当前状态", "error")]


def _control(target: int, serial: int, **extra: str) -> dict[str, str]:
    return {"信息类别": "行政处罚", "原决定文书号": f"甘州市监罚〔2026〕{target}号", "原决定机关统一社会信用代码": AUTHORITY_CODE,
            "统一社会信用代码": "", **extra}


def test_only_a_granted_repair_ends_publication(tmp_path: Path) -> None:
    # A 信用修复 module's export lists every application with its outcome (国家发展改革委令第58号 第十六条: 准予修复,
    # or 不予修复 with its reasons; h22e case repair-refused-rows). A refused or undecided one never acts.
    penalties = [penalty(f"甘州市监罚〔2026〕{n}号", serial=n) for n in (101, 102, 103, 104)]
    repairs = [_control(n, n, 修复方式="终止公示", 修复决定日期="2026-11-20", 修复决定机关="张掖市发展和改革委员会",
                        修复结果=outcome)
               for n, outcome in ((101, "准予修复"), (102, "不予修复"), (103, ""))]
    published, issues = _build(tmp_path, {"penalties": penalties, "repairs": repairs})
    assert sorted(r["行政处罚决定书文号"] for r in published["penalties"]) == [
        "甘州市监罚〔2026〕102号", "甘州市监罚〔2026〕103号", "甘州市监罚〔2026〕104号"]
    assert _said(issues, "control-not-approved") == [(3, "修复结果", "warning"), (4, "修复结果", "warning")]


def test_only_an_approved_withdrawal_withdraws(tmp_path: Path) -> None:
    # A 异议/更正 module's export with each request's 审核状态 (待审核 / 审核通过 / 审核不通过, as 审核状态 enums write them:
    # ltfei-blog/service packages/config/keys/articlesAudit.ts; h22e case withdrawal-audit-status).
    penalties = [penalty(f"甘州市监罚〔2026〕{n}号", serial=n) for n in (101, 102, 103, 104)]
    withdrawals = [_control(n, n, 撤销类型="撤销", 撤销日期="2026-11-20", 撤销原因="复议撤销", 作出机关=AUTHORITY,
                            审核状态=state)
                   for n, state in ((101, "审核通过"), (102, "审核不通过"), (103, "待审核"), (104, "作废"))]
    published, issues = _build(tmp_path, {"penalties": penalties, "withdrawals": withdrawals})
    assert sorted(r["行政处罚决定书文号"] for r in published["penalties"]) == [
        "甘州市监罚〔2026〕102号", "甘州市监罚〔2026〕103号", "甘州市监罚〔2026〕104号"]
    assert _said(issues, "control-not-approved") == [(3, "审核状态", "warning"), (4, "审核状态", "warning")]
    # An unknown outcome word: the request is refused (it withdraws nothing), the column named.
    assert _said(issues, "row-status-unknown") == [(5, "审核状态", "error")]
