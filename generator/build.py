"""The whole pipeline: gather and gate first, then write, then swap the site in whole.

Entry points: `build_site(options)` and `validate_folder(data_dir, report_dir)`.
Nothing is written to `--out` until every check has passed: the site is built in a new
version folder beside it, scanned by the leak gate, then published in one atomic step
(`generator.publish`). One build at a time holds the site's and the state's lock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from generator.check import ALIAS_MEMO_PREFIX, AliasMemo, build_check_index
from generator.cluster import runner
from generator.contract import (
    ENTITY,
    ISSUER,
    KEY,
    PARTY_NAME_FIELD,
    PUBLISHED,
    RECORD_ID,
    STATUS,
    Decided,
    party_token,
    record_id,
)
from generator.crosscheck import find_conflicts, withhold_conflicting_honours
from generator.dates import check_as_of, check_range, timezone_setting, today
from generator.deidentify import Secrets, deidentify_records, privacy_columns, site_chrome
from generator.detect import mask_cell
from generator.due import SITE_SCRIPT, Due, lateness, load_due, next_due, save_due, site_script
from generator.export import EXPORT_KINDS, ExportMeta, columns_for, data_dictionary, download_list, export_datasets
from generator.feeds import write_feeds
from generator.gate import leak_sentence, new_secrets_in_kept_pages, public_identifiers, registration_numbers
from generator.load import Sources, load_sources
from generator.memory import arrow_buffers_from_malloc, give_back
from generator.outputs import base_url, write_search, write_sitemap
from generator.partitions import FOLDER as PARTITIONS
from generator.partitions import PartitionOptions, gather_partitions
from generator.policy import policy_pages
from generator.problems import WARNING, BuildAborted, Problem
from generator.publish import (
    FolderRefused,
    SiteEdits,
    SitePaths,
    check_folders,
    clean_leftovers,
    flip,
    kill_point,
    marker_state,
    new_version,
    site_edits,
    site_lock,
    site_paths,
    site_stamp,
)
from generator.records import SAFE_CODE
from generator.render import Rendered, SiteContext, render_neutral_pages, render_site
from generator.report import (
    check_report_folder,
    check_sums,
    estimated_deadlines,
    late_publications,
    refusal_stop,
    scheduled_removals,
    stop_if_emptied,
    summarize,
    write_report,
)
from generator.rules import apply_rules
from generator.scan import (
    Allowed,
    NeverPublic,
    PieceMemo,
    TokenMemo,
    allowed_tokens,
    in_scan_order,
    memo_setup,
    never_public,
    scan_outputs,
    scan_setup,
)
from generator.schema import CONTROL_KINDS, KINDS
from generator.scrub_cache import FOLDER as SCRUBBED
from generator.scrub_cache import ScrubCache
from generator.settings import Settings, load_settings
from generator.sink import OutputSink, entity_files, files_outside, link_kept_entities
from generator.state import (
    LIVE,
    BuildRecord,
    Changes,
    History,
    LastBuild,
    bind_state,
    carry_over,
    check_state_folder,
    code_fingerprint,
    compare,
    existing_record_key_secret,
    input_fingerprint,
    last_published_as_of,
    load_history,
    load_last_build,
    published_state,
    record_key_secret,
    refuse_another_state,
    revoked_ids,
    revoked_in,
    save_build,
    save_revoked,
    state_build_id,
    state_dir_for,
    unpublished_statuses,
    value_digests,
    with_first_published,
)
from generator.stats import compute_statistics, render_statistics
from generator.summary import BuildSummary, Publication
from generator.tuning import Tuning, current, tuned
from generator.validate import Validated, validate_records
from generator.values import normalize_decision_nos
from generator.views import entity_summaries
from generator.workers import Workers

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
    tuning: Tuning | None = None  # size thresholds (generator/tuning.py); None: those in force (the defaults)


@dataclass
class BuildResult:
    """What a finished build tells the command line."""

    summary: BuildSummary
    problems: list[Problem]
    pages: int = 0
    files: int = 0
    bytes: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    unchanged: bool = False  # nothing changed since the last build: nothing was written
    kept_pages: int = 0  # entity pages of the live site left as they were (incremental build)
    kept_lists: int = 0  # list pages of the live site left as they were, not rendered again (incremental build)
    gate_pieces: dict[str, Any] = field(default_factory=dict)  # the gate's pieces scanned and skipped (report/gate.json)


def _check_folders(options: BuildOptions, paths: SitePaths, state_dir: Path) -> None:
    """Stop before anything is written when a folder is wrong (exit 2) or cannot be written (exit 1)."""
    out = paths.out
    check_folders(paths, options.data_dir, state_dir, options.report_dir, options.preview)
    check_state_folder(state_dir, options.data_dir)
    check_report_folder(options.report_dir, options.data_dir, state_dir)
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
    needed = sum(p.stat().st_size for p in files_outside(out, "entity"))
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
    with _StaffReport(report_dir, as_of.isoformat()) as report:
        counts = summarize(validated, decided, as_of.isoformat())
        report.summary = BuildSummary(as_of.isoformat(), counts["kinds"], counts.get("derived", {}), validate_only=True)
        report.problems, report.validated = problems, validated
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
                              public_numbers=[settings.contact.phone], release_accepted=True, release_sources=True)
    del sources
    decided = apply_rules(deid, validated, as_of, settings, release_frames=True)
    del deid
    withhold_conflicting_honours(decided, find_conflicts(decided, as_of.isoformat()), settings)
    if state_dir is not None:
        # As the build of the same data would stop (h19s's S8): a record the site stopped as repaired or withdrawn
        # is not answered 找到 because this data folder lacks its repairs or withdrawals file.
        said = _republished(decided, revoked_ids([], state_dir, state_dir))
        if said is not None:
            raise BuildAborted(f"{said}用同一数据构建站点也会停止；请检查这两个文件夹后重新核查。")
    state = published_state(decided, {k: [c.source for c in columns_for(k)] for k in EXPORT_KINDS})
    build_id = state_build_id(state, as_of.isoformat())
    entities = entity_summaries(decided)
    write_search(entities, out)
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

    with tuned(options.tuning) if options.tuning is not None else nullcontext(), arrow_buffers_from_malloc():
        result = _build(options, step)
    step("")
    result.timings = timings
    if result.unchanged:
        return result
    # Staff-only and outside the site: how long each stage took (read by bench/bench_build.py).
    (options.report_dir / "timings.json").write_text(json.dumps(timings, ensure_ascii=False, indent=1),
                                                      encoding="utf-8")
    # Staff-only too: how much of the large files the gate read again, and how much its memo let it skip.
    (options.report_dir / "gate.json").write_text(json.dumps(result.gate_pieces, indent=1), encoding="utf-8")
    return result


def _build(options: BuildOptions, progress: Progress) -> BuildResult:
    check_range(options.as_of)
    paths = site_paths(options.out_dir)
    state_dir = state_dir_for(paths.out, options.state_dir)
    _check_folders(options, paths, state_dir)
    if not options.preview:
        refuse_another_state(state_dir, paths.out, marker_state(paths), options.new_history)
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


@dataclass
class _Previous:
    """What the last build of this site vouches for, and whether this build may keep its files."""

    fingerprint: str  # of the data, settings and code of this build
    code: str  # of the code and rules alone
    last: LastBuild | None  # the state's newest build
    live: dict[str, str]  # the record of the site it published at --out ({} when the site shows another)
    keep_unchanged: bool  # same code, not --full: unchanged pages and files of the live site are kept
    shell_cache: Path  # where mkdocs' output of this code version is kept between builds
    edits: SiteEdits | None = None  # files of the live site edited or removed by hand since it was published
    allowed_memo: Path = Path()  # scan.TokenMemo of this code version, in the state's scrub folder


class _StaffReport:
    """The staff report of one build, written in one place: when the build stops with a reason for
    staff (`summary.aborted`, or a damaged file before any row was counted) or passes its gate."""

    def __init__(self, report_dir: Path, as_of: str) -> None:
        self.report_dir = report_dir
        self.summary = BuildSummary(as_of)
        self.problems: list[Problem] = []
        self.validated = Validated({}, [])
        self.late: list[dict[str, str]] | pa.Table = []  # a table from the rules on (late_publications)
        self.scheduled: list[dict[str, str]] = []

    def stop(self, reason: str, sentence: str) -> BuildAborted:
        """Record why the build stops (in the report) and return the exception that says it to staff."""
        self.summary.aborted = reason
        return BuildAborted(sentence)

    def __enter__(self) -> _StaffReport:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if isinstance(exc, _Aborted):  # stopped before any row was counted
            self.summary = BuildSummary.stopped(self.summary.as_of, str(exc))
            self.problems, self.validated = exc.problems, Validated({}, [])
        elif exc is not None and self.summary.aborted is None:
            return  # a stop with a report of its own (an emptied kind), or a defect
        late = self.late.to_pylist() if isinstance(self.late, pa.Table) else self.late
        write_report(self.report_dir, self.summary.as_json(), self.problems, self.validated, late,
                     self.scheduled)


@dataclass
class _Plan:
    """What the gathered and decided records will publish, before anything is written."""

    decided: Decided
    validated: Validated
    secrets: NeverPublic  # the never-public values the gate searches for, each once
    secret_digests: np.ndarray  # of every private cell's value, for the next build's gate (state.save_build)
    state: Any  # published_state with first publication dates
    build_id: str
    history: History
    changes: Changes
    ledger: list[dict[str, str]]
    revoked_now: dict[str, str]
    due: Due
    # Of every accepted row, withheld ones too: what the gate allows (each once, in their order: compact_strings).
    public_identifiers: list[str] | pa.Array
    registration_numbers: set[str]


@dataclass
class _Written:
    """What the writing stages made in the new version folder, for the gate and the swap."""

    sink: OutputSink
    rendered: Rendered
    pages: set[str]  # codes of every entity page this build shows
    gone: list[str]  # codes of entities that left the site, ever (neutral pages)
    newly_gone: list[str]  # those whose neutral page this build wrote
    neutral_bytes: int
    allowed: Allowed  # the identifiers the gate allows, with their cells
    # Set by the gate that passed them, for the next build (state.save_build):
    manifest: dict[str, str] = field(default_factory=dict)  # SHA-256 of every file outside entity/
    secret_digests: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.uint64))
    allowed_digests: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.uint64))
    memo: PieceMemo | None = None  # the clean pieces of large files (scan.PieceMemo)
    memo_setup: np.ndarray | None = None  # the scan setup they are clean under
    gate_pieces: dict[str, Any] = field(default_factory=dict)
    exports: dict[str, Any] = field(default_factory=dict)  # each dataset's key and resources (export_datasets)


def _build_locked(options: BuildOptions, paths: SitePaths, state_dir: Path, settings: Settings,
                  progress: Progress) -> BuildResult:
    """Gather and gate, then write, then swap: the pipeline of one build under the site's lock."""
    progress("比较上次发布")
    previous = _previous_build(options, paths, state_dir, settings)
    if previous.last is not None and previous.live.get("fingerprint") == previous.fingerprint and not options.full:
        return BuildResult(BuildSummary.unchanged(options.as_of.isoformat(), previous.last.build_id), [],
                           unchanged=True)
    if paths.out.is_dir():  # stop now rather than after the whole build, when the site is to be written
        _check_free_space(paths.out, len(previous.last.entity_keys) if previous.last is not None else 0,
                          previous.keep_unchanged)
    report = _StaffReport(options.report_dir, options.as_of.isoformat())
    staging: Path | None = None
    published = False
    try:
        with report, Workers() as workers:
            plan = _gather_and_decide(options, paths, state_dir, settings, previous.code, report, progress)
            give_back()  # the data stages' frames and working memory, freed
            if previous.edits:  # said in summary.json and by the command line
                report.summary.site_edited = {"edited": len(previous.edits.edited), "removed": previous.edits.removed,
                                              "examples": previous.edits.edited[:3]}
            paths.out.parent.mkdir(parents=True, exist_ok=True)
            staging = new_version(paths, plan.build_id)
            written = _write_site(options, settings, plan, previous, OutputSink(staging, scan_to_come=True), workers,
                                  progress)
            unchanged = _gate(options, paths, state_dir, plan, previous, written, report, workers, progress)
        kill_point("gated")
        result = _result(report, written, unchanged, previous.keep_unchanged)
        _swap(options, paths, state_dir, plan, previous, written, unchanged, progress)
        published = True
        return result
    finally:
        if not published and staging is not None and staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _previous_build(options: BuildOptions, paths: SitePaths, state_dir: Path, settings: Settings) -> _Previous:
    """The last build in the state folder and what of the live site it vouches for."""
    code = code_fingerprint(options.rules_file)
    fingerprint = input_fingerprint(options.data_dir, json.dumps(
        {"as_of": options.as_of.isoformat(), "strict": options.strict, "skip_damaged_files": options.skip_damaged_files,
         "site_url": options.site_url, "contact": asdict(settings.contact),
         # the one threshold that changes what is published (the sheets of an XLSX dataset)
         "xlsx_max_rows": current().xlsx_max_rows}, sort_keys=True), code)
    out = paths.out
    last = load_last_build(state_dir)
    live = last.live if last is not None and last.live.get("out_dir") == str(out) and (out / "entity").is_dir() else {}
    shown = paths.live_version()
    if shown is None or last is None or shown.name.rsplit(".", 1)[0] != last.build_id:
        live = {}  # the site shows another build (another state published it): nothing is vouched for
    edits = _edits_by_hand(paths, shown, last) if live else None
    if edits is not None and (edits or last is None or last.stamp is None):
        live = {}  # pages edited, added or removed by hand (or no stamp to tell): nothing is vouched for
    keep_unchanged = bool(live) and live.get("code") == code and not options.full
    return _Previous(fingerprint, code, last, live, keep_unchanged, state_dir / "shells" / code[:16], edits or None,
                     state_dir / SCRUBBED / f"allowed-{code[:16]}.parquet")


