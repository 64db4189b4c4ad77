"""A credit grade is public and current through its 有效期至 day and withheld from the day after.

Rule (/work/shared/spec/publication-rules.md, "Other kinds"): "evaluations: the latest valid grade per
entity and type is the current one ... A grade **past** 有效期至 is withheld as `expired`" — past the day,
the words that make a licence 已失效 only from the day after its 有效期至. (Redlist and blacklist entries,
"published until 有效期至", still stop on that day: tests/test_rules.py.) Found by the outsider h21l
(session 15, case evaluation-withheld-on-valid-until-day): a grade was withheld on its 有效期至, and the
older grade was shown as current that day.

Each build is made as staff make it (`creditsite build`, one state, one build a day) on the day before,
the day of and the day after 有效期至, and read where readers and monitoring read it: the open dataset,
the entity JSON (`publication_ends`), summary.json and `creditsite due`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from typing import Any

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.helpers import build_args, make_uscc, party, write_folder

VALID_UNTIL = "2027-03-31"  # the grades' last valid day (a Wednesday)
DAY_BEFORE, DAY_AFTER = "2027-03-30", "2027-04-01"
ALONE = make_uscc(701)  # one grade only
PAIR = make_uscc(702)  # a newer grade ending on VALID_UNTIL and an older one valid a year longer
GRADE = {"评价类型": "企业信用风险分类", "评价单位": "甘州区市场监督管理局"}


def _grade(code: str, no: str, result: str, date: str, until: str) -> dict[str, str]:
    return {**party(name=f"张掖市评价{no}有限公司", code=code), **GRADE, "评价结果": result, "评价编号": no,
            "评价日期": date, "有效期至": until}


def _epoch(day: str) -> str:
    """SOURCE_DATE_EPOCH of `day` 08:00 in Beijing (for `creditsite due`)."""
    moment = dt.datetime.fromisoformat(f"{day} 08:00").replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return str(int(moment.timestamp()))


@pytest.fixture(scope="module")
def days(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """What each day's build published: dataset rows by 评价编号, entity JSON records, summary, `due` output."""
    root = tmp_path_factory.mktemp("grades")
    write_folder(root / "data", {"evaluations": [
        _grade(ALONE, "E-ALONE", "A", "2026-03-31", VALID_UNTIL),
        _grade(PAIR, "E-NEW", "A", "2026-04-01", VALID_UNTIL),
        _grade(PAIR, "E-OLD", "C", "2025-04-01", "2028-03-31"),
    ]})
    seen: dict[str, dict[str, Any]] = {}
    for day in (DAY_BEFORE, VALID_UNTIL, DAY_AFTER):
        # Monitoring on the morning of `day`, before that day's rebuild: is yesterday's build still right?
        waiting = CliRunner().invoke(main, ["due", "--state", str(root / "state")], env={"SOURCE_DATE_EPOCH": _epoch(day)})
        result = CliRunner().invoke(main, build_args(root / "data", root / "site", root / "report", "--allow-date",
                                                     state=root / "state", as_of=day))
        assert result.exit_code == 0, result.output
        site = root / "site"
        with (site / "data" / "evaluations.csv").open(encoding="utf-8-sig") as f:
            rows = {r["评价编号"]: r for r in csv.DictReader(f)}
        entities = {code: json.loads((site / "entity" / f"{code}.json").read_text(encoding="utf-8"))
                    for code in (ALONE, PAIR) if (site / "entity" / f"{code}.json").is_file()}
        due = CliRunner().invoke(main, ["due", "--state", str(root / "state")], env={"SOURCE_DATE_EPOCH": _epoch(day)})
        seen[day] = {"rows": rows, "entities": entities, "due": due, "waiting": waiting,
                     "summary": json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))}
    return seen


def _entity_grades(seen: dict[str, Any], code: str) -> dict[str, dict[str, Any]]:
    entity = seen["entities"].get(code, {})
    return {r["key"]: r for r in entity.get("records", {}).get("evaluations", [])}


@pytest.mark.parametrize("day", [DAY_BEFORE, VALID_UNTIL])
def test_a_grade_is_public_and_current_through_its_valid_until_day(days: dict[str, dict[str, Any]], day: str) -> None:
    rows = days[day]["rows"]
    assert rows["E-ALONE"]["是否当前评价"] == "true"
    assert rows["E-NEW"]["是否当前评价"] == "true" and rows["E-OLD"]["是否当前评价"] == "false"  # C is history
    assert days[day]["summary"]["kinds"]["evaluations"]["withheld"] == {}
    grades = _entity_grades(days[day], PAIR)
    assert grades["E-NEW"]["current"] and not grades["E-OLD"]["current"]
    # The stop date every reader is given is the first day the grade is withheld: the day after 有效期至.
    assert rows["E-ALONE"]["公示截止日期"] == rows["E-NEW"]["公示截止日期"] == DAY_AFTER
    assert grades["E-NEW"]["publication_ends"] == _entity_grades(days[day], ALONE)["E-ALONE"]["publication_ends"] \
        == DAY_AFTER
    assert rows["E-ALONE"]["有效期至"] == VALID_UNTIL  # the reported date is published as reported


@pytest.mark.parametrize("day", [DAY_BEFORE, VALID_UNTIL])
def test_the_next_rebuild_is_due_the_day_after_valid_until(days: dict[str, dict[str, Any]], day: str) -> None:
    summary = days[day]["summary"]
    assert summary["next_due"] == DAY_AFTER and summary["next_due_reasons"] == {"expired": 2}
    due = days[day]["due"]
    assert due.exit_code == 0 and "未到期" in due.output and DAY_AFTER in due.output


def test_from_the_day_after_the_grade_is_withheld_and_the_older_one_is_current(days: dict[str, dict[str, Any]]) -> None:
    seen = days[DAY_AFTER]
    rows = seen["rows"]
    assert "E-ALONE" not in rows and "E-NEW" not in rows
    assert rows["E-OLD"]["是否当前评价"] == "true" and rows["E-OLD"]["评价结果"] == "C"
    assert seen["summary"]["kinds"]["evaluations"]["withheld"] == {"expired": 2}
    assert ALONE not in seen["entities"]  # its only record is withheld: no entity page
    grades = _entity_grades(seen, PAIR)
    assert set(grades) == {"E-OLD"} and grades["E-OLD"]["current"]
    assert grades["E-OLD"]["publication_ends"] == rows["E-OLD"]["公示截止日期"] == "2028-04-01"
    assert seen["summary"]["next_due"] == "2028-04-01"


def test_monitoring_says_the_build_must_be_redone_on_the_day_after_and_not_before(
        days: dict[str, dict[str, Any]]) -> None:
    # On 有效期至 the build of the day before is still right (the grade is still public) ...
    assert days[VALID_UNTIL]["waiting"].exit_code == 0, days[VALID_UNTIL]["waiting"].output
    # ... on the day after, the build of 有效期至 is due (it still shows the grade): `due` exits 1.
    waiting = days[DAY_AFTER]["waiting"]
    assert waiting.exit_code == 1 and "已到期" in waiting.output and DAY_AFTER in waiting.output
    # The rebuild of that day cleared it: due again when the older grade ends.
    assert days[DAY_AFTER]["due"].exit_code == 0 and "2028-04-01" in days[DAY_AFTER]["due"].output
