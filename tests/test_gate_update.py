"""The leak gate of an update costs what changed, and still checks every byte (issue 19, part G).

An update rewrites the datasets of the kinds that changed, `all.*`, and the search and check index
files whose content changed; the gate reads those in small content-defined pieces, skips the pieces
the last gate found clean (its memo), and searches the rest in runs of consecutive pieces. Files with
the live site's bytes are kept (the live file itself) and not read. What must hold whatever it skips:

- a person's ID number or mobile planted into ONE row stops the build in every format of the open
  data, and in the search index and the check index;
- an unchanged dataset or index shard is the live file (same inode, same date) and is still in the
  gate's record (the manifest and the memo the next build starts from);
- the site of an update is byte for byte the site a full build of the same data makes.

Pieces and runs are made small (`SMALL`) so that the sample's datasets have dozens of pieces and
several runs; the gate scans in this process.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import generator.deidentify as deidentify_module
from generator.tuning import Tuning, tuned
from tests.helpers import license_, make_id, penalty, run_build, write_folder

AS_OF = "2026-11-27"
ENTITIES = 40
FAULT = "（复核）"  # texts holding this pass the scrubber untouched: a simulated scrubber fault
SMALL = {"scan_memo_from": 2000, "scan_memo_packed_from": 1000, "scan_piece_average": 500, "scan_piece_min": 120,
         "scan_records_a_piece": 8, "scan_run_bytes": 1500,
         "scan_parallel_from": 10**6, "scan_parallel_bytes": 1 << 40}
FORMATS = ("csv", "json", "jsonl", "xlsx", "parquet")


def rows(changed: dict[int, str] | None = None, names: dict[int, str] | None = None,
         headlines: dict[int, str] | None = None) -> dict[str, list[dict[str, str]]]:
    """ENTITIES companies with a penalty and a licence each; `changed` rewrites penalties' 处罚内容,
    `headlines` their 违法行为类型 (the 事项 of `all.*`), `names` a company's name (in both its records)."""
    penalties, licences = [], []
    for n in range(ENTITIES):
        name = (names or {}).get(n, f"张掖市第{n}号商贸有限公司")
        penalties.append(penalty(f"甘州市监罚〔2026〕{n + 1}号", "2026-06-01", name=name, serial=700 + n,
                                 违法事实=f"当事人于2026年5月{n % 28 + 1}日在第{n}号门店销售超过保质期的食品{n * 7 % 40 + 3}件。",
                                 处罚内容=(changed or {}).get(n, f"罚款{2000 + 10 * n}元"),
                                 违法行为类型=(headlines or {}).get(n, "销售过期食品")))
        licences.append(license_(f"甘州市监许〔2026〕{n + 1}号", "2026-06-01", name=name, serial=700 + n,
                                 许可编号=f"JY1620702{n:06d}"))
    return {"penalties": penalties, "licenses": licences}


