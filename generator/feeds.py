"""Feeds stage: Atom 1.0 feeds of newly published records, one per record kind.

Entry point: `write_feeds(decided, first_published, out_dir, site_url=..., as_of=..., build_id=...,
site_title=...)`. Each feed lists the most recently first-published records of its kind that
are published as of the build date; withheld records never appear. Parties that are natural
persons appear only under their already masked names and never link to an entity page.

Links: with an absolute `site_url` (ending in "/") every link is absolute. With
`site_url=""` links are relative references, which Atom allows (RFC 4287 §2 and RFC 3986):
without an ``xml:base`` they resolve against the feed's own URL, so they are written relative
to the feeds folder (``../entity/<code>/``), i.e. the feeds must sit one level below the site
root (``<site>/feeds/<kind>.xml``). Some feed readers ignore relative links, so production
builds should pass the public base URL.

Output is deterministic: no clock is read; dates come from `as_of` and `first_published`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.contract import (
    BADGE,
    DEGREE,
    ENTITY,
    KEY,
    PARTY_CATEGORY_FIELD,
    PARTY_NAME_FIELD,
    RECORD_ID,
    STOP,
    TIER,
    Decided,
)
from generator.records import SAFE_CODE, records_of
from generator.schema import HEADLINE, KINDS, NATURAL_PERSON, RECORD_KINDS
from generator.sink import OutputSink, writer_into

ATOM_NS = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_DIR_TO_ROOT = "../"  # relative links: from <site>/feeds/ to the site root
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_feeds(decided: Decided, first_published: Mapping[str, str], out_dir: Path, *, site_url: str, as_of: str,
                build_id: str, site_title: str, limit: int = 50, sink: OutputSink | None = None) -> list[Path]:
    """Write `out_dir/<kind>.xml` (Atom 1.0, UTF-8) for every record kind; return the paths.

    `first_published` maps a record's `_id` to the ISO date of the first build that published
    it (a published record missing from it counts as first published on `as_of`). Each feed
    holds the `limit` published records first published most recently (ties: decision date,
    newest first, then decision number). Entry ids are ``urn:creditsite:<_id>``; entry
    ``updated`` is the first-publication date; the feed's ``updated`` is `as_of`. An entry
    links to the entity page when the party is an organisation or 个体工商户 with an entity
    code, otherwise to the kind's list page. `site_url` is '' (relative links, see the module
    docstring) or an absolute URL ending in '/'. In a build, each feed goes through the build's
    `sink` (`out_dir` inside its root), which hashes it and scans it as it is written.
    """
    if site_url and not site_url.endswith("/"):
        raise ValueError("site_url must be empty or end with '/'")
    base = site_url or FEED_DIR_TO_ROOT
    out_dir.mkdir(parents=True, exist_ok=True)
    write = writer_into(out_dir, sink)
    paths = []
    for kind in RECORD_KINDS:
        entries = _latest(decided, kind, first_published, as_of, limit)
        feed = _feed(kind, entries, base, site_url, as_of, build_id, site_title)
        ET.indent(feed, space="  ")
        path = out_dir / f"{kind}.xml"
        body = ET.tostring(feed, encoding="unicode", short_empty_elements=True)
        write(path.name, f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'.encode())
        paths.append(path)
    return paths


def _latest(decided: Decided, kind: str, first_published: Mapping[str, str], as_of: str,
            limit: int) -> list[tuple[str, dict[str, Any]]]:
    """(first published date, row) of the newest `limit` published records of one kind."""
    if kind not in decided.frames or limit <= 0:
        return []
    date_field = KINDS[kind].decision_date
    frame = decided.published(kind)
    if frame.empty:
        return []
    # Sort keys from whole columns, then rows (dicts) for the `limit` newest only: a kind can
    # hold millions of records.
    ids = frame[RECORD_ID].tolist() if RECORD_ID in frame else [None] * len(frame)
    keys = [_s(v) for v in (frame[KEY].tolist() if KEY in frame else [None] * len(frame))]
    dates = [_s(v) for v in (frame[date_field].tolist() if date_field in frame else [None] * len(frame))]
    first = [str(first_published.get(str(i), as_of) or as_of) for i in ids]
    ids_text = [_s(i) for i in ids]
    order = sorted(range(len(ids)), key=lambda i: (keys[i], ids_text[i]))  # ascending tie-breakers
    order.sort(key=lambda i: (first[i], dates[i]), reverse=True)  # stable: keeps the key order
    top = order[:limit]
    return list(zip((first[i] for i in top), records_of(frame.iloc[top])))


def _s(value: object) -> str:
    """A cell as text fit for XML (missing -> '', characters XML 1.0 forbids removed)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return _INVALID_XML.sub("", str(value)).strip()


