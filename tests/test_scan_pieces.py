"""The leak gate of an update scans what changed (issue 19): content-defined pieces and the gate's memo.

Large files (the open datasets) are scanned in pieces that no value or pattern can span. The
cuts are content-defined, as rsync, restic and FastCDC cut files into chunks (W. Xia et al.,
"FastCDC: a Fast and Efficient Content-Defined Chunking Approach for Data Deduplication",
USENIX ATC 2016; restic's chunker, github.com/restic/chunker): a place is a cut when a hash of
the bytes just before it says so, so a changed row moves the cuts around it only. The gate
records a keyed digest of each piece it finds clean; the next gate, with the same scan setup,
does not scan those pieces again. The findings must be those of a full scan.

The pieces are made small (`tune`) so that a dataset of 120 rows has dozens of them.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import generator.build as build_module
import generator.deidentify as deidentify_module
from generator import scan
from generator.tuning import Tuning, tuned
from tests.helpers import license_, make_id, penalty, run_build, write_folder

AS_OF = "2026-11-27"
ENTITIES = 80
FAULT = "（复核）"  # texts holding this pass the scrubber untouched: a simulated scrubber fault
SMALL_PIECES = {"scan_memo_from": 2000, "scan_packed_pieces_from": 2000, "scan_piece_average": 700,
                "scan_piece_min": 200, "scan_records_a_piece": 8}


def rows(changed: dict[int, str] | None = None, person: bool = False, without: int | None = None
         ) -> dict[str, list[dict[str, str]]]:
    """ENTITIES companies with a penalty and a licence each; `changed` rewrites penalties' 处罚内容;
    `person` adds a natural person's penalty (a never-public 证件号码 new to the gate); `without`: one
    company's licence left out."""
    penalties, licences = [], []
    for n in range(ENTITIES):
        name = f"张掖市第{n}号商贸有限公司"
        penalties.append(penalty(f"甘州市监罚〔2026〕{n + 1}号", "2026-06-01", name=name, serial=500 + n,
                                 违法事实=f"当事人于2026年5月{n % 28 + 1}日在第{n}号门店销售超过保质期的食品{n * 7 % 40 + 3}件。",
                                 处罚内容=(changed or {}).get(n, f"罚款{2000 + 10 * n}元"),
                                 违法行为类型="销售过期食品" if n not in (changed or {}) else "销售过期食品（再次）"))
        if n == without:
            continue
        licences.append(license_(f"甘州市监许〔2026〕{n + 1}号", "2026-06-01", name=name, serial=500 + n,
                                 许可编号=f"JY1620702{n:06d}"))
    if person:
        penalties.append(penalty("甘州市监罚〔2026〕999号", "2026-06-01", name="王小明", category="自然人",
                                 证件类型="身份证", 证件号码=make_id("19800101", 77)))
    return {"penalties": penalties, "licenses": licences}


@pytest.fixture
def small(tune: Callable[..., Tuning]) -> None:
    tune(**SMALL_PIECES, scan_parallel_from=10**6, scan_parallel_bytes=1 << 40)  # the gate in this process


def build(root: Path, data: dict[str, list[dict[str, str]]], *extra: str, out: str = "site",
          state: str = "state") -> tuple[int, str]:
    shutil.rmtree(root / "data", ignore_errors=True)
    write_folder(root / "data", data)
    return run_build(root / "data", root / out, root / "report", *extra, state=root / state, as_of=AS_OF)


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first build (it records the memo), made once for the module."""
    folder = tmp_path_factory.mktemp("first")
    with tuned(**SMALL_PIECES):
        code, said = build(folder, rows())
    assert code == 0, said
    return folder


@pytest.fixture
def root(first: Path, tmp_path: Path, small: None) -> Path:
    """A copy of the first build: its site (the version folder and the link to it) and its state,
    which is told the site now lives in the copy."""
    root = tmp_path / "root"
    shutil.copytree(first, root, symlinks=True)
    for name in ("site.json", "live.json"):
        record = json.loads((root / "state" / name).read_text(encoding="utf-8"))
        record["out_dir"] = str(root / "site")
        (root / "state" / name).write_text(json.dumps(record), encoding="utf-8")
    assert gate(root)["memo"] == "recorded" and gate(root)["pieces_skipped"] == 0
    return root


def gate(root: Path) -> dict[str, Any]:
    """What the last build's gate says of its pieces (report/gate.json, staff only)."""
    return json.loads((root / "report" / "gate.json").read_text(encoding="utf-8"))