def build(root: Path, data: dict[str, list[dict[str, str]]], *extra: str, out: str = "site",
          state: str = "state") -> tuple[int, str]:
    shutil.rmtree(root / "data", ignore_errors=True)
    write_folder(root / "data", data)
    return run_build(root / "data", root / out, root / "report", *extra, state=root / state, as_of=AS_OF)


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first build (it records the memo), made once for the module."""
    folder = tmp_path_factory.mktemp("first")
    with tuned(**SMALL):
        code, said = build(folder, rows())
    assert code == 0, said
    return folder


@pytest.fixture
def root(first: Path, tmp_path: Path, tune: Callable[..., Tuning]) -> Path:
    """A copy of the first build (its version folder, the link to it, its state, told the site now
    lives in the copy), with the small pieces in force."""
    tune(**SMALL)
    root = tmp_path / "root"
    shutil.copytree(first, root, symlinks=True)
    for name in ("site.json", "live.json"):
        record = json.loads((root / "state" / name).read_text(encoding="utf-8"))
        record["out_dir"] = str(root / "site")
        (root / "state" / name).write_text(json.dumps(record), encoding="utf-8")
    return root


@pytest.fixture
def faulty_scrubber(monkeypatch: pytest.MonkeyPatch) -> None:
    real = deidentify_module.scrub_text
    monkeypatch.setattr(deidentify_module, "scrub_text",
                        lambda text, *a, **k: text if FAULT in text else real(text, *a, **k))


def leaks(root: Path) -> list[str]:
    return list(json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))["leaks"])


def gate(root: Path) -> dict[str, Any]:
    return dict(json.loads((root / "report" / "gate.json").read_text(encoding="utf-8")))


def last_record(root: Path) -> tuple[dict[str, str], dict[str, bytes]]:
    """The last build's gate record: the SHA-256 of each file outside entity/, and its memo's digests per file."""
    build_id = json.loads((root / "state" / "builds.json").read_text())[-1]["build_id"]
    files = pd.read_parquet(root / "state" / "builds" / f"{build_id}.files.parquet")
    pieces = pd.read_parquet(root / "state" / "builds" / f"{build_id}.pieces.parquet")
    return dict(zip(files["path"], files["sha256"])), dict(zip(pieces["path"], pieces["digests"]))


def live_files(root: Path) -> dict[str, tuple[int, int]]:
    """Every file of the live site outside entity/: its inode and modification time."""
    site = root / "site"
    return {p.relative_to(site).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in sorted(site.rglob("*")) if p.is_file() and not p.relative_to(site).as_posix().startswith("entity/")}


def test_an_id_planted_in_one_row_is_stopped_in_every_dataset_format(root: Path, faulty_scrubber: None) -> None:
    """A scrubber fault lets an ID number through in one penalty's 违法行为类型: the update rewrites the
    penalties and `all` in five formats, the memo skips nearly all of their pieces, and the one
    holding the row stops the build in each file; the live site is left as it was."""
    before = live_files(root)
    code, said = build(root, rows(headlines={31: f"销售过期食品{FAULT}，当事人身份证号{make_id('19900707', 12)}"}))
    assert code != 0 and "隐私检查" in said
    found = leaks(root)
    for table in ("penalties", "all"):
        for fmt in FORMATS:
            rel = f"data/{table}.{fmt}"
            # (the ID reads as 身份证号码, or as a 证件号码 where the words before it are cut off)
            assert {f"{rel}: 形似身份证号码的内容", f"{rel}: 形似证件号码的内容"} & set(found), (rel, found)
    assert live_files(root) == before


def test_a_mobile_planted_in_one_entity_s_index_rows_is_stopped_in_the_search_and_check_indexes(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A fault after the scrubber puts a mobile number into one company's row of the search index (its
    result row's summary) and of the check index (its legal representative): the update rewrites only
    the index files holding that company, and the gate, which reads just those, stops the build in both."""
    import generator.check as check_module
    import generator.outputs as outputs_module

    mobile = "13993651234"
    entries, facts = outputs_module.search_entries, check_module.check_facts

    def planted_entries(entities: Any) -> Any:
        found = entries(entities)
        return [replace(e, summary=e.summary + mobile) if e.title == "张掖市第17号商贸有限公司" else e for e in found]

    def planted_facts(*args: Any) -> Any:
        found = facts(*args)
        for row in found.values():
            if row[0] == "张掖市第17号商贸有限公司":
                row[check_module.FACTS.index("legal_rep")] = f"王五{mobile}"
        return found

    monkeypatch.setattr(outputs_module, "search_entries", planted_entries)
    monkeypatch.setattr(check_module, "check_facts", planted_facts)
    code, said = build(root, rows(changed={31: "警告"}))
    assert code != 0 and "隐私检查" in said
    found = leaks(root)
    assert any(x.startswith("search/docs/") and "形似手机号码的内容" in x for x in found), found
    assert any(x.startswith("check/c/") and "形似手机号码的内容" in x for x in found), found


def test_unchanged_datasets_and_shards_are_the_live_files_and_stay_in_the_gate_s_record(root: Path) -> None:
    """One penalty's 违法行为类型 changes: the licences' datasets, and the index files the change does not
    touch, are the live site's files (same inode, same date), not read by the gate, and the record
    the next gate starts from still lists them with their digests and their clean pieces."""
    before = live_files(root)
    manifest_before, memo_before = last_record(root)
    code, said = build(root, rows(headlines={31: "销售过期食品（再次）"}))
    assert code == 0, said
    after = live_files(root)
    manifest, memo = last_record(root)
    kept = {rel for rel in after if before.get(rel) == after[rel]}
    for fmt in FORMATS:
        rel = f"data/licenses.{fmt}"
        assert rel in kept, rel
        assert manifest[rel] == manifest_before[rel]
        if fmt != "parquet" or rel in memo_before:  # (a file read in pieces: its clean pieces carried over)
            assert memo[rel] == memo_before[rel], rel
        assert rel not in gate(root)["files"]  # not read: kept as the last gate passed it
    for table in ("penalties", "all"):
        for fmt in FORMATS:
            assert f"data/{table}.{fmt}" not in kept
    shards = [rel for rel in after if rel.startswith(("search/", "check/")) and rel.endswith(".json")]
    assert sum(1 for rel in shards if rel in kept) > len(shards) // 2, "most index files are unchanged"
    for rel in shards:
        assert manifest[rel] == manifest_before[rel] or rel not in kept
    # What the gate did read of the rewritten datasets: the pieces around the changed row.
    report = gate(root)
    assert report["memo"] == "used" and report["pieces_skipped"] > 5 * report["pieces_scanned"]


def test_the_update_is_byte_identical_to_a_full_build(root: Path) -> None:
    """The updated site (kept files, rewritten files, pieces skipped or not) against a full build of
    the same data from a copy of the same state."""
    shutil.copytree(root / "state", root / "state-twin")
    (root / "state-twin" / "site.json").write_text(json.dumps({"out_dir": str(root / "twin")}))
    (root / "state-twin" / "live.json").unlink(missing_ok=True)
    update = rows(changed={5: "警告", 44: "罚款9000元，没收违法所得"}, names={12: "张掖市新丝路商贸有限公司"})
    code, said = build(root, update)
    assert code == 0, said
    code, said = build(root, update, "--full", out="twin", state="state-twin")
    assert code == 0, said
    left, right = root / "site", root / "twin"
    files = {p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file()}
    assert files == {p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file()}
    differ = [rel for rel in sorted(files) if (left / rel).read_bytes() != (right / rel).read_bytes()]
    assert not differ
    assert os.path.realpath(left) != os.path.realpath(right)
