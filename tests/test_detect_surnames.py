"""The detector and the name finder read one list of compound surnames (the 《百家姓》's, declared in
generator.detect). Until round 15 the detector kept its own 13: a column header such as 颛孙子涵电话 (the
person whose phone the column holds, quoted by the staff report as the unknown column's name) kept the name
whole, because 颛 is no single surname and 颛孙 was not in the detector's list."""

import pytest

from generator import detect
from generator.person_names import find_person_names

# Compound surnames whose first character is not a common single surname: only the compound list finds them.
ONLY_AS_COMPOUND = ["颛孙", "闾丘", "漆雕", "壤驷", "澹台", "亓官", "羊舌", "梁丘", "巫马", "夹谷"]


@pytest.mark.parametrize("surname", ONLY_AS_COMPOUND)
def test_a_header_naming_a_person_with_a_compound_surname_is_masked(surname: str) -> None:
    header = f"{surname}子涵电话"
    masked = detect.mask_cell(header)
    assert f"{surname}子涵" not in masked
    assert masked.endswith("电话")  # the column's word stays: the clerk must still see which column it was


@pytest.mark.parametrize("surname", ONLY_AS_COMPOUND)
def test_the_name_finder_and_the_detector_agree_on_compound_surnames(surname: str) -> None:
    text = f"经查，当事人雇佣{surname}浩然从事加工。"
    assert any(text[s:e].startswith(surname) for s, e in find_person_names(text))
    assert detect.starts_with_surname(f"{surname}浩然")


@pytest.mark.parametrize("text", ["抽检第五批次产品不合格", "当事人第五次违法", "举报人第五次投诉", "百里香电话",
                                  "当事人东方红商店"])
def test_words_that_open_with_a_compound_surname_stay(text: str) -> None:
    # 第五, 百里 and 东方 are compound surnames and ordinary words (the fifth, thyme, a shop's name).
    assert detect.mask_cell(text) == text
