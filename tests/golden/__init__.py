"""The golden site: a small fixed sample built end to end and kept as files under `expected/`.

It shows what a change moves: a template, rule or refactoring that changes no output leaves
`expected/` as it is; one that does shows up file by file in `git diff tests/golden/expected`.

The sample is `scripts/make_sample.py --seed 18 --as-of 2026-11-27 --entities 4` (its planted
cases: every kind, withheld and rejected rows, repairs, withdrawals, natural persons, 个体工商户),
built with `creditsite build --as-of 2026-11-27` and `SOURCE_DATE_EPOCH` fixed to that day.

Kept: every file of the public site and of the staff report, byte for byte. Normalised, because
it must vary: nothing in the site; the report's `timings.json` (wall-clock seconds per stage)
is left out. The mkdocs-material theme files the build copies unchanged (its JavaScript, CSS,
lunr and favicon: byte-identical to the installed package's `templates/` files) are listed with
their SHA-256 in `expected/theme.sha256` instead of being copied, so the golden stays small
while a theme file that is dropped, added or altered still shows.

Update after an intended change: `python -m tests.golden.update` (or `make golden`), then
review and commit `tests/golden/expected/`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from tests.helpers import build_args

ROOT = Path(__file__).resolve().parent.parent.parent  # the repository
EXPECTED = Path(__file__).resolve().parent / "expected"
AS_OF = "2026-11-27"
SEED = "18"
ENTITIES = "4"  # the planted cases alone make 14 entities of every kind; background adds none below that
EPOCH = "1795752000"  # 2026-11-27 12:00 Beijing time: the build's "now" (due.json, lock notes), never the clock
UPDATE = "python -m tests.golden.update   (or: make golden)"
UNSTABLE = {"report/timings.json"}  # wall-clock seconds per stage


def _theme_files() -> dict[str, bytes]:
    """The files of the installed mkdocs-material theme, by their path in a built site."""
    import material

    templates = Path(material.__file__).resolve().parent / "templates"
    return {p.relative_to(templates).as_posix(): p.read_bytes()
            for p in templates.rglob("*") if p.is_file()}


def build_golden(work: Path, program: list[str] | None = None) -> dict[str, bytes]:
    """Build the golden sample under `work`; returns the golden files (relative path -> bytes).

    Paths start with `site/` or `report/`; `theme.sha256` lists the unchanged theme files.
    `program` runs another installed `creditsite` (a command line, run in `work`) instead of
    this checkout's, in-process.
    """
    from generator.cli import main

    data = work / "data"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample.py"), "--out", str(data), "--seed", SEED,
                    "--as-of", AS_OF, "--entities", ENTITIES, "--expect", str(work / "expect.json")],
                   check=True, capture_output=True)
    arguments = build_args(data, work / "site", work / "report", state=work / "state", as_of=AS_OF)
    if program is not None:
        done = subprocess.run([*program, *arguments], cwd=work, capture_output=True, text=True,
                              env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH})
        code, output = done.returncode, done.stdout + done.stderr
    else:
        saved = os.environ.get("SOURCE_DATE_EPOCH")
        os.environ["SOURCE_DATE_EPOCH"] = EPOCH
        try:
            result = CliRunner().invoke(main, arguments)
        finally:
            if saved is None:
                del os.environ["SOURCE_DATE_EPOCH"]
            else:
                os.environ["SOURCE_DATE_EPOCH"] = saved
        code, output = result.exit_code, result.output
    if code != 0:
        raise RuntimeError(f"the golden sample did not build (exit {code}):\n{output}")
    theme = _theme_files()
    files: dict[str, bytes] = {}
    vendored: list[str] = []
    for part in ("site", "report"):
        top = (work / part).resolve()  # `site` is a link to the current version
        for path in sorted(top.rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(top).as_posix()
            raw = path.read_bytes()
            if part == "site" and theme.get(rel) == raw:
                vendored.append(f"{hashlib.sha256(raw).hexdigest()}  {rel}\n")
            elif f"{part}/{rel}" not in UNSTABLE:
                files[f"{part}/{rel}"] = raw
    files["theme.sha256"] = "".join(sorted(vendored, key=lambda line: line[66:])).encode()
    return files


def expected_files() -> dict[str, bytes]:
    """The committed golden files (relative path -> bytes)."""
    return {p.relative_to(EXPECTED).as_posix(): p.read_bytes()
            for p in sorted(EXPECTED.rglob("*")) if p.is_file()}


def write_expected(files: dict[str, bytes]) -> tuple[int, int, int]:
    """Replace `expected/` with `files`; returns (changed, added, removed) counts."""
    old = expected_files() if EXPECTED.exists() else {}
    for rel in old.keys() - files.keys():
        (EXPECTED / rel).unlink()
    for rel, raw in files.items():
        if old.get(rel) != raw:
            target = EXPECTED / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(raw)
    for folder in sorted((p for p in EXPECTED.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(folder.iterdir()):
            folder.rmdir()
    changed = sum(1 for rel in files.keys() & old.keys() if files[rel] != old[rel])
    return changed, len(files.keys() - old.keys()), len(old.keys() - files.keys())
