"""Staff preview: build the site, serve it on this computer, rebuild when the data folder changes.

Entry point: `serve_site(build, out_dir, watch_dir, ...)`. The build publishes by replacing the
link at `out_dir` with one pointing at the new version (generator.publish), so the server never
holds the folder open: every request resolves `out_dir` by its path again and gets the old
version or the new one, whole; before the first build a request waits a moment for the folder.
A failed rebuild (`BuildAborted`, or another build holding the site's lock) keeps the previous
site and prints its one-line reason. Ctrl-C, `stop.set()` or `max_rebuilds` end it cleanly.
The `serve` command gives it its own folder (build/preview) and a throw-away state (cli.py).
"""

from __future__ import annotations

import functools
import http.server
import os
import socket
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.problems import BuildAborted

Snapshot = dict[str, tuple[int, int]]
SWAP_WAIT_SECONDS = 2.0  # how long a request waits for out_dir while a rebuild swaps it in


def snapshot(folder: Path, exclude: Path | None = None) -> Snapshot:
    """Relative path -> (mtime_ns, size) of every file under folder.

    Hidden files and spreadsheet lock files (`.~lock.x.xlsx#`, `~$x.xlsx`) are left out, so opening
    a file in Excel or LibreOffice does not trigger a rebuild; so is `exclude` (the site, should it
    live inside the data folder).
    """
    found: Snapshot = {}
    excluded = os.path.abspath(exclude) if exclude is not None else None
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and os.path.abspath(os.path.join(dirpath, d)) != excluded)
        for name in filenames:
            if name.startswith((".", "~$")):
                continue
            path = os.path.join(dirpath, name)
            try:
                st = os.stat(path)
            except OSError:  # removed while we looked
                continue
            found[os.path.relpath(path, folder)] = (st.st_mtime_ns, st.st_size)
    return found


class _PreviewHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the folder at `directory` by path, never caches, and logs only failed requests."""

    def __init__(self, *args: Any, log: Callable[[str], None], **kwargs: Any) -> None:
        self._log = log
        super().__init__(*args, **kwargs)

    def translate_path(self, path: str) -> str:
        deadline = time.monotonic() + SWAP_WAIT_SECONDS
        while not os.path.isdir(self.directory) and time.monotonic() < deadline:
            time.sleep(0.05)  # the first build has not published yet
        return super().translate_path(path)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        if str(code).isdigit() and int(code) >= 400:
            self._log(f"{code} {self.path}")

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


def _display_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def serve_site(build: Callable[[], None], out_dir: Path, watch_dir: Path, host: str = "127.0.0.1", port: int = 8000,
               poll_seconds: float = 2.0, max_rebuilds: int | None = None, *,
               stop: threading.Event | None = None, ready: Callable[[str], None] | None = None,
               log: Callable[[str], None] = print) -> None:
    """Build once, serve out_dir over HTTP and rebuild whenever watch_dir changes.

    - `build()` publishes the site into `out_dir`; it raises `BuildAborted` when the data cannot be
      published, and the previous site (if any) stays served.
    - `port=0` picks a free port; `ready(url)` is called with the real address once the server
      listens (the address is also printed through `log`).
    - Returns after `stop` is set, after `max_rebuilds` rebuilds, or on Ctrl-C.
    """
    stop = stop if stop is not None else threading.Event()
    out_dir = Path(os.path.abspath(out_dir))
    watch_dir = Path(watch_dir)

    def attempt(label: str) -> None:
        started = time.perf_counter()
        try:
            build()
        except BuildAborted as exc:
            kept = "仍在预览上一版站点" if out_dir.is_dir() else "暂无可预览的站点"
            log(f"{label}失败（{kept}）：{exc}")
            return
        except Exception as exc:  # a generator defect: say so, keep the preview alive
            log(f"{label}出错（{type(exc).__name__}: {exc}），仍在预览上一版站点。")
            traceback.print_exc()
            return
        log(f"{label}完成，用时 {time.perf_counter() - started:.1f} 秒。")

    # Bind first, so a port in use is reported at once (OSError), not after a long build.
    handler = functools.partial(_PreviewHandler, directory=str(out_dir), log=log)
    server_class = type("_Server6", (_Server,), {"address_family": socket.AF_INET6}) if ":" in host else _Server
    server = server_class((host, port), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                              name="creditsite-preview", daemon=True)
    rebuilds = 0
    try:
        seen = snapshot(watch_dir, out_dir)  # before the build: a change made while it reads the data counts
        attempt("生成站点")
        thread.start()
        url = _display_url(host, server.server_address[1])
        log(f"预览地址：{url}（数据目录 {watch_dir} 有变化时自动重新生成；按 Ctrl-C 停止）")
        if ready is not None:
            ready(url)
        while (max_rebuilds is None or rebuilds < max_rebuilds) and not stop.wait(poll_seconds):
            current = snapshot(watch_dir, out_dir)
            if current == seen:
                continue
            # Let a copy in progress finish: wait until two looks a moment apart agree.
            settle = min(poll_seconds, 0.5)
            while not stop.wait(settle):
                again = snapshot(watch_dir, out_dir)
                if again == current:
                    break
                current = again
            if stop.is_set():
                break
            changed = sorted(k for k in set(current) | set(seen) if current.get(k) != seen.get(k))
            log(f"数据有变化（{'、'.join(changed[:3])}{' 等' if len(changed) > 3 else ''}），重新生成…")
            seen = current
            attempt("重新生成")
            rebuilds += 1
    except KeyboardInterrupt:
        log("已停止预览。")
    finally:
        if thread.is_alive():
            server.shutdown()
            thread.join(timeout=5)
        server.server_close()
