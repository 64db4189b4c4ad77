"""The published views (generator/views.py) are the one source of the entity JSON and the search index.

A folder with every kind an entity page shows is built with `creditsite build`; the same records,
decided by the data stages alone, are turned into views with no page rendered: the entity JSON
files and the search index made from those views equal the built site's byte for byte, and so
does the index `write_check_indexes` makes without rendering (issue 18).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.build import write_check_indexes
from generator.cli import main
from generator.index import build_search_index
from generator.outputs import search_entries
from generator.views import batch_entities, entity_batches, entity_json, entity_summaries
from tests.helpers import AS_OF, license_, listing, make_uscc, party, penalty, run_pipeline, write_folder

AUTHORITY = "张掖市甘州区市场监督管理局"


def _folder(root: Path) -> Path:
    """Every kind an entity page treats apart: a serious-dishonesty entry, penalties by tier, a
    current and an old grade, complaints with outcomes, a lapsed licence, the registry profile."""
    firm, shop = make_uscc(301), make_uscc(302, prefix="92")
    grade = {"评价类型": "食品安全信用等级", "评价单位": AUTHORITY, "评价单位统一社会信用代码": make_uscc(900, prefix="11"),
             "有效期至": "2027-12-31"}
    complaint = {"投诉问题类型": "质量问题", "投诉内容摘要": "购买的食品过期。", "处理单位": AUTHORITY}
    return write_folder(root, {
        "penalties": [penalty("甘州市监罚〔2026〕11号", "2026-05-01", code=firm),
                      penalty("甘州市监罚〔2026〕12号", "2026-05-02", code=firm, 处罚类别="吊销许可证件",
                              处罚内容="吊销食品经营许可证"),
                      penalty("甘州市监罚〔2026〕13号", "2026-05-03", name="甘州区民乐修理部", category="个体工商户",
                              code=shop, 法定代表人="王小明")],
        "blacklist": [listing("blacklist", "甘人社列〔2026〕1号", "2026-04-01", code=firm)],
        "licenses": [license_("甘州市监许〔2026〕21号", code=firm),
                     license_("甘州市监许〔2020〕22号", "2020-06-01", code=shop, name="甘州区民乐修理部",
                              category="个体工商户", 有效期至="2026-01-31", 许可编号="JY1620702000022")],
        "evaluations": [{**party(code=firm), **grade, "评价结果": "B", "评价编号": "PJ-2025-1", "评价日期": "2025-03-01"},
                        {**party(code=firm), **grade, "评价结果": "A", "评价编号": "PJ-2026-1", "评价日期": "2026-03-01"}],
        "complaints": [{**party(code=firm), **complaint, "投诉编号": "TS-2026-1", "投诉日期": "2026-05-10",
                        "处理结果": "调解成功", "处理日期": "2026-05-20"},
                       {**party(code=firm), **complaint, "投诉编号": "TS-2026-2", "投诉日期": "2026-05-11",
                        "处理结果": "", "处理日期": "2026-05-21"}],
        "entities": [{"统一社会信用代码": firm, "主体名称": "张掖市丹霞商贸有限公司", "主体类型": "有限责任公司",
                      "法定代表人": "李四", "成立日期": "2015-03-01", "登记机关": AUTHORITY,
                      "住所": "甘肃省张掖市甘州区县府街1号", "经营范围": "食品销售", "登记状态": "存续"}],
    })


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("views")
    data = _folder(root / "data")
    result = CliRunner().invoke(main, ["build", "--data", str(data), "--out", str(root / "site"), "--report",
                                       str(root / "report"), "--state", str(root / "state"),
                                       "--as-of", AS_OF.isoformat()])
    assert result.exit_code == 0, result.output
    return data, root / "site"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_entity_json_is_the_entity_view(site: tuple[Path, Path]) -> None:
    data, built = site
    decided = run_pipeline(data, AS_OF).decided
    documents = {}
    for codes, rows, _ in entity_batches(decided):
        for entity in batch_entities(codes, rows):
            entity["updated"] = AS_OF.isoformat()  # a first build: every page changed today
            documents[f"{entity['code']}.json"] = entity_json(entity)
    assert len(documents) >= 2
    assert documents == {p.name: p.read_bytes() for p in (built / "entity").glob("*.json")}
    # the view carries what the page shows apart: the serious-dishonesty entry, tiers, the current grade
    firm = (built / "entity" / f"{make_uscc(301)}.json").read_text(encoding="utf-8")
    assert '"current":true' in firm and '"current":false' in firm and '"tier":"严重"' in firm


def test_the_search_index_is_built_from_the_views_without_rendering(site: tuple[Path, Path],
                                                                     tmp_path: Path) -> None:
    data, built = site
    summaries = entity_summaries(run_pipeline(data, AS_OF).decided)
    firm = next(s for s in summaries if s["code"] == make_uscc(301))
    assert firm["summary"].startswith("严重失信主体名单 · ") and "食品安全信用等级 A" in firm["summary"]
    build_search_index(search_entries(summaries), tmp_path / "search")
    expected = {p: b for p, b in _files(built / "search").items() if p != "index.html"}  # the search page
    assert _files(tmp_path / "search") == expected
    # and through the public entry point that writes the indexes without a site
    write_check_indexes(data, AS_OF, tmp_path / "indexes")
    assert _files(tmp_path / "indexes" / "search") == expected
