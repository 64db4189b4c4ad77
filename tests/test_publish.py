"""Publishing safety (issue 24): which folders a build may write, one build at a time, file-system
errors in one sentence, and "today" in China Standard Time. The kill-point matrix is in
tests/test_kill_points.py."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from filelock import FileLock

import generator.publish as publish
from generator.build import BuildOptions, build_site
from generator.cli import main
from generator.dates import today
from generator.problems import BuildAborted
from tests.conftest import license_, penalty, write_folder
from tests.helpers import build_args, rules_file, run_build

AS_OF = "2026-11-27"


def tree(root: Path) -> dict[str, str]:
    """Every file under a folder (links followed) with its SHA-256."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def data(root: Path) -> Path:
    return write_folder(root, {"penalties": [penalty("甘州市监罚〔2026〕1号", "2026-06-01", serial=200)],
                               "licenses": [license_("甘州市监许〔2026〕1号", serial=201)]})


def cli(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Exit status and output, with the console's line wrapping (and all white space) taken out."""
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, "".join(result.output.split())


def said(text: str) -> str:
    """`text` as `cli` returns output: without white space."""
    return "".join(text.split())


def build(root: Path, out: Path, *extra: str, as_of: str | None = AS_OF, report: str = "report", state: str = "state",
          env: dict[str, str] | None = None) -> tuple[int, str]:
    """`creditsite build` of root/data into out (`cli`'s output: without white space)."""
    code, output = run_build(root / "data", out, root / report, *extra, state=root / state, as_of=as_of, env=env)
    return code, said(output)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    data(tmp_path / "data")
    return tmp_path


# --- --out safety -------------------------------------------------------------------------------

def test_a_folder_of_documents_is_refused_and_left_as_it_was(root: Path) -> None:
    docs = root / "docs"
    docs.mkdir()
    (docs / "合同.docx").write_bytes(b"contract")
    code, output = build(root, docs)
    assert code == 2 and "不是空目录，也不是本程序发布的站点" in output and said(str(docs)) in output
    assert tree(docs) == {"合同.docx": hashlib.sha256(b"contract").hexdigest()}
    assert not (root / ".docs.builds").exists() and not (root / "state").exists() and not (root / "report").exists()


@pytest.mark.parametrize("which", ["home", "data", "parent-of-data", "parent-of-state", "parent-of-report", "root"])
def test_dangerous_folders_are_always_refused(root: Path, monkeypatch: pytest.MonkeyPatch, which: str) -> None:
    home = root / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "authorized_keys").write_text("ssh-ed25519 AAAA staff")
    monkeypatch.setenv("HOME", str(home))
    work = root / "work"
    data(work / "data")
    out = {"home": home, "data": work / "data", "parent-of-data": work, "parent-of-state": work,
           "parent-of-report": work, "root": Path("/")}[which]
    state = work / "state" if which == "parent-of-state" else root / "state"
    report = work / "report" if which == "parent-of-report" else root / "report"
    data_dir = work / "data" if which != "parent-of-state" and which != "parent-of-report" else root / "data"
    before = tree(root)
    code, output = cli(*build_args(data_dir, out, report, state=state, as_of=AS_OF))
    assert code == 2, output
    assert output.count("。") <= 2 and "Traceback" not in output  # one sentence
    assert tree(root) == before
    assert not [p for p in root.rglob(".*.builds")] and not [p for p in root.rglob(".*.lock")]


# --- --report and --state safety ------------------------------------------------------------------

@pytest.mark.parametrize("option, folder, sentence", [
    ("--report", "docs", "不是本程序的报告目录"),  # someone's documents: their index.html would be overwritten
    ("--report", "www", "不是本程序的报告目录"),  # a folder of web pages holding only an index.html
    ("--report", "data", "与数据目录"),  # the report would be read back as data
    ("--report", "data/penalties", "与数据目录"),  # rejected.csv read as penalties by the next build
    ("--state", "docs", "不是本程序的状态目录"),
    ("--state", "data", "与数据目录"),  # the record-key secret among the exports
    ("--state", "data/penalties", "与数据目录"),
    ("--report", "state", "与状态目录"),  # report and state in one folder (the state's names are kept apart)
])
def test_a_staff_folder_typed_wrong_is_refused_and_left_as_it_was(root: Path, option: str, folder: str,
                                                                  sentence: str) -> None:
    (root / "docs").mkdir()
    (root / "docs" / "index.html").write_bytes(b"my page")
    (root / "docs" / "thesis.docx").write_bytes(b"thesis")
    (root / "www").mkdir()
    (root / "www" / "index.html").write_bytes(b"hand-made")
    before = tree(root)
    extra = {"report": folder} if option == "--report" else {"state": folder}
    code, output = build(root, root / "site", **extra)
    assert code == 2 and sentence in output and said(folder) in output, output
    assert output.count("。") <= 2 and "Traceback" not in output
    assert tree(root) == before and not (root / "site").exists()
    if option == "--report" and folder != "state":  # validate writes a report too (it has no state)
        code, output = cli("validate", "--data", str(root / "data"), "--report", str(root / folder))
        assert code == 2 and sentence in output and tree(root) == before


