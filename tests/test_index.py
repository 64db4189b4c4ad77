"""Tests for the static search index (generator/index.py) and its browser twin (assets/search.js)."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.index import (
    STRIP_RANGES,
    IndexParams,
    SearchEntry,
    _split_pages,
    bigrams,
    build_search_index,
    decode_postings,
    encode_postings,
    forgive_local,
    normalise,
    plan_query,
    search_local,
    shard_of,
    term_hash,
    write_index,
)

ROOT = Path(__file__).resolve().parents[1]
SEARCH_JS = ROOT / "site_templates" / "assets" / "search.js"
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="node is not installed")

CODE_A = "91620702MA7ABCDE1X"
CODE_B = "92620702MA7QWERT5K"

ENTRIES = [
    SearchEntry(
        f"entity/{CODE_A}/",
        "张掖市丹霞商贸有限公司",
        CODE_A,
        "2 条行政处罚 · 信用等级 A",
        ("甘州市监罚〔2026〕12号", "甘州市监罚〔2026〕7号"),
    ),
    SearchEntry(f"entity/{CODE_B}/", "甘州区祁连饭店", CODE_B, "1 条行政处罚"),
    SearchEntry("entity/620702600123456/", "甘州区丹霞小吃店", "620702600123456", "个体工商户"),
    SearchEntry("entity/91620700MA71234567/", "张掖祁连山农业科技有限公司", "91620700MA71234567", ""),
    SearchEntry("about/", "关于本站", kind="page"),
    SearchEntry("guide/", "信用修复指南", kind="page"),
]


def tree(path: Path) -> dict[str, bytes]:
    return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


def titles(result: dict[str, Any]) -> list[str]:
    return [r["title"] for r in result["results"]]


@pytest.fixture()
def index_dir(tmp_path: Path) -> Path:
    out = tmp_path / "site" / "search"
    build_search_index(ENTRIES, out, shard_count=5)
    return out


# ----------------------------------------------------------------------------- building


def test_build_writes_files_and_stats(tmp_path: Path) -> None:
    out = tmp_path / "search"
    out.mkdir()
    (out / "index.html").write_text("search page", encoding="utf-8")
    stats = build_search_index(ENTRIES, out, shard_count=5)
    files = tree(out)
    assert stats["entries"] == len(ENTRIES)
    assert stats["shards"] == 5
    assert stats["bytes"] == sum(len(v) for k, v in files.items() if k != "index.html")
    assert files["index.html"] == b"search page"  # the search page beside the index survives
    meta = json.loads(files["meta.json"])
    assert meta["version"] == 1 and meta["hash"] == "crc32"
    assert meta["docs"] == len(ENTRIES) and meta["nameShards"] == 5
    assert {f"terms/{i}.json" for i in range(5)} <= files.keys()
    assert {"docs/0.json", "keys/f.json", "keys/f/0.json", "keys/r.json", "keys/r/0.json"} <= files.keys()
    assert files["common.json"] == b"[]"  # no frequent terms in a tiny index
    # Compact UTF-8 JSON, no ASCII escapes.
    assert "张掖市丹霞商贸有限公司".encode() in files["docs/0.json"]
    assert b": " not in files["meta.json"] and b"\\u" not in files["docs/0.json"]


def test_rebuild_replaces_stale_shards(tmp_path: Path) -> None:
    out = tmp_path / "search"
    build_search_index(ENTRIES, out, shard_count=9)
    build_search_index(ENTRIES, out, shard_count=3)
    assert sorted(p.name for p in (out / "terms").iterdir()) == ["0.json", "1.json", "2.json"]


def test_shard_count_follows_size(tmp_path: Path) -> None:
    assert build_search_index(ENTRIES, tmp_path / "a")["shards"] == 1
    many = synthetic(3000)
    stats = write_index(many, tmp_path / "b", IndexParams(target_shard_bytes=4000))
    assert stats["shards"] > 5
    sizes = [p.stat().st_size for p in (tmp_path / "b" / "terms").iterdir()]
    assert max(sizes) < 4 * 4000


def test_build_is_deterministic(tmp_path: Path) -> None:
    build_search_index(ENTRIES, tmp_path / "one")
    build_search_index(list(reversed(ENTRIES)), tmp_path / "two")
    assert tree(tmp_path / "one") == tree(tmp_path / "two")
    many = synthetic(500)
    params = IndexParams(
        doc_block=8, key_block=16, target_shard_bytes=1500, big_term_bytes=150, big_page_bytes=200
    )
    write_index(many, tmp_path / "three", params)
    write_index(random.Random(1).sample(many, len(many)), tmp_path / "four", params)
    assert tree(tmp_path / "three") == tree(tmp_path / "four")


def test_duplicate_urls_are_merged(tmp_path: Path) -> None:
    extra = SearchEntry(f"entity/{CODE_A}/", "重复", CODE_A, keys=("甘州市监罚〔2026〕99号",))
    out = tmp_path / "search"
    assert build_search_index([*ENTRIES, extra], out)["entries"] == len(ENTRIES)
    assert titles(search_local(out, "甘州市监罚〔2026〕99号")) == ["张掖市丹霞商贸有限公司"]
    assert search_local(out, "重复")["results"] == []


# ----------------------------------------------------------------------------- helpers


def test_normalise_and_bigrams() -> None:
    assert normalise("  张掖市（丹霞）商贸·有限公司 ") == "张掖市丹霞商贸有限公司"
    assert normalise("ＡＢＣ１２３") == "abc123"
    assert normalise("甘州市监罚〔2026〕12号") == normalise("甘州市监罚[2026] 12 号") == "甘州市监罚202612号"
    assert normalise("二〇二六年々") == "二〇二六年々"
    assert bigrams("丹霞商贸") == ["丹霞", "霞商", "商贸"]
    assert bigrams("丹") == []


def test_postings_round_trip() -> None:
    for ids in ([], [0], [5], [0, 1, 2, 3], [31, 32, 1023, 1024, 40000, 10**6, 10**7 + 3]):
        assert decode_postings(encode_postings(ids)) == ids
    assert len(encode_postings(list(range(1000)))) == 1000  # dense lists cost one byte a posting
    rng = random.Random(2)
    ids = sorted(rng.sample(range(3_000_000), 5000))
    assert decode_postings(encode_postings(ids)) == ids
    pages = _split_pages(ids, 300)
    assert [d for page in pages for d in page] == ids
    assert all(0 < len(encode_postings(page)) <= 300 for page in pages) and len(pages) > 10


def test_plan_query() -> None:
    meta = {"maxTerms": 4, "minKeyPrefix": 4, "minSuffix": 4}
    plan = plan_query("丹霞商贸", meta)
    assert plan["substring"] == ["丹霞", "霞商", "商贸"] and plan["prefix"] == ["^丹霞", "霞商", "商贸"]
    assert plan["verify"]
    assert plan_query("丹霞有限公司", meta)["substring"] == ["丹霞", "霞有", "有限", "公司"]
    assert plan_query("丹", meta)["substring"] == ["丹"] and not plan_query("丹", meta)["verify"]
    code = plan_query(CODE_A, meta)
    assert code["fwd"] and code["rev"] and not code["name"]
    long = plan_query("张掖市丹霞商贸有限责任公司第一分公司", meta)
    assert len(long["substring"]) == 4 and long["substring"][0] == "张掖" and long["substring"][-1] == "公司"
    assert plan_query("，。", meta)["q"] == "" and not plan_query("，。", meta)["name"]
    # Knowing the frequent terms, a long query looks up only its rare bigrams.
    common = {
        "肃南",
        "南裕",
        "裕固",
        "固族",
        "族自",
        "自治",
        "治县",
        "物流",
        "流有",
        "有限",
        "限公",
        "公司",
        "^肃南",
    }
    plan = plan_query("肃南裕固族自治县德开物流有限公司", meta, common)
    assert plan["substring"] == ["县德", "德开", "开物"] and plan["prefix"] == ["县德", "德开", "开物"]
    plan = plan_query("有限公司", meta, common)  # nothing rare: spread over the query
    assert plan["substring"] == ["有限", "限公", "公司"] and plan["prefix"] == ["^有限", "限公", "公司"]


# ----------------------------------------------------------------------------- searching (Python reference)


def test_search_finds_name_fragments(index_dir: Path) -> None:
    assert titles(search_local(index_dir, "丹霞商贸")) == ["张掖市丹霞商贸有限公司"]
    assert titles(search_local(index_dir, "祁连")) == ["甘州区祁连饭店", "张掖祁连山农业科技有限公司"]
    result = search_local(index_dir, "丹")
    assert titles(result) == ["甘州区丹霞小吃店", "张掖市丹霞商贸有限公司"]  # shorter name first
    assert result["total"] == 2 and result["exact"] and not result["more"]
    assert titles(search_local(index_dir, "关于")) == ["关于本站"]


def test_search_ranks_prefix_before_substring(index_dir: Path) -> None:
    result = search_local(index_dir, "张掖")
    assert titles(result) == ["张掖市丹霞商贸有限公司", "张掖祁连山农业科技有限公司"]
    assert [r["match"] for r in result["results"]] == ["prefix", "prefix"]
    result = search_local(index_dir, "有限公司")
    assert [r["match"] for r in result["results"]] == ["name", "name"]
    result = search_local(index_dir, "甘州区")
    assert [r["match"] for r in result["results"]] == ["prefix", "prefix"]


def test_search_finds_codes_and_keys(index_dir: Path) -> None:
    result = search_local(index_dir, CODE_A)
    assert titles(result) == ["张掖市丹霞商贸有限公司"] and result["results"][0]["match"] == "key"
    assert result["results"][0]["url"] == f"entity/{CODE_A}/" and result["results"][0]["code"] == CODE_A
    assert titles(search_local(index_dir, CODE_A.lower())) == ["张掖市丹霞商贸有限公司"]
    suffix = search_local(index_dir, CODE_A[-6:])
    assert titles(suffix) == ["张掖市丹霞商贸有限公司"] and suffix["results"][0]["match"] == "suffix"
    assert titles(search_local(index_dir, "23456")) == ["甘州区丹霞小吃店"]  # registration number suffix
    for number in ("甘州市监罚〔2026〕12号", "甘州市监罚[2026]12号", "甘州市监罚（2026）12 号"):
        result = search_local(index_dir, number)
        assert titles(result) == ["张掖市丹霞商贸有限公司"] and result["results"][0]["match"] == "key"
    prefix = search_local(index_dir, "9162070")  # key prefix matches come in code order
    assert titles(prefix) == ["张掖祁连山农业科技有限公司", "张掖市丹霞商贸有限公司"]
    assert {r["match"] for r in prefix["results"]} == {"keyprefix"}


def test_search_does_not_find_what_is_not_there(index_dir: Path) -> None:
    for query in (
        "丹霞饭店",
        "兰州",
        "霞祁",
        CODE_A[:-1] + "Y",
        "XXXX1X",
        "甘州市监罚〔2026〕13号",
        "",
        "，",
    ):
        result = search_local(index_dir, query)
        assert result["results"] == [] and result["total"] == 0, query


def test_search_reads_few_files(index_dir: Path) -> None:
    fetched = search_local(index_dir, "丹霞商贸")["fetched"]
    meta = json.loads((index_dir / "meta.json").read_text(encoding="utf-8"))
    shards = {f"terms/{shard_of(t, 5)}.json" for t in ("=丹霞商贸", "^丹霞", "丹霞", "霞商", "商贸")}
    assert set(fetched) == {"meta.json", "common.json", "docs/0.json"} | shards
    assert meta["nameShards"] == 5
    assert not any(f.startswith("keys/") for f in fetched)
    assert not any(f.startswith("terms/") for f in search_local(index_dir, CODE_A)["fetched"])


# ----------------------------------------------------------------------------- larger synthetic index


REGIONS = ["张掖市", "甘州区", "临泽县", "高台县", "山丹县", "民乐县", "肃南县", ""]
WORDS = ["丹霞", "祁连", "黑河", "金张掖", "湿地", "绿洲", "七彩", "丝路", "大佛", "焉支", "润泽", "万家"]
TRADES = ["商贸", "饭店", "科技", "农业", "建材", "物流", "小吃店", "超市", "养殖", "运输"]
SUFFIXES = ["有限公司", "有限责任公司", "", "经营部", "农民专业合作社", "有限公司第一分公司"]
ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def synthetic(n: int, seed: int = 7) -> list[SearchEntry]:
    """Deterministic fake entities in the shape the real site produces."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        name = rng.choice(REGIONS) + rng.choice(WORDS) + rng.choice(WORDS[: 3 + i % 9]) + rng.choice(TRADES)
        name += rng.choice(SUFFIXES)
        code = "9162070" + "".join(rng.choice(ALNUM) for _ in range(11))
        keys = tuple(
            f"甘州市监罚〔{2020 + rng.randrange(7)}〕{rng.randrange(1, 500)}号" for _ in range(i % 3)
        )
        out.append(SearchEntry(f"entity/{code}/", name, code, f"{i % 4} 条行政处罚", keys))
    out.append(SearchEntry("about/", "关于本站", kind="page"))
    return out