def pieces(path: Path) -> list[bytes]:
    """The pieces the gate reads of a site file, as a build's gate reads them (with a memo)."""
    way = scan._way_in_pieces(path, memo=True)
    assert way is not None, path
    return list(scan._pieces(path, way))


def test_an_update_rescans_only_the_pieces_holding_the_changed_rows(root: Path, tune: Callable[..., Tuning]) -> None:
    """Three penalties change (one of them much longer): in every dataset the gate, in its worker
    processes, scans only the pieces whose bytes are new, a few per file, and skips the rest; the
    pieces away from a change are the same bytes as before (fixed-size cuts would all move)."""
    tune(scan_parallel_from=1)  # the memo goes to the gate's workers and back
    shutil.copytree(root / "site", root / "before", symlinks=False)
    code, said = build(root, rows(changed={5: "警告", 40: "罚款3000元，没收违法所得共计一万二千元，并责令改正", 75: "罚款9000元"}))
    assert code == 0, said
    report = gate(root)
    assert report["memo"] == "used"
    files = report["files"]
    assert {"data/penalties.csv", "data/all.xlsx", "data/penalties.parquet", "data/all.json"} <= set(files)
    for rel, counts in files.items():
        old, new = set(pieces(root / "before" / rel)), pieces(root / "site" / rel)
        fresh = sum(1 for piece in new if piece not in old)
        assert counts == {"scanned": fresh, "skipped": len(new) - fresh}, rel
    penalties = files["data/penalties.csv"]
    assert penalties["scanned"] <= 6 and penalties["skipped"] >= 3 * penalties["scanned"]
    assert report["pieces_skipped"] > 3 * report["pieces_scanned"]
    for name in ("penalties.csv", "penalties.json", "penalties.jsonl", "penalties.xlsx", "all.csv"):
        old_pieces, new_pieces = pieces(root / "before" / "data" / name), pieces(root / "site" / "data" / name)
        assert len(old_pieces) > 8, name
        # Only the pieces around the three rows are new; every other one is the same bytes as before.
        kept = set(new_pieces)
        assert sum(1 for piece in old_pieces if piece not in kept) <= 9, name
        assert old_pieces[0] == new_pieces[0] and old_pieces[-1] == new_pieces[-1], name


