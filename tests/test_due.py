"""Issue 22: every build knows when it must next be rebuilt, says so, and monitoring can ask.

A site built on day D with a record ending on D+3 is due on D+3; `creditsite due` exits 0 on D+2
and 1 on D+3 without a rebuild; a rebuild late counts the records it showed late; the schedule
command prints a systemd timer and a cron line with the staff's absolute paths.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shlex
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.due import china_today, lateness, next_due
from tests.conftest import AUTHORITY_CODE, license_, listing, penalty, run_pipeline, write_folder
from tests.helpers import build_args

D = "2026-12-06"
ENDING = "甘州市监罚〔2026〕301号"  # 公示截止期 D+3
STAYING = "甘州市监罚〔2026〕302号"  # 一般: public until 2027-06-01
REPAIRING = "甘州市监罚〔2026〕303号"  # repair approved, effective 2026-12-20


def _epoch(beijing: str) -> str:
    """SOURCE_DATE_EPOCH of a Beijing wall-clock time 'YYYY-MM-DD HH:MM'."""
    moment = dt.datetime.fromisoformat(beijing).replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return str(int(moment.timestamp()))


def _repair(key: str, day: str) -> dict[str, str]:
    return {"信息类别": "行政处罚", "原决定文书号": key, "原决定机关统一社会信用代码": AUTHORITY_CODE,
            "修复方式": "终止公示", "修复决定日期": day, "修复决定机关": "甘州区发展和改革局"}


def _build(root: Path, as_of: str, data: Path | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, build_args(data or root / "data", root / "site", root / "report", "--allow-date",
                                                 state=root / "state", as_of=as_of),
                                env={"COLUMNS": "250"})  # dates of a story
    return result.exit_code, result.output


def _due(state: Path, beijing: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["due", "--state", str(state)], env={"SOURCE_DATE_EPOCH": _epoch(beijing)})
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The site built on D: one record ends on D+3, one in 2027, one is repaired on 2026-12-20."""
    root = tmp_path_factory.mktemp("due")
    write_folder(root / "data", {
        "penalties": [penalty(ENDING, "2026-06-01", serial=311, 公示截止期="2026-12-09"),
                      penalty(STAYING, "2026-06-01", serial=312), penalty(REPAIRING, "2026-06-01", serial=313)],
        "licenses": [license_("甘州市监许〔2026〕301号", "2026-06-01", serial=314)],
        "repairs": [_repair(REPAIRING, "2026-12-20")],
    })
    code, output = _build(root, D)
    assert code == 0, output
    return root, output


def test_a_build_on_d_is_due_on_the_day_a_record_ends(built: tuple[Path, str]) -> None:
    root, output = built
    assert "下次必须重新发布：2026-12-09" in output
    summary = json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))
    assert summary["next_due"] == "2026-12-09" and summary["next_due_reasons"] == {"expired": 1}
    assert "下次必须重新发布：2026-12-09" in (root / "report" / "index.html").read_text(encoding="utf-8")
    saved = json.loads((root / "state" / "due.json").read_text(encoding="utf-8"))
    assert saved["due"] == "2026-12-09" and saved["as_of"] == D and saved["build_id"] == summary["build_id"]
    assert dt.datetime.fromisoformat(saved["built_at"])  # when the build ran (UTC)
    # The later changes are known too: the repair takes effect, the others end.
    assert saved["schedule"]["2026-12-20"] == 1 and saved["schedule"]["2027-06-01"] == 1
    assert saved["schedule"]["2031-06-01"] == 1  # the licence's badge turns 已失效 the day after 有效期至


def test_due_exits_0_before_the_due_date_and_1_on_it_without_a_rebuild(built: tuple[Path, str]) -> None:
    root, _ = built
    code, output = _due(root / "state", "2026-12-08 23:59")
    assert code == 0 and "未到期" in output and "2026-12-09" in output
    code, output = _due(root / "state", "2026-12-09 00:00")
    assert code == 1 and "已到期" in output and "2026-12-09" in output and D in output
    code, output = _due(root / "state", "2026-12-15 12:00")
    assert code == 1 and "已超过 6 天" in output


def test_due_counts_days_in_china_whatever_the_machine_zone(built: tuple[Path, str]) -> None:
    root, _ = built
    # 2026-12-08 16:30 UTC is already 2026-12-09 00:30 in Beijing: due.
    result = CliRunner().invoke(main, ["due", "--state", str(root / "state")],
                                env={"SOURCE_DATE_EPOCH": str(int(dt.datetime(2026, 12, 8, 16, 30, tzinfo=dt.UTC)
                                                                  .timestamp())), "TZ": "UTC"})
    assert result.exit_code == 1, result.output


