"""The golden site: the fixed sample's public site and staff report equal `tests/golden/expected/` file for file.

A change that moves output fails here with the list of files that moved; if the move is intended,
`python -m tests.golden.update` (or `make golden`) rewrites the golden files, and `git diff
tests/golden/expected` shows what moved. See tests/golden/__init__.py for the sample and what is
normalised.
"""

from __future__ import annotations

import difflib

import pytest

from tests.golden import EXPECTED, UPDATE, build_golden, expected_files


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return build_golden(tmp_path_factory.mktemp("golden"))


def _first_diff(path: str, old: bytes, new: bytes) -> str:
    """A short unified diff of a text file, for the failure message."""
    try:
        before, after = old.decode("utf-8").splitlines(), new.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return f"{path}: binary, {len(old)} -> {len(new)} bytes"
    lines = list(difflib.unified_diff(before, after, f"expected/{path}", f"built/{path}", lineterm="", n=1))
    return "\n".join(line[:200] for line in lines[:30])


def test_the_sample_builds_to_the_golden_files(built: dict[str, bytes]) -> None:
    assert EXPECTED.is_dir(), f"no golden files yet: run {UPDATE}"
    expected = expected_files()
    changed = sorted(p for p in built.keys() & expected.keys() if built[p] != expected[p])
    added = sorted(built.keys() - expected.keys())
    removed = sorted(expected.keys() - built.keys())
    if changed or added or removed:
        listing = [f"  changed {p}" for p in changed] + [f"  new     {p}" for p in added] + \
                  [f"  gone    {p}" for p in removed]
        shown = "\n".join(listing[:40]) + (f"\n  … and {len(listing) - 40} more" if len(listing) > 40 else "")
        sample = _first_diff(changed[0], expected[changed[0]], built[changed[0]]) if changed else ""
        pytest.fail(f"the golden site moved ({len(changed)} changed, {len(added)} new, {len(removed)} gone):\n"
                    f"{shown}\n\n{sample}\n\nIf this is intended, update the golden files with\n    {UPDATE}\n"
                    f"and commit tests/golden/expected with the change (git diff shows what moved).")


def test_the_golden_covers_every_kind_pages_json_and_datasets(built: dict[str, bytes]) -> None:
    """The sample is small but complete: a golden that lost a kind would stop guarding it."""
    from generator.schema import RECORD_KINDS

    paths = set(built)
    for kind in RECORD_KINDS:
        assert any(p.startswith(f"site/data/{kind}.") for p in paths), kind
    assert sum(1 for p in paths if p.startswith("site/entity/") and p.endswith(".html")) >= 10
    assert sum(1 for p in paths if p.startswith("site/entity/") and p.endswith(".json")) >= 10
    assert {"site/index.html", "site/data/datapackage.json", "report/summary.json", "theme.sha256"} <= paths
    assert "report/timings.json" not in paths