def _edits_by_hand(paths: SitePaths, shown: Path | None, last: LastBuild | None) -> SiteEdits | None:
    """What changed in the live version folder since the last build swapped it in (None: no stamp).

    Files added there would be deleted with the old version when the new one is swapped in: the
    build stops (exit 2) and names them, so that staff move them away first.
    """
    if shown is None or last is None or last.stamp is None:
        return None
    edits = site_edits(shown, last.stamp)
    if edits.added:
        named = "、".join(edits.added[:3]) + ("等" if len(edits.added) > 3 else "")
        raise FolderRefused(f"站点 {paths.out} 中有 {len(edits.added)} 个文件不是本程序发布的（{named}），发布新版本会删除它们。"
                            "请先把它们移出站点目录（站点目录中的一切都会被替换），再重新构建。")
    return edits


def _gather_and_decide(options: BuildOptions, paths: SitePaths, state_dir: Path, settings: Settings, code: str,
                       report: _StaffReport, progress: Progress) -> _Plan:
    """Read, check, de-identify and decide every record; stop (with the report) on what staff must fix.

    The input files are read and checked through the partition cache of this code version (`code`).
    """
    as_of = options.as_of.isoformat()
    sources, validated, problems = _gather(options.data_dir, options.as_of, settings, options.skip_damaged_files,
                                           progress, PartitionOptions(state_dir / PARTITIONS, code,
                                                                      options.full, options.scheduler))
    report.problems, report.validated = problems, validated
    stop_if_emptied(sources, validated, state_dir, paths.out, options.allow_empty, options.report_dir, problems, as_of)
    kill_point("gathered")
    # De-identification reads only the privacy rules' columns of the input (the free texts it
    # masks are in `validated`): the other raw columns of every row are let go before it allocates.
    sources = privacy_columns(sources)
    give_back()
    progress("去除个人信息")
    key_secret = record_key_secret(state_dir)
    scrubbed = ScrubCache(state_dir / SCRUBBED, code, key_secret, refresh=options.full)  # the last build's texts
    deid = deidentify_records(validated, sources, site_chrome(settings.site_title, settings.publisher,
                                                              settings.licence_title),
                              key_secret=key_secret, scrub_cache=scrubbed,
                              public_numbers=[settings.contact.phone],  # the office's phone stays in texts
                              # The accepted rows were de-identification's input, and are read nowhere after
                              # it (the rules read the de-identified rows): each kind's are let go as soon as
                              # its de-identified rows exist; only their counts and rejected rows stay. The
                              # loaded rows are read for the never-public values only, before the kinds.
                              release_accepted=True, release_sources=True)
    scrubbed.save()
    problems.extend(deid.problems)  # identifier cells withheld, ages unknown (issue 16)
    del sources  # the raw input (never-public columns included) is not needed past this point
    give_back()  # the sources, the rows and de-identification's working memory, before the rules allocate theirs
    progress("应用公示规则")
    # Its frames were the rules' input, read nowhere after them: each kind's goes as its decided frame
    # exists (release_frames); only the never-public values are needed further on.
    decided = apply_rules(deid, validated, options.as_of, settings, release_frames=True)
    secrets = deid.secrets
    del deid
    conflicts = find_conflicts(decided, as_of)
    withhold_conflicting_honours(decided, conflicts, settings)  # adds a problem per withheld honour
    problems.extend(decided.problems)
    counts = summarize(validated, decided, as_of)
    report.summary = BuildSummary(as_of, counts["kinds"], counts.get("derived", {}), crosscheck=conflicts,
                                  settings_missing=settings.contact.missing())  # the report warns (settings-missing)
    wrong = check_sums(report.summary.as_json())
    if wrong:  # a defect of the generator, never of the data: stop rather than lose rows
        raise BuildAborted(f"计数不平衡（{', '.join(wrong)}），已停止发布。")
    rejected = sum(v.rejected for v in validated.kinds.values())
    if options.strict and rejected:
        raise report.stop(f"strict: {rejected} rejected rows",
                          f"严格模式：有 {rejected} 行数据被拒绝，已停止发布（详见 {options.report_dir}/index.html）。")
    return _plan(options, paths, state_dir, settings, decided, validated, secrets, report)


