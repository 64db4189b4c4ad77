"""`find_person_names` and `carried_given_name_spans` on the shapes of an outsider's session-13 pass (h19o:
/work/notes/h19o.md, one case folder each, named in each test): where a person is named by the text's structure — a list
after …名单：, a guarantee, a JSON key, a markup tag, a Markdown link, a code's bracketed note — rather than by a role word
the rules knew, often with a rare or compound surname the recogniser never reads alone. Each shape is tested both ways:
the name's span is found AND the words beside it (a trade, an organisation, an adverb) are not. The masking through
the data stages and every output is tests/test_privacy_adv14.py and tests/hostile/corpus_adv14_people.py.
"""

from __future__ import annotations

import pytest

from generator.person_names import carried_given_name_spans, find_person_names


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in find_person_names(text)]


# L3_name_lists / L9_commitment_type_note: 家政员名单：蒯秀兰、隗春花、厍志刚; 由段干木生担保; 其他-由庹建华担保.
@pytest.mark.parametrize(("text", "names"), [
    ("家政员名单：蒯秀兰、隗春花、厍志刚", ["蒯秀兰", "隗春花", "厍志刚"]),
    ("从业人员名单：谷梁秀英、谷梁春花。", ["谷梁秀英", "谷梁春花"]),
    ("由段干木生担保", ["段干木生"]),
    ("其他-由庹建华担保", ["庹建华"]),
    ("经营范围名单：食品销售、餐饮服务", []),
    ("由甘州区担保中心担保", []),
])
def test_lists_and_guarantors(text: str, names: list[str]) -> None:
    assert _names(text) == names


# L1_json_names / L2_markup_names: the key or the tag names the role; a link's text is a person-shaped name.
@pytest.mark.parametrize(("text", "names"), [
    ('{"举报人":"戚凤英","电话":"x"}', ["戚凤英"]),
    ('{"complainant": "Qiu Haiyan"}', ["Qiu Haiyan"]),
    ("<举报人>殳桂芝</举报人>", ["殳桂芝"]),
    ("[鲁振华](https://weibo.com/u/1)在微博反映", ["鲁振华"]),
    ('{"name":"张掖市甘州区鼎盛贸易有限公司"}', []),
    ("[张掖市](https://www.zhangye.gov.cn)", []),
])
def test_typed_structures_and_markup(text: str, names: list[str]) -> None:
    assert _names(text) == names


# L10_report_code_cell_name: 已核验（核验人酆国强） (酆 read 丰 by the tagger's table, 国强 tagged a noun), 一般（郏秀梅）.
@pytest.mark.parametrize(("text", "names"), [
    ("已核验（核验人酆国强）", ["酆国强"]),
    ("一般（郏秀梅）", ["郏秀梅"]),
    ("一般（简易）", []),
])
def test_a_code_cells_note(text: str, names: list[str]) -> None:
    assert _names(text) == names


# O7_split_name_eats_char: 明辉已撤诉 read 明辉已 as a name; 张某先到店 (a name hidden already) stays.
@pytest.mark.parametrize(("text", "names"), [("明辉已撤诉。", ["明辉"]), ("张某先到店后离开。", [])])
def test_a_name_before_an_adverb_ends_before_it(text: str, names: list[str]) -> None:
    assert _names(text) == names


# L11_given_name_elsewhere: 佳怡再次来电反映 after 举报人沈佳怡 in another record; a given name that is a word (国庆)
# only before what a person says.
def test_a_carried_given_name() -> None:
    assert carried_given_name_spans("佳怡再次来电反映当事人仍在销售。", ["沈佳怡"]) == [(0, 2)]
    assert carried_given_name_spans("欣妍要求对其信息保密。", ["宗欣妍"]) == [(0, 2)]
    assert carried_given_name_spans("国庆节期间当事人销售过期月饼。", ["王国庆"]) == []
    assert carried_given_name_spans("甘州区佳怡商贸有限公司", ["沈佳怡"]) == []
