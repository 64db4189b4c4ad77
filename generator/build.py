"""The whole pipeline: gather and gate first, then write, then swap the site in whole.

Entry points: `build_site(options)` and `validate_folder(data_dir, report_dir)`.
Nothing is written to `--out` until every check has passed: the site is built in a new
version folder beside it, scanned by the leak gate, then published in one atomic step
(`generator.publish`). One build at a time holds the site's and the state's lock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from generator.check import build_check_index
from generator.cluster import runner
from generator.crosscheck import find_conflicts, withhold_conflicting_honours
from generator.dates import check_as_of, check_range, timezone_setting, today
from generator.deidentify import deidentify_records, site_chrome
from generator.due import SITE_SCRIPT, lateness, load_due, next_due, save_due, site_script
from generator.export import EXPORT_KINDS, ExportMeta, columns_for, export_datasets
from generator.feeds import write_feeds
from generator.load import FILE, ROW, Sources, load_sources
from generator.partitions import FOLDER as PARTITIONS
from generator.partitions import PartitionOptions, gather_partitions
from generator.policy import policy_pages
from generator.problems import WARNING, BuildAborted, Problem
from generator.publish import (
    SitePaths,
    check_folders,
    clean_leftovers,
    flip,
    kill_point,
    new_version,
    site_lock,
    site_paths,
)
from generator.records import SAFE_CODE
from generator.render import SiteContext, entity_summaries, render_neutral_pages, render_site
from generator.report import (
    check_sums,
    late_publications,
    refusal_stop,
    scheduled_removals,
    stop_if_emptied,
    summarize,
    write_report,
)
from generator.rules import RECORD_ID, STATUS, apply_rules
from generator.scan import allowed_tokens, in_scan_order, scan_outputs, scan_setup
from generator.schema import CONTROL_KINDS, IDENT, KINDS, USCC
from generator.settings import Settings, load_settings
from generator.state import (
    LIVE,
    LastBuild,
    bind_state,
    code_fingerprint,
    compare,
    existing_record_key_secret,
    input_fingerprint,
    last_published_as_of,
    load_history,
    load_last_build,
    published_state,
    record_key_secret,
    save_build,
    state_build_id,
    state_dir_for,
    value_digests,
    with_first_published,
    write_atomic,
)
from generator.stats import compute_statistics, render_statistics
from generator.validate import Validated, validate_records

Progress = Callable[[str], None]


@dataclass
class BuildOptions:
    """The command line's build options (interfaces.md)."""

    data_dir: Path
    out_dir: Path
    report_dir: Path
    as_of: dt.date
    strict: bool = False
    skip_damaged_files: bool = False
    rules_file: Path | None = None
    state_dir: Path | None = None  # None: the site's own state, build/states/<name>-<hash> (state.py)
    site_url: str = ""  # absolute base URL of the public site, for the sitemap and feeds
    full: bool = False  # rewrite every page even when the last build's pages could stay
    allow_empty: tuple[str, ...] = ()  # kinds staff allow to become empty (report.stop_if_emptied)
    allow_republish: bool = False  # staff confirm: records once removed as repaired or withdrawn may return
    allow_date: bool = False  # staff confirm an as-of date before the last build or far ahead
    new_history: bool = False  # staff confirm: forget the state's builds and start afresh
    preview: bool = False  # a `serve` preview: never into a real site
    today: dt.date | None = None  # None: today in the rules file's time zone (dates.py)
    scheduler: str | None = None  # where input files are loaded and checked: None here, "local" or tcp://… (Dask)


@dataclass
class BuildResult:
    """What a finished build tells the command line."""

    summary: dict[str, Any]
    problems: list[Problem]
    pages: int = 0
    files: int = 0
    bytes: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    unchanged: bool = False  # nothing changed since the last build: nothing was written
    kept_pages: int = 0  # entity pages of the live site left as they were (incremental build)


def _check_folders(options: BuildOptions, paths: SitePaths, state_dir: Path) -> None:
    """Stop before anything is written when a folder is wrong (exit 2) or cannot be written (exit 1)."""
    out = paths.out
    check_folders(paths, options.data_dir, state_dir, options.report_dir, options.preview)
    if not options.data_dir.is_dir():
        raise BuildAborted(f"找不到数据目录 {options.data_dir}。")
    parent = out.parent
    while not parent.exists() and parent.parent != parent:
        parent = parent.parent
    if not os.access(parent, os.W_OK | os.X_OK):
        raise BuildAborted(f"无法写入目录 {parent}：新站点要先在 {out.parent} 中生成，再替换 {out}。请检查该目录的权限"
                           f"（或磁盘是否只读），或换一个可写的 --out。")
    for folder in (paths.builds, state_dir):
        if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
            raise BuildAborted(f"无法写入目录 {folder}：请检查该目录的权限（或磁盘是否只读）后重新构建。")