def _plan(options: BuildOptions, paths: SitePaths, state_dir: Path, settings: Settings, decided: Decided,
          validated: Validated, secrets: Secrets, report: _StaffReport) -> _Plan:
    """This build's version, changes and removals against the history, and the dates it answers for."""
    as_of = options.as_of.isoformat()
    # What is read of every row, published or not: the records withheld as repaired or withdrawn, the
    # identifiers of every accepted row (withheld ones too: the gate allows them), the status of each
    # row not published (a removal's reason). After them only published rows are read (the plan,
    # export, pages, search, gate): the others are dropped before the plan allocates. (The whole
    # frames beside their published copies, through the published state, the changes and the late
    # publications, were the rules stage's peak.)
    revoked_now = _revoked_under_every_key(decided, revoked_in(decided))
    identifiers, numbers = compact_strings(public_identifiers(decided)), registration_numbers(decided)
    unpublished = unpublished_statuses(decided)
    decided.keep_published_only()
    state = published_state(decided, {k: [c.source for c in columns_for(k)] for k in EXPORT_KINDS})
    build_id = state_build_id(state, as_of)
    history = load_history(state_dir, options.out_dir, build_id)
    carry_over(history, _parties_carried_over(decided, state, history.previous))
    state = with_first_published(state, history, as_of)
    changes = compare(unpublished, state, history, build_id, as_of)
    del unpublished
    if not options.allow_republish:
        _stop_if_revoked_return(decided, history.ledger, state_dir, paths.out, report)
    report.late = late_publications(decided, state, settings.timeliness_working_days, as_of)  # (a table)
    report.problems.extend(estimated_deadlines(decided, state, settings.timeliness_working_days, as_of))
    report.scheduled = scheduled_removals(decided, as_of)
    due = next_due(decided, as_of)  # the day this build stops being right (issue 22)
    report.summary.publication = Publication(
        build_id, history.previous.empty, len(report.late), len(report.scheduled), due.date or None, due.reasons,
        lateness(load_due(state_dir), as_of, paths.out))  # whether the live site was already past its own
    # The previous build's records (a row per record, as many as this build's) were read by
    # `compare` and the publication line above; only its pages are read further on.
    release_previous(history)
    # The secrets (one per private cell, as columns: `Secrets`) are held to here; the scans need each
    # distinct value once, and the next build a digest of each cell's (in the same order as ever).
    digests = value_digests(v.strip() for v in secrets.values())
    return _Plan(decided, validated, never_public(secrets), digests, state, build_id, history, changes,
                 history.ledger + changes.removals, revoked_now, due, identifiers, numbers)


