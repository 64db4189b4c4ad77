"""What the browser tests share: a quiet local HTTP server and Debian's chromium under Playwright."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# No background traffic: this machine has no network beyond the package registries.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_directory(root: Path) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 (any free port); yields its address ending in '/'."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


# The browser tests build their sites as of 2026-11-27 and open them with the browser's clock on the
# next day: the pages' script hides records past their stop date (issue 22), so a test that used
# the real clock would start failing once the calendar passed a record's stop date.
BROWSER_MOMENT = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


class _FixedClockBrowser:
    """A Playwright browser whose every new context and page starts at BROWSER_MOMENT.

    A test that sets the clock itself (page.clock.set_fixed_time) overrides it.
    """

    def __init__(self, browser: Any) -> None:
        self._browser = browser

    def new_context(self, *args: Any, **kwargs: Any) -> Any:
        context = self._browser.new_context(*args, **kwargs)
        context.clock.set_fixed_time(BROWSER_MOMENT)
        return context

    def new_page(self, *args: Any, **kwargs: Any) -> Any:
        page = self._browser.new_page(*args, **kwargs)
        page.clock.set_fixed_time(BROWSER_MOMENT)
        return page

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """Debian's chromium driven by Playwright (no browser download), its clock on BROWSER_MOMENT."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield _FixedClockBrowser(browser)
        finally:
            browser.close()


def wait_for_search(page: Any) -> None:
    """Until search.js has shown its result count (or its no-result message)."""
    page.wait_for_function("""() => { const c = document.querySelector('#cs-search-results');
        return c && !c.hasAttribute('aria-busy') && c.querySelector('.cs-search-count')
            && !c.textContent.includes('正在搜索'); }""")