def test_the_report_and_state_of_earlier_builds_are_accepted_and_hold_only_their_own_files(root: Path) -> None:
    from generator.report import REPORT_FILES

    assert build(root, root / "site")[0] == 0
    assert set(os.listdir(root / "report")) <= REPORT_FILES  # what check_report_folder takes for ours
    (root / "report" / "index.html").unlink()  # a report folder missing files is still ours
    assert build(root, root / "site", "--full")[0] == 0
    # Staff who build from inside their data folder (--data .) keep the report and state beside the kind folders.
    kinds = tree(root / "data")
    assert build(root, root / "site2", report="data/build/report", state="data/build/state")[0] == 0
    assert {k: v for k, v in tree(root / "data").items() if not k.startswith("build/")} == kinds
    # A first build killed after taking the state's lock leaves the lock alone: the next build goes on.
    shutil.rmtree(root / "state")
    (root / "state").mkdir()
    (root / "state" / ".lock").write_text("")
    assert build(root, root / "site")[0] == 0


def test_a_link_that_is_not_a_site_of_ours_is_refused(root: Path) -> None:
    elsewhere = root / "www"
    elsewhere.mkdir()
    (elsewhere / "index.html").write_text("hand-made")
    (root / "site").symlink_to(elsewhere)
    code, output = build(root, root / "site")
    assert code == 2 and "符号链接" in output
    assert (root / "site").readlink() == elsewhere and tree(elsewhere) == {
        "index.html": hashlib.sha256(b"hand-made").hexdigest()}


def test_a_site_is_a_link_to_its_live_version_and_the_marker_stays_outside_it(root: Path) -> None:
    site = root / "site"
    assert build(root, site)[0] == 0
    assert site.is_symlink() and not os.path.isabs(os.readlink(site))  # a relative link: the pair can be moved
    versions = root / ".site.builds"
    assert site.resolve().parent == versions
    marker = json.loads((versions / "creditsite-site.json").read_text())
    assert marker["kind"] == "site"
    assert not [p for p in site.rglob("*creditsite-site*")]  # nothing a crawler of the site can fetch
    # A second build with other data flips the link and removes the version it replaced.
    first = site.resolve()
    write_folder(root / "data", {"penalties": [penalty("甘州市监罚〔2026〕2号", "2026-06-01", serial=202)]})
    assert build(root, site)[0] == 0
    assert site.resolve() != first and not first.exists()
    assert sorted(p.name for p in versions.iterdir()) == sorted([site.resolve().name, "creditsite-site.json"])
    # Its versions folder deleted by hand: the dangling link is still recognised as this program's.
    shutil.rmtree(versions)
    code, output = build(root, site, "--full")
    assert code == 0, output
    assert (site / "index.html").is_file() and (versions / "creditsite-site.json").is_file()