SPACE_MARGIN = 1.1  # the size of the new site is estimated from the live one: ask for a tenth more
ENTITY_SAMPLE = 400  # entries of entity/ whose sizes give the size of an entity's files


def _check_free_space(out: Path, entity_pages: int, incremental: bool) -> None:
    """Stop with one sentence when the disk beside the live site lacks the room a rebuild needs.

    The new site is built in a folder beside `out` and swapped in whole: an incremental build
    writes about the live site's files outside entity/ (datasets, list pages, search index),
    a full build also every entity page, estimated from a sample of the live ones.
    """
    needed = sum(p.stat().st_size for p in _files_outside(out, "entity"))
    if not incremental and entity_pages and (out / "entity").is_dir():
        sampled = entities = 0
        with os.scandir(out / "entity") as entries:
            for entry in entries:
                if entry.is_file(follow_symlinks=False) and entry.name.endswith(".json"):
                    entities += 1
                    sampled += entry.stat().st_size
                    page = Path(entry.path[:-len(".json")]) / "index.html"
                    sampled += page.stat().st_size if page.is_file() else 0
                    if entities >= ENTITY_SAMPLE:
                        break
        needed += sampled * entity_pages // max(entities, 1)
    needed = int(needed * SPACE_MARGIN)
    free = shutil.disk_usage(out.parent).free
    if free < needed:
        raise BuildAborted(f"磁盘空间不足：新站点先在 {out.parent} 中生成，再整体替换，估计需要约 {_gigabytes(needed)} "
                           f"空闲空间，现在只有 {_gigabytes(free)}。请清理磁盘后重新构建。")


def _gigabytes(size: int) -> str:
    return f"{size / 1e9:.1f} GB" if size >= 1e8 else f"{size / 1e6:.1f} MB"


def _gather(data_dir: Path, as_of: dt.date, settings: Settings, skip_damaged: bool,
            progress: Progress, partitions: PartitionOptions | None = None) -> tuple[Sources, Validated, list[Problem]]:
    progress("读取数据文件")
    gathered = None
    if partitions is not None:  # per input file, cached in the state folder (generator/partitions.py)
        gathered = gather_partitions(data_dir, as_of, settings, partitions, runner(partitions.scheduler))
        sources = gathered.sources
    else:
        sources = load_sources(data_dir)
    problems = list(sources.problems)
    if sources.damaged_files:
        control = [p for p in sources.damaged_files if p.kind in CONTROL_KINDS]
        if control or not skip_damaged:
            problems.extend(sources.damaged_files)
            raise _Aborted(refusal_stop(sources.damaged_files, CONTROL_KINDS), problems)
        for p in sources.damaged_files:
            problems.append(p)
            problems.append(Problem(p.kind, p.file, None, None, "file-damaged-skipped", WARNING,
                                    f"{p.file}: 已按 --skip-damaged-files 跳过该文件"))
    progress("校验每一行")
    validated = gathered.finish() if gathered is not None else validate_records(sources, as_of, settings)
    problems.extend(validated.problems)
    return sources, validated, problems


class _Aborted(BuildAborted):
    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems


def validate_folder(data_dir: Path, report_dir: Path, as_of: dt.date, rules_file: Path | None = None,
                    progress: Progress = lambda _: None) -> tuple[Validated, list[Problem], Sources]:
    """Check a data folder without building; writes issues.jsonl and index.html to report_dir.

    Never stops on a damaged file: it is listed with the others, which a build would refuse.
    """
    settings = load_settings(rules_file)
    progress("读取数据文件")
    sources = load_sources(data_dir)
    progress("校验每一行")
    validated = validate_records(sources, as_of, settings)
    problems = [*sources.problems, *sources.damaged_files, *validated.problems]
    deid = deidentify_records(validated, sources, site_chrome(settings.site_title, settings.publisher,
                                                              settings.licence_title),
                              public_numbers=[settings.contact.phone])
    problems.extend(deid.problems)  # identifier cells withheld, ages unknown (issue 16)
    decided = apply_rules(deid, validated, as_of, settings)
    problems.extend(decided.problems)
    summary = summarize(validated, decided, as_of.isoformat(), {"validate_only": True})
    write_report(report_dir, summary, problems, validated)
    return validated, problems, sources


