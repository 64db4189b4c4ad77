"""Pytest fixtures. The builders (codes, rows, data folders, the pipeline runner) are tests/helpers.py,
the one fixture builder; they are re-exported here for the tests that import them from conftest."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from generator.tuning import Tuning, tuned
from tests.helpers import (  # noqa: F401 (re-exported)
    AUTHORITY,
    AUTHORITY_CODE,
    Run,
    license_,
    listing,
    make_ric,
    make_uscc,
    party,
    penalty,
    run_pipeline,
    write_csv,
    write_folder,
)

# The test files that take longest, slowest first: the sum of their tests' times in
# `pytest -n 2 --dist loadfile --junitxml=…` (2026-12-07, ninth session, with Chromium installed as in CI;
# update it from a new run when a file grows).
# `make test` hands whole files to its processes in collection order (--no-loadscope-reorder), so
# these start first and the many short files fill the end; ordered by test count instead (xdist's
# default), the longest files came last and the suite ended with one process running one file.
SLOW_FILES = (
    "test_build.py", "test_incremental.py", "test_update_stages.py", "test_publish.py", "test_render_update.py",
    "test_kill_points.py", "test_accessibility.py", "test_damaged.py", "test_state.py", "test_browser.py",
    "test_render_keys.py", "test_partitions.py", "test_hostile.py", "test_load.py", "test_accounting.py",
    "test_scan_pieces.py", "test_scrub_cache.py", "test_cluster.py", "test_sink.py", "test_check_browser.py",
    "test_wheel.py", "test_lifecycle.py", "test_exports.py", "test_stale9.py", "test_contract.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the slowest files first; every other file, and the tests inside each file, keep their order."""
    rank = {name: place for place, name in enumerate(SLOW_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(SLOW_FILES)))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def tune() -> Iterator[Callable[..., Tuning]]:
    """Size thresholds (generator/tuning.py) for the rest of the test: `tune(scan_piece=700)` reaches, on
    a small sample, the path a large site takes; each call adds to the ones before."""
    with ExitStack() as stack:
        yield lambda **changes: stack.enter_context(tuned(**changes))