def test_cleanup_removes_only_what_a_build_of_ours_left_never_a_users_folders(root: Path) -> None:
    """The adversarial pass's case C1: a user's folders whose names merely look like ours, beside the
    site and inside `.site.builds/`, survive every build; our own leftovers (a killed build's
    version folder, a half-made link, a spare marker) are removed."""
    site = root / "site"
    assert build(root, site)[0] == 0
    versions = root / ".site.builds"
    users = {root / ".site.old-2025备份": "备份说明", root / ".site.old-2025": "mv site .site.old-2025",
             root / ".site.building-notes": "笔记", root / ".site.link-mine": "链接说明",
             versions / "我的备份": "不要删", versions / "20261127-notes": "看起来像版本号"}
    for folder, text in users.items():
        folder.mkdir()
        (folder / "说明.txt").write_text(text, encoding="utf-8")
    (root / ".site.link-77").symlink_to("/tmp")  # a link of the user's: not into the versions folder
    # What killed builds of ours leave: a version folder, a half-made link, a spare marker.
    killed = versions / "20261126-0123abcd.2"
    (killed / "entity").mkdir(parents=True)
    os.symlink(os.path.join(".site.builds", killed.name), root / ".site.link-4242")
    (versions / ".creditsite-site.json.4242").write_text("{}")
    write_folder(root / "data", {"penalties": [penalty("甘州市监罚〔2026〕2号", "2026-06-01", serial=202)]})
    code, output = build(root, site)
    assert code == 0, output
    for folder, text in users.items():
        assert (folder / "说明.txt").read_text(encoding="utf-8") == text
    assert (root / ".site.link-77").is_symlink()
    assert not killed.exists() and not (root / ".site.link-4242").is_symlink()
    assert not (versions / ".creditsite-site.json.4242").exists()
    assert sorted(p.name for p in versions.iterdir()) == sorted(
        [site.resolve().name, "creditsite-site.json", "我的备份", "20261127-notes"])


def test_an_empty_folder_is_accepted(root: Path) -> None:
    (root / "site").mkdir()
    code, output = build(root, root / "site")
    assert code == 0, output
    assert (root / "site").is_symlink() and (root / "site" / "index.html").is_file()
    assert not [p for p in root.iterdir() if p.name.startswith(".site.link-")]


def test_a_site_of_the_previous_version_is_recognised_and_migrated_once(root: Path) -> None:
    """Sites published before the marker were real folders at --out: still ours (their
    data/datapackage.json names this program's package), moved into the new layout in one step."""
    site = root / "site"
    assert build(root, site)[0] == 0
    live = site.resolve()
    site.unlink()
    shutil.move(live, site)  # the previous version's layout: a real folder, no marker beside it
    shutil.rmtree(root / ".site.builds")
    (site / "hand-edited.txt").write_text("left by someone")
    before = tree(site)
    # Folders named like a killed build of the previous version's staging and `.old` folders: they
    # cannot be told from a backup made by hand (`mv site .site.old-4242`), so they are kept.
    for leftover in (".site.building-x1y2", ".site.old-4242"):
        (root / leftover / "entity").mkdir(parents=True)
        (root / leftover / "index.html").write_text("half a site")
    write_folder(root / "data", {"penalties": [penalty("甘州市监罚〔2026〕2号", "2026-06-01", serial=202)]})
    # A file added by hand would go with the old layout: the build stops and names it, nothing touched (an
    # outsider's case, h19s U1: a copy of a site made with cp -rL, a verification file and uploads/ added).
    (site / "uploads").mkdir()
    (site / "uploads" / "decision.pdf").write_bytes(b"%PDF")
    (site / "entity" / "notes.docx").write_bytes(b"PK")  # in a folder of ours, of a type we never write there
    code, output = build(root, site)
    assert code == 2 and "hand-edited.txt" in output and "uploads/decision.pdf" in output, output
    assert tree(site) == {**before, "uploads/decision.pdf": tree(site)["uploads/decision.pdf"],
                          "entity/notes.docx": tree(site)["entity/notes.docx"]}
    assert not site.is_symlink() and not (root / ".site.builds" / "creditsite-site.json").exists()
    (site / "hand-edited.txt").unlink()
    shutil.rmtree(site / "uploads")
    (site / "entity" / "notes.docx").unlink()
    code, output = build(root, site)
    assert code == 0, output
    assert site.is_symlink() and tree(site) != before
    assert sorted(p.name for p in (root / ".site.builds").iterdir()) == sorted([site.resolve().name,
                                                                               "creditsite-site.json"])
    assert not [p for p in root.iterdir() if p.name.startswith(".site.link-")]
    assert sorted(p.name for p in root.iterdir() if p.name.startswith((".site.building-", ".site.old-"))) == [
        ".site.building-x1y2", ".site.old-4242"]
    # One of the site's version folders typed as --out (readlink -f site): refused, untouched (h19s U2).
    version = site.resolve()
    kept = tree(version)
    code, output = build(root, version, "--state", str(root / "state-fork"))
    assert code == 2 and f"--out{site}" in output, output
    assert tree(version) == kept and not (root / "state-fork").exists()
    # The old layout without its datapackage is not recognised: refused, untouched.
    other = root / "other"
    other.mkdir()
    (other / "index.html").write_text("<p>another program's site</p>")
    assert build(root, other, "--state", str(root / "state-other"))[0] == 2


