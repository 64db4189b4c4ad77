"""Render stage: the public HTML site in the mkdocs-material look.

Entry point: `render_site(decided, out_dir, context)`. mkdocs builds the hand-written
pages of `content/` and one empty *shell* page per kind of generated page; entity, list
and other generated pages are then rendered by jinja2 (autoescaped) and poured into the
shell of their folder depth, so they share the theme's header, navigation, search box and
footer without paying mkdocs' per-page cost.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import heapq
import html
import json
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

from generator import tuning
from generator.contract import KEY, KIND_RULES, PUBLICATION_UNTIL, SOURCE_UNIT, USCC_FIELD, Decided
from generator.due import mark_hide_dates
from generator.records import records_of
from generator.resources import CONTENT, MKDOCS_YML, TEMPLATES
from generator.scan import Leak, ScanSetup, WrittenScanner
from generator.schema import KINDS, LONG_TERM, RECORD_KINDS
from generator.settings import Contact
from generator.sink import OutputSink
from generator.tempfolders import make_temp_folder
from generator.views import (
    SUMMARY_KEYS,
    EntityTables,
    batch_entities,
    entity_batches,
    entity_json,
    entity_row_keys,
    entity_rows,
    entity_summary,
    list_view_columns,
    record_view,
    row_hashes,
    shown_fields,
)
from generator.workers import Workers, worker_count

PAGE_SIZE = 50

# Generated pages poured into shells of their own (generator/policy.py), besides stats.
GENERATED_PAGES = ("commitments-published", "lists-basis", "complaints-summary")

TITLE_MARK = "CSTITLEMARK"
BODY_MARK = "CSBODYMARK"
HEAD_MARK = "<!--CS_HEAD-->"

@dataclass
class SiteContext:
    """Build-wide facts the pages show."""

    as_of: str
    build_id: str
    site_title: str
    publisher: str
    licence_title: str
    downloads: list[dict[str, Any]] = field(default_factory=list)
    dictionary: list[dict[str, Any]] = field(default_factory=list)
    changes: dict[str, Any] = field(default_factory=dict)
    ledger_size: int = 0
    contact: Contact = field(default_factory=Contact)  # 联系我们 and the repair page ([contact] settings)
    # Filled by render_site: the shells' literal text, which the leak gate scans once, not per page,
    # and the entity shell, which neutral pages reuse.
    shell_fragments: list[str] = field(default_factory=list)
    entity_shell: Shell | None = None


@dataclass
class Shell:
    """A page built by mkdocs with markers where the title and the body go."""

    parts: list[str]  # literal text between the markers, in order
    marks: list[str]  # which marker separates parts[i] and parts[i+1]

    @classmethod
    def from_html(cls, text: str) -> Shell:
        text = text.replace('<html lang="zh"', '<html lang="zh-CN"')
        text = re.sub(r"<p>\s*" + BODY_MARK + r"\s*</p>", BODY_MARK, text)
        pieces = re.split(f"({TITLE_MARK}|{BODY_MARK}|{re.escape(HEAD_MARK)})", text)
        return cls(pieces[0::2], pieces[1::2])

    def fill(self, title: str, body: str, head: str = "") -> str:
        """The page: title escaped here, body already escaped by its template."""
        return "".join(self.pieces(title, body, head))

    def pieces(self, title: str, body: str, head: str = "") -> list[str]:
        """The page as the shell's literal parts and the values between them, in order."""
        values = {TITLE_MARK: html.escape(title), BODY_MARK: body, HEAD_MARK: head}
        out = [self.parts[0]]
        for mark, part in zip(self.marks, self.parts[1:]):
            out.append(values[mark])
            out.append(part)
        return out


def plain_value(value: Any) -> Any:
    """A value as readers should see it: the exporters' "long-term" date 2099-12-31 as 长期."""
    return "长期" if value == LONG_TERM else value


def minor_field(label: str) -> bool:
    """Fields a printed report leaves out: the authorities' own codes and the reporting unit."""
    return label.endswith(USCC_FIELD) or label.startswith(SOURCE_UNIT)


@functools.lru_cache(maxsize=1)
def _environment() -> Environment:
    # One per process: its templates are compiled once, however many builds the process runs (a test
    # session, `serve`); jinja2 still reloads a template whose file changed.
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals["kinds"] = {k: KINDS[k].title for k in KINDS}
    env.globals["kind_rules"] = KIND_RULES  # per-kind rules as data: templates never compare kind names
    env.globals["until_field"] = PUBLICATION_UNTIL  # the export's own stop date, which the stop line already says
    env.filters["plain"] = plain_value
    env.tests["minor_field"] = minor_field
    env.globals["reason_titles"] = {"expired": "公示期满", "repaired": "信用修复", "withdrawn": "撤销或更正",
                                    "withheld": "依法暂不公示", "not-published": "不予公示", "source-removed": "数据源已删除",
                                    "conflict": "红黑名单冲突待核实"}
    return env


@functools.lru_cache(maxsize=1)
def _head_template() -> Template:
    return _environment().get_template("head.html")


@functools.lru_cache(maxsize=1024)
def page_head(noindex: bool, root: str = "", feed: str = "") -> str:
    """What a generated page adds to its shell's head (site_templates/head.html): the robots
    meta when `noindex`, the link to the Atom feed of kind `feed` (from the page at `root`)."""
    return _head_template().render(noindex=noindex, root=root, feed=feed)


# Top-level folders of every site besides mkdocs' own pages (the 404 page finds the site's root by them).
SITE_FOLDERS = frozenset({"entity", "lists", "search", "check", "data", "feeds", "api", "downloads", "assets"})
_ROOT_ABSOLUTE = re.compile(r'(\s(?:href|src|action))="/(?!/)([^"]*)"')