SMALL = IndexParams(
    doc_block=8, key_block=16, target_shard_bytes=1500, big_term_bytes=150, big_page_bytes=200
)


def brute_force(entries: list[SearchEntry], query: str, meta: dict[str, Any]) -> list[str]:
    """Full ranked url list by scanning every entry (independent of the index structures)."""
    docs = sorted(
        {e.url: e for e in reversed(entries)}.values(),
        key=lambda e: (len(normalise(e.title)), e.title, e.url),
    )
    plan = plan_query(query, meta)
    q = plan["q"]
    utf16 = lambda s: s.encode("utf-16-be")  # noqa: E731
    fwd, rev = [], []
    for d, e in enumerate(docs):
        for i, k in enumerate(dict.fromkeys(normalise(x) for x in (e.code, *e.keys) if normalise(x))):
            if k.startswith(q):
                fwd.append((utf16(k), d, k))
            if (i == 0 or k.isascii() and k.isalnum()) and len(k) >= 4 and k[::-1].startswith(q[::-1]):
                rev.append((utf16(k[::-1]), d, k))
    fwd.sort()
    rev.sort()
    exact_hit = any(k == q for _, _, k in fwd)
    ranked: list[int] = []
    if plan["fwd"] and exact_hit:
        ranked += [d for _, d, k in fwd if k == q]
    if plan["name"] and not exact_hit:
        norms = [normalise(e.title) for e in docs]
        ranked += [d for d, t in enumerate(norms) if t.startswith(q)]
        ranked += [d for d, t in enumerate(norms) if q in t and not t.startswith(q)]
    if plan["fwd"]:
        ranked += [d for _, d, _ in fwd]
    if plan["rev"]:
        ranked += [d for _, d, _ in rev]
    return [docs[d].url for d in dict.fromkeys(ranked)]


