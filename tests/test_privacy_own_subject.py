"""A natural person's own name that is also an ordinary word (高峰, 文明) or a dictionary entry (马建国), written as the
subject of their own record's text — the shape court lists of 失信被执行人 publish: "马建国（身份证号已省略）有履行能力而
拒不履行…", "高峰，男，有履行能力而拒不履行…" (the court's words are 最高人民法院关于公布失信被执行人名单信息的若干规定
第一条). privacy.md: the party's own full name in free text is masked. An outsider (h22e, session 16: case
person-name-in-reason) found both published in full; the same word in another sense stays.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.deidentify import scrub_text
from generator.scan import decoded_text
from tests.helpers import listing, make_id, write_csv

COURT = "张掖市甘州区人民法院"
REASON = "有履行能力而拒不履行生效法律文书确定义务"


def _person_on_list(no: int, name: str, reason: str) -> dict[str, str]:
    return listing("blacklist", f"（2026）甘0702执{no}号", "2026-03-01", 行政相对人名称=name, 行政相对人类别="自然人",
                   统一社会信用代码="", 证件类型="身份证", 证件号码=make_id("19800101", no), 名单名称="失信被执行人名单",
                   列入原因=reason, 有效期至="2028-03-01")


def test_a_person_opening_their_own_lists_reason_is_masked_everywhere_and_the_list_number_kept(tmp_path: Path) -> None:
    write_csv(tmp_path / "data" / "blacklist" / "sxbzxr.csv", [
        _person_on_list(123, "马建国", f"马建国（身份证号已省略）{REASON}"),
        _person_on_list(125, "高峰", f"高峰，男，{REASON}"),
        _person_on_list(126, "文明", f"文明{REASON}。"),  # (a bare name before the court's words)
    ])
    build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report", dt.date(2026, 12, 7),
                            state_dir=tmp_path / "state"))
    files = [p for p in (tmp_path / "site").rglob("*") if p.is_file() and "assets" not in p.parts]
    site = "\n".join(decoded_text(p.read_bytes()) for p in files)
    for name in ("马建国", "高峰", "文明有履行"):
        assert name not in site
    for no in (123, 125, 126):
        assert f"（2026）甘0702执{no}号" in site or f"(2026)甘0702执{no}号" in site
    assert REASON in site  # the court's words stay


@pytest.mark.parametrize(("text", "name"), [
    ("早高峰时段拒不停车接受检查", "高峰"),  # the word, not at the start
    ("高峰时段拒不停车接受检查", "高峰"),  # the word opening the text, no cue after it
    ("违反文明经营承诺", "文明"),
])
def test_the_same_word_in_another_sense_stays(text: str, name: str) -> None:
    assert scrub_text(text, names=(name,)) == text