def write_check_indexes(data_dir: Path, as_of: dt.date, out: Path, rules_file: Path | None = None,
                        skip_damaged_files: bool = False, progress: Progress = lambda _: None,
                        state_dir: Path | None = None) -> str:
    """The check and search indexes a build of ``data_dir`` would publish, into out/check and out/search.

    For `creditsite check LIST --data DATA` (generator/check.py): the build's stages up to its
    publication rules, cross-checks and build id, then its two index writers; no page, state or
    report, and none of the build's stops after the data are read (a leak, an emptied kind). Returns
    the build id the site of the same data and date shows.

    `state_dir`: the site's state folder, whose secret keys the stand-ins of record keys withheld as
    personal data (`withheld_key_tag`), so the build id is the site's when such keys exist; it is only
    read, never made (without one, a random secret: the build id then differs from the site's).
    """
    settings = load_settings(rules_file, data_dir)  # as the build: the data folder's site.toml too
    sources, validated, _ = _gather(data_dir, as_of, settings, skip_damaged_files, progress)
    deid = deidentify_records(validated, sources, site_chrome(settings.site_title, settings.publisher,
                                                              settings.licence_title),
                              key_secret=existing_record_key_secret(state_dir) if state_dir is not None else None,
                              public_numbers=[settings.contact.phone])
    del sources
    decided = apply_rules(deid, validated, as_of, settings)
    del deid
    withhold_conflicting_honours(decided, find_conflicts(decided, as_of.isoformat()), settings)
    state = published_state(decided, {k: [c.source for c in columns_for(k)] for k in EXPORT_KINDS})
    build_id = state_build_id(state, as_of.isoformat())
    entities = entity_summaries(decided)
    _write_search(entities, out)
    build_check_index(decided, entities, out, as_of.isoformat(), build_id)
    return build_id


