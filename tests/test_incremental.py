"""Rebuilds after a data update (issue 8): a rebuild with nothing changed writes nothing; a
rebuild after a small update rewrites only the entity pages whose content changed, removes
what must go, and gives exactly the site a full build of the same data gives."""

from __future__ import annotations

import datetime as dt
import filecmp
import json
import shutil
from pathlib import Path

import pytest

import generator.build as build_module
from generator.build import BuildOptions, build_site
from generator.problems import BuildAborted
from generator.sink import entity_files
from tests.conftest import license_, party, penalty, write_folder

AS_OF = dt.date(2026, 11, 27)
CODES = [party(serial=300 + n)["统一社会信用代码"] for n in range(6)]


def rows(changed: dict[int, str] | None = None, without: int | None = None) -> dict[str, list[dict[str, str]]]:
    """Six companies with one penalty and one licence each; `changed` rewrites a penalty's 处罚内容."""
    penalties, licences = [], []
    for n in range(6):
        name = f"张掖市第{n}商贸有限公司"
        if n != without:
            penalties.append(penalty(f"甘州市监罚〔2026〕{n + 1}号", "2026-06-01", name=name, serial=300 + n,
                                     处罚内容=(changed or {}).get(n, "罚款2000元")))
        licences.append(license_(f"甘州市监许〔2026〕{n + 1}号", "2026-06-01", name=name, serial=300 + n))
    return {"penalties": penalties, "licenses": licences}


