"""Safe publishing, h22s's black-box cases (/work/notes/h22s.md): a wrong `--out` is refused by the first
build when every later build would refuse it, `creditsite due` judges the live site's own due date, an
update's free-space check asks for what an update writes, and an interrupted build or preview leaves
nothing behind for long."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.conftest import license_, penalty, write_folder
from tests.helpers import run_build

AS_OF = "2026-11-27"


def _data(root: Path) -> Path:
    return write_folder(root, {"penalties": [penalty("甘州市监罚〔2026〕1号", "2026-06-01", serial=220)],
                               "licenses": [license_("甘州市监许〔2026〕1号", serial=221)]})


def _tree(root: Path) -> dict[str, str]:
    """Every file and folder under `root` (links not followed), files with their SHA-256."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
            for p in sorted(root.rglob("*"))}


@pytest.mark.parametrize("out", ["data/site", "data/penalties/site"])
def test_a_site_inside_the_data_folder_is_refused_by_the_first_build(tmp_path: Path, out: str) -> None:
    """h22s out-inside-data-folder-accepted-then-stuck: `--out data/site` was accepted once, then every next
    build read the site's pages back as exports (folder-not-read) and stopped, so nothing could come down.
    README "Where the site is written": the data folder is refused, exit 2, nothing touched."""
    _data(tmp_path / "data")
    before = _tree(tmp_path)
    code, output = run_build(tmp_path / "data", tmp_path / out, tmp_path / "report", state=tmp_path / "state",
                             as_of=AS_OF)
    assert code == 2 and "在数据目录" in output and "数据目录之外" in output, output
    assert _tree(tmp_path) == before  # no site, no state, no report, no lock


def test_a_site_in_its_own_folder_under_the_data_folder_is_built_twice(tmp_path: Path) -> None:
    """`--data .` with `--out build/site` (README "The report and the state": building from inside the data
    folder is fine): the loader reads neither the `site` link nor `.site.builds`, so the next build works too."""
    data = _data(tmp_path / "data")
    for day in (AS_OF, "2026-11-28"):
        code, output = run_build(data, data / "build" / "site", data / "build" / "report",
                                 state=data / "build" / "state", as_of=day)
        assert code == 0, output
    assert (data / "build" / "site" / "index.html").is_file()


def test_a_site_inside_the_report_folder_is_refused_by_the_first_build(tmp_path: Path) -> None:
    """h22s out-inside-report-folder-accepted-then-stuck: `--out r/site --report r` was accepted once, then
    every next build refused the report folder (it holds `.site.builds`)."""
    _data(tmp_path / "data")
    before = _tree(tmp_path)
    code, output = run_build(tmp_path / "data", tmp_path / "r" / "site", tmp_path / "r", state=tmp_path / "s",
                             as_of=AS_OF)
    assert code == 2 and "在报告目录" in output, output
    assert _tree(tmp_path) == before
    assert not os.path.exists(tmp_path / "r")


def _beijing_epoch(day: str) -> str:
    import datetime as dt

    moment = dt.datetime.fromisoformat(f"{day} 09:00").replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))
    return str(int(moment.timestamp()))


def test_due_judges_the_live_site_restored_from_an_older_backup(tmp_path: Path) -> None:
    """h22s due-ok-while-live-site-is-older-restored-version: the site built on 11-27 (a record ends 11-30) is
    backed up, rebuilt on 12-01 (the record gone), then the backup restored: the live site shows the ended
    record again and its own assets/due.js says due 11-30, so `creditsite due` (interfaces.md, `due --help`:
    "exit 1 when the site's due date has come and it was not rebuilt") must exit 1, whatever the state says."""
    import shutil

    from click.testing import CliRunner

    from generator.cli import main

    data = write_folder(tmp_path / "data", {"penalties": [
        penalty("甘州市监罚〔2026〕5号", "2026-06-01", serial=225, 公示截止期="2026-11-30")]})
    work = tmp_path / "w"
    code, output = run_build(data, work / "site", work / "report", state=tmp_path / "state", as_of=AS_OF)
    assert code == 0 and "下次必须重新发布：2026-11-30" in output, output
    shutil.copytree(work, tmp_path / "backup", symlinks=True)
    code, output = run_build(data, work / "site", work / "report", state=tmp_path / "state", as_of="2026-12-01")
    assert code == 0, output

    def due() -> tuple[int, str]:
        result = CliRunner().invoke(main, ["due", "--out", str(work / "site"), "--state", str(tmp_path / "state")],
                                    env={"SOURCE_DATE_EPOCH": _beijing_epoch("2026-12-02")})
        return result.exit_code, result.output

    assert due()[0] == 0  # the rebuilt site has nothing left to expire
    for name in ("site", ".site.builds"):
        path = work / name
        path.unlink() if path.is_symlink() else shutil.rmtree(path)
        shutil.copytree(tmp_path / "backup" / name, path, symlinks=True)
    assert "甘州市监罚〔2026〕5号" in (work / "site" / "data" / "penalties.csv").read_text(encoding="utf-8-sig")
    code, output = due()
    assert code == 1 and "2026-11-30" in output and "2026-11-27" in output, output
    # `due --state` alone judges that state only: the working folder's own `site` (here the restored one) is not the
    # site of a state named elsewhere, and a test's or an office's working folder may hold another site.
    import os
    here = os.getcwd()
    try:
        os.chdir(work)  # `site` here is the restored, overdue one
        result = CliRunner().invoke(main, ["due", "--state", str(tmp_path / "state")],
                                    env={"SOURCE_DATE_EPOCH": _beijing_epoch("2026-12-02")})
    finally:
        os.chdir(here)
    assert result.exit_code == 0 and "上线站点" not in result.output, result.output


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and "entity" not in p.parts)