def compact_strings(values: list[str]) -> list[str] | pa.Array:
    """Strings held for a later stage as one Arrow array, each once, in the order of their first
    occurrence (what `scan.allowed_tokens` reads of them: it takes each value once, in that order).

    The identifiers of every accepted row were one Python string per kind and column (305,126 at
    3x10^4 entities, 24.4 MB) held from the rules through the export. Values Arrow cannot encode
    stay a list.
    """
    distinct = list(dict.fromkeys(values))
    try:
        return pa.array(distinct, pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError, UnicodeEncodeError):  # (a lone surrogate is no UTF-8)
        return distinct


def release_previous(history: History) -> None:
    """Drop the previous build's per-record state from `history` once this build is compared with it.

    Kept to the end it was, in an update of 10^6 entities, about a million rows of ids and
    content hashes held through export, render and the gate; what the later stages read of
    the history is its pages (`previous_pages`) and ledger.
    """
    history.previous = without_rows(history.previous)


def without_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame's columns and types with no row, holding none of its memory.

    `frame.iloc[0:0]` (and its `.copy()`) is a zero-length slice: its Arrow-backed text columns
    still refer to every buffer of the whole frame, which then stays alive as long as the empty
    frame does (the accepted rows of every kind were held so to the end of the build: 28 MB at
    10^4 entities, half the Arrow memory of export, render and the gate). Taking no position
    makes new, empty columns.
    """
    return frame.iloc[np.empty(0, dtype=np.intp)]


def _write_site(options: BuildOptions, settings: Settings, plan: _Plan, previous: _Previous, sink: OutputSink,
                workers: Workers, progress: Progress) -> _Written:
    """Every output of the new version: datasets, charts, feeds, pages, search and check indexes."""
    as_of, decided, staging = options.as_of.isoformat(), plan.decided, sink.root
    progress("导出开放数据")
    meta = ExportMeta(as_of, plan.build_id, settings.site_title, settings.publisher, settings.licence,
                      settings.licence_title)
    last, live = previous.last, site_paths(options.out_dir).live_version()
    exports: dict[str, Any] = {}  # each dataset's key and resources, for the next build
    resources = export_datasets(decided, staging / "data", meta, changes=plan.changes.as_json(), ledger=plan.ledger,
                                workers=workers, sink=sink, tables_out=exports,
                                previous=last.exports if last is not None and previous.keep_unchanged else None,
                                live=live / "data" if live is not None and previous.keep_unchanged else None)
    for resource in resources:  # hashed by the writers, scanned by the gate
        sink.record(f"data/{resource['path']}", resource["hash"].split(":", 1)[1])
    give_back()  # the tables' pickled bytes and text chunks, freed
    context = SiteContext(as_of, plan.build_id, settings.site_title, settings.publisher, settings.licence_title,
                          downloads=download_list(resources), dictionary=data_dictionary(decided),
                          changes=plan.changes.as_json(), ledger_size=len(plan.ledger), contact=settings.contact)
    progress("生成统计图表与订阅")
    statistics = render_statistics(compute_statistics(decided, as_of), staging / "stats", "../", sink=sink)
    write_feeds(decided, dict(zip(plan.state["id"], plan.state["first_published"])), staging / "feeds",
                site_url=base_url(options.site_url), as_of=as_of, build_id=plan.build_id, site_title=settings.site_title,
                sink=sink)
    progress("生成网页")
    memo = TokenMemo(previous.allowed_memo, record_key_secret(previous.allowed_memo.parent.parent))
    identifiers = plan.public_identifiers
    allowed = allowed_tokens(identifiers.to_pylist() if isinstance(identifiers, pa.Array) else identifiers,
                             plan.registration_numbers,
                             anywhere=[settings.contact.phone], memo=memo)  # the office's own phone is public
    memo.save()
    del memo
    # `allowed` keeps each identifier once, with its cells; the list held one per kind and column
    # (101,580 values at 10^4 entities) to the end of the build.
    plan.public_identifiers, plan.registration_numbers = [], set()
    rendered = render_site(decided, staging, context, {"stats": ("统计", statistics), **policy_pages(decided, as_of)},
                           previous_keys=last.entity_keys if last is not None else None,
                           keep_unchanged=previous.keep_unchanged, shell_cache=previous.shell_cache,
                           scan=scan_setup(plan.secrets, allowed), workers=workers, sink=sink,
                           previous_lists=last.list_keys if last is not None else None,
                           passed=last.files if last is not None else None,
                           live=site_paths(options.out_dir).live_version(),
                           previous_list_rows=last.list_row_keys if last is not None else None)
    workers.recycle()  # the renderers hold the modules and heap rendering needed: the gate starts new processes
    pages = {e["code"] for e in rendered.entities}
    gone = sorted(p for p in plan.history.previous_pages - pages if SAFE_CODE.match(p))
    newly_gone = gone
    if previous.keep_unchanged:  # the live site already shows neutral pages for entities gone before
        assert last is not None
        newly_gone = sorted(c for c in set(last.entity_keys["code"]) - pages if SAFE_CODE.match(c))
    neutral_bytes = render_neutral_pages(staging, newly_gone, context)
    kill_point("rendered")
    progress("生成搜索索引")
    write_search(rendered.entities, staging, sink)
    alias_memo = AliasMemo(previous.allowed_memo.with_name(f"{ALIAS_MEMO_PREFIX}{previous.code[:16]}.parquet"),
                           record_key_secret(previous.allowed_memo.parent.parent))  # beside the TokenMemo
    build_check_index(decided, rendered.entities, staging, as_of, plan.build_id, sink,  # 信用核查 (generator/check.py)
                      alias_memo=alias_memo)
    write_sitemap(sink, rendered.entities, options.site_url)
    sink.write(SITE_SCRIPT, site_script(plan.due, plan.build_id))  # read by stale.js
    rendered.entities = []  # a dict per entity: gigabytes at 10^6, not needed by the gate
    give_back()  # before the gate's processes start beside this one
    return _Written(sink, rendered, pages, gone, newly_gone, neutral_bytes, allowed, exports=exports)


def _gate(options: BuildOptions, paths: SitePaths, state_dir: Path, plan: _Plan, previous: _Previous, written: _Written,
          report: _StaffReport, workers: Workers, progress: Progress) -> set[str]:
    """The leak gate over the new version; returns the files with the live site's bytes (kept, not rescanned)."""
    progress("检查个人信息泄露")
    sink, rendered, last = written.sink, written.rendered, previous.last
    gate = rendered.scan  # what the renderers scanned with: the same values, identifiers and shells
    assert gate is not None
    digests = plan.secret_digests
    # Each identifier with the cells it is allowed in (scan.Allowed): a file kept unscanned must
    # not hold a token whose cell is gone.
    allowed_digests = value_digests(sorted(f"{t}\t{c}" for t, cells in written.allowed.items() for c in sorted(cells)))
    manifest = sink.manifest()
    # Every file: those outside entity/ and, from one listing of that folder, those in it.
    to_scan = [*manifest, *entity_files(sink.root)]
    unchanged: set[str] = set()
    # The gate remembers the pieces of large files it finds clean (keyed by the state's secret), so
    # that the next gate need not scan them again if they come back byte for byte.
    memo = PieceMemo(record_key_secret(state_dir)) if current().scan_memo else None
    setup_digests = value_digests(memo_setup(gate))
    if previous.keep_unchanged:
        assert last is not None
        unchanged = sink.unchanged(manifest, last.files, paths.out)
        # A file with the same bytes as one the last gate passed needs no new scan when no
        # never-public value is new, no identifier the last gate allowed has become private, and no
        # value's whole-name rule or the public names it may stand in have changed (scan.memo_setup:
        # a value exempt inside fewer names could be a leak in a file that did not change).
        if (np.isin(digests, last.secret_digests).all() and last.allowed_digests is not None
                and np.isin(last.allowed_digests, allowed_digests).all()
                and last.memo_setup is not None and np.isin(setup_digests, last.memo_setup).all()):
            to_scan = [rel for rel in to_scan if rel not in unchanged]
            # A piece with the same bytes as one the last gate found clean, likewise.
            if memo is not None:
                memo.previous = last.pieces
                memo.found.update({rel: last.pieces[rel] for rel in unchanged if rel in last.pieces})
    scanned = rendered.scanned() | sink.scanned  # as they were written: not read back
    leaks = in_scan_order([*rendered.leaks, *sink.leaks, *scan_outputs(sink.root, [], written.allowed,
                                                                       files=to_scan, scanned=scanned, setup=gate,
                                                                       workers=workers, memo=memo)])
    if previous.keep_unchanged:
        assert last is not None
        # Kept pages were proven clean of the never-public values as the last gate knew them (each
        # with its whole-name rule and the public names it may stand in); check the ones new since.
        leaks += new_secrets_in_kept_pages(plan.decided, gate, last.memo_setup, written.pages - set(rendered.written))
    if leaks:
        # (The report names each place, as the stop's sentence promises — masked, as every staff output is: a clerk
        # names files after people. An outsider's thirteenth-session case: "另有 6 处见报告" and the report listed none.)
        report.summary.leaks = [mask_cell(str(x)) for x in leaks[:50]]
        sentence = leak_sentence(leaks, plan.decided)
        raise report.stop(sentence, sentence)
    written.manifest, written.secret_digests, written.allowed_digests = manifest, digests, allowed_digests
    written.memo, written.memo_setup = memo, setup_digests
    written.gate_pieces = {"memo": "off" if memo is None else "used" if memo.previous else "recorded",
                           "pieces_scanned": memo.scanned if memo else None,
                           "pieces_skipped": memo.skipped if memo else None,
                           "files": {rel: {"scanned": n, "skipped": k} for rel, (n, k) in sorted(memo.counts.items())}
                           if memo else {}}
    return unchanged