def test_due_without_a_recorded_build_fails_for_monitoring(tmp_path: Path) -> None:
    code, output = _due(tmp_path / "nowhere", "2026-12-09 08:00")
    assert code == 2 and "due.json" in output


def test_a_rebuild_on_the_due_date_clears_it_and_a_late_one_says_how_late(tmp_path: Path) -> None:
    root = tmp_path
    write_folder(root / "data", {
        "penalties": [penalty(ENDING, "2026-06-01", serial=311, 公示截止期="2026-12-09"),
                      penalty(STAYING, "2026-06-01", serial=312), penalty(REPAIRING, "2026-06-01", serial=313)],
        "repairs": [_repair(REPAIRING, "2026-12-20")],
    })
    assert _build(root, D)[0] == 0
    code, output = _build(root, "2026-12-09")  # on time: the record comes down on its stop date
    assert code == 0 and "下次必须重新发布：2026-12-20" in output and "上线站点已超过" not in output
    summary = json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))
    assert "late_site" not in summary and summary["kinds"]["penalties"]["withheld"] == {"expired": 1}
    assert _due(root / "state", "2026-12-09 08:00")[0] == 0  # rebuilt: no longer due
    # Left alone until 2027-01-02: the repair (2026-12-20) was shown 13 days too long.
    code, output = _build(root, "2027-01-02")
    assert code == 0 and "上线站点已超过应重新发布日期 2026-12-20" in output
    late = json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))["late_site"]
    assert late == {"due": "2026-12-20", "built_as_of": "2026-12-09", "days_overdue": 13, "records": 1,
                    "max_days": 13, "record_days": 13}
    page = (root / "report" / "index.html").read_text(encoding="utf-8")
    assert "上线站点已超过应重新发布日期 2026-12-20" in page and "有 1 条记录" in page and "晚 13 天" in page


def test_lateness_counts_only_the_live_site_and_only_after_its_due_date(tmp_path: Path) -> None:
    live = {"due": "2026-12-09", "as_of": D, "out_dir": str(tmp_path / "site"),
            "schedule": {"2026-12-09": 2, "2026-12-12": 1, "2027-01-01": 5}}
    assert lateness(live, "2026-12-09", tmp_path / "site") is None  # rebuilt on the due date: on time
    assert lateness(live, "2026-12-20", tmp_path / "preview") is None  # another folder is not the live site
    late = lateness(live, "2026-12-20", tmp_path / "site")
    assert late == {"due": "2026-12-09", "built_as_of": D, "days_overdue": 11, "records": 3, "max_days": 11,
                    "record_days": 2 * 11 + 8}


def test_a_rebuild_with_nothing_changed_still_names_the_due_date(built: tuple[Path, str]) -> None:
    code, output = _build(built[0], D)
    assert code == 0 and "没有写入任何文件" in output and "下次必须重新发布：2026-12-09" in output


def test_what_changes_status_and_what_does_not(data_dir: Path) -> None:
    write_folder(data_dir, {
        "penalties": [penalty("罚〔2026〕1号", "2026-06-01", serial=1, 公示截止期="2027-01-10"),
                      penalty("罚〔2026〕2号", "2026-06-01", serial=2, 公示截止期="2027-01-10"),
                      penalty("罚〔2026〕3号", "2026-06-01", serial=3, 公示截止期="2026-12-31")],
        "licenses": [license_("许〔2026〕1号", "2026-06-01", serial=4, 有效期至="2026-12-20"),
                     license_("许〔2026〕2号", "2026-06-01", serial=5, 有效期至="2099-12-31"),
                     license_("许〔2026〕3号", "2026-06-01", serial=6, 有效期至="2026-12-10", 当前状态="无效")],
        "redlist": [listing("redlist", "红〔2026〕1号", "2026-06-01", serial=7, 有效期至="2027-02-01")],
        # A repair before the stop date moves the change earlier; one after it changes nothing more.
        "repairs": [_repair("罚〔2026〕1号", "2026-12-15"), _repair("罚〔2026〕3号", "2027-01-05"),
                    _repair("罚〔2026〕9号", "2026-12-12")],  # points at no record: no change
    })
    run = run_pipeline(data_dir, D)
    due = next_due(run.decided, D)
    assert due.date == "2026-12-15" and due.reasons == {"repaired": 1}
    assert due.schedule == {"2026-12-15": 1, "2026-12-21": 1, "2026-12-31": 1, "2027-01-10": 1, "2027-02-01": 1}
    # The repair-from date (a tier's minimum) is not a change: the page says "自 … 起" before and after.
    assert all(day != run.row("penalties", "罚〔2026〕2号")["_repair_from"] for day in due.schedule)


