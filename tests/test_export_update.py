"""An update exports only the datasets whose rows changed, and keeps the others (issue 19).

Each dataset (a kind, and `all`) has a key (export.table_key: the rows it shows, over the columns
it shows, its columns and sheet size). An update of the same code whose key for a dataset is the
last build's gives the new version the live files of that dataset (hard links) and lists them in
datapackage.json as the last build did, without writing them; `all.*` is written again when a
value it shows changed. The site stays byte-identical to a full build of the same data.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

import generator.export as export_module
from generator.build import BuildOptions, BuildResult, build_site
from generator.tuning import tuned
from tests.helpers import differing_files as differing
from tests.helpers import license_, penalty, write_folder

AS_OF = dt.date(2026, 11, 27)


def data(penalty_text: str = "罚款2000元", licence_text: str = "食品经营许可") -> dict[str, list[dict[str, str]]]:
    """Penalties and licences of three companies; the texts given change every row of their kind."""
    return {"penalties": [penalty(f"甘州市监罚〔2026〕{i}号", f"2026-0{i}-10", name=f"张掖市第{i}商贸有限公司",
                                  serial=300 + i, 处罚内容=penalty_text) for i in range(1, 4)],
            "licenses": [license_(f"甘州市监许〔2026〕{i}号", f"2026-0{i}-12", name=f"张掖市第{i}商贸有限公司",
                                  serial=300 + i, 许可内容=licence_text) for i in range(1, 4)]}


def options(root: Path, out: str = "site", state: str = "state", full: bool = False) -> BuildOptions:
    return BuildOptions(root / "data", root / out, root / "report", AS_OF, state_dir=root / state, full=full)



def update(root: Path, rows: dict[str, list[dict[str, str]]], twin: str) -> BuildResult:
    """New data, an update build, and a full build of the same data from a copy of the same state."""
    shutil.rmtree(root / "data")
    write_folder(root / "data", rows)
    shutil.copytree(root / "state", root / f"state-{twin}")
    (root / f"state-{twin}" / "site.json").write_text(json.dumps({"out_dir": str(root / twin)}))
    result = build_site(options(root))
    build_site(options(root, out=twin, state=f"state-{twin}", full=True))
    return result


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write_folder(tmp_path / "data", data())
    build_site(options(tmp_path))
    return tmp_path


def test_an_update_exports_only_the_datasets_whose_rows_changed(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written: list[str] = []
    real = export_module._write_table

    def write_table(job: tuple[Any, ...]) -> Any:
        if "twin" not in job[4].parent.parent.name:  # the update's, not its full twin's (.twin.builds/<id>/data)
            written.append(job[0])
        return real(job)

    monkeypatch.setattr(export_module, "_write_table", write_table)
    data_dir = root / "site" / "data"
    before = {p.name: p.stat().st_ino for p in data_dir.iterdir()}

    update(root, data(penalty_text="罚款3000元"), "twin-1")
    # 处罚内容 is in penalties.* only (all.* shows a penalty's 违法行为类型): the other tables are kept
    assert written == ["penalties"]
    after = {p.name: p.stat().st_ino for p in data_dir.iterdir()}
    assert all(after[f"licenses.{fmt}"] == before[f"licenses.{fmt}"] for fmt in export_module.FORMATS)
    assert all(after[f"penalties.{fmt}"] != before[f"penalties.{fmt}"] for fmt in export_module.FORMATS)
    assert differing(root / "site", root / "twin-1") == []  # datapackage.json, the downloads page, all.*

    written.clear()
    update(root, data(penalty_text="罚款3000元", licence_text="食品销售许可"), "twin-2")  # all.* shows 许可内容
    assert written == ["licenses", "all"] and differing(root / "site", root / "twin-2") == []

    written.clear()
    with tuned(export_keep_kinds=0):
        update(root, data(penalty_text="罚款4000元", licence_text="食品销售许可"), "twin-4")
    assert set(written) == set(export_module.EXPORT_KINDS) | {"all"}
    assert differing(root / "site", root / "twin-4") == []


def test_a_live_dataset_whose_bytes_changed_is_exported_again(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A live file that no longer holds the bytes its resource names is never carried over, even
    when its size and date were kept (which the check of the live folder cannot see): the table is
    written again."""
    written: list[str] = []
    real = export_module._write_table
    monkeypatch.setattr(export_module, "_write_table", lambda job: written.append(job[0]) or real(job))
    live = root / "site" / "data" / "licenses.csv"
    stat = live.stat()
    text = live.read_bytes()
    live.write_bytes(text.replace("食品经营许可".encode(), "食品销售许可".encode()))
    os.utime(live, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert live.stat().st_size == stat.st_size and live.read_bytes() != text
    update(root, data(penalty_text="罚款3000元"), "twin")
    assert "licenses" in written
    assert live.read_bytes() == text
    assert differing(root / "site", root / "twin") == []
