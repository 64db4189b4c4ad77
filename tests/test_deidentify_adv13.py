"""De-identification of the thirteenth pass, through a build (`build_site`), both ways. Values are synthetic.

- A 个体工商户 named after its operator, written in its own record's free text as a clerk types it: in traditional
  characters, with a space or an invisible character inside the name (h17p's round-13 case: the masker matched the
  business's name only as written, the leak gate read it as written otherwise, found the operator's name and stopped
  the whole publication — one row kept every other record off the site). privacy.md: 李建国烧烤店 → 李**烧烤店, the
  same on every surface.
- The party's given name alone in its own record (`经查，当事人大文在集市…` for 陈大文): the own-row step ran only where
  the surname was found, so it was published (h17p's patch).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.scan import decoded_text
from tests.helpers import AS_OF, make_id, make_uscc, penalty_row, person_penalty_row, write_csv


def _built_site(tmp_path: Path, rows: list[dict[str, str]]) -> str:
    write_csv(tmp_path / "data" / "penalties" / "p.csv", rows)
    build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report", AS_OF,
                            state_dir=tmp_path / "state"))
    return "\n".join(decoded_text(p.read_bytes()) for p in (tmp_path / "site").rglob("*") if p.is_file())


@pytest.mark.parametrize(("operator", "written", "shown"), [
    ("陈璨瑆", "陳璨瑆燒烤店於", "陈**烧烤店於"),  # traditional characters
    ("刘璨瑆", "刘 璨瑆烧烤店于", "刘**烧烤店于"),  # a space inside the name
    ("王璨瑆", "王\u200b璨瑆烧烤店于", "王**烧烤店于"),  # a zero-width space inside it
])
def test_a_business_named_after_its_operator_is_masked_however_its_record_writes_it(
        tmp_path: Path, operator: str, written: str, shown: str) -> None:
    facts = "2026年3月1日销售过期羊肉串，货值金额300元。"
    row = penalty_row(行政相对人名称=f"甘州区{operator}烧烤店", 行政相对人类别="个体工商户",
                      统一社会信用代码=make_uscc(8170102, prefix="92"), 法定代表人=operator,
                      行政处罚决定书文号="甘州市监罚〔2026〕991101号", 违法事实=f"经查，{written}{facts}")
    other = penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕991102号")  # the rest of the site is published too
    site = _built_site(tmp_path, [row, other])
    assert f"经查，{shown}{facts}" in site
    assert "璨瑆" not in site and "璨 瑆" not in site
    assert "甘州市监罚〔2026〕991101号" in site and "甘州市监罚〔2026〕991102号" in site


def test_the_partys_given_name_alone_is_masked_in_a_build_and_the_facts_kept(tmp_path: Path) -> None:
    rows = [person_penalty_row(行政相对人名称="陈大文", 证件号码=make_id("19700101", 17),
                               行政处罚决定书文号="甘州市监罚〔2026〕991001号",
                               违法事实="经查，当事人大文在集市销售过期食品，货值金额300元。"),
            person_penalty_row(行政相对人名称="刘建华", 证件号码=make_id("19700101", 18),
                               行政处罚决定书文号="甘州市监罚〔2026〕991002号",
                               违法事实="经查，建华称不知情，货值金额400元。")]
    site = _built_site(tmp_path, rows)
    assert "当事人大文" not in site and "当事人**在集市销售过期食品，货值金额300元。" in site
    assert "建华称" not in site and "**称不知情，货值金额400元。" in site


# -- An outsider's black-box pass (thirteenth session, /work/notes/h17o.md): data written as a careless clerk writes it,
# built with the CLI, every output byte read.

@pytest.mark.parametrize("category", ["法人及非法人组织", "1", "企业"])
def test_a_business_filed_as_an_organisation_over_a_92_code_has_its_operator_masked(tmp_path: Path, category: str) -> None:
    """GB 32100-2015: a credit code's first two characters 92 are 工商 and 个体工商户 — the code says what the clerk's
    category does not; privacy first (the operator's name was published on every surface)."""
    row = penalty_row(行政相对人名称="甘州区欧阳淑珍便利店", 行政相对人类别=category,
                      统一社会信用代码=make_uscc(8170201, prefix="92"), 法定代表人="欧阳淑珍",
                      行政处罚决定书文号="甘州市监罚〔2026〕991201号")
    site = _built_site(tmp_path, [row])
    assert "淑珍" not in site
    assert "甘州区欧***便利店" in site and "甘州市监罚〔2026〕991201号" in site
    issues = (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8")
    assert "party-category-from-code" in issues and "淑珍" not in issues


def test_an_organisation_over_a_91_code_keeps_its_representative(tmp_path: Path) -> None:
    row = penalty_row(行政相对人名称="甘州区欧阳商贸有限公司", 行政相对人类别="法人及非法人组织",
                      统一社会信用代码=make_uscc(8170202), 法定代表人="欧阳淑珍",
                      行政处罚决定书文号="甘州市监罚〔2026〕991202号")
    site = _built_site(tmp_path, [row])
    assert "欧阳淑珍" in site  # an organisation's 法定代表人 is public (privacy.md)


def test_the_clerks_own_words_in_a_list_of_codes_are_scrubbed(tmp_path: Path) -> None:
    """处罚类别 其他-…: the words after 其他 are the clerk's (data-contract.md), and may name a person or a home."""
    person = person_penalty_row(行政相对人名称="欧阳明辉", 证件号码=make_id("19800101", 21),
                                行政处罚决定书文号="甘州市监罚〔2026〕991301号")
    org = penalty_row(行政处罚决定书文号="甘州市监罚〔2026〕991302号",
                      处罚类别="警告;其他-查封当事人仓库（位于甘州区和平小区2号楼3单元101室欧阳明辉家中）")
    site = _built_site(tmp_path, [person, org])
    assert "明辉" not in site and "和平小区2号楼" not in site
    assert "其他-查封当事人仓库（位于" in site and "甘州市监罚〔2026〕991302号" in site
