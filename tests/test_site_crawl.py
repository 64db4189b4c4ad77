"""Crawl the built sample site: no broken internal link, one <h1> a page, lang="zh-CN" everywhere.

The sample (data/sample, as of 2026-11-27) is built once with the command line (`sample_site()`,
shared with the accessibility tests). Every
HTML page reachable from index.html is parsed (html.parser, no browser) and every internal href,
src and form action must name a file of the site: the site is static, so a directory link needs its
index.html, and a fragment must name an id on the target page. The search index is checked too:
every shard that meta.json and the key directories announce exists, and every result row links to
a page that exists.
"""

from __future__ import annotations

import atexit
import functools
import json
import math
import posixpath
import shutil
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.helpers import build_args

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"
LINK_ATTRS = {"a": "href", "link": "href", "area": "href", "script": "src", "img": "src", "source": "src",
              "iframe": "src", "audio": "src", "video": "src", "track": "src", "form": "action"}
EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel", "javascript", "data", "ftp"}


@dataclass
class Page:
    """What the crawl needs from one HTML page."""

    links: list[tuple[str, str]] = field(default_factory=list)  # (tag, url)
    ids: set[str] = field(default_factory=set)
    h1: int = 0
    lang: str | None = None


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v for k, v in attrs if v is not None}
        if tag == "html":
            self.page.lang = values.get("lang")
        if tag == "h1":
            self.page.h1 += 1
        for key in ("id", "name" if tag == "a" else ""):
            if key and key in values:
                self.page.ids.add(values[key])
        attr = LINK_ATTRS.get(tag)
        if attr and attr in values:
            self.page.links.append((tag, values[attr].strip()))
        if tag in ("img", "source") and "srcset" in values:
            for candidate in values["srcset"].split(","):
                if candidate.strip():
                    self.page.links.append((tag, candidate.split()[0]))


def parse(path: Path) -> Page:
    parser = _Parser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.page


@dataclass
class Crawl:
    root: Path
    pages: dict[str, Page]  # site path of the HTML file ("index.html", "about/index.html") -> page
    broken: list[str]
    checked: int


def _target(root: Path, rel_file: str) -> str | None:
    """The site file a resolved path names, as a static server would serve it, or None."""
    candidate = root / rel_file if rel_file else root
    if rel_file.endswith("/") or rel_file == "" or candidate.is_dir():
        index = posixpath.join(rel_file, "index.html") if rel_file else "index.html"
        return index if (root / index).is_file() else None
    return rel_file if candidate.is_file() else None


def search_rows(root: Path) -> list[tuple[str, str]]:
    """(title, url) of every row of the static search index."""
    meta = json.loads((root / "search" / "meta.json").read_text(encoding="utf-8"))
    rows = []
    for block in range(math.ceil(meta["docs"] / meta["docBlock"])):
        for row in json.loads((root / "search" / "docs" / f"{block}.json").read_text(encoding="utf-8")):
            rows.append((row[0], row[3] if len(row) > 3 else meta["urlPattern"].replace("{code}", row[1])))
    return rows


def crawl(root: Path, seeds: list[str]) -> Crawl:
    """Breadth-first over every HTML page reachable from the seeds (site paths of HTML files)."""
    pages: dict[str, Page] = {}
    queue = list(seeds)
    pending_fragments: list[tuple[str, str, str]] = []  # (from page, target page, fragment)
    broken: list[str] = []
    checked = 0
    while queue:
        current = queue.pop(0)
        if current in pages:
            continue
        page = parse(root / current)
        pages[current] = page
        base = posixpath.dirname(current)
        for tag, url in page.links:
            parts = urlsplit(url)
            if parts.scheme in EXTERNAL_SCHEMES or parts.netloc:
                continue
            checked += 1
            if parts.scheme:
                broken.append(f"{current}: <{tag}> {url!r} has an unexpected scheme")
                continue
            if parts.path.startswith("/"):
                broken.append(f"{current}: <{tag}> {url!r} is root-absolute (the site must work from any folder)")
                continue
            if not parts.path:  # "#fragment" or "?query" on the page itself
                if parts.fragment:
                    pending_fragments.append((current, current, unquote(parts.fragment)))
                continue
            joined = posixpath.normpath(posixpath.join(base, unquote(parts.path)))
            if joined == ".":
                joined = ""
            if joined.startswith(".."):
                broken.append(f"{current}: <{tag}> {url!r} leaves the site")
                continue
            if parts.path.endswith("/") and joined:
                joined += "/"
            found = _target(root, joined)
            if found is None:
                broken.append(f"{current}: <{tag}> {url!r} -> {joined or '.'} does not exist")
                continue
            if found.endswith(".html"):
                queue.append(found)
                if parts.fragment:
                    pending_fragments.append((current, found, unquote(parts.fragment)))
    for source, target, fragment in pending_fragments:
        if target in pages and fragment not in pages[target].ids:
            broken.append(f"{source}: #{fragment} is not an id on {target}")
    return Crawl(root, pages, broken, checked)