def sample_queries(entries: list[SearchEntry]) -> list[str]:
    rng = random.Random(3)
    picked = rng.sample(entries[:-1], 6)
    queries = [
        "有限公司",
        "丹霞",
        "祁连饭店",
        "金张掖",
        "商贸有限",
        "甘州区丹霞",
        "丹霞有限公司",
        "公",
        "司",
        "焉",
        "张掖市",
        "第一分公司",
        "农民专业合作社",
        "9162070",
        "91620",
        "甘州市监罚〔2024〕",
        "不存在的公司",
        "关于本站",
        "丹霞丹霞",
        "湿地绿洲养殖经营部",
        "x",
        "2026",
    ]
    for e in picked:
        queries += [e.code, e.code[-6:], e.code[-4:], e.code[:10], e.title, e.title[2:7], *e.keys]
    return queries


@pytest.fixture(scope="module")
def big_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[SearchEntry]]:
    entries = synthetic(2500)
    out = tmp_path_factory.mktemp("big") / "search"
    stats = write_index(entries, out, SMALL)
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert stats["shards"] > 10 and meta["bigPages"] > 20 and meta["keyBlocks"]["f"] > 10
    return out, entries


def test_sharded_search_matches_brute_force(big_index: tuple[Path, list[SearchEntry]]) -> None:
    out, entries = big_index
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    for query in sample_queries(entries):
        expected = brute_force(entries, query, meta)
        full = search_local(out, query, limit=10_000)
        assert [r["url"] for r in full["results"]] == expected, query
        assert full["total"] == len(expected) and full["exact"], query
        top = search_local(out, query, limit=20)
        urls = [r["url"] for r in top["results"]]
        assert urls == expected[: len(urls)], query  # a cut result list is still the true ranking's head
        assert top["more"] or urls == expected, query
        assert len(urls) == min(20, len(expected)) or not top["exact"], query
        if top["exact"]:
            assert top["total"] == len(expected), query


