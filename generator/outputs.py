"""The site-wide outputs written after the pages: search index entries, sitemap and robots.txt.

They are made from the entity summaries (`views.entity_summary`: the render stage returns them) and
from the titles of the hand-written and generated pages, never from the records themselves.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.schema import KINDS, RECORD_KINDS
from generator.sink import OutputSink

if TYPE_CHECKING:
    from generator.index import SearchEntry

# Pages the build generates (no Markdown source): their address and title in the search index.
GENERATED_PAGE_TITLES = [
    ("downloads/", "数据下载"), ("dictionary/", "数据字典"), ("changes/", "更新说明"), ("stats/", "统计"),
    ("commitments-published/", "信用承诺履约情况"), ("lists-basis/", "各类名单及其认定依据"),
    ("complaints-summary/", "消费投诉处理情况"),
    *((f"lists/{k}/", KINDS[k].title) for k in RECORD_KINDS),
]


def base_url(site_url: str) -> str:
    """The site's absolute address ending in `/` (empty without one)."""
    return site_url if not site_url or site_url.endswith("/") else site_url + "/"


def content_pages() -> list[tuple[str, str]]:
    """(site address, title) of every hand-written page of content/: its first `# ` heading."""
    from generator.resources import CONTENT

    pages = []
    for md in sorted(CONTENT.rglob("*.md")):
        first = next((ln for ln in md.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")), md.stem)
        rel = md.relative_to(CONTENT).with_suffix("").as_posix()
        url = rel[: -len("index")] if rel.endswith("index") else rel + "/"
        pages.append((url, first.lstrip("# ").strip()))
    return pages


def write_search(entities: list[dict[str, Any]], site: Path, sink: OutputSink | None = None) -> None:
    """The search index (site/search/): every entity page, then the hand-written and generated pages
    (`search_entries`).

    In a build, through its `sink` (whose root is `site`): each file hashed as written, and
    scanned by the leak gate's workers.
    """
    from generator.index import build_search_index

    build_search_index(search_entries(entities), site / "search", sink=sink)


def search_entries(entities: Iterable[dict[str, Any]]) -> list[SearchEntry]:
    """Every entry of the search index: each entity page's, from its view's summary
    (`views.entity_summary`, no page rendered), then the hand-written and generated pages'."""
    from generator.index import SearchEntry
    from generator.views import search_entries as entity_entries

    entries = entity_entries(entities)
    entries += [SearchEntry(url=url, title=title, kind="page") for url, title in content_pages()]
    entries += [SearchEntry(url=url, title=title, kind="page") for url, title in GENERATED_PAGE_TITLES]
    return entries


def write_sitemap(sink: OutputSink, entities: list[dict[str, Any]], site_url: str) -> None:
    """robots.txt, and with a site URL a sitemap of the public pages and organisations' entity pages.

    Natural persons have no pages; 个体工商户 pages are left out of the sitemap too, since
    their names often are the operator's name (privacy.md: organisations only).
    """
    site = sink.root
    for stale in ("sitemap.xml", "sitemap.xml.gz"):  # mkdocs writes an empty one without a site URL
        sink.forget(stale)
    robots = "User-agent: *\nAllow: /\n"
    if site_url:
        base = base_url(site_url)
        pages = sorted(str(p.parent.relative_to(site).as_posix()) for p in site.glob("*/index.html"))
        pages += sorted(f"lists/{p.parent.name}" for p in site.glob("lists/*/index.html"))
        pages += [f"entity/{e['code']}" for e in entities if e["category"] != "个体工商户"]
        urls = [base] + [f"{base}{p}/" for p in pages if p not in ("search", "lists")]
        body = "".join(f"<url><loc>{html.escape(u)}</loc></url>\n" for u in urls)
        sink.write("sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                                  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                  f"{body}</urlset>\n")
        robots += f"Sitemap: {base}sitemap.xml\n"
    sink.write("robots.txt", robots)