def _result(report: _StaffReport, written: _Written, unchanged: set[str], keep_unchanged: bool) -> BuildResult:
    """What the command line says of a build that passed its gate, counted from what was written:
    a stat of every entity file costs minutes at 10^6 entities."""
    rendered = written.rendered
    files = [written.sink.root / rel for rel in written.manifest if rel not in unchanged]
    return BuildResult(report.summary, report.problems,
                       pages=sum(1 for p in files if p.suffix == ".html") + len(rendered.written) + len(written.newly_gone),
                       files=len(files) + 2 * len(rendered.written) + len(written.newly_gone),
                       bytes=sum(p.stat().st_size for p in files) + rendered.entity_bytes + written.neutral_bytes,
                       kept_pages=len(written.pages) - len(rendered.written) if keep_unchanged else 0,
                       kept_lists=len(rendered.kept_lists),
                       gate_pieces=written.gate_pieces)


def _swap(options: BuildOptions, paths: SitePaths, state_dir: Path, plan: _Plan, previous: _Previous,
          written: _Written, unchanged: set[str], progress: Progress) -> None:
    """Give the new version the live site's unchanged files, swap it in, then record the build."""
    out, staging = paths.out, written.sink.root
    # Files with the same bytes as the live ones keep the live file (and its date), so that
    # uploading the site with a tool that compares dates sends only what changed.
    written.sink.keep_live(out, unchanged - written.rendered.kept_lists)  # kept list pages are the live files already
    if previous.keep_unchanged:  # the new version gets the unchanged entity pages of the live one
        link_kept_entities(paths.live_version() or out, staging, set(written.newly_gone))
        kill_point("linked")
    stamp = site_stamp(staging)  # the files as swapped in: the next build trusts them while they stay so
    progress("替换站点")
    # Until this build is recorded, the state must not vouch for the pages at --out.
    (state_dir / LIVE).unlink(missing_ok=True)
    flip(paths, staging, options.preview, state_dir)
    save_build(state_dir, BuildRecord(plan.changes, written.pages | set(written.gone), plan.ledger,
                                      written.rendered.keys, written.secret_digests,
                                      {"out_dir": str(out), "fingerprint": previous.fingerprint, "code": previous.code},
                                      written.manifest, written.allowed_digests,
                                      written.memo.found if written.memo is not None else None, written.memo_setup,
                                      written.rendered.list_keys, stamp, written.rendered.list_row_keys,
                                      written.exports))
    save_due(state_dir, plan.due, plan.build_id, out)
    save_revoked(state_dir, plan.revoked_now, None if options.preview else out)
    kill_point("saved")