def options(root: Path, out: str = "site", state: str = "state", full: bool = False) -> BuildOptions:
    return BuildOptions(root / "data", root / out, root / "report", AS_OF, state_dir=root / state, full=full)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under a folder with its inode and modification time: what a write would change."""
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def same_tree(a: Path, b: Path) -> list[str]:
    """Files that differ between two folders (missing on either side, or different bytes)."""
    left = {p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
    right = {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()}
    differ = sorted(left ^ right)
    differ += [rel for rel in sorted(left & right) if not filecmp.cmp(a / rel, b / rel, shallow=False)]
    return differ


@pytest.fixture
def root(tmp_path: Path) -> Path:
    write_folder(tmp_path / "data", rows())
    build_site(options(tmp_path))
    return tmp_path


def update_with_full_twin(root: Path, data: dict[str, list[dict[str, str]]]) -> tuple[object, Path]:
    """Write new data, rebuild incrementally, and build the same data in full beside it from a copy
    of the same state (a full build's pages depend on the state too: dates of last change)."""
    shutil.rmtree(root / "data")
    write_folder(root / "data", data)
    shutil.copytree(root / "state", root / "state-twin")
    # A state belongs to one site: the copy is given to the twin as its own history.
    (root / "state-twin" / "site.json").write_text(json.dumps({"out_dir": str(root / "twin")}))
    result = build_site(options(root))
    build_site(options(root, out="twin", state="state-twin", full=True))
    return result, root / "twin"


def test_a_build_counts_what_it_wrote(tmp_path: Path) -> None:
    write_folder(tmp_path / "data", rows())
    build_site(options(tmp_path))
    data = rows(without=4)
    data["licenses"] = [r for r in data["licenses"] if r["统一社会信用代码"] != CODES[4]]
    shutil.rmtree(tmp_path / "data")
    write_folder(tmp_path / "data", data)  # one entity left the site: a neutral page at its address
    result = build_site(options(tmp_path, full=True))
    assert (tmp_path / "site" / "entity" / CODES[4] / "index.html").is_file()
    files = [p for p in (tmp_path / "site").rglob("*") if p.is_file()]
    assert result.files == len(files) and result.bytes == sum(p.stat().st_size for p in files)
    assert result.pages == sum(1 for p in files if p.suffix == ".html")


def test_a_rebuild_with_no_change_writes_nothing(root: Path) -> None:
    before = {name: snapshot(root / name) for name in ("site", "report", "state")}
    result = build_site(options(root))
    assert result.unchanged and result.files == 0
    assert {name: snapshot(root / name) for name in ("site", "report", "state")} == before


def test_a_changed_as_of_date_is_a_change(root: Path) -> None:
    later = BuildOptions(root / "data", root / "site", root / "report", dt.date(2026, 11, 28),
                         state_dir=root / "state")
    assert not build_site(later).unchanged


def test_an_update_rewrites_only_the_changed_entity_page_and_equals_a_full_build(root: Path) -> None:
    before = snapshot(root / "site")
    result, twin = update_with_full_twin(root, rows(changed={2: "罚款3000元"}))
    after = snapshot(root / "site")
    rewritten = {rel for rel in after if rel.startswith("entity/") and after[rel] != before.get(rel)}
    assert rewritten == {f"entity/{CODES[2]}/index.html", f"entity/{CODES[2]}.json"}
    assert result.kept_pages == 5  # type: ignore[attr-defined]
    assert "罚款3000元" in (root / "site" / "entity" / CODES[2] / "index.html").read_text(encoding="utf-8")
    assert same_tree(root / "site", twin) == []


def test_kept_pages_keep_their_date_of_last_change(root: Path) -> None:
    shutil.rmtree(root / "data")
    write_folder(root / "data", rows(changed={1: "罚款5000元"}))
    build_site(BuildOptions(root / "data", root / "site", root / "report", dt.date(2026, 12, 1),
                            state_dir=root / "state"))
    kept = (root / "site" / "entity" / CODES[0] / "index.html").read_text(encoding="utf-8")
    changed = (root / "site" / "entity" / CODES[1] / "index.html").read_text(encoding="utf-8")
    assert "本页信息更新于 2026-11-27" in kept
    assert "本页信息更新于 2026-12-01" in changed
    assert "2026-12-01" in (root / "site" / "assets" / "build-info.js").read_text(encoding="utf-8")


def test_an_entity_that_leaves_gets_the_neutral_page_as_in_a_full_build(root: Path) -> None:
    data = rows(without=4)
    data["licenses"] = [r for r in data["licenses"] if r["统一社会信用代码"] != CODES[4]]
    _, twin = update_with_full_twin(root, data)
    page = (root / "site" / "entity" / CODES[4] / "index.html").read_text(encoding="utf-8")
    assert "该主体目前没有公示期内的公共信用信息" in page and "甘州市监罚〔2026〕5号" not in page
    assert not (root / "site" / "entity" / f"{CODES[4]}.json").exists()
    assert same_tree(root / "site", twin) == []
    # ... and it comes back as it was when its records return.
    _, twin_again = update_with_full_twin_again(root, rows())
    assert "甘州市监罚〔2026〕5号" in (root / "site" / "entity" / CODES[4] / "index.html").read_text(encoding="utf-8")
    assert same_tree(root / "site", twin_again) == []


def update_with_full_twin_again(root: Path, data: dict[str, list[dict[str, str]]]) -> tuple[object, Path]:
    shutil.rmtree(root / "state-twin")
    (root / "twin").unlink()  # the site is a link to its live version, beside it
    shutil.rmtree(root / ".twin.builds")
    return update_with_full_twin(root, data)


def test_other_code_or_rules_rewrite_every_page(root: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text((Path(build_module.__file__).with_name("rules.toml")).read_text(encoding="utf-8")
                     + "\n# reviewed again\n", encoding="utf-8")
    before = snapshot(root / "site")
    result = build_site(BuildOptions(root / "data", root / "site", root / "report", AS_OF,
                                     state_dir=root / "state", rules_file=rules))
    after = snapshot(root / "site")
    assert result.kept_pages == 0
    assert all(after[rel] != before[rel] for rel in after if rel.startswith("entity/"))


def test_a_lost_state_folder_means_a_full_build(root: Path) -> None:
    shutil.rmtree(root / "state")
    before = snapshot(root / "site")
    result = build_site(options(root))
    assert not result.unchanged and result.kept_pages == 0
    after = snapshot(root / "site")
    assert all(after[rel] != before[rel] for rel in after if rel.startswith("entity/"))


def update_with_a_licence_number_as_an_id(root: Path) -> None:
    """Change one penalty and add a natural person's penalty whose 证件号码 cell holds a value the
    live site publishes: the 许可编号 of every company's licence (staff pasted the wrong cell). The
    value is never public from now on, and the five companies whose data did not change keep their
    pages, which the last build's gate, not knowing it, let through."""
    shutil.rmtree(root / "data")
    data = rows(changed={2: "罚款3000元"})
    data["penalties"].append(penalty("甘州市监罚〔2026〕77号", "2026-06-01", name="王小明", category="自然人",
                                     证件类型="其他", 证件号码=license_()["许可编号"]))  # row 8 of the file
    write_folder(root / "data", data)


def test_the_gate_checks_kept_pages_for_values_first_known_in_this_build(root: Path) -> None:
    """A kept page was scanned for the never-public values known then; a value first seen now must
    stop the build all the same, though nothing reads the kept pages again."""
    update_with_a_licence_number_as_an_id(root)
    before = snapshot(root / "site")
    with pytest.raises(BuildAborted, match="隐私检查"):
        build_site(options(root))
    assert snapshot(root / "site") == before
    leaks = json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))["leaks"]
    assert "entity/ (licenses.许可编号): 输入文件 penalties/penalties.csv 第 8 行“证件号码”列的值" in leaks
    kept = [leak for leak in leaks if leak.startswith("entity/ (")]
    assert len(kept) == 5  # the five kept companies' licences; the changed one's page is new (and scanned)
    assert f"entity/{CODES[2]}/index.html: 输入文件 penalties/penalties.csv 第 8 行“证件号码”列的值" in leaks


