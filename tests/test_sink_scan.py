"""Every output a build writes goes through its one sink, which hashes it and has it scanned once (issue 18).

The search index, the check index, the feeds and the statistics charts used to write their own
files, which the gate then read back from disk. They now go through `OutputSink.write`, which
hashes them and scans the feeds and charts as they are written; the search and check indexes
(many files) are left to the gate's worker processes, like the datasets. The leak gate's
coverage must not shrink in the move: a never-public value that reaches a search shard or a
feed still stops the build, and is reported once per file, not once by the sink and again by
the gate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.deidentify import Secret
from generator.problems import BuildAborted
from generator.scan import ScanSetup, scan_outputs, scan_setup
from generator.sink import OutputSink, writer_into
from tests.helpers import penalty, write_folder

AS_OF = dt.date(2026, 11, 27)
# A decision number without punctuation keeps its form in the search index's key tables (normalise()).
NUMBER = "甘州市监罚2026第2号"
SOURCE = "输入文件 penalties/penalties.csv 第 2 行“法定代表人证件号码”列的值"


def test_a_never_public_value_in_a_search_shard_and_a_feed_stops_the_build_once_per_file(tmp_path: Path) -> None:
    """Staff paste one company's decision number into another's 法定代表人证件号码 (a never-public
    column): the number is published as the second company's key, so it is in the search index's
    key block and in the penalties feed. The gate stops the build and names each file once."""
    write_folder(tmp_path / "data", {"penalties": [
        penalty("甘州市监罚2026第1号", "2026-06-01", name="张掖市第一商贸有限公司", serial=301,
                法定代表人证件号码=NUMBER),
        penalty(NUMBER, "2026-06-02", name="张掖市第二商贸有限公司", serial=302)]})
    with pytest.raises(BuildAborted, match="隐私检查"):
        build_site(BuildOptions(tmp_path / "data", tmp_path / "site", tmp_path / "report", AS_OF,
                                state_dir=tmp_path / "state"))
    leaks = json.loads((tmp_path / "report" / "summary.json").read_text(encoding="utf-8"))["leaks"]
    assert f"search/keys/f/0.json: {SOURCE}" in leaks
    assert f"feeds/penalties.xml: {SOURCE}" in leaks
    assert f"data/penalties.csv: {SOURCE}" in leaks  # the datasets, which the gate reads back, too
    assert len(leaks) == len(set(leaks))  # every file scanned once: by the sink or by the gate, not both
    assert not (tmp_path / "site").exists()


def _secret_setup() -> ScanSetup:
    return scan_setup([Secret(NUMBER, "penalties", "penalties/penalties.csv", 2, "法定代表人证件号码")], [])


def test_outputs_written_before_the_scan_is_set_are_scanned_when_it_is(tmp_path: Path) -> None:
    """The export and the charts are written before the render stage gives the sink its scan: with
    `scan_to_come` their bytes wait for it, so the gate need not read them back."""
    sink = OutputSink(tmp_path, scan_to_come=True)
    feed = f"<feed><title>{NUMBER}</title></feed>".encode()
    writer_into(tmp_path / "feeds", sink)("penalties.xml", feed)
    sink.write("robots.txt", f"# {NUMBER}\n")
    sink.forget("robots.txt")  # removed again: not part of the site, not scanned
    assert sink.scanned == set() and sink.leaks == []
    sink.scan_with(_secret_setup())
    assert sink.scanned == {"feeds/penalties.xml"}
    assert [str(leak) for leak in sink.leaks] == [f"feeds/penalties.xml: {SOURCE}"]
    assert sink.manifest() == {"feeds/penalties.xml": hashlib.sha256(feed).hexdigest()}
    # The gate skips what the sink scanned: the leak is not reported a second time.
    assert scan_outputs(tmp_path, [], [], scanned=sink.scanned, setup=_secret_setup()) == []


def test_without_a_scan_to_come_early_outputs_are_left_to_the_gate(tmp_path: Path) -> None:
    """A sink that was not told a scan will come does not keep bytes: what it wrote unscanned is
    read back by the gate, which finds the leak there."""
    sink = OutputSink(tmp_path)
    writer_into(tmp_path / "search", sink)("keys/f/0.json", json.dumps([[NUMBER], [0]], ensure_ascii=False).encode())
    sink.scan_with(_secret_setup())
    assert sink.scanned == set() and sink.leaks == []
    found = scan_outputs(tmp_path, [], [], scanned=sink.scanned, setup=_secret_setup())
    assert [str(leak) for leak in found] == [f"search/keys/f/0.json: {SOURCE}"]


def test_the_many_files_of_an_index_are_hashed_as_written_and_scanned_by_the_gate(tmp_path: Path) -> None:
    """`scan=False` (the search and check indexes): in the manifest from the writer's hash, not
    scanned by the build's one process, so the gate's workers read them back and find the leak."""
    sink = OutputSink(tmp_path, scan_to_come=True)
    sink.scan_with(_secret_setup())
    shard = json.dumps({"c": [NUMBER]}, ensure_ascii=False).encode()
    writer_into(tmp_path / "check", sink, scan=False)("c/0.json", shard)
    assert sink.manifest() == {"check/c/0.json": hashlib.sha256(shard).hexdigest()}
    assert sink.scanned == set() and sink.leaks == []
    found = scan_outputs(tmp_path, [], [], scanned=sink.scanned, setup=_secret_setup())
    assert [str(leak) for leak in found] == [f"check/c/0.json: {SOURCE}"]


def test_a_stage_called_on_its_own_writes_its_files_plainly(tmp_path: Path) -> None:
    write = writer_into(tmp_path / "check", None)
    write("c/0.json", b"{}")
    write("meta.json", b"[]")
    assert (tmp_path / "check" / "c" / "0.json").read_bytes() == b"{}"
    assert (tmp_path / "check" / "meta.json").read_bytes() == b"[]"
