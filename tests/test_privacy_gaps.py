"""Issue 16, the gaps the third pass left (closing2.md, "Noticed but left"), through a build and the CLI:

- over-scrubbing: the office's own phone (`[contact] phone`, published on 联系我们) written in a record's
  text stays as written (another landline is still masked); a bare brand that reads as a name (周黑鸭)
  stays; a part of a number named by its place in a second cell (后八位…) is masked;
- `control-unmatched` for a withdrawal whose 原决定文书号 was withheld as personal data says so instead
  of quoting an empty number (and never quotes the number);
- `check --data --state` gives the site's version id when a record key is withheld (the stand-in is keyed
  by the state's secret; before, `check` drew a random one).

Values are synthetic; the shapes follow the third pass's folders (/work/notes/adv3-cases/
id-split-two-columns, stale-withdrawal-of-id-shaped-key) and closing2.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import BuildOptions, build_site, write_check_indexes
from generator.cli import main
from generator.scan import decoded_text
from tests.helpers import AUTHORITY_USCC, bad_id, make_id, make_uscc, penalty_row, write_csv

AS_OF = dt.date(2026, 12, 1)
OFFICE_PHONE = "0936-8212345"
OTHER_LANDLINE = "0936-8213456"
WITHHELD_KEY = bad_id("19850312", 12)  # an ID-shaped 文书号: withheld, keyed by the state's secret
UNMATCHED_TARGET = make_id("19790101", 77)  # a withdrawal's 原决定文书号 that is an ID and matches nothing
SPLIT_ID = make_id("19850520", 440)

TEXTS = {
    "office": f"如不服本决定，可咨询本机关，电话{OFFICE_PHONE}。",
    "office-written": "如不服本决定，可咨询本机关，电话（0936）8212345。",
    "other": f"当事人联系电话{OTHER_LANDLINE}。",
    "brand": "当事人购进周黑鸭卤制品20盒，销售周黑鸭鸭脖。",
    "split": f"员工身份证号码前十位{SPLIT_ID[:10]}，",
}


def _penalty(serial: int, fact: str, **more: str) -> dict[str, str]:
    return penalty_row(行政相对人名称=f"甘州区隙{serial}商贸有限公司", 统一社会信用代码=make_uscc(4100 + serial),
                       行政处罚决定书文号=more.pop("行政处罚决定书文号", f"甘州市监罚〔2026〕{4100 + serial}号"),
                       违法事实=fact, 处罚决定日期="2026-10-05", 处罚有效期="2027-10-04", **more)


def _write(data: Path) -> None:
    rows = [_penalty(k, text) for k, text in enumerate(TEXTS.values())]
    rows[-1]["备注"] = f"后八位{SPLIT_ID[10:]}。"  # the other part in a second cell
    rows.append(_penalty(9, "ID 形文书号的记录。", 行政处罚决定书文号=WITHHELD_KEY))
    write_csv(data / "penalties" / "cases.csv", rows)
    write_csv(data / "withdrawals" / "cases.csv", [
        {"信息类别": "行政处罚", "原决定文书号": UNMATCHED_TARGET, "原决定机关统一社会信用代码": AUTHORITY_USCC,
         "撤销类型": "撤销", "撤销日期": "2026-11-20", "撤销原因": "认定事实错误", "作出机关": "甘州区市场监督管理局"}])
    (data / "site.toml").write_text(f'[contact]\nphone = "{OFFICE_PHONE}"\n', encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("gaps")
    _write(root / "data")
    result = build_site(BuildOptions(root / "data", root / "site", root / "report", AS_OF, state_dir=root / "state"))
    site = (root / "site").resolve()
    with (site / "data" / "penalties.csv").open(encoding="utf-8-sig", newline="") as handle:
        facts = [row["违法事实"] for row in csv.DictReader(handle)]
    issues = [json.loads(line) for line in (root / "report" / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = "\n".join(decoded_text(p.read_bytes()) for p in sorted(site.rglob("*")) if p.is_file())
    return {"root": root, "result": result, "facts": facts, "issues": issues, "site": texts,
            "report": "\n".join(decoded_text(p.read_bytes()) for p in sorted((root / "report").rglob("*"))
                                if p.is_file())}


def test_the_offices_own_phone_stays_in_record_texts_another_landline_does_not(built: dict[str, object]) -> None:
    facts = built["facts"]
    assert TEXTS["office"] in facts and TEXTS["office-written"] in facts  # type: ignore[operator]
    assert TEXTS["other"] not in facts and "当事人联系电话[已隐去]。" in facts  # type: ignore[operator]
    assert OTHER_LANDLINE not in built["site"]  # type: ignore[operator]
    assert built["result"].summary.get("aborted") is None  # type: ignore[attr-defined]


def test_a_bare_brand_that_reads_as_a_name_stays(built: dict[str, object]) -> None:
    assert TEXTS["brand"] in built["facts"]  # type: ignore[operator]


def test_both_parts_of_an_id_split_over_two_cells_are_masked(built: dict[str, object]) -> None:
    site = built["site"]
    assert SPLIT_ID[:10] not in site and SPLIT_ID[10:] not in site  # type: ignore[operator]
    assert "后八位[已隐去]。" in site  # type: ignore[operator]


def test_an_unmatched_withdrawal_of_a_withheld_number_says_it_was_withheld(built: dict[str, object]) -> None:
    unmatched = [i for i in built["issues"] if i["code"] == "control-unmatched"]  # type: ignore[attr-defined]
    assert len(unmatched) == 1
    message = unmatched[0]["message"]
    assert "已隐去" in message and "“”" not in message and UNMATCHED_TARGET not in built["report"]  # type: ignore[operator]


def test_check_with_the_state_gives_the_sites_version(built: dict[str, object], tmp_path: Path) -> None:
    root: Path = built["root"]  # type: ignore[assignment]
    site_build = built["result"].summary["build_id"]  # type: ignore[attr-defined]
    with_state = write_check_indexes(root / "data", AS_OF, tmp_path / "a", state_dir=root / "state")
    without = write_check_indexes(root / "data", AS_OF, tmp_path / "b", state_dir=tmp_path / "no-state")
    assert with_state == site_build
    assert without != site_build  # a withheld key is keyed by another secret without the state
    assert not (tmp_path / "no-state").exists()  # check reads a state, never makes one
    listed = tmp_path / "名单.txt"
    listed.write_text(make_uscc(4109) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(listed), "--data", str(root / "data"), "--as-of",
                                       AS_OF.isoformat(), "--state", str(root / "state")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and {row["站点版本"] for row in rows} == {site_build}
    refused = CliRunner().invoke(main, ["check", str(listed), "--state", str(root / "state")])
    assert refused.exit_code == 2