def live_site_as_of(out: Path) -> dt.date | None:
    """The as-of date of the site published at `out` (its datapackage.json), whatever the state says."""
    try:
        return dt.date.fromisoformat(json.loads((out / "data" / "datapackage.json").read_text(encoding="utf-8"))["as_of"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _record_ids_under_every_key(name: str, rows: pd.DataFrame, plain: bool = True) -> list[tuple[int, str]]:
    """(row position, 记录标识) of each row's other ids than its own (`RECORD_ID`): its key as numbers are compared
    (normalize_decision_no: brackets, full-width digits, white space, the control matching's form) where that
    differs from the key as written, and, for a kind whose key falls back to another field (a licence's 许可编号
    when its 文书号 is empty), under each of the two (h19s's S9, S10: the guard compared the key as written only);
    and a party's record with its party in the id where it has none, and (`plain`) without where it has
    (`party_tokens`): not to remember a withheld party by, since the decision's other parties have that one too.
    Most rows have none but that: a number already written as compared is its own id."""
    kind = KINDS[name]
    keys = rows[KEY].astype(str).tolist()
    issuers = rows[ISSUER].astype(str).tolist()
    other: list[tuple[int, str]] = []
    for column in [KEY] + [f for f in (kind.key,) if kind.key_fallback and f in rows]:
        written = keys if column == KEY else rows[column].astype(str).tolist()
        for i, (raw, compared) in enumerate(zip(written, normalize_decision_nos(written))):
            if compared != keys[i] or raw != keys[i]:
                other.extend((i, record_id(name, spelling, issuers[i]))
                             for spelling in {raw, compared} - {keys[i]} if spelling.strip())
    if kind.key_fallback and kind.key in rows and kind.key_fallback in rows:
        other.extend(_fallback_aliases(name, rows, plain))
    # A decision that names one party now and several later (or the reverse): a party withheld under one id
    # stays withheld under the other.
    return other + _party_ids(name, rows, plain)


# Marks the id a record keyed by its 文书号 is remembered by under its 许可编号: a licence decision with a 文书号 is
# the same record as a later row of the same 许可编号 without one (its key then falls back to the 许可编号), but
# not as another decision of that 许可编号 (a renewal keeps the certificate number: h21l's case).
_FALLBACK_ALIAS = "\x1ffallback:"


def _fallback_aliases(name: str, rows: pd.DataFrame, plain: bool) -> list[tuple[int, str]]:
    """(row position, 记录标识) under the fallback key (a licence's 许可编号) for a kind keyed by its 文书号.

    Remembered (`plain` False), a withheld row with a 文书号 is kept under the marked 许可编号 id; checked (`plain`),
    a row without a 文书号 (its own id is the plain 许可编号 one) is looked up under the marked one too, and a row
    with a 文书号 under the plain one (a licence withheld when its export had no 文书号). Two decisions that share a
    许可编号 and each have a 文书号 are never taken for one another."""
    kind = KINDS[name]
    own_keys = rows[kind.key].astype(str).tolist()
    fallbacks = rows[kind.key_fallback].astype(str).tolist()
    issuers = rows[ISSUER].astype(str).tolist()
    ids: list[tuple[int, str]] = []
    for i, (own, fallback) in enumerate(zip(own_keys, fallbacks, strict=True)):
        if not fallback.strip():
            continue
        spellings = {fallback, *normalize_decision_nos([fallback])}
        if not own.strip():
            ids.extend((i, record_id(name, _FALLBACK_ALIAS + s, issuers[i])) for s in spellings if plain)
        elif plain:
            ids.extend((i, record_id(name, s, issuers[i])) for s in spellings)
        else:
            ids.extend((i, record_id(name, _FALLBACK_ALIAS + s, issuers[i])) for s in spellings)
    return ids


def _party_ids(name: str, rows: pd.DataFrame, plain: bool = True) -> list[tuple[int, str]]:
    """(row position, 记录标识) of each party's record under its id with its party (`party_tokens`) where it has
    none, and (`plain`) without where it has: the id it had or will have when its decision names one party."""
    if not KINDS[name].has_party or ENTITY not in rows or PARTY_NAME_FIELD not in rows:
        return []
    keys, issuers = rows[KEY].astype(str).tolist(), rows[ISSUER].astype(str).tolist()
    entities, names = rows[ENTITY].astype(str).tolist(), rows[PARTY_NAME_FIELD].astype(str).tolist()
    other: list[tuple[int, str]] = []
    for i, own in enumerate(rows[RECORD_ID].astype(str).tolist()):
        alone = record_id(name, keys[i], issuers[i])
        if own == alone:
            other.append((i, record_id(name, keys[i], issuers[i], party_token(entities[i], names[i]))))
        elif plain:
            other.append((i, alone))
    return other


def _parties_carried_over(decided: Decided, state: pd.DataFrame, previous: pd.DataFrame) -> dict[str, str]:
    """Previous record id -> this build's, for a party's record whose decision gained or lost a party since (its
    id with or without the party, `_party_ids`, of the same entity): the record continued, its first publication
    date kept, not one removed (a ledger entry) and one added (a late publication)."""
    if previous.empty:
        return {}
    before = set(previous["id"].tolist())
    gone = previous[~previous["id"].isin(set(state["id"].tolist()))]
    entity_of = dict(zip(gone["id"].tolist(), gone["entity"].astype(str).tolist()))
    carried: dict[str, str] = {}
    for name in list(decided.frames) if entity_of else []:
        if KINDS[name].control or RECORD_ID not in decided.frames[name] or ENTITY not in decided.frames[name]:
            continue
        rows = decided.published(name)
        rows = rows[rows[ENTITY].isin(set(entity_of.values()))]
        own, entities = rows[RECORD_ID].tolist(), rows[ENTITY].astype(str).tolist()
        for position, other in _party_ids(name, rows):
            if entity_of.get(other) == entities[position] and own[position] not in before:
                carried.setdefault(other, own[position])
    return carried


def _revoked_under_every_key(decided: Decided, revoked: dict[str, str]) -> dict[str, str]:
    """This build's records withheld as repaired or withdrawn (`revoked_in`), each also under the ids of its
    other keys (`_record_ids_under_every_key`), so that the next build's guard knows it however the export
    then spells or keys it."""
    every = dict(revoked)
    for name, frame in decided.frames.items():
        if not revoked or KINDS[name].control or RECORD_ID not in frame or ISSUER not in frame:
            continue
        rows = frame[frame[RECORD_ID].isin(revoked.keys())]
        own = rows[RECORD_ID].tolist()
        for position, other in _record_ids_under_every_key(name, rows, plain=False):
            every.setdefault(other, revoked[own[position]])
    return every


def _stop_if_revoked_return(decided: Decided, ledger: list[dict[str, str]], state_dir: Path, out: Path,
                            report: _StaffReport) -> None:
    """Stop a build that would publish again a record the site removed as repaired or withdrawn.

    The usual cause is a repairs/ or withdrawals/ file (or folder) missing from this build's data:
    publishing without it would show decisions that were revoked or repaired. Staff who mean it
    (a repair decision itself revoked) build again with --allow-republish. A record is the same one
    under any spelling of its number the control matching reads as one, and under any of its keys
    (`_record_ids_under_every_key`).
    """
    said = _republished(decided, revoked_ids(ledger, state_dir, out))
    if said is not None:
        message = f"{said}请检查这两个文件夹后重新构建；确需重新公示时加 --allow-republish。"
        raise report.stop(message, message)


def _republished(decided: Decided, revoked: dict[str, str]) -> str | None:
    """The sentence naming the records `decided` would publish again among `revoked` (by kind and reason), if any."""
    if not revoked:
        return None
    back: list[tuple[str, str]] = []
    for name, frame in decided.frames.items():
        if KINDS[name].control or RECORD_ID not in frame or ISSUER not in frame:
            continue
        rows = frame[frame[STATUS] == PUBLISHED]
        found = {p: revoked[rid] for p, rid in enumerate(rows[RECORD_ID].tolist()) if rid in revoked}
        for position, other in _record_ids_under_every_key(name, rows):
            if other in revoked:
                found.setdefault(position, revoked[other])
        back.extend((name, reason) for reason in found.values())
    if not back:
        return None
    counts: dict[str, int] = {}
    for kind, reason in back:
        label = f"{KINDS[kind].title}（此前因{'信用修复' if reason == 'repaired' else '撤销或更正'}停止公示）"
        counts[label] = counts.get(label, 0) + 1
    listed = "、".join(f"{label} {n} 条" for label, n in counts.items())
    return (f"有 {len(back)} 条此前已停止公示的记录将重新公示：{listed}。通常是 repairs/ 或 withdrawals/ 中的文件"
            "缺失、被移走或未被读取。")