def test_a_person_s_number_planted_in_one_row_is_stopped_though_the_rest_is_skipped(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scrubber fault lets an ID number through in one row's text, and a mobile number in another's:
    the pieces holding them are new, so the gate scans them and stops the build, while it skips the
    pieces it found clean before."""
    real = deidentify_module.scrub_text
    monkeypatch.setattr(deidentify_module, "scrub_text",
                        lambda text, *a, **k: text if FAULT in text else real(text, *a, **k))
    memos: list[scan.PieceMemo] = []
    real_scan = build_module.scan_outputs

    def recording(*args: Any, memo: scan.PieceMemo | None = None, **kwargs: Any) -> list[scan.Leak]:
        assert memo is not None
        try:
            return real_scan(*args, memo=memo, **kwargs)
        finally:
            memos.append(memo)

    monkeypatch.setattr(build_module, "scan_outputs", recording)
    code, said = build(root, rows(changed={20: f"罚款3000元{FAULT}，当事人身份证号{make_id('19900707', 12)}",
                                           60: f"罚款3000元{FAULT}，联系人电话13993651234"}))
    assert code != 0 and "隐私检查" in said
    leaks = json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))["leaks"]
    for name in ("penalties.csv", "penalties.json", "penalties.jsonl", "penalties.xlsx", "penalties.parquet"):
        # (the ID reads as 身份证号码, or as a 证件号码 where the words before it are cut off)
        assert {f"data/{name}: 形似身份证号码的内容", f"data/{name}: 形似证件号码的内容"} & set(leaks), (name, leaks)
        assert f"data/{name}: 形似手机号码的内容" in leaks, (name, leaks)
    memo, = memos
    assert memo.previous and memo.skipped > 3 * memo.scanned  # the memo was in use
    assert "data/penalties.csv" not in memo.found  # a file with a leak: none of its pieces remembered


def test_a_new_never_public_value_or_an_allowed_identifier_gone_turns_the_memo_off(root: Path) -> None:
    """A person added: the pieces were found clean without their ID among the values searched, so
    every piece is scanned again (as unchanged files are). Then an identifier the last gate allowed
    is no longer published: company 3's credit code, which reversed (the search index's suffix keys)
    reads as an ID number; a clean piece may hold it elsewhere, so again nothing is skipped."""
    code, said = build(root, rows(changed={5: "警告"}, person=True))
    assert code == 0, said
    assert gate(root)["memo"] == "recorded" and gate(root)["pieces_skipped"] == 0
    update = rows(changed={5: "警告"}, person=True, without=3)
    update["penalties"] = [row for row in update["penalties"] if row["行政相对人名称"] != "张掖市第3号商贸有限公司"]
    code, said = build(root, update)
    assert code == 0, said
    assert gate(root)["memo"] == "recorded" and gate(root)["pieces_skipped"] == 0


def test_the_switch_turns_the_memo_off(root: Path, tune: Callable[..., Tuning]) -> None:
    """`scan_memo=0` (CREDITSITE_TUNING): the gate reads everything as before, for a measurement."""
    tune(scan_memo=0)
    code, said = build(root, rows(changed={5: "警告"}))
    assert code == 0, said
    assert gate(root) == {"memo": "off", "pieces_scanned": None, "pieces_skipped": None, "files": {}}


def test_the_memo_holds_only_keyed_digests_of_this_build_s_pieces(root: Path) -> None:
    """The state keeps, per file, 16-byte digests keyed by the state's secret: no text of the site,
    and not the plain hash anyone could compute; only the files of the last build."""
    build_id = json.loads((root / "state" / "builds.json").read_text())[-1]["build_id"]
    import pandas as pd

    table = pd.read_parquet(root / "state" / "builds" / f"{build_id}.pieces.parquet")
    assert "data/penalties.csv" in set(table["path"])
    site_pieces = pieces(root / "site" / "data" / "penalties.csv")
    blob = dict(zip(table["path"], table["digests"]))["data/penalties.csv"]
    assert len(blob) == 16 * len(set(site_pieces))
    import hashlib

    plain = {hashlib.blake2b(b"utf-8\0" + p, digest_size=16, person=b"creditsite-piece").digest() for p in site_pieces}
    assert not plain & {blob[i:i + 16] for i in range(0, len(blob), 16)}


def test_a_record_added_or_removed_moves_only_the_parquet_pieces_around_it(root: Path) -> None:
    """Parquet pieces are runs of whole records cut where the records say: one record removed in the
    middle (every later record moves up a place) leaves the other pieces as they were."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(root / "site" / "data" / "penalties.parquet")
    middle = table.num_rows // 2
    fewer = pa.concat_tables([table.slice(0, middle), table.slice(middle + 1)])
    pq.write_table(fewer, root / "fewer.parquet")
    old, new = pieces(root / "site" / "data" / "penalties.parquet"), pieces(root / "fewer.parquet")
    assert len(old) > 8
    assert sum(1 for piece in old if piece not in set(new)) <= 2
    # The pieces hold every record once, in order, as the whole file's text does.
    assert [r for piece in new for r in json.loads(piece)] == json.loads(scan._table_json(fewer))
