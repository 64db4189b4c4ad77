"""The kill-point matrix (issue 24): a build killed (SIGKILL, as `kill -9`) at any stage leaves
`--out` showing the old site or the new one, whole; the next build cleans up what the dead one
left and publishes exactly the site an uninterrupted build gives.

The build kills itself through the test hook CREDITSITE_KILL_AT=<stage> (generator.publish.kill_point),
in a forked child so that the test does not pay for a new interpreter at every point.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import os
import shutil
import signal
from pathlib import Path

import pytest

from generator.build import BuildOptions, build_site
from generator.publish import KILL_AT
from tests.conftest import license_, penalty, write_folder

AS_OF = dt.date(2026, 11, 27)
# Every stage at which the process can die, in the order a build reaches them (`linked` only in an
# update that keeps the live entity pages, the state stages while the state is being saved).
POINTS = ["gathered", "rendered", "gated", "linked", "before-flip", "after-flip", "state-files", "state-index",
          "saved"]


def records(update: bool) -> dict[str, list[dict[str, str]]]:
    """Four companies; the update changes one penalty, removes another and adds a licence."""
    penalties = [penalty(f"甘州市监罚〔2026〕{n}号", "2026-06-01", name=f"张掖市第{n}商贸有限公司", serial=400 + n,
                         处罚内容="罚款3000元" if update and n == 1 else "罚款2000元")
                 for n in range(4) if not (update and n == 2)]
    licences = [license_(f"甘州市监许〔2026〕{n}号", "2026-06-01", name=f"张掖市第{n}商贸有限公司", serial=400 + n)
                for n in range(4 + update)]
    return {"penalties": penalties, "licenses": licences}


def tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def options(work: Path) -> BuildOptions:
    return BuildOptions(work / "data", work / "site", work / "report", AS_OF, state_dir=work / "state")


def restore(pristine: Path, work: Path) -> None:
    """The same folders at the same paths (the state records them) as after the first build."""
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(pristine, work, symlinks=True)


def _killed(work: Path, point: str) -> None:
    os.environ[KILL_AT] = point
    build_site(options(work))
    os._exit(0)  # not killed: the point was never reached


def killed_build(work: Path, point: str) -> int:
    """Run the update build in a child that kills itself at `point`; its exit code (-9: killed)."""
    child = multiprocessing.get_context("fork").Process(target=_killed, args=(work, point))
    child.start()
    child.join(120)
    assert child.exitcode is not None, f"build killed at {point} did not end"
    return child.exitcode


def survivors(token: str) -> list[int]:
    """Processes still running with the dead build's environment (its render or scan workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if f"{KILL_AT}={token}".encode() in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The site after the first build (old), and the site, ledger and notes after the update (new)."""
    base = tmp_path_factory.mktemp("kill")
    work, pristine = base / "work", base / "pristine"
    write_folder(work / "data", records(update=False))
    build_site(options(work))
    old = tree(work / "site")
    shutil.rmtree(work / "data")
    write_folder(work / "data", records(update=True))
    shutil.copytree(work, pristine, symlinks=True)
    build_site(options(work))
    new = tree(work / "site")
    assert old != new
    return {"work": work, "pristine": pristine, "old": old, "new": new}


@pytest.mark.parametrize("point", POINTS)
def test_a_build_killed_at_any_point_leaves_the_old_or_the_new_site_and_the_next_build_works(
        scenario: dict[str, object], point: str) -> None:
    work, pristine = Path(str(scenario["work"])), Path(str(scenario["pristine"]))
    restore(pristine, work)
    assert killed_build(work, point) == -signal.SIGKILL
    shown = tree(work / "site")
    assert shown in (scenario["old"], scenario["new"]), f"a mix after a kill at {point}"
    expected = "new" if point in ("after-flip", "state-files", "state-index", "saved") else "old"
    assert shown == scenario[expected]
    assert not survivors(point)
    # The next build runs, cleans what the dead one left and publishes the new site whole.
    result = build_site(options(work))
    assert tree(work / "site") == scenario["new"]
    assert result.unchanged == (point == "saved")  # the state recorded the build: nothing to do
    versions = sorted(p.name for p in (work / ".site.builds").iterdir())
    assert versions == sorted([(work / "site").resolve().name, "creditsite-site.json"])
    assert not [p for p in work.iterdir() if p.name.startswith(".site.") and p.name not in (".site.builds",
                                                                                              ".site.lock")]
    assert not [p for p in (work / "state").rglob("*.tmp")]


def test_a_kill_while_migrating_a_site_of_the_previous_layout(scenario: dict[str, object]) -> None:
    """The old layout (a real folder at --out) is exchanged with the link in one step."""
    work, pristine = Path(str(scenario["work"])), Path(str(scenario["pristine"]))
    restore(pristine, work)
    live = (work / "site").resolve()
    (work / "site").unlink()
    live.rename(work / "site")
    shutil.rmtree(work / ".site.builds")
    for point in ("before-flip", "after-flip"):
        assert killed_build(work, point) == -signal.SIGKILL
        assert tree(work / "site") == scenario["old" if point == "before-flip" else "new"]
    build_site(options(work))
    assert (work / "site").is_symlink() and tree(work / "site") == scenario["new"]
    assert not [p for p in work.iterdir() if p.name.startswith(".site.link-")]
