"""Names of people in free text (issue 16): found as whole names, never inside public names."""

from __future__ import annotations

import pytest

from generator.person_names import find_person_names, mask_person_names


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("消费者李秀英投诉张掖华强商贸有限公司销售过期食品", "消费者李**投诉张掖华强商贸有限公司销售过期食品"),
        ("当事人王建国在甘州区南街经营烧烤店", "当事人王**在甘州区南街经营烧烤店"),
        ("经查，员工刘小红未取得健康证明", "经查，员工刘**未取得健康证明"),
        ("经与其妻子马桂兰核实", "经与其妻子马**核实"),
        ("法定代表人：欧阳小明", "法定代表人：欧***"),
        ("李秀英女士于3月购买", "李**女士于3月购买"),
    ],
)
def test_names_after_role_words_and_before_titles_are_masked(text: str, masked: str) -> None:
    assert mask_person_names(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "张某某于2026年3月5日在临泽县沙河镇销售",
        "王府井百货张掖店销售的蒙牛牛奶",
        "依据《中华人民共和国食品安全法》第一百二十四条",
        "高台县市场监督管理局",
        "深圳华强北商业街",
        "当事人张掖华强商贸有限公司",
        "投诉人陈女士反映",
    ],
)
def test_public_names_and_anonymised_names_are_left_alone(text: str) -> None:
    assert find_person_names(text) == []
    assert mask_person_names(text) == text


def test_text_without_a_surname_returns_at_once() -> None:
    assert find_person_names("") == []
    assert find_person_names("GB 2760-2014 2026-05-18 1,250,000元") == []