def test_nothing_to_expire_means_no_due_date(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", {"licenses": [license_("许〔2026〕1号", "2026-06-01", serial=4,
                                                           有效期至="2099-12-31")]})
    code, output = _build(tmp_path, D)
    assert code == 0 and "下次必须重新发布：无" in output
    code, output = _due(tmp_path / "state", "2030-01-01 08:00")
    assert code == 0 and "无需按期重新发布" in output


def test_pages_entity_json_and_datasets_carry_the_stop_dates(built: tuple[Path, str]) -> None:
    root, _ = built
    site = root / "site"
    run = run_pipeline(root / "data", D)
    entity = run.row("penalties", ENDING)["_entity"]
    page = (site / "entity" / entity / "index.html").read_text(encoding="utf-8")
    assert 'data-stop="2026-12-09"' in page and "assets/stale.js" in page
    assert '<tr data-stop="2026-12-09"' in (site / "lists" / "penalties" / "index.html").read_text(encoding="utf-8")
    document = json.loads((site / "entity" / f"{entity}.json").read_text(encoding="utf-8"))
    assert document["records"]["penalties"][0]["publication_ends"] == "2026-12-09"
    rows = list(csv.DictReader(io.StringIO((site / "data" / "penalties.csv").read_text(encoding="utf-8-sig"))))
    assert {r["行政处罚决定书文号"]: r["公示截止日期"] for r in rows}[ENDING] == "2026-12-09"
    assert 'window.CS_DUE = {"as_of": "2026-12-06"' in (site / "assets" / "due.js").read_text(encoding="utf-8")
    package = json.loads((site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    evaluations = next(r for r in package["resources"] if r["name"] == "evaluations-csv")
    assert "公示截止日期" in {f["name"] for f in evaluations["schema"]["fields"]}


def test_china_today_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", _epoch("2026-12-07 00:05"))  # 2026-12-06 16:05 UTC
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert china_today() == dt.date(2026, 12, 7)
    finally:
        monkeypatch.undo()
        time.tzset()


# -- creditsite schedule --print --------------------------------------------------------------------


def _schedule(tmp_path: Path, zone: str, *extra: str) -> dict[str, str]:
    """The printed files by name, with the machine's zone set to `zone` (paths with a space and a %)."""
    paths = {name: tmp_path / "公示 50% 站" / name for name in ("data", "site", "report", "state")}
    result = CliRunner().invoke(main, [
        "schedule", "--print", "--data", str(paths["data"]), "--out", str(paths["site"]),
        "--report", str(paths["report"]), "--state", str(paths["state"]), *extra],
        env={"TZ": zone, "SOURCE_DATE_EPOCH": _epoch("2026-12-06 12:00")})
    time.tzset()
    assert result.exit_code == 0, result.output
    files: dict[str, str] = {}
    name = ""
    for line in result.output.splitlines(keepends=True):
        if line.startswith("# ===== "):
            name = line.split()[2].rstrip(":")
            files[name] = ""
        elif name:
            files[name] += line
    return files


def test_schedule_prints_a_timer_in_beijing_time_and_a_service_with_absolute_paths(tmp_path: Path) -> None:
    files = _schedule(tmp_path, "UTC")
    timer, service = files["creditsite-rebuild.timer"], files["creditsite-rebuild.service"]
    assert "OnCalendar=*-*-* 00:10:00 Asia/Shanghai" in timer and "Persistent=true" in timer
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    words = shlex.split(exec_start[len("ExecStart="):].replace("%%", "%"))  # systemd doubles % (specifiers)
    assert words[0].startswith("/") and "build" in words
    for option, name in (("--data", "data"), ("--out", "site"), ("--report", "report"), ("--state", "state")):
        assert words[words.index(option) + 1] == str(tmp_path / "公示 50% 站" / name)
    analyze = shutil.which("systemd-analyze")
    if analyze:  # the calendar expression is valid and means 16:10 UTC
        calendar = subprocess.run([analyze, "calendar", "*-*-* 00:10:00 Asia/Shanghai"], capture_output=True,
                                  text=True, env={"TZ": "UTC", "PATH": "/usr/bin:/bin"}, check=True)
        assert "16:10:00 UTC" in calendar.stdout
        units = tmp_path / "units"
        units.mkdir()
        for name in ("creditsite-rebuild.service", "creditsite-rebuild.timer"):
            (units / name).write_text(files[name], encoding="utf-8")
        verify = subprocess.run([analyze, "verify", "--man=no", str(units / "creditsite-rebuild.timer"),
                                 str(units / "creditsite-rebuild.service")], capture_output=True, text=True)
        problems = [line for line in verify.stderr.splitlines() if "creditsite-rebuild" in line]
        assert verify.returncode == 0 and not problems, verify.stderr


@pytest.mark.parametrize(("zone", "minute_hour"), [("UTC", ("10", "16")), ("Asia/Shanghai", ("10", "0")),
                                                   ("Europe/Berlin", ("10", "17"))])
def test_schedule_cron_line_runs_at_ten_past_midnight_beijing_in_the_machine_zone(
        tmp_path: Path, zone: str, minute_hour: tuple[str, str]) -> None:
    crontab = _schedule(tmp_path, zone)["crontab"]
    lines = [line for line in crontab.splitlines() if line and not line.startswith("#")]
    assert len(lines) == 1
    fields = lines[0].split(None, 5)
    assert tuple(fields[:2]) == minute_hour and fields[2:5] == ["*", "*", "*"]
    words = shlex.split(fields[5].replace("\\%", "%"))
    for option, name in (("--data", "data"), ("--out", "site"), ("--report", "report"), ("--state", "state")):
        assert words[words.index(option) + 1] == str(tmp_path / "公示 50% 站" / name)
    assert "CRON_TZ=Asia/Shanghai" in crontab  # the alternative for cronie, said in a comment


def test_schedule_without_print_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["schedule"])
    assert result.exit_code == 2 and "--print" in result.output


def test_a_build_without_as_of_uses_today_in_china(tmp_path: Path) -> None:
    """The timer runs at 00:10 Beijing time, 16:10 UTC the day before: the rules apply as of the new day."""
    write_folder(tmp_path / "data", {"penalties": [penalty(STAYING, "2026-06-01", serial=312)]})
    result = CliRunner().invoke(main, build_args(tmp_path / "data", tmp_path / "site", tmp_path / "report",
                                                 state=tmp_path / "state", as_of=None),
                                env={"SOURCE_DATE_EPOCH": _epoch("2026-12-07 00:10"), "TZ": "UTC"})
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))["as_of"] == "2026-12-07"


