"""Personal data an outsider (h20q, session 14: /work/notes/h20q.md) found published on main after the round-3 fixes,
and public facts it found destroyed, fixed in deidentify and person_names (h20t): a minor's age, birth or school year
written into a party's name cell in other shapes, birth dates and home tags in text, third persons' names after an age
phrase or other role words, a party's given name alone, pet names, and brands read as names. Through the public entry
points: `scrub_text` (one cell as the site publishes it), `find_person_names`, and the data stages (`run_pipeline`)
where the age rule decides a record. Each shape is tested both ways: the private value is masked (or the minor's record
withheld) AND the public fact beside it (an adult's record, the act, the law, a date, a product) is still published.

Values are synthetic; each group names the outsider's case folder its shape comes from.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.contract import KEY
from tests.helpers import make_id, make_uscc, penalty_row, person_penalty_row, run_pipeline, write_folder

AS_OF = "2026-12-07"
ID = make_id("19860412", 123)  # an adult's valid 身份证 number (GB 11643)


def _status(tmp_path: Path, row: dict[str, str]) -> str:
    """The publication status of one penalty row, as of AS_OF."""
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": [row]}), AS_OF)
    frame = run.decided.frames["penalties"]
    assert len(frame) == 1, run.validated.problems
    return run.status("penalties", str(frame.iloc[0][KEY]))


def _shop(operator: str) -> dict[str, str]:
    return penalty_row(行政相对人名称="甘州区瓛瓟小卖部", 行政相对人类别="个体工商户", 统一社会信用代码=make_uscc(91501, prefix="92"),
                       法定代表人=operator, 法定代表人证件类型="身份证", 法定代表人证件号码=ID)


# -- L5_person_name_cell_minor_shapes, L6_operator_cell_minor_shapes: the age, birth year or school year written beside
# the name in other brackets (【】), after a space, comma or slash, as a two-digit year (09年 = 2009, the century that
# puts it at or before the decision year), with an English cue, or as a guardian or a pupil below university (a 高中
# pupil too: decided, most are under 18). The decision date of these rows is 2026-03-05.

MINOR_SHAPES = ["【17岁】", " 17岁", "，17周岁", "/17岁", "（09年生）", "（〇九年生）", "（DOB 2009-04-17）", "(minor)",
                "（监护人：隗大山）", "（初中生）", "（高二学生）", "（在校学生，初三）", "【未成年】", "，2009年生", "（2009-04-17）",
                "（09年4月生）", " born 2010", "（b.2009-03-05）"]
ADULT_SHAPES = ["【40岁】", " 40岁", "，1985年生", "（85年生）", "（DOB 1985-04-17）", "（1985-04-17）", "（大学生）", "（07年生）"]


@pytest.mark.parametrize("shape", MINOR_SHAPES)
def test_a_minor_in_a_natural_persons_name_cell_withholds_the_record(tmp_path: Path, shape: str) -> None:
    assert _status(tmp_path, person_penalty_row(行政相对人名称=f"祁瓐瓑{shape}", 证件号码=ID)) == "minor"


@pytest.mark.parametrize("shape", MINOR_SHAPES)
def test_a_minor_in_an_operator_cell_withholds_the_record(tmp_path: Path, shape: str) -> None:
    assert _status(tmp_path, _shop(f"祁瓐瓑{shape}")) == "minor"


@pytest.mark.parametrize("shape", ADULT_SHAPES)
def test_an_adult_written_the_same_ways_publishes(tmp_path: Path, shape: str) -> None:
    assert _status(tmp_path / "shop", _shop(f"祁瓐瓑{shape}")) == "published"
    assert _status(tmp_path / "person", person_penalty_row(行政相对人名称=f"祁瓐瓑{shape}", 证件号码=ID)) == "published"