def test_frequent_terms_read_few_pages(big_index: tuple[Path, list[SearchEntry]]) -> None:
    out, _ = big_index
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    for query in ("有限公司", "公", "张掖市"):
        result = search_local(out, query, limit=20)
        pages = [f for f in result["fetched"] if f.startswith("big/")]
        assert len(result["results"]) == 20
        assert len(pages) <= 8 < meta["bigPages"], (query, pages)


# ----------------------------------------------------------------------------- JavaScript twin


def run_node(script: str, payload: object) -> Any:
    assert NODE is not None
    proc = subprocess.run(
        [NODE, "-e", script, str(SEARCH_JS)],
        input=json.dumps(payload, ensure_ascii=False),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


HELPERS_JS = r"""
const cs = require(process.argv[1]);
let input = '';
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  const { strings, counts, queries, meta, common } = JSON.parse(input);
  const out = {
    ranges: cs.STRIP_RANGES,
    normalise: strings.map(cs.normalise),
    bigrams: strings.map((s) => cs.bigrams(cs.normalise(s))),
    hash: strings.map((s) => cs.termHash(s)),
    shards: strings.map((s) => counts.map((c) => cs.shardOf(s, c))),
    plans: queries.map((q) => cs.planQuery(q, meta)),
    commonPlans: queries.map((q) => cs.planQuery(q, meta, common)),
  };
  process.stdout.write(JSON.stringify(out));
});
"""

SEARCH_RUNNER_JS = r"""
const fs = require('fs');
const cs = require(process.argv[1]);
// Fetch shim: serve the index from disk like a static server would.
global.fetch = (url) => new Promise((resolve) => {
  fs.readFile(url, 'utf8', (err, text) => resolve(err
    ? { ok: false, status: 404, json: () => Promise.reject(err) }
    : { ok: true, status: 200, json: () => Promise.resolve(JSON.parse(text)) }));
});
let input = '';
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', async () => {
  const { base, queries, limits } = JSON.parse(input);
  const searcher = new cs.Searcher(base);
  const out = [];
  for (const q of queries) {
    for (const limit of limits) out.push(await searcher.search(q, limit));
  }
  process.stdout.write(JSON.stringify(out));
});
"""

TRICKY = [
    "张掖市丹霞商贸有限公司",
    "甘州市监罚〔2026〕12号",
    "ＡＢＣ　１２３",
    "Σίσυφος ΑΣ",
    "İstanbul",
    "ﬁ ﬀ ㈱ ①②",
    "a\u00a0b\u200bc\ufeffd",
    "emoji😀✓★ok",
    "𠮷野家",
    "々〆〇・･",
    "【祁连】（饭店）《指南》「引号」",
    "café\u0301",
    "\t\n\r",
    "—…‘’“”",
    "",
]


@needs_node
def test_js_helpers_match_python() -> None:
    meta = {"maxTerms": 6, "minKeyPrefix": 4, "minSuffix": 4}
    counts = [1, 2, 7, 64, 1000, 4093]
    queries = [
        *TRICKY,
        "丹霞商贸",
        "丹",
        CODE_A,
        CODE_A[-6:],
        "张掖市丹霞商贸有限责任公司第一分公司",
        "𠮷野家ab",
        "有限公司",
        "张掖有限公司",
        "张掖市商贸",
    ]
    common = ["有限", "限公", "公司", "^张掖", "张掖", "商贸"]
    js = run_node(
        HELPERS_JS, {"strings": TRICKY, "counts": counts, "queries": queries, "meta": meta, "common": common}
    )
    assert [tuple(r) for r in js["ranges"]] == list(STRIP_RANGES)
    assert js["normalise"] == [normalise(s) for s in TRICKY]
    assert js["bigrams"] == [bigrams(normalise(s)) for s in TRICKY]
    assert js["hash"] == [term_hash(s) for s in TRICKY]
    assert js["shards"] == [[shard_of(s, c) for c in counts] for s in TRICKY]
    assert js["plans"] == [plan_query(q, meta) for q in queries]
    assert js["commonPlans"] == [plan_query(q, meta, set(common)) for q in queries]
    assert term_hash("") == 0 and term_hash("123456789") == 0xCBF43926  # the CRC-32 check value


def compare_js(out: Path, queries: list[str], limits: list[int]) -> None:
    js = run_node(SEARCH_RUNNER_JS, {"base": str(out) + "/", "queries": queries, "limits": limits})
    py = [search_local(out, q, limit) for q in queries for limit in limits]
    assert len(js) == len(py)
    for a, b in zip(js, py, strict=True):
        b = {k: v for k, v in b.items() if k != "bytes"}
        assert a == b, b["query"]


@needs_node
def test_js_search_matches_python(index_dir: Path) -> None:
    queries = [
        "丹霞商贸",
        "祁连",
        "丹",
        "张掖",
        CODE_A,
        CODE_A[-6:],
        "甘州市监罚〔2026〕12号",
        "9162070",
        "兰州",
        "",
    ]
    compare_js(index_dir, queries, [20])
    js = run_node(
        SEARCH_RUNNER_JS, {"base": str(index_dir) + "/", "queries": ["丹霞商贸", CODE_A[-6:]], "limits": [20]}
    )
    assert [r["title"] for r in js[0]["results"]] == ["张掖市丹霞商贸有限公司"]
    assert [r["url"] for r in js[1]["results"]] == [f"entity/{CODE_A}/"]


@needs_node
def test_js_search_matches_python_on_sharded_index(big_index: tuple[Path, list[SearchEntry]]) -> None:
    out, entries = big_index
    compare_js(out, sample_queries(entries), [3, 20])


def test_js_never_writes_html() -> None:
    source = SEARCH_JS.read_text(encoding="utf-8")
    assert "innerHTML" not in source and "insertAdjacentHTML" not in source and "document.write" not in source


# ----------------------------------------------------------------------------- forgiving (issue 20)
# The failed queries of issue 20's walk-through: traditional characters, one wrong character, an
# extra word, part of a decision number. The search page asks forgive() only when a query found nothing.

FORGIVING = [
    SearchEntry("entity/91620702MA136WM60C/", "张掖市鑫源商贸有限公司", "91620702MA136WM60C", "严重失信主体名单 · 2 条行政处罚",
                ("甘州市监罚〔2026〕33号", "张甘税违〔2026〕5号")),
    SearchEntry("entity/91620702MA136WM71D/", "张掖市丹霞商贸有限公司", "91620702MA136WM71D", "1 条行政处罚",
                ("甘州市监罚〔2026〕34号", "甘州消罚〔2025〕33号")),
    SearchEntry("entity/92620702MA136WM82E/", "甘州区祁连饭店", "92620702MA136WM82E", "1 条行政许可"),
]


@pytest.fixture()
def forgiving_dir(tmp_path: Path) -> Path:
    out = tmp_path / "search"
    build_search_index(FORGIVING, out, shard_count=3)
    return out


@pytest.mark.parametrize(("query", "how", "first"), [
    ("張掖市鑫源商貿", "t2s", "张掖市鑫源商贸有限公司"),
    ("鑫元商贸", "similar", "张掖市鑫源商贸有限公司"),
    ("鑫源公司", "similar", "张掖市鑫源商贸有限公司"),
    ("监罚33号", "number", "张掖市鑫源商贸有限公司"),
    ("消罚33号", "number", "张掖市丹霞商贸有限公司"),
    ("监罚〔2026〕33号", "number", "张掖市鑫源商贸有限公司"),
    ("祁連飯店", "t2s", "甘州区祁连饭店"),
])
def test_a_query_that_finds_nothing_gets_the_closest_entities(forgiving_dir: Path, query: str, how: str,
                                                               first: str) -> None:
    assert search_local(forgiving_dir, query)["results"] == []  # the strict search fails ...
    found = forgive_local(forgiving_dir, query)
    assert found["how"] == how and titles(found)[0] == first  # ... and the forgiving one does not


def test_forgiving_search_keeps_unrelated_queries_empty_and_numbers_strict(forgiving_dir: Path) -> None:
    assert forgive_local(forgiving_dir, "完全无关的名字")["results"] == []
    assert titles(forgive_local(forgiving_dir, "监罚33号")) == ["张掖市鑫源商贸有限公司"]  # not the 消罚 33号
    assert forgive_local(forgiving_dir, "监罚99号")["how"] != "number"
    assert forgive_local(forgiving_dir, "張掖市鑫源商貿")["as"] == "张掖市鑫源商贸"
    # The traditional-character table holds only characters whose simplified form names use.
    table = json.loads((forgiving_dir / "t2s.json").read_text(encoding="utf-8"))
    assert table["貿"] == "贸" and table["飯"] == "饭" and "龍" not in table


def test_forgiving_search_reads_a_bounded_number_of_files(big_index: tuple[Path, list[SearchEntry]]) -> None:
    out, entries = big_index
    rng = random.Random(3)
    for entry in rng.sample(entries[:-1], 20):
        name = entry.title
        wrong = name[:3] + "鑫" + name[4:]  # one character wrong
        found = forgive_local(out, wrong)
        assert not any(f.startswith("big/") for f in found["fetched"])
        docs = [f for f in found["fetched"] if f.startswith("docs/")]
        assert len(docs) <= 24 + 5
        if found["how"] == "similar":
            assert len(set(normalise(wrong)) & set(normalise(found["results"][0]["title"]))) >= len(set(wrong)) // 2


FORGIVE_RUNNER_JS = SEARCH_RUNNER_JS.replace("await searcher.search(q, limit)", "await searcher.forgive(q, limit)")


@needs_node
def test_js_forgiving_search_matches_python(forgiving_dir: Path, big_index: tuple[Path, list[SearchEntry]]) -> None:
    queries = ["張掖市鑫源商貿", "鑫元商贸", "鑫源公司", "监罚33号", "消罚33号", "监罚〔2026〕33号", "完全无关", ""]
    for out, qs in ((forgiving_dir, queries),
                    (big_index[0], [e.title[:2] + "鑫" + e.title[3:] for e in big_index[1][:15]] + ["监罚12号"])):
        js = run_node(FORGIVE_RUNNER_JS, {"base": str(out) + "/", "queries": qs, "limits": [5]})
        py = [{k: v for k, v in forgive_local(out, q, 5).items() if k != "bytes"} for q in qs]
        assert js == py
