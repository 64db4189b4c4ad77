"""Markup only in templates (issue 18): pages, charts and the staff report are drawn by `site_templates/`.

The Python code hands plain data to a template; the template escapes it. Files of other formats
(the XLSX parts of export.py, the Atom feeds, the sitemap) are not pages and keep their writers.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from generator.deidentify import site_chrome
from generator.problems import Problem
from generator.report import write_report
from generator.resources import PACKAGE, REPORT_TEMPLATES
from generator.validate import Validated

# An HTML or SVG element of a page, as a string would write it.
_ELEMENT = re.compile(r"<(?:html|head|body|p|div|table|thead|tbody|tfoot|tr|td|th|caption|svg|rect|line|text|g|"
                      r"title|desc|meta|link|h[1-6]|code|strong|em|b|ul|ol|li|span|style|script|a|label|input|form|"
                      r"nav|figure|figcaption|details|summary|section|br)[\s>/]")
# Strings that read markup rather than write it: render.py corrects what mkdocs writes (the language of
# <html>, and the paragraph mkdocs wraps around the body marker of a shell).
_READING_MKDOCS = {'<html lang="zh"', '<html lang="zh-CN"', r"<p>\s*"}


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module, f-strings' literal parts included, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_python_builds_no_page_markup() -> None:
    found = [f"{path.name}:{line}: {text[:60]!r}" for path in sorted(PACKAGE.glob("*.py"))
             for line, text in _strings(path) if _ELEMENT.search(text) and text not in _READING_MKDOCS]
    assert found == [], "markup written in Python instead of a template:\n" + "\n".join(found)


def test_the_scan_sees_markup_in_an_f_string(tmp_path: Path) -> None:
    """The check above would find the report's old table cell (guards it against passing vacuously)."""
    module = tmp_path / "old.py"
    module.write_text('def cell(c):\n    """A cell."""\n    return f"<td>{c}</td>"\n', encoding="utf-8")
    assert [text for _, text in _strings(module) if _ELEMENT.search(text)] == ["<td>"]


def test_the_staff_report_escapes_what_staff_typed(tmp_path: Path) -> None:
    """File names, messages and the stop sentence are shown as text (html.escape, as the report always wrote)."""
    file = "报送'表\"<b>甲</b>.csv"
    problems = [Problem("penalties", file, 3, "决定日期", "bad-date", "error", f"{file}: 日期 <script>x</script> 无法识别"),
                Problem("penalties", file, None, None, "file-unreadable", "error", f"{file}: 文件 & 损坏")]
    summary = {"as_of": "2026-12-01", "kinds": {}, "aborted": "已停止：<i>原因</i>"}
    write_report(tmp_path, summary, problems, Validated(kinds={}, problems=[]))
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>\n") and page.endswith("</body></html>\n")
    assert "报送&#x27;表&quot;&lt;b&gt;甲&lt;/b&gt;.csv" in page and "<b>甲</b>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page and "<script>x" not in page
    assert "<p class='stop'>发布已停止：已停止：&lt;i&gt;原因&lt;/i&gt;</p>" in page
    assert "<h2>被拒绝的文件（1 个）</h2>" in page and "文件 &amp; 损坏" in page
    assert "<tr class='error'><td>错误</td><td>行政处罚</td>" in page


def test_the_report_template_is_not_the_sites_own_wording() -> None:
    """Phrases of the staff report never appear on the site: they must not excuse a name from the leak gate."""
    report = (REPORT_TEMPLATES / "report.html").read_text(encoding="utf-8")
    assert "仅供工作人员" in report
    assert "仅供工作人员" not in site_chrome()
