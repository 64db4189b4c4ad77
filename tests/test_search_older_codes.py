"""The site's search finds an entity by the codes it was known by before its 统一社会信用代码: the 工商注册号 its
records published, and the 组织机构代码 inside its credit code (GB 32100-2015 4.1: characters 9-17). A clerk or a
reader with an old licence or contract types those (h20s S11; `creditsite check` reads them the same way)."""

from pathlib import Path

from generator.index import search_local
from tests.helpers import make_uscc, penalty, run_build, write_folder

REG_NO = "620702600012345"  # a 15-digit 工商注册号 (GB/T 20003: region, then a serial; synthetic)


def _site(tmp_path: Path, **party: str) -> Path:
    data = write_folder(tmp_path / "data", {"penalties": [penalty(name="张掖市甘泉商贸有限公司", **party)]})
    code, output = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state")
    assert code == 0, output
    return tmp_path / "site"


def _found(site: Path, query: str) -> list[str]:
    return [hit["code"] for hit in search_local(site / "search", query)["results"]]


def test_an_entity_is_found_by_its_registration_number(tmp_path: Path) -> None:
    uscc = make_uscc(7)
    site = _site(tmp_path, code=uscc, 工商注册号=REG_NO)
    assert _found(site, REG_NO) == [uscc]
    assert _found(site, REG_NO[:8]) == [uscc]  # typed in part: the forward table's prefix lookup
    assert _found(site, uscc) == [uscc]  # its own code, as before


def test_an_entity_is_found_by_the_organisation_code_in_its_credit_code(tmp_path: Path) -> None:
    uscc = make_uscc(8)
    site = _site(tmp_path, code=uscc)
    assert _found(site, uscc[8:17]) == [uscc]
    assert _found(site, uscc[8:17].lower()) == [uscc]


def test_an_entity_without_older_codes_is_found_by_nothing_else(tmp_path: Path) -> None:
    uscc = make_uscc(9)
    site = _site(tmp_path, code=uscc)
    assert _found(site, REG_NO) == []