def _timestamp(day: str) -> str:
    return f"{day[:10]}T00:00:00Z"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _feed(kind: str, entries: list[tuple[str, dict[str, Any]]], base: str, site_url: str, as_of: str,
          build_id: str, site_title: str) -> ET.Element:
    spec = KINDS[kind]
    # The default namespace is written as a plain attribute, so no global prefix registry is touched.
    feed = ET.Element("feed", {"xmlns": ATOM_NS, XML_LANG: "zh-CN"})
    _sub(feed, "id", f"urn:creditsite:feed:{kind}")
    _sub(feed, "title", f"{_s(site_title)}：新公示的{spec.title}信息")
    _sub(feed, "subtitle", f"最近首次公示的{spec.title}信息，信息截至 {as_of}，版本 {_s(build_id)}。"
                           "公示期满、信用修复或撤销的信息不再列出。")
    _sub(feed, "updated", _timestamp(as_of))
    author = _sub(feed, "author")
    _sub(author, "name", _s(site_title))
    _sub(feed, "link", rel="alternate", type="text/html", href=f"{base}lists/{kind}/")
    if site_url:  # a self link must identify the feed: only with an absolute base
        _sub(feed, "link", rel="self", type="application/atom+xml", href=f"{site_url}feeds/{kind}.xml")
    _sub(feed, "generator", "creditsite")
    for first, row in entries:
        _entry(feed, kind, first, row, base)
    return feed


def _entry(feed: ET.Element, kind: str, first: str, row: dict[str, Any], base: str) -> None:
    spec = KINDS[kind]
    party = _s(row.get(PARTY_NAME_FIELD))
    headline = _s(row.get(HEADLINE.get(kind, ""))) or spec.title
    key = _s(row.get(KEY))
    title = f"{spec.title}：" + " · ".join(p for p in (party, headline, key) if p)
    entity = _s(row.get(ENTITY))
    person = _s(row.get(PARTY_CATEGORY_FIELD)) == NATURAL_PERSON
    href = f"{base}entity/{entity}/" if entity and not person and SAFE_CODE.match(entity) else f"{base}lists/{kind}/"
    entry = _sub(feed, "entry")
    _sub(entry, "id", f"urn:creditsite:{_s(row.get(RECORD_ID))}")
    _sub(entry, "title", title)
    _sub(entry, "updated", _timestamp(first))
    _sub(entry, "published", _timestamp(first))
    _sub(entry, "link", rel="alternate", type="text/html", href=href)
    _sub(entry, "category", term=kind, label=spec.title)
    facts = [
        ("决定日期", _s(row.get(spec.decision_date))),
        ("作出机关", _s(row.get(spec.issuer_name)) if spec.issuer_name else ""),
        (DEGREE, _s(row.get(TIER))),  # the applied tier, under the name the datasets publish it by
        ("公示截止", _s(row.get(STOP))),
        ("状态", _s(row.get(BADGE))),
        ("首次公示", first[:10]),
    ]
    _sub(entry, "summary", "；".join(f"{label}：{value}" for label, value in facts if value) + "。", type="text")
