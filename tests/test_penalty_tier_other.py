"""A 处罚类别 written `其他-<kind>` where the kind is one of the law's is tiered as that kind (h21l, session 15:
`其他-吊销营业执照` was 一般, published one year, while `吊销营业执照` is 严重, three years; publication-rules.md:
"严重 when any 处罚类别 is 吊销许可证件 …"). The category is still published as written."""

from pathlib import Path

import pytest

from generator.contract import TIER
from tests.helpers import penalty, run_pipeline, write_folder


@pytest.mark.parametrize(("written", "tier"), [
    ("其他-吊销营业执照", "严重"), ("其他（吊销许可证）", "严重"), ("罚款;其他-责令停产停业", "严重"),
    ("吊销营业执照", "严重"),  # as before
    ("其他-责令改正", "一般"),  # not one of the law's categories: 其他, as before
    ("其他-警告", "轻微"),  # a warning however written (every category 警告 or 通报批评)
])
def test_a_named_other_category_is_tiered_as_the_category_it_names(tmp_path: Path, written: str, tier: str) -> None:
    number = "甘州市监罚〔2026〕71号"
    run = run_pipeline(write_folder(tmp_path / "data", {"penalties": [penalty(number, 处罚类别=written)]}),
                       "2026-11-27")
    frame = run.decided.frames["penalties"]
    assert len(frame) == 1, run.validated.problems
    row = frame.iloc[0]
    assert row[TIER] == tier
    assert "其他" not in written or "其他" in row["处罚类别"]  # shown as written
