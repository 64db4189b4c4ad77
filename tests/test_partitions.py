"""Per-file partitions cached by input-file hash (issue 19): an update re-reads only the files that
changed, and the site and the staff report are byte for byte those of a build without the cache."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import generator.partitions as partitions
from generator.build import BuildOptions, build_site
from generator.load import load_sources
from generator.partitions import PartitionOptions, gather_partitions
from generator.settings import load_settings
from generator.validate import DERIVED_ORDER, validate_records
from tests.conftest import license_, party, penalty, write_csv
from tests.test_incremental import same_tree

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 11, 27)
# Corpora whose rows meet across files or whose checks count derived values, besides the sample.
CORPORA = ["duplicate-across-files", "conflicting-duplicate", "date-in-future", "amounts-in-yuan",
           "party-category-derived", "xls-title-rows-merged-footer-sheets",
           "mapping-own-headers-and-identity-column", "layout-2016"]


def _folders() -> list[Path]:
    found = [ROOT / "data" / "sample", ROOT / "tests" / "exports" / "data"]
    return found + [ROOT / "tests" / "damaged" / name / "data" for name in CORPORA
                    if (ROOT / "tests" / "damaged" / name / "data").is_dir()]


def _ordered(problems: list[Any]) -> list[dict[str, Any]]:
    """Problems in the report's order (issues.jsonl; the report page sorts the same way, stably)."""
    return [p.as_dict() for p in sorted(problems, key=lambda p: (p.kind, p.file, p.row or 0, p.column or "", p.code))]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose partitions the next gathers make (the others are read from the cache)."""
    made: list[str] = []
    original = partitions.make_partition

    def make(task: partitions.Task) -> dict[str, Any]:
        made.append(task.rel + (" (checks)" if task.reuse_load else ""))
        return original(task)

    monkeypatch.setattr(partitions, "make_partition", make)
    return made


@pytest.mark.parametrize("folder", _folders(), ids=lambda p: p.parent.name if p.name == "data" else p.name)
def test_partitions_give_what_the_whole_tables_give(folder: Path, tmp_path: Path) -> None:
    settings = load_settings(None, folder)
    whole = load_sources(folder)
    checked = validate_records(whole, AS_OF, settings)
    options = PartitionOptions(tmp_path / "partitions", "code")
    for _ in range(2):  # made, then read back from the cache
        gathered = gather_partitions(folder, AS_OF, settings, options)
        sources, validated = gathered.sources, gathered.finish()
        assert [p.as_dict() for p in sources.problems] == [p.as_dict() for p in whole.problems]
        assert [p.as_dict() for p in sources.damaged_files] == [p.as_dict() for p in whole.damaged_files]
        for name, loaded in whole.kinds.items():
            pd.testing.assert_frame_equal(sources.kinds[name].frame, loaded.frame)
            assert sources.kinds[name].files == loaded.files
            a, b = checked.kinds[name], validated.kinds[name]
            pd.testing.assert_frame_equal(b.accepted, a.accepted)
            pd.testing.assert_frame_equal(b.rejected_rows, a.rejected_rows)
            assert (b.read, b.rejected, b.duplicates) == (a.read, a.rejected, a.duplicates)
            assert list(b.derived.items()) == list(a.derived.items())
        assert _ordered(validated.problems) == _ordered(checked.problems)


def test_every_derived_count_the_checks_make_has_its_place_in_the_order() -> None:
    """Counts of files checked apart are merged in DERIVED_ORDER: a new counted code must be placed there
    (warnings with counted=False are not in summary.json "derived")."""
    import ast

    source = (ROOT / "generator" / "validate.py").read_text(encoding="utf-8")
    codes = {node.args[2].value for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "_report_by_file"
             and isinstance(node.args[2], ast.Constant)
             and not any(k.arg == "counted" and getattr(k.value, "value", True) is False for k in node.keywords)}
    assert codes and codes <= set(DERIVED_ORDER)


def _data(root: Path, fine: str = "罚款2000元") -> Path:
    """Two companies' penalties in two files, licences in two more, a never-public column, a duplicate
    across files, and a row rejected for a date after the as-of date."""
    data = root / "data"
    shutil.rmtree(data, ignore_errors=True)
    write_csv(data / "penalties" / "a.csv", [
        penalty("甘州市监罚〔2026〕1号", "2026-06-01", name="张掖市第1商贸有限公司", serial=301, 处罚内容=fine),
        penalty("甘州市监罚〔2026〕2号", "2026-06-02", name="张掖市第2商贸有限公司", serial=302),
    ])
    write_csv(data / "penalties" / "b.csv", [
        penalty("甘州市监罚〔2026〕2号", "2026-06-02", name="张掖市第2商贸有限公司", serial=302),  # an identical copy
        penalty("甘州市监罚〔2026〕3号", "2026-12-20", name="张掖市第3商贸有限公司", serial=303),  # in the future
        penalty("甘州市监罚〔2026〕4号", "2026-05-01", name="张三", category="自然人", code="",
                证件类型="身份证", 证件号码="620702198001011234"),
    ])
    write_csv(data / "licenses" / "a.csv", [license_("甘州市监许〔2026〕1号", name="张掖市第1商贸有限公司",
                                                     serial=301)])
    write_csv(data / "licenses" / "b.csv", [license_("甘州市监许〔2026〕2号", name="张掖市第2商贸有限公司",
                                                     serial=302)])
    return data


def _options(root: Path, out: str = "site", state: str = "state", report: str = "report", full: bool = False,
             as_of: dt.date = AS_OF, scheduler: str | None = None) -> BuildOptions:
    return BuildOptions(root / "data", root / out, root / report, as_of, state_dir=root / state, full=full,
                        scheduler=scheduler)


def _same_report(a: Path, b: Path) -> list[str]:
    differ = same_tree(a, b)
    return [rel for rel in differ if rel != "timings.json"]


def test_an_update_reads_only_the_changed_file_and_equals_a_build_without_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _counting(monkeypatch)
    _data(tmp_path)
    build_site(_options(tmp_path))
    assert sorted(made) == ["licenses/a.csv", "licenses/b.csv", "penalties/a.csv", "penalties/b.csv"]
    # The update: one file's bytes change; the twin starts from a copy of the same state without its
    # partitions, and makes every one of them again (a full build: as if there had never been a cache).
    _data(tmp_path, fine="罚款3000元")
    shutil.copytree(tmp_path / "state", tmp_path / "state-twin", ignore=shutil.ignore_patterns("partitions"))
    (tmp_path / "state-twin" / "site.json").write_text(json.dumps({"out_dir": str(tmp_path / "twin")}))
    made.clear()
    result = build_site(_options(tmp_path))
    assert made == ["penalties/a.csv"]
    assert not result.unchanged and result.kept_pages
    made.clear()
    build_site(_options(tmp_path, out="twin", state="state-twin", report="report-twin", full=True))
    assert sorted(made) == ["licenses/a.csv", "licenses/b.csv", "penalties/a.csv", "penalties/b.csv"]
    assert same_tree(tmp_path / "site", tmp_path / "twin") == []
    assert _same_report(tmp_path / "report", tmp_path / "report-twin") == []
    assert "罚款3000元" in (tmp_path / "site" / "entity" / party(serial=301)["统一社会信用代码"] /
                          "index.html").read_text(encoding="utf-8")
    issues = (tmp_path / "report" / "issues.jsonl").read_text(encoding="utf-8")
    assert "duplicate-record" in issues and "date-in-future" in issues  # problems of cached files kept


def test_a_later_as_of_date_reuses_the_checks_unless_a_date_lies_between(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _counting(monkeypatch)
    data = _data(tmp_path)
    settings = load_settings(None, data)
    options = PartitionOptions(tmp_path / "partitions", "code")
    gather_partitions(data, AS_OF, settings, options).finish()
    made.clear()
    later = dt.date(2026, 11, 30)
    validated = gather_partitions(data, later, settings, options).finish()
    # penalties/b.csv holds a decision of 2026-12-20, after both dates: its message names the date, checked again
    # from the cached rows (not read again); the other files' latest dates are before both: reused as they are.
    assert made == ["penalties/b.csv (checks)"]
    future = [p for p in validated.problems if p.code == "date-in-future"]
    assert len(future) == 1 and "2026-11-30" in future[0].message
    made.clear()
    after = dt.date(2026, 12, 25)  # now the decision of 2026-12-20 is no longer in the future
    validated = gather_partitions(data, after, settings, options).finish()
    assert made == ["penalties/b.csv (checks)"]
    assert not [p for p in validated.problems if p.code == "date-in-future"]
    assert _ordered(validated.problems) == _ordered(validate_records(load_sources(data), after, settings).problems)


def test_what_a_partition_depends_on_besides_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _counting(monkeypatch)
    data = _data(tmp_path)
    settings = load_settings(None, data)
    folder = tmp_path / "partitions"
    options = PartitionOptions(folder, "code")
    gather_partitions(data, AS_OF, settings, options).finish()
    assert len(made) == 4 and (folder.stat().st_mode & 0o077) == 0  # the input's values: owner only
    made.clear()
    # Another code fingerprint (code, templates, rules): every file again.
    gather_partitions(data, AS_OF, settings, dataclasses.replace(options, code="other")).finish()
    assert len(made) == 4
    made.clear()
    # A folder's columns.toml: that kind's files only.
    (data / "licenses" / "columns.toml").write_text('[defaults]\n"当前状态" = "有效"\n', encoding="utf-8")
    gather_partitions(data, AS_OF, settings, dataclasses.replace(options, code="other")).finish()
    assert sorted(made) == ["licenses/a.csv", "licenses/b.csv"]
    made.clear()
    # Other settings: the row checks again, from the cached rows.
    other = dataclasses.replace(settings, region_prefix="110101")
    gather_partitions(data, AS_OF, other, dataclasses.replace(options, code="other")).finish()
    assert sorted(made) == [f"{rel} (checks)" for rel in ("licenses/a.csv", "licenses/b.csv", "penalties/a.csv",
                                                           "penalties/b.csv")]
    made.clear()
    # A renamed file is another file (its name is in every problem and row reference); the old one is forgotten.
    (data / "licenses" / "b.csv").rename(data / "licenses" / "c.csv")
    gathered = gather_partitions(data, AS_OF, other, dataclasses.replace(options, code="other"))
    assert made == ["licenses/c.csv"] and gathered.files == 4 and gathered.made == 1
    assert len({p.name.split(".", 1)[0] for p in folder.iterdir()}) == 4
    made.clear()
    # --full makes every partition again.
    gather_partitions(data, AS_OF, other, dataclasses.replace(options, code="other", refresh=True)).finish()
    assert len(made) == 4


def test_a_damaged_partition_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data(tmp_path)
    settings = load_settings(None, data)
    options = PartitionOptions(tmp_path / "partitions", "code")
    first = gather_partitions(data, AS_OF, settings, options).finish()
    for table in (tmp_path / "partitions").glob("*.checked.arrow"):
        table.write_bytes(b"not arrow")
    for meta in list((tmp_path / "partitions").glob("*.json"))[:1]:
        meta.write_text("{", encoding="utf-8")
    again = gather_partitions(data, AS_OF, settings, options).finish()
    assert _ordered(again.problems) == _ordered(first.problems)
    for name, valid in first.kinds.items():
        pd.testing.assert_frame_equal(again.kinds[name].accepted, valid.accepted)


def test_a_file_replaced_while_it_is_read_is_not_cached_under_its_old_hash(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = _data(tmp_path)
    settings = load_settings(None, data)
    options = PartitionOptions(tmp_path / "partitions", "code")
    digest = partitions.file_digest
    calls: list[str] = []

    def changing(path: Path | str) -> str:
        calls.append(str(path))
        return digest(path) if len(calls) <= 4 else "changed meanwhile"  # the worker's second look

    with monkeypatch.context() as racing:  # a race: the file changes between the listing's hash and the worker's
        racing.setattr(partitions, "file_digest", changing)
        gathered = gather_partitions(data, AS_OF, settings, options)
        gathered.finish()
    assert gathered.made == 4
    assert not list((tmp_path / "partitions").glob("*.json"))  # nothing kept under the hashes listed first
    assert gather_partitions(data, AS_OF, settings, options).made == 4


def test_a_file_gone_after_the_listing_is_reported_as_without_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Staff move files while a build runs: a file listed, then gone before it is hashed, is the loader's
    file-unreadable problem (as without the cache), and nothing is kept for it."""
    data = _data(tmp_path)
    listed = partitions.list_inputs(data)

    def then_gone(_: Path) -> list[Any]:
        (data / "licenses" / "b.csv").unlink(missing_ok=True)
        return listed

    monkeypatch.setattr(partitions, "list_inputs", then_gone)
    settings = load_settings(None, data)
    gathered = gather_partitions(data, AS_OF, settings, PartitionOptions(tmp_path / "partitions", "code"))
    whole = load_sources(data, entries=listed)
    assert [p.as_dict() for p in gathered.sources.damaged_files] == [p.as_dict() for p in whole.damaged_files]
    assert [(p.file, p.code) for p in whole.damaged_files] == [("licenses/b.csv", "file-unreadable")]
    assert len(list((tmp_path / "partitions").glob("*.json"))) == 3
