"""A decision the site stopped publishing as repaired or withdrawn never comes back by accident.

Found by an outside pass (issue 24/17): with `withdrawals/` or `repairs/` missing or emptied, or the
state lost and the site rebuilt as of an earlier date, revoked penalties and serious-dishonesty list
entries were published again with exit 0.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from tests.conftest import AUTHORITY_CODE, penalty, write_folder
from tests.helpers import build_args

WITHDRAWN = "甘州市监罚〔2026〕41号"
REPAIRED = "甘州市监罚〔2026〕42号"


def _data(root: Path, withdrawn_on: str = "2026-11-02") -> Path:
    return write_folder(root / "data", {
        "penalties": [penalty(WITHDRAWN, "2026-06-01", serial=401), penalty(REPAIRED, "2026-06-01", serial=402),
                      penalty("甘州市监罚〔2026〕43号", "2026-06-01", serial=403)],
        "withdrawals": [{"信息类别": "行政处罚", "原决定文书号": WITHDRAWN, "原决定机关统一社会信用代码": AUTHORITY_CODE,
                         "撤销类型": "撤销", "撤销日期": withdrawn_on, "作出机关": "张掖市甘州区人民政府"}],
        "repairs": [{"信息类别": "行政处罚", "原决定文书号": REPAIRED, "原决定机关统一社会信用代码": AUTHORITY_CODE,
                     "修复方式": "终止公示", "修复决定日期": "2026-11-03", "修复决定机关": "甘州区发展和改革局"}],
    })


def _build(root: Path, as_of: str, *extra: str, state: str = "state") -> tuple[int, str]:
    result = CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", *extra,
                                                 state=root / state, as_of=as_of))
    return result.exit_code, "".join(result.output.split())


def _published(root: Path) -> str:
    return (root / "site" / "data" / "penalties.csv").read_text(encoding="utf-8-sig")


def test_a_missing_control_folder_stops_the_build_instead_of_republishing(tmp_path: Path) -> None:
    _data(tmp_path)
    assert _build(tmp_path, "2026-11-27")[0] == 0
    assert WITHDRAWN not in _published(tmp_path) and REPAIRED not in _published(tmp_path)
    before = _published(tmp_path)
    for folder in ("withdrawals", "repairs"):
        moved = tmp_path / f"{folder}-moved"
        shutil.move(tmp_path / "data" / folder, moved)
        code, output = _build(tmp_path, "2026-11-28")
        assert code == 1, output
        assert "此前已停止公示的记录将重新公示" in output and "--allow-republish" in output
        assert _published(tmp_path) == before  # the site is as it was
        summary = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))
        assert "重新公示" in summary["aborted"]
        shutil.move(moved, tmp_path / "data" / folder)
    # Staff who mean it say so.
    shutil.rmtree(tmp_path / "data" / "repairs")
    code, output = _build(tmp_path, "2026-11-28", "--allow-republish")
    assert code == 0, output
    assert REPAIRED in _published(tmp_path) and WITHDRAWN not in _published(tmp_path)


def test_a_lost_state_does_not_let_the_site_go_back_in_time(tmp_path: Path) -> None:
    _data(tmp_path, withdrawn_on="2026-11-28")
    assert _build(tmp_path, "2026-11-27")[0] == 0
    assert WITHDRAWN in _published(tmp_path)
    assert _build(tmp_path, "2026-11-28")[0] == 0  # the withdrawal takes effect: removed, in the public ledger
    assert WITHDRAWN not in _published(tmp_path)
    shutil.rmtree(tmp_path / "state")
    # The live site says it was published as of 2026-11-28: an earlier date is refused without the state too
    # (it would publish the withdrawn decision again).
    code, output = _build(tmp_path, "2026-11-27")
    assert code == 2 and "早于该站点上次发布的基准日2026-11-28" in output, output
    # Another state for the same site: the withdrawn record is still not published again.
    shutil.rmtree(tmp_path / "data" / "withdrawals")
    code, output = _build(tmp_path, "2026-11-29", state="other-state")
    assert code == 1 and "此前已停止公示的记录将重新公示" in output, output
    assert WITHDRAWN not in _published(tmp_path)


def test_a_record_repaired_before_its_first_publication_stays_stopped_when_the_state_is_lost(tmp_path: Path) -> None:
    # Found by the tenth session's outside pass: a record withheld as repaired from the site's first
    # build is in no public ledger, so a lost state (a new secret, an empty history) let it be published
    # once its repair file had left the data folder.
    _data(tmp_path)
    assert _build(tmp_path, "2026-11-27")[0] == 0
    before = _published(tmp_path)
    assert REPAIRED not in before and "甘州市监罚〔2026〕43号" in before
    shutil.rmtree(tmp_path / "state")
    shutil.rmtree(tmp_path / "data" / "repairs")
    code, output = _build(tmp_path, "2026-11-28", state="new-state")
    assert code == 1 and "此前已停止公示的记录将重新公示" in output and "信用修复" in output, output
    assert _published(tmp_path) == before


def test_a_site_built_with_another_state_than_its_own_is_refused(tmp_path: Path) -> None:
    # The same pass: a scheduled job without --state, or a typo in it, started a second history of
    # the site; its guard was empty and the repaired record was published again with exit 0.
    _data(tmp_path)
    assert _build(tmp_path, "2026-11-27")[0] == 0
    before = _published(tmp_path)
    shutil.rmtree(tmp_path / "data" / "repairs")
    code, output = _build(tmp_path, "2026-11-28", state="stat")
    assert code == 2, output
    assert f"--state{tmp_path / 'state'}" in output and "--new-history" in output
    assert _published(tmp_path) == before and not (tmp_path / "stat").exists()
    # With its own state the guard holds as before ...
    assert _build(tmp_path, "2026-11-28")[0] == 1
    # ... and staff who mean to start afresh say so; the site's own state is then the new one.
    code, output = _build(tmp_path, "2026-11-28", "--new-history", state="stat")
    assert code == 1 and "此前已停止公示的记录将重新公示" in output, output  # the copy beside the site still guards
    assert _build(tmp_path, "2026-11-28", "--new-history", "--allow-republish", state="stat")[0] == 0
    assert REPAIRED in _published(tmp_path)
    code, output = _build(tmp_path, "2026-11-29")
    assert code == 2 and f"--state{tmp_path / 'stat'}" in output, output
