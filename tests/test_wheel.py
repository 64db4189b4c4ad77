"""A wheel that works: built from this checkout, installed into a fresh venv, it builds the sample
outside the checkout, and the site is the golden site (issue 18).

Fast and offline: the wheel is built with the running venv's setuptools (`--no-build-isolation`,
no download), the fresh venv has no pip of its own (the running pip installs into it with
`--python`), and its dependencies are the running venv's, reached through a `.pth` line. The
shared venv's own `.pth` files are not run that way, so its editable install of this checkout is
not seen: the fresh venv imports `generator` from the wheel alone (checked).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.golden import ROOT, build_golden, expected_files

# What a wheel is built from: pyproject.toml, setup.py and MANIFEST.in say the rest.
SOURCES = ("generator", "site_templates", "content", "mkdocs.yml", "pyproject.toml", "setup.py", "MANIFEST.in",
           "README.md")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel of this checkout installed; returns its bin folder."""
    pytest.importorskip("wheel", reason="the test extra's wheel package builds the wheel offline")
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"  # a copy, so the build leaves no build/ or egg-info in the checkout
    source.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "_bundled"))
        else:
            shutil.copy2(path, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    done = subprocess.run([*pip, "wheel", str(source), "--no-deps", "--no-build-isolation", "--no-index",
                           "-w", str(work / "dist")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    wheels = list((work / "dist").glob("creditsite-*.whl"))
    assert len(wheels) == 1, wheels
    env = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    shared = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    Path(purelib, "shared-deps.pth").write_text("".join(f"{p}\n" for p in shared), encoding="utf-8")
    done = subprocess.run([*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheels[0])],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return env / "bin"


def test_the_wheel_carries_the_site_files_and_package_data(installed: Path, tmp_path: Path) -> None:
    probe = ("import json, generator, generator.resources as r, generator.settings as s; "
             "print(json.dumps([generator.__file__, str(r.ROOT), str(r.TEMPLATES), str(r.CONTENT), str(r.MKDOCS_YML),"
             " str(s.DEFAULT_RULES)]))")
    done = subprocess.run([str(installed / "python"), "-c", probe], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    module, root, templates, content, mkdocs, rules = json.loads(done.stdout)
    env = installed.parent.resolve()
    assert Path(module).resolve().is_relative_to(env), module  # the wheel's code, not this checkout's
    assert Path(root) == Path(module).parent / "_bundled"
    for path in (templates, content, mkdocs, rules):
        assert Path(path).resolve().is_relative_to(env) and Path(path).exists(), path
    assert (Path(templates) / "entity.html").is_file() and (Path(templates) / "assets" / "print.css").is_file()
    # every template, the fragments', the charts' and the staff report's included
    assert sorted(p.relative_to(templates).as_posix() for p in Path(templates).rglob("*") if p.is_file()) == \
        sorted(p.relative_to(ROOT / "site_templates").as_posix() for p in (ROOT / "site_templates").rglob("*") if p.is_file())
    assert (Path(content) / "about.md").is_file()
    package = Path(module).parent
    assert sorted(p.name for p in (package / "standards").glob("*.toml")) == \
        sorted(p.name for p in (ROOT / "generator" / "standards").glob("*.toml"))
    assert {p.name for p in package.glob("*.toml")} == {p.name for p in (ROOT / "generator").glob("*.toml")}


def test_the_installed_program_builds_the_golden_site_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    """`creditsite build` of the installed wheel, run in a temporary folder, gives the golden files."""
    built = build_golden(tmp_path, [str(installed / "creditsite")])
    expected = expected_files()
    moved = sorted(p for p in built.keys() | expected.keys() if built.get(p) != expected.get(p))
    assert moved == [], f"the installed wheel's site differs from the golden site in {len(moved)} files: {moved[:20]}"
