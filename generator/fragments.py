"""Generated page bodies from templates: the stages hand plain data, `site_templates/fragments/` holds the markup.

One escaping rule for every page: Jinja's autoescape (markupsafe), the same as the entity and list
pages (render.py). Python code never builds HTML or SVG from strings; values are escaped by the
template that shows them. The SVG charts of the statistics page are `fragments/chart.svg`, given the
geometry stats.py computes.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader

from generator.resources import TEMPLATES

FRAGMENTS = "fragments"  # the folder of site_templates/ holding these templates


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # The options of render.py's environment: block tags on their own lines leave no blank lines.
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["coord"] = coordinate
    return env


def render_fragment(name: str, **view: Any) -> str:
    """The HTML of `site_templates/fragments/<name>.html` for the plain data in `view`."""
    return _environment().get_template(f"{FRAGMENTS}/{name}.html").render(**view)


def render_svg(name: str, **view: Any) -> str:
    """The SVG of `site_templates/fragments/<name>.svg` for the plain data in `view`."""
    return _environment().get_template(f"{FRAGMENTS}/{name}.svg").render(**view)


def coordinate(x: float) -> str:
    """A drawing's number with a fixed format: one decimal, none when it is .0 (12.5, 12)."""
    text = f"{x:.1f}"
    return text[:-2] if text.endswith(".0") else text


def link(href: str, text: str) -> dict[str, str]:
    """A table cell holding a link (shown by fragments/table.html)."""
    return {"link": href, "text": text}


def bullets(values: list[str]) -> dict[str, list[str]]:
    """A table cell holding a bulleted list (shown by fragments/table.html)."""
    return {"list": values}


def table(caption: str, head: list[str], rows: list[list[Any]], foot: list[Any] | None = None) -> dict[str, Any]:
    """A table for fragments/table.html: plain-text caption, head and cells (or `link`/`bullets` cells).

    The first cell of each row is its row header.
    """
    return {"caption": caption, "head": head, "rows": rows, "foot": foot}