def test_an_update_is_asked_the_room_an_update_needs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """h22s disk-check-refuses-daily-update-that-fits: an update was asked the room of the whole site (README
    "unchanged pages are hard links … an update costs little room"). With free space between what an update
    needs and what a full build needs, the update is published; with less, it is refused with the figure."""
    import shutil
    from collections import namedtuple

    import generator.build as build

    data = _data(tmp_path / "data")
    code, output = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state", as_of=AS_OF)
    assert code == 0, output
    whole = _size(tmp_path / "site" / ".")
    Usage = namedtuple("Usage", "total used free")
    free = {"bytes": int(whole * 1.05)}  # less than a full build asks (the whole site and a tenth)
    real = shutil.disk_usage
    monkeypatch.setattr(build.shutil, "disk_usage",
                        lambda path: Usage(10 * whole, 0, free["bytes"]) if Path(path) == tmp_path else real(path))
    code, output = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state",
                             as_of="2026-11-28")
    assert code == 0 and "已发布到" in output, output
    code, output = run_build(data, tmp_path / "site", tmp_path / "report", "--full", state=tmp_path / "state",
                             as_of="2026-11-29")
    assert code == 1 and "磁盘空间不足" in output and "重新生成整个站点" in output, output
    free["bytes"] = whole // 20
    code, output = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state",
                             as_of="2026-11-29")
    assert code == 1 and "增量更新" in output and "估计需要约" in output and "现在只有" in output, output


