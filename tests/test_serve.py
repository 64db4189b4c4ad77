"""Staff preview (generator/serve.py): serve the built site, rebuild on data changes, survive a failed build."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.problems import BuildAborted
from generator.serve import serve_site, snapshot
from tests.conftest import penalty, write_csv, write_folder

AS_OF = dt.date(2026, 11, 27)


def fetch(url: str) -> tuple[int, str, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8"), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, "", dict(exc.headers)


def wait_for(check: Callable[[], bool], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@dataclass
class Preview:
    url: str
    data: Path
    out: Path
    log: list[str] = field(default_factory=list)
    builds: list[str] = field(default_factory=list)


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    data = write_folder(tmp_path / "data", {"penalties": [penalty("甘州市监罚〔2026〕7号", name="张掖市丹霞商贸有限公司",
                                                                   serial=11)]})
    out = tmp_path / "site"
    options = BuildOptions(data, out, tmp_path / "report", AS_OF, strict=True, state_dir=tmp_path / "state")
    log: list[str] = []
    builds: list[str] = []

    def build() -> None:
        builds.append("started")
        build_site(options)

    stop = threading.Event()
    ready = threading.Event()
    urls: list[str] = []

    def on_ready(url: str) -> None:
        urls.append(url)
        ready.set()

    thread = threading.Thread(target=serve_site, args=(build, out, data),
                              kwargs={"port": 0, "poll_seconds": 0.2, "stop": stop, "ready": on_ready,
                                      "log": log.append}, daemon=True)
    thread.start()
    assert ready.wait(60), log
    yield Preview(urls[0], data, out, log, builds)
    stop.set()
    thread.join(timeout=10)
    assert not thread.is_alive(), "serve_site did not stop"
    assert any("预览地址" in line and urls[0] in line for line in log)


def test_serves_the_site_rebuilds_on_data_changes_and_survives_a_failed_rebuild(preview: Preview) -> None:
    assert preview.url.startswith("http://127.0.0.1:") and not preview.url.endswith(":0/")
    status, home, headers = fetch(preview.url)
    assert status == 200 and "丹霞商贸" in home and "祁连" not in home
    assert headers.get("Cache-Control") == "no-store"
    assert fetch(preview.url + "search/")[0] == 200
    assert fetch(preview.url + "no-such-page/")[0] == 404

    # A data file changes: the site is rebuilt and served from the same address.
    time.sleep(0.05)  # a new mtime even on coarse file systems
    write_csv(preview.data / "penalties" / "penalties.csv", [
        penalty("甘州市监罚〔2026〕7号", name="张掖市丹霞商贸有限公司", serial=11),
        penalty("甘州市监罚〔2026〕8号", name="张掖市祁连新材料有限公司", serial=12)])
    wait_for(lambda: "祁连新材料" in fetch(preview.url)[1])
    # The new site is swapped in before the rebuild is logged as done.
    wait_for(lambda: any("重新生成完成" in line for line in preview.log))
    assert len(preview.builds) == 2

    # A file that aborts the build (--strict is on and a credit code is wrong): the last good site stays.
    write_csv(preview.data / "penalties" / "more.csv", [
        penalty("甘州市监罚〔2026〕9号", name="张掖市黑河测试有限公司", code="91620702MA00000000")])
    wait_for(lambda: any("重新生成失败" in line for line in preview.log))
    failure = next(line for line in preview.log if "重新生成失败" in line)
    assert "\n" not in failure and "严格模式" in failure and "上一版站点" in failure
    status, home, _ = fetch(preview.url)
    assert status == 200 and "祁连新材料" in home and "黑河测试" not in home
    assert len(preview.builds) == 3


def test_stops_after_max_rebuilds_and_tells_why_a_first_build_failed(tmp_path: Path) -> None:
    calls: list[int] = []
    log: list[str] = []
    (tmp_path / "data").mkdir()

    def build() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise BuildAborted("找不到数据目录 data。")
        (tmp_path / "site").mkdir(exist_ok=True)
        (tmp_path / "site" / "index.html").write_text("<h1>ok</h1>", encoding="utf-8")

    def touch(url: str) -> None:
        assert fetch(url)[0] == 404  # nothing built yet, but the server answers
        (tmp_path / "data" / "new.csv").write_text("a\n1\n", encoding="utf-8")

    done = threading.Event()
    thread = threading.Thread(target=lambda: (serve_site(build, tmp_path / "site", tmp_path / "data", port=0,
                                                         poll_seconds=0.1, max_rebuilds=1, ready=touch,
                                                         log=log.append), done.set()), daemon=True)
    thread.start()
    assert done.wait(30), log
    assert len(calls) == 2
    assert any("生成站点失败（暂无可预览的站点）：找不到数据目录" in line for line in log), log


def test_snapshot_sees_edits_but_not_lock_files_or_the_site(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "penalties").mkdir(parents=True)
    (data / "penalties" / "a.csv").write_text("x\n", encoding="utf-8")
    (data / "site").mkdir()
    before = snapshot(data, exclude=data / "site")
    (data / "penalties" / ".~lock.a.xlsx#").write_text("lock", encoding="utf-8")
    (data / "penalties" / "~$a.xlsx").write_text("lock", encoding="utf-8")
    (data / "site" / "index.html").write_text("site", encoding="utf-8")
    assert snapshot(data, exclude=data / "site") == before
    (data / "penalties" / "a.csv").write_text("x\ny\n", encoding="utf-8")
    assert snapshot(data, exclude=data / "site") != before
    assert set(before) == {"penalties/a.csv"}


def test_ctrl_c_stops_cleanly_and_a_busy_port_is_reported_before_building(tmp_path: Path) -> None:
    log: list[str] = []

    def interrupted() -> None:
        raise KeyboardInterrupt

    serve_site(interrupted, tmp_path / "site", tmp_path, port=0, log=log.append)  # returns, no traceback
    assert log == ["已停止预览。"]

    calls: list[int] = []
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        with pytest.raises(OSError):
            serve_site(lambda: calls.append(1), tmp_path / "site", tmp_path, port=busy.getsockname()[1],
                       log=log.append)
    assert calls == []