def build_site(options: BuildOptions, progress: Progress = lambda _: None) -> BuildResult:
    """Build, gate and publish the site; raises BuildAborted with one clear sentence."""
    timings: dict[str, float] = {}
    started = {"": time.perf_counter()}

    def step(label: str) -> None:  # times each stage for the summary and the benchmarks
        now = time.perf_counter()
        (previous, since), = started.items()
        if previous:
            timings[previous] = round(now - since, 3)
        started.clear()
        started[label] = now
        progress(label)

    result = _build(options, step)
    step("")
    result.timings = timings
    if result.unchanged:
        return result
    # Staff-only and outside the site: how long each stage took (read by bench/bench_build.py).
    (options.report_dir / "timings.json").write_text(json.dumps(timings, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
    return result


def _build(options: BuildOptions, progress: Progress) -> BuildResult:
    check_range(options.as_of)
    paths = site_paths(options.out_dir)
    state_dir = state_dir_for(paths.out, options.state_dir)
    _check_folders(options, paths, state_dir)
    settings = load_settings(options.rules_file, options.data_dir)  # and the data folder's site.toml
    with site_lock(paths, state_dir):
        clean_leftovers(paths)  # what a killed build left: version folders, links, staging
        live = paths.live_version()
        bind_state(state_dir, paths.out, options.data_dir, live.name.rsplit(".", 1)[0] if live else None,
                   options.new_history)
        now = options.today or today(timezone_setting(settings.raw))
        last_as_of = max((d for d in (last_published_as_of(state_dir), live_site_as_of(paths.out)) if d), default=None)
        check_as_of(options.as_of, now, last_as_of, options.allow_date, live is not None)
        return _build_locked(options, paths, state_dir, settings, progress)


def _build_locked(options: BuildOptions, paths: SitePaths, state_dir: Path, settings: Settings,
                  progress: Progress) -> BuildResult:
    as_of = options.as_of.isoformat()
    out = paths.out
    progress("比较上次发布")
    code = code_fingerprint(options.rules_file)
    fingerprint = input_fingerprint(options.data_dir, json.dumps(
        {"as_of": as_of, "strict": options.strict, "skip_damaged_files": options.skip_damaged_files,
         "site_url": options.site_url, "contact": asdict(settings.contact)}, sort_keys=True), code)
    last = load_last_build(state_dir)
    live = last.live if last is not None and last.live.get("out_dir") == str(out) and (out / "entity").is_dir() else {}
    shown = paths.live_version()
    if shown is None or last is None or shown.name.rsplit(".", 1)[0] != last.build_id:
        live = {}  # the site shows another build (another state published it): nothing is vouched for
    if live.get("fingerprint") == fingerprint and not options.full:
        assert last is not None
        return BuildResult({"as_of": as_of, "build_id": last.build_id, "unchanged": True}, [], unchanged=True)
    keep_unchanged = bool(live) and live.get("code") == code and not options.full
    if out.is_dir():  # stop now rather than after the whole build, when the site is to be written
        _check_free_space(out, len(last.entity_keys) if last is not None else 0, keep_unchanged)
    try:
        sources, validated, problems = _gather(options.data_dir, options.as_of, settings,
                                               options.skip_damaged_files, progress,
                                               PartitionOptions(state_dir / PARTITIONS, code, options.full,
                                                                options.scheduler))
    except _Aborted as exc:
        write_report(options.report_dir, {"as_of": as_of, "kinds": {}, "aborted": str(exc)}, exc.problems,
                     Validated({}, []))
        raise
    stop_if_emptied(sources, validated, state_dir, out, options.allow_empty, options.report_dir,
                    problems, as_of)
    kill_point("gathered")
    progress("去除个人信息")
    deid = deidentify_records(validated, sources, site_chrome(settings.site_title, settings.publisher,
                                                              settings.licence_title),
                              key_secret=record_key_secret(state_dir),
                              public_numbers=[settings.contact.phone])  # the office's phone stays in texts
    problems.extend(deid.problems)  # identifier cells withheld, ages unknown (issue 16)
    del sources  # the raw input (never-public columns included) is not needed past this point
    progress("应用公示规则")
    decided = apply_rules(deid, validated, options.as_of, settings)
    for valid in validated.kinds.values():  # from here on only its counts and rejected rows are needed
        valid.accepted = valid.accepted.iloc[0:0]
    secrets = deid.secrets
    del deid  # its frames were the rules' input; only the never-public values are needed further on
    conflicts = find_conflicts(decided, as_of)
    withhold_conflicting_honours(decided, conflicts, settings)  # adds a problem per withheld honour
    problems.extend(decided.problems)
    summary = summarize(validated, decided, as_of, {"crosscheck": conflicts})
    summary["settings_missing"] = settings.contact.missing()  # the report warns (settings-missing)
    wrong = check_sums(summary)
    if wrong:  # a defect of the generator, never of the data: stop rather than lose rows
        raise BuildAborted(f"计数不平衡（{', '.join(wrong)}），已停止发布。")
    rejected = sum(v.rejected for v in validated.kinds.values())
    if options.strict and rejected:
        summary["aborted"] = f"strict: {rejected} rejected rows"
        write_report(options.report_dir, summary, problems, validated)
        raise BuildAborted(f"严格模式：有 {rejected} 行数据被拒绝，已停止发布（详见 {options.report_dir}/index.html）。")

    state = published_state(decided, {k: [c.source for c in columns_for(k)] for k in EXPORT_KINDS})
    build_id = state_build_id(state, as_of)
    history = load_history(state_dir, options.out_dir, build_id)
    state = with_first_published(state, history, as_of)
    changes = compare(decided, state, history, build_id, as_of)
    ledger = history.ledger + changes.removals
    revoked_now = _revoked_now(decided)
    if not options.allow_republish:
        _stop_if_revoked_return(state, history.ledger, state_dir, out, options.report_dir, summary, problems,
                                validated)
    late = late_publications(decided, state, settings.timeliness_working_days, as_of)
    summary["first_publication_build"] = history.previous.empty  # every record is new: the report says so
    scheduled = scheduled_removals(decided, as_of)
    summary["build_id"] = build_id
    summary["late_publications"] = len(late)
    summary["scheduled_removals_30_days"] = len(scheduled)
    # The day this build stops being right (issue 22), and whether the live site was already past its own.
    due = next_due(decided, as_of)
    summary["next_due"] = due.date or None
    summary["next_due_reasons"] = due.reasons
    late_site = lateness(load_due(state_dir), as_of, out)
    if late_site:
        summary["late_site"] = late_site

    # The identifiers of every accepted row (withheld ones too) are what the gate allows; after
    # them, only published rows are read (export, pages, search, gate): the others are dropped.
    public_identifiers, registration_numbers = _public_identifiers(decided), _registration_numbers(decided)
    decided.keep_published_only()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = new_version(paths, build_id)
    published = False
    try:
        progress("导出开放数据")
        meta = ExportMeta(as_of, build_id, settings.site_title, settings.publisher, settings.licence,
                          settings.licence_title)
        resources = export_datasets(decided, staging / "data", meta, changes=changes.as_json(), ledger=ledger)
        context = SiteContext(as_of, build_id, settings.site_title, settings.publisher, settings.licence_title,
                              downloads=_downloads(resources), dictionary=_dictionary(decided), changes=changes.as_json(),
                              ledger_size=len(ledger), contact=settings.contact)
        progress("生成统计图表与订阅")
        statistics = render_statistics(compute_statistics(decided, as_of), staging / "stats", "../")
        write_feeds(decided, dict(zip(state["id"], state["first_published"])), staging / "feeds",
                    site_url=_base_url(options.site_url), as_of=as_of, build_id=build_id,
                    site_title=settings.site_title)
        progress("生成网页")
        allowed = allowed_tokens(public_identifiers, registration_numbers,
                                 anywhere=[settings.contact.phone])  # the office's own phone is public
        scan = scan_setup(secrets, allowed)
        rendered = render_site(decided, staging, context, {"stats": ("统计", statistics),
                                                             **policy_pages(decided, as_of)},
                               previous_keys=last.entity_keys if last is not None else None,
                               keep_unchanged=keep_unchanged, shell_cache=state_dir / "shells" / code[:16],
                               scan=scan)
        entities = rendered.entities
        pages = {e["code"] for e in entities}
        gone = sorted(p for p in history.previous_pages - pages if SAFE_CODE.match(p))
        if keep_unchanged:  # the live site already shows neutral pages for entities gone before
            assert last is not None
            newly_gone = sorted(c for c in set(last.entity_keys["code"]) - pages if SAFE_CODE.match(c))
        else:
            newly_gone = gone
        neutral_bytes = render_neutral_pages(staging, newly_gone, context)
        kill_point("rendered")
        progress("生成搜索索引")
        _write_search(entities, staging)
        build_check_index(decided, entities, staging, as_of, build_id)  # 信用核查 (generator/check.py)
        write_sitemap(staging, entities, options.site_url)
        (staging / SITE_SCRIPT).write_text(site_script(due, build_id), encoding="utf-8")  # read by stale.js
        del entities  # a dict per entity: gigabytes at 10^6, not needed by the gate
        rendered.entities = []
        progress("检查个人信息泄露")
        gate = rendered.scan  # what the renderers scanned with: the same values, identifiers and shells
        assert gate is not None
        scanned = rendered.scanned()  # as they were written: not read back
        digests = value_digests(s.value.strip() for s in secrets)
        # Each identifier with the cells it is allowed in (scan.Allowed): a file kept unscanned must
        # not hold a token whose cell is gone.
        allowed_digests = value_digests(sorted(f"{t}\t{c}" for t, cells in allowed.items() for c in sorted(cells)))
        files = _files_outside(staging, "entity")
        exported = {f"data/{r['path']}": r["hash"].split(":", 1)[1] for r in resources}  # hashed by export
        manifest: dict[str, str] = {}
        for path in files:
            rel = path.relative_to(staging).as_posix()
            manifest[rel] = exported.get(rel) or rendered.list_pages.get(rel) or _sha256(path)
        unchanged: set[str] = set()
        # Every file: those outside entity/ and, from one listing of that folder, those in it.
        to_scan = [*manifest, *_entity_files(staging)]
        if keep_unchanged:
            assert last is not None
            # The live copy is kept only if it still holds the bytes the last gate passed (a file
            # edited by hand in the live folder since is replaced by the new, scanned one).
            unchanged = {rel for rel, digest in manifest.items()
                         if last.files.get(rel) == digest and (out / rel).is_file() and _sha256(out / rel) == digest}
            # A file with the same bytes as one the last gate passed needs no new scan when no
            # never-public value is new and no identifier the last gate allowed has become private.
            if (np.isin(digests, last.secret_digests).all() and last.allowed_digests is not None
                    and np.isin(last.allowed_digests, allowed_digests).all()):
                to_scan = [rel for rel in to_scan if rel not in unchanged]
        leaks = in_scan_order([*rendered.leaks,
                               *scan_outputs(staging, secrets, allowed, files=to_scan, scanned=scanned, setup=gate)])
        if keep_unchanged:
            assert last is not None
            # Kept pages were proven clean of the never-public values known then; check the new ones.
            leaks += _new_secrets_in_kept_pages(decided, secrets, digests, last,
                                                pages - set(rendered.written))
        del scanned
        if leaks:
            summary["aborted"] = "leak gate"
            summary["leaks"] = [str(x) for x in leaks[:50]]
            write_report(options.report_dir, summary, problems, validated, late, scheduled)
            raise BuildAborted(_leak_sentence(leaks, decided))
        write_report(options.report_dir, summary, problems, validated, late, scheduled)
        kill_point("gated")
        # Files with the same bytes as the live ones keep the live file (and its date), so that
        # uploading the site with a tool that compares dates sends only what changed.
        for rel in sorted(unchanged):
            _link_over(out / rel, staging / rel)
        files = [p for p in files if p.relative_to(staging).as_posix() not in unchanged]
        # Counted from what was written: a stat of every entity file costs minutes at 10^6 entities.
        result = BuildResult(summary, problems,
                             pages=sum(1 for p in files if p.suffix == ".html") + len(rendered.written) + len(newly_gone),
                             files=len(files) + 2 * len(rendered.written) + len(newly_gone),
                             bytes=sum(p.stat().st_size for p in files) + rendered.entity_bytes + neutral_bytes,
                             kept_pages=len(pages) - len(rendered.written) if keep_unchanged else 0)
        if keep_unchanged:  # the new version gets the unchanged entity pages of the live one
            link_kept_entities(paths.live_version() or out, staging, set(newly_gone))
            kill_point("linked")
        progress("替换站点")
        # Until this build is recorded, the state must not vouch for the pages at --out.
        (state_dir / LIVE).unlink(missing_ok=True)
        flip(paths, staging, options.preview)
        published = True
        save_build(state_dir, changes, pages | set(gone), ledger, rendered.keys, digests,
                   {"out_dir": str(out), "fingerprint": fingerprint, "code": code}, manifest, allowed_digests)
        save_due(state_dir, due, build_id, out)
        save_revoked(state_dir, revoked_now)
        kill_point("saved")
        return result
    finally:
        if not published and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


# Reasons a record left the site that only a new decision can undo (not the passing of time).
_REVOKED = ("repaired", "withdrawn")


def live_site_as_of(out: Path) -> dt.date | None:
    """The as-of date of the site published at `out` (its datapackage.json), whatever the state says."""
    try:
        return dt.date.fromisoformat(json.loads((out / "data" / "datapackage.json").read_text(encoding="utf-8"))["as_of"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


_REVOKED_FILE = "revoked.json"


def _revoked_now(decided: Any) -> dict[str, str]:
    """Record ids this build withholds as repaired or withdrawn (published or not before)."""
    revoked: dict[str, str] = {}
    for frame in decided.frames.values():
        if STATUS in frame and RECORD_ID in frame:
            hit = frame[STATUS].isin(_REVOKED)
            revoked.update(zip(frame.loc[hit, RECORD_ID].tolist(), frame.loc[hit, STATUS].tolist()))
    return revoked


def save_revoked(state_dir: Path, revoked: dict[str, str]) -> None:
    """Keep, for the next build's guard, every record id withheld so far as repaired or withdrawn."""
    write_atomic(state_dir / _REVOKED_FILE, json.dumps({**_saved_revoked(state_dir), **revoked}).encode("utf-8"))


def _saved_revoked(state_dir: Path) -> dict[str, str]:
    try:
        saved = json.loads((state_dir / _REVOKED_FILE).read_text(encoding="utf-8"))
        return saved if isinstance(saved, dict) else {}
    except (OSError, ValueError):
        return {}


def _revoked_ids(ledger: list[dict[str, str]], state_dir: Path, out: Path) -> dict[str, str]:
    """Record ids once withheld or removed as repaired or withdrawn: the state's record and ledger,
    and the live site's public ledger (which survives a lost state)."""
    revoked = _saved_revoked(state_dir)
    revoked.update({e["hash"]: e["reason"] for e in ledger if e.get("reason") in _REVOKED})
    live = out / "data" / "removals.jsonl"
    try:
        with live.open(encoding="utf-8") as lines:
            for line in lines:
                if '"repaired"' in line or '"withdrawn"' in line:
                    entry = json.loads(line)
                    if entry.get("reason") in _REVOKED:
                        revoked.setdefault(entry["hash"], entry["reason"])
    except (OSError, ValueError):
        pass
    return revoked


def _stop_if_revoked_return(state: Any, ledger: list[dict[str, str]], state_dir: Path, out: Path, report_dir: Path,
                            summary: dict[str, Any], problems: list[Problem], validated: Validated) -> None:
    """Stop a build that would publish again a record the site removed as repaired or withdrawn.

    The usual cause is a repairs/ or withdrawals/ file (or folder) missing from this build's data:
    publishing without it would show decisions that were revoked or repaired. Staff who mean it
    (a repair decision itself revoked) build again with --allow-republish.
    """
    revoked = _revoked_ids(ledger, state_dir, out)
    if not revoked:
        return
    back = [(kind, revoked[rid]) for rid, kind in zip(state["id"].tolist(), state["kind"].tolist()) if rid in revoked]
    if not back:
        return
    counts: dict[str, int] = {}
    for kind, reason in back:
        label = f"{KINDS[kind].title}（此前因{'信用修复' if reason == 'repaired' else '撤销或更正'}停止公示）"
        counts[label] = counts.get(label, 0) + 1
    said = "、".join(f"{label} {n} 条" for label, n in counts.items())
    message = (f"有 {len(back)} 条此前已停止公示的记录将重新公示：{said}。通常是 repairs/ 或 withdrawals/ 中的文件"
               f"缺失、被移走或未被读取。请检查这两个文件夹后重新构建；确需重新公示时加 --allow-republish。")
    summary["aborted"] = message
    write_report(report_dir, summary, problems, validated)
    raise BuildAborted(message)


def _files_outside(site: Path, skipped: str) -> list[Path]:
    """Every file of a site except those under one top-level folder."""
    files: list[Path] = []
    for folder, subfolders, names in os.walk(site):
        if Path(folder) == site and skipped in subfolders:
            subfolders.remove(skipped)
        files.extend(Path(folder) / name for name in names)
    return files


def _entity_files(site: Path) -> list[str]:
    """The files under a site's entity/ folder, from one listing of it: each `<code>.json`, and
    `<code>/index.html` for each folder.

    Nothing else is ever written there (tested), and opening a million folders one by one to
    list them costs minutes of system time at 10^6 entities. A folder without its page makes the
    gate fail closed (an unreadable output).
    """
    rels: list[str] = []
    with os.scandir(site / "entity") as entries:
        for entry in entries:
            rels.append(f"entity/{entry.name}/index.html" if entry.is_dir(follow_symlinks=False)
                        else f"entity/{entry.name}")
    return rels


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _link_over(live: Path, staged: Path) -> None:
    """Replace a staged file by the live file with the same bytes (a hard link, or a copy)."""
    spare = staged.with_name(f".{staged.name}.live")
    try:
        os.link(live, spare)
    except OSError:  # another file system, or links not allowed: the staged copy is just as good
        return
    os.replace(spare, staged)


def link_kept_entities(live: Path, staging: Path, gone: set[str]) -> int:
    """Give the new version the live version's entity files this build did not rewrite.

    Hard links (a copy where the file system has none): the live folder is only read, so a build
    that fails or dies from here on leaves the live site exactly as it was. The JSON of entities
    that left is not carried over (their page is the neutral one this build wrote). Called only
    after the leak gate passed: the kept files are the ones the last gate checked.
    """
    source, target = live / "entity", staging / "entity"
    target.mkdir(exist_ok=True)
    written = set(os.listdir(target))
    linked = 0
    with os.scandir(source) as entries:
        for entry in entries:
            if entry.name in written:
                continue
            if entry.is_dir(follow_symlinks=False):
                page = os.path.join(entry.path, "index.html")
                if os.path.isfile(page):
                    (target / entry.name).mkdir()
                    _link_or_copy(page, target / entry.name / "index.html")
                    linked += 1
            elif entry.name.endswith(".json") and entry.name[:-len(".json")] not in gone:
                _link_or_copy(entry.path, target / entry.name)
                linked += 1
    return linked


def _link_or_copy(source: str, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # no hard links here (another file system, or not allowed): copy
        shutil.copy2(source, target)


def _new_secrets_in_kept_pages(decided: Any, secrets: list[Any], digests: Any, last: LastBuild,
                               kept: set[str]) -> list[Any]:
    """Never-public values new since the last build, searched in the data of the pages kept from it.

    A kept page is byte-identical to the one the last build's gate scanned, so only values that
    gate did not know can be in it; the page shows nothing but its entity's published values.
    """
    import ahocorasick
    import pandas as pd

    from generator.rules import ENTITY
    from generator.scan import Leak

    new = np.isin(digests, last.secret_digests, invert=True)
    automaton = ahocorasick.Automaton()
    for secret, is_new in zip(secrets, new):
        value = secret.value.strip()
        if is_new and len(value) >= 2 and value not in automaton and not secret.inside:
            automaton.add_word(value, secret)
    if not len(automaton) or not kept:
        return []
    automaton.make_automaton()
    leaks = []
    for kind in decided.frames:
        frame = decided.published(kind)
        if ENTITY not in frame:
            continue
        rows = frame[frame[ENTITY].isin(kept)]
        for column in rows.columns:
            if pd.api.types.is_numeric_dtype(rows[column]) or pd.api.types.is_bool_dtype(rows[column]):
                continue
            text = "\n".join(str(v) for v in rows[column].tolist())
            for _, secret in automaton.iter(text):
                leaks.append(Leak(f"entity/ ({kind}.{column})",
                                  f"输入文件 {secret.file} 第 {secret.row} 行“{secret.column}”列的值"))
    return leaks


def _base_url(site_url: str) -> str:
    return site_url if not site_url or site_url.endswith("/") else site_url + "/"


def write_sitemap(site: Path, entities: list[dict[str, Any]], site_url: str) -> None:
    """robots.txt, and with a site URL a sitemap of the public pages and organisations' entity pages.

    Natural persons have no pages; 个体工商户 pages are left out of the sitemap too, since
    their names often are the operator's name (privacy.md: organisations only).
    """
    for stale in ("sitemap.xml", "sitemap.xml.gz"):  # mkdocs writes an empty one without a site URL
        (site / stale).unlink(missing_ok=True)
    robots = "User-agent: *\nAllow: /\n"
    if site_url:
        base = site_url if site_url.endswith("/") else site_url + "/"
        pages = sorted(str(p.parent.relative_to(site).as_posix()) for p in site.glob("*/index.html"))
        pages += sorted(f"lists/{p.parent.name}" for p in site.glob("lists/*/index.html"))
        pages += [f"entity/{e['code']}" for e in entities if e["category"] != "个体工商户"]
        urls = [base] + [f"{base}{p}/" for p in pages if p not in ("search", "lists")]
        body = "".join(f"<url><loc>{html.escape(u)}</loc></url>\n" for u in urls)
        (site / "sitemap.xml").write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                                          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                                          f"{body}</urlset>\n", encoding="utf-8")
        robots += f"Sitemap: {base}sitemap.xml\n"
    (site / "robots.txt").write_text(robots, encoding="utf-8")


def _downloads(resources: list[dict[str, Any]]) -> list[dict[str, Any]]:
    def size(n: int) -> str:
        return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"

    return [{"path": r["path"], "title": r["title"], "format": r["format"].upper(), "rows": r.get("rows"),
             "size": size(r["bytes"]), "sha256": r["hash"].split(":", 1)[1]} for r in resources]


def _dictionary(decided: Any) -> list[dict[str, Any]]:
    """The data dictionary: every field of every dataset, with an example from the published data."""
    tables = []
    for kind in EXPORT_KINDS:
        frame = decided.published(kind)
        fields = []
        for c in columns_for(kind):
            values = frame[c.source] if c.source in frame else []
            example = next((str(v) for v in values if str(v) not in ("", "nan", "None")), "")
            if c.title in ("行政相对人名称", "法定代表人") and kind != "entities":
                # An organisation's name as the example, never a (masked) person's.
                orgs = frame[frame["行政相对人类别"] == "法人及非法人组织"][c.source] if c.source in frame else []
                example = next((str(v) for v in orgs if v), "")
            fields.append({"title": c.title, "name": c.name, "type": c.type, "description": c.description,
                           "deidentification": c.deidentification, "example": example[:60]})
        tables.append({"kind": kind, "title": KINDS[kind].title, "fields": fields})
    return tables


def _leak_sentence(leaks: list[Any], decided: Any) -> str:
    """The gate's stop as one sentence for staff: the output file, what was found and the input
    cell that carried it (for a value, its source; for a pattern, the published cell holding
    it), never the value, and what to do."""
    first = leaks[0]
    where = ""
    if first.token:
        cell = _input_cell(decided, first.token)
        if cell is not None:
            where = f"（来自输入文件 {cell[0]} 第 {cell[1]} 行“{cell[2]}”列）"
    more = f"，另有 {len(leaks) - 1} 处见报告" if len(leaks) > 1 else ""
    return (f"隐私检查在将要发布的 {first.output} 中发现{first.what}{where}{more}，已停止发布，原站点未改动："
            "请删去或改正该单元格中的个人信息（或将其移到证件号码等不公开的列）后重新构建。")


def _input_cell(decided: Any, token: str) -> tuple[str, int, str] | None:
    """The first published cell (file, row, column) in which the detector finds token."""
    from generator import detect

    for frame in decided.frames.values():
        if frame.empty or FILE not in frame:
            continue
        for column in frame.columns:
            if column.startswith("_") or column in (FILE, ROW):
                continue
            values = frame[column].astype(str)
            for value in values.unique().tolist():
                if value and detect.may_hold(value) and any(h.token == token for h in detect.find(value, names=False)):
                    i = values.eq(value).to_numpy().argmax()
                    return str(frame[FILE].iloc[i]), int(frame[ROW].iloc[i]), str(column)
    return None


def _public_identifiers(decided: Any) -> list[str]:
    values: list[str] = []
    for kind, frame in decided.frames.items():
        for f in KINDS[kind].fields:
            if f.type in (IDENT, USCC) and f.name in frame:
                values.extend(v for v in frame[f.name].unique() if v)
    return values


def _registration_numbers(decided: Any) -> set[str]:
    """Published 15-digit 工商注册号 values: public whatever shape a number of theirs has (detect.py)."""
    from generator.detect import REGISTRATION_NUMBER_COLUMNS, registration_number_shape

    numbers: set[str] = set()
    for frame in decided.frames.values():
        for column in REGISTRATION_NUMBER_COLUMNS:
            if column in frame:
                numbers.update(v for v in frame[column].unique() if v and registration_number_shape(column, v))
    return numbers  # (allowed_tokens adds them reversed: the search index's suffix keys)


def _write_search(entities: list[dict[str, Any]], staging: Path) -> None:
    from generator.index import SearchEntry, build_search_index

    entries = [SearchEntry(url=f"entity/{e['code']}/", title=e["name"], code=e["code"], summary=e["summary"],
                           keys=tuple(e["keys"]), kind="entity") for e in entities]
    entries += [SearchEntry(url=url, title=title, kind="page") for url, title in _content_pages()]
    entries += [SearchEntry(url=url, title=title, kind="page") for url, title in GENERATED_PAGE_TITLES]
    build_search_index(entries, staging / "search")


GENERATED_PAGE_TITLES = [
    ("downloads/", "数据下载"), ("dictionary/", "数据字典"), ("changes/", "更新说明"), ("stats/", "统计"),
    ("commitments-published/", "信用承诺履约情况"), ("lists-basis/", "各类名单及其认定依据"),
    ("complaints-summary/", "消费投诉处理情况"),
    *((f"lists/{k}/", KINDS[k].title) for k in KINDS if not KINDS[k].control and k != "entities"),
]


def _content_pages() -> list[tuple[str, str]]:
    from generator.render import CONTENT

    pages = []
    for md in sorted(CONTENT.rglob("*.md")):
        first = next((ln for ln in md.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")), md.stem)
        rel = md.relative_to(CONTENT).with_suffix("").as_posix()
        url = rel[: -len("index")] if rel.endswith("index") else rel + "/"
        pages.append((url, first.lstrip("# ").strip()))
    return pages
