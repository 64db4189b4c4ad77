"""Nothing lost: whatever the rows hold, every one ends published, withheld or rejected."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.report import check_sums
from generator.schema import KINDS
from tests.conftest import license_, listing, make_ric, penalty, run_pipeline, write_csv

JUNK = st.one_of(
    st.just(""), st.just(" "), st.just("2026-13-45"), st.just("20261301"), st.just("-1"), st.just("abc"),
    st.just("=cmd|' /C calc'!A0"), st.just("<script>x</script>"), st.just("自然人"), st.just("00000000000000000X"),
    st.just(make_ric("20120101")), st.text(max_size=30),
    st.dates().map(lambda d: d.isoformat()),
)


@st.composite
def damaged_rows(draw: st.DrawFn, builder, count: int) -> list[dict[str, str]]:
    rows = []
    for i in range(count):
        row = builder(i)
        for column in draw(st.lists(st.sampled_from(sorted(row)), max_size=4, unique=True)):
            row[column] = draw(JUNK)
        rows.append(row)
    return rows


def _penalty(i: int) -> dict[str, str]:
    return penalty(f"P{i}", f"2026-0{1 + i % 9}-01", serial=300 + i)


def _license(i: int) -> dict[str, str]:
    return license_(f"L{i}", f"2025-0{1 + i % 9}-01", serial=400 + i)


def _blacklist(i: int) -> dict[str, str]:
    return listing("blacklist", f"B{i}", f"202{3 + i % 4}-02-01", serial=500 + i)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(penalties=damaged_rows(_penalty, 6), licenses=damaged_rows(_license, 4), blacklist=damaged_rows(_blacklist, 3),
       repairs=st.lists(st.fixed_dictionaries({
           "信息类别": st.sampled_from(["行政处罚", "严重失信主体名单", "其他", "乱写"]),
           "原决定文书号": st.sampled_from(["P0", "P1", "B0", "X9", ""]),
           "修复方式": st.sampled_from(["终止公示", "移出名单", ""]),
           "修复决定日期": st.sampled_from(["2026-01-01", "2027-01-01", "bad"]),
           "修复决定机关": st.just("甘州区发展和改革局")}), max_size=4))
def test_read_equals_published_plus_withheld_plus_rejected(penalties, licenses, blacklist, repairs) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        write_csv(data / "penalties" / "p.csv", penalties)
        write_csv(data / "licenses" / "l.csv", licenses)
        write_csv(data / "blacklist" / "b.csv", blacklist)
        if repairs:
            write_csv(data / "repairs" / "r.csv", repairs)
        run = run_pipeline(data, "2026-11-27")
    assert check_sums(run.summary) == []
    kinds = run.summary["kinds"]
    assert kinds["penalties"]["read"] == len(penalties)
    assert kinds["licenses"]["read"] == len(licenses)
    assert kinds["blacklist"]["read"] == len(blacklist)
    assert kinds["repairs"]["read"] == len(repairs)
    assert set(kinds) == set(KINDS)