def test_a_long_path_in_a_message_is_printed_whole_on_one_line(tmp_path: Path) -> None:
    """A log file or a pipe gets the message as one line: the path can be copied and searched for."""
    deep = tmp_path / ("很长的目录名" * 8) / "nowhere"
    code, output = _due(deep, "2026-12-09 08:00")
    assert code == 2
    assert any(str(deep / "due.json") in line for line in output.splitlines()), output


def test_a_pending_repair_is_the_day_its_card_and_list_row_are_hidden(built: tuple[Path, str]) -> None:
    """h22s case stale-pending-withdrawal-not-in-data-stop: a repair (or withdrawal) known at build time and
    effective later must hide the record on that day if the rebuild is missed (README "Scheduled rebuilds":
    "记录必须在公示截止日（或修复、撤销决定生效日）当天从网站撤下"), so its `data-stop` is that day; its publicity
    end (the open data's 公示截止日期, the JSON's publication_ends, the visible 公示截止) is still published."""
    root, _ = built
    site = root / "site"
    run = run_pipeline(root / "data", D)
    row = run.row("penalties", REPAIRING)
    stop, entity = row["_stop_date"], row["_entity"]
    assert stop > "2026-12-20"
    page = (site / "entity" / entity / "index.html").read_text(encoding="utf-8")
    card = page[page.rindex("<article", 0, page.index(REPAIRING)):page.index(REPAIRING)]
    assert 'data-stop="2026-12-20"' in card
    assert "公示期满本站自动撤下" in page and stop in page  # the visible end is the publicity period's
    listing_page = (site / "lists" / "penalties" / "index.html").read_text(encoding="utf-8")
    list_row = listing_page[listing_page.rindex("<tr", 0, listing_page.index(REPAIRING)):listing_page.index(REPAIRING)]
    assert 'data-stop="2026-12-20"' in list_row
    document = json.loads((site / "entity" / f"{entity}.json").read_text(encoding="utf-8"))
    assert {r["key"]: r["publication_ends"] for r in document["records"]["penalties"]}[REPAIRING] == stop
    rows = list(csv.DictReader(io.StringIO((site / "data" / "penalties.csv").read_text(encoding="utf-8-sig"))))
    assert {r["行政处罚决定书文号"]: r["公示截止日期"] for r in rows}[REPAIRING] == stop
    # a record with no pending control keeps its stop date as its data-stop
    staying = run.row("penalties", STAYING)["_stop_date"]
    at = listing_page.index(STAYING)
    assert f'data-stop="{staying}"' in listing_page[listing_page.rindex("<tr", 0, at):at]
