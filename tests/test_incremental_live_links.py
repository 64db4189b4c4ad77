"""An update gives the new version the live files of the search and check indexes that did not change (issue 19).

The index is still made in every update (tests/test_gate_update.py: a fault planted in the index
entries of this build must reach the gate), only its unchanged files are not written.

The search index (search/) and the check index (check/) are many small files written whole. An
update of the same code used to write every one of them again into the new version, hash it, and
then replace most of them by the live file after the gate (`OutputSink.keep_live`). Now a file
written with the bytes the last gate passed, while the live copy still holds them, is the live
file from the start (`OutputSink.link_unchanged`: a hard link, its date kept); one with new bytes is
written. The published site stays byte-identical to a full build of the same data, and a live
file is never written through: its bytes stay those the last gate passed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.sink import OutputSink
from tests.helpers import differing_files as differing
from tests.helpers import license_, penalty, write_folder

AS_OF = dt.date(2026, 11, 27)


def data(penalty_text: str = "罚款2000元", first_name: str = "张掖市第1商贸有限公司") -> dict[str, list[dict[str, str]]]:
    names = [first_name, "张掖市第2商贸有限公司", "张掖市第3商贸有限公司"]
    return {"penalties": [penalty(f"甘州市监罚〔2026〕{i}号", f"2026-0{i}-10", name=names[i - 1], serial=300 + i,
                                  处罚内容=penalty_text) for i in range(1, 4)],
            "licenses": [license_(f"甘州市监许〔2026〕{i}号", f"2026-0{i}-12", name=names[i - 1], serial=300 + i)
                         for i in range(1, 4)]}


def options(root: Path, out: str = "site", state: str = "state", full: bool = False) -> BuildOptions:
    return BuildOptions(root / "data", root / out, root / "report", AS_OF, state_dir=root / state, full=full)



def index_files(site: Path) -> dict[str, tuple[int, bytes]]:
    """Each file of the search and check indexes: (inode, bytes)."""
    return {p.relative_to(site).as_posix(): (p.stat().st_ino, p.read_bytes())
            for folder in ("search", "check") for p in sorted((site / folder).rglob("*")) if p.is_file()}


def update_and_twin(root: Path, rows: dict[str, list[dict[str, str]]], twin: str) -> None:
    """New data, an update build, and a full build of the same data from a copy of the same state."""
    shutil.rmtree(root / "data")
    write_folder(root / "data", rows)
    shutil.copytree(root / "state", root / f"state-{twin}")
    (root / f"state-{twin}" / "site.json").write_text(json.dumps({"out_dir": str(root / twin)}))
    build_site(options(root))
    build_site(options(root, out=twin, state=f"state-{twin}", full=True))


def test_an_update_keeps_the_live_files_of_the_indexes_that_did_not_change(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    write_folder(tmp_path / "data", data())
    build_site(options(tmp_path))
    before = index_files(tmp_path / "site")
    written: list[str] = []  # index files the update (not its twin) wrote into its new version
    real = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:
        parts = self.parts
        if ".site.builds" in parts and ("search" in parts or "check" in parts):
            written.append("/".join(parts[parts.index(".site.builds") + 2:]))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)

    # 处罚内容 is shown on the entity page only: no name, code or decision number of the indexes changes.
    update_and_twin(tmp_path, data(penalty_text="罚款3000元"), "twin-1")
    after = index_files(tmp_path / "site")
    same = [rel for rel in after if rel in before and after[rel][1] == before[rel][1]]
    assert len(same) >= 10  # shards, blocks and meta files of both indexes
    assert [rel for rel in same if after[rel][0] != before[rel][0]] == []  # each one the live file
    # and not written first (the index pages, search/index.html and check/index.html, are pages scanned
    # as they are written: given the live file after the gate, as before)
    assert [rel for rel in written if rel in same and not rel.endswith(".html")] == []
    assert differing(tmp_path / "site", tmp_path / "twin-1") == []

    # A new name changes the name shards and rows of the search index: those are new files, and
    # the files that kept their bytes are still the live ones.
    update_and_twin(tmp_path, data(penalty_text="罚款3000元", first_name="张掖市第9物流有限公司"), "twin-2")
    again = index_files(tmp_path / "site")
    changed = [rel for rel in again if rel in after and again[rel][1] != after[rel][1]]
    assert changed
    assert all(again[rel][0] != after[rel][0] for rel in changed)
    kept = [rel for rel in again if rel in after and again[rel][1] == after[rel][1]]
    assert kept and all(again[rel][0] == after[rel][0] for rel in kept)
    assert differing(tmp_path / "site", tmp_path / "twin-2") == []


def test_a_live_file_is_never_written_through(tmp_path: Path) -> None:
    live, staging = tmp_path / "live", tmp_path / "staging"
    (live / "search").mkdir(parents=True)
    old = b'{"docs":3}'
    (live / "search" / "meta.json").write_bytes(old)
    (live / "search" / "edited.json").write_bytes(b'{"by":"hand"}')  # not the bytes the last gate passed
    passed = {"search/meta.json": hashlib.sha256(old).hexdigest(),
              "search/edited.json": hashlib.sha256(b'{"by":"gate"}').hexdigest()}
    sink = OutputSink(staging)
    sink.link_unchanged(passed, live)

    sink.write("search/meta.json", old, scan=False)
    assert (staging / "search" / "meta.json").samefile(live / "search" / "meta.json")
    sink.write("search/edited.json", b'{"by":"gate"}', scan=False)  # the live copy no longer has them: written
    assert not (staging / "search" / "edited.json").samefile(live / "search" / "edited.json")
    assert (live / "search" / "edited.json").read_bytes() == b'{"by":"hand"}'

    sink.write("search/meta.json", b'{"docs":4}', scan=False)  # the same path again, new bytes
    assert (staging / "search" / "meta.json").read_bytes() == b'{"docs":4}'
    assert (live / "search" / "meta.json").read_bytes() == old
    assert sink.unchanged(sink.manifest(), passed, live) == set()

    sink.write("search/meta.json", old)  # a page the sink scans as it writes stays the build's own file
    assert not (staging / "search" / "meta.json").samefile(live / "search" / "meta.json")
    assert sink.unchanged(sink.manifest(), passed, live) == {"search/meta.json"}