@functools.cache
def sample_site() -> Path:
    """The sample built as of 2026-11-27 with the command line, once per test session (read-only)."""
    root = Path(tempfile.mkdtemp(prefix="creditsite-sample-"))
    atexit.register(shutil.rmtree, root, True)
    result = CliRunner().invoke(main, build_args(SAMPLE, root / "site", root / "report", state=root / "state",
                                                 as_of="2026-11-27"))
    assert result.exit_code == 0, result.output
    return root / "site"


@pytest.fixture(scope="module")
def site() -> Crawl:
    site = sample_site()
    # Entities without published records have a page that only the search finds: crawl from there too.
    found = [_target(site, url) for _, url in search_rows(site)]
    return crawl(site, ["index.html", *sorted({f for f in found if f is not None})])


def test_no_broken_internal_links(site: Crawl) -> None:
    assert site.broken == [], f"{len(site.broken)} broken links:\n" + "\n".join(site.broken[:40])
    assert site.checked > 1000  # the crawl really followed the site's links


def test_the_crawl_reaches_every_page_type(site: Crawl) -> None:
    reached = set(site.pages)
    for expected in ("index.html", "search/index.html", "downloads/index.html", "dictionary/index.html",
                     "changes/index.html", "about/index.html", "lists/penalties/index.html"):
        assert expected in reached, f"{expected} is not linked from the site"
    built = {p.relative_to(site.root).as_posix() for p in site.root.rglob("*.html")}
    assert any(p.startswith("entity/") for p in reached)
    # No orphan: every page is linked or found by the search, apart from the error page servers show themselves.
    assert built - reached - {"404.html"} == set()


def test_every_page_has_exactly_one_h1(site: Crawl) -> None:
    wrong = {path: page.h1 for path, page in site.pages.items() if page.h1 != 1}
    assert wrong == {}


def test_every_page_declares_zh_cn(site: Crawl) -> None:
    pages = {p.relative_to(site.root).as_posix(): parse(p) for p in site.root.rglob("*.html")}
    wrong = {path: page.lang for path, page in pages.items() if page.lang != "zh-CN"}
    assert wrong == {}


def test_the_search_index_names_only_files_that_exist(site: Crawl) -> None:
    search = site.root / "search"
    meta = json.loads((search / "meta.json").read_text(encoding="utf-8"))
    needed = ["common.json", *(f"terms/{s}.json" for s in range(meta["nameShards"])),
              *(f"docs/{b}.json" for b in range(math.ceil(meta["docs"] / meta["docBlock"])))]
    for table in ("f", "r"):
        directory = json.loads((search / "keys" / f"{table}.json").read_text(encoding="utf-8"))
        if directory["n"]:
            needed += [f"keys/{table}/{b}.json" for b in range(len(directory["s"]))]
    common = json.loads((search / "common.json").read_text(encoding="utf-8"))
    for shard in range(meta["nameShards"]):
        for term, postings in json.loads((search / "terms" / f"{shard}.json").read_text(encoding="utf-8")).items():
            if isinstance(postings, list):  # a frequent term: [count, first big page, first id of each page]
                assert term in common
                needed += [f"big/{postings[1] + i}.json" for i in range(len(postings) - 2)]
    missing = [name for name in needed if not (search / name).is_file()]
    assert missing == []
    rows = search_rows(site.root)
    assert len(rows) == meta["docs"]
    assert [(title, url) for title, url in rows if _target(site.root, url) is None] == []


def test_every_dataset_of_the_data_package_exists(site: Crawl) -> None:
    package = json.loads((site.root / "data" / "datapackage.json").read_text(encoding="utf-8"))
    paths = [r["path"] for r in package["resources"]]
    assert paths and [p for p in paths if not (site.root / "data" / p).is_file()] == []
