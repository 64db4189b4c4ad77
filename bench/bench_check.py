"""Benchmark the 批量核查 page: bytes transferred and time for lists of codes, per site size.

    .venv/bin/python bench/bench_check.py [--sizes 10000,100000] [--lists 100,1000,10000] [--no-browser]
                                          [--server python|node]

The site is the bundled sample, built once; its check index (check/, generator/check.py) is then
replaced by a synthetic one of N entities written by the real writer (write_check_index), so
sizes far beyond a full build can be measured. For each list (codes drawn from the index, one in
twenty absent) it prints:
- the check files a list reads and their bytes, from the Python side (SiteIndex, what
  `creditsite check` reads), raw and gzip-compressed;
- in Debian's chromium (Playwright), a fresh browser context (cold cache) on a local HTTP
  server: the requests and response bytes under check/ (Resource Timing), the same lookups
  again with every file already in memory (the page's own JS time), the local server alone
  serving the same files over 6 kept-alive connections, and the time from "开始核查" to the
  finished table (lookups, progress bar and the first 200 rows drawn). The server keeps
  connections alive (HTTP/1.1), as a real static server does.
Bytes per code are bounded by the shard size (about ENTRIES_PER_SHARD entities, whatever N):
1,000 codes read at most 1,000 shards, so the bytes hardly grow with N.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator.check import (  # noqa: E402
    CHECK_DIR,
    ENTRIES_PER_SHARD,
    USCC_ALPHABET,
    USCC_WEIGHTS,
    SiteIndex,
    check_lines,
    write_check_index,
)

ROOT = Path(__file__).resolve().parent.parent
PLACES = "甘州 张掖 丹霞 祁连 临松 黑河 弱水 玉水 焉支 龙渠 党寨 碱滩 明永 沙井 乌江 大满 小满 花寨 安阳 三闸".split()
WORDS = "鑫源 恒通 宏达 金穗 瑞丰 华泰 兴隆 永盛 天成 博远 润泽 嘉禾 汇丰 万家 利民 顺发 德信 同心 长青 和睦".split()
TRADES = "商贸 建筑工程 农业科技 物流 餐饮管理 机动车检测 文化旅游 建材 农产品开发 医药 超市 汽车维修".split()
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"


def uscc(rng: random.Random) -> str:
    """A random 统一社会信用代码 with a valid GB 32100 check character."""
    body = "91620702" + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=False))
    return body + USCC_ALPHABET[(31 - total % 31) % 31]


def synthetic_facts(n: int, seed: int = 620702) -> dict[str, list[object]]:
    """N entities with names, operators and a realistic share of records (most have none)."""
    rng = random.Random(seed)
    facts: dict[str, list[object]] = {}
    while len(facts) < n:
        shop = rng.random() < 0.3
        name = (f"甘州区{rng.choice(PLACES)}{rng.choice(WORDS)}{rng.choice(['饭店', '修理部', '便利店', '五金店'])}"
                if shop else f"张掖市{rng.choice(PLACES)}{rng.choice(WORDS)}{rng.choice(TRADES)}有限公司")
        rep = rng.choice(SURNAMES) + ("**" if shop else "".join(rng.choice("建国海娟志勇秀英明") for _ in range(2)))
        pen = rng.choices([0, 1, 2, 3], [80, 14, 4, 2])[0]
        black = int(rng.random() < 0.01)
        red = int(rng.random() < 0.03)
        facts[uscc(rng)] = [name, "个体工商户" if shop else "法人及非法人组织", rep,
                            rng.choices(["存续", "注销", "吊销", ""], [85, 6, 2, 7])[0],
                            black, "市场监督管理严重违法失信名单" if black else "", min(pen, 1), "一般" if pen else "",
                            pen, rng.choice(["一般", "严重"]) if pen else "", red, "A级纳税人" if red else "",
                            rng.choice(["", "", "纳税信用 A", "企业信用风险分类 B；纳税信用 B"]),
                            int(rng.random() < 0.01)]
    return facts


def code_list(codes: list[str], size: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = [rng.choice(codes) for _ in range(size)]
    for i in range(0, size, 20):  # one in twenty is absent from the site
        out[i] = uscc(rng)
    return out


def build_sample(work: Path) -> Path:
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["build", "--data", str(ROOT / "data" / "sample"), "--out", str(work / "site"),
                                       "--report", str(work / "report"), "--state", str(work / "state"),
                                       "--as-of", "2026-11-27"])
    if result.exit_code != 0:
        raise SystemExit(result.output)
    return work / "site"


class _KeepAlive(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as any real static server does

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_KeepAlive, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


NODE_SERVER = r"""
const http = require('http'), fs = require('fs'), path = require('path');
const root = process.argv[1];
const types = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
               '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml'};
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(req.url.split('?')[0]);
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.join(root, path.normalize(rel));
  if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, {'Content-Type': types[path.extname(file)] || 'application/octet-stream',
                        'Content-Length': data.length});
    res.end(data);
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
"""


@contextlib.contextmanager
def serve_node(site: Path) -> Iterator[str]:
    """A small Node.js static server (keep-alive, no caching headers): closer to a real web server."""
    import subprocess

    proc = subprocess.Popen(["node", "-e", NODE_SERVER, str(site.resolve())], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        yield f"http://127.0.0.1:{int(proc.stdout.readline())}/"
    finally:
        proc.terminate()
        proc.wait()


def _server_only(url: str, paths: list[str], connections: int = 6) -> float:
    """Seconds the local server takes for these files over `connections` kept-alive connections."""
    import http.client
    from urllib.parse import urlsplit

    host = urlsplit(url)
    chunks = [paths[i::connections] for i in range(connections)]

    def fetch(chunk: list[str]) -> None:
        conn = http.client.HTTPConnection(host.hostname or "127.0.0.1", host.port)
        for path in chunk:
            conn.request("GET", "/" + path)
            conn.getresponse().read()
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=fetch, args=(c,)) for c in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started


def browser_run(site: Path, lists: dict[int, list[str]], server: str) -> dict[int, dict[str, float]]:
    """Per list: page time (click to table), requests and bytes under check/, JS-only time, server-only time."""
    from tests.browsing import chromium

    out: dict[int, dict[str, float]] = {}
    with (serve_node(site) if server == "node" else serve(site)) as url, chromium() as browser:
        for size, lines in lists.items():
            context = browser.new_context(viewport={"width": 1280, "height": 900})  # an empty cache
            page = context.new_page()
            page.goto(url + "check/")
            page.evaluate("performance.setResourceTimingBufferSize(1000000); performance.clearResourceTimings()")
            page.eval_on_selector("#cs-check-input", "(box, text) => { box.value = text; }", "\n".join(lines))
            # Timed inside the page: from the click to the table built (and laid out at the next frame).
            page.evaluate("""() => { window.benchTimes = {}; const tools = document.getElementById('cs-check-tools');
                document.getElementById('cs-check-run').addEventListener('click',
                    () => { window.benchTimes.start = performance.now(); }, true);
                new MutationObserver(() => { if (!tools.hidden && !window.benchTimes.end)
                    requestAnimationFrame(() => { window.benchTimes.end = performance.now(); }); })
                    .observe(tools, {attributes: true}); }""")
            page.click("#cs-check-run")
            page.wait_for_function("window.benchTimes.end", timeout=600_000)
            seconds = page.evaluate("(window.benchTimes.end - window.benchTimes.start) / 1000")
            fetched = page.evaluate("""() => performance.getEntriesByType('resource')
                .filter(e => e.name.includes('/check/')).map(e => [e.name, e.encodedBodySize])""")
            # The same lookups with every file already parsed in memory: what the page's own code costs.
            js = page.evaluate("""async (lines) => { const warm = new CreditCheck.SiteIndex('../');
                await CreditCheck.checkLines(warm, lines); const again = new CreditCheck.SiteIndex('../');
                again.cache = warm.cache; const t = performance.now(); await CreditCheck.checkLines(again, lines);
                return (performance.now() - t) / 1000; }""", lines)
            alone = _server_only(url, [name[len(url):] for name, _ in fetched])
            out[size] = {"seconds": seconds, "requests": len(fetched), "bytes": sum(b for _, b in fetched),
                         "js": js, "server": alone}
            context.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--lists", default="100,1000,10000")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--server", choices=("python", "node"), default="python",
                        help="local server: Python's http.server (as the tests) or a small Node.js one")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    list_sizes = [int(s) for s in args.lists.split(",")]
    work = Path(tempfile.mkdtemp(prefix="bench-check-"))
    try:
        site = build_sample(work)
        print(f"shard aim: {ENTRIES_PER_SHARD} entities; server {args.server}; cores {os.cpu_count()}, "
              f"load average at start {os.getloadavg()[0]:.1f}")
        print("| entities | index write s | index files | index MB | list | files read | KB read | KB gzip | "
              "browser requests | browser KB | browser s | of which JS s | server alone s | load |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n in sizes:
            facts = synthetic_facts(n)
            started = time.perf_counter()
            stats = write_check_index(facts, site / CHECK_DIR, "2026-11-27", "bench")
            written = time.perf_counter() - started
            codes = sorted(facts)
            del facts
            lists = {size: code_list(codes, size, seed=size) for size in list_sizes}
            python: dict[int, tuple[int, int, int]] = {}
            for size, lines in lists.items():
                index = SiteIndex(site)
                check_lines(site, lines, index)
                raw = [json.dumps(index.cache[rel], ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                       for rel in index.cache]
                zipped = sum(len(gzip.compress(t.encode("utf-8"))) for t in raw)
                python[size] = (len(index.cache), index.bytes, zipped)
            seen = browser_run(site, lists, args.server) if not args.no_browser else {}
            for size in list_sizes:
                files, read, zipped = python[size]
                b = seen.get(size)
                browser = (f"{b['requests']:.0f} | {b['bytes'] / 1024:.0f} | {b['seconds']:.2f} | {b['js']:.2f} | "
                           f"{b['server']:.2f}" if b else "— | — | — | — | —")
                print(f"| {n:,} | {written:.1f} | {stats['files']:,} | {stats['bytes'] / 1e6:.1f} | {size:,} | {files:,} | "
                      f"{read / 1024:.0f} | {zipped / 1024:.0f} | {browser} | {os.getloadavg()[0]:.1f} |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