def test_files_that_did_not_change_keep_the_live_file(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Datasets, list pages and shards with the same bytes stay the same files (and dates), so an
    upload that compares dates sends only what changed; with no never-public value new, the gate
    does not read them again."""
    before = snapshot(root / "site")
    shutil.rmtree(root / "data")
    write_folder(root / "data", rows(changed={2: "罚款3000元"}))
    scanned: list[str] = []
    real_scan = build_module.scan_outputs

    def recording_scan(*args, files=None, **kwargs):  # type: ignore[no-untyped-def]
        scanned.extend(files or ["(everything)"])
        return real_scan(*args, files=files, **kwargs)

    monkeypatch.setattr(build_module, "scan_outputs", recording_scan)
    build_site(options(root))
    assert "data/penalties.csv" in scanned and f"entity/{CODES[2]}/index.html" in scanned
    assert "data/licenses.csv" not in scanned and "(everything)" not in scanned
    after = snapshot(root / "site")
    assert after["data/licenses.csv"] == before["data/licenses.csv"]
    assert after["lists/licenses/index.html"] == before["lists/licenses/index.html"]
    assert after["data/penalties.csv"] != before["data/penalties.csv"]
    assert "罚款3000元" in (root / "site" / "data" / "penalties.csv").read_text(encoding="utf-8-sig")


def test_a_never_public_value_new_in_this_build_is_searched_in_unchanged_files_too(root: Path) -> None:
    """data/licenses.csv has the bytes the last gate passed (no licence changed), but the value it
    was passed without is never public now: the gate reads it again."""
    update_with_a_licence_number_as_an_id(root)
    with pytest.raises(BuildAborted, match="隐私检查"):
        build_site(options(root))
    leaks = json.loads((root / "report" / "summary.json").read_text(encoding="utf-8"))["leaks"]
    assert "data/licenses.csv: 输入文件 penalties/penalties.csv 第 8 行“证件号码”列的值" in leaks


def test_a_rebuild_stops_before_it_starts_when_the_disk_lacks_room(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The new site is built beside the live one: an update needs room for the files outside entity/,
    a full build for the entity pages too. Without that room the build stops at once, in one sentence,
    instead of failing on a full disk at the end of a long build."""
    site = root / "site"
    outside = sum(p.stat().st_size for p in site.rglob("*") if p.is_file() and p.relative_to(site).parts[0] != "entity")
    entity = sum(p.stat().st_size for p in (site / "entity").rglob("*") if p.is_file())
    free = int(outside * build_module.SPACE_MARGIN) + entity // 2  # room for an update, not for a full build
    real_usage = shutil.disk_usage
    monkeypatch.setattr(build_module.shutil, "disk_usage",
                        lambda path: real_usage(path)._replace(free=free))
    shutil.rmtree(root / "data")
    write_folder(root / "data", rows(changed={2: "罚款3000元"}))
    before = snapshot(site)
    with pytest.raises(BuildAborted, match="磁盘空间不足.*估计需要约 .*现在只有"):
        build_site(options(root, full=True))
    assert snapshot(site) == before
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".site")) == [".site.builds", ".site.lock"]
    assert sorted(p.name for p in (root / ".site.builds").iterdir()) == sorted([site.resolve().name,
                                                                              "creditsite-site.json"])
    build_site(options(root))  # the update fits
    assert "罚款3000元" in (site / "entity" / CODES[2] / "index.html").read_text(encoding="utf-8")


