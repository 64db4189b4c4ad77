"""Benchmark the static search index at 10^4, 10^5 and 10^6 entities; prints a table.

    .venv/bin/python bench/bench_search.py [--sizes 10000,100000,1000000] [--queries 40] [--no-browser]

For each size: index build time, peak memory of the build, files and bytes; then a query mix
(name fragments of real entries, common words, one character, full codes, last 6 characters of
codes, decision numbers, absent names) measured two ways:
- bytes a query downloads with an empty cache (raw and gzip-compressed, as a static host
  would send them), from the Python mirror of the JS search (`search_local`);
- latency in Debian's chromium (Playwright): the real search.js with the HTTP cache
  disabled, from query to results, served by a local HTTP server.
Baseline in the same run: mkdocs-material's monolithic search index costs ~4.7 KB per page
(measured, see DEVELOPERS.md), so its download for N entities is N x 4.7 KB before any query.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import random
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.index import SearchEntry, build_search_index, forgive_local, search_local  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PLACES = "甘州 张掖 丹霞 祁连 临松 黑河 弱水 玉水 焉支 龙渠 党寨 碱滩 明永 沙井 乌江 大满 小满 花寨 安阳 三闸".split()
WORDS = "鑫源 恒通 宏达 金穗 瑞丰 华泰 兴隆 永盛 天成 博远 润泽 嘉禾 汇丰 万家 利民 顺发 德信 同心 长青 和睦".split()
TRADES = "商贸 建筑工程 农业科技 物流 餐饮管理 机动车检测 文化旅游 建材 农产品开发 医药 超市 汽车维修".split()
MKDOCS_KB_PER_PAGE = 4.7


def _uscc(rng: random.Random) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91620702" + "".join(rng.choice(alphabet) for _ in range(10))


def synthetic_entries(n: int, seed: int = 620702) -> list[SearchEntry]:
    """N entities with realistic Chinese names, codes and decision numbers."""
    rng = random.Random(seed)
    entries = []
    for i in range(n):
        name = f"张掖市{rng.choice(PLACES)}{rng.choice(WORDS)}{rng.choice(TRADES)}有限公司"
        if i % 7 == 0:
            name = f"甘州区{rng.choice(PLACES)}{rng.choice(WORDS)}{rng.choice(['饭店', '修理部', '便利店', '五金店'])}"
        keys = tuple(f"甘州市监罚〔{2020 + rng.randrange(7)}〕{rng.randrange(1, 99999)}号" for _ in range(rng.randrange(3)))
        entries.append(SearchEntry(url=f"entity/{i}/", title=name, code=_uscc(rng), summary="1 条行政许可", keys=keys))
    return entries


def query_mix(entries: list[SearchEntry], count: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    picks = [entries[rng.randrange(len(entries))] for _ in range(count)]
    mix: list[tuple[str, str]] = []
    for i, e in enumerate(picks):
        kind = i % 6
        if kind == 0:
            start = rng.randrange(3, max(4, len(e.title) - 4))
            mix.append(("name fragment", e.title[start:start + rng.choice([2, 3, 4])]))
        elif kind == 1:
            mix.append(("full code", e.code))
        elif kind == 2:
            mix.append(("code suffix", e.code[-6:]))
        elif kind == 3 and e.keys:
            mix.append(("decision no.", e.keys[0]))
        elif kind == 4:
            mix.append(("common word", rng.choice(["有限公司", "商贸", "张掖市", "饭店"])))
        else:
            mix.append(("one char / absent", rng.choice(["鑫", "不存在的名字", "丹霞商贸"])))
    return mix


def forgiving_mix(entries: list[SearchEntry], count: int, seed: int = 11) -> list[str]:
    """Queries that find nothing as typed (issue 20): traditional characters, one wrong character,
    an extra word, part of a decision number. The page then runs forgive() after search()."""
    from hanziconv import HanziConv

    rng = random.Random(seed)
    out: list[str] = []
    for i in range(count):
        e = entries[rng.randrange(len(entries))]
        kind = i % 4
        if kind == 0:
            out.append(HanziConv.toTraditional(e.title[:7]))
        elif kind == 1:
            at = rng.randrange(3, len(e.title) - 2)
            out.append(e.title[3:at] + "鑫" + e.title[at + 1:at + 4])
        elif kind == 2:
            out.append(e.title[5:7] + "公司")
        else:
            key = e.keys[0] if e.keys else "甘州市监罚〔2026〕33号"
            out.append("监罚" + key.rsplit("〕", 1)[-1])
    return out


def _gzip_size(paths: list[Path]) -> int:
    return sum(len(gzip.compress(p.read_bytes(), 6)) for p in paths)


def _browser_latency(site: Path, queries: list[str]) -> list[float]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return []
    chromium = shutil.which("chromium")
    if chromium is None:
        return []
    (site / "assets").mkdir(exist_ok=True)
    shutil.copy2(ROOT / "site_templates" / "assets" / "search.js", site / "assets" / "search.js")
    (site / "index.html").write_text('<!doctype html><meta charset="utf-8"><script src="assets/search.js"></script>',
                                     encoding="utf-8")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    latencies = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
            page = browser.new_page()
            cdp = page.context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/")
            for q in queries:
                ms = page.evaluate("""async q => { const s = new CreditSearch.Searcher('search/');
                    const t = performance.now(); await s.search(q); return performance.now() - t; }""", q)
                latencies.append(float(ms))
            browser.close()
    finally:
        server.shutdown()
    return latencies


def bench(n: int, queries: int, browser: bool) -> dict[str, object]:
    entries = synthetic_entries(n)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        out = Path(tmp) / "search"
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        stats = build_search_index(entries, out)
        build_s = time.perf_counter() - started
        peak_mb = max(before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) / 1024
        files = [p for p in out.rglob("*") if p.is_file()]
        index_mb = sum(p.stat().st_size for p in files) / 1e6
        mix = query_mix(entries, queries)
        raw, packed, py_ms = [], [], []
        for _, q in mix:
            t = time.perf_counter()
            result = search_local(out, q)
            py_ms.append((time.perf_counter() - t) * 1000)
            raw.append(result["bytes"])
            packed.append(_gzip_size([out / f for f in result["fetched"]]))
        forgiving = []
        for q in forgiving_mix(entries, queries):
            first = search_local(out, q)
            if not first["results"]:
                forgiving.append(first["bytes"] + forgive_local(out, q)["bytes"])
        ms = _browser_latency(Path(tmp), [q for _, q in mix]) if browser else []
    return {"n": n, "build_s": build_s, "peak_mb": peak_mb, "files": len(files),
            "mb": index_mb, "entries": stats.get("entries", n),
            "raw_med": statistics.median(raw) / 1024, "raw_max": max(raw) / 1024,
            "fg_med": statistics.median(forgiving) / 1024 if forgiving else float("nan"),
            "fg_max": max(forgiving) / 1024 if forgiving else float("nan"),
            "gz_med": statistics.median(packed) / 1024, "gz_max": max(packed) / 1024,
            "py_med": statistics.median(py_ms), "ms_med": statistics.median(ms) if ms else float("nan"),
            "ms_p95": sorted(ms)[int(0.95 * (len(ms) - 1))] if ms else float("nan"),
            "ms_max": max(ms) if ms else float("nan"), "mkdocs_mb": n * MKDOCS_KB_PER_PAGE / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=36)
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    header = ("entities", "build s", "peak MB", "files", "index MB", "KB/query med", "KB/query max",
              "gz KB med", "gz KB max", "chromium ms med", "p95", "max", "mkdocs index MB",
              "no-result + forgive KB med", "max")
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for n in (int(s) for s in args.sizes.split(",")):
        r = bench(n, args.queries, not args.no_browser)
        print(f"{n:,} | {r['build_s']:.1f} | {r['peak_mb']:.0f} | {r['files']:,} | {r['mb']:.1f} | "
              f"{r['raw_med']:.0f} | {r['raw_max']:.0f} | {r['gz_med']:.0f} | {r['gz_max']:.0f} | "
              f"{r['ms_med']:.0f} | {r['ms_p95']:.0f} | {r['ms_max']:.0f} | {r['mkdocs_mb']:.0f} | "
              f"{r['fg_med']:.0f} | {r['fg_max']:.0f}", flush=True)


if __name__ == "__main__":
    main()
