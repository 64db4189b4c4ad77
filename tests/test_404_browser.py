"""The 404 page served from a folder and at any depth (interfaces.md: "the site works when served from
any folder (relative links)"): styled, its links and search box on the site, in a real browser.

The server stands in for a web server's error page setting (nginx `error_page 404 /credit/404.html`,
https://nginx.org/en/docs/http/ngx_http_core_module.html#error_page): any missing address gets the
site's 404.html with status 404.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browsing import CHROMIUM, chromium
from tests.test_check import build_check_site

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (.ci/run installs it)")
FOLDER = "credit"


class _ErrorPageHandler(http.server.SimpleHTTPRequestHandler):
    """A static server whose missing addresses get the site's 404.html, as a web server is set up to."""

    error_page: Path

    def log_message(self, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = self.error_page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextlib.contextmanager
def _serve_in_folder(site: Path, parent: Path) -> Iterator[str]:
    (parent / FOLDER).symlink_to(site.resolve(), target_is_directory=True)
    handler = type("Handler", (_ErrorPageHandler,), {"error_page": site / "404.html"})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(parent)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{FOLDER}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("404-browser")
    site = build_check_site(root)
    (root / "www").mkdir()
    with _serve_in_folder(site, root / "www") as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def test_the_404_page_works_from_a_folder_at_any_depth(browser: Any, served: str) -> None:
    url = served
    for missing, code in ((f"{url}entity/91620702MA00000000/", "91620702MA00000000"), (f"{url}no-such-page", ""),
                          (f"{url}lists/penalties/gone/deeper/", ""), (f"{url}404.html", "")):
        context = browser.new_context()
        page = context.new_page()
        try:
            response = page.goto(missing)
            assert response is not None and response.status in (200, 404)
            page.wait_for_load_state("load")
            assert page.inner_text("h1") == "找不到这个页面"
            # Styled: the theme's stylesheet came from the site's folder.
            sheets = page.evaluate("Array.from(document.styleSheets, s => s.href || '')")
            assert any(s.startswith(f"{url}assets/stylesheets/main.") for s in sheets), sheets
            assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") != "static"
            links = page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)")
            internal = [h for h in links if h.startswith("http://127.0.0.1")]
            assert internal and all(h.startswith(url) for h in internal), internal
            assert f"{url}search/" in links and url in links
            assert page.eval_on_selector("form.cs-hero-search", "f => f.action") == f"{url}search/"
            if code:
                assert page.input_value("#cs-404-q") == code
        finally:
            context.close()


def test_the_404_page_at_the_sites_own_folder_needs_no_script(browser: Any, served: str) -> None:
    """Without a script the links are relative to the page: right where 404.html itself sits."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{served}404.html")
        links = page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)")
        assert f"{served}search/" in links and f"{served}lists/penalties/" in links
    finally:
        context.close()