def test_a_preview_never_writes_into_a_real_site(root: Path) -> None:
    site = root / "site"
    assert build(root, site)[0] == 0
    before = tree(site)
    options = BuildOptions(root / "data", site, root / "report-preview", dt.date(2026, 11, 27),
                           state_dir=root / "preview-state", preview=True)
    with pytest.raises(publish.FolderRefused, match="正式站点"):
        build_site(options)
    assert tree(site) == before


# --- one build at a time ------------------------------------------------------------------------

def test_a_second_build_waits_then_stops_with_a_sentence(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = root / "site"
    assert build(root, site)[0] == 0
    before = tree(site)
    monkeypatch.setenv("CREDITSITE_LOCK_WAIT", "0.3")  # documented in generator/tuning.py
    write_folder(root / "data", {"penalties": [penalty("甘州市监罚〔2026〕2号", "2026-06-01", serial=202)]})
    for held in (root / ".site.lock", root / "state" / ".lock"):  # the site's lock, then the state's
        with FileLock(str(held)):  # another build (or serve) holds it
            started = time.monotonic()
            code, output = build(root, site)
            assert code == 1 and "另一个构建（或预览）正在使用" in output and said("等待 0.3 秒") in output
            assert time.monotonic() - started < 30
        assert tree(site) == before
    assert build(root, site)[0] == 0 and tree(site) != before  # once it is free, the build runs


# --- crash-safe state and file-system errors ----------------------------------------------------

def test_a_damaged_state_means_a_full_rebuild_not_a_build_that_cannot_run(root: Path) -> None:
    site = root / "site"
    assert build(root, site)[0] == 0
    ledger = (site / "data" / "removals.jsonl").read_text()
    state = root / "state"
    for serial, damage in enumerate(["builds.json", "parquet", "live.json"], start=202):
        if damage == "builds.json":
            (state / "builds.json").write_text("")  # what a kill while an older version saved it left
        elif damage == "parquet":
            for path in (state / "builds").glob("*.parquet"):
                path.write_bytes(path.read_bytes()[:20])
        else:
            (state / "live.json").write_text("{\"out_dir\": ")
        write_folder(root / "data", {"penalties": [penalty(f"甘州市监罚〔2026〕{serial}号", "2026-06-01", serial=serial)]})
        code, output = build(root, site)
        assert code == 0, (damage, output)
        assert "程序内部错误" not in output
        assert (site / "data" / "removals.jsonl").read_text().startswith(ledger)
        assert json.loads((state / "builds.json").read_text())  # the state is whole again
        assert f"甘州市监罚〔2026〕{serial}号" in (site / "data" / "penalties.csv").read_text(encoding="utf-8-sig")


def test_an_unwritable_folder_is_named_with_what_to_do(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.build as build_module

    site = root / "site"
    assert build(root, site)[0] == 0
    before = tree(site)
    real_access = os.access
    monkeypatch.setattr(build_module.os, "access", lambda path, mode: Path(path) != root and real_access(path, mode))
    code, output = build(root, site, "--full")
    assert code == 1 and said(f"无法写入目录 {root}") in output and "权限" in output and "程序内部错误" not in output
    monkeypatch.setattr(build_module.os, "access", real_access)

    def denied(*args: object, **kwargs: object) -> None:  # a read-only disk found only when publishing
        raise PermissionError(errno.EROFS, "Read-only file system", str(root / ".site.link-1"))

    monkeypatch.setattr(publish.os, "symlink", denied)
    code, output = build(root, site, "--full")
    assert code == 1 and said(f"无法写入 {root}") in output and "程序内部错误" not in output
    assert tree(site) == before


# --- dates --------------------------------------------------------------------------------------

def test_today_is_the_date_in_china_whatever_the_machines_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    # 2026-11-27 17:30 UTC: still the 27th in Los Angeles and in UTC, already the 28th in Beijing.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 11, 27, 17, 30, tzinfo=dt.UTC).timestamp())))
    for zone in ("America/Los_Angeles", "UTC", "Asia/Shanghai", "Pacific/Kiritimati"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        assert today() == dt.date(2026, 11, 28)
        assert today("America/Los_Angeles") == dt.date(2026, 11, 27)  # the setting, not the machine
    monkeypatch.delenv("TZ")
    time.tzset()


def test_a_build_without_as_of_publishes_as_of_today_in_china(root: Path) -> None:
    epoch = str(int(dt.datetime(2026, 11, 27, 17, 30, tzinfo=dt.UTC).timestamp()))
    code, output = build(root, root / "site", as_of=None, env={"SOURCE_DATE_EPOCH": epoch, "TZ": "America/Los_Angeles"})
    assert code == 0, output
    assert json.loads((root / "report" / "summary.json").read_text())["as_of"] == "2026-11-28"
    # The zone is a setting of the rules file.
    rules = rules_file(root / "rules.toml", timezone="America/Los_Angeles")
    code, output = build(root, root / "site-la", "--rules", str(rules), as_of=None, report="report-la", state="state-la",
                         env={"SOURCE_DATE_EPOCH": epoch})
    assert code == 0, output
    assert json.loads((root / "report-la" / "summary.json").read_text())["as_of"] == "2026-11-27"


def test_dates_outside_2000_to_2099_are_refused_even_when_allowed(root: Path) -> None:
    site = root / "site"
    assert build(root, site)[0] == 0
    before = tree(site)
    for as_of in ("0001-01-01", "1990-01-01", "2100-01-01", "9999-12-31"):
        for command in (build_args(root / "data", site, root / "report", "--allow-date", state=root / "state",
                                   as_of=as_of),
                        ["validate", "--data", str(root / "data"), "--report", str(root / "report-v"),
                         "--as-of", as_of],
                        ["serve", "--data", str(root / "data"), "--as-of", as_of]):
            code, output = cli(*command)
            assert code == 2 and said(f"基准日 {as_of}") in output and "Traceback" not in output, output
    assert tree(site) == before


def test_an_as_of_before_the_last_build_or_far_ahead_needs_allow_date(root: Path) -> None:
    site = root / "site"
    now = today()
    assert build(root, site, as_of=None)[0] == 0  # today
    before = tree(site)
    ledger = (site / "data" / "removals.jsonl").read_text()
    earlier = (now - dt.timedelta(days=30)).isoformat()
    code, output = build(root, site, "--as-of", earlier)
    assert code == 2 and said(f"早于该站点上次发布的基准日 {now.isoformat()}") in output and "--allow-date" in output
    far = (now + dt.timedelta(days=8)).isoformat()
    code, output = build(root, site, "--as-of", far)
    assert code == 2 and said("超过 7 天") in output and said("serve --as-of") in output
    assert tree(site) == before
    near = (now + dt.timedelta(days=7)).isoformat()
    assert build(root, site, "--as-of", near)[0] == 0  # staff preparing the next days' site
    assert build(root, site, "--as-of", earlier, "--allow-date")[0] == 0  # said explicitly
    assert (site / "data" / "removals.jsonl").read_text().startswith(ledger)


def test_a_first_build_into_a_new_folder_may_use_any_date_of_the_range(root: Path) -> None:
    # No live site is replaced: a test or preview folder built as of a later date is not a typo over a site.
    far = (today() + dt.timedelta(days=400)).isoformat()
    code, output = build(root, root / "new-site", "--as-of", far)
    assert code == 0, output
    assert json.loads((root / "report" / "summary.json").read_text())["as_of"] == far
    code, output = build(root, root / "new-site", "--as-of", (today() + dt.timedelta(days=800)).isoformat())
    assert code == 2 and said("超过 7 天") in output  # now a site is there


def test_library_callers_get_the_same_checks(root: Path) -> None:
    options = BuildOptions(root / "data", root / "site", root / "report", dt.date(1990, 1, 1), state_dir=root / "state")
    with pytest.raises(BuildAborted, match="不在 2000–2099 年之间"):
        build_site(options)
    assert not (root / "site").exists()


def test_a_large_old_version_is_deleted_in_the_background_without_touching_the_new_one(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CREDITSITE_TUNING", "background_delete_from=1")  # every version counts as large
    site = root / "site"
    assert build(root, site)[0] == 0
    first = site.resolve()
    write_folder(root / "data", {"penalties": [penalty("甘州市监罚〔2026〕2号", "2026-06-01", serial=202)]})
    assert build(root, site)[0] == 0
    shown = tree(site)
    assert not first.exists()  # renamed at once to a name no new version can take ...
    deadline = time.monotonic() + 60
    while [p for p in (root / ".site.builds").iterdir() if p.name.startswith("discarded-")]:
        assert time.monotonic() < deadline, "the old version was not deleted"
        time.sleep(0.1)  # ... and deleted by a detached process
    assert tree(site) == shown
