"""Where the site's own files are: templates, hand-written pages and the mkdocs configuration.

In the source tree (a checkout, an editable install) they stay where they are, beside the
package: `site_templates/`, `content/` and `mkdocs.yml` at the top of the repository. A built
wheel carries copies of them inside the package, in `generator/_bundled/` (setup.py copies them
there when it builds; the source tree never has that folder), so an installed program finds them
without a checkout. Everything else the build reads (rules.toml, supervision.toml, standards/)
is package data in `generator/` in both cases.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUNDLED = "_bundled"  # the folder in the built package that holds the site files (setup.py)
# The top-level files and folders that shape the site besides the package (copied by setup.py).
SITE_SOURCES = ("site_templates", "content", "mkdocs.yml")

_bundled = PACKAGE / BUNDLED
ROOT = _bundled if (_bundled / "mkdocs.yml").is_file() else PACKAGE.parent
TEMPLATES = ROOT / "site_templates"
CONTENT = ROOT / "content"
MKDOCS_YML = ROOT / "mkdocs.yml"
# The folder of site_templates/ holding the staff report's template: not the public site's pages,
# so its phrases are not the site's own (deidentify.site_chrome).
REPORT_TEMPLATES = TEMPLATES / "report"


def code_files() -> list[tuple[str, Path]]:
    """Every file of the program that shapes the output, by a name that is the same installed or not.

    (`generator/…`, `site_templates/…`, `content/…`, `mkdocs.yml`), sorted by that name.
    """
    files = [("mkdocs.yml", MKDOCS_YML)]
    for name, folder in (("generator", PACKAGE), ("site_templates", TEMPLATES), ("content", CONTENT)):
        for path in folder.rglob("*"):
            rel = path.relative_to(folder)
            if (path.is_file() and "__pycache__" not in rel.parts and path.suffix != ".pyc"
                    and not (name == "generator" and rel.parts[0] == BUNDLED)):
                files.append((f"{name}/{rel.as_posix()}", path))
    return sorted(files)
