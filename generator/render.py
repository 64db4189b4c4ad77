"""Render stage: the public HTML site in the mkdocs-material look.

Entry point: `render_site(decided, out_dir, context)`. mkdocs builds the hand-written
pages of `content/` and one empty *shell* page per kind of generated page; entity, list
and other generated pages are then rendered by jinja2 (autoescaped) and poured into the
shell of their folder depth, so they share the theme's header, navigation, search box and
footer without paying mkdocs' per-page cost.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import multiprocessing
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, FileSystemLoader, select_autoescape

from generator.policy import complaint_outcomes, grade_meaning
from generator.records import SAFE_CODE, records_of
from generator.rules import (
    BADGE,
    CURRENT,
    ENTITY,
    KEY,
    REPAIR_FROM,
    STOP,
    TIER,
    WHERE_TO_APPLY,
    Decided,
)
from generator.schema import HEADLINE, KINDS, NATURAL_PERSON, NEVER, RECORD_KINDS

PROJECT = Path(__file__).resolve().parent.parent
TEMPLATES = PROJECT / "site_templates"
CONTENT = PROJECT / "content"
MKDOCS_YML = PROJECT / "mkdocs.yml"
PAGE_SIZE = 50

# Generated pages poured into shells of their own (generator/policy.py), besides stats.
GENERATED_PAGES = ("commitments-published", "lists-basis", "complaints-summary")

TITLE_MARK = "CSTITLEMARK"
BODY_MARK = "CSBODYMARK"
HEAD_MARK = "<!--CS_HEAD-->"

PARTY_FIELDS = {"行政相对人名称", "行政相对人类别", "统一社会信用代码", "工商注册号", "组织机构代码", "税务登记号",
                "事业单位证书号", "社会组织登记证号", "法定代表人"}


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
        # Wide tables scroll sideways on a phone: the scroll region must be reachable by keyboard.
        pieces = body.split('<div class="cs-table-wrap">')
        body = pieces[0] + "".join(
            f'<div class="cs-table-wrap" tabindex="0" role="region" aria-label="表格 {n}（可左右滚动）">{piece}'
            for n, piece in enumerate(pieces[1:], start=1))
        values = {TITLE_MARK: html.escape(title), BODY_MARK: body, HEAD_MARK: head}
        out = [self.parts[0]]
        for mark, part in zip(self.marks, self.parts[1:]):
            out.append(values[mark])
            out.append(part)
        return "".join(out)


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.globals["kinds"] = {k: KINDS[k].title for k in KINDS}
    env.globals["reason_titles"] = {"expired": "公示期满", "repaired": "信用修复", "withdrawn": "撤销或更正",
                                    "minor": "未成年人", "not-published": "不予公示", "source-removed": "数据源已删除",
                                    "conflict": "红黑名单冲突待核实"}
    return env


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
    keys: pd.DataFrame  # code, data_key, updated of every entity page (kept in the build state)
    written: list[str]  # codes whose entity page and JSON this build wrote


def render_site(decided: Decided, out_dir: Path, context: SiteContext,
                extra_pages: dict[str, tuple[str, str]] | None = None,
                previous_keys: pd.DataFrame | None = None, keep_unchanged: bool = False) -> Rendered:
    """Write the HTML pages into out_dir.

    `extra_pages` maps a page folder that has a shell (e.g. "stats") to (title, escaped body HTML).
    `previous_keys` (from the last build's state) carry each entity page's date of last change;
    with `keep_unchanged`, entity pages whose content key equals the last build's are not
    written (the incremental build keeps the live ones, which are the same bytes).
    """
    env = _environment()
    with tempfile.TemporaryDirectory(prefix="creditsite-mkdocs-") as tmp:
        shells, mkdocs_site = build_shells(Path(tmp), [])
        shutil.copytree(mkdocs_site, out_dir, dirs_exist_ok=True)
    context.shell_fragments = sorted({part for shell in shells.values() for part in shell.parts if len(part) > 200},
                                     key=len, reverse=True)
    context.entity_shell = shells["entity/_shell/"]
    records = _published_records(decided)
    entities = list(_entities(decided, records))
    ctx = {"site": context}

    def write(rel: str, shell_key: str, title: str, template: str, head: str = "", **values: Any) -> None:
        body = env.get_template(template).render(**ctx, title=title, **values)
        target = out_dir / rel / "index.html" if rel else out_dir / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(shells[shell_key].fill(title, body, head), encoding="utf-8")

    keys, written = _entity_keys(entities, context.as_of, previous_keys, keep_unchanged)
    render_entity_pages(written, shells["entity/_shell/"], context, out_dir)
    counts = {}
    for kind in RECORD_KINDS:
        rows = [r for r in records if r["kind"] == kind]
        counts[kind] = len(rows)
        pages = max(1, -(-len(rows) // PAGE_SIZE))
        for number in range(1, pages + 1):
            chunk = rows[(number - 1) * PAGE_SIZE: number * PAGE_SIZE]
            has_person = any(r["person"] for r in chunk)
            head = '<meta name="robots" content="noindex">' if has_person else ""
            depth = "../../" if number == 1 else "../../../"
            head += (f'<link rel="alternate" type="application/atom+xml" href="{depth}feeds/{kind}.xml" '
                     f'title="{KINDS[kind].title} 新公示">')
            rel = f"lists/{kind}" if number == 1 else f"lists/{kind}/{number}"
            shell = f"lists/{kind}/" if number == 1 else f"lists/{kind}/_shell/"
            write(rel, shell, f"{KINDS[kind].title}（第 {number} 页）" if number > 1 else KINDS[kind].title,
                  "list.html", head, kind=kind, rows=chunk, page=number, pages=pages,
                  root="../../" if number == 1 else "../../../", total=len(rows))
    latest = sorted(records, key=lambda r: (r["date"], r["key"]), reverse=True)[:20]
    write("", "", context.site_title, "home.html", counts=counts, latest=latest, entity_count=len(entities))
    write("search", "search/", "搜索", "search.html")
    write("downloads", "downloads/", "数据下载", "downloads.html")
    write("dictionary", "dictionary/", "数据字典", "dictionary.html")
    write("changes", "changes/", "更新说明", "changes.html")
    templates = out_dir / "downloads" / "commitments"  # commitment letters as downloadable Markdown
    templates.mkdir(parents=True, exist_ok=True)
    for source in sorted((CONTENT / "commitments").glob("*.md")):
        if source.name != "index.md":
            shutil.copy2(source, templates / source.name)
    for rel, (title, body) in (extra_pages or {}).items():
        target = out_dir / rel / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(shells[f"{rel}/"].fill(title, body), encoding="utf-8")
    # Entity pages name the date their own content last changed, not the build's, so that they
    # stay byte-identical between builds; this one small file tells them the site's as-of date.
    (out_dir / "assets").mkdir(exist_ok=True)
    (out_dir / "assets" / "build-info.js").write_text(
        "// Written by every build: the date the site's information is checked as of.\n"
        "document.querySelectorAll(\"[data-cs-asof]\").forEach(function (e) {\n"
        f"  e.textContent = {json.dumps(f'{context.as_of}（版本 {context.build_id}）', ensure_ascii=False)};\n"
        "});\n", encoding="utf-8")
    return Rendered(entities, keys, [e["code"] for e in written])


def _entity_keys(entities: list[dict[str, Any]], as_of: str, previous_keys: pd.DataFrame | None,
                 keep_unchanged: bool) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """Each entity's content key and date of last change; the entities whose pages must be written.

    The key digests everything the entity templates receive, so equal keys (with the same code
    and templates, which the build checks separately) mean byte-identical pages.
    """
    previous: dict[str, tuple[str, str]] = {}
    if previous_keys is not None and not previous_keys.empty:
        previous = dict(zip(previous_keys["code"], zip(previous_keys["data_key"], previous_keys["updated"])))
    codes, data_keys, dates = [], [], []
    written = []
    for entity in entities:
        entity.pop("updated", None)
        key = hashlib.sha256(json.dumps(entity, sort_keys=True, ensure_ascii=False, default=str,
                                        separators=(",", ":")).encode("utf-8")).hexdigest()[:32]
        before = previous.get(entity["code"])
        same = before is not None and before[0] == key
        entity["updated"] = before[1] if same and before is not None else as_of
        if not (keep_unchanged and same):
            written.append(entity)
        codes.append(entity["code"])
        data_keys.append(key)
        dates.append(entity["updated"])
    keys = pd.DataFrame({"code": codes, "data_key": data_keys, "updated": dates}, columns=["code", "data_key", "updated"])
    return keys, written


PARALLEL_FROM = 2000  # entity pages; below this a process pool costs more than it saves


def render_entity_pages(entities: list[dict[str, Any]], shell: Shell, context: SiteContext, out_dir: Path) -> None:
    """One page and one JSON file per entity; large sites use one process per core."""
    (out_dir / "entity").mkdir(parents=True, exist_ok=True)
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or len(entities) < PARALLEL_FROM:
        _write_entities((entities, shell, context, out_dir))
        return
    chunks = [(entities[i::workers], shell, context, out_dir) for i in range(workers)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(_write_entities, chunks))


def _write_entities(job: tuple[list[dict[str, Any]], Shell, SiteContext, Path]) -> None:
    entities, shell, context, out_dir = job
    template = _environment().get_template("entity.html")
    for entity in entities:
        raw = entity_json(entity, context)
        (out_dir / "entity" / f"{entity['code']}.json").write_bytes(raw)
        body = template.render(site=context, title=entity["name"], entity=entity,
                               json_sha256=hashlib.sha256(raw).hexdigest())
        page = out_dir / "entity" / entity["code"] / "index.html"
        page.parent.mkdir(exist_ok=True)
        page.write_text(shell.fill(entity["name"], body), encoding="utf-8")


def render_neutral_pages(out_dir: Path, codes: Iterable[str], context: SiteContext) -> None:
    """At the URL of an entity that left the site: a neutral page, never the old content."""
    codes = list(codes)
    if not codes:
        return
    shell = context.entity_shell
    if shell is None:  # called without render_site: build the shells once here
        with tempfile.TemporaryDirectory(prefix="creditsite-mkdocs-") as tmp:
            shell = build_shells(Path(tmp), [])[0]["entity/_shell/"]
    body = _environment().get_template("neutral.html").render(site=context)
    for code in codes:
        target = out_dir / "entity" / code / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(shell.fill("无公示信息", body, '<meta name="robots" content="noindex">'), encoding="utf-8")


def entity_json(entity: dict[str, Any], context: SiteContext) -> bytes:
    """The entity page's content as JSON (`entity/<code>.json`): the same facts, machine-readable."""
    records: dict[str, list[dict[str, Any]]] = {}
    for kind, _, rows in entity["groups"]:
        records[kind] = [{
            "key": r["key"], "date": r["date"], "authority": r["authority"], "fields": dict(r["fields"]),
            **({"tier": r["tier"], "repair_from": r["repair_from"], "publication_ends": r["stop"],
                "apply_at": r["apply_at"]} if r["tier"] else {}),
            **({"status_badge": r["badge"]} if r["badge"] else {}),
            **({"current": r["current"]} if kind == "evaluations" else {}),
        } for r in rows]
    document = {"code": entity["code"], "name": entity["name"], "uscc": entity["uscc"],
                "category": entity["category"], "legal_representative": entity["legal_rep"],
                "profile": dict(entity["profile_fields"]), "records": records,
                "updated": entity["updated"]}
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def _published_records(decided: Decided) -> list[dict[str, Any]]:
    """Published records as plain dicts, ready for templates (public fields only)."""
    out: list[dict[str, Any]] = []
    for kind in RECORD_KINDS:
        frame = decided.published(kind)
        spec = KINDS[kind]
        shown = [f for f in spec.fields if f.privacy != NEVER and f.name not in PARTY_FIELDS]
        for row in records_of(frame):
            out.append(record_view(kind, row, shown))
    return out


def record_view(kind: str, row: dict[str, Any], shown: list[Any] | None = None) -> dict[str, Any]:
    """One record as the templates see it."""
    spec = KINDS[kind]
    if shown is None:
        shown = [f for f in spec.fields if f.privacy != NEVER and f.name not in PARTY_FIELDS]
    entity = row.get(ENTITY, "")
    return {
        "kind": kind,
        "kind_title": spec.title,
        "key": row.get(KEY, ""),
        "date": row.get(spec.decision_date, ""),
        "headline": row.get(HEADLINE.get(kind, ""), "") or spec.title,
        "authority": row.get(spec.issuer_name, "") if spec.issuer_name else "",
        "party": row.get("行政相对人名称", ""),
        "party_category": row.get("行政相对人类别", ""),
        "person": row.get("行政相对人类别") == NATURAL_PERSON,
        "entity": entity if SAFE_CODE.match(entity or "") else "",
        "fields": [(f.name, row.get(f.name, "")) for f in shown if row.get(f.name, "")],
        "tier": row.get(TIER, ""),
        "stop": row.get(STOP, ""),
        "repair_from": row.get(REPAIR_FROM, ""),
        "apply_at": row.get(WHERE_TO_APPLY, ""),
        "badge": row.get(BADGE, ""),
        "current": bool(row.get(CURRENT, False)),
        "legal_rep": row.get("法定代表人", ""),
        "uscc": row.get("统一社会信用代码", ""),
        "reg_no": row.get("工商注册号", ""),
    }


def _entities(decided: Decided, records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One dict per entity page: registry profile (if any) and records grouped by kind."""
    registry = decided.published("entities") if "entities" in decided.frames else pd.DataFrame()
    profiles = {r[ENTITY]: r for r in records_of(registry)} if not registry.empty else {}
    by_entity: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        if record["entity"] and not record["person"]:
            by_entity.setdefault(record["entity"], []).append(record)
    for code in sorted(set(by_entity) | {c for c in profiles if SAFE_CODE.match(c or "")}):
        own = sorted(by_entity.get(code, []), key=lambda r: (r["date"], r["key"]), reverse=True)
        profile = profiles.get(code)
        name = (profile or {}).get("主体名称") or (own[0]["party"] if own else code)
        groups = [(k, KINDS[k].title, [r for r in own if r["kind"] == k]) for k in RECORD_KINDS]
        groups = [g for g in groups if g[2]]
        summary = "；".join(f"{len(rs)} 条{title}" for _, title, rs in groups)
        grades = [r for r in own if r["kind"] == "evaluations" and r["current"]]
        for grade in grades:
            fields = dict(grade["fields"])
            grade["meaning"] = grade_meaning(fields.get("评价类型", ""), fields.get("评价结果", ""))
        complaints = [r for r in own if r["kind"] == "complaints"]
        if grades:
            summary += " · " + "、".join(f"{dict(g['fields']).get('评价类型', '')} {dict(g['fields']).get('评价结果', '')}"
                                          for g in grades)
        yield {
            "code": code,
            "name": name,
            "profile": profile,
            "profile_fields": _profile_fields(profile),
            "uscc": (profile or {}).get("统一社会信用代码") or (own[0]["uscc"] if own else code),
            "category": own[0]["party_category"] if own else "",
            "legal_rep": (profile or {}).get("法定代表人") or (own[0]["legal_rep"] if own else ""),
            "groups": groups,
            "summary": summary or "无公示记录",
            "keys": sorted({r["key"] for r in own if r["key"]}),
            "grades": grades,
            "complaint_outcomes": complaint_outcomes(complaints) if complaints else [],
            "record_count": len(own),
        }


def _profile_fields(profile: dict[str, Any] | None) -> list[tuple[str, str]]:
    if not profile:
        return []
    spec = KINDS["entities"]
    return [(f.name, profile.get(f.name, "")) for f in spec.fields
            if f.privacy != NEVER and profile.get(f.name, "") and f.name not in ("主体名称",)]