def test_the_next_build_removes_the_temporary_folders_a_killed_one_left(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """h22s killed-build-leaves-temp-folders: a build killed leaves $TMPDIR/creditsite-mkdocs-* (and a preview
    its state); README "the next build removes whatever an interrupted one left" - only folders it can prove
    are its own and not in use: those whose owner process is gone."""
    import json
    import subprocess
    import sys
    import tempfile

    from generator.tempfolders import OWNER_FILE

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    dead, alive, foreign = tmp / "creditsite-mkdocs-dead", tmp / "creditsite-mkdocs-alive", tmp / "creditsite-other"
    for folder, pid in ((dead, int(gone.stdout)), (alive, os.getppid())):
        (folder / "docs").mkdir(parents=True)
        (folder / OWNER_FILE).write_text(json.dumps({"pid": pid, "started": ""}), encoding="utf-8")
    (tmp / "creditsite-preview-state-dead" / "state").mkdir(parents=True)
    (tmp / "creditsite-preview-state-dead" / "state" / "record-key.secret").write_text("x", encoding="utf-8")
    (tmp / "creditsite-preview-state-dead" / OWNER_FILE).write_text(json.dumps({"pid": int(gone.stdout),
                                                                                "started": ""}), encoding="utf-8")
    foreign.mkdir()  # no owner file: not provably ours, left alone
    data = _data(tmp_path / "data")
    code, output = run_build(data, tmp_path / "site", tmp_path / "report", state=tmp_path / "state", as_of=AS_OF)
    assert code == 0, output
    assert not dead.exists() and not (tmp / "creditsite-preview-state-dead").exists()
    assert alive.is_dir() and foreign.is_dir()


def test_the_workers_shared_values_folder_is_marked_as_this_process_and_removed_on_close(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The values handed to the worker processes (the gate's never-public values among them) are pickled into a
    `creditsite-workers-*` folder: marked with its owner like the others, so that a build killed before it closed
    the pool leaves nothing the next build does not remove; closed, it is gone."""
    import json
    import tempfile

    from generator.tempfolders import OWNER_FILE
    from generator.workers import Workers

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    workers = Workers()
    handle = workers.share({"secret": "x"})
    folder = Path(handle.path).parent
    assert folder.name.startswith("creditsite-workers-") and folder.parent == tmp_path
    assert json.loads((folder / OWNER_FILE).read_text(encoding="utf-8"))["pid"] == os.getpid()
    workers.close()
    assert not folder.exists()


def test_serve_stopped_by_sigterm_removes_its_throwaway_state(tmp_path: Path) -> None:
    """h22s serve-stopped-leaves-preview-state-in-tmp: `serve` stopped as a service manager or `timeout` stops it
    (SIGTERM) left its throw-away state (the rows read, record-key.secret) in $TMPDIR; README step 3: "a history
    that is thrown away when it stops". SIGTERM is handled as Ctrl-C."""
    import signal
    import subprocess
    import sys
    import time

    data = _data(tmp_path / "data")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    process = subprocess.Popen([sys.executable, "-m", "generator.cli", "serve", "--data", str(data), "--port", "0",
                                "--as-of", AS_OF, "--out", str(tmp_path / "preview"),
                                "--report", str(tmp_path / "report")],
                               cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 240
        seen = ""
        assert process.stdout is not None
        while "预览地址" not in seen and time.monotonic() < deadline and process.poll() is None:
            seen += process.stdout.readline()
        assert "预览地址" in seen, seen
        assert any(p.name.startswith("creditsite-preview-state-") for p in tmp.iterdir())
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert not [p.name for p in tmp.iterdir() if p.name.startswith("creditsite-")]


def test_a_refused_build_leaves_no_lock_file_beside_the_refused_site(tmp_path: Path) -> None:
    """h22s refused-build-leaves-lock-file: a build refused (exit 2) because `--state` is another site's left
    `.s2.lock` beside the refused `--out`; README: "refused in one sentence, exit 2, nothing touched"."""
    data = _data(tmp_path / "data")
    code, output = run_build(data, tmp_path / "s1", tmp_path / "r1", state=tmp_path / "st1", as_of=AS_OF)
    assert code == 0, output
    before = _tree(tmp_path)
    code, output = run_build(data, tmp_path / "s2", tmp_path / "r2", state=tmp_path / "st1", as_of=AS_OF)
    assert code == 2, output
    after = _tree(tmp_path)
    assert {k for k in after if not k.startswith("st1/")} == {k for k in before if not k.startswith("st1/")}
    assert not (tmp_path / ".s2.lock").exists()


def test_a_full_disk_met_by_a_writer_being_closed_prints_no_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                     capfd: pytest.CaptureFixture[str]) -> None:
    """h22s disk-full-mid-build-prints-traceback: after the right sentence the console showed "Exception ignored in
    <function ZipFile.__del__> … OSError: [Errno 28]" (a workbook writer closed by the garbage collector on the
    full disk). Staff get the one sentence only."""
    import errno
    import gc
    import sys

    from click.testing import CliRunner

    import generator.build as build
    from generator.cli import main

    class Workbook:  # what an .xlsx writer left open does when collected on a full disk
        def __del__(self) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

    def full_disk(*args: object, **kwargs: object) -> None:
        Workbook()
        gc.collect()
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(build, "build_site", full_disk)
    printed: list[BaseException | None] = []  # what Python's default hook would print (pytest's own turns it into a warning)
    monkeypatch.setattr(sys, "unraisablehook", lambda unraisable: printed.append(unraisable.exc_value))
    data = _data(tmp_path / "data")
    result = CliRunner().invoke(main, ["build", "--data", str(data), "--out", str(tmp_path / "site"),
                                       "--report", str(tmp_path / "report"), "--as-of", AS_OF])
    captured = capfd.readouterr()
    assert result.exit_code == 1 and "磁盘空间不足" in result.output, result.output
    assert "Exception ignored" not in result.output + captured.err + captured.out
    assert printed == []


@pytest.mark.parametrize("out, said", [("~", "~"), ("~/site", "~"), ("site ", "空格"), (" site", "空格"),
                                       ("C:\\www\\site", "反斜杠")])
def test_a_new_out_typed_for_another_shell_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str,
                                                      said: str) -> None:
    """h22s's risks: `--out '~'` (systemd's ExecStart does not expand ~), a trailing space and `C:\\www\\site` each
    published a second site under that literal name while the real one was not rebuilt: refused, exit 2."""
    _data(tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    code, output = run_build(Path("data"), out, "report", state="state", as_of=AS_OF)
    assert code == 2 and said in output, output
    assert _tree(tmp_path) == before
