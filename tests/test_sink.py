"""One output sink and one worker pool per build (issue 18).

Through `build_site`: the manifest the state keeps for the next build holds the SHA-256 of every
file outside entity/ as published (a digest recorded by the sink must be the file's bytes, or the
next build would keep a file it never scanned); a build that runs its export, render and gate in
parallel runs one pool of processes at a time, not one per stage, and publishes the same bytes as
a build in one process; the summary is typed and reads as summary.json does.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import hashlib
import json
import os
from pathlib import Path

import pandas as pd
import pytest

from generator.build import BuildOptions, build_site
from generator.summary import BuildSummary
from generator.tuning import Tuning
from tests.conftest import license_, penalty, write_folder

AS_OF = dt.date(2026, 11, 27)


def _data(folder: Path) -> None:
    write_folder(folder, {
        "penalties": [penalty(f"甘州市监罚〔2026〕{n + 1}号", "2026-06-01", name=f"张掖市第{n}商贸有限公司",
                              serial=300 + n) for n in range(5)],
        "licenses": [license_(f"甘州市监许〔2026〕{n + 1}号", "2026-06-01", name=f"张掖市第{n}商贸有限公司",
                              serial=300 + n) for n in range(5)]})


def _build(root: Path, name: str, tuning: Tuning | None = None) -> tuple[object, Path]:
    result = build_site(BuildOptions(root / "data", root / name, root / f"report-{name}", AS_OF,
                                     state_dir=root / f"state-{name}", site_url="https://credit.example.gov.cn/",
                                     tuning=tuning))
    return result, (root / name).resolve()


def _differing(a: Path, b: Path) -> list[str]:
    left = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    right = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    return sorted(left ^ right) + [rel for rel in sorted(left & right) if not filecmp.cmp(a / rel, b / rel, shallow=False)]


def test_the_manifest_holds_the_bytes_of_every_published_file_outside_entity(tmp_path: Path) -> None:
    _data(tmp_path / "data")
    result, site = _build(tmp_path, "site")
    build_id = result.summary["build_id"]  # type: ignore[attr-defined]
    table = pd.read_parquet(tmp_path / "state-site" / "builds" / f"{build_id}.files.parquet")
    manifest = dict(zip(table["path"], table["sha256"]))
    on_disk = {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
               for p in site.rglob("*") if p.is_file() and not p.relative_to(site).as_posix().startswith("entity/")}
    assert manifest == on_disk
    # Written by the sink (pages, sitemap, scripts), by the export's writers and by stages that write
    # their own files (search index, feeds): all there.
    assert {"index.html", "sitemap.xml", "robots.txt", "assets/build-info.js", "data/penalties.csv",
            "lists/penalties/index.html", "feeds/penalties.xml"} <= set(manifest)


def test_the_summary_is_typed_and_reads_as_summary_json(tmp_path: Path) -> None:
    _data(tmp_path / "data")
    result, _ = _build(tmp_path, "site")
    summary = result.summary  # type: ignore[attr-defined]
    assert isinstance(summary, BuildSummary) and summary.publication is not None
    assert summary.kinds["penalties"]["published"] == 5 and summary["kinds"] == summary.kinds
    saved = json.loads((tmp_path / "report-site" / "summary.json").read_text(encoding="utf-8"))
    assert list(saved) == list(summary) and saved["build_id"] == summary.publication.build_id
    again = build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report-again", AS_OF,
                                    state_dir=tmp_path / "state-site", site_url="https://credit.example.gov.cn/"))
    assert again.unchanged and dict(again.summary) == {"as_of": "2026-11-27", "build_id": saved["build_id"],
                                                       "unchanged": True}


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one processor: the stages never start a pool")
def test_a_build_in_parallel_runs_one_pool_at_a_time_and_publishes_the_same_bytes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.workers as workers

    _data(tmp_path / "data")
    _, serial = _build(tmp_path, "serial")
    started: list[int] = []  # for each pool started, how many others were running then
    running = [0]
    real_pool = workers.ProcessPoolExecutor

    class CountedPool(real_pool):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            started.append(running[0])
            running[0] += 1
            super().__init__(*args, **kwargs)

        def shutdown(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            running[0] -= 1
            super().shutdown(*args, **kwargs)

    monkeypatch.setattr(workers, "ProcessPoolExecutor", CountedPool)
    # Every stage that can work in parallel does; the workers get these thresholds too.
    everything = Tuning(export_parallel_from=1, render_parallel_from=2, render_entity_batch=2, render_list_batch=1,
                        scan_parallel_from=10)
    _, parallel = _build(tmp_path, "parallel", everything)
    # The export and the render stage share the first processes; once the pages are rendered they
    # end (their modules and heap are not carried into the gate), and the gate starts new ones:
    # never two pools at once, never one per stage.
    assert started == [0, 0]
    assert _differing(serial, parallel) == []
