"""`find_person_names` on the over-masks left at the end of session 13 (its closing note, "Left"): a surname alone after a
role word, then the party's act (当事人王经营 read as 王经营 and masked 王**), and a finding's subject followed by an
adverb (经查，王伟已离开 read as 王伟已, masking 已). Each both ways: the act or adverb stays, the name beside it is found.
"""

from __future__ import annotations

import pytest

from generator.deidentify import scrub_text
from generator.person_names import find_person_names


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in find_person_names(text)]


@pytest.mark.parametrize(("text", "names"), [
    ("当事人王经营的超市销售过期食品。", []),
    ("当事人李销售过期食品。", []),
    ("消费者李经营反映", []),
    # a given name that is a verb of the dictionary is still a name (王建设, 王建国): only the acts no one is named
    ("当事人王建设经营超市。", ["王建设"]),
    ("当事人王建国销售过期食品。", ["王建国"]),
])
def test_a_surname_alone_then_the_act(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("经查，王伟已离开现场。", ["王伟"]),
    ("经查，张伟曾离开现场。", ["张伟"]),
    ("王伟已离开现场。", ["王伟"]),
    ("经查，李明亮已离开现场。", ["李明亮"]),
])
def test_a_findings_subject_then_an_adverb(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_the_adverb_stays_in_the_scrubbed_text() -> None:
    out = scrub_text("经查，王伟已离开现场，当事人王经营的超市被责令整改。")
    assert "王伟" not in out and "已离开现场" in out and "当事人王经营的超市" in out
