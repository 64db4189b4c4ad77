"""A decision number typed in traditional characters finds its entity (h21s, session 15).

README (For journalists): "Search forgives: when a query finds nothing, traditional characters are read as
simplified". A number copied from a Taiwan or Hong Kong keyboard, or read from a scan by a traditional OCR, has
罰, 決, 號 where the published number has 罚, 决, 号: the table forgive() reads (search/t2s.json) holds the characters
of the numbers as well as of the names, and the page's search.js reads it as the Python mirror does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.index import SearchEntry, build_search_index, forgive_local, search_local
from tests.test_index import FORGIVE_RUNNER_JS, SEARCH_RUNNER_JS, needs_node, run_node

NUMBER = "甘州消行罚决字〔2026〕0013号"  # the shape of a fire-service penalty of the bundled sample
ENTRIES = [
    SearchEntry("entity/91620702MA136WM60C/", "张掖市创绿宾馆有限公司", "91620702MA136WM60C", "1 条行政处罚", (NUMBER,)),
    SearchEntry("entity/91620702MA136WM71D/", "张掖市丹霞商贸有限公司", "91620702MA136WM71D", "1 条行政许可",
                ("甘州市监许〔2026〕7号",)),
]
# The number with every traditional form, with one, and with another (hanziconv's tables, CUHK character lists).
TRADITIONAL = ["甘州消行罰決字〔2026〕0013號", "甘州消行罚決字〔2026〕0013号", "甘州消行罚决字〔2026〕0013號",
               "甘州消行罰決字[2026]0013號"]


@pytest.fixture()
def index_dir(tmp_path: Path) -> Path:
    out = tmp_path / "search"
    build_search_index(ENTRIES, out, shard_count=3)
    return out


def test_the_table_holds_the_characters_of_decision_numbers(index_dir: Path) -> None:
    table = json.loads((index_dir / "t2s.json").read_text(encoding="utf-8"))
    assert (table["決"], table["號"], table["罰"]) == ("决", "号", "罚")
    assert table["許"] == "许"  # 甘州市监许: a key's character that no name holds
    assert "龍" not in table  # still only characters the site's names and numbers use


@pytest.mark.parametrize("query", TRADITIONAL)
def test_a_decision_number_in_traditional_characters_finds_its_entity(index_dir: Path, query: str) -> None:
    assert search_local(index_dir, query)["results"] == []  # the strict search fails ...
    found = forgive_local(index_dir, query)
    assert found["how"] == "t2s"  # ... and the forgiving one reads it as simplified
    assert [r["title"] for r in found["results"]] == ["张掖市创绿宾馆有限公司"]
    assert forgive_local(index_dir, "甘州市監許〔2026〕7號")["results"][0]["title"] == "张掖市丹霞商贸有限公司"


@needs_node
def test_search_js_reads_traditional_numbers_as_the_python_mirror_does(index_dir: Path) -> None:
    queries = [*TRADITIONAL, NUMBER, "甘州市監許〔2026〕7號", "甘州消行罰決字〔2026〕0099號"]
    payload = {"base": str(index_dir) + "/", "queries": queries, "limits": [5]}
    js = run_node(FORGIVE_RUNNER_JS, payload)
    py = [{k: v for k, v in forgive_local(index_dir, q, 5).items() if k != "bytes"} for q in queries]
    assert js == py
    assert [r["title"] for r in js[0]["results"]] == ["张掖市创绿宾馆有限公司"]
    strict_js = run_node(SEARCH_RUNNER_JS, payload)
    strict_py = [{k: v for k, v in search_local(index_dir, q, 5).items() if k != "bytes"} for q in queries]
    assert [r["results"] for r in strict_js] == [r["results"] for r in strict_py]
