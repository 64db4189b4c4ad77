"""Benchmark the 批量核查 page at a given number of entities, without building a site of that size.

    .venv/bin/python bench/bench_check.py [--sizes 100000,1000000] [--lists 100,1000,10000]
                                          [--server http.server|http.server-1.1|node] [--no-browser]

For each size N it writes only what the check page needs (a full site of 10^6 entities takes half
an hour and 17 GB; this takes minutes and a few hundred MB):
- the 批量核查 page and its assets: check/index.html, assets/ and search/ of the bundled sample,
  built once by the real build;
- the check index check/ for N synthetic entities, written by ``build_check_index`` -- the very
  call the build makes (generator/check.py: ``check_facts`` over the published records, then
  ``write_check_index``) -- from a ``Decided`` holding synthetic published records: a registry row
  for each of the N entities, and penalties, serious-dishonesty and honour-list entries, grades and
  commitments for a realistic share of them.
This is the same measurement as on a built site: for a list of codes the page fetches only
check/meta.json and check/c/*.json (tests/test_check_browser.py asserts it), and those files
depend only on the entities and their published facts, which is what is synthesised here.

For each list (codes drawn from the index, one in twenty absent) it prints:
- "files read" / "KB read": the check files `creditsite check` reads (SiteIndex), raw and gzip;
- in Debian's chromium (Playwright), a fresh browser context (an empty cache) on a local server:
  the requests and response bytes under check/ (Resource Timing), the time from the click on
  开始核查 to the finished table (lookups, progress bar and the first 200 rows drawn), the same
  lookups again with every file already in memory ("JS s": the page's own work) and the server
  alone sending the same files over 6 connections ("server alone s").
Servers: ``http.server`` is ``python3 -m http.server --directory SITE`` as a clerk starts it
(HTTP/1.0, one connection per request; ``creditsite serve`` uses the same handler);
``http.server-1.1`` adds ``--protocol HTTP/1.1`` (kept-alive connections); ``node`` is a
20-line Node.js static server, closer to a real web server.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pandas as pd  # noqa: E402

import generator.check as check_module  # noqa: E402
from generator.check import (  # noqa: E402
    CHECK_DIR,
    USCC_ALPHABET,
    USCC_WEIGHTS,
    SiteIndex,
    build_check_index,
    check_lines,
)
from generator.rules import CURRENT, ENTITY, KEY, PUBLISHED, STATUS, TIER, Decided  # noqa: E402
from generator.schema import KINDS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-11-27"
PLACES = "甘州 张掖 丹霞 祁连 临松 黑河 弱水 玉水 焉支 龙渠 党寨 碱滩 明永 沙井 乌江 大满 小满 花寨 安阳 三闸".split()
# Two characters of these make the trade name (字号): about 40,000 of them, as varied as real names.
CHARS = ("鑫源恒通宏达金穗瑞丰华泰兴隆永盛天成博远润泽嘉禾汇万家利民顺发德信同心长青和睦福禄祥云海川江河山岳明辉光"
         "耀新亿佳美乐康宁安泰昌盛荣富贵鸿运广聚合众诚立信正义仁智勇建业创优精工匠心绿野田园春秋夏冬东西南北")
TRADES = "商贸 建筑工程 农业科技 物流 餐饮管理 机动车检测 文化旅游 建材 农产品开发 医药 超市 汽车维修".split()
SHOPS = ("饭店", "修理部", "便利店", "五金店", "理发店", "蔬菜店")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
BLACK_LISTS = ("市场监督管理严重违法失信名单", "拖欠农民工工资失信联合惩戒对象名单", "重大税收违法失信主体")
RED_LISTS = ("A级纳税人", "守合同重信用企业", "诚信示范企业")
def uscc(rng: random.Random, category: str = "91") -> str:
    """A random 统一社会信用代码 of 甘州区 with a valid GB 32100 check character."""
    body = category + "620702" + "".join(rng.choice(USCC_ALPHABET) for _ in range(9))
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=False))
    return body + USCC_ALPHABET[(31 - total % 31) % 31]


def _date(rng: random.Random, first_year: int) -> str:
    return f"{rng.randint(first_year, 2026)}-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}"


def synthetic_decided(n: int, seed: int = 620702) -> tuple[Decided, list[dict[str, str]]]:
    """Published records of N entities, and the render stage's summaries (code, name, category) of them.

    Shares as in the sample data: about 30 % 个体工商户 (masked operator), 20 % with penalties (1 to
    3), 1 % on a serious-dishonesty list, 3 % on an honour list, half with a current grade, 5 % with
    a commitment (a fifth of them not fulfilled); registry statuses mostly 存续.
    """
    rng = random.Random(seed)
    codes: dict[str, None] = {}
    entities: list[dict[str, str]] = []
    registry: dict[str, list[Any]] = {c: [] for c in (ENTITY, "行政相对人类别", "法定代表人", "登记状态")}
    records: dict[str, dict[str, list[Any]]] = {}

    def record(kind: str, code: str, category: str, rep: str, **values: Any) -> None:
        table = records.setdefault(kind, {})
        row = {ENTITY: code, "行政相对人类别": category, "法定代表人": rep, KEY: f"{kind}-{len(table.get(ENTITY, []))}",
               **values}
        for column, value in row.items():
            table.setdefault(column, []).append(value)

    while len(entities) < n:
        shop = rng.random() < 0.3
        code = uscc(rng, "92" if shop else "91")
        if code in codes:
            continue
        codes[code] = None
        trade_name = rng.choice(CHARS) + rng.choice(CHARS)
        if shop:
            name, category = f"甘州区{rng.choice(PLACES)}{trade_name}{rng.choice(SHOPS)}", "个体工商户"
            rep = rng.choice(SURNAMES) + "**"
        else:
            name, category = f"张掖市{rng.choice(PLACES)}{trade_name}{rng.choice(TRADES)}有限公司", "法人及非法人组织"
            rep = rng.choice(SURNAMES) + rng.choice(CHARS) + rng.choice(CHARS)
        entities.append({"code": code, "name": name, "category": category})
        for column, value in zip(registry, (code, category, rep, rng.choices(["存续", "注销", "吊销", ""],
                                                                             [85, 6, 2, 7])[0]), strict=True):
            registry[column].append(value)
        for _ in range(rng.choices([0, 1, 2, 3], [80, 14, 4, 2])[0]):
            record("penalties", code, category, rep, **{"处罚决定日期": _date(rng, 2022),
                                                        TIER: rng.choice(["一般", "一般", "严重", "轻微"])})
        if rng.random() < 0.01:
            record("blacklist", code, category, rep, **{"列入日期": _date(rng, 2023), "名单名称": rng.choice(BLACK_LISTS)})
        if rng.random() < 0.03:
            record("redlist", code, category, rep, **{"认定日期": _date(rng, 2024), "名单名称": rng.choice(RED_LISTS)})
        if rng.random() < 0.5:
            record("evaluations", code, category, rep, **{"评价日期": _date(rng, 2025), CURRENT: True,
                                                          "评价类型": rng.choice(["纳税信用", "企业信用风险分类"]),
                                                          "评价结果": rng.choice("ABCDM")})
        if rng.random() < 0.05:
            record("commitments", code, category, rep, **{"做出承诺日期": _date(rng, 2024),
                                                          "履约状态": "未履约" if rng.random() < 0.2 else "已履约"})
    frames = {"entities": pd.DataFrame(registry)}
    for kind, table in records.items():
        frames[kind] = pd.DataFrame(table)
    for frame in frames.values():
        frame[STATUS] = PUBLISHED
    assert all(KINDS[k].decision_date in frames[k] for k in records)
    return Decided(frames=frames, control={}), entities


def code_list(codes: list[str], size: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = [rng.choice(codes) for _ in range(size)]
    for i in range(0, size, 20):  # one in twenty is absent from the site
        out[i] = uscc(rng)
    return out


def page_files(work: Path) -> Path:
    """The 批量核查 page and its assets, from one real build of the bundled sample (its check/ index dropped)."""
    from click.testing import CliRunner

    from generator.cli import main

    sample = work / "sample"
    result = CliRunner().invoke(main, ["build", "--data", str(ROOT / "data" / "sample"), "--out", str(sample / "site"),
                                       "--report", str(sample / "report"), "--state", str(sample / "state"),
                                       "--as-of", AS_OF])
    if result.exit_code != 0:
        raise SystemExit(result.output)
    page = work / "page"
    (page / CHECK_DIR).mkdir(parents=True)
    shutil.copy2(sample / "site" / CHECK_DIR / "index.html", page / CHECK_DIR / "index.html")
    for folder in ("assets", "search"):  # search/: the candidates of a name without an exact match
        shutil.copytree(sample / "site" / folder, page / folder)
    shutil.rmtree(sample)
    return page


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve_python(site: Path, protocol: str = "HTTP/1.0") -> Iterator[str]:
    """`python -m http.server` in its own process, as a clerk starts it (its request log thrown away)."""
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(site),
                             "--protocol", protocol, str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        proc.wait()


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


# Timed inside the page: from the click on 开始核查 to the table built (and laid out at the next frame);
# then the check/ files fetched (Resource Timing) and the same lookups with every file already in memory.
PAGE_RUN = """(async (lines) => {
  performance.setResourceTimingBufferSize(1000000); performance.clearResourceTimings();
  document.getElementById('cs-check-input').value = lines.join('\\n');
  const tools = document.getElementById('cs-check-tools');
  const done = new Promise((resolve) => new MutationObserver(() => {
    if (!tools.hidden) requestAnimationFrame(() => resolve(performance.now())); }).observe(tools, {attributes: true}));
  const start = performance.now();
  document.getElementById('cs-check-run').click();
  const end = await done;
  const fetched = performance.getEntriesByType('resource').filter((e) => e.name.includes('/check/'))
    .map((e) => [e.name, e.encodedBodySize]);
  const warm = new CreditCheck.SiteIndex('../');
  await CreditCheck.checkLines(warm, lines);
  const again = new CreditCheck.SiteIndex('../');
  again.cache = warm.cache;
  const t = performance.now();
  await CreditCheck.checkLines(again, lines);
  return {seconds: (end - start) / 1000, fetched: fetched, js: (performance.now() - t) / 1000};
})"""

# A plain headless chromium driven over the DevTools protocol with nothing but Runtime.evaluate: no
# automation listening to the network (Playwright reports every request to its driver, which costs
# a browser about 40 % more time per request than a clerk's own). A fresh profile: a cold disk cache.
CDP_DRIVER = r"""
const { spawn } = require('child_process'), fs = require('fs'), os = require('os'), path = require('path');
const [chrome, url, exprFile] = process.argv.slice(1);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-check-cdp-'));
const proc = spawn(chrome, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900',
  '--remote-debugging-port=0', '--user-data-dir=' + dir, 'about:blank'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  let port;
  for (let i = 0; i < 600 && !port; i++) {
    try { port = fs.readFileSync(path.join(dir, 'DevToolsActivePort'), 'utf8').split('\n')[0]; } catch (e) { await sleep(50); }
  }
  const targets = await (await fetch('http://127.0.0.1:' + port + '/json/list')).json();
  const ws = new WebSocket(targets.find((t) => t.type === 'page').webSocketDebuggerUrl);
  await new Promise((r) => ws.addEventListener('open', r));
  let id = 0; const waiting = {};
  ws.addEventListener('message', (m) => { const d = JSON.parse(m.data); if (d.id && waiting[d.id]) waiting[d.id](d); });
  const evaluate = (expression) => new Promise((r) => { const n = ++id; waiting[n] = r;
    ws.send(JSON.stringify({ id: n, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } })); });
  await evaluate('location.href = ' + JSON.stringify(url));
  for (let i = 0; i < 1200; i++) {
    const r = await evaluate('location.href === ' + JSON.stringify(url) + " && document.readyState === 'complete'");
    if (r.result && r.result.result && r.result.result.value) break;
    await sleep(50);
  }
  const r = await evaluate(fs.readFileSync(exprFile, 'utf8'));
  process.stdout.write(JSON.stringify(r.result && r.result.result ? r.result.result.value : r) + '\n');
  ws.close(); proc.kill(); await new Promise((res) => proc.on('exit', res));
  try { fs.rmSync(dir, { recursive: true, force: true }); } catch (e) {}
  process.exit(0);
})();
"""


def _run_cdp(url: str, lines: list[str]) -> dict[str, Any]:
    """PAGE_RUN on the check page in a plain headless chromium (CDP_DRIVER, Node.js 20.10 or later)."""
    from tests.browsing import CHROMIUM

    with tempfile.NamedTemporaryFile("w", suffix=".js", encoding="utf-8") as expr:
        expr.write(f"{PAGE_RUN}({json.dumps(lines, ensure_ascii=False)})")
        expr.flush()
        done = subprocess.run(["node", "--experimental-websocket", "-e", CDP_DRIVER, str(CHROMIUM), url + "check/",
                               expr.name], capture_output=True, text=True, timeout=900, check=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _run_playwright(browser: Any, url: str, lines: list[str]) -> dict[str, Any]:
    """PAGE_RUN under Playwright (the tests' driver): an empty cache, the real clock (the tests'
    fixed clock fakes `performance`, which hides the Resource Timing entries counted here)."""
    context = getattr(browser, "_browser", browser).new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(url + "check/")
        result: dict[str, Any] = page.evaluate(PAGE_RUN, lines)
        return result
    finally:
        context.close()


def browser_run(site: Path, lists: dict[int, list[str]], server: str, driver: str) -> dict[int, dict[str, float]]:
    """Per list: page time (click to table), requests and bytes under check/, JS-only time, server-only time."""
    from tests.browsing import chromium

    out: dict[int, dict[str, float]] = {}
    served = (serve_node(site) if server == "node"
              else serve_python(site, "HTTP/1.1" if server == "http.server-1.1" else "HTTP/1.0"))
    with served as url, (chromium() if driver == "playwright" else contextlib.nullcontext()) as browser:
        for size, lines in lists.items():
            run = _run_playwright(browser, url, lines) if driver == "playwright" else _run_cdp(url, lines)
            fetched = run["fetched"]
            alone = _server_only(url, [name[len(url):] for name, _ in fetched])
            out[size] = {"seconds": run["seconds"], "requests": len(fetched), "bytes": sum(b for _, b in fetched),
                         "js": run["js"], "server": alone}
    return out


def _timing(module: Any, name: str) -> dict[str, float]:
    """Wrap module.name so that its last call's seconds land in the returned dict (build_check_index
    looks check_facts up at call time, so the build's own call is timed in two parts)."""
    original = getattr(module, name)
    timed = {"s": 0.0}

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            timed["s"] = time.perf_counter() - started

    setattr(module, name, wrapper)
    return timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--lists", default="100,1000,10000")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--server", choices=("http.server", "http.server-1.1", "node"), default="http.server",
                        help="local server: python -m http.server (HTTP/1.0 or 1.1) or a small Node.js one")
    parser.add_argument("--driver", choices=("cdp", "playwright"), default="cdp",
                        help="a plain headless chromium (CDP, no network instrumentation) or Playwright (the tests')")
    parser.add_argument("--keep-index", action="store_true",
                        help="with --work: reuse the check index an earlier run wrote there (only the page is new)")
    parser.add_argument("--work", type=Path, default=None, help="write here (kept) instead of a temporary folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    list_sizes = [int(s) for s in args.lists.split(",")]
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-check-"))
    try:
        page = page_files(work) if not (work / "page").is_dir() else work / "page"
        print(f"server {args.server}; browser driver {args.driver}; cores {os.cpu_count()}, load average at start {os.getloadavg()[0]:.1f}")
        print("| entities | facts s | write s | index files | index MB | list | files read | KB read | KB gzip | "
              "browser requests | browser KB | browser s | of which JS s | server alone s | load |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n in sizes:
            site = work / f"site-{n}"
            if args.keep_index and (site / CHECK_DIR / "meta.json").is_file():
                # The index of an earlier run; the page's files anew (check.js may have changed since).
                for folder in ("assets", "search"):
                    shutil.rmtree(site / folder, ignore_errors=True)
                    shutil.copytree(page / folder, site / folder)
                for script in ("check.js", "check.css", "search.js"):
                    shutil.copy2(ROOT / "site_templates" / "assets" / script, site / "assets" / script)
                codes = sorted(code for shard in (site / CHECK_DIR / "c").glob("*.json")
                               for code in json.loads(shard.read_bytes()))
                index_files = [f for f in (site / CHECK_DIR).rglob("*.json") if f.name != "stats.json"]
                stats = {"entities": len(codes), "files": len(index_files),
                         "bytes": sum(f.stat().st_size for f in index_files)}
                facts_s = write_s = float("nan")
            else:
                shutil.rmtree(site, ignore_errors=True)
                shutil.copytree(page, site)
                for script in ("check.js", "check.css", "search.js"):
                    shutil.copy2(ROOT / "site_templates" / "assets" / script, site / "assets" / script)
                started = time.perf_counter()
                decided, entities = synthetic_decided(n)
                made_s = time.perf_counter() - started
                codes = sorted(e["code"] for e in entities)
                timed = _timing(check_module, "check_facts")
                started = time.perf_counter()
                stats = build_check_index(decided, entities, site, AS_OF, "bench")  # the build's own call
                facts_s = timed["s"]
                write_s = time.perf_counter() - started - facts_s
                del decided, entities
                print(f"<!-- {n:,} synthetic entities made in {made_s:.1f} s -->", flush=True)
            lists = {size: code_list(codes, size, seed=size) for size in list_sizes}
            python: dict[int, tuple[int, int, int]] = {}
            for size, lines in lists.items():
                index = SiteIndex(site)
                check_lines(site, lines, index)
                raw = [json.dumps(index.cache[rel], ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                       for rel in index.cache]
                zipped = sum(len(gzip.compress(t.encode("utf-8"))) for t in raw)
                python[size] = (len(index.cache), index.bytes, zipped)
            seen = browser_run(site, lists, args.server, args.driver) if not args.no_browser else {}
            for size in list_sizes:
                files, read, zipped = python[size]
                b = seen.get(size)
                browser = (f"{b['requests']:.0f} | {b['bytes'] / 1024:.0f} | {b['seconds']:.2f} | {b['js']:.2f} | "
                           f"{b['server']:.2f}" if b else "— | — | — | — | —")
                print(f"| {n:,} | {facts_s:.1f} | {write_s:.1f} | {stats['files']:,} | {stats['bytes'] / 1e6:.1f} | "
                      f"{size:,} | {files:,} | {read / 1024:.0f} | {zipped / 1024:.0f} | {browser} | "
                      f"{os.getloadavg()[0]:.1f} |", flush=True)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
