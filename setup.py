"""Build hook: the wheel carries the site's templates, pages and mkdocs.yml inside the package.

They stay at the top of the source tree (`site_templates/`, `content/`, `mkdocs.yml`, where
mkdocs and the developers expect them); building a wheel copies them into
`generator/_bundled/`, where `generator.resources` finds them once installed. Everything
else is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SITE_SOURCES = ("site_templates", "content", "mkdocs.yml")  # = generator.resources.SITE_SOURCES


class BuildPyWithSiteFiles(build_py):
    """build_py, then copy the site files into the built package (not for an editable install,
    which reads them from the source tree)."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "generator" / "_bundled"
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for name in SITE_SOURCES:
            source = HERE / name
            if source.is_dir():
                shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(source, target / name)


setup(cmdclass={"build_py": BuildPyWithSiteFiles})
