"""A date after 先生于 / 学生于 / 医生于 / 发生于 / 产生于 / 诞生于 is the day of an act or an event, not a birth date (goes with
/work/notes/h15p/born-after-title.patch; the corpus text tests/corpus/names_labelled.jsonl template 54:
消费者沈先生于2024年10月16日在张掖市梁氏汽车修理厂消费2799元 — main masked the date). Both ways: the public date kept, a birth
date after 生于 / 出生于 still masked."""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text


@pytest.mark.parametrize("text", [
    "消费者沈先生于2026年3月5日在张掖市梁氏汽车修理厂消费2799元。",
    "该事故发生于2026年3月5日。",
    "该校学生于2026年3月5日在店内就餐后腹泻。",
    "坐诊医生于2026年3月5日离开。",
    "该品牌诞生于2010年3月。",
])
def test_the_day_after_a_title_or_an_event_is_public(text: str) -> None:
    assert scrub_text(text) == text
    assert scrub_text(text, person=True) == text


@pytest.mark.parametrize(("text", "masked"), [
    ("当事人王某，男，生于1980年5月6日。", "当事人王某，男，生于[已隐去]。"),
    ("其生于1980年5月6日。", "其生于[已隐去]。"),
    ("当事人张某，生于1975年，现住甘州区。", "当事人张某，生于[已隐去]，现住甘州区。"),
    ("沈先生生于1980年5月6日。", "沈先生生于[已隐去]。"),
    ("员工王某，出生于2010年3月5日。", "员工王某，出生于[已隐去]。"),
])
def test_a_birth_date_is_still_masked(text: str, masked: str) -> None:
    assert scrub_text(text) == masked
