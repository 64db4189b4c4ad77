"""A live site edited by hand after it was published (generator/publish.py: site_stamp, site_edits).

A build vouches for the live files only while they are the ones it swapped in: a page edited in
place (a phone number typed into it), a file removed, or a file added (the user's own, which the
next swap would delete with the old version) are found by one walk of the folder, without reading
a file.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.publish import site_edits, site_stamp
from tests.conftest import license_, penalty, write_folder
from tests.helpers import run_build

AS_OF = "2026-11-27"
PHONE = "13912345678"


def build(root: Path, *extra: str, as_of: str = AS_OF) -> tuple[int, str]:
    code, output = run_build(root / "data", root / "site", root / "report", *extra, state=root / "state", as_of=as_of)
    return code, "".join(output.split())


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write_folder(tmp_path / "data", {"penalties": [penalty("甘州市监罚〔2026〕1号", "2026-06-01", serial=300)],
                                     "licenses": [license_("甘州市监许〔2026〕1号", serial=301)]})
    code, output = build(tmp_path)
    assert code == 0, output
    return tmp_path


def an_entity_page(site: Path) -> Path:
    return next(site.glob("entity/*/index.html"))


def test_the_stamp_finds_edits_additions_and_removals_without_reading_files(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "page.html").write_text("one")
    (folder / "b.txt").write_text("two")
    stamp = site_stamp(folder)
    assert not site_edits(folder, stamp)
    shutil.copytree(folder, tmp_path / "copy")  # as `cp -a` copies a site: new inodes, same sizes and times
    assert not site_edits(tmp_path / "copy", stamp)
    (folder / "a" / "page.html").write_text("one, and a phone")
    (folder / "b.txt").unlink()
    (folder / "mine.docx").write_text("the user's")
    edits = site_edits(folder, stamp)
    assert edits.edited == ["a/page.html"] and edits.added == ["mine.docx"] and edits.removed == 1


def test_an_edited_page_is_rewritten_by_the_next_build_update_or_not(root: Path) -> None:
    page = an_entity_page(root / "site")
    with page.open("a", encoding="utf-8") as handle:
        handle.write(f"<p>电话{PHONE}</p>")
    code, output = build(root)  # the same data: a build that would otherwise write nothing
    assert code == 0, output
    assert "保持不变" not in output and "1个文件被改动" in output
    assert PHONE not in page.read_text(encoding="utf-8")  # the page is the build's again
    summary = json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))
    assert summary["site_edited"]["edited"] == 1
    code, output = build(root)
    assert code == 0 and "保持不变" in output  # the next build trusts the site again
    with page.open("a", encoding="utf-8") as handle:
        handle.write(f"<p>电话{PHONE}</p>")
    code, output = build(root, as_of="2026-11-28")  # a new day: an update that keeps unchanged pages
    assert code == 0, output
    assert PHONE not in page.read_text(encoding="utf-8")


def test_a_removed_file_is_written_again_and_a_users_file_stops_the_build(root: Path) -> None:
    page = next(p for p in (root / "site").rglob("*.html") if "entity" not in p.parts)
    page.unlink()
    code, output = build(root)
    assert code == 0 and "1个文件被删除" in output, output
    assert page.is_file()
    mine = root / "site" / "会议纪要.docx"
    mine.write_text("the user's own")
    live = (root / "site").resolve()
    code, output = build(root, as_of="2026-11-28")
    assert code == 2 and "会议纪要.docx" in output and "移出站点目录" in output
    assert mine.read_text() == "the user's own" and (root / "site").resolve() == live
    mine.unlink()
    assert build(root, as_of="2026-11-28")[0] == 0