def relative_404(text: str, top_folders: Iterable[str]) -> str:
    """The 404 page with links relative to the site's root instead of root-absolute (mkdocs gives it
    base_url "/"); its script (overrides/partials/cs-404-root.html) finds the root from any address
    by the site's top-level folders, filled in here.

    interfaces.md: the site works when served from any folder.
    """
    text = _ROOT_ABSOLUTE.sub(lambda m: f'{m.group(1)}="{m.group(2) or "./"}"', text)
    return text.replace("__TOPS__", json.dumps(sorted(top_folders), ensure_ascii=False), 1)


def build_shells(work: Path, extra_nav_pages: Iterable[str]) -> tuple[dict[str, Shell], Path]:
    """Run mkdocs over content/ plus shell pages; return the shells by site path, and mkdocs' output."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    docs = work / "docs"
    shutil.copytree(CONTENT, docs)
    (docs / "assets").mkdir(exist_ok=True)
    for asset in (TEMPLATES / "assets").iterdir():
        shutil.copy2(asset, docs / "assets" / asset.name)
    shell_md = f"---\ntitle: {TITLE_MARK}\n---\n\n# {TITLE_MARK}\n\n{BODY_MARK}\n"
    shell_pages = ["index.md", "search.md", "downloads.md", "dictionary.md", "changes.md", "stats.md",
                   *(f"{page}.md" for page in GENERATED_PAGES),
                   "entity/_shell.md",
                   "_shell.md",
                   *(f"lists/{k}/index.md" for k in RECORD_KINDS), *(f"lists/{k}/_shell.md" for k in RECORD_KINDS),
                   *extra_nav_pages]
    for page in shell_pages:
        path = docs / page
        path.parent.mkdir(parents=True, exist_ok=True)
        slim = "cs_slim: true\n" if page == "entity/_shell.md" else ""
        if page.startswith("lists/"):  # the table takes the width the table of contents would leave empty
            slim += "hide:\n  - toc\n"
        path.write_text(shell_md.replace("---\n\n", f"{slim}---\n\n", 1), encoding="utf-8")
    site = work / "mkdocs-site"
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    config = load_config(config_file=str(MKDOCS_YML), docs_dir=str(docs), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    for built_page in site.rglob("*.html"):  # mkdocs-material says "zh"; the site is in simplified Chinese
        text = built_page.read_text(encoding="utf-8")
        if '<html lang="zh"' in text:
            built_page.write_text(text.replace('<html lang="zh"', '<html lang="zh-CN"', 1), encoding="utf-8")
    if (site / "404.html").is_file():
        tops = {p.name for p in site.iterdir() if p.is_dir()} | SITE_FOLDERS
        page_404 = site / "404.html"
        page_404.write_text(relative_404(page_404.read_text(encoding="utf-8"), tops), encoding="utf-8")
    shells: dict[str, Shell] = {}
    for page in shell_pages:
        rel = page[:-3]
        rel = rel[: -len("index")] if rel.endswith("index") else rel + "/"
        built = site / rel / "index.html"
        shells[rel] = Shell.from_html(built.read_text(encoding="utf-8"))
        if "_shell" in rel:
            shutil.rmtree(site / rel)
    return shells, site


@dataclass
class Rendered:
    """What render_site wrote and what the later stages need."""

    entities: list[dict[str, Any]]  # every entity with a page (for search and the sitemap)
    keys: pd.DataFrame  # ENTITY_KEYS of every entity page (kept in the build state)
    written: list[str]  # codes whose entity page and JSON this build wrote
    entity_bytes: int = 0  # bytes of those pages and JSON files
    leaks: list[Leak] = field(default_factory=list)  # found in the files below as they were written
    scan: ScanSetup | None = None  # the scan they had, with the shells' fragments
    list_pages: dict[str, str] = field(default_factory=dict)  # site path of each list page: its SHA-256
    list_keys: dict[str, str] = field(default_factory=dict)  # site path of each list page: its content key
    list_row_keys: dict[str, str] = field(default_factory=dict)  # site path of each list page: its rows' key
    kept_lists: set[str] = field(default_factory=set)  # list pages given the live file (not rendered, not scanned)

    def scanned(self) -> set[str]:
        """Site paths whose bytes were scanned as they were written (none without a scan): the
        entity files and list pages this build rendered, not the list pages it kept."""
        if self.scan is None:
            return set()
        entity_files = {rel for code in self.written for rel in (f"entity/{code}.json", f"entity/{code}/index.html")}
        return entity_files | (set(self.list_pages) - self.kept_lists)


def render_site(decided: Decided, out_dir: Path, context: SiteContext,
                extra_pages: dict[str, tuple[str, str]] | None = None,
                previous_keys: pd.DataFrame | None = None, keep_unchanged: bool = False,
                shell_cache: Path | None = None, scan: ScanSetup | None = None, workers: Workers | None = None,
                sink: OutputSink | None = None, previous_lists: dict[str, str] | None = None,
                passed: dict[str, str] | None = None, live: Path | None = None,
                previous_list_rows: dict[str, str] | None = None) -> Rendered:
    """Write the HTML pages into out_dir.

    `extra_pages` maps a page folder that has a shell (e.g. "stats") to (title, escaped body HTML).
    `previous_keys` (from the last build's state) carry each entity page's date of last change;
    with `keep_unchanged`, entity pages whose content key equals the last build's are not
    written (the incremental build keeps the live ones, which are the same bytes).
    List pages likewise: `previous_lists` (the last build's list page content keys, by site path),
    `passed` (the SHA-256 of each file the last build's gate passed) and `live` (the live site's
    folder); with `keep_unchanged`, a list page whose content key equals the last build's and whose
    live file still has the bytes the last gate passed is given the live file (a hard link): it is
    neither rendered, scanned here nor written (the gate decides whether it needs a new scan).
    `previous_list_rows` (the last build's row keys of the list pages, `list_row_key`): a page whose
    row key is the last build's is kept that way without making the record views of its rows.
    `shell_cache` is a folder named after the code fingerprint where mkdocs' output is kept,
    so that later builds of the same code skip mkdocs.
    With `scan` (the leak gate's values and identifiers), each entity page and JSON and each list
    page is scanned for leaks before it is written, by the process that renders it; the leaks come
    back in `Rendered.leaks`, and the gate need not read those files back (nor hash the list pages:
    `Rendered.list_pages` has their digests).
    Every page goes through `sink` (the build's; one of its own by default), which hashes it and,
    with `scan`, scans the pages this process writes too. Sites of `render_parallel_from` (tuning.py) entities or more
    are rendered by the build's `workers` (a pool of its own when none is given); an update whose
    entities to render again have fewer rows than that renders them here, and its list pages until
    more than `LIST_PAGES_HERE` have had to be rendered.
    The rows a pending repair or withdrawal points at are given the day their cards and list rows must be
    hidden (`due.mark_hide_dates`: their `data-stop`) first.
    """
    mark_hide_dates(decided, context.as_of)  # before any view is made or keyed
    env = _environment()
    shells = _cached_shells(out_dir, shell_cache)
    context.shell_fragments = sorted({part for shell in shells.values() for part in shell.parts if len(part) > 200},
                                     key=lambda part: (-len(part), part))
    if scan is not None:
        scan = scan.with_shells(context.shell_fragments)
    context.entity_shell = shells["entity/_shell/"]
    fill_setting_blocks(out_dir, env, context)
    sink = sink or OutputSink(out_dir)
    sink.scan_with(scan)
    page_shells = {k: v for k, v in shells.items() if k.startswith(("entity/", "lists/"))}
    setup = _Setup(page_shells, context, out_dir, context.as_of, keep_unchanged, scan,
                   live if keep_unchanged else None, _list_fingerprint(page_shells))
    if setup.live is not None and passed:  # the search and check indexes' unchanged files: the live ones
        sink.link_unchanged(passed, setup.live)
    keep_lists = setup.live is not None and tuning.current().render_keep_lists
    previous = _previous_lists(previous_lists, passed, previous_list_rows) if keep_lists else {}
    rendered = _render_records(decided, setup, previous_keys, previous, workers)
    for rel, digest in rendered.list_pages.items():
        sink.record(rel, digest, scanned=scan is not None and rel not in rendered.kept_lists)
    _write_site_pages(decided, sink, env, shells, context, extra_pages or {}, len(rendered.entities))
    return rendered


def _previous_lists(keys: dict[str, str] | None, passed: dict[str, str] | None, rows: dict[str, str] | None = None
                    ) -> dict[str, tuple[str, str, str]]:
    """The last build's list pages that may be kept: site path -> (content key, SHA-256 its gate
    passed, key of its rows or "" when the last build had none)."""
    if not keys or not passed:
        return {}
    rows = rows or {}
    return {rel: (key, passed[rel], rows.get(rel, "")) for rel, key in keys.items() if rel in passed}


def _render_records(decided: Decided, setup: _Setup, previous_keys: pd.DataFrame | None,
                    previous_lists: dict[str, tuple[str, str, str]], workers: Workers | None) -> Rendered:
    """The entity pages and JSON and the list pages, in this process or the workers (render_site)."""
    (setup.out_dir / "entity").mkdir(parents=True, exist_ok=True)
    leaks: list[Leak] = []
    entity_bytes = 0
    list_pages: dict[str, str] = {}
    list_keys: dict[str, str] = {}
    list_row_keys: dict[str, str] = {}
    kept_lists: set[str] = set()
    tables = entity_rows(decided)
    codes, row_keys = entity_row_keys(tables, _entity_fingerprint(setup))
    kept = _kept_entities(codes, row_keys, previous_keys) if setup.keep_unchanged else {}
    assembled: dict[str, tuple[dict[str, Any], tuple[str, str, str, int]]] = {}
    wanted = [str(c) for c in codes.tolist() if c not in kept]
    limit = tuning.current().render_parallel_from
    site_parallel = _entity_count(decided) >= limit and worker_count() > 1
    parallel = site_parallel and (not kept or _rows_of(tables, wanted) >= limit)
    # (Workers.own starts no process until a job is handed to it.)
    with Workers.own(workers) if site_parallel else nullcontext() as pool:
        run = _Runner(setup, pool if parallel else None)
        for batch, found in run(_render_entity_batch, entity_batches(decided, previous_keys, codes=wanted,
                                                                     tables=tables)):
            leaks.extend(found)
            for summary, row in batch:
                assembled[row[0]] = (summary, row)
                entity_bytes += row[3]
        # The entities' rows by position and their codes (a Python string per published row) are
        # not read by the list pages: released before them, not at the end of the stage.
        del tables, wanted
        lists = _list_batches(decided, previous_lists)
        for digests, page_keys, row_keys_now, kept_now, found in (
                run(_render_list_batch, lists) if parallel or pool is None else _lists_here_then(run, setup, pool, lists)):
            leaks.extend(found)
            list_pages.update(digests)
            list_keys.update(page_keys)
            list_row_keys.update(row_keys_now)
            kept_lists.update(kept_now)
    entities: list[dict[str, Any]] = []
    key_rows: list[tuple[str, ...]] = []
    written: list[str] = []
    for code, row_key in zip(codes.tolist(), row_keys.tolist()):  # in code order, as a full build has them
        if code in kept:
            summary, data_key, updated = kept[code]
        else:
            summary, (_, data_key, updated, size) = assembled.pop(code)  # (each held once: in entities)
            if size:
                written.append(code)
        entities.append(summary)
        key_rows.append((code, data_key, updated, row_key, *(_stored(summary[k]) for k in STORED_SUMMARY)))
    keys = pd.DataFrame(key_rows, columns=list(ENTITY_KEYS))
    return Rendered(entities, keys, written, entity_bytes, leaks, setup.scan, list_pages, list_keys, list_row_keys,
                    kept_lists)


# The columns of the build's entity keys (Rendered.keys, kept in the state as <build>.entities.parquet):
# the content key and date of last change of each page, the key of the rows it is made from
# (views.entity_row_keys), and its summary (views.SUMMARY_KEYS) for the search and check indexes
# and the sitemap of a later update that keeps the page without assembling it ("keys": JSON).
STORED_SUMMARY = tuple(k for k in SUMMARY_KEYS if k != "code")
ENTITY_KEYS = ("code", "data_key", "updated", "row_key", *STORED_SUMMARY)


def _stored(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else str(value)


def _kept_entities(codes: np.ndarray, row_keys: np.ndarray, previous_keys: pd.DataFrame | None
                   ) -> dict[str, tuple[dict[str, Any], str, str]]:
    """The entities of an update whose row key (views.entity_row_keys) is the last build's: their
    summary, content key and date of last change as the last build had them. Their page and
    JSON are the live site's; they are neither assembled, written nor scanned again. None without
    the last build's row keys (an older state) or with `render_keep_entities=0` (tuning.py)."""
    if (previous_keys is None or previous_keys.empty or not tuning.current().render_keep_entities
            or not set(ENTITY_KEYS) <= set(previous_keys.columns)):
        return {}
    before = previous_keys.drop_duplicates("code").set_index("code").reindex(codes)
    same = (before["row_key"].to_numpy(dtype=object) == row_keys) & before["data_key"].notna().to_numpy()
    if not same.any():
        return {}
    rows = before[same]
    kept: dict[str, tuple[dict[str, Any], str, str]] = {}
    for code, data_key, updated, name, summary, keys, category in zip(
            rows.index.tolist(), rows["data_key"].tolist(), rows["updated"].tolist(), rows["name"].tolist(),
            rows["summary"].tolist(), rows["keys"].tolist(), rows["category"].tolist()):
        values = {"name": name, "summary": summary, "keys": json.loads(keys), "category": category}
        kept[code] = ({k: code if k == "code" else values[k] for k in SUMMARY_KEYS}, data_key, updated)
    return kept


def _entity_fingerprint(setup: _Setup) -> str:
    """What an entity page and JSON show besides the rows of their entity (views.entity_row_keys):
    the entity shell (the site's header, navigation and footer), the site's title, the entity
    template, and the graded-supervision table the grade meanings come from. The rest of the
    code is the same whenever pages are kept at all (`keep_unchanged`: the same code fingerprint);
    the as-of date reaches a page only through its rows' derived columns (status badge, current
    grade, publication end: views.view_columns), which the row keys cover."""
    from generator.crosscheck import load_supervision

    shell = setup.shells.get("entity/_shell/")
    env = _environment()
    assert env.loader is not None
    source = env.loader.get_source(env, "entity.html")[0]
    text = json.dumps([shell.parts if shell else [], shell.marks if shell else [], setup.context.site_title, source,
                       load_supervision()], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write_site_pages(decided: Decided, sink: OutputSink, env: Environment, shells: dict[str, Shell],
                      context: SiteContext, extra_pages: dict[str, tuple[str, str]], entity_count: int) -> None:
    """The home, search, downloads, dictionary and changes pages, the extra pages and build-info.js."""
    def write(rel: str, shell_key: str, title: str, template: str, head: str = "", **values: Any) -> None:
        body = env.get_template(template).render(site=context, title=title, **values)
        pieces = shells[shell_key].pieces(title, body, head)
        sink.write(f"{rel}/index.html" if rel else "index.html", "".join(pieces), pieces)

    counts = {kind: len(decided.published(kind)) for kind in RECORD_KINDS}
    write("", "", context.site_title, "home.html", counts=counts, latest=_latest(decided, 20),
          entity_count=entity_count)
    write("search", "search/", "搜索", "search.html")
    write("downloads", "downloads/", "数据下载", "downloads.html", datasets=group_downloads(context.downloads))
    write("dictionary", "dictionary/", "数据字典", "dictionary.html")
    write("changes", "changes/", "更新说明", "changes.html")
    templates = sink.root / "downloads" / "commitments"  # commitment letters as downloadable Markdown
    templates.mkdir(parents=True, exist_ok=True)
    for source in sorted((CONTENT / "commitments").glob("*.md")):
        if source.name != "index.md":
            sink.write(f"downloads/commitments/{source.name}", source.read_bytes())
            shutil.copystat(source, templates / source.name)  # the template's own date, as a copy keeps it
    for rel, (title, body) in extra_pages.items():
        pieces = shells[f"{rel}/"].pieces(title, body)
        sink.write(f"{rel}/index.html", "".join(pieces), pieces)
    # Entity pages name the date their own content last changed, not the build's, so that they
    # stay byte-identical between builds; this one small file tells them the site's as-of date.
    sink.write("assets/build-info.js", _build_info(context))


def _build_info(context: SiteContext) -> str:
    """assets/build-info.js: fills in the as-of date and version, and a printed page's address and day."""
    return (
        "// Written by every build: the date the site's information is checked as of, and its version.\n"
        "document.querySelectorAll(\"[data-cs-asof]\").forEach(function (e) {\n"
        f"  e.textContent = {json.dumps(context.as_of)};\n"
        "});\n"
        "document.querySelectorAll(\"[data-cs-version]\").forEach(function (e) {\n"
        f"  e.textContent = {json.dumps(context.build_id)};\n"
        "});\n"
        "// A printed page names its address and the day it was printed.\n"
        "document.querySelectorAll(\"[data-cs-url]\").forEach(function (e) { e.textContent = location.href; });\n"
        "document.querySelectorAll(\"[data-cs-printed]\").forEach(function (e) {\n"
        "  var d = new Date(); e.textContent = d.getFullYear() + \"-\" + String(d.getMonth() + 1).padStart(2, \"0\")\n"
        "    + \"-\" + String(d.getDate()).padStart(2, \"0\");\n"
        "});\n")


# Hand-written pages with blocks filled from the settings at every build (mkdocs' output is cached
# per code version, the settings may change without the code): page -> the markers it holds.
SETTING_BLOCKS = {"contact": ("contact",), "repair": ("repair-where", "repair-days")}


def fill_setting_blocks(out_dir: Path, env: Environment, context: SiteContext) -> None:
    """Replace each `<!-- cs:NAME -->` marker of the content pages in SETTING_BLOCKS with its block
    of site_templates/settings_blocks.html, rendered from `context.contact` (autoescaped)."""
    template = env.get_template("settings_blocks.html")
    for page, blocks in SETTING_BLOCKS.items():
        target = out_dir / page / "index.html"
        if not target.is_file():
            continue
        text = target.read_text(encoding="utf-8")
        for block in blocks:
            marker = f"<!-- cs:{block} -->"
            if marker in text:
                text = text.replace(marker, template.render(site=context, block=block).strip())
        target.write_text(text, encoding="utf-8")


FORMAT_ORDER = ("CSV", "XLSX", "JSON", "JSONL", "PARQUET")


def group_downloads(downloads: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per dataset (the files sharing a name before the extension), its formats in a fixed order."""
    datasets: dict[str, dict[str, Any]] = {}
    for d in downloads:
        stem = d["path"].rsplit(".", 1)[0]
        group = datasets.setdefault(stem, {"name": stem, "title": d["title"], "rows": d["rows"], "files": []})
        if group["rows"] is None:  # JSON and Parquet are file resources without a row count
            group["rows"] = d["rows"]
        group["files"].append(d)
    for group in datasets.values():
        group["files"].sort(key=lambda f: FORMAT_ORDER.index(f["format"]) if f["format"] in FORMAT_ORDER else 9)
    return list(datasets.values())


# mkdocs' output of each code version this process has built, for the next build of any site: a
# process that builds many sites (the tests, a preview beside the real build) runs mkdocs once per
# code version. Keyed by the state's cache folder name (the code fingerprint); the folder is removed
# at exit.
_SHELLS_MADE: dict[str, tuple[dict[str, Shell], Path]] = {}


def _cached_shells(out_dir: Path, cache: Path | None) -> dict[str, Shell]:
    """The shells, and mkdocs' pages copied into out_dir: from the cache, or by running mkdocs."""
    if cache is not None and (cache / "shells.json").is_file() and (cache / "site").is_dir():
        saved = json.loads((cache / "shells.json").read_text(encoding="utf-8"))
        shutil.copytree(cache / "site", out_dir, dirs_exist_ok=True)
        return {rel: Shell(shell["parts"], shell["marks"]) for rel, shell in saved.items()}
    made = _SHELLS_MADE.get(cache.name) if cache is not None else None
    if made is None or not made[1].is_dir():
        work = make_temp_folder("creditsite-mkdocs-")  # marked: a killed build's is removed by the next (tempfolders.py)
        atexit.register(shutil.rmtree, work, True)
        made = build_shells(work, [])
        if cache is not None:
            _SHELLS_MADE[cache.name] = made
    shells, mkdocs_site = made
    shutil.copytree(mkdocs_site, out_dir, dirs_exist_ok=True)
    if cache is not None:
        if cache.parent.is_dir():  # one code version is kept
            for other in cache.parent.iterdir():
                shutil.rmtree(other, ignore_errors=True)
        ready = cache.with_name(cache.name + ".part")
        shutil.copytree(mkdocs_site, ready / "site")
        (ready / "shells.json").write_text(json.dumps(
            {rel: {"parts": shell.parts, "marks": shell.marks} for rel, shell in shells.items()},
            ensure_ascii=False), encoding="utf-8")
        ready.rename(cache)
    return shells


# Entity pages from which a pool renders them, entities and list pages per job: generator/tuning.py
# (render_parallel_from, render_entity_batch, render_list_batch). The workers get the parent's values.


@dataclass
class _Setup:
    """What every renderer process needs besides its batch of rows."""

    shells: dict[str, Shell]
    context: SiteContext
    out_dir: Path
    as_of: str
    keep_unchanged: bool
    scan: ScanSetup | None = None
    live: Path | None = None  # the live site, whose unchanged list pages are kept (None: render them all)
    list_fingerprint: str = ""  # of what every list page shows besides its own values: the shells


def _worker_state(setup: _Setup) -> dict[str, Any]:
    """What a renderer process makes once from the setup: its templates and its scanner."""
    env = _environment()
    return {"setup": setup, "entity": env.get_template("entity.html"), "list": env.get_template("list.html"),
            "scanner": WrittenScanner(setup.scan) if setup.scan is not None else None}


class _Runner:
    """Runs batch jobs in this process (small sites) or in the build's worker processes.

    In the workers, jobs are handed out as they are made and their results come back in order,
    so only a few batches of rows are in memory at once, however large the site; the setup is
    handed to each process once.
    """

    def __init__(self, setup: _Setup, workers: Workers | None) -> None:
        self.workers = workers
        self.state = _worker_state(setup) if workers is None else None
        self.handle = workers.share(setup, build=_worker_state) if workers is not None else None

    def __call__(self, function: Any, jobs: Iterable[Any]) -> Iterator[Any]:
        if self.workers is None or self.handle is None:
            for job in jobs:
                yield function(self.state, job)
            return
        yield from self.workers.ordered(function, self.handle, jobs)


# List pages an update renders in its own process before it hands the rest to the workers: a record
# new at the top of a long list changes every page of it, thousands at 10^6 entities.
LIST_PAGES_HERE = 200


def _lists_here_then(here: _Runner, setup: _Setup, pool: Workers, jobs: Iterator[tuple[Any, ...]]) -> Iterator[Any]:
    """`_render_list_batch` of each job in this process until more than LIST_PAGES_HERE pages have
    been rendered (not kept), then of the jobs left in the workers; results in job order."""
    rendered, state = 0, here.state
    assert state is not None  # a runner without workers
    for job in jobs:
        result = _render_list_batch(state, job)
        yield result
        rendered += len(result[0]) - len(result[3])  # its pages' digests, less the pages kept
        if rendered > LIST_PAGES_HERE:
            yield from _Runner(setup, pool)(_render_list_batch, jobs)
            return


def _rows_of(tables: EntityTables, codes: list[str]) -> int:
    """The published rows of these entities (sorted codes) that reach their pages: an update that
    keeps most entity pages renders the few others in this process when they are below
    `render_parallel_from` (the worker processes' start, a second each with their imports and the
    scan's setup, cost more than they save; a full build counts every row, `_entity_count`)."""
    chosen = np.array(codes, dtype=object)
    return sum(int((np.searchsorted(values, chosen, "right") - np.searchsorted(values, chosen, "left")).sum())
               for _, _, values in tables.values()) if codes else 0


def _entity_count(decided: Decided) -> int:
    return sum(len(decided.published(k)) for k in decided.frames if k in RECORD_KINDS or KIND_RULES[k].entity_rows)


def _render_entity_batch(state: dict[str, Any], job: tuple[Any, ...]
                         ) -> tuple[list[tuple[dict[str, Any], tuple[str, str, str, int]]], list[Leak]]:
    """Assemble, key and (if changed) write the pages of one batch of entities; the leaks in them."""
    codes, rows, previous = job
    setup: _Setup = state["setup"]
    out = []
    leaks: list[Leak] = []
    for entity in batch_entities(codes, rows):
        key = hashlib.sha256(json.dumps(entity, sort_keys=True, ensure_ascii=False, default=str,
                                        separators=(",", ":")).encode("utf-8")).hexdigest()[:32]
        before = previous.get(entity["code"])
        same = before is not None and before[0] == key
        entity["updated"] = before[1] if same and before is not None else setup.as_of
        size = 0 if setup.keep_unchanged and same else _write_entity(entity, state, leaks)
        summary = entity_summary(entity)
        out.append((summary, (entity["code"], key, entity["updated"], size)))
    return out, leaks


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)


def _write_new(path: str, data: bytes) -> None:
    """Write a file with the fewest system calls: a million entity pages spend most of their time here."""
    handle = os.open(path, _NEW_FILE, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view):]
    finally:
        os.close(handle)


def _write_entity(entity: dict[str, Any], state: dict[str, Any], leaks: list[Leak]) -> int:
    """Write an entity's JSON and page (adding what the scan finds in them to leaks); return the bytes written."""
    setup: _Setup = state["setup"]
    raw = entity_json(entity)
    entity_dir = os.path.join(setup.out_dir, "entity")
    scanner: WrittenScanner | None = state["scanner"]
    if scanner is not None:
        leaks.extend(scanner.leaks(f"entity/{entity['code']}.json", raw))
    _write_new(os.path.join(entity_dir, f"{entity['code']}.json"), raw)
    body = state["entity"].render(site=setup.context, title=entity["name"], entity=entity,
                                    json_sha256=hashlib.sha256(raw).hexdigest())
    folder = os.path.join(entity_dir, entity["code"])
    try:
        os.mkdir(folder)
    except FileExistsError:
        pass
    pieces = setup.shells["entity/_shell/"].pieces(entity["name"], body)
    page = "".join(pieces).encode("utf-8")
    if scanner is not None:
        leaks.extend(scanner.page_leaks(f"entity/{entity['code']}/index.html", pieces))
    _write_new(os.path.join(folder, "index.html"), page)
    return len(raw) + len(page)


def _list_batches(decided: Decided, previous: dict[str, tuple[str, str, str]] | None = None
                  ) -> Iterator[tuple[Any, ...]]:
    """Jobs of `render_list_batch` list pages: kind, their rows, first page number, page count, row count,
    and which list they belong to (all of the kind, one issuing body's, or one issuing body's in one
    year: its folder, the body's name and the year) with the issuing bodies of the kind and the
    years of the body; the last build's (content key, SHA-256, row key) of those pages it had
    (`previous`: by site path); last, the columns the rows' hashes cover. Rows are newest first
    (decision date, then key); with `render_list_row_keys` (tuning.py) they carry their hash
    (`views.row_hashes`) in the column ROW_HASH."""
    limits = tuning.current()
    per_job, hashed = limits.render_list_batch, limits.render_list_row_keys
    previous = previous or {}
    for kind in RECORD_KINDS:
        frame = decided.published(kind) if kind in decided.frames else pd.DataFrame()
        spec = KINDS[kind]
        if not frame.empty and spec.decision_date in frame:
            order = frame[spec.decision_date].astype(object).fillna("").astype(str)
            keys = frame[KEY].astype(object).fillna("").astype(str)
            frame = frame.iloc[np.lexsort((keys.to_numpy(), order.to_numpy()))[::-1]]
        columns: list[str] = []
        if hashed:  # a hash per row, made for all rows at once: a kept page needs no record view
            hashes, columns = row_hashes(kind, frame)
        # The jobs carry only what a list page's record view reads (`list_view_columns`): the
        # fields that entity pages alone show (long texts: 违法事实, 经营范围) are neither pickled
        # to the renderers nor turned into Python objects there, in each of the lists a row is on.
        frame = frame[[c for c in list_view_columns(kind) if c in frame]]
        if hashed:
            frame = frame.assign(**{ROW_HASH: hashes})
        bodies: list[dict[str, Any]] = []
        lists: list[tuple[str, str, pd.DataFrame, str, list[dict[str, Any]]]] = [("", "", frame, "", [])]
        if not frame.empty and spec.issuer_name and spec.issuer_name in frame:
            issuers = frame[spec.issuer_name].astype(object).fillna("").astype(str)
            for title, rows in frame.groupby(issuers.to_numpy(), sort=True):
                if title:
                    slug = body_slug(str(title))
                    bodies.append({"title": str(title), "slug": slug, "count": len(rows)})
                    # groupby keeps the newest-first order, in the body's list and in each year's
                    by_year = _by_year(rows, spec.decision_date)
                    years = [{"year": year, "slug": year_slug(slug, year), "count": len(part)}
                             for year, part in by_year] if len(by_year) > 1 else []
                    lists.append((slug, str(title), rows, "", years))
                    lists.extend((year_slug(slug, year), str(title), part, year, years)
                                 for year, part in by_year if years)
        for slug, title, rows, year, years in lists:
            pages = max(1, -(-len(rows) // PAGE_SIZE))
            for first in range(1, pages + 1, per_job):
                chunk = rows.iloc[(first - 1) * PAGE_SIZE:(first - 1 + per_job) * PAGE_SIZE]
                last = min(pages, first + per_job - 1)
                before = {rel: previous[rel] for rel in (f"{list_path(kind, slug, n)}/index.html"
                                                         for n in range(first, last + 1)) if rel in previous}
                yield kind, chunk, first, pages, len(rows), slug, title, bodies, year, years, before, columns


def _by_year(rows: pd.DataFrame, date_field: str) -> list[tuple[str, pd.DataFrame]]:
    """An issuing body's rows per year of their decision date, newest year first (rows without a
    readable year are in the body's list only)."""
    if not date_field or date_field not in rows:
        return []
    years = rows[date_field].astype(object).fillna("").astype(str).str[:4]
    known = years.str.fullmatch(r"\d{4}").to_numpy()
    return [(str(year), part) for year, part in rows[known].groupby(years[known].to_numpy(), sort=True)][::-1]


def year_slug(body: str, year: str) -> str:
    """The folder of an issuing body's list of one year: `<body folder>-y<year>` (never a page number)."""
    return f"{body}-y{year}"


def body_slug(title: str) -> str:
    """The folder of an issuing body's list pages: never a bare number, which is a page of the full list."""
    return "o-" + hashlib.sha256(title.encode("utf-8")).hexdigest()[:10]


def list_path(kind: str, slug: str, number: int) -> str:
    """Site path of a list page: lists/<kind>/[<n>/] for the full list, lists/<kind>/<slug>[-<n>]/ for a body's."""
    if not slug:
        return f"lists/{kind}" if number == 1 else f"lists/{kind}/{number}"
    return f"lists/{kind}/{slug}" if number == 1 else f"lists/{kind}/{slug}-{number}"


def pager(kind: str, slug: str, page: int, pages: int, root: str) -> list[tuple[str, str | None, str]]:
    """Numbered pagination: (label, href or None for the current page and gaps, rel) in order."""
    if pages <= 1:
        return []
    out: list[tuple[str, str | None, str]] = []
    if page > 1:
        out.append(("上一页", f"{root}{list_path(kind, slug, page - 1)}/", "prev"))
    shown = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    previous = 0
    for n in shown:
        if n - previous > 1:
            out.append(("…", None, ""))
        out.append((str(n), None if n == page else f"{root}{list_path(kind, slug, n)}/", ""))
        previous = n
    if page < pages:
        out.append(("下一页", f"{root}{list_path(kind, slug, page + 1)}/", "next"))
    return out


def _list_fingerprint(shells: dict[str, Shell]) -> str:
    """What every list page shows besides its own values: the shells of the list pages (the site's
    header, navigation and footer). The templates and the code are the same whenever pages are kept
    at all (`keep_unchanged`: the same code fingerprint)."""
    lists = {rel: [shell.parts, shell.marks] for rel, shell in shells.items() if rel.startswith("lists/")}
    return hashlib.sha256(json.dumps(lists, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


# What list.html shows of a record view: a change to any other of its values (a penalty's 处罚内容,
# shown on the entity page) leaves the list pages as they were. tests/test_render_update.py checks
# that the template reads nothing else, and nothing of the build's context (`site`: its date, version).
LIST_ROW_KEYS = ("kind", "key", "date", "headline", "authority", "party", "person", "entity", "tier", "stop", "hide_on",
                 "repair_from", "apply_at", "badge", "domain")


def list_page_key(fingerprint: str, rel: str, title: str, head: str, values: dict[str, Any]) -> str:
    """The content key of a list page: everything it shows, as the template gets it (what it shows
    of its record views, LIST_ROW_KEYS, its pager, issuing bodies, years and totals), its title and
    head, and the shells' fingerprint. Two builds of the same code giving a page the same key give
    it the same bytes."""
    text = json.dumps([fingerprint, rel, title, head, values], sort_keys=True, ensure_ascii=False, default=str,
                      separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


# Stands for the format of the row keys below: changing how they are made changes every key.
LIST_ROW_KEY_VERSION = "list-row-key/1"
ROW_HASH = "_list_row_hash"  # the column of a list job's rows holding each row's hash (views.row_hashes)


def list_row_key(fingerprint: str, rel: str, title: str, values: dict[str, Any], columns: list[str],
                 hashes: np.ndarray) -> str:
    """The key of a list page made from its rows' hashes (`views.row_hashes`: over every column their
    record views read) instead of their views: everything else `list_page_key` covers (`values`:
    the page's own values but its rows), the columns hashed and, in order, the hash of each row.
    The same row key means the same rows in the same places with the same values, hence the same
    record views, head and content key: a page whose row key is the last build's keeps its content
    key (and the live file) without its views being made. A different row key says nothing (a
    column the lists do not show changed): the views are made and the content key compared."""
    text = json.dumps([LIST_ROW_KEY_VERSION, fingerprint, rel, title, values, columns], sort_keys=True,
                      ensure_ascii=False, default=str, separators=(",", ":"))
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16)
    digest.update(np.ascontiguousarray(hashes, dtype="<u8").tobytes())
    return digest.hexdigest()


def _render_list_batch(state: dict[str, Any], job: tuple[Any, ...]
                       ) -> tuple[dict[str, str], dict[str, str], dict[str, str], list[str], list[Leak]]:
    """Write one batch of list pages, or keep the live file of those whose row key or content key is
    the last build's; their site paths with their SHA-256, their content keys, their row keys, the
    pages kept, and the leaks in the pages written."""
    kind, chunk, first, pages, total, slug, body_title, bodies, year, years, previous, columns = job
    setup: _Setup = state["setup"]
    scanner: WrittenScanner | None = state["scanner"]
    digests: dict[str, str] = {}
    keys: dict[str, str] = {}
    row_keys: dict[str, str] = {}
    kept: list[str] = []
    leaks: list[Leak] = []
    hashes = chunk[ROW_HASH].to_numpy(dtype=np.uint64) if ROW_HASH in chunk else None
    # Without row hashes, every row's view is made at once (as before they had them).
    # No fields: a list page shows none (LIST_ROW_KEYS), and its rows carry only `list_view_columns`.
    views = [record_view(kind, row, []) for row in records_of(chunk)] if hashes is None else None
    last = min(pages, first + tuning.current().render_list_batch - 1)
    for number in range(first, last + 1):
        start, end = (number - first) * PAGE_SIZE, (number - first + 1) * PAGE_SIZE
        rel = list_path(kind, slug, number)
        page_rel = f"{rel}/index.html"
        depth = "../" * (rel.count("/") + 1)
        shell = f"lists/{kind}/" if rel == f"lists/{kind}" else f"lists/{kind}/_shell/"
        title = KINDS[kind].title + (f"：{body_title}" if body_title else "") + (f" {year} 年" if year else "")
        title += f"（第 {number} 页）" if number > 1 else ""
        values = dict(kind=kind, page=number, pages=pages, root=depth, total=total, slug=slug,
                      body_title=body_title, bodies=bodies if number == 1 else [], year=year,
                      body_slug=slug.rsplit("-y", 1)[0] if year else slug, years=years if number == 1 else [],
                      pager=pager(kind, slug, number, pages, depth))
        target = setup.out_dir / rel / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        before = previous.get(page_rel)
        if hashes is not None:
            row_key = row_keys[page_rel] = list_row_key(setup.list_fingerprint + shell, rel, title, values, columns,
                                                        hashes[start:end])
            if before is not None and before[2] == row_key and _keep_live(setup, page_rel, before[1], target):
                digests[page_rel], keys[page_rel] = before[1], before[0]
                kept.append(page_rel)
                continue
        part = views[start:end] if views is not None else [
            record_view(kind, row, []) for row in records_of(chunk.iloc[start:end])]
        head = page_head(any(r["person"] for r in part), depth, kind)
        values["rows"] = part
        shown_values = {**values, "rows": [[r[k] for k in LIST_ROW_KEYS] for r in part]}
        key = keys[page_rel] = list_page_key(setup.list_fingerprint + shell, rel, title, head, shown_values)
        if before is not None and before[0] == key and _keep_live(setup, page_rel, before[1], target):
            digests[page_rel] = before[1]
            kept.append(page_rel)
            continue
        body = state["list"].render(site=setup.context, title=title, **values)
        pieces = setup.shells[shell].pieces(title, body, head)
        page = "".join(pieces).encode("utf-8")
        if scanner is not None:
            leaks.extend(scanner.page_leaks(page_rel, pieces))
        digests[page_rel] = hashlib.sha256(page).hexdigest()
        _write_new(str(target), page)
    return digests, keys, row_keys, kept, leaks


def _keep_live(setup: _Setup, rel: str, digest: str, target: Path) -> bool:
    """Give the new version the live site's file at rel if it still has the bytes the last gate
    passed (`digest`): a hard link, or a copy. False (nothing done) when it has not: a file
    edited by hand in the live folder is rendered again, never carried over."""
    if setup.live is None:
        return False
    source = setup.live / rel
    try:
        with source.open("rb") as handle:
            if hashlib.file_digest(handle, "sha256").hexdigest() != digest:
                return False
    except OSError:
        return False
    target.unlink(missing_ok=True)  # mkdocs' shell of a kind's first list page is there
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed
        shutil.copy2(source, target)
    return True


def _latest(decided: Decided, count: int) -> list[dict[str, Any]]:
    """The newest published records for the home page (ties in kind and row order)."""
    candidates: list[dict[str, Any]] = []
    for kind in RECORD_KINDS:
        frame = decided.published(kind) if kind in decided.frames else pd.DataFrame()
        if frame.empty:
            continue
        spec = KINDS[kind]
        dates = frame[spec.decision_date].astype(object).fillna("").astype(str) if spec.decision_date in frame \
            else pd.Series([""] * len(frame), index=frame.index)
        keys = frame[KEY].astype(object).fillna("").astype(str)
        threshold = heapq.nlargest(count, zip(dates.tolist(), keys.tolist()))[-1]
        mask = (dates > threshold[0]) | ((dates == threshold[0]) & (keys >= threshold[1]))
        shown = shown_fields(kind)
        candidates.extend(record_view(kind, row, shown) for row in records_of(frame.loc[mask.to_numpy()]))
    return sorted(candidates, key=lambda r: (r["date"], r["key"]), reverse=True)[:count]


def render_neutral_pages(out_dir: Path, codes: Iterable[str], context: SiteContext) -> int:
    """At the URL of an entity that left the site: a neutral page, never the old content.

    Returns the bytes written.
    """
    codes = list(codes)
    if not codes:
        return 0
    shell = context.entity_shell
    if shell is None:  # called without render_site: build the shells once here
        with tempfile.TemporaryDirectory(prefix="creditsite-mkdocs-") as tmp:
            shell = build_shells(Path(tmp), [])[0]["entity/_shell/"]
    body = _environment().get_template("neutral.html").render(site=context)
    page = shell.fill("无公示信息", body, page_head(noindex=True)).encode("utf-8")
    for code in codes:
        target = out_dir / "entity" / code / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page)
    return len(page) * len(codes)
