"""Working days of a year the holiday package does not cover yet (2027 on chinesecalendar 1.11.0).

Rule (/work/shared/spec/publication-rules.md, "Timeliness"): licences, penalties and actions go online
"within 7 working days of the decision. Working days follow the official PRC holiday calendar". The
package holds each year's State Council schedule only once it is published; beyond it the build counted
every Monday to Friday, so 2027-01-01 (元旦) was a working day and late.csv named on-time records late
(outsider h21l, session 15, case timeliness-2027-new-year-counted-as-working-day).

Sources:
- 《全国年节及纪念日放假办法》as revised by 国务院令第798号 (in force 2025-01-01),
  https://www.gov.cn/zhengce/content/202411/content_6986380.htm — 第二条: 元旦 1 day (1月1日); 春节 4 days
  (农历除夕、正月初一至初三); 清明节 1 (农历清明当日); 劳动节 2 (5月1日、2日); 端午节 1 (农历端午当日); 中秋节 1
  (农历中秋当日); 国庆节 3 (10月1日至3日). 第六条: a holiday on a Saturday or Sunday is made up on a working day.
  (The decision's text as reproduced at https://wxredian.com/art?id=901f61a637796b34d0007e2d5ca2d25c: 第二条
  第二项、第四项 and the new 第七条 on 调休.)
- The lunar dates (除夕, 端午, 中秋) and the 清明 solar term of generator/workdays.py FESTIVAL_DATES: computed
  per GB/T 33661-2017《农历的编算和颁行》, taken from lunardate 0.3.0 and lunar-python 1.4.8 (PyPI, agreeing on
  every row); checked here against chinesecalendar 1.11.0 (the project's dependency): its 2025 and 2026
  holidays and its solar terms.
- The 2025 and 2026 schedules (国办发明电〔2024〕12号, 国办发明电〔2025〕7号,
  https://www.gov.cn/zhengce/content/202511/content_7047090.htm) as the package holds them.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import chinese_calendar
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.workdays import (
    FESTIVAL_DATES,
    add_working_days,
    calendar_estimated,
    estimated_days_off,
    is_working_day,
    statutory_holidays,
)
from tests.helpers import build_args, license_, penalty, write_folder

REVISED_YEARS_IN_PACKAGE = (2025, 2026)  # the years under the revised law whose schedule the package holds
ESTIMATED = range(2027, 2031)


def _days(year: int) -> list[dt.date]:
    start = dt.date(year, 1, 1)
    return [start + dt.timedelta(days=n) for n in range((dt.date(year + 1, 1, 1) - start).days)]


def test_the_package_covers_2026_and_not_2027() -> None:
    """The premise of the cases below (chinesecalendar 1.11.0, pinned in pyproject.toml). When a newer
    package holds 2027, move the estimated dates of these tests to its first missing year."""
    assert not calendar_estimated(2026)
    assert all(calendar_estimated(y) for y in ESTIMATED)


@pytest.mark.parametrize("year", REVISED_YEARS_IN_PACKAGE)
def test_the_declared_festival_dates_are_the_package_holidays(year: int) -> None:
    eve, qingming, duanwu, zhongqiu = (dt.date.fromisoformat(d) for d in FESTIVAL_DATES[year])
    holiday = chinese_calendar.Holiday
    assert chinese_calendar.get_holiday_detail(eve + dt.timedelta(days=1)) == (True, holiday.spring_festival.value)
    assert chinese_calendar.get_holiday_detail(eve)[0]  # 除夕: a statutory day off since 2025
    assert chinese_calendar.get_holiday_detail(qingming) == (True, holiday.tomb_sweeping_day.value)
    assert chinese_calendar.get_holiday_detail(duanwu) == (True, holiday.dragon_boat_festival.value)
    assert chinese_calendar.get_holiday_detail(zhongqiu)[0]  # 2025: inside 国庆 (the package names 国庆)


def test_the_declared_qingming_dates_are_the_solar_term() -> None:
    for year, dates in FESTIVAL_DATES.items():
        terms = chinese_calendar.get_solar_terms(dt.date(year, 4, 1), dt.date(year, 4, 10))
        assert [d.isoformat() for d, _ in terms] == [dates[1]], year


def test_every_year_of_the_table_has_its_lunar_new_year_in_january_or_february() -> None:
    for year, (eve, *_) in FESTIVAL_DATES.items():
        new_year = dt.date.fromisoformat(eve) + dt.timedelta(days=1)
        assert dt.date(year, 1, 21) <= new_year <= dt.date(year, 2, 20), year  # GB/T 33661: 正月初一 falls so
    assert set(ESTIMATED) <= set(FESTIVAL_DATES)


@pytest.mark.parametrize("year", REVISED_YEARS_IN_PACKAGE)
def test_the_estimate_gives_the_published_working_days_less_the_working_weekends(year: int) -> None:
    """The estimate, made for a year the package holds, against that year's schedule: never a working day
    the schedule does not have (a deadline is never earlier), and the only ones missing are the weekends
    the schedule made working days (调休上班), which cannot be known before it is published."""
    official = {d for d in _days(year) if chinese_calendar.is_workday(d)}
    estimated = {d for d in _days(year) if d.weekday() < 5 and d not in estimated_days_off(year)}
    assert estimated <= official
    assert sorted(official - estimated) == sorted(d for d in official if d.weekday() >= 5)
    assert len(official - estimated) >= 5  # the weekends made working days: the estimate is later there


@pytest.mark.parametrize("year", ESTIMATED)
def test_beyond_the_package_statutory_holidays_and_weekends_are_no_working_days(year: int) -> None:
    holidays = statutory_holidays(year)
    assert len(holidays) == 13 or dt.date.fromisoformat(FESTIVAL_DATES[year][3]) in \
        {dt.date(year, 10, d) for d in (1, 2, 3)}  # 第二条: 13 days (中秋 may fall on a 国庆 day)
    assert {dt.date(year, 1, 1), dt.date(year, 5, 1), dt.date(year, 5, 2), dt.date(year, 10, 3)} <= holidays
    assert not [d for d in holidays if is_working_day(d)]
    assert not [d for d in _days(year) if d.weekday() >= 5 and is_working_day(d)]
    working = [d for d in _days(year) if is_working_day(d)]
    assert 230 <= len(working) <= 250  # about the 248 of 2025 and 2026, less their working weekends


def test_2027_new_year_and_spring_festival() -> None:
    assert not is_working_day(dt.date(2027, 1, 1))  # 元旦, a Friday
    assert is_working_day(dt.date(2027, 1, 4)) and is_working_day(dt.date(2027, 2, 4))
    # 除夕 2027-02-05 (Friday) to 正月初七 2027-02-12; 初一、初二 on the weekend are made up (第六条) inside it.
    assert not [d for d in (dt.date(2027, 2, 5) + dt.timedelta(days=n) for n in range(8)) if is_working_day(d)]
    assert is_working_day(dt.date(2027, 2, 15))
    # Decided 2026-12-24: 12-25, 28, 29, 30, 31, (01-01), 01-04, 01-05.
    assert add_working_days(dt.date(2026, 12, 24), 7) == dt.date(2027, 1, 5)


def test_a_new_year_on_a_tuesday_joins_the_weekend_across_the_year_end() -> None:
    assert dt.date(2030, 1, 1).weekday() == 1
    assert not is_working_day(dt.date(2029, 12, 31)) and is_working_day(dt.date(2029, 12, 28))


# -- through the build: the staff report ---------------------------------------------------------


def _build(root: Path, as_of: str) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    result = CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", "--allow-date",
                                                 state=root / "state", as_of=as_of))
    assert result.exit_code == 0, result.output
    report = root / "report"
    with (report / "late.csv").open(encoding="utf-8-sig") as f:
        late = list(csv.DictReader(f))
    issues = [json.loads(line) for line in (report / "issues.jsonl").read_text(encoding="utf-8").splitlines()]
    return late, issues


def _decided(day: str) -> dict[str, list[dict[str, str]]]:
    return {"penalties": [penalty("甘州市监罚〔2026〕901号", day, serial=901)],
            "licenses": [license_("甘州市监许〔2026〕902号", day, serial=902)]}


def test_on_the_seventh_working_day_in_2027_a_record_is_on_time_with_one_notice(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", _decided("2026-12-24"))
    late, issues = _build(tmp_path, "2027-01-05")
    assert late == []
    notices = [i for i in issues if i["code"] == "calendar-estimated"]
    assert len(notices) == 1 and notices[0]["severity"] == "warning"
    assert "2 条记录" in str(notices[0]["message"]) and "2027 年" in str(notices[0]["message"])


def test_the_day_after_it_both_are_late_with_the_2027_deadline(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", _decided("2026-12-24"))
    late, issues = _build(tmp_path, "2027-01-06")
    assert sorted((r["kind"], r["due"]) for r in late) == [("licenses", "2027-01-05"), ("penalties", "2027-01-05")]
    assert [i["code"] for i in issues].count("calendar-estimated") == 1
    assert {r["due_estimated"] for r in late} == {"是"}  # each row says its deadline is an estimate


def test_a_late_row_in_a_published_year_is_not_marked_estimated(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", _decided("2026-11-20"))
    late, _ = _build(tmp_path, "2026-12-02")  # 7th working day 2026-12-01: late by one day, a published year
    assert [(r["kind"], r["due"], r["due_estimated"]) for r in late] == [
        ("licenses", "2026-12-01", ""), ("penalties", "2026-12-01", "")]


def test_no_notice_when_every_deadline_is_in_a_published_year(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", _decided("2026-11-20"))
    late, issues = _build(tmp_path, "2026-12-01")  # 7th working day: 2026-12-01
    assert late == [] and not [i for i in issues if i["code"] == "calendar-estimated"]


def test_no_notice_for_an_old_decision_before_the_package_years(tmp_path: Path) -> None:
    """A licence decided in 2003 (before the package's first year, 2004) is counted Monday to Friday and is
    late whatever the calendar: the notice is about schedules not yet published, not about old years."""
    write_folder(tmp_path / "data", {"licenses": [license_("甘州市监许〔2003〕7号", "2003-05-06", serial=903,
                                                           有效期自="2003-05-06", 有效期至="长期")]})
    late, issues = _build(tmp_path, "2026-12-01")
    assert [(r["key"], r["due"]) for r in late] == [("甘州市监许〔2003〕7号", "2003-05-15")]
    assert not [i for i in issues if i["code"] == "calendar-estimated"]