def test_every_file_the_gate_does_not_read_back_is_published_as_its_writer_scanned_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages the renderers scanned are not read back by the gate: no later stage (neutral pages,
    sitemap, incremental publishing) may publish other bytes at their paths, or other files in
    entity/, in full builds and updates, with entities changing, leaving and coming back."""
    import hashlib

    from generator import scan

    scans: dict[str, str] = {}
    skipped: list[set[str]] = []
    real_leaks, real_page_leaks, real_gate = (scan.WrittenScanner.leaks, scan.WrittenScanner.page_leaks,
                                              build_module.scan_outputs)

    def remember(rel: str, raw: bytes) -> None:
        assert scans.setdefault(rel, hashlib.sha256(raw).hexdigest()) == hashlib.sha256(raw).hexdigest(), rel

    def leaks(self, rel, raw):  # type: ignore[no-untyped-def]
        remember(rel, raw)
        return real_leaks(self, rel, raw)

    def page_leaks(self, rel, pieces):  # type: ignore[no-untyped-def]
        remember(rel, "".join(pieces).encode("utf-8"))
        return real_page_leaks(self, rel, pieces)

    def gate(*args, scanned=(), **kwargs):  # type: ignore[no-untyped-def]
        skipped.append(set(scanned))
        return real_gate(*args, scanned=scanned, **kwargs)

    monkeypatch.setattr(scan.WrittenScanner, "leaks", leaks)
    monkeypatch.setattr(scan.WrittenScanner, "page_leaks", page_leaks)
    monkeypatch.setattr(build_module, "scan_outputs", gate)
    site = tmp_path / "site"
    for data, full in ((rows(), False), (rows(changed={1: "罚款3000元"}, without=4), False),
                       (rows(changed={1: "罚款3000元"}), False), (rows(without=2), True)):
        scans.clear()
        shutil.rmtree(tmp_path / "data", ignore_errors=True)
        write_folder(tmp_path / "data", data)
        build_site(options(tmp_path, full=full))
        assert skipped[-1] and skipped[-1] <= set(scans)
        assert {rel: hashlib.sha256((site / rel).read_bytes()).hexdigest() for rel in skipped[-1]} == {
            rel: scans[rel] for rel in skipped[-1]}
        # The gate lists entity/ without opening its million folders: they hold their page and nothing else.
        in_entity = {p.relative_to(site).as_posix() for p in (site / "entity").rglob("*") if p.is_file()}
        assert in_entity == set(entity_files(site))


def test_a_live_file_edited_by_hand_is_replaced_not_kept(root: Path) -> None:
    """An update keeps the live copy of an unchanged file only if it still holds the bytes the last
    gate passed: a phone number typed into the live folder is not published again unscanned."""
    live = root / "site" / "lists" / "licenses" / "index.html"
    clean = live.read_bytes()
    live.write_bytes(clean.replace(b"</body>", "<p>热线 13912345678</p></body>".encode(), 1))
    shutil.rmtree(root / "data")
    write_folder(root / "data", rows(changed={2: "罚款3000元"}))  # licences unchanged
    build_site(options(root))
    assert live.read_bytes() == clean
