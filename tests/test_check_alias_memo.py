"""The check index's older codes read through the state's memo of the leak detector's answers
(generator/check.py `AliasMemo`): an update runs the detector on the numbers it has not seen only, and the
index holds the same older codes as without the memo — a registration number published, a number that
reads as a person's (a mobile, an ID number) never."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import generator.check as check
from generator.check import AliasMemo, check_aliases
from generator.contract import ENTITY, ORG_CODE_FIELD, PARTY_CATEGORY_FIELD, PUBLISHED, REG_NO_FIELD, STATUS, Decided

COMPANY, SHOP, OTHER, NEW = "91620702MA7XQ1B5X8", "92620702MA7XQ1B5X1", "91620702MA7XQ1B6X2", "91620702MA7XQ1B7X4"
REG_NO = "620702600012345"  # a 15-digit 工商注册号 (GB 15-digit registration number), published beside the code
MOBILE = "13912345678"  # typed into the 工商注册号 cell: reads as a mobile number
PERSON_ID = "620702198508150013"  # an 18-digit 身份证号 (GB 11643) typed there


def _decided(rows: list[tuple[str, str, str]]) -> tuple[Decided, dict[str, list[str]]]:
    frame = pd.DataFrame({ENTITY: [r[0] for r in rows], PARTY_CATEGORY_FIELD: [r[1] for r in rows],
                          REG_NO_FIELD: [r[2] for r in rows], ORG_CODE_FIELD: [""] * len(rows),
                          STATUS: [PUBLISHED] * len(rows)})
    return Decided({"entities": frame}, {}), {code: ["名称"] for code in frame[ENTITY]}


ROWS = [(COMPANY, "法人及非法人组织", REG_NO), (SHOP, "个体工商户", MOBILE), (OTHER, "法人及非法人组织", PERSON_ID)]


def test_the_older_codes_are_the_same_read_from_the_last_builds_memo(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    decided, facts = _decided(ROWS)
    without = check_aliases(decided, facts)
    assert without == {REG_NO: [COMPANY]}  # the registration number is published; the mobile and the ID are not
    (tmp_path / "scrub").mkdir()
    path = tmp_path / "scrub" / "aliases-abc.parquet"
    (tmp_path / "scrub" / "aliases-older.parquet").write_bytes(b"of another code version")
    first = AliasMemo(path, b"k" * 32)
    assert check_aliases(decided, facts, first) == without
    first.save()
    assert [p.name for p in (tmp_path / "scrub").iterdir()] == ["aliases-abc.parquet"]
    stored = path.read_bytes()
    assert not any(number.encode() in stored for number in (REG_NO, MOBILE, PERSON_ID))  # digests only

    asked: list[str] = []
    detector = check._reads_as_personal
    monkeypatch.setattr(check, "_reads_as_personal", lambda code: asked.append(code) or detector(code))
    again = AliasMemo(path, b"k" * 32)
    assert check_aliases(decided, facts, again) == without and asked == []  # every number read from the memo
    modified = path.stat().st_mtime_ns
    again.save()
    assert path.stat().st_mtime_ns == modified  # the same entries: the file is not written again

    # An update with one entity more: the detector reads its number only, and the next memo keeps both.
    new_number = "620702600054321"
    decided, facts = _decided([*ROWS, (NEW, "法人及非法人组织", new_number)])
    update = AliasMemo(path, b"k" * 32)
    assert check_aliases(decided, facts, update) == {REG_NO: [COMPANY], new_number: [NEW]} and asked == [new_number]
    update.save()
    assert len(AliasMemo(path, b"k" * 32).known) == 4

    other_key = AliasMemo(path, b"x" * 32)  # another state's key: nothing matches, the detector reads every number
    asked.clear()
    assert check_aliases(decided, facts, other_key) == {REG_NO: [COMPANY], new_number: [NEW]}
    assert sorted(asked) == sorted([REG_NO, MOBILE, PERSON_ID, new_number])


def test_a_damaged_memo_is_an_empty_one(tmp_path: Path) -> None:
    path = tmp_path / "aliases-abc.parquet"
    path.write_bytes(b"not parquet")
    decided, facts = _decided(ROWS)
    memo = AliasMemo(path, b"k" * 32)
    assert memo.known == {} and check_aliases(decided, facts, memo) == {REG_NO: [COMPANY]}
    memo.save()
    assert len(AliasMemo(path, b"k" * 32).known) == 3
